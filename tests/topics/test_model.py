from __future__ import annotations

import re

import pandas as pd
import pytest
from corpus import THEMES, make_units

from araseclit.errors import ConfigError
from araseclit.store.schema import columns
from araseclit.topics import TopicResult, fit_topics

ARABIC = re.compile(r"[\u0621-\u064A]")
UNITS = ["doc_id", "unit_id", "text"]


def _purity(result: TopicResult, units: pd.DataFrame) -> float:
    merged = result.assignments.merge(units, on=["doc_id", "unit_id"])
    return merged.groupby("topic_id")["theme"].agg(lambda s: s.value_counts().iloc[0]).sum() / len(
        merged
    )


def test_tables_have_exactly_the_schema_columns(fitted: TopicResult) -> None:
    assert list(fitted.topics.columns) == columns("topics")
    assert list(fitted.assignments.columns) == columns("topic_assignments")
    assert fitted.topics["topic_id"].iloc[0] == -1  # outlier row always present
    assert fitted.topics["size"].sum() == len(fitted.assignments)
    assert fitted.assignments["probability"].between(0, 1).all()


def test_every_theme_becomes_its_own_topics(fitted: TopicResult, theme_units) -> None:
    # about 2 sqrt(n/5) topics: 11 for 160 units, so a theme may be split in two or three
    assert 4 <= (fitted.topics["topic_id"] >= 0).sum() <= 12
    assert _purity(fitted, theme_units) >= 0.9


@pytest.mark.parametrize(
    ("theme", "expected"),
    [
        ("civil_society", {"منظم", "مدني", "مجتمع مدني", "منظم حكومي"}),
        ("armed_violence", {"مسلح", "ارهابي", "داعش", "جماع مسلح"}),
        ("economy", {"فساد", "نفط", "اقتصاد", "فساد اداري"}),
        ("regional", {"اقليمي", "ايراني", "تركي", "تدخل اقليمي"}),
    ],
)
def test_topic_words_are_arabic_and_on_theme(fitted, theme_units, theme, expected) -> None:
    # a theme may be split (by its tail phrases, say): its core words must top one of its
    # topics, and every one of its topics must speak the theme's own vocabulary
    from araseclit.topics import ArabicAnalyzer

    analyzer = ArabicAnalyzer()
    own = {w for phrases in THEMES[theme].values() for p in phrases for w in analyzer(p)}
    merged = fitted.assignments.merge(theme_units, on=["doc_id", "unit_id"])
    majority = merged.groupby("topic_id")["theme"].agg(lambda s: s.value_counts().index[0])
    topics = fitted.topics.set_index("topic_id")
    theirs = [topics.loc[t, "words"] for t in majority.index[majority == theme]]
    assert theirs
    assert any(expected & set(words) for words in theirs), theirs
    for words in theirs:
        assert len(words) == 10
        assert sum(w in own for w in words) >= 8, words
        assert sum(bool(ARABIC.search(w)) for w in words) >= 8


def test_labels_use_written_arabic_forms(fitted: TopicResult) -> None:
    labels = fitted.topics.loc[fitted.topics["topic_id"] >= 0, "label_ar"]
    assert all(ARABIC.search(label) for label in labels)
    # the most frequent surface form, with its article, not the stem
    assert any("ال" in label for label in labels)


def test_same_seed_same_assignments(theme_units) -> None:
    units = theme_units[UNITS].iloc[:100]
    first = fit_topics(units, seed=7)
    second = fit_topics(units, seed=7)
    pd.testing.assert_frame_equal(first.assignments, second.assignments)
    pd.testing.assert_frame_equal(first.topics, second.topics)


@pytest.mark.parametrize(
    ("texts", "n_usable"),
    [
        (["يعزز الأمن الوطني دور المنظمات"] * 5, 5),
        (["في", "2017", "(Dodge, 2020: 56)", ""] * 10 + ["الأمن الوطني العراقي"] * 3, 3),
    ],
)
def test_too_few_units_is_a_clear_error(texts: list[str], n_usable: int) -> None:
    units = pd.DataFrame({"doc_id": "d", "unit_id": range(len(texts)), "text": texts})
    with pytest.raises(ConfigError) as err:
        fit_topics(units)
    assert err.value.code == "E060"
    assert f"too few text units for topic modelling: {n_usable} (need at least 20)" in str(
        err.value
    )


def test_missing_model_path_is_a_clear_error(theme_units, tmp_path) -> None:
    for path in (tmp_path / "no-such-model", tmp_path):
        with pytest.raises(ConfigError) as err:
            fit_topics(theme_units[UNITS], embedding=str(path))
        assert err.value.code == "E061" and str(path) in str(err.value)


def test_arabic_and_english_units_together() -> None:
    arabic = make_units(25, seed=3, themes=["civil_society", "economy"])[UNITS]
    english = pd.DataFrame(
        {
            "doc_id": "en",
            "unit_id": [f"e{i}" for i in range(40)],
            "text": [
                f"Humanitarian donors fund NGO programmes in Mosul and Basra, report {i}."
                if i % 2
                else f"International donors and NGO networks monitor humanitarian funding {i}."
                for i in range(40)
            ],
        }
    )
    result = fit_topics(pd.concat([arabic, english], ignore_index=True))
    words = [set(w) for w in result.topics["words"] if w]
    assert any({"donors", "humanitarian", "ngo"} & w for w in words)
    assert any({"منظم", "فساد"} & w for w in words)
    assert not any("the" in w or "and" in w for w in words)


def test_nr_topics_reduces_topics(theme_units) -> None:
    result = fit_topics(theme_units[UNITS], nr_topics=3)
    assert (result.topics["topic_id"] >= 0).sum() <= 3
    assert set(result.assignments["topic_id"]) <= set(result.topics["topic_id"])


def test_seed_topics_guide_a_topic(theme_units) -> None:
    seeds = [["الفساد", "النفط", "الموازنة العامة"], ["تنظيم داعش", "الجماعات المسلحة"]]
    result = fit_topics(theme_units[UNITS], seed_topics=seeds)
    words = [set(w) for w in result.topics["words"]]
    assert any("فساد" in w for w in words)
    assert any("داعش" in w or "مسلح" in w for w in words)


def test_themes_cover_all_pools() -> None:
    assert set(make_units(2)["theme"]) == set(THEMES)


@pytest.mark.parametrize(
    ("n_units", "sampled", "epochs"),
    [
        (1_000, False, 200),
        (9_999, False, 200),
        (10_000, False, 100),
        (16_000, False, 100),
        (10_000, True, 50),
    ],
)
def test_the_fit_lays_out_large_corpora_in_fewer_epochs(
    n_units: int, sampled: bool, epochs: int
) -> None:
    """Issue 12: the model fit_topics builds above 1,000 units gives its UMAP 200 epochs, and
    100 above 10,000 units (UMAP's own 500 and 200 were most of a 200-paper run's topic step),
    50 for a sampled fit's 10,000 units, and the seeded UMAP hands them on to umap.UMAP."""
    import numpy as np

    from araseclit.topics.model import _build_model
    from araseclit.topics.reduction import SeededUMAP

    model = _build_model(
        n_units,
        None,
        seed=42,
        min_topic_size=60,
        nr_topics=None,
        seed_topics=None,
        sampled=sampled,
    )
    assert isinstance(model.umap_model, SeededUMAP)
    assert model.umap_model.n_epochs == epochs
    points = np.random.default_rng(0).normal(size=(40, 8))
    reducer = SeededUMAP(n_neighbors=5, n_components=2, n_epochs=epochs).fit(points)
    assert reducer.umap_.n_epochs == epochs


def test_a_large_corpus_is_clustered_without_worker_processes() -> None:
    """Issue 12: above 16,384 units HDBSCAN's default of 4 jobs started four joblib worker
    processes for its core distances, which outlived the fit: 580 MB beside the parent's peak on
    a 1,000-document run (80,088 units). The clustering fit_topics builds for 20,000 units, fitted
    in a fresh process on a layout of that size, starts no process."""
    import subprocess
    import sys
    import textwrap

    import psutil

    script = textwrap.dedent(
        """
        import numpy as np
        from araseclit.topics.model import _cluster_model, default_min_topic_size

        n = 20_000
        rng = np.random.default_rng(0)
        centres = rng.normal(size=(80, 5)) * 4
        layout = centres[rng.integers(0, 80, n)] + rng.normal(size=(n, 5))
        clusters = _cluster_model(n, default_min_topic_size(n)).fit(layout.astype(np.float32))
        print(clusters.labels_.max() + 1, flush=True)
        input()  # held until the test has looked for children
        """
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        n_topics = int(child.stdout.readline())  # the fit is over; the child waits
        started = psutil.Process(child.pid).children(recursive=True)
    finally:
        child.communicate("\n", timeout=60)
    assert n_topics > 10
    assert not started, f"the clustering started {len(started)} processes"
