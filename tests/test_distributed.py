"""A run on a Dask cluster writes the same tables as a local run."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import araseclit

pytestmark = pytest.mark.slow


def test_dask_run_equals_local_run(sample_docs: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed")
    files = sorted(p for p in sample_docs.iterdir() if p.suffix in {".txt", ".docx"})[:3]
    (tmp_path / "bad.txt").write_bytes(b"")
    inputs = [*files, tmp_path / "bad.txt"]
    local = araseclit.analyze(inputs, pipeline="audit", out=tmp_path / "local")
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        remote = araseclit.analyze(
            inputs, pipeline="audit", out=tmp_path / "dask", scheduler=client
        )
    assert remote.counts() == local.counts()
    for table in ("documents", "sentences", "citations", "references"):
        pd.testing.assert_frame_equal(getattr(remote, table), getattr(local, table))
    assert list(remote.errors["code"]) == ["E002"]
    pd.testing.assert_frame_equal(remote.errors, local.errors)
