"""Quantities: digits (ASCII and Arabic-Indic), percentages, scale words, spelled-out numbers."""

from __future__ import annotations

import pytest

from araseclit.claims import find_quantities

CASES = [
    ("تجاوز عدد المنظمات المسجلة أكثر من 6000 منظمة", [(6000.0, "منظمة", "more_than")]),
    ("بلغت نسبة الفقر ٢٠٪ في المحافظات الجنوبية", [(20.0, "%", None)]),
    ("يشكل الشباب نحو 60 في المائة من السكان", [(60.0, "%", "about")]),
    ("سيطر التنظيم على نحو ثلث مساحة البلاد", [(1 / 3, "share", "about")]),
    ("نزح أكثر من ثلاثة ملايين عراقي", [(3e6, "عراقي", "more_than")]),
    ("يحتاج العراق إلى 88 مليار دولار", [(88e9, "دولار", None)]),
    ("قرابة 1.5 مليون نسمة", [(1.5e6, "نسمة", "about")]),
    ("ارتفعت الكميات إلى أكثر من ضعفين", [(2.0, "times", "more_than")]),
    ("بين عامي 2014 و2017", [(2014.0, "year", None), (2017.0, "year", None)]),
    ("قانون المنظمات رقم 12 لسنة 2010", [(2010.0, "year", None)]),
    ("تعمل المنظمات في المحافظات كافة", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_quantities(text: str, expected: list[tuple]) -> None:
    found = find_quantities(text)
    got = [(q["value"], q["unit"], q["qualifier"]) for q in found]
    assert [g[1:] for g in got] == [e[1:] for e in expected]
    assert [g[0] for g in got] == pytest.approx([e[0] for e in expected])
    for q in found:
        start, end = q["span"]
        assert text[start:end] == q["text"]
