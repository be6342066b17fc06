"""Composed threat phrases, adjective narrowing and accusative forms on realistic sentences."""

from __future__ import annotations

import pytest

from araseclit.tag.compose import is_adjective
from araseclit.tag.patterns import accusative

CORRUPTION, WEAK_STATE = "threat.corruption", "threat.weak_state"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deficit head over a domain noun, with the adjectives that follow it
        (
            "أدى ضعف التشريعات وغياب الرقابة الفعالة إلى تراجع أداء المنظمات.",
            [
                ("ضعف التشريعات", "THREAT", None),
                ("وغياب الرقابة الفعالة", "THREAT", None),
                ("المنظمات", "ACTOR", "actor.ngo.ngos"),
            ],
        ),
        # a deficit head over a known actor
        (
            "يحذر الباحثون من انهيار المجتمع المدني في المحافظات.",
            [("انهيار المجتمع المدني", "THREAT", None)],
        ),
        # a construct complement: ثقة المواطنين
        (
            "يفسر ذلك تآكل ثقة المواطنين بالمؤسسات.",
            [("تآكل ثقة المواطنين", "THREAT", None)],
        ),
        # a threat head needs a domain adjective
        (
            "تواجه الجمعيات التحديات القانونية والمالية منذ سنوات.",
            [
                ("الجمعيات", "ACTOR", "actor.ngo.charities"),
                ("التحديات القانونية والمالية", "THREAT", None),
            ],
        ),
        ("ناقش المؤتمر التحديات الرئيسية للعقد المقبل.", []),
        # a listed threat narrowed by classifying adjectives, coordination included
        ("ويعد الفساد البنيوي أخطر ما يواجه البلاد.", [("الفساد البنيوي", "THREAT", CORRUPTION)]),
        (
            "عمّقت الانقسامات الدينية والإثنية الأزمة.",
            [("الانقسامات الدينية والإثنية", "THREAT", "threat.social_fragmentation")],
        ),
        # ... but a coordinated word that is a mention of its own starts a new mention
        (
            "إن الفساد الإداري والطائفية السياسية يهددان البلاد.",
            [
                ("الفساد الإداري", "THREAT", CORRUPTION),
                ("والطائفية السياسية", "THREAT", "threat.sectarianism"),
            ],
        ),
        # a state nisba stays an actor of its own
        (
            "تراجع الأمن الوطني العراقي بعد 2014.",
            [
                ("الأمن الوطني", "SECURITY_CONCEPT", "concept.national"),
                ("العراقي", "ACTOR", "actor.state.iraq"),
            ],
        ),
        # a role narrowed by an adjective
        (
            "ركزت الجمعية على بناء القدرات المجتمعية.",
            [("بناء القدرات المجتمعية", "NGO_ROLE", "role.capacity_building")],
        ),
        # indefinite accusative (tanwin alif)
        ("شهدت البلاد انهيارًا مؤسسيًا بعد الحرب.", [("انهيارًا مؤسسيًا", "THREAT", WEAK_STATE)]),
        ("قُتل ناشطًا مدنيًا في الناصرية.", [("ناشطًا مدنيًا", "ACTOR", "actor.social.activists")]),
        # a sectarian nisba after a noun is an adjective, not sectarianism
        ("تحولت المطالبة بحقوق الجماعة الطائفية إلى صراع.", []),
        ("ويغذي ذلك الطائفية في الخطاب السياسي.", [("الطائفية", "THREAT", "threat.sectarianism")]),
        # an actor class keeps the nisba adjectives of its name, not evaluative ones
        (
            "تعمل المنظمات المدنية العراقية الجديدة في الموصل.",
            [("المنظمات المدنية العراقية", "ACTOR", "actor.ngo.civil_society")],
        ),
        (
            "صار المجتمع المدني العالمي طرفًا مؤثرًا.",
            [("المجتمع المدني العالمي", "ACTOR", "actor.ngo.civil_society")],
        ),
        # a nisba whose alef-lam belongs to the root still makes state phrases
        (
            "تدعم الحكومة الألمانية مشاريع الاستقرار.",
            [("الحكومة الألمانية", "ACTOR", "actor.state.germany")],
        ),
        # سنة is a year, not the Sunni
        ("صدر القانون رقم 12 لسنة 2010.", []),
    ],
)
def test_composed_mentions(tag, text: str, expected: list) -> None:
    assert tag(text) == expected


@pytest.mark.parametrize(
    ("norm", "definite", "expected"),
    [
        ("الاداري", True, True),
        ("والاثنيه", True, True),
        ("الفعاله", True, True),
        ("منظمه", False, True),
        ("الاداري", False, False),  # definiteness must agree
        ("الحالي", True, False),  # a time word, not a classifier
        ("العراقي", True, False),  # a state nisba
        ("المنظمات", True, False),
    ],
)
def test_is_adjective(norm: str, definite: bool, expected: bool) -> None:
    assert is_adjective(norm, definite, frozenset({"العراقي"})) is expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["انهيار", "مؤسسي"], ["انهيارا", "مؤسسيا"]),
        (["ناشط", "مدني"], ["ناشطا", "مدنيا"]),
        (["ازمه"], None),  # teh marbuta takes no alif
        (["منظمات", "نسويه"], None),
    ],
)
def test_accusative(words: list[str], expected: list[str] | None) -> None:
    assert accusative(words) == expected
