"""Tokens and structure strings: each symbol of the ``tokens`` module docstring on a line of
the register the structure model reads."""

from __future__ import annotations

import pytest

from araseclit.textmodel.tokens import function_words, structure, tokenize

FI = function_words()["في"]  # the commonest Arabic word has a symbol of its own
AAM = function_words()["عام"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("تركيا (Hiltermann, 2017: 88).", "A (C, 2017: 88)."),  # the docstring's example
        ("الحكومة في بغداد", f"A {FI} A"),
        ("بعد عام 2003م،", f"{function_words()['بعد']} {AAM} 2003y،"),  # calendar suffix
        ("نحو 1445هـ", "A 1445y"),
        ("عام 2003 م", f"{AAM} 2003 A"),  # apart from its year: a word
        ("عام ٢٠٠٣", f"{AAM} 2003"),  # Eastern digits folded
        ("NATO and the UN", "U l l U"),
        ("nnamretliH", "x"),  # a Latin word read backwards
        ("الدولة   والمجتمع", "A_A"),  # a gap a justified line was cut at
        ("«النص» – 5٫5٪", "«A» - 5.5%"),  # dash, decimal sign and percent folded
        ("الدولة Δ", "A ?"),  # a letter of another script
        ("دور \u064b كبير", "A A"),  # a tanween lifted off its word is no word
    ],
)
def test_structure_string(line: str, expected: str) -> None:
    assert structure(line) == expected


def test_function_words_are_the_commonest_plain_words() -> None:
    words = function_words()
    assert len(words) == 150
    assert list(words)[:3] == ["في", "من", "على"]
    assert len(set(words.values())) == 150
    assert all("\ue000" <= sym <= "\uf8ff" for sym in words.values())  # private use


@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        ("تركيا (Hiltermann, 2017: 88).", "ASOLOSDOSDOO"),
        ("جديدًا، 12", "AOSD"),
        ("الأمنُ  والدولة", "ASA"),
    ],
)
def test_tokenize_kinds(line: str, kinds: str) -> None:
    tokens = tokenize(line)
    assert "".join(t.kind for t in tokens) == kinds
    assert "".join(t.text for t in tokens) == line  # nothing lost
