"""Plots never change matplotlib's process-wide backend (notebook inline plots survive)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path


def test_save_png_keeps_the_backend_a_notebook_chose(tmp_path: Path) -> None:
    # a fresh process: the backend is process state, and pytest's own may already be Agg
    script = textwrap.dedent(
        f"""
        import matplotlib
        matplotlib.use("svg")  # stands for a notebook's inline backend
        import pandas as pd
        from araseclit.topics import save_png

        matrix = pd.DataFrame([[3, 1], [0, 2]], index=["0: الأمن الوطني", "1: المنظمات"],
                              columns=["العراق", "داعش"])
        out = save_png(matrix, {str(tmp_path / "m.png")!r})
        import matplotlib.pyplot as plt
        print(matplotlib.get_backend(), out.read_bytes()[:4] == b"\\x89PNG", plt.get_fignums())
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=300
    )
    assert done.stdout.split() == ["svg", "True", "[]"]
