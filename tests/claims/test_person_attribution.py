"""Issue 14: a claim reported from a person is attributed to that person (an entity id)."""

from __future__ import annotations

import pytest

from araseclit.claims import find_claims
from araseclit.tag import tag_text


def attributed(text: str) -> list[str]:
    mentions = tag_text(text)
    claims = find_claims(text, [(0, len(text), "s0")], [], mentions)
    return [c["attributed_to"] for c in claims]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("وقال ترامب في تجمع انتخابي إن الاتفاق النووي مع إيران كارثي.", "actor.person.trump"),
        ("وأكد نتنياهو أن إسرائيل لن تسمح لإيران بامتلاك سلاح نووي.", "actor.person.netanyahu"),
        ("وقال وزير الطاقة الروسي ألكسندر نوفاك إن الطاقة ليست أداة ضغط.", "ألكسندر نوفاك"),
    ],
)  # fmt: skip
def test_claim_attributed_to_person(text: str, who: str) -> None:
    assert attributed(text) == [who]


def test_claim_without_person_keeps_its_source() -> None:
    text = "وتشير تقارير الأمم المتحدة إلى أن عدد النازحين تجاوز مليون شخص."
    assert attributed(text) == ["تقارير الأمم المتحدة"]
