"""``الدولة`` as the object of analysis is no actor (araseclit.tag.state_concept); as an
actor it stays one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from araseclit.tag import explain_text

STATE = "actor.gov.state_generic"


def states(text: str) -> list[str]:
    return [m["text"] for m in explain_text(text) if m["entity_id"] == STATE]


@pytest.mark.parametrize(
    "text",
    [
        # the genitive of a noun of analysis
        "ويعيد الباحث قراءة مفهوم الدولة في الأدبيات الماركسية بوصفه أداة هيمنة طبقية.",
        "ويرجع المؤلف أزمة الدولة في الصومال إلى تفكك المؤسسات بعد الحرب الباردة.",
        "وتقترح الدراسة نموذج شبه الدولة لفهم سلطات الأمر الواقع في الشمال.",
        "وتناقش الورقة معنى الدولة عند الحركات الإسلامية قبل الربيع العربي.",
    ],
)
def test_the_state_as_a_concept_is_no_actor(text: str) -> None:
    assert states(text) == []


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("ويطالب المحتجون بحصر السلاح بيد الدولة ومحاسبة المسؤولين عن القمع.", "الدولة"),
        ("وتقاسم الجيش والدولة الموارد النفطية لعقود طويلة.", "والدولة"),
        # coordinated with society: a party to the relation (the seed chapter's reading)
        ("وتسعى المنظمات إلى بناء الثقة بين الدولة والمجتمع في المناطق المحررة.", "الدولة"),
        ("وبنت الحركة شبكة مدارس ومستوصفات تحل جزئيا محل الدولة في الجنوب.", "الدولة"),
    ],
)
def test_the_state_as_an_actor_stays_one(text: str, state: str) -> None:
    assert states(text) == [state]


CIVIL_SOCIETY = "actor.ngo.civil_society"


def civil_society(text: str) -> list[str]:
    return [m["text"] for m in explain_text(text) if m["entity_id"] == CIVIL_SOCIETY]


@pytest.mark.parametrize(
    "text",
    [
        # governed by a noun of analysis
        "ويتتبع الفصل تحولات فكرة المجتمع المدني في الفكر العربي منذ عصر النهضة.",
        # called a concept by what follows it
        "وتميز الدراسة بين المجتمع المدني بوصفه مفهوما تحليليا وبوصفه شبكة من الجمعيات.",
    ],
)
def test_civil_society_as_a_concept_is_no_actor(text: str) -> None:
    assert civil_society(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وانتقدت المنظمات الدولية القانون لأنه يقيد عمل المجتمع المدني.", "المجتمع المدني"),
        (
            "وتحولت منظمات المجتمع المدني إلى شريك للبلديات في إدارة المخيمات.",
            "منظمات المجتمع المدني",
        ),
    ],
)
def test_civil_society_as_an_actor_stays_one(text: str, name: str) -> None:
    assert civil_society(text) == [name]
