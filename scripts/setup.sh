#!/usr/bin/env bash
# Create .venv/ at the repository root and install araseclit with its test extras.
# torch is pinned first: camel-tools depends on torch, and an unpinned torch resolves to a
# multi-GB CUDA build; 2.13.0 is a CPU build. Safe to re-run (pip skips what is installed).
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-$(command -v python3.11 || command -v python3)}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet "torch==2.13.0"
.venv/bin/python -m pip install --quiet "torch==2.13.0" -e ".[test]"
# The report's browser tests drive Debian's Chromium through Playwright (Playwright's own
# browser download is never used). Installed only when missing, so this works offline on
# a machine that has it; without it those tests skip.
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null || \
    echo "setup: chromium not installed; the report's browser tests will skip" >&2
fi
# wordfreq's word lists as the text model's memory-mapped tables, built once per machine
# (about 2-3 s) in $ARASECLIT_CACHE_DIR or ~/.cache/araseclit, so no command pays for it later
.venv/bin/python -c "from araseclit.textmodel.frequency import word_frequencies as w; w('ar'); w('en'); w('fa')" \
  || echo "setup: the word-list cache was not written; each run will build it in memory" >&2
