"""Normalised views of Arabic text for matching and topic modelling.

The text users see is never changed: :func:`normalize_text` returns the normalised string
plus a map from each normalised character back to its offset in the original.

Each ``normalize_<phenomenon>`` function is a one-line ``str -> str`` step (camel-tools where it
has one); :func:`normalize_token` composes them into the *matching form* and
:func:`topic_form` / :func:`normalize_for_topics` into the *topic-model form*.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

from araseclit.charsets import ARABIC_BLOCK
from araseclit.normalize.charmaps import load_charmapper
from araseclit.normalize.clitics import Clitics, light_stem, split_clitics
from araseclit.normalize.patterns import (
    DIACRITICS_RE,
    INVISIBLES_RE,
    PRESENTATION_FORMS_RE,
    TATWEEL_RE,
    WORD_RE,
)

__all__ = [
    "Clitics",
    "NormalizedText",
    "light_stem",
    "normalize_alef",
    "normalize_alef_maqsura",
    "normalize_diacritics",
    "normalize_digits",
    "normalize_for_topics",
    "normalize_hamza_carriers",
    "normalize_invisibles",
    "normalize_latin_case",
    "normalize_number_separators",
    "normalize_persian",
    "normalize_presentation_forms",
    "normalize_tatweel",
    "normalize_teh_marbuta",
    "normalize_text",
    "normalize_token",
    "split_clitics",
    "topic_form",
]

_PERSIAN = load_charmapper("persian")
_DIGITS = load_charmapper("digits")
_SEPARATORS = load_charmapper("number_separators")
_HAMZA_CARRIERS = load_charmapper("hamza_carriers")


def _unfold(match: re.Match[str]) -> str:
    # NFKC turns isolated diacritic forms into " " + mark; the space is not part of the word
    return unicodedata.normalize("NFKC", match.group()).strip(" ")


def normalize_presentation_forms(s: str) -> str:
    """``ﺍﻟﻌﺮﺍﻕ`` -> ``العراق``, ``ﻻ`` -> ``لا`` (contextual glyphs from PDFs)."""
    return PRESENTATION_FORMS_RE.sub(_unfold, s)


def normalize_invisibles(s: str) -> str:
    """Drop zero-width and bidi control characters (RLM, LRM, ZWJ, BOM...)."""
    return INVISIBLES_RE.sub("", s)


def normalize_persian(s: str) -> str:
    """``ی ک ژ ۀ`` -> ``ي ك ز ه`` (Persian letter forms in Arabic text)."""
    return _PERSIAN.map_string(s)


def normalize_digits(s: str) -> str:
    """Arabic-Indic ``٢٠٢٢`` and Persian ``۱۳۹۹`` digits -> ASCII."""
    return _DIGITS.map_string(s)


def normalize_number_separators(s: str) -> str:
    """Arabic decimal and thousands separators ``٫ ٬`` -> ``. ,``."""
    return _SEPARATORS.map_string(s)


def normalize_tatweel(s: str) -> str:
    """``المنظمـــات`` -> ``المنظمات``."""
    return TATWEEL_RE.sub("", s)


def normalize_diacritics(s: str) -> str:
    """Remove harakat, tanween, shadda, dagger alef and Quranic marks (camel-tools ``dediac_ar``)."""
    return DIACRITICS_RE.sub("", dediac_ar(s))


def normalize_alef(s: str) -> str:
    """``أ إ آ ٱ`` -> ``ا`` (camel-tools)."""
    return normalize_alef_ar(s)


def normalize_alef_maqsura(s: str) -> str:
    """``ى`` -> ``ي`` (camel-tools)."""
    return normalize_alef_maksura_ar(s)


def normalize_teh_marbuta(s: str) -> str:
    """``ة`` -> ``ه`` (camel-tools)."""
    return normalize_teh_marbuta_ar(s)


def normalize_hamza_carriers(s: str) -> str:
    """``ؤ ئ`` -> ``و ي`` (topic form only: spelling of hamza seats varies)."""
    return _HAMZA_CARRIERS.map_string(s)


def normalize_latin_case(s: str) -> str:
    """``NGOs`` -> ``ngos``."""
    return s.lower()


#: the matching form, in order: glyph-level fixes first, then letter folding
TOKEN_STEPS = (
    normalize_presentation_forms,
    normalize_invisibles,
    normalize_persian,
    normalize_digits,
    normalize_number_separators,
    normalize_tatweel,
    normalize_diacritics,
    normalize_alef,
    normalize_alef_maqsura,
    normalize_teh_marbuta,
    normalize_latin_case,
)


def _token_steps(token: str) -> str:
    """:func:`normalize_token` step by step (every token the one-table path cannot take)."""
    for step in TOKEN_STEPS:
        token = step(token)
    return token


#: every character of printable ASCII and the Arabic block, each step of TOKEN_STEPS on it
#: applied: on those characters every step maps one character at a time (a table, a
#: one-character class removed, lower-casing), so their composition is one table too
_ONE_TABLE_RE = re.compile(f"[\u0020-\u007e{ARABIC_BLOCK}]*")


@lru_cache(maxsize=1)
def _one_table() -> dict[int, str]:
    chars = (*range(0x20, 0x7F), *range(0x600, 0x700))
    return {c: _token_steps(chr(c)) for c in chars if _token_steps(chr(c)) != chr(c)}


@lru_cache(maxsize=200_000)
def normalize_token(token: str) -> str:
    """Matching form of a word: no diacritics or tatweel, one alef, ya for alef maqsura,
    ha for teh marbuta, Arabic letters for Persian ones, ASCII digits, lower-case Latin.

    >>> normalize_token("المُنظّمـات")
    'المنظمات'
    """
    if _ONE_TABLE_RE.fullmatch(token):  # nearly every word: one str.translate
        return token.translate(_one_table())
    return _token_steps(token)


@lru_cache(maxsize=200_000)
def topic_form(word: str) -> str:
    """Topic-model form of one word: light stem of the matching form, hamza seats folded.

    >>> topic_form("والمنظمات")
    'منظمات'
    """
    return normalize_hamza_carriers(light_stem(word))


def normalize_for_topics(text: str) -> str:
    """Space-joined topic forms of the words of ``text`` (numbers and 1-letter words dropped)."""
    forms = (topic_form(m.group()) for m in WORD_RE.finditer(text))
    return " ".join(f for f in forms if len(f) > 1 and not f.isdigit())


@dataclass(frozen=True)
class NormalizedText:
    """A normalised string and, for each of its characters, the original offset.

    The offsets are worked out when first read (most callers only search ``text``)."""

    text: str
    original: str = field(repr=False)

    @cached_property
    def offsets(self) -> tuple[int, ...]:
        """For each character of :attr:`text`, its offset in :attr:`original`.

        Characters removed by normalisation (diacritics, tatweel) simply have no entry; a
        character that expands (the ligature ``ﻻ``) gives several entries with the same
        offset."""
        if _UNEVEN.isdisjoint(self.original):  # one character each: offsets unchanged
            return tuple(range(len(self.original)))
        offsets: list[int] = []
        for i, ch in enumerate(self.original):
            offsets.extend([i] * len(_CHAR_FORMS[ord(ch)]))
        return tuple(offsets)

    def to_original(self, i: int) -> int:
        """Original offset of normalised character ``i`` (``len(text)`` maps past the end)."""
        if i >= len(self.offsets):
            return self.offsets[-1] + 1 if self.offsets else 0
        return self.offsets[i]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` covering normalised ``text[start:end]`` (end exclusive)."""
        if end <= start:
            at = self.to_original(start)
            return at, at
        return self.offsets[start], self.offsets[end - 1] + 1


#: characters whose form is not one character (removed, or a ligature that expands)
_UNEVEN: set[str] = set()


class _CharForms(dict[int, str]):
    """Each character's matching form (``normalize_token`` of it), by code point, worked out
    the first time :meth:`str.translate` meets the character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        form = normalize_token(ch)
        if len(form) != 1:
            _UNEVEN.add(ch)  # before its form is published: another thread that finds the
        self[code] = form  # form cached must find the character uneven too
        return form


_CHAR_FORMS = _CharForms()


def normalize_text(text: str) -> NormalizedText:
    """Normalise ``text`` character by character, keeping an offset map
    (:attr:`NormalizedText.offsets`)."""
    return NormalizedText(text.translate(_CHAR_FORMS), text)
