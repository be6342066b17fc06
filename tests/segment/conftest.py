"""Session fixtures: one blank Arabic pipeline with the araseclit tokenizer and segmenter."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import araseclit.segment.component  # noqa: F401  (registers the factory)
from araseclit.segment.tokenizer import make_tokenizer

#: the shared data folder next to the repository (seed chapter), see DESIGN.md
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEED = SHARED / "seed" / "000_4ff1dd722d5fe153.txt"


@pytest.fixture(scope="session")
def nlp():
    nlp = spacy.blank("ar")
    nlp.tokenizer = make_tokenizer(nlp)
    nlp.add_pipe("araseclit_segment_v1")
    return nlp


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"shared seed chapter not found at {SEED} (needs ../shared next to the repo)")
    return SEED.read_text(encoding="utf-8")
