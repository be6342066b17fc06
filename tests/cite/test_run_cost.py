"""A long run of one character costs citation search time linear in its length.

Found by the fuzz pass (``benchmarks/bench_robustness.py``): the patterns of a name that left
its bracket (``حسيني، (1398: 78``), of a cue before a bracketed run (``ويرى (... الجبوري)2020:
54``) and of a Latin name before a bracketed year suffix (``UNAMI (b) 2020: 14``) began with
an unbounded run of name characters, so they were tried at every character of a long run
(tatweel, digits, a word the extraction glued together, dashes) and scanned the rest of it
each time: 16,000 tatweels took 9 s. Linear, such a run costs milliseconds; the budget below
leaves a margin of more than tenfold.
"""

from __future__ import annotations

import time

import pytest

from araseclit.cite import find_citations, find_references

N = 30_000
BUDGET_S = 1.5
RUNS = {
    "tatweel": "\u0640",
    "fatha": "\u064e",
    "digits": "5",
    "letters": "ب",
    "latin capitals": "A",
    "dashes": "-",
    "commas": "،",
    "colons": ":",
    "dots": ".",
    "guillemets": "«",
}
# a cue, the run in brackets and a locator after them; then an author outside its bracket
LINE = "ويرى الباحث (الجبوري، 2020: 54) أن الأمن قال ({run} الجبوري)2020: 54 و{run}، (2019: 11)"


@pytest.mark.parametrize("name", sorted(RUNS))
def test_a_long_run_takes_linear_time(name: str) -> None:
    text = LINE.format(run=RUNS[name] * (N // 2))
    start = time.process_time()
    find_citations(text)
    find_references(text)
    seconds = time.process_time() - start
    assert seconds < BUDGET_S, f"{N:,} characters of {name}: {seconds:.1f} s"


def test_the_bounds_keep_every_cue_and_plausible_author() -> None:
    """The runs are bounded above the longest cue word and the longest plausible author, so
    that a bound never changes what is found."""
    from araseclit.cite import citations, patterns

    assert max(map(len, citations._CUES)) < patterns.MAX_CUE_CHARS
    assert not citations._plausible_author("ب" * (patterns.MAX_NAME_CHARS + 1))
