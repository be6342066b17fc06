"""Runs into one run folder: one writer at a time, and no run's results are lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import araseclit
from araseclit.errors import StoreError
from araseclit.store.publish import PUBLIC  # what a published run links
from tests_support import lock_held_elsewhere

SRC = str(Path(__file__).resolve().parents[1] / "src")
INPUTS = ["01_ngos_national_security.txt", "03_disinformation_digital_security.txt"]


def test_a_second_run_fails_before_doing_any_work(
    tmp_path: Path, sample_docs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_work(*args: object, **kwargs: object) -> None:
        raise AssertionError("the pipeline was loaded while another run held the folder")

    monkeypatch.setattr("araseclit.run.load_pipeline", no_work)
    out = tmp_path / "run"
    with lock_held_elsewhere(out) as holder, pytest.raises(StoreError) as info:
        araseclit.analyze([sample_docs / INPUTS[0]], pipeline="audit", out=out)
    assert info.value.code == "E054" and info.value.fields["pid"] == str(holder.pid)


@pytest.mark.slow
def test_two_concurrent_runs_into_one_folder_both_land(tmp_path: Path, sample_docs: Path) -> None:
    """Two real `araseclit analyze --wait` processes: the second waits, then merges."""
    out = tmp_path / "run"
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("ARASECLIT_DEBUG", None)
    cli = [sys.executable, "-m", "araseclit.cli", "analyze", "-p", "audit", "--out", str(out)]
    runs = [
        subprocess.Popen(
            [*cli, "--wait", str(sample_docs / name)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env,
        )
        for name in INPUTS
    ]
    for proc in runs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    run = araseclit.open_run(out)
    assert sorted(Path(p).name for p in run.documents["path"]) == INPUTS
    current = os.readlink(out / ".araseclit-current")
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [".araseclit-current", current, ".araseclit.lock", *PUBLIC]
    )
