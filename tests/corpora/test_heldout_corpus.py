"""The held-out corpus (``corpora/heldout/``) is complete and its gold data agree with its text.

Regenerate with ``.venv/bin/python scripts/make_heldout.py``; these tests only read the
committed files. The held-out document is measured by the benchmarks, never used to tune.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

HELDOUT = Path(__file__).resolve().parents[2] / "corpora" / "heldout"
SAMPLE = HELDOUT.parent / "sample"
NAMES = sorted(p.stem for p in (HELDOUT / "gold" / "marked").glob("*.txt"))
EXTRACTORS = ("pdftotext", "pdftotext-layout", "pdfplumber", "pypdfium2")
PDF_STEMS = ("libreoffice-amiri", "libreoffice-noto-naskh", "libreoffice-noto-sans", "chromium")


def _source(name: str) -> str:
    return (HELDOUT / "sources" / f"{name}.txt").read_text(encoding="utf-8")


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_heldout_has_documents_not_in_the_sample() -> None:
    assert NAMES
    sample = {p.stem for p in (SAMPLE / "sources").glob("*.txt")}
    assert not set(NAMES) & sample
    for name in NAMES:
        assert _source(name) not in {
            p.read_text(encoding="utf-8") for p in (SAMPLE / "sources").glob("*.txt")
        }


@pytest.mark.parametrize("name", NAMES)
def test_source_is_marked_text_without_marks(name: str) -> None:
    marked = (HELDOUT / "gold" / "marked" / f"{name}.txt").read_text(encoding="utf-8")
    assert re.sub("[⟦⟧]", "", marked) == _source(name)
    assert 800 <= len(_source(name).split()) <= 2000


@pytest.mark.parametrize("name", NAMES)
def test_gold_offsets_match_the_source(name: str) -> None:
    source = _source(name)
    citations = _jsonl(HELDOUT / "gold" / f"{name}.citations.jsonl")
    references = _jsonl(HELDOUT / "gold" / f"{name}.references.jsonl")
    assert 20 <= len(citations) <= 25 and references
    for rec in citations + references:
        assert source[rec["start"] : rec["end"]] == rec["raw"]
    audit = json.loads((HELDOUT / "gold" / f"{name}.audit.json").read_text(encoding="utf-8"))
    assert audit["citations"] == len(citations) and audit["references"] == len(references)


@pytest.mark.parametrize("name", NAMES)
def test_every_rendition_and_extraction_is_present(name: str) -> None:
    folder = HELDOUT / "variants" / name
    expected = {"word.docx"} | {f"{s}.pdf" for s in PDF_STEMS}
    expected |= {f"{s}.{e}.txt" for s in PDF_STEMS for e in EXTRACTORS}
    assert {p.name for p in folder.iterdir()} == expected
