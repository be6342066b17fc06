"""Numeric citations in the forms IEEE writes beside the plain ``[3]``, ``[2, 3]``, ``[4–6]``
of :func:`araseclit.cite.citations._numeric`:

- a locator after the number, ``[3, p. 52]``, ``[7, pp. 88–93]``, ``[٧، ص ٢٣]``: one record,
  the number and its page; another part of the work, ``[6, Fig. 2]``, ``[8, Ch. 3]``: one
  record, the number;
- a range of brackets, ``[3]–[6]``: the numbers between the two brackets (each bracket is
  a citation of its own already), spanning the whole range.
"""

from __future__ import annotations

import re

# A number, a comma and a locator in one square bracket; a page is kept as the page:
#   "[3, p. 52]" | "[7, pp. 88–93]" | "[٧، ص ٢٣]" (digits folded first), and the other parts
#   of a work IEEE points to: "[6, Fig. 2]" | "[8, Ch. 3]" | "[4, Sec. II-B]" | "[2, Table 1]"
#   | "[5, eq. (7)]" | "[3, الفصل 2]"
LOCATOR_BRACKET_RE = re.compile(
    r"\[\s*(?P<n>\d{1,3})\s*[,،]\s*(?:(?:pp?\.|ص\s*ص\.?|ص\.?|صفحة)\s*"
    r"(?P<page>\d{1,5}(?:\s*[-–—]\s*\d{1,5})?)"
    r"|(?:[A-Z][a-z]{1,7}\.?|[a-z]{2,4}\.|(?:ال)?(?:فصل|شكل|جدول|قسم|مبحث))\s*"
    r"\(?(?:\d{1,4}|[IVXLC]{1,6}|[ivxlc]{1,6})(?:[-.–][A-Za-z\d]{1,3})?\)?)\s*\]"
)
# Two brackets joined by a dash, a range: "[3]–[6]" | "[3] - [6]"
BRACKET_RANGE_RE = re.compile(r"\[\s*(?P<a>\d{1,3})\s*\]\s*[-–—]\s*\[\s*(?P<b>\d{1,3})\s*\]")
#: a range of brackets spans at most this many numbers (a longer one is no citation range)
MAX_RANGE = 50


def numeric_forms(t: str) -> list[dict]:
    """CITATIONS records (``kind`` ``"numeric"``) of the IEEE forms in ``t`` (digits folded)."""
    from araseclit.cite.citation_helpers import _record

    out: list[dict] = []
    for m in LOCATOR_BRACKET_RE.finditer(t):
        page = re.sub(r"\s+", "", m["page"]) if m["page"] else None
        out.append(
            _record(start=m.start(), end=m.end(), kind="numeric", number=int(m["n"]), page=page)
        )
    for m in BRACKET_RANGE_RE.finditer(t):
        a, b = int(m["a"]), int(m["b"])
        if a < b <= a + MAX_RANGE:
            for n in range(a + 1, b):
                out.append(_record(start=m.start(), end=m.end(), kind="numeric", number=n))
    return out
