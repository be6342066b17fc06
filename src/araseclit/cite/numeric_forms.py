"""Numeric citations in the forms IEEE writes beside the plain ``[3]``, ``[2, 3]``, ``[4–6]``
of :func:`araseclit.cite.citations._numeric`:

- a locator after the number, ``[3, p. 52]``, ``[7, pp. 88–93]``, ``[٧، ص ٢٣]``: one record,
  the number and its page; another part of the work, ``[6, Fig. 2]``, ``[8, Ch. 3]``: one
  record, the number;
- a range of brackets, ``[3]–[6]``: the numbers between the two brackets (each bracket is
  a citation of its own already), spanning the whole range;
- numbers in round brackets ending a clause, ``(1-3).``, ``(4, 5)،``, on the document's
  evidence only (:func:`paren_limit`).

In a document with a numbered list, a number in square brackets cites only as far as the
document's numbering reaches (:func:`numeric_limit`): an age range ``[18–65] سنة`` or a count
``[12] مخيماً`` in a paper with six numbered entries is no citation. A bracket holding any
number past that reach is not read at all (its numbers are a quantity, not works).
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


def numeric_limit(entries: list[dict], text: str | None = None) -> int | None:
    """The highest number a numeric bracket of the document may cite: the last label of its
    numbered list ``entries`` plus :data:`~araseclit.cite.superscript.LIST_SLACK` (a work or
    two the list lacks, which the audit reports); None (no limit) when the list is not
    numbered, as there is then no list to resolve a number to. The numbers the brackets cite
    are no evidence of their own: an interval ``[3–40]`` cites every number up to its end.

    With no list at all (``entries`` empty, ``text`` given), the numbering a numeric style
    gives in order of first citation: :func:`order_reach`."""
    from araseclit.cite.superscript import LIST_SLACK

    labels = [int(e["label"]) for e in entries if str(e.get("label") or "").isdigit()]
    if labels:
        return max(labels) + LIST_SLACK
    if not entries and text is not None:
        return order_reach(text)
    return None


def order_reach(text: str) -> int | None:
    """How far a text with no reference list numbers its works: a numeric style numbers a
    work when it is first cited, so a bracket opening a new number goes at most one past the
    highest before it (give or take :data:`~araseclit.cite.superscript.LIST_SLACK`: a work
    cited first in a figure or a note). ``[1] … [2] … [3–4]`` reaches 4 (the limit 4 plus
    the slack); ``[25–60] سنة`` or ``[48] سؤالاً`` after ``[2]`` are quantities, not reached.
    The first bracket opens the numbering wherever it starts (an excerpt's ``[4–6]``). None
    when no square bracket holds a number."""
    from araseclit.cite import patterns as P
    from araseclit.cite.superscript import LIST_SLACK

    reach, seen = 0, False
    for m in P.NUMERIC_RE.finditer(P.fold_digits(text)):
        numbers = [int(x) for x in re.findall(r"\d+", m["body"])]
        # a text may be an excerpt: its first bracket opens the numbering where it starts
        if not seen or min(numbers) <= reach + LIST_SLACK + 1:
            reach = max(reach, min(max(numbers), min(numbers) + MAX_RANGE))
        seen = True
    return reach + LIST_SLACK if seen else None


def within_limit(records: list[dict], limit: int | None) -> list[dict]:
    """``records`` less every numeric bracket holding a number past ``limit`` (None: no
    limit); the records of a bracket share its span."""
    if limit is None:
        return records
    past = {
        (r["start"], r["end"]) for r in records if r["kind"] == "numeric" and r["number"] > limit
    }
    return [r for r in records if r["kind"] != "numeric" or (r["start"], r["end"]) not in past]


# A number or numbers in round brackets ending a clause, as Vancouver-like journals print them:
#   "… ارتفعت (1-3)." | "closed (4, 5)," | "(٦)؛" (digits folded first). The shape is weak (a
#   note marker, an enumeration, a law's article): :func:`paren_limit` reads the document's
#   evidence first. An enumeration's "(1) the state, (2) …" opens its clause and is left.
PAREN_NUMERIC_RE = re.compile(
    r"(?<=\S)\s?\((?P<body>\d{1,3}(?:\s*[-–—،,]\s*\d{1,3}){0,5})\)(?=\s*(?:[.,،;؛:!?؟]|$))",
    re.M,
)


def _paren_numbers(t: str) -> list[tuple[re.Match[str], list[int]]]:
    from araseclit.cite.superscript import _numbers

    found = [(m, _numbers(m["body"])) for m in PAREN_NUMERIC_RE.finditer(t)]
    return [(m, ns) for m, ns in found if ns and min(ns) >= 1]


def paren_limit(t: str, entries: list[dict]) -> int | None:
    """The highest number a round bracket of ``t`` (digits folded, the whole document) cites,
    or None when its bracketed numbers do not read as citations. The evidence: a numbered
    list; :data:`~araseclit.cite.superscript.MIN_MARKERS` such brackets at least; most of
    their numbers have entries or come in order of first citation; and one number is cited
    again or one bracket gathers several (a note marker does neither: it is new each time and
    alone). A document with notes is left to :mod:`araseclit.cite.notes` by the caller."""
    from araseclit.cite.superscript import LIST_SLACK, MIN_IN_ORDER, MIN_MARKERS

    labels = {int(e["label"]) for e in entries if str(e.get("label") or "").isdigit()}
    found = _paren_numbers(t)
    if not labels or len(found) < MIN_MARKERS:
        return None
    seen: set[int] = set()
    top, in_order, again = 0, 0, False
    for _, numbers in found:
        for n in numbers:
            if n in seen:
                again = True
                continue
            seen.add(n)
            in_order += n == top + 1
            top = max(top, n)
    several = any(len(ns) > 1 for _, ns in found)
    listed = len(seen & labels)
    if not (again or several) or max(in_order, listed) / len(seen) < MIN_IN_ORDER:
        return None
    return max(labels) + LIST_SLACK


def paren_citations(t: str, limit: int | None) -> list[dict]:
    """CITATIONS records (``kind`` ``"numeric"``) of the bracketed numbers of ``t`` up to
    ``limit`` (the whole document's :func:`paren_limit`; None: none), one per number, each
    spanning its bracket."""
    from araseclit.cite.citation_helpers import _record

    if limit is None:
        return []
    out: list[dict] = []
    for m, numbers in _paren_numbers(t):
        if max(numbers) > limit:
            continue  # a quantity past the list's reach: "(120)" people
        start = m.start() + (m.group()[0].isspace())
        for n in dict.fromkeys(numbers):
            out.append(_record(start=start, end=m.end(), kind="numeric", number=n))
    return out


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
