"""What limits the coherence and the stability of araseclit's topics on sentence units
(issue 15), measured on development data.

Run: ``.venv/bin/python benchmarks/bench_topic_limits.py [--streams 10]`` (writes
``benchmarks/results/bench_topic_limits.md``).

Development sets as in ``bench_topic_sentences.py`` (body sentences of the sample corpus and of
the odd half of the benchmark corpus; the even half and the seed chapter are not looked at).
Every row keeps the shipped representation (c-TF-IDF x coverage) and NPMI of the top-10 words
over the set's sentences; only the partition, or the embedding it is found in, changes. Each
partition is drawn ``--streams`` times (k-means start streams 0, 1, ...); shown are NPMI mean ±
sd over them, the adjusted Rand index between the partitions of every pair of streams (how much
a topic table changes when only the start is drawn again) and the largest topic's share.

* **Partition**: k-means on the LSA embedding with ``round(sqrt(n/5))`` topics (the shipped
  fit when this was run; ``bench_topic_count.py`` then doubled the topics); a random partition with the same
  topic sizes (what the clustering adds over chance); the documents as topics (each document is
  about one subject: a partition a reader would accept) and k-means with as many topics;
  3, shipped and twice the shipped number of topics.
* **Embedding**: the shipped LSA (TF-IDF of clitic-split stems and bigrams, 200 dimensions);
  TF-IDF itself with no SVD; LSA over normalised words with their clitics kept (``والمنظمات``
  and ``المنظمة`` stay apart); word vectors from outside the corpus (``araseclit.textmodel``'s
  neighbouring-word counts over third-party prose: positive PMI of each stem with its left and
  right neighbour, 100 SVD dimensions), a unit being the TF-IDF-weighted mean of its stems'
  vectors; and that with the LSA embedding side by side.
* **Consensus**: evidence accumulation (Fred & Jain 2005) over 100 k-means runs of one start
  each: the share of runs that put two units together, cut into ``k`` topics by average
  linkage. Stability is the ARI between consensus partitions built from disjoint sets of 100
  runs (five sets).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_topic_labels import root_k, topic_words  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "bench_topic_limits.md"
#: k-means runs per consensus partition, and consensus partitions compared
CONSENSUS_RUNS = 100
CONSENSUS_SETS = 5
WORD_DIMS = 100


def _kmeans(vectors: np.ndarray, k: int, state: int, n_init: int = 50) -> np.ndarray:
    from sklearn.cluster import KMeans

    return KMeans(n_clusters=k, n_init=n_init, random_state=state).fit_predict(vectors)


def _normalised(vectors: Any) -> np.ndarray:
    dense = np.asarray(vectors.toarray() if hasattr(vectors, "toarray") else vectors, dtype=float)
    return dense / np.maximum(np.linalg.norm(dense, axis=1, keepdims=True), 1e-12)


class SurfaceAnalyzer:
    """Content words normalised, clitics kept (``والمنظمات`` is its own term)."""

    def __init__(self) -> None:
        from araseclit.topics import ArabicAnalyzer

        self.inner = ArabicAnalyzer(bigrams=False)

    def __call__(self, text: str) -> list[str]:
        from araseclit.normalize import normalize_token

        return [normalize_token(t[0]) for t in self.inner.tokens(text) if t is not None]


def external_word_vectors() -> tuple[dict[str, int], np.ndarray]:
    """Stem -> row of unit-length vectors from the shipped neighbouring-word counts."""
    import scipy.sparse as sp
    from sklearn.decomposition import TruncatedSVD

    from araseclit.normalize import normalize_token
    from araseclit.topics import ArabicAnalyzer

    path = resources.files("araseclit.textmodel").joinpath("data/wordpairs.json.gz")
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        counts = json.load(handle)
    analyzer = ArabicAnalyzer(bigrams=False)
    stem_of = {w: t[0] for w in counts["unigrams"] if len(t := analyzer(w)) == 1}
    stems = {s: i for i, s in enumerate(sorted(set(stem_of.values())))}
    contexts = {
        c: i for i, c in enumerate(sorted({normalize_token(w) for w in counts["unigrams"]}))
    }
    rows, cols, vals = [], [], []
    for pair, count in counts["pairs"].items():
        left, _, right = pair.partition(" ")
        for word, neighbour, side in ((left, right, 0), (right, left, 1)):
            if word in stem_of and neighbour in counts["unigrams"]:
                rows.append(stems[stem_of[word]])
                cols.append(2 * contexts[normalize_token(neighbour)] + side)
                vals.append(count)
    matrix = sp.coo_matrix((vals, (rows, cols)), shape=(len(stems), 2 * len(contexts))).tocsr()
    matrix.sum_duplicates()
    matrix = matrix.tocoo()
    total = matrix.sum()
    row_p = np.asarray(matrix.sum(axis=1)).ravel() / total
    col_p = np.asarray(matrix.sum(axis=0)).ravel() ** 0.75
    col_p /= col_p.sum()
    pmi = np.log(matrix.data / total / row_p[matrix.row] / col_p[matrix.col])
    keep = pmi > 0
    ppmi = sp.csr_matrix((pmi[keep], (matrix.row[keep], matrix.col[keep])), shape=matrix.shape)
    vectors = TruncatedSVD(WORD_DIMS, random_state=0).fit_transform(ppmi)
    return stems, _normalised(vectors)


def external_embedding(texts: list[str], words: tuple[dict[str, int], np.ndarray]) -> np.ndarray:
    from sklearn.feature_extraction.text import TfidfVectorizer

    from araseclit.topics import ArabicAnalyzer

    stems, vectors = words
    tfidf = TfidfVectorizer(analyzer=ArabicAnalyzer(bigrams=False), sublinear_tf=True).fit(texts)
    table = np.zeros((len(tfidf.vocabulary_), WORD_DIMS))
    for term, j in tfidf.vocabulary_.items():
        if term in stems:
            table[j] = vectors[stems[term]]
    return _normalised(tfidf.transform(texts) @ table)


def embeddings(texts: list[str], words: tuple[dict[str, int], np.ndarray]) -> dict[str, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    from araseclit.topics import ArabicAnalyzer
    from araseclit.topics.embedding import fit_lsa_embedder

    lsa = fit_lsa_embedder(texts).transform(texts)
    ext = external_embedding(texts, words)
    surface = _lsa_over(texts, SurfaceAnalyzer())
    tfidf = TfidfVectorizer(analyzer=ArabicAnalyzer(), sublinear_tf=True).fit_transform(texts)
    return {
        "LSA, clitic-split stems (shipped)": lsa,
        "TF-IDF, no SVD": _normalised(tfidf),
        "LSA, clitics kept": surface,
        "external word vectors (textmodel pairs)": ext,
        "LSA + external word vectors": _normalised(np.hstack([lsa, ext])),
    }


def _lsa_over(texts: list[str], analyzer: Callable[[str], list[str]]) -> np.ndarray:
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer

    from araseclit.topics.embedding import SVD_ITER, SVD_STATE

    tfidf = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True).fit_transform(texts)
    svd = TruncatedSVD(
        n_components=min(200, tfidf.shape[1] - 1, len(texts) - 1),
        random_state=SVD_STATE,
        n_iter=SVD_ITER,
    )
    return _normalised(svd.fit_transform(tfidf))


def consensus(vectors: np.ndarray, k: int, states: range) -> np.ndarray:
    from sklearn.cluster import AgglomerativeClustering

    together = np.zeros((len(vectors), len(vectors)))
    for state in states:
        labels = _kmeans(vectors, k, state, n_init=1)
        together += labels[:, None] == labels[None, :]
    together /= len(states)
    return AgglomerativeClustering(
        n_clusters=k, metric="precomputed", linkage="average"
    ).fit_predict(1 - together)


class Scorer:
    """NPMI of the shipped representation of any partition of one development set."""

    def __init__(self, texts: list[str]) -> None:
        from araseclit.topics.embedding import fit_lsa_embedder

        self.texts = texts
        self.pipe = fit_lsa_embedder(texts)
        self.lsa = self.pipe.transform(texts)

    def npmi(self, labels: np.ndarray) -> float:
        from araseclit.topics import ArabicAnalyzer, npmi_coherence
        from araseclit.topics.representation import CoverageRerank

        words = topic_words(
            self.texts, labels, self.pipe, self.lsa, CoverageRerank(ArabicAnalyzer(), top_n=10)
        )
        return float(np.nanmean(npmi_coherence(words, self.texts)))

    def row(self, name: str, parts: list[np.ndarray]) -> str:
        from sklearn.metrics import adjusted_rand_score

        values = [self.npmi(p) for p in parts]
        aris = [adjusted_rand_score(a, b) for a, b in itertools.combinations(parts, 2)]
        agreement = f"{np.mean(aris):.2f} ({np.min(aris):.2f}-{np.max(aris):.2f})" if aris else "-"
        largest = np.mean([np.bincount(p).max() / len(p) for p in parts])
        line = (
            f"| {name} | {len(set(parts[0]))} | {np.mean(values):+.3f} ± {np.std(values):.3f} "
            f"| {agreement} | {largest:.0%} |"
        )
        print(line, flush=True)
        return line


def measure_set(units: pd.DataFrame, streams: int, words: Any) -> list[str]:
    from threadpoolctl import threadpool_limits

    texts = units["text"].tolist()
    rows = []
    with threadpool_limits(limits=1):
        score = Scorer(texts)
        k = root_k(len(texts))
        docs = pd.factorize(units["doc_id"])[0]
        n_docs = int(docs.max()) + 1
        shipped = [_kmeans(score.lsa, k, s) for s in range(streams)]
        rng = np.random.default_rng(0)
        rows.append(score.row("k-means on LSA, round(sqrt(n/5)) topics", shipped))
        rows.append(
            score.row("random partition, same sizes", [rng.permutation(p) for p in shipped])
        )
        rows.append(score.row("documents as topics", [docs]))
        rows.append(
            score.row(
                "k-means, as many topics as documents",
                [_kmeans(score.lsa, n_docs, s) for s in range(streams)],
            )
        )
        for n_topics in (3, 2 * k):
            parts = [_kmeans(score.lsa, n_topics, s) for s in range(streams)]
            rows.append(score.row(f"k-means, {n_topics} topics", parts))
        for name, vectors in list(embeddings(texts, words).items())[1:]:
            parts = [_kmeans(vectors, k, s) for s in range(streams)]
            rows.append(score.row(f"embedding: {name}", parts))
        parts = [
            consensus(score.lsa, k, range(i * CONSENSUS_RUNS, (i + 1) * CONSENSUS_RUNS))
            for i in range(CONSENSUS_SETS)
        ]
        rows.append(score.row(f"consensus of {CONSENSUS_RUNS} k-means runs", parts))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=10, help="k-means start streams")
    args = parser.parse_args()
    from bench_topic_sentences import dev_sets
    from topic_report import report_head, table, write_report

    words = external_word_vectors()
    out = report_head(
        "What limits sentence-topic coherence and stability (development data)",
        __doc__,
        f"External word vectors: {len(words[0])} stems.",
    )
    for name, units in dev_sets().items():
        out += table(
            f"{name}: {len(units)} sentences, {units['doc_id'].nunique()} documents",
            "| partition | topics | NPMI mean ± sd | ARI between streams (min-max) | largest |",
            "|---|---:|---:|---:|---:|",
            measure_set(units, args.streams, words),
        )
    write_report(RESULTS, out)


if __name__ == "__main__":
    main()
