"""Normalised views of Arabic text for matching and topic modelling.

The text users see is never changed: :func:`normalize_text` returns the normalised string
plus a map from each normalised character back to its offset in the original.
"""

from __future__ import annotations

from dataclasses import dataclass

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

# Persian/Urdu letter forms that PDFs and Persian sources put in Arabic text
_PERSIAN = str.maketrans({"ی": "ي", "ک": "ك", "ژ": "ز", "ۀ": "ه", "ە": "ه", "ھ": "ه"})
# Arabic-Indic and Persian digits to ASCII
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_TATWEEL = "\u0640"


def normalize_token(token: str) -> str:
    """Matching form of a word: no diacritics or tatweel, one alef, ya for alef maqsura,
    ha for teh marbuta, Arabic letters for Persian ones, ASCII digits, lower-case Latin.

    >>> normalize_token("المُنظّمـات")
    'المنظمات'
    """
    s = token.translate(_PERSIAN).translate(_DIGITS).replace(_TATWEEL, "")
    s = dediac_ar(s)
    s = normalize_alef_ar(s)
    s = normalize_alef_maksura_ar(s)
    s = normalize_teh_marbuta_ar(s)
    return s.lower()


@dataclass(frozen=True)
class NormalizedText:
    """A normalised string and, for each of its characters, the original offset."""

    text: str
    offsets: tuple[int, ...]

    def to_original(self, i: int) -> int:
        """Original offset of normalised character ``i`` (``len(text)`` maps past the end)."""
        if i >= len(self.offsets):
            return self.offsets[-1] + 1 if self.offsets else 0
        return self.offsets[i]


def normalize_text(text: str) -> NormalizedText:
    """Normalise ``text`` character by character, keeping an offset map.

    Characters removed by normalisation (diacritics, tatweel) simply have no entry.
    """
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        norm = normalize_token(ch)
        for c in norm:
            out.append(c)
            offsets.append(i)
    return NormalizedText("".join(out), tuple(offsets))
