"""Capitals name their state when it acts and are places otherwise (issue 14)."""

from __future__ import annotations

import pytest

from araseclit.tag import load_lexicon, tag_text


def _actors(text: str) -> list[tuple[str, str | None]]:
    return [(m["text"], m["entity_id"]) for m in tag_text(text) if m["label"] == "ACTOR"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state acting, in verb-subject and subject-verb order, as object and dative
        ("أعلنت طهران رفضها للعقوبات الجديدة.", [("طهران", "actor.state.iran")]),
        ("ورفضت أنقرة الاتهامات جملة وتفصيلا.", [("أنقرة", "actor.state.turkey")]),
        ("كابول تطالب بالإفراج عن الأصول المجمدة.", [("كابول", "actor.state.afghanistan")]),
        (
            "وتراجعت العلاقات بين أنقرة ودمشق بعد عام 2011.",
            [("أنقرة", "actor.state.turkey"), ("ودمشق", "actor.state.syria")],
        ),
        ("يبدو أن الخلاف مفيد لبكين على المدى الطويل.", [("لبكين", "actor.state.china")]),
        ("ويشكك المراقبون في جدية بيونغيانغ.", [("بيونغيانغ", "actor.state.north_korea")]),
        # the city: after a preposition of place, a city noun, a part of the city, or in a name
        ("عقد الاجتماع في واشنطن الأسبوع الماضي.", []),
        ("وصل الوفد إلى طهران أمس.", []),
        ("توجد مكاتب أخرى في جنيف ونيروبي وفيينا.", []),
        ("ووقعت اشتباكات في ريف دمشق.", []),
        ("التقى الوزير نظيره بموسكو في سبتمبر.", []),
        ("ويكتب عمودا في صحيفة واشنطن بوست.", []),
        ("وطورت مدرسة كوبنهاغن مفهوم الأمننة.", []),
        ("ووقعت الأطراف اتفاقية أوسلو عام 1993.", []),
    ],
)
def test_a_capital_is_its_state_only_when_the_state_acts(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(text) == expected


def test_every_capital_stands_for_a_state_of_the_lexicon() -> None:
    lexicon = load_lexicon()
    capitals = [e for e in lexicon.entries if e.category == "capital"]
    assert len(capitals) > 100  # GeoNames capitals with an Arabic name, not a hand list
    assert all(e.state and lexicon.get(e.state) is not None for e in capitals)
    names = {e.name_ar: e.state for e in capitals}
    assert names["أنقرة"] == "actor.state.turkey" and names["واشنطن"] == "actor.state.usa"
    # عمان is Amman and Oman (سلطنة عمان): no capital that is a word of a state's name
    assert "عمان" not in names and "الكويت" not in names
