"""Ibid brackets cost one sweep, not one scan of every citation each: a book in the notes
style of Arabic journals (``المصدر نفسه`` after nearly every citation) stays linear."""

from __future__ import annotations

import time

import pytest

from araseclit.cite import find_citations

pytestmark = pytest.mark.slow

PARAGRAPH = (
    "ويرى الباحث أن ضعف الدولة بعد عام 2003 فتح المجال أمام الجماعات المسلحة "
    "(الجبوري، 2018: 45)، وأن المنظمات المحلية ملأت جزءًا من الفراغ (المصدر نفسه، ص 46)، "
    "ثم يعود إلى الفكرة ذاتها (المصدر نفسه، ص 52) ويضيف أن التمويل الخارجي شرط لبقائها "
    "(المرجع السابق، ص 60). وتؤكد دراسة ميدانية ذلك (Dodge, 2012: 4) ثم تستدرك (Ibid., p. 7).\n\n"
)


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        find_citations(text)
        best = min(best, time.perf_counter() - t0)
    return best


def test_four_times_the_ibid_text_takes_at_most_eight_times_as_long() -> None:
    small = PARAGRAPH * 300
    large = PARAGRAPH * 1200
    assert len(find_citations(small)) == 6 * 300
    assert _seconds(large) <= 8 * _seconds(small)
