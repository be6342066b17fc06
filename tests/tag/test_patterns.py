"""Surface forms generated from lexicon strings (normalised forms)."""

from __future__ import annotations

import pytest

from araseclit.tag.patterns import (
    indefinite,
    nisba_forms,
    number_forms,
    state_phrases,
    with_proclitics,
)


@pytest.mark.parametrize(
    ("word", "present", "absent"),
    [
        ("الحشد", {"الحشد", "والحشد", "بالحشد", "للحشد", "وللحشد", "فبالحشد"}, {"لالحشد", "حشد"}),
        ("اللاجئين", {"للاجئين", "وللاجئين", "باللاجئين"}, {"لللاجئين"}),
        ("الناشطين", {"للناشطين", "والناشطين"}, set()),
        ("منظمه", {"منظمه", "ومنظمه", "بمنظمه", "لمنظمه", "وبمنظمه"}, {"المنظمه"}),
        ("داعش", {"داعش", "وداعش", "لداعش", "بداعش"}, {"الداعش"}),
    ],
)
def test_with_proclitics(word: str, present: set[str], absent: set[str]) -> None:
    forms = with_proclitics(word)
    assert present <= forms
    assert not absent & forms


@pytest.mark.parametrize(
    ("word", "pronouns", "present", "absent"),
    [
        ("منظمه", True, {"منظمات", "منظمتان", "منظمتين", "منظمتها", "منظمتهم"}, set()),
        ("منظمه", False, {"منظمات"}, {"منظمتها"}),
        ("الحكومه", True, {"الحكومات", "الحكومتان"}, {"الحكومتها"}),
        ("النازحون", True, {"النازحين"}, set()),
        ("ناشطون", True, {"ناشطين", "ناشطو", "ناشطي"}, set()),
        ("منظمات", True, {"منظماتنا", "منظماتها"}, set()),
        ("الصين", True, {"الصين"}, {"الصون"}),
        ("الاحتلال", True, {"الاحتلال"}, {"الاحتلالات"}),
    ],
)
def test_number_forms(word: str, pronouns: bool, present: set[str], absent: set[str]) -> None:
    forms = number_forms(word, pronouns)
    assert present <= forms
    assert not absent & forms


@pytest.mark.parametrize(
    ("base", "present"),
    [
        ("تركي", {"تركي", "تركيه", "التركيه", "التركي", "الاتراك"} - {"الاتراك"}),
        ("ايراني", {"الايرانيه", "الايرانيين", "الايرانيون", "ايرانيات"}),
        ("اتراك", {"اتراك", "الاتراك"}),
    ],
)
def test_nisba_forms(base: str, present: set[str]) -> None:
    assert present <= nisba_forms(base)


@pytest.mark.parametrize(
    ("word", "expected"), [("النزوح", "نزوح"), ("الفساد", "فساد"), ("نزوح", None), ("الى", None)]
)
def test_indefinite(word: str, expected: str | None) -> None:
    assert indefinite(word) == expected


def test_state_phrases() -> None:
    phrases = state_phrases("تركي")
    assert ("الحكومه", "التركيه") in phrases
    assert ("النظام", "التركي") in phrases
    assert state_phrases("اتراك") == []
