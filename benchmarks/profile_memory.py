"""Where a corpus run's memory goes: PSS of the ``analyze`` process and of its pool workers,
sampled through the run, with the stage each sample falls in.

Run: ``.venv/bin/python benchmarks/profile_memory.py --docs 200`` (a corpus made as
``bench_scale`` makes it). ``analyze`` runs in a child process that writes a line to a log as
each stage starts (documents, topics, report, store); this process samples the proportional set
size (PSS, shared pages split between the processes sharing them) of that child and of each of
its descendants every 100 ms, and prints, per stage, the peak of the whole and how it splits
between the parent and the workers. ``--no-topics`` runs the ``default`` pipeline's per-document
part and store without the topic step (a copy of its config with ``topics = false``).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_scale import _pss_mb, make_corpus  # noqa: E402
from robustness_runs import descendants  # noqa: E402

CHILD = """
import sys, time
from pathlib import Path
import araseclit

log = open(sys.argv[3], "a", buffering=1)
log.write(f"{time.time()} documents\\n")
araseclit.analyze([sys.argv[1]], pipeline=sys.argv[4], out=sys.argv[2], fresh=True,
                  stage=lambda name: log.write(f"{time.time()} {name}\\n"))
log.write(f"{time.time()} end\\n")
"""


def no_topics_config(folder: Path) -> Path:
    """The default pipeline's config with the topic step switched off."""
    text = (ROOT / "pipelines" / "default.cfg").read_text(encoding="utf-8")
    path = folder / "default_no_topics.cfg"
    path.write_text(text.replace("topics = true", "topics = false"), encoding="utf-8")
    return path


#: pid -> (first seen, command line) of every process the run started
CHILDREN: dict[int, tuple[float, str]] = {}


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()[:120]
    except OSError:
        return "?"


def sample(inputs: Path, out: Path, log: Path, pipeline: str) -> list[tuple[float, float, float]]:
    """(time, parent PSS MB, workers' PSS MB) every 100 ms while ``analyze`` runs."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-c", CHILD, str(inputs), str(out), str(log), pipeline]
    proc = subprocess.Popen(cmd, env=env)
    samples = []
    while proc.poll() is None:
        pids = descendants(proc.pid)
        parent = _pss_mb(proc.pid)
        children = {p: _pss_mb(p) for p in pids if p != proc.pid}
        samples.append((time.time(), parent, sum(children.values())))
        for pid, mb in children.items():  # which processes the children are, once each
            if pid not in CHILDREN and mb > 0:
                CHILDREN[pid] = (time.time(), _cmdline(pid))
        time.sleep(0.1)
    if proc.returncode:
        raise SystemExit(f"analyze failed ({proc.returncode})")
    return samples


def by_stage(samples: list[tuple[float, float, float]], log: Path) -> list[str]:
    marks = [line.split(maxsplit=1) for line in log.read_text().splitlines()]
    stages = [(float(t), name) for t, name in marks]
    rows = ["| stage | seconds | peak PSS (all) | parent at that peak | workers at that peak |",
            "|---|---:|---:|---:|---:|"]  # fmt: skip
    start0 = samples[0][0]
    bounds = [(start0, "start-up"), *stages]
    for (t0, name), (t1, _) in zip(bounds, [*bounds[1:], (float("inf"), "")], strict=True):
        inside = [s for s in samples if t0 <= s[0] < t1]
        if not inside or name == "end":
            continue
        peak = max(inside, key=lambda s: s[1] + s[2])
        rows.append(f"| {name} | {min(t1, samples[-1][0]) - t0:.1f} | {peak[1] + peak[2]:.0f} MB "
                    f"| {peak[1]:.0f} MB | {peak[2]:.0f} MB |")  # fmt: skip
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--no-topics", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="araseclit-memory-") as tmp:
        work = Path(tmp)
        make_corpus(work / "corpus", args.docs)
        pipeline = str(no_topics_config(work)) if args.no_topics else "default"
        log = work / "stages.log"
        t0 = time.time()
        samples = sample(work / "corpus", work / "run", log, pipeline)
        rows = by_stage(samples, log)
    print(f"{args.docs} documents{' (no topics)' if args.no_topics else ''}:")
    print("\n".join(rows))
    print(f"\nprocesses the run started: {len(CHILDREN)}")
    for pid, (seen, cmd) in sorted(CHILDREN.items(), key=lambda kv: kv[1][0]):
        print(f"  {pid} from {seen - t0:.1f} s: {cmd}")


if __name__ == "__main__":
    main()
