"""Normalisation: each phenomenon, the composed matching/topic forms, and the offset map."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from araseclit import normalize as n


@pytest.mark.parametrize(
    ("func", "raw", "expected"),
    [
        (n.normalize_alef, "أمن إقليمي آثار ٱلعراق", "امن اقليمي اثار العراق"),
        (n.normalize_alef_maqsura, "مستوى على", "مستوي علي"),
        (n.normalize_teh_marbuta, "منظمة مدنية", "منظمه مدنيه"),
        (n.normalize_persian, "ایران کردستان ژاپن همۀ", "ايران كردستان زابن همه"),
        (n.normalize_tatweel, "المنظمـــات", "المنظمات"),
        (n.normalize_diacritics, "الأَمْنُ الوَطَنِيُّ", "الأمن الوطني"),
        (n.normalize_digits, "عام ٢٠٢٢ و۱۳۹۹", "عام 2022 و1399"),
        (n.normalize_number_separators, "٢٫٥ و١٬٠٠٠", "٢.٥ و١,٠٠٠"),
        (n.normalize_presentation_forms, "ﺍﻟﻌﺮﺍﻕ ﻻ", "العراق لا"),
        (n.normalize_invisibles, "\u200fالعراق\u200e", "العراق"),
        (n.normalize_hamza_carriers, "مؤسسات بيئة", "موسسات بيية"),
        (n.normalize_latin_case, "NGOs Al-Ansari", "ngos al-ansari"),
    ],
)
def test_each_normaliser(func, raw, expected):
    assert func(raw) == expected


@pytest.mark.parametrize(
    "unchanged",
    ["العراق", "منظمات", "Buzan 1991", "(2017: 21)", ""],
)
def test_normalisers_leave_plain_text_alone(unchanged):
    for step in (n.normalize_persian, n.normalize_tatweel, n.normalize_diacritics):
        assert step(unchanged) == unchanged


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("المُنظّمـات", "المنظمات"),
        ("إيران", "ايران"),
        ("ﺍﻟﻤﻨﻈﻤﺎﺕ", "المنظمات"),
        ("الأمنیة", "الامنيه"),
        ("١٤٤٤هـ", "1444ه"),
        ("Al-Ansari", "al-ansari"),
        ("مستوىً", "مستوي"),
    ],
)
def test_normalize_token_matching_form(raw, expected):
    assert n.normalize_token(raw) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("إنّ المنظماتِ غير الحكومية تُسهم في 2022", "ان منظمات غير حكوميه تسهم في"),
        ("والمنظمات ومؤسساتها", "منظمات موسسات"),
        ("NGOs في بغداد", "ngos في بغداد"),
    ],
)
def test_normalize_for_topics(text, expected):
    assert n.normalize_for_topics(text) == expected


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("تُسهِمُ المنظّمـاتُ المدنيّة", "المنظمات"),
        ("ﺍﻟﻌﺮﺍﻕ وإيران", "ايران"),
        ("ﻻ أمنَ بلا ثقة", "بلا"),
        ("في عام ٢٠١٧ ظهرت", "2017"),
    ],
)
def test_offsets_map_spans_back_to_original(text, needle):
    norm = n.normalize_text(text)
    start = norm.text.index(needle)
    o_start, o_end = norm.span_to_original(start, start + len(needle))
    assert n.normalize_token(text[o_start:o_end]) == needle


@given(st.text(alphabet="ابتةثجحخىيأإآـًٌٍَُِّْﻻﺍی۱٢ 0a.،", max_size=40))
def test_normalize_text_agrees_with_normalize_token(text):
    norm = n.normalize_text(text)
    assert norm.text == n.normalize_token(text)
    assert len(norm.offsets) == len(norm.text)
    assert list(norm.offsets) == sorted(norm.offsets)
    for i, ch in enumerate(norm.text):
        assert ch in n.normalize_token(text[norm.offsets[i]])


def test_to_original_past_the_end():
    norm = n.normalize_text("أمنٌ")
    assert norm.to_original(len(norm.text)) == len("أمنٌ") - 1


@given(st.text(alphabet="ابتةثجحخىيأإآـًٌٍَُِّْﻻﺍی۱٢ 0a.،\u200f", max_size=40))
def test_normalize_text_is_each_character_normalised_in_turn(text):
    # one translate when every character keeps one character, the loop otherwise: both are
    # the character-by-character definition, offsets included
    forms = [n.normalize_token(ch) for ch in text]
    norm = n.normalize_text(text)
    assert norm.text == "".join(forms)
    assert norm.offsets == tuple(i for i, form in enumerate(forms) for _ in form)


def test_offsets_of_text_that_keeps_every_character_in_place():
    text = "قالت المنظمة إن 2017 كان عاما صعبا"
    norm = n.normalize_text(text)
    assert list(norm.offsets) == list(range(len(text)))
    assert norm.span_to_original(5, 12) == (5, 12)
    assert norm.to_original(len(text)) == len(text)


def test_the_one_table_path_gives_the_step_by_step_form() -> None:
    # normalize_token takes nearly every word through one str.translate table; it must give
    # exactly what the steps give one after another, on real words of every corpus (vowelled,
    # Persian, digits with Arabic separators, Latin) and on random strings of those characters
    import random

    from araseclit.normalize import _token_steps, normalize_token

    root = Path(__file__).resolve().parents[2] / "corpora"
    words = {
        w
        for d in ("clean", "sample/sources", "heldout/sources", "heldout5/sources")
        for f in sorted((root / d).glob("*.txt"))
        for w in f.read_text(encoding="utf-8").split()
    }
    assert len(words) > 5000
    rnd = random.Random(7)
    pool = [chr(c) for c in (*range(0x20, 0x7F), *range(0x600, 0x700))]
    words |= {"".join(rnd.choice(pool) for _ in range(rnd.randint(1, 9))) for _ in range(20000)}
    words |= {"١٢٬٥٠٠٫٧٥", "۱۳۹۹", "المُنظّمـات", "ﻻ", "\u200fالعراق", "NGOs", "کودکی"}
    normalize_token.cache_clear()
    assert [w for w in sorted(words) if normalize_token(w) != _token_steps(w)] == []
