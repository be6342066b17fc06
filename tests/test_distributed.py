"""A run on a Dask cluster of worker processes writes the same tables as a local run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import araseclit
from reading_support import SRC

pytestmark = pytest.mark.slow


def test_a_dask_run_on_two_worker_processes_equals_a_local_run(
    sample_docs: Path, tmp_path: Path
) -> None:
    distributed = pytest.importorskip("dask.distributed")
    files = sorted(p for p in sample_docs.iterdir() if p.suffix in {".txt", ".docx", ".pdf"})
    files = files[:4]  # text, PDF and DOCX
    assert {p.suffix for p in files} == {".txt", ".pdf", ".docx"}
    (tmp_path / "bad.txt").write_bytes(b"")
    inputs = [*files, tmp_path / "bad.txt"]
    local = araseclit.analyze(inputs, out=tmp_path / "local")  # the default pipeline
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        remote = araseclit.analyze(inputs, out=tmp_path / "dask", scheduler=client)
    assert remote.counts() == local.counts()
    assert set(remote.tables) == set(local.tables)
    for name, table in local.tables.items():  # every table, row for row, topics included
        assert len(table) > 0, name
        pd.testing.assert_frame_equal(remote.tables[name], table, obj=name)
    assert list(remote.errors["code"]) == ["E002"]


def test_the_readme_cluster_example_runs_as_written(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## More than one machine", 1)[1].split("\n## ", 1)[0]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    script = tmp_path / "cluster.py"
    script.write_text(code, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    counts = araseclit.open_run(tmp_path / "runs" / "cluster").counts()
    assert counts["documents"] >= 6 and counts["citations"] > 0 and counts["topics"] > 0
