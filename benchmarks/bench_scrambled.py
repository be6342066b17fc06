"""How well does ``araseclit.repair`` restore scrambled PDF extractions?

For every ``corpora/sample/variants/<name>/<pdf>.<extractor>.txt`` this compares, against the
clean source ``corpora/sample/sources/<name>.txt``:

- the raw extractor output (what a user gets from pdftotext / pdfplumber / pypdfium2), and
- ``repair_text(raw)``,

by character error rate: Levenshtein distance / reference length, after collapsing all
whitespace to single spaces (line and paragraph breaks are not scored). Whole documents are
compared, running headers and page numbers included in the raw text (removing them is part
of the repair). Also reports repair speed in lines per second.

Run: ``.venv/bin/python benchmarks/bench_scrambled.py`` (writes
``benchmarks/results/bench_scrambled.md``).
"""

from __future__ import annotations

import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from araseclit.repair import repair_text  # noqa: E402

SAMPLE = ROOT / "corpora" / "sample"
RESULT = ROOT / "benchmarks" / "results" / "bench_scrambled.md"
EXTRACTORS = ("pdftotext", "pdftotext-layout", "pdfplumber", "pypdfium2")
_BIDI = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def squash(text: str) -> str:
    """Whitespace-normalised text (bidi controls are invisible, so they are not scored)."""
    return " ".join(_BIDI.sub("", text).split())


def cer(hypothesis: str, reference: str) -> float:
    ref = squash(reference)
    return Levenshtein.distance(squash(hypothesis), ref) / max(1, len(ref))


def variants() -> list[tuple[str, str, Path]]:
    """(document, extractor, path) for every extractor output in the sample corpus."""
    out = []
    for path in sorted(SAMPLE.glob("variants/*/*.txt")):
        for extractor in EXTRACTORS:
            if path.name.endswith(f".{extractor}.txt"):
                out.append((path.parent.name, extractor, path))
    return out


def measure() -> dict[str, list[tuple[float, float, int, float]]]:
    """Per extractor: (raw CER, repaired CER, lines, seconds) for each file."""
    rows: dict[str, list[tuple[float, float, int, float]]] = defaultdict(list)
    for name, extractor, path in variants():
        reference = (SAMPLE / "sources" / f"{name}.txt").read_text(encoding="utf-8")
        raw = path.read_text(encoding="utf-8")
        t0 = time.perf_counter()
        repaired = repair_text(raw)
        seconds = time.perf_counter() - t0
        lines = raw.count("\n") + 1
        rows[extractor].append((cer(raw, reference), cer(repaired, reference), lines, seconds))
    return rows


def table(rows: dict[str, list[tuple[float, float, int, float]]]) -> str:
    head = [
        "| extractor | files | raw CER | repaired CER | raw / repaired | "
        "files ≤ 2% after repair | lines/s |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    body = []
    every: list[tuple[float, float, int, float]] = []
    for extractor in EXTRACTORS:
        if extractor in rows:
            body.append(_row(extractor, rows[extractor]))
            every += rows[extractor]
    if every:
        body.append(_row("**all**", every))
    return "\n".join(head + body)


def _row(label: str, items: list[tuple[float, float, int, float]]) -> str:
    raw = sum(r for r, _, _, _ in items) / len(items)
    fixed = sum(f for _, f, _, _ in items) / len(items)
    good = sum(1 for _, f, _, _ in items if f <= 0.02)
    speed = sum(n for _, _, n, _ in items) / max(1e-9, sum(s for _, _, _, s in items))
    ratio = f"{raw / fixed:.1f}×" if fixed else "∞"
    return (
        f"| {label} | {len(items)} | {raw:.2%} | {fixed:.2%} | {ratio} | "
        f"{good}/{len(items)} | {speed:,.0f} |"
    )


def main() -> None:
    if not (SAMPLE / "variants").is_dir():
        sys.exit(f"no sample corpus at {SAMPLE} (run scripts/make_sample_corpus.py)")
    rows = measure()
    text = (
        "# Repair of scrambled PDF extractions (`araseclit.repair`)\n\n"
        "Character error rate (Levenshtein distance / reference length, whitespace collapsed) "
        "of each extractor's raw output and of `repair_text(raw)`, against the clean source, "
        "averaged over the files of `corpora/sample/variants/`. The raw column is what a "
        "user gets from the extractor alone.\n\n"
        + table(rows)
        + "\n\nProduced by `.venv/bin/python benchmarks/bench_scrambled.py`.\n"
    )
    print(text)
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
