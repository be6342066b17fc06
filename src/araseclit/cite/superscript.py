"""Superscript numeric citations as PDF text gives them: ``…الأمن.٣``, ``…التمويل،١٠ رغم``,
``…cluster.5–7 Next``; and as a text that kept Unicode superscript digits gives them,
``…sharply.¹⁻³``, ``…left⁶``.

A Vancouver paper prints its citation numbers raised after the sentence's stop or comma; the
extraction puts them on the line, glued to the stop: ``المخيم.٥–٧``. The shape alone is weak
(``Fig.2``, ``v1.2``, ``٣٤٫٥٪``), so a document's glued numbers are citations only on
evidence from the document as a whole:

- numbers cited for the first time come in order (Vancouver numbers works by first
  citation): most new numbers are one more than the highest before them, or the document's
  numbered reference list has entries for most of them, and
- the document has at least :data:`MIN_MARKERS` such numbers, and a number is read only up
  to where the numbered list or the numbers cited in order reach (a number or two past that
  is a work the list lacks, which the audit reports).

A document with notes (:mod:`araseclit.cite.notes`) uses its raised numbers as note markers,
and is left to that module.
"""

from __future__ import annotations

import re

# A number (a list "٣،٤" or a range "٥–٧") glued to the stop or comma after a word or a year,
# then a space or the line's end: "الأولية.3،4" | "التمويل،10 رغم" | "عام 2015.2 وتعتمد"
# (digits folded first), or an AMA page locator glued after it, "fear.3(p118)" |
# "all.8(pp215-217)" (the page is not kept: the number is the citation). The word before is
# two letters at least, the year four digits.
GLUED_RE = re.compile(
    r"(?:(?<=[^\W\d_]{2})|(?<=(?<!\d)[12]\d{3}))[.,،]"
    r"(?P<body>\d{1,3}(?:\s?[,،–-]\s?\d{1,3}){0,4})(?=[ \t\n]|$|\(pp?\s?\d)"
)
# Unicode superscript digits, which a text copied from a word processor or a web page keeps:
#   "sharply.¹⁻³" | "العنف⁴،⁵" | "left⁶ and" - raised by the typography itself, so after any
#   character but a space (a line's first "¹ Dodge, …" is a note, not a marker)
_RAISED = "⁰¹²³⁴⁵⁶⁷⁸⁹"
RAISED_RE = re.compile(
    rf"(?<=[^\s{_RAISED}])(?P<body>[{_RAISED}]{{1,3}}(?:\s?[,،⁻–-]\s?[{_RAISED}]{{1,3}}){{0,4}})"
    rf"(?![{_RAISED}\d])"
)
_LOWERED = str.maketrans(_RAISED + "⁻", "0123456789-")
# a power, not a marker: "10⁶", "40 km²", "٥٠ م²"
#   ("2019م¹" is a year's Gregorian mark and a marker)
_POWER_BEFORE_RE = re.compile(r"(?:\d|\d\s?(?:[kcmd]?m|ft|mi|كم|سم|مم)|\d\sم)$")
# a stop after these is an abbreviation's: "Fig.2", "No.3", "ص.45"
_ABBREV_RE = re.compile(
    r"(?:^|[\s(])(?:fig|figs|no|nos|vol|vols|pp|ch|chap|eq|sec|tab|art|ed|para|ص|ج|مج|ع|رقم|ط)$",
    re.I,
)
#: a document needs this many glued numbers before any is read as a citation
MIN_MARKERS = 3
#: the share of numbers cited first that must come in order (one more than the highest before)
MIN_IN_ORDER = 0.8
#: numbers past the end of a numbered list still read as works the list lacks
LIST_SLACK = 2


def _numbers(body: str) -> list[int]:
    out: list[int] = []
    for a, dash, b in re.findall(r"(\d+)(?:\s?([–-])\s?(\d+))?", body):
        lo, hi = (int(a), int(b)) if dash else (int(a), int(a))
        if hi < lo or hi - lo > 20:
            return []
        out.extend(range(lo, hi + 1))
    return out


def _glued(t: str) -> list[tuple[re.Match[str], list[int]]]:
    """The glued numbers of ``t`` (digits folded) that may be citations, with their numbers."""
    found: list[tuple[re.Match[str], list[int]]] = []
    for m in GLUED_RE.finditer(t):
        line_start = t.rfind("\n", 0, m.start()) + 1
        if _ABBREV_RE.search(t[max(line_start, m.start() - 8) : m.start()]):
            continue
        numbers = _numbers(m["body"])
        if numbers and min(numbers) >= 1:
            found.append((m, numbers))
    for m in RAISED_RE.finditer(t):  # the same evidence decides both shapes
        if _POWER_BEFORE_RE.search(t, max(0, m.start() - 6), m.start()):
            continue
        numbers = _numbers(m["body"].translate(_LOWERED))
        if numbers and min(numbers) >= 1:
            found.append((m, numbers))
    return sorted(found, key=lambda x: x[0].start())


def superscript_limit(t: str, entries: list[dict] | None = None) -> int | None:
    """The highest glued number of ``t`` (digits folded, the whole document) read as a
    citation, or None when the document's numbers do not read as Vancouver citations: the
    decision every part of the document takes (module docstring)."""
    found = _glued(t)
    if len(found) < MIN_MARKERS:
        return None
    labels = [int(e["label"]) for e in entries or [] if str(e.get("label") or "").isdigit()]
    seen: set[int] = set()
    top, new, in_order, reached = 0, 0, 0, 0
    for _, numbers in found:
        for n in numbers:
            if n in seen:
                continue
            seen.add(n)
            new += 1
            if n == top + 1:
                in_order += 1
                reached = n
            top = max(top, n)
    # the evidence: new numbers come in order, or a numbered list has entries for them (a
    # list in another order, or a numbering the glued shape loses a number or two of)
    label_set = set(labels)
    listed = sum(n in label_set for n in seen)
    if new == 0 or max(in_order, listed) / new < MIN_IN_ORDER:
        return None
    # the numbering runs as far as the list or the citations in order reach (a PDF reader may
    # lose an entry or two of the list), and a number or two past it is a missing work
    return max([reached, *labels]) + LIST_SLACK


def superscript_citations(t: str, entries: list[dict] | None = None) -> list[dict]:
    """CITATIONS records (``kind`` ``"numeric"``) of the glued numbers of ``t`` (digits folded),
    one per number, each spanning the number (not the stop before it); none when the
    document's numbers do not read as Vancouver citations."""
    return glued_citations(t, superscript_limit(t, entries))


def glued_citations(t: str, limit: int | None) -> list[dict]:
    """The records of :func:`superscript_citations` for ``t``, a document or a part of one,
    given the whole document's :func:`superscript_limit` (None: none)."""
    from araseclit.cite.citation_helpers import _record

    if limit is None:
        return []
    out: list[dict] = []
    for m, numbers in _glued(t):
        for n in dict.fromkeys(x for x in numbers if x <= limit):
            out.append(_record(start=m.start("body"), end=m.end(), kind="numeric", number=n))
    return out
