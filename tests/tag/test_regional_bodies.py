"""Issue 14: bodies the regional literature names that the lexicon lacked (actors 2026.12.10).

Before, a UN mission or panel was cut to ``الأمم المتحدة`` with the host state beside it,
a coalition such as Sudan's Forces of Freedom and Change was missed, and ``الجماعات المسلحة
غير الحكومية`` (non-state armed groups) lost its qualifier. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from araseclit.tag import tag_text


def actors(text: str) -> list[tuple[str, str | None]]:
    return [(m["text"], m["entity_id"]) for m in tag_text(text) if m["label"] == "ACTOR"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "ورعت بعثة الأمم المتحدة للدعم في ليبيا جولة جديدة من الحوار بين الأطراف.",
            ("بعثة الأمم المتحدة للدعم في ليبيا", "actor.io.unsmil"),
        ),
        (
            "ووثق فريق خبراء الأمم المتحدة تدفق الأسلحة عبر الحدود الغربية.",
            ("فريق خبراء الأمم المتحدة", "actor.io.un_panel_of_experts"),
        ),
        (
            "وانتشرت قوات اليونيفيل على طول الخط الأزرق بعد وقف إطلاق النار.",
            ("قوات اليونيفيل", "actor.io.unifil"),
        ),
        (
            "وقادت قوى الحرية والتغيير المفاوضات مع المكون العسكري بعد سقوط النظام.",
            ("قوى الحرية والتغيير", "actor.party.ffc_sudan"),
        ),
        (
            "وتعرضت المنظمات المدنية لضغوط من الجماعات المسلحة غير الحكومية في المناطق المحررة.",
            ("الجماعات المسلحة غير الحكومية", "actor.arm.armed_factions"),
        ),
    ],
)
def test_regional_body_is_one_mention(text: str, mention: tuple[str, str]) -> None:
    found = actors(text)
    assert mention in found
    assert ("الأمم المتحدة", "actor.io.un") not in found


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # an office of any state, not the army inside its name
        (
            "ويبقى رئيس الوزراء بصفته القائد العام للقوات المسلحة مسؤولا عن قرار الحرب.",
            ("القائد العام للقوات المسلحة", "actor.generic.commander_in_chief"),
        ),
        # a government named with the pronoun of the person who leads it
        (
            "وأعلن نجيب ميقاتي أن حكومته ستستأنف المفاوضات مع صندوق النقد الدولي.",
            ("حكومته", "actor.generic.government"),
        ),
    ],
)
def test_generic_office_is_one_mention(text: str, mention: tuple[str, str]) -> None:
    assert mention in actors(text)
