"""topic_stability: how much a topic table changes when k-means starts elsewhere."""

from __future__ import annotations

import pandas as pd
import pytest
from corpus import make_mixed_units, make_units

from araseclit.topics import STABILITY_COLUMNS, TopicStability, fit_topics, topic_stability
from araseclit.topics.stability import DISSOLVED, best_overlaps

UNITS = ["doc_id", "unit_id", "text"]


#: at least 40 units a topic: k-means may make 4 topics of 160 units, one per theme
MIN_SIZE = 40


@pytest.fixture(scope="module")
def themed() -> tuple[pd.DataFrame, TopicStability]:
    units = make_units(40, seed=1)
    return units, topic_stability(units[UNITS], refits=3, min_topic_size=MIN_SIZE)


@pytest.fixture(scope="module")
def mixed() -> TopicStability:
    return topic_stability(make_mixed_units(160, seed=1), refits=3, min_topic_size=MIN_SIZE)


def test_table_and_ari_per_pair_of_fits(themed) -> None:
    _, stability = themed
    assert list(stability.topics.columns) == list(STABILITY_COLUMNS)
    assert set(stability.topics["topic_id"]) == set(stability.result.topics["topic_id"]) - {-1}
    assert len(stability.ari) == 6  # shipped fit + 3 refits, every pair
    assert stability.topics["stability"].between(0, 1).all()
    assert (stability.topics["lowest"] <= stability.topics["stability"]).all()


def test_the_shipped_fit_is_the_one_fit_topics_gives(themed) -> None:
    units, stability = themed
    shipped = fit_topics(units[UNITS], min_topic_size=MIN_SIZE)
    pd.testing.assert_frame_equal(stability.result.assignments, shipped.assignments)


def test_themes_come_back_and_mixed_sentences_do_not(themed, mixed) -> None:
    units, stability = themed
    merged = stability.result.assignments.merge(units, on=["doc_id", "unit_id"])
    assert (merged.groupby("topic_id")["theme"].nunique() == 1).all()  # one topic per theme
    # every refit finds the same four themes
    assert stability.topics["stability"].min() == pytest.approx(1.0)
    assert stability.mean_ari == pytest.approx(1.0)
    # sentences whose parts come from random themes: some topic has no counterpart in a
    # typical re-run, and the re-runs' partitions barely agree
    assert mixed.topics["stability"].min() < DISSOLVED
    assert mixed.mean_ari < 0.4


def test_start_draws_another_partition() -> None:
    units = make_mixed_units(120, seed=2)
    shipped = fit_topics(units)
    other = fit_topics(units, start=3)
    assert not shipped.assignments["topic_id"].equals(other.assignments["topic_id"])
    again = fit_topics(units, start=3)
    pd.testing.assert_frame_equal(other.assignments, again.assignments)


@pytest.mark.parametrize(
    ("reference", "other", "expected"),
    [
        ([0, 0, 1, 1], [5, 5, 6, 6], {0: 1.0, 1: 1.0}),
        ([0, 0, 1, 1], [5, 5, 5, 5], {0: 0.5, 1: 0.5}),
        ([0, 0, 1, -1], [2, 2, -1, -1], {0: 1.0, 1: 0.0}),
    ],
)
def test_best_overlaps(reference, other, expected) -> None:
    import numpy as np

    assert best_overlaps(np.array(reference), np.array(other)) == pytest.approx(expected)


def test_needs_a_refit(themed) -> None:
    units, _ = themed
    with pytest.raises(ValueError, match="at least one refit"):
        topic_stability(units[UNITS], refits=0)
