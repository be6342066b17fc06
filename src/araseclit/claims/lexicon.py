"""The one loader of the claims cue lexicon (``data/cues.json``).

Every phrase is validated (NFC, no presentation forms, no tatweel, no diacritics) and stored
in its matching form (:func:`araseclit.normalize.normalize_token`, word by word), then compiled
into one regex per cue list by :func:`araseclit.claims.patterns.phrase_regex`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from araseclit.charsets import ARABIC_MARK, PRESENTATION_FORM_RE
from araseclit.claims.patterns import phrase_regex
from araseclit.errors import ConfigError
from araseclit.normalize import normalize_token

DEFAULT_CUES = Path(__file__).parent / "data" / "cues.json"

#: claim types, strongest first: a sentence gets the first type whose cues it contains
CLAIM_TYPES: tuple[str, ...] = ("prescriptive", "predictive", "causal", "evaluative", "empirical")

_LIST_KEYS = (
    "source_verbs",
    "source_preps",
    "source_stops",
    "validating_stops",
    "non_source_heads",
    "partitive_heads",
    "author_sources",
    "author_verbs",
    "hedges",
    "hedge_negators",
    "paper_nouns",
    "roadmap_verbs",
    "roadmap_phrases",
    "caption_starts",
    "question_words",
    "transparent_after_source",
)
_DICT_KEYS = {"claim_types": CLAIM_TYPES[:-1], "relations": ("counters", "affected_by")}
# Arabic presentation forms A and B: typed from a PDF, they never match normalised text
_PRESENTATION = PRESENTATION_FORM_RE
_DIACRITICS = re.compile(f"[{ARABIC_MARK}]")


@dataclass(frozen=True)
class ClaimCues:
    """Normalised cue lists and their compiled regexes."""

    words: dict[str, frozenset[str]]  # normalised single words / phrases per list
    regex: dict[str, re.Pattern[str]]  # one regex per list and per claim type / relation
    version: int


def _check_phrase(path: Path, key: str, phrase: object) -> str:
    if not isinstance(phrase, str) or not phrase.strip():
        raise ConfigError("E030", path=path, detail=f"{key}: {phrase!r} is not a phrase")
    problems = [
        (unicodedata.normalize("NFC", phrase) != phrase, "is not NFC"),
        (bool(_PRESENTATION.search(phrase)), "uses Arabic presentation forms"),
        ("\u0640" in phrase, "contains tatweel"),
        (bool(_DIACRITICS.search(phrase)), "contains diacritics"),
    ]
    for bad, what in problems:
        if bad:
            raise ConfigError("E030", path=path, detail=f"{key}: {phrase!r} {what}")
    return " ".join(_normalize_word(w) for w in phrase.split())


def _normalize_word(word: str) -> str:
    marker = word[-1] if word[-1] in "*+" and len(word) > 1 else ""
    return normalize_token(word[: len(word) - len(marker)]) + marker


def _phrases(path: Path, data: dict, key: str) -> list[str]:
    values = data.get(key)
    if not isinstance(values, list) or not values:
        raise ConfigError("E030", path=path, detail=f"{key!r} must be a non-empty list")
    return [_check_phrase(path, key, v) for v in values]


def _parse(path: Path, data: object) -> ClaimCues:
    if not isinstance(data, dict) or not isinstance(data.get("version"), int):
        raise ConfigError("E030", path=path, detail="expected an object with an integer 'version'")
    lists: dict[str, list[str]] = {key: _phrases(path, data, key) for key in _LIST_KEYS}
    for key, names in _DICT_KEYS.items():
        group = data.get(key)
        if not isinstance(group, dict) or set(group) != set(names):
            raise ConfigError("E030", path=path, detail=f"{key!r} must have keys {list(names)}")
        for name in names:
            lists[f"{key}.{name}"] = _phrases(path, group, name)
    return ClaimCues(
        words={key: frozenset(values) for key, values in lists.items()},
        regex={key: phrase_regex(values) for key, values in lists.items()},
        version=data["version"],
    )


@lru_cache(maxsize=8)
def load_cues(path: str | Path | None = None) -> ClaimCues:
    """Load and validate a cue lexicon (default: the bundled ``data/cues.json``).

    Raises :class:`~araseclit.errors.ConfigError` ``E030`` for an unreadable or invalid file.
    """
    file = Path(path) if path is not None else DEFAULT_CUES
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError("E030", path=file, detail=str(exc)) from exc
    return _parse(file, data)
