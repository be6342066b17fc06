"""Run the per-document pipeline on a Dask cluster (``dask.distributed``).

Documents are independent, so they are mapped over the cluster's workers; each worker
process builds the spaCy pipeline once and keeps it. Corpus steps (topics) and the store
are done by the caller, as in a local run, so a distributed run writes exactly the same
tables. Use: ``araseclit analyze papers/ --scheduler tcp://host:8786`` or
``araseclit.analyze(paths, scheduler=Client(...))``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language

from araseclit.errors import ConfigError
from araseclit.run import DocResult, ProgressCallback, collect_results, error_record, process_file

if TYPE_CHECKING:
    import pandas as pd

    from araseclit.repair.ops import RepairConfig


@lru_cache(maxsize=4)
def _worker_pipeline(pipeline: str) -> Language:
    from araseclit.pipeline.loader import load_pipeline

    return load_pipeline(pipeline)


def process_on_worker(pipeline: str, path: str, repair: RepairConfig | None = None) -> DocResult:
    """Task run by a Dask worker: one file through the cached pipeline. A document read in
    chunks is sent back as its tables, read from the worker's spill (which may be on
    another machine)."""
    from araseclit.store.spill import SpilledRecords

    records, error = process_file(_worker_pipeline(pipeline), Path(path), repair)
    if isinstance(records, SpilledRecords):
        records.load()
    return records, error


def _result(path: Path, future: Any) -> DocResult:
    """A worker's result, or an error record when the task itself failed (killed worker)."""
    try:
        return future.result()  # type: ignore[no-any-return]
    except Exception as exc:  # the worker died or lost the task: record it, go on
        return None, error_record(path, "worker", exc)


def process_documents_dask(
    scheduler: Any,
    pipeline: str | Path,
    files: Sequence[Path],
    progress: ProgressCallback | None = None,
    repair: RepairConfig | None = None,
) -> tuple[dict[str, pd.DataFrame], list[dict[str, object]]]:
    """Like :func:`araseclit.run.process_documents`, with the documents spread over Dask.

    ``scheduler`` is a ``dask.distributed.Client`` or a scheduler address; a client made
    here from an address is closed afterwards. Paths must be readable by the workers
    (they are sent as absolute paths: use a shared file system).
    """
    try:
        from dask.distributed import Client
    except ImportError as exc:
        raise ConfigError("E062") from exc
    own = not isinstance(scheduler, Client)
    client = Client(scheduler) if own else scheduler
    try:
        pipeline = (
            str(Path(pipeline).resolve()) if Path(pipeline).suffix == ".cfg" else str(pipeline)
        )
        futures = client.map(
            process_on_worker,
            [pipeline] * len(files),
            [str(Path(p).resolve()) for p in files],
            [repair] * len(files),
            pure=False,
        )
        results = (
            (path, _result(path, future)) for path, future in zip(files, futures, strict=True)
        )
        return collect_results(results, len(files), progress)
    finally:
        if own:
            client.close()
