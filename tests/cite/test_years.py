"""Calendars: every Hijri year 1-1500 to the right Gregorian year and range, checked against
a maintained library (``convertdate``, a test dependency only), and the marks Persian and
Arabic writers put after a year read as the calendar they name."""

from __future__ import annotations

import pytest
from convertdate import gregorian, islamic, persian

from araseclit.cite import find_references
from araseclit.cite.years import (
    gregorian_range,
    lunar_to_gregorian,
    lunar_to_gregorian_range,
    parse_year,
    solar_to_gregorian,
    solar_to_gregorian_range,
    years_overlap,
)

YEARS = range(1, 1501)


def _lunar_last_day(year: int) -> tuple[int, int, int]:
    return islamic.to_gregorian(year, 12, 30 if islamic.leap(year) else 29)


def test_lunar_years_1_to_1500_agree_with_convertdate() -> None:
    wrong = []
    for y in YEARS:
        first, last = islamic.to_gregorian(y, 1, 1), _lunar_last_day(y)
        # the Gregorian year holding most of the Hijri year's days
        days_in_first = gregorian.to_jd(first[0] + 1, 1, 1) - islamic.to_jd(y, 1, 1)
        total = islamic.to_jd(y + 1, 1, 1) - islamic.to_jd(y, 1, 1)
        most = first[0] if first[0] == last[0] or 2 * days_in_first > total else last[0]
        if lunar_to_gregorian_range(y) != (first[0], last[0]) or lunar_to_gregorian(y) != most:
            wrong.append(y)
    assert wrong == []


def _solar_years_agree(years: range) -> list[int]:
    """The solar years whose range or main year differ from convertdate's (astronomical
    Nowruz: about 20 ms a year)."""
    wrong = []
    nowruz = {y: persian.to_jd(y, 1, 1) for y in [*years, years[-1] + years.step]}
    for y in years:
        first = gregorian.from_jd(nowruz[y])[0]
        nxt = nowruz[y + 1] if y + 1 in nowruz else persian.to_jd(y + 1, 1, 1)
        last = gregorian.from_jd(nxt - 1)[0]  # the day before the next Nowruz
        days_in_first = gregorian.to_jd(first + 1, 1, 1) - nowruz[y]
        if (
            solar_to_gregorian_range(y) != (first, last)
            or solar_to_gregorian(y) != first
            or days_in_first < 183  # most of the year falls in the year Nowruz opens
        ):
            wrong.append(y)
    return wrong


def test_solar_years_agree_with_convertdate_every_century() -> None:
    assert _solar_years_agree(range(1, 1501, 100)) == []


@pytest.mark.slow
def test_solar_years_1_to_1500_agree_with_convertdate() -> None:
    assert _solar_years_agree(range(1, 1501)) == []


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("1399ش", "2020", True),  # Nowruz 2020 ...
        ("1399 ه.ش", "2021", True),  # ... to March 2021
        ("1399 هـ.ش", "2019", False),  # 1398 SH, not 1399
        ("1444هـ", "2022", True),  # 30 July 2022 ...
        ("1444هـ", "2023", True),  # ... to 18 July 2023
        ("1444هـ", "2024", False),
        ("1438 ه.ق", "1396 ش", True),  # October 2016 - September 2017 and March 2017 - 2018
        ("1438 ه.ق", "1390 ش", False),
        ("1399ش/2020م", "2021", False),  # a dual date is the Gregorian year it writes
        ("2020", "2021", False),
    ],
)
def test_two_cited_years_in_any_calendars_are_the_same_year_when_their_ranges_meet(
    a: str, b: str, same: bool
) -> None:
    ya, yb = parse_year(a), parse_year(b, persian=True)
    assert ya is not None and yb is not None
    assert years_overlap(ya, yb) is same
    assert years_overlap(yb, ya) is same


def test_gregorian_range_of_no_year_is_none() -> None:
    assert gregorian_range(None, None) is None
    assert gregorian_range(2020, "gregorian") == (2020, 2020)


# Persian imprints date an entry at its end with the calendar's mark after a space, as
# Arabic lists end with "، 1409هـ": the mark is the calendar, "هـ.ش" solar, "ه.ق" lunar
PERSIAN_LIST = """مقدمة
درباره‌ی این موضوع دو دیدگاه وجود دارد (مطهری، ۱۳۷۹ هـ.ش: ۱۲؛ طباطبایی، ۱۴۱۷ ه.ق: ۳۴).

منابع
طباطبایی، محمدحسین. المیزان فی تفسیر القرآن. قم: مؤسسه النشر الاسلامی، ۱۴۱۷ ه.ق.
مطهری، مرتضی. خدمات متقابل اسلام و ایران. تهران: صدرا، ۱۳۷۹ هـ.ش.
"""


def test_a_persian_imprint_year_keeps_its_calendar_mark() -> None:
    _, refs = find_references(PERSIAN_LIST)
    got = {
        r["authors"].split("،")[0]: (r["year_text"], r["calendar"], r["gregorian_year"])
        for r in refs
    }
    # "۱۳۷۹ هـ.ش" read as "1379هـ" was lunar, 1959: 41 years early
    assert got["مطهری"] == ("1379هـ.ش", "solar_hijri", 2000)
    assert got["طباطبایی"] == ("1417ه.ق", "lunar_hijri", 1996)
