"""The claim graph joins claims to mentions through an index: the same rows as checking every
mention against every claim, in time linear in the corpus."""

from __future__ import annotations

import random
from numbers import Integral

import pandas as pd
import pytest

from araseclit.claims import graph
from araseclit.claims.graph import _MentionIndex, claim_graph
from tests_support import best_cpu_seconds_alternating

ACTORS = ["iraq", "un", "ngo_local", "pmf", "kurdistan_region"]
THREATS = ["terrorism", "corruption", "water_crisis", "sectarianism"]


def _corpus(n_docs: int, seed: int = 7) -> tuple[list[dict], list[dict]]:
    """Claims and mentions of ``n_docs`` documents; some mentions carry no sentence id (as
    from an older run), one claim in five has none either."""
    rng = random.Random(seed)
    claims, mentions = [], []
    for d in range(n_docs):
        doc = f"d{d:04d}"
        for s in range(20):
            start = s * 200
            claims.append(
                {
                    "doc_id": doc,
                    "claim_id": f"{doc}-k{s:04d}",
                    "sent_id": None if s % 5 == 0 else f"{doc}-s{s:04d}",
                    "start": start,
                    "end": start + 150,
                    "text": "تؤكد الدراسة أن الفساد يضعف ثقة المواطنين بالمؤسسات",
                    "claim_type": "causal" if s % 3 == 0 else "evaluative",
                    "hedged": s % 4 == 0,
                    "cit_ids": [],
                    "attributed_to": None,
                }
            )
            for k in range(3):
                pos = start + rng.randrange(0, 200)
                label = "ACTOR" if k < 2 else "THREAT"
                mentions.append(
                    {
                        "doc_id": doc,
                        "sent_id": None if rng.random() < 0.2 else f"{doc}-s{pos // 200:04d}",
                        "start": pos,
                        "label": label,
                        "entity_id": rng.choice(ACTORS if label == "ACTOR" else THREATS),
                        "text": "",
                    }
                )
    return claims, mentions


def _brute_inside(mentions: list[dict], claim: dict) -> list[dict]:
    """The rule as stated: same sentence when both name one, else the start in the span."""
    out = []
    for m in mentions:
        if m.get("doc_id") != claim.get("doc_id"):
            continue
        if isinstance(m.get("sent_id"), str) and isinstance(claim.get("sent_id"), str):
            if m["sent_id"] == claim["sent_id"]:
                out.append(m)
            continue
        start = m.get("start")
        if isinstance(start, Integral) and claim["start"] <= start < claim["end"]:
            out.append(m)
    return out


def test_index_finds_exactly_the_mentions_of_each_claim_in_order() -> None:
    claims, mentions = _corpus(12)
    index = _MentionIndex(mentions)
    for claim in claims:
        assert index.inside(claim) == _brute_inside(mentions, claim)


@pytest.mark.slow
def test_claim_graph_time_grows_linearly_with_the_corpus() -> None:
    claim_graph(*_corpus(5))  # lexicon loaded outside the timing
    _assert_linear(_corpus(50), _corpus(200))


def _assert_linear(small: tuple, large: tuple) -> None:
    """The claim graph of ``large`` (4x the documents of ``small``) takes at most 8x the
    time (quadratic: ~16x); the two sizes timed in turn, so a change of load falls on both."""
    t_small, t_large = best_cpu_seconds_alternating(
        lambda: claim_graph(*small), lambda: claim_graph(*large)
    )
    ratio = t_large / t_small
    assert ratio <= 8.0, f"4x the documents took {ratio:.1f}x the time"


def test_claim_graph_of_run_tables_read_in_batches_is_the_graph_of_the_records(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    claims, mentions = _corpus(12)
    whole = claim_graph(claims, mentions)
    monkeypatch.setattr(graph, "_BATCH", 7)  # batches that cut documents and sentences apart
    batched = claim_graph(pd.DataFrame(claims), pd.DataFrame(mentions))
    assert len(whole) > 100
    pd.testing.assert_frame_equal(batched, whole)


def _tables(n_docs: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Run tables of ``n_docs`` documents of 200 sentences, three mentions each and a claim in
    two of them: most mentions are in no claim, as in a tagged book."""
    claims, mentions = [], []
    for d in range(n_docs):
        doc = f"d{d:04d}"
        for s in range(200):
            sent, start = f"{doc}-s{s:04d}", s * 100
            if s % 100 == 7:
                claims.append({"doc_id": doc, "claim_id": f"{doc}-k{s:04d}", "sent_id": sent,
                               "start": start, "end": start + 90, "cit_ids": [],
                               "text": "تؤكد الدراسة أن الفساد يضعف ثقة المواطنين بالمؤسسات",
                               "claim_type": "evaluative", "hedged": False})  # fmt: skip
            for k in range(3):
                label = "ACTOR" if k < 2 else "THREAT"
                mentions.append({"doc_id": doc, "sent_id": sent, "start": start + 10 * k,
                                 "label": label, "entity_id": (ACTORS if k < 2 else THREATS)[k],
                                 "text": ""})  # fmt: skip
    return pd.DataFrame(claims), pd.DataFrame(mentions)


@pytest.mark.slow
def test_claim_graph_of_run_tables_grows_linearly_with_the_batches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each batch of claims reads the mentions it reaches, not the whole mention table: with
    small batches, matching every batch against every mention was quadratic (13.3x for 4x the
    documents before the grouping, 4.0x after)."""
    monkeypatch.setattr(graph, "_BATCH", 10)
    claim_graph(*_tables(2))  # lexicon loaded outside the timing
    _assert_linear(_tables(40), _tables(160))
