"""topic_stability: how much a topic table changes when a tenth of the units is left out; and
the seed of a small fit changes nothing, because nothing in it is drawn at random."""

from __future__ import annotations

import pandas as pd
import pytest
from corpus import make_mixed_units, make_units

from araseclit.topics import STABILITY_COLUMNS, TopicStability, fit_topics, topic_stability
from araseclit.topics.stability import DISSOLVED, best_overlaps

UNITS = ["doc_id", "unit_id", "text"]


#: at least 36 units a topic: 4 topics of the 160 units, one per theme, and of a 90% refit
MIN_SIZE = 36


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


def test_refits_leave_a_tenth_of_the_usable_units_out(monkeypatch) -> None:
    import araseclit.topics.stability as stability_module

    units = make_units(40, seed=1)[UNITS]
    # two units with too few words: left out of the shipped fit and of every subsample
    short = pd.DataFrame({"doc_id": ["d_short"] * 2, "unit_id": ["u1", "u2"], "text": ["و", "في"]})
    sizes: list[int] = []

    def recording_fit(frame: pd.DataFrame, **kwargs) -> object:
        sizes.append(len(frame))
        return fit_topics(frame, **kwargs)

    monkeypatch.setattr(stability_module, "fit_topics", recording_fit)
    topic_stability(pd.concat([units, short]), refits=2, min_topic_size=MIN_SIZE)
    assert sizes == [162, 144, 144]  # the shipped fit, then 90% of its 160 usable units


@pytest.mark.parametrize("share", [0.0, 1.0, 1.5, -0.1])
def test_a_subsample_is_a_share_of_the_units(share: float) -> None:
    with pytest.raises(ValueError, match="subsample"):
        topic_stability(make_units(40, seed=1)[UNITS], subsample=share)


def test_a_corpus_too_small_to_subsample_is_refused_before_any_refit() -> None:
    from araseclit.errors import ConfigError

    units = make_units(40, seed=1)[UNITS].iloc[:21]  # 21 units fit; 90% of them (19) do not
    fit_topics(units)
    with pytest.raises(ConfigError, match="E060"):
        topic_stability(units, refits=1)


def test_the_seed_changes_nothing_on_a_small_corpus() -> None:
    # sentences with no single best partition: k-means's start stream used to pick one of many
    units = make_mixed_units(120, seed=2)
    first = fit_topics(units, seed=1)
    for seed in (7, 42):
        other = fit_topics(units, seed=seed)
        pd.testing.assert_frame_equal(first.assignments, other.assignments)
        pd.testing.assert_frame_equal(first.topics, other.topics)


def test_nothing_in_a_small_fit_is_drawn_at_random(monkeypatch) -> None:
    """The seed must stop mattering, not be ignored: below SMALL_CORPUS the embedding and the
    clustering seed no numpy random state (k-means's starts and the randomized SVD each seeded
    one). BERTopic's own sample of representative documents (fixed state 42) is not a topic."""
    import numpy as np

    from araseclit.topics.embedding import embed
    from araseclit.topics.model import _cluster_model, default_min_topic_size

    class NoDraws(np.random.RandomState):
        def __init__(self, *args, **kwargs) -> None:
            raise AssertionError("a random state was seeded")

    texts = make_mixed_units(120, seed=2)["text"].tolist()
    monkeypatch.setattr(np.random, "RandomState", NoDraws)
    monkeypatch.setattr(np.random, "default_rng", NoDraws)
    _, vectors = embed(texts, None, seed=3)
    clusters = _cluster_model(len(texts), default_min_topic_size(len(texts))).fit(vectors)
    assert len(set(clusters.labels_.tolist())) >= 2


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
