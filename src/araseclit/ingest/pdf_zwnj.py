"""Zero-width non-joiners a PDF dropped from Persian text.

Persian writes a ZWNJ (U+200C) inside many words: between a stem and a plural or adjective
suffix (``هسته‌ای``, ``تحریم‌های``), after the verbal prefix ``می``/``نمی`` and the privative
``بی``, and inside compounds (``بین‌المللی``). It draws nothing, so some producers (Chromium's
print, among others) leave it out of the text layer, and the words come back joined
(``بیبازگشت``, ``هستهای``): they no longer match the same words in a reference list, a
lexicon or a search.

:func:`restore_zwnj` puts them back where evidence from outside the document says the
word is spelt with one: Persian's word list (``wordfreq``, through the text model's table)
gives the spelling with the ZWNJ at least :data:`MARGIN` times as often as the joined one;
or, for a joined word the list does not know, the word is a listed stem with one of the
suffixes or prefixes Persian orthography writes apart (a closed grammatical class, not
fitted to any corpus). Only a letter that joins the next one can take a ZWNJ after it (after
``ا د ذ ر ز ژ و`` it would change nothing), and only in a line with a letter Arabic does not
write (``ی ک گ پ چ ژ``): an Arabic quotation keeps ``دولتها`` ("her state"). :func:`needs_zwnj` says when to try: the
document is mainly Persian and its text has no ZWNJ at all (a text that has some kept them).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

ZWNJ = "\u200c"
#: letters that never join the letter after them: a ZWNJ after one is never restored
NON_JOINING = frozenset("اآأإٱدذرزژوؤةء")
#: suffixes written after a ZWNJ: plural ``ها``/``های``/``هایی``, ``ای`` after ``ه``,
#: comparative and superlative ``تر``/``ترین``
SUFFIXES = ("هایی", "های", "ها", "ترین", "تر", "ای")
#: prefixes written before a ZWNJ: the continuous ``می``/``نمی`` and the privative ``بی``
PREFIXES = ("نمی", "می", "بی")
#: the ZWNJ spelling must be this many times as frequent as the joined one
MARGIN = 2.0
#: Persian-script words, no ZWNJ inside: "بیبازگشت" | "هستهای"
_WORD_RE = re.compile("[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]{4,}")


@lru_cache(maxsize=1)
def _persian() -> Mapping[str, float]:
    from araseclit.textmodel.frequency import word_frequencies

    return word_frequencies("fa")


def needs_zwnj(text: str) -> bool:
    """Whether ``text`` is mainly Persian and holds no ZWNJ (a producer dropped them)."""
    if ZWNJ in text:
        return False
    from araseclit.ingest.language import detect_language

    shares = detect_language(text).shares
    return shares.get("fa", 0.0) > shares.get("ar", 0.0)


def _listed_split(word: str, freq: Mapping[str, float]) -> str | None:
    """The ZWNJ spelling of ``word`` the list prefers by :data:`MARGIN`, if any."""
    joined = freq.get(word) or 0.0
    best, best_f = None, 0.0
    for i in range(2, len(word) - 1):
        if word[i - 1] in NON_JOINING:
            continue
        cand = word[:i] + ZWNJ + word[i:]
        f = freq.get(cand) or 0.0
        if f > MARGIN * joined and f > best_f:
            best, best_f = cand, f
    return best


def _affix_split(word: str, freq: Mapping[str, float]) -> str | None:
    """A word the list does not know as a listed stem and a suffix or prefix written apart:
    ``بیبازگشت`` -> ``بی‌بازگشت``, ``گامهایی`` -> ``گام‌هایی``."""
    for suffix in SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 2 and stem[-1] not in NON_JOINING:
            if freq.get(stem) is not None:
                return stem + ZWNJ + suffix
    for prefix in PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 3 and freq.get(rest) is not None:
            return prefix + ZWNJ + rest
    return None


@lru_cache(maxsize=65536)
def restore_word(word: str) -> str:
    """``word`` with the ZWNJ Persian spells it with (see the module docstring), else as is."""
    freq = _persian()
    listed = _listed_split(word, freq)
    if listed is not None:
        return listed
    if freq.get(word) is None:
        return _affix_split(word, freq) or word
    return word


#: letters Persian writes and Arabic does not (ی ک گ پ چ ژ): a line with none is no Persian
#: line, and its words keep their spelling (an Arabic quotation's ``دولتها``, "her state", is
#: no Persian ``دولت‌ها``, "states")
_PERSIAN_LETTER_RE = re.compile("[\u06cc\u06a9\u06af\u067e\u0686\u0698]")


def restore_zwnj(text: str) -> str:
    """``text`` with each joined Persian word given back its ZWNJ (:func:`restore_word`), in
    the lines that hold a letter only Persian writes; other lines (Arabic) as they are."""
    return "".join(
        _WORD_RE.sub(lambda m: restore_word(m.group()), line)
        if _PERSIAN_LETTER_RE.search(line)
        else line
        for line in text.splitlines(keepends=True)
    )
