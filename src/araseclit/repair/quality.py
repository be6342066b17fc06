"""Is a text layer worth reading? A quality score from the same model that repairs it.

Some PDFs carry a text layer that no reordering can save: glyphs mapped to the wrong
letters, letters dropped, words run together. Repair then has nothing better to offer than
the text as it stands, and its output must say so rather than pass as clean text. The
score is the share of Arabic words the word frequency list recognises (clean prose of any
genre stays well above :data:`MIN_KNOWN_SHARE`; names and rare words keep it below 1) and
the share of malformed tokens (letters of no supported script, lone Arabic letters,
replacement characters), which clean text has almost none of.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from araseclit.repair.decide import calibrated
from araseclit.textmodel.scorer import TextScorer

#: below this share of recognised Arabic words a text layer is damaged (fitted by
#: ``scripts/calibrate_repair.py`` on repaired renditions of ``corpora/calibration``)
MIN_KNOWN_SHARE = calibrated("min_known_share", 0.75)
#: above this share of malformed tokens a text layer is damaged (fitted likewise)
MAX_MALFORMED_SHARE = calibrated("max_malformed_share", 0.1)
#: fewer Arabic words than this say nothing either way
MIN_WORDS = 12


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


def text_quality(
    text: str, scorer: TextScorer, also: Mapping[str, float] | None = None
) -> TextQuality:
    """The :class:`TextQuality` of ``text`` (typically a repaired document's body); ``also``:
    the word list of the document's other language, if it has one (Persian)."""
    q = scorer.quality(text, also)
    damaged = q.words >= MIN_WORDS and (
        q.known_share < MIN_KNOWN_SHARE or q.malformed_share > MAX_MALFORMED_SHARE
    )
    return TextQuality(round(q.known_share, 4), round(q.malformed_share, 4), q.words, damaged)
