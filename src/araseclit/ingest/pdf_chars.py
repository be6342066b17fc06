"""The glyphs of a PDF's pages: the character sources :mod:`.pdf_layout` reads.

:func:`.pdf_layout.layout_page` needs, for every drawn glyph, its text, its horizontal extent
(``x0``, ``x1``: origin and advance), its ``bottom`` (from the page top), its font ``size``
and ``fontname``, whether it is ``upright``, in content-stream order (marks attach to their
stream neighbours; parts of a ligature keep stream order). Three sources give that:

* ``"pdfminer"`` (the default): pdfminer's content-stream interpreter with a device that
  keeps only those fields, the same numbers pdfplumber computes (pdfplumber builds a layout
  object per glyph and a dict of 20-odd resolved attributes from it, which is about a third
  of its reading time);
* ``"pdfplumber"``: ``page.chars``, the reference the other sources are measured against.
* ``"pdfium"``: PDFium (C), several times faster at giving glyphs, from its text page, with
  what the text page does to a line undone as far as it can be (:func:`pdfium_pages`);
  not the default: 0.83% CER on the bench PDFs against 0.05% (XeLaTeX PDFs: 6.3% against 2.5%).
"""

from __future__ import annotations

import bisect
import ctypes
import io
import math
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from pdfminer.pdfdevice import PDFTextDevice
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdffont import PDFFont, PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.utils import Matrix, apply_matrix_rect

CharSource = Literal["pdfminer", "pdfplumber", "pdfium"]
#: the source :func:`read_pages` uses unless told otherwise
DEFAULT_CHAR_SOURCE: CharSource = "pdfminer"


@dataclass
class PageChars:
    """One page's glyphs (dicts with the fields above), size and whether it has images."""

    number: int
    width: float
    height: float
    chars: list[dict[str, object]] = field(default_factory=list)
    has_images: bool = False


class _GlyphDevice(PDFTextDevice):
    """A pdfminer device that records each drawn glyph's fields and whether images are drawn
    (pdfminer's layout analyser builds an ``LTChar`` with a graphic state per glyph)."""

    def __init__(self, rsrcmgr: PDFResourceManager) -> None:
        super().__init__(rsrcmgr)
        self.chars: list[dict[str, object]] = []
        self.has_images = False

    def render_image(self, name: str, stream: object) -> None:  # type: ignore[override]
        self.has_images = True

    def render_char(  # type: ignore[override]
        self,
        matrix: Matrix,
        font: PDFFont,
        fontsize: float,
        scaling: float,
        rise: float,
        cid: int,
        ncs: object,
        graphicstate: object,
    ) -> float:
        try:
            text = font.to_unichr(cid)
        except PDFUnicodeNotDefined:
            text = f"(cid:{cid})"
        adv = font.char_width(cid) * fontsize * scaling
        if font.is_vertical():  # not text :mod:`.pdf_layout` reads; kept out of its lines
            self.chars.append({"text": text, "upright": False})
            return adv
        # as pdfminer's LTChar: the box from the font's descent to one font size above it
        descent = font.get_descent() * fontsize
        (a, b, c, d, _e, _f) = matrix
        x0, y0, x1, y1 = apply_matrix_rect(
            matrix, (0, descent + rise, adv, descent + rise + fontsize)
        )
        self.chars.append(
            {
                "text": text,
                "x0": min(x0, x1),
                "x1": max(x0, x1),
                "y0": min(y0, y1),
                "size": abs(y1 - y0),
                "fontname": font.fontname,
                "upright": a * d * scaling > 0 and b * c <= 0,
            }
        )
        return adv


def _page_box(page: PDFPage) -> tuple[float, float, float, float]:
    """The page's media box as pdfplumber normalises it (rotated pages swap the axes)."""
    x0, y0, x1, y1 = page.mediabox
    x0, x1 = sorted((x0, x1))
    y0, y1 = sorted((y0, y1))
    if page.rotate % 360 in (90, 270):
        return y0, x0, y1, x1
    return x0, y0, x1, y1


def pdfminer_pages(data: bytes) -> list[PageChars]:
    """Every page's glyphs from pdfminer, with the coordinates pdfplumber gives them."""
    document = PDFDocument(PDFParser(io.BytesIO(data)))
    rsrcmgr = PDFResourceManager(caching=True)
    pages = []
    for number, page in enumerate(PDFPage.create_pages(document), start=1):
        device = _GlyphDevice(rsrcmgr)
        PDFPageInterpreter(rsrcmgr, device).process_page(page)
        bx0, by0, bx1, by1 = _page_box(page)
        width, height = bx1 - bx0, by1 - by0
        chars = device.chars
        for ch in chars:
            if "y0" in ch:
                ch["bottom"] = height - float(ch.pop("y0")) - by0  # type: ignore[arg-type]
                if bx0:
                    ch["x0"] = float(ch["x0"]) + bx0  # type: ignore[arg-type]
                    ch["x1"] = float(ch["x1"]) + bx0  # type: ignore[arg-type]
        pages.append(PageChars(number, width, height, chars, device.has_images))
    return pages


def pdfplumber_pages(data: bytes) -> list[PageChars]:
    """Every page's ``chars`` from pdfplumber."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [
            PageChars(i, float(p.width), float(p.height), p.chars, bool(p.images))
            for i, p in enumerate(pdf.pages, start=1)
        ]


READERS: dict[str, Callable[[bytes], list[PageChars]]] = {
    "pdfminer": pdfminer_pages,
    "pdfplumber": pdfplumber_pages,
}


def check_source(source: str) -> None:
    """ValueError unless ``source`` names a character source."""
    if source not in READERS:
        raise ValueError(f"unknown char_source {source!r}: one of {', '.join(READERS)}")


def read_pages(data: bytes, source: CharSource = DEFAULT_CHAR_SOURCE) -> list[PageChars]:
    """The glyphs of every page of the PDF ``data`` from ``source``."""
    check_source(source)
    return READERS[source](data)


# --- PDFium ------------------------------------------------------------------------------

#: characters at one origin closer than this (points) are parts of one glyph
SAME_ORIGIN = 0.01
_FONT_NAME_BYTES = 256
#: a space PDFium infers inside a text object stands for a word space if the gap it is in is
#: this share of the font size wide (the spaces LibreOffice draws span 0.2 em or more)
SPACE_GAP = 0.15
#: the multi-letter texts PDFium writes for a presentation-form ligature (``ﻻ`` -> ``لا``),
#: in logical order whatever the run's direction
_LIGATURE_TEXTS = frozenset(
    nfkc
    for code in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00))
    if len(nfkc := unicodedata.normalize("NFKC", chr(code)).strip()) > 1
)


@dataclass
class _PdfiumChar:
    text: str
    x0: float  # origin
    right: float  # right edge of the loose box (the advance, or the ink past it)
    ink_right: float  # right edge of the glyph's ink
    y: float  # baseline, from the page bottom
    obj: int  # the text object's place among the page's objects
    i: int  # index in the text page
    size: float
    font: str
    descent: float
    upright: bool
    generated: bool
    reversed: bool = False
    boxless: bool = False  # a space PDFium gives no text object or box


def pdfium_pages(data: bytes) -> list[PageChars]:
    """Every page's glyphs from PDFium's text page, in content-stream order.

    The text page is built for reading, not for layout: it puts right-to-left runs of a
    line in reverse order, gives a multi-letter glyph (``لا``) reversed in such a run, adds
    line breaks and spaces of its own (some where a drawn space is, some inside words) and
    skips glyphs it takes for repeats. Stream order is rebuilt as (text object, origin along
    the line); a run is reversed where, walking the text page, the glyphs go right to left.

    Not undone: PDFium also mirrors the brackets of what it takes for right-to-left runs,
    and its runs are not the ones the glyphs' order shows at run edges, where brackets stand
    (un-mirroring by the order seen made bench CER worse, 1.00% -> 1.12%). The bracket
    orientation :mod:`.pdf` decides per document then fits fewer brackets. On
    ``benchmarks/bench_pdf.py`` this source reads at 0.83% CER against pdfminer's 0.05%.
    """
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    pdf = pdfium.PdfDocument(data)
    try:
        pages = []
        for number in range(1, len(pdf) + 1):
            page = pdf[number - 1]
            try:
                objects, images = _page_objects(pdfium_c, page.raw)
                width, height = page.get_size()
                textpage = page.get_textpage()
                try:
                    raw = _pdfium_chars(pdfium_c, textpage.raw, objects)
                finally:
                    textpage.close()
            finally:
                page.close()
            pages.append(PageChars(number, width, height, _to_dicts(raw, height), images))
        return pages
    finally:
        pdf.close()


def _address(pointer: Any) -> int | None:
    return ctypes.addressof(pointer.contents) if pointer else None


def _page_objects(c: Any, page: Any) -> tuple[dict[int | None, int], bool]:
    """The page's text objects (address -> place in drawing order, form objects' own
    included) and whether it draws an image."""
    places: dict[int | None, int] = {}
    images = False
    stack = [(c.FPDFPage_CountObjects(page), lambda k: c.FPDFPage_GetObject(page, k), 0)]
    while stack:
        count, get, k = stack.pop()
        while k < count:
            obj = get(k)
            k += 1
            kind = c.FPDFPageObj_GetType(obj)
            if kind == c.FPDF_PAGEOBJ_TEXT:
                places[_address(obj)] = len(places)
            elif kind == c.FPDF_PAGEOBJ_IMAGE:
                images = True
            elif kind == c.FPDF_PAGEOBJ_FORM:
                stack.append((count, get, k))
                form = obj
                count, k = c.FPDFFormObj_CountObjects(form), 0
                get = lambda j, form=form: c.FPDFFormObj_GetObject(form, j)  # noqa: E731
    return places, images


def _pdfium_chars(c: Any, tp: Any, objects: dict[int | None, int]) -> list[_PdfiumChar]:
    """The text page's characters with what :mod:`.pdf_layout` needs, in text-page order."""
    box = c.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    matrix = c.FS_MATRIX()
    name = ctypes.create_string_buffer(_FONT_NAME_BYTES)
    flags = ctypes.c_int()
    descent = ctypes.c_float()
    # per text object: size, upright, font name, descent (one font and matrix per object)
    styles: dict[int | None, tuple[float, bool, str, float]] = {None: (0.0, True, "", 0.0)}
    out = []
    for i in range(c.FPDFText_CountChars(tp)):
        code = c.FPDFText_GetUnicode(tp, i)
        obj_ptr = c.FPDFText_GetTextObject(tp, i)
        obj = _address(obj_ptr)
        generated = code in (0x0D, 0x0A) or c.FPDFText_IsGenerated(tp, i) == 1
        style = styles.get(obj)
        if style is None and generated:  # an added space has its own matrix: not the object's
            style = styles[None]
        elif style is None:
            c.FPDFText_GetMatrix(tp, i, matrix)
            # the text object's size; the page's own scale (Chromium: 0.75) is in the matrix
            size = c.FPDFText_GetFontSize(tp, i) * math.sqrt(
                abs(matrix.a * matrix.d - matrix.b * matrix.c)
            )
            n = c.FPDFText_GetFontInfo(tp, i, name, _FONT_NAME_BYTES, flags)
            handle = c.FPDFTextObj_GetFont(obj_ptr)
            if not (handle and c.FPDFFont_GetDescent(handle, ctypes.c_float(size), descent)):
                descent.value = 0.0
            style = styles[obj] = (
                size,
                matrix.a * matrix.d > 0 and matrix.b * matrix.c <= 0,
                name.raw[: max(n - 1, 0)].decode("utf-8", "replace"),
                descent.value,
            )
        c.FPDFText_GetLooseCharBox(tp, i, box)
        c.FPDFText_GetCharBox(tp, i, left, right, bottom, top)
        c.FPDFText_GetCharOrigin(tp, i, ox, oy)
        out.append(
            _PdfiumChar(
                text=chr(code) if code else "",
                x0=ox.value,
                right=box.right,
                ink_right=right.value,
                y=oy.value,
                obj=objects.get(obj, -1),
                i=i,
                size=style[0],
                font=style[2],
                descent=style[3],
                upright=style[1],
                generated=generated,
            )
        )
    return out


def _lines(chars: list[_PdfiumChar]) -> list[list[_PdfiumChar]]:
    """The text page's lines (it ends each with a line break of its own), drawn glyphs only.

    A space PDFium puts where a space glyph was skipped (Chromium draws each glyph as a text
    object of its own and spaces as empty ones, which PDFium passes over) or where a gap
    stands for one (LibreOffice's Latin words) takes its font and size from the glyph before
    it."""
    lines: list[list[_PdfiumChar]] = [[]]
    for ch in chars:
        if ch.text in ("\r", "\n") or not ch.text:
            if ch.generated and lines[-1]:
                lines.append([])
            continue
        if ch.text == " " and (ch.generated or ch.obj < 0):
            if not lines[-1]:
                continue
            prev = lines[-1][-1]
            ch.obj = prev.obj if ch.obj < 0 else ch.obj
            ch.size, ch.font, ch.descent = prev.size, prev.font, prev.descent
            ch.upright, ch.boxless = prev.upright, True
        elif ch.generated:
            continue
        lines[-1].append(ch)
    return [ln for ln in lines if ln]


def _mark_reversed(line: list[_PdfiumChar]) -> None:
    """Mark the characters of a line that the text page gave in a reversed run: their
    neighbours in the text page are their neighbours in the stream taken backwards. Glyphs
    drawn at one origin (Chromium's lam-alef: alef, then lam over it) count as one place."""
    places = [(ch.obj, round(ch.x0, 2)) for ch in line]
    rank = {p: k for k, p in enumerate(sorted(set(places)))}
    ranks = [rank[p] for p in places]
    n = len(line)
    before = [-1] * n  # the nearest character before in the text page at another place
    for k in range(1, n):
        before[k] = k - 1 if places[k - 1] != places[k] else before[k - 1]
    after = [n] * n
    for k in range(n - 2, -1, -1):
        after[k] = k + 1 if places[k + 1] != places[k] else after[k + 1]
    for k, ch in enumerate(line):
        ch.reversed = (before[k] >= 0 and ranks[before[k]] == ranks[k] + 1) or (
            after[k] < n and ranks[after[k]] == ranks[k] - 1
        )


def _undo_text_page(line: list[_PdfiumChar]) -> list[_PdfiumChar]:
    """The line's glyphs with multi-letter glyphs of reversed runs put back in order."""
    out: list[_PdfiumChar] = []
    for ch in line:
        prev = out[-1] if out else None
        if (
            prev is not None
            and abs(prev.x0 - ch.x0) < SAME_ORIGIN
            and abs(prev.right - ch.right) < SAME_ORIGIN
            and abs(prev.ink_right - ch.ink_right) < SAME_ORIGIN
            and prev.obj == ch.obj
            and not prev.boxless
            and not ch.boxless
            and not ch.text.isspace()
        ):
            prev.text += ch.text  # parts of one glyph (one box), in text-page order
            continue
        out.append(ch)
    _mark_reversed(out)
    out = _fill_space_boxes(out)
    for ch in out:
        if len(ch.text) == 1:
            continue
        if ch.reversed and ch.text not in _LIGATURE_TEXTS and all(map(_is_base, ch.text)):
            ch.text = ch.text[::-1]
        # PDFium splits some letters into letter and mark (alef + hamza above for alef with
        # hamza); the glyph's text comes back composed, as its font's map gives it
        ch.text = unicodedata.normalize("NFC", ch.text)
    return out


def _fill_space_boxes(line: list[_PdfiumChar]) -> list[_PdfiumChar]:
    """A boxless space spans the gap it stands in, from the letter on its left to the one on
    its right (as a drawn space does; left as it was, it overlaps a letter and reads as a
    kashida). One PDFium puts between two glyphs of one text object is dropped unless that
    gap is :data:`SPACE_GAP` wide: LibreOffice moves back and forth inside a word to place a
    mark, which PDFium reads as spaces."""
    drawn = sorted((ch for ch in line if not ch.boxless), key=lambda ch: ch.x0)
    kept = []
    for k, ch in enumerate(line):
        if ch.boxless:
            left = [g.right for g in drawn if g.x0 < ch.x0 and g.right - ch.x0 < ch.size]
            right = [g.x0 for g in drawn if g.x0 >= ch.x0 and g.x0 - ch.x0 < ch.size]
            ch.x0 = min(max(left), ch.x0) if left else ch.x0
            ch.right = ch.ink_right = min(right) if right else ch.x0 + 0.25 * ch.size
            ch.right = max(ch.right, ch.x0)
            if ch.right - ch.x0 < SAME_ORIGIN:
                _after_owner(ch, drawn)
            inside = 0 < k < len(line) - 1 and line[k - 1].obj == line[k + 1].obj
            if inside and ch.right - ch.x0 < SPACE_GAP * ch.size:
                continue
        kept.append(ch)
    return kept


def _after_owner(space: _PdfiumChar, drawn: list[_PdfiumChar]) -> None:
    """Place a space PDFium gave the origin of the glyph before it (whose width it did not
    find) in the gap after that glyph: Chromium's ``s) ة`` gives the space at ``)``."""
    owners = [g for g in drawn if abs(g.x0 - space.x0) < SAME_ORIGIN and _is_base(g.text[0])]
    if not owners:
        return
    later = [g.x0 for g in drawn if g.x0 > space.x0 + SAME_ORIGIN]
    start = min([max(g.right for g in owners), *later])
    after = [x for x in later if x >= start and x - start < space.size]
    space.x0, space.right = start, min(after, default=start + 0.25 * space.size)
    space.ink_right = space.right


def _is_base(text: str) -> bool:
    """A character that may be part of a multi-letter glyph: not a space or a mark."""
    return not text.isspace() and unicodedata.category(text) not in ("Mn", "Me")


def _to_dicts(chars: list[_PdfiumChar], height: float) -> list[dict[str, object]]:
    """Glyph dicts as pdfplumber gives them, in stream order. ``x1`` is the loose box's right
    edge, which is the advance unless the ink reaches past it (Arabic letters often do):
    then the origin of the next letter to the right, if that comes first."""
    lines = [_undo_text_page(line) for line in _lines(chars)]
    ends: dict[int, float] = {}
    for line in lines:
        starts = sorted(g.x0 for g in line if _is_base(g.text[0]))
        for g in line:
            end = g.right
            if g.right <= g.ink_right + SAME_ORIGIN and _is_base(g.text[0]):
                k = bisect.bisect_right(starts, g.x0 + SAME_ORIGIN)
                if k < len(starts) and starts[k] < end:
                    end = starts[k]
            ends[id(g)] = end
    glyphs = [g for line in lines for g in line]
    # glyphs at one origin (Chromium's lam-alef) keep stream order: reversed runs' backwards
    glyphs.sort(key=lambda g: (g.obj, round(g.y, 1), round(g.x0, 2), -g.i if g.reversed else g.i))
    return [
        {
            "text": g.text,
            "x0": g.x0,
            "x1": ends[id(g)],
            "bottom": height - g.y - g.descent,
            "size": g.size,
            "fontname": g.font,
            "upright": g.upright,
        }
        for g in glyphs
    ]


READERS["pdfium"] = pdfium_pages
