"""Topics of a small corpus with no random draw: :class:`SpectralWard`.

k-means (50 starts from a fixed stream) gave the same topics for every seed only because the
seed was ignored: partitions drawn from other streams agreed at an adjusted Rand index of
0.07-0.17 (``benchmarks/results/bench_topic_corpus.md``). Spectral clustering's usual last step
is k-means too. Here both steps are deterministic: the top eigenvectors of the normalised
affinity of the units' cosine nearest-neighbour graph (dense LAPACK ``eigh``, no start vector),
then Ward's agglomerative clustering of those rows (no start either).

Chosen on development data (``benchmarks/results/bench_topic_stability.md``: sample corpus,
odd half of the benchmark corpus, seed chapter), against k-means, Ward on the LSA space,
principal-direction bisection, cluster-QR on the spectral rows and consensus of k-means fits:
Ward alone scored the highest NPMI but put 49-57% of the units in one topic; cluster-QR gave
balanced topics with the lowest NPMI; this kept NPMI at or above k-means's (0.166, -0.077, 0.152
against k-means's 0.102, -0.106, 0.127 mean over starts) with the largest topic at 24-32%, and
moved less when 10% of the units were left out (ARI between fits on two 90% subsamples 0.27-0.32,
k-means 0.13-0.17).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy.linalg import eigh
from scipy.sparse import csr_matrix
from sklearn.cluster import AgglomerativeClustering

from araseclit.topics.embedding import oriented
from araseclit.topics.reduction import cosine_knn

#: neighbours of a unit in the affinity graph (UMAP's and BERTopic's 15)
NEIGHBOURS = 15


def spectral_rows(vectors: np.ndarray, k: int, neighbours: int = NEIGHBOURS) -> np.ndarray:
    """The ``k`` leading eigenvectors (as columns, largest eigenvalue first) of
    ``D^-1/2 W D^-1/2``, ``W`` the symmetrised cosine-similarity graph of each unit's
    ``neighbours`` nearest units (Ng, Jordan & Weiss 2001)."""
    n = len(vectors)
    index, distance = cosine_knn(vectors, min(n, neighbours + 1))
    rows = np.repeat(np.arange(n), index.shape[1])
    weights = np.maximum(1.0 - distance.ravel().astype(np.float64), 0.0)
    graph = csr_matrix((weights, (rows, index.ravel())), shape=(n, n))
    dense = graph.maximum(graph.T).toarray()
    np.fill_diagonal(dense, 0.0)
    scale = 1.0 / np.sqrt(np.maximum(dense.sum(axis=1), 1e-12))
    affinity = dense * scale[:, None] * scale[None, :]
    k = min(k, n)
    return oriented(eigh(affinity, subset_by_index=[n - k, n - 1])[1][:, ::-1])


class SpectralWard:
    """BERTopic's clustering role (``fit``, ``labels_``, ``predict``): Ward's clustering of the
    rows of :func:`spectral_rows` into ``n_clusters`` topics. No random draw: the same units
    give the same topics whatever the seed. ``predict`` gives new units the topic whose
    centroid (in the space it was fitted on) is nearest by cosine."""

    def __init__(self, n_clusters: int, neighbours: int = NEIGHBOURS) -> None:
        self.n_clusters = n_clusters
        self.neighbours = neighbours

    def fit(self, X: np.ndarray, y: Any = None) -> SpectralWard:
        data = np.asarray(X, dtype=np.float64)
        k = min(self.n_clusters, len(data))
        rows = spectral_rows(data, k, self.neighbours)
        labels = AgglomerativeClustering(n_clusters=k, linkage="ward").fit_predict(rows)
        self.labels_ = _by_size(labels)
        unit = _unit_rows(data)
        self.centroids_ = _unit_rows(np.vstack([unit[self.labels_ == t].mean(0) for t in range(k)]))
        return self

    def predict(self, X: np.ndarray) -> np.ndarray:
        return np.asarray(np.argmax(_unit_rows(np.asarray(X)) @ self.centroids_.T, axis=1))


def _unit_rows(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


def _by_size(labels: np.ndarray) -> np.ndarray:
    """Renumber topics largest first (ties by first unit), as BERTopic numbers them."""
    ids, first, counts = np.unique(labels, return_index=True, return_counts=True)
    order = sorted(range(len(ids)), key=lambda i: (-counts[i], first[i]))
    mapping = np.empty(int(ids.max()) + 1, dtype=int)
    mapping[ids[order]] = np.arange(len(ids))
    return mapping[labels]
