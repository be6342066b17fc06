"""Marks an extractor gave with the neighbouring letter, put back where spelling says
(every extractor on vowelled LibreOffice and XeLaTeX PDFs)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from araseclit.charsets import strip_marks
from araseclit.document import Line
from araseclit.repair.diacritics_marks import restore_diacritics
from araseclit.repair.mark_spelling import _slots as slots
from araseclit.repair.mark_spelling import settle_line, word_cost
from araseclit.scramble.diacritics import misplace_marks

# a fully vowelled schoolbook page and a commentary paragraph, written for these tests
TEXTBOOK = [
    "تَسْقُطُ قَطْرَةُ الْمَطَرِ مِنَ السَّحَابِ عَلَى سَفْحِ الْجَبَلِ، ثُمَّ تَجْرِي مَعَ "
    "أَخَوَاتِهَا فِي جَدْوَلٍ صَغِيرٍ يَكْبُرُ شَيْئًا فَشَيْئًا حَتَّى يَصِيرَ نَهْرًا وَاسِعًا.",
    "وَحِينَ تُشْرِقُ الشَّمْسُ تَتَحَوَّلُ الْقَطْرَةُ إِلَى بُخَارٍ خَفِيفٍ لَا نَرَاهُ، "
    "فَيَصْعَدُ إِلَى الْجَوِّ وَيَبْرُدُ، فَيَتَجَمَّعُ فِي غُيُومٍ بَيْضَاءَ، ثُمَّ يَعُودُ مَطَرًا.",
    "لِأَنَّ الْمَاءَ سِرُّ الْحَيَاةِ، فَلْنُغْلِقِ الصُّنْبُورَ بَعْدَ الْوُضُوءِ، وَلَا نَتْرُكِ الْمَاءَ يَجْرِي بِلَا فَائِدَةٍ.",
]
COMMENTARY = [
    "قَالَ الشَّارِحُ: فِي هَذَا الْبَابِ بَيَانُ عِظَمِ حَقِّ الْجَارِ، وَأَنَّ الْإِحْسَانَ "
    "إِلَيْهِ مِنْ كَمَالِ الْإِيمَانِ، وَمَنْ كَانَ بَابُهُ أَقْرَبَ فَحَقُّهُ أَوْكَدُ.",
    "وَيَدْخُلُ فِيهِ بَذْلُ الْمَعْرُوفِ، وَكَفُّ الْأَذَى، وَالصَّبْرُ عَلَى مَا يَصْدُرُ مِنْهُ، وَأَدْنَاهُ أَنْ يَسْلَمَ الْجَارُ مِنْ لِسَانِكَ وَيَدِكَ.",
    "وَمَا لَمْ يُحَدَّدْ فِي الشَّرْعِ يُرْجَعُ فِيهِ إِلَى عَادَاتِ النَّاسِ، وَاللَّهُ أَعْلَمُ.",
]


def test_correctly_vowelled_text_is_left_as_it_stands() -> None:
    for line in TEXTBOOK + COMMENTARY:
        assert settle_line(line) == line


def test_unvowelled_and_lightly_vowelled_text_is_left() -> None:
    for line in (
        "تسقط قطرة المطر من السحاب على سفح الجبل ثم تجري في جدول صغير.",
        "قالَ الباحثُ إنّ المشروعَ انتهى عام 2019م.",  # a few marks, some letters bare
    ):
        assert settle_line(line) == line


def test_a_mark_given_with_the_next_or_previous_letter_goes_back() -> None:
    # the last mark of a letter given with the letter after it, the first marks of a
    # letter given with the letter before it (pdftotext -layout, pdfplumber, Amiri)
    assert settle_line("فَكَانَْت رَفِيقَةَ") == "فَكَانَتْ رَفِيقَةَ"
    assert settle_line("وَادِي النِّيِل") == "وَادِي النِّيلِ"
    assert settle_line("صُنِعَتْ سُقُوُف الْبُيُوتِ") == "صُنِعَتْ سُقُوفُ الْبُيُوتِ"
    assert settle_line("وََتحْتَمِلُ حَرَّ الصَّيْفِ") == "وَتَحْتَمِلُ حَرَّ الصَّيْفِ"


def test_a_word_whose_marks_all_came_before_their_letters_is_read_marks_first() -> None:
    # pdfplumber on a XeLaTeX Amiri page: each mark one letter early, which no single move
    # undoes; the last letter keeps its own marks besides the ones given before it
    assert settle_line("ذَهَبَ اْلَأُب إِلَى") == "ذَهَبَ الْأَبُ إِلَى"
    assert settle_line("وَصَلَتِ اْلُأُمّ") == "وَصَلَتِ الْأُمُّ"
    # a word that breaks spelling read either way is left as it stands
    assert settle_line("الْحمَْرَاء") == "الْحمَْرَاء"


def test_correct_spelling_costs_nothing_and_broken_spelling_costs() -> None:
    opening, good = slots("النَّخْلَةُ")
    assert word_cost(good, opening) == 0.0
    opening, broken = slots("النِّيِل")
    assert word_cost(broken, opening) > 0.0


def test_forward_misplaced_marks_are_mostly_restored_and_none_broken() -> None:
    text = "\n".join(TEXTBOOK + COMMENTARY)
    clean = text.split()
    damaged_words = restored = broken = 0
    for seed in range(4):
        damaged = misplace_marks(text, rate=0.3, seed=seed)
        repaired = "\n".join(settle_line(ln) for ln in damaged.split("\n")).split()
        assert len(repaired) == len(clean)
        for ref, dam, rep in zip(clean, damaged.split(), repaired, strict=True):
            if dam != ref:
                damaged_words += 1
                restored += rep == ref
            elif rep != ref:
                broken += 1
    assert damaged_words > 60
    assert broken == 0
    assert restored >= 0.8 * damaged_words


_ARABIC = st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ"))
_MARKS = st.sampled_from(list("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"))
_WORDS = st.lists(
    st.lists(st.tuples(_ARABIC, st.lists(_MARKS, max_size=3)), min_size=1, max_size=8),
    min_size=1,
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(_WORDS)
def test_letters_and_spaces_never_change(words: list[list[tuple[str, list[str]]]]) -> None:
    text = " ".join("".join(c + "".join(m) for c, m in w) for w in words)
    out = settle_line(text)
    assert strip_marks(out) == strip_marks(text)
    assert sorted(out) == sorted(text)  # marks moved, never lost or invented


def test_only_vowelled_documents_are_read_again() -> None:
    plain = [Line("قالَ الباحثُ إنّ النتائجَ تختلِف في المدن", None, 1)]
    assert restore_diacritics(plain) == 0
    vowelled = [Line("فَكَانَْت رَفِيقَةَ حَيَاتِهِمْ فِي الْحِلِّ وَالتَّرْحَالِ", None, 1)]
    assert restore_diacritics(vowelled) == 1
    assert vowelled[0].text == "فَكَانَتْ رَفِيقَةَ حَيَاتِهِمْ فِي الْحِلِّ وَالتَّرْحَالِ"
