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

import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from araseclit.cite import author_key, find_citations  # noqa: E402
from araseclit.cite.patterns import fold_digits  # noqa: E402
from araseclit.repair import repair_text  # noqa: E402

try:  # the usual quick fix users reach for: run the bidi algorithm over each line
    from bidi import get_display
except ImportError:  # pragma: no cover - optional comparison
    get_display = None

SAMPLE = ROOT / "corpora" / "sample"
RESULT = ROOT / "benchmarks" / "results" / "bench_scrambled.md"
EXTRACTORS = ("pdftotext", "pdftotext-layout", "pdfplumber", "pypdfium2")
SEED = ROOT / ".." / "shared" / "seed" / "000_4ff1dd722d5fe153.txt"
SEED_GOLD = ROOT / "benchmarks" / "data" / "citations" / "seed.jsonl"
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


Row = tuple[float, float, int, float, float]


def bidi_display(raw: str) -> str:
    """python-bidi's ``get_display`` (RTL base) on every line: the naive visual->logical fix."""
    if get_display is None:
        return raw
    return "\n".join(get_display(_BIDI.sub("", line), base_dir="R") for line in raw.split("\n"))


def measure() -> tuple[dict[str, list[Row]], dict[str, list[Row]]]:
    """(raw CER, repaired CER, lines, seconds) for each file, by extractor and by PDF producer."""
    rows: dict[str, list[Row]] = defaultdict(list)
    producers: dict[str, list[Row]] = defaultdict(list)
    for name, extractor, path in variants():
        reference = (SAMPLE / "sources" / f"{name}.txt").read_text(encoding="utf-8")
        raw = path.read_text(encoding="utf-8")
        t0 = time.perf_counter()
        repaired = repair_text(raw)
        seconds = time.perf_counter() - t0
        lines = raw.count("\n") + 1
        naive = cer(bidi_display(raw), reference) if get_display else float("nan")
        row = (cer(raw, reference), cer(repaired, reference), lines, seconds, naive)
        rows[extractor].append(row)
        producers[path.name.removesuffix(f".{extractor}.txt")].append(row)
    return rows, producers


def table(rows: dict[str, list[Row]], label: str = "extractor") -> str:
    head = [
        f"| {label} | files | raw CER | python-bidi CER | repaired CER | raw / repaired | "
        "files ≤ 2% after repair | lines/s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    body = []
    every: list[Row] = []
    for key in sorted(rows, key=lambda k: EXTRACTORS.index(k) if k in EXTRACTORS else 0):
        body.append(_row(key, rows[key]))
        every += rows[key]
    if every:
        body.append(_row("**all**", every))
    return "\n".join(head + body)


def _row(label: str, items: list[Row]) -> str:
    n = len(items)
    raw = sum(r[0] for r in items) / n
    fixed = sum(r[1] for r in items) / n
    naive = sum(r[4] for r in items) / n
    good = sum(1 for r in items if r[1] <= 0.02)
    speed = sum(r[2] for r in items) / max(1e-9, sum(r[3] for r in items))
    ratio = f"{raw / fixed:.1f}×" if fixed else "∞"
    return (
        f"| {label} | {n} | {raw:.2%} | {naive:.2%} | {fixed:.2%} | {ratio} | "
        f"{good}/{n} | {speed:,.0f} |"
    )


def _cite_key(author: str | None, year: object, page: object) -> tuple:
    return (author_key(author or ""), fold_digits(str(year)), fold_digits(str(page or "")))


def seed_citations() -> str:
    """Seed chapter: annotated in-text citations that ``find_citations`` reads whole."""
    if not SEED.exists():
        return f"(seed chapter not found at `{SEED}`: skipped)"
    gold_rows = [json.loads(x) for x in SEED_GOLD.read_text(encoding="utf-8").splitlines() if x]
    gold = Counter(_cite_key(g["author"], g["year"], g["page"]) for g in gold_rows)
    raw = SEED.read_text(encoding="utf-8")
    lines = [
        "| text | citations found whole | of annotated | extra | paragraphs with balanced () |",
        "|---|---:|---:|---:|---:|",
    ]
    for label, text in (
        ("raw (as extracted)", raw),
        ("python-bidi per line", bidi_display(raw)),
        ("`repair_text(raw)`", repair_text(raw)),
    ):
        repaired = label.startswith("`")
        found = Counter(_cite_key(c["author"], c["year"], c["page"]) for c in find_citations(text))
        paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
        balanced = sum(p.count("(") == p.count(")") for p in paras)
        hit = sum((found & gold).values())
        extra = sum((found - gold).values())
        shown = f"{balanced}/{len(paras)}" if repaired else "–"  # raw text has no paragraphs
        lines.append(f"| {label} | {hit} | {sum(gold.values())} | {extra} | {shown} |")
    return "\n".join(lines)


def main() -> None:
    if not (SAMPLE / "variants").is_dir():
        sys.exit(f"no sample corpus at {SAMPLE} (run scripts/make_sample_corpus.py)")
    rows, producers = measure()
    text = (
        "# Repair of scrambled PDF extractions (`araseclit.repair`)\n\n"
        "Character error rate (Levenshtein distance / reference length, whitespace collapsed) "
        "of each extractor's raw output, of python-bidi's `get_display` applied to each raw "
        "line (the usual quick fix), and of `repair_text(raw)`, against the clean source, "
        "averaged over the files of `corpora/sample/variants/`. Raw = what a user gets from "
        "the extractor alone; lines/s = repair speed.\n\n"
        + table(rows)
        + "\n\nThe same files by PDF producer (all four extractors together):\n\n"
        + table(producers, "PDF")
        + "\n\nThe seed chapter (`../shared/seed`, the real scrambled input): in-text citations "
        "that `araseclit.cite.find_citations` reads whole (author, year and page as annotated in "
        "`benchmarks/data/citations/seed.jsonl`):\n\n"
        + seed_citations()
        + "\n\nProduced by `.venv/bin/python benchmarks/bench_scrambled.py`.\n"
    )
    print(text)
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
