"""How much a topic table would change on a re-run: :func:`topic_stability`.

:func:`araseclit.topics.fit_topics` gives the same topics for every seed because k-means draws
its starts from one fixed stream, but that stream is arbitrary: on body sentences and paragraphs
partitions drawn from other streams agree at an adjusted Rand index of 0.07-0.17
(``benchmarks/results/bench_topic_corpus.md``, ``bench_topic_limits.md``). A researcher needs to know which topics survive
another draw before reading them. :func:`topic_stability` refits with other streams (and other
seeds, which move UMAP and HDBSCAN on large corpora) and scores each topic of the shipped fit by
its best match in every other fit (Jaccard overlap of their units; Hennig 2007, "Cluster-wise
assessment of cluster stability"); a topic whose mean best overlap is under 0.5 has no
counterpart in a typical re-run.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import adjusted_rand_score

from araseclit.topics.model import KMEANS_STATE, TopicResult, fit_topics

#: columns of :attr:`TopicStability.topics`
STABILITY_COLUMNS = ("topic_id", "label_ar", "size", "stability", "lowest")
#: Hennig's reading of the mean best Jaccard overlap: under this, a topic is "dissolved"
DISSOLVED = 0.5


@dataclass
class TopicStability:
    """``topics``: one row per topic of ``result`` (outliers excluded), :data:`STABILITY_COLUMNS`:
    ``stability`` = mean over the other fits of the topic's best Jaccard overlap with one of
    their topics, ``lowest`` = the least of them. ``ari``: adjusted Rand index between the
    assignments of every pair of fits (the shipped one included). ``result``: the shipped fit,
    the one :func:`fit_topics` returns for the same arguments."""

    topics: pd.DataFrame
    ari: list[float]
    result: TopicResult

    @property
    def mean_ari(self) -> float:
        return float(np.mean(self.ari))


def best_overlaps(reference: np.ndarray, other: np.ndarray) -> dict[int, float]:
    """For each topic of ``reference`` (``-1`` excluded), its largest Jaccard overlap with a
    topic of ``other`` (two assignment arrays over the same units)."""
    out = {}
    other_sets = {t: other == t for t in set(other.tolist()) if t != -1}
    for topic in sorted(t for t in set(reference.tolist()) if t != -1):
        mine = reference == topic
        out[topic] = max(
            ((mine & theirs).sum() / (mine | theirs).sum() for theirs in other_sets.values()),
            default=0.0,
        )
    return out


def topic_stability(
    units: pd.DataFrame,
    *,
    refits: int = 4,
    seed: int = 42,
    embedding: str | Path | None = None,
    min_topic_size: int | None = None,
) -> TopicStability:
    """Fit ``units`` as :func:`fit_topics` does, then ``refits`` more times with k-means starts
    from streams ``KMEANS_STATE + 1, 2, ...`` and seeds ``seed + 1, 2, ...``, and score how
    well each shipped topic comes back (see :class:`TopicStability`). Costs ``refits + 1`` fits.
    """
    if refits < 1:
        raise ValueError("topic_stability needs at least one refit")
    shipped = fit_topics(units, seed=seed, embedding=embedding, min_topic_size=min_topic_size)
    fits = [shipped.assignments["topic_id"].to_numpy()]
    for offset in range(1, refits + 1):
        other = fit_topics(
            units,
            seed=seed + offset,
            embedding=embedding,
            min_topic_size=min_topic_size,
            start=KMEANS_STATE + offset,
        )
        fits.append(other.assignments["topic_id"].to_numpy())
    overlaps = pd.DataFrame([best_overlaps(fits[0], other) for other in fits[1:]])
    topics = shipped.topics.loc[shipped.topics["topic_id"] != -1, ["topic_id", "label_ar", "size"]]
    topics = topics.reset_index(drop=True)
    topics["stability"] = [float(overlaps[t].mean()) for t in topics["topic_id"]]
    topics["lowest"] = [float(overlaps[t].min()) for t in topics["topic_id"]]
    ari = [float(adjusted_rand_score(a, b)) for a, b in itertools.combinations(fits, 2)]
    return TopicStability(topics.reindex(columns=list(STABILITY_COLUMNS)), ari, shipped)
