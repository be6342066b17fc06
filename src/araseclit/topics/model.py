"""BERTopic for Arabic academic text: :func:`fit_topics`.

Made for Arabic: the c-TF-IDF vectorizer normalises, strips clitics, drops stop words and
keeps bigrams; ``language="multilingual"`` (BERTopic's English mode deletes every Arabic
letter); an offline embedding by default; clustering sized to the input so a 300-sentence
chapter and a 10,000-paragraph corpus both give a sensible number of topics.

Below :data:`SMALL_CORPUS` units the topics involve no random draw, so the seed genuinely does
not matter (issue 15): an exact LSA embedding (:class:`araseclit.topics.embedding.GramSVD`), no
UMAP, and :class:`araseclit.topics.clustering.SpectralWard` (Ward's clustering of the leading
eigenvectors of the units' nearest-neighbour graph). Before, k-means with 50 starts from a
fixed stream gave one partition for every seed only because it ignored the seed: partitions
from other streams agreed at an adjusted Rand index of 0.07-0.17. Chosen on development data
(``benchmarks/results/bench_topic_stability.md``); the figures against BERTopic and LDA are in
``benchmarks/results/bench_topic_corpus.md``.

About ``2 sqrt(n/5)`` topics (:data:`TOPICS_PER_ROOT`), not ``sqrt(n/5)``: over 20 start streams
on four development sets (sample corpus and odd half of the benchmark corpus, sentences and
paragraphs; ``benchmarks/bench_topic_count.md``) twice the topics raised NPMI on all four
(+0.045 to +0.081) and the agreement between streams with it; 1.5 and 3 times are shown there.
Above :data:`SMALL_CORPUS`, UMAP (seeded) and HDBSCAN: there the seed still moves the topics.
Above :data:`FIT_UNITS_MAX` units, the model is fitted on a sample stratified by document and
assigns the other units (issue 12): the fit's time and memory stop growing with the corpus. The
sample follows the documents' texts, not their ids, its clustering looks for topics of the
sample's share of the corpus's topic size, and the topics' words come from every unit, so the
sampled fit finds about the topics, and their coherence, of a fit on every unit
(``benchmarks/results/bench_topic_sampled.md``).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from hdbscan import HDBSCAN
from threadpoolctl import threadpool_limits

from araseclit.errors import ConfigError
from araseclit.store.schema import columns
from araseclit.topics.analyzer import ArabicAnalyzer, make_vectorizer
from araseclit.topics.clustering import SpectralWard
from araseclit.topics.embedding import EXACT_SVD_MAX, embed, encode
from araseclit.topics.labels import (
    OUTLIER_LABEL_AR,
    OUTLIER_LABEL_EN,
    load_glossary,
    make_label,
    seed_words,
)
from araseclit.topics.lean import BaseDimensionalityReduction, BERTopic, ClassTfidfTransformer
from araseclit.topics.reduction import SeededUMAP
from araseclit.topics.representation import CoverageRerank
from araseclit.topics.units import LEFT_OUT_COLUMNS, TOO_FEW_WORDS

#: fewer content-bearing units than this cannot form topics
MIN_UNITS = 20
#: below this many units, a partition (every unit gets a topic) beats HDBSCAN, which on a single
#: chapter marks most sentences as noise; the same bound as the exact SVD's
SMALL_CORPUS = EXACT_SVD_MAX
#: topics per ``sqrt(n/5)`` units below SMALL_CORPUS (module docstring)
TOPICS_PER_ROOT = 2.0
TOPIC_COLUMNS = columns("topics")
ASSIGNMENT_COLUMNS = columns("topic_assignments")
TOP_N_WORDS = 10
#: UMAP layout epochs below and above 10,000 units (:func:`layout_epochs`)
LAYOUT_EPOCHS = (200, 100)
#: a sampled fit's UMAP layout takes this share of the epochs of an unsampled fit of its size
#: (:func:`layout_epochs`)
SAMPLED_EPOCH_SHARE = 0.5
#: HDBSCAN's processes for core distances. Its default of 4 starts four joblib (loky) worker
#: processes above 16,384 units, each importing the scientific stack and a copy of the tree, and
#: they outlive the fit: on a 1,000-document run (80,088 units) 580 MB beside the parent's peak,
#: for a search that takes seconds in the fit's own process. The distances, and so the topics,
#: are the same either way (the search is exact)
HDBSCAN_JOBS = 1
#: the most units a model is fitted on. Above it the fit sees a sample of this many, stratified
#: by document (:func:`fit_sample`), and every other unit is given its topic by the fitted model
#: (:func:`_assign_rest`), so the fit's cost and memory no longer grow with the corpus (issue
#: 12; BERTopic's advice for large corpora: fit on a subset, ``transform`` the rest). Measured
#: in ``benchmarks/results/issue12_checklist.md``
FIT_UNITS_MAX = 10_000
#: units given a topic at a time after a sampled fit: their embeddings, neighbours and layout
#: are held for one batch only
ASSIGN_BATCH = 2_048
#: the smallest topic a sampled fit looks for (:func:`sampled_min_topic_size`)
SAMPLED_MIN_TOPIC_SIZE = 10
_DIGITS = re.compile(r"(\d+)")


@dataclass
class TopicResult:
    """Topics (TOPICS columns; ``-1`` = the outliers among the units), one assignment per
    usable unit (TOPIC_ASSIGNMENTS columns), the fitted BERTopic model, the units it holds
    (``documents``: ``doc_id, unit_id, text``, row ``i`` is the model's document ``i`` and
    assignment ``i``; above :data:`FIT_UNITS_MAX` it was fitted on a sample of them and gave
    the others their topics) and the units left out (:data:`LEFT_OUT_COLUMNS`)."""

    topics: pd.DataFrame
    assignments: pd.DataFrame
    model: BERTopic
    documents: pd.DataFrame
    left_out: pd.DataFrame


def default_min_topic_size(n_units: int) -> int:
    """About one topic per 30 units on a chapter, bounded on large corpora."""
    return int(np.clip(n_units // 30, 5, 60))


def _n_neighbors(n_units: int) -> int:
    """BERTopic's 15 from 150 units up; fewer on tiny inputs so a neighbourhood stays local."""
    return int(np.clip(n_units // 10, 5, 15))


def layout_epochs(n_units: int, *, sampled: bool = False) -> int:
    """Epochs of the UMAP layout: 200 below 10,000 units, 100 above, not UMAP's 500 and 200.

    The layout was most of a large fit's CPU (issue 12). Halved on a 200-document corpus
    (16,223 units), the fit took 21 s, not 32 s, and its NPMI (``topics.quality``) was +0.361 /
    +0.369 for seeds 42 / 1 against +0.380 / +0.340 with 200 epochs; on 4,000 of those units,
    200 epochs instead of 500 took 5.0 s, not 10.0 s, at NPMI -0.095 / -0.220 against -0.199 /
    -0.194. Within what a seed moves on this path (adjusted Rand index between seeds 0.06 at
    either setting); the figures are in ``benchmarks/results/issue12_checklist.md``.

    A sampled fit (``sampled``: the :data:`FIT_UNITS_MAX` units of a larger corpus) takes
    :data:`SAMPLED_EPOCH_SHARE` of them, 50 at the shipped cap, and UMAP's ``transform`` of the
    other units a third of that: the layout was still about half of the topic step of a
    200-document run, and at 50 epochs the sampled fit's topics are as coherent as those of a
    fit on every unit (``benchmarks/results/bench_topic_sampled_runs.md``).
    """
    epochs = LAYOUT_EPOCHS[0] if n_units < 10_000 else LAYOUT_EPOCHS[1]
    return int(epochs * SAMPLED_EPOCH_SHARE) if sampled else epochs


def _cluster_model(n_units: int, min_topic_size: int) -> Any:
    if n_units < SMALL_CORPUS:
        # about 2 sqrt(n/5) topics: 16 on a 320-sentence chapter, 28 on 1,000 units, and never
        # more than leave ``min_topic_size`` units per topic on average
        n_clusters = int(
            np.clip(
                round(TOPICS_PER_ROOT * np.sqrt(n_units / 5)),
                2,
                max(2, n_units // min_topic_size),
            )
        )
        return SpectralWard(n_clusters)
    return HDBSCAN(
        min_cluster_size=min_topic_size,
        min_samples=max(2, min_topic_size // 4),
        metric="euclidean",
        cluster_selection_method="eom",
        prediction_data=True,
        core_dist_n_jobs=HDBSCAN_JOBS,
    )


def _natural_key(value: str) -> tuple[str | int, ...]:
    """``"s10"`` after ``"s9"``: digit runs compare as numbers."""
    return tuple(int(p) if i % 2 else p for i, p in enumerate(_DIGITS.split(value)))


def _in_id_order(units: pd.DataFrame) -> pd.DataFrame:
    """``doc_id, unit_id, text`` as strings, sorted by ``doc_id``, then ``unit_id`` (digit runs
    as numbers), then text: the fit depends on the order of its input, and a run must not
    depend on the order in which documents were read."""
    frame = pd.DataFrame(
        {
            "doc_id": units["doc_id"].astype(str).to_numpy(),
            "unit_id": units["unit_id"].astype(str).to_numpy(),
            "text": units["text"].fillna("").astype(str).to_numpy(),
        }
    )
    keys = [
        (_natural_key(d), _natural_key(u), d, u, t)
        for d, u, t in zip(frame["doc_id"], frame["unit_id"], frame["text"], strict=True)
    ]
    return frame.iloc[sorted(range(len(keys)), key=keys.__getitem__)]


def fit_sample(doc_ids: Sequence[str], cap: int, seed: int) -> np.ndarray | None:
    """Row numbers (ascending) of the ``cap`` units a fit sees, or None for all of them when
    there are ``cap`` or fewer.

    Stratified by document: every document gives at least one unit (while there are fewer
    documents than ``cap``), and each gives about ``cap`` times its share of the units, so no
    paper is left out and none dominates. Which units of a document is drawn from ``seed``: the
    same units for the same ids and seed, in every process.
    """
    n = len(doc_ids)
    if n <= cap:
        return None
    codes, _ = pd.factorize(np.asarray(doc_ids, dtype=object))
    counts = np.bincount(codes)
    keys = np.random.default_rng(seed).random(n)
    order = np.lexsort((keys, codes))  # by document, then by draw
    starts = np.cumsum(counts) - counts
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n) - starts[codes[order]]
    # a document's first drawn unit first; then the units whose rank is furthest below the
    # document's proportional quota (the r-th of c units is wanted at rate (r + 1/2) / c)
    score = np.where(rank == 0, -1.0, (rank + 0.5) / counts[codes])
    return np.sort(np.lexsort((keys, score))[:cap])


def content_order(doc_ids: Sequence[str], texts: Sequence[str]) -> np.ndarray:
    """Row numbers of the units ordered by what their documents say, not by their ids: by a hash
    of each document's unit texts (in their order), then by place in the document.

    ``doc_ids`` and ``texts`` come in id order (:func:`_in_id_order`). A PDF's id is a hash of
    its bytes (:mod:`araseclit.ingest`), and the same text can come as other bytes, so another
    id, and the documents sort otherwise (DOCX files were so too, a zip written again carrying
    new dates, until their ids came from what they say). A sampled fit drawn and laid out in id
    order then saw other units in another order: three runs of the same 200 benchmark documents,
    created anew each time, gave 3, 44 and 61 topics. In this order the same texts give the same
    sample, layout and topics whatever the ids.
    """
    codes, _ = pd.factorize(np.asarray(doc_ids, dtype=object))
    digests = [hashlib.blake2b(digest_size=16) for _ in range(int(codes.max(initial=-1)) + 1)]
    for code, text in zip(codes, texts, strict=True):
        digests[code].update(text.encode("utf-8") + b"\x00")
    keys = np.array([d.hexdigest() for d in digests], dtype=object)
    place = pd.Series(codes).groupby(codes).cumcount().to_numpy()
    return np.lexsort((place, keys[codes]))


def sampled_min_topic_size(min_topic_size: int, n_fitted: int, n_units: int) -> int:
    """The smallest topic in a fit on ``n_fitted`` of ``n_units`` units, for topics of at least
    ``min_topic_size`` units in the corpus: scaled by the sample's share, as a random sample
    holds that share of each topic's units, and at least :data:`SAMPLED_MIN_TOPIC_SIZE`.

    HDBSCAN's ``min_cluster_size`` and ``min_samples`` count units, so on a sample they asked
    for topics 1/share as large: the sampled fit found about half the topics of a fit on every
    unit (session 12: 61-70 against 155-165 on 20,103 book sentences).
    """
    if n_fitted >= n_units:
        return min_topic_size
    return max(SAMPLED_MIN_TOPIC_SIZE, round(min_topic_size * n_fitted / n_units))


def _check_units(units: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(usable, left_out)``: the units with two content words or more, in id order, and the
    others (reason ``too_few_words``)."""
    missing = {"doc_id", "unit_id", "text"} - set(units.columns)
    if missing:
        raise ValueError(f"units need the columns doc_id, unit_id, text; missing {sorted(missing)}")
    frame = _in_id_order(units)
    analyzer = ArabicAnalyzer(bigrams=False)
    keep = np.array([len(analyzer(t)) >= 2 for t in frame["text"]], dtype=bool)
    usable = frame.loc[keep].reset_index(drop=True)
    if len(usable) < MIN_UNITS:
        raise ConfigError("E060", n=len(usable), minimum=MIN_UNITS)
    left = frame.loc[~keep, ["doc_id", "unit_id"]].reset_index(drop=True)
    left["section_type"] = "body"
    left["reason"] = TOO_FEW_WORDS
    return usable, left.reindex(columns=list(LEFT_OUT_COLUMNS))


def _build_model(
    n_units: int,
    embedding_model: Any,
    *,
    seed: int,
    min_topic_size: int,
    nr_topics: Any,
    seed_topics: list[list[str]] | None,
    sampled: bool = False,
) -> BERTopic:
    umap_model: Any = BaseDimensionalityReduction()  # clusters the embedding (docstring)
    if n_units >= SMALL_CORPUS:
        umap_model = SeededUMAP(
            n_neighbors=_n_neighbors(n_units),
            n_components=5,
            min_dist=0.0,
            seed=seed,
            low_memory=n_units > 20_000,
            n_epochs=layout_epochs(n_units, sampled=sampled),
        )
    return BERTopic(
        language="multilingual",
        top_n_words=TOP_N_WORDS,
        min_topic_size=min_topic_size,
        nr_topics=nr_topics,
        seed_topic_list=seed_topics,
        embedding_model=embedding_model,
        umap_model=umap_model,
        hdbscan_model=_cluster_model(n_units, min_topic_size),
        vectorizer_model=make_vectorizer(),
        ctfidf_model=ClassTfidfTransformer(reduce_frequent_words=True),
        representation_model=CoverageRerank(ArabicAnalyzer(), top_n=TOP_N_WORDS),
    )


def _probabilities(embeddings: np.ndarray, labels: np.ndarray, probs: Any) -> np.ndarray:
    """Confidence of each unit's topic: HDBSCAN's membership strength when available, else a
    softmax over cosine similarity to the topic centroids."""
    if probs is not None and np.ndim(probs) == 1:
        return np.where(labels == -1, 0.0, np.asarray(probs, dtype=float))
    topic_ids = sorted(t for t in set(labels.tolist()) if t != -1)
    out = np.zeros(len(labels))
    if not topic_ids:
        return out
    unit = embeddings / np.maximum(np.linalg.norm(embeddings, axis=1, keepdims=True), 1e-12)
    centroids = np.vstack([unit[labels == t].mean(axis=0) for t in topic_ids])
    centroids /= np.maximum(np.linalg.norm(centroids, axis=1, keepdims=True), 1e-12)
    sims = unit @ centroids.T
    weights = np.exp((sims - sims.max(axis=1, keepdims=True)) / 0.1)
    weights /= weights.sum(axis=1, keepdims=True)
    index = {t: i for i, t in enumerate(topic_ids)}
    for row, t in enumerate(labels):
        out[row] = 0.0 if t == -1 else weights[row, index[int(t)]]
    return out


def _topics_frame(model: BERTopic, labels: np.ndarray, texts: Sequence[str]) -> pd.DataFrame:
    forms = ArabicAnalyzer().surface_forms(texts)
    glossary = load_glossary()
    sizes = pd.Series(labels).value_counts()
    rows = [
        {
            "topic_id": -1,
            "label_ar": OUTLIER_LABEL_AR,
            "label_en": OUTLIER_LABEL_EN,
            "words": [],
            "size": int(sizes.get(-1, 0)),
        }
    ]
    for topic_id in sorted(t for t in sizes.index if t != -1):
        words = [w for w, _ in (model.get_topic(int(topic_id)) or []) if w][:TOP_N_WORDS]
        label_ar, label_en = make_label(words, forms, glossary)
        rows.append(
            {
                "topic_id": int(topic_id),
                "label_ar": label_ar,
                "label_en": label_en,
                "words": words,
                "size": int(sizes[topic_id]),
            }
        )
    return pd.DataFrame(rows, columns=TOPIC_COLUMNS)


def fit_topics(
    units: pd.DataFrame,
    *,
    seed: int = 42,
    embedding: str | Path | None = None,
    min_topic_size: int | None = None,
    nr_topics: int | str | None = None,
    seed_topics: list[list[str]] | None = None,
) -> TopicResult:
    """Fit Arabic topics on ``units`` (columns ``doc_id, unit_id, text``: sentences or
    paragraphs of one document or a corpus).

    ``embedding`` is None for the offline default (TF-IDF + SVD fitted on the units) or the
    directory of a local sentence-transformers/transformers model. ``seed_topics`` are lists of
    Arabic words (e.g. from :func:`lexicon_seed_topics`) that guide the clustering.
    Below :data:`SMALL_CORPUS` units nothing in the fit is random, and ``seed`` changes nothing
    (module docstring); :func:`araseclit.topics.topic_stability` shows how much the topics move
    when some units are left out.
    Above :data:`FIT_UNITS_MAX` usable units the model is fitted on that many, a sample
    stratified by document and drawn from ``seed`` (:func:`fit_sample`) in the order of the
    documents' texts, not their ids (:func:`content_order`), looking for topics of the sample's
    share of ``min_topic_size`` (:func:`sampled_min_topic_size`), and gives every other unit its
    topic with BERTopic's ``transform``, in batches; the topics' words then come from every
    unit. At or below the cap every unit is fitted, as before. Labels' surface forms come from
    the fitted units, sizes from every unit.
    Units with fewer than two content words are left out of the fit and listed in
    ``left_out``; the assignments come in id
    order (``doc_id``, then ``unit_id``, digit runs compared as numbers) whatever the order of
    ``units``: a seed gives the same tables, byte for byte, in every process.
    Raises ``ConfigError`` E060 for too few units and E061 for a bad model path.
    """
    usable, left_out = _check_units(units)
    texts = usable["text"].tolist()
    sample = None
    if len(texts) > FIT_UNITS_MAX:  # sample, fit and assign in content order (content_order)
        order = content_order(usable["doc_id"].tolist(), texts)
        texts = [texts[i] for i in order]
        rows = fit_sample(usable["doc_id"].to_numpy()[order].tolist(), FIT_UNITS_MAX, seed)
        assert rows is not None  # more units than the cap
        sample = _Sample(order, rows)
    fit_texts = texts if sample is None else [texts[i] for i in sample.rows]
    size = sampled_min_topic_size(
        min_topic_size or default_min_topic_size(len(texts)), len(fit_texts), len(texts)
    )
    seeds = [seed_words(ws) for ws in seed_topics] if seed_topics else None
    # BLAS and OpenMP split sums by thread, so their last bits depend on the thread count; UMAP
    # then turns a last bit into another layout. One thread makes every run the same.
    with threadpool_limits(limits=1):
        embedding_model, embeddings = embed(fit_texts, embedding, seed=seed)
        model = _build_model(
            len(fit_texts),
            embedding_model,
            seed=seed,
            min_topic_size=size,
            nr_topics=nr_topics,
            seed_topics=seeds,
            sampled=sample is not None,
        )
        # guided topics move the embeddings of seeded units in place; otherwise BERTopic only
        # reads them, and a copy is the size of the embeddings again (128 MB at 80,000 units)
        fit_input = embeddings.copy() if seeds else embeddings
        labels, probs = model.fit_transform(fit_texts, embeddings=fit_input)
        labels = np.asarray(model.topics_ if nr_topics is not None else labels, dtype=int)
        probabilities = _probabilities(embeddings, labels, probs)
        del embeddings, fit_input
        if sample is not None:
            labels, probabilities = _assign_rest(
                model, embedding_model, texts, sample, labels, probabilities
            )
    assignments = pd.DataFrame(
        {
            "doc_id": usable["doc_id"].to_numpy(),
            "unit_id": usable["unit_id"].to_numpy(),
            "topic_id": labels,
            "probability": probabilities,
        },
        columns=ASSIGNMENT_COLUMNS,
    )
    topics = _topics_frame(model, labels, fit_texts)
    return TopicResult(topics, assignments, model, usable, left_out)


@dataclass(frozen=True)
class _Sample:
    """A sampled fit's units: ``order``, the usable units' rows in content order
    (:func:`content_order`), and ``rows``, the positions in that order of the units fitted
    (:func:`fit_sample`)."""

    order: np.ndarray
    rows: np.ndarray


def _in_place(order: np.ndarray, values: np.ndarray) -> np.ndarray:
    """``values`` given in ``order`` (``values[k]`` is row ``order[k]``), in row order."""
    out = np.empty_like(values)
    out[order] = values
    return out


def _assign_rest(
    model: BERTopic,
    embedding_model: Any,
    texts: list[str],
    sample: _Sample,
    labels: np.ndarray,
    probabilities: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Topics and probabilities of all ``texts`` (in content order) after a fit on the
    ``sample.rows`` of them (whose ``labels`` and ``probabilities`` are given), back in id order:
    the other units go through the fitted model's ``transform`` in batches of
    :data:`ASSIGN_BATCH`, in content order.

    ``transform`` is BERTopic's own assignment of new units: the fitted embedding, UMAP's
    placement of the unit among its nearest fitted units, then HDBSCAN's ``approximate_predict``
    on the fitted cluster tree. So a unit that the fit would have called an outlier is one here
    too (a nearest-centroid rule would give every unit a topic while a third of the fitted units
    have none), and its probability is HDBSCAN's membership strength, as for fitted units.
    The model is left holding every unit, as after a fit on all of them: ``topics_``,
    ``probabilities_`` and ``topic_sizes_`` are those of the units, in id order.
    """
    rows = sample.rows
    n = len(texts)
    all_labels = np.full(n, -1, dtype=int)
    all_probs = np.zeros(n)
    strengths = np.zeros(n)
    all_labels[rows] = labels
    all_probs[rows] = probabilities
    fitted = model.probabilities_
    if fitted is not None and np.ndim(fitted) == 1:
        strengths[rows] = np.asarray(fitted, dtype=float)
    rest = np.setdiff1d(np.arange(n), rows)
    for start in range(0, len(rest), ASSIGN_BATCH):
        batch = rest[start : start + ASSIGN_BATCH]
        batch_texts = [texts[i] for i in batch]
        vectors = encode(embedding_model, batch_texts)
        predicted, probs = model.transform(batch_texts, embeddings=vectors)
        predicted = np.asarray(predicted, dtype=int)
        all_labels[batch] = predicted
        all_probs[batch] = _probabilities(vectors, predicted, probs)
        if probs is not None and np.ndim(probs) == 1:
            strengths[batch] = np.asarray(probs, dtype=float)
    _words_from_every_unit(model, texts, all_labels)
    all_labels, all_probs = _in_place(sample.order, all_labels), _in_place(sample.order, all_probs)
    model.topics_ = all_labels.tolist()
    one_d = fitted is not None and np.ndim(fitted) == 1
    model.probabilities_ = _in_place(sample.order, strengths) if one_d else fitted
    model.topic_sizes_ = Counter(model.topics_)
    return all_labels, all_probs


def _words_from_every_unit(model: BERTopic, texts: list[str], labels: np.ndarray) -> None:
    """The topics' words (c-TF-IDF and its re-ranking) from every unit of each topic, as a fit
    on every unit takes them, not from the sample's share of them.

    Words from the sample alone scored a lower NPMI (``topics.quality``, over every unit) than a
    fit on every unit: -0.395 / -0.397 / -0.390 (scratch) against -0.344 / -0.341 / -0.363
    (seeds 42 / 1 / 2) on 20,103 book sentences; from every unit -0.363 / -0.352 / -0.349
    (``benchmarks/results/bench_topic_sampled.md``), for about 1.5 CPU s more (scratch). The
    topic vectors stay the sample's.
    """
    documents = pd.DataFrame(
        {"Document": texts, "Topic": labels, "ID": range(len(texts)), "Image": None}
    )
    per_topic = documents.groupby(["Topic"], as_index=False).agg({"Document": " ".join})
    model.c_tf_idf_, words = model._c_tf_idf(per_topic)
    model.topic_representations_ = model._extract_words_per_topic(words, documents)
