"""Dimensionality reduction for topics: a UMAP layout that is the same in every process and
costs little to start.

A seeded ``umap.UMAP`` still differs from one process to the next, and costs more than it must
(figures from ``benchmarks/results/bench_topic_cost.md``):

* its spectral start (ARPACK ``eigsh`` on the neighbour graph, via ``umap.spectral``) returns
  different bases of nearly degenerate eigenspaces in different processes: on a byte-identical
  graph, with one thread, three different starts came out of six processes. The optimisation
  carries the difference into the layout, and the clusters follow;
* below 4,096 points its exact neighbour search calls a numba distance from Python once per
  pair of points; forcing NN-descent instead costs its compilation in every process;
* the numba functions it runs are compiled again in every process.

:class:`SeededUMAP` keeps UMAP's graph, optimisation and seed, but starts from a random layout
drawn from the seed (no linear algebra, so the same bits everywhere; topics as coherent as from
the spectral start), finds exact cosine neighbours with blocked matrix products up to
:data:`EXACT_KNN_MAX` points, and turns on numba's disk cache for the functions a fit compiles.
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from importlib import import_module
from typing import Any

import numpy as np

#: exact neighbours (matrix products, O(n²)) up to this many points; NN-descent above
EXACT_KNN_MAX = 20_000
#: float64 distances per block of rows (32 MB; with the partition's indices, about 100 MB at a time)
_BLOCK_ENTRIES = 1 << 22
#: numba functions a fit on precomputed neighbours compiles, as ``(module, name)``. Only the
#: serial optimiser: the parallel one shares its source, and numba's cache index would not
#: tell the two apart.
_JIT_FUNCTIONS = (
    ("umap.umap_", "smooth_knn_dist"),
    ("umap.umap_", "compute_membership_strengths"),
    ("umap.layouts", "_nb_optimize_layout_euclidean_single_epoch"),
)


def _unit_rows(vectors: np.ndarray) -> np.ndarray:
    rows = np.asarray(vectors, dtype=np.float64)
    norms = np.sqrt(np.einsum("ij,ij->i", rows, rows))[:, None]
    return rows / np.maximum(norms, 1e-12)


def cosine_knn(
    queries: np.ndarray, k: int, reference: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Exact ``k`` nearest neighbours by cosine distance: ``(indices int32, distances float32)``,
    nearest first, equal distances in index order.

    Without ``reference`` the queries are searched among themselves and each point is its own
    first neighbour at distance 0 (what UMAP expects of a neighbour graph).
    """
    q = _unit_rows(queries)
    ref = q if reference is None else _unit_rows(reference)
    k = min(k, len(ref))
    indices = np.empty((len(q), k), dtype=np.int32)
    distances = np.empty((len(q), k), dtype=np.float32)
    step = max(1, _BLOCK_ENTRIES // max(1, len(ref)))
    for start in range(0, len(q), step):
        block = q[start : start + step] @ ref.T
        np.subtract(1.0, block, out=block)  # in place: one block of distances at a time
        np.maximum(block, 0.0, out=block)
        rows = np.arange(len(block))
        if reference is None:
            block[rows, rows + start] = -1.0  # self first, whatever duplicates it has
        part = np.argpartition(block, k - 1, axis=1)[:, :k]
        dist = np.take_along_axis(block, part, axis=1)
        order = np.lexsort((part, dist), axis=1)
        indices[start : start + step] = np.take_along_axis(part, order, axis=1)
        distances[start : start + step] = np.maximum(np.take_along_axis(dist, order, axis=1), 0)
    return indices, distances


class ExactIndex:
    """The search index UMAP's ``transform`` asks of new points (``query``, ``_angular_trees``),
    answered by :func:`cosine_knn` against the fitted points."""

    _angular_trees = True

    def __init__(self, reference: np.ndarray) -> None:
        self.reference = np.asarray(reference)

    def query(self, queries: np.ndarray, k: int = 15, **_: Any) -> tuple[np.ndarray, np.ndarray]:
        return cosine_knn(queries, k, self.reference)


@lru_cache(maxsize=1)
def enable_jit_cache() -> tuple[str, ...]:
    """Turn on numba's disk cache for the UMAP functions a fit compiles; returns their names.

    numba keeps the cache beside UMAP's sources, in a user cache directory when those are
    read-only, or under ``NUMBA_CACHE_DIR``. Caching changes no result: the cached machine code
    is the code numba would compile (``tests/topics/test_reproducible.py`` runs one process
    with a cold cache and one with a warm cache).
    """
    from numba.core.dispatcher import Dispatcher

    enabled = []
    for module, name in _JIT_FUNCTIONS:
        function = getattr(import_module(module), name, None)
        if not isinstance(function, Dispatcher):
            continue
        try:
            function.enable_caching()
        except RuntimeError:  # no writable cache directory: compile in memory as before
            continue
        enabled.append(f"{module}.{name}")
    return tuple(enabled)


class SeededUMAP:
    """BERTopic's dimensionality-reduction role (``fit``, ``transform``, ``fit_transform``): a
    seeded, single-threaded ``umap.UMAP`` with cosine distance, a start that does not vary
    between processes and exact neighbours (see the module docstring). The fitted UMAP is
    ``umap_``.

    ``init`` is UMAP's: ``"random"`` (the default), ``"pca"`` or an array. Above
    ``exact_knn_max`` points UMAP finds neighbours with NN-descent. ``n_epochs`` is UMAP's
    (None: 500 below 10,000 points, 200 above).
    """

    def __init__(
        self,
        *,
        n_neighbors: int = 15,
        n_components: int = 5,
        min_dist: float = 0.0,
        seed: int = 42,
        low_memory: bool = False,
        init: Any = "random",
        exact_knn_max: int = EXACT_KNN_MAX,
        n_epochs: int | None = None,
    ) -> None:
        self.n_neighbors = n_neighbors
        self.n_components = n_components
        self.min_dist = min_dist
        self.seed = seed
        self.low_memory = low_memory
        self.init = init
        self.exact_knn_max = exact_knn_max
        self.n_epochs = n_epochs

    def fit(self, X: np.ndarray, y: Any = None) -> SeededUMAP:
        from umap import UMAP

        enable_jit_cache()
        data = np.asarray(X, dtype=np.float32)
        knn: tuple[Any, Any, Any] = (None, None, None)
        if len(data) <= self.exact_knn_max:
            knn = (*cosine_knn(data, self.n_neighbors), ExactIndex(data))
        self.umap_ = UMAP(
            n_neighbors=self.n_neighbors,
            n_components=self.n_components,
            min_dist=self.min_dist,
            metric="cosine",
            init=self.init,
            random_state=self.seed,
            n_jobs=1,  # a seeded UMAP is single-threaded anyway
            low_memory=self.low_memory,
            n_epochs=self.n_epochs,
            precomputed_knn=knn,
        )
        with warnings.catch_warnings():
            # UMAP warns that an index other than NN-descent cannot transform: ExactIndex can
            warnings.filterwarnings("ignore", message=r"precomputed_knn\[2\]")
            self.umap_.fit(data, y=y)
        return self

    def transform(self, X: np.ndarray) -> np.ndarray:
        return np.asarray(self.umap_.transform(np.asarray(X, dtype=np.float32)))

    def fit_transform(self, X: np.ndarray, y: Any = None) -> np.ndarray:
        return np.asarray(self.fit(X, y).umap_.embedding_)
