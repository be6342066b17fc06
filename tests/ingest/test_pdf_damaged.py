"""A damaged PDF gets one short coded line on stderr, not pdfminer's own warnings around it."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLE_PDF = sorted(
    (Path(__file__).resolve().parents[2] / "corpora" / "sample" / "docs").glob("*.pdf")
)[0]
SRC = str(Path(__file__).resolve().parents[2] / "src")


def _damaged(seed: int, tmp_path: Path) -> Path:
    data = bytearray(SAMPLE_PDF.read_bytes())
    rng = random.Random(seed)
    for _ in range(len(data) // 1000):  # one byte in a thousand flipped
        data[rng.randrange(len(data))] ^= 0xFF
    path = tmp_path / f"damaged_{seed}.pdf"
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("seed", [1, 3])
def test_a_damaged_pdf_is_one_short_coded_line(seed: int, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": SRC}
    env.pop("ARASECLIT_DEBUG", None)
    done = subprocess.run(
        [sys.executable, "-m", "araseclit.cli", "text", str(_damaged(seed, tmp_path))],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    lines = done.stderr.strip().splitlines()
    if done.returncode == 0:  # the damage missed everything that matters: nothing to report
        assert lines == []
        return
    assert done.returncode == 2
    assert len(lines) == 1, done.stderr[:500]
    assert lines[0].startswith("araseclit: error [E0")
    assert len(lines[0]) < 400
