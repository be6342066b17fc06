"""The sampled topic fit against a fit on every unit: topic count and coherence (issue 12).

Run: ``.venv/bin/python benchmarks/bench_topic_sampled.py --books FILE [FILE ...]`` (writes
``benchmarks/results/bench_topic_sampled.md``); ``--seeds`` (default 42 1 2), ``--docs`` (the
benchmark corpus's documents, default 200), ``--src DIR`` adds the sampled fit of another
checkout's ``src`` (e.g. ``git archive <commit> src``), ``--cache DIR`` keeps the units between
runs; ``--no-full`` runs the sampled fits only (added on top of
``benchmarks/results/bench_topic_sampled_runs.md``; compare with the full fits of the results
file, which the sampled path does not change).

Above :data:`araseclit.topics.model.FIT_UNITS_MAX` units :func:`araseclit.topics.fit_topics`
fits a sample and assigns the other units. Here the same units are fitted both ways with each
seed: *full* with the cap lifted (every unit fitted, as below the cap), *sampled* with the
shipped cap. For each fit: topics (outliers aside), the share of outlier units, NPMI coherence
of each topic's top ten words (:func:`araseclit.topics.quality.npmi_coherence`, the outliers'
topic excluded, averaged over topics) over every usable unit of the corpus, the same reference
for both fits, topic diversity, and the fit's CPU seconds. Each fit runs in a child process,
one after the other.

Two corpora over the cap:

* **real sentences**: the Arabic books given with ``--books`` (OpenITI mARkdown; the two
  Hindawi books of ``benchmarks/data/citations/ood/SOURCES.tsv``, rows ``dev_weinert`` and
  ``dev_fairclough``, whole, are what the results file used: their text is not committed),
  each cut into documents of 40 paragraphs, with the development sources of ``corpora``
  (sample, heldout, heldout2-8, clean, calibration): sentences of four words or more, each
  text once;
* **the benchmark corpus**: ``bench_scale.py``'s corpus of ``--docs`` documents (the sample's
  paragraphs, shuffled, some scrambled, PDF and DOCX), read by ``araseclit.analyze`` with the
  default pipeline and topics off, its topic units as the topic step makes them (sentences;
  the sample's 868 distinct sentences, each repeated many times).

The sampled fit is "the same" when its topic count lies within the full fits' range over the
seeds and its NPMI is at least the full fits' lowest (a higher NPMI is not worse).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from pathlib import Path

from _common import run_child

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "bench_topic_sampled.md"
SOURCES = (
    "corpora/sample/sources/*.txt",
    "corpora/heldout/sources/*.txt",
    *(f"corpora/heldout{k}/sources/*.txt" for k in range(2, 9)),
    "corpora/clean/*.txt",
    "corpora/calibration/*.txt",
)
_SENTENCE = re.compile(r"(?<=[.؟!])\s+|\n+")
_MARKUP = re.compile(r"PageV\w+|ms\d+|~~|#")
PARAGRAPHS_PER_DOCUMENT = 40


def real_units(books: list[Path]):  # type: ignore[no-untyped-def]
    import pandas as pd

    rows = []
    for path in books:
        text = path.read_text("utf-8").split("#META#Header#End#")[-1]
        paragraphs = [p for p in re.split(r"\n\s*\n|\n# ", text) if p.strip()]
        for k in range(0, len(paragraphs), PARAGRAPHS_PER_DOCUMENT):
            doc = f"{path.stem}_{k // PARAGRAPHS_PER_DOCUMENT}"
            chunk = "\n".join(paragraphs[k : k + PARAGRAPHS_PER_DOCUMENT])
            for i, s in enumerate(s.strip() for s in _SENTENCE.split(chunk)):
                if len(s.split()) >= 4 and not s.startswith(("#", "~~", "PageV", "ms")):
                    rows.append((doc, f"s{i}", _MARKUP.sub(" ", s)))
    for pattern in SOURCES:
        for path in sorted(ROOT.glob(pattern)):
            sentences = (s.strip() for s in _SENTENCE.split(path.read_text("utf-8")))
            for i, s in enumerate(sentences):
                if len(s.split()) >= 4:
                    rows.append((str(path.relative_to(ROOT)), f"s{i}", s))
    frame = pd.DataFrame(rows, columns=["doc_id", "unit_id", "text"])
    return frame.drop_duplicates("text").reset_index(drop=True)


def bench_units(n_docs: int, scratch: Path):  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_scale import make_corpus

    import araseclit
    from araseclit.store import load_tables
    from araseclit.topics import topic_units

    folder = scratch / f"corpus_{n_docs}"
    make_corpus(folder, n_docs)
    config = (ROOT / "pipelines" / "default.cfg").read_text("utf-8")
    pipeline = scratch / "no_topics.cfg"
    pipeline.write_text(config.replace("topics = true", "topics = false"), "utf-8")
    araseclit.analyze([folder], pipeline=pipeline, out=scratch / "run", fresh=True)
    tables = load_tables(scratch / "run")
    units, _ = topic_units(
        tables["sentences"],
        "sentence",
        sections=tables.get("sections"),
        references=tables.get("references"),
        documents=tables.get("documents"),
    )
    return units[["doc_id", "unit_id", "text"]].reset_index(drop=True)


def child(task: dict) -> dict:
    """One fit in this (fresh) process."""
    import time

    import numpy as np
    import pandas as pd

    import araseclit.topics.model as model
    from araseclit.topics.quality import npmi_coherence, topic_diversity

    units = pd.read_parquet(task["units"])
    if task["mode"] == "full":
        model.FIT_UNITS_MAX = 10**9
    start = time.process_time()
    result = model.fit_topics(units, seed=task["seed"])
    cpu = time.process_time() - start
    topics = result.topics
    words = [list(w) for w in topics.loc[topics["topic_id"] >= 0, "words"]]
    texts = result.documents["text"].tolist()
    return {
        "units": len(result.assignments),
        "topics": len(words),
        "outliers": float((result.assignments["topic_id"] < 0).mean()),
        "npmi": float(np.nanmean(npmi_coherence(words, texts))),
        "diversity": float(topic_diversity(words)),
        "cpu": cpu,
    }


def run_fit(units: Path, mode: str, seed: int, src: Path | None) -> dict:
    task = {"units": str(units), "mode": mode, "seed": seed}
    return run_child(__file__, task, PYTHONPATH=str(src or ROOT / "src"))


def corpus_table(
    name: str, units: Path, seeds: list[int], src: Path | None, full: bool = True
) -> list[str]:
    import pandas as pd

    n = len(pd.read_parquet(units, columns=["doc_id"]))
    lines = [
        f"### {name}",
        "",
        "| fit | seed | units | topics | outlier units | NPMI | diversity | fit CPU s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    fits: list[tuple[str, Path | None]] = [("full", None)] if full else []
    fits.append(("sampled", None))
    if src is not None:
        fits.append((f"sampled, `{src}`", src))
    rows: dict[str, list[dict]] = {}
    for label, path in fits:
        mode = "full" if label == "full" else "sampled"
        for seed in seeds:
            r = run_fit(units, mode, seed, path)
            rows.setdefault(label, []).append(r)
            lines.append(
                f"| {label} | {seed} | {r['units']:,} | {r['topics']} | {r['outliers']:.3f} "
                f"| {r['npmi']:+.3f} | {r['diversity']:.3f} | {r['cpu']:.1f} |"
            )
            print(lines[-1], flush=True)
    if not full:
        lines += ["", f"{n:,} units before the usable-text filter."]
        return lines
    fulls = rows["full"]
    lo_t, hi_t = min(r["topics"] for r in fulls), max(r["topics"] for r in fulls)
    lo_n, hi_n = min(r["npmi"] for r in fulls), max(r["npmi"] for r in fulls)
    lines += ["", f"{n:,} units before the usable-text filter.", ""]
    lines += [
        "| fit | topics, mean (range) | NPMI, mean (range) | topics within the full range "
        "| NPMI at least the full's lowest |",
        "|---|---:|---:|---|---|",
    ]
    for label, rs in rows.items():
        t = [r["topics"] for r in rs]
        v = [r["npmi"] for r in rs]
        mean_t, mean_v = sum(t) / len(t), sum(v) / len(v)
        lines.append(
            f"| {label} | {mean_t:.1f} ({min(t)}-{max(t)}) | {mean_v:+.3f} "
            f"({min(v):+.3f} to {max(v):+.3f}) | {'yes' if lo_t <= mean_t <= hi_t else 'no'} "
            f"| {'yes' if mean_v >= lo_n else 'no'} |"
        )
    lines.append("")
    lines.append(
        f"Full fits' spread over the seeds: {lo_t}-{hi_t} topics, NPMI {lo_n:+.3f} to {hi_n:+.3f}."
    )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--books", type=Path, nargs="*", default=[], help="OpenITI book files")
    parser.add_argument("--docs", type=int, default=200, help="benchmark corpus documents")
    parser.add_argument("--seeds", type=int, nargs="+", default=[42, 1, 2])
    parser.add_argument("--src", type=Path, help="another checkout's src/ for a sampled fit")
    parser.add_argument("--cache", type=Path, help="folder keeping the units between runs")
    parser.add_argument("--only", choices=("real", "bench"), help="one corpus only")
    parser.add_argument(
        "--no-full",
        action="store_true",
        help="sampled fits only (the full fits do not change with the sampled path and are the "
        "costliest): printed and added on top of bench_topic_sampled_runs.md, the results file "
        "stays",
    )
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(json.loads(args.child))))
        return
    sys.path.insert(0, str(ROOT / "src"))
    import araseclit.topics.model as model

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    out = [
        "# The sampled topic fit against a fit on every unit",
        "",
        __doc__.strip(),
        "",
        f"Machine: {os.cpu_count()} CPUs, load average at start {load}. "
        f"Cap: `FIT_UNITS_MAX` = {model.FIT_UNITS_MAX:,}. Seeds: "
        + ", ".join(map(str, args.seeds))
        + ".",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        cache = args.cache or Path(tmp)
        cache.mkdir(parents=True, exist_ok=True)
        corpora = []
        if args.only in (None, "real"):
            if not args.books:
                parser.error("the real-sentence corpus needs --books (or --only bench)")
            path = cache / "real_units.parquet"
            if not path.exists():
                real_units(args.books).to_parquet(path)
            names = ", ".join(p.name for p in args.books)
            corpora.append((f"Real sentences ({names} and the corpora sources)", path))
        if args.only in (None, "bench"):
            path = cache / f"bench_units_{args.docs}.parquet"
            if not path.exists():
                with tempfile.TemporaryDirectory() as scratch:
                    bench_units(args.docs, Path(scratch)).to_parquet(path)
            corpora.append((f"The benchmark corpus ({args.docs} documents)", path))
        for name, path in corpora:
            out += ["", *corpus_table(name, path, args.seeds, args.src, not args.no_full)]
    if args.no_full:
        end = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        runs = RESULTS.with_name("bench_topic_sampled_runs.md")
        earlier = runs.read_text("utf-8") if runs.exists() else ""
        head = [f"## Sampled fits only ({load} at start, {end} at end)", ""]
        body = out[out.index(next(x for x in out if x.startswith("Machine:"))) :]
        runs.write_text("\n".join(head + body) + "\n\n" + earlier, encoding="utf-8")
        print(f"\nwritten {runs.relative_to(ROOT)}")
        return
    RESULTS.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"\nwritten {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
