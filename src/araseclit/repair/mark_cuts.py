"""A visual line pypdfium2 cut at a marked letter, its pieces given last first.

With some fonts (Chromium with KacstBook or Noto Naskh, LibreOffice with Noto Naskh) a mark
drawn above or below its letter (``بُ``, ``مّ``, ``سً``) makes pypdfium2 start a new text
line, and the pieces of the visual line come out last first, each as a line of its own::

    عد والتوازن بين الحياة ...   (the rest of the line, after the cut)
    العمل عن بُ                   (the line up to the marked letter)

and, cut at two letters, the marked letter may be a piece of its own (``مّ`` between
``ان والدار البيضاء`` and ``الاتصالات في ع``). The logical line is the pieces the other way
round, glued where the cut went through a word (``العمل عن بُعد والتوازن``). A word with
tanween fath is cut before its alef, which opens the next piece (``ا من أن تكون`` given
before ``... من الاستقطاب بًدل``; the word, read backwards, has its tanween on the wrong
letter), and a line cut at two such words comes in four pieces (``ا في هذا النمط``, ``عً``,
``ا سري``, ``... شهدتا تًوسع``): there the glued word is also a candidate with the tanween
before its alef (``بدلًا``, ``توسعًا``).

Nothing here decides by rule: where the lines show a cut (a line that opens with a mark, a
piece that ends in a marked letter or is one), the pieces read the other way round, glued
and spaced, are candidates, and :func:`rejoin_mark_cuts` keeps the one the scorer finds
likelier than the lines as they stand by :data:`MARGIN`. A cut is glued where the word it
makes is in the word list (``بُعد``), spaced where the words either side are. A line cut at
several marked letters comes in as many pieces as its cuts allow (up to :data:`MAX_PIECES`,
whole pieces between the letters: ``ر يعمل ...``, ``وّ``, ``نذر وهو مص``, ``... القديم مُ``);
a marked letter alone has a cut on each side and is read inside its word, never a space
from it. The pieces of a visual line are together about one line long, a line's length
being measured on the lines that are no piece (:func:`full_line`). A clean document never
comes here (the pass runs for the orders pypdfium2 leaves).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from araseclit.charsets import ARABIC_LETTER, ARABIC_MARK
from araseclit.document import Line

#: log-likelihood (nats) a rejoined line must gain over its pieces as they stand: the pieces
#: show the cut (see :func:`_cut_shown`), so the candidate needs only to read better. Fitted
#: with :data:`PAIR_SHARE` on ``corpora/calibration`` (its pypdfium2 renditions and forward
#: ``pypdfium2-chromium`` scrambles; grid 2/4/6 x 1.12/1.4/1.7): lowest mean CER, 9.17%
#: (2.0 and 1.12, as hand-set before: 9.22%)
MARGIN = 4.0
#: at most this many pieces are rejoined (a line cut at one marked letter gives three, at
#: two tanween words four, at two marked letters five: ``C``, ``مً``, ``B``, ``يُ``, ``A``)
MAX_PIECES = 5
#: the pieces of one visual line are together at most this share of a full line, a full
#: line being this quantile of the lengths of the lines that are no piece (:func:`full_line`)
PAIR_SHARE = 1.4
FULL_LINE_QUANTILE = 0.9
#: fewer whole lines than this and the full line is measured on every line
MIN_WHOLE_LINES = 5

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
# a piece opened by the alef of a tanween word cut before it: "ا من أن تكون", "ا: اللجنة"
_OPENS_WITH_ALEF = re.compile(f"^ا(?![{ARABIC_LETTER}{ARABIC_MARK}])")
# a piece whose last word has tanween fath (on any letter: a word read backwards may carry
# it on its first): "... الاستقطاب بًدل", "... شهدتا تًوسع"
_ENDS_IN_FATHATAN_WORD = re.compile(f"\u064b[{ARABIC_LETTER}{ARABIC_MARK}]*$")


def _cut_shown(pieces: list[str], full: float) -> bool:
    """The pieces (last first, as given) show a cut between each two of them and are
    together about one line (at most :data:`PAIR_SHARE` of a ``full`` one)."""
    if sum(len(p) for p in pieces) > PAIR_SHARE * full:
        return False
    for later, earlier in itertools.pairwise(pieces):
        if not (
            _OPENS_WITH_MARK.match(later)
            or _ENDS_IN_MARKED_LETTER.search(earlier)
            or _MARKED_LETTER.match(earlier)
            or _MARKED_LETTER.match(later)
            or (_OPENS_WITH_ALEF.match(later) and _ENDS_IN_FATHATAN_WORD.search(earlier))
        ):
            return False
    return True


def _piece_sign(text: str) -> bool:
    """The line shows, at one of its ends, that it is a piece of a cut visual line."""
    return bool(
        _OPENS_WITH_MARK.match(text)
        or _ENDS_IN_MARKED_LETTER.search(text)
        or _MARKED_LETTER.match(text)
        or _OPENS_WITH_ALEF.match(text)
    )


def full_line(texts: list[str]) -> float:
    """The length of a full line: :data:`FULL_LINE_QUANTILE` of the lengths of the lines
    that are neither a piece nor next to one (in a document whose lines are often cut, the
    pieces are half the lines and a quantile over all of them comes out short); of every
    line where fewer than :data:`MIN_WHOLE_LINES` are left."""
    texts = [t.strip() for t in texts if t.strip()]
    signs = [_piece_sign(t) for t in texts]
    whole = [len(t) for i, t in enumerate(texts) if not any(signs[max(0, i - 1) : i + 2])]
    lengths = sorted(whole if len(whole) >= MIN_WHOLE_LINES else map(len, texts))
    return float(lengths[min(len(lengths) - 1, int(FULL_LINE_QUANTILE * len(lengths)))])


_MARKS = re.compile(f"[{ARABIC_MARK}]")
# a tanween inside a word, where Arabic never writes one (it ends a word, or comes before
# its final alef or alef maksura): "مًال" of "مً" glued to "ال"
_INNER_TANWEEN = re.compile(f"[\u064b-\u064d][{ARABIC_MARK}]*(?![{ARABIC_MARK}]*[اى]?$)")
# the letters of a token, without its punctuation: "مساءً." -> "مساءً"
_WORD = re.compile(f"[{ARABIC_LETTER}{ARABIC_MARK}]+")


def _fathatan_before_alef(word: str) -> str:
    """``بًدلا`` -> ``بدلًا``: one tanween fath put on the letter before the word's final alef
    (where a word read backwards may have moved it); other words as they are."""
    if word.count("\u064b") != 1 or not word.endswith("ا"):
        return word
    bare = word.replace("\u064b", "")
    return bare[:-1] + "\u064b" + bare[-1]


def _meetings(left: str, right: str, known: Callable[[str], bool], spaced: bool) -> list[str]:
    """How two pieces may meet, as the text they make: glued where the word they make at
    the cut is known (its tanween fath before its alef as one more reading), spaced (when
    ``spaced``) where the words either side of it are."""
    a = _WORD.findall(left.split()[-1]) if left.split() else []
    b = _WORD.findall(right.split()[0]) if right.split() else []
    if not a or not b:
        return []

    def word(w: str) -> bool:  # (a letter or a mark alone is no evidence)
        return len(_MARKS.sub("", w)) > 1 and known(w)

    out = []
    glued = a[-1] + b[0]
    head, tail = left[: left.rindex(a[-1])], right[right.index(b[0]) + len(b[0]) :]
    for form in dict.fromkeys((glued, _fathatan_before_alef(glued))):
        if word(form) and not _INNER_TANWEEN.search(form):
            out.append(head + form + tail)
    if spaced and word(a[-1]) and word(b[0]):
        out.append(left + " " + right)
    return out


def _candidates(pieces: list[str], known: Callable[[str], bool]) -> list[str]:
    """The pieces the other way round, each cut glued or spaced as the word list allows. A
    piece that is a marked letter alone is inside a word (``يص`` + ``وّ`` + ``ر``): it is
    glued to the piece after it first, and the word is judged whole, glued, where it meets
    the one before (a cut on each side of a letter falls inside its word)."""
    order: list[tuple[str, bool]] = []  # (piece, whether it opens with a marked letter alone)
    for piece in pieces:  # (last first: a marked letter goes before the piece read after it)
        if _MARKED_LETTER.match(piece) and order:
            order[-1] = (piece + order[-1][0], True)
        else:
            order.append((piece, bool(_MARKED_LETTER.match(piece))))
    order.reverse()
    texts = [order[0][0]]
    for piece, inside in order[1:]:
        texts = [t for text in texts for t in _meetings(text, piece, known, not inside)]
    return texts


def rejoin_mark_cuts(
    lines: list[Line], score: Callable[[str], float], known: Callable[[str], bool]
) -> None:
    """Lines that are pieces of one visual line cut at a marked letter, rejoined in order
    (into the first of them; the others left blank) where the scorer says so; ``known``
    says whether the word list has a word (the words made where the pieces meet)."""
    if not any(ln.text.strip() for ln in lines):
        return
    full = full_line([ln.text for ln in lines])
    i = 0
    while i < len(lines) - 1:
        best: tuple[float, int, str] | None = None
        for n in range(2, MAX_PIECES + 1):
            group = lines[i : i + n]
            pieces = [ln.text.strip() for ln in group]
            if len(group) < n or not all(pieces) or not _cut_shown(pieces, full):
                break  # (a longer group holds the same blank, pair or length: no cut either)
            texts = _candidates(pieces, known)
            stay = score(" ".join(pieces)) if texts else 0.0
            for text in texts:
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
