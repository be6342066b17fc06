"""A visual line pypdfium2 cut at a marked letter, its pieces given last first.

With some fonts (Chromium with KacstBook or Noto Naskh, LibreOffice with Noto Naskh) a mark
drawn above or below its letter (``بُ``, ``مّ``, ``سً``) makes pypdfium2 start a new text
line, and the pieces of the visual line come out last first, each as a line of its own::

    عد والتوازن بين الحياة ...   (the rest of the line, after the cut)
    العمل عن بُ                   (the line up to the marked letter)

and, cut at two letters, the marked letter may be a piece of its own (``مّ`` between
``ان والدار البيضاء`` and ``الاتصالات في ع``). The logical line is the pieces the other way
round, glued where the cut went through a word (``العمل عن بُعد والتوازن``).

Nothing here decides by rule: where the lines show a cut (a line that opens with a mark, a
piece that ends in a marked letter or is one), the pieces read the other way round, glued
and spaced, are candidates, and :func:`rejoin_mark_cuts` keeps the one the scorer finds
likelier than the lines as they stand by :data:`MARGIN`. A cut is glued where the word it
makes is in the word list (``بُعد``), spaced where the words either side are. A clean document never comes here
(the pass runs for the orders pypdfium2 leaves).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from araseclit.charsets import ARABIC_LETTER, ARABIC_MARK
from araseclit.document import Line

#: log-likelihood (nats) a rejoined line must gain over its pieces as they stand: the pieces
#: show the cut (see :func:`_cut_shown`), so the candidate needs only to read better
MARGIN = 2.0
#: at most this many pieces are rejoined (a line cut at two marked letters gives three)
MAX_PIECES = 3
#: the pieces of one visual line are together at most this share of a full line (as in
#: :mod:`.lifted_tanween`), a full line being this quantile of the lengths of the lines
PAIR_SHARE = 1.12
FULL_LINE_QUANTILE = 0.8

# a piece that opens with the mark its letter lost to the piece before, on the rest of the
# word: "ُعد والتوازن" (a mark before a space is a lifted tanween, :mod:`.lifted_tanween`)
_OPENS_WITH_MARK = re.compile(f"^[{ARABIC_MARK}]+[{ARABIC_LETTER}]")
# a piece that ends in a marked letter with at most one letter before it on its word, the
# start of a word cut at the mark: "العمل عن بُ", "تالاصتالا يف عمّ"
_ENDS_IN_MARKED_LETTER = re.compile(
    f"(?:^|\\s)[{ARABIC_LETTER}]{{0,1}}[{ARABIC_LETTER}][{ARABIC_MARK}]+$"
)
# a piece that is one marked letter or two: "مّ"
_MARKED_LETTER = re.compile(f"^[{ARABIC_LETTER}]{{1,2}}[{ARABIC_MARK}]+$")


def _cut_shown(pieces: list[str], full: float) -> bool:
    """The pieces (last first, as given) show a cut between each two of them, are together
    about one line (at most :data:`PAIR_SHARE` of a ``full`` one), and a third piece is a
    marked letter between the two others."""
    if sum(len(p) for p in pieces) > PAIR_SHARE * full:
        return False
    if len(pieces) > 2 and not all(_MARKED_LETTER.match(p) for p in pieces[1:-1]):
        return False
    for later, earlier in itertools.pairwise(pieces):
        if not (
            _OPENS_WITH_MARK.match(later)
            or _ENDS_IN_MARKED_LETTER.search(earlier)
            or _MARKED_LETTER.match(earlier)
            or _MARKED_LETTER.match(later)
        ):
            return False
    return True


_MARKS = re.compile(f"[{ARABIC_MARK}]")
# a tanween inside a word, where Arabic never writes one (it ends a word, or comes before
# its final alef or alef maksura): "مًال" of "مً" glued to "ال"
_INNER_TANWEEN = re.compile(f"[\u064b-\u064d][{ARABIC_MARK}]*(?![{ARABIC_MARK}]*[اى]?$)")
# the letters of a token, without its punctuation: "مساءً." -> "مساءً"
_WORD = re.compile(f"[{ARABIC_LETTER}{ARABIC_MARK}]+")


def _glues(left: str, right: str, known: Callable[[str], bool]) -> list[str]:
    """How two pieces may meet: glued where the word they make at the cut is known, spaced
    where the words either side of it are."""
    a = _WORD.findall(left.split()[-1]) if left.split() else []
    b = _WORD.findall(right.split()[0]) if right.split() else []
    if not a or not b:
        return []

    def word(w: str) -> bool:  # (a letter or a mark alone is no evidence)
        return len(_MARKS.sub("", w)) > 1 and known(w)

    out = []
    glued = a[-1] + b[0]
    if word(glued) and not _INNER_TANWEEN.search(glued):
        out.append("")
    if word(a[-1]) and word(b[0]):
        out.append(" ")
    return out


def _candidates(pieces: list[str], known: Callable[[str], bool]) -> list[str]:
    """The pieces the other way round, each cut glued or spaced as the word list allows."""
    order = pieces[::-1]
    ways = [_glues(a, b, known) for a, b in itertools.pairwise(order)]
    if len(order) > 2:  # a marked letter between two pieces: one word cut twice
        ways = [[g for g in w if not g] for w in ways]
    out = []
    for glue in itertools.product(*ways):
        text = order[0]
        for g, piece in zip(glue, order[1:], strict=True):
            text += g + piece
        out.append(text)
    return out


def rejoin_mark_cuts(
    lines: list[Line], score: Callable[[str], float], known: Callable[[str], bool]
) -> None:
    """Lines that are pieces of one visual line cut at a marked letter, rejoined in order
    (into the first of them; the others left blank) where the scorer says so; ``known``
    says whether the word list has a word (the words made where the pieces meet)."""
    lengths = sorted(len(ln.text.strip()) for ln in lines if ln.text.strip())
    if not lengths:
        return
    full = float(lengths[min(len(lengths) - 1, int(FULL_LINE_QUANTILE * len(lengths)))])
    i = 0
    while i < len(lines) - 1:
        best: tuple[float, int, str] | None = None
        for n in range(2, MAX_PIECES + 1):
            group = lines[i : i + n]
            pieces = [ln.text.strip() for ln in group]
            if len(group) < n or not all(pieces) or not _cut_shown(pieces, full):
                continue
            stay = score(" ".join(pieces))
            for text in _candidates(pieces, known):
                gain = score(text) - stay
                if gain > MARGIN and (best is None or gain > best[0]):
                    best = (gain, n, text)
        if best is None:
            i += 1
            continue
        _, n, text = best
        lines[i].text, lines[i].changed = text, True
        for ln in lines[i + 1 : i + n]:
            ln.text, ln.changed = "", True
        i += n
