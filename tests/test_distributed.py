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


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for(port: int, seconds: float) -> None:
    import socket
    import time

    deadline = time.monotonic() + seconds
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def test_the_readme_command_line_cluster_runs_as_written(sample_docs: Path, tmp_path: Path) -> None:
    """The README's shell block: a ``dask scheduler``, a ``dask worker`` and
    ``araseclit analyze --scheduler``, with HEAD this machine, a free port instead of 8786,
    no dashboards, one sample paper for ``papers/`` and the fast ``audit`` pipeline."""
    pytest.importorskip("dask.distributed")
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## More than one machine", 1)[1].split("\n## ", 1)[0]
    block = section.split("```bash\n", 1)[1].split("```", 1)[0]
    commands = [
        line.split("#", 1)[0].strip().removesuffix("&").split() for line in block.splitlines()
    ]
    assert [c[:2] for c in commands] == [
        ["dask", "scheduler"],
        ["dask", "worker"],
        ["araseclit", "analyze"],
    ]
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    bin_dir = Path(sys.executable).parent
    paper = sample_docs / "03_disinformation_digital_security.txt"

    def local(args: list[str]) -> list[str]:
        words = [address if w == "tcp://HEAD:8786" else w for w in args]
        words = [str(paper) if w == "papers/" else w for w in words]
        words = [str(tmp_path / "runs" / "papers") if w == "runs/papers" else w for w in words]
        return [str(bin_dir / words[0]), *words[1:]]

    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    scheduler_cmd, worker_cmd, analyze_cmd = map(local, commands)
    daemons = [
        subprocess.Popen([*scheduler_cmd, "--port", str(port), "--no-dashboard"], env=env,
                         cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
        subprocess.Popen([*worker_cmd, "--no-dashboard", "--nthreads", "1"], env=env,
                         cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
    ]  # fmt: skip
    try:
        _wait_for(port, seconds=180)  # the client gives a scheduler 30 s to answer
        done = subprocess.run(
            [*analyze_cmd, "--pipeline", "audit"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
    finally:
        for daemon in reversed(daemons):
            daemon.terminate()
            daemon.wait(timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    run = araseclit.open_run(tmp_path / "runs" / "papers")
    local_run = araseclit.analyze([paper], pipeline="audit", out=tmp_path / "local", jobs=1)
    for name, table in local_run.tables.items():
        pd.testing.assert_frame_equal(run.tables[name], table, obj=name)
    assert len(run.citations) > 0
