"""Issue 12's line test: twice the chunks in one pdfplumber or pypdfium2 line cost at most
about 2.5 times the time.

When the issue was filed a pdfplumber line of 20, 40, 80 and 160 chunks took 0.7, 2.9, 28 and
169 s of CPU (cubic), and a pypdfium2 line of 160 chunks 86 s. A chunk here is a stretch of
left-to-right text inside the Arabic line (a number, a year, a page, a Latin name): what the
extractors move about. Two kinds of line, each made from text of the sample's register and
scrambled as the extractor prints it, one line per case (the scramble adds a page header):

* ``runs``: the four shapes that once cost quadratic time (a bracket of ؛-separated citations,
  a citation after every word, figures after every word, numbered brackets), thousands of
  chunks;
* ``prose``: the sample papers' paragraphs run together into one line, with their citations.

Linear time gives a ratio of about 2 (measured 1.9-2.1 on both extractors); quadratic gives
4. :data:`MAX_RATIO` is the issue's bound.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from fuzz_inputs import LINE_SHAPES

from araseclit.repair import repair_text
from araseclit.scramble import scramble
from araseclit.textmodel.scorer import default_scorer
from tests_support import best_cpu_seconds_alternating

#: the issue's bound on the time of a line with twice the chunks
MAX_RATIO = 2.5
#: a stretch of left-to-right text an extractor moves: a number, a year, a Latin word
_CHUNK = re.compile(r"[0-9A-Za-z]+")
_RUNS = ("citation_list", "citations", "digit_runs", "fragments")


def _runs(n: int) -> str:
    return " ".join(LINE_SHAPES[shape](n) for shape in _RUNS)


def _prose(n: int) -> str:
    return " ".join(LINE_SHAPES["visual_order"](1).split()[: 10 * n])


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["runs", "prose"])
@pytest.mark.parametrize("recipe", ["pdfplumber", "pypdfium2"])
def test_twice_the_chunks_in_a_line_cost_at_most_two_and_a_half_times(
    recipe: str, kind: str
) -> None:
    default_scorer()  # loaded once, outside the timing
    make = _runs if kind == "runs" else _prose
    sources = [make(150), make(300)]
    chunks = [len(_CHUNK.findall(text)) for text in sources]
    assert chunks[0] >= 150 and 1.8 <= chunks[1] / chunks[0] <= 2.2, chunks
    short, long = (scramble(text, recipe, seed=1, width=10**7).text for text in sources)
    for text in (short, long):  # one line holds the text
        assert max(len(line) for line in text.split("\n")) >= 0.9 * len(text)
    fast, slow = best_cpu_seconds_alternating(
        lambda: repair_text(short), lambda: repair_text(long), 5
    )
    ratio = slow / max(fast, 1e-3)
    assert ratio <= MAX_RATIO, f"{chunks[0]} -> {chunks[1]} chunks: {ratio:.2f}x the time"
