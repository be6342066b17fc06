from __future__ import annotations

import unicodedata

import pytest

from araseclit.topics import ArabicAnalyzer, load_stopwords, strip_clitics
from araseclit.topics.analyzer import make_vectorizer


@pytest.mark.parametrize(
    ("word", "term"),
    [
        ("والمنظمات", "منظم"),  # conjunction + article + feminine plural
        ("المنظمة", "منظم"),  # singular meets plural
        ("للدولة", "دول"),
        ("الأمنيّة", "امني"),  # diacritic and hamza seat normalised
        ("بغداد", "بغداد"),  # a ب that belongs to the word stays
        ("الله", "الله"),  # too short to lose its article
        ("Hiltermann", "hiltermann"),  # Latin: lower-cased only
        ("2017", "2017"),
    ],
)
def test_strip_clitics(word: str, term: str) -> None:
    assert strip_clitics(word) == term


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("يعزز الأمن الوطني في العراق", ["امن وطني", "امن", "عراق"], ["في", "امن عراق"]),
        ("انظر: دراسة الباحث عن المجتمع المدني", ["مجتمع مدني"], ["انظر", "دراسه", "باحث"]),
        ("(Dodge, 2020: 56) ibid. pp. 12", ["dodge"], ["2020", "56", "ibid", "pp"]),
        ("وقد أشارت التقارير إلى ذلك", ["تقارير"], ["وقد", "ذلك", "الي"]),
        ("على سبيل المثال في العقدين الماضيين", [], ["سبيل", "مثال"]),
        ("هیئة النزاهة ومکافحة الفساد", ["هيي", "نزاه", "فساد"], ["هیئة"]),  # Persian ی ک
    ],
)
def test_analyzer_terms(text: str, present: list[str], absent: list[str]) -> None:
    terms = ArabicAnalyzer()(text)
    for term in present:
        assert term in terms
    for term in absent:
        assert term not in terms


def test_analyzer_without_bigrams() -> None:
    assert ArabicAnalyzer(bigrams=False)("الأمن الوطني") == ["امن", "وطني"]


def test_surface_forms_keep_the_written_word() -> None:
    forms = ArabicAnalyzer().surface_forms(["المنظمات المدنية", "المنظمات الدولية", "منظمة"])
    assert forms["منظم"].most_common(1)[0] == ("المنظمات", 2)
    assert forms["منظم مدني"].most_common(1)[0][0] == "المنظمات المدنية"


def test_vectorizer_keeps_arabic_vocabulary() -> None:
    vec = make_vectorizer().fit(["تمويل المنظمات المدنية", "تمويل الجماعات المسلحة"])
    assert {"تمويل", "منظم مدني", "جماع مسلح"} <= set(vec.get_feature_names_out())


def test_stopword_list_is_clean_data() -> None:
    """Shipped entries are NFC, without tatweel or presentation forms, and normalised on load."""
    from importlib import resources

    raw = resources.files("araseclit.topics").joinpath("data/stopwords_ar.txt").read_text("utf-8")
    for line in raw.splitlines():
        assert unicodedata.normalize("NFC", line) == line
        assert "\u0640" not in line
        assert not any("\ufb50" <= ch <= "\ufeff" for ch in line)
    words = load_stopwords()
    assert {"في", "دراسه", "انظر", "the", "ibid"} <= words
    assert "امن" not in words and "منظمات" not in words


def test_each_distinct_word_is_analysed_once_with_the_same_terms() -> None:
    """A topic fit reads every unit several times (issue 12): a word's forms are computed once
    and the terms are those of the uncached normalise + clitic steps."""
    from araseclit.normalize import normalize_token
    from araseclit.topics.analyzer import word_forms

    units = [
        "وتؤدي المنظمات غير الحكومية دورًا في رصد انتهاكات حقوق الإنسان في العراق.",
        "ويرى الباحث أن المنظمات غير الحكومية شريك للدولة في بناء الأمن الوطني.",
        "أثّرت السدود التركية في الأمن المائي العراقي وفي عمل المنظمات المحلية.",
    ]
    analyzer = ArabicAnalyzer()
    first = [analyzer(u) for u in units]
    misses = word_forms.cache_info().misses
    again = [ArabicAnalyzer()(u) for u in units]  # another instance shares the forms
    assert word_forms.cache_info().misses == misses
    assert again == first
    word_forms.cache_clear()
    for unit in units:
        for word in unit.rstrip(".").split():
            assert word_forms(word) == (normalize_token(word), strip_clitics(word))
    assert "منظم" in first[0] and "امن وطني" in first[1]
