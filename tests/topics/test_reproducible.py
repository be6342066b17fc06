"""Topics are the same bytes from one process to the next (issue 18).

Two fresh interpreters fit topics on the same realistic Arabic sentences with the same seed.
They differ in everything that must not matter: ``PYTHONHASHSEED``; every thread pool pinned to
one thread in one, the machine's defaults in the other; the units in reverse order; numba
compiling from scratch (an empty ``NUMBA_CACHE_DIR``) in one, loading its disk cache in the
other. Their topic tables, written as CSV with every digit of the probabilities, must be
byte-identical.

Two inputs cover both clustering paths of :func:`fit_topics`: the sample corpus (445 units,
agglomerative clustering) and every clean corpus together (over 1,000 units, HDBSCAN).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
INPUTS = {
    "sample": ("corpora/sample/sources/*.txt",),
    "all": (
        "corpora/sample/sources/*.txt",
        "corpora/heldout/sources/*.txt",
        "corpora/heldout2/sources/*.txt",
        "corpora/clean/*.txt",
        "corpora/calibration/*.txt",
    ),
}
THREADS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMBA_NUM_THREADS")

# run in a fresh interpreter: argv = output directory, reverse (0/1), then name=pattern,...
CHILD = r"""
import re, sys
from pathlib import Path
import pandas as pd
from araseclit.topics import fit_topics

out, reverse = Path(sys.argv[1]), sys.argv[2] == "1"
for arg in sys.argv[3:]:
    name, patterns = arg.split("=")
    rows = []
    for pattern in patterns.split(","):
        for path in sorted(Path(".").glob(pattern)):
            text = path.read_text("utf-8")
            sentences = [s.strip() for s in re.split(r"(?<=[.؟!])\s+|\n+", text) if s.strip()]
            rows += [
                {"doc_id": f"{path.parent.name}/{path.stem}", "unit_id": f"s{i}", "text": s}
                for i, s in enumerate(sentences)
            ]
    units = pd.DataFrame(rows)
    if reverse:
        units = units.iloc[::-1].reset_index(drop=True)
    result = fit_topics(units, seed=42)
    topics = result.topics.assign(words=result.topics["words"].map("|".join))
    topics.to_csv(out / f"{name}-topics.csv", index=False)
    result.assignments.to_csv(out / f"{name}-assignments.csv", index=False, float_format="%.17g")
"""


def _start(out: Path, env: dict[str, str], *, reverse: bool) -> subprocess.Popen[str]:
    out.mkdir()
    inputs = [f"{name}={','.join(patterns)}" for name, patterns in INPUTS.items()]
    args = [sys.executable, "-c", CHILD, str(out), "1" if reverse else "0", *inputs]
    return subprocess.Popen(args, cwd=REPO, env=env, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_topic_tables_are_identical_across_processes(tmp_path: Path) -> None:
    base = {k: v for k, v in os.environ.items() if k not in THREADS}
    cold = base | {"PYTHONHASHSEED": "0", "NUMBA_CACHE_DIR": str(tmp_path / "numba")}
    pinned = base | {"PYTHONHASHSEED": "1"} | dict.fromkeys(THREADS, "1")
    runs = {
        "a": _start(tmp_path / "a", cold, reverse=False),
        "b": _start(tmp_path / "b", pinned, reverse=True),
    }
    for name, proc in runs.items():
        _, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, f"process {name} failed:\n{err[-3000:]}"
    for name in INPUTS:
        for table in ("topics", "assignments"):
            first = (tmp_path / "a" / f"{name}-{table}.csv").read_bytes()
            second = (tmp_path / "b" / f"{name}-{table}.csv").read_bytes()
            assert first == second, f"{name}: {table} differ between the two processes"
        assert len((tmp_path / "a" / f"{name}-topics.csv").read_bytes().splitlines()) > 3
