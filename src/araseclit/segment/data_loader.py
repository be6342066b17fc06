"""Load and validate ``data/segment.json`` (abbreviations, heading vocabularies)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from araseclit.normalize import normalize_diacritics, normalize_tatweel, normalize_token
from araseclit.segment.patterns import (
    division_heading_regex,
    ordinal_heading_regex,
    tolerant,
)

DATA_FILE = Path(__file__).parent / "data" / "segment.json"


def abbreviation_form(token: str) -> str:
    """Lookup form of an abbreviation: no diacritics/tatweel, lower case; hamza kept, so the
    abbreviation ``أ.`` is not a bare ``ا`` left by PDF extraction."""
    return normalize_tatweel(normalize_diacritics(token)).lower()


@dataclass(frozen=True)
class SegmentData:
    """Vocabularies used by the segmenters, in matching form where they are looked up."""

    abbreviations: frozenset[str]  # abbreviation_form
    abbreviation_surface: tuple[str, ...]  # as written, for the tokenizer regex
    year_suffixes: frozenset[str]
    ordinal_re: re.Pattern[str]  # "أولًا: ..." heading
    division_re: re.Pattern[str]  # "المبحث الأول: ..." heading
    division_levels: dict[str, int]  # matching form of the division word -> level
    unnumbered: frozenset[str]
    summary_starts: frozenset[str]
    max_heading_words: int
    max_heading_chars: int


def _words(block: dict[str, object] | list[str]) -> list[str]:
    words = block["words"] if isinstance(block, dict) else block
    if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
        raise ValueError(f"{DATA_FILE.name}: expected a list of non-empty strings, got {words!r}")
    return words


@cache
def load_segment_data() -> SegmentData:
    """The segmentation vocabularies (cached)."""
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    abbr = raw["abbreviations"]
    surface = _words(abbr["arabic"]) + _words(abbr["latin"])
    ordinals = "|".join(tolerant(w) for w in _words(raw["ordinals"]))
    divisions = {k: int(v) for k, v in raw["division_words"].items() if not k.startswith("_")}
    div_words = "|".join(tolerant(w) for w in divisions)
    div_ordinals = "|".join(tolerant(w) for w in _words(raw["division_ordinals"]))
    return SegmentData(
        abbreviations=frozenset(abbreviation_form(a) for a in surface),
        abbreviation_surface=tuple(surface),
        year_suffixes=frozenset(normalize_token(w) for w in _words(raw["year_suffixes"])),
        ordinal_re=ordinal_heading_regex(ordinals),
        division_re=division_heading_regex(div_words, div_ordinals),
        division_levels={normalize_token(k): v for k, v in divisions.items()},
        unnumbered=frozenset(normalize_token(w) for w in _words(raw["unnumbered_headings"])),
        summary_starts=frozenset(normalize_token(w) for w in _words(raw["summary_heading_starts"])),
        max_heading_words=int(raw["max_heading_words"]),
        max_heading_chars=int(raw["max_heading_chars"]),
    )
