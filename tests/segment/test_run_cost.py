"""A long run of one character costs the tokenizer and the sentence splitter time linear in
its length.

Found by the fuzz pass (``benchmarks/bench_robustness.py``): the e-mail part of the URL
pattern, tried at every character of a run of word characters, dots or dashes, scanned the
rest of the run each time, and the glued-period check searched letters back from the start
of the paragraph at every period. A run of 16,000 digits took 1.9 s to split, a text of
16,000 dots was tokenized in quadratic time. Linear, such a run costs milliseconds; the
budget below leaves a margin of more than tenfold.
"""

from __future__ import annotations

import time

import pytest

from araseclit.segment.sentences import split_sentences

#: a run long enough that quadratic cost shows (seconds), linear stays far below the budget
N = 30_000
BUDGET_S = 1.5
RUNS = {
    "digits": "5",
    "tatweel": "\u0640",
    "letters": "ب",
    "latin": "A",
    "underscores": "_",
    "dots": ".",
    "dashes": "-",
    "pluses": "+",
    "glued periods": "ب.",
    "abbreviations": "ص. ",
}
PROSE = "ويرى الباحث أن الأمن المجتمعي مفهوم متحول. "


def _text(run: str) -> str:
    return PROSE + run * (N // len(run)) + " " + PROSE


def _seconds(fn, text: str) -> float:  # type: ignore[no-untyped-def]
    start = time.process_time()
    fn(text)
    return time.process_time() - start


@pytest.mark.parametrize("name", sorted(RUNS))
def test_splitting_a_long_run_takes_linear_time(name: str) -> None:
    seconds = _seconds(split_sentences, _text(RUNS[name]))
    assert seconds < BUDGET_S, f"{N:,} characters of {name}: {seconds:.1f} s"


@pytest.mark.parametrize("name", sorted(RUNS))
def test_tokenizing_a_long_run_takes_linear_time(nlp, name: str) -> None:  # type: ignore[no-untyped-def]
    seconds = _seconds(nlp.make_doc, _text(RUNS[name]))
    assert seconds < BUDGET_S, f"{N:,} characters of {name}: {seconds:.1f} s"
