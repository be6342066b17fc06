"""The character classes every stage takes from :mod:`araseclit.charsets`."""

from __future__ import annotations

import re

import pytest

from araseclit import charsets


@pytest.mark.parametrize(
    "name",
    [
        "ARABIC_LETTER",
        "ARABIC_MARK",
        "JOINING_LETTERS",
        "ARABIC_BLOCK",
        "HAMZA_TO_YEH",
        "PLAIN_LETTER",
        "EXTENDED_LETTER",
        "BLOCK_END_LETTER",
        "HARAKAT",
        "BLOCK_MARK",
        "PRESENTATION_FORM",
        "DIGIT",
    ],
)
def test_a_class_as_a_set_is_the_class_as_a_regex(name: str) -> None:
    """A module that tests ``ch in class_chars(X)`` decides as one matching ``[X]`` does."""
    body = getattr(charsets, name)
    as_regex = re.compile(f"[{body}]")
    in_bmp = {chr(c) for c in range(0x10000) if as_regex.fullmatch(chr(c))}
    assert charsets.class_chars(body) == in_bmp


def test_the_letter_classes_say_what_they_hold() -> None:
    word = "المنظمـات"  # a tatweel in it
    assert all(re.fullmatch(f"[{charsets.HAMZA_TO_YEH}]", ch) for ch in word)
    assert not re.fullmatch(f"[{charsets.PLAIN_LETTER}]+", word)  # PLAIN_LETTER: no tatweel
    assert re.fullmatch(f"[{charsets.PLAIN_LETTER}]+", word.replace("ـ", ""))
    persian = "گزارش"  # gaf: in no Arabic-only class, among the extended letters
    assert not re.search(f"[{charsets.HAMZA_TO_YEH}]", persian[0])
    assert re.fullmatch(f"[{charsets.EXTENDED_LETTER}]", persian[0])
    assert re.fullmatch(f"[{charsets.ARABIC_BLOCK}]+", "٢٠١٧،؟" + word)


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("\u064b", True),
        ("\u0651\u064e", True),
        ("\u0670", True),
        ("۞", False),
        ("ا", False),
        ("", False),
    ],
)
def test_is_arabic_mark(text: str, mark: bool) -> None:
    """Harakat, shadda with its vowel, the dagger alef are marks; the rub el hizb sign among
    the Quranic marks is a spacing symbol, a letter is a letter."""
    assert charsets.is_arabic_mark(text) is mark
