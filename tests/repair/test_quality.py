"""The damage warning (:func:`araseclit.repair.text_quality`): marks an extractor lifted off
their letters, left between spaces, are tokens no clean text has."""

from __future__ import annotations

import re

from araseclit.repair import text_quality
from araseclit.textmodel.scorer import default_scorer

# diacritised prose, as a reader of a school edition would type it
CLEAN = (
    "كَانَ الْمُعَلِّمُ يَقْرَأُ عَلَى تَلَامِيذِهِ كُلَّ صَبَاحٍ قِصَّةً قَصِيرَةً عَنْ رَجُلٍ "
    "خَرَجَ مِنْ قَرْيَتِهِ يَطْلُبُ الْعِلْمَ، فَسَافَرَ إِلَى مُدُنٍ بَعِيدَةٍ، وَتَعَلَّمَ "
    "مِنْ عُلَمَائِهَا، ثُمَّ عَادَ إِلَى أَهْلِهِ يُعَلِّمُهُمْ مَا عَرَفَ، فَأَحَبَّهُ النَّاسُ "
    "وَصَارَ بَيْتُهُ مَدْرَسَةً يَقْصِدُهَا الصِّغَارُ وَالْكِبَارُ."
)
_MARK = re.compile("[\u064b-\u0652]")


def _lifted(text: str) -> str:
    """The passage as some extractors leave it: each word's marks off it, after it."""
    return " ".join(
        f"{_MARK.sub('', w)} {''.join(_MARK.findall(w))}" if _MARK.search(w) else w
        for w in text.split()
    )


def test_marks_lifted_off_their_letters_make_a_text_layer_damaged() -> None:
    scorer = default_scorer()
    lifted = text_quality(_lifted(CLEAN), scorer)
    assert lifted.known_share > 0.9  # every word is still a word...
    assert lifted.damaged  # ... but half the tokens are marks with no letter
    assert not text_quality(CLEAN, scorer).damaged


def test_a_rule_of_tatweel_is_no_damage() -> None:
    """Word users type runs of tatweel as separators and leaders; they are no lifted marks."""
    scorer = default_scorer()
    lines = [
        "الفصل الأول ـــــــ مدخل إلى الدراسة",
        "ــــــــــــــــــــــــ",
        "المقدمة ـــــــ 3",
        "منهج البحث ـــــــ 7",
        "ــــــــــــــــــــــــ",
        "الخاتمة ـــــــ 21",
    ]
    quality = text_quality("\n".join(lines), scorer)
    assert quality.malformed_share == 0
