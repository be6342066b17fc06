"""The fitted topic model of a run, kept and reopened: :func:`save_topic_model`,
:func:`load_topic_model` and :func:`run_topics`.

The model is saved with BERTopic's own safetensors serialisation (topic embeddings, c-TF-IDF
and its vocabulary); BERTopic cannot save a vectorizer with a custom analyzer or an sklearn
embedding pipeline, so the Arabic analyzer is attached again on loading and the offline LSA
embedding is saved beside it as arrays (``lsa.safetensors`` + ``lsa_vocab.json``), never as a
pickle. ``units.parquet`` holds the documents the model was fitted on, row ``i`` being its
document ``i``, so ``topics_over_time`` and ``topics_per_class`` line up with them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pandas as pd
from bertopic import BERTopic
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import Normalizer

from araseclit.topics.analyzer import ArabicAnalyzer

#: folder of the topic model inside a run folder
MODEL_DIR = "topic_model"
_UNITS = "units.parquet"
_LEFT_OUT = "left_out.parquet"
_LSA = "lsa.safetensors"
_LSA_VOCAB = "lsa_vocab.json"
_META = "araseclit_topics.json"


def _lsa_parts(embedder: Any) -> tuple[TfidfVectorizer, TruncatedSVD] | None:
    pipe = getattr(embedder, "pipe", embedder)  # BERTopic wraps a pipeline in SklearnEmbedder
    steps = getattr(pipe, "named_steps", None) or {}
    tfidf = next((s for s in steps.values() if isinstance(s, TfidfVectorizer)), None)
    svd = next((s for s in steps.values() if isinstance(s, TruncatedSVD)), None)
    return (tfidf, svd) if tfidf is not None and svd is not None else None


def _save_lsa(embedder: Any, folder: Path) -> bool:
    from safetensors.numpy import save_file

    parts = _lsa_parts(embedder)
    if parts is None:
        return False
    tfidf, svd = parts
    save_file(
        {"idf": np.ascontiguousarray(tfidf.idf_), "components": svd.components_},
        str(folder / _LSA),
    )
    vocab = {term: int(i) for term, i in tfidf.vocabulary_.items()}
    (folder / _LSA_VOCAB).write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    return True


def _load_lsa(folder: Path) -> Pipeline:
    from safetensors.numpy import load_file

    arrays = load_file(str(folder / _LSA))
    vocab = json.loads((folder / _LSA_VOCAB).read_text(encoding="utf-8"))
    tfidf = TfidfVectorizer(analyzer=ArabicAnalyzer(), sublinear_tf=True, vocabulary=vocab)
    tfidf.fit([""])  # a fixed vocabulary: fit only sets it up; idf_ comes next
    tfidf.idf_ = arrays["idf"]
    svd = TruncatedSVD(n_components=arrays["components"].shape[0])
    svd.components_ = arrays["components"]
    svd.n_features_in_ = arrays["components"].shape[1]
    return make_pipeline(tfidf, svd, Normalizer(copy=False))


def save_topic_model(
    model: BERTopic,
    documents: pd.DataFrame,
    folder: str | Path,
    *,
    left_out: pd.DataFrame | None = None,
    embedding: str | Path | None = None,
) -> Path:
    """Save ``model`` (from :func:`araseclit.topics.fit_topics`) with the ``documents`` it was
    fitted on (``doc_id, unit_id, text``) into ``folder``; ``embedding`` is the local model
    path it was fitted with, None for the offline default."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    model.save(str(out), serialization="safetensors", save_ctfidf=True, save_embedding_model=False)
    documents[["doc_id", "unit_id", "text"]].to_parquet(out / _UNITS, index=False)
    if left_out is not None:
        left_out.to_parquet(out / _LEFT_OUT, index=False)
    lsa = embedding is None and _save_lsa(model.embedding_model, out)
    meta = {"embedding": str(embedding) if embedding is not None else None, "lsa": lsa}
    (out / _META).write_text(json.dumps(meta), encoding="utf-8")
    return out


def load_topic_model(folder: str | Path) -> tuple[BERTopic, pd.DataFrame]:
    """``(model, documents)`` saved by :func:`save_topic_model`; nothing is downloaded."""
    from araseclit.topics.embedding import load_local_model

    src = Path(folder)
    meta = json.loads((src / _META).read_text(encoding="utf-8"))
    if meta.get("embedding"):
        embedder: Any = load_local_model(meta["embedding"])
    else:
        embedder = _load_lsa(src) if meta.get("lsa") else None
    model = BERTopic.load(str(src), embedding_model=embedder)
    vocab = model.vectorizer_model.vocabulary_
    vectorizer = CountVectorizer(analyzer=ArabicAnalyzer(), vocabulary=dict(vocab))
    vectorizer.fit([""])  # fixed vocabulary
    model.vectorizer_model = vectorizer
    documents = pd.read_parquet(src / _UNITS)
    return model, documents


@dataclass
class RunTopics:
    """The topic model of a run and its units, one row per model document.

    ``units`` columns: ``doc_id, unit_id, text, topic_id, section`` (title of the unit's
    section), ``year`` (publication year of the document) and ``author`` (null: the documents
    table has no authors yet)."""

    model: BERTopic
    units: pd.DataFrame

    def over_time(self, nr_bins: int | None = None) -> pd.DataFrame:
        """``model.topics_over_time`` by publication year; units of undated documents are
        left out of it."""
        dated = self.units.dropna(subset=["year"])
        return self.model.topics_over_time(
            dated["text"].tolist(),
            dated["year"].astype(int).tolist(),
            topics=dated["topic_id"].astype(int).tolist(),
            nr_bins=nr_bins,
        )

    def per_class(self, by: str = "doc_id") -> pd.DataFrame:
        """``model.topics_per_class`` with the classes in column ``by`` of :attr:`units`
        (``doc_id``, ``section``, ``section_type``, ``year``, ...)."""
        classes = self.units[by].astype("string").fillna("").tolist()
        return self.model.topics_per_class(self.units["text"].tolist(), classes=classes)


def _settings(path: Path) -> Any:
    from araseclit.pipeline.loader import CorpusSettings, read_config
    from araseclit.store import load_info

    try:
        return read_config(load_info(path).get("pipeline") or "default")[1]
    except Exception:  # a pipeline file moved since the run: the defaults
        return CorpusSettings()


def _unit_frame(run: Any, documents: pd.DataFrame, topics: list[int]) -> pd.DataFrame:
    units = documents[["doc_id", "unit_id", "text"]].astype(str).reset_index(drop=True)
    units["topic_id"] = np.asarray(topics, dtype=int)
    sents = run.sentences[["doc_id", "sent_id", "para_id", "section_id"]].astype("string")
    # a unit's section: that of its sentence, or of the first sentence of its paragraph
    by_sent = sents.rename(columns={"sent_id": "unit_id"})[["doc_id", "unit_id", "section_id"]]
    by_para = sents.dropna(subset=["para_id"]).drop_duplicates(["doc_id", "para_id"])
    by_para = by_para.rename(columns={"para_id": "unit_id"})[["doc_id", "unit_id", "section_id"]]
    where = pd.concat([by_sent, by_para]).drop_duplicates(["doc_id", "unit_id"])
    units = units.merge(where.astype(str), on=["doc_id", "unit_id"], how="left")
    titles = (
        run.sections[["section_id", "title"]].astype("string").rename(columns={"title": "section"})
    )
    units = units.merge(titles, on="section_id", how="left")
    years = run.documents[["doc_id", "year"]].astype({"doc_id": str})
    units = units.merge(years, on="doc_id", how="left")
    units["author"] = pd.NA
    return units.drop(columns=["section_id"])


#: names of the view tables :func:`topic_views` gives
VIEW_TABLES = ("topics_over_time", "topics_per_section")


def topic_views(
    model: BERTopic, documents: pd.DataFrame, tables: dict[str, pd.DataFrame]
) -> dict[str, pd.DataFrame]:
    """BERTopic's own ``topics_over_time`` (by publication year; when some document has one)
    and ``topics_per_class`` by section title, for the units ``documents`` the model was
    fitted on, with a run's ``sentences``, ``sections`` and ``documents`` tables."""
    run = SimpleNamespace(**{k: tables[k] for k in ("sentences", "sections", "documents")})
    view = RunTopics(model, _unit_frame(run, documents, list(model.topics_)))
    out = {}
    if view.units["year"].notna().any():
        out["topics_over_time"] = view.over_time()
    out["topics_per_section"] = view.per_class("section")
    return out


def run_topics(run: Any) -> RunTopics:
    """The topic model of a stored run (``araseclit.open_run(path)``) and its units.

    Loads the model saved in the run folder (``topic_model/``) when there is one, else fits it
    again from the run's tables with the run's pipeline settings: the same seed gives the same
    topics in every process, so the refitted model is the run's (its topics equal the run's
    ``topics`` table). The model's custom labels are the run's Arabic labels, so
    ``topics.model.visualize_barchart(custom_labels=True)`` shows them.
    """
    folder = Path(run.path) / MODEL_DIR
    if (folder / _META).is_file():
        model, documents = load_topic_model(folder)
    else:
        from araseclit.topics.model import fit_topics
        from araseclit.topics.units import topic_units

        settings = _settings(Path(run.path))
        units, _ = topic_units(
            run.sentences,
            settings.topic_unit,
            sections=run.sections,
            references=run.references,
            documents=run.documents,
        )
        result = fit_topics(units, seed=settings.seed)
        model, documents = result.model, result.documents
    labels = {
        int(t): f"{int(t)}: {label}"
        for t, label in zip(run.topics["topic_id"], run.topics["label_ar"], strict=True)
        if pd.notna(label) and int(t) in model.get_topics()
    }
    if labels:  # the run's Arabic labels, in surface form, for visualize_*(custom_labels=True)
        model.set_topic_labels(labels)
    return RunTopics(model, _unit_frame(run, documents, list(model.topics_)))
