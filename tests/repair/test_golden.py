"""Golden files: raw extractor output (``*.in.txt``) and the text repair must give (``*.out.txt``).

``libreoffice_*``: one two-page RTL document written for these tests, exported to PDF by
LibreOffice (Amiri) and extracted by pdftotext, pdfplumber and pypdfium2. ``visual_runs``:
lines in the damage pattern of the seed chapter (runs in visual order, split citations,
mirrored brackets, a reversed running-header year), written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from araseclit.repair import repair_lines, repair_text

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.name.removesuffix(".in.txt") for p in GOLDEN.glob("*.in.txt"))


def _read(name: str) -> str:
    return (GOLDEN / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("case", CASES)
def test_golden_text(case: str) -> None:
    got = repair_text(_read(f"{case}.in.txt"))
    # line breaks inside a paragraph are not part of the contract; words and order are
    assert got.split() == _read(f"{case}.out.txt").split()


@pytest.mark.parametrize("case", CASES)
def test_golden_is_a_fixed_point(case: str) -> None:
    once = repair_text(_read(f"{case}.in.txt"))
    assert repair_text(once) == once


@pytest.mark.parametrize("case", CASES)
def test_golden_headers_and_page_numbers_leave_the_body(case: str) -> None:
    lines = repair_lines(_read(f"{case}.in.txt")).lines
    noise = [ln for ln in lines if ln.kind in ("header", "footer", "page_number")]
    assert noise, "running header / page number not recognised"
    assert all("2026" in ln.text for ln in noise if ln.kind == "header")
    body = repair_text(_read(f"{case}.in.txt"))
    assert "2026" not in body and "6202" not in body


def test_visual_runs_paragraphs_and_heading() -> None:
    text = repair_text(_read("visual_runs.in.txt"))
    heading, paragraph = text.split("\n\n")
    assert heading == "3.1 التحديات الراهنة"
    assert "(Dodge، 2020: 56)." in paragraph and "(الحميد، 2019: 27)" in paragraph


SOURCES = Path(__file__).resolve().parents[2] / "corpora" / "sample" / "sources"


@pytest.mark.parametrize("path", sorted(SOURCES.glob("*.txt")), ids=lambda p: p.stem)
def test_clean_sample_sources_are_unchanged(path: Path) -> None:
    """Clean logical text (headings, citations, Persian references, Hijri dates) passes
    through: same words in the same order, Persian letters as written."""
    source = path.read_text(encoding="utf-8")
    assert repair_text(source).split() == source.split()
