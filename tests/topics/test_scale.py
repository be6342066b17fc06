"""Topic counts on real and large inputs (slow)."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from corpus import make_units

from araseclit.topics import fit_topics, npmi_coherence

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "000_4ff1dd722d5fe153.txt"


@pytest.mark.slow
def test_seed_chapter_gives_a_readable_number_of_arabic_topics() -> None:
    if not SEED.is_file():
        pytest.skip(f"shared seed chapter not found at {SEED}")
    lines = [ln.strip() for ln in SEED.read_text("utf-8").splitlines() if ln.strip()]
    units = pd.DataFrame({"doc_id": "seed", "unit_id": range(len(lines)), "text": lines})
    result = fit_topics(units)
    topics = result.topics[result.topics["topic_id"] >= 0]
    # about 2 sqrt(n/5) topics (bench_topic_count.md): 16 for the chapter's lines
    assert 4 <= len(topics) <= 20
    words = [w for ws in topics["words"] for w in ws]
    assert {"امن وطني", "منظم", "مدني"} <= set(words)
    assert np.nanmean(npmi_coherence(list(topics["words"]), lines)) > -0.3


@pytest.mark.slow
def test_ten_thousand_paragraphs() -> None:
    units = make_units(2600, seed=11, n_docs=40, sentences_per_unit=3)  # 10,400 paragraphs
    start = time.perf_counter()
    result = fit_topics(units[["doc_id", "unit_id", "text"]])
    elapsed = time.perf_counter() - start
    n_topics = int((result.topics["topic_id"] >= 0).sum())
    assert 4 <= n_topics <= 150
    assert (result.assignments["topic_id"] == -1).mean() < 0.5
    merged = result.assignments.merge(units, on=["doc_id", "unit_id"])
    clustered = merged[merged["topic_id"] >= 0]
    purity = clustered.groupby("topic_id")["theme"].agg(lambda s: s.value_counts().iloc[0]).sum()
    assert purity / len(clustered) > 0.9
    assert elapsed < 900
