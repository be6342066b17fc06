"""Lam-alef ligatures read alef first inside a word, put back where the document's letters say.

Some fonts (Noto Sans Arabic through LibreOffice) give the lam-alef ligature's two letters
alef first, so pdftotext writes every ``لا`` as ``ال``. Where that leaves a sign no Arabic
spelling has (``األمن``, a lone ``ال``, ``خالل``) the swap is undone by the patterns of
:mod:`.chars`. Inside a word it leaves no such sign: ``كربالئي`` (for ``كربلائي``) looks like
``مطالب``, where alef really comes before lam. Which pairs were ligatures is read from the
document's own letter statistics: in such a document the letters around every inner ``ال``
are suspect, but all other letter pairs are not, and they show which letters the document
writes before a lam or an alef and after an alef or a lam. A pair is turned round only when
both of its neighbours clearly favour lam then alef (``ائ``, ``اء`` after it: hamza follows
alef in every ``-ائي`` and ``-اء``, almost never a lam), which leaves the words whose two
readings are both common Arabic (``صالح`` / ``صلاح``) as they came.

The document's letters are one witness; the other is Arabic at large: the word model of
:mod:`araseclit.textmodel` (wordfreq's list, backed off to its letter model) knows that
``ملامح`` and ``دولار`` are words and ``مالمح`` and ``دوالر`` are not, which two letters on
either side of the pair cannot tell. Each pair is turned when the two witnesses together
favour lam-alef by :data:`MARGIN`; an ``ال`` where the article would be (the article, or
``لاستيعاب`` read ``الستيعاب``, ``بلاد`` read ``بالد``) only on the word model's evidence,
which the article's words never give.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

from araseclit.document import Line
from araseclit.repair import patterns as P
from araseclit.textmodel.scorer import WordModel

_L = P.ARABIC_LETTER
# an Arabic word with its marks: "الكربالئي"
_WORD = re.compile(rf"[{_L}][{_L}{P.ARABIC_MARK}]*")
_MARKS = re.compile(f"[{P.ARABIC_MARK}]")
# the article with the prefixes it may take, whose "ال" is never a ligature: "وبال", "لل"
_ARTICLE = re.compile(r"^(?:[وفبك]{0,2}ال|[وف]?لل)")
# an alef then lam inside a word with a letter after it (letters only): "كربالئي"
_INNER_PAIR = re.compile(rf"(?<=[{_L}])ال(?=[{_L}])")
#: log odds (natural log) that the two neighbours of an inner "ال" must give the lam-alef
#: reading before the pair is turned round: the letters of both readings are common, so
#: only a clear preference is evidence
MARGIN = 1.25
#: weight of the word model's log-likelihood ratio beside the letter pairs' (fitted on the
#: renditions of ``corpora/calibration`` by swapped-font producers, never on reported data)
WORD_WEIGHT = 3.0
#: add-k smoothing of the letter-pair counts
SMOOTHING = 0.5
#: letters the pair counts are smoothed over (the Arabic alphabet with word boundaries)
ALPHABET = 40


def _inner_pairs(letters: str) -> list[int]:
    """Where an inner ``ال`` that may be a swapped ligature starts (never the article)."""
    head = _ARTICLE.match(letters)
    start = head.end() if head else 0
    return [m.start() for m in _INNER_PAIR.finditer(letters) if m.start() >= start]


class PairModel:
    """Letter-pair counts (with ``^``/``$`` word boundaries) of a document's words, leaving
    out every pair that touches a letter of an inner ``ال`` (whose order is in doubt)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.pairs: Counter[str] = Counter()
        self.firsts: Counter[str] = Counter()
        for word in words:
            s = f"^{_MARKS.sub('', word)}$"
            doubt = {k + 1 + d for k in _inner_pairs(s[1:-1]) for d in (0, 1)}
            for k in range(len(s) - 1):
                if k not in doubt and k + 1 not in doubt:
                    self.pairs[s[k : k + 2]] += 1
                    self.firsts[s[k]] += 1

    def logp(self, a: str, b: str) -> float:
        """Log probability that letter ``b`` follows letter ``a``."""
        return math.log((self.pairs[a + b] + SMOOTHING) / (self.firsts[a] + SMOOTHING * ALPHABET))

    def lam_alef_gain(self, before: str, after: str) -> float:
        """Log odds of ``before + لا + after`` over ``before + ال + after``."""
        lam_alef = self.logp(before, "ل") + self.logp("ا", after)
        alef_lam = self.logp(before, "ا") + self.logp("ل", after)
        return lam_alef - alef_lam


def fix_word(word: str, model: PairModel, words: WordModel | None = None) -> str:
    """``word`` with each inner ``ال`` the evidence clearly reads as lam-alef turned round:
    ``الكربالئي`` -> ``الكربلائي``, ``الوالءات`` -> ``الولاءات``; with ``words`` (the word
    model) also ``مالمح`` -> ``ملامح`` and the pair where the article would be, ``الستيعاب`` ->
    ``لاستيعاب``, ``بالد`` -> ``بلاد``;
    marks stay on their letters."""
    letters = _MARKS.sub("", word)
    pairs = _inner_pairs(letters)
    head = _ARTICLE.match(letters) if words is not None else None
    # the article's pair, with its prefixes (``بالد`` for ``بلاد``): the word model's alone
    article = [head.end() - 2] if head and head.group().endswith("ال") else []
    if article and len(letters) < article[0] + 3:
        article = []
    if not pairs and not article:
        return word
    where = [i for i, c in enumerate(word) if not _MARKS.match(c)]  # letter -> index in word
    chars = list(word)
    for k in article + pairs:
        gain = 0.0 if k in article else model.lam_alef_gain(letters[k - 1], letters[k + 2])
        if words is not None:
            turned = f"{letters[:k]}لا{letters[k + 2 :]}"
            gain += WORD_WEIGHT * (words.logp(turned) - words.logp(letters))
        if gain > MARGIN:
            a, b = where[k], where[k + 1]
            if b == a + 1:  # no mark between the two letters
                chars[a], chars[b] = "ل", "ا"
                letters = f"{letters[:k]}لا{letters[k + 2 :]}"
    return "".join(chars)


def fix_inner_lam_alef(lines: list[Line], words: WordModel | None = None) -> None:
    """Turn round the ``ال`` pairs that were lam-alef ligatures read alef first, in a
    document whose font gives every lam-alef so (the caller decides that from its signs);
    ``words``: the word model whose evidence joins the document's letters."""
    model = PairModel(w for ln in lines for w in _WORD.findall(ln.text))
    for ln in lines:
        fixed = _WORD.sub(lambda m: fix_word(m.group(), model, words), ln.text)
        if fixed != ln.text:
            ln.text, ln.changed = fixed, True
