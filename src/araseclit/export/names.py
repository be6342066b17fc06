"""Authors of a reference as reference managers want them: family and given names apart,
bodies (وزارة التخطيط, UNDP) kept whole; ASCII keys from Arabic-script surnames."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from araseclit.cite.patterns import ET_AL_RE

# authors are separated by ";" or "؛", by "&", or by " و" / " and " before the last one:
# "الموسوي، حيدر؛ الزيدي، نور", "Marr, P. & Al-Marashi, I.", "رضایی، مهدی و نیکپور، زهرا"
_AUTHORS = re.compile(r"\s*(?:[;؛]|&|\band\b)\s*|\s+و\s+")
# "family, given" with a Latin or an Arabic comma: "Dodge, T.", "الجبوري، سعد عبد الله"
_COMMA = re.compile(r"\s*[,،]\s*")
# an initial or given name after a Latin family name: "P.", "T. Y.", "Robert D."
_INITIALS = re.compile(r"^(?:[A-Z][a-z]*\.?\s*)+$")
# Arabic and Persian letters to ASCII (a reading aid for keys, not a scholarly system):
# ع, ء and their carriers are dropped, long vowels kept as letters
_ROMAN = str.maketrans({
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ب": "b", "ت": "t", "ث": "th",
    "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s",
    "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f",
    "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y",
    "ى": "a", "ة": "a", "ء": "", "ئ": "", "ؤ": "", "پ": "p", "چ": "ch", "ژ": "zh",
    "گ": "g", "ک": "k", "ی": "y",
})  # fmt: skip


@dataclass(frozen=True)
class Name:
    """One author: a person (``family``, ``given``) or a body (``literal``)."""

    family: str | None = None
    given: str | None = None
    literal: str | None = None

    @property
    def surname(self) -> str:
        return self.family or self.literal or ""


def split_authors(authors: str | None) -> list[Name]:
    """The authors of a REFERENCES ``authors`` string, in order.

    >>> split_authors("الجبوري، سعد عبد الله")
    [Name(family='الجبوري', given='سعد عبد الله', literal=None)]
    >>> split_authors("Al-Ansari, N., Adamo, N. & Sissakian, V.")[1]
    Name(family='Adamo', given='N.', literal=None)
    """
    names: list[Name] = []
    authors = ET_AL_RE.sub("", authors or "")  # "et al." and its forms: no one's given name
    for part in _AUTHORS.split(authors):
        part = part.strip(" ,،")
        if not part:
            continue
        pieces = [p for p in _COMMA.split(part) if p]
        if len(pieces) == 1:
            names.append(Name(literal=pieces[0]))
        elif (
            len(pieces) > 2
            and len(pieces) % 2 == 0
            and all(_INITIALS.match(p) for p in pieces[1::2])
        ):  # "Al-Ansari, N., Adamo, N." before the "&"
            names.extend(
                Name(family=f, given=g) for f, g in zip(pieces[::2], pieces[1::2], strict=True)
            )
        else:
            names.append(Name(family=pieces[0], given=" ".join(pieces[1:])))
    return names


def ascii_key(text: str) -> str:
    """Lower-case ASCII letters of ``text``, Arabic script romanised: ``الجبوري`` ->
    ``aljbwry``, ``Kibaroğlu`` -> ``kibaroglu``."""
    roman = unicodedata.normalize("NFKD", text.translate(_ROMAN))
    return "".join(c for c in roman.lower() if "a" <= c <= "z")
