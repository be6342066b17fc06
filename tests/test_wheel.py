"""A non-editable install works: build the wheel, install it alone into a fresh venv that
sees this environment's dependencies, and analyse the sample corpus it ships."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_a_wheel_install_analyses_its_own_sample(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    build = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
    subprocess.run([*build, "-q", "-w", str(wheels), str(ROOT)], check=True, timeout=600)
    (wheel,) = wheels.glob("araseclit-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # this environment's dependencies, by path only: its .pth files (the editable
    # install's finder among them) are not run from there
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q"]
    subprocess.run([*install, "--no-deps", "--no-index", str(wheel)], check=True, timeout=600)
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "ARASECLIT_DEBUG"}}
    where = subprocess.run(
        [python, "-c", "import araseclit; print(araseclit.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(site)  # the wheel's copy, not this checkout
    result = subprocess.run(
        [venv / "bin" / "araseclit", "analyze", "-p", "audit", "-o", "run"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr
    assert "araseclit: 6 of 6 document(s) analysed" in result.stderr
    assert (tmp_path / "run" / "report.html").is_file()
