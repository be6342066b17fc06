from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import pairwise_distances

from araseclit.topics.model import _check_units
from araseclit.topics.reduction import SeededUMAP, cosine_knn, enable_jit_cache


@pytest.fixture(scope="module")
def blobs() -> tuple[np.ndarray, np.ndarray]:
    """Three well separated groups of 60 points in 20 dimensions, and each point's group."""
    rng = np.random.default_rng(0)
    centres = rng.normal(size=(3, 20)) * 4
    groups = np.repeat(np.arange(3), 60)
    return centres[groups] + rng.normal(size=(180, 20)), groups


def test_cosine_knn_is_the_exact_neighbour_list(blobs) -> None:
    points = blobs[0].copy()
    points[7] = points[3]  # a duplicate: each of the two still comes first in its own list
    indices, distances = cosine_knn(points, 6)
    full = pairwise_distances(points, metric="cosine")
    assert (indices[:, 0] == np.arange(len(points))).all()
    assert indices[3, 1] == 7 and indices[7, 1] == 3
    assert np.allclose(distances, np.sort(full, axis=1)[:, :6], atol=1e-6)
    assert (np.diff(distances, axis=1) >= 0).all()
    assert indices.dtype == np.int32 and distances.dtype == np.float32


def test_cosine_knn_against_reference_points(blobs) -> None:
    points = blobs[0]
    indices, distances = cosine_knn(points[:5] + 0.01, 3, points)
    full = pairwise_distances(points[:5] + 0.01, points, metric="cosine")
    assert (indices == np.argsort(full, axis=1, kind="stable")[:, :3]).all()
    assert np.allclose(distances, np.sort(full, axis=1)[:, :3], atol=1e-6)


def test_cosine_knn_holds_one_bounded_block_of_distances_at_a_time() -> None:
    # the topic step's memory peak was here: 8,000 units held ~520 MB of distances at once,
    # and it grew with the corpus (a book's sentences); blocks of rows keep it bounded
    import tracemalloc

    points = np.random.default_rng(1).normal(size=(8_000, 32))
    tracemalloc.start()
    try:
        indices, _ = cosine_knn(points, 15)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (indices[:, 0] == np.arange(len(points))).all()
    assert peak < 200 * 2**20


def test_cosine_knn_breaks_ties_by_index() -> None:
    points = np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 2.0], [0.0, 3.0]])
    indices, _ = cosine_knn(points[:1], 3, points[1:])
    assert indices.tolist() == [[0, 1, 2]]


def test_seeded_umap_is_repeatable_and_keeps_groups_apart(blobs) -> None:
    points, groups = blobs
    first = SeededUMAP(n_neighbors=10, seed=3).fit_transform(points)
    second = SeededUMAP(n_neighbors=10, seed=3)
    assert first.tobytes() == second.fit_transform(points).tobytes()
    assert first.shape == (180, 5)
    centroids = np.vstack([first[groups == g].mean(axis=0) for g in range(3)])
    nearest = np.argmin(pairwise_distances(first, centroids), axis=1)
    assert (nearest == groups).mean() > 0.95
    # BERTopic transforms the fitted points once more, and new points against them
    assert np.array_equal(second.transform(points), first)
    new = second.transform(points[[0, 70, 150]] * 1.01)
    assert np.argmin(pairwise_distances(new, centroids), axis=1).tolist() == [0, 1, 2]


def test_jit_cache_is_on_for_the_functions_a_fit_compiles() -> None:
    assert len(enable_jit_cache()) == 3


def test_units_are_sorted_by_id_whatever_order_they_come_in() -> None:
    words = "تعمل المنظمات المدنية على بناء الثقة"
    rows = [(f"d{d}", f"s{s}", f"{words} {d} {s}") for d in (2, 10) for s in (1, 2, 10, 11, 3)]
    frame = pd.DataFrame(rows * 2, columns=["doc_id", "unit_id", "text"])
    usable, _ = _check_units(frame.sample(frac=1.0, random_state=1))
    assert usable.equals(_check_units(frame)[0])
    in_order = [u for u in ("s1", "s2", "s3", "s10", "s11") for _ in range(2)]
    assert list(usable["unit_id"][:10]) == in_order
    assert list(usable["doc_id"].drop_duplicates()) == ["d2", "d10"]
