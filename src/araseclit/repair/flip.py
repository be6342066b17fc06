"""Words reversed one by one (pypdfium2 on some PDFs): turning a word round.

Such extractions keep the words of a line in logical order but give some words letter by
letter backwards (``نمألا`` for ``الأمن``, ``يف`` for ``في``), always the same form for the
same word. Which forms to turn is the word model's call
(:func:`araseclit.repair.readings.word_flips`); this module turns them.

A word with a mark inside it can have come backwards in two ways: letter by letter, each
letter keeping its marks (``دّرلا`` for ``الردّ``), or, as pypdfium2 gives vowelled text,
stretch by stretch, the letters between two marks reversed and each mark left after its
stretch (``قوتّانف`` for ``توقّفنا``, ``هاقمٍ`` for ``مقاهٍ``). Where the two turnings differ
the word model picks the likelier, against odds that favour pypdfium2's turning
(:data:`STRETCH_PRIOR`) and move with the document's other marked words
(:func:`document_turning`, found once per document and carried to its lines by
:class:`Flips`); a tanween only ends a word. Whether to turn at all stays
:func:`~araseclit.repair.readings.word_flips`' call, against the word as it stands.

A word read backwards also shows it in its letter shapes: a letter that only ends a word
comes first, the article and its prefixes come last (``ةلودلاو``). :func:`word_direction`
weighs these cues for one word, where a pass must tell a line's direction without the
scorer (:func:`araseclit.repair.marks.reverse_beside_plain_marks`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Set
from typing import TYPE_CHECKING

from araseclit.charsets import strip_marks
from araseclit.repair import patterns as P

if TYPE_CHECKING:
    from araseclit.textmodel.scorer import WordModel

# tanween fath and alef ending a word, which such extractions leave at the end of a reversed
# word (raw): "لعافًا" for "فاعلًا"
_TANWEEN_ALEF = re.compile("\u064bا$")
# an Arabic letter with the marks that follow it: "دّ"
_CLUSTER = re.compile(f"[{P.ARABIC_LETTER}\u0640][{P.ARABIC_MARK}]*|.")
# a stretch between marks and the marks after it (either may be empty): "قوتّ" -> "قوت", "ّ"
_STRETCH = re.compile(f"([^{P.ARABIC_MARK}]*)([{P.ARABIC_MARK}]*)")
_MARK = re.compile(f"[{P.ARABIC_MARK}]")
# a tanween followed by a letter other than a final alef or alef maqsura: "مًقارنة"
_TANWEEN_INSIDE = re.compile(f"[\u064b-\u064d][{P.ARABIC_MARK}]*(?![{P.ARABIC_MARK}]*[اى]?$)")

#: log odds that an extractor which gives words backwards turned a marked word stretch by
#: stretch: pypdfium2 does on Chromium and LibreOffice PDFs alike. Counted on the pypdfium2
#: output of the development corpora (clean, sample, calibration, heldout, heldout2-6): of
#: the marked backward words whose two turnings differ and one is the source's word, 846
#: came stretch by stretch and 1 letter by letter, log((846 + 1) / (1 + 1)) = 6.0
STRETCH_PRIOR = 6.0
#: how much likelier (log odds) one turning's letters must be for a form to vote for it
TURNING_MARGIN = 2.0

#: Arabic words that legitimately end in what looks like a reversed article ``لا``
_ENDS_IN_LA = frozenset({"لا", "ولا", "إلا", "ألا", "فلا", "كلا", "بلا", "هلا", "الا"})
_FINAL_ONLY = ("ة", "ى")  # letters that only ever end a word
#: "وال", "بال", "فال", "كال", "لل" read backwards at a word end: "ةلودلاو"
_REVERSED_PREFIX = ("لاو", "لاب", "لاف", "لاك", "لل")
#: plural endings "ين", "ون", "ات" read backwards at a word start: "نيثحابلا", "تامظنملا"
_REVERSED_SUFFIX = ("ني", "نو", "تا")


def flip_clusters(word: str) -> str:
    """``دّرلا`` -> ``الردّ``: letters reversed, each keeping its marks; a final ``ًا`` stays."""
    m = _TANWEEN_ALEF.search(word)
    stem, tail = (word[: m.start()], m.group()) if m and m.start() > 0 else (word, "")
    return "".join(reversed(_CLUSTER.findall(stem))) + tail


def flip_stretches(word: str) -> str:
    """``قوتّانف`` -> ``توقّفنا``: the letters between marks reversed, stretch by stretch, each
    mark kept after its stretch (``لعافًا`` -> ``فاعلًا``: a final ``ًا`` comes out whole)."""
    return "".join(s[::-1] + marks for s, marks in _STRETCH.findall(word))


def flip_readings(word: str) -> tuple[str, ...]:
    """The ways ``word`` reads turned round: the letter-wise one, and the stretch-wise one
    where a mark makes the two differ."""
    clusters = flip_clusters(word)
    if not _MARK.search(word):
        return (clusters,)
    stretches = flip_stretches(word)
    return (clusters,) if stretches == clusters else (clusters, stretches)


def flip_word(word: str, model: WordModel | None = None, prior: float | None = None) -> str:
    """``word`` turned round (``نمألا`` -> ``الأمن``). Where its marks allow two turnings
    (:func:`flip_readings`), the one ``model`` (by default the shipped Arabic word model)
    finds likelier, with ``prior`` the log odds that the extractor turns stretch by stretch
    (:data:`STRETCH_PRIOR` unless the document says more, see :func:`flip_words`); a
    reading that puts a tanween before the last letter is out."""
    readings = flip_readings(word)
    if len(readings) == 1:
        return readings[0]
    clusters, stretches = readings
    if _misplaced_tanween(stretches) != _misplaced_tanween(clusters):
        return clusters if _misplaced_tanween(stretches) else stretches
    prior = STRETCH_PRIOR if prior is None else prior
    return stretches if _gain(clusters, stretches, model) + prior >= 0 else clusters


def document_turning(flips: Iterable[str], model: WordModel | None = None) -> float:
    """The log odds that a document turned its marked words round stretch by stretch rather
    than letter by letter: from its flipped forms whose two turnings the evidence tells apart
    (letters the word model finds likelier by :data:`TURNING_MARGIN`, a tanween only one
    can hold), each counted once, as :func:`~.readings.word_flips` weighs its forms."""
    stretched = clustered = 0
    for form in flips:
        readings = flip_readings(form)
        if len(readings) == 1:
            continue
        clusters, stretches = readings
        if _misplaced_tanween(stretches) != _misplaced_tanween(clusters):
            gain = -math.inf if _misplaced_tanween(stretches) else math.inf
        else:
            gain = _gain(clusters, stretches, model)
        stretched += gain > TURNING_MARGIN
        clustered += gain < -TURNING_MARGIN
    return math.log((stretched + 1) / (clustered + 1))


class Flips(frozenset[str]):
    """The word forms a document gives backwards (:func:`~.readings.word_flips`) and
    :attr:`turning`, the log odds that it turned their marks round stretch by stretch
    (:func:`document_turning` over all of them, unless given): one document's state, found
    once and handed with its forms to every line it reads (:func:`flip_words`)."""

    turning: float

    def __new__(
        cls,
        forms: Iterable[str] = (),
        turning: float | None = None,
        model: WordModel | None = None,
    ) -> Flips:
        self = super().__new__(cls, forms)
        self.turning = document_turning(self, model) if turning is None else turning
        return self

    def __reduce__(self) -> tuple[type[Flips], tuple[list[str], float]]:
        return (Flips, (list(self), self.turning))


def flip_words(line: str, flips: Set[str], turning: float | None = None) -> str:
    """Turn round the words of ``line`` that :func:`~.readings.word_flips` found backwards,
    marked words the way the document turns them: ``turning`` (log odds of stretch by
    stretch), by default the one ``flips`` carries (:class:`Flips`), else
    :func:`document_turning` of ``flips``."""
    if turning is None:
        turning = flips.turning if isinstance(flips, Flips) else document_turning(flips)
    prior = STRETCH_PRIOR + turning
    return P.ARABIC_RUN.sub(
        lambda m: flip_word(m.group(), prior=prior) if m.group() in flips else m.group(), line
    )


def _misplaced_tanween(word: str) -> bool:
    """A tanween before the word's last letter (``مًقارنة``): no Arabic word writes one."""
    return _TANWEEN_INSIDE.search(word) is not None


def _gain(clusters: str, stretches: str, model: WordModel | None) -> float:
    """log P(stretch-wise letters) - log P(letter-wise letters); 0 for the same letters."""
    if strip_marks(clusters) == strip_marks(stretches):
        return 0.0
    model = model or _default_model()
    return model.logp(stretches) - model.logp(clusters)


def _default_model() -> WordModel:
    from araseclit.textmodel.scorer import default_scorer

    return default_scorer().arabic


def word_direction(word: str) -> tuple[float, float]:
    """(backwards, forwards) evidence for one Arabic word: ``ةلودلاو`` is backwards (teh
    marbuta first, article last), ``والدولة`` forwards."""
    back = fwd = 0.0
    if len(word) < 3:
        return back, fwd
    if word.startswith(_FINAL_ONLY) or word.endswith(_REVERSED_PREFIX):
        back += 1
    elif word.startswith(_REVERSED_SUFFIX):
        back += 0.3
    if word.endswith("لا") and word not in _ENDS_IN_LA:
        back += 0.4  # also adverbs such as "مثلا", "أولا": weak evidence alone
    if word.startswith("ال") or word.endswith(_FINAL_ONLY):
        fwd += 1
    return back, fwd
