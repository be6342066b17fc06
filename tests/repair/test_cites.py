"""Citations whose author and locator the scramble pulled apart are put back together."""

from __future__ import annotations

import pytest

from araseclit.document import Line
from araseclit.repair.cites import rejoin_citations


def _para(*texts: str) -> list[Line]:
    lines = [Line(t, None, i + 1) for i, t in enumerate(texts)]
    lines[0].para_start = True
    return lines


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (  # author and locator in one line, prose between
            ("وهو ما يرجّح (Dodge، عودة الأمن إلى طابعه العسكري 2020: 64). ومع ذلك",),
            ("وهو ما يرجّح (Dodge، 2020: 64) عودة الأمن إلى طابعه العسكري. ومع ذلك",),
        ),
        (  # across lines of one paragraph
            ("في صنع القرار (العبيدي، نموذج تنموي", "تشاركي تدمج فيه المنظمات 2022: 18)."),
            ("في صنع القرار (العبيدي، 2022: 18) نموذج تنموي", "تشاركي تدمج فيه المنظمات."),
        ),
        (  # the year stayed with the author, the page went
            ("في (Ezzat، 2022: الثقة الاجتماعية بين الدولة", "والمواطنين 139). وفي السنوات"),
            ("في (Ezzat، 2022: 139) الثقة الاجتماعية بين الدولة", "والمواطنين. وفي السنوات"),
        ),
        (  # the locator came before its author (the chunk order reversed around them)
            ("في قيادة المنظمات 2022: 33). وتشير الدراسات إلى قدرة على ربط (العلوي، المجتمع",),
            ("في قيادة المنظمات. وتشير الدراسات إلى قدرة على ربط (العلوي، 2022: 33) المجتمع",),
        ),
        (  # two openers, two locators: first to first
            (
                "الموارد (Transparency International، ومن ناحية (USAID، التمويل يعتمد على",
                "المانحين 2020: 14).الدوليين في تحديد الأولويات 2022: 16).",
            ),
            (
                "الموارد (Transparency International، 2020: 14). ومن ناحية (USAID، 2022: 16) "
                "التمويل يعتمد على",
                "المانحين الدوليين في تحديد الأولويات.",
            ),
        ),
    ],
)
def test_stray_locators_move_back_to_their_author(texts, expected) -> None:
    lines = _para(*texts)
    rejoin_citations(lines)
    assert tuple(ln.text for ln in lines) == expected


@pytest.mark.parametrize(
    "texts",
    [
        ("وفقًا لرؤية بوزان (بوزان، عن الخفاجي،", "2017: 21). وعلى هذا الأساس"),  # line-wrapped
        ("كما يرى (Hiltermann، 2017: 88) أن الأمن (الحميد، 2019: 27).",),  # whole citations
        ("ويؤكد تقرير «معهد الدراسات التنموية» (2022: 33) أن الأمن بلا تنمية يظل هشًا.",),
    ],
)
def test_whole_citations_stay(texts) -> None:
    lines = _para(*texts)
    rejoin_citations(lines)
    assert tuple(ln.text for ln in lines) == texts
