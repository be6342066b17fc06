"""Listed people named in full, with their father's and grandfather's names (issue 14)."""

from __future__ import annotations

import pytest

from araseclit.tag import tag_text


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(m["text"], m["entity_id"]) for m in tag_text(text) if m["category"] == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ولد بشار حافظ الأسد في دمشق عام 1965.",
            [("بشار حافظ الأسد", "actor.person.bashar_assad")],
        ),
        (
            "عبد الفتاح سعيد حسين خليل السيسي هو الرئيس السادس لمصر.",
            [("عبد الفتاح سعيد حسين خليل السيسي", "actor.person.sisi")],
        ),
        (
            "محمد حسني السيد مبارك هو الرئيس الرابع للجمهورية.",
            [("محمد حسني السيد مبارك", "actor.person.mubarak")],
        ),
        (
            "وكان صدام حسين عبد المجيد التكريتي رئيسا للعراق.",
            [("صدام حسين عبد المجيد", "actor.person.saddam")],
        ),
        ("دونالد جون ترامب رجل أعمال أمريكي.", [("دونالد جون ترامب", "actor.person.trump")]),
        # a noun before a surname is no given name: the person alone
        ("وفرضت إدارة ترامب عقوبات جديدة.", [("ترامب", "actor.person.trump")]),
        # two people: the second is not the first's father
        (
            "التقى بشار الأسد وحافظ الأسد.",
            [
                ("بشار الأسد", "actor.person.bashar_assad"),
                ("وحافظ الأسد", "actor.person.hafez_assad"),
            ],
        ),
    ],
)
def test_a_listed_person_named_in_full_is_one_mention(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _people(text) == expected
