"""Issue 12: above ``FIT_UNITS_MAX`` units the topic model is fitted on a stratified sample and
every other unit is given its topic in batches, so the fit's cost and memory stay bounded."""

from __future__ import annotations

import gc
import tracemalloc

import numpy as np
import pandas as pd
import pytest
from corpus import make_units

import araseclit.topics.model as topic_model
from araseclit.topics import fit_topics
from araseclit.topics.model import fit_sample

#: a cap small enough to cross in a test, above the exact small-corpus path (1,000 units)
CAP = 1_200


def _units(n_per_theme: int, n_docs: int) -> pd.DataFrame:
    return make_units(n_per_theme, seed=5, n_docs=n_docs)


def test_the_sample_is_stratified_by_document_and_drawn_from_the_seed() -> None:
    # one long document, many short ones: each gives a unit, each about its share
    docs = ["book"] * 6_000 + [f"paper{i:02d}" for i in range(40) for _ in range(100)]
    rows = fit_sample(docs, 1_000, seed=42)
    assert rows is not None and len(rows) == 1_000 and len(set(rows)) == 1_000
    assert list(rows) == sorted(rows)
    picked = pd.Series([docs[i] for i in rows]).value_counts()
    assert set(picked.index) == set(docs)  # no paper left out
    assert 590 <= picked["book"] <= 610  # 60% of the units, 60% of the sample
    assert picked.drop("book").between(9, 11).all()
    assert np.array_equal(rows, fit_sample(docs, 1_000, seed=42))
    assert not np.array_equal(rows, fit_sample(docs, 1_000, seed=1))
    assert fit_sample(docs, len(docs), seed=42) is None  # at or below the cap: every unit


def test_more_documents_than_the_cap_still_gives_the_cap() -> None:
    docs = [f"d{i}" for i in range(300) for _ in range(3)]
    rows = fit_sample(docs, 200, seed=0)
    assert rows is not None and len(set(rows)) == 200
    assert len({docs[i] for i in rows}) == 200  # one unit each from 200 documents


def test_above_the_cap_the_fit_sees_the_cap_and_every_unit_gets_a_topic(monkeypatch) -> None:
    units = _units(700, n_docs=25)  # 2,800 sentences on four themes
    monkeypatch.setattr(topic_model, "FIT_UNITS_MAX", CAP)
    monkeypatch.setattr(topic_model, "ASSIGN_BATCH", 500)
    seen: list[int] = []
    fit_transform = topic_model.BERTopic.fit_transform

    def spy(self, documents, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(len(documents))
        return fit_transform(self, documents, *args, **kwargs)

    monkeypatch.setattr(topic_model.BERTopic, "fit_transform", spy)
    result = fit_topics(units[["doc_id", "unit_id", "text"]], seed=42)

    assert seen == [CAP]
    usable = result.documents
    assert len(usable) == len(units)  # every unit is usable text here
    assigned = result.assignments
    # one row per unit, in the order of the model's documents, as after a fit on all of them
    assert assigned[["doc_id", "unit_id"]].equals(usable[["doc_id", "unit_id"]])
    assert list(result.model.topics_) == assigned["topic_id"].tolist()
    assert len(result.model.probabilities_) == len(usable)
    assert set(assigned["topic_id"]) <= set(result.topics["topic_id"])
    assert result.topics["size"].sum() == len(assigned)
    assert assigned["probability"].between(0, 1).all()
    # the units the fit did not see land in their theme's topics as the fitted ones do
    merged = assigned.merge(units, on=["doc_id", "unit_id"])
    clustered = merged[merged["topic_id"] >= 0]
    assert len(clustered) > 0.6 * len(merged)
    theme_of = clustered.groupby("topic_id")["theme"].agg(lambda s: s.value_counts().index[0])
    purity = (clustered["theme"] == clustered["topic_id"].map(theme_of)).mean()
    assert purity > 0.9


def test_below_the_cap_nothing_is_sampled(monkeypatch) -> None:
    """At or under the cap the fit sees every unit, as before the cap existed."""
    units = _units(300, n_docs=5)[["doc_id", "unit_id", "text"]]  # 1,200 sentences
    seen: list[int] = []
    fit_transform = topic_model.BERTopic.fit_transform

    def spy(self, documents, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(len(documents))
        return fit_transform(self, documents, *args, **kwargs)

    def no_assignment(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("units were assigned after a fit at the cap")

    monkeypatch.setattr(topic_model.BERTopic, "fit_transform", spy)
    monkeypatch.setattr(topic_model, "_assign_rest", no_assignment)
    monkeypatch.setattr(topic_model, "FIT_UNITS_MAX", len(units))
    at_cap = fit_topics(units, seed=7)
    assert seen == [len(units)]  # the fit saw every unit: no sample at the cap
    monkeypatch.undo()
    monkeypatch.setattr(topic_model, "FIT_UNITS_MAX", 10**9)
    unbounded = fit_topics(units, seed=7)
    pd.testing.assert_frame_equal(at_cap.assignments, unbounded.assignments)
    pd.testing.assert_frame_equal(at_cap.topics, unbounded.topics)


def _traced_peak(units: pd.DataFrame) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        fit_topics(units, seed=42)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.slow
def test_twice_the_units_do_not_take_twice_the_memory(monkeypatch) -> None:
    """The traced peak of fit_topics on 2,400 and 4,800 units, both above a cap of 1,200: the
    fit is the same size, the rest goes through in batches of 400. Least of 3 runs each. With
    no cap (every unit fitted) the peak went 87.6 -> 117.6 MB, 1.34x per doubling (the
    neighbour search, layout and clustering of every unit, over a fixed part); bounded,
    29.0 -> 29.4 MB, 1.01x (scratch /tmp/e1s12/memratio.py, one run each). The bound 1.15
    lies between."""
    monkeypatch.setattr(topic_model, "FIT_UNITS_MAX", CAP)
    monkeypatch.setattr(topic_model, "ASSIGN_BATCH", 400)
    small = _units(600, n_docs=30)[["doc_id", "unit_id", "text"]]
    large = _units(1_200, n_docs=30)[["doc_id", "unit_id", "text"]]
    fit_topics(small, seed=42)  # imports and compiled code, outside the measure
    peaks = {len(u): min(_traced_peak(u) for _ in range(3)) for u in (small, large)}
    ratio = peaks[len(large)] / peaks[len(small)]
    assert ratio < 1.15, f"{peaks}: {ratio:.2f}x the traced peak for twice the units"
