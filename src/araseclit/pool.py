"""Run the per-document pipeline on a local pool of worker processes (every core by default).

Documents are independent, so they are spread over ``jobs`` processes, each holding the
spaCy pipeline; results come back in input order, so the tables and ids are those of a
serial run. Where the platform forks, workers inherit the pipeline the caller already
loaded (no second start-up); elsewhere each worker loads it once. Dask stays the engine for
more than one machine (:mod:`araseclit.distributed`).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language

from araseclit.run import DocResult, ProgressCallback, collect_results, error_record, process_file

if TYPE_CHECKING:
    import pandas as pd

    from araseclit.repair.ops import RepairConfig

#: the pipeline of this worker process (set before forking, or by the initializer)
_NLP: Language | None = None


def default_jobs(n_files: int) -> int:
    """Worker processes for ``n_files`` documents: one per core this process may use, at
    most one per document."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, n_files))


def _load(pipeline: str) -> None:
    global _NLP
    from araseclit.pipeline.loader import load_pipeline

    _NLP = load_pipeline(pipeline)
    # what the pipeline loaded stays for the worker's life: out of the collector's reach, as
    # a forked worker's is (frozen before the fork), so that no full collection walks it again
    gc.collect()
    gc.freeze()


def _process(path: str, repair: RepairConfig | None) -> DocResult:
    assert _NLP is not None, "the worker has no pipeline"
    return process_file(_NLP, Path(path), repair)


def _result(path: Path, future: Future[DocResult]) -> DocResult:
    """A worker's result, or an error record when the worker itself died."""
    try:
        return future.result()
    except Exception as exc:  # a worker killed by the system (memory): record it, go on
        return None, error_record(path, "worker", exc)


def process_documents_pool(
    nlp: Language,
    pipeline: str | Path,
    files: Sequence[Path],
    jobs: int,
    progress: ProgressCallback | None = None,
    repair: RepairConfig | None = None,
) -> tuple[dict[str, pd.DataFrame], list[dict[str, object]]]:
    """Like :func:`araseclit.run.process_documents`, over ``jobs`` worker processes.

    ``nlp`` is the pipeline the caller loaded from ``pipeline`` (a name or a ``.cfg``
    path): forked workers use it as it is, others load ``pipeline`` once each. A document
    read in chunks comes back as the folder its worker spilled its records into (on this
    machine), not as its records.
    """
    global _NLP
    fork = "fork" in multiprocessing.get_all_start_methods()
    frozen_before = gc.get_freeze_count() > 0
    context = multiprocessing.get_context("fork" if fork else "spawn")
    if fork:
        _NLP = nlp  # inherited by the forked workers
        initializer, initargs = None, ()
        # the pipeline's objects go to the collector's permanent generation: a forked worker's
        # collections then never write to (and so copy) the pages it shares with this process;
        # a freeze the caller made is left as it is
        gc.freeze()
    else:
        spec = str(Path(pipeline).resolve()) if Path(pipeline).suffix == ".cfg" else pipeline
        initializer, initargs = _load, (str(spec),)
    try:
        with ProcessPoolExecutor(jobs, context, initializer, initargs) as pool:
            futures = [pool.submit(_process, str(path), repair) for path in files]
            results = (
                (path, _result(path, future)) for path, future in zip(files, futures, strict=True)
            )
            return collect_results(results, len(files), progress)
    finally:
        _NLP = None
        if fork and not frozen_before:
            gc.unfreeze()
