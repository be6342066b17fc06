"""Check that a change leaves every run table byte-identical.

Run: ``.venv/bin/python benchmarks/same_tables.py --rev HEAD src/araseclit/pipeline
src/araseclit/run.py`` compares this checkout's ``src`` with a copy of it in which the given
paths are as they were at ``--rev`` (the rest, other people's work in progress included, is the
same on both sides). ``araseclit analyze`` runs with each copy, in a child process, on the bundled
sample and on a corpus made as ``bench_scale`` makes it (``--docs``, default 30), or on
``--inputs`` (each folder or file a run), and with ``--book MB`` on a book made as
``bench_long_docs`` makes it (one document over one pass: read in chunks); every table of
``tables/*.parquet`` is compared byte for byte as :func:`canonical` renders it (types and
CSV). Exit status 1 when any table differs. CPU seconds of each run (child processes
included) are printed beside it: noisy on a shared machine, run the two sides in the same
minute.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_scale import make_corpus  # noqa: E402


def snapshot(into: Path, rev: str | None, paths: list[str]) -> Path:
    """A copy of this checkout's ``src`` with ``paths`` as at ``rev`` (files added since then
    under those paths removed); the copy's ``src``."""
    src = into / "src"
    shutil.copytree(ROOT / "src", src, symlinks=True)
    if rev:
        for path in paths:
            target = into / path
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", rev, "--", *paths],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return src


def analyze(src: Path, inputs: Path, out: Path) -> float:
    """CPU seconds of ``araseclit analyze`` run from ``src``."""
    cmd = [sys.executable, "-m", "araseclit.cli", "analyze", str(inputs), "--out", str(out)]
    env = {**os.environ, "PYTHONPATH": str(src)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def canonical(path: Path) -> bytes:
    """A table's rows as CSV bytes, after its column types (the Parquet file's own bytes carry
    writer metadata that differs from one write to the next)."""
    import pandas as pd

    frame = pd.read_parquet(path)
    return (frame.dtypes.to_string() + "\n" + frame.to_csv(index=False)).encode("utf-8")


def differences(a: Path, b: Path) -> list[str]:
    """Tables of runs ``a`` and ``b`` whose rows differ (as :func:`canonical` renders them)."""
    out = []
    names = sorted({p.name for p in (a / "tables").glob("*.parquet")}
                   | {p.name for p in (b / "tables").glob("*.parquet")})  # fmt: skip
    for name in names:
        pa, pb = a / "tables" / name, b / "tables" / name
        if not (pa.exists() and pb.exists()):
            out.append(f"{name}: only in one run")
        elif canonical(pa) != canonical(pb):
            out.append(f"{name}: rows differ")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="paths (from the repository root) to restore")
    parser.add_argument("--rev", help="the revision to restore them from (default: no change)")
    parser.add_argument("--docs", type=int, default=30)
    parser.add_argument(
        "--inputs", type=Path, nargs="+", help="folders or files to analyse instead (each a run)"
    )
    parser.add_argument(
        "--book", type=float, help="also a book of this many MB, as bench_long_docs makes it"
    )
    args = parser.parse_args()
    if bool(args.paths) != bool(args.rev):  # else "before" is "after" and all is "identical"
        parser.error("give --rev and the paths to restore from it, both or neither")
    failed = False
    with tempfile.TemporaryDirectory(prefix="araseclit-same-") as tmp:
        work = Path(tmp)
        before = snapshot(work / "before", args.rev, args.paths)
        after = snapshot(work / "after", None, [])
        runs: list[tuple[str, Path]] = []
        if args.inputs:
            runs += [(str(p), p.resolve()) for p in args.inputs]
        else:
            corpus = work / "corpus"
            make_corpus(corpus, args.docs)
            runs += [("sample", ROOT / "corpora" / "sample" / "docs"),
                     (f"{args.docs} documents", corpus)]  # fmt: skip
        if args.book:
            from bench_long_docs import make_book

            book = work / f"book_{args.book:g}mb.txt"
            make_book(book, args.book)
            runs.append((f"{args.book:g} MB book", book))
        for label, inputs in runs:
            label = label.replace("/", "_")
            seconds = {}
            for side, src in (("before", before), ("after", after)):
                start = time.perf_counter()
                seconds[side] = analyze(src, inputs, work / f"{label}-{side}")
                seconds[side + " wall"] = time.perf_counter() - start
            diff = differences(work / f"{label}-before", work / f"{label}-after")
            failed |= bool(diff)
            print(
                f"{label}: {'identical' if not diff else 'DIFFERENT'}; CPU s before "
                f"{seconds['before']:.1f}, after {seconds['after']:.1f} "
                f"(wall {seconds['before wall']:.1f} / {seconds['after wall']:.1f})",
                flush=True,
            )
            for line in diff:
                print("  " + line)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
