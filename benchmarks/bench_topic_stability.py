"""Stable topics (issue 15): deterministic partitions of the LSA space against the shipped
k-means, measured on development data.

Run: ``.venv/bin/python benchmarks/bench_topic_stability.py [--pairs 5]`` (writes
``benchmarks/results/bench_topic_stability.md``).

Development sets: body sentences of the sample corpus and of the odd half of the benchmark
corpus (``bench_topic_sentences.dev_sets``), and of the seed chapter (in domain). The even half
of the benchmark corpus is not looked at here (``bench_topic_corpus.py`` reads it once).

Every row keeps the shipped embedding (TF-IDF + 200-dimensional SVD), number of topics
(``2 sqrt(n/5)``) and representation (c-TF-IDF x coverage); only the partition changes:

* ``k-means (50 starts)``: the shipped fit, its starts drawn from stream 0, 1, ...;
* ``ward``: Ward's agglomerative clustering (no randomness);
* ``ward -> k-means``: Lloyd's k-means started from Ward's centroids (no randomness);
* ``pddp -> k-means``: principal-direction divisive partitioning (Boley 1998: split the topic
  of largest scatter by the sign of its first principal direction, until ``k``) then Lloyd's
  k-means from its centroids (no randomness);
* ``consensus of 10 k-means``: co-association of 10 k-means fits (one start each) cut by
  average linkage (Fred & Jain 2005): still random, costs 10 fits.

Measures: NPMI of the top-10 words over the set's sentences (mean over topics) for stream 0,
and mean ± sd over five streams; **ARI between streams**: a stream is what a seed would move
(k-means's starts; for the deterministic rows the SVD's state, which the exact SVD below
1,000 units no longer has); **ARI between 90% subsamples**: ``--pairs`` pairs of random 90% subsamples, each fitted
from scratch (embedding included) with stream 0, compared on the units both share (how much a
partition moves when the data move a little, the stability that means something for a method
with no randomness); the largest topic's share; CPU seconds of one partition.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

RESULTS = ROOT / "benchmarks" / "results" / "bench_topic_stability.md"
SEED_FILE = ROOT / ".." / "shared" / "seed" / "000_4ff1dd722d5fe153.txt"
STREAMS = range(5)
CACHE_DIR = Path(os.environ.get("TMPDIR", "/tmp"))


def _cache_file() -> Path:
    """Where the units are cached: named by a digest of the code that makes them (every
    ``.py``/``.json`` of the package) and of the seed chapter, so that a change to repair or
    segmentation is never measured on units an older version made."""
    digest = hashlib.sha256()
    files = sorted((ROOT / "src" / "araseclit").rglob("*.py"))
    files += [*sorted((ROOT / "src" / "araseclit").rglob("*.json")), SEED_FILE]
    for path in files:
        digest.update(str(path.relative_to(ROOT.parent)).encode() + path.read_bytes())
    return CACHE_DIR / f"araseclit_bench_topic_stability_{digest.hexdigest()[:16]}.parquet"


def dev_sets() -> dict[str, pd.DataFrame]:
    """``doc_id, unit_id, text`` of each development set (cached between runs)."""
    cache = _cache_file()
    if cache.is_file():
        frame = pd.read_parquet(cache)
        return {
            name: part.drop(columns="set").reset_index(drop=True)
            for name, part in frame.groupby("set", sort=False)
        }
    from bench_topic_corpus import run_tables, units_of
    from bench_topic_sentences import dev_sets as sentence_sets

    from araseclit.topics import ArabicAnalyzer
    from araseclit.topics.model import _in_id_order

    out = {k: v[["doc_id", "unit_id", "text"]] for k, v in sentence_sets().items()}
    analyzer = ArabicAnalyzer(bigrams=False)
    units, _ = units_of(run_tables([SEED_FILE.resolve()]), "sentence")
    units = units[units["text"].map(lambda t: len(analyzer(t)) >= 2)]
    out["seed chapter"] = _in_id_order(units).reset_index(drop=True)
    pd.concat([v.assign(set=k) for k, v in out.items()]).to_parquet(cache)
    return out


def n_topics(n_units: int) -> int:
    from araseclit.topics.model import TOPICS_PER_ROOT, _cluster_model, default_min_topic_size

    model = _cluster_model(n_units, default_min_topic_size(n_units))
    return int(getattr(model, "n_clusters", round(TOPICS_PER_ROOT * np.sqrt(n_units / 5))))


def _centroid_kmeans(vectors: np.ndarray, labels: np.ndarray) -> np.ndarray:
    from sklearn.cluster import KMeans

    ids = sorted(set(labels.tolist()))
    centres = np.vstack([vectors[labels == t].mean(axis=0) for t in ids])
    return KMeans(n_clusters=len(ids), init=centres, n_init=1).fit_predict(vectors)


def ward(vectors: np.ndarray, k: int, stream: int) -> np.ndarray:
    from sklearn.cluster import AgglomerativeClustering

    return AgglomerativeClustering(n_clusters=k, linkage="ward").fit_predict(vectors)


def pddp(vectors: np.ndarray, k: int) -> np.ndarray:
    """Principal-direction divisive partitioning: no random draw."""
    labels = np.zeros(len(vectors), dtype=int)
    for new in range(1, k):
        scatter = [
            ((vectors[labels == t] - vectors[labels == t].mean(axis=0)) ** 2).sum()
            for t in range(new)
        ]
        target = int(np.argmax(scatter))
        rows = np.flatnonzero(labels == target)
        centred = vectors[rows] - vectors[rows].mean(axis=0)
        direction = np.linalg.svd(centred, full_matrices=False)[2][0]
        labels[rows[centred @ direction > 0]] = new
    return labels


def consensus(vectors: np.ndarray, k: int, stream: int, runs: int = 10) -> np.ndarray:
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform
    from sklearn.cluster import KMeans

    together = np.zeros((len(vectors), len(vectors)))
    for r in range(runs):
        labels = KMeans(n_clusters=k, n_init=1, random_state=stream * runs + r).fit_predict(vectors)
        together += labels[:, None] == labels[None, :]
    distance = 1 - together / runs
    np.fill_diagonal(distance, 0)
    tree = linkage(squareform(distance, checks=False), method="average")
    return fcluster(tree, k, criterion="maxclust") - 1


def spectral_embedding(vectors: np.ndarray, k: int, neighbours: int = 15) -> np.ndarray:
    """Top ``k`` eigenvectors of the normalised affinity of the cosine kNN graph (dense
    ``eigh``: no random start)."""
    from scipy.linalg import eigh
    from scipy.sparse import csr_matrix

    from araseclit.topics.reduction import cosine_knn

    index, distance = cosine_knn(vectors, neighbours + 1)
    n = len(vectors)
    rows = np.repeat(np.arange(n), index.shape[1])
    graph = csr_matrix((1.0 - distance.ravel(), (rows, index.ravel())), shape=(n, n))
    graph = graph.maximum(graph.T).toarray()
    np.fill_diagonal(graph, 0.0)
    scale = 1 / np.sqrt(np.maximum(graph.sum(axis=1), 1e-12))
    affinity = graph * scale[:, None] * scale[None, :]
    return eigh(affinity, subset_by_index=[n - k, n - 1])[1][:, ::-1]


def _rows(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


def spectral(vectors: np.ndarray, k: int, stream: int, neighbours: int = 15) -> np.ndarray:
    from sklearn.cluster._spectral import cluster_qr

    return cluster_qr(spectral_embedding(vectors, k, neighbours))


PARTITIONS: dict[str, Callable[[np.ndarray, int, int], np.ndarray]] = {
    "k-means (50 starts)": lambda v, k, s: (
        __import__("sklearn.cluster")
        .cluster.KMeans(n_clusters=k, n_init=50, random_state=s)
        .fit_predict(v)
    ),
    "ward": ward,
    "ward -> k-means": lambda v, k, s: _centroid_kmeans(v, ward(v, k, s)),
    "pddp -> k-means": lambda v, k, s: _centroid_kmeans(v, pddp(v, k)),
    "consensus of 10 k-means": consensus,
    "spectral (kNN 15, cluster-QR)": spectral,
    "spectral (kNN 30, cluster-QR)": lambda v, k, s: spectral(v, k, s, 30),
    "spectral (kNN 10, cluster-QR)": lambda v, k, s: spectral(v, k, s, 10),
    "spectral (kNN 20, cluster-QR)": lambda v, k, s: spectral(v, k, s, 20),
    "spectral -> ward": lambda v, k, s: ward(spectral_embedding(v, k), k, s),
    "spectral (kNN 30) -> ward": lambda v, k, s: ward(spectral_embedding(v, k, 30), k, s),
    "spectral, rows normalised -> ward": lambda v, k, s: ward(
        _rows(spectral_embedding(v, k)), k, s
    ),
    "spectral (2k vectors) -> ward": lambda v, k, s: ward(spectral_embedding(v, 2 * k), k, s),
}
#: rows whose only random draw is the SVD's: their stream moves the SVD state
DETERMINISTIC = {"ward", "ward -> k-means", "pddp -> k-means"} | {
    name for name in PARTITIONS if name.startswith("spectral")
}


def embed(texts: list[str], svd_state: int) -> tuple[object, np.ndarray]:
    import araseclit.topics.embedding as emb

    fixed = emb.SVD_STATE
    emb.SVD_STATE = svd_state
    try:
        pipe = emb.fit_lsa_embedder(texts)
    finally:
        emb.SVD_STATE = fixed
    return pipe, np.asarray(pipe.transform(texts), dtype=np.float64)


def npmi(texts: list[str], labels: np.ndarray, pipe: object, vectors: np.ndarray) -> float:
    from bench_topic_labels import topic_words

    from araseclit.topics import ArabicAnalyzer, npmi_coherence
    from araseclit.topics.representation import CoverageRerank

    words = topic_words(texts, labels, pipe, vectors, CoverageRerank(ArabicAnalyzer(), top_n=10))
    return float(np.nanmean(npmi_coherence(words, texts)))


def measure(name: str, texts: list[str], pairs: int) -> dict[str, float]:
    from sklearn.metrics import adjusted_rand_score

    fit = PARTITIONS[name]
    k = n_topics(len(texts))
    labels, scores, cpu = [], [], []
    base = embed(texts, 0)
    for stream in STREAMS:
        pipe, vectors = embed(texts, stream) if name in DETERMINISTIC else base
        start = time.process_time()
        labels.append(fit(vectors, k, stream))
        cpu.append(time.process_time() - start)
        scores.append(npmi(texts, labels[-1], pipe, vectors))
    sub = []
    rng = np.random.default_rng(0)
    for _ in range(pairs):
        picks = [
            np.sort(rng.choice(len(texts), int(0.9 * len(texts)), replace=False)) for _ in "ab"
        ]
        fits = []
        for rows in picks:
            chosen = [texts[i] for i in rows]
            labels_ = fit(embed(chosen, 0)[1], n_topics(len(chosen)), 0)
            fits.append(dict(zip(rows, labels_, strict=True)))
        shared = sorted(set(fits[0]) & set(fits[1]))
        sub.append(adjusted_rand_score([fits[0][i] for i in shared], [fits[1][i] for i in shared]))
    aris = [adjusted_rand_score(a, b) for a, b in itertools.combinations(labels, 2)]
    return {
        "k": k,
        "npmi0": scores[0],
        "npmi": float(np.mean(scores)),
        "npmi_sd": float(np.std(scores)),
        "ari": float(np.mean(aris)),
        "ari_min": float(np.min(aris)),
        "sub": float(np.mean(sub)),
        "sub_sd": float(np.std(sub)),
        "largest": float(np.mean([np.bincount(x).max() / len(x) for x in labels])),
        "cpu": float(np.mean(cpu)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=5, help="pairs of 90%% subsamples")
    parser.add_argument("--only", nargs="*", help="partition names to run (default: all)")
    parser.add_argument("--sets", nargs="*", help="development sets to run (default: all)")
    args = parser.parse_args()
    from threadpoolctl import threadpool_limits
    from topic_report import report_head, write_report

    out = report_head(
        "Stable topics: deterministic partitions against k-means (development data)", __doc__
    )
    names = args.only or list(PARTITIONS)
    for set_name, units in dev_sets().items():
        if args.sets and set_name not in args.sets:
            continue
        texts = units["text"].tolist()
        out += [
            "",
            f"## {set_name}: {len(texts)} sentences",
            "",
            "| partition | topics | NPMI stream 0 | NPMI mean ± sd (5 streams) "
            "| ARI between streams (mean / min) | ARI between 90% subsamples (mean ± sd) "
            "| largest topic | partition CPU s |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for name in names:
            with threadpool_limits(limits=1):
                r = measure(name, texts, args.pairs)
            out.append(
                f"| {name} | {r['k']} | {r['npmi0']:+.3f} | {r['npmi']:+.3f} ± {r['npmi_sd']:.3f} "
                f"| {r['ari']:.2f} / {r['ari_min']:.2f} | {r['sub']:.2f} ± {r['sub_sd']:.2f} "
                f"| {r['largest']:.0%} | {r['cpu']:.2f} |"
            )
            print(set_name, out[-1], flush=True)
    if not args.only and not args.sets:
        write_report(RESULTS, out)
    else:
        print("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
