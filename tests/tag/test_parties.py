"""Parties and movements the lexicon lacks, found by the shape of their names (issue 14)."""

from __future__ import annotations

import pytest

from araseclit.tag import tag_text


def _parties(text: str) -> list[str]:
    return [m["text"] for m in tag_text(text) if m["category"] == "political_party"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("فاز حزب العدالة والتنمية بالانتخابات التشريعية عام 2002.", ["حزب العدالة والتنمية"]),
        ("وكان عضوا في حزب الرفاه الإسلامي قبل حله.", ["حزب الرفاه الإسلامي"]),
        ("انتمى إلى حزب الحرية والعدالة، الذراع السياسية للجماعة.", ["حزب الحرية والعدالة"]),
        ("أعلن تيار المستقبل انسحابه من الحكومة.", ["تيار المستقبل"]),  # not a person
        (
            "وقاتلت الحركة الشعبية لتحرير السودان الحكومة المركزية عقدين.",
            ["الحركة الشعبية لتحرير السودان"],
        ),
        # descriptions, not names
        ("صوت الحزب الحاكم ضد مشروع القانون.", []),
        ("وانضم النائب إلى حزب الأغلبية في البرلمان.", []),
        ("واتسعت حركة الاحتجاج في المدن الجنوبية.", []),
    ],
)
def test_a_party_is_named_by_its_head_and_definite_name(text: str, expected: list[str]) -> None:
    assert _parties(text) == expected


def test_a_listed_party_keeps_its_entry() -> None:
    found = [(m["text"], m["entity_id"]) for m in tag_text("وقال حزب الله إن المفاوضات فشلت.")]
    assert ("حزب الله", "actor.arm.hezbollah") in found
