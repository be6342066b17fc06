"""The report's size: under 1.5 MB for the sample run (4.9 MB before, 4.8 MB of it
plotly.js), under 5 MB for 200 documents."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import araseclit
from araseclit.report import render_report

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from bench_report import MB, scaled


@pytest.mark.slow
def test_report_size_for_the_sample_and_for_200_documents(tmp_path: Path) -> None:
    run = araseclit.analyze(None, "default", tmp_path / "run")
    size = run.report_path.stat().st_size
    assert len(run.documents) == 6 and size < 1.5 * MB, size
    big = render_report(scaled(run.tables, 200), pipeline="default")
    assert big.count('<tr id="d-') == 200  # one row per document
    assert len(big.encode("utf-8")) < 5 * MB
