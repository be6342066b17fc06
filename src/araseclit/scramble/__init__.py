"""A forward model of how PDF extractors scramble Arabic text, for tests and measurement.

Run on any clean text, :func:`scramble` lays it out in lines and pages the way a PDF does
(:mod:`.layout`) and applies the operations of one extractor's behaviour (:mod:`.ops`),
recording each. That gives unlimited (clean, scrambled, operations) triples: the repair
stage is measured on text it was never tuned on, and tests can say which damage they
exercise. :func:`typing_variant` gives the habits of clean text that are *not* damage.

>>> s = scramble("تقول الدراسة (Dodge, 2012: 45) إن ...", "pdfplumber", seed=1)
>>> s.ops[0]
'visual_order'
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from araseclit.scramble import diacritics, ops
from araseclit.scramble.layout import (
    LaidLine,
    PageStyle,
    cut_justified_line,
    paginate,
    pick_width,
    wrap,
)

__all__ = ["RECIPES", "TYPING_VARIANTS", "Scrambled", "scramble", "typing_variant"]

LineOrder = Callable[[str, tuple[int, ...]], str]

#: line orders by extractor behaviour (see :mod:`.ops`)
ORDERS: dict[str, LineOrder] = {
    "visual_order": ops.visual_order,
    "run_order": ops.run_order,
    "embedded_order": ops.embedded_order,
    "stripped_order": ops.stripped_order,
    "island_order": ops.island_order,
}


@dataclass(frozen=True)
class Recipe:
    """One extractor's behaviour: a line order and the character damage that goes with it."""

    order: str
    letters_reversed: float = 0.0  # share of word forms given backwards
    detach_tanween: float = 0.0  # share of words ending in tanween fath parted from it
    swap_lam_alef: bool = False
    kashida_glyph: str = ""
    kashida_rate: float = 0.0
    marks_first: bool = False
    cluster_gap: float = 0.0  # share of marked letters parted from the letter before
    # share of (vowelled) visual lines cut at stacked marks into pieces given end first
    # (:func:`.diacritics.cut_vowelled_lines`); such a line gets no other damage
    cut_vowelled: float = 0.0
    # share of the short last lines of paragraphs justified to the full width and cut at the
    # gaps that opened inside their words into pieces given end first
    # (:func:`.layout.cut_justified_line`); such a line gets no other damage
    cut_justified: float = 0.0
    pages: bool = True


#: the behaviours seen in the sample corpus, by the extractor that shows them; the shares
#: are those measured on the development renditions of the font named (see :mod:`.ops`)
RECIPES: dict[str, Recipe] = {
    # LibreOffice Amiri
    "pdftotext": Recipe("embedded_order", detach_tanween=0.55),
    "pdftotext-stripped": Recipe("stripped_order", detach_tanween=0.55),
    "pdfplumber": Recipe("visual_order"),
    "pypdfium2": Recipe("island_order", detach_tanween=0.3),
    # Chromium Noto Naskh: 0.66 of word forms given backwards (KacstBook 0.98)
    "pypdfium2-chromium": Recipe("island_order", letters_reversed=0.65),
    "runs": Recipe("run_order"),
    # LibreOffice Noto Sans
    "pdftotext-noto": Recipe(
        "embedded_order", swap_lam_alef=True, kashida_glyph="**", kashida_rate=0.09
    ),
    "pdftotext-marks-first": Recipe("embedded_order", marks_first=True, cluster_gap=1.0),
    # vowelled text set by LibreOffice or XeLaTeX (Amiri): lines cut at stacked marks
    "pdftotext-vowelled": Recipe("embedded_order", cut_vowelled=1.0),
    # ... and the same with pdftotext's bidi controls stripped (commas against the next word)
    "pdftotext-vowelled-stripped": Recipe("stripped_order", cut_vowelled=1.0),
    # LibreOffice Thabit and Amiri, last lines justified: short lines cut at kashida gaps
    "pdftotext-justified": Recipe("embedded_order", cut_justified=1.0),
    "pdftotext-justified-stripped": Recipe("stripped_order", cut_justified=1.0),
}


@dataclass
class Scrambled:
    """The scrambled text and the operations applied, in order."""

    text: str
    ops: list[str] = field(default_factory=list)


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n") if p.strip()]


def scramble(text: str, recipe: str | Recipe, seed: int = 0, width: int | None = None) -> Scrambled:
    """``text`` (clean, one paragraph per line) as the extractor of ``recipe`` prints it."""
    rec = RECIPES[recipe] if isinstance(recipe, str) else recipe
    rng = random.Random(seed)
    width = width or pick_width(rng)
    laid: list[LaidLine] = wrap(_paragraphs(text), width)
    done = [rec.order, f"wrap(width={width})"]
    order = ORDERS[rec.order]
    forms: dict[str, bool] = {}
    lines = []
    for k, ln in enumerate(laid):
        last = k + 1 == len(laid) or laid[k + 1].paragraph != ln.paragraph
        if rec.cut_justified and last and rng.random() < rec.cut_justified:
            lines += [order(p.text, p.levels) for p in cut_justified_line(ln, width, rng)]
            continue
        if rec.cut_vowelled:
            # pdftotext's embedding is put round each piece; any other order reads the
            # line first ("stripped_order": its commas against the next word), then cuts it
            embedded = rec.order == "embedded_order"
            lines += diacritics.cut_vowelled_lines(
                [ln.text if embedded else order(ln.text, ln.levels)],
                rate=rec.cut_vowelled,
                seed=rng.randrange(1 << 30),
                wrapped=embedded,
            )
            continue
        out = order(ln.text, ln.levels)
        if rec.letters_reversed:
            out = ops.reverse_letters(out, rng, rec.letters_reversed, forms)
        if rec.marks_first:
            out = ops.marks_first(out, rng, rec.cluster_gap)
        if rec.detach_tanween:
            out = ops.detach_tanween(out, rng, rec.detach_tanween)
        if rec.swap_lam_alef:
            out = ops.swap_lam_alef(out)
        if rec.kashida_rate:
            out = ops.insert_kashida_junk(out, rng, rec.kashida_glyph, rec.kashida_rate)
        lines.append(out)
    for name, on in (
        ("reverse_letters", rec.letters_reversed),
        ("cut_vowelled_lines", rec.cut_vowelled),
        ("cut_justified_lines", rec.cut_justified),
        ("marks_first", rec.marks_first),
        ("detach_tanween", rec.detach_tanween),
        ("swap_lam_alef", rec.swap_lam_alef),
        ("insert_kashida_junk", rec.kashida_rate),
    ):
        if on:
            done.append(name)
    if rec.pages:
        lines = paginate(
            lines, PageStyle(lines_per_page=rng.randint(25, 40), number_first=rng.randint(1, 300))
        )
        done.append("paginate")
    return Scrambled("\n".join(lines) + "\n", done)


#: typing habits of clean text (not damage: repair must leave them as they are)
TYPING_VARIANTS: dict[str, Callable[[str], str]] = {
    "comma_against_next": ops.comma_against_next,
    "punct_against_both": ops.punct_against_both,
    "space_before_punct": ops.space_before_punct,
    "year_suffix": ops.year_suffix,
    "eastern_digits": ops.eastern_digits,
}


def typing_variant(text: str, name: str) -> str:
    """``text`` typed with one habit of :data:`TYPING_VARIANTS`."""
    return TYPING_VARIANTS[name](text)
