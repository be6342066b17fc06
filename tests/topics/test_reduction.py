from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import pairwise_distances

from araseclit.topics.model import _check_units
from araseclit.topics.reduction import SeededUMAP


@pytest.fixture(scope="module")
def blobs() -> tuple[np.ndarray, np.ndarray]:
    """Three well separated groups of 60 points in 20 dimensions, and each point's group."""
    rng = np.random.default_rng(0)
    centres = rng.normal(size=(3, 20)) * 4
    groups = np.repeat(np.arange(3), 60)
    return centres[groups] + rng.normal(size=(180, 20)), groups


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


def test_units_are_sorted_by_id_whatever_order_they_come_in() -> None:
    words = "تعمل المنظمات المدنية على بناء الثقة"
    rows = [(f"d{d}", f"s{s}", f"{words} {d} {s}") for d in (2, 10) for s in (1, 2, 10, 11, 3)]
    frame = pd.DataFrame(rows * 2, columns=["doc_id", "unit_id", "text"])
    usable = _check_units(frame.sample(frac=1.0, random_state=1))
    assert usable.equals(_check_units(frame))
    in_order = [u for u in ("s1", "s2", "s3", "s10", "s11") for _ in range(2)]
    assert list(usable["unit_id"][:10]) == in_order
    assert list(usable["doc_id"].drop_duplicates()) == ["d2", "d10"]
