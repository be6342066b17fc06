"""Words an extractor cut at every glyph cluster, read back as the likeliest words.

On diacritised text some extractors put a space after every letter with its marks, or
after every few (pdftotext on Chromium and Scheherazade PDFs: ``ال نَّ خْ لَ ةُ`` for
``النَّخْلَةُ``), and the spaces between words look the same as the others. No rule about
one gap can tell them apart; the words can. Each line is read as the sequence of words
with the highest probability under the word model of :mod:`araseclit.textmodel`
(frequencies from outside the project, a letter model for unlisted words), by dynamic
programming over where words start (:func:`segment_clusters`).

Clean Arabic prose writes no word of one letter (the conjunctions and prepositions of one
letter are written against the next word), so a lone letter costs :data:`LONE_LETTER`;
a word longer than :data:`~araseclit.textmodel.scorer.LONGEST_WORD` letters is words run
together and never formed. A space next to punctuation, a digit, a Latin letter or a bidi
control always stays.

Only documents cut this way are read again (:func:`cluster_gapped`): in clean text lone
letters are rare, here they are a large share of the tokens (:data:`MIN_LONE_SHARE`, set on
``corpora/calibration``), and only once their marks are back after their letters
(:mod:`.mark_order`), on the raw lines before they are read. A document cut at every cluster
reads back as words: its lone letters all but vanish. Where a third of the tokens are still
lone letters once read back (:data:`MAX_LONE_LEFT`), the lone letters are not cluster cuts
but letters and marks a font lifted apart and an extractor scattered over the lines
(pypdfium2 on LibreOffice Thabit and Noto Naskh PDFs of vowelled text); joining their
pieces glues scattered letters to words they do not belong to, and the document is left
to the passes that read lifted marks.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Protocol

from araseclit.charsets import ARABIC_LETTER, ARABIC_MARK, BIDI_CONTROL, TATWEEL, strip_marks
from araseclit.repair.words import best_split
from araseclit.textmodel.scorer import LONGEST_WORD

#: log probability of a one-letter word (about one in ten million words of clean prose)
LONE_LETTER = -16.0
#: share of lone letters among a document's Arabic tokens from which it is read as cut at
#: every glyph cluster
MIN_LONE_SHARE = 0.15
#: Arabic tokens a document needs before that share is evidence
MIN_TOKENS = 40
#: the most pieces one word is read back from
MAX_PIECES = 8
#: share of lone letters among the Arabic tokens read back from which the document is not
#: taken for cut at every cluster: on the vowelled renditions of corpora/clean, calibration
#: and heldout2-5 the documents so cut keep 0-0.16 once read back, and lightly vowelled ones
#: up to 0.25 (reading back still gains there); pypdfium2 on LibreOffice Thabit and Noto
#: Naskh keeps 0.30-0.39 (reading back cost up to 7.5 points of CER on the Thabit ones)
MAX_LONE_LEFT = 0.28

# a piece: what opens a word (an opener, punctuation an extractor put before it, a bidi
# control), its letters and marks, what closes it
_PIECE = re.compile(
    rf"^([(«\[\"'.:،؛{BIDI_CONTROL}]*)([{ARABIC_LETTER}{ARABIC_MARK}{TATWEEL}]+)"
    rf"([.,:;!?،؛؟)»\]\"'{BIDI_CONTROL}]*)$"
)
_ARABIC_TOKEN = re.compile(rf"[{ARABIC_LETTER}{ARABIC_MARK}{TATWEEL}]+")


class _WordScore(Protocol):
    def logp(self, word: str) -> float: ...


def _word_logp(letters: str, model: _WordScore) -> float:
    if len(letters) == 1:
        return LONE_LETTER
    if len(letters) > LONGEST_WORD:
        return -math.inf
    return model.logp(letters)


def _best(pieces: list[str], cores: list[str], model: _WordScore) -> list[str]:
    """``pieces`` (any space between them may be a gap) as the likeliest words."""
    spans = best_split(len(pieces), lambda a, b: _word_logp("".join(cores[a:b]), model), MAX_PIECES)
    return pieces if spans is None else ["".join(pieces[a:b]) for a, b in spans]


@lru_cache(maxsize=4096)
def segment_clusters(text: str, model: _WordScore) -> str:
    """``ال نَّ خْ لَ ةُ :شَ جَ رَ ةُ`` -> ``النَّخْلَةُ :شَجَرَةُ``: each stretch of Arabic pieces
    that spaces may have cut read as the likeliest words."""
    out: list[str] = []
    run: list[str] = []
    cores: list[str] = []

    def flush() -> None:
        if run:
            out.extend(_best(run, cores, model))
            run.clear()
            cores.clear()

    for token in text.split(" "):
        m = _PIECE.match(token)
        if not m:
            flush()
            out.append(token)
            continue
        if m.group(1):  # punctuation opens a word here: none runs on from before
            flush()
        run.append(token)
        cores.append(strip_marks(m.group(2)))
        if m.group(3):  # punctuation closes a word here
            flush()
    flush()
    return " ".join(out)


def _lone_share(texts: Iterable[str]) -> tuple[float, int]:
    """(share of lone letters, number) of the Arabic tokens of ``texts``, marks aside."""
    tokens = [strip_marks(t) for text in texts for t in _ARABIC_TOKEN.findall(text)]
    tokens = [t for t in tokens if t]
    return sum(1 for t in tokens if len(t) == 1) / max(1, len(tokens)), len(tokens)


def cluster_gapped(texts: list[str], model: _WordScore | None = None) -> bool:
    """The document's Arabic tokens are a large share of lone letters, and read back as
    words (:func:`segment_clusters` with ``model``, the default word model if none) they are
    not (see the module docstring)."""
    share, n = _lone_share(texts)
    if n < MIN_TOKENS or share < MIN_LONE_SHARE:
        return False
    if model is None:
        from araseclit.textmodel.scorer import default_scorer

        model = default_scorer().arabic
    left, _ = _lone_share(segment_clusters(t, model) for t in texts)
    return left < MAX_LONE_LEFT
