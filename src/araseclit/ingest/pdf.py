"""Read an Arabic PDF into lines in logical reading order.

Extractors give Arabic PDFs back in drawing order: words reversed, numbers and Latin names
moved to the wrong end of the line, brackets mirrored, running headers mixed into the text.
:func:`read_pdf_lines` rebuilds the text from the glyphs and their positions instead:

1. glyphs (pdfminer or PDFium: :mod:`.pdf_chars`) -> lines by baseline, split at a column
   gutter (:mod:`.pdf_layout`);
2. each line back into logical order by undoing the bidi algorithm (:mod:`.bidi`);
3. running headers, footers, page numbers, footnotes, headings and paragraph starts
   (:mod:`.pdf_structure`).

The file is opened with pdfium first, which tells encrypted, corrupt and image-only files
apart cleanly and gives the metadata.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium

from araseclit.repair.bidi import bracket_order_score, line_is_rtl

from ..document import NOISE_KINDS, Line, LineKind
from ..errors import InputError
from ..repair.cites import fix_citation_brackets, rejoin_bracket_pages
from .pdf_chars import DEFAULT_CHAR_SOURCE, CharSource, check_source, read_pages
from .pdf_kashida import drop_kashida_glyphs
from .pdf_layout import (
    PageLayout,
    PageLine,
    draws_spaces,
    fill_text,
    layout_page,
)
from .pdf_patterns import FILE_NAME_TITLE
from .pdf_structure import (
    body_font_size,
    line_pitch,
    mark_footnotes,
    mark_headings,
    mark_paragraphs,
    mark_running_lines,
    resolve_directions,
)
from .pdf_zwnj import needs_zwnj, restore_zwnj

# pdfminer reports what it cannot parse in a damaged PDF through logging; with no handler
# configured, Python prints those warnings to stderr, around araseclit's one coded line.
# A NullHandler keeps them out of a user's terminal; an application that configures logging
# still receives them.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())

#: the most characters of a parser's message an error quotes (pdfminer may quote a whole
#: font dictionary)
DETAIL_CHARS = 160


def _short(detail: str) -> str:
    return detail if len(detail) <= DETAIL_CHARS else detail[: DETAIL_CHARS - 1] + "…"


@dataclass
class PdfResult:
    """Lines of a PDF in reading order, its page count and metadata.

    ``metadata`` keys: ``running_headers`` (texts of repeated headers and footers),
    ``page_labels`` (printed page number or PDF page label per page, None if unknown),
    ``fonts`` (embedded font names), ``producer``, ``title``, ``needs_ocr_pages`` (1-based
    pages with images but no text layer; blank pages are not listed), ``mirrored_brackets`` (the PDF gave mirrored bracket glyphs).
    """

    lines: list[Line]
    n_pages: int
    metadata: dict[str, object] = field(default_factory=dict)


def read_pdf_lines(path: str | Path, char_source: CharSource = DEFAULT_CHAR_SOURCE) -> PdfResult:
    """Read ``path`` into :class:`~araseclit.document.Line` objects in logical order.

    Every line carries its 1-based ``page`` and ``line`` (position on the page in reading
    order) and a ``kind``: ``body``, ``heading``, ``footnote``, ``header``, ``footer`` or
    ``page_number``. Raises :class:`~araseclit.errors.InputError` ``E010`` (encrypted),
    ``E011`` (corrupt or truncated) or ``E012`` (no text layer on any page).
    ``char_source`` picks where glyphs come from (:data:`.pdf_chars.READERS`).
    """
    path = Path(path)
    data = path.read_bytes()
    info = _open_checked(path, data)
    pages = _layout(path, data, char_source)
    needs_ocr = [p.number for p in pages if not p.lines and p.has_images]
    if not any(p.lines for p in pages):
        raise InputError("E012", path=str(path), pages=len(needs_ocr) or len(pages))
    mirrored = _structure(pages)
    lines = _to_lines(pages)
    glue_after_dashes(lines)
    # brackets of a citation the bidi resolution moved at a line edge: "Lederach (1997: (39"
    fix_citation_brackets(lines)
    rejoin_bracket_pages(lines)
    one_digit_set(lines)
    # a Persian text layer with no ZWNJ lost them ("بیبازگشت"): put back those the word
    # lists or the document's own words attest (pdf_zwnj: a name in a reference entry and in
    # a citation), in its Persian lines only, the whole text at once so that the document's
    # words are read once; the metadata says whether any were
    restored = False
    whole = "\n".join(ln.text for ln in lines)
    if needs_zwnj(whole):
        new_lines = restore_zwnj(whole).split("\n")
        if len(new_lines) != len(lines):  # a line's text held a newline: line by line
            new_lines = [restore_zwnj(ln.text) for ln in lines]
        for ln, new in zip(lines, new_lines, strict=True):
            restored |= new != ln.text
            ln.text = new
    pdf_labels: list[str | None] = info.pop("labels")  # type: ignore[assignment]
    metadata = {
        **info,
        "running_headers": _running_headers(pages),
        "page_labels": _page_labels(pages, pdf_labels),
        "fonts": sorted({g.font for p in pages for pl in p.lines for g in pl.glyphs if g.font}),
        "needs_ocr_pages": needs_ocr,
        "mirrored_brackets": mirrored,
        "zwnj_restored": restored,
    }
    return PdfResult(lines=lines, n_pages=len(pages), metadata=metadata)


def _open_checked(path: Path, data: bytes) -> dict[str, object]:
    """Producer, title and page labels; InputError for encrypted or corrupt files."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError("E010", path=str(path)) from exc
        raise InputError("E011", path=str(path), detail=_short(str(exc))) from exc
    try:
        meta = pdf.get_metadata_dict(skip_empty=True)
        labels = [pdf.get_page_label(i) or None for i in range(len(pdf))]
    finally:
        pdf.close()
    title = (meta.get("Title") or "").strip()
    title = None if not title or FILE_NAME_TITLE.match(title) else title
    return {"producer": meta.get("Producer"), "title": title, "labels": labels}


def _layout(path: Path, data: bytes, char_source: CharSource) -> list[PageLayout]:
    check_source(char_source)
    try:
        read = read_pages(data, char_source)
    except Exception as exc:  # pdfminer raises many unrelated types on damaged files
        if "password" in type(exc).__name__.lower() or "encrypt" in str(exc).lower():
            raise InputError("E010", path=str(path)) from exc
        detail = _short(f"{type(exc).__name__}: {exc}")
        raise InputError("E011", path=str(path), detail=detail) from exc
    pages = []
    for page in read:
        layout = layout_page(page.number, page.chars, page.width, page.height)
        layout.has_images = page.has_images
        # PDFium's order is rebuilt from its text objects, not the stream's (0.79% -> 1.53%
        # CER on the Noto Naskh bench PDFs when its order was read for table cells)
        layout.stream_order = char_source != "pdfium"
        pages.append(layout)
    return pages


def _structure(pages: list[PageLayout]) -> bool:
    """Classify lines, fix directions, fill text; returns whether brackets were mirrored."""
    doc_rtl = line_is_rtl([g.text for p in pages for pl in p.lines for g in pl.glyphs])
    drop_kashida_glyphs(pages)
    infer = not draws_spaces(pages)
    fill_text(pages, mirrored=False, infer_spaces=infer)
    size = body_font_size(pages)
    mark_running_lines(pages, size)
    pitch = line_pitch(pages)
    for page in pages:
        mark_footnotes(page, size, pitch)
        mark_headings(page, size)
        resolve_directions(page, doc_rtl)
    mirrored = _brackets_mirrored(pages, infer)
    mark_paragraphs(pages, doc_rtl)  # by geometry; the text is read paragraph by paragraph
    fill_text(pages, mirrored=mirrored, infer_spaces=infer)
    return mirrored


def _brackets_mirrored(pages: list[PageLayout], infer_spaces: bool) -> bool:
    """Whether un-mirroring brackets makes them nest better, line by line, in the body."""
    scores = []
    for mirrored in (False, True):
        fill_text(pages, mirrored=mirrored, infer_spaces=infer_spaces)
        lines = [pl.text for p in pages for pl in p.lines if pl.kind not in ("header", "footer")]
        scores.append(sum(bracket_order_score(text) for text in lines))
    return scores[1] > scores[0]


def _rank(pl: PageLine, page: PageLayout) -> int:
    """Place on the page: headers (and top page numbers), body, footnotes, footers."""
    if pl.kind == "page_number":
        return 0 if pl.y < page.height / 2 else 3
    return {"header": 0, "footnote": 2, "footer": 3}.get(pl.kind, 1)


def _to_lines(pages: list[PageLayout]) -> list[Line]:
    """Document lines; ``raw`` keeps each line's glyphs in drawing order, for diffs."""
    lines: list[Line] = []
    for page in pages:
        ranked = sorted((pl for pl in page.lines if pl.text), key=lambda pl: _rank(pl, page))
        for n, pl in enumerate(ranked, start=1):
            raw = " ".join("".join(pl.units()).split())  # drawing order
            kind: LineKind = pl.kind  # type: ignore[assignment]
            line = Line(pl.text, page.number, n, kind, pl.para_start, raw=raw)
            line.changed = raw != pl.text
            line.score = _moved_share(raw, pl.text)
            lines.append(line)
    return lines


_ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
_PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
_TO_PERSIAN = str.maketrans(_ARABIC_INDIC, _PERSIAN)
_TO_ARABIC_INDIC = str.maketrans(_PERSIAN, _ARABIC_INDIC)
_DIGIT_RUN = re.compile(f"[{_ARABIC_INDIC}{_PERSIAN}]+")


def one_digit_set(lines: list[Line]) -> None:
    """Write each number in one digit set. A font may draw an Arabic-Indic digit and its
    Persian twin with one glyph (Noto Naskh's ``٦``/``۶``), and its map then gives one code
    for both: Chromium's print of ``۱۳۹۶`` reads ``۱۳۹٦``. A number's digits are the set most
    of them are in (Persian on a tie); a number of one digit takes the set of the line's other
    numbers when they are all in one."""
    for ln in lines:
        runs = _DIGIT_RUN.findall(ln.text)
        if not runs or all(_digit_set(r) is not None for r in runs):
            continue
        sets = {_digit_set(r) for r in runs if len(r) > 1} - {None}
        line_set = sets.pop() if len(sets) == 1 else None

        def fix(m: re.Match[str], line_set: str | None = line_set) -> str:
            run = m.group()
            if _digit_set(run) is not None:  # a number of two digits or more in one set
                return run
            if len(run) == 1 and line_set is not None:
                return run.translate(_TO_PERSIAN if line_set == "fa" else _TO_ARABIC_INDIC)
            persian = sum(ch in _PERSIAN for ch in run)
            if 2 * persian >= len(run):
                return run.translate(_TO_PERSIAN)
            return run.translate(_TO_ARABIC_INDIC)

        ln.text = _DIGIT_RUN.sub(fix, ln.text)


def _digit_set(run: str) -> str | None:
    """``"fa"`` or ``"ar"`` for a run of digits in one set, None for a mixed one; a lone digit
    counts as mixed (its set is left to its line)."""
    if len(run) == 1:
        return None
    if all(ch in _PERSIAN for ch in run):
        return "fa"
    return "ar" if all(ch in _ARABIC_INDIC for ch in run) else None


#: characters after which a line may break with no space (UAX #14 classes HY and BA: the
#: hyphen, the hyphen-minus, the en dash; B2: the em dash): a browser or word processor
#: wraps ``https://misan-civic``, ``post-ISIS`` or ``pp. 141–163`` after the dash
BREAK_AFTER = frozenset("-\u2010\u2011\u2012\u2013\u2014")


def _wraps_unspaced(ch: str) -> bool:
    """A Latin letter or a digit (any script's): the characters a dash joins inside a URL, a
    compound or a range. Arabic script is not hyphenated, and a dash between an Arabic
    letter and anything is punctuation written with its spaces (``۶- لیلا``, a note's
    label)."""
    return ch.isdigit() or (ch.isalpha() and ch.isascii())


def glue_after_dashes(lines: list[Line]) -> None:
    """Mark a line ``glue`` when the line before it in its paragraph broke after a dash that
    had no space before it, between two Latin letters or digits (``…https://misan-`` /
    ``civic.example.org``): a line breaks at a space, which the break takes, or after a dash
    (:data:`BREAK_AFTER`), which keeps it with no space after. Joined with a space, the URL,
    the page range or the hyphenated name would come back cut (``141– 163``)."""
    previous: Line | None = None
    for ln in lines:
        if ln.kind in NOISE_KINDS or not ln.text.strip():
            continue
        before = previous.text.rstrip() if previous is not None else ""
        after = ln.text.lstrip()
        ln.glue = (
            previous is not None
            and previous.kind == ln.kind
            and not ln.para_start
            and len(before) >= 2
            and before[-1] in BREAK_AFTER
            and _wraps_unspaced(before[-2])
            and _wraps_unspaced(after[0])
        )
        previous = ln


def _moved_share(raw: str, text: str) -> float:
    """Share of characters that reading order moved from where they were drawn."""
    if not text:
        return 0.0
    return round(sum(a != b for a, b in zip(raw, text, strict=False)) / len(text), 4)


def _running_headers(pages: list[PageLayout]) -> list[str]:
    seen: dict[str, None] = {}
    for page in pages:
        for pl in page.lines:
            if pl.kind in ("header", "footer"):
                seen.setdefault(pl.text, None)
    return list(seen)


def _page_labels(pages: list[PageLayout], pdf_labels: list[str | None]) -> list[str | None]:
    """The page number printed on each page, else the PDF's page label, else None."""
    labels = []
    for page, pdf_label in zip(pages, pdf_labels, strict=False):
        printed = [pl.text.strip(" -–—|") for pl in page.lines if pl.kind == "page_number"]
        labels.append(printed[0] if printed else pdf_label)
    return labels
