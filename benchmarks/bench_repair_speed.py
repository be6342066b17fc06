"""Repair speed of two source trees on the same files, measured in turn.

Issue 11 holds repair to "within 1.5x of the lines/s" of an earlier revision. This runs
``repair_text`` over every extractor output of ``corpora/sample/variants`` (and each
pdftotext output with its bidi controls stripped) in a child process per tree, the trees in
turn for ``--rounds`` rounds (A, B, A, B, ...), so that a change in the machine's load falls
on both alike, and reports each tree's best lines per CPU second of the child and the ratio.
The child's CPU time counts only the repairs (imports and file reading are outside the clock).

Run: ``.venv/bin/python benchmarks/bench_repair_speed.py --before DIR [--after DIR]
[--rounds 3] [--out FILE]`` where DIR is a ``src`` folder, e.g. of ``git archive dc6903a src |
tar -x -C /tmp/old`` (``--after`` defaults to this checkout's ``src``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VARIANTS = ROOT / "corpora" / "sample" / "variants"

CHILD = r"""
import json, re, sys, time
from pathlib import Path
from araseclit.repair import repair_text
controls = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
texts = []
for path in sorted(Path(sys.argv[1]).rglob("*.txt")):
    raw = path.read_text(encoding="utf-8")
    texts.append(raw)
    if ".pdftotext" in path.name:
        texts.append(controls.sub("", raw))
lines = sum(t.count("\n") + 1 for t in texts)
t0 = time.process_time()
for t in texts:
    repair_text(t)
print(json.dumps({"lines": lines, "cpu": time.process_time() - t0, "files": len(texts)}))
"""


def run(src: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(VARIANTS)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, required=True, help="the earlier src folder")
    parser.add_argument("--after", type=Path, default=ROOT / "src", help="the src to compare")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, help="write the table as Markdown to this file")
    args = parser.parse_args()
    best: dict[str, float] = {"before": float("inf"), "after": float("inf")}
    lines = 0
    for _ in range(args.rounds):
        for name, src in (("before", args.before), ("after", args.after)):
            r = run(src)
            lines = int(r["lines"])
            best[name] = min(best[name], r["cpu"])
            print(f"{name}: {r['cpu']:.1f} CPU s for {lines:,} lines", flush=True)
    before, after = lines / best["before"], lines / best["after"]
    load = os.getloadavg()[0]
    table = "\n".join(
        [
            "# Repair speed, two source trees in turn",
            "",
            f"Measured {time.strftime('%Y-%m-%d')}, load average {load:.1f} at the end; "
            f"{args.rounds} rounds, best CPU time of each; see the docstring of "
            "`benchmarks/bench_repair_speed.py`.",
            "",
            "| tree | lines | best CPU s | lines per CPU s |",
            "|---|---:|---:|---:|",
            f"| before (`{args.before}`) | {lines:,} | {best['before']:.1f} | {before:,.0f} |",
            f"| after (`{args.after}`) | {lines:,} | {best['after']:.1f} | {after:,.0f} |",
            "",
            f"After / before time: **{best['after'] / best['before']:.2f}x** "
            "(issue 11's budget: at most 1.5x).",
            "",
        ]
    )
    print(table)
    if args.out:
        tmp = args.out.with_suffix(".tmp")
        tmp.write_text(table, encoding="utf-8")
        tmp.replace(args.out)


if __name__ == "__main__":
    main()
