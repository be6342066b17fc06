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
