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
from typing import Any

from spacy.language import Language

from araseclit.run import DocResult, ProgressCallback, collect_results, process_file


@lru_cache(maxsize=4)
def _worker_pipeline(pipeline: str) -> Language:
    from araseclit.pipeline.loader import load_pipeline

    return load_pipeline(pipeline)


def process_on_worker(pipeline: str, path: str) -> DocResult:
    """Task run by a Dask worker: one file through the cached pipeline."""
    return process_file(_worker_pipeline(pipeline), Path(path))


def _client(scheduler: Any) -> Any:
    from dask.distributed import Client

    return scheduler if isinstance(scheduler, Client) else Client(scheduler)


def process_documents_dask(
    scheduler: Any,
    pipeline: str | Path,
    files: Sequence[Path],
    progress: ProgressCallback | None = None,
) -> tuple[dict[str, list[dict[str, object]]], list[dict[str, object]]]:
    """Like :func:`araseclit.run.process_documents`, with the documents spread over Dask."""
    client = _client(scheduler)
    pipeline = str(Path(pipeline).resolve()) if Path(pipeline).suffix == ".cfg" else str(pipeline)
    futures = client.map(
        process_on_worker, [pipeline] * len(files), [str(p) for p in files], pure=False
    )
    results = ((path, future.result()) for path, future in zip(files, futures, strict=True))
    return collect_results(results, len(files), progress)
