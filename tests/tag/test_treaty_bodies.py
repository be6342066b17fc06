"""Issue 14, round 2: bodies the lexicon lacked (actors 2026.12.12).

The UN system's related organisations (IAEA, OPCW, CTBTO, WTO) and its court, the African
Union's regional communities around Sudan, Libya and the Sahel (IGAD, ECOWAS, CEN-SAD), and
the belligerents and parties of Sudan's Juba agreement, Libya's war, Lebanon's parliament
and Jordan's were missed, or cut to a generic army (``الجيش``) or to their state's
adjective. Sentences written for these tests.
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
            "وطالب مجلس المحافظين الوكالة الدولية للطاقة الذرية بتقرير شامل عن منشأة فوردو.",
            ("الوكالة الدولية للطاقة الذرية", "actor.io.iaea"),
        ),
        (
            "وخلص تحقيق منظمة حظر الأسلحة الكيميائية إلى استخدام غاز الكلور في دوما.",
            ("منظمة حظر الأسلحة الكيميائية", "actor.io.opcw"),
        ),
        (
            "ودعت الهيئة الحكومية الدولية المعنية بالتنمية إلى قمة طارئة في جيبوتي.",
            ("الهيئة الحكومية الدولية المعنية بالتنمية", "actor.io.igad"),
        ),
        (
            "ونشرت مجموعة فاغنر مقاتلين في قاعدة الخادم الجوية شرق البلاد.",
            ("مجموعة فاغنر", "actor.arm.wagner"),
        ),
        (
            "وشن الجيش الوطني الليبي هجوما على العاصمة في ربيع 2019.",
            ("الجيش الوطني الليبي", "actor.arm.lna"),
        ),
        (
            "ووقعت حركة العدل والمساواة على بروتوكول الترتيبات الأمنية في جوبا.",
            ("حركة العدل والمساواة", "actor.arm.jem"),
        ),
        (
            "وانقسمت حركة تحرير السودان إلى أجنحة متنافسة بعد مؤتمر حسكنيتة.",
            ("حركة تحرير السودان", "actor.arm.slm"),
        ),
        (
            "ورفض التيار الوطني الحر المشاركة في جلسة انتخاب الرئيس.",
            ("التيار الوطني الحر", "actor.party.fpm"),
        ),
        (
            "وقاطع حزب جبهة العمل الإسلامي الانتخابات البلدية احتجاجا على القانون.",
            ("حزب جبهة العمل الإسلامي", "actor.party.iaf_jordan"),
        ),
        (
            "وانتشلت فرق الدفاع المدني السوري ناجين من تحت الأنقاض في جنديرس.",
            ("الدفاع المدني السوري", "actor.ngo.syria_civil_defence"),
        ),
    ],
)
def test_body_found_whole(text: str, mention: tuple[str, str]) -> None:
    assert mention in actors(text)


@pytest.mark.parametrize(
    ("text", "span", "state"),
    [
        (
            "وبحسب دائرة الإحصاءات العامة الأردنية ارتفعت البطالة إلى 22 في المئة.",
            "دائرة الإحصاءات العامة الأردنية",
            "actor.state.jordan",
        ),
        (
            "ونشر الجهاز المركزي للتعبئة العامة والإحصاء أرقام التضخم الشهرية.",
            "الجهاز المركزي للتعبئة العامة والإحصاء",
            None,
        ),
    ],
)
def test_statistics_office_is_a_generic_body(text: str, span: str, state: str | None) -> None:
    """A national statistics office (names from Arab states' offices) is one generic body
    that resolves to its state, as a ministry does, not Iraq's by default."""
    found = {m["text"]: m for m in tag_text(text)}
    assert found[span]["entity_id"] == "actor.generic.statistics_office"
    assert found[span]["state_id"] == state
