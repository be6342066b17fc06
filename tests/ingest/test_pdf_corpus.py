"""read_pdf_lines over the sample corpus PDFs (LibreOffice in three fonts, Chromium).

Slow (about a second per PDF). Skipped when ``corpora/sample`` has no PDF variants.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from rapidfuzz.distance import Levenshtein

from araseclit.document import assemble
from araseclit.ingest.pdf import PdfResult, read_pdf_lines

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "sample"
PDFS = sorted((CORPUS / "variants").glob("*/*.pdf"))

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not PDFS, reason="corpora/sample/variants has no PDFs"),
]


@cache
def read(pdf: Path) -> PdfResult:
    return read_pdf_lines(pdf)


def source(pdf: Path) -> str:
    return (CORPUS / "sources" / f"{pdf.parent.name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: f"{p.parent.name[:2]}-{p.stem}")
def test_text_matches_the_source(pdf: Path) -> None:
    text = " ".join(assemble(read(pdf).lines)[0].split())
    reference = " ".join(source(pdf).split())
    assert Levenshtein.distance(text, reference) / len(reference) < 0.005


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: f"{p.parent.name[:2]}-{p.stem}")
def test_layout_noise_is_recognised(pdf: Path) -> None:
    result = read(pdf)
    kinds = [ln.kind for ln in result.lines]
    assert kinds.count("header") == kinds.count("page_number") == result.n_pages
    assert "footnote" not in kinds  # the corpus has none; its small-type reference list is body
    assert result.metadata["page_labels"] == [str(n) for n in range(1, result.n_pages + 1)]
    assert len(result.metadata["running_headers"]) == 1  # type: ignore[arg-type]


def _starts(text: str, sep: str) -> list[str]:
    return [" ".join(block.split()[:3]) for block in text.split(sep) if block.strip()]


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: f"{p.parent.name[:2]}-{p.stem}")
def test_paragraph_starts_match_the_source(pdf: Path) -> None:
    """Source paragraphs, headings and reference entries (one per line) begin paragraphs of
    the output, and output paragraphs begin where the source has one (a title broken over
    two lines and a reference entry filling its whole line are the known misses)."""
    reference = set(_starts(source(pdf), "\n"))
    found = _starts(assemble(read(pdf).lines)[0], "\n\n")
    recall = len(reference & set(found)) / len(reference)
    precision = sum(start in reference for start in found) / len(found)
    assert recall >= 0.75
    assert precision >= 0.75


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: f"{p.parent.name[:2]}-{p.stem}")
def test_title_broken_over_lines_is_one_heading(pdf: Path) -> None:
    headings = [ln for ln in read(pdf).lines if ln.kind == "heading"]
    title = [headings[0].text]
    for ln in headings[1:]:
        if ln.para_start:
            break
        title.append(ln.text)
    assert " ".join(title) == source(pdf).splitlines()[0].strip()


WAITING_YEAR = re.compile(r"\((?:[^()\d]+[،,] ?)?(?:1[34]|19|20)\d\d[a-e]?: ?(?![\d ])")


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: f"{p.parent.name[:2]}-{p.stem}")
def test_no_citation_is_left_waiting_for_its_page(pdf: Path) -> None:
    """A page the bidi resolution put behind its bracket on the next line (``Lederach
    (1997:`` + ``(39 أن``) goes back: every ``YEAR:`` in a bracket is followed by its page."""
    text = assemble(read(pdf).lines)[0]
    assert [m.group() for m in WAITING_YEAR.finditer(text)] == []
