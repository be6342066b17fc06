"""Scale: how time and memory grow with the number of documents and with one document's size.

Run: ``.venv/bin/python benchmarks/bench_scale.py`` (sizes 10 and 100 documents, single
documents of 0.1 and 1 MB; ``--sizes 10 100 1000`` and ``--mb 0.1 1 5`` for more; writes
``benchmarks/results/bench_scale.md``).

Corpora are made on the spot from the bundled sample (``corpora/sample``), nothing
downloaded: each document mixes paragraphs of the six sample sources, shuffled by a seed,
5 to 60 paragraphs long, so every document is distinct (duplicates are refused); a third
are scrambled the way an extractor scrambles (:mod:`araseclit.scramble`, a random recipe),
a tenth are DOCX files, and the sample's six PDFs are included once each from 10 documents
up. A single document of a given size is the sample sources repeated in new orders.

For each corpus:

* ``analyze`` as a user runs it (``araseclit analyze DIR --out OUT``, default pipeline and
  jobs) in a child process: wall time, CPU seconds (its own and its pool workers', from
  :func:`os.wait4`) and peak memory;
* the per-document stages in this process, one after the other: ``read`` (decode or PDF
  layout, repair), then araseclit's tokenizer and each spaCy component of the default
  pipeline, in characters of repaired text per CPU second of this process (on a busy
  machine wall time says little); and ``spacy.blank("ar")`` with a sentencizer on the same
  text, what a user would otherwise run, as a ratio: the per-document pipeline is the
  tokenizer and every component (spaCy blank's time includes its tokenizer too), and both
  pipelines are warm, having run once over the sample sources every corpus is made of;
* the same ratio on text neither pipeline has seen (``corpora/clean``, then the sources of
  ``corpora/heldout2`` to ``heldout5``, nearly three times as much text, for a steadier
  figure): the corpora repeat the sample's vocabulary, which spaCy's tokenizer cache favours;
* each stage's growth exponent between the smallest and the largest corpus:
  log(time ratio) / log(characters ratio) (1.0 = linear);
* for a single document of at most ``--commands-mb`` MB (default 1): ``analyze`` against
  ``citations``, ``tag`` and ``claims`` run on the same file one after the other, in CPU
  seconds, as the ratio of analyze to their sum (issue 18: at most 1.5).

``--sizes`` with no number measures no corpus (single documents only). ``--new-text-only``
measures the ratio on new text alone and rewrites only that section of ``--out``: both
pipelines first go, untimed, over a corpus of 10 documents as the full run's do before it
(which loads what a first odd word loads, such as wordfreq's number rules; before 2026-12-07
a year in Arabic-Indic digits imported wordfreq's tokenizer, 0.3-0.5 s of CPU that would
otherwise fall on the first new text).
"""

from __future__ import annotations

import argparse
import gc
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from robustness_runs import descendants  # noqa: E402

SAMPLE = ROOT / "corpora" / "sample"
RESULTS = ROOT / "benchmarks" / "results" / "bench_scale.md"
RECIPES = ("pdftotext", "pdftotext-stripped", "pdfplumber", "pypdfium2")


def _paragraphs() -> list[str]:
    out = []
    for path in sorted((SAMPLE / "sources").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out += [p.strip() for p in text.split("\n\n") if p.strip()]
    return out


def make_corpus(folder: Path, n: int, seed: int = 7) -> None:
    """``n`` distinct documents in ``folder`` (see the module docstring)."""
    from araseclit.scramble import scramble

    folder.mkdir(parents=True)
    rng = random.Random(seed)
    paragraphs = _paragraphs()
    pdfs = sorted((SAMPLE / "docs").glob("*.pdf")) if n >= 10 else []
    for path in pdfs:
        shutil.copy(path, folder / path.name)
    for i in range(n - len(pdfs)):
        body = "\n\n".join(rng.sample(paragraphs, min(len(paragraphs), rng.randint(5, 60))))
        text = f"الوثيقة رقم {i + 1}\n\n{body}\n"
        if i % 10 == 9:
            _docx(folder / f"doc_{i:04d}.docx", text)
        elif i % 3 == 2:
            recipe = rng.choice(RECIPES)
            scrambled = scramble(text, recipe, seed=rng.randrange(1 << 16)).text
            (folder / f"doc_{i:04d}.{recipe}.txt").write_text(scrambled, encoding="utf-8")
        else:
            (folder / f"doc_{i:04d}.txt").write_text(text, encoding="utf-8")


def _docx(path: Path, text: str) -> None:
    import docx

    document = docx.Document()
    for para in text.split("\n\n"):
        document.add_paragraph(para)
    document.save(str(path))


def make_long(path: Path, megabytes: float, seed: int = 7) -> None:
    """One text of about ``megabytes`` MB of UTF-8: the sample's paragraphs, reshuffled."""
    rng = random.Random(seed)
    paragraphs = _paragraphs()
    parts: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        p = rng.choice(paragraphs)
        parts.append(p)
        size += len(p.encode()) + 2
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")


def run_analyze(inputs: Path, out: Path) -> tuple[float, float, int, float]:
    """(wall seconds, peak memory in MB, exit status, CPU seconds) of ``araseclit analyze``;
    memory is the proportional set size (PSS: shared pages split between the processes
    sharing them) of the command and its pool workers together, sampled every 100 ms."""
    return run_command(["analyze", str(inputs), "--out", str(out)])


def run_command(args: list[str]) -> tuple[float, float, int, float]:
    """(wall seconds, peak PSS in MB, exit status, CPU seconds) of ``araseclit ARGS`` in a
    child process; CPU is its own and its waited-for children's (pool workers), from
    :func:`os.wait4`, user + system."""
    cmd = [sys.executable, "-m", "araseclit.cli", *args]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0.0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        peak = max(peak, sum(_pss_mb(p) for p in descendants(proc.pid)))
        time.sleep(0.1)
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    cpu = usage.ru_utime + usage.ru_stime
    return time.perf_counter() - start, peak, proc.returncode, cpu


def _pss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _pipelines():  # type: ignore[no-untyped-def]
    """araseclit's default pipeline and ``spacy.blank("ar")`` with a sentencizer, both warm:
    each has run once over every sample source, the text every corpus here is made of
    (spaCy's tokenizer caches each distinct string it meets, and both pipelines load some
    tables on their first document), so that neither pays a first pass the other does not;
    then over :data:`WARM_UP`, whose years in Arabic-Indic digits load what no sample source
    does (wordfreq's number rules; until textmodel.frequency read such a word from its table,
    wordfreq's tokenizer, 0.15-0.5 s of CPU once per process, which fell on the first new
    text, a third of the pipeline's time on corpora/clean before this warm-up). Last, what
    both have loaded is frozen out of the garbage collector's reach (:func:`gc.freeze`): a
    full collection scans every object of the heap (0.3 s of CPU here), and in a timed pass of
    about a second it fell on whichever stage allocated at the time (tag's time on the
    heldout sources doubled in one run of two commits and not the other); a long run's
    tables are scanned once and stay, so its per-document cost is that of the frozen heap."""
    import spacy

    import araseclit
    from araseclit.pipeline.annotate import annotate

    nlp = araseclit.load_pipeline("default")
    plain = spacy.blank("ar")
    plain.add_pipe("sentencizer")
    plain.max_length = 10**8
    for path in sorted((SAMPLE / "sources").glob("*.txt")):
        document = araseclit.read(path)
        annotate(nlp, document)
        plain(document.text)
    warm = nlp.make_doc(WARM_UP)
    for _name, component in nlp.pipeline:
        warm = component(warm)
    plain(WARM_UP)
    gc.collect()
    gc.freeze()
    return nlp, plain


#: a sentence of kinds of words the sample's sources lack, that load something on first use
WARM_UP = "وفي سنة ١٤٤٤هـ (٢٠٢٣م) صدرت طبعة ثانية من الكتاب."


def stage_times(files: list[Path], pipelines=None) -> tuple[dict[str, float], int, int]:  # type: ignore[no-untyped-def]
    """CPU seconds per stage over ``files`` in this process, characters read, documents read.

    The two pipelines run document by document, one after the other, on the same repaired
    text; ``tokenizer`` is araseclit's (``nlp.make_doc``): spaCy blank's tokenizer is part
    of its time, so ours is part of the per-document pipeline's."""
    import araseclit
    from araseclit.errors import AraseclitError
    from araseclit.pipeline.annotate import annotate, chunk_limit

    nlp, plain = pipelines or _pipelines()
    seconds: dict[str, float] = defaultdict(float)
    chars = docs = 0
    for path in files:
        start = time.process_time()
        try:
            document = araseclit.read(path)
        except AraseclitError:
            continue
        seconds["read"] += time.process_time() - start
        chars += len(document.text)
        docs += 1
        if len(document.text) > chunk_limit(nlp):
            # a book goes through in chunks (araseclit.pipeline.annotate): timed as a whole
            start = time.process_time()
            annotate(nlp, document)
            seconds["pipeline, chunked (all components)"] += time.process_time() - start
            start = time.process_time()
            plain(document.text)
            seconds[BLANK] += time.process_time() - start
            continue
        start = time.process_time()
        doc = nlp.make_doc(document.text)
        seconds["tokenizer"] += time.process_time() - start
        doc._.doc_id = document.doc_id
        for name, component in nlp.pipeline:
            start = time.process_time()
            doc = component(doc)
            seconds[name] += time.process_time() - start
        start = time.process_time()
        plain(document.text)
        seconds[BLANK] += time.process_time() - start
    return seconds, chars, docs


#: the stage name of spaCy blank + sentencizer in the tables
BLANK = "spacy.blank + sentencizer"
#: text neither pipeline has seen (not made of the sample's paragraphs), for the ratio on
#: new vocabulary: the corpora repeat the sample's few thousand distinct words, and spaCy's
#: tokenizer, which caches every string it meets, gains far more from that than we do
UNSEEN = ROOT / "corpora" / "clean"
#: more new text, measured after :data:`UNSEEN`: the sources of the repair held-out sets that
#: are development data now (none of the sample's paragraphs, none of corpora/clean's)
UNSEEN_MORE = tuple(ROOT / "corpora" / f"heldout{n}" / "sources" for n in (2, 3, 4, 5))


def unseen_ratio(pipelines, folders: tuple[Path, ...] = (UNSEEN,)) -> str:  # type: ignore[no-untyped-def]
    """A Markdown line: the per-document pipeline against spaCy blank on the texts of
    ``folders``, each read once, after the corpora (so on new words only)."""
    files = [path for folder in folders for path in sorted(folder.glob("*.txt"))]
    seconds, chars, _docs = stage_times(files, pipelines)
    ours = sum(v for k, v in seconds.items() if k not in ("read", BLANK))
    where = ", ".join(f"{f.relative_to(ROOT)}/*.txt" for f in folders)
    return (f"On text neither pipeline had seen ({where}, {len(files)} "
            f"documents, {chars:,} characters, read once after the corpora): the per-document "
            f"pipeline {chars / ours:,.0f} chars/CPU s, spacy.blank + sentencizer "
            f"{chars / seconds[BLANK]:,.0f}: **1/{ours / seconds[BLANK]:.1f}**.")  # fmt: skip


def new_text_section(pipelines) -> list[str]:  # type: ignore[no-untyped-def]
    """The "On new text" section's lines: :data:`UNSEEN`, then :data:`UNSEEN_MORE`."""
    return ["### On new text", "", unseen_ratio(pipelines), "",
            unseen_ratio(pipelines, UNSEEN_MORE), ""]  # fmt: skip


def new_text_only(pipelines, out: Path) -> None:  # type: ignore[no-untyped-def]
    """``--new-text-only``: the pipelines go over a corpus of 10 documents untimed, as in a
    full run; then the new-text section of ``out`` is measured again and replaced in place."""
    load_start = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="araseclit-scale-") as tmp:
        folder = Path(tmp) / "corpus-10"
        make_corpus(folder, 10)
        stage_times(sorted(folder.iterdir()), pipelines)
    section = new_text_section(pipelines)
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()  # fmt: skip
    section[1:1] = ["", f"Measured {time.strftime('%Y-%m-%d %H:%M')} at {commit} with "
                    "`.venv/bin/python benchmarks/bench_scale.py --new-text-only` (this section "
                    f"only; the others are as they were), load average {load_start:.1f} at the "
                    f"start and {os.getloadavg()[0]:.1f} at the end."]  # fmt: skip
    text = out.read_text(encoding="utf-8") if out.exists() else ""
    head, found, rest = text.partition("### On new text")
    after = rest.find("\n### ")
    tail = rest[after + 1 :] if found and after >= 0 else ""
    out.write_text(head + "\n".join(section) + ("\n" + tail if tail else ""), encoding="utf-8")
    print("\n".join(section))


def exponent(t0: float, t1: float, c0: int, c1: int) -> float:
    if min(t0, t1) <= 0 or c0 == c1:
        return float("nan")
    return math.log(t1 / t0) / math.log(c1 / c0)


def measure(  # type: ignore[no-untyped-def]
    label: str, inputs: Path, files: list[Path], work: Path, pipelines
) -> dict[str, object]:
    wall, peak, code, cpu = run_analyze(inputs, work / f"run-{label}")
    seconds, chars, docs = stage_times(files, pipelines)
    print(f"{label}: analyze {wall:.1f} s ({cpu:.1f} s CPU), {peak:.0f} MB, exit {code}; "
          f"{chars:,} chars", flush=True)  # fmt: skip
    return {"label": label, "wall": wall, "cpu": cpu, "peak": peak, "exit": code, "chars": chars,
            "docs": docs, "seconds": dict(seconds)}  # fmt: skip


#: the commands ``analyze`` is compared with on one document (issue 18's row)
COMMANDS = ("citations", "tag", "claims")


def commands_against_analyze(path: Path, analyze_cpu: float) -> str:
    """A Markdown line: CPU seconds of ``citations``, ``tag`` and ``claims`` on ``path``, each
    in its own process, and ``analyze``'s on the same file as a ratio to their sum."""
    cpus = {}
    for command in COMMANDS:
        _wall, _peak, code, cpu = run_command([command, str(path), "--format", "jsonl"])
        cpus[command] = cpu if code == 0 else float("nan")
        print(f"{path.name}: {command} {cpu:.1f} s CPU, exit {code}", flush=True)
    total = sum(cpus.values())
    parts = " + ".join(f"`{c}` {s:.1f} s" for c, s in cpus.items())
    return (f"{path.name} ({path.stat().st_size / 1e6:.1f} MB): `analyze` {analyze_cpu:.1f} s "
            f"of CPU against {parts} = {total:.1f} s: **{analyze_cpu / total:.2f}x** their sum "
            "(target: at most 1.5x).")  # fmt: skip


def table(rows: list[dict[str, object]], title: str) -> list[str]:
    stages = sorted({s for r in rows for s in r["seconds"]}, key=_stage_order)  # type: ignore[attr-defined]
    out = [f"### {title}", "", "| input | docs | chars | analyze wall | analyze CPU | peak PSS "
           "| exit | " + " | ".join(f"{s} chars/CPU s" for s in stages) + " |",
           "|---|---:|---:|---:|---:|---:|---:|" + "---:|" * len(stages)]  # fmt: skip
    for r in rows:
        secs = r["seconds"]
        speeds = [
            f"{r['chars'] / secs[s]:,.0f}" if secs.get(s) else "–"  # type: ignore[attr-defined,operator]
            for s in stages
        ]
        out.append(
            f"| {r['label']} | {r['docs']} | {r['chars']:,} | {r['wall']:.1f} s | "
            f"{r['cpu']:.1f} s | {r['peak']:.0f} MB | {r['exit']} | " + " | ".join(speeds) + " |"
        )
    if len(rows) > 1:
        a, b = rows[0], rows[-1]
        exps = [_stage_exponent(rows, s) for s in stages]
        wall_exp = exponent(a["wall"], b["wall"], a["chars"], b["chars"])  # type: ignore[arg-type]
        cpu_exp = exponent(a["cpu"], b["cpu"], a["chars"], b["chars"])  # type: ignore[arg-type]
        out.append(f"| growth exponent | | | {wall_exp:.2f} | {cpu_exp:.2f} | | | "
                   + " | ".join(exps) + " |")  # fmt: skip
    for r in rows:
        secs = r["seconds"]
        pipe = [s for s in stages if s not in ("read", BLANK) and secs.get(s)]  # type: ignore[attr-defined]
        ours = sum(secs[s] for s in pipe)  # type: ignore[index]
        blank = secs.get(BLANK, 0)  # type: ignore[attr-defined]
        if ours and blank:
            out.append("")
            out.append(f"{r['label']}: the per-document pipeline ({' + '.join(pipe)}) runs at "
                       f"1/{ours / blank:.1f} of spacy.blank + sentencizer on the same text "
                       f"({r['chars'] / ours:,.0f} chars/CPU s).")  # fmt: skip
    return [*out, ""]


def _stage_exponent(rows: list[dict[str, object]], stage: str) -> str:
    """A stage's growth exponent between the smallest and the largest input it ran on (the
    chunked pipeline runs only on texts long enough to be cut)."""
    ran = [r for r in rows if r["seconds"].get(stage)]  # type: ignore[attr-defined]
    if len(ran) < 2:
        return "nan"
    a, b = ran[0], ran[-1]
    return f"{exponent(a['seconds'][stage], b['seconds'][stage], a['chars'], b['chars']):.2f}"  # type: ignore[index,arg-type]


def _stage_order(name: str) -> tuple[int, str]:
    order = ["read", "tokenizer", "segment", "cite", "tag", "claims", BLANK]
    return (order.index(name) if name in order else len(order), name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10, 100])
    parser.add_argument("--mb", type=float, nargs="+", default=[0.1, 1.0])
    parser.add_argument(
        "--commands-mb",
        type=float,
        default=1.0,
        help="compare analyze with citations+tag+claims on texts up to this size",
    )
    parser.add_argument("--out", type=Path, default=RESULTS, help="Markdown results file")
    parser.add_argument(
        "--new-text-only",
        action="store_true",
        help="measure only the ratio on new text and replace that section of --out",
    )
    args = parser.parse_args()
    if args.new_text_only:
        new_text_only(_pipelines(), args.out)
        return
    corpus_rows, single_rows, commands = [], [], []
    load_start = os.getloadavg()[0]
    pipelines = _pipelines()
    with tempfile.TemporaryDirectory(prefix="araseclit-scale-") as tmp:
        work = Path(tmp)
        for n in args.sizes:
            folder = work / f"corpus-{n}"
            make_corpus(folder, n)
            files = sorted(folder.iterdir())
            corpus_rows.append(measure(f"{n} documents", folder, files, work, pipelines))
        for mb in args.mb:
            path = work / f"long-{mb}MB.txt"
            make_long(path, mb)
            single_rows.append(measure(f"one {mb:g} MB text", path, [path], work, pipelines))
            if mb <= args.commands_mb:
                commands.append(commands_against_analyze(path, single_rows[-1]["cpu"]))  # type: ignore[arg-type]
    lines = [
        "# Scale",
        "",
        f"Measured {time.strftime('%Y-%m-%d')} on {os.cpu_count()} cores, load average "
        f"{load_start:.1f} at the start and {os.getloadavg()[0]:.1f} at the end. Run: `.venv/bin/python benchmarks/bench_scale.py "
        f"{' '.join(['--sizes', *map(str, args.sizes)])} --mb {' '.join(f'{m:g}' for m in args.mb)}`. "
        "See the script's docstring for what each column is.",
        "",
        *(table(corpus_rows, "Corpora") if corpus_rows else []),
        *table(single_rows, "One document"),
        *(["### `analyze` against the commands it runs", "", *commands, ""] if commands else []),
        *new_text_section(pipelines),
    ]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
