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


def _blank_ar() -> spacy.language.Language:
    try:
        return spacy.blank("ar")
    except ImportError:
        # another stage's component named in the installed entry points is not written yet;
        # this stage's factory is registered by the import above, so entry points are not needed
        spacy.util.registry._entry_point_factories.get_entry_points = dict  # type: ignore[method-assign]
        return spacy.blank("ar")


@pytest.fixture(scope="session")
def nlp() -> spacy.language.Language:
    pipeline = _blank_ar()
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe("araseclit_cite_v1")
    return pipeline
