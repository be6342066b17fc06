"""Claim graph and co-occurrence tables on hand-built records."""

from __future__ import annotations

import pandas as pd
import pytest

from araseclit.claims import find_claims
from araseclit.claims.graph import (
    CLAIM_GRAPH_COLUMNS,
    COOCCURRENCE_COLUMNS,
    claim_graph,
    cooccurrence,
    mentions_with_entities,
)

SENTENCES = [
    (
        "d1",
        "d1-s0000",
        "d1-p0000",
        "أدى تمدد داعش إلى تهجير المسيحيين من سهل نينوى (Kaldor، 2012: 6).",
    ),
    ("d1", "d1-s0001", "d1-p0000", "وتعمل المنظمات المدنية على مكافحة التطرف في الموصل."),
    (
        "d1",
        "d1-s0002",
        "d1-p0001",
        "ويرى الباحثون أن الفصائل المسلحة قد تعرقل عمل المنظمات المدنية.",
    ),
    ("d2", "d2-s0000", "d2-p0000", "وتعمل المنظمات المدنية في البصرة على الحد من تعاطي المخدرات."),
]
# (sent index, surface, label, entity_id)
MENTIONS = [
    (0, "داعش", "ACTOR", "A:isis"),
    (0, "المسيحيين", "ACTOR", "A:christians"),
    (0, "تهجير", "THREAT", "T:displacement"),
    (1, "المنظمات المدنية", "ACTOR", "A:ngo"),
    (1, "التطرف", "THREAT", "T:extremism"),
    (2, "الفصائل المسلحة", "ACTOR", "A:militia"),
    (2, "المنظمات المدنية", "ACTOR", "A:ngo"),
    (3, "المنظمات المدنية", "ACTOR", "A:ngo"),
    (3, "المخدرات", "THREAT", "T:drugs"),
    (3, "الحد من", "NGO_ROLE", "R:prevention"),
]


def build() -> tuple[pd.DataFrame, pd.DataFrame, list[dict], list[dict]]:
    rows, texts = [], {}
    for doc_id, sent_id, para_id, text in SENTENCES:
        start = len(texts.get(doc_id, ""))
        texts[doc_id] = texts.get(doc_id, "") + text + " "
        rows.append({"doc_id": doc_id, "sent_id": sent_id, "para_id": para_id,
                     "start": start, "end": start + len(text), "text": text})  # fmt: skip
    sentences = pd.DataFrame(rows)
    mentions = []
    for n, (i, surface, label, entity) in enumerate(MENTIONS):
        s = rows[i]
        start = s["start"] + s["text"].index(surface)
        mentions.append({"doc_id": s["doc_id"], "mention_id": f"m{n}", "sent_id": s["sent_id"],
                         "start": start, "end": start + len(surface), "text": surface,
                         "label": label, "category": None, "entity_id": entity})  # fmt: skip
    citations, claims = [], []
    for doc_id, text in texts.items():
        doc_rows = [r for r in rows if r["doc_id"] == doc_id]
        doc_cits = []
        if "(Kaldor" in text:
            start = text.index("(Kaldor")
            raw = "(Kaldor، 2012: 6)"
            doc_cits.append({"doc_id": doc_id, "cit_id": f"{doc_id}-c0000",
                             "sent_id": f"{doc_id}-s0000", "start": start,
                             "end": start + len(raw), "raw": raw, "author": "Kaldor",
                             "year": 2012, "year_text": "2012"})  # fmt: skip
        citations += doc_cits
        spans = [(r["start"], r["end"], r["sent_id"]) for r in doc_rows]
        doc_mentions = [m for m in mentions if m["doc_id"] == doc_id]
        claims += find_claims(text, spans, doc_cits, doc_mentions, doc_id=doc_id)
    return sentences, pd.DataFrame(mentions), citations, claims


def test_claim_graph_rows() -> None:
    _, mentions, citations, claims = build()
    graph = claim_graph(claims, mentions, citations)
    assert list(graph.columns) == list(CLAIM_GRAPH_COLUMNS)
    got = {
        (r.claim_id, r.threat_id, r.actor_id): (r.source, r.source_kind, r.relation, r.hedged)
        for r in graph.itertuples()
    }
    assert got == {
        ("d1-k0000", "T:displacement", "A:isis"): ("Kaldor 2012", "citation", "causes", False),
        ("d1-k0000", "T:displacement", "A:christians"): (
            "Kaldor 2012", "citation", "affected_by", False),
        ("d1-k0001", "T:extremism", "A:ngo"): ("author", "author", "counters", False),
        ("d1-k0002", None, "A:militia"): ("الباحثون", "narrative", "mentions", True),
        ("d1-k0002", None, "A:ngo"): ("الباحثون", "narrative", "mentions", True),
        ("d2-k0000", "T:drugs", "A:ngo"): ("author", "author", "counters", False),
    }  # fmt: skip


def test_claim_graph_empty_keeps_columns() -> None:
    assert list(claim_graph([], [], []).columns) == list(CLAIM_GRAPH_COLUMNS)


@pytest.mark.parametrize(
    ("level", "cols", "expected"),
    [
        ("sentence", "THREAT", {("A:ngo", "T:extremism"): (1, 1), ("A:ngo", "T:drugs"): (1, 1),
                                ("A:isis", "T:displacement"): (1, 1),
                                ("A:christians", "T:displacement"): (1, 1)}),
        ("paragraph", "THREAT", {("A:ngo", "T:extremism"): (1, 1), ("A:ngo", "T:drugs"): (1, 1),
                                 ("A:ngo", "T:displacement"): (1, 1),
                                 ("A:isis", "T:displacement"): (1, 1),
                                 ("A:christians", "T:displacement"): (1, 1),
                                 ("A:isis", "T:extremism"): (1, 1),
                                 ("A:christians", "T:extremism"): (1, 1)}),
        ("document", "THREAT", {("A:ngo", "T:extremism"): (1, 1), ("A:ngo", "T:drugs"): (1, 1),
                                ("A:ngo", "T:displacement"): (1, 1),
                                ("A:isis", "T:displacement"): (1, 1),
                                ("A:isis", "T:extremism"): (1, 1),
                                ("A:christians", "T:displacement"): (1, 1),
                                ("A:christians", "T:extremism"): (1, 1),
                                ("A:militia", "T:displacement"): (1, 1),
                                ("A:militia", "T:extremism"): (1, 1)}),
        ("sentence", "NGO_ROLE", {("A:ngo", "R:prevention"): (1, 1)}),
    ],
)  # fmt: skip
def test_cooccurrence_levels(level: str, cols: str, expected: dict) -> None:
    sentences, mentions, _, _ = build()
    table = cooccurrence(mentions, sentences, level=level, rows="ACTOR", cols=cols)
    assert list(table.columns) == list(COOCCURRENCE_COLUMNS)
    got = {(r.row_id, r.col_id): (r.n_units, r.n_docs) for r in table.itertuples()}
    assert got == expected
    assert set(table["level"]) == {level}


def test_cooccurrence_counts_units_across_documents() -> None:
    sentences, mentions, _, _ = build()
    table = cooccurrence(mentions, sentences, level="sentence", rows="ACTOR", cols="ACTOR")
    got = {(r.row_id, r.col_id): (r.n_units, r.n_docs) for r in table.itertuples()}
    assert got[("A:militia", "A:ngo")] == (1, 1)
    assert ("A:ngo", "A:ngo") not in got
    docs = cooccurrence(mentions, level="document", rows="ACTOR", cols="THREAT")
    ngo = docs[docs["row_id"] == "A:ngo"].set_index("col_id")["n_docs"].to_dict()
    assert ngo == {"T:displacement": 1, "T:drugs": 1, "T:extremism": 1}


def test_mentions_with_entities_serve_several_views() -> None:
    """An untagged mention stands for its normalised text; the frame, counted once, gives every
    view what the mentions give it."""
    sentences, mentions, _, _ = build()
    mentions.loc[mentions["text"] == "الفصائل المسلحة", "entity_id"] = None
    with_entities = mentions_with_entities(mentions)
    assert with_entities.loc[5, "entity"] == "الفصائل المسلحه"
    assert with_entities.loc[6, "entity"] == "A:ngo"
    assert mentions_with_entities(with_entities) is with_entities
    for level in ("sentence", "paragraph", "document"):
        pd.testing.assert_frame_equal(
            cooccurrence(with_entities, sentences, level=level, rows="ACTOR", cols="ACTOR"),
            cooccurrence(mentions, sentences, level=level, rows="ACTOR", cols="ACTOR"),
        )


@pytest.mark.parametrize("kwargs", [{"level": "page"}, {"rows": "PERSON"}, {"cols": "threat"}])
def test_cooccurrence_rejects_unknown_options(kwargs: dict) -> None:
    _, mentions, _, _ = build()
    with pytest.raises(ValueError):
        cooccurrence(mentions, **kwargs)


def test_paragraph_level_needs_sentences() -> None:
    _, mentions, _, _ = build()
    with pytest.raises(ValueError, match="para_id"):
        cooccurrence(mentions, None, level="paragraph")


def test_graph_tables_from_parquet_run_tables(tmp_path) -> None:
    from araseclit.store.frames import to_frame

    sentences, mentions, citations, claims = build()
    frames = {
        "claims": to_frame("claims", claims),
        "mentions": to_frame("mentions", mentions.to_dict("records")),
        "citations": to_frame("citations", citations),
        "sentences": to_frame("sentences", sentences.to_dict("records")),
    }
    back = {}
    for name, frame in frames.items():
        frame.to_parquet(tmp_path / f"{name}.parquet")
        back[name] = pd.read_parquet(tmp_path / f"{name}.parquet")
    expected = claim_graph(claims, mentions, citations)
    got = claim_graph(back["claims"], back["mentions"], back["citations"])
    pd.testing.assert_frame_equal(got, expected)
    table = cooccurrence(back["mentions"], back["sentences"], level="paragraph")
    assert len(table) == 7
