"""Years as cited: which calendar, and the Gregorian year every citation is compared on.

Rules (also in ``README.md`` of this stage):

* ``1444هـ`` / ``1444 AH`` -> lunar Hijri; ``gregorian_year = round(year * 0.97 + 622)``
  (a lunar year is 354.37 days, 0.9702 of a solar year, and 1 AH began in 622 CE; the
  approximation is right to within one year).
* ``1399ش`` / ``1399 هـ.ش`` -> solar Hijri; ``gregorian_year = year + 621`` (the solar year
  starts in March, so most of it falls in ``year + 621``).
* ``1444هـ/2023م`` (dual dating) -> the Gregorian year written is taken as
  ``gregorian_year = 2023`` (not computed); ``year = 1444`` and ``calendar = "lunar_hijri"``
  describe the first year as written (``1399ش/2020م`` likewise gives ``solar_hijri``).
* A **bare** year (no marker) is ambiguous. The rule:

  - 1300–1420 in an Arabic-script citation -> **solar Hijri**, because Persian sources leave
    solar years unmarked while Arabic writing marks lunar ones with ``هـ``. Exception: when
    the author has no Persian letters (``ی ک گ پ چ ژ``), the document shows no Persian context
    (Persian letters, Iran/Persian words) and it does mark other years with ``هـ``, the bare
    year is taken as **lunar Hijri**. Latin-script citations keep such a year Gregorian.
  - 1421–1500 -> lunar Hijri (the solar Hijri calendar reaches 1421 only in 2042).
  - anything else -> Gregorian.

* ``د.ت`` / ``n.d.`` -> no year: ``year``, ``calendar`` and ``gregorian_year`` are null.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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


def lunar_to_gregorian(year: int) -> int:
    """``1444`` AH -> ``2023`` (``round(year * 0.97 + 622)``)."""
    return round(year * 0.97 + 622)


def solar_to_gregorian(year: int) -> int:
    """``1399`` SH -> ``2020`` (``year + 621``)."""
    return year + 621


def bare_calendar(year: int, *, latin: bool, persian: bool, lunar: bool = False) -> str:
    """Calendar of a year written without a marker (the rule in the module docstring).

    ``persian``: Persian author or document context; ``lunar``: the document marks years ``هـ``.
    """
    if 1300 <= year <= 1420 and not latin:
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
        return YearInfo(
            year=first, year_text=text, calendar=calendar, gregorian_year=int(m["dual"])
        )
    year = int(m["year"])
    marker = (m["marker"] or "").replace(".", "").replace(" ", "")
    if marker in ("هـش", "هش", "ش"):
        calendar = "solar_hijri"
    elif marker in ("هـ", "ه", "AH"):
        calendar = "lunar_hijri"
    elif marker in ("م", "CE", "AD"):
        calendar = "gregorian"
    else:
        calendar = bare_calendar(year, latin=latin, persian=persian, lunar=lunar)
    return YearInfo(
        year=year, year_text=text, calendar=calendar, gregorian_year=to_gregorian(year, calendar)
    )
