"""The diacritics breakdown reads a document of any development corpus, never the held-out."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from diacritics_errors import breakdown, document_paths

ROOT = Path(__file__).resolve().parents[2]


def test_a_clean_name_and_a_corpus_document_resolve_to_their_source_and_renditions() -> None:
    source, variants = document_paths("diacritised_prose")
    assert source == ROOT / "corpora" / "clean" / "diacritised_prose.txt"
    assert variants == ROOT / "corpora" / "clean" / "variants" / "diacritised_prose"
    name = "56_friday_sermon_rumours_after_market_blast"
    source, variants = document_paths(f"heldout9/{name}")
    assert source.is_file() and source.parent.name == "sources"
    assert (variants / "xelatex-amiri.pdftotext.txt").is_file()


def test_the_held_out_corpus_is_refused() -> None:
    with pytest.raises(SystemExit):
        document_paths("heldout11/anything")


def test_the_parts_add_up_to_the_cer() -> None:
    reference = "وَقَدْ قَالَ الْإِمَامُ: ﴿وَتَعَاوَنُوا عَلَى الْبِرِّ﴾، ثم سكت."
    hypothesis = "وَقَدْ قَالَ الْإِمَامُ: ﴿وَتَعَاوَنُوا عَلَىالْبِرِّ﴾، سكت ثم."
    parts = breakdown(hypothesis, reference)
    total = parts["marks"] + parts["spaces"] + parts["order"] + parts["letters"]
    assert parts["cer"] > 0 and total == pytest.approx(parts["cer"])
    assert parts["spaces"] > 0 and parts["order"] > 0 and parts["marks"] == 0
