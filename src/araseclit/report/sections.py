"""One function per report section: run tables in, escaped HTML fragment out.

Tables keep every row (the page pages them); citations link to their sentence and to
their reference entry, and a cited work with no entry says so.
"""

from __future__ import annotations

import html

import pandas as pd

from araseclit.report.tables import data_table, esc, is_arabic
from araseclit.store.frames import empty_frame

_EMPTY = '<p class="muted">No rows in this run.</p>'
#: the sentence and reference row a citation links to
CITATION_LINKS = {"sentence": "s", "reference": "r", "document": "d"}


def _table(tables: dict[str, pd.DataFrame], name: str) -> pd.DataFrame:
    frame = tables.get(name)
    return empty_frame(name) if frame is None else frame


def _titles(tables: dict[str, pd.DataFrame]) -> dict[str, str]:
    docs = _table(tables, "documents")
    return dict(zip(docs["doc_id"], docs["title"].fillna(""), strict=True))


def _per_doc(tables: dict[str, pd.DataFrame], name: str) -> pd.Series:
    frame = _table(tables, name)
    return frame.groupby("doc_id").size() if len(frame) else pd.Series(dtype="int64")


def bars(counts: pd.Series, max_items: int = 25) -> str:
    """A horizontal bar list of the ``max_items`` largest counts (label -> count); says
    how many labels it leaves out."""
    if counts.empty:
        return _EMPTY
    counts = counts.sort_values(ascending=False)
    shown = counts.head(max_items)
    top = max(int(shown.max()), 1)
    rows = "".join(
        f'<tr><td dir="auto">{esc(label)}</td><td class="num">{int(n)}</td>'
        f'<td><span class="bar" style="width:{8 * int(n) // top}em"></span></td></tr>'
        for label, n in shown.items()
    )
    more = len(counts) - len(shown)
    note = f'<p class="muted">{more} more, with fewer mentions, in the table of entities.</p>'
    return f'<div class="scroll"><table>{rows}</table></div>' + (note if more else "")


def documents_section(tables: dict[str, pd.DataFrame]) -> str:
    """One row per document: its path and title, then what was found in it."""
    docs = _table(tables, "documents")
    if docs.empty:
        return _EMPTY
    cits = _table(tables, "citations")
    no_entry = cits[cits["ref_id"].isna()].groupby("doc_id").size() if len(cits) else None
    errors = _table(tables, "errors")
    warned = errors[errors["severity"].fillna("") == "warning"].groupby("doc_id").size()
    view = pd.DataFrame({
        "document": docs["doc_id"],
        "title": docs["title"],
        "path": docs["path"],
        "format": docs["source_format"],
        "pages": docs["n_pages"],
        "sentences": docs["n_sentences"],
    })  # fmt: skip
    for name in ("citations", "references", "mentions", "claims"):
        view[name] = docs["doc_id"].map(_per_doc(tables, name)).fillna(0).astype(int)
    view["cited without entry"] = (
        docs["doc_id"].map(no_entry).fillna(0).astype(int) if no_entry is not None else 0
    )
    view["warnings"] = docs["doc_id"].map(warned).fillna(0).astype(int)
    return data_table(view, label="Documents", row_ids=("document", "d"))


def audit_section(tables: dict[str, pd.DataFrame]) -> str:
    """Per document: citations, works cited, coverage, cited works with no entry and
    entries never cited (the rows themselves are in the citations and references tables)."""
    docs = _table(tables, "documents")
    if docs.empty:
        return _EMPTY
    from araseclit.cite import audit

    citations, references = _table(tables, "citations"), _table(tables, "references")
    rows = []
    for doc_id, title in zip(docs["doc_id"], docs["title"], strict=True):
        cits = citations[citations["doc_id"] == doc_id].to_dict("records")
        refs = references[references["doc_id"] == doc_id].to_dict("records")
        result = audit(cits, refs, doc_id=doc_id)
        coverage = result.get("coverage")
        rows.append({
            "document": doc_id,
            "title": title,
            "citations": len(cits),
            "works cited": result["works_cited"],
            "references": len(refs),
            "coverage": f"{coverage:.0%}" if isinstance(coverage, (int, float)) else "n/a",
            "cited without entry": len(result["missing_references"]),
            "entries never cited": len(result["uncited_references"]),
            "problems": "; ".join(str(p) for p in result["problems"]),
        })  # fmt: skip
    return data_table(
        pd.DataFrame(rows), label="Citation audit per document", links={"document": "d"}
    )


def citations_section(tables: dict[str, pd.DataFrame]) -> str:
    cits = _table(tables, "citations")
    if cits.empty:
        return _EMPTY
    view = pd.DataFrame({
        "citation": cits["cit_id"],
        "raw": cits["raw"],
        "author": cits["author"],
        "year": cits["year_text"],
        "page": cits["page"],
        "kind": cits["kind"],
        "sentence": cits["sent_id"],
        "reference": cits["ref_id"],
        "in the list": cits["ref_id"].notna().map({True: "yes", False: "no entry"}),
        "document": cits["doc_id"],
    })  # fmt: skip
    table = data_table(view, label="Citations", row_ids=("citation", "c"), links=CITATION_LINKS)
    missing = int(cits["ref_id"].isna().sum())
    note = (
        f'<p class="bad">{missing} citation(s) name a work with no entry in the reference '
        'list ("no entry"); they are not matched to any entry.</p>'
        if missing
        else '<p class="ok">Every citation has its reference entry.</p>'
    )
    return note + table


def references_section(tables: dict[str, pd.DataFrame]) -> str:
    refs = _table(tables, "references")
    if refs.empty:
        return _EMPTY
    cits = _table(tables, "citations")
    cited = cits.groupby("ref_id").size() if len(cits) else pd.Series(dtype="int64")
    view = pd.DataFrame({
        "reference": refs["ref_id"],
        "raw": refs["raw"],
        "authors": refs["authors"],
        "year": refs["year_text"],
        "title": refs["title"],
        "times cited": refs["ref_id"].map(cited).fillna(0).astype(int),
        "document": refs["doc_id"],
    })  # fmt: skip
    return data_table(view, label="References", row_ids=("reference", "r"), links={"document": "d"})


def sentences_section(tables: dict[str, pd.DataFrame]) -> str:
    """The sentences that carry a citation or a claim (all sentences are in the
    sentences table of the run)."""
    sents = _table(tables, "sentences")
    if sents.empty:
        return _EMPTY
    keep = set(_table(tables, "citations")["sent_id"]) | set(_table(tables, "claims")["sent_id"])
    shown = sents[sents["sent_id"].isin(keep)]
    view = pd.DataFrame({
        "sentence": shown["sent_id"],
        "text": shown["text"],
        "page": shown["page"],
        "document": shown["doc_id"],
    })  # fmt: skip
    note = (
        f'<p class="muted">{len(shown)} of {len(sents)} sentences: those with a citation or '
        "a claim. Every sentence is in <code>tables/sentences.parquet</code>.</p>"
    )
    return note + data_table(
        view, label="Sentences", row_ids=("sentence", "s"), links={"document": "d"}
    )


def entity_names() -> dict[str, str]:
    """``entity_id -> "name_ar — name_en"`` from the lexicon, for readable labels."""
    from araseclit.tag.lexicon import load_lexicon

    return {e.id: f"{e.name_ar} — {e.name_en}" for e in load_lexicon().entries}


def mentions_section(tables: dict[str, pd.DataFrame]) -> str:
    """Bars of the most mentioned entities per label, the co-occurrence maps, then every
    entity (or unresolved name) with its count: one row per entity, not per mention, so
    the page stays small on a large corpus (each mention is in the mentions table)."""
    mentions = _table(tables, "mentions")
    if mentions.empty:
        return _EMPTY
    names = entity_names()
    key = pd.Series([
        names.get(e, e) if isinstance(e, str) else f"candidate: {t}"
        for e, t in zip(mentions["entity_id"], mentions["text"], strict=True)
    ], index=mentions.index, dtype=object)  # fmt: skip
    parts = []
    for label, group in key.groupby(mentions["label"]):
        parts.append(f"<h3>{esc(label)} ({len(group)})</h3>{bars(group.value_counts())}")
    parts.append(_cooccurrence_html(tables, names))
    counted = (
        mentions.assign(entity=key)
        .groupby(["entity", "label", "category"], dropna=False)
        .agg(mentions=("mention_id", "size"), documents=("doc_id", "nunique"))
        .reset_index()
        .sort_values("mentions", ascending=False)
    )
    parts.append(
        f"<h3>Every entity ({len(counted)}, {len(mentions)} mentions)</h3>"
        '<p class="muted">Each mention, with its offsets and sentence, is in '
        "<code>tables/mentions.parquet</code>.</p>"
    )
    parts.append(data_table(counted, label="Entities"))
    return "".join(parts)


def heatmap(matrix: pd.DataFrame, label: str) -> str:
    """A table whose cells are shaded by value: readable on a phone (it scrolls in its
    box), selectable text, no script; the value is written in each cell."""
    if matrix.empty:
        return _EMPTY
    top = max(float(matrix.to_numpy().max()), 1.0)
    head = "".join(f'<th scope="col" dir="auto">{esc(c)}</th>' for c in matrix.columns)
    rows = []
    for name, values in matrix.iterrows():
        cells = []
        for col, value in values.items():
            share = float(value) / top
            ink = "#fff" if share > 0.55 else "#1d2433"
            cells.append(
                f'<td title="{esc(name)} × {esc(col)}: {esc(value)}" '
                f'style="background:rgba(31,94,180,{share:.2f});color:{ink}">{esc(value)}</td>'
            )
        rows.append(f'<tr><th scope="row" dir="auto">{esc(name)}</th>{"".join(cells)}</tr>')
    return (
        f'<div class="scroll"><table class="heat" aria-label="{html.escape(label, quote=True)}">'
        f"<thead><tr><th></th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def _cooccurrence_html(tables: dict[str, pd.DataFrame], names: dict[str, str]) -> str:
    co = _table(tables, "cooccurrence")
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
            f"<h3>{esc(title)} (sentences naming both; the 12 × 10 most frequent)</h3>"
            f"{heatmap(matrix, title)}"
        )
    return "".join(parts)


def claims_section(tables: dict[str, pd.DataFrame]) -> str:
    claims = _table(tables, "claims")
    if claims.empty:
        return _EMPTY
    by_type = (
        claims.groupby(["claim_type", "hedged"], dropna=False).size().rename("n").reset_index()
    )
    graph = _table(tables, "claim_graph").dropna(subset=["threat_id", "actor_id"])
    links = (
        graph.groupby(["source", "threat_id", "relation", "actor_id"], dropna=False)
        .agg(claims=("claim_id", "nunique"), documents=("doc_id", "nunique"))
        .reset_index()
        .sort_values("claims", ascending=False)
    )
    view = claims[["claim_id", "claim_type", "hedged", "attributed_to", "text", "sent_id"]]
    view = view.rename(columns={"claim_id": "claim", "sent_id": "sentence"})
    return (
        f"<h3>Claims by type</h3>{data_table(by_type, label='Claims by type')}"
        f"<h3>Claim graph: who links which threat to which actor</h3>"
        f"{data_table(links, label='Claim graph')}"
        f"<h3>Claims ({len(claims)})</h3>"
        f"{data_table(view, label='Claims', links={'sentence': 's'})}"
    )


def topics_section(tables: dict[str, pd.DataFrame]) -> str:
    """The topics, then every topic view the run holds (the framing map for now)."""
    topics = _table(tables, "topics")
    if topics.empty:
        return _EMPTY
    parts = [data_table(topics, label="Topics")]
    framing = _table(tables, "framing")
    if not framing.empty:
        from araseclit.topics import framing_summary
        from araseclit.topics.plots import framing_matrix

        names = dict(zip(topics["topic_id"], topics["label_ar"], strict=False))
        matrix = framing_matrix(framing.assign(topic_label=framing["topic_id"].map(names)))
        summary = framing_summary(framing, topics)
        parts.append(
            "<h3>How each topic frames NGOs and security (mentions per topic and entity)</h3>"
            '<p class="muted">PNG for papers: figures/framing.png</p>'
            f"{heatmap(matrix, 'Framing map')}<h3>Summary</h3>"
            f'<div style="white-space:pre-wrap" dir="auto"'
            f"{' lang=ar' if is_arabic(summary) else ''}>{esc(summary)}</div>"
        )
    parts.extend(_topic_views(tables))
    return "".join(parts)


#: topic tables the section does not show as views: the topics themselves, and one row
#: per unit (in tables/topic_assignments.parquet)
_NOT_VIEWS = {"topics", "topic_assignments"}


def _topic_views(tables: dict[str, pd.DataFrame]) -> list[str]:
    """Every other table of the topic model the run holds (BERTopic's views: topics over
    time, per section, ...), as a table each, so a new view shows without a new section."""
    parts = []
    for name in sorted(tables):
        frame = tables[name]
        if name.startswith("topic") and name not in _NOT_VIEWS and len(frame):
            title = name.replace("_", " ")
            parts.append(f"<h3>{esc(title)} ({len(frame)})</h3>{data_table(frame, label=title)}")
    return parts


def errors_section(tables: dict[str, pd.DataFrame]) -> str:
    """Failures first, then the warnings of documents that were analysed."""
    errors = _table(tables, "errors")
    warned = errors["severity"].fillna("") == "warning"
    failed = errors[~warned]
    columns = ["code", "path", "stage", "message", "doc_id"]
    parts = [
        data_table(failed[columns], label="Failures")
        if len(failed)
        else '<p class="ok">No document failed.</p>'
    ]
    if warned.any():
        parts.append(
            f"<h3>Warnings ({int(warned.sum())})</h3>"
            '<p class="muted">These documents were analysed; check their text '
            "(W101: damaged text layer, W102: lines repaired with low confidence).</p>"
            + data_table(errors[warned][columns], label="Warnings", links={"doc_id": "d"})
        )
    return "".join(parts)
