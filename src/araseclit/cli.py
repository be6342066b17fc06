"""The ``araseclit`` command line: a thin layer over the library.

Library errors become one line on stderr and a non-zero exit; never a traceback unless
``ARASECLIT_DEBUG=1``. Exit statuses: :data:`EXIT_OK`, :data:`EXIT_UNEXPECTED`,
:data:`EXIT_ERROR`, and for ``analyze`` :data:`EXIT_SOME_FAILED`, :data:`EXIT_ALL_FAILED`.
"""

from __future__ import annotations

import csv
import importlib.abc
import io
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup

from araseclit.errors import AraseclitError, ConfigError, InputError, escape_controls

if TYPE_CHECKING:
    from rich.console import Console

    from araseclit.document import Document
    from araseclit.pipeline.annotate import Annotations
    from araseclit.repair.ops import RepairConfig


class _FlagHelp:
    """``--help`` shown as the flag it is, without a ``<bool>`` value after it."""

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.metavar = ""
        return option


class Group(_FlagHelp, TyperGroup):
    pass


class Command(_FlagHelp, TyperCommand):
    pass


app = typer.Typer(
    name="araseclit",
    cls=Group,
    help="Analyse Arabic academic literature on security and civil society: repair text, "
    "extract citations, audit reference lists, tag actors and threats, find claims, model topics.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


# rich is imported when something is printed through it, not by every command: ``text``
# writes plain lines, and start-up time is what it is judged by


@cache
def err_console() -> Console:
    """The console for messages on stderr."""
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


@cache
def out_console() -> Console:
    """The console for tables on stdout."""
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


EXIT_OK = 0
#: an unexpected failure (a bug): one line naming the exception
EXIT_UNEXPECTED = 1
#: a coded error: bad input or options, a run folder that cannot be written or is busy
EXIT_ERROR = 2
#: ``analyze``: the run is written, but some documents could not be analysed
EXIT_SOME_FAILED = 3
#: ``analyze``: the run is written, but no document could be analysed
EXIT_ALL_FAILED = 4


def _print_version(value: bool) -> None:
    if value:
        from araseclit import __version__

        sys.stdout.write(f"araseclit {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_print_version,
            is_eager=True,
            metavar="",
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    """Options that come before the command."""


class RecordFormat(StrEnum):
    """The formats of every record command (citations, tag, claims)."""

    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    table = "table"


class AuditFormat(StrEnum):
    json = "json"
    md = "md"
    html = "html"


FileArg = Annotated[
    Path,
    typer.Argument(
        help="A .pdf, .docx, .txt or .md file (clean or scrambled).", show_default=False
    ),
]


def flag(name: str, help: str) -> Any:
    """A boolean option that takes no value: shown as ``--name`` alone in the help
    (typer would print ``<bool>`` after it, as if it wanted one)."""
    return typer.Option(name, help=help, metavar="")


FormatOpt = Annotated[
    RecordFormat,
    typer.Option(
        "--format",
        "-f",
        help="Output format: jsonl, csv (UTF-8; see --bom), parquet (binary, to a file or "
        "a pipe) or table (the main columns, raw text included).",
    ),
]
BomOpt = Annotated[
    bool,
    flag("--bom", "Start csv output with a UTF-8 byte-order mark, so Excel reads Arabic."),
]
PipelineOpt = Annotated[
    str,
    typer.Option("--pipeline", "-p", help="Pipeline name (default, audit, tag) or a .cfg path."),
]
NoRepairOpt = Annotated[
    bool,
    flag(
        "--no-repair",
        "Read text files as they stand: no reordering or other repair (bidi controls "
        "and glyphs with no text are still dropped). PDF and DOCX files are read from their "
        "layout either way.",
    ),
]


def _one_document(path: Path, command: str) -> None:
    """Commands that read one document say what to do with a folder instead."""
    if path.is_dir():
        raise InputError("E017", path=str(path), command=command)


def _repair_config(no_repair: bool, disable: list[str] | None = None) -> RepairConfig | None:
    """The repair settings the options ask for; None leaves them to the pipeline."""
    from araseclit.repair.ops import make_repair_config

    if no_repair:
        return make_repair_config(enabled=False)
    return make_repair_config(disable=disable) if disable else None


def _process(path: Path, pipeline: str, no_repair: bool = False) -> tuple[Document, Annotations]:
    """Read ``path`` (repaired as the pipeline's ``[repair]`` section says unless
    ``no_repair``) and run ``pipeline`` over it, in chunks when it is longer than one pass;
    a failing stage is named in the error."""
    from araseclit.ingest import read

    with _spacy_without_torch(pipeline):
        from araseclit.pipeline.annotate import StageError, annotate
        from araseclit.pipeline.loader import load_pipeline, read_config

    repair = _repair_config(no_repair) or read_config(pipeline)[3]
    document = read(path, repair)
    nlp = load_pipeline(pipeline)
    try:
        found = annotate(nlp, document)  # E015 only for a text that cannot be cut
    except StageError as exc:
        raise RuntimeError(f"stage {exc.stage!r} failed on {path}: {exc.exc}") from exc.exc
    return document, found


class _NoTorch(importlib.abc.MetaPathFinder):
    """Answers an import of torch as a machine without PyTorch would."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name == "torch" or name.startswith("torch."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)


@contextmanager
def _spacy_without_torch(pipeline: str) -> Iterator[None]:
    """Import spaCy as on a machine without PyTorch when ``pipeline`` runs no PyTorch model.

    thinc, under spaCy, imports torch whenever it is installed (camel-tools installs it):
    2.5 s and some 180 MB for every ``citations``, ``tag``, ``claims`` or ``audit``, whose
    shipped pipelines are rule components. torch stays importable afterwards; only thinc's
    own PyTorch layers are off, which such a pipeline never builds."""
    if "spacy" in sys.modules or "torch" in sys.modules or _may_run_torch(pipeline):
        yield
        return
    blocker = _NoTorch()
    sys.meta_path.insert(0, blocker)
    try:
        import spacy  # noqa: F401
    finally:
        sys.meta_path.remove(blocker)
    yield


def _may_run_torch(pipeline: str) -> bool:
    """False only for a config whose components are all araseclit's own rule components
    (``factory = "araseclit_..."``, the tagger's lexicon backend) with no model
    architectures; any config this cannot read may run one."""
    import configparser

    shipped = Path(__file__).resolve().parent / "pipelines" / f"{pipeline}.cfg"
    path = shipped if shipped.is_file() else Path(pipeline)
    config = configparser.ConfigParser(interpolation=None)
    try:
        config.read_string(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, configparser.Error):
        return True
    for section in config.sections():
        values = config[section]
        if any(key.startswith("@") and key != "@tokenizers" for key in values):
            return True  # an architecture, layer or other registered function
        if section.startswith("components.") and section.count(".") == 1:
            factory = values.get("factory", "").strip('"')
            if not factory.startswith("araseclit_") or "transformers" in str(dict(values)):
                return True
    return False


#: columns shown by ``--format table`` (jsonl and csv carry every column)
TABLE_COLUMNS = {
    "citations": [
        "cit_id",
        "raw",
        "author",
        "via_original",
        "year_text",
        "gregorian_year",
        "page",
        "kind",
        "number",
        "ref_id",
    ],
    "mentions": ["mention_id", "text", "label", "category", "entity_id", "start", "end"],
    "claims": ["claim_id", "claim_type", "hedged", "attributed_to", "text"],
}


def _print_records(
    file: Path, pipeline: str, table: str, fmt: str, no_repair: bool = False, bom: bool = False
) -> None:
    """Process ``file`` and print the records of ``table`` (a record list of
    :class:`~araseclit.pipeline.annotate.Annotations`) as ``fmt``."""
    if fmt == "parquet" and sys.stdout.isatty():
        raise ConfigError("E045")
    _, found = _process(file, pipeline, no_repair)
    records: list[dict[str, object]] = list(getattr(found, table))
    if fmt == "jsonl":
        for rec in records:
            sys.stdout.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        sys.stdout.write(("\ufeff" if bom else "") + records_to_csv(table, records))
    elif fmt == "parquet":
        sys.stdout.flush()
        sys.stdout.buffer.write(records_to_parquet(table, records))
        sys.stdout.buffer.flush()
    else:
        from rich.table import Table

        view = Table(show_lines=False)
        for col in TABLE_COLUMNS[table]:
            view.add_column(col, overflow="fold")
        for rec in records:
            view.add_row(
                *["" if rec.get(c) is None else str(rec.get(c)) for c in TABLE_COLUMNS[table]]
            )
        out_console().print(view)
        out_console().print(f"{len(records)} record(s)")


def records_to_csv(table: str, records: list[dict[str, object]]) -> str:
    """``records`` as CSV with every column of ``table``; lists joined by ``|``."""
    from araseclit.store.schema import columns

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns(table), extrasaction="ignore")
    writer.writeheader()
    for rec in records:
        writer.writerow({k: "|".join(v) if isinstance(v, list) else v for k, v in rec.items()})
    return buffer.getvalue()


def records_to_parquet(table: str, records: list[dict[str, object]]) -> bytes:
    """``records`` as a Parquet file with the run table's schema (as ``analyze`` writes)."""
    from araseclit.store import to_frame

    buffer = io.BytesIO()
    to_frame(table, records).to_parquet(buffer, index=False)
    return buffer.getvalue()


@app.command(cls=Command)
def text(
    file: FileArg,
    diff: Annotated[
        bool,
        typer.Option(
            "--diff",
            metavar="",
            help="Explain each change: per changed line its source line and page, the line "
            "before (-) and after (+), and each repair operation (name, span, replaced text, "
            "gain in nats); then the order undone, the text quality and the warnings. "
            "Control characters are shown as escapes.",
        ),
    ] = False,
    provenance: Annotated[
        bool,
        flag("--provenance", "Print one JSON line per source line: offsets, page, line, kind."),
    ] = False,
    no_repair: NoRepairOpt = False,
    disable: Annotated[
        list[str] | None,
        typer.Option(
            "--disable",
            metavar="OP",
            help="Switch one repair operation off, by short or versioned name (read_order, "
            "split_words, araseclit.repair.lam_alef.v1, ...); repeatable.",
        ),
    ] = None,
) -> None:
    """Print the repaired text in logical reading order (UTF-8)."""
    from araseclit.ingest import read

    _one_document(file, "text")
    document = read(file, _repair_config(no_repair, disable))
    if diff:
        from araseclit.diffview import render_diff

        for line in render_diff(document):
            sys.stdout.write(line + "\n")
        return
    if provenance:
        for span in document.provenance:
            rec = {
                "start": span.start,
                "end": span.end,
                "page": span.page,
                "line": span.line,
                "text": document.text[span.start : span.end],
            }
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return
    sys.stdout.write(document.text + "\n")


@app.command(cls=Command)
def citations(
    file: FileArg,
    format: FormatOpt = RecordFormat.table,
    pipeline: PipelineOpt = "audit",
    no_repair: NoRepairOpt = False,
    bom: BomOpt = False,
) -> None:
    """List the in-text citations of FILE (author, year, calendar, page, kind)."""
    _one_document(file, "citations")
    _print_records(file, pipeline, "citations", format.value, no_repair, bom)


@app.command(cls=Command)
def audit(
    file: FileArg,
    references: Annotated[
        Path | None,
        typer.Option(
            "--references",
            "-r",
            help="A separate reference "
            "list: plain text (one entry a line), BibTeX, RIS or CSL-JSON.",
        ),
    ] = None,
    format: Annotated[
        AuditFormat, typer.Option("--format", "-f", help="Output format.")
    ] = AuditFormat.md,
    bibtex: Annotated[
        Path | None,
        typer.Option(
            "--bibtex",
            help="Also export the reference list as BibTeX to this file (cited works with "
            "no entry listed in an @comment).",
        ),
    ] = None,
    csl_json: Annotated[
        Path | None, typer.Option("--csl-json", help="Also export it as CSL-JSON.")
    ] = None,
    ris: Annotated[Path | None, typer.Option("--ris", help="Also export it as RIS.")] = None,
    pipeline: PipelineOpt = "audit",
    no_repair: NoRepairOpt = False,
) -> None:
    """Audit citation coverage: every in-text citation against the reference list."""
    from araseclit import cite

    _one_document(file, "audit")
    document, found = _process(file, pipeline, no_repair)
    cits = list(found.citations)
    refs = list(found.references)
    if references is not None:
        refs = read_references(references)
        for cit in cits:
            cit["ref_id"] = None
        cite.match(cits, refs)
    result = cite.audit(cits, refs, doc_id=document.doc_id)
    renderers = {
        "json": cite.audit_to_json,
        "md": cite.audit_to_markdown,
        "html": lambda r: cite.audit_to_html(r, standalone=True),
    }
    sys.stdout.write(renderers[format.value](result) + "\n")
    _export(refs, cits, result, bibtex=bibtex, csl_json=csl_json, ris=ris)


def read_references(path: Path) -> list[dict[str, Any]]:
    """A reference list file, read by its suffix: RIS by :mod:`araseclit.export` (rispy),
    the others (plain text, BibTeX, CSL-JSON) by :mod:`araseclit.cite`."""
    if path.suffix.lower() == ".ris":
        from araseclit.export import read_ris

        return read_ris(path)
    from araseclit import cite

    return list(cite.read_references_file(path))


def _export(
    refs: list[dict[str, Any]],
    cits: list[dict[str, Any]],
    result: dict[str, Any],
    **targets: Path | None,
) -> None:
    """Write the reference list to each format asked for; say which cited works have no
    entry (BibTeX lists them in a comment, CSL-JSON and RIS cannot hold them as such)."""
    if not any(targets.values()):
        return
    from araseclit import export

    by_id = {c["cit_id"]: c for c in cits}
    works = refs + [by_id[m["cit_ids"][0]] for m in result["missing_references"]]
    writers = {"bibtex": export.to_bibtex, "csl_json": export.to_csl_json, "ris": export.to_ris}
    for name, path in targets.items():
        if path is not None:
            _atomic_write(path, writers[name](works))
    missing = export.unlisted(works)
    if missing:
        err_console().print(
            f"araseclit: {len(missing)} cited work(s) have no entry in the reference list "
            "and are not exported as entries",
            markup=False,
        )


@app.command(cls=Command)
def tag(
    file: FileArg,
    format: FormatOpt = RecordFormat.table,
    pipeline: PipelineOpt = "tag",
    no_repair: NoRepairOpt = False,
    bom: BomOpt = False,
) -> None:
    """Tag actors, threats, security concepts and NGO roles in FILE."""
    _one_document(file, "tag")
    _print_records(file, pipeline, "mentions", format.value, no_repair, bom)


@app.command(cls=Command)
def claims(
    file: FileArg,
    format: FormatOpt = RecordFormat.table,
    pipeline: PipelineOpt = "default",
    no_repair: NoRepairOpt = False,
    bom: BomOpt = False,
) -> None:
    """List attributed claims in FILE: type, hedging, source, actors and threats."""
    _one_document(file, "claims")
    _print_records(file, pipeline, "claims", format.value, no_repair, bom)


@app.command(cls=Command)
def analyze(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Files or folders (default: the bundled sample corpus).", show_default=False
        ),
    ] = None,
    pipeline: PipelineOpt = "default",
    out: Annotated[Path, typer.Option("--out", "-o", help="Run directory.")] = Path("runs/latest"),
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Address of a Dask scheduler (tcp://host:8786) to process the documents on a "
            "cluster; needs the 'distributed' extra.",
        ),
    ] = None,
    fresh: Annotated[
        bool,
        flag("--fresh", "Ignore an existing store in --out instead of updating it."),
    ] = False,
    no_repair: NoRepairOpt = False,
    wait: Annotated[
        bool,
        flag(
            "--wait",
            "When another run is writing to --out, wait for it to finish instead of "
            "failing with E054.",
        ),
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Worker processes for the documents (default: one per core, at most one "
            "per document; 1 runs them in this process). The tables are the same.",
        ),
    ] = None,
    wait_timeout: Annotated[
        float | None,
        typer.Option(
            "--wait-timeout",
            metavar="SECONDS",
            min=0,
            help="Wait for another run at most this many seconds, then give up with E055 "
            "(implies --wait).",
        ),
    ] = None,
) -> None:
    """Run the whole pipeline over files/folders; write DuckDB, Parquet tables and report.html.

    Exit status:
    0  every document analysed
    3  some documents could not be analysed (the run is written, with their errors)
    4  no document could be analysed (the run is written with their errors)
    2  bad input or options, or --out not writable or busy with another run (E054)
    1  unexpected failure
    """
    with _spacy_without_torch(pipeline):  # the topic step imports torch later, if it runs
        from araseclit.run import analyze as run_analyze

    with AnalyzeProgress(err_console()) as progress:
        options: dict[str, Any] = {
            "pipeline": pipeline,
            "out": out,
            "fresh": fresh,
            "progress": progress.document,
            "stage": progress.stage,
            "scheduler": scheduler,
            "repair": _repair_config(no_repair),
            "jobs": jobs,
        }
        try:
            run = run_analyze(paths or None, **options)
        except AraseclitError as exc:
            if exc.code != "E054" or not (wait or wait_timeout is not None):
                raise
            where = escape_controls(str(out))
            waiting = f"araseclit: waiting for the run writing to {where} (pid {exc.fields['pid']})"
            err_console().print(waiting, markup=False)
            run = run_analyze(paths or None, wait=True, wait_timeout=wait_timeout, **options)
    failures, seen = progress.failures, [progress.total]
    _print_summary(run, failures, seen)
    _exit_for_failures(len(failures), seen[0] if seen else 0)


class AnalyzeProgress:
    """What ``analyze`` is doing, on stderr: a bar per stage on a terminal (documents, then
    topics, report and store; the documents bar names the full path of the document it is
    on), or one plain line per document and stage when stderr is a file or a pipe."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.failures: list[dict[str, object]] = []
        self.total = 0
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> AnalyzeProgress:
        if self.console.is_terminal:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )

            self._bar = Progress(
                TextColumn("{task.description}", markup=False),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=self.console,
                transient=True,  # the summary table replaces the bars
            )
            self._bar.__enter__()
            self._task = self._bar.add_task("reading the inputs", total=None)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)

    def document(self, path: Path, done: int, total: int, error: dict[str, object] | None) -> None:
        """One more document analysed (or failed, with ``error``)."""
        self.total = total
        if error:
            self.failures.append(error)
        where = escape_controls(str(path))
        if self._bar is not None:
            self._bar.update(self._task, total=total, completed=done, description=where)
            return
        state = f"failed [{error['code']}]" if error else "done"
        self.console.print(f"araseclit: document {done}/{total} {state}: {where}", markup=False)

    def stage(self, name: str) -> None:
        """A corpus stage starts: the previous one is complete."""
        if self._bar is None:
            self.console.print(f"araseclit: {name}", markup=False)
            return
        task = self._bar.tasks[-1]
        self._bar.update(task.id, completed=task.total or 1, total=task.total or 1)
        self._task = self._bar.add_task(name, total=1)


def _exit_for_failures(failed: int, total: int) -> None:
    """Say how many documents failed and exit with the status that tells how many."""
    if not failed:
        return
    if failed == total:
        err_console().print(
            f"araseclit: error: no document could be analysed ({failed} of {total} failed)",
            markup=False,
        )
        raise typer.Exit(EXIT_ALL_FAILED)
    err_console().print(
        f"araseclit: {failed} of {total} document(s) could not be analysed (see the errors table)",
        markup=False,
    )
    raise typer.Exit(EXIT_SOME_FAILED)


#: document warnings (errors rows with severity "warning") listed after a corpus run
MAX_WARNINGS_SHOWN = 20


def _print_summary(run: Any, failures: list[dict[str, object]], seen: list[int]) -> None:
    """Rows per table, then one line per document that was skipped."""
    from rich.table import Table
    from rich.text import Text

    summary = Table(title=f"araseclit run → {run.path}")
    summary.add_column("table")
    summary.add_column("rows", justify="right")
    for name, n in run.counts().items():
        summary.add_row(name, str(n))
    err_console().print(summary)
    for failure in failures:
        err_console().print(
            Text.assemble(
                ("skipped ", "yellow"),
                f"{failure['path']}: [{failure['code']}] {failure['message']}",
            )
        )
    errors = run.errors
    for line in not_read_lines(errors, failures):
        err_console().print(line, markup=False)
    warned = errors[errors["severity"].fillna("") == "warning"]
    for rec in warned.head(MAX_WARNINGS_SHOWN).itertuples():
        err_console().print(Text.assemble(("warning ", "yellow"), f"[{rec.code}] {rec.message}"))
    if len(warned) > MAX_WARNINGS_SHOWN:
        more = len(warned) - MAX_WARNINGS_SHOWN
        err_console().print(f"... and {more} more warning(s) in the errors table", markup=False)
    err_console().print(f"report: {run.report_path}", markup=False)
    if seen and (seen[0] or not run.unchanged):
        done = seen[0] - len(failures)
        err_console().print(f"araseclit: {done} of {seen[0]} document(s) analysed", markup=False)
    if run.unchanged:
        err_console().print(
            f"araseclit: {len(run.unchanged)} document(s) unchanged since the last run in "
            f"{escape_controls(str(run.path))}: their rows were kept",
            markup=False,
        )


#: names of files not read that the summary line lists before "and N more"
MAX_NOT_READ_NAMED = 5


def not_read_lines(errors: Any, failures: list[dict[str, object]]) -> list[str]:
    """What a corpus run left out that no per-document line has said: one line for the
    files of the input folders it does not read (``E004`` rows of the ``errors`` table that
    were no document's failure), one per corpus step that failed (rows with no path, e.g.
    the topics step's ``E060``)."""
    lines = []
    if len(errors):
        failed = {str(f.get("path")) for f in failures}
        rows = errors[errors["severity"].fillna("error") == "error"]
        unread = rows[(rows["code"] == "E004") & ~rows["path"].isin(failed)]
        if len(unread):
            names = [escape_controls(Path(str(p)).name) for p in unread["path"]]
            more = len(names) - MAX_NOT_READ_NAMED
            listed = ", ".join(names[:MAX_NOT_READ_NAMED])
            listed += f" and {more} more" if more > 0 else ""
            lines.append(
                f"araseclit: {len(names)} file(s) not read, of a type araseclit does not read "
                f"[E004] (listed in the errors table): {listed}"
            )
        for rec in rows[rows["path"].fillna("") == ""].itertuples():
            lines.append(f"araseclit: {rec.stage} step skipped: [{rec.code}] {rec.message}")
    return lines


@app.command("pipelines", cls=Command)
def list_pipelines() -> None:
    """List the pipelines shipped with araseclit."""
    from araseclit.pipeline.loader import available_pipelines

    for name in available_pipelines():
        sys.stdout.write(name + "\n")


def _atomic_write(path: Path, content: str) -> None:
    """Write ``content`` to ``path`` via a temporary file and a rename."""
    from araseclit.errors import StoreError

    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(content, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise StoreError("E053", path=str(path), detail=exc.strerror or str(exc)) from exc


def main() -> None:
    """Entry point: run the app and turn every failure into one clear line."""
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    debug = os.environ.get("ARASECLIT_DEBUG") == "1"
    try:
        app()  # usage errors are reported by typer itself (exit 2)
    except AraseclitError as exc:
        if debug:
            raise
        err_console().print(f"araseclit: error [{exc.code}]: {exc.message}", markup=False)
        sys.exit(EXIT_ERROR)
    except Exception as exc:  # unexpected failure: one line, traceback only on request
        if debug:
            raise
        first = (str(exc).strip().splitlines() or [""])[0]
        err_console().print(
            f"araseclit: failed: {type(exc).__name__}: {first} "
            "(set ARASECLIT_DEBUG=1 for a traceback)",
            markup=False,
        )
        sys.exit(EXIT_UNEXPECTED)


if __name__ == "__main__":
    main()
