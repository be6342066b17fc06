"""Clean text whose habits an order reads as damage must stay as it is (issue 11), and the
orders it was wrongly given must still be found where an extractor did scramble the text.

Golden files (``golden/clean/habits``, written for these tests, in the shape of documents
repair changed):

- ``note_markers``: a paper whose note markers a word processor exported after the stop or
  comma (``القرار.1 وقد``, ``بالوكالة،2 ورأى``) and whose notes are numbered ``4. Hybrid
  governance``; read as ``islands`` (the marker moved before the stop, the number to the
  Latin note's end), every citation of such a paper was lost;
- ``stamped_transcript``: a radio phone-in whose ``[00:01:02]`` stamps fall mid-line (turns
  run into one paragraph), as pypdfium2 gives it in logical order; read as ``runs`` (the
  clauses either side of each stamp swapped), its error rate tripled.

They live in a folder of their own: ``test_golden_clean`` counts the files beside it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from araseclit.repair import repair_lines
from araseclit.repair.decide import moves_whole_group, reverses_numbers, unhabit
from araseclit.scramble import scramble

HABITS = Path(__file__).parent / "golden" / "clean" / "habits"
CASES = sorted(p.name.removesuffix(".in.txt") for p in HABITS.glob("*.in.txt"))


def _read(name: str) -> str:
    return (HABITS / name).read_text(encoding="utf-8")


def test_both_cases_are_there() -> None:
    outs = {p.name.removesuffix(".out.txt") for p in HABITS.glob("*.out.txt")}
    assert CASES == sorted(outs) == ["note_markers", "stamped_transcript"]


@pytest.mark.parametrize("case", CASES)
def test_clean_text_with_habits_is_logical_and_every_line_unchanged(case: str) -> None:
    result = repair_lines(_read(f"{case}.in.txt"))
    assert result.order == "logical"
    assert [op.name for ln in result.lines for op in ln.ops] == []
    expected = _read(f"{case}.out.txt").split("\n")
    assert [ln.text for ln in result.lines if ln.text.strip()] == [e for e in expected if e.strip()]


def test_a_note_marker_after_its_stop_is_forgiven_as_the_reading_would_put_it() -> None:
    assert unhabit("على القرار.1 وقد وصف") == "على القرار 1. وقد وصف"
    assert unhabit("بأنها حوكمة بالوكالة،2 ورأى") == "بأنها حوكمة بالوكالة 2، ورأى"
    # pypdfium2's own damage ("القرار 1." given as "القرار .1") is not a habit
    assert unhabit("على القرار .1 وقد وصف") == "على القرار .1 وقد وصف"


def test_stamps_rising_along_a_line_read_falling_are_a_logical_line() -> None:
    raw = "أغلب الحالات. [00:01:02] سامر: تفضل يا عم. [00:01:05] أبو خالد: صباح النور."
    swapped = "أبو خالد: صباح النور. [00:01:05] سامر: تفضل يا عم. [00:01:02] أغلب الحالات."
    assert reverses_numbers(raw, swapped)
    # stamps falling as they stand (a line in display order) are put right, not refused
    assert not reverses_numbers(swapped, raw)
    # small numbers need not rise ("المجلد 4، العدد 1"): no evidence either way
    assert not reverses_numbers("المجلد 1، العدد 4", "العدد 4، المجلد 1")


def test_a_group_kept_whole_but_moved_from_its_words_is_refused() -> None:
    # a stamp opening the line read to its end, clauses swapped about a stamp
    assert moves_whole_group("[00:00:09] سامر: صباح الخير", "سامر: صباح الخير [00:00:09]")
    assert moves_whole_group("تصدر بعده. [00:06:40] سامر: شكرًا", "سامر: شكرًا [00:06:40] تصدر بعده.")
    assert moves_whole_group("4. ينظر: العبدالله، ص 14", "ينظر: العبدالله، ص 14 4.")
    # pypdfium2's turned brackets put right where they stand, pdftotext's stop put back
    assert not moves_whole_group("]00:00:09[ سامر: صباح", "[00:00:09] سامر: صباح")
    assert not moves_whole_group("الحالات ]00:01:02[ .سامر :تفضل", "الحالات. [00:01:02] سامر: تفضل")
    # pdfplumber's line read backwards, its broken words joined: its words are rewritten,
    # so the group's neighbours say nothing (the reversed order keeps its evidence)
    assert not moves_whole_group(")WO/19( :ة صقانملا مقر", "رقم المناقصة: (WO/19)")
    # pdftotext without its controls leaves brackets about a stop: no group kept whole
    assert not moves_whole_group("المفوضية السامية (.)UNHCR", "المفوضية السامية (UNHCR).")
    # a Latin run read backwards is rewritten, not moved: no judgement
    assert not moves_whole_group("قال )12 :2019 ,Smith( إن", "قال (Smith, 2019: 12) إن")


def _turns(text: str) -> str:
    """The transcript one turn a line, its stamps opening the lines."""
    return re.sub(r"\s*\n(?!\[)", " ", text).replace(" [00", "\n[00")


@pytest.mark.parametrize(
    ("recipe", "order"),
    [("pypdfium2", "islands"), ("runs", "runs"), ("pdftotext-stripped", "stripped")],
)
def test_the_transcript_scrambled_is_still_read_in_its_extractors_order(
    recipe: str, order: str
) -> None:
    """The refusals above must not cost the orders their real cases: the same transcript
    through each extractor is still found scrambled, and pypdfium2's (turned brackets) is read
    as pypdfium2's, not as runs moving every stamp to the line's end."""
    text = _read("stamped_transcript.in.txt")
    for source in (text, _turns(text)):
        assert repair_lines(scramble(source, recipe, seed=1).text).order == order


@pytest.mark.parametrize(
    ("recipe", "order"), [("pypdfium2", "islands"), ("pdftotext-stripped", "stripped")]
)
def test_the_paper_scrambled_is_still_read_in_its_extractors_order(recipe: str, order: str) -> None:
    """The paper with its markers before the stop, as the extractors' sources have them."""
    text = re.sub(r"([.،])(\d{1,2})(?=\s|$)", r" \2\1", _read("note_markers.in.txt"))
    assert repair_lines(scramble(text, recipe, seed=1).text).order == order
