"""The fitted model is kept: its documents line up with the assignments, it survives a save
and a load, and BERTopic's own views work on it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from araseclit.topics import (
    LEFT_OUT_COLUMNS,
    TopicResult,
    fit_topics,
    load_topic_model,
    save_topic_model,
)
from araseclit.topics.persist import topics_per_class


@pytest.fixture(scope="module")
def with_short(theme_units: pd.DataFrame) -> TopicResult:
    """The theme corpus plus three units with fewer than two content words."""
    short = pd.DataFrame(
        {
            "doc_id": ["d0", "d1", "d2"],
            "unit_id": ["x1", "x2", "x3"],
            "text": ["نعم.", "2019 2020", "في هذا السياق،"],
        }
    )
    units = pd.concat([theme_units[["doc_id", "unit_id", "text"]], short], ignore_index=True)
    return fit_topics(units, seed=42)


def test_left_out_units_are_listed_with_their_reason(with_short: TopicResult) -> None:
    left = with_short.left_out
    assert list(left.columns) == list(LEFT_OUT_COLUMNS)
    assert sorted(left["unit_id"]) == ["x1", "x2", "x3"]
    assert set(left["reason"]) == {"too_few_words"}
    assert len(with_short.assignments) + len(left) == 163


def test_documents_line_up_with_the_model_and_the_assignments(with_short: TopicResult) -> None:
    docs, model = with_short.documents, with_short.model
    assert len(docs) == len(model.topics_) == len(with_short.assignments)
    assert list(docs["unit_id"]) == list(with_short.assignments["unit_id"])
    assert list(model.topics_) == list(with_short.assignments["topic_id"])
    # the -1 row counts the assignments without a topic, the others their own
    sizes = with_short.assignments["topic_id"].value_counts()
    for row in with_short.topics.itertuples():
        assert row.size == int(sizes.get(row.topic_id, 0))


def test_topics_over_time_and_per_class_on_the_fitted_model(with_short: TopicResult) -> None:
    docs = with_short.documents
    years = [2015 + int(doc[-1]) * 3 for doc in docs["doc_id"]]
    over_time = with_short.model.topics_over_time(docs["text"].tolist(), years)
    assert set(over_time["Timestamp"]) == {2015, 2018, 2021}
    per_doc = with_short.model.topics_per_class(docs["text"].tolist(), classes=list(docs["doc_id"]))
    assert set(per_doc["Class"]) == {"d0", "d1", "d2"}
    info = with_short.model.get_document_info(docs["text"].tolist())
    assert list(info["Topic"]) == list(with_short.assignments["topic_id"])


def test_topics_per_class_gives_bertopics_rows_without_its_cost(with_short: TopicResult) -> None:
    """Issue 12: BERTopic's topics_per_class scans every unit and lists the vocabulary again for
    each class (42.7 CPU s over a 1,000-document run's section titles). The one-pass version
    gives the same rows, words, frequencies and dtypes, for few classes and for one per unit."""
    docs, model = with_short.documents, with_short.model
    texts, topics = docs["text"].tolist(), list(model.topics_)
    # a class per document, and one per unit (each class holds a single unit)
    for classes in (docs["doc_id"].tolist(), docs["unit_id"].tolist()):
        saved = model.c_tf_idf_.copy()  # both normalise it in place, as BERTopic does
        theirs = model.topics_per_class(texts, classes=classes)
        model.c_tf_idf_ = saved.copy()
        ours = topics_per_class(model, texts, topics, classes)
        model.c_tf_idf_ = saved
        order = ["Class", "Topic"]
        pd.testing.assert_frame_equal(
            ours.sort_values(order).reset_index(drop=True),
            theirs.sort_values(order).reset_index(drop=True),
        )
        assert not hasattr(model, "__dict__") or "_top_n_values_sparse" not in vars(model)


def test_a_saved_model_comes_back(with_short: TopicResult, tmp_path: Path) -> None:
    folder = save_topic_model(
        with_short.model, with_short.documents, tmp_path / "topic_model", left_out=None
    )
    assert (folder / "topic_embeddings.safetensors").is_file()
    assert not list(folder.glob("*.pkl")) and not list(folder.glob("*.pickle"))
    model, docs = load_topic_model(folder)
    assert docs.equals(with_short.documents.reset_index(drop=True))
    assert list(model.topics_) == list(with_short.model.topics_)
    assert set(model.get_topics()) == set(with_short.model.get_topics())
    for topic_id in with_short.model.get_topics():
        loaded, fitted = model.get_topic(topic_id), with_short.model.get_topic(topic_id)
        assert [w for w, _ in loaded] == [w for w, _ in fitted]
        assert [s for _, s in loaded] == pytest.approx([s for _, s in fitted])
    # the Arabic analyzer is back: c-TF-IDF over time keeps Arabic terms, normalised
    years = [2015 + int(doc[-1]) * 3 for doc in docs["doc_id"]]
    over_time = model.topics_over_time(docs["text"].tolist(), years)
    words = [w for line in over_time["Words"] for w in line.split(", ")]
    assert "طايفي" in words  # الطائفي, normalised and clitic-stripped
    assert not [w for w in words if w.startswith("ال") or "ة" in w]
    # the offline embedding is back too: new text gets a topic
    topics, _ = model.transform(["تسهم منظمات المجتمع المدني في بناء الثقة بين المواطنين"])
    assert topics[0] in set(with_short.assignments["topic_id"])
