"""Letter pairs a font's ligature gives in the wrong order (``املجتمع``, ``أكرث``, ``حني``).

Some fonts (KacstOne, and the ligatures of fonts Word and LibreOffice embed) draw two letters
as one glyph whose text is the pair reversed, so pdftotext gives ``املجتمع`` for
``المجتمع``, ``أكرث`` for ``أكثر``, ``وتشري`` for ``وتشير``. Each word so damaged is read
back by one or two swaps of neighbouring letters, as a candidate reading against "leave it":
the swapped word must be a word of the frequency list and likelier than the word as it
stands by :data:`SWAP_GAIN` nats. A clean text has the odd rare word a swap turns into a
common one; a font's damage recurs all through its document, so the swaps are made only in a
document that shows at least :data:`MIN_SWAPPED_WORDS` distinct such words.

Not registered as an operation yet: on pdftotext's text of the reviewer's KacstOne PDF it
reads back nine words (CER 11.80% -> 10.04%), but on LibreOffice Scheherazade renditions
read by pdfplumber, whose hamza-alef comes with an extra alef (``أايام``), it finds
swaps that are no ligature's (``أايام`` -> ``أياما``) and is worse in 5 of 12 (scratch,
/tmp/f4/ood_subset.py). The swapped pairs of one font should recur across its words.
"""

from __future__ import annotations

import re
from typing import Protocol

from araseclit.document import NOISE_KINDS, Line
from araseclit.repair import patterns as P

# an Arabic word without marks, not written against a letter, a mark or a digit
_WORD = re.compile(
    f"(?<![{P.ARABIC_LETTER}{P.ARABIC_MARK}{P.DIGIT}\u200c\u0640])[{P.ARABIC_LETTER}]{{3,}}"
    f"(?![{P.ARABIC_LETTER}{P.ARABIC_MARK}{P.DIGIT}\u200c\u0640])"
)
#: how much likelier (nats, word model) the swapped word must be than the word as it stands
SWAP_GAIN = 6.0
#: how common (share of running words) a word read by two swaps must be (one swap: any word
#: of the list): the more swaps, the more words of the list a chance reading can hit
MIN_FREQUENCY = 1e-6
#: distinct damaged words a document must show before any is read back, in number and as a
#: share of its distinct words of three letters or more (the clean sources of corpora/ show
#: at most 2, 0.65%; pdftotext's text of a LibreOffice KacstOne PDF, repaired, 9 of 71)
MIN_SWAPPED_WORDS = 3
MIN_SWAPPED_SHARE = 0.02


class _WordList(Protocol):
    def logp(self, word: str) -> float: ...

    def frequency(self, word: str) -> float: ...


def _swapped(word: str, i: int) -> str:
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


# letters of Persian (and other languages written in Arabic script) the Arabic list lacks
_NOT_ARABIC = re.compile("[\u067e\u0686\u0698\u06a9\u06af\u06cc\u06c0\u0695\u06b5\u06ce]")


def _candidates(word: str) -> tuple[set[str], set[str]]:
    """``word`` with one pair of neighbouring letters swapped, and with two pairs apart."""
    n = len(word)
    one = {_swapped(word, i) for i in range(n - 1) if word[i] != word[i + 1]}
    two = {
        _swapped(_swapped(word, i), j)
        for i in range(n - 1)
        for j in range(i + 2, n - 1)
        if word[i] != word[i + 1] and word[j] != word[j + 1]
    }
    return one - {word}, two - {word}


def read_back(word: str, model: _WordList) -> str | None:
    """The reading of ``word`` by swapped pairs that the word model prefers by
    :data:`SWAP_GAIN` nats, among words of its list, one swap before two (two need a word
    of :data:`MIN_FREQUENCY`); None when none is, and for a word the list has or whose
    letters it does not know (Persian's)."""
    if _NOT_ARABIC.search(word) or model.frequency(word) >= MIN_FREQUENCY:
        return None
    here = model.logp(word)
    for candidates, least in zip(_candidates(word), (0.0, MIN_FREQUENCY), strict=True):
        best, best_logp = None, here + SWAP_GAIN
        for c in candidates:
            if model.frequency(c) <= least:
                continue
            lp = model.logp(c)
            if lp >= best_logp:
                best, best_logp = c, lp
        if best:
            return best
    return None


def swapped_pairs(texts: list[str], model: _WordList) -> dict[str, str]:
    """Words of ``texts`` read back (:func:`read_back`), when there are at least
    :data:`MIN_SWAPPED_WORDS` of them and :data:`MIN_SWAPPED_SHARE` of the distinct words;
    else none."""
    found: dict[str, str] = {}
    seen: set[str] = set()
    for t in texts:
        for w in _WORD.findall(t):
            if w in seen:
                continue
            seen.add(w)
            fixed = read_back(w, model)
            if fixed:
                found[w] = fixed
    enough = len(found) >= max(MIN_SWAPPED_WORDS, MIN_SWAPPED_SHARE * len(seen))
    return found if enough else {}


def fix_swapped_pairs(lines: list[Line], model: _WordList | None = None) -> None:
    """Every body line's words read back where the document shows the damage
    (:func:`swapped_pairs`)."""
    if model is None:
        from araseclit.textmodel.scorer import default_scorer

        model = default_scorer().arabic
    body = [ln for ln in lines if ln.kind not in NOISE_KINDS]
    fixes = swapped_pairs([ln.text for ln in body], model)
    if not fixes:
        return
    for ln in body:
        fixed = _WORD.sub(lambda m: fixes.get(m.group(), m.group()), ln.text)
        if fixed != ln.text:
            ln.text, ln.changed = fixed, True
