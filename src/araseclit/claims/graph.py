"""Corpus-level tables over claims and mentions, as pandas DataFrames with fixed columns.

- :func:`claim_graph`: who links which threat to which actor, on whose authority — one row per
  (claim, threat, actor) pair.
- :func:`cooccurrence`: how often entities of two labels (e.g. ACTOR × THREAT) share a
  sentence, paragraph or document, in long form.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable
from itertools import product
from numbers import Integral

import numpy as np
import pandas as pd

from araseclit.claims.attribution import AUTHOR
from araseclit.claims.lexicon import ClaimCues, load_cues
from araseclit.normalize import normalize_text, normalize_token

#: columns of :func:`claim_graph`, whatever the input
CLAIM_GRAPH_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "claim_id",
    "source",
    "source_kind",
    "threat_id",
    "actor_id",
    "relation",
    "hedged",
    "claim_type",
)
#: columns of :func:`cooccurrence`, whatever the level or labels
COOCCURRENCE_COLUMNS: tuple[str, ...] = (
    "level",
    "row_label",
    "row_id",
    "col_label",
    "col_id",
    "n_units",
    "n_docs",
)
LEVELS: tuple[str, ...] = ("sentence", "paragraph", "document")
LABELS: tuple[str, ...] = ("ACTOR", "THREAT", "SECURITY_CONCEPT", "NGO_ROLE")

Records = Iterable[dict] | pd.DataFrame


def _records(data: Records | None) -> list[dict]:
    if data is None:
        return []
    if isinstance(data, pd.DataFrame):  # run tables: pd.NA / NaN become None
        return data.astype(object).where(data.notna(), None).to_dict("records")
    return list(data)


def _inferred(data: Records | None, columns: Iterable[str]) -> pd.DataFrame:
    """``pd.DataFrame(_records(data))`` restricted to ``columns`` (those ``data`` has), made
    column by column: the same values and inferred types, without a dict per row of a whole
    corpus table."""
    if not isinstance(data, pd.DataFrame):
        frame = pd.DataFrame(_records(data))
        return frame[[c for c in columns if c in frame.columns]]
    if data.empty:
        return pd.DataFrame()
    values = {
        c: data[c].astype(object).where(data[c].notna(), None).tolist()
        for c in columns
        if c in data.columns
    }
    return pd.DataFrame(values)


def _entity(m: dict) -> str:
    """Entity id of a mention; an untagged mention falls back to its normalised text."""
    eid = m.get("entity_id")
    if isinstance(eid, str) and eid:
        return eid
    return normalize_token(str(m.get("text") or ""))


class _MentionIndex:
    """The mentions of a corpus, found by sentence and by position in one step each, so the
    claim graph costs time linear in the corpus, not claims x mentions.

    A mention is inside a claim when both name a sentence and it is the same one; otherwise
    when the mention starts inside the claim's span. Mentions come back in input order."""

    def __init__(self, mentions: list[dict]) -> None:
        self.mentions = mentions
        self.by_sentence: dict[tuple[object, str], list[int]] = defaultdict(list)
        # per document: (start, index) of every mention with a start, and of those of them
        # with no sentence id, each sorted by start
        self.all_starts: dict[object, list[tuple[int, int]]] = defaultdict(list)
        self.unsentenced: dict[object, list[tuple[int, int]]] = defaultdict(list)
        for k, m in enumerate(mentions):
            doc = m.get("doc_id")
            if isinstance(m.get("sent_id"), str):
                self.by_sentence[doc, m["sent_id"]].append(k)
            start = m.get("start")
            if isinstance(start, Integral):
                self.all_starts[doc].append((int(start), k))
                if not isinstance(m.get("sent_id"), str):
                    self.unsentenced[doc].append((int(start), k))
        for table in (self.all_starts, self.unsentenced):
            for spans in table.values():
                spans.sort()

    @staticmethod
    def _within(spans: list[tuple[int, int]], lo: int, hi: int) -> list[int]:
        a = bisect.bisect_left(spans, (lo, -1))
        b = bisect.bisect_left(spans, (hi, -1))
        return [k for _, k in spans[a:b]]

    def inside(self, claim: dict) -> list[dict]:
        doc = claim.get("doc_id")
        lo, hi = claim.get("start"), claim.get("end")
        spanned = isinstance(lo, Integral) and isinstance(hi, Integral)
        if isinstance(claim.get("sent_id"), str):
            found = list(self.by_sentence.get((doc, claim["sent_id"]), []))
            if spanned:
                found += self._within(self.unsentenced.get(doc, []), int(lo), int(hi))
        else:
            found = self._within(self.all_starts.get(doc, []), int(lo), int(hi)) if spanned else []
        return [self.mentions[k] for k in sorted(found)]


def _source(claim: dict, citations: dict[str, dict]) -> tuple[str, str]:
    cit_ids = list(claim.get("cit_ids") if claim.get("cit_ids") is not None else [])
    if cit_ids:
        labels = []
        for cid in cit_ids:
            c = citations.get(cid, {})
            name = c.get("author") or c.get("raw") or claim.get("attributed_to")
            year = c.get("year_text") or c.get("year")
            label = name if year is None or pd.isna(year) or year == "" else f"{name} {year}"
            if label not in labels:
                labels.append(str(label))
        return "; ".join(labels), "citation"
    source = claim.get("attributed_to") or AUTHOR
    return source, "author" if source == AUTHOR else "narrative"


def _relation(claim: dict, actor: dict | None, threat: dict | None, cues: ClaimCues) -> str:
    """How the claim relates the actor to the threat, from the actor's side."""
    norm = normalize_text(str(claim.get("text") or "")).text
    if actor is None or threat is None:
        return "mentions"
    if cues.regex["relations.counters"].search(norm):
        return "counters"
    if cues.regex["relations.affected_by"].search(norm):
        return "affected_by"
    if claim.get("claim_type") == "causal":
        return "causes" if actor.get("start", 0) < threat.get("start", 0) else "affected_by"
    return "associated"


def _first_by_entity(mentions: list[dict], label: str) -> list[dict]:
    seen: dict[str, dict] = {}
    for m in mentions:
        if m.get("label") == label and _entity(m) not in seen:
            seen[_entity(m)] = m
    return list(seen.values())


def claim_graph(
    claims: Records, mentions: Records, citations: Records | None = None
) -> pd.DataFrame:
    """One row per (claim, threat, actor): who links which threat to which actor, on whose
    authority. ``source_kind`` is "citation", "narrative" or "author"; ``relation`` is "counters",
    "affected_by", "causes" (the actor brings the threat about), "associated", or "mentions" when
    the claim names only a threat or only an actor (the other id is then null). Claims naming
    neither are left out."""
    cues = load_cues()
    if isinstance(claims, pd.DataFrame) and isinstance(mentions, pd.DataFrame):
        reach = _Reach(mentions, citations)
        parts = [
            _claim_graph(*reach.batch(claims.iloc[i : i + _BATCH]), cues)
            for i in range(0, len(claims), _BATCH)
        ]
        parts = [p for p in parts if len(p)]
        if len(parts) > 1:
            return pd.concat(parts, ignore_index=True)
        if parts:
            return parts[0]
        return _claim_graph([], [], [], cues)
    return _claim_graph(claims, mentions, citations, cues)


#: claims of a run table read at a time by :func:`claim_graph`, with the mentions and
#: citations they can reach: a dict per row of a whole corpus table, all at once, was the
#: step's peak (issue 12: 202,920 mentions of a 20 MB book)
_BATCH = 10_000


class _Reach:
    """The rows of the mention and citation tables a batch of claims can reach
    (:class:`_MentionIndex`: a mention of the claim's sentence, one with no sentence in its
    document; every mention of its document for a claim with no sentence), in table order.

    The tables are grouped once, by document, by sentence and by citation id, so a batch costs
    the rows it reaches: matching each batch against whole tables cost batches x mentions."""

    def __init__(self, mentions: pd.DataFrame, citations: Records | None) -> None:
        self.mentions = mentions
        docs = mentions["doc_id"]
        self.by_doc = _positions([docs])
        sents = mentions.get("sent_id")
        if sents is None:
            self.by_sentence: dict[object, np.ndarray] = {}
            self.unsentenced = self.by_doc
        else:
            self.by_sentence = _positions([docs, sents])
            self.unsentenced = _positions([docs], sents.isna())
        self.citations = citations
        self.by_cit: dict[object, np.ndarray] | None = None
        if isinstance(citations, pd.DataFrame) and "cit_id" in citations:
            self.by_cit = _positions([citations["cit_id"]])

    def batch(self, claims: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, Records | None]:
        """``claims`` and the mention and citation rows they can reach."""
        docs = claims["doc_id"]
        has_sentence = (
            claims["sent_id"].notna()
            if "sent_id" in claims
            else pd.Series(False, index=claims.index)
        )
        whole_docs = set(docs[~has_sentence].dropna())
        keys = set(zip(docs[has_sentence], claims.loc[has_sentence, "sent_id"], strict=True))
        found = [self.by_doc.get(d, _NONE) for d in whole_docs]
        found += [self.by_sentence.get(k, _NONE) for k in keys]
        found += [self.unsentenced.get(d, _NONE) for d in set(docs[has_sentence].dropna())]
        rows = np.unique(np.concatenate(found)) if found else _NONE
        citations = self.citations
        if self.by_cit is not None and "cit_ids" in claims:
            cited = {str(c) for ids in claims["cit_ids"] if ids is not None for c in ids}
            cit_rows = [self.by_cit[c] for c in cited if c in self.by_cit]
            cit_rows = np.unique(np.concatenate(cit_rows)) if cit_rows else _NONE
            citations = self.citations.iloc[cit_rows]  # type: ignore[union-attr]
        return claims, self.mentions.iloc[rows], citations


_NONE = np.zeros(0, dtype=np.intp)


def _positions(keys: list[pd.Series], rows: pd.Series | None = None) -> dict[object, np.ndarray]:
    """Positions of the table's rows (those ``rows`` marks, or all) per value of ``keys``
    (a tuple of them for two keys); rows with a null key are left out."""
    at = np.arange(len(keys[0])) if rows is None else np.flatnonzero(rows.to_numpy())
    keys = [k.astype(object) if rows is None else k[rows].astype(object) for k in keys]
    groups = keys[0].groupby(keys if len(keys) > 1 else keys[0], sort=False).indices
    return {k: at[v] for k, v in groups.items()}


def _claim_graph(
    claims: Records, mentions: Records, citations: Records | None, cues: ClaimCues
) -> pd.DataFrame:
    index = _MentionIndex(_records(mentions))
    by_cit = {c["cit_id"]: c for c in _records(citations) if c.get("cit_id") is not None}
    rows = []
    for claim in _records(claims):
        inside = index.inside(claim)
        threats = _first_by_entity(inside, "THREAT")
        actors = _first_by_entity(inside, "ACTOR")
        if not threats and not actors:
            continue
        source, kind = _source(claim, by_cit)
        for threat, actor in product(threats or [None], actors or [None]):
            rows.append(
                {
                    "doc_id": claim.get("doc_id"),
                    "claim_id": claim.get("claim_id"),
                    "source": source,
                    "source_kind": kind,
                    "threat_id": _entity(threat) if threat else None,
                    "actor_id": _entity(actor) if actor else None,
                    "relation": _relation(claim, actor, threat, cues),
                    "hedged": bool(claim.get("hedged")),
                    "claim_type": claim.get("claim_type"),
                }
            )
    frame = pd.DataFrame(rows, columns=list(CLAIM_GRAPH_COLUMNS)).astype(object)
    return frame.where(frame.notna(), None)  # a missing actor/threat is None, not NaN


def _units(mentions: pd.DataFrame, sentences: Records | None, level: str) -> pd.DataFrame:
    """Mentions with a ``unit`` column: the sentence, paragraph or document they sit in."""
    if level == "document":
        return mentions.assign(unit=mentions["doc_id"])
    if level == "sentence":
        return mentions.assign(unit=mentions["sent_id"])
    sents = _inferred(sentences, ("doc_id", "sent_id", "para_id"))
    if sents.empty or "para_id" not in sents:
        raise ValueError("cooccurrence(level='paragraph') needs sentences with a para_id column")
    para = sents[["doc_id", "sent_id", "para_id"]].drop_duplicates("sent_id")
    merged = mentions.merge(para, on=["doc_id", "sent_id"], how="inner")
    return merged.assign(unit=merged["para_id"])


#: the mention columns co-occurrence reads
_COOCCURRENCE_READS = ("doc_id", "sent_id", "label", "entity_id", "text")


def mentions_with_entities(mentions: Records | pd.DataFrame) -> pd.DataFrame:
    """The mentions :func:`cooccurrence` reads, with the ``entity`` each stands for (its lexicon
    id, else its normalised text); a frame this made already is returned as it is. A caller that
    counts several views of one corpus passes :func:`cooccurrence` this frame, so the entities
    are found once, not once a view."""
    if isinstance(mentions, pd.DataFrame) and "entity" in mentions.columns:
        return mentions
    frame = _inferred(mentions, _COOCCURRENCE_READS)
    if frame.empty:
        return frame
    ids = frame["entity_id"].tolist() if "entity_id" in frame else [None] * len(frame)
    texts = frame["text"].tolist() if "text" in frame else [None] * len(frame)
    entities = [_entity({"entity_id": e, "text": t}) for e, t in zip(ids, texts, strict=True)]
    return frame.assign(entity=entities)


def cooccurrence(
    mentions: Records,
    sentences: Records | None = None,
    level: str = "sentence",
    rows: str = "ACTOR",
    cols: str = "THREAT",
) -> pd.DataFrame:
    """Long-form co-occurrence counts of ``rows``-labelled and ``cols``-labelled entities.

    ``n_units``: sentences (or paragraphs, documents) where both occur; ``n_docs``: documents
    where they co-occur at that level. Sorted by ``n_units`` descending. ``sentences`` (the
    SENTENCES run table) is needed only for ``level="paragraph"``; ``mentions`` may be the frame
    of :func:`mentions_with_entities`. Raises ``ValueError`` for an unknown level or label.
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, not {level!r}")
    for label in (rows, cols):
        if label not in LABELS:
            raise ValueError(f"label must be one of {LABELS}, not {label!r}")
    frame = mentions_with_entities(mentions)
    if frame.empty:
        return pd.DataFrame(columns=list(COOCCURRENCE_COLUMNS))
    frame = _units(frame, sentences, level)
    left = frame.loc[frame["label"] == rows, ["doc_id", "unit", "entity"]].drop_duplicates()
    right = frame.loc[frame["label"] == cols, ["doc_id", "unit", "entity"]].drop_duplicates()
    pairs = left.merge(right, on=["doc_id", "unit"], suffixes=("_row", "_col"))
    pairs = pairs[pairs["entity_row"] != pairs["entity_col"]]
    table = (
        pairs.groupby(["entity_row", "entity_col"])
        .agg(n_units=("unit", "nunique"), n_docs=("doc_id", "nunique"))
        .reset_index()
        .rename(columns={"entity_row": "row_id", "entity_col": "col_id"})
        .assign(level=level, row_label=rows, col_label=cols)
        .sort_values(["n_units", "row_id", "col_id"], ascending=[False, True, True])
    )
    return table[list(COOCCURRENCE_COLUMNS)].reset_index(drop=True)
