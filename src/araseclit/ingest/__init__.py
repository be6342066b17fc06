"""Read a PDF, DOCX or text file into a :class:`~araseclit.document.Document`.

Every reader yields :class:`~araseclit.document.Line` objects in logical order; text files
go through :mod:`araseclit.repair` first, since text that was extracted from a PDF usually
comes out in visual order. Every document gets the quality of its text layer and coded
warnings (:mod:`.checks`).

``doc_id`` is of what a document says, so that a corpus run keeps one copy of it (``E008``):

- a text file: its decoded text in a canonical form (:func:`~araseclit.ingest.text.canonical_text`),
  so one text saved as UTF-8, UTF-16 or cp1256 is one document; a UTF-8 file already in that form
  keeps the id of its bytes;
- a DOCX file: what is read from it, its paragraphs with their kinds (heading, body) and its title
  and author properties, each in that canonical form (:func:`_docx_id`). Its bytes are a zip whose
  entries carry the dates they were written, so a copy saved again was another id and entered a
  run twice;
- a PDF file: its bytes. A PDF's text is drawn, not stored: what is read from it depends on the
  reader's layout analysis, which changes between releases, while its bytes name the file.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from araseclit.document import Document, Line, assemble, content_id
from araseclit.errors import InputError
from araseclit.ingest.files import read_regular
from araseclit.ingest.language import detect_language
from araseclit.ingest.text import canonical_text, decode_bytes, drop_controls

if TYPE_CHECKING:
    from araseclit.repair.ops import RepairConfig
    from araseclit.repair.quality import TextQuality

SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".md": "txt", ".text": "txt"}
#: letters of a supported script (Arabic-script or Latin: Arabic, Persian, English) must be at
#: least this share of all letters for a document to be analysed
MIN_SCRIPT_SHARE = 0.1
# a Gregorian year in a running header (repair has already un-reversed "6202"), e.g. "2026"
_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")


def sniff_format(path: Path, head: bytes) -> str:
    """``pdf``, ``docx`` or ``txt`` from the file's first bytes, then its suffix."""
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    suffix = path.suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    if suffix in {
        ".doc",
        ".odt",
        ".rtf",
        ".epub",
        ".html",
        ".htm",
        ".xml",
        ".zip",
        ".png",
        ".jpg",
        ".jpeg",
        ".tif",
        ".tiff",
    }:
        raise InputError("E004", path=str(path), suffix=suffix)
    return "txt"


def _check_file(path: Path) -> bytes:
    data = read_regular(path)  # E001, E004, E006, and E009 for FIFOs and devices
    if not data.strip():
        raise InputError("E002", path=str(path))
    return data


@dataclass
class _Source:
    """What a format reader found: lines in logical order and what it knows beside them."""

    fmt: str
    doc_id: str
    lines: list[Line]
    metadata: dict[str, object] = field(default_factory=dict)
    encoding: str | None = None
    n_pages: int | None = None
    score: float = 0.0
    quality: TextQuality | None = None


def _read_source(path: Path, repair: RepairConfig | None) -> _Source:
    """Read ``path`` with the reader of its format; text goes through :mod:`araseclit.repair`.
    The document's id (module docstring) is taken and the file's bytes let go before a text is
    repaired: a long book's text is then held once as it was decoded, not also as bytes, twice."""
    data = _check_file(path)
    fmt = sniff_format(path, data[:8])
    if fmt == "pdf":
        from araseclit.ingest.pdf import read_pdf_lines

        result = read_pdf_lines(path)
        return _Source(
            fmt, content_id(data), result.lines, dict(result.metadata), n_pages=result.n_pages
        )
    if fmt == "docx":
        from araseclit.ingest.docx import read_docx_lines

        lines, metadata = read_docx_lines(path, data)
        return _Source(fmt, _docx_id(lines, metadata), lines, metadata)
    from araseclit.repair import repair_lines
    from araseclit.repair.ops import DEFAULT

    config = repair or DEFAULT
    raw, encoding = decode_bytes(data, path)
    del data
    doc_id = content_id(canonical_text(raw).encode("utf-8"))
    raw = drop_controls(raw)
    if not raw.strip():
        raise InputError("E002", path=str(path))
    result = repair_lines(raw, config)
    pages = {ln.page for ln in result.lines if ln.page is not None}
    metadata: dict[str, object] = {"repair_order": result.order if config.enabled else None}
    if result.evidence:
        metadata["repair_evidence"] = {k: round(v, 2) for k, v in result.evidence.items()}
    n_pages = max(pages) if pages else None
    return _Source(
        fmt, doc_id, result.lines, metadata, encoding, n_pages, result.score, result.quality
    )


def _docx_id(lines: list[Line], metadata: dict[str, object]) -> str:
    """The id of a DOCX document from what was read from it, not from its zip: the same
    paragraphs, kinds, title and author give the same id, however the package was written."""
    title, author = metadata.get("title"), metadata.get("author")
    paragraphs = [[ln.kind, canonical_text(ln.text)] for ln in lines]
    props = [canonical_text(v) if isinstance(v, str) else None for v in (title, author)]
    serial = json.dumps(["docx", props, paragraphs], ensure_ascii=False, separators=(",", ":"))
    return content_id(serial.encode("utf-8"))


def read(path: str | Path, repair: RepairConfig | None = None) -> Document:
    """Read and repair ``path`` (``.pdf``, ``.docx``, ``.txt``/``.md``, clean or scrambled).

    ``repair`` says which repair operations run on a text file (default: all of them;
    ``RepairConfig(enabled=False)`` reads it as it stands); PDF and DOCX files are read
    from their layout and do not use it. ``metadata["text_quality"]`` holds the
    :class:`~araseclit.repair.quality.TextQuality` of the body text (every format) and
    ``coded_warnings`` the warnings of :mod:`.checks` (also in ``warnings``).
    ``metadata["language"]`` is the document's language or languages (``"ar"``, ``"fa"``,
    ``"en"``, ``"ar+en"``, main one first) and ``metadata["language_shares"]`` each one's
    share of the words (:func:`araseclit.ingest.language.detect_language`).

    Raises :class:`~araseclit.errors.InputError` with a stable code for missing, empty,
    binary, undecodable, encrypted or image-only input, and for text in no supported script
    (``E007``: not Arabic-script or Latin, e.g. Cyrillic, Chinese or digits only).
    """
    from araseclit.ingest.checks import body_quality, document_warnings

    path = Path(path)
    source = _read_source(path, repair)
    text, spans = assemble(source.lines)
    if not text.strip():
        raise InputError("E002", path=str(path))
    language = detect_language(text)
    if language.script_share < MIN_SCRIPT_SHARE or language.label is None:
        raise InputError("E007", path=str(path), share=language.script_share)
    source.metadata["language"] = language.label
    source.metadata["language_shares"] = language.shares
    body = [ln for ln in source.lines if ln.kind == "body"]
    score = source.score or (sum(ln.changed for ln in body) / len(body) if body else 0.0)
    persian = "fa" in language.label.split("+")
    quality = body_quality(source.lines, persian) if persian else source.quality
    quality = quality or body_quality(source.lines)
    source.metadata["text_quality"] = asdict(quality)
    coded = document_warnings(str(path), quality, source.lines)
    notes = _warnings(source.encoding, source.metadata, source.lines)
    return Document(
        doc_id=source.doc_id,
        path=str(path),
        source_format=source.fmt,
        text=text,
        provenance=spans,
        lines=source.lines,
        encoding=source.encoding,
        title=_title(source.lines, source.metadata),
        year=_year(source.lines, source.metadata),
        n_pages=source.n_pages,
        repair_score=round(score, 4),
        metadata=source.metadata,
        warnings=notes + [str(w) for w in coded],
        coded_warnings=coded,
    )


def check_length(document: Document, limit: int) -> None:
    """Raise ``E015`` when ``document`` has more than ``limit`` characters, for a caller that
    runs one spaCy pass over it (``nlp.max_length``, spaCy's default: 1,000,000) and wants a
    coded error instead of spaCy's uncoded E088. The commands and corpus runs do not: they cut
    a longer text into chunks (:func:`araseclit.pipeline.annotate.annotate`)."""
    if len(document.text) > limit:
        raise InputError("E015", path=document.path, n=len(document.text), limit=limit)


def _warnings(encoding: str | None, metadata: dict[str, object], lines: list[Line]) -> list[str]:
    """What a user should know about how the document was read."""
    notes = []
    if encoding and encoding not in ("utf-8", "utf-8-sig"):
        notes.append(f"decoded as {encoding}")
    ocr = metadata.get("needs_ocr_pages")
    if isinstance(ocr, list) and ocr:
        notes.append(f"pages without a text layer need OCR: {', '.join(map(str, ocr))}")
    removed = sum(ln.kind in ("header", "footer", "page_number") for ln in lines)
    if removed:
        notes.append(f"{removed} running header/footer/page-number line(s) removed from the body")
    return notes


_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
#: the most lines a title is taken to wrap over
TITLE_LINES = 3
_TITLE_CHARS = 200
# what opens a section heading: a number ("1.", "2.3", "٤-") or a short word before a colon or
# dash ("أولًا:", "ثانياً -"); a line that opens so and has few words is heading-shaped
_SECTION_OPENER = re.compile(
    r"^\s*(?:[0-9٠-٩۰-۹]{1,2}(?:[.\-][0-9٠-٩۰-۹]{1,2}){0,3}[.\-)]?|\S{2,12}\s*[:\-–])\s"
)
_HEADING_WORDS = 8
#: a title set in a type at most twice the body's fills half a body line or more where it wraps
WRAPPED_TITLE_SHARE = 0.5
#: a line a title wrapped on to is no longer than its first line, give or take proportional type
_WRAP_SLACK = 1.15
#: lines after the title whose lengths give the body's line width
_WIDTH_LINES = 200
_SENTENCE_END = re.compile(r"[.!?؟…][\"»”)\]]*\s*$")


def _title(lines: list[Line], metadata: dict[str, object]) -> str | None:
    """The title property, else the document's first heading or body line with the lines its
    title wraps on to (:func:`_title_lines`)."""
    title = metadata.get("title")
    if isinstance(title, str) and title.strip():
        return title.strip()
    for i, ln in enumerate(lines):
        text = ln.text.strip()
        if ln.kind not in ("heading", "body") or not text:
            continue
        # a Markdown heading's marks are no part of its title ("## العنوان"), and it is one line
        marked = _MARKDOWN_HEADING.sub("", text)
        if not marked:
            continue
        if marked != text:
            return marked[:_TITLE_CHARS]
        return " ".join(_title_lines(lines, i))[:_TITLE_CHARS]
    return None


def _heading_shaped(text: str) -> bool:
    return bool(_SECTION_OPENER.match(text)) and len(text.split()) <= _HEADING_WORDS


def _title_lines(lines: list[Line], first: int) -> list[str]:
    """The text of ``lines[first]`` and of the lines its title wraps on to.

    A title set in a larger type wraps over two or three lines of the page. In a PDF the reader
    tells them apart: heading lines of one paragraph. From text extracted from a PDF they are
    lines of one paragraph that end no sentence, taken only when what follows closes the title
    within :data:`TITLE_LINES` lines (a blank line, a new paragraph, or a section heading before
    the body: ``أولًا: المقدمة``, ``1. المقدمة``, heading-shaped while the next line is not), when
    the first line is as long as a wrapped line of a title is (:data:`WRAPPED_TITLE_SHARE` of the
    body's lines) and no later line is longer than it. Else the first line alone: a title on
    one line followed by a short heading (``تمهيد``), a publisher's line or the body.

    On every variant of the sample corpus's 6 documents and up to 6 of each of 55 documents of
    the held-out sets 1-10 (text extracted four ways and PDF; 450 files; gold: the first line of
    each source), titles read whole went from 127 to 275 (157 more, 9 fewer, mostly a title on
    one line and a short line before a blank one in ``pdftotext -layout`` text; scratch).
    """
    head = lines[first]
    block = [head.text.strip()]
    for k in range(first + 1, len(lines)):
        ln, text = lines[k], lines[k].text.strip()
        if not text or ln.para_start or ln.kind != head.kind:
            break
        if head.kind == "body" and _heading_shaped(text):
            after = next((t for j in range(k + 1, len(lines)) if (t := lines[j].text.strip())), "")
            if not _heading_shaped(after):
                break
        if len(block) == TITLE_LINES:
            if head.kind == "body":
                return block[:1]
            break
        block.append(text)
    if head.kind == "heading" or len(block) == 1:
        return block
    if any(_SENTENCE_END.search(t) for t in block):
        return block[:1]
    first_len = len(block[0])
    if any(len(t) > _WRAP_SLACK * first_len for t in block[1:]):
        return block[:1]
    body = sorted(
        len(t)
        for ln in lines[first : first + _WIDTH_LINES]
        if ln.kind == "body" and (t := ln.text.strip())
    )
    width = body[int(0.9 * (len(body) - 1))]
    return block if first_len >= WRAPPED_TITLE_SHARE * width else block[:1]


def _year(lines: list[Line], metadata: dict[str, object]) -> int | None:
    """Publication year: from metadata, else the commonest year in running headers."""
    year = metadata.get("year")
    if isinstance(year, int):
        return year
    counts: dict[int, int] = {}
    for ln in lines:
        if ln.kind in ("header", "footer"):
            for m in _YEAR.finditer(ln.text):
                counts[int(m.group(1))] = counts.get(int(m.group(1)), 0) + 1
    return max(counts, key=lambda y: counts[y]) if counts else None
