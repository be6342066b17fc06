"""Word order: how much likelier two words are side by side than apart (pointwise mutual
information), from counts over third-party prose.

The structure model sees the commonest words and folds the rest; what tells ``في العراق``
from ``العراق في``, or a sentence from the same words shuffled by chunks, is which words
follow which. For every pair of neighbouring words of the training prose's commonest
:data:`vocabulary <WordPairs.unigrams>`, the pair's count is kept; at run time a pair scores
``log(seen / expected)`` where ``expected = count(a) count(b) / N``: positive for pairs
that go together, negative for common words that are common apart but never meet.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from araseclit.charsets import ARABIC_LETTER, PERSIAN_TO_ARABIC, strip_marks
from araseclit.textmodel.table import StringTable, TableError, TableMap, build
from araseclit.textmodel.tokens import Token

# a run of Arabic letters with marks ("الأمنُ"), or anything else that is not a space
_WORD = re.compile(f"[{ARABIC_LETTER}\u064b-\u065f\u0670\u0640]+|[^\\s]")
#: a pair's score is kept in [-PMI_CAP, PMI_CAP] nats
PMI_CAP = 4.0
#: pairs of words expected at least this many times but never seen count against a reading
MIN_EXPECTED = 2.0
#: absolute discount taken from each seen pair's count
DISCOUNT = 0.75


@lru_cache(maxsize=200_000)
def _fold(word: str) -> str:
    return strip_marks(word).translate(PERSIAN_TO_ARABIC)


def pair_words(text: str) -> list[str]:
    """The words of ``text`` for pair counting: Arabic words (marks off, Persian letters as
    Arabic) as themselves, everything else as "" (which breaks a pair)."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        out.append(strip_marks(w).translate(PERSIAN_TO_ARABIC) if len(w) > 1 or w.isalpha() else "")
    return out


@dataclass
class WordPairs:
    """Counts of words (``unigrams``, the vocabulary) and of neighbouring pairs."""

    total: int
    unigrams: Mapping[str, int]
    pairs: Mapping[str, int]

    def pmi(self, a: str, b: str) -> float:
        """log(count(a b) / expected count), 0 when either word is outside the vocabulary."""
        ca, cb = self.unigrams.get(a), self.unigrams.get(b)
        if not ca or not cb:
            return 0.0
        expected = ca * cb / self.total
        seen = self.pairs.get(f"{a} {b}", 0)
        if seen:
            return max(-PMI_CAP, min(PMI_CAP, math.log(max(seen - DISCOUNT, 0.25) / expected)))
        if expected < MIN_EXPECTED:
            return 0.0
        return max(-PMI_CAP, math.log(0.5 / expected))

    def score(self, text: str) -> float:
        """Sum of the PMI of every pair of neighbouring words in ``text``."""
        words = pair_words(text)
        return sum(self.pmi(a, b) for a, b in pairwise(words) if a and b)

    def score_tokens(self, tokens: list[Token]) -> float:
        """:meth:`score` of tokenised text: Arabic words next to each other across one space
        (anything else between two words breaks the pair)."""
        total = 0.0
        prev = ""
        for t in tokens:
            if t.kind == "S" and t.text == " ":
                continue
            if t.kind == "A":
                w = _fold(t.text)
                if prev and w:
                    total += self.pmi(prev, w)
                prev = w
            else:
                prev = ""
        return total

    def save(self, path: Path) -> None:
        data = {"total": self.total, "unigrams": self.unigrams, "pairs": self.pairs}
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def load(cls, path: Path) -> WordPairs:
        """Counts saved by :meth:`save` (``.json.gz``) or :meth:`save_table` (``.tab``)."""
        if path.suffix == ".tab":
            return cls.from_table(StringTable.open(path))
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        return cls(int(data["total"]), data["unigrams"], data["pairs"])

    def to_table(self) -> bytes:
        """The counts as a memory-mappable table (:mod:`.table`): words and pairs (``"a b"``,
        never a word: words have no space) as keys, a column of counts for each."""
        keys = list(dict.fromkeys([*self.unigrams, *self.pairs]))
        unigrams = [self.unigrams.get(k, 0) for k in keys]
        pairs = [self.pairs.get(k, 0) for k in keys]
        meta = {"kind": "wordpairs", "total": self.total}
        return build(keys, {"unigram": ("I", unigrams), "pair": ("I", pairs)}, meta)

    def save_table(self, path: Path) -> None:
        path.write_bytes(self.to_table())

    @classmethod
    def from_table(cls, table: StringTable) -> WordPairs:
        """The counts over a table written by :meth:`to_table` (nothing is copied); a count
        of 0 is no entry, as in the JSON form (which keeps pairs seen twice or more)."""
        if table.meta.get("kind") != "wordpairs":
            raise TableError(f"not a word pair model: {table.source}")
        unigrams: TableMap[int] = TableMap(table, "unigram", int, 0)
        pairs: TableMap[int] = TableMap(table, "pair", int, 0)
        return cls(int(table.meta["total"]), unigrams, pairs)
