"""Does repair leave clean text alone? The clean-text suite, in-domain and out of domain.

Every clean document goes through ``repair_text`` as it is and in each typing variant of
``araseclit.scramble.TYPING_VARIANTS`` (a comma or stop typed against the next word, a space
before punctuation, years written ``2003م``, Arabic-Indic digits) and in :data:`HABITS`
here (the conjunction typed apart: ``و أكد``, ``و الحدود``), which are habits, not damage. The measure is the share of characters changed: Levenshtein distance between input
and output, whitespace collapsed (paragraph breaks are not scored), over the input's length.
Target: at most 0.1% per suite, and no document over 0.5%.

- **in-domain**: ``corpora/sample/sources`` (the six papers the repair rules were first
  written for);
- **out of domain**: ``corpora/clean`` (13 documents in other genres, written for the
  project but not from the sample's template), each line of its ``one_sentence.txt`` as a
  document of its own;
- **third-party** (only where present): clean real text fetched for local measurement
  (``--third-party DIR``; not in the repository, see its manifest).

Beside araseclit: what python-bidi's ``get_display`` (the usual quick fix) does to the same
clean text. Run: ``.venv/bin/python benchmarks/bench_clean.py [--third-party DIR]`` (writes
``benchmarks/results/bench_clean.md``).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from araseclit.repair import repair_text  # noqa: E402
from araseclit.scramble import TYPING_VARIANTS, typing_variant  # noqa: E402

RESULT = ROOT / "benchmarks" / "results" / "bench_clean.md"
TARGET_MEAN = 0.001
TARGET_MAX = 0.005

try:
    from bidi import get_display
except ImportError:  # pragma: no cover
    get_display = None


def changed(before: str, after: str) -> float:
    """Share of characters changed (whitespace collapsed)."""
    a, b = " ".join(before.split()), " ".join(after.split())
    return Levenshtein.distance(a, b) / max(1, len(a))


def _bidi(text: str) -> str:
    if get_display is None:
        return text
    return "\n".join(get_display(line, base_dir="R") for line in text.split("\n"))


def documents(folder: Path) -> list[tuple[str, str]]:
    """(name, text) for each clean document; one-sentence files give one per line."""
    docs = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if "one_sentence" in path.name:
            docs += [
                (f"{path.stem}:{i + 1}", ln) for i, ln in enumerate(text.splitlines()) if ln.strip()
            ]
        else:
            docs.append((path.stem, text))
    return docs


# a word the conjunction may open: "وأكد", "والحدود", "وزير"
_OPENS_WAW = re.compile(r"(?<![\u0600-\u06ff])و([\u0621-\u064a][\u0621-\u0652]+)")


def _waw_apart(text: str) -> str:
    """The conjunction typed apart from its word, as some writers do: ``وأكد`` -> ``و أكد``
    where the rest is a likelier word than the whole (``وزير``, ``والد`` keep their و)."""
    from araseclit.textmodel.scorer import default_scorer

    model = default_scorer().arabic

    def apart(m: re.Match[str]) -> str:
        rest = m.group(1)
        return f"و {rest}" if model.frequency(rest) > model.frequency("و" + rest) else m.group(0)

    return _OPENS_WAW.sub(apart, text)


#: typing habits of clean text beside ``TYPING_VARIANTS`` (name -> the text typed so)
HABITS = {"conjunction typed apart (و أكد)": _waw_apart}


def measure(docs: list[tuple[str, str]]) -> dict[str, list[tuple[str, float, float]]]:
    """Per variant ("as written" and each typing habit): (document, araseclit, python-bidi)."""
    out: dict[str, list[tuple[str, float, float]]] = {}
    for variant in ("as written", *TYPING_VARIANTS, *HABITS):
        rows = []
        for name, text in docs:
            if variant in HABITS:
                given = HABITS[variant](text)
            else:
                given = text if variant == "as written" else typing_variant(text, variant)
            rows.append((name, changed(given, repair_text(given)), changed(given, _bidi(given))))
        out[variant] = rows
    return out


def table(label: str, results: dict[str, list[tuple[str, float, float]]]) -> str:
    lines = [
        f"**{label}**",
        "",
        "| variant | documents | araseclit: chars changed (mean) | worst document | documents over 0.5% | python-bidi: chars changed |",
        "|---|---:|---:|---|---:|---:|",
    ]
    for variant, rows in results.items():
        mean = statistics.mean(r[1] for r in rows)
        worst = max(rows, key=lambda r: r[1])
        over = sum(1 for r in rows if r[1] > TARGET_MAX)
        naive = statistics.mean(r[2] for r in rows)
        lines.append(
            f"| {variant} | {len(rows)} | {mean:.3%} | {worst[0]} ({worst[1]:.2%}) | {over} | {naive:.1%} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--third-party", type=Path, help="folder of clean fetched text (optional)")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    suites = [
        ("In-domain: corpora/sample/sources", documents(ROOT / "corpora" / "sample" / "sources")),
        ("Out of domain: corpora/clean", documents(ROOT / "corpora" / "clean")),
    ]
    if args.third_party and args.third_party.is_dir():
        suites.append((f"Third-party text ({args.third_party.name}/)", documents(args.third_party)))
    parts = [
        "# Repair leaves clean text alone (`araseclit.repair`)",
        "",
        "Share of characters `repair_text` changes in clean text, as written and typed with "
        "each habit of `araseclit.scramble.TYPING_VARIANTS` and the conjunction typed apart (Levenshtein distance over length, "
        f"whitespace collapsed). Target: mean ≤ {TARGET_MEAN:.1%}, no document over "
        f"{TARGET_MAX:.1%}. python-bidi's `get_display` on the same text, for comparison.",
        "",
    ]
    for label, docs in suites:
        parts += [table(label, measure(docs)), ""]
    parts.append(
        f"Produced by `.venv/bin/python benchmarks/bench_clean.py` in {time.perf_counter() - t0:.0f} s."
    )
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text("\n".join(parts) + "\n", encoding="utf-8")
    print("\n".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
