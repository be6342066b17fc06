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


# news prose (written for this test), long enough to be judged
PROSE = (
    "أعلنت وزارة الموارد المائية أمس عن خطة جديدة لتأهيل السدود في المحافظات الشمالية، "
    "وقال المتحدث باسم الوزارة إن العمل سيبدأ في الربيع المقبل بعد انتهاء موسم الأمطار، "
    "وإن الخطة تشمل صيانة البوابات وتقوية الجدران وتركيب أجهزة لقياس منسوب المياه. "
    "وأضاف أن المنظمات المحلية ستشارك في متابعة التنفيذ ورفع التقارير إلى اللجنة المختصة."
)


def test_letters_given_as_private_use_glyphs_make_a_text_layer_damaged() -> None:
    """A font whose glyphs map to the private-use area (no ToUnicode for its letters): no
    Arabic word is left to judge, and every glyph is a token no text has."""
    from araseclit.repair import repair_lines

    glyphs = "".join(
        chr(0xF000 + ord(c) - 0x600) if "\u0621" <= c <= "\u064a" else c for c in PROSE
    )
    assert not text_quality(PROSE, default_scorer()).damaged
    quality = repair_lines(glyphs).quality
    assert quality is not None and quality.damaged and quality.malformed_share > 0.5


def test_unmapped_glyphs_that_stood_for_letters_are_malformed_tokens() -> None:
    """pdfminer gives a glyph with no text as ``(cid:N)``, and repair drops it: where the
    layer has many distinct ones (letters lost), the raw runs count against the text."""
    words = PROSE.split()
    raw = " ".join(
        "".join(f"(cid:{3 + (k * 7 + j) % 40})" for j in range(len(w))) if k % 3 == 1 else w
        for k, w in enumerate(words)
    )
    body = " ".join(w for k, w in enumerate(words) if k % 3 != 1)
    scorer = default_scorer()
    assert not text_quality(body, scorer).damaged  # what is left reads well...
    quality = text_quality(body, scorer, raw=raw)
    assert quality.damaged and quality.malformed_share > 0.3  # ... but a third is lost


def test_a_fonts_kashida_glyph_without_text_is_no_damage() -> None:
    """Thabit's kashida comes out of pdfplumber as ``(cid:30)`` hundreds of times: one glyph
    id, a font's glyph with no text, not a lost letter (corpora/clean, CER 1.1% repaired)."""
    from pathlib import Path

    from araseclit.repair import repair_lines
    from araseclit.repair.quality import unmapped_runs

    variants = Path(__file__).resolve().parents[2] / "corpora" / "clean" / "variants"
    raw = (variants / "paper_numeric_citations" / "libreoffice-thabit.pdfplumber.txt").read_text(
        encoding="utf-8"
    )
    assert raw.count("(cid:30)") > 200 and unmapped_runs(raw) == 0
    quality = repair_lines(raw).quality
    assert quality is not None and not quality.damaged
