"""Segmentation of repaired text: paragraphs, section headings, sentences, spaCy tokenizer.

Plain functions work on the text; :mod:`araseclit.segment.component` wraps them for spaCy.
"""

from __future__ import annotations

from araseclit.segment.sections import Heading, find_paragraphs, find_sections, parse_heading
from araseclit.segment.sentences import split_sentences

__all__ = ["Heading", "find_paragraphs", "find_sections", "parse_heading", "split_sentences"]
