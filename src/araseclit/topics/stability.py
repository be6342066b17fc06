"""How much a topic table would change with a little other data: :func:`topic_stability`.

Below ``SMALL_CORPUS`` units :func:`araseclit.topics.fit_topics` draws nothing at random, so a
re-run, whatever its seed, gives the same topics (the k-means it used before agreed with itself
across start streams at an adjusted Rand index of 0.07-0.17 only). What is left to ask is how
much the topics hang on the particular units: on development sentences, fits on two 90%
subsamples agree at an ARI of 0.27-0.32 on the units they share
(``benchmarks/results/bench_topic_stability.md``). :func:`topic_stability` refits on random
subsamples (seeded) and scores each topic of the shipped fit by its best match in every refit,
on the units both fits hold (Jaccard overlap; Hennig 2007, "Cluster-wise assessment of cluster
stability", whose subsetting scheme this is); a topic whose mean best overlap is under 0.5 has
no counterpart in a typical refit.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import adjusted_rand_score

from araseclit.errors import ConfigError
from araseclit.topics.model import MIN_UNITS, SMALL_CORPUS, TopicResult, fit_topics

#: columns of :attr:`TopicStability.topics`
STABILITY_COLUMNS = ("topic_id", "label_ar", "size", "stability", "lowest")
#: Hennig's reading of the mean best Jaccard overlap: under this, a topic is "dissolved"
DISSOLVED = 0.5
#: share of the units each refit keeps
SUBSAMPLE = 0.9


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


def _on_shared(a: pd.DataFrame, b: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """The topic ids two fits gave the units both hold, in the same order."""
    merged = a.merge(b, on=["doc_id", "unit_id"], suffixes=("_a", "_b"))
    return merged["topic_id_a"].to_numpy(), merged["topic_id_b"].to_numpy()


def topic_stability(
    units: pd.DataFrame,
    *,
    refits: int = 4,
    seed: int = 42,
    embedding: str | Path | None = None,
    min_topic_size: int | None = None,
    subsample: float = SUBSAMPLE,
) -> TopicStability:
    """Fit ``units`` as :func:`fit_topics` does, then ``refits`` more times, each on a random
    ``subsample`` share of the units (drawn from ``seed``; refit ``i`` also gets seed
    ``seed + i``, which moves UMAP and HDBSCAN on large corpora), and score how well each
    shipped topic comes back (see :class:`TopicStability`). Costs ``refits + 1`` fits.

    Subsamples are drawn from the units the shipped fit used (units with too few words are
    left out of both). A refit uses the shipped fit's method: on a corpus of
    :data:`~araseclit.topics.model.SMALL_CORPUS` units or more a subsample keeps at least that
    many, so that it is not fitted by the small-corpus method instead. Raises ``ValueError``
    for ``subsample`` outside (0, 1) or a corpus where no subsample can keep the method, and
    ``ConfigError`` E060 when a subsample would hold too few units to fit.
    """
    if refits < 1:
        raise ValueError("topic_stability needs at least one refit")
    if not 0 < subsample < 1:
        raise ValueError(f"subsample is a share of the units, between 0 and 1, not {subsample}")
    shipped = fit_topics(units, seed=seed, embedding=embedding, min_topic_size=min_topic_size)
    usable = shipped.documents
    n = len(usable)
    keep = round(subsample * n)
    if n >= SMALL_CORPUS:
        keep = max(keep, SMALL_CORPUS)
        if keep >= n:
            raise ValueError(
                f"{n} units: a {subsample:.0%} subsample would fall under {SMALL_CORPUS} units "
                "and be fitted another way; give a larger subsample or more units"
            )
    if keep < MIN_UNITS:
        raise ConfigError("E060", n=keep, minimum=MIN_UNITS)
    rng = np.random.default_rng(seed)
    fits = [shipped.assignments]
    for offset in range(1, refits + 1):
        rows = np.sort(rng.choice(n, size=keep, replace=False))
        other = fit_topics(
            usable.iloc[rows],
            seed=seed + offset,
            embedding=embedding,
            min_topic_size=min_topic_size,
        )
        fits.append(other.assignments)
    overlaps = pd.DataFrame(
        [best_overlaps(*_on_shared(fits[0], other)) for other in fits[1:]]
    ).reindex(columns=sorted(t for t in shipped.topics["topic_id"] if t != -1), fill_value=0.0)
    overlaps = overlaps.fillna(0.0)
    topics = shipped.topics.loc[shipped.topics["topic_id"] != -1, ["topic_id", "label_ar", "size"]]
    topics = topics.reset_index(drop=True)
    topics["stability"] = [float(overlaps[t].mean()) for t in topics["topic_id"]]
    topics["lowest"] = [float(overlaps[t].min()) for t in topics["topic_id"]]
    ari = [
        float(adjusted_rand_score(*_on_shared(a, b))) for a, b in itertools.combinations(fits, 2)
    ]
    return TopicStability(topics.reindex(columns=list(STABILITY_COLUMNS)), ari, shipped)
