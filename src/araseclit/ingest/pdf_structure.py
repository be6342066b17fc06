"""What each line of a laid-out page is: running header, footer, page number, footnote,
heading or body, and where paragraphs start.

Running headers and footers are found by position (top or bottom band of the page) and by
repetition across pages (digits ignored, so page numbers inside them do not matter); a lone
number in those bands is a page number. Footnotes are smaller-font lines below the body.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter

from araseclit.repair.bidi import is_arabic_letter, line_is_rtl

from .pdf_layout import BULLETS, PageLayout, PageLine
from .pdf_patterns import DIGITS, PAGE_NUMBER

#: share of the page height at the top and bottom where running headers and footers live
BAND = 0.14
#: a line this much smaller than the body font is a footnote (when below the body)
SMALL = 0.9
#: a baseline gap this many times the usual line pitch separates paragraphs
PARA_GAP = 1.2
#: footnotes sit at least this many line pitches below the body text
FOOTNOTE_GAP = 2.0
#: a line this much larger than the body font is a heading
LARGE = 1.15


def body_font_size(pages: list[PageLayout]) -> float:
    """The font size most glyphs are set in."""
    sizes = Counter(round(g.size, 1) for p in pages for pl in p.lines for g in pl.bases)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _band_lines(page: PageLayout) -> tuple[list[PageLine], list[PageLine]]:
    """Up to two lines in the top band and two in the bottom band of a page."""
    by_y = sorted(page.lines, key=lambda pl: pl.y)
    top = [pl for pl in by_y[:2] if pl.y <= BAND * page.height]
    bottom = [pl for pl in by_y[-2:] if pl.y >= (1 - BAND) * page.height and pl not in top]
    return top, bottom


def _key(text: str) -> str:
    return DIGITS.sub("#", text).strip()


def mark_running_lines(pages: list[PageLayout], body_size: float) -> None:
    """Mark page numbers, running headers and footers.

    A band line repeated (digits aside) on at least two pages is a header (top band) or a
    footer (bottom band). On a one-page document a band line set smaller than the body
    counts as well, except at the bottom where small text is more likely a footnote.
    """
    repeated = Counter()
    for page in pages:
        top, bottom = _band_lines(page)
        repeated.update({_key(pl.text) for pl in top + bottom if pl.text})
    for page in pages:
        top, bottom = _band_lines(page)
        for kind, band in (("header", top), ("footer", bottom)):
            for pl in band:
                if PAGE_NUMBER.match(pl.text):
                    pl.kind = "page_number"
                elif repeated[_key(pl.text)] >= 2:
                    pl.kind = kind
                elif len(pages) == 1 and kind == "header" and pl.size < SMALL * body_size:
                    pl.kind = kind


def mark_footnotes(page: PageLayout, body_size: float, pitch: float) -> None:
    """The block of small-font lines ending the page's text is footnotes when it sits in the
    lower half of the page, set off by a wider gap from the line above it (a reference list
    in small type follows the text at the usual spacing, and is not)."""
    lines = sorted((pl for pl in page.lines if pl.kind == "body"), key=lambda pl: pl.y)
    k = len(lines)
    while k > 0 and lines[k - 1].size < SMALL * body_size:
        k -= 1
    if k == 0 or k == len(lines):
        return
    block = lines[k:]
    if block[0].y > page.height / 2 and block[0].y - lines[k - 1].y > FOOTNOTE_GAP * pitch:
        for pl in block:
            pl.kind = "footnote"


def mark_headings(page: PageLayout, body_size: float) -> None:
    """Larger or bold short lines are headings."""
    for pl in page.lines:
        if pl.kind != "body" or not pl.text:
            continue
        if pl.size >= LARGE * body_size or (pl.bold and len(pl.text) < 120):
            pl.kind = "heading"


def column_edges(page: PageLayout) -> dict[int, tuple[float, float]]:
    """Left and right text edges of each column (0 = full width) from its body lines."""
    edges: dict[int, tuple[float, float]] = {}
    for col in {pl.column for pl in page.lines}:
        lines = [pl for pl in page.lines if pl.column == col and pl.kind in ("body", "heading")]
        lines = lines or [pl for pl in page.lines if pl.column == col]
        x0s = sorted(pl.x0 for pl in lines)
        x1s = sorted(pl.x1 for pl in lines)
        edges[col] = (x0s[len(x0s) // 10], x1s[-1 - len(x1s) // 10])
    return edges


def resolve_directions(page: PageLayout, doc_rtl: bool) -> None:
    """Base direction of each line: that of its paragraph, which for a line without Arabic
    letters is told by alignment (a left-to-right paragraph is flush left, ragged right)."""
    edges = column_edges(page)
    for pl in page.lines:
        if any(is_arabic_letter(ch) for g in pl.glyphs for ch in g.text):
            pl.rtl = doc_rtl or line_is_rtl([g.text for g in pl.glyphs])
            continue
        left, right = edges[pl.column]
        tol = 1.5 * max(pl.size, 1.0)
        flush_left = pl.x0 - left < tol
        flush_right = right - pl.x1 < tol
        # alignment first: the glyph checks sort the line, and only a flush-left one needs them
        pl.rtl = doc_rtl and (
            not (flush_left and not flush_right)
            or _stop_drawn_first(pl)
            or (flush_right and _bullet_drawn_last(pl))
        )


def _stop_drawn_first(pl: PageLine) -> bool:
    """Whether the line's leftmost glyph is a stop glued to a letter (``.in the Yuan dynasty.
    … Harvard University Press``): a right-to-left paragraph's closing stop, which the bidi
    algorithm gives the paragraph's direction and so draws at the left end of its last line.
    No left-to-right line opens so; its alignment cannot tell, when an entry's hanging
    indent keeps a right-to-left paragraph's lines off the right edge and the last one runs
    nearly to the left."""
    row = sorted(pl.bases, key=lambda g: (g.x0, g.index))
    if len(row) < 2 or row[0].text not in _STOPS or not row[1].text[:1].isalpha():
        return False
    return row[1].x0 - row[0].x1 < 0.15 * max(pl.size, 1.0)  # no space between them


#: the stops a right-to-left paragraph's end may draw at the left of its last Latin line
_STOPS = frozenset(".,;:")


def _bullet_drawn_last(pl: PageLine) -> bool:
    """Whether the line's rightmost glyph is a list bullet a space parts from a Latin letter
    (``Eva Dekker, "Stigma and Return: … in Rural -``): the bullet opening a right-to-left
    paragraph's Latin entry, drawn at the right end of its first line. No left-to-right line
    ends with a hyphen after a space (a dash there is an en or em dash)."""
    row = sorted(pl.bases, key=lambda g: (g.x1, g.index))
    if len(row) < 2 or row[-1].text not in _BULLETS:
        return False
    before = row[-2]
    return (
        before.text[:1].isascii()
        and before.text[:1].isalpha()
        and (
            row[-1].x0 - before.x1 > 0.15 * max(pl.size, 1.0)  # a space between them
        )
    )


#: the bullets a list may open its entries with, as a set (a glyph's text, not a substring)
_BULLETS = frozenset(BULLETS)


def mark_paragraphs(pages: list[PageLayout], doc_rtl: bool) -> None:
    """Set ``para_start``: after a short line, a wider vertical gap, an indented first line,
    a heading, or a change of column; a paragraph may continue on the next page. A list set
    with a hanging indent (its entries' wrapped lines indented) starts a paragraph where a
    line comes back to the edge, and, in justified text, after a line that stops short of
    the end edge."""
    previous: PageLine | None = None
    pitch = line_pitch(pages)
    justified = _justified(pages, doc_rtl)
    flow = [
        (page, edges, pl)
        for page in pages
        for edges in [column_edges(page)]
        for pl in page.lines
        if pl.kind in ("body", "footnote", "heading")
    ]
    # the lines that wrap under a hanging indent: indented, under a line stretched to the end
    # edge (a paragraph's first line indented comes under a last line, which is not)
    wraps = [
        k
        for k in range(1, len(flow))
        if flow[k][2].column == flow[k - 1][2].column
        and flow[k][0] is flow[k - 1][0]
        and _start_gap(flow[k][2], flow[k][1], doc_rtl) > 1.2 * max(flow[k][2].size, 1.0)
        and _end_gap(flow[k - 1][2], flow[k - 1][1], doc_rtl)
        <= STRETCHED * max(flow[k - 1][2].size, 1.0)
    ]
    for k, (page, edges, pl) in enumerate(flow):
        # among entries set with a hanging indent in justified text, a line that stops short
        # of the end edge is an entry's last, however little: a line that wraps is stretched
        # to the edge ("… والنشر." then "ماكدويل، ديفيد (٢٠٠٤)، …" at the edge)
        hanging = justified and any(abs(w - k) <= HANGING_WINDOW for w in wraps)
        pl.para_start = _starts_paragraph(
            pl, previous, edges, pitch, doc_rtl, page, hanging=hanging, justified=justified
        )
        previous = pl


def _start_gap(pl: PageLine, edges: dict[int, tuple[float, float]], rtl: bool) -> float:
    left, right = edges[pl.column]
    return (right - pl.x1) if rtl else (pl.x0 - left)


#: lines before or after a wrapped line of a hanging indent that are read as in its list
HANGING_WINDOW = 8
#: how near the end edge a justified line that wraps ends, in font sizes (Chromium stretches
#: it to within 0.1 pt; a paragraph's last line ended 2.1 pt short of the edge at 13 pt)
STRETCHED = 0.1
#: the share of body lines at the end edge that makes a document's text justified
JUSTIFIED_SHARE = 0.4


def _end_gap(pl: PageLine, edges: dict[int, tuple[float, float]], rtl: bool) -> float:
    left, right = edges[pl.column]
    return (pl.x0 - left) if rtl else (right - pl.x1)


def _justified(pages: list[PageLayout], rtl: bool) -> bool:
    """Whether the text is set justified: at least :data:`JUSTIFIED_SHARE` of the body lines
    end at the end edge (within :data:`STRETCHED` of a font size); ragged text ends there by
    chance only."""
    near = total = 0
    for page in pages:
        edges = column_edges(page)
        for pl in page.lines:
            if pl.kind == "body" and pl.text.strip():
                total += 1
                near += _end_gap(pl, edges, rtl) <= STRETCHED * max(pl.size, 1.0)
    return total > 0 and near >= JUSTIFIED_SHARE * total


def line_pitch(pages: list[PageLayout]) -> float:
    gaps = []
    for page in pages:
        body = [pl for pl in page.lines if pl.kind == "body"]
        gaps += [
            b.y - a.y for a, b in itertools.pairwise(body) if 0 < b.y - a.y and a.column == b.column
        ]
    return statistics.median(gaps) if gaps else 0.0


def line_gap(above: PageLine, below: PageLine) -> float:
    """How far ``below`` lies under ``above``, measured on the glyphs of a font both lines
    use when there is one: fonts place their glyph boxes differently about the baseline
    (Chromium's Latin digits sit 5 pt lower than its letters), so a line of digits only,
    ``904.`` ending an entry, looked a paragraph's gap below a line of letters."""
    ys_above: dict[str, list[float]] = {}
    ys_below: dict[str, list[float]] = {}
    for line, ys in ((above, ys_above), (below, ys_below)):
        for g in line.bases:
            ys.setdefault(g.font, []).append(g.y)
    common = ys_above.keys() & ys_below.keys()
    if not common:
        return below.y - above.y
    font = max(common, key=lambda f: (len(ys_below[f]), f))
    return statistics.median(ys_below[font]) - statistics.median(ys_above[font])


def _starts_paragraph(
    pl: PageLine,
    previous: PageLine | None,
    edges: dict[int, tuple[float, float]],
    pitch: float,
    rtl: bool,
    page: PageLayout,
    *,
    hanging: bool = False,
    justified: bool = False,
) -> bool:
    if previous is None or previous.kind != pl.kind:
        return True
    if pl.kind == "heading":  # a heading broken over lines goes on at the same size
        return abs(pl.size - previous.size) > 0.5 or pl.y - previous.y > 2.3 * pl.size
    if pl.cell_breaks or previous.cell_breaks:
        return True  # a table row (cells drawn apart: pdf_layout.CELL_GAP) is a block of its own
    left, right = edges[pl.column]
    tol = 1.2 * max(pl.size, 1.0)
    same_flow = previous.column == pl.column and previous in page.lines
    if same_flow and pitch and line_gap(previous, pl) > PARA_GAP * pitch:
        return True
    start_edge_gap = _start_gap(pl, edges, rtl)
    prev_edges = (
        edges.get(previous.column, (left, right)) if previous in page.lines else (left, right)
    )
    prev_end_gap = (previous.x0 - prev_edges[0]) if rtl else (prev_edges[1] - previous.x1)
    prev_start_gap = (prev_edges[1] - previous.x1) if rtl else (previous.x0 - prev_edges[0])
    # the wrapped line of a hanging indent (a reference entry as APA, Chicago and the Arabic
    # journals set it): indented as the lines before it that wrapped
    hanging_before = not previous.para_start and prev_start_gap > tol
    if start_edge_gap > tol:
        stretched = justified and prev_end_gap <= STRETCHED * max(previous.size, 1.0)
        if _hanging_wrap(previous, prev_end_gap, prev_start_gap, start_edge_gap, tol, stretched):
            return False
        return True  # indented first line
    if hanging_before and previous.column == pl.column:
        return True  # back at the edge after the wrapped lines of a hanging indent
    # the previous line stopped short: its paragraph ended; but not a line broken after a
    # dash inside a word or URL (``…/iraq-civil-``) when the first piece of this line (up to
    # where a line may break: a space, or after a dash) would not have fitted in the room
    # left: a long URL wraps so. (After a stop, a long first word still starts a paragraph:
    # ``London: IISS.`` / ``Hiltermann, J. (2017)``.)
    # In justified text a line that wraps is stretched to the end edge: one that stops short
    # ends its paragraph, among entries set with a hanging indent (on the next page too: an
    # entry closed at the foot of a page), and at the foot of a page (a note that fills its
    # line there, then the next page's body: "… p. 64." / "وقد زادت احتجاجات …")
    unstretched = prev_end_gap > STRETCHED * max(previous.size, 1.0)
    if unstretched and (
        (hanging and previous.column == pl.column) or (justified and not same_flow)
    ):
        return True
    if prev_end_gap <= 2.5 * tol:
        return False
    broken = _BROKEN_AT_DASH.search(previous.text.rstrip()) is not None
    return not (broken and prev_end_gap <= _first_piece_width(pl))


def _hanging_wrap(
    previous: PageLine,
    prev_end_gap: float,
    prev_start_gap: float,
    gap: float,
    tol: float,
    stretched: bool,
) -> bool:
    """Whether a line indented by ``gap`` wraps the paragraph of ``previous`` under a hanging
    indent rather than starting one with its first line indented: the line before runs to the
    end edge (``stretched`` there, as justified text stretches every line but a paragraph's
    last; or near it with no sentence stop, as a paragraph's last line seldom ends), and is the
    paragraph's first line at the start edge or a wrapped line indented as much as this one."""
    if prev_end_gap > 2.5 * tol:
        return False
    if not stretched and _SENTENCE_END.search(previous.text.rstrip()):
        return False
    first_at_edge = previous.para_start and prev_start_gap <= tol
    wrapped_as_much = not previous.para_start and abs(prev_start_gap - gap) <= tol
    return first_at_edge or wrapped_as_much


#: a sentence's end at the end of a line
_SENTENCE_END = re.compile(r"[.؟?!]$")


#: a line that ends broken after a dash between a Latin letter or digit and the line end
_BROKEN_AT_DASH = re.compile(r"[A-Za-z0-9][-\u2010\u2013\u2014]$")


#: the first piece of a line a line break could not have cut: up to a space, or a dash
#: with a letter or digit after it (``society-`` of ``society-report-2021``)
_FIRST_PIECE = re.compile(r"\S*?[\w.:/][-\u2010\u2013\u2014](?=\w)|\S+")


def _first_piece_width(pl: PageLine) -> float:
    """About how wide the line's first piece (:data:`_FIRST_PIECE`) is drawn, with the space
    before it: its characters at the line's mean width a character."""
    text = pl.text.strip()
    m = _FIRST_PIECE.match(text)
    if m is None or not text:
        return 0.0
    per_char = (pl.x1 - pl.x0) / len(text)
    return per_char * (len(m.group()) + 1)
