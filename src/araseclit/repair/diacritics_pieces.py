"""Pieces of vowelled visual lines given out of order: a scored inverse.

In fully vowelled text a mark stacked over a letter (shadda with a vowel, a vowel over a
tall letter) makes the glyph reach above or below its line. pdftotext (LibreOffice and
XeLaTeX PDFs, with or without ``-layout``) then reads one visual line as several text lines,
each a stretch of it cut anywhere, often inside a word, and gives the stretches of a visual
line from its end back to its start (the forward operation is
:func:`araseclit.scramble.diacritics.cut_vowelled_line`)::

    visual line:   [A][B][C][D]          (reading order; a cut may split a word)
    as extracted:  [D][C][B][A]          one piece sometimes out of its place: [D][C][A][B]

The inverse is a choice among orders of the lines of a vowelled stretch, scored by the
text model on the words the pieces make where they meet (words are looked up without their
marks, so a vowelled word is as likely as its bare form). The stretch is split into runs of
consecutive lines, each run read back to front, and a run may also have one piece moved
(:data:`MOVE_COST`). Where two pieces meet they are glued into one word or kept apart by a
space, whichever the model finds likelier. "Leave it" (every run one line long) is always
a candidate; the best reading, found by dynamic programming over where runs end and which
piece ended the run before, replaces it only when it scores :data:`MARGIN` better.

A text vowelled only in places (under :data:`MIN_VOWELLED` of its letters: a sermon whose
verses are vowelled, the rest not) has its visual lines cut only where a vowelled quotation
stands. It is neither read as vowelled text nor left: only its stretches that hold a vowelled line and a line opening inside a
word are read (:func:`vowelled_stretches`), and the width of a full visual line is taken
from the lines no mark cut (:func:`whole_line`) rather than guessed from the few pieces.
A stretch longer than :data:`OVER_FULL` of that line is a vowelled passage, not a
quotation cut by its marks, and is left (heldout7's waqf deed: its 11 vowelled opening
lines, 1.46 lines long, were read 0.9 points worse; the sermon's cut verses are 1.02 and
1.08 lines long). The document must still show cut lines: the readings' gain per piece
over all its stretches must reach :data:`MIN_GAIN`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import cache

from araseclit.charsets import (
    ANY_ARABIC_RE,
    ARABIC_LETTER,
    ARABIC_MARK,
    BIDI_CONTROL_RE,
    DIGIT,
    LATIN_LETTER,
    strip_marks,
)
from araseclit.document import Line
from araseclit.repair.readings import has_controls, leave

#: the most lines one visual line is cut into
LONGEST_RUN = 10
#: log probability a reading pays for each piece it moves out of the back-to-front order.
#: ``benchmarks/diacritics_errors.py --fit-pieces DIR`` on the 14 pdftotext renditions of
#: ``corpora/calibration``'s vowelled text and forward cut-line scrambles (widths 60, 90,
#: seeds 1, 2) of six vowelled texts that are not measured (the calibration fable,
#: ``corpora/heldout4``'s little-palm story, development data since, and four passages of
#: modern vowelled news from the Tashkeela-derived set in ``github.com/AliOsm/shakkelha``,
#: kept out of the repository): 42.7% mean CER with the step off; (short-line cost, move
#: cost) (8, 8) 18.8% with 3 of 38 worse than off, (8, 4) 19.9% / 4, (4, 8) 22.8% / 4,
#: (12, 8) 17.9% / 2, (16, 8) 22.6% / 4, (8, 12) 19.0% / 2, (12, 12) 17.8% / 2, (16, 12)
#: 22.4% / 3. (12, 12) gains on one rendition only (50.9% -> 2.6%) and loses 0.3 points on
#: the other 37, so (8, 8), fitted first on the calibration renditions alone, stays
MOVE_COST = 8.0
#: how much better (log probability, per piece) the reading of a stretch must score than its
#: lines as they are: on the same fitting data, margins 1 and 2 per piece read 19.0% and
#: 19.5% (3 worse), 0 18.8% (3 worse), at costs (8, 8)
MARGIN = 0.0
#: share of a document's lines cut inside a word (:func:`cut_share`) from which it is read as
#: cut pieces: between the calibration renditions with cut lines (0.33 and up) and without
#: (0.25 at most)
MIN_CUT = 0.3
#: the document's extractor cuts its lines (a latent state shared by all its stretches) when
#: the readings gain at least this much per piece over all its stretches: midway between the
#: calibration renditions that have cut lines (1.7 and up) and a Chromium one whose lines are
#: whole (0.85)
MIN_GAIN = 1.3
#: what a document's stretches must gain per piece over the lines as read to be taken from
#: a candidate read in another order than the document's (its pieces as written): fitted
#: by ``benchmarks/diacritics_errors.py --fit-written`` on ``corpora/calibration``'s
#: vowelled renditions without controls (fitting data, not reported)
WRITTEN_MARGIN = 1.0
#: share of the words of the pieces as written the word model must know for them to be a
#: candidate: ``corpora/calibration``'s vowelled renditions whose text layer is garbage
#: (broken font maps) read 0.60 and 0.68, all others 0.80 and up
MIN_KNOWN = 0.75
#: a run of pieces at most this share of a full line long is a paragraph's last line
SHORT_FULL = 0.8
#: log probability a run pays for being short of a full line (fitted with :data:`MOVE_COST`)
SHORT_COST = 8.0
#: no run is longer than this share of a full line
OVER_FULL = 1.1
#: a full line is looked for from the longest piece to this many times it, in these steps
FULL_RANGE = 4.0
FULL_STEP = 0.1
#: a length near a half or a third of the best that scores within this much per piece of it
#: is the full line (see :func:`_best_full`). ``--fit-pieces DIR`` data (the 14 calibration
#: pdftotext renditions, also with their controls stripped, and 24 forward scrambles): 0 (the
#: best length) 32.24% mean CER on the 28 real renditions, 12.0% on the scrambles, 3 of 52
#: worse than the step off; 0.1 32.24% / 8.1% / 1; 0.2 32.24% / 4.7% / 0; 0.4 32.24% / 3.0%
#: / 0; 0.8 34.98% / 3.0% / 0. (Any length within the tie, not only a half or a third: 0.1
#: and 0.2 read real renditions up to 5 points worse)
FULL_TIE = 0.4
#: pieces a document's full line is estimated on (its first stretches; one visual line
#: width for the whole document): each length tried costs a reading of them, so reading
#: every stretch under every length made repair of vowelled pdftotext text ~10x slower
FULL_SAMPLE = 150
#: share of a document's Arabic letters that carry marks from which it is vowelled text
MIN_VOWELLED = 0.3
#: a document vowelled in places estimates its full line as this quantile of the letters of
#: its uncut body lines (paragraph ends are shorter; the quantile of
#: :mod:`.diacritics_lifted`), when it has at least :data:`MIN_WHOLE` of them
WHOLE_QUANTILE = 0.8
MIN_WHOLE = 5
#: words of a piece's edge judged where it meets another piece
EDGE_WORDS = 2
#: a line with fewer letters is a piece whatever its marks
SHORT_PIECE = 4
#: a longer line with marks on fewer of its letters is not vowelled (a running head)
MIN_LINE_MARKS = 0.1

_LETTER = ANY_ARABIC_RE
_MARK = re.compile(f"[{ARABIC_MARK}]")
_CONTROLS = BIDI_CONTROL_RE
# what a line's order moves about: digits, Latin letters ("2026", "Amiri")
# an Arabic word, marks aside: "النخلة"
_WORD = re.compile(f"[{ARABIC_LETTER}]+")
_LEFT_TO_RIGHT = re.compile(f"[{DIGIT}{LATIN_LETTER}]")
# a letter followed by a mark: the "كَ" of "كَتَبَ"
_MARKED_LETTER = re.compile(f"[{ARABIC_LETTER}][{ARABIC_MARK}]")
# marks opening a piece ("ُكانُ"), the marks a piece ends with on its last letter ("سَّ"),
# and marks it ends with apart from any letter ("مِ َ")
_OPENING_MARKS = re.compile(f"^[{ARABIC_MARK}]+")
_LAST_MARKS = re.compile(f"(?<=[{ARABIC_LETTER}])([{ARABIC_MARK}]+)$")
_APART_MARKS = re.compile(f"\\s+([{ARABIC_MARK}]+)$")
# a raw line wrapped in a right-to-left embedding, as pdftotext writes every line
_EMBEDDED = re.compile(r"^[\f ]*\u202b.*\u202c\s*$")
# a line cut inside a word: it opens with a mark or a lone letter other than waw
# ("َاف السِّنِينَ", "ل النَّخْلَةَ"), which no clean line does
_CUT_START = re.compile(f"^(?:[{ARABIC_MARK}]|(?!و)[{ARABIC_LETTER}][{ARABIC_MARK}]*(?:\\s|$))")

Scorer = Callable[[str], float]


def vowelled_share(texts: list[str]) -> float:
    """Share of the Arabic letters of ``texts`` followed by a mark: ``"كَتَبَ"`` -> 1.0."""
    letters = sum(len(_LETTER.findall(t)) for t in texts)
    marked = sum(len(_MARKED_LETTER.findall(t)) for t in texts)
    return marked / letters if letters else 0.0


def from_pdftotext(lines: list[Line]) -> bool:
    """Most non-blank raw lines carry pdftotext's right-to-left embedding: the extractor
    whose lines are cut this way (pdfplumber and pypdfium2 keep a visual line whole)."""
    raws = [ln.raw for ln in lines if ln.raw and ln.raw.strip()]
    return bool(raws) and sum(1 for r in raws if _EMBEDDED.match(r)) >= 0.5 * len(raws)


def cut_share(texts: list[str]) -> float:
    """Share of the non-blank ``texts`` that open inside a word (see ``_CUT_START``)."""
    lines = [_CONTROLS.sub("", t).strip() for t in texts]
    lines = [t for t in lines if t]
    return sum(1 for t in lines if _CUT_START.match(t)) / len(lines) if lines else 0.0


def _is_piece(text: str) -> bool:
    """A line that may be a piece of a vowelled visual line: marks only, a few letters, or
    marks on at least :data:`MIN_LINE_MARKS` of its letters."""
    letters = len(_LETTER.findall(text))
    marks = len(_MARK.findall(text))
    if letters < SHORT_PIECE:
        return letters + marks > 0
    return marks >= MIN_LINE_MARKS * letters


def stretches(lines: list[Line]) -> list[list[int]]:
    """Runs of consecutive non-blank body lines of one page that may be pieces."""
    out: list[list[int]] = []
    current: list[int] = []
    for i, ln in enumerate(lines):
        text = _CONTROLS.sub("", ln.text).strip()
        joins = (
            text
            and ln.kind == "body"
            and _is_piece(text)
            and (not current or lines[current[-1]].page == ln.page)
        )
        if joins:
            current.append(i)
            continue
        if len(current) > 1:
            out.append(current)
        current = [i] if text and ln.kind == "body" and _is_piece(text) else []
    if len(current) > 1:
        out.append(current)
    return out


class Links:
    """How well piece ``b`` reads after piece ``a``: the model's log probability of the words
    at their meeting, glued or apart, less that of each edge on its own."""

    def __init__(self, texts: list[str], score: Scorer) -> None:
        self.score = score
        words = [strip_marks(t).split() for t in texts]
        self.tails = [" ".join(w[-EDGE_WORDS:]) for w in words]
        self.heads = [" ".join(w[:EDGE_WORDS]) for w in words]
        self.get = cache(self._link)
        self._values: dict[tuple[int, ...], float] = {}

    def _link(self, a: int, b: int) -> tuple[float, str]:
        tail, head = self.tails[a], self.heads[b]
        if not tail or not head:
            return 0.0, " "
        alone = self.score(tail) + self.score(head)
        glued = self.score(tail + head) - alone
        apart = self.score(f"{tail} {head}") - alone
        return (glued, "") if glued > apart else (apart, " ")

    def value(self, order: tuple[int, ...]) -> float:
        """The summed links of ``order`` (remembered: each line length tried reads the
        same runs)."""
        found = self._values.get(order)
        if found is None:
            found = self._values[order] = sum(
                self.get(a, b)[0] for a, b in itertools.pairwise(order)
            )
        return found


def run_orders(start: int, end: int) -> list[tuple[tuple[int, ...], int]]:
    """Candidate orders of pieces ``start..end-1`` read as one run: back to front, and back
    to front with one piece moved elsewhere; each with the number of pieces moved."""
    return [(tuple(start + p for p in order), moved) for order, moved in _orders(end - start)]


@cache
def _orders(k: int) -> tuple[tuple[tuple[int, ...], int], ...]:
    """:func:`run_orders` of pieces ``0..k-1``."""
    back = tuple(range(k - 1, -1, -1))
    out = [(back, 0)]
    seen = {back}
    for j in range(k if k > 1 else 0):
        rest = back[:j] + back[j + 1 :]
        for slot in range(k):
            order = (*rest[:slot], back[j], *rest[slot:])
            if order not in seen:
                seen.add(order)
                out.append((order, 1))
    return tuple(out)


def _run_cost(letters: int, pieces: int, full: float) -> float | None:
    """What a run of ``pieces`` with ``letters`` pays for its length against a ``full``
    visual line: nothing near it, :data:`SHORT_COST` well short of it (a paragraph's last
    line), None (not a run) when longer than a line can be."""
    if pieces > 1 and letters > OVER_FULL * full:
        return None
    return SHORT_COST if letters < SHORT_FULL * full else 0.0


def best_order(
    links: Links,
    sizes: list[int],
    full: float | None = None,
    moves: bool = True,
) -> tuple[tuple[int, ...], float]:
    """The order of the pieces (``sizes``: their letters) with the best links and run
    lengths, made of runs of consecutive pieces each read back to front (with ``moves``, one
    piece of a run may be moved, at :data:`MOVE_COST`), and its score. ``full`` is the
    letters of a full visual line (default: :func:`full_line` finds it)."""
    n = len(sizes)
    if full is None:
        full = full_line(links, sizes)
    # best[i]: the last piece of a reading of the first i pieces -> (score, orders of runs)
    best: list[dict[int, tuple[float, tuple[tuple[int, ...], ...]]]] = [{} for _ in range(n + 1)]
    best[0][-1] = (0.0, ())
    for i in range(n):
        states = list(best[i].items())
        letters = 0
        for k in range(1, min(LONGEST_RUN, n - i) + 1):
            letters += sizes[i + k - 1]
            length = _run_cost(letters, k, full)
            if length is None:
                break
            orders = run_orders(i, i + k) if moves else [(tuple(range(i + k - 1, i - 1, -1)), 0)]
            ahead = best[i + k]
            for order, moved in orders:
                inner = links.value(order) - MOVE_COST * moved - length
                for last, (total, runs) in states:
                    joint = links.get(last, order[0])[0] if last >= 0 else 0.0
                    value = total + joint + inner
                    if order[-1] not in ahead or value > ahead[order[-1]][0]:
                        ahead[order[-1]] = (value, (*runs, order))
    value, runs = max(best[n].values(), key=lambda v: v[0])
    return tuple(p for run in runs for p in run), value


def full_line(links: Links, sizes: list[int]) -> float:
    """The letters of a full visual line: of the lengths from the longest piece to
    :data:`FULL_RANGE` times it, the one under which runs read back to front score best."""
    return _best_full([(links, sizes)])


def _best_full(samples: list[tuple[Links, list[int]]]) -> float:
    """:func:`full_line` over several stretches at once (their summed scores). Two or three
    visual lines read back to front as one score almost as well as each read on its own, so
    the best length may be a multiple of the true line: a length near a half or a third of
    it that scores within :data:`FULL_TIE` per piece of the best is taken instead."""
    longest = max(max(sizes) for _, sizes in samples)
    steps = [longest * (1 + FULL_STEP * k) for k in range(int((FULL_RANGE - 1) / FULL_STEP) + 1)]
    scores = [sum(best_order(lk, sizes, f, moves=False)[1] for lk, sizes in samples) for f in steps]
    best = max(range(len(steps)), key=scores.__getitem__)
    tie = FULL_TIE * sum(len(sizes) for _, sizes in samples)
    for parts in (3, 2):  # the shortest first
        near = [
            k
            for k, f in enumerate(steps)
            if abs(f - steps[best] / parts) <= FULL_STEP * longest
            and scores[k] >= scores[best] - tie
        ]
        if near:
            return steps[max(near, key=scores.__getitem__)]
    return steps[best]


def document_full(stretch_texts: list[list[str]], score: Scorer) -> float | None:
    """The letters of a full visual line of a document, estimated once on its first
    :data:`FULL_SAMPLE` pieces (whole stretches, the last one cut short), or None when it
    has no letters."""
    samples: list[tuple[Links, list[int]]] = []
    budget = FULL_SAMPLE
    for texts in stretch_texts:
        if budget < 2:
            break
        part = texts[:budget]
        sizes = [len(_LETTER.findall(t)) for t in part]
        if max(sizes, default=0) > 0:
            samples.append((Links(part, score), sizes))
            budget -= len(part)
    return _best_full(samples) if samples else None


def read_stretch(
    texts: list[str], score: Scorer, full: float | None = None
) -> tuple[list[str], list[bool], float] | None:
    """The pieces of a stretch in their best reading: (texts in order, glued to the piece
    before, gain over the lines as they are, which may be negative), or None when the best
    reading is the lines as they are. ``full``: the letters of a full visual line (default:
    :func:`full_line` finds it from this stretch); the caller weighs the gain."""
    links = Links(texts, score)
    sizes = [len(_LETTER.findall(t)) for t in texts]
    order, _ = best_order(links, sizes, full)
    identity = tuple(range(len(texts)))
    if order == identity:
        return None
    gain = links.value(order) - links.value(identity)
    glue = [False] + [links.get(a, b)[1] == "" for a, b in itertools.pairwise(order)]
    return [texts[k] for k in order], glue, gain


def glue_pieces(before: str, after: str) -> str:
    """Two pieces of one word joined, the marks the cut parted from their letters given
    back. pdftotext puts each glyph, marks too, on the text line its height suggests, so a
    mark near a cut sits in the other piece: marks opening ``after`` are the last letter's
    of ``before``, which then gives its own to ``after``'s first letter
    (``"عَرَفَ سَّ" + "ُكانُ"`` -> ``"عَرَفَ سُكَّانُ"``) when a letter follows them (no
    letter, a space: joined as they are); a mark run that ``before`` ends with
    apart from its letter (after a space) is ``after``'s first letter's
    (``"مِ َ" + "ن"`` -> ``"مِنَ"``)."""
    opening = _OPENING_MARKS.match(after)
    if opening:
        head = _LAST_MARKS.search(before)
        own = head.group(1) if head else ""
        stem = before[: len(before) - len(own)]
        first = after[opening.end() : opening.end() + 1]
        if not (first and _LETTER.match(first)):
            # no letter to take the last letter's own marks (a space, the piece's end)
            return before + after
        return stem + opening.group() + first + own + after[opening.end() + 1 :]
    apart = _APART_MARKS.search(before)
    if apart and after[:1] and _LETTER.match(after[:1]):
        return before[: apart.start()] + after[:1] + apart.group(1) + after[1:]
    return before + after


def _as_written(ln: Line) -> str:
    """A piece as pdftotext wrote it, its controls stripped: its raw line normalised (marks
    joined back), which is already in reading order; a line with digits or Latin letters
    keeps the reading it was given (their order is the document order's to undo)."""
    raw = ln.raw if ln.raw is not None else ln.text
    if _LEFT_TO_RIGHT.search(raw):
        return ln.text.strip()
    return leave(raw)


def _readings(
    texts_of: list[list[str]], score: Scorer, full: float | None = None
) -> list[tuple[list[str], list[bool], float] | None] | None:
    """:func:`read_stretch` of every stretch under one visual line width for the document,
    or None when the readings do not show cut lines (their gain per piece under
    :data:`MIN_GAIN`)."""
    if full is None:
        full = document_full(texts_of, score)
    readings = [read_stretch(t, score, full) for t in texts_of]
    pieces = sum(len(t) for t in texts_of)
    evidence = sum(r[2] for r in readings if r is not None) / max(1, pieces)
    return readings if evidence >= MIN_GAIN else None


def _merged(texts: list[str], reading: tuple[list[str], list[bool], float] | None) -> list[str]:
    """A stretch's lines after its reading (``texts`` as they are without one, or when its
    gain is under :data:`MARGIN` per piece): pieces glued into one word share a line,
    the lines left over at its end are blank."""
    if reading is None or reading[2] <= MARGIN * len(texts):
        return list(texts)
    new, glue, _ = reading
    merged: list[str] = []
    for text, glued in zip(new, glue, strict=True):
        # (a piece that opens with marks gives them to the letter before it)
        if merged and (glued or _MARK.match(text)):
            merged[-1] = glue_pieces(merged[-1], text)
        else:
            merged.append(text)
    return merged + [""] * (len(texts) - len(merged))


def vowelled_stretches(lines: list[Line]) -> list[list[int]]:
    """The :func:`stretches` of a document vowelled in places (a sermon quoting vowelled
    verses) that may be a cut visual line: one of their lines is vowelled (marks on
    :data:`MIN_VOWELLED` of its letters, :data:`SHORT_PIECE` letters or more) and one opens
    inside a word, which no clean line does."""
    return [
        st
        for st in stretches(lines)
        if any(_CUT_START.match(_CONTROLS.sub("", lines[i].text).strip()) for i in st)
        and any(
            len(_LETTER.findall(lines[i].text)) >= SHORT_PIECE
            and vowelled_share([lines[i].text]) >= MIN_VOWELLED
            for i in st
        )
    ]


def _letters_of(lines: list[Line], stretch: list[int]) -> int:
    return sum(len(_LETTER.findall(lines[i].text)) for i in stretch)


def whole_line(lines: list[Line], found: list[list[int]]) -> float | None:
    """The letters of a full visual line of a document vowelled in places, from its lines
    that no mark cut: the :data:`WHOLE_QUANTILE` quantile of its body lines outside the
    stretches ``found``, None when it has fewer than :data:`MIN_WHOLE`. (Estimated from the
    pieces alone, as in a vowelled document, the few stretches of quotations read a line of
    48 letters where the sermon's lines hold 88.)"""
    inside = {i for st in found for i in st}
    sizes = sorted(
        n
        for i, ln in enumerate(lines)
        if i not in inside and ln.kind == "body" and (n := len(_LETTER.findall(ln.text)))
    )
    if len(sizes) < MIN_WHOLE:
        return None
    return float(sizes[min(len(sizes) - 1, int(WHOLE_QUANTILE * len(sizes)))])


def known_share(texts: list[str], known: Callable[[str], bool]) -> float:
    """Share of the Arabic words of ``texts``, marks aside, that ``known`` accepts:
    ``["وَالنَّخْلَةُ شَجَرَةٌ"]`` -> 1.0; a font's broken text layer (``"ظَ (يٌّي*كِ"``) reads
    far lower."""
    words = [w for t in texts for w in _WORD.findall(strip_marks(t))]
    return sum(1 for w in words if known(w)) / len(words) if words else 0.0


def _document_score(stretch_lines: list[list[str]], score: Scorer) -> float:
    """The model's log probability of the stretches' text, each stretch read as one."""
    return sum(score(" ".join(t for t in lines if t)) for lines in stretch_lines)


def restore_vowelled_pieces(
    lines: list[Line],
    score: Scorer | None = None,
    stripped: bool = False,
    known: Callable[[str], bool] | None = None,
) -> int:
    """In a vowelled document, or in the vowelled stretches of a document vowelled in
    places, put the pieces of each cut visual line back in reading order (see the module
    docstring); pieces glued into one word are joined on one line, the
    lines left over at the stretch's end become blank. ``stripped``: the document is
    pdftotext's with its bidi controls removed (its order says so), whose lines no longer
    show the embedding.

    A document with no bidi control whose order does not say it is pdftotext's (its
    controls stripped and its commas typed against the next word read as the ``runs``
    order, or too little but Arabic to show any order) is read from its pieces as written,
    which pdftotext gave in reading order, when :data:`MIN_KNOWN` of their words are words
    ``known`` to the word model; the reading stands when the model finds its stretches
    likelier than the lines as they were read by :data:`WRITTEN_MARGIN` per piece. Returns
    the lines changed."""
    texts = [ln.text for ln in lines]
    # a vowelled document, or one vowelled in places (quotations): only its cut stretches
    vowelled = vowelled_share(texts) >= MIN_VOWELLED
    if vowelled and cut_share(texts) < MIN_CUT:
        return 0
    as_read = stripped or from_pdftotext(lines)
    written = not stripped and not any(has_controls(ln.raw or "") for ln in lines)
    if not (as_read or written):
        return 0
    if score is None or known is None:
        from araseclit.textmodel.scorer import default_scorer

        model = default_scorer()
        score = score or model.score
        known = known or (lambda w: model.arabic.frequency(w) > 0)
    found = stretches(lines) if vowelled else vowelled_stretches(lines)
    full = None if vowelled else whole_line(lines, found)
    if full is not None:  # a quotation's pieces make one visual line, not a passage
        found = [st for st in found if _letters_of(lines, st) <= OVER_FULL * full]
    if not found:
        return 0
    read_texts = [[lines[i].text.strip() for i in st] for st in found]
    sources = [read_texts] if as_read else []
    if written:
        own = [[_as_written(lines[i]) for i in st] for st in found]
        if known_share([t for o in own for t in o], known) >= MIN_KNOWN:
            sources.append(own)
    outcomes: list[list[list[str]]] = []
    for texts_of in sources:
        readings = _readings(texts_of, score, full)
        if readings is not None:
            outcomes.append([_merged(t, r) for t, r in zip(texts_of, readings, strict=True)])
    if not outcomes:
        return 0
    best = outcomes[0]
    if written:  # which candidate, the lines as read among them, reads best
        scored = [(_document_score(o, score), o) for o in outcomes]
        top, best = max(scored, key=lambda v: v[0])
        pieces = sum(len(st) for st in found)
        if top - _document_score(read_texts, score) <= WRITTEN_MARGIN * pieces:
            return 0
    moved = 0
    for stretch, merged in zip(found, best, strict=True):
        for slot, text in zip(stretch, merged, strict=True):
            ln = lines[slot]
            if text != ln.text.strip():  # (the pass's guard logs what it keeps)
                ln.text, ln.changed = text, True
                moved += 1
    return moved
