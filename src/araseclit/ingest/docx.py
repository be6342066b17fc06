"""Read DOCX files: paragraphs are already in logical order; heading styles mark headings."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from araseclit.document import Line
from araseclit.errors import InputError

# Word's built-in heading styles, in English and Arabic UIs: "Heading 2", "عنوان 2", "Title"
_HEADING_STYLE = re.compile(r"^(heading\s*\d|title|عنوان)", re.IGNORECASE)


def _paragraphs_in_order(document: Any) -> Iterator[Any]:
    """Body paragraphs and table-cell paragraphs in document order; a merged cell (which
    python-docx repeats for every grid column it spans) once."""
    from docx.table import Table

    for block in document.iter_inner_content():
        if not isinstance(block, Table):
            yield block
            continue
        seen: set[int] = set()
        for row in block.rows:
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                yield from cell.paragraphs


def read_docx_lines(path: str | Path) -> tuple[list[Line], dict[str, object]]:
    """Paragraphs (table cells in place) as :class:`Line` objects, one per paragraph.

    ``line`` is the 1-based paragraph number; DOCX has no fixed pages, so ``page`` is None.
    """
    import docx  # python-docx; imported here to keep `import araseclit` light

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError("E013", path=str(path), detail=type(exc).__name__) from exc
    except Exception as exc:  # python-docx raises PackageNotFoundError and lxml errors
        raise InputError("E013", path=str(path), detail=str(exc)[:120]) from exc
    paragraphs = list(_paragraphs_in_order(document))
    lines: list[Line] = []
    for n, para in enumerate(paragraphs, start=1):
        text = para.text.strip()
        style = para.style.name if para.style is not None else ""
        kind = "heading" if text and _HEADING_STYLE.match(style or "") else "body"
        lines.append(
            Line(
                text=text,
                page=None,
                line=n,
                kind=kind if text else "blank",
                para_start=True,
                raw=para.text,
            )
        )
    props = document.core_properties
    metadata: dict[str, object] = {"title": props.title or None, "author": props.author or None}
    return lines, metadata
