"""Shared fixtures: one blank Arabic pipeline with the tagger, built once per session."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from araseclit.tag import Lexicon, load_lexicon


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return load_lexicon()


@pytest.fixture(scope="session")
def nlp() -> Language:
    nlp = spacy.blank("ar")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("araseclit_tag_v2")
    return nlp


@pytest.fixture(scope="session")
def tag(nlp: Language):
    """Tag a text: list of (text, label, entity_id) for the records."""

    def run(text: str) -> list[tuple[str, str, str | None]]:
        return [(m["text"], m["label"], m["entity_id"]) for m in nlp(text)._.mentions]

    return run
