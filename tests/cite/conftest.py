"""Shared fixtures of the citation tests: a blank Arabic pipeline with the component."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import araseclit.cite.component  # noqa: F401  (registers araseclit_cite_v1)

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
SEED = SHARED / "seed" / "000_4ff1dd722d5fe153.txt"
MARKED = REPO / "corpora" / "sample" / "gold" / "marked"


@pytest.fixture(scope="session")
def nlp() -> spacy.language.Language:
    pipeline = spacy.blank("ar")
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe("araseclit_cite_v1")
    return pipeline
