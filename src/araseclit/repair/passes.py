"""The repair passes after reading, each named, tied to the orders it undoes, and guarded.

Reading order is decided per document and line (:mod:`.decide`). What extractors do beyond
order (lift brackets onto lines of their own, cut a line at a tanween, read a ligature alef
first, split words at a kashida gap) is undone by the passes below, in this order. Each pass
runs only for documents in the orders whose extractors show that damage (``ANY`` for damage
a font does under any order) and only through :func:`araseclit.repair.guard.guarded`:
what it changes stands only where the scorer finds the text likelier.

Each kind of damage has its module: :mod:`.semicolons` (Latin runs ended at an Arabic
semicolon), :mod:`.lifted` (brackets, dashes and tanween lifted onto a line before their
line), :mod:`.glosses` (a bracketed Latin term parted from its brackets),
:mod:`.split_lines` (a line split in two by font), :mod:`.entries` (a reference
entry's punctuation and digits given after its words), :mod:`.openers` (an opener given
first in its line or run), :mod:`.lifted_tanween` and :mod:`.laid_out` (a line cut at a
tanween lifted onto a line of its own), :mod:`.justified_pieces` (a short line LibreOffice
justified to the full width, cut at its wide gaps into lines given end first by plain
pdftotext), :mod:`.laid_out_pieces` (the pieces of vowelled
visual lines in ``pdftotext -layout`` rows, read by their columns), :mod:`.diacritics_pieces`
(a vowelled visual line cut at stacked marks, its pieces given end first), :mod:`.marks`
(tanween marks out of place),
:mod:`.continued_runs` (a Latin run read after another line than its own), :mod:`.mark_cuts`
(a line cut at a marked letter, pypdfium2), :mod:`.lam_alef` (lam-alef read alef first
inside words) and :mod:`.cites` (citation pieces). Damage undone
on the raw lines, before they are read (:mod:`.kashida`,
:func:`.split_lines.merge_split_citations`, :func:`.marks.rejoin_mark_pieces`,
:mod:`.cut_citations`), is run by the orchestrator (:mod:`araseclit.repair`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from araseclit.document import Line
from araseclit.repair.chars import fix_ligature_order, fix_swapped_lam_alef
from araseclit.repair.cites import fix_citation_brackets, rejoin_citations
from araseclit.repair.continued_runs import reread_continued_runs, restore_run_final_comma
from araseclit.repair.diacritics_pieces import restore_vowelled_pieces
from araseclit.repair.entries import merge_trailing_blocks
from araseclit.repair.glosses import fill_lifted_terms, wrap_glossed_runs
from araseclit.repair.justified_pieces import restore_justified_pieces, stripped_pdftotext
from araseclit.repair.laid_out import restore_laid_out_lines
from araseclit.repair.laid_out_pieces import restore_laid_out_pieces
from araseclit.repair.lam_alef import fix_inner_lam_alef
from araseclit.repair.lifted import merge_lifted_lines
from araseclit.repair.lifted_tanween import restore_lifted_tanween
from araseclit.repair.mark_cuts import rejoin_mark_cuts
from araseclit.repair.marks import (
    pass_displaced_marks,
    restore_lam_alef_tanween,
    restore_shifted_marks,
    reverse_beside_plain_marks,
)
from araseclit.repair.openers import restore_leading_openers, restore_run_openers
from araseclit.repair.readings import leave
from araseclit.repair.semicolons import reread_semicolon_islands
from araseclit.repair.split_lines import merge_latin_lines
from araseclit.repair.words import fix_swapped_lam_hamza_lines

SCRAMBLED = frozenset({"embedded", "stripped", "runs", "islands", "reversed", "words"})
ANY = SCRAMBLED | {"logical"}
#: the orders plain pdftotext leaves: its embeddings, and the stripped order once its controls
#: are gone; a document read in the stripped order may be another extractor's (heldout7's
#: e-mail thread by pypdfium2 was, and lost 4.9 points of CER to the justified pieces pass),
#: so there the document's lines must show pdftotext wrote them
#: (:func:`.justified_pieces.stripped_pdftotext`)
PDFTOTEXT = frozenset({"embedded", "stripped"})


@dataclass
class Context:
    """What the passes may use: the document order, the raw lines by source number, a
    reader of one raw line under the document's order, whether lam-alef reads alef first."""

    order: str
    texts: list[str]
    read: Callable[[str, str], str]  # (raw line, bidi class before it) -> its reading
    swapped_lam_alef: bool = False
    # a piece of a raw line as it stands, normalised where the config has normalise on
    stands: Callable[[str], str] = leave


def _ligature_order(lines: list[Line], ctx: Context) -> None:
    for ln in lines:  # "األمن" -> "الأمن": forms no Arabic word has
        ln.text = fix_ligature_order(ln.text)


def _swapped_lam_alef(lines: list[Line], ctx: Context) -> None:
    if not ctx.swapped_lam_alef:
        return
    from araseclit.textmodel.scorer import default_scorer

    gain = default_scorer().gain
    for ln in lines:  # the font gives every lam-alef alef first (or a gap split "ال ذي")
        ln.text = fix_swapped_lam_alef(ln.text, gain)
    fix_swapped_lam_hamza_lines(lines)


def _inner_lam_alef(lines: list[Line], ctx: Context) -> None:
    if ctx.swapped_lam_alef:
        from araseclit.textmodel.scorer import default_scorer

        # inside words, where the document's letters and the word model say so
        fix_inner_lam_alef(lines, default_scorer().arabic)


def _piece(ctx: Context, raw: str) -> str:
    """A piece of a laid-out row read again, with the lam-alefs the lam-alef pass put back
    on its line (``ال يجد`` -> ``لا يجد``): read as it was extracted, it loses them, and the
    guard weighs the row's reordering against its line's lam-alefs."""
    text = ctx.read(raw, "AL")
    if not ctx.swapped_lam_alef:
        return text
    from araseclit.textmodel.scorer import default_scorer

    return fix_swapped_lam_alef(text, default_scorer().gain)


def _raw_piece(ctx: Context, ln: Line) -> str:
    """A line read again from its raw line (after the raw passes) under the document's
    order, or its text where it has none."""
    if ln.line is None or not 0 < ln.line <= len(ctx.texts):
        return ln.text
    return ctx.read(ctx.texts[ln.line - 1], "AL")


def _mark_cuts(lines: list[Line], ctx: Context) -> None:
    from araseclit.textmodel.scorer import default_scorer

    scorer = default_scorer()
    rejoin_mark_cuts(lines, scorer.score, lambda w: scorer.arabic.frequency(w) > 0)


def _lifted_terms(lines: list[Line], ctx: Context) -> None:
    from araseclit.textmodel.scorer import default_scorer

    fill_lifted_terms(lines, default_scorer().score)


def _glossed_runs(lines: list[Line], ctx: Context) -> None:
    from araseclit.textmodel.scorer import default_scorer

    wrap_glossed_runs(lines, default_scorer().score)


def _justified_pieces(lines: list[Line], ctx: Context) -> None:
    if ctx.order == "stripped" and not stripped_pdftotext(ctx.texts):
        return  # (read in the stripped order, but not by plain pdftotext)
    restore_justified_pieces(lines, read=lambda ln: _raw_piece(ctx, ln), raws=ctx.texts)


def _citation_pieces(lines: list[Line], ctx: Context) -> None:
    rejoin_citations(lines)
    fix_citation_brackets(lines)


@dataclass(frozen=True)
class Pass:
    """A pass: its operation's short name, the orders it runs for, what it does."""

    op: str
    orders: frozenset[str]
    run: Callable[[list[Line], Context], None]


#: passes between reading and layout, in order
BEFORE_LAYOUT: tuple[Pass, ...] = (
    Pass(
        "plain_marks",
        frozenset({"reversed"}),
        lambda lines, c: reverse_beside_plain_marks(lines, c.texts, lambda r: c.read(r, "AL")),
    ),
    Pass(
        "semicolon_islands",
        SCRAMBLED,
        lambda lines, c: reread_semicolon_islands(
            lines, c.texts, c.order if c.order != "words" else "islands", lambda r: c.read(r, "AL")
        ),
    ),
    Pass("lam_alef", ANY, _ligature_order),
    Pass("lam_alef", ANY, _swapped_lam_alef),
    Pass("lifted_lines", SCRAMBLED, lambda lines, c: merge_lifted_lines(lines)),
    Pass("lifted_lines", SCRAMBLED, lambda lines, c: merge_latin_lines(lines)),
    Pass("lifted_lines", SCRAMBLED, lambda lines, c: merge_trailing_blocks(lines)),
    Pass("lifted_lines", frozenset({"reversed"}), _lifted_terms),
    Pass("glossed_runs", SCRAMBLED, _glossed_runs),
    Pass("openers", SCRAMBLED, lambda lines, c: restore_run_openers(lines)),
    Pass("openers", SCRAMBLED, lambda lines, c: restore_leading_openers(lines)),
    Pass(
        "laid_out_lines",
        SCRAMBLED,
        lambda lines, c: restore_laid_out_lines(lines, lambda r: _piece(c, r), c.texts),
    ),
    Pass(
        "lifted_tanween",
        SCRAMBLED,
        lambda lines, c: restore_lifted_tanween(lines, wrapped=c.order != "stripped"),
    ),
    Pass("justified_pieces", PDFTOTEXT, _justified_pieces),
    Pass(
        "laid_out_pieces",
        ANY,
        lambda lines, c: restore_laid_out_pieces(
            lines, c.texts, lambda r: c.read(r, "AL"), stands=c.stands
        ),
    ),
    Pass(
        "vowelled_pieces",
        ANY,
        lambda lines, c: restore_vowelled_pieces(lines, stripped=c.order == "stripped"),
    ),
    Pass("shifted_marks", SCRAMBLED, lambda lines, c: pass_displaced_marks(lines)),
    Pass("shifted_marks", SCRAMBLED, lambda lines, c: restore_shifted_marks(lines)),
    Pass("shifted_marks", SCRAMBLED, lambda lines, c: restore_lam_alef_tanween(lines)),
    Pass(
        "continued_runs",
        SCRAMBLED,
        lambda lines, c: reread_continued_runs(lines, c.read, c.texts),
    ),
    Pass("continued_runs", SCRAMBLED, lambda lines, c: restore_run_final_comma(lines)),
    # what the tanween passes above leave of a line cut at a marked letter
    Pass("mark_cuts", frozenset({"islands", "words"}), _mark_cuts),
)

#: passes after layout (pages, headers and paragraphs are known), in order
AFTER_LAYOUT: tuple[Pass, ...] = (Pass("lam_alef", ANY, _inner_lam_alef),)

#: passes after paragraphs are marked
AFTER_PARAGRAPHS: tuple[Pass, ...] = (Pass("citation_pieces", SCRAMBLED, _citation_pieces),)
