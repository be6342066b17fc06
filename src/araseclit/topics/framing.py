"""The framing map: which actors, threats, NGO roles and security concepts each topic talks
about, overall and broken down by section, paper, publication year and year of works cited.

Input tables have the run-table columns (``store/schema.py``): topic assignments, mentions,
sentences, documents, citations. A topic unit is a sentence (``unit_id == sent_id``) or a
paragraph (``unit_id == para_id``); mentions reach a unit through their sentence.
"""

from __future__ import annotations

import pandas as pd

#: columns of the framing map, in order; never depend on the input
FRAMING_COLUMNS: tuple[str, ...] = (
    "topic_id",
    "label",
    "entity_id",
    "category",
    "n_mentions",
    "n_docs",
    "n_units",
    "share",
    "breakdown",
    "key",
    "entity_text",
    "topic_label",
)
#: breakdowns in the map; "all" is the whole corpus (key = "")
BREAKDOWNS: tuple[str, ...] = ("all", "section", "doc", "year", "cited_year")


def _unit_of_sentence(assignments: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """``doc_id, sent_id, topic_id``: the topic of every sentence's unit."""
    sents = sentences[["doc_id", "sent_id", "para_id"]].astype({"sent_id": str})
    assign = assignments[["doc_id", "unit_id", "topic_id"]].astype({"unit_id": str})
    by_sent = sents.merge(assign, left_on=["doc_id", "sent_id"], right_on=["doc_id", "unit_id"])
    by_para = sents.dropna(subset=["para_id"]).merge(
        assign, left_on=["doc_id", "para_id"], right_on=["doc_id", "unit_id"]
    )
    both = pd.concat([by_sent, by_para], ignore_index=True)
    return both.drop_duplicates(["doc_id", "sent_id"])[["doc_id", "sent_id", "topic_id"]]


def _cited_years(citations: pd.DataFrame) -> pd.DataFrame:
    """``doc_id, sent_id, cited_year``: each distinct Gregorian year cited in a sentence."""
    if citations is None or citations.empty:
        return pd.DataFrame(columns=["doc_id", "sent_id", "cited_year"])
    cit = citations[["doc_id", "sent_id", "gregorian_year"]].dropna()
    cit = cit.rename(columns={"gregorian_year": "cited_year"})
    return cit.astype({"cited_year": int}).drop_duplicates()


def _joined(assignments, mentions, sentences, documents) -> pd.DataFrame:
    topic_of = _unit_of_sentence(assignments, sentences)
    m = mentions[["doc_id", "sent_id", "label", "category", "entity_id", "text"]]
    joined = m.merge(topic_of, on=["doc_id", "sent_id"])
    joined = joined.merge(sentences[["doc_id", "sent_id", "section_id"]], on=["doc_id", "sent_id"])
    years = documents[["doc_id", "year"]] if "year" in documents else None
    if years is not None:
        joined = joined.merge(years, on="doc_id", how="left")
    else:
        joined["year"] = None
    return joined


def _written_forms(frame: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """``keys`` and ``entity_text``: the most frequent written form of each group's entity; a
    tie goes to the first in code-point order, so the order of the mentions table cannot
    change the map. Counted in one grouping over (group, form), not a ``value_counts`` per
    group (that was most of the framing step: issue 12)."""
    texts = frame[frame["text"].notna()]
    counts = texts.groupby([*keys, "text"], dropna=False).size().rename("n").reset_index()
    counts = counts.sort_values(["n", "text"], ascending=[False, True], kind="mergesort")
    forms = counts.drop_duplicates(keys)[[*keys, "text"]]
    return forms.rename(columns={"text": "entity_text"})


def _aggregate(frame: pd.DataFrame, breakdown: str, key_col: str | None) -> pd.DataFrame:
    frame = frame.copy()
    frame["key"] = "" if key_col is None else frame[key_col]
    frame = frame[frame["key"].notna()]
    frame["key"] = frame["key"].map(lambda k: str(int(k)) if isinstance(k, float) else str(k))
    keys = ["topic_id", "label", "entity_id", "category", "key"]
    grouped = frame.groupby(keys, dropna=False).agg(
        n_mentions=("entity_id", "size"),
        n_docs=("doc_id", "nunique"),
        n_units=("sent_id", "nunique"),
    )
    grouped = grouped.reset_index().merge(_written_forms(frame, keys), on=keys, how="left")
    totals = grouped.groupby(["topic_id", "key"])["n_mentions"].transform("sum")
    grouped["share"] = grouped["n_mentions"] / totals
    grouped["breakdown"] = breakdown
    return grouped


def framing_map(
    assignments: pd.DataFrame,
    mentions: pd.DataFrame,
    sentences: pd.DataFrame,
    documents: pd.DataFrame,
    citations: pd.DataFrame | None = None,
    *,
    topics: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Long-form framing map with :data:`FRAMING_COLUMNS`.

    One row per topic x entity (``label`` = ACTOR/THREAT/SECURITY_CONCEPT/NGO_ROLE) x breakdown
    key. ``share`` is the entity's share of all mentions in that topic and key. Breakdowns:
    ``all`` (key ""), ``section`` (section_id), ``doc`` (doc_id), ``year`` (publication year of
    the document) and ``cited_year`` (a Gregorian year cited in the same sentence).
    ``topic_label`` comes from ``topics`` (TOPICS table) when given.
    """
    joined = _joined(assignments, mentions, sentences, documents)
    parts = [
        _aggregate(joined, "all", None),
        _aggregate(joined, "section", "section_id"),
        _aggregate(joined, "doc", "doc_id"),
        _aggregate(joined, "year", "year"),
    ]
    cited = joined.merge(_cited_years(citations), on=["doc_id", "sent_id"])
    parts.append(_aggregate(cited, "cited_year", "cited_year"))
    out = pd.concat([p for p in parts if not p.empty] or [pd.DataFrame()], ignore_index=True)
    out = out.reindex(columns=list(FRAMING_COLUMNS))
    if topics is not None and not out.empty:
        labels = dict(zip(topics["topic_id"], topics["label_ar"], strict=False))
        out["topic_label"] = out["topic_id"].map(labels)
    order = {b: i for i, b in enumerate(BREAKDOWNS)}
    out = out.sort_values(
        ["breakdown", "key", "topic_id", "n_mentions", "entity_id"],
        key=lambda c: c.map(order) if c.name == "breakdown" else c,
        ascending=[True, True, True, False, True],
    )
    return out.reset_index(drop=True).astype({"n_mentions": int, "n_docs": int, "n_units": int})
