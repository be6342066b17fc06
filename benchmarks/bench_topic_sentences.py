"""Why sentence units score lower NPMI than paragraphs, and which change would help: each
candidate change to araseclit's topic fit, on development data only, over five k-means starts.

Run: ``.venv/bin/python benchmarks/bench_topic_sentences.py`` (writes
``benchmarks/results/bench_topic_sentences.md``).

Development sets (the seed chapter is not used, so its figure in ``bench_topic_corpus.md`` stays
a measure, not a target): the body sentences of the sample corpus (``corpora/sample``, six
papers) and of the odd-numbered half of the 62-document benchmark corpus
(``benchmarks/data/topics``; the even half is not used here). Units come as in a run (``audit``
pipeline, :func:`araseclit.topics.topic_units`), units of fewer than two content words dropped.

araseclit's topics do not depend on the seed, so its five seeds give one partition; the spread
shown here is over five k-means start streams (0-4), which is what one
partition is drawn from. NPMI is :func:`araseclit.topics.npmi_coherence` over the sentences, as
in ``bench_topic_corpus.py``. Also shown: the silhouette (cosine) of the shipped embedding's
k-means partition, i.e. how much cluster structure the sentences have at all.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_topic_corpus import CORPUS, run_tables, units_of  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "bench_topic_sentences.md"
SAMPLE = ROOT / "corpora" / "sample" / "docs"
STARTS = range(5)
#: k-means starts per fit, as fit_topics ran k-means when these figures were taken
KMEANS_STARTS = 50
#: content words a group of consecutive sentences of one paragraph reaches before it closes
GROUP_WORDS = 25


def dev_sets() -> dict[str, pd.DataFrame]:
    """``doc_id, unit_id, para_id, text`` of the body sentences of each development set."""
    from araseclit.topics import ArabicAnalyzer
    from araseclit.topics.model import _in_id_order

    analyzer = ArabicAnalyzer(bigrams=False)
    bench = sorted((CORPUS / "docs").glob("*.txt"))
    out = {}
    for name, files in (
        ("sample corpus", sorted(SAMPLE.iterdir())),
        ("benchmark, odd half", bench),
    ):
        tables = run_tables(files)
        units, _ = units_of(tables, "sentence")
        paras = tables["sentences"][["doc_id", "sent_id", "para_id"]].astype(str)
        units = units.merge(paras.rename(columns={"sent_id": "unit_id"}), on=["doc_id", "unit_id"])
        units = units[units["text"].map(lambda t: len(analyzer(t)) >= 2)]
        if name.startswith("benchmark"):
            docs = sorted(units["doc_id"].unique())
            units = units[units["doc_id"].isin(docs[1::2])]
        ordered = _in_id_order(units)
        out[name] = ordered.merge(units[["doc_id", "unit_id", "para_id"]], on=["doc_id", "unit_id"])
    return out


def _lsa(texts: list[str], dim: int, **tfidf: Any) -> Any:
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import Normalizer

    from araseclit.topics import ArabicAnalyzer
    from araseclit.topics.embedding import SVD_ITER, SVD_STATE

    bigrams = tfidf.pop("bigrams", True)
    vectorizer = TfidfVectorizer(
        analyzer=ArabicAnalyzer(bigrams=bigrams), sublinear_tf=True, **tfidf
    )
    n_terms = len(vectorizer.fit(texts).vocabulary_)
    svd = TruncatedSVD(
        n_components=max(2, min(dim, n_terms - 1, len(texts) - 1)),
        random_state=SVD_STATE,
        algorithm="randomized",
        n_iter=SVD_ITER,
    )
    return make_pipeline(vectorizer, svd, Normalizer(copy=False)).fit(texts)


def _mean_by(vectors: np.ndarray, keys: list[object], weight: float | None) -> np.ndarray:
    """Each row plus ``weight`` times the mean of its key's rows (``None``: the mean only)."""
    frame = pd.DataFrame(vectors)
    means = frame.groupby(pd.Series(keys, dtype=object).to_numpy()).transform("mean").to_numpy()
    out = means if weight is None else vectors + weight * means
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


def _groups(units: pd.DataFrame) -> list[int]:
    """Consecutive sentences of one paragraph, grouped until :data:`GROUP_WORDS` content words."""
    from araseclit.topics import ArabicAnalyzer

    analyzer = ArabicAnalyzer(bigrams=False)
    ids, group, words, previous = [], -1, 0, None
    for key, text in zip(
        zip(units["doc_id"], units["para_id"], strict=True), units["text"], strict=True
    ):
        if key != previous or words >= GROUP_WORDS:
            group, words = group + 1, 0
        ids.append(group)
        words += len(analyzer(text))
        previous = key
    return ids


Embed = Callable[[pd.DataFrame], tuple[Any, np.ndarray]]


def _embedding(
    units: pd.DataFrame, dim: int = 200, context: str = "", **tfidf: Any
) -> tuple[Any, np.ndarray]:
    texts = units["text"].tolist()
    pipe = _lsa(texts, dim, **tfidf)
    vectors = pipe.transform(texts)
    if context == "paragraph":
        vectors = _mean_by(vectors, list(zip(units["doc_id"], units["para_id"], strict=True)), 1.0)
    elif context == "group":
        vectors = _mean_by(vectors, _groups(units), None)
    return pipe, np.asarray(vectors, dtype=np.float64)


VARIANTS: dict[str, dict[str, Any]] = {
    "shipped (LSA 200 dims, k = sqrt(n/5))": {},
    "LSA 100 dims": {"dim": 100},
    "LSA 50 dims": {"dim": 50},
    "LSA vocabulary min_df=2": {"min_df": 2},
    "LSA unigrams only": {"bigrams": False},
    f"sentences grouped to >= {GROUP_WORDS} content words in a paragraph": {"context": "group"},
    "paragraph mean added to each sentence": {"context": "paragraph"},
    "twice the topics": {"topics": 2.0},
}


@contextmanager
def _variant(units: pd.DataFrame, state: int, settings: dict[str, Any]) -> Iterator[None]:
    """araseclit's fit with k-means start stream ``state`` and the variant's embedding/topics."""
    from sklearn.cluster import KMeans

    import araseclit.topics.model as topic_model

    saved = topic_model.embed, topic_model._cluster_model
    options = dict(settings)
    factor = options.pop("topics", 1.0)
    pipe, vectors = _embedding(units, **options)
    topic_model.embed = lambda texts, embedding, seed: (pipe, vectors)

    def clusters(n_units: int, min_size: int) -> Any:
        k = int(np.clip(round(factor * np.sqrt(n_units / 5)), 2, max(2, n_units // min_size)))
        return KMeans(n_clusters=k, n_init=KMEANS_STARTS, random_state=state)

    topic_model._cluster_model = clusters
    try:
        yield
    finally:
        topic_model.embed, topic_model._cluster_model = saved


def measure(units: pd.DataFrame, settings: dict[str, Any]) -> dict[str, float]:
    from araseclit.topics import fit_topics, npmi_coherence

    texts = units["text"].tolist()
    npmi, largest, topics = [], [], []
    for state in STARTS:
        with _variant(units, state, settings):
            result = fit_topics(units[["doc_id", "unit_id", "text"]], seed=42)
        words = [list(w) for w in result.topics.loc[result.topics.topic_id >= 0, "words"]]
        npmi.append(float(np.nanmean(npmi_coherence(words, texts))))
        sizes = result.assignments["topic_id"].value_counts()
        largest.append(sizes.max() / len(texts))
        topics.append(len(words))
    return {
        "npmi": float(np.mean(npmi)),
        "sd": float(np.std(npmi)),
        "largest": float(np.mean(largest)),
        "topics": float(np.mean(topics)),
    }


def silhouette(units: pd.DataFrame) -> float:
    from sklearn.cluster import KMeans
    from sklearn.metrics import silhouette_score

    _, vectors = _embedding(units)
    k = max(2, round(float(np.sqrt(len(units) / 5))))
    labels = KMeans(n_clusters=k, n_init=10, random_state=0).fit_predict(vectors)
    return float(silhouette_score(vectors, labels, metric="cosine"))


def main() -> None:
    sets = dev_sets()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    out = [
        "# Sentence units: what lowers their NPMI, and candidate changes (development data)",
        "",
        __doc__.strip(),
        "",
        f"Machine: {os.cpu_count()} CPUs shared, load average at start {load}.",
        "",
        "| set | units | content words per unit (mean) | silhouette (cosine) of the shipped "
        "partition |",
        "|---|---:|---:|---:|",
    ]
    from araseclit.topics import ArabicAnalyzer

    analyzer = ArabicAnalyzer(bigrams=False)
    for name, units in sets.items():
        length = units["text"].map(lambda t: len(analyzer(t))).mean()
        out.append(f"| {name} | {len(units)} | {length:.1f} | {silhouette(units):.3f} |")
    names = list(sets)
    out += [
        "",
        "| change | " + " | ".join(f"{n}: NPMI mean ± sd (topics, largest)" for n in names) + " |",
        "|---|" + "---:|" * len(names),
    ]
    for label, settings in VARIANTS.items():
        cells = []
        for name in names:
            m = measure(sets[name], settings)
            cells.append(
                f"{m['npmi']:+.3f} ± {m['sd']:.3f} ({m['topics']:.0f}, {m['largest']:.0%})"
            )
        out.append(f"| {label} | " + " | ".join(cells) + " |")
        print(out[-1], flush=True)
    text = "\n".join(out) + "\n"
    RESULTS.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
