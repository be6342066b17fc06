"""Text -> tokens and the *structure string* the structure model reads.

A line of Arabic academic prose is words in two scripts, numbers, punctuation, brackets and
spaces. Whether it reads in logical order shows mostly in how these are arranged: a comma
follows its word and a space follows the comma, an opening bracket follows a space, a year
sits before its page. The structure string keeps exactly that and folds each word to one
symbol, so a small n-gram model over it sees far enough:

    "تركيا (Hiltermann, 2017: 88)."  ->  "A (C, 2017: 88)."

Words themselves are judged by the word models (:mod:`.scorer`). Symbols: ``A`` an Arabic
word, ``y`` a calendar suffix written against its year (``2003م``), ``C`` a capitalised Latin word, ``U`` an all-capital one, ``l`` a lower-case one,
``x`` any other Latin word (``nnamretliH``), ``?`` a letter of another script, and each of
the commonest Arabic words (:func:`function_words`) a symbol of its own; digits
stand for themselves (Eastern digits folded to ASCII), punctuation too (dashes, quotes and
Arabic decimal signs folded), a single space is a space and a wider gap ``_`` (clean text
has none; a justified line an extractor cut into chunks has them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from araseclit.charsets import (
    ARABIC_LETTER,
    ARABIC_MARK,
    DIGIT,
    EASTERN_DIGITS,
    LATIN_LETTER,
    TATWEEL,
    strip_marks,
)

# one token: an Arabic word ("الأمنَ"), a Latin word ("Hiltermann"), a digit run ("2017"),
# white space, or any other single character
_TOKEN = re.compile(
    f"(?P<A>[{ARABIC_LETTER}{ARABIC_MARK}{TATWEEL}]+)|(?P<L>[{LATIN_LETTER}]+)"
    rf"|(?P<D>[{DIGIT}]+)|(?P<S>\s+)|(?P<O>.)",
    re.DOTALL,
)
# a word of plain Arabic letters: "في"
_PLAIN_ARABIC = re.compile(f"[{ARABIC_LETTER}]+")
#: punctuation variants that mean the same to the structure model
_FOLD_PUNCT = str.maketrans(
    {
        "\u2013": "-",
        "\u2014": "-",
        "\u2012": "-",
        "\u2212": "-",
        "\u2010": "-",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u066a": "%",
        "\u066b": ".",
        "\u066c": ",",
        "\u00a0": " ",
    }
)
#: punctuation and symbols the structure model knows; anything else becomes "?"
KNOWN_PUNCT = frozenset(".,;:!?،؛؟()[]{}«»<>\"'-/\\%&*+=#@$_|~^…•·°§")


@dataclass(frozen=True)
class Token:
    """One token of a line: its kind (``A``/``L``/``D``/``S``/``O``) and its text."""

    kind: str
    text: str


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into words, digit runs, spaces and single other characters."""
    out = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "O"
        out.append(Token(kind, m.group()))
    return out


def latin_class(word: str) -> str:
    """``C`` Capitalised, ``U`` ALL CAPS (two letters or more), ``l`` lower, ``x`` mixed."""
    if word.islower():
        return "l"
    if len(word) > 1 and word.isupper():
        return "U"
    if word[0].isupper() and (len(word) == 1 or word[1:].islower()):
        return "C"
    return "x"


#: calendar suffixes written against a year: "2003م", "1445هـ", "1402ش" (folded to ``y``)
CALENDAR_SUFFIXES = frozenset({"م", "هـ", "ه", "ش", "ق"})


#: how many of the commonest Arabic words keep a symbol of their own
FUNCTION_WORDS = 150
_PRIVATE_USE = 0xE000


@lru_cache(maxsize=1)
def function_words() -> dict[str, str]:
    """The commonest Arabic words (by wordfreq's list, outside this project) -> a symbol of
    their own each (private-use characters), so that the structure model sees word order
    where it is most telling: prepositions, conjunctions, pronouns ("... في." is no line end)."""
    from araseclit.textmodel.frequency import word_frequencies

    top = []
    for word in word_frequencies("ar"):
        if _PLAIN_ARABIC.fullmatch(word):
            top.append(word)
            if len(top) == FUNCTION_WORDS:
                break
    return {w: chr(_PRIVATE_USE + i) for i, w in enumerate(top)}


def symbol(token: Token, previous: Token | None = None) -> str:
    """The structure-string symbol(s) of one token (``previous``: the token before it)."""
    kind = token.kind
    if kind == "A":
        bare = strip_marks(token.text)
        if not bare:
            return ""  # marks with no letter (a tanween an extractor lifted): not a word
        if previous is not None and previous.kind == "D" and token.text in CALENDAR_SUFFIXES:
            return "y"
        return function_words().get(bare, "A")
    if kind == "L":
        return latin_class(token.text)
    if kind == "D":
        return token.text.translate(EASTERN_DIGITS)
    if kind == "S":
        return "_" if len(token.text) > 1 and not token.text.startswith("\n") else " "
    ch = token.text.translate(_FOLD_PUNCT)
    if ch == " ":
        return " "
    if ch in KNOWN_PUNCT:
        return ch
    return "?"


def structure(text: str) -> str:
    """The structure string of ``text`` (see the module docstring)."""
    return structure_of(tokenize(text))


def structure_of(tokens: list[Token]) -> str:
    """The structure string of already tokenised text."""
    return structure_from(symbols(tokens))


def symbols(tokens: list[Token]) -> list[str]:
    """Each token's :func:`symbol` (given the token before it)."""
    return [symbol(t, tokens[i - 1] if i else None) for i, t in enumerate(tokens)]


def structure_from(syms: list[str]) -> str:
    """The structure string of tokens whose :func:`symbols` are ``syms``."""
    out: list[str] = []
    for sym in syms:
        if sym == " " and out and out[-1] == " ":
            continue  # the space after a letterless mark, which left no symbol
        if sym:
            out.append(sym)
    return "".join(out)
