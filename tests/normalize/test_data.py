"""The packaged data files: valid, NFC, and free of glyph forms that normalised text never has."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from araseclit.normalize.charmaps import load_charmap, load_charmapper
from araseclit.normalize.patterns import PRESENTATION_FORMS_RE

SRC = Path(__file__).resolve().parents[2] / "src" / "araseclit"
DATA_FILES = [
    SRC / "normalize" / "data" / "charmaps.json",
    SRC / "normalize" / "data" / "clitics.json",
    SRC / "segment" / "data" / "segment.json",
]


def _strings(node: object):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield k
            yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_data_is_nfc_without_presentation_forms(path):
    for s in _strings(json.loads(path.read_text(encoding="utf-8"))):
        assert unicodedata.normalize("NFC", s) == s, s
        assert not PRESENTATION_FORMS_RE.search(s), s


@pytest.mark.parametrize("name", ["persian", "digits", "number_separators", "hamza_carriers"])
def test_every_charmap_loads_into_camel_tools(name):
    mapping = load_charmap(name)
    mapper = load_charmapper(name)
    assert mapping
    assert all(mapper.map_string(k) == v for k, v in mapping.items())


def test_unknown_charmap_is_a_key_error():
    with pytest.raises(KeyError):
        load_charmap("klingon")
