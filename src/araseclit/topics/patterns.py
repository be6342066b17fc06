"""Regular expressions and affix tables of the topics stage (one home for all of them)."""

from __future__ import annotations

import re

from araseclit.charsets import ARABIC_LETTER, ARABIC_MARK, DIGIT, TATWEEL

# A word: a run of Arabic letters (incl. Persian ی ک ژ and diacritics/tatweel), Latin letters
# or digits, with inner apostrophes/hyphens for Latin names.
# matches: "المنظمات", "الأمنيّة", "Al-Marashi", "NGOs", "2017"
WORD = re.compile(
    f"[{ARABIC_LETTER}{ARABIC_MARK}{TATWEEL}]+"
    r"|[A-Za-z]+(?:['’\-][A-Za-z]+)*"
    f"|[{DIGIT}]+"
)

# A token with no letter at all (after normalisation digits are ASCII).
# matches: "2017", "1399", "56"
NUMERIC = re.compile(r"^[0-9]+$")

# Latin token: lower-cased by normalisation.
# matches: "hiltermann", "ngos", "al-marashi"
LATIN = re.compile(r"^[a-z][a-z'’\-]*$")

# One-letter proclitics that may attach to a function word (conjunctions, prepositions).
# matches the first letter of: "وقد", "فهو", "بهذا", "لهذه", "كما"
PROCLITICS = "وفبلك"

# Suffixes stripped (in normalised form, teh marbuta is already "ه"), only when at least three
# letters remain: the feminine plural and the feminine singular ending.
# matches the suffix of: "منظمات" (ات), "الامنيه" (ه)
SUFFIXES: tuple[str, ...] = ("ات", "ه")

MIN_STEM = 3

# Words whose final ه is a root letter, not teh marbuta: never folded.
NO_FOLD: frozenset[str] = frozenset({"الله", "اتجاه", "انتباه", "مياه", "شبه", "تنبيه", "نزيه"})
