"""A state's forces, army branches and named armed groups (issue 14: armies and forces)."""

from __future__ import annotations

import pytest

from araseclit.tag import tag_text


def _actors(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (m["text"], m["entity_id"], m["state_id"]) for m in tag_text(text) if m["label"] == "ACTOR"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "عبرت القوات المصرية قناة السويس وتقدمت القوات السورية في الجولان.",
            [
                ("القوات المصرية", "actor.generic.forces", "actor.state.egypt"),
                ("القوات السورية", "actor.generic.forces", "actor.state.syria"),
            ],
        ),
        (
            "وقصفت القوات الجوية المصرية مواقع على الضفة الشرقية.",
            [("القوات الجوية المصرية", "actor.generic.air_force", "actor.state.egypt")],
        ),
        (
            "وانشق ضباط وأسسوا الجيش السوري الحر عام 2011.",
            [("الجيش السوري الحر", "actor.arm.fsa", None)],
        ),
        # forces with no state named are no actor of their own: انسحاب القوات
        ("وبعد انسحاب القوات من المدينة عاد السكان.", []),
        # a state's forces the lexicon lists keep their entry
        ("وشاركت القوات التركية في العملية.", [("القوات التركية", "actor.sec.turkish_army", None)]),
    ],
)
def test_forces_are_named_by_their_state(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _actors(text) == expected
