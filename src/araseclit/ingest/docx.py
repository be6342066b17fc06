"""Read DOCX files: paragraphs are already in logical order; heading styles mark headings.

A DOCX file is a ZIP package, and a small one can unpack to gigabytes (a decompression
bomb). So only the parts the text needs are read (content types, relationships, the main
document, its styles and the core properties; never images or embedded objects), within
:class:`DocxLimits`: the unpacked size each part declares is checked before it is
inflated, bytes are counted again while inflating, and XML elements while parsing. The XML
is parsed as a stream of expat events, no tree is built, and a DTD (which Word never
writes) is refused. Refusals are ``E014`` (unpacks too large) and ``E016`` (too many
elements).

What is read matches what python-docx gives (the reader used before): body paragraphs and
the paragraphs of top-level table cells in document order, a cell that continues a
vertical merge left out (its text is in the cell above), the text of runs and hyperlinks
(``w:t``, tabs, line breaks, non-breaking hyphens), the paragraph style resolved as Word
does (an unknown style id falls back to the default paragraph style).
"""

from __future__ import annotations

import io
import os
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat

from araseclit.document import Line, LineKind
from araseclit.errors import InputError

# Word's built-in heading styles, in English and Arabic UIs: "Heading 2", "عنوان 2", "Title"
_HEADING_STYLE = re.compile(r"^(heading\s*\d|title|عنوان)", re.IGNORECASE)

DEFAULT_MAX_UNZIPPED_MB = 64
DEFAULT_MAX_XML_NODES = 1_000_000
#: more parts than a Word document ever has; refused before zipfile makes an object per part
MAX_PARTS = 10_000
#: deeper than Word ever nests (a table in a table cell in a text box is some 30 levels);
#: the parser keeps every open element, so depth costs memory before the element limit
MAX_DEPTH = 1_000
_CHUNK = 1 << 16

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DC = "http://purl.org/dc/elements/1.1/}"
_REL = "http://schemas.openxmlformats.org/package/2006/relationships}"
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types}"
_RT_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_RT_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
_RT_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
_CT_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_DOCUMENT, _BODY, _P, _R, _T = _W + "document", _W + "body", _W + "p", _W + "r", _W + "t"
_TBL, _TR, _TC, _TCPR, _VMERGE = _W + "tbl", _W + "tr", _W + "tc", _W + "tcPr", _W + "vMerge"
_PPR, _PSTYLE, _HYPERLINK, _BR = _W + "pPr", _W + "pStyle", _W + "hyperlink", _W + "br"
_VAL, _TYPE = _W + "val", _W + "type"
# run content other than w:t and its text, as python-docx renders it
_RUN_TEXT = {_W + "tab": "\t", _W + "ptab": "\t", _W + "cr": "\n", _W + "noBreakHyphen": "-"}
_ON = ("1", "true", "on")


@dataclass(frozen=True)
class DocxLimits:
    """How far a DOCX file may unpack: ``max_bytes`` over the parts read (an auxiliary part,
    such as the styles or the relationships, at most an eighth of it) and ``max_nodes`` XML
    elements over all of them. :meth:`from_env` reads ``ARASECLIT_MAX_UNZIPPED_MB`` and
    ``ARASECLIT_MAX_XML_NODES``.

    The defaults are far above what can be analysed (a 1M-character Word document, the
    pipeline's limit, unpacks to some 10 MB and 150,000 elements) and keep the worst file
    to a few seconds and a few hundred MB."""

    max_bytes: int = DEFAULT_MAX_UNZIPPED_MB * 2**20
    max_nodes: int = DEFAULT_MAX_XML_NODES

    @property
    def max_paragraphs(self) -> int:
        """Each paragraph becomes a :class:`Line`, the costliest thing read, so paragraphs
        get a fifth of ``max_nodes``: a paragraph with text has w:p, w:r and w:t, and most
        have properties too (w:pPr, w:rPr), whereas ``<w:p/>`` repeated is a bomb."""
        return self.max_nodes // 5

    @classmethod
    def from_env(cls) -> DocxLimits:
        mb = float(os.environ.get("ARASECLIT_MAX_UNZIPPED_MB", DEFAULT_MAX_UNZIPPED_MB))
        nodes = float(os.environ.get("ARASECLIT_MAX_XML_NODES", DEFAULT_MAX_XML_NODES))
        return cls(int(mb * 2**20), int(nodes))


_Start = Callable[[str, dict[str, str]], None]


class _Refused(Exception):
    """A part that is not what a Word document holds (becomes ``E013``)."""


class _TooMany(Exception):
    """More elements or paragraphs than the limits allow (becomes ``E016``)."""

    def __init__(self, what: str, limit: int) -> None:
        super().__init__(what, limit)
        self.what, self.limit = what, limit


def _no_dtd(*_: object) -> None:
    raise _Refused("a DTD or entity declaration")


class _Package:
    """The parts of one DOCX package, unpacked and parsed within ``limits``."""

    def __init__(self, data: bytes, path: str, limits: DocxLimits) -> None:
        entries = _declared_entries(data)
        if entries > MAX_PARTS:
            raise _Refused(f"{entries} parts, more than {MAX_PARTS}")
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.path = path
        self.limits = limits
        self.unpacked = 0  # bytes of the parts read so far, as declared before inflating
        self.nodes = 0

    def parse(self, name: str, handler: _Handler, *, aux: bool = True) -> bool:
        """Feed part ``name`` to ``handler``; False when there is no such part."""
        try:
            info = self.zip.getinfo(name)
        except KeyError:
            return False
        self._reserve(name, info.file_size, self.limits.max_bytes // 8 if aux else None)
        parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.StartDoctypeDeclHandler = _no_dtd
        parser.EntityDeclHandler = _no_dtd
        parser.StartElementHandler = self._counting(handler)
        parser.EndElementHandler = handler.end
        parser.CharacterDataHandler = handler.text
        inflated = 0
        try:
            with self.zip.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    inflated += len(chunk)
                    if inflated > info.file_size:  # zipfile stops there; do not rely on it
                        raise _Refused(f"{name} is longer than its header says")
                    parser.Parse(chunk, False)
            parser.Parse(b"", True)
        except _TooMany as exc:
            raise InputError(
                "E016", path=self.path, part=name, what=exc.what, limit=exc.limit
            ) from None
        return True

    def _reserve(self, name: str, size: int, part_limit: int | None) -> None:
        """Count ``size`` more unpacked bytes, or refuse before inflating any of them."""
        limit, total = self.limits.max_bytes, self.unpacked + size
        if part_limit is not None and size > part_limit:
            limit, total = part_limit, size
        if total > limit:
            raise InputError(
                "E014",
                path=self.path,
                part=name,
                size_mb=total / 2**20,
                limit_mb=float(f"{limit / 2**20:.3g}"),  # 64, 8, 0.0025
            )
        self.unpacked += size

    def _counting(self, handler: _Handler) -> _Start:
        """``handler.start``, counting elements and refusing deep nesting first."""
        limit, stack, start = self.limits.max_nodes, handler.stack, handler.start

        def counted(tag: str, attrs: dict[str, str]) -> None:
            self.nodes += 1
            if self.nodes > limit:
                raise _TooMany("XML elements", limit)
            if len(stack) >= MAX_DEPTH:
                raise _Refused(f"XML nested deeper than {MAX_DEPTH} levels")
            start(tag, attrs)

        return counted


def _declared_entries(data: bytes) -> int:
    """How many entries the ZIP's end-of-central-directory record declares (0 when there is
    none; zipfile then says why). 0xFFFF, "see the ZIP64 record", counts as that many."""
    at = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    return int.from_bytes(data[at + 10 : at + 12], "little") if 0 <= at <= len(data) - 22 else 0


class _Handler:
    """Expat callbacks with the stack of open elements."""

    def __init__(self) -> None:
        self.stack: list[str] = []

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        self.stack.append(tag)

    def end(self, tag: str) -> None:
        self.stack.pop()

    def text(self, data: str) -> None:
        pass


class _Attributes(_Handler):
    """Attributes of the children of the root element (content types, relationships)."""

    def __init__(self) -> None:
        super().__init__()
        self.children: list[tuple[str, dict[str, str]]] = []

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        super().start(tag, attrs)
        if len(self.stack) == 2:
            self.children.append((tag, attrs))


class _CoreProperties(_Handler):
    """``dc:title`` and ``dc:creator`` of ``docProps/core.xml``."""

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[str, list[str]] = {}
        self._into: list[str] | None = None

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        super().start(tag, attrs)
        self._into = None  # an element's own text only, as lxml's .text
        if len(self.stack) == 2 and tag in (_DC + "title", _DC + "creator"):
            self._into = self.values.setdefault(tag, []) if tag not in self.values else None

    def end(self, tag: str) -> None:
        super().end(tag)
        self._into = None

    def text(self, data: str) -> None:
        if self._into is not None:
            self._into.append(data)

    def value(self, name: str) -> str | None:
        return "".join(self.values.get(_DC + name, [])) or None


class _Styles(_Handler):
    """Paragraph style names by style id, and the default paragraph style."""

    def __init__(self) -> None:
        super().__init__()
        self.styles: dict[str, tuple[str | None, str | None]] = {}  # id -> (type, name)
        self.default: str | None = None  # name of the default paragraph style
        self._style: dict[str, str] | None = None
        self._name: str | None = None

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        super().start(tag, attrs)
        depth = len(self.stack)
        if depth == 2 and tag == _W + "style":
            self._style, self._name = attrs, None
        elif depth == 3 and tag == _W + "name" and self._style is not None and self._name is None:
            self._name = attrs.get(_VAL)

    def end(self, tag: str) -> None:
        if len(self.stack) == 2 and self._style is not None:
            kind, style_id = self._style.get(_TYPE), self._style.get(_W + "styleId")
            if style_id is not None and style_id not in self.styles:
                self.styles[style_id] = (kind, self._name)
            if kind == "paragraph" and self._style.get(_W + "default") in _ON:
                self.default = self._name  # the last default wins, as the standard says
            self._style = None
        super().end(tag)

    def name_of(self, style_id: str | None) -> str | None:
        """The name of paragraph style ``style_id``; the default style's when the id is
        missing, unknown or not a paragraph style."""
        kind, name = self.styles.get(style_id or "", (None, None))
        return name if kind == "paragraph" else self.default


class _Body(_Handler):
    """The paragraphs of ``word/document.xml`` as :class:`Line` objects; the XML of one
    paragraph (or of one table cell) at a time is in memory, no tree. Called for every
    element, so the common paths do little: a flood of empty paragraphs up to the element
    limit is refused in seconds."""

    def __init__(self, style_name: Callable[[str | None], str | None], max_lines: int) -> None:
        super().__init__()
        self.lines: list[Line] = []
        self._max_lines = max_lines
        self.bodies = 0  # w:document/w:body elements seen; python-docx read the first
        self._style_name = style_name
        self._para_depth = 0  # depth of the paragraph being read, 0 outside
        self._pieces: list[str] = []  # its text so far
        self._style_id: str | None = None  # its w:pStyle
        self._cell: list[tuple[str, str | None]] | None = None  # paragraphs of the open cell
        self._cell_continues = False  # the open cell continues a vertical merge
        self._text_depth = 0  # depth of the w:t being read, 0 outside

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        stack = self.stack
        stack.append(tag)
        depth = len(stack)
        self._text_depth = 0
        if self._para_depth:
            self._in_paragraph(tag, attrs, depth - self._para_depth)
        elif depth == 2:
            self.bodies += stack == [_DOCUMENT, _BODY]
        elif depth < 3 or self.bodies != 1 or stack[1] != _BODY or stack[0] != _DOCUMENT:
            return
        # a cell is open only inside a w:tc at depth 5 (document/body/tbl/tr/tc), so a
        # paragraph at depth 6 with a cell open is one of its own paragraphs
        elif tag == _P and (depth == 3 or (depth == 6 and self._cell is not None)):
            self._para_depth, self._pieces, self._style_id = depth, [], None
        elif depth == 5 and tag == _TC and stack[3] == _TR and stack[2] == _TBL:
            self._cell, self._cell_continues = [], False
        elif depth == 7 and tag == _VMERGE and stack[5] == _TCPR and self._cell is not None:
            self._cell_continues = attrs.get(_VAL, "continue") == "continue"

    def _in_paragraph(self, tag: str, attrs: dict[str, str], below: int) -> None:
        """``tag`` opened ``below`` levels under the paragraph being read."""
        stack = self.stack
        in_run = stack[-2] == _R and (below == 2 or (below == 3 and stack[-3] == _HYPERLINK))
        if in_run and tag == _T:
            self._text_depth = len(stack)
        elif in_run and tag == _BR:
            self._pieces.append("\n" if attrs.get(_TYPE, "textWrapping") == "textWrapping" else "")
        elif in_run and tag in _RUN_TEXT:
            self._pieces.append(_RUN_TEXT[tag])
        elif below == 2 and tag == _PSTYLE and stack[-2] == _PPR and self._style_id is None:
            self._style_id = attrs.get(_VAL)

    def end(self, tag: str) -> None:
        stack = self.stack
        depth = len(stack)
        stack.pop()
        self._text_depth = 0
        if depth == self._para_depth:
            self._para_depth = 0
            item = ("".join(self._pieces), self._style_id)
            if depth == 6 and self._cell is not None:
                self._cell.append(item)
            else:
                self._add(*item)
        elif depth == 5 and tag == _TC and self._cell is not None:
            if not self._cell_continues:
                for item in self._cell:
                    self._add(*item)
            self._cell = None

    def _add(self, raw: str, style_id: str | None) -> None:
        """One paragraph as a :class:`Line`; ``line`` numbers the paragraphs from 1."""
        text = raw.strip()
        kind: LineKind = "blank"
        if text:
            kind = "heading" if _HEADING_STYLE.match(self._style_name(style_id) or "") else "body"
        n = len(self.lines) + 1
        if n > self._max_lines:
            raise _TooMany("paragraphs", self._max_lines)
        self.lines.append(Line(text, None, n, kind, True, raw))  # positional: called per paragraph

    def text(self, data: str) -> None:
        if self._text_depth and self._text_depth == len(self.stack):
            self._pieces.append(data)


def _relationships(package: _Package, name: str) -> dict[str, str]:
    """Part names by relationship type, from the relationships part ``name`` (internal
    targets only, resolved against the folder of the part they belong to)."""
    rels = _Attributes()
    if not package.parse(name, rels):
        return {}
    source_dir = posixpath.dirname(posixpath.dirname(name))  # "word/_rels/x.rels" -> "word"
    found: dict[str, str] = {}
    for tag, attrs in rels.children:
        if tag != _REL + "Relationship" or attrs.get("TargetMode") == "External":
            continue
        target = attrs.get("Target", "")
        joined = target if target.startswith("/") else posixpath.join("/", source_dir, target)
        found.setdefault(attrs.get("Type", ""), posixpath.normpath(joined).lstrip("/"))
    return found


def _content_type(package: _Package, part: str) -> str | None:
    types = _Attributes()
    if not package.parse("[Content_Types].xml", types):
        raise _Refused("no [Content_Types].xml")
    by_ext = {}
    for tag, attrs in types.children:
        if tag == _TYPES + "Override" and attrs.get("PartName", "").lower() == "/" + part.lower():
            return attrs.get("ContentType")
        if tag == _TYPES + "Default":
            by_ext[attrs.get("Extension", "").lower()] = attrs.get("ContentType")
    return by_ext.get(posixpath.splitext(part)[1].lstrip(".").lower())


def _read_package(package: _Package) -> tuple[list[Line], dict[str, object]]:
    root = _relationships(package, "_rels/.rels")
    main = root.get(_RT_DOCUMENT)
    if main is None:
        raise _Refused("no main document")
    content_type = _content_type(package, main)
    if content_type != _CT_DOCUMENT:
        raise _Refused(f"content type of {main} is {content_type!r}")
    styles = _Styles()
    main_rels = posixpath.join(posixpath.dirname(main), "_rels", posixpath.basename(main) + ".rels")
    styles_part = _relationships(package, main_rels).get(_RT_STYLES)
    if styles_part:
        package.parse(styles_part, styles)
    body = _Body(styles.name_of, package.limits.max_paragraphs)
    if not package.parse(main, body, aux=False) or not body.bodies:
        raise _Refused(f"no document body in {main}")
    core = _CoreProperties()
    if root.get(_RT_CORE):
        package.parse(root[_RT_CORE], core)
    return body.lines, {"title": core.value("title"), "author": core.value("creator")}


#: the most bytes of a package's ``mimetype`` member that name its type
_MIMETYPE_BYTES = 200


def _other_package(package: _Package, path: Path) -> str | None:
    """What a ZIP that is no Word document is, for ``E004``: its suffix (``.odt``, ``.epub``,
    ``.xlsx``, ``.zip``) or, under a ``.docx`` name, the type its ``mimetype`` member names
    (OpenDocument and EPUB packages have one; Word packages never do). None for a Word
    package, and for a ``.docx`` without one (a damaged DOCX stays ``E013``)."""
    names = set(package.zip.namelist())
    if "word/document.xml" in names:
        return None
    suffix = path.suffix.lower()
    if suffix not in ("", ".docx"):
        return suffix
    if "mimetype" not in names:
        return None
    info = package.zip.getinfo("mimetype")
    head = b""
    if info.file_size <= _MIMETYPE_BYTES:
        with package.zip.open(info) as stream:
            head = stream.read(_MIMETYPE_BYTES)
    return head.decode("ascii", "replace").strip() or "ZIP package"


def read_docx_lines(
    path: str | Path, data: bytes | None = None, limits: DocxLimits | None = None
) -> tuple[list[Line], dict[str, object]]:
    """Paragraphs (table cells in place) as :class:`Line` objects, one per paragraph.

    ``data`` is the file's content when the caller has read it already (as
    :func:`araseclit.ingest.read` has, within its size limit); ``limits`` default to
    :meth:`DocxLimits.from_env`. ``line`` is the 1-based paragraph number; DOCX has no
    fixed pages, so ``page`` is None. Raises ``E013`` for a corrupt package or one that
    is not a Word document, ``E014``/``E016`` for one that unpacks beyond ``limits``.
    """
    from araseclit.ingest.files import read_regular

    if data is None:
        data = read_regular(path)
    try:
        package = _Package(data, str(path), limits or DocxLimits.from_env())
        kind = _other_package(package, Path(path))
        if kind is not None:
            raise InputError("E004", path=str(path), suffix=kind)
        return _read_package(package)
    except _Refused as exc:
        raise InputError("E013", path=str(path), detail=str(exc)[:120]) from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError) as exc:
        raise InputError("E013", path=str(path), detail=str(exc)[:120] or "bad ZIP") from exc
    except expat.ExpatError as exc:
        raise InputError("E013", path=str(path), detail=f"XML: {exc}"[:120]) from exc
    except (NotImplementedError, RuntimeError) as exc:  # unknown compression, encryption
        raise InputError("E013", path=str(path), detail=str(exc)[:120]) from exc
