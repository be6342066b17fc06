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
from functools import lru_cache

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


@lru_cache(maxsize=65_536)
def script(word: str) -> str | None:
    """``"arabic"``, ``"latin"`` or None (mixed or neither)."""
    arabic, latin = bool(_ARABIC_LETTERS.search(word)), bool(_LATIN_LETTERS.search(word.lower()))
    if arabic == latin:
        return None
    return "arabic" if arabic else "latin"


@lru_cache(maxsize=65_536)
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


# --- scored similarity across scripts -------------------------------------------------------
# A skeleton drops what the scripts disagree on; :func:`similarity` scores it instead, so a
# short name (``فوكوه`` ~ ``Foucault``, ``زين`` ~ ``Zinn``) can still be compared and a near
# miss (``طومسون`` ~ ``Jameson``) scores below the exact reading (``طومسون`` ~ ``Thompson``).
# Each name becomes a string of sound classes: the consonant classes of :func:`skeleton`,
# ``V`` for a written vowel (Arabic ``ا``, Latin a/e/i/o/u), ``w`` and ``y`` for the letters
# that are a vowel or a consonant in either script (``و``/``ي``, Latin w/v/o/u and y/i/e).

#: cost of aligning two sound classes (symmetric); a pair not listed costs 1
_NEAR = {
    frozenset("wV"): 0.25, frozenset("yV"): 0.25, frozenset("wf"): 0.4, frozenset("yg"): 0.4,
    frozenset("sz"): 0.4, frozenset("tz"): 0.6, frozenset("kg"): 0.5, frozenset("td"): 0.6,
    frozenset("hk"): 0.6, frozenset("bf"): 0.6, frozenset("sh"): 0.5,
}  # fmt: skip
#: cost of a class on one side only: a vowel Arabic leaves unwritten, a silent Latin h or a
#: final Arabic ه (French -eau, -ault), a glide
_GAP = {"V": 0.25, "w": 0.35, "y": 0.35, "h": 0.5}
_LATIN_CLASS = {**{ch: "V" for ch in "aeiou"}, "w": "w", "y": "y"}


@lru_cache(maxsize=65_536)
def sounds(word: str) -> str:
    """Sound classes of one name in either script (``""`` for mixed or neither)."""
    kind = script(word)
    if kind == "arabic":
        out = []
        # "تش" is ch (ليتش Leech), "دج" is the dg of Hodge: one sound, as the Latin digraph
        for ch in normalize_token(word).replace("تش", "خ").replace("دج", "ج"):
            if ch in "اآأإ":
                out.append("V")
            elif ch in "وؤ":
                out.append("w")
            elif ch in "يىئ":
                out.append("y")
            else:
                cls = ch.translate(_ARABIC)
                out.append(cls if cls.isascii() and cls.isalpha() else "")
        return _DOUBLED.sub(r"\1", "".join(out))
    if kind == "latin":
        plain = unicodedata.normalize("NFKD", word.lower())
        plain = "".join(ch for ch in plain if "a" <= ch <= "z")
        for digraph, single in _DIGRAPHS:
            plain = plain.replace(digraph, single.upper())  # upper: already a class
        out = []
        for ch in plain:
            if ch.isupper():
                out.append(ch.lower())
            elif ch in _LATIN_CLASS:
                out.append(_LATIN_CLASS[ch])
            else:
                cls = ch.translate(_LATIN)
                out.append(cls if cls in "bdfghklmnrstz" else "")
        s = "".join(out)
        s = re.sub("V+", "V", s)
        return _DOUBLED.sub(r"\1", s)
    return ""


#: the least an alignment pays for a consonant class not aligned with the same class: a gap
#: (``h``: 0.5) or a pair with another class (``sz``, ``wf``, ``yg``: 0.4)
NEAREST_CONSONANT_COST = min(
    [cost for pair, cost in _NEAR.items() if not pair <= set("Vwy")]
    + [_GAP.get(ch, 1.0) for ch in "bdfghklmnrstz"]
)


def consonants(word: str) -> frozenset[str]:
    """The consonant classes of :func:`sounds` (``بوزان``: b z n). Two names whose
    :func:`similarity` exceeds ``1 - NEAREST_CONSONANT_COST`` (0.6), one of them with two
    consonants or more, share one: with none shared, each consonant of the longer name costs
    at least ``NEAREST_CONSONANT_COST``, more than a similarity above 0.6 leaves. So the
    matcher compares a cited name only with the entries' names that share a class."""
    return frozenset(ch for ch in sounds(word) if ch not in "Vwy")


def _cost(a: str, b: str) -> float:
    return 0.0 if a == b else _NEAR.get(frozenset((a, b)), 1.0)


@lru_cache(maxsize=262_144)
def similarity(a: str, b: str) -> float:
    """How well two names in different scripts read as one name: 1 minus the cheapest
    alignment of their sound classes, per consonant of the longer (0..1; 0 when either has
    no sound classes or both are in one script). Remembered: a book cites a few hundred
    names thousands of times against the same entries, and without it matching grew with
    citations × entries (a 3 MB text: 165,000 alignments for 4,971 citations)."""
    sa, sb = sounds(a), sounds(b)
    if not sa or not sb or script(a) == script(b):
        return 0.0
    prev = [0.0]
    for ch in sb:
        prev.append(prev[-1] + _GAP.get(ch, 1.0))
    for ca in sa:
        row = [prev[0] + _GAP.get(ca, 1.0)]
        for j, cb in enumerate(sb, 1):
            row.append(
                min(prev[j] + _GAP.get(ca, 1.0), row[j - 1] + _GAP.get(cb, 1.0),
                    prev[j - 1] + _cost(ca, cb))
            )  # fmt: skip
        prev = row
    consonants = max(sum(ch not in "Vwy" for ch in s) for s in (sa, sb))
    return max(0.0, 1.0 - prev[-1] / max(consonants, 2))
