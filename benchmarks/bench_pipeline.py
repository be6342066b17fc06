"""Whole-pipeline speed: araseclit's per-document pipeline vs plain spaCy.

Run: ``.venv/bin/python benchmarks/bench_pipeline.py`` (writes
``benchmarks/results/bench_pipeline.md``).

For every document of the bundled sample corpus (``corpora/sample/docs``: txt, docx, PDFs,
a scrambled extraction) and the seed chapter (``../shared/seed``, if present) it times
(best of 3, after one warm-up):

* ``read``: :func:`araseclit.read` — decoding or PDF layout, repair, assembly;
* ``pipeline``: the ``default`` pipeline's components (segment, cite, tag, claims) on the
  repaired text;
* ``spaCy``: what a user would otherwise run — ``spacy.blank("ar")`` plus the
  ``sentencizer`` on the same repaired text (tokens and sentences only, no citations,
  mentions or claims).

Corpus steps (topics) are measured in ``bench_topics.py``.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import spacy

import araseclit
from araseclit.run import run_components

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "000_4ff1dd722d5fe153.txt"
RESULTS = ROOT / "benchmarks" / "results" / "bench_pipeline.md"


def best_of(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> str:
    files = sorted((ROOT / "corpora" / "sample" / "docs").iterdir())
    if SEED.is_file():
        files.append(SEED)
    nlp = araseclit.load_pipeline("default")
    plain = spacy.blank("ar")
    plain.add_pipe("sentencizer")
    rows = []
    totals = [0.0, 0.0, 0.0, 0]
    for path in files:
        document = araseclit.read(path)
        t_read = best_of(lambda p=path: araseclit.read(p))
        t_pipe = best_of(lambda d=document: run_components(nlp, d))
        t_spacy = best_of(lambda d=document: plain(d.text))
        chars = len(document.text)
        totals = [totals[0] + t_read, totals[1] + t_pipe, totals[2] + t_spacy, totals[3] + chars]
        rows.append(
            f"| {path.name} | {document.source_format} | {chars:,} | {t_read:.3f} | "
            f"{t_pipe:.3f} | {t_spacy:.3f} | {(t_read + t_pipe) / t_spacy:.1f}x |"
        )
    t_read, t_pipe, t_spacy, chars = totals
    load = os.getloadavg()[0]
    lines = [
        "# Whole-pipeline speed",
        "",
        f"Seconds per document (best of 3), machine: {os.cpu_count()} cores, load average "
        f"{load:.1f}. `araseclit` = read (with repair or PDF layout) + segment, cite, tag, "
        "claims; `spaCy` = blank Arabic + sentencizer on the same text.",
        "",
        "| document | format | characters | read s | pipeline s | spaCy s | araseclit / spaCy |",
        "|---|---|---:|---:|---:|---:|---:|",
        *rows,
        f"| **all** | | {chars:,} | {t_read:.3f} | {t_pipe:.3f} | {t_spacy:.3f} | "
        f"{(t_read + t_pipe) / t_spacy:.1f}x |",
        "",
        f"Throughput: araseclit {chars / (t_read + t_pipe):,.0f} characters/s "
        f"({len(files) / (t_read + t_pipe):.2f} documents/s); plain spaCy "
        f"{chars / t_spacy:,.0f} characters/s.",
        "",
        "Produced by `.venv/bin/python benchmarks/bench_pipeline.py`.",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    table = main()
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(table, encoding="utf-8")
    print(table)
