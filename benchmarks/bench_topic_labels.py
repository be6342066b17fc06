"""Topic words: araseclit's c-TF-IDF x coverage against KeyBERT-style and maximal-marginal-
relevance representations over the same offline embedding (issue 15, "labels you can check").

Run: ``.venv/bin/python benchmarks/bench_topic_labels.py [--streams 20]`` (writes
``benchmarks/results/bench_topic_labels.md``).

Development data only, as in ``bench_topic_sentences.py``: the body sentences of the sample
corpus and of the odd half of the 62-document benchmark corpus (the even half and the seed
chapter are not looked at). The partition is held fixed and only the representation changes:
for each of ``--streams`` k-means start streams (the fit of ``fit_topics``: LSA embedding, k-means
with 50 starts; ``k = round(sqrt(n/5))``, shipped when this was run, and twice that ``k``, which
``bench_topic_count.py`` later made the default), every representation describes the same
topics, so differences are paired. Representations (BERTopic 0.17 classes, fed araseclit's
vectorizer, c-TF-IDF and offline LSA embedding):

* ``c-TF-IDF``: BERTopic's own top words (no representation model);
* ``shipped``: :class:`araseclit.topics.representation.CoverageRerank` (c-TF-IDF x share of the
  topic's units holding the word), as :func:`araseclit.topics.fit_topics` uses it;
* ``KeyBERTInspired``: BERTopic's, over the 100 best c-TF-IDF words, 5 representative units;
* ``MMR``: ``MaximalMarginalRelevance(diversity=0.1)``;
* ``KeyBERTInspired -> coverage``: its 30 words closest to the topic's 5 representative units,
  re-ranked by coverage (also with 50 representative units);
* ``centroid -> coverage``: KeyBERT-style with the topic embedding taken as the mean of all its
  units (not 5 of them), 30 of the 100 best c-TF-IDF words, re-ranked by coverage.

Measures: NPMI of the top-10 words over the set's sentences (:func:`npmi_coherence`), its
paired difference to ``shipped`` (mean, standard error, streams won), topic diversity and the
share of shipped stop words and numbers in the top-10.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

RESULTS = ROOT / "benchmarks" / "results" / "bench_topic_labels.md"
#: c-TF-IDF candidates and shortlist of the KeyBERT-style steps
CANDIDATES = 100
SHORTLIST = 30


def root_k(n_units: int) -> int:
    """``round(sqrt(n/5))``: the number of topics of :func:`araseclit.topics.fit_topics` below
    its SMALL_CORPUS until ``bench_topic_count.py`` doubled it; kept here so these figures
    can be reproduced."""
    return max(2, round(float(np.sqrt(n_units / 5))))


def topic_words(
    texts: list[str], labels: np.ndarray, pipe: Any, embeddings: np.ndarray, representation: Any
) -> list[list[str]]:
    """Top-10 words of the topics of a given partition (BERTopic with its clustering skipped)."""
    from bertopic import BERTopic
    from bertopic.cluster import BaseCluster
    from bertopic.dimensionality import BaseDimensionalityReduction
    from bertopic.vectorizers import ClassTfidfTransformer

    from araseclit.topics.analyzer import make_vectorizer

    model = BERTopic(
        language="multilingual",
        top_n_words=10,
        embedding_model=pipe,
        umap_model=BaseDimensionalityReduction(),
        hdbscan_model=BaseCluster(),
        vectorizer_model=make_vectorizer(),
        ctfidf_model=ClassTfidfTransformer(reduce_frequent_words=True),
        representation_model=representation,
    )
    model.fit(texts, embeddings=embeddings.copy(), y=np.asarray(labels))
    return [[w for w, _ in model.get_topic(t)][:10] for t in sorted(set(labels)) if t != -1]


class CentroidShortlist:
    """KeyBERT-style shortlist against the mean embedding of all a topic's units."""

    def __init__(self, pipe: Any, embeddings: np.ndarray) -> None:
        self.pipe, self.embeddings = pipe, embeddings

    def extract_topics(self, topic_model: Any, documents: pd.DataFrame, c_tf_idf: Any, topics):
        vocab = topic_model.vectorizer_model.get_feature_names_out()
        assigned = documents["Topic"].to_numpy()
        out = {}
        for row, topic in enumerate(sorted(int(t) for t in topics)):
            weights = c_tf_idf[row].toarray().ravel()
            best = [i for i in np.argsort(-weights)[:CANDIDATES] if weights[i] > 0]
            if not best or not (assigned == topic).any():
                out[topic] = topics[topic]
                continue
            centre = self.embeddings[assigned == topic].mean(axis=0)
            sims = self.pipe.transform([vocab[i] for i in best]) @ centre
            order = np.argsort(-sims)[:SHORTLIST]
            out[topic] = [(vocab[best[j]], float(sims[j])) for j in order]
        return out


def representations(pipe: Any, embeddings: np.ndarray) -> dict[str, Callable[[], Any]]:
    from bertopic.representation import KeyBERTInspired, MaximalMarginalRelevance

    from araseclit.topics import ArabicAnalyzer
    from araseclit.topics.representation import CoverageRerank

    def coverage() -> Any:
        return CoverageRerank(ArabicAnalyzer(), top_n=10)

    def keybert(docs: int) -> Any:
        return KeyBERTInspired(
            top_n_words=SHORTLIST, nr_candidate_words=CANDIDATES, nr_repr_docs=docs, random_state=0
        )

    return {
        "shipped (c-TF-IDF x coverage)": coverage,
        "c-TF-IDF": lambda: None,
        "KeyBERTInspired": lambda: KeyBERTInspired(
            top_n_words=10, nr_candidate_words=CANDIDATES, random_state=0
        ),
        "MMR (diversity 0.1)": lambda: MaximalMarginalRelevance(diversity=0.1, top_n_words=10),
        "KeyBERTInspired (5 units) -> coverage": lambda: [keybert(5), coverage()],
        "KeyBERTInspired (50 units) -> coverage": lambda: [keybert(50), coverage()],
        "centroid of all units -> coverage": lambda: [
            CentroidShortlist(pipe, embeddings),
            coverage(),
        ],
    }


def measure_set(units: pd.DataFrame, streams: int) -> list[str]:
    from bench_topics import content_words
    from sklearn.cluster import KMeans
    from threadpoolctl import threadpool_limits

    from araseclit.topics import npmi_coherence, topic_diversity
    from araseclit.topics.embedding import fit_lsa_embedder

    texts = units["text"].tolist()
    rows = []
    with threadpool_limits(limits=1):
        pipe = fit_lsa_embedder(texts)
        embeddings = pipe.transform(texts)
        for factor in (1, 2):
            k = factor * root_k(len(texts))
            parts = [
                KMeans(n_clusters=k, n_init=50, random_state=s).fit_predict(embeddings)
                for s in range(streams)
            ]
            base = None
            for name, make in representations(pipe, embeddings).items():
                npmi, div, stop = [], [], []
                for labels in parts:
                    words = topic_words(texts, labels, pipe, embeddings, make())
                    npmi.append(float(np.nanmean(npmi_coherence(words, texts))))
                    div.append(topic_diversity(words))
                    kept = sum(map(len, content_words(words)))
                    stop.append(1 - kept / max(1, sum(map(len, words))))
                values = np.array(npmi)
                base = values if base is None else base
                diff = values - base
                rows.append(
                    f"| {k} | {name} | {values.mean():+.3f} ± {values.std():.3f} "
                    f"| {diff.mean():+.3f} ± {diff.std() / np.sqrt(streams):.3f} "
                    f"| {int((diff > 0).sum())} / {streams} | {np.mean(div):.2f} "
                    f"| {np.mean(stop):.0%} |"
                )
                print(rows[-1], flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=20, help="k-means start streams")
    args = parser.parse_args()
    from bench_topic_sentences import dev_sets
    from topic_report import report_head, table, write_report

    out = report_head(
        "Topic words: c-TF-IDF x coverage vs KeyBERT-style and MMR (development data)", __doc__
    )
    for name, units in dev_sets().items():
        out += table(
            f"{name}: {len(units)} sentences, {args.streams} start streams",
            "| k | representation | NPMI mean ± sd over streams | minus shipped, paired "
            "(mean ± se) | streams above shipped | diversity | stop words in top-10 |",
            "|---:|---|---:|---:|---:|---:|---:|",
            measure_set(units, args.streams),
        )
    write_report(RESULTS, out)


if __name__ == "__main__":
    main()
