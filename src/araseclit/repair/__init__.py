"""Repair Arabic text that a PDF extractor already turned into scrambled lines.

>>> repair_text("\u202b\u202a 3.1\u202cالإطار المفاهيمي\u202c")
'3.1 الإطار المفاهيمي'

Each raw line is treated as a line in one of the visual orders extractors leave
(:mod:`.order`, built on the inverse bidi reordering of :mod:`.bidi`); which one is decided
from evidence per line and per document (:mod:`.detect`). The line is put back into logical
order and cleaned character by character (:mod:`.chars`); a reordering is kept only when it
leaves fewer signs of scrambling than it found. Documents whose words come back one by one
backwards are turned round word by word from a letter model learnt on the document itself
(:mod:`.flip`). Damage that belongs to a font or an extractor rather than to bidi order is
undone where the document shows it recurs: kashida glyphs a font maps to junk characters
(:mod:`.kashida`), brackets, punctuation and Latin words an extractor gave away from their
line because another font drew them (:mod:`.weak`; a line pdfplumber split in two by font
is merged by :mod:`.fontsplit`), brackets and runs pypdfium2 gave first in their text run or
at a tanween cut (:mod:`.pdfium`), a line pdftotext cut at a tanween it lifted out
(:mod:`.fragments`) and the Latin run that continues such a line (:mod:`.crossline`),
tanween pieces pypdfium2 put out of place (:mod:`.marks`) and lam-alef read alef first
inside words (:mod:`.ligature`).
Then the page layout is read (:mod:`.layout`: headers, page numbers, headings, pages,
paragraphs), words split by the extractor are rejoined (:mod:`.words`; a word broken at a
line end marks the next line ``glue``) and, in scrambled documents, citation pieces the
chunk shuffle moved go back together (:mod:`.cites`).
Clean logical text passes through unchanged, so repairing twice changes nothing. Regular
expressions live in :mod:`.patterns`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from araseclit.document import NOISE_KINDS, Line, assemble
from araseclit.repair import layout
from araseclit.repair import patterns as P
from araseclit.repair.bidi import last_strong
from araseclit.repair.chars import (
    decompose_presentation_forms,
    drop_bidi_controls,
    drop_unmapped_glyphs,
    fix_latin_comma,
    fix_ligature_order,
    fix_locator_order,
    fix_reversed_digits,
    fix_swapped_lam_alef,
    join_detached_marks,
    join_stray_last_letter,
    move_heading_number,
    swapped_lam_alef_signs,
    tidy_spacing,
    unify_persian_letters,
    unmirror_brackets,
)
from araseclit.repair.cites import fix_citation_brackets, rejoin_citations
from araseclit.repair.crossline import reread_continued_runs, restore_run_final_comma
from araseclit.repair.detect import (
    Order,
    detect_scramble,
    document_order,
    evidence,
    reversed_words,
)
from araseclit.repair.flip import flip_words, learn_flips
from araseclit.repair.fragments import (
    pass_displaced_marks,
    restore_laid_out_lines,
    restore_lifted_tanween,
    reverse_beside_plain_marks,
)
from araseclit.repair.kashida import drop_kashida_junk
from araseclit.repair.ligature import fix_inner_lam_alef
from araseclit.repair.marks import (
    rejoin_mark_pieces,
    restore_lam_alef_tanween,
    restore_shifted_marks,
)
from araseclit.repair.order import (
    reorder_embedded,
    reorder_islands,
    reorder_runs,
    reverse_line,
    reverse_words,
)
from araseclit.repair.pdfium import (
    reread_semicolon_islands,
    restore_cut_citations,
    restore_run_openers,
)
from araseclit.repair.weak import (
    merge_latin_lines,
    merge_lifted_lines,
    merge_split_citations,
    merge_trailing_blocks,
    restore_leading_openers,
)
from araseclit.repair.words import fix_swapped_lam_hamza_lines, join_split_words, rejoin_words

__all__ = [
    "RepairResult",
    "decompose_presentation_forms",
    "detect_scramble",
    "drop_bidi_controls",
    "drop_unmapped_glyphs",
    "fix_latin_comma",
    "fix_ligature_order",
    "fix_locator_order",
    "fix_reversed_digits",
    "fix_swapped_lam_alef",
    "flip_words",
    "join_detached_marks",
    "join_split_words",
    "join_stray_last_letter",
    "learn_flips",
    "move_heading_number",
    "reorder_embedded",
    "reorder_islands",
    "reorder_runs",
    "repair_line",
    "repair_lines",
    "repair_text",
    "reverse_line",
    "reverse_words",
    "tidy_spacing",
    "unify_persian_letters",
    "unmirror_brackets",
]


#: lam-alef ligatures read alef first in a document before all of its lam-alefs are taken so
SWAPPED_LAM_ALEF_SIGNS = 5


@dataclass
class RepairResult:
    """Repaired lines (logical order, with layout kinds) and the share of body lines repaired."""

    lines: list[Line]
    score: float


def _choose(ev: dict[Order, float], doc_order: Order, line: str) -> Order:
    """The order to undo for one line: its own evidence first, the document's when unsure."""
    if ev["embedded"] or (doc_order == "embedded" and line.strip()):
        return "embedded"
    if doc_order == "words" and P.ANY_ARABIC.search(line):
        return "words"  # such extractions keep the word order: only words are backwards
    if ev["reversed"]:
        return "reversed"
    if doc_order == "reversed":  # unless the line reads forwards, it is like the others
        back, fwd = reversed_words(line)
        return "reversed" if back >= fwd and line.strip() else "logical"
    if doc_order == "islands" and line.strip():  # pypdfium2 scrambles every line alike
        return "islands"
    if ev["runs"] != ev["islands"]:
        return "runs" if ev["runs"] > ev["islands"] else "islands"
    if ev["runs"] > 0 or (doc_order == "runs" and P.CHUNK_GAP.search(line.strip())):
        return doc_order if doc_order != "logical" else "runs"
    return "logical"


_UNDO = {
    "reversed": reverse_line,
    "words": reverse_words,
    "runs": reorder_runs,
    "islands": reorder_islands,
}


def _turn_opener(m: re.Match[str]) -> str:
    """A mirrored opener with its space after it, turned round: ") " -> " (", "] " -> " ["."""
    return " (" if m.group(1) == ")" else " ["


def _undo(text: str, order: Order, before: str, flips: set[str] | None = None) -> str:
    if order == "words" and flips is not None:
        text = P.OPENER_SPACED_AFTER.sub(_turn_opener, flip_words(text, flips))
        text = drop_bidi_controls(reorder_islands(text))
    elif order == "embedded":
        text = drop_bidi_controls(reorder_embedded(text, before))
    else:
        text = drop_bidi_controls(_UNDO[order](text))
    for fix in (fix_latin_comma, fix_locator_order, unmirror_brackets, tidy_spacing):
        text = fix(text)
    return text


def repair_line(
    raw: str, doc_order: Order = "logical", before: str = "AL", flips: set[str] | None = None
) -> tuple[str, float]:
    """One raw line -> (logical-order text, how scrambled it looked 0..1).

    ``doc_order`` is the document's usual scramble (:func:`document_order`), ``before`` the
    bidi class of the last strong character of the previous line (``"L"`` or ``"AL"``),
    ``flips`` the word forms of the document that read backwards (:func:`learn_flips`).
    """
    text = decompose_presentation_forms(drop_unmapped_glyphs(raw.replace("\f", "")))
    text = join_stray_last_letter(join_detached_marks(text))
    head = P.LTR_LED_HEAD.match(drop_bidi_controls(text)) if doc_order == "runs" else None
    if head:  # the line was laid out left to right: its Latin head is already first
        rest, score = repair_line(head.group(2), doc_order, "L", flips)
        return f"{fix_latin_comma(head.group(1))} {rest.strip()}", max(score, 0.5)
    ev = evidence(text)
    order = _choose(ev, doc_order, text)
    seen = detect_scramble(text)
    score = seen if order == "logical" else max(0.5, seen)
    plain = fix_latin_comma(drop_bidi_controls(text))  # "Buzan  ،1991" occurs in any line
    fixed = _undo(text, order, before, flips) if order != "logical" else plain
    # a reordering must leave fewer signs of scrambling than it found (this is what keeps
    # already repaired text, including what could not be repaired, unchanged)
    left = detect_scramble(fixed)
    trusted = order in ("embedded", "reversed", "words")
    if not (trusted or left < seen or (ev[order] == 0 and left == 0)):
        fixed = plain
    if fixed == raw.strip():
        score = 0.0
    return fix_ligature_order(fixed), score


def repair_lines(raw_text: str) -> RepairResult:
    """Every raw line -> a :class:`Line` in logical order with kind, page and paragraph start."""
    raw_lines = [r.removesuffix("\r") for r in raw_text.split("\n")]
    texts = drop_kashida_junk(raw_lines)  # the font's kashida glyphs, learnt per document
    texts = merge_split_citations(texts)  # Latin words pdfplumber lifted off their line
    texts = rejoin_mark_pieces(texts)  # a line pypdfium2 cut at its tanween word
    texts = restore_cut_citations(texts)  # and the citation it gave at the cut
    plain = [decompose_presentation_forms(drop_bidi_controls(r)) for r in texts]
    doc_order = document_order(plain)
    flips = None
    if doc_order == "words":
        flips = learn_flips(w for r in plain for w in P.ARABIC_RUN.findall(join_detached_marks(r)))
    lines: list[Line] = []
    feeds = "\f" in raw_text
    page = 1
    before = "AL"
    for number, (raw, cleaned) in enumerate(zip(raw_lines, texts, strict=True), start=1):
        head = len(raw) - len(raw.lstrip("\f \t"))
        page += raw[:head].count("\f")  # a form feed before the text opens its page
        text, score = repair_line(cleaned, doc_order, before, flips)
        before = last_strong(text, before)
        changed = text != raw.strip()
        lines.append(
            Line(text, page if feeds else None, number, raw=raw, score=score, changed=changed)
        )
        page += raw[head:].count("\f")
    if doc_order == "reversed":  # words that lost a lifted tanween may look forwards
        reverse_beside_plain_marks(
            lines, texts, lambda run: fix_ligature_order(_undo(run, "reversed", "AL"))
        )
    reread_semicolon_islands(lines, texts, doc_order, lambda run: repair_line(run, doc_order)[0])
    swapped_lam_alef = swapped_lam_alef_signs(plain) >= SWAPPED_LAM_ALEF_SIGNS
    if swapped_lam_alef:
        for ln in lines:  # the font gives every lam-alef alef first
            fixed = fix_swapped_lam_alef(ln.text)
            ln.changed, ln.text = ln.changed or fixed != ln.text, fixed
        fix_swapped_lam_hamza_lines(lines)
    merge_lifted_lines(lines)  # brackets pdfplumber gave a line of their own
    merge_latin_lines(lines)  # and the punctuation of Latin lines
    merge_trailing_blocks(lines)  # or that pypdfium2 gave at their end
    restore_run_openers(lines)  # openers pypdfium2 gave first in their run
    restore_leading_openers(lines)  # and openers pypdfium2 gave first
    restore_laid_out_lines(lines, lambda run: repair_line(run, doc_order, "AL", flips)[0], texts)
    restore_lifted_tanween(lines)  # before layout: a lone mark line is not a blank
    pass_displaced_marks(lines)  # a tanween pdftotext left on the word before its own
    restore_shifted_marks(lines)  # and the tanween pypdfium2 drew before its word
    restore_lam_alef_tanween(lines)  # and the lam-alef tanween it read backwards
    reread_continued_runs(lines, lambda run, b: repair_line(run, doc_order, b, flips)[0], texts)
    restore_run_final_comma(lines)  # a Latin run's comma left at the line break
    layout.classify(lines)
    layout.infer_pages(lines, has_form_feeds=feeds)
    layout.move_split_pieces(lines)
    rejoin_words(lines)
    if swapped_lam_alef:
        fix_inner_lam_alef(lines)  # and inside words, where the document's letters say so
    layout.mark_paragraphs(lines)
    if doc_order != "logical":
        rejoin_citations(lines)
        fix_citation_brackets(lines)
    body = [ln for ln in lines if ln.kind not in NOISE_KINDS]
    repaired = sum(1 for ln in body if ln.changed)
    return RepairResult(lines, repaired / len(body) if body else 0.0)


def repair_text(raw_text: str) -> str:
    """The repaired text in logical reading order (what ``araseclit text`` prints)."""
    text, _ = assemble(repair_lines(raw_text).lines)
    return text
