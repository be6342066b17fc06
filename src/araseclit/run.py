"""Corpus runs: read every input, run the per-document pipeline, then the corpus steps,
store the tables and render the report. The orchestrator calls stages; it contains none."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd
from spacy.language import Language

from araseclit import __version__
from araseclit.corpus import run_corpus_steps, step_error
from araseclit.errors import InputError, StoreError
from araseclit.incremental import CONFIG_KEY, config_hash, file_digest, unchanged
from araseclit.ingest import SUFFIXES, read
from araseclit.pipeline.annotate import StageError, annotate, chunk_limit
from araseclit.pipeline.annotate import run_components as run_components  # re-exported
from araseclit.pipeline.loader import CorpusSettings, load_pipeline, repair_config
from araseclit.pipeline.records import doc_records
from araseclit.store import (
    DB_NAME,
    REPORT_NAME,
    load_info,
    load_tables,
    run_lock,
    to_frame,
    write_store,
)
from araseclit.store.frames import check_records, empty_frame
from araseclit.store.schema import PER_DOCUMENT, TABLES

if TYPE_CHECKING:
    from araseclit.document import Document
    from araseclit.repair.ops import RepairConfig
    from araseclit.store.spill import SpilledRecords
    from araseclit.topics.persist import RunTopics

#: the sample corpus, shipped inside the package (in a checkout, a link to corpora/sample/docs)
SAMPLE_CORPUS = Path(__file__).resolve().parent / "sample"
DEFAULT_OUT = Path("runs") / "latest"
#: called after each document: (path, index, total, error or None)
ProgressCallback = Callable[[Path, int, int, "dict[str, object] | None"], None]
#: called when a corpus stage starts, with its name: "topics", "report", "store"
StageCallback = Callable[[str], None]


@dataclass
class Run:
    """A stored run: every run table as a pandas DataFrame (DESIGN.md columns)."""

    path: Path
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    #: input files this run did not process: unchanged since the stored run, their rows kept
    unchanged: list[Path] = field(default_factory=list, repr=False)

    def __getattr__(self, name: str) -> pd.DataFrame:
        tables = self.__dict__.get("tables", {})
        if name in TABLES:
            return tables.get(name, empty_frame(name))
        raise AttributeError(name)

    @property
    def report_path(self) -> Path:
        return self.path / REPORT_NAME

    @property
    def topic_model(self) -> RunTopics:
        """The run's fitted topic model and its units, loaded from ``topic_model/`` (never
        refitted): ``over_time()``, ``per_class("section_type")``, ``document_info()``."""
        from araseclit.topics import run_topics

        return run_topics(self)

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {name: len(self.tables.get(name, ())) for name in TABLES}

    def __repr__(self) -> str:
        rows = ", ".join(f"{name}={n}" for name, n in self.counts().items() if n)
        return f"Run({str(self.path)!r}, {rows or 'no rows'})"


def find_inputs(paths: Iterable[str | Path]) -> tuple[list[Path], list[Path]]:
    """The documents to analyse and the files of the input folders not read for their type,
    from one walk of each folder, each list in a stable order.

    Documents: absolute paths, each once. Folders are walked recursively for supported
    suffixes, skipping hidden files and folders (``.ipynb_checkpoints``) and README files; a
    FIFO or a link to a device with such a suffix is kept, so that reading it reports it
    (``E009``) instead of it vanishing from the run; a file given by name is kept whatever its
    suffix (so a bad one is reported, not ignored). A missing path raises ``E001``.

    Not read: the folders' files of other types (an ``.odt``, a ``.png``), each an ``E004`` row
    of the ``errors`` table, so that no file a user put in a folder leaves the run unsaid.
    Hidden files and folders, README files and run folders (one holding an
    ``araseclit.duckdb``: the run's own output when ``--out`` is inside the folder) are not
    inputs."""
    files: list[Path] = []
    unread: list[Path] = []
    for raw in paths:
        path = Path(raw).resolve()
        if path.is_dir():
            found, other = _walk(path)
            files.extend(found)
            unread.extend(other)
        elif path.exists():
            files.append(path)
        else:
            raise InputError("E001", path=str(raw))
    return list(dict.fromkeys(files)), list(dict.fromkeys(unread))


def _walk(folder: Path) -> tuple[list[Path], list[Path]]:
    """The files of ``folder`` with a supported suffix and, apart from run folders, the others,
    each sorted; hidden files and folders and README files are neither."""
    runs: dict[Path, bool] = {}

    def in_run(p: Path) -> bool:
        for parent in p.parents:
            if parent not in runs:
                runs[parent] = (parent / DB_NAME).exists()
            if runs[parent]:
                return True
            if parent == folder:
                return False
        return False

    found: list[Path] = []
    other: list[Path] = []
    for p in folder.rglob("*"):
        if any(part.startswith(".") for part in p.relative_to(folder).parts):
            continue
        if p.is_dir() or p.name.lower() == "readme.md":
            continue
        if p.suffix.lower() in SUFFIXES:
            found.append(p)
        elif not in_run(p):
            other.append(p)
    return sorted(found), sorted(other)


def unread_errors(unread: Sequence[Path]) -> list[dict[str, object]]:
    """The ``E004`` rows of the files :func:`find_inputs` does not read."""
    return [
        error_record(
            p, "ingest", InputError("E004", path=str(p), suffix=p.suffix.lower() or "(none)")
        )
        for p in unread
    ]


def error_record(
    path: Path, stage: str, exc: BaseException, doc_id: str | None = None
) -> dict[str, object]:
    """An ERRORS record for ``path``; unexpected exceptions keep their last traceback line."""
    return {**step_error(stage, exc, str(path)), "doc_id": doc_id}


#: a document's records: a dict of records per table, or for a document read in chunks the
#: tables written as they came (:mod:`araseclit.store.spill`); and its error record, if any
DocResult = tuple["dict[str, list[dict[str, object]]] | SpilledRecords | None",
                  "dict[str, object] | None"]  # fmt: skip


def process_file(nlp: Language, path: Path, repair: RepairConfig | None = None) -> DocResult:
    """Records of one file, or its error record naming the stage: never raises.

    Text files are repaired as ``repair`` says, by default as the pipeline's ``[repair]``
    section says; a text longer than one pass goes through the pipeline in chunks
    (:func:`araseclit.pipeline.annotate.annotate`), and its records are written chunk by
    chunk into a spill folder as they come (:class:`~araseclit.store.spill.SpilledRecords`):
    memory follows the chunk, not the document. The records hold, under ``errors``, the
    rows of the document's warnings.
    """
    try:
        document = read(path, repair or repair_config(nlp))
    except Exception as exc:  # a bad document must never stop the run
        return None, error_record(path, "ingest", exc)
    if len(document.text) > chunk_limit(nlp):
        return _process_in_chunks(nlp, path, document)
    try:
        found = annotate(nlp, document)
    except StageError as exc:
        return None, error_record(path, exc.stage, exc.exc, document.doc_id)
    except InputError as exc:  # E015: a run of text with no white space to cut it at
        return None, error_record(path, "tokenizer", exc, document.doc_id)
    except Exception as exc:
        return None, error_record(path, "records", exc, document.doc_id)
    try:
        records = doc_records(document, found)
        records["documents"][0]["source_sha256"] = file_digest(path)
        for table, rows in records.items():
            check_records(table, rows)  # a stage that breaks the schema fails this document only
    except Exception as exc:
        return None, error_record(path, "records", exc, document.doc_id)
    return records, None


def _process_in_chunks(nlp: Language, path: Path, document: Document) -> DocResult:
    """:func:`process_file` for a document longer than one pass: its records go to a
    :class:`~araseclit.store.spill.Spill` chunk by chunk (checked as they are written), the
    whole document's (documents, sections, references) at the end. A failure removes what
    was written and gives the error record :func:`process_file` gives."""
    from araseclit.pipeline.records import spill_records
    from araseclit.store.spill import Spill

    spill = Spill()
    try:
        try:
            _, whole = spill_records(nlp, document, spill.write)
        except StageError as exc:
            spill.discard()
            return None, error_record(path, exc.stage, exc.exc, document.doc_id)
        except InputError as exc:  # E015
            spill.discard()
            return None, error_record(path, "tokenizer", exc, document.doc_id)
        try:
            whole["documents"][0]["source_sha256"] = file_digest(path)
            for table in ("documents", "sections", "references"):
                spill.write(table, whole[table])
            check_records("errors", whole["errors"])
        except Exception as exc:
            spill.discard()
            return None, error_record(path, "records", exc, document.doc_id)
        spilled = spill.close(document.doc_id, whole["errors"])
        return spilled, None
    except Exception as exc:  # a chunk's records broke the schema, or writing them failed
        spill.discard()
        return None, error_record(path, "records", exc, document.doc_id)
    except BaseException:
        spill.discard()
        raise


#: records of small documents gathered as dicts before they are made a frame (per table
#: rows, all tables): a corpus's records never all exist as dicts at once
_FLUSH_ROWS = 20_000


class _Gathered:
    """The per-document tables of a run, gathered document by document in input order: the
    records of small documents as dicts, made frames every :data:`_FLUSH_ROWS` rows; a
    document read in chunks as the frames of its spill (then removed)."""

    def __init__(self) -> None:
        self.pending: dict[str, list[dict[str, object]]] = {t: [] for t in PER_DOCUMENT}
        self.n_pending = 0
        self.frames: dict[str, list[pd.DataFrame]] = {t: [] for t in PER_DOCUMENT}

    def add_records(self, records: dict[str, list[dict[str, object]]]) -> None:
        for table in PER_DOCUMENT:
            rows = records.get(table, [])
            self.pending[table].extend(rows)
            self.n_pending += len(rows)
        if self.n_pending >= _FLUSH_ROWS:
            self._flush()

    def add_spilled(self, spilled: SpilledRecords) -> None:
        self._flush()
        try:
            for table in PER_DOCUMENT:
                self.frames[table].append(spilled.frame(table))
        finally:
            spilled.discard()

    def _flush(self) -> None:
        for table, rows in self.pending.items():
            if rows:
                self.frames[table].append(to_frame(table, rows))
                self.pending[table] = []
        self.n_pending = 0

    def tables(self) -> dict[str, pd.DataFrame]:
        self._flush()
        return {table: _concat(table, *self.frames.pop(table)) for table in PER_DOCUMENT}


def collect_results(
    results: Iterable[tuple[Path, DocResult]], total: int, progress: ProgressCallback | None = None
) -> tuple[dict[str, pd.DataFrame], list[dict[str, object]]]:
    """Gather per-file results in input order, as a frame per per-document table; a second
    copy of a document is an error.

    A document's warning rows join the error records (``severity = "warning"``); the
    ``error`` given to ``progress`` is only ever a failure.
    """
    from araseclit.store.spill import SpilledRecords

    gathered = _Gathered()
    errors: list[dict[str, object]] = []
    seen: dict[str, Path] = {}
    for i, (path, (recs, error)) in enumerate(results):
        if recs is not None:
            spilled = isinstance(recs, SpilledRecords)
            doc_id = recs.doc_id if spilled else str(recs["documents"][0]["doc_id"])
            if doc_id in seen:
                error = error_record(
                    path, "ingest", InputError("E008", path=str(path), other=str(seen[doc_id]))
                )
                if spilled:
                    recs.discard()
            else:
                seen[doc_id] = path
                if spilled:
                    gathered.add_spilled(recs)
                    errors.extend(recs.errors)
                else:
                    errors.extend(recs.get("errors", []))
                    gathered.add_records(recs)
        if error:
            errors.append(error)
        if progress:
            progress(path, i + 1, total, error)
    return gathered.tables(), errors


def process_documents(
    nlp: Language,
    files: Sequence[Path],
    progress: ProgressCallback | None = None,
    repair: RepairConfig | None = None,
) -> tuple[dict[str, pd.DataFrame], list[dict[str, object]]]:
    """Per-document tables of every readable file, and an error record for the rest."""
    results = ((path, process_file(nlp, path, repair)) for path in files)
    return collect_results(results, len(files), progress)


def merge_tables(
    previous: dict[str, pd.DataFrame],
    records: Mapping[str, pd.DataFrame | list[dict[str, object]]],
    errors: list[dict[str, object]],
    files: Sequence[Path],
    order: Sequence[Path] = (),
) -> dict[str, pd.DataFrame]:
    """New rows replace the rows of the same documents and of the same paths.

    ``records``: the new rows of each per-document table, a frame (as
    :func:`collect_results` gives them) or records.

    A path analysed again replaces whatever the store held for it, even when its content
    (so its ``doc_id``) changed or it now fails; errors of those paths are replaced too.
    The rows come in the order of ``order``, the run's inputs (default ``files``), as
    :func:`in_input_order` says; of a new document and a stored one with the same content,
    the first in that order is the document and the other its copy (:func:`_first_copies`).
    """
    paths = {str(p) for p in files}
    old_docs = previous.get("documents", empty_frame("documents"))
    frames = {table: _as_frame(table, records.get(table, [])) for table in PER_DOCUMENT}
    frames, errors = _first_copies(old_docs, frames, errors, paths, order or files)
    new_ids = set(frames["documents"]["doc_id"].astype(str))
    replaced = new_ids | set(old_docs.loc[old_docs["path"].isin(paths), "doc_id"])
    merged: dict[str, pd.DataFrame] = {}
    for table in PER_DOCUMENT:
        old = previous.get(table, empty_frame(table))
        old = old[~old["doc_id"].isin(replaced)] if len(old) else old
        merged[table] = _concat(table, old, frames.pop(table))
    old_errors = previous.get("errors", empty_frame("errors"))
    if len(old_errors):
        old_errors = old_errors[~old_errors["path"].isin(paths) & (old_errors["path"] != "")]
        # a document that now succeeds is no longer an error
        old_errors = old_errors[~old_errors["doc_id"].isin(new_ids)]
    merged["errors"] = _concat("errors", old_errors, to_frame("errors", errors))
    return in_input_order(merged, order or files)


def _first_copies(
    old_docs: pd.DataFrame,
    frames: dict[str, pd.DataFrame],
    errors: list[dict[str, object]],
    paths: set[str],
    order: Sequence[Path],
) -> tuple[dict[str, pd.DataFrame], list[dict[str, object]]]:
    """``frames`` and ``errors`` where a new document has the content (the ``doc_id``) of a
    stored document that was not processed again: as in a fresh run, the copy that comes
    first in ``order`` is the document and the other is an ``E008`` error; stored documents
    of paths outside ``order`` (an earlier run's other inputs) come first."""
    stored = {
        str(d): str(p)
        for d, p in zip(old_docs["doc_id"], old_docs["path"], strict=True)
        if str(p) not in paths
    }
    rank = {str(p): i for i, p in enumerate(order)}
    copies: set[str] = set()
    duplicates: list[dict[str, object]] = []
    docs = frames["documents"]
    for doc_id, path in zip(docs["doc_id"].astype(str), docs["path"].astype(str), strict=True):
        other = stored.get(doc_id)
        if other is None:
            continue
        first, second = (other, path) if rank.get(other, -1) < rank.get(path, -1) else (path, other)
        if first == other:
            copies.add(doc_id)  # the new file is the copy: its rows go
        duplicates.append(
            error_record(Path(second), "ingest", InputError("E008", path=second, other=first))
        )
    if not duplicates:
        return frames, errors
    kept = {
        t: f[~f["doc_id"].astype(str).isin(copies)].reset_index(drop=True) if len(f) else f
        for t, f in frames.items()
    }
    return kept, [e for e in errors if str(e.get("doc_id")) not in copies] + duplicates


def in_input_order(
    tables: dict[str, pd.DataFrame], order: Sequence[Path]
) -> dict[str, pd.DataFrame]:
    """``tables`` with the rows of each per-document table and of ``errors`` in the order a
    fresh run over ``order`` writes them: document by document as their paths come in
    ``order``, each document's rows in their own order. Stored rows of paths this run was not
    given (an earlier run's other inputs) come first, in their stored order. So a re-run that
    processed only a changed file writes the tables a fresh run writes, and the corpus steps
    (topics, framing) see their rows in the same order."""
    rank = {str(p): i for i, p in enumerate(order)}
    documents = tables["documents"]
    doc_rank = dict(
        zip(documents["doc_id"], documents["path"].map(lambda p: rank.get(p, -1)), strict=True)
    )
    out = dict(tables)
    for table in (*PER_DOCUMENT, "errors"):
        frame = tables[table]
        if len(frame) < 2:
            continue
        by_doc = frame["doc_id"].map(doc_rank)
        by_path = frame["path"].map(rank) if "path" in frame else by_doc
        keys = by_path.fillna(by_doc).fillna(-1).to_numpy()
        sorted_at = keys.argsort(kind="stable")
        if (sorted_at != range(len(frame))).any():
            out[table] = frame.iloc[sorted_at].reset_index(drop=True)
    return out


def _as_frame(table: str, rows: pd.DataFrame | list[dict[str, object]]) -> pd.DataFrame:
    return rows if isinstance(rows, pd.DataFrame) else to_frame(table, rows)


def _concat(table: str, *parts: pd.DataFrame) -> pd.DataFrame:
    frames = [f for f in parts if len(f)]
    if not frames:
        return empty_frame(table)
    return pd.concat(frames, ignore_index=True)


def previous_store(out: Path, pipeline: str, fresh: bool) -> dict[str, pd.DataFrame]:
    """The tables already in ``out`` that a run will update (checked before any work).

    Raises ``E052`` when they were made with another pipeline and ``E053`` when ``out``
    cannot be written.
    """
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".araseclit-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise StoreError("E053", path=str(out), detail=exc.strerror or str(exc)) from exc
    if fresh or not (out / DB_NAME).is_file():
        return {}
    old = load_info(out).get("pipeline")
    if old and old != pipeline:
        raise StoreError("E052", path=str(out), old=old, new=pipeline)
    return load_tables(out)


def analyze(
    paths: Iterable[str | Path] | None = None,
    pipeline: str | Path = "default",
    out: str | Path = DEFAULT_OUT,
    *,
    fresh: bool = False,
    progress: ProgressCallback | None = None,
    scheduler: Any = None,
    repair: RepairConfig | None = None,
    wait: bool = False,
    wait_timeout: float | None = None,
    stage: StageCallback | None = None,
    jobs: int | None = None,
) -> Run:
    """Run the whole pipeline over files and folders (default: the bundled sample corpus).

    Writes ``out/araseclit.duckdb``, ``out/tables/<table>.parquet`` and ``out/report.html``.
    Re-running the same inputs replaces their rows; ``fresh=True`` ignores an existing store.
    ``scheduler``: a ``dask.distributed.Client`` (or its address) to process the documents
    on a Dask cluster instead of in this process; see :mod:`araseclit.distributed`.
    ``repair``: how text files are repaired, instead of the pipeline's ``[repair]`` section
    (``RepairConfig(enabled=False)`` reads them as they stand).

    The run holds the lock of ``out`` from before any work until it is published: while
    another run writes there, raises ``E054`` at once, or with ``wait`` waits for it (at most
    ``wait_timeout`` seconds if given, then ``E055``). ``stage`` is told when each corpus
    stage starts, after the documents. ``jobs``: worker processes for the documents
    (default: one per core, at most one per document; 1 runs them in this process), with
    the same tables as one process; see :mod:`araseclit.pool`.
    """
    if jobs is not None and jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    inputs = list(paths) if paths else [SAMPLE_CORPUS]
    files, unread = find_inputs(inputs)
    if not files:
        raise InputError("E099", paths=", ".join(str(p) for p in inputs))
    out = Path(out)
    with run_lock(out, wait=wait, timeout=wait_timeout):
        tables, kept = _analyze_locked(
            files,
            pipeline,
            out,
            fresh,
            (progress, stage or _quiet),
            (scheduler, jobs),
            repair,
            unread,
        )
    return Run(out, tables, kept)


def _analyze_locked(
    files: Sequence[Path],
    pipeline: str | Path,
    out: Path,
    fresh: bool,
    callbacks: tuple[ProgressCallback | None, StageCallback],
    engine: tuple[Any, int | None],
    repair: RepairConfig | None,
    unread: Sequence[Path] = (),
) -> tuple[dict[str, pd.DataFrame], list[Path]]:
    """:func:`analyze` once the run folder is locked: process, merge, store; the tables and
    the files left unprocessed because they are unchanged since the stored run. ``unread``:
    files of the input folders not read for their type (:func:`find_inputs`)."""
    from araseclit.report import render_figures, render_report

    progress, stage = callbacks
    order = [*files, *unread]  # the corpus's order: the rows of a fresh run come in it
    nlp = load_pipeline(pipeline)
    name = str(nlp.meta["araseclit_pipeline"])
    previous = previous_store(out, name, fresh)
    config = config_hash(nlp, repair)
    kept: list[Path] = []
    if previous:  # files unchanged since the stored run keep their rows (araseclit.incremental)
        kept = unchanged(files, previous["documents"], load_info(out).get(CONFIG_KEY), config)
        if len(kept) == len(files) and _unread_stored(previous, unread):
            return previous, kept  # nothing changed: nothing to process, recompute or write
        keep = set(kept)
        files = [f for f in files if f not in keep]
    scheduler, jobs = engine
    jobs = jobs or _default_jobs(len(files))
    if scheduler is not None:
        from araseclit.distributed import process_documents_dask

        records, errors = process_documents_dask(scheduler, pipeline, files, progress, repair)
    elif jobs > 1:
        from araseclit.pool import process_documents_pool

        records, errors = process_documents_pool(nlp, pipeline, files, jobs, progress, repair)
    else:
        records, errors = process_documents(nlp, files, progress, repair)
    errors += unread_errors(unread)
    tables = merge_tables(previous, records, errors, [*files, *unread], order)
    # the tables hold every row now: the records (dicts, about 0.4 MB per document of the
    # sample's kind) and the stored tables need not outlive them through the corpus steps
    del records, errors, previous
    stage("topics")
    run_corpus_steps(tables, CorpusSettings(**nlp.meta["araseclit_corpus"]))
    stage("report")
    report = render_report(tables, pipeline=name)
    info = {"pipeline": name, "araseclit_version": __version__, CONFIG_KEY: config}
    stage("store")
    try:
        write_store(out, tables, report, render_figures(tables), info)
    except OSError as exc:
        raise StoreError("E053", path=str(out), detail=exc.strerror or str(exc)) from exc
    return tables, kept


def _unread_stored(previous: dict[str, pd.DataFrame], unread: Sequence[Path]) -> bool:
    """Whether the stored errors hold the E004 row of every file in ``unread`` already."""
    errors = previous.get("errors", empty_frame("errors"))
    stored = set(errors.loc[errors["code"] == "E004", "path"]) if len(errors) else set()
    return {str(p) for p in unread} <= stored


def _default_jobs(n_files: int) -> int:
    from araseclit.pool import default_jobs

    return default_jobs(n_files)


def _quiet(name: str) -> None:
    """The default stage callback: say nothing."""


def open_run(path: str | Path) -> Run:
    """Open a stored run (a directory written by :func:`analyze`)."""
    return Run(Path(path), load_tables(path))
