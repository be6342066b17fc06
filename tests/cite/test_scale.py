"""``find_citations`` stays linear in the length of the text (a book-length extraction must
not take minutes): four times the text may take at most eight times as long."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from araseclit.cite import find_citations

SOURCES = Path(__file__).resolve().parents[2] / "corpora" / "sample" / "sources"

pytestmark = pytest.mark.slow


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        find_citations(text)
        best = min(best, time.perf_counter() - t0)
    return best


def test_four_times_the_text_takes_at_most_eight_times_as_long() -> None:
    corpus = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SOURCES.glob("*.txt")))
    small = (corpus * 8)[:150_000]
    large = (corpus * 32)[:600_000]
    assert _seconds(large) < 8 * _seconds(small)
