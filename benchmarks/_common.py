"""What several benchmarks share. A benchmark runs as a script, so ``benchmarks/`` is on its
path and ``from _common import ...`` finds this module."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def run_child(script: str | Path, task: dict, **env: str) -> dict:
    """The result of ``script --child <task as JSON>`` in a fresh interpreter, read from the
    last line it prints (JSON), with ``env`` added to this process's environment.

    A measurement in a fresh process is of that run alone: its imports, JIT compilation, peak
    memory and the state the library keeps between calls start from nothing each time.
    """
    done = subprocess.run(
        [sys.executable, str(script), "--child", json.dumps(task)],
        env=dict(os.environ, **env),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])
