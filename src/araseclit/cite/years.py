"""Years as cited: which calendar, and the Gregorian year every citation is compared on.

Rules (also in ``README.md`` of this stage):

* ``1444هـ`` / ``1444 AH`` / ``310هـ`` -> lunar Hijri; ``gregorian_year`` = the Gregorian
  year that holds most of the Hijri year in the tabular Islamic calendar (1444 -> 2023,
  310 -> 922); :func:`lunar_to_gregorian_range` gives both years it overlaps.
* ``1438 ه.ق`` / ``1438ق`` (Persian قمری) -> lunar Hijri likewise.
* ``1399ش`` / ``1399 هـ.ش`` / ``1399 ه.ش`` -> solar Hijri; ``gregorian_year = year + 621`` (the solar year
  starts at Nowruz, 20 or 21 March, so most of it always falls in ``year + 621``; it ends in
  March of ``year + 622``): :func:`solar_to_gregorian_range` gives both, ``(2020, 2021)``.
* :func:`gregorian_range` gives any cited year's range and :func:`years_overlap` whether two
  cited years in any calendars can be the same year (both conversions are checked against
  ``convertdate``'s for every year 1-1500 in the tests; the runtime does not need it).
* ``1444هـ/2023م`` (dual dating) -> the Gregorian year written is taken as
  ``gregorian_year = 2023`` (not computed); ``year = 1444`` and ``calendar = "lunar_hijri"``
  describe the first year as written (``1399ش/2020م`` likewise gives ``solar_hijri``).
* ``1900/1953`` (APA's first publication, then the edition read; no Hijri mark, a first
  year no Hijri year has reached) -> ``calendar = "gregorian"``, ``year = 1900`` as written,
  ``gregorian_year = 1953``, the edition's year the list dates the entry with.
* A **bare** year (no marker) is ambiguous. The rule:

  - 1300–1420 in an Arabic-script citation, up to the solar year in progress (1404 until
    Nowruz 2026) -> **solar Hijri** (a later one is lunar Hijri: it has not happened), because Persian sources leave
    solar years unmarked while Arabic writing marks lunar ones with ``هـ``. Exception: when
    the author has no Persian letters (``ی ک گ پ چ ژ``), the document shows no Persian context
    (Persian letters, Iran/Persian words) and it does mark other years with ``هـ``, the bare
    year is taken as **lunar Hijri**. Latin-script citations keep such a year Gregorian.
  - 1421–1500 -> lunar Hijri (the solar Hijri calendar reaches 1421 only in 2042).
  - anything else -> Gregorian.

* A year whose Gregorian equivalent lies more than :data:`MAX_YEARS_AHEAD` (10) years after the
  current one is no year (``(البخاري، 6018)`` is a hadith's number): :func:`parse_year`
  returns None. Nearer future years stay years, for the audit's ``future_year``.
* ``د.ت`` / ``n.d.`` -> no year: ``year``, ``calendar`` and ``gregorian_year`` are null.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TypedDict

from araseclit.cite.patterns import LUNAR_CONTEXT_RE, PERSIAN_CONTEXT_RE, YEAR_RE


class YearInfo(TypedDict):
    year: int | None
    year_text: str
    calendar: str | None
    gregorian_year: int | None


@dataclass(frozen=True)
class YearContext:
    """What a document says about calendars: Persian context, years marked ``هـ``."""

    persian: bool = False
    lunar: bool = False

    @classmethod
    def of(cls, text: str) -> YearContext:
        """Context of a (digit-folded) document text."""
        return cls(bool(PERSIAN_CONTEXT_RE.search(text)), bool(LUNAR_CONTEXT_RE.search(text)))


# Julian day of 1 Muharram 1 AH in the tabular (arithmetical) Islamic calendar, whose years
# of 354 or 355 days follow a 30-year cycle with leap years 2, 5, 7, 10, 13, 16, 18, 21, 24,
# 26, 29; it differs from an observed or Umm al-Qura calendar by a day or two at most, never
# by a year boundary's worth for the question asked here.
_HIJRA_JD = 1948439.5


def _lunar_year_start(year: int) -> float:
    """Julian day of 1 Muharram of ``year`` AH (tabular calendar)."""
    return (year - 1) * 354 + (3 + 11 * year) // 30 + _HIJRA_JD


def _gregorian_year_of(jd: float) -> int:
    """Proleptic Gregorian year of a Julian day (Fliegel–Van Flandern): Gregorian rules before
    1582 too, not the Julian calendar (the year differs only for days near 1 January)."""
    j = int(jd + 0.5)
    f = j + 1401 + (((4 * j + 274277) // 146097) * 3) // 4 - 38
    e = 4 * f + 3
    month = ((5 * ((e % 1461) // 4) + 2) // 153 + 2) % 12 + 1
    return e // 1461 - 4716 + (14 - month) // 12


def lunar_to_gregorian_range(year: int) -> tuple[int, int]:
    """Gregorian years a Hijri year overlaps: ``1444`` -> ``(2022, 2023)``."""
    start, end = _lunar_year_start(year), _lunar_year_start(year + 1) - 1
    return _gregorian_year_of(start), _gregorian_year_of(end)


def lunar_to_gregorian(year: int) -> int:
    """The Gregorian year holding most of a Hijri year: ``1444`` -> ``2023`` (30 July 2022 to
    18 July 2023), ``310`` -> ``922`` (al-Tabari's death year, May 922 to May 923). The old
    ``round(year * 0.97 + 622)`` missed 411 of the years 1-1500 by one."""
    mid = (_lunar_year_start(year) + _lunar_year_start(year + 1)) / 2
    return _gregorian_year_of(mid)


def solar_to_gregorian(year: int) -> int:
    """The Gregorian year holding most of a solar Hijri year: ``1399`` SH -> ``2020``
    (``year + 621``: Nowruz, 19-22 March, to the day before the next, 286 days of it)."""
    return year + 621


def solar_to_gregorian_range(year: int) -> tuple[int, int]:
    """Gregorian years a solar Hijri year overlaps, Nowruz to Nowruz: ``1399`` ->
    ``(2020, 2021)`` (20 March 2020 to 20 March 2021). Always two: the year starts in March."""
    return year + 621, year + 622


def gregorian_range(year: int | None, calendar: str | None) -> tuple[int, int] | None:
    """Gregorian years that ``year`` in ``calendar`` overlaps (one year's pair for a Gregorian
    year), or None for no year: what a Hijri date may be cited as in the other calendar."""
    if year is None:
        return None
    if calendar == "lunar_hijri":
        return lunar_to_gregorian_range(year)
    if calendar == "solar_hijri":
        return solar_to_gregorian_range(year)
    return year, year


def years_overlap(a: YearInfo | dict, b: YearInfo | dict) -> bool:
    """Whether two cited years (``year`` and ``calendar`` of each) can be the same year:
    their Gregorian ranges share a year. ``1399ش`` overlaps ``2020`` and ``2021`` but not
    ``2019``; ``1444هـ`` overlaps ``2022`` and ``2023``; a dual date's Gregorian year as
    written (``1399ش/2020م``) is the range's only year."""
    ranges = []
    for x in (a, b):
        if x.get("gregorian_year") is None:
            return False
        written = _dual_written(x)
        r = (written, written) if written else gregorian_range(x.get("year"), x.get("calendar"))
        if r is None:
            return False
        ranges.append(r)
    (a0, a1), (b0, b1) = ranges
    return a0 <= b1 and b0 <= a1


def _dual_written(x: YearInfo | dict) -> int | None:
    """The Gregorian year a dual date writes (``1444هـ/2023م`` -> 2023), else None."""
    if "/" in str(x.get("year_text") or "") and x.get("calendar") != "gregorian":
        return x.get("gregorian_year")
    return None


#: how many years after the current Gregorian year a cited year may fall and still be read as
#: a year: next year's (a book announced) is a year; so is a year a digit mistyped a few years
#: ahead (``2031`` for ``2013``), which the audit must show as ``future_year`` (the sample's
#: answer key plants one); a number further on is no year: ``(البخاري، 6018)``, ``(مسلم، 2585)``
MAX_YEARS_AHEAD = 10


def current_solar_year(today: date | None = None) -> int:
    """The solar Hijri year in progress: ``year - 621`` from Nowruz (21 March), else ``- 622``."""
    today = today or date.today()
    return today.year - (621 if (today.month, today.day) >= (3, 21) else 622)


def bare_calendar(year: int, *, latin: bool, persian: bool, lunar: bool = False) -> str:
    """Calendar of a year written without a marker (the rule in the module docstring).

    ``persian``: Persian author or document context; ``lunar``: the document marks years ``هـ``.
    A solar year after the one in progress has not happened: such a year is read as lunar.
    """
    if 1300 <= year <= 1420 and not latin:
        if year > current_solar_year():
            return "lunar_hijri"  # 1410: not yet a solar year (solar 1410 is 2031)
        return "lunar_hijri" if lunar and not persian else "solar_hijri"
    if 1421 <= year <= 1500 and not latin:
        return "lunar_hijri"
    return "gregorian"


def to_gregorian(year: int, calendar: str | None) -> int | None:
    """Gregorian equivalent of ``year`` in ``calendar``."""
    if calendar == "lunar_hijri":
        return lunar_to_gregorian(year)
    if calendar == "solar_hijri":
        return solar_to_gregorian(year)
    return year


#: no Hijri year this high has happened (lunar 1500 begins in 2076): a first year above it in
#: a pair of years with no Hijri mark is Gregorian
MAX_HIJRI_YEAR = 1500


def parse_year(
    text: str, *, latin: bool = False, persian: bool = False, lunar: bool = False
) -> YearInfo | None:
    """Parse one cited year (``"2020a"``, ``"1444هـ/2023م"``, ``"1399"``, ``"د.ت"``).

    ``latin``: the citation is in Latin script; ``persian``: Persian author or context;
    ``lunar``: the document marks lunar Hijri years with ``هـ``.
    Returns None when ``text`` is not a year.
    """
    text = text.strip()
    m = YEAR_RE.fullmatch(text)
    if m is None:
        return None
    if m["nd"]:
        return YearInfo(year=None, year_text=text, calendar=None, gregorian_year=None)
    if m["dual"]:
        first = int(m["hijri"])
        calendar = "solar_hijri" if re.search(r"ش", text) else "lunar_hijri"
        if first > MAX_HIJRI_YEAR and not re.search(r"[هش]", text):
            calendar = "gregorian"  # APA's "1900/1953": first published, then the edition read
        if int(m["dual"]) > date.today().year + MAX_YEARS_AHEAD:
            return None
        return YearInfo(
            year=first, year_text=text, calendar=calendar, gregorian_year=int(m["dual"])
        )
    year = int(m["year"])
    marker = (m["marker"] or "").replace(".", "").replace(" ", "")
    if marker in ("هـش", "هش", "ش"):
        calendar = "solar_hijri"
    elif marker in ("هـ", "ه", "AH", "هـق", "هق", "ق"):
        calendar = "lunar_hijri"
    elif marker in ("م", "CE", "AD"):
        calendar = "gregorian"
    else:
        calendar = bare_calendar(year, latin=latin, persian=persian, lunar=lunar)
    gregorian = to_gregorian(year, calendar)
    if gregorian is not None and gregorian > date.today().year + MAX_YEARS_AHEAD:
        return None  # "(البخاري، 6018)": a hadith's number, no year a work has
    return YearInfo(year=year, year_text=text, calendar=calendar, gregorian_year=gregorian)
