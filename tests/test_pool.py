"""A run on a local pool of worker processes writes the same tables as a run in one."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pandas as pd
import pytest

import araseclit
import araseclit.pool
from araseclit.pool import default_jobs


def test_default_jobs_is_one_per_core_and_at_most_one_per_document() -> None:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert default_jobs(1000) == cores
    assert default_jobs(1) == 1
    assert default_jobs(2) == min(2, cores)


def test_jobs_below_one_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="jobs"):
        araseclit.analyze([tmp_path], out=tmp_path / "run", jobs=0)


@pytest.mark.slow
def test_two_worker_processes_write_the_tables_of_one(
    sample_docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The default pipeline (topics included): every table, ids and offsets, row for row;
    and the documents were read in two worker processes, not in this one (issue 12: the
    per-document work did not use the second core)."""
    files = sorted(p for p in sample_docs.iterdir() if p.suffix in {".txt", ".docx", ".pdf"})
    (tmp_path / "empty.txt").write_bytes(b"")
    inputs = [*files[:4], tmp_path / "empty.txt"]
    workers = tmp_path / "workers.txt"
    process_file = araseclit.pool.process_file

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        with workers.open("a", encoding="utf-8") as log:
            log.write(f"{os.getpid()}\n")
        return process_file(*args, **kwargs)

    monkeypatch.setattr(araseclit.pool, "process_file", recorded)  # a forked worker inherits it
    seen: list[tuple[str, int]] = []
    one = araseclit.analyze(inputs, out=tmp_path / "one", jobs=1)
    assert not workers.exists()  # one process: no pool
    two = araseclit.analyze(
        inputs,
        out=tmp_path / "two",
        jobs=2,
        progress=lambda path, done, total, error: seen.append((Path(path).name, done)),
    )
    assert seen == [(p.name, i + 1) for i, p in enumerate(inputs)]  # in input order
    if "fork" in multiprocessing.get_all_start_methods():  # (spawned workers: not patched)
        pids = workers.read_text(encoding="utf-8").split()
        assert len(pids) == len(inputs) and str(os.getpid()) not in pids
        assert len(set(pids)) == 2
    assert set(two.tables) == set(one.tables)
    for name, table in one.tables.items():
        assert len(table) > 0, name
        pd.testing.assert_frame_equal(two.tables[name], table, obj=name)
    assert list(two.errors["code"]) == ["E002"]
