"""Clitic splitting and light stems on words from Arabic security literature."""

from __future__ import annotations

import pytest

from araseclit.normalize import Clitics, light_stem, split_clitics


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وبالمنظمات", ("وبال", "منظمات", "")),
        ("والمنظمات", ("وال", "منظمات", "")),
        ("للأمن", ("لل", "أمن", "")),
        ("الأمن", ("ال", "أمن", "")),
        ("ومؤسساتها", ("و", "مؤسسات", "ها")),
        ("لتحقيق", ("ل", "تحقيق", "")),
        ("بمشاركة", ("ب", "مشاركة", "")),
        ("لاستخدام", ("ل", "استخدام", "")),
        ("دورها", ("", "دور", "ها")),
        ("مجتمعنا", ("", "مجتمع", "نا")),
        ("قدراتهم", ("", "قدرات", "هم")),
        ("وتركيا", ("و", "تركيا", "")),
        ("والوزارة", ("وال", "وزارة", "")),
        ("المُنظّمات", ("ال", "مُنظّمات", "")),
    ],
)
def test_split_clitics(word, expected):
    assert split_clitics(word) == Clitics(*expected)


@pytest.mark.parametrize(
    "word",
    [
        "بغداد",
        "بيروت",
        "لبنان",
        "كركوك",
        "فلسطين",
        "واشنطن",
        "الله",
        "الذين",
        "التي",
        "وزارة",
        "وسائل",
        "ولايات",
        "وكالات",
        "كتابات",
        "منظمة",
        "العراقي"[2:],
        "وطني",
        "مهم",
        "اتجاه",
        "مشترك",
        "ذلك",
        "هنا",
        "أحيانًا",
        "ولكن",
        "وفي",
        "إلى",
        "فشل",
        "باحثين",
        "فاعلين",
    ],
)
def test_split_clitics_leaves_words_alone(word):
    assert split_clitics(word) == Clitics("", word, "")


@pytest.mark.parametrize("word", ["والمنظمات", "ومؤسساتها", "بغداد", "قدرته", "الأمن"])
def test_split_is_a_partition(word):
    assert "".join(split_clitics(word)) == word


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("والمنظمات", "منظمات"),
        ("المنظمات", "منظمات"),
        ("ومؤسساتها", "مؤسسات"),
        ("قدرته", "قدره"),
        ("سياستها", "سياسه"),
        ("الأمنیة", "امنيه"),
        ("ﺍﻟﻌﺮﺍﻕ", "عراق"),
        ("العراقي", "عراقي"),
        ("بغداد", "بغداد"),
    ],
)
def test_light_stem(word, stem):
    assert light_stem(word) == stem


def test_inflected_forms_share_a_stem():
    forms = ["المنظمات", "والمنظمات", "للمنظمات", "بالمنظمات", "منظماتها"]
    assert {light_stem(f) for f in forms} == {"منظمات"}


def test_the_light_form_table_gives_the_step_by_step_form_on_every_character():
    # split_clitics compares words in their light form through one str.translate table; it
    # must give what tatweel removal, camel-tools' dediac_ar and normalize_alef_ar give one
    # after another, on every character (a camel-tools release that widened a class would
    # show here), and on vowelled, stretched words of the kind PDFs give
    from araseclit.normalize.clitics import _light, _light_steps

    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    assert [c for c in chars if _light(c) != _light_steps(c)] == []
    for word in ("وبالمُنظّمـــات", "لِلأَمْنِ", "ٱلإِمَارَات", "آليّاتها"):
        assert _light(word) == _light_steps(word)


@pytest.mark.parametrize(
    ("word", "plain"),
    [
        ("\u200fوالمنظمات", "والمنظمات"),  # a bidi mark before the word
        ("ومؤسسا\u200cتها", "ومؤسساتها"),  # a zero-width non-joiner inside
        ("\u061cقدرته", "قدرته"),  # Arabic letter mark, in the Arabic block itself
        ("ﺑﺎﻟﻤﻨﻈﻤﺎﺕ", "بالمنظمات"),  # presentation forms
        ("ﻟﻼﺟﺌﻴﻦ", "للاجئين"),  # a lam-alef ligature that becomes two letters
    ],
)
def test_light_stem_reads_through_invisible_controls_and_presentation_forms(word, plain):
    # light_stem skips its two glyph-level steps for a word without such characters: a word
    # with one must still get the stem of the word as typed
    assert light_stem(word) == light_stem(plain) != ""


@pytest.mark.parametrize(
    ("marked", "plain"),
    [
        ("وَبِالمُنظّمَاتِ", "وبالمنظمات"),
        ("ومؤسساتهـــا", "ومؤسساتها"),
        ("فَلِلْجَمْعِيَّةِ", "فللجمعية"),
        ("وَسِيَاسَاتُهُمْ", "وسياساتهم"),
    ],
)
def test_a_word_with_marks_splits_at_the_letters_of_its_plain_form(marked, plain):
    """A word with no mark or tatweel is cut at its light-form counts directly; one with them
    is cut by counting letters (_cut): both give the same three parts, letter for letter."""
    from araseclit.normalize.clitics import _light

    assert tuple(map(_light, split_clitics(marked))) == tuple(split_clitics(plain))
    assert "".join(split_clitics(plain)) == plain
