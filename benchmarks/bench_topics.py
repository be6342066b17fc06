"""Topic benchmark: araseclit topics vs BERTopic defaults vs scikit-learn LDA.

Run: ``.venv/bin/python benchmarks/bench_topics.py`` (prints a Markdown table and writes
``benchmarks/results/bench_topics.md``).

Corpora (same units for every method):
* the seed chapter ``../shared/seed/000_4ff1dd722d5fe153.txt``: its sentences after
  ``araseclit.repair.repair_text``;
* the sample corpus ``corpora/sample/sources/*.txt`` (same unit rule), when present.
The reference list (``araseclit.cite.find_references``) is left out of the units: topics
describe the body of a paper.

Methods:
* ``araseclit``: :func:`araseclit.topics.fit_topics` with its defaults (offline LSA embedding).
* ``bertopic-default``: ``BERTopic()`` with every default (``language="english"``, default
  UMAP/HDBSCAN/CountVectorizer). The default embedding model (all-MiniLM-L6-v2) is a download
  and cannot be used offline, so it gets the *same offline embeddings* araseclit uses.
* ``bertopic-multilingual``: as above but ``language="multilingual"`` (the only change), to
  separate the effect of BERTopic's English mode (which deletes Arabic letters) from the rest.
* ``lda``: ``LatentDirichletAllocation`` (as many topics as araseclit found, seeded) on
  a plain ``CountVectorizer()``.

Measures (``araseclit.topics.quality``): NPMI coherence of the top-10 words over the same units
(mean over topics, outlier topic excluded); the same NPMI after removing the shipped stop words
and numbers from each topic's top-10 (function words co-occur with everything, so they lift NPMI
towards 0 without saying anything about a topic), and the share of such words in the top-10;
topic diversity (unique share of top-10 words),
share of top words written in Arabic script, mean fit time per run (s, imports excluded) and
peak resident memory (MB, ``resource.getrusage``) of the fresh process that runs one method on
one corpus; the adjusted Rand index between the assignments of every pair of seeds (mean;
araseclit's fit draws nothing at random below 1,000 units, so its 1.00 there holds by
construction). Every figure is the mean over three seeds (42, 1, 2: the seed of araseclit, of the
LSA embedding for the BERTopic baselines, whose default UMAP is unseeded, and of LDA).
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
import os
import re
import resource
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SEED_FILE = ROOT / ".." / "shared" / "seed" / "000_4ff1dd722d5fe153.txt"
SAMPLE_DIR = ROOT / "corpora" / "sample" / "sources"
RESULTS = ROOT / "benchmarks" / "results" / "bench_topics.md"
SEEDS = (42, 1, 2)
METHODS = ("araseclit", "bertopic-default", "bertopic-multilingual", "lda")
_ARABIC = re.compile(r"[\u0600-\u06FF]")


def _units_of(text: str) -> tuple[list[str], str]:
    """Sentences of the repaired body text (the reference list is left out for every method:
    topics are about the body of a paper)."""
    from araseclit.cite import find_references
    from araseclit.repair import repair_text
    from araseclit.segment import split_sentences

    repaired = repair_text(text)
    span = find_references(repaired)[0]
    if span is not None:
        repaired = repaired[: span[0]] + repaired[span[1] :]
    spans = split_sentences(repaired)
    return [repaired[s:e].strip() for s, e in spans if repaired[s:e].strip()], "sentences"


def load_corpora() -> dict[str, tuple[list[str], str]]:
    corpora: dict[str, tuple[list[str], str]] = {}
    if SEED_FILE.is_file():
        corpora["seed chapter"] = _units_of(SEED_FILE.read_text("utf-8"))
    sample: list[str] = []
    kind = ""
    for path in sorted(SAMPLE_DIR.glob("*.txt")):
        units, kind = _units_of(path.read_text("utf-8"))
        sample.extend(units)
    if sample:
        corpora[f"sample corpus ({len(list(SAMPLE_DIR.glob('*.txt')))} files)"] = (sample, kind)
    return corpora


def _words_of_bertopic(model) -> list[list[str]]:
    return [
        [w for w, _ in model.get_topic(t)][:10]
        for t in sorted(model.get_topics())
        if t != -1 and model.get_topic(t)
    ]


def _run(method: str, texts: list[str], n_topics: int, seed: int) -> tuple[list, list[int]]:
    """``(top words per topic, topic of each unit)``; a unit araseclit leaves out (fewer than
    two content words) gets topic -2."""
    if method == "araseclit":
        from araseclit.topics import fit_topics

        units = pd.DataFrame({"doc_id": "d", "unit_id": range(len(texts)), "text": texts})
        result = fit_topics(units, seed=seed)
        topics = result.topics
        fitted = dict(
            zip(result.assignments["unit_id"], result.assignments["topic_id"], strict=True)
        )
        labels = [int(fitted.get(str(i), -2)) for i in range(len(texts))]
        return [list(w) for w in topics.loc[topics.topic_id >= 0, "words"]], labels
    if method.startswith("bertopic"):
        from bertopic import BERTopic

        from araseclit.topics.embedding import fit_lsa_embedder

        embeddings = fit_lsa_embedder(texts, seed=seed).transform(texts)
        language = "multilingual" if method.endswith("multilingual") else "english"
        model = BERTopic(language=language)
        labels, _ = model.fit_transform(texts, embeddings=embeddings)
        return _words_of_bertopic(model), [int(t) for t in labels]
    from sklearn.decomposition import LatentDirichletAllocation
    from sklearn.feature_extraction.text import CountVectorizer

    vectorizer = CountVectorizer()
    counts = vectorizer.fit_transform(texts)
    lda = LatentDirichletAllocation(n_components=max(2, n_topics), random_state=seed)
    assigned = lda.fit_transform(counts).argmax(axis=1)
    vocab = vectorizer.get_feature_names_out()
    words = [[vocab[i] for i in np.argsort(-row)[:10]] for row in lda.components_]
    return words, assigned.tolist()


def _warm_imports() -> None:
    """Import the libraries before the clock starts (import time is not fit time)."""
    import bertopic  # noqa: F401
    import sklearn.decomposition  # noqa: F401
    import umap  # noqa: F401

    import araseclit.topics  # noqa: F401


def _child(method: str, texts: list[str], n_topics: int, queue) -> None:
    _warm_imports()
    runs = []
    for seed in SEEDS:
        start = time.perf_counter()
        try:
            (words, labels), error = _run(method, texts, n_topics, seed), ""
        except Exception as exc:  # a baseline that crashes is a result too
            words, labels, error = [], [], f"{type(exc).__name__}: {exc}"[:120]
        runs.append((words, labels, time.perf_counter() - start, error))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((runs, peak_mb))


def content_words(words: list[list[str]]) -> list[list[str]]:
    """Each topic's words without shipped stop words and numbers (a word of a bigram counts)."""
    from araseclit.normalize import normalize_token
    from araseclit.topics import load_stopwords

    stop = load_stopwords()

    def is_stop(word: str) -> bool:
        parts = [normalize_token(p) for p in word.split()]
        return all(p in stop or p.isdigit() for p in parts)

    return [[w for w in ws if not is_stop(w)] for ws in words]


def _scores(words: list[list[str]], texts: list[str]) -> dict:
    from araseclit.topics.quality import npmi_coherence, topic_diversity

    flat = [w for ws in words for w in ws]
    if not flat:
        nan = float("nan")
        return {
            "topics": 0,
            "npmi": nan,
            "npmi_content": nan,
            "stop_share": nan,
            "diversity": nan,
            "arabic": nan,
        }
    content = content_words(words)
    return {
        "topics": len(words),
        "npmi": float(np.nanmean(npmi_coherence(words, texts))),
        "npmi_content": float(np.nanmean(npmi_coherence(content, texts))),
        "stop_share": 1 - sum(map(len, content)) / len(flat),
        "diversity": topic_diversity(words),
        "arabic": sum(bool(_ARABIC.search(w)) for w in flat) / len(flat),
    }


def measure(method: str, texts: list[str], n_topics: int) -> dict:
    """Scores averaged over :data:`SEEDS` (``npmi_sd``: their standard deviation)."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(method, texts, n_topics, queue))
    proc.start()
    runs, peak_mb = queue.get()
    proc.join()
    from sklearn.metrics import adjusted_rand_score

    per_seed = pd.DataFrame([_scores(words, texts) for words, _, _, _ in runs])
    row = {k: float(per_seed[k].mean()) for k in per_seed.columns}
    row["npmi_sd"] = float(per_seed["npmi"].std(ddof=0))
    labels = [lab for _, lab, _, _ in runs if lab]
    aris = [adjusted_rand_score(a, b) for a, b in itertools.combinations(labels, 2)]
    first = next((w for w, _, _, _ in runs if w), [])
    row |= {
        "method": method,
        "ari": float(np.mean(aris)) if aris else float("nan"),
        "seconds": float(np.mean([sec for _, _, sec, _ in runs])),
        "peak_mb": peak_mb,
        "example": " ".join(first[0][:6]) if first else runs[0][3],
    }
    return row


def table(corpus: str, kind: str, n_units: int, rows: list[dict]) -> str:
    ours = rows[0]
    lines = [
        f"### {corpus}: {n_units} units ({kind})",
        "",
        "| method | topics | NPMI (top-10) ± sd over seeds | ARI between seeds "
        "| NPMI, stop words removed | stop words in top-10 "
        "| diversity | Arabic words | fit s | peak RSS MB | NPMI araseclit minus method "
        "| time ratio (method / araseclit) | first topic |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        gain = ours["npmi"] - r["npmi"]
        lines.append(
            f"| {r['method']} | {r['topics']:.1f} | {r['npmi']:.3f} ± {r['npmi_sd']:.3f} "
            f"| {r['ari']:.2f} | {r['npmi_content']:.3f} "
            f"| {r['stop_share']:.0%} | {r['diversity']:.2f} "
            f"| {r['arabic']:.0%} | {r['seconds']:.1f} | {r['peak_mb']:.0f} | {gain:+.3f} "
            f"| {r['seconds'] / ours['seconds']:.2f} | {r['example']} |"
        )
    return "\n".join(lines)


def main() -> None:
    corpora = load_corpora()
    if not corpora:
        sys.exit("no corpus found: need ../shared/seed or corpora/sample/sources/*.txt")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    out = [
        "# Topic benchmark",
        "",
        __doc__.strip(),
        "",
        f"Machine: {os.cpu_count()} CPUs, "
        f"load average at start {load} (times are wall-clock on this shared machine).",
    ]
    for corpus, (texts, kind) in corpora.items():
        rows = [measure("araseclit", texts, 0)]
        for method in METHODS[1:]:
            rows.append(measure(method, texts, round(rows[0]["topics"])))
        out += ["", table(corpus, kind, len(texts), rows)]
        print(out[-1], flush=True)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"\nwritten {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
