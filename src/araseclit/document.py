"""The document model shared by every stage.

A reader (``ingest``) turns a file into :class:`Line` objects in logical reading order;
:func:`assemble` joins them into the one text every later offset indexes (the text that
``araseclit text`` prints) and keeps, for each piece of it, the page and line it came from.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from typing import Literal

from araseclit.errors import DocumentWarning

LineKind = Literal["body", "heading", "footnote", "header", "footer", "page_number", "blank"]
#: line kinds that are layout noise: kept as metadata, never part of the body text
NOISE_KINDS: frozenset[str] = frozenset({"header", "footer", "page_number", "blank"})


@dataclass(frozen=True, slots=True)
class RepairOp:
    """One repair operation applied to a line: ``before`` was replaced by ``after``, which
    now spans ``start:end`` of the line's text; ``gain`` is how much likelier (log odds,
    nats) the scorer found the line afterwards. ``name`` is versioned:
    ``araseclit.repair.read_order.v1`` (see :mod:`araseclit.repair.ops`)."""

    name: str
    start: int
    end: int
    before: str
    after: str
    gain: float

    def to_dict(self) -> dict[str, object]:
        return {
            "op": self.name,
            "start": self.start,
            "end": self.end,
            "before": self.before,
            "after": self.after,
            "gain": round(self.gain, 2),
        }


@dataclass(slots=True)
class Line:
    """One source line, already in logical (reading) order.

    ``page`` and ``line`` are 1-based positions in the source (``page`` is None for text
    files without form feeds). ``para_start`` marks the first line of a paragraph;
    a heading is always a paragraph of its own. Lines have slots, no ``__dict__``: a book
    holds hundreds of thousands of them.
    """

    text: str
    page: int | None
    line: int
    kind: LineKind = "body"
    para_start: bool = False
    raw: str | None = None  # the line as extracted, before repair (for diffs)
    score: float = 0.0  # how scrambled the raw line looked, 0 = clean, 1 = fully scrambled
    changed: bool = False
    glue: bool = False  # continues the previous line inside a word: joined without a space
    ops: list[RepairOp] = field(default_factory=list)  # what repair did to the line, in order


@dataclass(frozen=True, slots=True)
class SourceSpan:
    """``Document.text[start:end]`` came from ``page``/``line`` of the source."""

    start: int
    end: int
    page: int | None
    line: int


@dataclass
class Document:
    """A read and repaired document: text in logical order plus provenance."""

    doc_id: str
    path: str
    source_format: str  # "pdf" | "docx" | "txt"
    text: str
    provenance: list[SourceSpan] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    encoding: str | None = None
    title: str | None = None
    year: int | None = None
    n_pages: int | None = None
    repair_score: float = 0.0  # share of body lines that needed repair
    # what the reader knows beside the text: PDF/DOCX metadata, "text_quality" (a dict of
    # TextQuality fields, every format), "repair_order" (text files: the order undone)
    metadata: dict[str, object] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # notes for a user, coded ones included
    coded_warnings: list[DocumentWarning] = field(default_factory=list)  # W101, W102 ...

    def locate(self, offset: int) -> SourceSpan | None:
        """The source page/line of character ``offset`` of :attr:`text` (None if unknown)."""
        i = bisect.bisect_right(self.provenance, offset, key=lambda span: span.start) - 1
        if i < 0:
            return None
        span = self.provenance[i]
        return span if span.start <= offset < span.end else None

    @property
    def noise(self) -> list[Line]:
        """Running headers, footers and page numbers removed from the body."""
        return [ln for ln in self.lines if ln.kind in NOISE_KINDS and ln.kind != "blank"]


def content_id(data: bytes) -> str:
    """Stable document id derived from the file's bytes: same content, same id."""
    return "d" + hashlib.sha256(data).hexdigest()[:15]


def assemble(lines: list[Line]) -> tuple[str, list[SourceSpan]]:
    """Join logical-order lines into paragraphs separated by a blank line.

    Lines inside a paragraph are joined with one space (Arabic text is not hyphenated, so a
    line end is usually a word boundary) or, for a line marked ``glue`` (a word broken over
    the line end), with nothing; noise lines are skipped. Returns the text and one
    :class:`SourceSpan` per kept line.
    """
    parts: list[str] = []
    spans: list[SourceSpan] = []
    pos = 0
    previous_kind: str | None = None
    for ln in lines:
        if ln.kind in NOISE_KINDS:
            continue
        text = ln.text.strip()
        if not text:
            continue
        if parts:
            new_para = ln.para_start or ln.kind == "heading" or previous_kind == "heading"
            new_para = new_para or (ln.kind == "footnote") != (previous_kind == "footnote")
            sep = "\n\n" if new_para else ("" if ln.glue else " ")
            parts.append(sep)
            pos += len(sep)
        parts.append(text)
        spans.append(SourceSpan(pos, pos + len(text), ln.page, ln.line))
        pos += len(text)
        previous_kind = ln.kind
    return "".join(parts), spans
