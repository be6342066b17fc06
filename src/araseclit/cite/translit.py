"""Consonant skeletons that let a name written in Arabic script meet its Latin spelling.

Arabic papers cite Western and Persian authors in either script: ``(بوزان، 1991)`` in the
text, ``Buzan, B. (1991)`` in the list; ``صالحي`` and ``Salehi``. Vowels are unwritten in
Arabic and spelt freely in Latin, and one Arabic letter has several usual transcriptions
(``ج`` = j/g/dj, ``خ`` = kh/ch), so both spellings are reduced to the consonant classes the
two scripts agree on; vowels, ``و``/``ي``/``ع``/hamza, doubled letters and a final ``ة``/``-ah`` drop:

>>> skeleton("بوزان"), skeleton("Buzan")
('bzn', 'bzn')
>>> skeleton("هيلترمان"), skeleton("Hiltermann")
('hltrmn', 'hltrmn')

Different names can share a skeleton (``حسن``, ``Hussein``, ``Hassan``: ``hsn``), so the
matcher uses skeletons only across scripts, as its weakest author rule, and says so.
"""

from __future__ import annotations

import re
import unicodedata

from araseclit.charsets import ANY_ARABIC_RE
from araseclit.normalize import normalize_token

#: Arabic letters (after :func:`normalize_token`) -> consonant class; absent letters drop
_ARABIC = str.maketrans(
    {
        "ب": "b", "پ": "b", "ت": "t", "ط": "t", "ث": "t", "ج": "g", "چ": "g", "ژ": "z",
        "غ": "g", "گ": "g", "ح": "h", "ه": "h", "خ": "h", "د": "d", "ض": "d", "ذ": "z",
        "ظ": "z", "ز": "z", "ر": "r", "س": "s", "ص": "s", "ش": "s", "ف": "f", "ق": "k",
        "ك": "k", "ل": "l", "م": "m", "ن": "n",
    }
)  # fmt: skip
#: Latin digraphs for one Arabic letter, before single letters
_DIGRAPHS = (
    ("sh", "s"), ("kh", "h"), ("ch", "h"), ("th", "t"), ("dh", "d"), ("gh", "g"),
    ("ph", "f"), ("ck", "k"), ("dj", "g"), ("dg", "g"), ("zh", "z"),
)  # fmt: skip
_LATIN = str.maketrans(
    {
        "b": "b", "p": "b", "t": "t", "j": "g", "g": "g", "h": "h", "d": "d", "z": "z",
        "r": "r", "s": "s", "c": "k", "k": "k", "q": "k", "x": "k", "f": "f", "v": "f",
        "l": "l", "m": "m", "n": "n",
    }
)  # fmt: skip
_ARABIC_LETTERS = ANY_ARABIC_RE
_LATIN_LETTERS = re.compile(r"[a-z]")
_DOUBLED = re.compile(r"(.)\1+")
_VOWEL_H = re.compile(r"(?<=[aeiou])h$")
#: the fewest consonants a skeleton needs to be worth comparing
MIN_CONSONANTS = 3


def script(word: str) -> str | None:
    """``"arabic"``, ``"latin"`` or None (mixed or neither)."""
    arabic, latin = bool(_ARABIC_LETTERS.search(word)), bool(_LATIN_LETTERS.search(word.lower()))
    if arabic == latin:
        return None
    return "arabic" if arabic else "latin"


def skeleton(word: str) -> str:
    """Consonant classes of one name in either script ('' when too short to compare)."""
    kind = script(word)
    if kind == "arabic":
        letters = normalize_token(word).removesuffix("ه").translate(_ARABIC)
        letters = "".join(ch for ch in letters if ch.isascii() and ch.isalpha())
    elif kind == "latin":
        plain = unicodedata.normalize("NFKD", word.lower())
        plain = "".join(ch for ch in plain if "a" <= ch <= "z")
        plain = _VOWEL_H.sub("", plain)  # "Hamzah" = "حمزة"
        for digraph, single in _DIGRAPHS:
            plain = plain.replace(digraph, single)
        letters = "".join(ch for ch in plain.translate(_LATIN) if ch in "bdfghklmnrstz")
    else:
        return ""
    letters = _DOUBLED.sub(r"\1", letters)
    return letters if len(letters) >= MIN_CONSONANTS else ""
