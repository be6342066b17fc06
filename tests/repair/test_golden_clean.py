"""Golden files of clean text repair must leave exactly as it is (``golden/clean``), written
for these tests: texts an earlier repair flipped, reflowed or glued.

- ``short_sentence``: one short sentence whose reversed word (عراقي -> يقارع) is a word too;
- ``comma_against_next``: a paragraph typed ``كلمة ،كلمة`` and ``نص .وفي``;
- ``year_suffix``: years written with the Gregorian suffix (``2003م``), no words glued;
- ``history_dates``: ``ق.م.`` / ``ب.م.`` dates and the words ``بلدًا`` (not ``بدلًا``) and
  ``علمًا``.

They live apart from ``golden/*.in.txt`` (extractor output with running heads and page
numbers, :mod:`test_golden`): a clean text has neither. The pdftotext-stripped case of the
same issue is ``golden/pdftotext_stripped``: the paragraph of its ``.out.txt`` run through
``araseclit.scramble.scramble(..., "pdftotext-stripped", seed=2)``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from araseclit.repair import repair_lines, repair_text

CLEAN = Path(__file__).parent / "golden" / "clean"
#: cases repair gets wrong today, with why
XFAIL: dict[str, str] = {}
CASES = [
    pytest.param(name, marks=[pytest.mark.xfail(strict=True, reason=XFAIL[name])])
    if name in XFAIL
    else name
    for name in sorted(p.name.removesuffix(".in.txt") for p in CLEAN.glob("*.in.txt"))
]


def _read(name: str) -> str:
    return (CLEAN / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("case", CASES)
def test_clean_golden_text_is_unchanged(case: str) -> None:
    assert repair_text(_read(f"{case}.in.txt")) == _read(f"{case}.out.txt").strip()


@pytest.mark.parametrize("case", CASES)
def test_clean_golden_text_is_read_as_logical_with_no_operation(case: str) -> None:
    result = repair_lines(_read(f"{case}.in.txt"))
    assert result.order == "logical"
    assert [op.name for ln in result.lines for op in ln.ops] == []


def test_every_case_has_its_expected_output() -> None:
    ins = {p.name.removesuffix(".in.txt") for p in CLEAN.glob("*.in.txt")}
    outs = {p.name.removesuffix(".out.txt") for p in CLEAN.glob("*.out.txt")}
    assert ins == outs and len(ins) == 4
