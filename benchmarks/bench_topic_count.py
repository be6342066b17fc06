"""How many topics: NPMI and stability of k-means topics as the number of topics grows, on
development data (issue 15).

Run: ``.venv/bin/python benchmarks/bench_topic_count.py [--streams 20]`` (writes
``benchmarks/results/bench_topic_count.md``).

Development sets: the sample corpus (``corpora/sample``) and the odd half of the benchmark
corpus (``benchmarks/data/topics``), each as body sentences and as body paragraphs (units as a
run makes them; fewer than two content words dropped). The even half and the seed chapter are
not looked at. For each set, k-means on the offline LSA embedding (the fit of
:func:`araseclit.topics.fit_topics` below ``SMALL_CORPUS`` units) with ``k`` = 1, 1.5, 2 and 3
times ``sqrt(n/5)`` (the rule before this benchmark), each drawn from ``--streams`` start
streams; words by the shipped representation (c-TF-IDF x coverage). Shown: NPMI of the top-10
words over the set's units (mean ± sd over streams, and the gain over ``sqrt(n/5)``), the ARI
between the partitions of every pair of streams, the largest topic's share and topic diversity.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_topic_corpus import CORPUS, run_tables, units_of  # noqa: E402
from bench_topic_labels import topic_words  # noqa: E402
from topic_report import report_head, table, write_report  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "bench_topic_count.md"
SAMPLE = ROOT / "corpora" / "sample" / "docs"
FACTORS = (1.0, 1.5, 2.0, 3.0)


def dev_units() -> dict[str, pd.DataFrame]:
    """Sentences and paragraphs of the two development sets."""
    from araseclit.topics import ArabicAnalyzer
    from araseclit.topics.model import _in_id_order

    analyzer = ArabicAnalyzer(bigrams=False)
    out = {}
    bench = sorted((CORPUS / "docs").glob("*.txt"))
    for name, files in (
        ("sample corpus", sorted(SAMPLE.iterdir())),
        ("benchmark, odd half", bench),
    ):
        tables = run_tables(files)
        for unit in ("sentence", "paragraph"):
            units, _ = units_of(tables, unit)
            units = units[units["text"].map(lambda t: len(analyzer(t)) >= 2)]
            if name.startswith("benchmark"):
                docs = sorted(units["doc_id"].unique())
                units = units[units["doc_id"].isin(docs[1::2])]
            out[f"{name}, {unit}s"] = _in_id_order(units)
    return out


def measure_set(units: pd.DataFrame, streams: int) -> list[str]:
    from sklearn.cluster import KMeans
    from sklearn.metrics import adjusted_rand_score
    from threadpoolctl import threadpool_limits

    from araseclit.topics import ArabicAnalyzer, npmi_coherence, topic_diversity
    from araseclit.topics.embedding import fit_lsa_embedder
    from araseclit.topics.representation import CoverageRerank

    texts = units["text"].tolist()
    root = np.sqrt(len(texts) / 5)
    rows, base = [], None
    with threadpool_limits(limits=1):
        pipe = fit_lsa_embedder(texts)
        vectors = pipe.transform(texts)
        for factor in FACTORS:
            k = max(2, round(factor * root))
            parts = [
                KMeans(n_clusters=k, n_init=50, random_state=s).fit_predict(vectors)
                for s in range(streams)
            ]
            npmi, diversity = [], []
            for labels in parts:
                rep = CoverageRerank(ArabicAnalyzer(), top_n=10)
                words = topic_words(texts, labels, pipe, vectors, rep)
                npmi.append(float(np.nanmean(npmi_coherence(words, texts))))
                diversity.append(topic_diversity(words))
            values = np.array(npmi)
            base = values.mean() if base is None else base
            aris = [adjusted_rand_score(a, b) for a, b in itertools.combinations(parts, 2)]
            largest = np.mean([np.bincount(p).max() / len(p) for p in parts])
            rows.append(
                f"| {factor:g} x sqrt(n/5) | {k} | {values.mean():+.3f} ± {values.std():.3f} "
                f"| {values.mean() - base:+.3f} | {np.mean(aris):.2f} | {largest:.0%} "
                f"| {np.mean(diversity):.2f} |"
            )
            print(rows[-1], flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=20, help="k-means start streams")
    args = parser.parse_args()
    out = report_head("How many topics (development data)", __doc__)
    for name, units in dev_units().items():
        out += table(
            f"{name}: {len(units)} units, {args.streams} start streams",
            "| topics | k | NPMI mean ± sd | gain over sqrt(n/5) | ARI between streams "
            "| largest | diversity |",
            "|---|---:|---:|---:|---:|---:|---:|",
            measure_set(units, args.streams),
        )
    write_report(RESULTS, out)


if __name__ == "__main__":
    main()
