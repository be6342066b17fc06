"""Vowelled text whose marks an extractor sorted onto the wrong letter, and the spaces they
moved (pdfplumber and pypdfium2 on LibreOffice and XeLaTeX Amiri PDFs)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rapidfuzz.distance import Levenshtein

from araseclit.document import Line, assemble
from araseclit.repair import repair_lines
from araseclit.repair.diacritics_marks import (
    MIN_VOWELLED,
    drop_glyph_junk,
    mark_damage,
    resegment,
    restore_diacritics,
    settle_marks,
    shift_marks,
)
from araseclit.textmodel.scorer import default_scorer

# fully vowelled prose written for these tests
VOWELLED = [
    "ذَهَبَتِ الْبِنْتُ الصَّغِيرَةُ إِلَى الْمَدْرَسَةِ فِي الصَّبَاحِ الْبَاكِرِ،",
    "وَكَانَتْ تَحْمِلُ كُتُبَهَا وَدَفَاتِرَهَا فِي حَقِيبَةٍ جَدِيدَةٍ اشْتَرَاهَا لَهَا أَبُوهَا.",
    "وَفِي الطَّرِيقِ رَأَتْ جَارَتَهَا الْعَجُوزَ تَجْلِسُ أَمَامَ بَابِ بَيْتِهَا،",
    "فَسَلَّمَتْ عَلَيْهَا وَسَأَلَتْهَا عَنْ صِحَّتِهَا، فَدَعَتْ لَهَا بِالتَّوْفِيقِ وَالنَّجَاحِ.",
    "ثُمَّ وَصَلَتْ إِلَى الْمَدْرَسَةِ قَبْلَ أَنْ يُقْرَعَ الْجَرَسُ بِدَقَائِقَ قَلِيلَةٍ،",
    "وَدَخَلَتِ الصَّفَّ مَعَ صَدِيقَاتِهَا وَجَلَسَتْ فِي مَكَانِهَا الْمُعْتَادِ قُرْبَ النَّافِذَةِ.",
]


CALIBRATION = Path(__file__).resolve().parents[2] / "corpora" / "calibration"
RENDITIONS = CALIBRATION / "variants" / "cal_diacritised_fable"


def _lines(texts: list[str]) -> list[Line]:
    return [Line(t, None, k, raw=t) for k, t in enumerate(texts, start=1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u064eشجَرَةُ", "شَجَرَةُ"),  # the first letter's mark before it
        ("مِنَ الْبَيْت،ِ ثُمَّ", "مِنَ الْبَيْتِ، ثُمَّ"),  # the last letter's mark after the comma
        ("إِلَى السُّوق.ِ", "إِلَى السُّوقِ."),
        ("لِلشُّرْبِ قِف، ْ نُقْطَةُ", "لِلشُّرْبِ قِفْ، نُقْطَةُ"),  # or alone after it
        ("قال: \u064b منهجا", "قال: \u064b منهجا"),  # a lone tanween fath: another word's
        ("آلَاِف السِّنِينَ", "آلَافِ السِّنِينَ"),  # a kasra on a bare alef
        ("الْكِتَاَب", "الْكِتَابَ"),  # a fatha on the alef before the last letter
        ("جَدِيداً", "جَدِيداً"),  # tanween fath after alef: a spelling, left
        ("شَجَرَةُ الصَّبْرِ", "شَجَرَةُ الصَّبْرِ"),  # correct text
    ],
)
def test_marks_settle_where_spelling_lets_them(text: str, expected: str) -> None:
    assert settle_marks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وَالAتِّرْحَالِ", "وَالتِّرْحَالِ"),
        ("فِي ال ‰ِّسوِق", "فِي ال ِّسوِق"),
        ("نَافƒِعٌ", "نَافِعٌ"),
        ("بلغة Python الحديثة", "بلغة Python الحديثة"),  # a Latin word, spaced: kept
        ("مرض COVID-19 في", "مرض COVID-19 في"),
    ],
)
def test_glyph_junk_glued_to_arabic_goes(text: str, expected: str) -> None:
    assert drop_glyph_junk(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a space one glyph early, and one missing
        ("وَكَانَ تْ تَحْمِلُ كُتُبَهَا", "وَكَانَتْ تَحْمِلُ كُتُبَهَا"),
        ("ذَهَبَتِ الْبِنْتُ الصَّغِيرَةُإِلَى الْمَدْرَسَةِ", "ذَهَبَتِ الْبِنْتُ الصَّغِيرَةُ إِلَى الْمَدْرَسَةِ"),
        # undiacritised words: no space beside them can have moved
        ("ما زال الطريق طويلا", "ما زال الطريق طويلا"),
        # a letter alone at a line's edge is the piece of a word cut there, not a glued one
        ("مُّ سَعْدٍ إِلَى السُّوقِ", "مُّ سَعْدٍ إِلَى السُّوقِ"),
        ("فِي الْمَسَاءِ. تَحْمِلُ ا", "فِي الْمَسَاءِ. تَحْمِلُ ا"),
    ],
)
def test_spaces_moved_by_marks_are_read_back(text: str, expected: str) -> None:
    assert resegment(text, default_scorer().arabic) == expected


def test_clean_vowelled_text_is_untouched() -> None:
    lines = _lines(VOWELLED)
    assert mark_damage(VOWELLED)[0] == 0.0
    assert restore_diacritics(lines) == 0
    assert [ln.text for ln in lines] == VOWELLED


def test_undiacritised_text_is_never_read_again() -> None:
    """A few marks out of place in unvowelled text are other damage (lifted tanween)."""
    texts = ["ً امتداد نحو ألفي عام، منذ ظهورها عاصمة لمملكة آرامية", "ما زال بعضها قائمًا"]
    lines = _lines(texts)
    assert restore_diacritics(lines) == 0
    assert [ln.text for ln in lines] == texts


def test_forward_shift_is_mostly_undone() -> None:
    """Over five seeds of the forward operation, at least half the damage is undone (a
    seed whose marks break spelling too rarely is left as it is)."""
    clean = " ".join(VOWELLED)
    before = after = 0
    for seed in range(5):
        shifted = shift_marks(clean, rate=0.6, seed=seed)
        lines = _lines([shifted])
        restore_diacritics(lines)
        before += Levenshtein.distance(shifted, clean)
        after += Levenshtein.distance(lines[0].text, clean)
    assert before > 100
    assert after <= 0.5 * before, (before, after)


def test_repair_of_an_amiri_pdfplumber_rendition() -> None:
    """Through the whole repair, a real rendition (LibreOffice with Amiri, pdfplumber) of
    the vowelled calibration text: 27.4% CER without this step, 11.5% with it."""
    reference = (CALIBRATION / "cal_diacritised_fable.txt").read_text(encoding="utf-8")
    raw = (RENDITIONS / "libreoffice-amiri.pdfplumber.txt").read_text(encoding="utf-8")
    out, _ = assemble(repair_lines(raw).lines)
    ref = " ".join(reference.split())
    assert Levenshtein.distance(" ".join(out.split()), ref) / len(ref) < 0.15


# a worksheet vowelled only in its example sentences (written for these tests)
PROSE = [
    "تقرأ المعلمة كل جملة مرتين، ثم تكررها الدارسات معًا بصوت واضح.",
    "الحركات مكتوبة على جمل التمرين وحدها، أما التعليمات فبلا حركات كما في الصحف.",
    "بعد القراءة تكتب كل دارسة جملة جديدة في دفترها وتقرؤها على جارتها.",
]
EXAMPLES = [
    "رَجَعَ الْعُمَّالُ إِلَى الْمَصْنَعِ بَعْدَ الظُّهْرِ.",
    "غَسَلَتِ الْأُمُّ الثِّيَابَ فِي الْحَدِيقَةِ.",
    "يَكْتُبُ الطَّالِبُ الدَّرْسَ عَلَى السَّبُّورَةِ.",
    "زَرَعَ الْفَلَّاحُ الْقَمْحَ فِي الْحَقْلِ الْكَبِيرِ.",
]


def test_the_vowelled_lines_of_a_partly_vowelled_text_are_read_as_vowelled_text() -> None:
    """A worksheet whose example sentences alone are vowelled is under MIN_VOWELLED as a
    whole; its vowelled lines, damaged as pypdfium2 damages them (marks before their word
    or on a bare alef, a space one glyph off), are still read back, and its prose lines are left."""
    damaged = [
        "َرجَعَ الْعُمَّالُ إِلَى الْمَصْنَعِ بَعْدَ الظُّهْرِ.",
        "غَسَلَ تِ الْأُمُّ الثِّيَاَب فِي الْحَدِيقَةِ.",
        "يَكْتُبُ الطَّالِبُ الدَّرْسَ عَلَى السَّبُّورَ ةِ.",
        "َزرَعَ الْفَلَّاحُ الْقَمْحَ فِي الْحَقْلِ الْكَبِيرِ.",
    ]
    texts = PROSE[:2] + damaged + PROSE[2:]
    assert mark_damage(texts)[1] < MIN_VOWELLED
    lines = _lines(texts)
    restore_diacritics(lines)
    assert [ln.text for ln in lines] == PROSE[:2] + EXAMPLES + PROSE[2:]


def test_a_partly_vowelled_text_written_correctly_is_untouched() -> None:
    texts = PROSE[:1] + EXAMPLES + PROSE[1:]
    lines = _lines(texts)
    assert restore_diacritics(lines) == 0
    assert [ln.text for ln in lines] == texts


def test_two_vowelled_lines_are_too_few_to_read_a_text_as_vowelled() -> None:
    texts = [*PROSE, "َرجَعَ الْعُمَّالُ إِلَى الْمَصْنَعِ بَعْدَ الظُّهْرِ.", EXAMPLES[1]]
    lines = _lines(texts)
    assert restore_diacritics(lines) == 0
    assert [ln.text for ln in lines] == texts
