"""Which supported language or languages a document is written in: Arabic, Persian, English.

The evidence comes from outside the project's corpus: ``wordfreq``'s word lists for ``ar``,
``fa`` and ``en`` (read through :func:`araseclit.textmodel.frequency.word_frequencies`, the
tables the text model already uses), and the letters of the Persian alphabet that Arabic
does not have (پ چ ژ گ); the Persian ye and kaf (ی ک) are taken for a spelling, not a
language, since keyboards mix them with Arabic ي and ك.

Each word is given to the language under whose list it is likeliest: a Latin word to
English when most of the document's Latin words are in English's list (random letters and
Turkish are not counted; French and German are, the list knowing 0.7-0.85 of their words),
an Arabic-script word to Arabic or Persian by its frequency in the two lists ("في" 0.035 in
Arabic against 0.000005 in Persian; "که" 0.022 in Persian), each list looked up in its own
spelling of ye and kaf. Persian's list is shorter (words above Zipf 3, Arabic's above Zipf
1): a word only Arabic's list knows is Arabic, unless it has a Persian letter. An
Arabic-script word that neither list knows goes to Persian when it has a Persian letter,
otherwise to the language that holds most of the document's Arabic-script words. A language
is named when it holds at least :data:`MIN_LANGUAGE_SHARE` of the words (an Arabic paper
citing English works stays ``ar``; a paper written half in each is ``ar+en``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from araseclit.charsets import (
    BLOCK_END_LETTER,
    BLOCK_MARK,
    EXTENDED_LETTER,
    PLAIN_LETTER,
    SUPERSCRIPT_ALEF,
    TATWEEL,
)

#: the languages a document can be read in, by ISO 639-1 code
SUPPORTED = ("ar", "fa", "en")
#: a language is named in a document's label when its words are at least this share of the
#: words in supported scripts (fixed beforehand: a quarter, not fitted to any corpus)
MIN_LANGUAGE_SHARE = 0.25
#: Latin words are English when at least this share of them is in English's list (fixed
#: beforehand: most of them)
MIN_ENGLISH_KNOWN = 0.5
#: at most this many characters are looked at (a long book's language is in its first pages)
SAMPLE_CHARS = 200_000

# Arabic marks, superscript alef and tatweel: removed before words are cut, e.g. "عِلْم"
_MARKS = re.compile(f"[{BLOCK_MARK}{SUPERSCRIPT_ALEF}{TATWEEL}]")
# a run of Arabic-script letters (Arabic and Persian), e.g. "المنظمات" or "پژوهش"
_ARABIC_WORD = re.compile(f"[{PLAIN_LETTER}{EXTENDED_LETTER}{BLOCK_END_LETTER}]+")
# a run of Latin letters, with accented ones, e.g. "security" or "Beyrouth"
_LATIN_WORD = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+")
# any letter in any script, e.g. "б" in Cyrillic or "安" in CJK
_LETTER = re.compile(r"[^\W\d_]")
# a letter of the Persian alphabet that Arabic does not have, e.g. "گ" in "گزارش" (the Persian
# ye and kaf, ی and ک, are only another spelling of Arabic ي and ك: keyboards mix them)
_PERSIAN_LETTER = re.compile("[\u067e\u0686\u0698\u06af]")
# ye and kaf as each list spells them: "فی" -> "في" for Arabic, "كه" -> "که" for Persian
_TO_ARABIC = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643"})
_TO_PERSIAN = str.maketrans({"\u064a": "\u06cc", "\u0643": "\u06a9"})


@dataclass(frozen=True)
class Language:
    """The language evidence of one text.

    ``shares`` maps each supported language to its share of the words in supported scripts
    (0 when there are none); ``languages`` names those with at least
    :data:`MIN_LANGUAGE_SHARE`, most words first; ``script_share`` is the share of all
    letters that are in words of a supported script and language: Arabic-script, or Latin
    when those are English words (0 when the text has no letters at all).
    """

    shares: dict[str, float]
    languages: tuple[str, ...]
    script_share: float
    n_words: int

    @property
    def label(self) -> str | None:
        """``"ar"``, ``"en"``, ``"fa"``, ``"ar+en"`` ...; None for text with no such word."""
        return "+".join(self.languages) or None


@lru_cache(maxsize=len(SUPPORTED))
def _frequencies(lang: str) -> Mapping[str, float]:
    """``lang``'s wordfreq list, from the text model's memory-mapped table."""
    from araseclit.textmodel.frequency import word_frequencies

    return word_frequencies(lang)


@lru_cache(maxsize=200_000)
def word_language(word: str) -> str | None:
    """``"ar"`` or ``"fa"`` for an Arabic-script word by the lists, ``"en"`` for a Latin one;
    None for an Arabic-script word neither list knows and with no Persian letter (cached:
    a corpus's documents share most of their words)."""
    if _LATIN_WORD.fullmatch(word):
        return "en"
    ar, fa = _frequencies("ar"), _frequencies("fa")
    # the lists are looked up in their own spelling of ye and kaf, so that Arabic typed on a
    # Persian keyboard ("فی", "کان") is still Arabic and Persian typed on an Arabic one Persian
    in_ar, in_fa = ar.get(word.translate(_TO_ARABIC)), fa.get(word.translate(_TO_PERSIAN))
    persian = bool(_PERSIAN_LETTER.search(word))
    if in_fa is None:
        # Persian's list stops at Zipf 3, so a word it lacks is Arabic when Arabic's list
        # knows it ("الكلاسيكيين"), unless it is spelt with a letter Arabic does not have
        if persian:
            return "fa"
        return "ar" if in_ar is not None else None
    if in_ar is None:
        return "fa"
    return "fa" if in_fa > in_ar else "ar"


def _english(words: list[str]) -> bool:
    """Whether Latin ``words`` are English: most of them in English's list (English text
    0.99 of its words, a reference list's names aside; random letters 0.24)."""
    if not words:
        return False
    en = _frequencies("en")
    return sum(en.get(w.lower()) is not None for w in words) >= MIN_ENGLISH_KNOWN * len(words)


def detect_language(text: str) -> Language:
    """The languages of ``text`` with their shares of its words (see the module docstring),
    e.g. ``shares={"ar": 0.92, "fa": 0.0, "en": 0.08}, languages=("ar",)``."""
    sample = _MARKS.sub("", text[:SAMPLE_CHARS])
    counts = dict.fromkeys(SUPPORTED, 0)
    unknown = 0
    arabic_words = _ARABIC_WORD.findall(sample)
    for word in arabic_words:
        lang = word_language(word)
        if lang is None:
            unknown += 1
        else:
            counts[lang] += 1
    latin_words = _LATIN_WORD.findall(sample)
    if not _english(latin_words):
        latin_words = []  # Latin letters, but not English: random letters, Turkish ...
    counts["en"] += len(latin_words)
    # an Arabic-script word no list knows is taken to be in the script's main language
    counts["fa" if counts["fa"] > counts["ar"] else "ar"] += unknown
    n_words = sum(counts.values())
    shares = {k: round(v / n_words, 4) if n_words else 0.0 for k, v in counts.items()}
    languages = tuple(
        sorted(
            (k for k in SUPPORTED if n_words and shares[k] >= MIN_LANGUAGE_SHARE),
            key=lambda k: -counts[k],
        )
    )
    letters = len(_LETTER.findall(sample))
    in_script = sum(map(len, arabic_words)) + sum(map(len, latin_words))
    return Language(shares, languages, in_script / letters if letters else 0.0, n_words)
