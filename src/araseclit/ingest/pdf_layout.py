"""Page geometry: glyphs -> lines -> columns, in reading order, with logical-order text.

Input is the list of character dicts pdfplumber (pdfminer) gives for a page, in content
stream order. Lines are rebuilt by clustering baselines, pages with two columns are split at
the gutter, and each line's glyphs are put back into logical order by :mod:`.bidi`.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from araseclit.charsets import ARABIC_BLOCK, PERSIAN_ONLY_RE, is_arabic_mark
from araseclit.repair.bidi import (
    bidi_class,
    bracket_order_score,
    ends_in_ltr_run,
    is_arabic_letter,
    line_is_rtl,
    visual_to_logical,
)

from .pdf_patterns import (
    BOLD_FONT,
    DOUBLED_MARK,
    FONT_SUBSET,
    KASHIDA,
    KASHIDA_CODES,
    MARK_AFTER_BRACKET,
    SPACES,
    TANWEEN_IN_WORD,
    UNMAPPED_GLYPH,
    decompose_presentation_forms,
)
from .pdf_zwnj import NON_JOINING, ZWNJ

#: the alefs a lam before them forms one ligature with (``لا``, ``لأ``, ``لإ``, ``لآ``)
LAM_ALEF_ALEFS = frozenset("اأإآ")

#: a gap wider than this share of the font size between two glyphs is a word space
WORD_GAP = 0.22
#: glyphs starting closer than this (points) are parts of one ligature
LIGATURE_TOLERANCE = 0.5
#: PDFs where fewer glyphs than this share are spaces do not draw word spaces
SPACE_SHARE = 0.04
#: glyphs whose baselines differ by less than this share of the font size share a line
BASELINE_TOLERANCE = 0.45
#: in a PDF that draws its spaces, a gap with no space in it at least this share of the
#: page's word space (:func:`word_space`), where the glyph on the right was drawn before the
#: one on the left, parts two runs the producer set apart: the cells of a right-to-left table
#: row ("2019 | 1,204 | 87"), drawn cell by cell. A word stretched to justify its line is drawn
#: in one run, so its gaps (up to 2.4 word spaces with LibreOffice and Noto Naskh) never step
#: back in the stream; the cell gaps of the LibreOffice and Chromium tables seen are 1.0 to 10
#: word spaces (a cell whose text fills it leaves no more than its padding)
CELL_GAP = 0.8


@dataclass
class Glyph:
    """One drawn glyph: its text (logical order inside, e.g. a lam-alef ligature ``لا``)."""

    text: str
    x0: float
    x1: float
    y: float  # distance of the glyph bottom from the page top
    size: float
    font: str
    index: int  # position in the content stream
    #: the joining form the font's map gives the glyph (``initial``, ``medial``, ``final``,
    #: ``isolated``: an Arabic presentation form, U+FB50–U+FEFF), "" for a nominal code
    form: str = ""
    is_mark: bool = field(init=False)  # a combining mark (harakat) drawn over a letter
    is_space: bool = field(init=False)
    #: whether the glyph is drawn joined to the letter after it / before it in reading
    #: order, None when its code does not say (:func:`mark_joining`)
    joins_next: bool | None = field(default=None, init=False)
    joins_prev: bool | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.is_mark = all(unicodedata.category(ch) in ("Mn", "Me") for ch in self.text)
        self.is_space = self.text.isspace()


@dataclass
class PageLine:
    """A line (or the part of a line inside one column) with its geometry."""

    glyphs: list[Glyph]
    column: int = 0  # 0 = full width; 1, 2 = columns in reading order
    text: str = ""
    rtl: bool = True
    kind: str = "body"
    para_start: bool = False
    # glyph texts in visual order and the logical texts read from them, kept for the glyph
    # list and space rule they were read with: a document's lines are read four times over
    # (bracket mirroring is decided by reading both ways), and the glyphs do not change
    _units: tuple[list[Glyph], tuple[bool, float | None], list[str], int] | None = field(
        default=None, repr=False, compare=False
    )
    _texts: dict[tuple[bool, bool, bool, bool], str] = field(
        default_factory=dict, repr=False, compare=False
    )

    #: the narrowest gap that parts two cells of the line (:data:`CELL_GAP`), None for none
    cell_gap: float | None = None
    #: glyphs taken out of the line as junk (:mod:`.pdf_kashida`): where one was drawn there
    #: was no gap between cells
    dropped: list[Glyph] = field(default_factory=list, repr=False, compare=False)

    def units(self, infer_spaces: bool = False) -> list[str]:
        """:func:`line_units` of the line's glyphs, computed once per glyph list and rule."""
        cached = self._units
        rule = (infer_spaces, self.cell_gap)
        if cached is None or cached[0] is not self.glyphs or cached[1] != rule:
            units, cells = _line_units(self.glyphs, infer_spaces, self.cell_gap, self.dropped)
            cached = self._units = (self.glyphs, rule, units, cells)
            self._texts = {}
        return cached[2]

    @property
    def cell_breaks(self) -> int:
        """How many gaps between cells (:data:`CELL_GAP`) the line's text was last read with:
        a line with any is a table row."""
        return self._units[3] if self._units is not None else 0

    def logical_text(
        self, infer_spaces: bool, mirrored: bool, after_ltr: bool, lead_apart: bool = False
    ) -> str:
        """:func:`units_text` of the line as it stands (direction included), computed once."""
        units = self.units(infer_spaces)
        key = (self.rtl, mirrored, after_ltr, lead_apart)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = units_text(
                units, self.rtl, mirrored, after_ltr, lead_apart=lead_apart
            )
        return text

    @property
    def x0(self) -> float:
        return min(g.x0 for g in self.glyphs)

    @property
    def x1(self) -> float:
        return max(g.x1 for g in self.glyphs)

    @property
    def y(self) -> float:
        return statistics.median(g.y for g in self.glyphs if not g.is_mark) if self.bases else 0.0

    @property
    def bases(self) -> list[Glyph]:
        return [g for g in self.glyphs if not g.is_mark and not g.is_space]

    @property
    def size(self) -> float:
        return statistics.median(g.size for g in self.bases) if self.bases else 0.0

    @property
    def font(self) -> str:
        fonts = [g.font for g in self.bases]
        return max(set(fonts), key=fonts.count) if fonts else ""

    @property
    def bold(self) -> bool:
        return bool(BOLD_FONT.search(self.font))


@dataclass
class PageLayout:
    """The lines of one page in reading order, and its size."""

    number: int
    width: float
    height: float
    lines: list[PageLine] = field(default_factory=list)
    has_images: bool = False
    #: the page's usual word space (:func:`word_space`), None when it draws no spaces
    word_space: float | None = None
    #: whether the glyphs' ``index`` is their content-stream order, which tells runs drawn
    #: apart (:data:`CELL_GAP`); PDFium's text page gives an order rebuilt from its objects
    stream_order: bool = True


def glyphs_from_chars(chars: Iterable[dict]) -> list[Glyph]:
    """Upright, non-control glyphs with normalised text (presentation forms decomposed)."""
    glyphs = []
    texts: dict[str, str] = {}  # a page draws a few hundred distinct codes, 2-3k glyphs
    fonts: dict[str, str] = {}
    for i, ch in enumerate(chars):
        raw = ch.get("text") or ""
        text = texts.get(raw)
        if text is None:
            text = decompose_presentation_forms(UNMAPPED_GLYPH.sub("", raw))
            text = texts[raw] = "" if any(unicodedata.category(c) == "Cc" for c in text) else text
        if not text or not ch.get("upright", True):
            continue
        raw_font = str(ch.get("fontname", ""))
        font = fonts.get(raw_font)
        if font is None:
            font = fonts[raw_font] = FONT_SUBSET.sub("", raw_font)
        glyphs.append(
            Glyph(
                text,
                float(ch["x0"]),
                float(ch["x1"]),
                float(ch["bottom"]),
                float(ch["size"]),
                font,
                i,
                _form(raw),
            )
        )
    return glyphs


@lru_cache(maxsize=4096)
def _form(raw: str) -> str:
    """The joining form an Arabic presentation-form code names, "" for any other text."""
    if len(raw) != 1 or not 0xFB50 <= ord(raw) <= 0xFEFC:
        return ""
    words = unicodedata.name(raw, "").split()
    if len(words) < 2 or words[-1] != "FORM" or words[-2] not in _FORMS:
        return ""
    return words[-2].lower()


_FORMS = frozenset({"INITIAL", "MEDIAL", "FINAL", "ISOLATED"})


def mark_joining(glyphs: list[Glyph]) -> None:
    """Set each Arabic letter's ``joins_next`` and ``joins_prev`` from the form its code
    names. A font's map codes a glyph drawn in a joining form as that presentation form
    (``ﻧ`` U+FEE7, noon initial) and its nominal glyph, the isolated form, as the letter
    (``ن``), where it maps the forms at all: a letter coded as itself is taken as isolated only
    in a font whose map gives that letter's other forms on the same page (else its code says
    nothing). Joining forms are what a word's ZWNJ leaves in the drawing (:func:`_line_units`).
    """
    coded: dict[tuple[str, str], set[str]] = {}  # (font, letter) -> the forms its map gives
    for g in glyphs:
        if g.form:
            coded.setdefault((g.font, g.text), set()).add(g.form)
    for g in glyphs:
        if g.form:
            g.joins_next = g.form in ("initial", "medial")
            g.joins_prev = g.form in ("medial", "final")
        elif len(g.text) == 1 and is_arabic_letter(g.text):
            forms = coded.get((g.font, g.text), set())
            # coded as itself: not the forms the font's map gives; isolated if those include
            # every joining form the letter has
            if "final" in forms and (g.text in NON_JOINING or {"initial", "medial"} <= forms):
                g.joins_next = g.joins_prev = False


def cluster_lines(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Group glyphs into lines by baseline, top to bottom; marks join the nearest line."""
    bases = sorted((g for g in glyphs if not g.is_mark), key=lambda g: (g.y, g.index))
    lines: list[list[Glyph]] = []
    ys: list[float] = []
    for g in bases:
        if lines and abs(g.y - ys[-1]) <= BASELINE_TOLERANCE * max(g.size, 1.0):
            lines[-1].append(g)
            continue
        lines.append([g])
        ys.append(g.y)
    for mark in (g for g in glyphs if g.is_mark):
        if ys:
            nearest = min(range(len(ys)), key=lambda i: abs(ys[i] - mark.y))
            lines[nearest].append(mark)
    return [ln for ln in lines if any(not g.is_space for g in ln)]


def _coverage(lines: list[list[Glyph]], bins: int) -> list[int]:
    """For each point of the page width, how many lines have a glyph over it."""
    cover = [0] * bins
    for ln in lines:
        seen: set[int] = set()
        for g in ln:
            if not g.is_space and not g.is_mark:
                seen.update(range(max(int(g.x0), 0), min(int(g.x1) + 1, bins)))
        for b in seen:
            cover[b] += 1
    return cover


def find_gutter(lines: list[list[Glyph]], width: float) -> tuple[float, float] | None:
    """The empty vertical strip between two columns, or None for a one-column page.

    The gutter is the widest run of points in the middle of the page that almost no line
    covers, at least 1.2 em wide, with text of at least three lines on each side.
    """
    if len(lines) < 6 or width <= 0:
        return None
    cover = _coverage(lines, int(width) + 1)
    limit = max(1, int(0.15 * len(lines)))
    min_width = 1.2 * statistics.median(g.size for ln in lines for g in ln if not g.is_mark)
    best: tuple[float, float] | None = None
    start = None
    for b in range(int(0.2 * width), int(0.8 * width) + 1):
        if cover[b] <= limit:
            start = b if start is None else start
            continue
        wide = start is not None and b - start >= min_width
        if wide and (best is None or b - start > best[1] - best[0]):  # type: ignore[operator]
            best = (float(start), float(b))  # type: ignore[arg-type]
        start = None
    if best is None:
        return None
    left = sum(1 for ln in lines if any(g.x1 <= best[0] + 1 and not g.is_space for g in ln))
    right = sum(1 for ln in lines if any(g.x0 >= best[1] - 1 and not g.is_space for g in ln))
    return best if left >= 3 and right >= 3 else None


def split_columns(
    lines: list[list[Glyph]], gutter: tuple[float, float] | None, rtl: bool
) -> list[PageLine]:
    """Lines in reading order: full-width lines in place, column parts flushed column by
    column (the right column first on a right-to-left page) between full-width lines."""
    if gutter is None:
        return [PageLine(ln) for ln in lines]
    mid = (gutter[0] + gutter[1]) / 2
    first, second = ("right", "left") if rtl else ("left", "right")
    out: list[PageLine] = []
    pending: dict[str, list[PageLine]] = {"left": [], "right": []}

    def flush() -> None:
        for col, side in enumerate((first, second), start=1):
            for pl in pending[side]:
                pl.column = col
                out.append(pl)
            pending[side] = []

    for ln in lines:
        crossing = [
            g for g in ln if not g.is_space and g.x0 < gutter[1] - 1 and g.x1 > gutter[0] + 1
        ]
        if crossing:
            flush()
            out.append(PageLine(ln))
            continue
        left = [g for g in ln if (g.x0 + g.x1) / 2 < mid]
        right = [g for g in ln if (g.x0 + g.x1) / 2 >= mid]
        for side, part in (("left", left), ("right", right)):
            if any(not g.is_space for g in part):
                pending[side].append(PageLine(part))
    flush()
    return out


def _mark_base(mark: Glyph, in_stream: list[Glyph], pos: int) -> Glyph | None:
    """The glyph a mark sits on: of its two neighbours in the content stream, the one to its
    right, since for Arabic that is the letter before it in reading order (PDF writers put
    marks just before or just after their base, whichever way they write the line)."""
    neighbours = []
    for step in (-1, 1):
        k = pos + step
        while 0 <= k < len(in_stream) and in_stream[k].is_mark:
            k += step
        if 0 <= k < len(in_stream) and not in_stream[k].is_space:
            neighbours.append(in_stream[k])
    if not neighbours:
        return None
    letters = [g for g in neighbours if is_arabic_letter(g.text[0])]
    if is_arabic_mark(mark.text) and len(letters) == 1:
        return letters[0]  # a haraka sits on a letter: 'أولاً:', not 'أولا:ً'
    if mark.text and unicodedata.bidirectional(mark.text[0]) == "NSM" and len(neighbours) == 2:
        if not all(is_arabic_letter(g.text[0]) for g in neighbours):
            return neighbours[0]  # Latin combining accent: its base comes first
    return max(neighbours, key=lambda g: g.x0 + g.x1)


def _attach_marks(glyphs: list[Glyph]) -> list[tuple[Glyph, str]]:
    """Base glyphs in visual order, each with its text plus the marks drawn over it."""
    in_stream = sorted(glyphs, key=lambda g: g.index)
    marks: dict[int, str] = {}
    for pos, g in enumerate(in_stream):
        if g.is_mark:
            base = _mark_base(g, in_stream, pos)
            if base is not None:
                marks[base.index] = marks.get(base.index, "") + g.text
    bases = sorted((g for g in glyphs if not g.is_mark), key=lambda g: (g.x0, g.index))
    # parts of one ligature start at the same point, give or take rounding: stream order
    for i in range(len(bases) - 1):
        a, b = bases[i], bases[i + 1]
        if abs(a.x0 - b.x0) < LIGATURE_TOLERANCE and a.index > b.index:
            bases[i], bases[i + 1] = b, a
    return [(g, _with_marks(g.text, marks.get(g.index, ""))) for g in _drop_kashida(bases)]


def _with_marks(text: str, marks: str) -> str:
    """A glyph's text with its marks; on a lam-alef ligature they belong to the lam. Marks
    come in canonical order (NFC: damma before shadda), whatever order they were drawn in."""
    if not marks:
        return text
    if len(text) > 1 and text[0] == "ل" and text[1] in LAM_ALEF_ALEFS:
        return unicodedata.normalize("NFC", text[0] + marks) + text[1:]
    return unicodedata.normalize("NFC", text + marks)


def _drop_kashida(bases: list[Glyph]) -> list[Glyph]:
    """Drop kashida glyphs with a wrong code drawn over a neighbour (LibreOffice stretches
    justified lines with them, and with Noto Naskh they come out as '"' over a ':')."""
    keep = []
    for i, g in enumerate(bases):
        width = g.x1 - g.x0
        if g.text in KASHIDA_CODES and width > 0:
            near = [h for h in bases[max(i - 2, 0) : i + 3] if h is not g and not h.is_space]
            if any(min(g.x1, h.x1) - max(g.x0, h.x0) > 0.5 * width for h in near):
                continue
        keep.append(g)
    return keep


def line_units(
    glyphs: list[Glyph], infer_spaces: bool = False, cell_gap: float | None = None
) -> list[str]:
    """Glyph texts in visual order. With ``infer_spaces`` (for PDFs that draw no space
    characters) a space is put wherever the gap between glyphs is wide enough for a word
    space; PDFs that do write spaces stretch justified Arabic lines inside words too, so
    there a gap alone says nothing: a space goes only between two runs drawn apart, a gap of
    at least ``cell_gap`` whose right glyph was drawn first (:data:`CELL_GAP`)."""
    return _line_units(glyphs, infer_spaces, cell_gap)[0]


def _line_units(
    glyphs: list[Glyph],
    infer_spaces: bool,
    cell_gap: float | None,
    dropped: list[Glyph] | None = None,
) -> tuple[list[str], int]:
    """:func:`line_units` and how many of the spaces it put part two cells; ``dropped``:
    glyphs taken out of the line before, which, like any glyph, fill the gap they are in.
    In a line with a letter Persian writes and Arabic does not, a ZWNJ goes after a letter
    whose drawn form does not join the letter drawn beside it (:func:`_zwnj_between`)."""
    units: list[str] = []
    cells = 0
    previous: Glyph | None = None
    persian = any(PERSIAN_ONLY_RE.search(g.text) for g in glyphs)  # may hold ZWNJs
    for g, text in _attach_marks(glyphs):
        if previous is not None and not g.is_space and not previous.is_space:
            gap = g.x0 - previous.x1
            if infer_spaces and gap > WORD_GAP * max(g.size, previous.size):
                units.append(" ")
            elif (
                cell_gap is not None
                and gap >= cell_gap
                and g.index < previous.index
                and not _drawn_between(previous.x1, g.x0, glyphs, dropped)
            ):
                units.append(" ")
                cells += 1
            elif persian and _zwnj_between(previous, g):
                text += ZWNJ
        units.append(" " if g.is_space else text)
        previous = g
    return units, cells


def _zwnj_between(left: Glyph, right: Glyph) -> bool:
    """Whether two Arabic letters drawn side by side in one word (``right`` read first) were
    written with a zero-width non-joiner between them: ``right`` joins the letter after it
    (its last letter is not one of ``ا د ذ ر ز ژ و``), yet one of them is drawn in a form that
    does not join the other (``سازمان‌های``: a final noon beside an initial heh). Chromium's
    print keeps no ZWNJ in the text layer, but the forms it drew say where each one was."""
    if not (is_arabic_letter(right.text[-1]) and is_arabic_letter(left.text[0])):
        return False
    if right.text[-1] in NON_JOINING or right.joins_next or left.joins_prev:
        return False
    if right.text[-1] == "ل" and left.text[0] in LAM_ALEF_ALEFS:
        return False  # a lam-alef ligature drawn as two glyphs, its alef coded as itself
    return right.joins_next is False or left.joins_prev is False


def _drawn_between(
    left: float, right: float, glyphs: list[Glyph], dropped: list[Glyph] | None
) -> bool:
    """Whether a glyph was drawn inside ``(left, right)``: a glyph other than a space, or one
    dropped (a kashida stretching a word, whatever code it came with, a space too); then the
    gap is inside a run, not between cells."""
    lo, hi = left + LIGATURE_TOLERANCE, right - LIGATURE_TOLERANCE
    drawn = [g for g in glyphs if not g.is_space] + list(dropped or [])
    return any(g.x0 < hi and g.x1 > lo for g in drawn)


def line_text(
    glyphs: list[Glyph],
    rtl: bool,
    mirrored: bool,
    infer_spaces: bool = False,
    after_ltr: bool = False,
) -> str:
    """The line's text in logical order, spaces collapsed, kashidas dropped."""
    return units_text(line_units(glyphs, infer_spaces), rtl, mirrored, after_ltr)


#: the punctuation of a list label after its number: "1." | "2-" | "3)"
_LABEL_PUNCT = frozenset(".-)")


def _rtl_label(units: list[str], rtl: bool, after_ltr: bool) -> int:
    """Length of a list label (``1.``, ``12-``, ``3)``) that opens a Latin line of a
    right-to-left paragraph, drawn at the line's right end apart from the Latin run
    (``… index 2012. .1``, Chromium's print of ``1. Transparency International. …`` in an
    Arabic list), else 0. By the bidi algorithm the number has no Latin letter before it
    (W7), so it is an island at the paragraph's start; not so when the line before ended in
    a Latin run (``after_ltr``), where a number opening the line continues it."""
    if not rtl or after_ltr:
        return 0
    k = len(units)
    while k and units[k - 1].isdigit() and len(units) - k < 3:
        k -= 1
    digits = len(units) - k
    if not digits or k < 3 or units[k - 1] not in _LABEL_PUNCT or not units[k - 2].isspace():
        return 0
    rest = "".join(units[: k - 2]).rstrip()
    latin = rest[:1].isascii() and rest[:1].isalpha()
    return digits + 1 if latin and not any(bidi_class(u) in ("R", "AL") for u in units) else 0


def _digits_and_latin(text: str) -> bool:
    """A line holding digits and Latin letters, whose digits may be read two ways."""
    return any(c.isdigit() for c in text) and any(c.isascii() and c.isalpha() for c in text)


def _reading_score(text: str) -> int:
    """How well a reading of a line hangs together: brackets that nest (+1 each closer that
    closes, -1 each that closes nothing) less the stops read before a number after a space
    (``(3) .61``, ``New .2 York``: a number and its stop read backwards)."""
    reversed_stops = sum(
        1 for a, b, c in zip(text, text[1:], text[2:], strict=False)
        if a == " " and b == "." and c.isdigit()
    )  # fmt: skip
    return bracket_order_score(text) - reversed_stops


def units_text(
    units: list[str],
    rtl: bool,
    mirrored: bool,
    after_ltr: bool = False,
    lead_apart: bool = False,
) -> str:
    """:func:`line_text` from the line's glyph texts in visual order."""
    label = _rtl_label(units, rtl, after_ltr)
    if label:  # visual ".1" -> "1." before the run
        head = [*units[-label + 1 :], units[-label]]
        rest = units_text(units[:-label], rtl, mirrored, after_ltr)
        return "".join(head) + " " + rest
    kw = {"rtl": rtl, "mirrored": mirrored, "after_ltr": after_ltr, "lead_apart": lead_apart}
    logical = "".join(visual_to_logical(units, **kw))
    if rtl and _digits_and_latin("".join(units)):
        # numbers beside Latin letters: in the Latin run, or numbers after an Arabic word
        # (W2)? each reading is scored and the best kept, the usual one on a tie
        best = _reading_score(logical)
        # (after a Latin run ending the line before, numbers opening this one go on with it)
        for flag in ("digits_apart",) if after_ltr else ("digits_apart", "en_apart"):
            other = "".join(visual_to_logical(units, **{flag: True}, **kw))
            if _reading_score(other) > best:
                logical, best = other, _reading_score(other)
    text = KASHIDA.sub("", SPACES.sub(" ", logical))
    text = MARK_AFTER_BRACKET.sub(r"\2\1", TANWEEN_IN_WORD.sub("", text))
    return DOUBLED_MARK.sub(r"\1\2", text).strip()


def layout_page(number: int, chars: list[dict], width: float, height: float) -> PageLayout:
    """Lines of one page in reading order (text not yet filled: see :func:`fill_text`)."""
    glyphs = glyphs_from_chars(chars)
    mark_joining(glyphs)
    raw = cluster_lines(glyphs)
    rtl = line_is_rtl([g.text for g in glyphs])
    lines = split_columns(raw, find_gutter(raw, width), rtl)
    for pl in lines:
        pl.rtl = line_is_rtl([g.text for g in pl.glyphs]) or (rtl and not _has_letters(pl))
    return PageLayout(number, width, height, lines, word_space=word_space(lines))


def word_space(lines: list[PageLine]) -> float | None:
    """The page's usual word space: the median distance between the glyphs either side of a
    run of drawn spaces, over its lines (justified lines stretch some); None when it draws
    no spaces between glyphs."""
    distances = []
    for pl in lines:
        row = sorted((g for g in pl.glyphs if not g.is_mark), key=lambda g: (g.x0, g.index))
        before: Glyph | None = None  # the last glyph that is not a space
        spaced = False
        for g in row:
            if g.is_space:
                spaced = True
                continue
            if spaced and before is not None:
                distances.append(g.x0 - before.x1)
            before, spaced = g, False
    return statistics.median(distances) if distances else None


def _has_letters(pl: PageLine) -> bool:
    return any(ch.isalpha() for g in pl.glyphs for ch in g.text)


def draws_spaces(pages: list[PageLayout]) -> bool:
    """Whether the PDF writes word spaces as characters (then gaps need not be read)."""
    glyphs = [g for p in pages for pl in p.lines for g in pl.glyphs if not g.is_mark]
    spaces = sum(g.is_space for g in glyphs)
    return bool(glyphs) and spaces / len(glyphs) > SPACE_SHARE


def fill_text(pages: list[PageLayout], mirrored: bool, infer_spaces: bool) -> None:
    """Set every line's logical-order text (in reading order, so a line knows whether the
    one before it ended inside a Latin run)."""
    previous = ""
    for page in pages:
        cell_gap = None
        if not infer_spaces and page.stream_order and page.word_space:
            cell_gap = CELL_GAP * page.word_space
        for pl in page.lines:
            pl.cell_gap = cell_gap
            # the bidi algorithm runs per paragraph: a Latin run ending the paragraph before
            # does not go on in this one (once paragraphs are marked)
            after_ltr = ends_in_ltr_run(previous) and not pl.para_start
            pl.text = pl.logical_text(infer_spaces, mirrored, after_ltr)
            if after_ltr and pl.rtl:
                # a producer may draw the number opening the line as an island ("31). Kaldor
                # (2012)" under "(Kaldor, 2012, p."): the reading whose brackets close the
                # line before better wins, the usual one on a tie
                apart = pl.logical_text(infer_spaces, mirrored, after_ltr, lead_apart=True)
                if bracket_order_score(f"{previous} {apart}") > bracket_order_score(
                    f"{previous} {pl.text}"
                ):
                    pl.text = apart
            if pl.rtl:
                pl.text = _bullet_first(pl.text)
            previous = pl.text


#: a Latin line ending with a list bullet after a space: "Eva Dekker, "Stigma …" in Rural -"
#: the bullets a list may open its entries with (pdf_structure reads them too)
BULLETS = "-•▪·"
_BULLET_LAST_RE = re.compile(
    rf"(?P<text>[A-Za-z][^{ARABIC_BLOCK}]*?\S)\s+(?P<bullet>[{re.escape(BULLETS)}])"
)


def _bullet_first(text: str) -> str:
    """A right-to-left line of Latin text that the bidi reading ended with its bullet (kept
    with the Latin run as a word's hyphen would be): the bullet opens the entry
    (``- Eva Dekker, "Stigma …`` in an Arabic paper's list, see
    :func:`.pdf_structure._bullet_drawn_last`)."""
    m = _BULLET_LAST_RE.fullmatch(text)
    return f"{m['bullet']} {m['text']}" if m else text
