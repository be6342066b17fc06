"""Consonant skeletons: one name in Arabic script and in Latin meets; different names do not."""

from __future__ import annotations

import pytest

from araseclit.cite.translit import script, skeleton


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("بوزان", "Buzan"),
        ("صالحی", "Salehi"),  # Persian yeh
        ("هيلترمان", "Hiltermann"),  # doubled n
        ("الخفاجي", "Al-Khafaji"),  # kh
        ("كيباراوغلو", "Kibaroğlu"),  # Turkish ğ
        ("حمزة", "Hamzah"),  # teh marbuta ~ final -ah
        ("شريف", "Sharif"),  # sh
    ],
)
def test_one_name_in_two_scripts_has_one_skeleton(arabic: str, latin: str) -> None:
    assert skeleton(arabic) == skeleton(latin) != ""


@pytest.mark.parametrize(
    ("a", "b"), [("بوزان", "Bozorgmehr"), ("كالدور", "Dodge"), ("رحماني", "Rahimi")]
)
def test_different_names_differ(a: str, b: str) -> None:
    assert skeleton(a) != skeleton(b)


def test_short_or_mixed_names_are_not_compared() -> None:
    assert skeleton("Marr") == "" and skeleton("مار") == ""  # two consonants: too common
    assert skeleton("UNDPالعراق") == "" and script("UNDPالعراق") is None
