"""``op. cit.`` in the text: the work of a named author cited before.

``op. cit.`` (Arabic ``مرجع سابق``, ``مصدر سابق``, ``مصدر سبق ذكره``, with no article: ``المرجع
السابق`` is ibid) names no work of its own: it points back to the one work of its author the
text cited before. The author is in the bracket, ``(Dodge, op. cit., p. 4)``, ``(الموسوي، مرجع
سابق، ص ٩٠)``, or right before it, ``يرى الموسوي (مصدر سبق ذكره، ص ٩٠)``, ``Dodge (op. cit., 45)``.

A record is given only when that author has exactly one work cited before the bracket (a
year, or the same year with another suffix counts as another work): with two, ``op. cit.`` is
ambiguous, and a reviewer must be able to trust the link. A bare ``(op. cit.)`` whose words
before it name no author cited before gives nothing.

A long document is annotated chunk by chunk (:mod:`araseclit.pipeline.annotate`): the works
its earlier chunks cited (:class:`CitedBefore`, carried in ``doc._.chunk``) are cited before
every bracket of the chunk, as in one pass over the whole text (:func:`op_cit`'s
``cited_before``, which the cite component passes through
:func:`araseclit.cite.citations.find_citations`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from araseclit.cite import patterns as P

_OP_CIT = r"(?:op\.\s*cit\.?|loc\.\s*cit\.?|(?:مرجع|مصدر)\s+(?:سابق|سبق\s+ذكره))"
_LOCATOR = r"(?:\s*[،,:]\s*(?P<loc>" + re.sub(r"\(\?P<\w+>", "(?:", P.PAGE_ITEM_RE.pattern) + r"))?"
# The author inside the bracket: "(Dodge, op. cit., p. 4)" | "(الموسوي، مرجع سابق، ص 90)"
#   | "(Dodge, op. cit.)"
NAMED_OP_CIT_RE = re.compile(
    r"\(\s*(?P<name>[^()\d،,;؛]{2,60}?)\s*[،,]\s*" + _OP_CIT + _LOCATOR + r"\s*\.?\s*\)", re.I
)
# op. cit. alone in its bracket, its author in the words before: "الموسوي (مصدر سبق ذكره، ص 90)"
BARE_OP_CIT_RE = re.compile(r"\(\s*" + _OP_CIT + _LOCATOR + r"\s*\.?\s*\)", re.I)
#: words before a bare op. cit. tried as its author (a name of one to three words)
MAX_NAME_WORDS = 3
_WORD_RE = re.compile(r"[^\s()،,.;؛:«»\"]+")


def _keys(author: str, kind: str | None) -> set[str]:
    from araseclit.cite.coverage import note_family
    from araseclit.cite.matching import author_key

    keys = {author_key(author)}
    if kind == "note":  # "Toby Dodge" in a note is "Dodge" in the text
        keys.add(author_key(note_family(author)))
    keys.discard("")
    return keys


class CitedBefore:
    """The works a document's earlier chunks cited, as :func:`op_cit` reads them: by author key
    (:func:`_keys`) and year, the latest citation of each."""

    def __init__(self) -> None:
        self.works: dict[str, dict[str, dict]] = {}

    def add(self, citations: Iterable[dict]) -> None:
        """Add a chunk's citations (in text order)."""
        for r in citations:
            if r.get("author") and r.get("year_text"):
                for key in _keys(r["author"], r.get("kind")):
                    self.works.setdefault(key, {})[r["year_text"]] = r


def _page(m: re.Match[str]) -> str | None:
    loc = m["loc"]
    if not loc:
        return None
    page = P.PAGE_ITEM_RE.match(loc)
    return re.sub(r"\s+", "", page["page"]) if page else None


def op_cit(
    t: str,
    found: list[dict],
    skip: tuple[int, int] | None = None,
    cited_before: CitedBefore | None = None,
) -> list[dict]:
    """``found`` with one record per ``op. cit.`` bracket of ``t`` whose author has one work
    cited before it (in ``t``, or in the chunks before it: ``cited_before``): that work's
    author, year and script, the bracket's own page. Whatever else was read inside such a
    bracket is dropped."""
    from araseclit.cite.matching import author_key

    brackets = [(m, m["name"]) for m in NAMED_OP_CIT_RE.finditer(t)]
    brackets += [(m, None) for m in BARE_OP_CIT_RE.finditer(t)]
    if not brackets:
        return found
    brackets = [(m, n) for m, n in brackets if not (skip and skip[0] <= m.start() < skip[1])]
    # an author-page reading of the bracket ("مرجع سابق" as the author of page 90) is no citation
    found = [r for r in found if not any(m.start() <= r["start"] < m.end() for m, _ in brackets)]
    cited = sorted(
        (r for r in found if r.get("author") and r.get("year_text")), key=lambda r: r["end"]
    )
    out = list(found)
    # the works cited before the bracket (in the chunks before this one, if it is one), in one
    # sweep
    works: dict[str, dict[str, dict]] = (
        {k: dict(v) for k, v in cited_before.works.items()} if cited_before else {}
    )
    i = 0
    for m, name in sorted(brackets, key=lambda b: b[0].start()):
        while i < len(cited) and cited[i]["end"] <= m.start():
            r = cited[i]
            i += 1
            for key in _keys(r["author"], r.get("kind")):
                works.setdefault(key, {})[r["year_text"]] = r
        start, kind = m.start(), "parenthetical"
        if name is not None:
            candidates = [(author_key(P.STYLE_LEAD_IN_RE.sub("", name.strip())), start)]
        else:  # the name before the bracket: its last one, two or three words
            lo = max(0, m.start() - 80)
            words = list(_WORD_RE.finditer(t, lo, m.start()))[-MAX_NAME_WORDS:]
            candidates = [
                (author_key(t[w.start() : words[-1].end()]), w.start()) for w in reversed(words)
            ]
            kind = "narrative"
        hit = next(((works[c], at) for c, at in candidates if c in works), None)
        if hit is None or len(hit[0]) != 1:
            continue
        base = next(iter(hit[0].values()))
        if kind == "narrative":
            start = hit[1]
        rec = {**base, "start": start, "end": m.end(), "kind": kind}
        rec.update(page=_page(m), number=None, ref_id=None)
        rec.pop("_note", None)
        out.append(rec)
    return sorted(out, key=lambda r: (r["start"], r["end"]))
