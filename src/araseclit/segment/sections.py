"""Paragraphs, section headings and section types of repaired text.

Paragraphs are separated by blank lines; a heading is a whole, short paragraph that is
numbered (``2.4.2 …``, ``1. المقدمة``, ``أولًا: …``, ``المبحث الأول: …``) or a known
unnumbered heading (``المقدمة``, ``الخاتمة``, ``المصادر``, ``References``). A section's type
(:data:`SECTION_TYPES`) comes from its heading title and those of the sections enclosing it:
``المصادر`` is a reference list, and so is ``أولًا: المصادر العربية`` inside it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, NamedTuple

from araseclit.normalize import normalize_digits, normalize_token
from araseclit.segment.data_loader import DATA_FILE, load_segment_data
from araseclit.segment.patterns import (
    ANY_LETTER_RE,
    FINAL_PUNCT_RE,
    MARKDOWN_HEADING_RE,
    NUMBERED_HEADING_RE,
    PARAGRAPH_BREAK_RE,
    TRAILING_NUMBER_HEADING_RE,
)

BODY = "body"
#: section types, body first; the heading words of the others are in ``data/segment.json``
SECTION_TYPES: tuple[str, ...] = (
    BODY,
    "abstract",
    "reference_list",
    "footnotes",
    "front_matter",
    "table",
    "appendix",
)


class Heading(NamedTuple):
    """A parsed heading paragraph.

    ``kind`` is ``numbered`` (level = depth of the number), ``division`` (level from the word),
    ``ordinal`` (one below the enclosing numbered heading), ``unnumbered`` (front/back matter,
    level 1), ``summary`` (a sibling of the previous heading) or ``markdown`` (``## …``: the
    level its writer gave it, the number of ``#``).
    """

    number: str | None
    title: str
    kind: str
    level: int


def find_paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph, without surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for brk in PARAGRAPH_BREAK_RE.finditer(text):
        spans.append((pos, brk.start()))
        pos = brk.end()
    spans.append((pos, len(text)))
    return [t for t in (_strip(text, s, e) for s, e in spans) if t[1] > t[0]]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _clean_number(num: str) -> str:
    """``٢٫٦`` -> ``2.6``, ``١-٢`` -> ``1.2`` (ASCII digits, dots, no trailing dot)."""
    return normalize_digits(num).translate(_NUMBER_SEPARATORS).strip(".")


#: what separates the components of a section number, as a dot: ``٢٫٦``, ``١-٢``, ``1–2``
_NUMBER_SEPARATORS = str.maketrans({"\u066b": ".", "-": ".", "\u2013": "."})


def _multipart(num: str) -> bool:
    """Whether a section number has more than one component (``2.1``, ``٢٫٦``, ``١-٢``)."""
    return any(sep in num for sep in ".\u066b-\u2013")


def _short(paragraph: str) -> bool:
    data = load_segment_data()
    return (
        len(paragraph) <= data.max_heading_chars
        and len(paragraph.split()) <= data.max_heading_words
        and "\n" not in paragraph.strip()
    )


#: words that count what a range before them measures ("1-2 مليون نازح", "3-5 سنوات"): a
#: hyphenated number before one is a range in a sentence, not a section number
_COUNTED = frozenset(
    "مليون ملايين مليار ألف آلاف الف الاف مئة مائة سنة سنوات عام أعوام شهر أشهر اشهر يوم أيام "
    "ايام ساعة ساعات دقيقة دقائق أسبوع أسابيع كم كيلومتر متر دولار دينار % بالمئة بالمائة".split()
)


def _counted_range(num: str, title: str) -> bool:
    """A hyphenated number (no dot) followed by a word that counts: ``1-2 مليون نازح``."""
    words = title.split()
    return (
        "." not in num
        and "-" in num.replace("\u2013", "-")
        and bool(words)
        and (words[0] in _COUNTED)
    )


def _numbered(p: str) -> Heading | None:
    m = NUMBERED_HEADING_RE.match(p)
    if m and _counted_range(m.group("num"), m.group("title")):
        return None
    if m and (m.group("mark") or _multipart(m.group("num"))):
        num = _clean_number(m.group("num"))
        return Heading(num, m.group("title").strip(), "numbered", num.count(".") + 1)
    m = TRAILING_NUMBER_HEADING_RE.match(p)
    if m and (m.group("mark") or "." in m.group("num") or "\u066b" in m.group("num")):
        num = _clean_number(m.group("num"))
        return Heading(num, m.group("title").strip(), "numbered", num.count(".") + 1)
    return None


def _worded(p: str) -> Heading | None:
    data = load_segment_data()
    m = data.division_re.match(p)
    if m:
        level = data.division_levels.get(normalize_token(m.group("div")), 1)
        return Heading(m.group("num"), m.group("title").strip(), "division", level)
    m = data.ordinal_re.match(p)
    if m:
        return Heading(m.group("num"), m.group("title").strip(), "ordinal", 0)
    bare = normalize_token(p.rstrip(":.").strip())
    if bare in data.unnumbered:
        return Heading(None, p.rstrip(":").strip(), "unnumbered", 1)
    words = bare.split()  # empty for a rule of tatweels or stray marks ("ـــ ـــ")
    if words and words[0] in data.summary_starts and len(words) <= 6:
        return Heading(None, p.rstrip(":").strip(), "summary", 0)
    return None


def parse_heading(paragraph: str) -> Heading | None:
    """The heading ``paragraph`` is, or None when it is body text.

    A heading is short, on one line, and does not end like a sentence (a known unnumbered
    heading may end with a period: ``الخاتمة.``). A Markdown heading (``## المقدمة``, ``###
    ٢.١ التوصيات``) is one by its marks: its number and title are read as those of any
    heading, its level is its number of ``#``.
    """
    p = paragraph.strip()
    if not p or not _short(p):
        return None
    md = MARKDOWN_HEADING_RE.match(p)
    if md and ANY_LETTER_RE.search(md.group("inner")):
        inner = md.group("inner").strip()
        found = _numbered(inner) or _worded(inner)
        number, title = (found.number, found.title) if found else (None, inner)
        return Heading(number, title or inner, "markdown", len(md.group("marks")))
    heading = _numbered(p) or _worded(p)
    if heading is None:
        return None
    # judged on the title: an unrepaired "الخاتمة 4." ends with its number's period
    if heading.kind != "unnumbered" and FINAL_PUNCT_RE.search(heading.title or p):
        return None
    if heading.kind == "numbered" and not ANY_LETTER_RE.search(heading.title):
        return None
    return heading


def _breaks_sequence(h: Heading, top: int | None) -> bool:
    """A bare number (``4.``) that does not continue the top-level numbering in force (``2.x``
    headings so far, so the next top level is 3) is a list-like sub-heading, not a chapter."""
    if h.kind != "numbered" or h.number is None or "." in h.number or top is None:
        return False
    return int(h.number) != top + 1 and int(h.number) != top


def _resolve_levels(headings: list[Heading]) -> list[int]:
    """Give ordinal, summary and out-of-sequence headings a level relative to their context."""
    levels: list[int] = []
    numbered_level = 0
    top: int | None = None  # first component of the last numbered heading
    for h in headings:
        if _breaks_sequence(h, top):
            levels.append(numbered_level + 1)
        elif h.kind in ("numbered", "division", "markdown"):
            numbered_level = h.level
            levels.append(h.level)
            if h.kind == "numbered" and h.number:
                top = int(h.number.split(".")[0])
        elif h.kind == "ordinal":
            levels.append(numbered_level + 1)
        elif h.kind == "summary":
            levels.append(levels[-1] if levels else 1)
        else:
            levels.append(h.level)
    return levels


def find_sections(text: str) -> list[dict[str, object]]:
    """Section records ``number, title, level, start, end, section_type``; a section runs from
    its heading to the end of the last paragraph before the next heading of the same or a higher
    level, and its type is :func:`type_sections`'s (one of :data:`SECTION_TYPES`).
    """
    paragraphs = find_paragraphs(text)
    found = [(i, h) for i, (s, e) in enumerate(paragraphs) if (h := parse_heading(text[s:e]))]
    levels = _resolve_levels([h for _, h in found])
    sections: list[dict[str, object]] = []
    for k, ((i, h), level) in enumerate(zip(found, levels, strict=True)):
        last = len(paragraphs) - 1
        for j, later in zip(found[k + 1 :], levels[k + 1 :], strict=True):
            if later <= level:
                last = j[0] - 1
                break
        sections.append(
            {
                "number": h.number,
                "title": h.title,
                "level": level,
                "start": paragraphs[i][0],
                "end": paragraphs[last][1],
            }
        )
    for section, kind in zip(sections, type_sections(sections), strict=True):
        section["section_type"] = kind
    return sections


def _type_key(title: str) -> str:
    """Matching form of a heading title: normalised words, lower case, no final ``:`` or ``.``."""
    words = title.strip().rstrip(":.\u061b").split()
    return " ".join(normalize_token(w).lower() for w in words)


@cache
def _type_titles() -> dict[str, str]:
    """Matching form of a typed heading title -> its section type."""
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))["section_types"]
    titles: dict[str, str] = {}
    for kind, words in raw.items():
        if kind.startswith("_"):
            continue
        if kind not in SECTION_TYPES:
            raise ValueError(f"{DATA_FILE.name}: unknown section type {kind!r}")
        for word in words:
            titles[_type_key(word)] = kind
    return titles


def heading_type(title: str | None) -> str:
    """The section type a heading title gives on its own: ``"reference_list"`` for
    ``المصادر`` or ``قائمة المراجع:``, ``"body"`` for ``الخاتمة`` or ``المصادر المائية``."""
    return _type_titles().get(_type_key(title or ""), BODY)


def type_sections(sections: Sequence[Mapping[str, Any]]) -> list[str]:
    """Type of each section record (``title``, ``start``, ``end``; e.g. from
    :func:`find_sections`): its heading's type, or else the type of the innermost typed section
    whose span holds it, so sub-headings of a reference list are reference list too."""
    own = [heading_type(str(s.get("title") or "")) for s in sections]
    spans = [(int(s["start"]), int(s["end"])) for s in sections]
    out = []
    for i, (start, end) in enumerate(spans):
        holders = [
            (e - s, own[j])
            for j, (s, e) in enumerate(spans)
            if j != i and own[j] != BODY and s <= start and end <= e
        ]
        out.append(own[i] if own[i] != BODY or not holders else min(holders)[1])
    return out
