"""One function per report section: run tables in, escaped HTML fragment out."""

from __future__ import annotations

import html

import pandas as pd

from araseclit.store.frames import empty_frame

_EMPTY = '<p class="muted">No rows in this run.</p>'


def esc(value: object) -> str:
    """HTML-escaped text of a cell (empty for null)."""
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return ""
    if isinstance(value, (list, tuple)):
        return html.escape(", ".join(str(v) for v in value))
    return html.escape(str(value))


def frame_to_html(frame: pd.DataFrame, max_rows: int = 200, rtl: tuple[str, ...] = ()) -> str:
    """A plain HTML table of ``frame`` (first ``max_rows`` rows), every cell escaped."""
    if frame.empty:
        return _EMPTY
    head = "".join(f"<th>{esc(c)}</th>" for c in frame.columns)
    rows = []
    for rec in frame.head(max_rows).itertuples(index=False):
        cells = []
        for col, value in zip(frame.columns, rec, strict=True):
            cls = (
                ' class="ar"'
                if col in rtl
                else (' class="num"' if isinstance(value, (int, float)) else "")
            )
            cells.append(f"<td{cls}>{esc(value)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    more = (
        f'<p class="muted">{len(frame) - max_rows} more rows in the table.</p>'
        if len(frame) > max_rows
        else ""
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{more}"


def bars(counts: pd.Series, max_items: int = 25) -> str:
    """A horizontal bar list of ``counts`` (label -> count), largest first."""
    if counts.empty:
        return _EMPTY
    counts = counts.sort_values(ascending=False).head(max_items)
    top = max(int(counts.max()), 1)
    rows = "".join(
        f'<tr><td class="ar">{esc(label)}</td><td class="num">{int(n)}</td>'
        f'<td><span class="bar" style="width:{200 * int(n) // top}px"></span></td></tr>'
        for label, n in counts.items()
    )
    return f"<table>{rows}</table>"


def _per_doc_counts(tables: dict[str, pd.DataFrame], table: str) -> pd.Series:
    frame = tables.get(table)
    if frame is None or frame.empty:
        return pd.Series(dtype="int64")
    return frame.groupby("doc_id").size()


def documents_section(tables: dict[str, pd.DataFrame]) -> str:
    docs = tables.get("documents", pd.DataFrame())
    if docs.empty:
        return _EMPTY
    view = docs[
        ["doc_id", "title", "source_format", "n_pages", "n_chars", "n_sentences", "repair_score"]
    ].copy()
    for table in ("citations", "references", "mentions", "claims"):
        view[table] = view["doc_id"].map(_per_doc_counts(tables, table)).fillna(0).astype(int)
    return frame_to_html(view, rtl=("title",))


def audit_section(tables: dict[str, pd.DataFrame]) -> str:
    docs = tables.get("documents", pd.DataFrame())
    if docs.empty:
        return _EMPTY
    from araseclit.cite import audit, audit_to_html

    parts = []
    citations = tables.get("citations", empty_frame("citations"))
    references = tables.get("references", empty_frame("references"))
    for doc_id, title in zip(docs["doc_id"], docs["title"], strict=True):
        cits = citations[citations["doc_id"] == doc_id].to_dict("records")
        refs = references[references["doc_id"] == doc_id].to_dict("records")
        result = audit(cits, refs, doc_id=doc_id)
        coverage = result.get("coverage")
        cov = f"{coverage:.0%}" if isinstance(coverage, (int, float)) else "n/a"
        parts.append(
            f'<details><summary><span class="ar">{esc(title)}</span> — {len(cits)} citations, '
            f"{len(refs)} references, coverage {cov}</summary>{audit_to_html(result)}</details>"
        )
    return "".join(parts)


def entity_names() -> dict[str, str]:
    """``entity_id -> "name_ar — name_en"`` from the lexicon, for readable labels."""
    from araseclit.tag.lexicon import load_lexicon

    return {e.id: f"{e.name_ar} — {e.name_en}" for e in load_lexicon().entries}


def mentions_section(tables: dict[str, pd.DataFrame]) -> str:
    mentions = tables.get("mentions", pd.DataFrame())
    if mentions.empty:
        return _EMPTY
    names = entity_names()
    parts = []
    for label, group in mentions.groupby("label"):
        key = pd.Series([
            names.get(e, e) if isinstance(e, str) else f"candidate: {t}"
            for e, t in zip(group["entity_id"], group["text"], strict=True)
        ], dtype=object)  # fmt: skip
        parts.append(f"<h3>{esc(label)} ({len(group)})</h3>{bars(key.value_counts())}")
    parts.append(_cooccurrence_html(tables, names))
    return "".join(parts)


def _cooccurrence_html(tables: dict[str, pd.DataFrame], names: dict[str, str]) -> str:
    co = tables.get("cooccurrence", empty_frame("cooccurrence"))
    parts = []
    for cols, title in (
        ("THREAT", "Actor × threat"),
        ("NGO_ROLE", "Actor × NGO role"),
        ("SECURITY_CONCEPT", "Actor × security concept"),
    ):
        view = co[(co["level"] == "sentence") & (co["col_label"] == cols)]
        if view.empty:
            continue
        top_rows = view.groupby("row_id")["n_units"].sum().nlargest(12).index
        top_cols = view.groupby("col_id")["n_units"].sum().nlargest(10).index
        matrix = view[view["row_id"].isin(top_rows) & view["col_id"].isin(top_cols)].pivot_table(
            index="row_id", columns="col_id", values="n_units", aggfunc="sum", fill_value=0
        )
        matrix.index = [names.get(i, i) for i in matrix.index]
        matrix.columns = [names.get(c, c) for c in matrix.columns]
        parts.append(
            f"<h3>{esc(title)} (sentences naming both)</h3>"
            f"{frame_to_html(matrix.reset_index(names='actor'), rtl=('actor',))}"
        )
    return "".join(parts)


def claims_section(tables: dict[str, pd.DataFrame]) -> str:
    claims = tables.get("claims", pd.DataFrame())
    if claims.empty:
        return _EMPTY
    by_type = (
        claims.groupby(["claim_type", "hedged"], dropna=False).size().rename("n").reset_index()
    )
    graph = tables.get("claim_graph", empty_frame("claim_graph"))
    links = graph.dropna(subset=["threat_id", "actor_id"])
    sample = claims[["doc_id", "claim_type", "hedged", "attributed_to", "text"]]
    return (
        f"<h3>Claims by type</h3>{frame_to_html(by_type)}"
        f"<h3>Claim graph: who links which threat to which actor</h3>"
        f"{frame_to_html(links, max_rows=60, rtl=('source',))}"
        f"<h3>Claims</h3>{frame_to_html(sample, max_rows=100, rtl=('text', 'attributed_to'))}"
    )


def topics_section(tables: dict[str, pd.DataFrame]) -> str:
    topics = tables.get("topics", pd.DataFrame())
    if topics.empty:
        return _EMPTY
    parts = [frame_to_html(topics, rtl=("label_ar", "words"))]
    framing = tables.get("framing", empty_frame("framing"))
    if not framing.empty:
        from araseclit.topics import framing_summary, plot_framing

        summary = framing_summary(framing, topics)
        fig = plot_framing(framing, topics)
        parts.append(
            f"<h3>How each topic frames NGOs and security</h3>"
            f'<p class="muted">PNG for papers: figures/framing.png</p>'
            f"{fig.to_html(include_plotlyjs=True, full_html=False)}"
            f"<h3>Summary (Arabic / English)</h3>"
            f'<div class="ar" style="white-space:pre-wrap;direction:rtl">{esc(summary)}</div>'
        )
    return "".join(parts)


def errors_section(tables: dict[str, pd.DataFrame]) -> str:
    """Failures first, then the warnings of documents that were analysed."""
    errors = tables.get("errors", empty_frame("errors"))
    warned = errors["severity"].fillna("") == "warning" if "severity" in errors else None
    failed = errors if warned is None else errors[~warned]
    parts = [frame_to_html(failed) if len(failed) else '<p class="ok">No document failed.</p>']
    if warned is not None and warned.any():
        parts.append(
            f"<h3>Warnings ({int(warned.sum())})</h3>"
            '<p class="muted">These documents were analysed; check their text '
            "(W101: damaged text layer, W102: lines repaired with low confidence).</p>"
            + frame_to_html(errors[warned])
        )
    return "".join(parts)
