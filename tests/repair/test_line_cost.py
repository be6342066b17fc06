"""Repair time grows linearly with line length, whatever the line holds.

A line of a real document can be a whole paragraph (text typed one paragraph per line) or a
runaway extraction with hundreds of chunks. Before the per-line searches were bounded, such
lines cost time quadratic in their length: bracket roles were re-scanned to the line's end
for every bracket, tanween marks re-split the whole prefix for every chunk, the guard
diffed every word against every word, and the neutrals ending a run of words were searched
for from each dot of a run of dot leaders. Each case here builds one long line of a shape
that was quadratic, scrambles it the way an extractor would, and checks that four times the
length costs at most :data:`MAX_RATIO` times the time (linear: about 4; quadratic: 16).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from fuzz_inputs import LINE_SHAPES, WORDS

from araseclit.repair import repair_text
from araseclit.scramble import scramble
from araseclit.textmodel.scorer import default_scorer
from tests_support import best_cpu_seconds_alternating

#: allowed time ratio for a line four times as long: linear is about 4 (measured 3.4-4.6 quiet,
#: 8.6 once in CI when the two lengths were timed one after the other), quadratic 16; the two
#: lengths are now timed in turn so a change of load falls on both alike
MAX_RATIO = 10.0
#: the shapes of line that once cost quadratic time, shared with the fuzz benchmark
SHAPES = {k: LINE_SHAPES[k] for k in ("fragments", "citations", "citation_list", "digit_runs")}


def _leaders(n: int) -> str:  # dot leaders: one run of dots between cited words
    words = " ".join(WORDS)
    return f"{words} (Dodge, 2012: 45) {'.' * (10 * n)} {words} 2003"


RECIPES = ("pdftotext", "pdftotext-stripped", "pdfplumber", "pypdfium2", "runs")


def _ratio(short: str, long: str) -> float:
    """Time of the long line over the short one, each the least of five runs taken in turn."""
    t_short, t_long = best_cpu_seconds_alternating(
        lambda: repair_text(short), lambda: repair_text(long), runs=5
    )
    return t_long / max(t_short, 1e-3)


@pytest.mark.slow
@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("recipe", RECIPES)
def test_four_times_the_line_costs_at_most_ten_times_the_time(recipe: str, shape: str) -> None:
    default_scorer()  # loaded once, outside the timing
    make = SHAPES[shape]
    short = scramble(make(300), recipe, seed=1, width=10**7).text
    long = scramble(make(1200), recipe, seed=1, width=10**7).text
    for text in (short, long):  # one long line (the scramble adds a page number or header)
        assert max(len(line) for line in text.split("\n")) >= 0.9 * len(text)
    ratio = _ratio(short, long)
    assert ratio <= MAX_RATIO, f"{len(short)} -> {len(long)} chars: {ratio:.1f}x the time"


@pytest.mark.slow
def test_a_line_of_dot_leaders_as_typed_costs_linear_time() -> None:
    default_scorer()
    short, long = _leaders(300), _leaders(1200)
    ratio = _ratio(short, long)
    assert ratio <= MAX_RATIO, f"{len(short)} -> {len(long)} chars: {ratio:.1f}x the time"
