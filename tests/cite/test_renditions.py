"""Issue #4's target, per document: citation F1 >= 0.97 on every sample document as read
from each extractor's raw output (pdftotext, pdftotext -layout, pdfplumber, pypdfium2 of the
LibreOffice and Chromium PDFs), through ``araseclit.ingest.read`` as a user would read it.

A citation is right when author key, year (as written) and page all equal the answer key's
(``corpora/sample/gold/*.citations.jsonl``); numeric ones by number. ``benchmarks/
bench_citations.py`` prints the same grid. Cells still below the target are listed in
``BELOW_TARGET`` as strict xfails, so a fix, or a new regression, shows up here.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from araseclit.cite import find_citations
from tests_support import citation_key

SAMPLE = Path(__file__).resolve().parents[2] / "corpora" / "sample"
NAMES = sorted(p.name.split(".")[0] for p in (SAMPLE / "gold").glob("*.citations.jsonl"))
PRODUCERS = ("chromium", "libreoffice-amiri", "libreoffice-noto-naskh", "libreoffice-noto-sans")
EXTRACTORS = ("pdftotext", "pdftotext-layout", "pdfplumber", "pypdfium2")
TARGET = 0.97
#: (document prefix, rendition) -> why it is still below the target
BELOW_TARGET: dict[tuple[str, str], str] = {
    ("04", "libreoffice-noto-naskh.pypdfium2"): (
        "F1 0.958 (23 of 24): repair v2 leaves the line that pypdfium2 cut inside '(Gaston, cited"
        " in Cambanis et al., 2019: 33)' as it stands, since its islands reading scores worse;"
        " v1 read it by rule into a form the citation parser happened to accept"
    ),
}

pytestmark = pytest.mark.slow


_key = citation_key


def _f1(pred: list[tuple], gold: list[tuple]) -> float:
    tp = sum((Counter(pred) & Counter(gold)).values())
    return 2 * tp / (len(pred) + len(gold)) if pred or gold else 1.0


def _cases() -> list[object]:
    cases = []
    for name in NAMES:
        for producer in PRODUCERS:
            for extractor in EXTRACTORS:
                rendition = f"{producer}.{extractor}"
                reason = BELOW_TARGET.get((name[:2], rendition))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                cases.append(
                    pytest.param(name, rendition, marks=marks, id=f"{name[:2]}-{rendition}")
                )
    return cases


@pytest.mark.parametrize(("name", "rendition"), _cases())
def test_citation_f1_per_document_and_extractor(name: str, rendition: str) -> None:
    from araseclit.ingest import read

    gold_rows = (SAMPLE / "gold" / f"{name}.citations.jsonl").read_text(encoding="utf-8")
    gold = [
        _key(g["author"], g["year"], g["page"], g["number"])
        for g in map(json.loads, gold_rows.splitlines())
    ]
    text = read(SAMPLE / "variants" / name / f"{rendition}.txt").text
    pred = [_key(c["author"], c["year"], c["page"], c["number"]) for c in find_citations(text)]
    assert _f1(pred, gold) >= TARGET, (
        f"missed {list((Counter(gold) - Counter(pred)).elements())}, "
        f"extra {list((Counter(pred) - Counter(gold)).elements())}"
    )
