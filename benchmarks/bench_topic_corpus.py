"""Topics on body text: araseclit vs BERTopic (multilingual defaults) vs scikit-learn LDA, on a
62-document corpus and on the seed chapter, over five seeds.

Run: ``.venv/bin/python benchmarks/bench_topic_corpus.py`` (writes
``benchmarks/results/bench_topic_corpus.md``: the development sets, the odd half of the
benchmark corpus and the seed chapter, then all 62 documents); ``--heldout`` scores only the
held-out even half (``bench_topic_corpus_heldout.md``), once.

Units, the same for every method, come the way a run makes them: ``araseclit.analyze`` with the
``audit`` pipeline (repair, sections, sentences, references), then
:func:`araseclit.topics.topic_units` (body text only; sentences, or paragraphs). Corpora:

* ``benchmarks/data/topics``: 62 documents written for this benchmark (papers with reference
  lists, NGO reports, op-eds, news; 2004-2025; see ``SOURCES.md``), out of the domain of the
  sample the topics code was developed on;
* the seed chapter ``../shared/seed/000_4ff1dd722d5fe153.txt`` (scrambled PDF text, repaired):
  in the domain.

Methods:

* ``araseclit``: :func:`araseclit.topics.fit_topics` with its defaults (offline LSA embedding);
* ``bertopic``: ``BERTopic(language="multilingual")`` with every other default. Its default
  embedding model is a download, so it gets araseclit's offline LSA embeddings of the same
  units (seeded); its UMAP is BERTopic's own, unseeded;
* ``lda``: ``LatentDirichletAllocation`` with as many topics as araseclit found, on a plain
  ``CountVectorizer()``, seeded.

Measures (``araseclit.topics.quality``, the same word matching for every method): NPMI of each
topic's top-10 words over the units (mean over topics, outliers excluded), also after removing
stop words and numbers from the top-10; the share of stop words in the top-10; topic diversity;
the share of units in the largest topic and among outliers (a map with one giant topic, or
mostly outliers, says little however coherent its words);
stability as the adjusted Rand index between the assignments of every pair of seeds (mean;
araseclit draws nothing at random below 1,000 units, so its seeds give one partition by
construction, ARI 1.00, and an sd of 0); and, meaningful for every method, the ARI between fits
(seed 42) on two random 90% subsamples of the units, on the units both hold (three pairs);
and, for the benchmark corpus, the share of topic units that are reference-list text (a unit
inside the lines under a document's reference heading), which the old unit rule (every
sentence) is shown beside.
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_topics import content_words  # noqa: E402

CORPUS = ROOT / "benchmarks" / "data" / "topics"
SEED_FILE = ROOT / ".." / "shared" / "seed" / "000_4ff1dd722d5fe153.txt"
RESULTS = ROOT / "benchmarks" / "results" / "bench_topic_corpus.md"
SEEDS = (42, 1, 2, 3, 4)
#: pairs of 90% subsamples per method and set
PAIRS = 3
METHODS = ("araseclit", "bertopic", "lda")
# a reference-list heading line of the benchmark corpus: "المصادر", "المراجع"
_REF_HEADING = re.compile(r"^(المصادر|المراجع)\s*$", re.M)
_SPACES = re.compile(r"\s+")


def run_tables(files: list[Path]) -> dict[str, pd.DataFrame]:
    import araseclit

    with tempfile.TemporaryDirectory() as tmp:
        run = araseclit.analyze(files, pipeline="audit", out=Path(tmp) / "run")
        return dict(run.tables)


def units_of(tables: dict[str, pd.DataFrame], unit: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    from araseclit.topics import topic_units

    return topic_units(
        tables["sentences"],
        unit,
        sections=tables["sections"],
        references=tables["references"],
        documents=tables["documents"],
    )


def reference_blocks(files: list[Path]) -> str:
    """The lines under each document's reference heading, joined (the ground truth)."""
    blocks = []
    for path in files:
        text = path.read_text("utf-8")
        match = _REF_HEADING.search(text)
        if match:
            blocks.append(_SPACES.sub(" ", text[match.end() :]))
    return "\n".join(blocks)


def reference_share(texts: pd.Series, blocks: str) -> float:
    flat = texts.map(lambda t: _SPACES.sub(" ", str(t)).strip().rstrip(".").strip())
    return float(flat.map(lambda t: len(t) >= 4 and t in blocks).mean())


def _fit(method: str, texts: list[str], n_topics: int, seed: int) -> tuple[list, np.ndarray]:
    """``(top words per topic, assignment per unit)``."""
    if method == "araseclit":
        from araseclit.topics import fit_topics

        units = pd.DataFrame({"doc_id": "d", "unit_id": range(len(texts)), "text": texts})
        result = fit_topics(units, seed=seed)
        assert len(result.documents) == len(texts), "units of two content words or more"
        topics = result.topics
        words = [list(w) for w in topics.loc[topics.topic_id >= 0, "words"]]
        return words, result.assignments["topic_id"].to_numpy()
    if method == "bertopic":
        from bertopic import BERTopic

        from araseclit.topics.embedding import fit_lsa_embedder

        embeddings = fit_lsa_embedder(texts, seed=seed).transform(texts)
        model = BERTopic(language="multilingual")
        labels, _ = model.fit_transform(texts, embeddings=embeddings)
        words = [
            [w for w, _ in model.get_topic(t)][:10]
            for t in sorted(model.get_topics())
            if t != -1 and model.get_topic(t)
        ]
        return words, np.asarray(labels)
    from sklearn.decomposition import LatentDirichletAllocation
    from sklearn.feature_extraction.text import CountVectorizer

    vectorizer = CountVectorizer()
    counts = vectorizer.fit_transform(texts)
    lda = LatentDirichletAllocation(n_components=max(2, n_topics), random_state=seed)
    doc_topics = lda.fit_transform(counts)
    vocab = vectorizer.get_feature_names_out()
    words = [[vocab[i] for i in np.argsort(-row)[:10]] for row in lda.components_]
    return words, doc_topics.argmax(axis=1)


def scores(words: list[list[str]], texts: list[str]) -> dict[str, float]:
    from araseclit.topics import npmi_coherence, topic_diversity

    flat = [w for ws in words for w in ws]
    content = content_words(words)
    return {
        "topics": float(len(words)),
        "npmi": float(np.nanmean(npmi_coherence(words, texts))) if words else np.nan,
        "npmi_content": float(np.nanmean(npmi_coherence(content, texts))) if words else np.nan,
        "stop_share": 1 - sum(map(len, content)) / len(flat) if flat else np.nan,
        "diversity": topic_diversity(words) if words else np.nan,
    }


def subsample_ari(method: str, texts: list[str], n_topics: int) -> list[float]:
    """ARI between fits (seed 42) on two random 90% subsamples, on the units both hold, for
    :data:`PAIRS` pairs: how far a partition moves when the data move a little (the stability
    that means something for a method with no random draw). Outliers count as one topic."""
    from sklearn.metrics import adjusted_rand_score

    rng = np.random.default_rng(0)
    out = []
    for _ in range(PAIRS):
        fits = []
        for _ in "ab":
            rows = np.sort(rng.choice(len(texts), int(0.9 * len(texts)), replace=False))
            assigned = _fit(method, [texts[i] for i in rows], n_topics, SEEDS[0])[1]
            fits.append(dict(zip(rows.tolist(), assigned.tolist(), strict=True)))
        shared = sorted(set(fits[0]) & set(fits[1]))
        out.append(adjusted_rand_score([fits[0][i] for i in shared], [fits[1][i] for i in shared]))
    return out


def measure(method: str, texts: list[str], n_topics: int) -> dict[str, object]:
    from sklearn.metrics import adjusted_rand_score

    per_seed, labels, seconds = [], [], []
    for seed in SEEDS:
        start = time.perf_counter()
        words, assigned = _fit(method, texts, n_topics, seed)
        seconds.append(time.perf_counter() - start)
        per_seed.append(scores(words, texts))
        sizes = pd.Series(assigned[assigned != -1]).value_counts()
        per_seed[-1]["largest"] = float(sizes.max() / len(assigned)) if len(sizes) else np.nan
        per_seed[-1]["outliers"] = float(np.mean(assigned == -1))
        labels.append(assigned)
    frame = pd.DataFrame(per_seed)
    aris = [adjusted_rand_score(a, b) for a, b in itertools.combinations(labels, 2)]
    row: dict[str, object] = {k: float(frame[k].mean()) for k in frame.columns}
    row |= {
        "method": method,
        "npmi_sd": float(frame["npmi"].std(ddof=0)),
        "npmi_first": per_seed[0]["npmi"],
        "ari": float(np.mean(aris)),
        "ari_min": float(np.min(aris)),
        "seconds": float(np.mean(seconds)),
    }
    sub = subsample_ari(method, texts, n_topics)
    row |= {"sub": float(np.mean(sub)), "sub_sd": float(np.std(sub))}
    return row


def table(title: str, rows: list[dict[str, object]]) -> str:
    ours = rows[0]
    lines = [
        f"### {title}",
        "",
        "| method | topics | NPMI seed 42 | NPMI mean ± sd (5 seeds) | NPMI, stop words removed "
        "| stop words in top-10 | diversity | largest topic / outliers (share of units) "
        "| ARI between seeds (mean / min) | ARI between 90% subsamples (mean ± sd) | fit s "
        "| NPMI araseclit minus method | fit time ratio (method / araseclit) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        gain = float(ours["npmi"]) - float(r["npmi"])  # type: ignore[arg-type]
        ratio = float(r["seconds"]) / float(ours["seconds"])  # type: ignore[arg-type]
        lines.append(
            f"| {r['method']} | {r['topics']:.1f} | {r['npmi_first']:.3f} "
            f"| {r['npmi']:.3f} ± {r['npmi_sd']:.3f} | {r['npmi_content']:.3f} "
            f"| {r['stop_share']:.0%} | {r['diversity']:.2f} "
            f"| {r['largest']:.0%} / {r['outliers']:.0%} | {r['ari']:.2f} / {r['ari_min']:.2f} "
            f"| {r['sub']:.2f} ± {r['sub_sd']:.2f} | {r['seconds']:.1f} | {gain:+.3f} | {ratio:.2f} |"
        )
    return "\n".join(lines)


def corpus_section(
    name: str,
    tables: dict[str, pd.DataFrame],
    unit: str,
    blocks: str | None,
    *,
    half: int | None = None,
) -> list[str]:
    from araseclit.topics import ArabicAnalyzer

    units, left = units_of(tables, unit)
    if half is not None:  # 0: the even half (held out), 1: the odd half (development)
        docs = sorted(units["doc_id"].unique())[half::2]
        units, left = units[units["doc_id"].isin(docs)], left[left["doc_id"].isin(docs)]
    # the units fit_topics keeps (two content words or more), for every method alike
    analyzer = ArabicAnalyzer(bigrams=False)
    short = units["text"].map(lambda t: len(analyzer(t)) < 2)
    left = pd.concat([left, units.loc[short].assign(reason="too_few_words")])
    units = units.loc[~short]
    texts = units["text"].tolist()
    reasons = ", ".join(f"{k} {v}" for k, v in left["reason"].value_counts().items())
    out = [f"{len(texts)} units ({unit}s); left out: {reasons or 'none'}."]
    if blocks is not None:
        every = tables["sentences"]["text"]
        out.append(
            f"Reference-list text among topic units: {reference_share(units['text'], blocks):.1%} "
            f"(every sentence, the old unit rule: {reference_share(every, blocks):.1%})."
        )
    rows = [measure("araseclit", texts, 0)]
    for method in [m for m in METHODS[1:] if m in _METHODS]:
        rows.append(measure(method, texts, round(float(rows[0]["topics"]))))  # type: ignore[arg-type]
    return ["", *out, "", table(f"{name}: {unit}s", rows)]


#: the peers run (``--before`` drops BERTopic, whose fit does not depend on araseclit's)
_METHODS = set(METHODS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--before",
        action="store_true",
        help="araseclit with round(sqrt(n/5)) topics (before bench_topic_count) and LDA with as "
        "many, BERTopic left out; printed and written to bench_topic_corpus_before.md",
    )
    parser.add_argument(
        "--heldout",
        action="store_true",
        help="only the held-out even half of the benchmark corpus (read once, at the end); "
        "written to bench_topic_corpus_heldout.md",
    )
    args = parser.parse_args()
    results = RESULTS
    if args.before:
        import araseclit.topics.model as topic_model

        topic_model.TOPICS_PER_ROOT = 1.0
        _METHODS.discard("bertopic")
        results = RESULTS.with_name("bench_topic_corpus_before.md")
    files = sorted((CORPUS / "docs").glob("*.txt"))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    out = [
        "# Topics on body text: araseclit vs BERTopic vs LDA",
        "",
        __doc__.strip(),
        "",
        f"Machine: {os.cpu_count()} CPUs shared with other jobs, load average at start {load}: "
        "fit times are wall-clock and only roughly comparable.",
    ]
    corpus = run_tables(files)
    if args.heldout:
        out += [
            "",
            "## Benchmark corpus, even half (out of domain, held out: read once)",
            "",
            "The development scripts (`bench_topic_sentences.py`, `bench_topic_limits.py`, "
            "`bench_topic_labels.py`, `bench_topic_stability.py`) use the odd half of the sorted "
            "document ids and the seed chapter; these documents were not used to choose anything.",
        ]
        out += corpus_section("benchmark corpus, even half", corpus, "sentence", None, half=0)
        results = RESULTS.with_name("bench_topic_corpus_heldout.md")
    else:
        out += ["", "## Benchmark corpus, odd half (out of domain, development)"]
        out += corpus_section("benchmark corpus, odd half", corpus, "sentence", None, half=1)
        if SEED_FILE.is_file():
            seed = run_tables([SEED_FILE.resolve()])
            out += ["", "## Seed chapter (in domain, development)"]
            out += corpus_section("seed chapter", seed, "sentence", None)
        blocks = reference_blocks(files)
        out += [
            "",
            f"## Benchmark corpus, all {len(files)} documents (out of domain; includes the "
            "held-out even half)",
        ]
        for unit in ("sentence", "paragraph"):
            out += corpus_section("benchmark corpus", corpus, unit, blocks)
    text = "\n".join(out) + "\n"
    results.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
