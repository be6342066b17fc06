"""Robustness under hostile use: bad files, kills, two writers, script payloads.

Run: ``.venv/bin/python benchmarks/bench_robustness.py`` (about 10 minutes on 2 cores;
writes ``benchmarks/results/bench_robustness.md`` and prints it). ``--quick`` runs the small
input set of the CI fuzz test (``tests/test_fuzz.py``) and fewer kills, in about 3 minutes,
and writes nothing unless ``--write`` is given; ``--seed N`` changes every random choice.

1. **Fuzz inputs** (:mod:`fuzzing`, made in a temporary folder from the sample corpus and a
   seed, never downloaded): empty and binary files, corrupt, encrypted and image-only PDFs,
   corrupt DOCX and DOCX bombs, other encodings, texts in no supported script, odd file
   names, a FIFO and links to ``/dev/zero``, a text over spaCy's ``max_length``, long single
   lines of shapes that were once quadratic in repair, long runs of one character, and
   random mutations of the sample texts. Each goes through ``araseclit text FILE`` and ``araseclit citations FILE``, and
   the inputs of each kind together through ``araseclit analyze DIR --pipeline audit``, each
   a child process with a time budget. A run fails by
   - *traceback*: a Python traceback on stderr;
   - *uncoded exit*: a non-zero exit whose stderr is not one line ``araseclit: error
     [E0xx]: ...`` (a library's log line beside it counts), exit 0 on an input that should
     fail; for ``analyze``, an exit status other than 0/2/3/4 or the one the README gives,
     an input that should fail with no ``errors`` row, or an ``errors`` row without an
     ``E0xx`` code (``E900`` is a bug);
   - *hang*: over the time budget in CPU seconds (user + system, from :func:`os.wait4`:
     wall time on a shared machine says little): the command's start-up CPU time
     (measured on a short text) plus 10 s per 100 KB of input, at least 10 s; a child still
     running after three times its budget in wall time plus a minute is killed;
   - *memory*: a peak resident set (``VmHWM`` of the child, sampled every 50 ms) over 2 GB.
2. **Kills**: ``analyze`` of three documents into a folder holding a run, SIGKILLed at random
   delays and while it stages and publishes; after each kill ``open_run`` must read one
   complete run whose Parquet tables all name its ``run_id`` and hold DuckDB's rows, and a
   later run must succeed.
3. **Concurrent writers**: two ``analyze`` into one ``--out`` together and 2 s apart (one
   exits 0, the other gets ``E054``; the winner's run is kept), and both with ``--wait``
   (both exit 0, the folder holds both documents).
4. **Payloads**: ``<script>``, ``onerror=`` and ``javascript:`` in prose, citation authors,
   reference entries, a reference list and file names; ``report.html`` (default pipeline)
   and ``araseclit audit --format html`` are parsed with :mod:`html.parser`.

Target: 0 failures of any kind, no input over 10 s per 100 KB, peak memory under 2 GB.
"""

from __future__ import annotations

import argparse
import platform
import random
import re
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent / "src"))

import fuzzing  # noqa: E402
from fuzzing import CODED_LINE, FAIL, MAX_MEMORY_MB, OK, TRACEBACK, FuzzInput, Verdict  # noqa: E402
from robustness_html import scan_html, write_payload_corpus  # noqa: E402
from robustness_runs import ARASECLIT, Child, analyze, concurrent_writers, kills, run_child  # noqa: E402

from araseclit.errors import escape_controls  # noqa: E402

RESULTS = BENCH_DIR / "results" / "bench_robustness.md"
COMMANDS = ("text", "citations")
SHORT_TEXT = "المقدمة\n\nتعمل المنظمات المحلية على رصد الانتهاكات (الحميد، 2019: 27).\n"
#: a run is stopped (a hang) after its CPU budget times this in wall time, plus GRACE_S:
#: wall time stretches on a busy machine, CPU time hardly does
WALL_FACTOR, GRACE_S = 3.0, 60.0


def argv_for(command: str, path: Path) -> list[str]:
    extra = ["--format", "jsonl"] if command == "citations" else []
    return [ARASECLIT, command, str(path), *extra]


def start_up_seconds(work: Path) -> dict[str, float]:
    """CPU time of each command on a short text: what every run pays before reading."""
    path = work / "short.txt"
    path.write_text(SHORT_TEXT, encoding="utf-8")
    run_child(argv_for("text", path), 120, 1e9, work)  # warm the file cache
    seconds = {c: run_child(argv_for(c, path), 300, 1e9, work).cpu_seconds for c in COMMANDS}
    short_run = run_child(analyze([path], work / "short-run"), 600, 1e9, work)
    seconds["analyze"] = short_run.cpu_seconds
    return seconds


#: inputs at least this large get a CPU rate per MB (see :attr:`Outcome.seconds_per_mb`)
MIN_RATE_BYTES = 100_000


class Outcome:
    """One command on one input (or, for ``analyze``, on the folder of one kind)."""

    def __init__(self, kind: str, name: str, command: str, size: int, child: Child) -> None:
        self.kind, self.name, self.command, self.size, self.child = kind, name, command, size, child
        self.verdict = Verdict()
        self.net_seconds = 0.0

    @property
    def seconds_per_mb(self) -> float | None:
        """CPU seconds per MB beyond start-up, for inputs of 100 KB or more: below that the
        time is mostly start-up, measured once, whose noise (±2 s on a busy machine) would
        dominate the rate (an 11 KB file 2 s over it reads 200 s/MB); smaller inputs are held
        to their budget's 10-second floor by the hang check instead."""
        return self.net_seconds / (self.size / 1e6) if self.size >= MIN_RATE_BYTES else None


def judge_child(verdict: Verdict, child: Child, budget: float) -> Verdict:
    verdict.traceback = verdict.traceback or TRACEBACK in child.stderr
    verdict.hang = child.timed_out or child.cpu_seconds > budget
    verdict.memory = child.over_memory or child.peak_mb > MAX_MEMORY_MB
    return verdict


def run_file(inp: FuzzInput, path: Path, command: str, start_up: float, cwd: Path) -> Outcome:
    budget = start_up + fuzzing.time_budget(inp.size)
    child = run_child(argv_for(command, path), WALL_FACTOR * budget + GRACE_S, MAX_MEMORY_MB, cwd)
    outcome = Outcome(inp.kind, inp.name, command, inp.size, child)
    if child.returncode is None:  # stopped for time or memory
        verdict = Verdict()
    else:
        verdict = fuzzing.judge_cli(inp, command, child.returncode, child.stderr)
    if b"root:x:0:0" in child.stdout:
        verdict.uncoded = True
        verdict.notes.append("SECURITY: /etc/passwd read through an XML external entity")
    outcome.verdict = judge_child(verdict, child, budget)
    outcome.net_seconds = max(0.0, child.cpu_seconds - start_up)
    return outcome


def _rows_of(errors, inp: FuzzInput):  # type: ignore[no-untyped-def]
    names = {inp.name, escape_controls(inp.name)}
    return errors.loc[errors["path"].map(lambda p: Path(str(p)).name in names).astype(bool)]


def judge_corpus(inputs: list[FuzzInput], out: Path, verdict: Verdict) -> int:
    """Check the ``errors`` table of a corpus run of ``inputs``; the exit status expected."""
    import araseclit

    tables = araseclit.open_run(out).tables
    errors = tables["errors"]
    failed_docs = 0
    for inp in inputs:
        outcome, codes = inp.expected("analyze")
        rows = _rows_of(errors, inp)
        failed = rows.loc[(rows["severity"] == "error").astype(bool)]
        failed_docs += not failed.empty
        seen = [str(c) for c in failed["code"]]
        label = escape_controls(inp.name)
        for code, message in zip(seen, failed["message"], strict=True):
            if not re.fullmatch(r"E0\d\d", code):
                verdict.uncoded = True
                verdict.notes.append(f"{label}: errors row {code}: {str(message)[:160]}")
        if outcome == FAIL and failed.empty:
            verdict.uncoded = True
            verdict.notes.append(f"{label}: should fail, has no errors row")
        elif outcome == OK and seen and seen != ["E008"]:
            verdict.notes.append(f"{label}: valid input refused with {'/'.join(seen)}")
        elif codes and seen and not set(seen) & set(codes):
            verdict.notes.append(f"{label}: {'/'.join(seen)}, expected {'/'.join(codes)}")
    if not failed_docs:
        return 0
    return 4 if failed_docs == len(inputs) else 3


def run_kind(kind: str, inputs: list[FuzzInput], folder: Path, start_up: float) -> Outcome:
    size = sum(i.size for i in inputs)
    budget = start_up + sum(fuzzing.time_budget(i.size) for i in inputs)
    out = folder.parent / f"{kind}.run"
    child = run_child(
        analyze([folder], out), WALL_FACTOR * budget + GRACE_S, MAX_MEMORY_MB, folder.parent
    )
    outcome = Outcome(kind, f"{len(inputs)} files", "analyze", size, child)
    verdict = Verdict(traceback=TRACEBACK in child.stderr)
    lines = [ln for ln in child.stderr.splitlines() if ln.strip()]
    if child.returncode == 2:
        coded = CODED_LINE.match(lines[-1]) if lines else None
        verdict.uncoded = coded is None
        verdict.notes.append(f"folder refused: {lines[-1][:160] if lines else '(no message)'}")
    elif child.returncode in (0, 3, 4):
        expected = judge_corpus(inputs, out, verdict)
        if child.returncode != expected:
            verdict.uncoded = True
            verdict.notes.append(f"exit {child.returncode}, expected {expected}")
    elif child.returncode is not None:
        verdict.uncoded = True
    outcome.verdict = judge_child(verdict, child, budget)
    outcome.net_seconds = max(0.0, child.cpu_seconds - start_up)
    return outcome


def _logged(outcome: Outcome) -> Outcome:
    flags = [label for f, label in FLAGS if getattr(outcome.verdict, f)]
    name = escape_controls(outcome.name)
    status = outcome.child.returncode
    print(
        f"{outcome.child.cpu_seconds:6.1f} s  {outcome.command:9} {name[:50]:50} exit {status} {flags or ''}",
        file=sys.stderr,
        flush=True,
    )
    return outcome


def fuzz(inputs: list[FuzzInput], work: Path, jobs: int) -> tuple[list[Outcome], dict]:
    start_up = start_up_seconds(work)
    files = work / "files"
    files.mkdir()
    tasks = []
    for i, inp in enumerate(inputs):
        path = inp.write(files)
        for command in COMMANDS:
            cwd = work / f"cwd-{command}-{i}"
            cwd.mkdir()
            tasks.append(
                (inp.size, lambda a=(inp, path, command, start_up[command], cwd): run_file(*a))
            )
    for kind in dict.fromkeys(i.kind for i in inputs):
        members = [i for i in inputs if i.kind == kind]
        folder = work / "kinds" / kind / "docs"
        folder.mkdir(parents=True)
        for inp in members:
            inp.write(folder)
        args = (kind, members, folder, start_up["analyze"])
        tasks.append((sum(i.size for i in members), lambda a=args: run_kind(*a)))
    tasks.sort(key=lambda t: -t[0])  # the largest first: two workers finish together
    with ThreadPoolExecutor(jobs) as pool:
        outcomes = list(pool.map(lambda t: _logged(t[1]()), tasks))
    return outcomes, start_up


def payload_check(work: Path) -> dict:
    """Payloads through ``analyze`` (default pipeline: every report section) and ``audit
    --format html`` (with and without a reference list full of payloads)."""
    folder = work / "payloads" / "docs"
    paths, references = write_payload_corpus(folder)
    out = work / "payloads" / "run"
    argv = [ARASECLIT, "analyze", str(folder), "--out", str(out), "--pipeline", "default"]
    child = run_child(argv, 900, MAX_MEMORY_MB, work)
    pages = {"report.html": (out / "report.html").read_text(encoding="utf-8")}
    problems = [] if child.returncode in (0, 3) else [f"analyze exit {child.returncode}"]
    for path in paths[:2]:
        for refs in ([], ["--references", str(references)]):
            audit = [ARASECLIT, "audit", str(path), "--format", "html", *refs]
            done = run_child(audit, 300, MAX_MEMORY_MB, work)
            if done.returncode != 0:
                problems.append(f"audit {path.name} {refs}: exit {done.returncode}")
            pages[f"audit {path.name}{' + list' if refs else ''}"] = done.stdout.decode()
    live, shown = [], set()
    for name, page in pages.items():
        scan = scan_html(page)
        live += [f"{name}: {what}" for what in scan.live]
        shown |= scan.shown
    return {"pages": len(pages), "live": live, "shown": shown, "problems": problems}


def _failures(outcomes: list[Outcome], flag: str) -> list[Outcome]:
    return [o for o in outcomes if getattr(o.verdict, flag)]


FLAGS = (("traceback", "traceback"), ("uncoded", "uncoded exit"), ("hang", "hang"))
FLAGS += (("memory", "memory > 2 GB"),)


def _slowest(outcomes: list[Outcome]) -> Outcome | None:
    timed = [o for o in outcomes if o.seconds_per_mb is not None and o.command != "analyze"]
    return max(timed, key=lambda o: o.seconds_per_mb or 0.0, default=None)


def summary_table(inputs, outcomes, killed, writers, payload) -> list[str]:  # type: ignore[no-untyped-def]
    slow, peak = _slowest(outcomes), max(outcomes, key=lambda o: o.child.peak_mb)
    kinds = len({i.kind for i in inputs})
    kill_text = f"{killed.survived} of {killed.tried}"
    kill_text += ", then a run succeeds" if killed.recovered else ", then a run FAILS"
    markers = len(payload["shown"])
    rows = [
        ("inputs tried", f"{len(inputs)} of {kinds} kinds, {len(outcomes)} command runs", ""),
        *[(f"failures: {label}", str(len(_failures(outcomes, f))), "0") for f, label in FLAGS],
        ("kills survived", kill_text, "all"),
        (
            "concurrent writers",
            f"{sum(w.ok for w in writers)} of {len(writers)} rounds as expected",
            "all",
        ),
        (
            "payloads executed",
            f"{len(payload['live'])} ({payload['pages']} pages; {markers} of 14 shown as text)",
            "0",
        ),
    ]
    if slow is not None:
        where = f"{slow.child.cpu_seconds:.1f} s CPU for {slow.size / 1024:.0f} KB, `{slow.command}` {escape_controls(slow.name)}"
        rows.append(
            ("slowest fuzz input per MB", f"{slow.seconds_per_mb:.1f} s/MB ({where})", "≤ 100 s/MB")
        )
    rows.append(
        (
            "peak memory",
            f"{peak.child.peak_mb:.0f} MB (`{peak.command}` {escape_controls(peak.name)})",
            "< 2048 MB",
        )
    )
    return [
        "| measure | result | target |",
        "|---|---|---|",
        *[f"| {a} | {b} | {c} |" for a, b, c in rows],
    ]


def kind_table(inputs: list[FuzzInput], outcomes: list[Outcome]) -> list[str]:
    head = "| kind | inputs | runs | traceback | uncoded | hang | memory | slowest s/MB | peak MB | codes |"
    lines = [head, "|---" * 10 + "|"]
    for kind in fuzzing.KINDS:
        mine = [o for o in outcomes if o.kind == kind]
        if not mine:
            continue
        counts = [str(len(_failures(mine, f))) for f, _ in FLAGS]
        slow = _slowest(mine)
        per_mb = f"{slow.seconds_per_mb:.1f}" if slow else "–"
        codes = sorted({o.verdict.code for o in mine if o.verdict.code})
        n = sum(i.kind == kind for i in inputs)
        peak = max(o.child.peak_mb for o in mine)
        lines.append(
            f"| {kind} | {n} | {len(mine)} | {' | '.join(counts)} | {per_mb} | {peak:.0f} | {' '.join(codes)} |"
        )
    return lines


def detail_lines(outcomes: list[Outcome]) -> list[str]:
    lines = []
    for o in outcomes:
        flags = [label for f, label in FLAGS if getattr(o.verdict, f)]
        if not flags and not o.verdict.notes:
            continue
        head = f"- `{o.command}` {o.kind} `{escape_controls(o.name)}`"
        status = "killed" if o.child.returncode is None else f"exit {o.child.returncode}"
        head += f" ({status}, {o.child.cpu_seconds:.1f} s CPU, {o.child.peak_mb:.0f} MB)"
        lines.append(head + (f": **{', '.join(flags)}**" if flags else ""))
        lines += [f"  - {note}" for note in o.verdict.notes]
        if flags:
            err = [escape_controls(ln) for ln in o.child.stderr.strip().splitlines()[-3:]]
            lines += [f"  - stderr: `{ln[:300]}`" for ln in err]
    return lines or ["none"]


def render(inputs, outcomes, start_up, killed, writers, payload, seconds, skipped) -> str:  # type: ignore[no-untyped-def]
    out = ["# Robustness under hostile use", ""]
    out += [
        f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()}, Python "
        f"{platform.python_version()}, 2 children at a time; {seconds / 60:.1f} min in all "
        f"(the fuzz commands used {sum(o.child.cpu_seconds for o in outcomes) / 60:.1f} min of CPU). "
        "Run: `.venv/bin/python benchmarks/bench_robustness.py`.",
        "",
    ]
    out += [*summary_table(inputs, outcomes, killed, writers, payload), ""]
    out += [
        "CPU time of each command on a short text (start-up; subtracted from the per-MB figures): "
        + ", ".join(f"`{c}` {s:.1f} s" for c, s in start_up.items())
        + ".",
        "",
    ]
    if skipped:
        out += [f"Kinds not made here (a library is missing): {', '.join(skipped)}.", ""]
    out += ["## Inputs by kind", "", *kind_table(inputs, outcomes), ""]
    out += ["## Failures and notes", "", *detail_lines(outcomes), ""]
    out += ["## Kills", ""]
    out += [
        f"{killed.tried} kills of a running `analyze` ({killed.finished_first} runs ended "
        f"before their kill); runs read back: {len(killed.runs_seen)} distinct."
    ]
    out += [f"- {f}" for f in killed.failures] + [""]
    out += ["## Concurrent writers", "", "| round | exit statuses | result |", "|---|---|---|"]
    out += [f"| {w.name} | {w.statuses} | {w.detail} |" for w in writers] + [""]
    out += ["## Payloads", ""]
    out += [
        f"Live payloads: {len(payload['live'])}; markers shown as text: "
        f"{', '.join(sorted(payload['shown'], key=lambda m: int(m[4:])))}."
    ]
    out += [f"- {x}" for x in payload["live"] + payload["problems"]]
    return "\n".join(out) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--quick", action="store_true", help="the CI input set, fewer kills")
    parser.add_argument("--write", action="store_true", help="write the results with --quick")
    args = parser.parse_args()
    started = time.perf_counter()
    inputs = fuzzing.generate(args.seed, fuzzing.CI if args.quick else fuzzing.BENCH)
    with tempfile.TemporaryDirectory(prefix="araseclit-robustness-") as tmp:
        work = Path(tmp)
        outcomes, start_up = fuzz(inputs, work, args.jobs)
        killed = kills(work, random.Random(args.seed), 4 if args.quick else 8)
        writers = concurrent_writers(work)
        payload = payload_check(work)
    skipped = fuzzing.skipped_kinds(inputs)
    report = render(
        inputs, outcomes, start_up, killed, writers, payload, time.perf_counter() - started, skipped
    )
    print(report)
    if args.write or not args.quick:
        RESULTS.write_text(report, encoding="utf-8")
    failed = any(_failures(outcomes, f) for f, _ in FLAGS)
    return int(failed or killed.survived < killed.tried or payload["live"] != [])


if __name__ == "__main__":
    sys.exit(main())
