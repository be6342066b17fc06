"""The run-folder and HTML parts of ``bench_robustness.py``: a child process watched for time
and memory, ``analyze`` killed mid-run, two writers on one run folder, and script payloads
in document text checked in ``report.html`` and the audit HTML."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARASECLIT = str(Path(sys.executable).with_name("araseclit"))
SAMPLE_DOCS = ROOT / "corpora" / "sample" / "docs"
#: the fastest whole pipeline (segment, cite): kills and writers need many runs
FAST = ["--pipeline", "audit"]


@dataclass
class Child:
    """How one command ended: exit status (None when it was killed), output, wall and CPU
    seconds (user + system, of the child and the children it waited for), peak resident
    memory (VmHWM, MB) and whether it was stopped for time or memory."""

    returncode: int | None
    stdout: bytes
    stderr: str
    seconds: float
    cpu_seconds: float
    peak_mb: float
    timed_out: bool = False
    over_memory: bool = False


def descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        todo.extend(int(c) for c in children)
    return found


def _hwm_mb(pid: int) -> float:
    """Peak resident memory of ``pid`` so far (``VmHWM``), 0 once it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def run_child(argv: list[str], timeout: float, memory_mb: float, cwd: Path) -> Child:
    """Run ``argv`` in its own session; sample its (and its children's) peak RSS every 50 ms
    and kill the session past ``timeout`` wall seconds or ``memory_mb``. The child is reaped
    with :func:`os.wait4`, for its own CPU time: on a busy machine wall time says little."""
    out_path, err_path = cwd / ".child.out", cwd / ".child.err"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, cwd=cwd, start_new_session=True)
        peak, timed_out, over = 0.0, False, False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            peak = max([peak, *(_hwm_mb(p) for p in descendants(proc.pid))])
            timed_out = time.perf_counter() - start > timeout
            over = peak > memory_mb
            if timed_out or over:
                os.killpg(proc.pid, signal.SIGKILL)
            time.sleep(0.05)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    stdout, stderr = out_path.read_bytes(), err_path.read_text("utf-8", "replace")
    out_path.unlink()
    err_path.unlink()
    code = None if timed_out or over else proc.returncode
    cpu = usage.ru_utime + usage.ru_stime
    return Child(code, stdout, stderr, seconds, cpu, peak, timed_out, over)


def analyze(paths: list[Path], out: Path, *extra: str) -> list[str]:
    return [ARASECLIT, "analyze", *map(str, paths), "--out", str(out), *FAST, *extra]


# --- reading a run back -----------------------------------------------------------------


def check_run(out: Path, n_docs: int | None = None) -> tuple[str | None, list[str]]:
    """The run id ``out`` publishes and what is wrong with it: ``open_run`` must read it,
    every Parquet table must name the same run and hold the rows DuckDB holds, and every
    row must belong to one of its documents (``n_docs`` of them, when given)."""
    import pyarrow.parquet as pq

    import araseclit
    from araseclit.store import load_info

    try:
        run, info = araseclit.open_run(out), load_info(out)
    except Exception as exc:
        return None, [f"open_run: {type(exc).__name__}: {exc}"]
    run_id, problems = info.get("run_id"), []
    docs = set(run.tables["documents"]["doc_id"])
    for table, frame in run.tables.items():
        path = out / "tables" / f"{table}.parquet"
        if not path.is_file():
            problems.append(f"{table}.parquet missing")
            continue
        meta = pq.read_metadata(path)
        parquet_run = (meta.metadata or {}).get(b"run_id", b"").decode()
        if parquet_run != run_id:
            problems.append(f"{table}.parquet is of run {parquet_run}, DuckDB of {run_id}")
        if meta.num_rows != len(frame):
            problems.append(f"{table}: {meta.num_rows} Parquet rows, {len(frame)} in DuckDB")
        if "doc_id" in frame and table != "errors":
            orphans = set(frame["doc_id"].dropna()) - docs
            if orphans:
                problems.append(f"{table}: {len(orphans)} doc_id(s) not in documents")
    if n_docs is not None and len(docs) != n_docs:
        problems.append(f"{len(docs)} documents, expected {n_docs}")
    return run_id, problems


# --- kills ----------------------------------------------------------------------------------


@dataclass
class KillResult:
    tried: int = 0  # kills of a run still going
    survived: int = 0  # ... after which one complete run could be read
    finished_first: int = 0  # runs that ended before their kill
    recovered: bool = False  # a run after the last kill succeeded
    runs_seen: set[str] = field(default_factory=set)
    failures: list[str] = field(default_factory=list)


def _kill_at(argv: list[str], out: Path, delay: float | None, rng: random.Random) -> bool:
    """Start ``argv`` and SIGKILL it ``delay`` seconds in, or (``delay`` None) once it starts
    staging its run in ``out`` plus up to 0.15 s: during the write and the publish.
    True when the kill hit a running process."""
    proc = subprocess.Popen(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    start = time.perf_counter()
    while proc.poll() is None:
        if delay is not None and time.perf_counter() - start >= delay:
            break
        if delay is None and any(out.glob(".araseclit-staging-*")):
            time.sleep(rng.uniform(0.0, 0.15))
            break
        time.sleep(0.005)
    hit = proc.poll() is None
    if hit:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    return hit


def kills(work: Path, rng: random.Random, n: int) -> KillResult:
    """``analyze --fresh`` of three sample documents into a run folder that holds a run,
    killed ``n`` times: at random delays, and while it stages and publishes its run."""
    docs = sorted(SAMPLE_DOCS.glob("*.txt"))
    out, result = work / "killed", KillResult()
    first = run_child(analyze(docs, out), 300, 1e9, work)
    if first.returncode != 0:
        result.failures.append(f"first run failed ({first.returncode}): {first.stderr[-300:]}")
        return result
    for k in range(n):
        delay = None if k % 2 else rng.uniform(0.3, 1.1) * first.seconds
        # --fresh: without it the unchanged corpus is not processed again (incremental
        # runs) and the run ends before any kill
        argv = analyze(docs, out, "--fresh")
        if not _kill_at(argv, out, delay, rng):
            result.finished_first += 1
            continue
        result.tried += 1
        run_id, problems = check_run(out, n_docs=len(docs))
        result.runs_seen.add(str(run_id))
        if problems:
            when = "while publishing" if delay is None else f"at {delay:.1f} s"
            result.failures.append(f"kill {k} {when}: " + "; ".join(problems))
        else:
            result.survived += 1
    last = run_child(analyze(docs, out), 300, 1e9, work)
    run_id, problems = check_run(out, n_docs=len(docs))
    result.recovered = last.returncode == 0 and not problems
    if not result.recovered:
        result.failures.append(f"run after the kills: exit {last.returncode}, {problems}")
        result.failures.append(last.stderr.strip()[-300:])
    return result


# --- two writers -----------------------------------------------------------------------------


@dataclass
class WriterRound:
    name: str
    statuses: tuple[int | None, int | None]
    ok: bool
    detail: str


def _writers(work: Path, name: str, gap: float, wait: bool) -> WriterRound:
    """Two ``analyze`` runs into one new run folder, of one different document each,
    started ``gap`` seconds apart. Without ``--wait`` one must exit 0 and the other get
    ``E054``, and the folder hold the winner's run; with it both must exit 0 and the
    folder hold both documents (the second run adds to the first)."""
    out = work / f"writers-{name}"
    docs = sorted(SAMPLE_DOCS.glob("*.txt"))[:2]
    extra = ["--wait"] if wait else []
    procs = []
    for doc in docs:
        procs.append(
            subprocess.Popen(
                analyze([doc], out, *extra),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
            )
        )
        time.sleep(gap)
    errs = [p.communicate(timeout=600)[1] for p in procs]
    codes = (procs[0].returncode, procs[1].returncode)
    problems = [f"writer {i + 1}: traceback" for i, err in enumerate(errs) if "Traceback" in err]
    _, bad_run = check_run(out)
    problems += bad_run
    import araseclit

    stored = set(araseclit.open_run(out).tables["documents"]["path"]) if not bad_run else set()
    winners = [str(doc) for doc, code in zip(docs, codes, strict=True) if code == 0]
    if wait:
        if codes != (0, 0):
            problems.append(f"exit statuses {codes} with --wait, expected (0, 0)")
    elif sorted(codes) != [0, 2] or "[E054]" not in errs[codes.index(2)]:
        problems.append(f"exit statuses {codes}, expected 0 and 2 with E054")
    lost = [w for w in winners if w not in stored]
    if lost:
        problems.append(f"lost run(s) of {', '.join(Path(w).name for w in lost)}")
    return WriterRound(name, codes, not problems, "; ".join(problems) or "as expected")


def concurrent_writers(work: Path) -> list[WriterRound]:
    return [
        _writers(work, "together", 0.0, wait=False),
        _writers(work, "2s-apart", 2.0, wait=False),
        _writers(work, "wait", 0.0, wait=True),
    ]
