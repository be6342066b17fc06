"""Long documents: books of 1, 5 and 20 MB through ``araseclit analyze``, in chunks.

Run: ``.venv/bin/python benchmarks/bench_long_docs.py`` (sizes 1 and 5 MB; ``--mb 1 5 20``
for the 20 MB book; writes ``benchmarks/results/bench_long_docs.md``). One run at a time:
each size is one child process after the other.

A book is made on the spot from the bundled sample (``corpora/sample/sources``, nothing
downloaded): chapters are the bodies of the six sample papers, in a new order (seeded) in
every round of six, each under a ``الفصل N`` heading, and one reference list at the very end
holding every paper's entries. So a citation on the first page must find its entry
megabytes later, across every chunk.

For each size, in a child process each, with wall time, CPU time and peak RSS
(``VmHWM`` of the process tree, sampled every 50 ms):

* ``araseclit analyze BOOK --out OUT --fresh``, the default pipeline, as a user runs it;
  rows per table from the stored run, and the share of citations matched to an entry;
* ``spacy.blank("ar")`` with a sentencizer over the same text in one pass (``max_length``
  raised), what a user would otherwise run: the time ratio, and its memory beside ours;
* the per-document pipeline on its own (no topics, no store), in chunks (the default) up to
  5 MB, and for the smallest book also as one pass (``max_chars`` raised past the text): what
  building one giant ``Doc`` costs, and how memory follows the document's length.

Two rows of issue 12's table have their own mode (``--issue12``, written to
``benchmarks/results/bench_long_docs_issue12.md``):

* ``--joined MB``: three books of ``MB / 3`` each (other chapter orders), ``analyze``d as three
  files and as one file holding all three (the issue: 704 s of ``analyze`` for three books
  joined into one 1.23 MB file, 361 s for the same text as three files);
* ``--line MB``: the sample papers' bodies run together into one line of ``MB`` (no line
  break at all) through the record commands (``citations``, ``tag``, ``claims``, ``audit``)
  and ``analyze`` (the issue: spaCy's E088 after 60-120 s on a 2 MB single line).

Memory against length (``--stages --mb 1 2``, written to
``benchmarks/results/bench_long_docs_stages.md``): ``araseclit.analyze`` over each book in a
child process (one document, so no pool: everything in that process) that logs the start of
each stage (documents, topics, report, store); its ``VmRSS`` is sampled every 200 ms, and the
peak within each stage is reported, with the slope of each stage's peak in MB of RSS per MB
of text between consecutive sizes (issue 12: "memory stays flat in document length").
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from robustness_runs import run_child  # noqa: E402

SOURCES = ROOT / "corpora" / "sample" / "sources"
RESULTS = ROOT / "benchmarks" / "results" / "bench_long_docs.md"
# the reference-list heading of a sample paper, alone on its line: "المصادر", "المراجع"
_REFERENCES_HEADING = re.compile(r"^(?:المصادر|المراجع)\s*$", re.MULTILINE)
TIMEOUT = 3 * 3600
MEMORY_MB = 6000


def _split_paper(text: str) -> tuple[str, list[str]]:
    """Body (title line dropped) and reference entries of a sample paper."""
    m = _REFERENCES_HEADING.search(text)
    body, refs = (text[: m.start()], text[m.end() :]) if m else (text, "")
    body = body.split("\n\n", 1)[1] if "\n\n" in body else body
    return body.strip(), [e.strip() for e in refs.splitlines() if e.strip()]


def make_book(path: Path, megabytes: float, seed: int = 7) -> int:
    """A book of about ``megabytes`` MB of UTF-8 (module docstring); the number of chapters."""
    rng = random.Random(seed)
    papers = [_split_paper(p.read_text(encoding="utf-8")) for p in sorted(SOURCES.glob("*.txt"))]
    entries = list(dict.fromkeys(e for _, refs in papers for e in refs))
    tail = "المصادر\n\n" + "\n".join(entries) + "\n"  # one entry a line, as in the papers
    parts = ["المجتمع المدني والأمن في العراق: دراسات مجمعة"]
    size = len(parts[0].encode()) + len(tail.encode())
    chapter = 0
    while size < megabytes * 1_000_000:
        order = list(range(len(papers)))
        rng.shuffle(order)
        for i in order:
            chapter += 1
            part = f"الفصل {chapter}\n\n{papers[i][0]}"
            parts.append(part)
            size += len(part.encode()) + 2
    path.write_text("\n\n".join([*parts, tail]), encoding="utf-8")
    return chapter


def _child(argv: list[str], work: Path) -> dict[str, object]:
    child = run_child(argv, TIMEOUT, MEMORY_MB, work)
    return {
        "code": child.returncode,
        "wall": child.seconds,
        "cpu": child.cpu_seconds,
        "peak_mb": child.peak_mb,
        "stdout": child.stdout.decode("utf-8", "replace"),
        "stderr": child.stderr[-2000:],
    }


def run_analyze(book: Path, out: Path, work: Path) -> dict[str, object]:
    """``araseclit analyze`` over ``book`` as a user runs it, and what the stored run holds."""
    argv = [sys.executable, "-m", "araseclit.cli", "analyze", str(book), "--out", str(out)]
    result = _child([*argv, "--fresh"], work)
    if result["code"] == 0:
        from araseclit.run import open_run

        run = open_run(out)
        cits = run.citations
        result["rows"] = {k: v for k, v in run.counts().items() if v}
        result["matched"] = float(cits["ref_id"].notna().mean()) if len(cits) else 0.0
        errors = run.errors
        result["errors"] = sorted(set(errors["code"])) if len(errors) else []
    return result


_BLANK = """
import sys, spacy
text = open(sys.argv[1], encoding="utf-8").read()
nlp = spacy.blank("ar")
nlp.add_pipe("sentencizer")
nlp.max_length = len(text) + 1
doc = nlp(text)
print(len(doc), sum(1 for _ in doc.sents))
"""

_PIPELINE = """
import json, sys
from pathlib import Path
from araseclit.pipeline.loader import load_pipeline
from araseclit.run import process_file
from araseclit.store.frames import to_frame
from araseclit.store.schema import PER_DOCUMENT
nlp = load_pipeline("default")
one_pass = sys.argv[2] == "one-pass"
if one_pass:  # one giant Doc: a text of up to 20 million characters in one pass
    nlp.max_length = 20_000_000
    import araseclit.pipeline.annotate as annotate
    annotate.MAX_CHUNK_CHARS = 20_000_000
# as a corpus run processes a file: a text over one pass goes in chunks, its records written
# to a spill folder chunk by chunk (araseclit.store.spill), one that fits is held as records
records, error = process_file(nlp, Path(sys.argv[1]))
assert error is None, error
spilled = not isinstance(records, dict)
frames = {t: records.frame(t) if spilled else to_frame(t, records[t]) for t in PER_DOCUMENT}
if sys.argv[3] != "-":  # the tables, to compare one pass with chunks
    out = Path(sys.argv[3])
    out.mkdir()
    for table, frame in frames.items():
        frame.to_parquet(out / f"{table}.parquet")
chunks = 1
if spilled:  # a row group of sentences per chunk (araseclit.store.spill.Spill.write)
    import pyarrow.parquet as pq
    chunks = pq.ParquetFile(records.folder / "sentences.parquet").num_row_groups
    records.discard()
print(json.dumps({"chunks": chunks, "spilled": spilled,
                  "sentences": len(frames["sentences"]), "citations": len(frames["citations"]),
                  "mentions": len(frames["mentions"])}))
"""


def run_blank(book: Path, work: Path) -> dict[str, object]:
    """``spacy.blank("ar")`` with a sentencizer over ``book`` in one pass."""
    return _child([sys.executable, "-c", _BLANK, str(book)], work)


def run_pipeline(book: Path, mode: str, work: Path, keep: bool = False) -> dict[str, object]:
    """The per-document pipeline over ``book`` as a corpus run processes a file
    (:func:`araseclit.run.process_file`): ``chunks`` (default: over one pass, the records
    written chunk by chunk to a spill folder) or ``one-pass``. With ``keep``, its tables go
    to ``work/<book>.<mode>/`` (``records`` in the result)."""
    records = work / f"{book.stem}.{mode}"
    argv = [sys.executable, "-c", _PIPELINE, str(book), mode, str(records) if keep else "-"]
    result = _child(argv, work)
    if result["code"] == 0:
        result.update(json.loads(str(result["stdout"]).strip().splitlines()[-1]))
        if keep:
            result["records"] = records
    return result


def differing_tables(a: Path, b: Path) -> dict[str, int]:
    """Tables whose rows differ between two folders of tables (``run_pipeline(keep=True)``),
    with the number of rows that do."""
    import pandas as pd

    out = {}
    for table in sorted(
        {p.name for p in a.glob("*.parquet")} | {p.name for p in b.glob("*.parquet")}
    ):
        rows = [
            pd.read_parquet(folder / table).to_csv(index=False).splitlines()
            if (folder / table).exists()
            else []
            for folder in (a, b)
        ]
        n = sum(x != y for x, y in zip(*rows, strict=False)) + abs(len(rows[0]) - len(rows[1]))
        if n:
            out[table.removesuffix(".parquet")] = n
    return out


def _fmt(result: dict[str, object]) -> str:
    if result["code"] != 0:
        return f"failed (exit {result['code']})"
    return f"{result['wall']:.0f} s wall, {result['cpu']:.0f} s CPU, {result['peak_mb']:.0f} MB"


def report(
    rows: list[dict[str, object]], pipeline: list[dict[str, object]], same: dict[str, int] | None
) -> str:
    lines = [
        "# Long documents (bench_long_docs)",
        "",
        "Command: `.venv/bin/python benchmarks/bench_long_docs.py --mb "
        + " ".join(f"{mb:g}" for mb in sorted({r["mb"] for r in [*rows, *pipeline]}))
        + "`. Books made from the six sample papers (chapters in new orders, one reference "
        "list at the end); each run a child process, one at a time, on a shared 2-core "
        "machine (wall time is noisy: CPU time is the steadier figure). Peak RSS is the "
        "process tree's `VmHWM`.",
        "",
        "Before chunked processing a text over 1,000,000 characters (spaCy's `max_length`) was "
        "refused with `E015` by `analyze`, `tag`, `citations`, `audit` and `claims`: here the "
        "5 and 20 MB books. The 1 MB book (596,449 characters) went through as one pass; now "
        "it goes in 4 chunks of at most 200,000 characters, with the same tables "
        "(`tests/test_chunking.py`, and row for row on this book).",
        "",
        "## `araseclit analyze BOOK` (default pipeline: topics, store and report included)",
        "",
        "| book | characters | chapters | analyze | spaCy blank + sentencizer | CPU ratio "
        "| citations matched to the final list |",
        "|---|---:|---:|---|---|---:|---:|",
    ]
    for r in rows:
        a, b = r["analyze"], r["blank"]
        ratio = f"{a['cpu'] / b['cpu']:.1f}×" if a["code"] == 0 and b["code"] == 0 else "–"
        matched = f"{a['matched']:.1%}" if a["code"] == 0 else "–"
        lines.append(
            f"| {r['mb']:g} MB | {r['chars']:,} | {r['chapters']} | {_fmt(a)} | {_fmt(b)} "
            f"| {ratio} | {matched} |"
        )
    lines += ["", "Rows stored per run:", ""]
    for r in rows:
        a = r["analyze"]
        if a["code"] == 0:
            rows_text = ", ".join(f"{k} {v:,}" for k, v in a["rows"].items())
            lines.append(f"- {r['mb']:g} MB: {rows_text}; error codes: {a['errors'] or 'none'}")
        else:
            lines.append(f"- {r['mb']:g} MB: exit {a['code']}: `{str(a['stderr'])[-300:]}`")
    if pipeline:
        lines += [
            "",
            "## Per-document pipeline only, chunks against one giant `Doc`",
            "",
            "| book | mode | chunks | time and peak RSS | sentences | citations | mentions |",
            "|---|---|---:|---|---:|---:|---:|",
        ]
        for p in pipeline:
            lines.append(
                f"| {p['mb']:g} MB | {p['mode']} | {p.get('chunks', '–')} | {_fmt(p)} "
                f"| {p.get('sentences', '–')} | {p.get('citations', '–')} "
                f"| {p.get('mentions', '–')} |"
            )
    if same is not None:
        verdict = (
            "every per-document table (documents, sections, sentences, citations, references, "
            "mentions, claims) is identical row for row, offsets and ids included"
            if not same
            else f"tables differ (rows): {same}"
        )
        lines += ["", f"Chunks against one pass on the {pipeline[0]['mb']:g} MB book: {verdict}."]
    return "\n".join(lines) + "\n"


_PAIR = """
import json, resource, sys, time
from araseclit.ingest import read
from araseclit.pipeline.annotate import annotate
from araseclit.pipeline.loader import load_pipeline, repair_config
from araseclit.pipeline.records import doc_records

def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024

def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime

nlp = load_pipeline("default")
document = read(sys.argv[1], repair_config(nlp))
out = {"chars": len(document.text)}
for mode, limit in (("chunks", None), ("one_pass", len(document.text) + 1)):
    nlp.max_length = max(nlp.max_length, len(document.text) + 1) if limit else 1_000_000
    start = cpu()
    found = annotate(nlp, document, max_chars=limit)
    out[mode] = {"cpu": cpu() - start, "peak_mb": hwm(), "chunks": found.n_chunks}
    out[mode]["records"] = doc_records(document, found)
ids = {"cit_id", "mention_id", "claim_id", "sent_id", "cit_ids", "section_id", "para_id"}
differ = {}
for table, rows in out["one_pass"]["records"].items():
    other = out["chunks"]["records"][table]
    if rows != other:
        key = lambda r: json.dumps({k: v for k, v in r.items() if k not in ids}, sort_keys=True,
                                   ensure_ascii=False, default=str)
        a, b = sorted(map(key, rows)), sorted(map(key, other))
        differ[table] = {"one_pass": len(rows), "chunks": len(other),
                         "content": len(set(a) ^ set(b))}
counts = {t: len(out["chunks"]["records"][t]) for t in ("sentences", "citations", "mentions")}
for mode in ("chunks", "one_pass"):
    del out[mode]["records"]
print(json.dumps({**out, "differ": differ, "counts": counts}))
"""


def compare_report(paths: list[Path], work: Path) -> str:
    """Chunks against one pass on each text of ``paths``, read once (a Markdown section)."""
    lines = [
        "## Out of domain: chunks against one pass on third-party books",
        "",
        "Command: `.venv/bin/python benchmarks/bench_long_docs.py --compare "
        + " ".join(p.name for p in paths)
        + "`. Each text is read once and annotated both ways in one child process; CPU "
        "seconds of each annotation, peak RSS after each (the one-pass figure is the peak of "
        "both). A table that differs gives its rows each way and the rows whose content, "
        "ids aside, is in one run only.",
        "",
        "| text | characters | chunks | chunks: CPU, peak | one pass: CPU, peak "
        "| sentences | citations | mentions | tables that differ |",
        "|---|---:|---:|---|---|---:|---:|---:|---|",
    ]
    for path in paths:
        result = _child([sys.executable, "-c", _PAIR, str(path)], work)
        if result["code"] != 0:
            lines.append(f"| {path.name} | failed: `{str(result['stderr'])[-200:]}` |")
            continue
        r = json.loads(str(result["stdout"]).strip().splitlines()[-1])
        c, o, n = r["chunks"], r["one_pass"], r["counts"]
        differ = "; ".join(
            f"{t}: {d['one_pass']} / {d['chunks']} rows, {d['content']} in one only"
            for t, d in r["differ"].items()
        )
        lines.append(
            f"| {path.name} | {r['chars']:,} | {c['chunks']} | {c['cpu']:.0f} s, "
            f"{c['peak_mb']:.0f} MB | {o['cpu']:.0f} s, {o['peak_mb']:.0f} MB "
            f"| {n['sentences']} | {n['citations']} | {n['mentions']} | {differ or 'none'} |"
        )
        print(lines[-1], flush=True)
    return "\n".join(lines) + "\n"


def make_line(path: Path, megabytes: float) -> int:
    """The bodies of the sample papers, in the seeded orders of :func:`make_book`, as one
    line of about ``megabytes`` MB of UTF-8 (no line break); its number of characters."""
    book = path.with_suffix(".book.txt")
    make_book(book, megabytes)
    words = book.read_text(encoding="utf-8").split()
    book.unlink()
    line, size = [], 0
    for word in words:  # the book's text, its reference list included, cut at the size
        if size >= megabytes * 1_000_000:
            break
        line.append(word)
        size += len(word.encode()) + 1
    path.write_text(" ".join(line), encoding="utf-8")
    return len(" ".join(line))


def _command(argv: list[str], work: Path) -> dict[str, object]:
    """A record command as a user runs it: exit status, time, peak and how much it wrote."""
    result = _child([sys.executable, "-m", "araseclit.cli", *argv], work)
    text = str(result["stdout"])
    result["lines"] = len(text.splitlines())
    result["last"] = text.splitlines()[-1] if text.strip() else ""
    return result


LINE_COMMANDS = ("citations", "tag", "claims", "audit", "analyze")


def issue12_report(
    joined_mb: float | None,
    line_mb: float | None,
    work: Path,
    line_commands: tuple[str, ...] = LINE_COMMANDS,
) -> str:
    """Issue 12's rows for a joined file and a single line (module docstring)."""
    lines = [
        "# Long documents: issue 12's joined books and single line (bench_long_docs)",
        "",
        "Command: `.venv/bin/python benchmarks/bench_long_docs.py --issue12"
        + (f" --joined {joined_mb:g}" if joined_mb else "")
        + (f" --line {line_mb:g}" if line_mb else "")
        + (
            f" --line-commands {' '.join(line_commands)}"
            if line_mb and tuple(line_commands) != LINE_COMMANDS
            else ""
        )
        + "`. Each command a child process, one at a time, as a user runs it (default "
        "`--jobs`); CPU seconds are the child's and its workers'; peak is the largest "
        "process's `VmHWM` (a pool worker's or the parent's, not their sum).",
        "",
    ]
    if joined_mb:
        books = [work / f"book_{i}.txt" for i in (1, 2, 3)]
        folder = work / "three"
        folder.mkdir()
        for i, book in enumerate(books, 1):
            make_book(folder / book.name, joined_mb / 3, seed=i)
        joined = work / "joined.txt"
        texts = [(folder / b.name).read_text(encoding="utf-8") for b in books]
        joined.write_text("\n\n".join(texts), encoding="utf-8")
        runs = {
            "three files": run_analyze(folder, work / "run_three", work),
            "one joined file": run_analyze(joined, work / "run_joined", work),
        }
        lines += [
            f"## Three books as three files and as one file ({sum(map(len, texts)):,} characters)",
            "",
            "| input | analyze | exit | sentences | citations | mentions | claims "
            "| matched to an entry |",
            "|---|---|---:|---:|---:|---:|---:|---:|",
        ]
        for name, r in runs.items():
            rows = r.get("rows", {})
            lines.append(
                f"| {name} | {_fmt(r)} | {r['code']} | {rows.get('sentences', '–')} "
                f"| {rows.get('citations', '–')} | {rows.get('mentions', '–')} "
                f"| {rows.get('claims', '–')} | {r.get('matched', 0):.1%} |"
            )
            print(lines[-1], flush=True)
        three, one = runs["three files"], runs["one joined file"]
        if three["code"] == 0 and one["code"] == 0:
            lines += [
                "",
                f"One joined file takes **{one['cpu'] / three['cpu']:.2f}x** the CPU of the "
                f"three files ({one['cpu']:.0f} s against {three['cpu']:.0f} s; "
                f"{one['wall'] / three['wall']:.2f}x the wall time, which the pool shortens for "
                "three files and not for one). At the issue's filing: 704 s against 361 s "
                "(1.95x).",
            ]
        lines.append("")
    if line_mb:
        line = work / "line.txt"
        chars = make_line(line, line_mb)
        lines += [
            f"## One line of {line_mb:g} MB ({chars:,} characters, no line break)",
            "",
            "| command | exit | time and peak | output lines | last record's `start` |",
            "|---|---:|---|---:|---:|",
        ]
        for command in line_commands:
            if command == "analyze":
                r = run_analyze(line, work / "run_line", work)
                r["lines"], r["last"] = sum(r.get("rows", {}).values()), ""
            else:
                form = "json" if command == "audit" else "jsonl"
                r = _command([command, str(line), "--format", form], work)
            try:
                start = json.loads(str(r["last"])).get("start", "–") if r["last"] else "–"
            except (json.JSONDecodeError, AttributeError):
                start = "–"
            failed = "" if r["code"] == 0 else f" `{str(r['stderr']).strip()[-160:]}`"
            lines.append(
                f"| `{command}` | {r['code']}{failed} | {_fmt(r)} | {r['lines']:,} | {start} |"
            )
            print(lines[-1], flush=True)
        lines += [
            "",
            "`analyze`'s output lines are the rows it stored, every table. At the issue's "
            "filing every command stopped with spaCy's E088 after 60-120 s.",
            "",
        ]
    return "\n".join(lines)


_STAGES = """
import sys, time
import araseclit
log = open(sys.argv[3], "a", buffering=1)
def stage(name):
    log.write(f"{time.time()} {name}\\n")
stage("documents")
araseclit.analyze([sys.argv[1]], out=sys.argv[2], fresh=True, stage=stage)
stage("end")
"""
STAGE_NAMES = ("documents", "topics", "report", "store")


def _rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def run_stages(book: Path, work: Path) -> dict[str, object]:
    """``analyze`` over ``book`` in a child process: exit status, wall time and the peak RSS
    (MB) of the process within each stage (module docstring)."""
    import os
    import subprocess
    import time

    log = work / f"{book.stem}.stages.log"
    log.write_text("", encoding="utf-8")
    argv = [sys.executable, "-c", _STAGES, str(book), str(work / f"run_{book.stem}"), str(log)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    start = time.time()
    child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    samples: list[tuple[float, float]] = []
    while child.poll() is None:
        rss = _rss_mb(child.pid)
        if rss is not None:
            samples.append((time.time(), rss))
        time.sleep(0.2)
    stderr = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
    marks = [line.split() for line in log.read_text(encoding="utf-8").splitlines()]
    times = [(float(t), name) for t, name in marks]
    result: dict[str, object] = {"code": child.returncode, "wall": time.time() - start}
    for i, (t, name) in enumerate(times):
        end = times[i + 1][0] if i + 1 < len(times) else float("inf")
        inside = [mb for at, mb in samples if t <= at < end]
        if name in STAGE_NAMES and inside:
            result[name] = max(inside)
    result["peak"] = max((mb for _, mb in samples), default=0.0)
    if child.returncode:
        result["stderr"] = stderr[-300:]
    return result


def stages_report(rows: list[dict[str, object]]) -> str:
    """Peak RSS per stage and size, and the slope between consecutive sizes."""
    names = [*STAGE_NAMES, "peak"]
    lines = [
        "# Long documents: peak memory per stage against length (bench_long_docs --stages)",
        "",
        "Command: `.venv/bin/python benchmarks/bench_long_docs.py --stages --mb "
        + " ".join(f"{r['mb']:g}" for r in rows)
        + "`. One book per size, `araseclit.analyze` (default pipeline) in a child process; "
        "peak `VmRSS` (MB) sampled every 200 ms within each stage. Slope: MB of RSS per MB "
        "of text (UTF-8) from the size above.",
        "",
        "| book | characters | exit | " + " | ".join(names) + " |",
        "|---|---:|---:|" + "---:|" * len(names),
    ]
    for i, r in enumerate(rows):
        cells = [f"{r[n]:.0f}" if isinstance(r.get(n), float) else "–" for n in names]
        lines.append(
            f"| {r['mb']:g} MB | {r['chars']:,} | {r['code']} | " + " | ".join(cells) + " |"
        )
        if i:
            prev = rows[i - 1]
            dmb = float(r["mb"]) - float(prev["mb"])
            slopes = [
                f"{(r[n] - prev[n]) / dmb:+.0f}"  # type: ignore[operator]
                if isinstance(r.get(n), float) and isinstance(prev.get(n), float)
                else "–"
                for n in names
            ]
            lines.append(
                f"| slope {prev['mb']:g} → {r['mb']:g} MB | | | " + " | ".join(slopes) + " |"
            )
    for r in rows:
        if r["code"]:
            lines.append(f"\n{r['mb']:g} MB failed: `{r.get('stderr', '')}`")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[1.0, 5.0])
    parser.add_argument("--no-pipeline", action="store_true", help="skip the chunks/one-pass pair")
    parser.add_argument(
        "--pipeline-only", action="store_true", help="only the per-document pipeline, in chunks"
    )
    parser.add_argument(
        "--compare",
        type=Path,
        nargs="*",
        default=[],
        help="third-party texts: chunks against one pass only (section 'Out of domain')",
    )
    parser.add_argument("--issue12", action="store_true", help="issue 12's rows (--joined, --line)")
    parser.add_argument("--joined", type=float, help="MB of three books, joined and apart")
    parser.add_argument("--line", type=float, help="MB of one single line")
    parser.add_argument(
        "--line-commands", nargs="+", choices=LINE_COMMANDS, default=list(LINE_COMMANDS)
    )
    parser.add_argument(
        "--stages", action="store_true", help="peak RSS per stage of analyze against length"
    )
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    if args.stages:
        out = args.out or RESULTS.with_name("bench_long_docs_stages.md")
        rows_s: list[dict[str, object]] = []
        with tempfile.TemporaryDirectory(prefix="bench_long_docs_") as tmp:
            for mb in sorted(args.mb):
                book = Path(tmp) / f"book_{mb:g}mb.txt"
                make_book(book, mb)
                row = {"mb": mb, "chars": len(book.read_text(encoding="utf-8"))}
                row.update(run_stages(book, Path(tmp)))
                rows_s.append(row)
                print(row, flush=True)
        out.write_text(stages_report(rows_s), encoding="utf-8")
        print(f"wrote {out}")
        return
    if args.issue12:
        out = args.out or RESULTS.with_name("bench_long_docs_issue12.md")
        with tempfile.TemporaryDirectory(prefix="bench_long_docs_") as tmp:
            text = issue12_report(args.joined, args.line, Path(tmp), tuple(args.line_commands))
            out.write_text(text, encoding="utf-8")
        print(f"wrote {out}")
        return
    args.out = args.out or RESULTS
    rows: list[dict[str, object]] = []
    pipeline: list[dict[str, object]] = []
    same: dict[str, int] | None = None
    with tempfile.TemporaryDirectory(prefix="bench_long_docs_") as tmp:
        work = Path(tmp)
        if args.compare:
            args.out.write_text(compare_report(args.compare, work), encoding="utf-8")
            print(f"wrote {args.out}")
            return
        for mb in args.mb:
            book = work / f"book_{mb:g}mb.txt"
            chapters = make_book(book, mb)
            chars = len(book.read_text(encoding="utf-8"))
            print(f"{mb:g} MB: {chars:,} characters, {chapters} chapters", flush=True)
            row = {"mb": mb, "chars": chars, "chapters": chapters}
            if not args.pipeline_only:
                row["analyze"] = run_analyze(book, work / f"run_{mb:g}", work)
                print("  analyze:", _fmt(row["analyze"]), flush=True)
                row["blank"] = run_blank(book, work)
                print("  spaCy blank:", _fmt(row["blank"]), flush=True)
                rows.append(row)
            if args.pipeline_only or (not args.no_pipeline and mb <= 5):
                # one giant Doc only for the smallest book
                both = mb == min(args.mb) and not args.pipeline_only
                for mode in ("chunks", "one-pass")[: 2 if both else 1]:
                    result = {"mb": mb, "mode": mode, **run_pipeline(book, mode, work, both)}
                    print(f"  pipeline {mode}:", _fmt(result), flush=True)
                    pipeline.append(result)
                pair = [p.get("records") for p in pipeline if p["mb"] == mb]
                if len(pair) == 2 and all(pair):
                    same = differing_tables(*pair)  # type: ignore[arg-type]
                    print("  chunks vs one pass, differing tables:", same, flush=True)
            args.out.write_text(report(rows, pipeline, same), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
