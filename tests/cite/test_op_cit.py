"""``op. cit.`` and ``مرجع سابق`` / ``مصدر سبق ذكره`` in the text (issue 13): the one work of the
named author cited before, or nothing when that author has two works or none."""

from __future__ import annotations

import pytest

from araseclit.cite import find_citations

OP_CIT = """تناول دودج بناء الدولة العراقية بعد الاحتلال (Dodge, 2003: 12)، ورأى أن الإدارة البريطانية صنعت صورة نمطية عن المجتمع (Dodge, op. cit., p. 64). ورصد الموسوي تحول الأمن المجتمعي في البصرة (الموسوي، 2018: 40)، ثم عاد الموسوي (مصدر سبق ذكره، ص 90) إلى دور العشائر في فض النزاعات.

أما كاظم فله دراستان في الموضوع (كاظم، 2015: 3؛ كاظم، 2019: 8)، ويرى أن الشرطة المجتمعية لم تنجح (كاظم، مرجع سابق، ص 9). وذكر آخرون (op. cit.) أن ذلك ثابت، كما أشار تقرير المفوضية (مرجع سابق، ص 12).
"""


def _cits(text: str) -> list[tuple]:
    return [(c["kind"], c["author"], c["year"], c["page"], c["raw"]) for c in find_citations(text)]


def test_op_cit_takes_the_one_earlier_work_of_its_author() -> None:
    got = _cits(OP_CIT)
    assert ("parenthetical", "Dodge", 2003, "64", "(Dodge, op. cit., p. 64)") in got
    assert ("narrative", "الموسوي", 2018, "90", "الموسوي (مصدر سبق ذكره، ص 90)") in got


@pytest.mark.parametrize("raw", ["(كاظم، مرجع سابق، ص 9)", "(op. cit.)", "(مرجع سابق، ص 12)"])
def test_op_cit_with_two_works_or_no_author_cited_before_gives_nothing(raw: str) -> None:
    # "مرجع سابق" was read as the author of an author-page citation
    got = _cits(OP_CIT)
    assert not [c for c in got if raw in c[4] or c[1] in ("مرجع سابق", "op. cit.")]
    assert len(got) == 6
