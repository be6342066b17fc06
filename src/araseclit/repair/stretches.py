"""Undo the *stripped-embedding* order: stretches without Arabic letters given in display order.

pdftotext prints an Arabic line in logical order but each stretch that holds no Arabic
letter (a number, a Latin citation, punctuation between two words) in display order,
wrapped in ``LRE ... PDF`` (:func:`araseclit.scramble.ops.embedded_order` runs it forward).
Many tools and copy-paste paths drop those controls, which leaves the stretches reversed
with nothing to say where they begin:

    "بعد عام  :2003من"  (logical: "بعد عام 2003: من")
    "وتركيا (.)Hiltermann, 2017: 88"  (logical: "وتركيا (Hiltermann, 2017: 88).")

:func:`stretch_readings` gives, for one stretch, the readings this order allows: as it
stands, read back from display order, and read back after the spaces and brackets that
pdftotext keeps outside the embedding at its logical start. :func:`read_stretches` picks,
stretch by stretch, the reading the scorer likes best: never a fixed rule.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from araseclit.charsets import MIRROR, RTL_STRONG, TATWEEL
from araseclit.repair import bidi

# a stretch of a line with no right-to-left character and something other than white space
# in it (raw): " :2003" in "عام  :2003من", " (.)Hiltermann, 2017: 88" after "وتركيا"; "؟"
# and "؛" are right-to-left (pdftotext keeps them in logical order), "،" is not
_STRETCH = re.compile(
    f"[^{RTL_STRONG}{TATWEEL}]*[^\\s{RTL_STRONG}{TATWEEL}][^{RTL_STRONG}{TATWEEL}]*"
)
# spaces and brackets that may stand outside the embedding, at the stretch's logical start;
# the ornate parentheses of a Qur'anic quotation are brackets too (Chromium and XeLaTeX:
# "الْجُنُبِ ﴾ ،والجار" is "الْجُنُبِ﴾، والجار")
_OUTSIDE = re.compile("^[\\s()\\[\\]«»\ufd3e\ufd3f]+")
#: the most stretches a line is read stretch by stretch (beyond: read as it stands)
MAX_STRETCHES = 40
#: the leading spaces and brackets of a stretch tried one by one as outside its embedding
MAX_OUTSIDE = 8


def _splits(stretch: str, n: int) -> list[int]:
    """Where the ``n`` leading spaces and brackets of ``stretch`` may divide into outside and
    inside: the first :data:`MAX_OUTSIDE` places, and next to the places where one character
    changes to another (within a run of one character only its ends matter), the end included.
    Bounded, so that a flood of brackets costs a line what a few do."""
    changes = [i for i in range(MAX_OUTSIDE + 1, n) if stretch[i] != stretch[i - 1]]
    near = {k + d for k in changes[:MAX_OUTSIDE] for d in (-1, 0, 1)}
    return sorted({*range(min(n, MAX_OUTSIDE) + 1), *(k for k in near if k <= n), max(n - 1, 0), n})


def stretch_readings(stretch: str, before: str = "AL") -> list[str]:
    """The readings of one stretch, the stretch as it stands first.

    pdftotext keeps the spaces and brackets at the logical start of a stretch outside its
    embedding and prints them first, reversed: ``" (" + ".)Hiltermann, 2017: 88"``. So for
    every split of the stretch's leading spaces and brackets into what stood outside and
    what stood inside, the display order is rebuilt and read back into logical order. Each
    reading also comes with a space before it when the stretch had one there (pdftotext
    keeps the space between a word and a number outside: ``"عام " + " :2003"``).
    """
    out = []
    m = _OUTSIDE.match(stretch)
    for k in _splits(stretch, m.end() if m else 0):
        head, rest = stretch[:k], stretch[k:]
        if rest:
            out.append(bidi.reorder(rest + head[::-1], start=before))
            # a bracket that belongs to the Arabic text around it is no embedding's:
            # pdftotext prints it in place, as the right-to-left run displays it (XeLaTeX's
            # guillemets: "هدایت »بوف کور« التي", "کتاب« ،وتبدو" for "کتاب»، وتبدو")
            mirrored = head.translate(MIRROR)
            if mirrored != head:
                out.append(mirrored + bidi.reorder(rest, start=before))
    if stretch[:1].isspace():
        out += [" " + r for r in out if not r[:1].isspace()]
    mirrored = stretch.translate(MIRROR)
    if mirrored != stretch:
        out.append(mirrored)
    return [stretch, *dict.fromkeys(out)]  # a reading may read as the stretch stands


def read_stretches(line: str, better: Callable[[str, str], float]) -> str:
    """``line`` with every stretch read back from display order, in the reading ``better``
    prefers among those the order allows (the stretch as it stands is not one of them:
    this is the line *if* the document is in this order, which :mod:`.decide` weighs).

    ``better(old, new)`` says how much likelier line ``new`` is than line ``old``; readings
    are chosen stretch by stretch, left to right, each against the line as it then stands.
    """
    matches = list(_STRETCH.finditer(line))
    if not matches or len(matches) > MAX_STRETCHES:
        return line
    current = line
    shift = 0
    for m in matches:
        start, end = m.start() + shift, m.end() + shift
        stretch = current[start:end]
        before = bidi.last_strong(current[:start])
        best, best_gain = current, -math.inf
        for reading in stretch_readings(stretch, before)[1:]:
            candidate = current[:start] + reading + current[end:]
            gain = better(current, candidate) if candidate != current else 0.0
            if gain > best_gain:
                best, best_gain = candidate, gain
        shift += len(best) - len(current)
        current = best
    return current
