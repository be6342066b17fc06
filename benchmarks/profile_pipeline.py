"""Where the per-document work of a corpus run spends its CPU time, stage by stage.

Run: ``.venv/bin/python benchmarks/profile_pipeline.py --docs 50`` (``--profile FILE`` runs it
under cProfile, saves the stats in FILE and prints the top functions by own time; ``--out FILE``
writes the table as Markdown). ``--text DIR ...`` profiles the ``.txt`` files of those folders
instead, text the pipeline has not seen (``corpora/heldout2/sources``, ``corpora/clean``): on
new text nearly every word is a cache miss, and what a new word costs is what matters there.

The corpus is made as :mod:`bench_scale` makes it (its ``make_corpus``: the sample's six PDFs,
then documents mixing the sample's paragraphs, a third scrambled, a tenth DOCX). Every file goes
through what a pool worker does for it (:func:`araseclit.run.process_file`), in this process,
timed in CPU seconds (:func:`time.process_time`) per stage:

* ``read PDF`` / ``read DOCX`` / ``decode text``: the format's reader, up to its lines;
* ``repair``: :func:`araseclit.repair.repair_lines` on a text file's lines;
* ``document checks``: assembling the text, language, quality and warnings (rest of ``read``);
* ``tokenizer`` and each spaCy component of the default pipeline;
* ``records``: :func:`araseclit.pipeline.records.doc_records`, the file's digest and the
  schema check of :func:`~araseclit.run.process_file`;
* ``store``: merging every document's records into tables and writing the store (no corpus
  steps, no report), once for the corpus.

``spacy.blank("ar")`` with a sentencizer on the same repaired text, what bench_scale compares
the pipeline with, is timed beside it, twice: on the first pass over the corpus (its vocabulary
cold) and again (warm), since spaCy's tokenizer caches every distinct string it has seen.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_scale import make_corpus  # noqa: E402

Seconds = dict[str, float]


@contextmanager
def _timed(seconds: Seconds, stage: str) -> Iterator[None]:
    start = time.process_time()
    try:
        yield
    finally:
        seconds[stage] += time.process_time() - start


def _wrap(module: Any, name: str, stage: str, seconds: Seconds) -> Callable[[], None]:
    """Time every call of ``module.name`` under ``stage``; returns the undo."""
    original = getattr(module, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        with _timed(seconds, stage):
            return original(*args, **kwargs)

    setattr(module, name, timed)
    return lambda: setattr(module, name, original)


def profile_files(
    files: list[Path], seconds: Seconds, nlp: Any = None
) -> tuple[dict[str, list[Any]], int]:
    """Records of ``files`` as a worker makes them, with ``seconds`` filled; characters read.
    ``nlp``: the default pipeline to run (None: a new one)."""
    import araseclit.ingest as ingest
    import araseclit.ingest.docx as docx
    import araseclit.ingest.pdf as pdf
    import araseclit.repair as repair
    from araseclit.pipeline.loader import load_pipeline, repair_config
    from araseclit.pipeline.records import doc_records
    from araseclit.run import collect_results
    from araseclit.store.frames import check_records

    nlp = nlp if nlp is not None else load_pipeline("default")
    undo = [
        _wrap(pdf, "read_pdf_lines", "read PDF", seconds),
        _wrap(docx, "read_docx_lines", "read DOCX", seconds),
        _wrap(repair, "repair_lines", "repair", seconds),
        _wrap(ingest, "decode_bytes", "decode text", seconds),
    ]
    results = []
    chars = 0
    try:
        for path in files:
            before = {k: seconds[k] for k in ("read PDF", "read DOCX", "repair", "decode text")}
            start = time.process_time()
            try:
                document = ingest.read(path, repair_config(nlp))
            except Exception:  # a refused file: bench_scale's corpora have none
                continue
            inner = sum(seconds[k] - before[k] for k in before)
            seconds["document checks"] += time.process_time() - start - inner
            chars += len(document.text)
            with _timed(seconds, "tokenizer"):
                doc = nlp.make_doc(document.text)
            doc._.doc_id = document.doc_id
            doc._.chunk = None
            for name, component in nlp.pipeline:
                with _timed(seconds, name):
                    doc = component(doc)
            with _timed(seconds, "records"):
                records = doc_records(document, doc)
                records["documents"][0]["source_sha256"] = "0" * 64
                for table, rows in records.items():
                    check_records(table, rows)
            results.append((path, (records, None)))
    finally:
        for u in undo:
            u()
    records, errors = collect_results(results, len(results))
    return {"records": [records, errors]}, chars


def store_seconds(records: dict[str, Any], files: list[Path], out: Path) -> float:
    """CPU seconds to merge the records into tables and write the store (no corpus steps)."""
    from araseclit.run import merge_tables
    from araseclit.store import write_store

    start = time.process_time()
    tables = merge_tables({}, records["records"][0], records["records"][1], files)
    write_store(out, tables, "<html></html>", {}, {"pipeline": "default"})
    return time.process_time() - start


def blank_seconds(texts: list[str]) -> tuple[float, float]:
    """CPU seconds of ``spacy.blank("ar")`` + sentencizer over ``texts``: first pass, second."""
    import spacy

    plain = spacy.blank("ar")
    plain.add_pipe("sentencizer")
    plain.max_length = 10**8
    out = []
    for _ in range(2):
        start = time.process_time()
        for text in texts:
            plain(text)
        out.append(time.process_time() - start)
    return out[0], out[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=50)
    parser.add_argument(
        "--profile", type=Path, help="run under cProfile, save its stats here, print the top"
    )
    parser.add_argument("--out", type=Path, help="write the table as Markdown to this file")
    parser.add_argument(
        "--text",
        type=Path,
        nargs="+",
        help="profile the .txt files of these folders instead of a made corpus: text the "
        "pipeline has not seen, after it has gone over the sample sources and a corpus of 10 "
        "documents untimed (as bench_scale --new-text-only warms it)",
    )
    args = parser.parse_args()
    import araseclit

    with tempfile.TemporaryDirectory(prefix="araseclit-profile-") as tmp:
        folder = Path(tmp) / "corpus"
        make_corpus(folder, 10 if args.text else args.docs)
        files = sorted(folder.iterdir())
        nlp = araseclit.load_pipeline("default")  # start-up is not per-document work
        if args.text:  # warm: what every run has read before a new text
            sources = sorted((ROOT / "corpora" / "sample" / "sources").glob("*.txt"))
            profile_files([*sources, *files], defaultdict(float), nlp)
            files = [path for where in args.text for path in sorted(where.glob("*.txt"))]
        seconds: Seconds = defaultdict(float)
        profiler = cProfile.Profile() if args.profile else None
        if profiler:
            profiler.enable()
        records, chars = profile_files(files, seconds, nlp)
        seconds["store"] = store_seconds(records, files, Path(tmp) / "run")
        if profiler:
            profiler.disable()
        texts = [araseclit.read(p).text for p in files]
    cold, warm = blank_seconds(texts)
    lines = _table(seconds, chars, len(files), cold, warm, profiled=bool(profiler))
    print("\n".join(lines))
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if profiler:
        stream = io.StringIO()
        profiler.dump_stats(args.profile)
        pstats.Stats(profiler, stream=stream).sort_stats("tottime").print_stats(40)
        print(stream.getvalue())


def _table(
    seconds: Seconds, chars: int, n: int, cold: float, warm: float, profiled: bool
) -> list[str]:
    total = sum(seconds.values())
    out = [
        f"{n} documents, {chars:,} characters of repaired text; CPU seconds "
        f"(process_time{', under cProfile: inflated' if profiled else ''}).",
        "",
        "| stage | CPU s | share | chars/s |",
        "|---|---:|---:|---:|",
    ]
    for stage, secs in sorted(seconds.items(), key=lambda kv: -kv[1]):
        if not secs:
            continue  # a reader no file needed (--text reads no PDF or DOCX)
        out.append(f"| {stage} | {secs:.2f} | {secs / total:.1%} | {chars / secs:,.0f} |")
    out.append(f"| total | {total:.2f} | 100% | {chars / total:,.0f} |")
    pipe = sum(seconds.get(s, 0.0) for s in ("tokenizer", "segment", "cite", "tag", "claims"))
    out += [
        "",
        f"spacy.blank('ar') + sentencizer: {cold:.2f} s first pass ({chars / cold:,.0f} chars/s), "
        f"{warm:.2f} s second pass ({chars / warm:,.0f} chars/s).",
        f"bench_scale's ratio (tokenizer+segment+cite+tag+claims): 1/{pipe / cold:.1f} of the "
        f"first pass, 1/{pipe / warm:.1f} of the second.",
    ]
    return out


if __name__ == "__main__":
    main()
