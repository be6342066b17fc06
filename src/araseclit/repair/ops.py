"""Repair operations by versioned name, what each did to a line, and how to switch them off.

Every change repair makes to a line is one named operation (``araseclit.repair.<name>.v1``,
versioned like the spaCy components: a change of behaviour gets ``.v2``). Each change is
logged on its line as a :class:`~araseclit.document.RepairOp` (name, where in the line, what it replaced, and
how much likelier the scorer found the text afterwards), which ``araseclit text --diff``
prints. :class:`RepairConfig` lets a pipeline switch any operation off, or repair off.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from araseclit.document import RepairOp
from araseclit.errors import ConfigError

#: every operation repair may apply, by versioned name, with what it undoes
OPERATIONS: dict[str, str] = {
    "araseclit.repair.normalise.v1": "glyphs with no text dropped, presentation forms decomposed, detached marks rejoined",
    "araseclit.repair.read_order.v1": "the line read back from the document's scrambled order (embedded, stripped, runs, islands, reversed, words)",
    "araseclit.repair.kashida_glyphs.v1": "a font's kashida glyph mapped to junk characters inside words",
    "araseclit.repair.split_citations.v1": "Latin words of a citation lifted onto a line of their own (pdfplumber)",
    "araseclit.repair.mark_pieces.v1": "a line cut at a tanween word, its pieces given out of order (pypdfium2)",
    "araseclit.repair.cut_citations.v1": "a citation given at a tanween cut (pypdfium2)",
    "araseclit.repair.mark_cuts.v1": "a line cut at a marked letter, its pieces given last first (pypdfium2)",
    "araseclit.repair.plain_marks.v1": "words next to lifted tanween read forwards in a reversed line",
    "araseclit.repair.semicolon_islands.v1": "Latin runs split at an Arabic semicolon (pypdfium2)",
    "araseclit.repair.lam_alef.v1": "lam-alef ligatures read alef first",
    "araseclit.repair.lifted_lines.v1": "brackets, punctuation and Latin lines lifted off their line",
    "araseclit.repair.glossed_runs.v1": "a bracketed Latin gloss read beside its empty brackets (controls stripped, pypdfium2)",
    "araseclit.repair.openers.v1": "opening brackets given first in their run",
    "araseclit.repair.laid_out_lines.v1": "pdftotext -layout rows cut at a lifted tanween",
    "araseclit.repair.lifted_tanween.v1": "tanween marks lifted onto lines of their own",
    "araseclit.repair.laid_out_pieces.v1": "the pieces of vowelled visual lines in pdftotext -layout rows, given in the order of their heights, read again by their columns",
    "araseclit.repair.vowelled_pieces.v2": "a vowelled visual line cut at stacked marks into pieces given end first (pdftotext, with or without its controls), in any order",
    "araseclit.repair.justified_pieces.v1": "a justified visual line cut at its wide gaps into pieces given end first, each on a line of its own (plain pdftotext)",
    "araseclit.repair.shifted_marks.v1": "tanween marks given beside the wrong word",
    "araseclit.repair.mark_order.v1": "every mark given before its letter",
    "araseclit.repair.cluster_gaps.v1": "a space after every glyph cluster",
    "araseclit.repair.continued_runs.v1": "Latin runs that continue across a line break",
    "araseclit.repair.layout.v1": "running heads, page numbers, headings, footnotes, paragraphs",
    "araseclit.repair.split_pieces.v1": "an opener or hyphenated word start left at a line end",
    "araseclit.repair.split_words.v1": "words split by a kashida gap or a line end",
    "araseclit.repair.citation_pieces.v1": "citation pieces the scramble moved apart",
}


@functools.cache
def op_name(short: str) -> str:
    """``"kashida_glyphs"`` -> ``"araseclit.repair.kashida_glyphs.v1"`` (checked): the
    registered version of the operation (a pass whose behaviour changed is registered under
    its next version, ``vowelled_pieces.v2``, and its short name follows it). Cached: it is
    asked once per changed line (an unknown name raises each time, not cached)."""
    if short.startswith("araseclit."):
        name = short
    else:
        prefix = f"araseclit.repair.{short}.v"
        name = next((n for n in OPERATIONS if n.startswith(prefix)), prefix + "1")
    if name not in OPERATIONS:
        raise KeyError(f"unknown repair operation {short!r}; known: {', '.join(OPERATIONS)}")
    return name


def diff_span(old: str, new: str) -> tuple[int, int, str, str]:
    """(start, end in ``new``, replaced part of ``old``, replacing part of ``new``)."""
    i = 0
    n = min(len(old), len(new))
    while i < n and old[i] == new[i]:
        i += 1
    j = 0
    while j < n - i and old[len(old) - 1 - j] == new[len(new) - 1 - j]:
        j += 1
    return i, len(new) - j, old[i : len(old) - j], new[i : len(new) - j]


def record(name: str, old: str, new: str, gain: float) -> RepairOp:
    """The :class:`~araseclit.document.RepairOp` of ``old`` becoming ``new`` under operation ``name``."""
    start, end, before, after = diff_span(old, new)
    return RepairOp(name, start, end, before, after, gain)


@dataclass(frozen=True)
class RepairConfig:
    """Which operations run. ``enabled=False`` reads text as it stands (bidi controls and
    glyphs with no text still dropped, lines still split into pages and paragraphs)."""

    enabled: bool = True
    disabled: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def make(cls, enabled: bool = True, disable: list[str] | tuple[str, ...] = ()) -> RepairConfig:
        return cls(enabled, frozenset(op_name(d) for d in disable))

    def allows(self, name: str) -> bool:
        return self.enabled and name not in self.disabled


DEFAULT = RepairConfig()


def make_repair_config(
    enabled: bool = True, disable: list[str] | tuple[str, ...] = ()
) -> RepairConfig:
    """A :class:`RepairConfig` with the operations ``disable`` names (short or versioned)
    switched off; an unknown name raises ``E022`` listing the known."""
    names = []
    for name in disable:
        try:
            names.append(op_name(name))
        except KeyError as exc:
            known = ", ".join(op.split(".")[2] for op in OPERATIONS)
            raise ConfigError("E022", name=name, known=known) from exc
    return RepairConfig(enabled, frozenset(names))
