"""HTML tables of the report: every cell escaped, every row present (the page's script
searches, sorts and pages them; without it every row shows), rows addressable by id."""

from __future__ import annotations

import base64
import gzip
import html
import json
from collections.abc import Mapping

import pandas as pd

_ARABIC = range(0x0600, 0x0700)
#: tables with more rows than this travel gzipped in the page and are built by its script
#: (DecompressionStream): 200 documents' worth of rows in HTML would be about 9 MB
PACK_ABOVE = 400


def esc(value: object) -> str:
    """HTML-escaped text of a cell (empty for null)."""
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return ""
    if isinstance(value, (list, tuple)):
        return html.escape(", ".join(str(v) for v in value))
    return html.escape(str(value))


def anchor(kind: str, key: object) -> str:
    """The id of a row the report links to: ``c-`` citation, ``s-`` sentence, ``r-``
    reference, ``d-`` document (ids are content hashes and counters, escaped anyway)."""
    return html.escape(f"{kind}-{key}", quote=True)


def is_arabic(value: object) -> bool:
    """Whether a cell's text is mostly Arabic script (then it is laid out right to left)."""
    text = str(value)
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(ord(c) in _ARABIC for c in letters) * 2 >= len(letters)


def _cell(col: str, value: object, links: Mapping[str, str], text_cols: tuple[str, ...]) -> str:
    body = esc(value)
    if col in links and body:
        body = f'<a href="#{anchor(links[col], value)}">{body}</a>'
    attrs = ""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and not pd.isna(value):
        attrs = ' class="num"'
    elif col in text_cols:
        attrs = ' class="text"'
    return f"<td{attrs}>{body}</td>"


def data_table(
    frame: pd.DataFrame,
    *,
    label: str,
    row_ids: tuple[str, str] | None = None,
    links: Mapping[str, str] | None = None,
    text_cols: tuple[str, ...] = ("text", "raw", "title", "message"),
    empty: str = '<p class="muted">No rows.</p>',
) -> str:
    """``frame`` as a searchable, sortable, paged table with every row.

    Each cell takes the direction of its own text (CSS ``unicode-bidi: plaintext``), so an
    Arabic title reads right to left and a Latin author left to right in the same column.

    ``row_ids`` = ``(column, kind)`` gives each row the id ``kind-value`` so that links
    can reach it; ``links`` maps a column to the kind of row its values point to.
    """
    if frame.empty:
        return empty
    links = links or {}
    if len(frame) > PACK_ABOVE:
        return packed_table(frame, label=label, row_ids=row_ids, links=links, text_cols=text_cols)
    head = "".join(f'<th scope="col">{esc(c)}</th>' for c in frame.columns)
    rows = []
    for rec in frame.itertuples(index=False):
        row = dict(zip(frame.columns, rec, strict=True))
        ident = f' id="{anchor(row_ids[1], row[row_ids[0]])}"' if row_ids else ""
        cells = "".join(_cell(col, value, links, text_cols) for col, value in row.items())
        rows.append(f"<tr{ident}>{cells}</tr>")
    return (
        f'<div class="scroll"><table class="data" aria-label="{html.escape(label, quote=True)}">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def _json_value(value: object) -> object:
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return None
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()  # type: ignore[union-attr]
    return value if isinstance(value, (int, float, bool)) else str(value)


def packed_table(
    frame: pd.DataFrame,
    *,
    label: str,
    row_ids: tuple[str, str] | None,
    links: Mapping[str, str],
    text_cols: tuple[str, ...] = (),
) -> str:
    """A large table: its rows as gzipped JSON (base64) next to an empty table that the
    page's script fills with text nodes (never HTML), every row kept."""
    columns = [str(c) for c in frame.columns]
    data = {
        "rows": [[_json_value(v) for v in rec] for rec in frame.itertuples(index=False)],
        "links": {str(i): links[c] for i, c in enumerate(columns) if c in links},
        "id": [columns.index(row_ids[0]), row_ids[1]] if row_ids else None,
        "text": [i for i, c in enumerate(columns) if c in text_cols],
    }
    packed = gzip.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), mtime=0)
    head = "".join(f'<th scope="col">{esc(c)}</th>' for c in columns)
    return (
        f'<div class="scroll"><table class="data packed" aria-label="{html.escape(label, quote=True)}">'
        f"<thead><tr>{head}</tr></thead><tbody></tbody></table>"
        f'<script type="application/gzip;base64" data-araseclit="rows">{base64.b64encode(packed).decode("ascii")}'
        f'</script><noscript><p class="bad">{len(frame)} rows: this table needs JavaScript; '
        "they are also in the run's tables.</p></noscript></div>"
    )
