"""Fixtures for the topics tests: a synthetic four-theme corpus and one fitted model on it."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from corpus import make_units

from araseclit.topics import TopicResult, fit_topics


@pytest.fixture(scope="session")
def theme_units() -> pd.DataFrame:
    """160 sentences, 40 per theme, over three documents (with a ``theme`` column)."""
    return make_units(40, seed=1)


@pytest.fixture(scope="session")
def fitted(theme_units: pd.DataFrame) -> TopicResult:
    return fit_topics(theme_units[["doc_id", "unit_id", "text"]], seed=42)
