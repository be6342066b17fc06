"""Is a text layer worth reading? A quality score from the same model that repairs it.

Some PDFs carry a text layer that no reordering can save: glyphs mapped to the wrong
letters, letters dropped, words run together. Repair then has nothing better to offer than
the text as it stands, and its output must say so rather than pass as clean text. The
score is the share of Arabic words the word frequency list recognises (clean prose of any
genre stays well above :data:`MIN_KNOWN_SHARE`; names and rare words keep it below 1) and
the share of malformed tokens (letters of no supported script, lone Arabic letters,
replacement characters, private-use characters, and the unmapped glyphs of a layer that
has lost its letters to them), which clean text has almost none of.

Unmapped glyphs (pdfminer's ``(cid:N)``) are dropped before the text is read, so they are
counted on the raw lines: a font gives a few glyphs no text (its kashida, a ligature part:
one or two ids, recurring in good text layers), while a layer whose letters have no text
gives many distinct ones (:data:`MAX_TEXTLESS_GLYPHS`); there each run of them is a
malformed token.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from araseclit.repair.decide import calibrated
from araseclit.textmodel.scorer import TextScorer
from araseclit.textmodel.tokens import tokenize

#: below this share of recognised Arabic words a text layer is damaged (fitted by
#: ``scripts/calibrate_repair.py`` on repaired renditions of ``corpora/calibration``)
MIN_KNOWN_SHARE = calibrated("min_known_share", 0.75)
#: above this share of malformed tokens a text layer is damaged (fitted likewise)
MAX_MALFORMED_SHARE = calibrated("max_malformed_share", 0.1)
#: fewer Arabic words (or unreadable tokens) than this say nothing either way
MIN_WORDS = 12
#: the most distinct unmapped glyphs a font gives no text while its letters have text: the
#: highest of a repaired rendition of ``corpora/calibration`` at or under 10% CER is 5
#: (Scheherazade, pdfplumber), times 1.25 (as the other thresholds); its text layers with
#: letters lost to unmapped glyphs have 14 (measured, not fitted: scratch, session 11)
MAX_TEXTLESS_GLYPHS = 6
_UNMAPPED_RUN = re.compile(r"(?:\(cid:\d+\))+")
_UNMAPPED_ID = re.compile(r"\(cid:(\d+)\)")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")


@dataclass(frozen=True)
class TextQuality:
    """How much of a text the models recognise, and whether that makes it damaged."""

    known_share: float
    malformed_share: float
    words: int
    damaged: bool

    def describe(self) -> str:
        return (
            f"{self.known_share:.0%} of {self.words} Arabic words recognised, "
            f"{self.malformed_share:.1%} of tokens malformed"
        )


def unmapped_runs(raw: str) -> int:
    """Runs of unmapped glyphs in ``raw`` that stood for letters: all of them where the
    layer has more than :data:`MAX_TEXTLESS_GLYPHS` distinct ones, else none."""
    if len(set(_UNMAPPED_ID.findall(raw))) <= MAX_TEXTLESS_GLYPHS:
        return 0
    return len(_UNMAPPED_RUN.findall(raw))


def text_quality(
    text: str,
    scorer: TextScorer,
    also: Mapping[str, float] | None = None,
    raw: str | None = None,
) -> TextQuality:
    """The :class:`TextQuality` of ``text`` (typically a repaired document's body); ``also``:
    the word list of the document's other language, if it has one (Persian); ``raw``: the
    lines ``text`` was read from, whose unmapped glyphs the text no longer shows."""
    q = scorer.quality(text, also)
    unreadable = len(_PRIVATE_USE.findall(text))  # (each a token the scorer counts)
    runs = unmapped_runs(raw) if raw else 0
    malformed = q.malformed_share
    if unreadable or runs:
        tokens = sum(1 for t in tokenize(text) if t.kind != "S")
        malformed = (malformed * tokens + unreadable + runs) / (tokens + runs)
    enough = q.words >= MIN_WORDS or unreadable + runs >= MIN_WORDS
    damaged = enough and (q.known_share < MIN_KNOWN_SHARE or malformed > MAX_MALFORMED_SHARE)
    return TextQuality(round(q.known_share, 4), round(malformed, 4), q.words, damaged)
