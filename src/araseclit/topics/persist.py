"""The fitted topic model of a run, kept and reopened: :func:`save_topic_model`,
:func:`load_topic_model` and :func:`run_topics`.

The model is saved with BERTopic's own safetensors serialisation (topic embeddings, c-TF-IDF
and its vocabulary); BERTopic cannot save a vectorizer with a custom analyzer or an sklearn
embedding pipeline, so the Arabic analyzer and the coverage re-rank are attached again on
loading and the offline LSA embedding is saved beside it as arrays (``lsa.safetensors`` +
``lsa_vocab.json``), never as a pickle. What BERTopic's save leaves out and its views need
is saved beside it too: the representative documents and the topic probabilities.
``units.parquet`` holds the documents the model was fitted on, row ``i`` being its document
``i``, so ``topics_over_time``, ``topics_per_class`` and ``get_document_info`` line up with
them.

A run saves its model in ``topic_model/`` inside its atomic publish (the corpus step attaches
it to the ``topics`` table, :mod:`araseclit.store.saved`), so the model a reader loads is
always the one that made the run's topic tables.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from scipy.sparse import csr_matrix
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import Normalizer

from araseclit.errors import StoreError
from araseclit.store.publish import MODEL_DIR
from araseclit.store.saved import ATTRS_KEY, SavedWith
from araseclit.topics.analyzer import ArabicAnalyzer
from araseclit.topics.embedding import GramSVD
from araseclit.topics.lean import BERTopic
from araseclit.topics.representation import CoverageRerank

__all__ = ["MODEL_DIR", "RunTopics", "load_topic_model", "run_topics", "save_topic_model"]

_UNITS = "units.parquet"
_LEFT_OUT = "left_out.parquet"
_LSA = "lsa.safetensors"
_LSA_VOCAB = "lsa_vocab.json"
_META = "araseclit_topics.json"
_FIT = "fit.safetensors"  # what BERTopic's save leaves out: the topic probabilities
_REPRESENTATIVE = "representative_docs.json"


def _lsa_parts(embedder: Any) -> tuple[TfidfVectorizer, TruncatedSVD | GramSVD] | None:
    pipe = getattr(embedder, "pipe", embedder)  # BERTopic wraps a pipeline in SklearnEmbedder
    steps = getattr(pipe, "named_steps", None) or {}
    tfidf = next((s for s in steps.values() if isinstance(s, TfidfVectorizer)), None)
    # GramSVD (exact, small corpora) or TruncatedSVD: both project with ``components_``, so
    # both come back as a TruncatedSVD holding them
    svd = next((s for s in steps.values() if isinstance(s, TruncatedSVD | GramSVD)), None)
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
    from safetensors.numpy import save_file

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    logger = logging.getLogger("BERTopic")
    level = logger.level
    logger.setLevel(logging.ERROR)  # its warning to name a sentence-transformers model: we do
    try:
        model.save(
            str(out), serialization="safetensors", save_ctfidf=True, save_embedding_model=False
        )
    finally:
        logger.setLevel(level)
    documents[["doc_id", "unit_id", "text"]].to_parquet(out / _UNITS, index=False)
    if left_out is not None:
        left_out.to_parquet(out / _LEFT_OUT, index=False)
    if model.probabilities_ is not None:
        save_file({"probabilities": np.asarray(model.probabilities_, dtype=float)}, str(out / _FIT))
    representative = {str(t): list(d) for t, d in (model.representative_docs_ or {}).items()}
    (out / _REPRESENTATIVE).write_text(
        json.dumps(representative, ensure_ascii=False), encoding="utf-8"
    )
    lsa = embedding is None and _save_lsa(model.embedding_model, out)
    meta = {"embedding": str(embedding) if embedding is not None else None, "lsa": lsa}
    (out / _META).write_text(json.dumps(meta), encoding="utf-8")
    return out


def load_topic_model(folder: str | Path) -> tuple[BERTopic, pd.DataFrame]:
    """``(model, documents)`` saved by :func:`save_topic_model`; nothing is downloaded and
    nothing is fitted again."""
    from safetensors.numpy import load_file

    from araseclit.topics.embedding import load_local_model
    from araseclit.topics.model import TOP_N_WORDS

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
    # the fitted model's representation, so topics_over_time and per_class give its words
    model.representation_model = CoverageRerank(ArabicAnalyzer(), top_n=TOP_N_WORDS)
    if (src / _FIT).is_file():
        model.probabilities_ = load_file(str(src / _FIT))["probabilities"]
    if (src / _REPRESENTATIVE).is_file():
        saved = json.loads((src / _REPRESENTATIVE).read_text(encoding="utf-8"))
        model.representative_docs_ = {int(t): list(d) for t, d in saved.items()}
    documents = pd.read_parquet(src / _UNITS)
    return model, documents


@dataclass
class RunTopics:
    """The topic model of a run and its units, one row per model document.

    ``units`` columns: ``doc_id, unit_id, text, topic_id, section`` (title of the unit's
    section), ``section_type`` (its type: ``body`` for every topic unit), ``year``
    (publication year of the document) and ``author`` (null: the documents table has no
    authors yet)."""

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
        topics = self.units["topic_id"].astype(int).tolist()
        view = topics_per_class(self.model, self.units["text"].tolist(), topics, classes)
        return view.sort_values(["Class", "Topic"], kind="stable").reset_index(drop=True)

    def document_info(self) -> pd.DataFrame:
        """``model.get_document_info`` over the units, with their ids, section and year."""
        info = self.model.get_document_info(self.units["text"].tolist())
        keep = ["doc_id", "unit_id", "section", "section_type", "year"]
        return pd.concat([self.units[keep].reset_index(drop=True), info], axis=1)


def _top_n_values(matrix: Any, indices: np.ndarray) -> np.ndarray:
    """BERTopic's ``_top_n_values_sparse``, the same array: the value of each ``(row, index)``
    of ``matrix`` (0 for a ``None`` index), read from the row's stored entries instead of one
    sparse lookup per entry (30 per topic, most of topics_per_class's time)."""
    matrix = csr_matrix(matrix)
    matrix.sum_duplicates()  # one stored entry per index, as a lookup sums them
    top = []
    for row, values in enumerate(indices):
        start, end = matrix.indptr[row], matrix.indptr[row + 1]
        stored = dict(zip(matrix.indices[start:end].tolist(), matrix.data[start:end], strict=True))
        top.append(
            np.array([0 if v is None else stored.get(v, matrix.dtype.type(0)) for v in values])
        )
    return np.array(top)


def topics_per_class(
    model: BERTopic, docs: list[str], topics: list[int], classes: list[str]
) -> pd.DataFrame:
    """``model.topics_per_class(docs, classes)`` (global tuning on), row for row, in one pass.

    BERTopic's own method picks each class's units with a comparison over every unit and
    lists the whole vocabulary again for each class: time that grows with units times classes,
    and a run's classes are its section titles, thousands on a large corpus (42.7 CPU s at
    1,000 documents, issue 12). Here the units are grouped once and the vocabulary listed
    once; each class's c-TF-IDF, its averaging with the global one and its words are BERTopic's
    own steps on the same units in the same order, so the rows are the same (in the order of
    the classes' first units, not of ``set(classes)``). ``topics`` are the units' topics (the
    model's ``topics_`` for the units it holds).
    """
    from sklearn.preprocessing import normalize

    documents = pd.DataFrame({"Document": docs, "Topic": topics, "Class": classes})
    # in place, as BERTopic does (topics_over_time has done the same to it before)
    global_c_tf_idf = normalize(model.c_tf_idf_, axis=1, norm="l1", copy=False)
    words = model.vectorizer_model.get_feature_names_out()
    rows: list[tuple[int, str, int, str]] = []
    model._top_n_values_sparse = _top_n_values  # type: ignore[method-assign]
    try:
        for class_, selection in documents.groupby("Class", sort=False):
            per_topic = selection.groupby(["Topic"], as_index=False).agg(
                {"Document": " ".join, "Class": "count"}
            )
            counts = model.vectorizer_model.transform(
                model._preprocess_text(per_topic.Document.values)
            )
            c_tf_idf = normalize(
                model.ctfidf_model.transform(counts), axis=1, norm="l1", copy=False
            )
            c_tf_idf = (global_c_tf_idf[per_topic.Topic.values + model._outliers] + c_tf_idf) / 2.0
            words_per_topic = model._extract_words_per_topic(
                words, selection, c_tf_idf, calculate_aspects=False
            )
            frequency = dict(zip(per_topic.Topic.tolist(), per_topic.Class.tolist(), strict=True))
            rows.extend(
                (topic, ", ".join([w[0] for w in values][:5]), frequency[topic], class_)
                for topic, values in words_per_topic.items()
            )
    finally:
        del model._top_n_values_sparse  # BERTopic's own again
    return pd.DataFrame(rows, columns=["Topic", "Words", "Frequency", "Class"])


def _unit_frame(
    tables: dict[str, pd.DataFrame], documents: pd.DataFrame, topics: list[int]
) -> pd.DataFrame:
    """The fitted units with their topic, and the section, section type and publication year
    the run's ``sentences``, ``sections`` and ``documents`` tables give them."""
    units = documents[["doc_id", "unit_id", "text"]].astype(str).reset_index(drop=True)
    units["topic_id"] = np.asarray(topics, dtype=int)
    sents = tables["sentences"][["doc_id", "sent_id", "para_id", "section_id"]].astype("string")
    # a unit's section: that of its sentence, or of the first sentence of its paragraph
    by_sent = sents.rename(columns={"sent_id": "unit_id"})[["doc_id", "unit_id", "section_id"]]
    by_para = sents.dropna(subset=["para_id"]).drop_duplicates(["doc_id", "para_id"])
    by_para = by_para.rename(columns={"para_id": "unit_id"})[["doc_id", "unit_id", "section_id"]]
    where = pd.concat([by_sent, by_para]).drop_duplicates(["doc_id", "unit_id"])
    units = units.merge(where.astype(str), on=["doc_id", "unit_id"], how="left")
    sections = tables["sections"]
    kinds = sections["section_type"] if "section_type" in sections else pd.NA
    titles = pd.DataFrame(
        {"section_id": sections["section_id"], "section": sections["title"], "section_type": kinds}
    ).astype("string")
    units = units.merge(titles, on="section_id", how="left")
    units["section_type"] = units["section_type"].fillna("body")  # text before any heading
    years = tables["documents"][["doc_id", "year"]].astype({"doc_id": str})
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
    view = RunTopics(model, _unit_frame(tables, documents, list(model.topics_)))
    out = {}
    if view.units["year"].notna().any():
        out["topics_over_time"] = view.over_time()
    out["topics_per_section"] = view.per_class("section")
    return out


def saved_model(result: Any) -> SavedWith:
    """What a run saves of a :class:`~araseclit.topics.TopicResult`: its model and units, in
    the run's ``topic_model/`` folder (attach it to the ``topics`` table)."""
    return SavedWith(
        MODEL_DIR,
        lambda folder: save_topic_model(result.model, result.documents, folder),
        (result.model, result.documents),
    )


def _model_of(run: Any) -> tuple[BERTopic, pd.DataFrame]:
    """The model and units of ``run``: in memory when the run was made in this process, else
    loaded from its ``topic_model/`` folder; checked against its ``topic_assignments``."""
    saved = run.topics.attrs.get(ATTRS_KEY)
    folder = Path(run.path) / MODEL_DIR
    if isinstance(saved, SavedWith) and saved.value is not None:
        model, documents = saved.value
    elif (folder / _META).is_file():
        model, documents = load_topic_model(folder)
    else:
        raise StoreError("E056", path=str(run.path))
    stored = run.topic_assignments
    fitted = pd.DataFrame(
        {
            "doc_id": documents["doc_id"].astype(str).to_numpy(),
            "unit_id": documents["unit_id"].astype(str).to_numpy(),
            "topic_id": np.asarray(model.topics_, dtype=int),
        }
    )
    table = stored[["doc_id", "unit_id", "topic_id"]].astype(
        {"doc_id": str, "unit_id": str, "topic_id": int}
    )
    if len(table) != len(fitted) or not table.reset_index(drop=True).equals(fitted):
        raise StoreError("E057", folder=str(folder), path=str(run.path))
    return model, documents


def run_topics(run: Any) -> RunTopics:
    """The topic model of a stored run (``araseclit.open_run(path)``) and its units.

    Loads the model saved with the run (``topic_model/``, published with its tables), or takes
    it from memory when ``run`` comes from :func:`araseclit.analyze` in this process; nothing is
    fitted again. Its documents are the rows of the run's ``topic_assignments`` in order.
    The model's custom labels are the run's Arabic labels, so
    ``topics.model.visualize_barchart(custom_labels=True)`` shows them.
    Raises ``StoreError``: ``E056`` when the run keeps no model, ``E057`` when the model in
    its folder is not that of the tables ``run`` holds (another run was published since).
    """
    model, documents = _model_of(run)
    labels = {
        int(t): f"{int(t)}: {label}"
        for t, label in zip(run.topics["topic_id"], run.topics["label_ar"], strict=True)
        if pd.notna(label) and int(t) in model.get_topics()
    }
    if labels:  # the run's Arabic labels, in surface form, for visualize_*(custom_labels=True)
        model.set_topic_labels(labels)
    tables = {name: getattr(run, name) for name in ("sentences", "sections", "documents")}
    return RunTopics(model, _unit_frame(tables, documents, list(model.topics_)))
