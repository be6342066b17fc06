"""A run on a local pool of worker processes writes the same tables as a run in one."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import araseclit
from araseclit.pool import default_jobs


def test_default_jobs_is_one_per_core_and_at_most_one_per_document() -> None:
    assert default_jobs(1) == 1
    assert 1 <= default_jobs(1000) <= 1000
    assert default_jobs(2) <= 2


def test_jobs_below_one_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="jobs"):
        araseclit.analyze([tmp_path], out=tmp_path / "run", jobs=0)


@pytest.mark.slow
def test_two_worker_processes_write_the_tables_of_one(sample_docs: Path, tmp_path: Path) -> None:
    files = sorted(p for p in sample_docs.iterdir() if p.suffix in {".txt", ".docx", ".pdf"})
    (tmp_path / "empty.txt").write_bytes(b"")
    inputs = [*files[:4], tmp_path / "empty.txt"]
    seen: list[tuple[str, int]] = []
    one = araseclit.analyze(inputs, pipeline="audit", out=tmp_path / "one", jobs=1)
    two = araseclit.analyze(
        inputs,
        pipeline="audit",
        out=tmp_path / "two",
        jobs=2,
        progress=lambda path, done, total, error: seen.append((Path(path).name, done)),
    )
    assert seen == [(p.name, i + 1) for i, p in enumerate(inputs)]  # in input order
    assert set(two.tables) == set(one.tables)
    for name, table in one.tables.items():
        pd.testing.assert_frame_equal(two.tables[name], table, obj=name)
    assert list(two.errors["code"]) == ["E002"]
