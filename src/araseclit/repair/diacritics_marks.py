"""Marks on the wrong letter and words split or glued at them, in diacritised text.

pdfplumber and pypdfium2 sort the glyphs of a line by position, and a mark drawn over a
letter may sort before or after it; the gaps they read as spaces are measured between
glyphs, marks included. On fully vowelled text (LibreOffice and XeLaTeX with Amiri) the
forward operation (:func:`shift_marks`) is therefore:

* a mark that belongs to a word's first letter comes before it (``َشجَرَةُ``);
* a mark that belongs to the letter after a bare alef sits on the alef (``آلَاِف``);
* a space comes one glyph early or late, or not at all (``كَانَ ْترَفِيقَةَ``,
  ``شَجَرَةُالصَّبْرِ``);
* a glyph the font's map does not name is given as a Latin letter or symbol glued to the
  word (``الAتِّرْحَاِل``).

The inverse is spelling for the marks and the word model for the spaces. No Arabic word
opens with a mark and a bare alef carries no vowel (a tanween fath after it is a spelling
some writers use, and is left), so such a mark goes on the next letter, unless that letter
already has a vowel. The spaces of each stretch of Arabic words are read again as the
likeliest words (:func:`resegment`): a word's log probability under the text model, less
:data:`SPACE_COST` for every space added or removed, by dynamic programming over where
words start, "leave it" being the reading that changes nothing. A Latin letter or symbol
glued to an Arabic letter (no space between) is a glyph artefact.

Only a document whose marks break spelling often (:func:`mark_damage` at least
:data:`MIN_DAMAGE`) and that is vowelled (marks on at least :data:`MIN_VOWELLED` of its
letters) is read this way: correctly written text breaks spelling next to never, and in
undiacritised text a few marks out of place are a different damage. A text vowelled only in
places (a worksheet's example sentences, a sermon's verses) is judged, and read, by its
vowelled lines alone, when it has :data:`MIN_LINES` of them. A space is moved only
beside a letter with marks: the width of those is what misleads the extractor.
Both constants are fitted on ``corpora/calibration`` (``benchmarks/diacritics_errors.py
--fit-marks``).
"""

from __future__ import annotations

import math
import random
import re
from typing import Protocol

from araseclit.charsets import ARABIC_LETTER, ARABIC_MARK, SHORT_VOWEL, strip_marks
from araseclit.document import Line
from araseclit.repair.mark_spelling import settle_line
from araseclit.repair.words import best_split

#: log-probability a reading pays for each space it adds or removes
SPACE_COST = 6.0
#: share of a document's mark runs that break spelling from which its marks are read again:
#: between the renditions of ``corpora/calibration``'s vowelled text that repair reads within
#: 2.4% CER (at most 0.008) and the least damaged of the others (0.090)
MIN_DAMAGE = 0.03
#: share of Arabic letters carrying marks from which a document is vowelled text
MIN_VOWELLED = 0.3
#: vowelled lines a text vowelled only in places needs for them to be read as vowelled text
MIN_LINES = 3
#: letters a line needs to count as a vowelled line: a shorter one is a piece of a line cut at
#: its marks (``رً``, ``مُّ سَعْدٍ ِإ``), which :mod:`.mark_cuts` reads later; reading it here
#: first moved heldout10's worksheet in Chromium pypdfium2 0.8 points worse
MIN_LINE_LETTERS = 10
#: log probability of a one-letter word (clean prose writes none)
LONE_LETTER = -16.0
#: the longest word (letters) a reading may form
LONGEST = 16

_L = ARABIC_LETTER
_M = ARABIC_MARK
_VOWEL = SHORT_VOWEL
_TANWEEN_FATH = "\u064b"
# a mark run opening a word, and the letter it belongs to: " َشجرة" -> "شَجرة"
_OPENING_MARKS = re.compile(rf"(?<![{_L}{_M}])([{_M}]+)([{_L}])")
# a word's last marks after the punctuation that ends it, glued to it or a token of their
# own (pypdfium2 sorts the glyphs so): "السِّنِين،َ" -> "السِّنِينَ،", "قِف، ْ نُقْطَةُ"; not a
# lone tanween fath, which pypdfium2 gives before its word (".marks")
_MARKS_AFTER_STOP = re.compile(
    rf"(?<=[{_L}{_M}])([.،,:!؟؛]+)(?:([{_M}]+)|[ ](?![{_M}]*\u064b)([{_M}]+)(?=[ ]|$))"
)
# a vowel on a bare alef or alef maksura, and the bare letter after it: "آلَاِف" -> "آلَافِ"
_ON_ALEF = re.compile(rf"([اى])([{_VOWEL}]+)([{_L}])(?![{_M}])")
# a Latin letter or symbol glued to an Arabic letter or mark, no space between (pdfplumber's
# name for a glyph it cannot map): "الAتِّرْحَاِل", "‰ِّسوِق"
_GLYPH_JUNK = re.compile(
    rf"(?<=[{_L}{_M}])[A-Za-z_\u00a6\u0192\u00fe\u2030]{{1,2}}(?=[{_L}{_M}\s]|$)"
    rf"|(?<![^\s])[A-Za-z_\u00a6\u0192\u00fe\u2030]{{1,2}}(?=[{_L}{_M}])"
)
# one letter with its marks alone at the start or the end of a line: "مُّ سَعْدٍ", "تَحْمِلُ ا"
_HEAD_PIECE = re.compile(rf"^\s*[{_M}]*[{_L}][{_M}]*(?= )")
_TAIL_PIECE = re.compile(rf"(?<= )[{_M}]*[{_L}][{_M}]*\s*$")
# a stretch of Arabic words (letters and marks) separated by single spaces
_STRETCH = re.compile(rf"[{_L}{_M}]+(?: [{_L}{_M}]+)*")
# a letter with the marks after it, or marks with no letter before them
_CLUSTER = re.compile(rf"[{_L}][{_M}]*|[{_M}]+")
# a mark run that breaks spelling: opening a word, a vowel on a bare alef (not tanween fath),
# or two vowels on one letter
_BROKEN = re.compile(
    rf"(?<![{_L}{_M}])[{_M}]|[اى][\u064c-\u0650\u0652]|[{_VOWEL}][{_M}]*[{_VOWEL}]"
)
_MARK_RUN = re.compile(rf"[{_M}]+")
_LETTER = re.compile(rf"[{_L}]")


class _WordScore(Protocol):
    def logp(self, word: str) -> float: ...


def mark_damage(texts: list[str]) -> tuple[float, float]:
    """(share of mark runs that break spelling, share of Arabic letters with marks) over
    ``texts``: the second says whether the text is vowelled at all."""
    runs = sum(len(_MARK_RUN.findall(t)) for t in texts)
    broken = sum(len(_BROKEN.findall(t)) for t in texts)
    letters = sum(len(_LETTER.findall(t)) for t in texts)
    return (broken / runs if runs else 0.0), (runs / letters if letters else 0.0)


def drop_glyph_junk(text: str) -> str:
    """``الAتِّرْحَاِل`` -> ``التِّرْحَاِل``: Latin letters or symbols glued to Arabic."""
    return _GLYPH_JUNK.sub("", text)


def settle_marks(text: str) -> str:
    """Marks put back where spelling lets them stand: on a word's last letter, not after the
    punctuation that ends it (``السِّنِين،َ`` -> ``السِّنِينَ،``: no mark sits on punctuation);
    on a word's first letter, not before it (``َشجَرَةُ`` -> ``شَجَرَةُ``); on the letter after
    a bare alef, not on the alef (``آلَاِف`` -> ``آلَافِ``)."""
    text = _MARKS_AFTER_STOP.sub(lambda m: (m.group(2) or m.group(3)) + m.group(1), text)
    text = _OPENING_MARKS.sub(lambda m: m.group(2) + m.group(1), text)

    def off_alef(m: re.Match[str]) -> str:
        if m.group(2) == _TANWEEN_FATH:  # "جديداً": a spelling, not a shifted mark
            return m.group()
        return m.group(1) + m.group(3) + m.group(2)

    return _ON_ALEF.sub(off_alef, text)


def _word_logp(letters: str, model: _WordScore) -> float:
    if len(letters) == 1:
        return LONE_LETTER
    if len(letters) > LONGEST:
        return -math.inf
    return model.logp(letters)


def _resegment_stretch(stretch: str, model: _WordScore, cost: float) -> str:
    clusters: list[str] = []
    spaced: set[int] = set()  # cluster counts after which the text has a space
    for token in stretch.split(" "):
        for c in _CLUSTER.findall(token):
            if _MARK_RUN.match(c) and clusters:
                clusters[-1] += c  # marks with no letter: on the letter before
            else:
                clusters.append(c)
        spaced.add(len(clusters))
    n = len(clusters)
    letters = [strip_marks(c) for c in clusters]
    # a space can have moved only beside a glyph with marks, whose width misled the reader
    movable = {
        k for k in range(1, n) if letters[k - 1] != clusters[k - 1] or letters[k] != clusters[k]
    }

    def logp(a: int, b: int) -> float:
        inner = [k for k in range(a + 1, b) if k in spaced]
        if (b != n and b not in spaced and b not in movable) or not movable.issuperset(inner):
            return -math.inf
        changes = (b != n and b not in spaced) + len(inner)
        return _word_logp("".join(letters[a:b]), model) - cost * changes

    spans = best_split(n, logp, LONGEST)
    if spans is None:
        return stretch
    return " ".join("".join(clusters[a:b]) for a, b in spans)


def resegment(text: str, model: _WordScore, cost: float | None = None) -> str:
    """Each stretch of Arabic words in ``text`` read as its likeliest words, a space added
    or removed costing ``cost``: ``فَكَانَ تْرَفِيقَةَ`` -> ``فَكَانَتْ رَفِيقَةَ``. A letter
    alone at either edge of the line is left apart: it is the piece of a word cut at the
    line's edge (``مُّ سَعْدٍ``, ``تَحْمِلُ ا``), whose rest is on the next or previous line."""
    cost = SPACE_COST if cost is None else cost
    head, body, tail = _edge_pieces(text)
    return head + _STRETCH.sub(lambda m: _resegment_stretch(m.group(), model, cost), body) + tail


def _edge_pieces(text: str) -> tuple[str, str, str]:
    """``text`` as (a lone letter opening it, the rest, a lone letter ending it)."""
    head = _HEAD_PIECE.match(text)
    start = head.end() if head else 0
    tail = _TAIL_PIECE.search(text, start)
    end = tail.start() if tail else len(text)
    return text[:start], text[start:end], text[end:]


def _vowelled_lines(lines: list[Line]) -> list[Line] | None:
    """The lines whose marks say whether a document's marks are damaged: all of them in a
    vowelled text; in a text vowelled only in places (a worksheet whose example sentences
    alone carry marks), its vowelled lines, when it has :data:`MIN_LINES` of them; else
    None (a text with a few marked words is not read again)."""
    if mark_damage([ln.text for ln in lines])[1] >= MIN_VOWELLED:
        return lines
    vowelled = [
        ln
        for ln in lines
        if len(_LETTER.findall(ln.text)) >= MIN_LINE_LETTERS
        and mark_damage([ln.text])[1] >= MIN_VOWELLED
    ]
    return vowelled if len(vowelled) >= MIN_LINES else None


def restore_diacritics(lines: list[Line], model: _WordScore | None = None) -> int:
    """In a document whose marks break spelling (see the module docstring): glyph junk
    dropped, marks settled, words read again. In any vowelled document, each word's marks
    are then put on the letters spelling gives them
    (:func:`araseclit.repair.mark_spelling.settle_line`; correctly spelt words are left).
    A text vowelled only in places is judged by its vowelled lines (:func:`_vowelled_lines`),
    and only they are read again (glyph junk, marks, spaces); the marked words of its other
    lines get their marks put back by spelling alone (resegmenting the prose of Chromium's
    pypdfium2 renditions glued the pieces :mod:`.mark_cuts` reads later). Returns the lines
    changed."""
    vowelled_lines = _vowelled_lines(lines)
    if vowelled_lines is None:
        return 0
    damaged = mark_damage([ln.text for ln in vowelled_lines])[0] >= MIN_DAMAGE
    if damaged and model is None:
        from araseclit.textmodel.scorer import default_scorer

        model = default_scorer().arabic
    reread = {id(ln) for ln in vowelled_lines}
    changed = 0
    for ln in lines:
        new = ln.text
        if damaged and model is not None and id(ln) in reread:
            new = resegment(settle_marks(drop_glyph_junk(new)), model)
        new = settle_line(new)
        if new != ln.text:
            ln.text, ln.changed = new, True
            changed += 1
    return changed


def shift_marks(text: str, rate: float = 0.3, seed: int = 0) -> str:
    """The forward operation on clean diacritised ``text``: in about ``rate`` of its words
    the first letter's marks come before it, a vowel after a bare alef moves onto the alef,
    or the space before the word moves one letter into it."""
    rng = random.Random(seed)
    words = text.split(" ")
    for k, word in enumerate(words):
        if rng.random() >= rate:
            continue
        kind = rng.randrange(3)
        m = re.match(rf"([{_L}])([{_M}]+)", word)
        alef = re.search(rf"([اى])([{_L}])([{_VOWEL}])", word)
        if kind == 0 and m:
            words[k] = m.group(2) + m.group(1) + word[m.end() :]
        elif kind == 1 and alef:
            words[k] = (
                word[: alef.start()]
                + alef.group(1)
                + alef.group(3)
                + alef.group(2)
                + word[alef.end() :]
            )
        elif kind == 2 and k and (c := _CLUSTER.match(word)) and len(word) > c.end():
            words[k - 1] += c.group()
            words[k] = word[c.end() :]
    return " ".join(words)
