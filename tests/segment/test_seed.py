"""Segmentation of the real scrambled seed chapter after PDF-order repair."""

from __future__ import annotations

import re

import pytest

from araseclit.repair import repair_text
from araseclit.segment import find_paragraphs, find_sections, split_sentences


@pytest.fixture(scope="module")
def repaired(seed_text) -> str:
    return repair_text(seed_text)


def test_chapter_sections_are_found(repaired):
    numbers = [s["number"] for s in find_sections(repaired)]
    assert {"2.1", "2.2", "2.3", "2.4"} <= set(numbers)
    # subsections depend on repair putting each heading on its own line
    assert len({n for n in numbers if n and n.startswith(("2.4.", "2.5."))}) >= 3
    top = [n for n in numbers if n and n.count(".") == 1 and n.startswith("2.")]
    assert top == sorted(top)


def test_reference_heading_closes_the_chapter(repaired):
    last = find_sections(repaired)[-1]
    assert (last["title"], last["level"], last["end"]) == ("المصادر", 1, len(repaired.rstrip()))


def test_sentences_stay_inside_paragraphs(repaired):
    paragraphs = find_paragraphs(repaired)
    sentences = split_sentences(repaired)
    assert len(sentences) > 2 * len(paragraphs) // 3
    for s, e in sentences:
        assert any(ps <= s and e <= pe for ps, pe in paragraphs)


def test_no_sentence_is_a_lone_citation(repaired):
    lone = re.compile(r"^\([^()]*\d{4}[^()]*\)\.?$")  # "(Buzan، 1991: 19)." on its own
    alone = [repaired[s:e] for s, e in split_sentences(repaired) if lone.match(repaired[s:e])]
    assert alone == []
