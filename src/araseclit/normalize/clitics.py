"""Rule-based, data-free clitic splitting and light stemming for Arabic words.

Conservative by design: a clitic is split only when the remaining stem is long enough and the
word is not a listed exception, so ``بغداد`` keeps its ``ب`` and ``الله`` its ``ال``. The rules
and exception lists are data (``data/clitics.json``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import normalize_alef_ar

from araseclit.normalize.patterns import INVISIBLES_RE, PRESENTATION_FORMS_RE, TATWEEL_RE

DATA_FILE = Path(__file__).parent / "data" / "clitics.json"


class Clitics(NamedTuple):
    """A word as ``proclitics + stem + enclitic`` (each a substring of the input)."""

    proclitics: str
    stem: str
    enclitic: str


@dataclass(frozen=True)
class _Rules:
    article: tuple[str, ...]
    article_min: int
    preposition: tuple[str, ...]
    preposition_min: int
    preposition_starts: tuple[str, ...]
    conjunction: tuple[str, ...]
    conjunction_min: int
    #: every proclitic of the three kinds (a word that opens with none of them has none)
    proclitics: tuple[str, ...]
    enclitics: tuple[tuple[str, int], ...]
    #: the enclitics alone, to test them all in one call
    enclitic_forms: tuple[str, ...]
    no_proclitic: frozenset[str]
    no_enclitic: frozenset[str]


def _light_steps(word: str) -> str:
    """:func:`_light` step by step, as camel-tools and the tatweel pattern define it."""
    return normalize_alef_ar(dediac_ar(TATWEEL_RE.sub("", word)))


#: each step of :func:`_light_steps` removes or replaces single characters of the Arabic
#: block (tatweel, camel-tools' diacritics, its alef forms), so their composition is one
#: table of the block's characters (a test compares both on every code point)
_LIGHT_TABLE = {
    c: _light_steps(chr(c)) for c in range(0x600, 0x700) if _light_steps(chr(c)) != chr(c)
}
#: the characters :func:`_light` removes (a letter the light form does not count)
_LIGHT_DROPPED = frozenset(chr(c) for c, form in _LIGHT_TABLE.items() if not form)


def _light(word: str) -> str:
    """Comparison form: no diacritics/tatweel, one alef (ة and ى kept: they matter here)."""
    return word.translate(_LIGHT_TABLE)


@cache
def _rules() -> _Rules:
    raw: dict[str, Any] = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    enclitics = sorted(raw["enclitics"].items(), key=lambda kv: -len(kv[0]))
    kinds = ("article_proclitics", "preposition_proclitics", "conjunction_proclitics")
    return _Rules(
        article=tuple(sorted(raw["article_proclitics"], key=len, reverse=True)),
        article_min=int(raw["article_min_stem"]),
        preposition=tuple(sorted(raw["preposition_proclitics"], key=len, reverse=True)),
        preposition_min=int(raw["preposition_min_stem"]),
        preposition_starts=tuple(raw["preposition_stem_starts"]),
        conjunction=tuple(raw["conjunction_proclitics"]),
        conjunction_min=int(raw["conjunction_min_stem"]),
        proclitics=tuple(pre for kind in kinds for pre in raw[kind]),
        enclitics=tuple((k, int(v)) for k, v in enclitics),
        enclitic_forms=tuple(k for k, _ in enclitics),
        no_proclitic=frozenset(_light(w) for w in raw["no_proclitic"]),
        no_enclitic=frozenset(_light(w) for w in raw["no_enclitic"]),
    )


def _proclitic_length(light: str, rules: _Rules) -> int:
    """Length (in light-form letters) of the proclitic sequence to split off, 0 for none."""
    if not light.startswith(rules.proclitics) or light in rules.no_proclitic:
        return 0
    size = len(light)
    # each kind's loop only when the word opens with one of its proclitics (one call for the
    # tuple): most words that open with و, ب, ل, ك or ف have no article
    if light.startswith(rules.article):
        for pre in rules.article:
            if light.startswith(pre) and size - len(pre) >= rules.article_min:
                return len(pre)
    if light.startswith(rules.preposition):
        for pre in rules.preposition:
            if (
                light.startswith(pre)
                and size - len(pre) >= rules.preposition_min
                and light.startswith(rules.preposition_starts, len(pre))
            ):
                return len(pre)
    for pre in rules.conjunction:
        if light.startswith(pre) and size - len(pre) >= rules.conjunction_min:
            return len(pre)
    return 0


def _enclitic_length(light: str, rules: _Rules) -> int:
    if not light.endswith(rules.enclitic_forms) or light in rules.no_enclitic:
        return 0
    for suffix, min_stem in rules.enclitics:
        if light.endswith(suffix) and len(light) - len(suffix) >= min_stem:
            return len(suffix)
    return 0


def _cut(word: str, n_letters: int, from_end: bool = False) -> int:
    """Index in ``word`` after (or before, from the end) ``n_letters`` light-form letters."""
    seq = range(len(word) - 1, -1, -1) if from_end else range(len(word))
    seen = 0
    for i in seq:
        if seen == n_letters:
            return i + 1 if from_end else i
        if word[i] not in _LIGHT_DROPPED:
            seen += 1
    return 0 if from_end else len(word)


@lru_cache(maxsize=100_000)
def split_clitics(word: str) -> Clitics:
    """Split conjunction/preposition/article proclitics and a pronoun enclitic off ``word``.

    >>> split_clitics("وبالمنظمات")
    Clitics(proclitics='وبال', stem='منظمات', enclitic='')
    >>> split_clitics("بغداد")
    Clitics(proclitics='', stem='بغداد', enclitic='')
    """
    rules = _rules()
    light = _light(word)
    n_pre = _proclitic_length(light, rules)
    body = light[n_pre:]
    n_post = _enclitic_length(body, rules)
    if len(light) == len(word):  # no letter dropped (nearly every word): light counts are
        start, end = n_pre, len(word) - n_post  # the word's (each character maps to one)
    else:
        start = _cut(word, n_pre) if n_pre else 0
        end = _cut(word, n_post, from_end=True) if n_post else len(word)
    if end <= start:
        return Clitics("", word, "")
    return Clitics(word[:start], word[start:end], word[end:])


#: what light_stem's first two steps change: an invisible control or a presentation form
_GLYPH_LEVEL_RE = re.compile(f"{INVISIBLES_RE.pattern}|{PRESENTATION_FORMS_RE.pattern}")


@cache
def _normalizers() -> tuple[Callable[[str], str], Callable[[str], str], Callable[[str], str]]:
    """The package's ``normalize_invisibles``, ``normalize_presentation_forms`` and
    ``normalize_token``, imported on first use (the package __init__ imports this module),
    once rather than at each new word light_stem meets."""
    from araseclit.normalize import (
        normalize_invisibles,
        normalize_presentation_forms,
        normalize_token,
    )

    return normalize_invisibles, normalize_presentation_forms, normalize_token


@lru_cache(maxsize=100_000)
def light_stem(word: str) -> str:
    """Normalised stem of ``word`` without clitics (the ``token.lemma_`` of the tokenizer).

    A teh marbuta written as ``ت`` before a pronoun is restored (``قدرته`` -> ``قدره``, the
    matching form of ``قدرة``).

    >>> light_stem("ومؤسساتها")
    'مؤسسات'
    """
    normalize_invisibles, normalize_presentation_forms, normalize_token = _normalizers()
    if not _GLYPH_LEVEL_RE.search(word):  # nearly every word: neither step changes it
        parts = split_clitics(word)
    else:
        parts = split_clitics(normalize_presentation_forms(normalize_invisibles(word)))
    stem = normalize_token(parts.stem)
    if parts.enclitic and len(stem) >= 4 and stem.endswith("ت") and not stem.endswith("ات"):
        stem = stem[:-1] + "ه"
    return stem
