"""Marks lifted onto a line of their own, and the visual line they cut: a scored inverse.

Fonts that draw a vowel or tanween higher than the rest of the line (Thabit, Noto Naskh
through LibreOffice) make pdftotext read the mark as a text line of its own, and cut the
visual line before the word that carried it. The pieces of the line come out of order,
beside the mark line (the forward operation is :func:`lift_marks`)::

    [A][B][m]       B = the start of the line, A = the mark's word and the rest
    [A2][A1][B][m m]  a line cut at two marked words: the pieces last first

The mark is not always a tanween fath on a final alef (what :mod:`.lifted_tanween` reads by
the shape of its words): ``عاصمة`` lost ``ً`` on its teh marbuta, ``دمشق`` lost a fatha.

The inverse is a choice among candidates, scored by the text model: for every run of two
or three text lines next to a mark line whose lengths make at most one visual line, every
order of them, with the mark line's marks given back to the first words of the pieces that
were cut (every piece but the one that opens the line). "Leave it" (the lines as they are,
no mark given) is always a candidate; a reading replaces it only when the whole stretch
(the pieces with the line before and after them) scores :data:`MARGIN` better. The mark
line itself is never evidence: the model reads words without their marks, so every
candidate has the same letters and only their order, across the cuts, is judged.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Callable

from araseclit.charsets import ARABIC_LETTER, BIDI_CONTROL
from araseclit.document import Line

#: the marks a font may lift: tanween, short vowels, sukun, shadda, dagger alef
LIFTABLE = "\u064b-\u0652\u0670"
# a line of lifted marks only (raw pdftotext, controls stripped): "ً", "ً ً", "َ"
MARK_LINE = re.compile(rf"^\s*[{LIFTABLE}](?:\s*[{LIFTABLE}])*\s*$")
_CONTROLS = re.compile(f"[{BIDI_CONTROL}]")
# a raw line wrapped in a right-to-left embedding, as pdftotext writes every line
_EMBEDDED = re.compile(r"^[\f ]*\u202b.*\u202c\s*$")
# the first word of a piece, up to its last letter and an alef or alef maksura after it
# (where a tanween fath is written before them: "جديدًا", "هدًى"): "عاصمة" "مرادفا"
_FIRST_WORD = re.compile(
    rf"^([(\[«\"]?[{ARABIC_LETTER}]*[{ARABIC_LETTER}])(?<![اى])([اى]?)(?![\w{LIFTABLE}])"
)
TANWEEN_FATH = "\u064b"
SHADDA = "\u0651"
#: letters that carry no vowel, sukun or shadda of their own
_CANNOT_CARRY = "اىةآ"
# a word's last letter with the mark it carries (clean text), a candidate to lift: "عاصمةً"
_MARKED_END = re.compile(rf"[{ARABIC_LETTER}]([{LIFTABLE}])([اى]?)$")

#: how much better (log-probability, nats) a reading must score than the lines as they are:
#: on ``corpora/calibration`` renditions (``benchmarks/diacritics_errors.py --fit``), the
#: smallest margin at which no file reads worse than without this step (2 files at 0 and 1,
#: none from 2); a lower one gains a little on average but harms some files
MARGIN = 2.0
#: the pieces of one visual line are together at most this share of a full line
PAIR_SHARE = 1.12
#: a full line is this quantile of the lengths of the document's non-blank lines
FULL_LINE_QUANTILE = 0.8
#: text lines on each side of a mark line that may be pieces of its visual line
REACH = 2


def is_mark_line(text: str) -> bool:
    """``text`` is made of lifted marks only (bidi controls aside): ``"\u202bً\u202c"``."""
    return bool(MARK_LINE.match(_CONTROLS.sub("", text)))


def give_mark(piece: str, mark: str) -> str | None:
    """``piece`` with ``mark`` back on the last letter of its first word, where Arabic
    spelling lets it stand: ``("عاصمة لمملكة", "ً")`` -> ``"عاصمةً لمملكة"``, a tanween
    fath before a final alef or alef maksura (``"مرادفا"`` -> ``"مرادفًا"``) and only there or
    on teh marbuta or hamza; no vowel or shadda on an alef, alef maksura or teh marbuta
    (a shadda on no hamza either). None if the word cannot take it or the piece opens with
    no Arabic word."""
    m = _FIRST_WORD.match(piece)
    if m is None:
        return None
    stem, alef = m.group(1), m.group(2)
    last = stem[-1]
    if mark == TANWEEN_FATH:
        ok = bool(alef) or last in "ةءئ"
    else:
        ok = not alef and last not in _CANNOT_CARRY and not (mark == SHADDA and last in "ءئؤأإ")
    if not ok:
        return None
    return stem + mark + alef + piece[m.end() :]


def _full_line(lines: list[Line]) -> float:
    lengths = sorted(len(ln.text.strip()) for ln in lines if ln.text.strip())
    if not lengths:
        return 0.0
    return float(lengths[min(len(lengths) - 1, int(FULL_LINE_QUANTILE * len(lengths)))])


def _neighbours(lines: list[Line], i: int, step: int, marks: set[int]) -> list[int]:
    """Up to :data:`REACH` text lines from mark line ``i`` in direction ``step``, on its
    page, passing over other mark lines; a blank line ends the search."""
    found: list[int] = []
    j = i + step
    while 0 <= j < len(lines) and len(found) < REACH and lines[j].page == lines[i].page:
        if j not in marks:
            if not lines[j].text.strip():
                break
            found.append(j)
        j += step
    return found


def _context(lines: list[Line], k: int, step: int, marks: set[int]) -> str:
    """The nearest text line from ``k`` on in direction ``step`` (mark lines skipped)."""
    k += step
    while 0 <= k < len(lines) and k in marks:
        k += step
    return lines[k].text.strip() if 0 <= k < len(lines) else ""


def _readings(pieces: list[str], marks: list[str]) -> list[list[str]]:
    """Every order of ``pieces`` but the given one, each piece after the first (in reading
    order: a piece cut before a marked word) given one of ``marks`` on its first word, in
    turn; orders where a cut word cannot carry its mark are no readings."""
    out = []
    for order in itertools.permutations(range(len(pieces))):
        if order == tuple(range(len(pieces))):
            continue
        texts = [pieces[k] for k in order]
        for slot, mark in zip(range(1, len(texts)), marks, strict=False):
            fixed = give_mark(texts[slot], mark)
            if fixed is None:
                break
            texts[slot] = fixed
        else:
            out.append(texts)
    return out


def _mark_runs(lines: list[Line], wrapped: bool = True) -> list[list[int]]:
    """Runs of consecutive lifted-mark lines (as extracted, and as they read now); with
    ``wrapped``, only lines pdftotext wrapped in its right-to-left embedding."""
    runs: list[list[int]] = []
    for i, ln in enumerate(lines):
        raw = ln.raw or ln.text
        if not (ln.text.strip() and is_mark_line(ln.text) and is_mark_line(raw)):
            continue
        if wrapped and not _EMBEDDED.match(raw):
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def restore_lifted_marks(
    lines: list[Line],
    score: Callable[[str], float] | None = None,
    margin: float | None = None,
    skip: set[int] | None = None,
    wrapped: bool = True,
) -> int:
    """Put the pieces beside each run of lifted-mark lines in their best-scoring order and
    give their cut words the marks; mark lines whose marks went back become blank. Lines in
    ``skip`` (already placed by another pass) are not moved. Only pdftotext cuts a visual
    line at a lifted mark (pdfplumber keeps the line whole and gives the marks a line of
    their own): with ``wrapped``, a mark line must carry pdftotext's right-to-left
    embedding (False: a pdftotext document with its controls stripped). Returns the lines
    moved."""
    runs = _mark_runs(lines, wrapped)
    if not runs:
        return 0
    if score is None:
        from araseclit.textmodel.scorer import default_scorer

        score = default_scorer().score
    marks = {i for run in runs for i in run}
    full = _full_line(lines)
    margin = MARGIN if margin is None else margin
    used = set(skip or ())
    moved = 0
    for run in runs:
        given = [m for i in run for m in _CONTROLS.sub("", lines[i].text).split()]
        best = _best_reading(lines, run, marks, used, full, given, score, margin)
        if best is None:
            continue
        group, texts, _ = best
        for slot, text in zip(group, texts, strict=True):
            # (the pass's guard logs what it keeps)
            lines[slot].text, lines[slot].changed = text, True
        spent = len(group) - 1
        for i in run:
            left = _CONTROLS.sub("", lines[i].text).split()
            take = min(spent, len(left))
            spent -= take
            lines[i].text, lines[i].changed = " ".join(left[take:]), True
        used.update(group)
        moved += len(group)
    return moved


def _best_reading(
    lines: list[Line],
    run: list[int],
    marks: set[int],
    used: set[int],
    full: float,
    given: list[str],
    score: Callable[[str], float],
    margin: float,
) -> tuple[list[int], list[str], float] | None:
    """The best reading of the text lines beside the mark lines ``run``: (their slots in
    order, their new texts, gain over leaving them), or None when none beats leaving them.
    The pieces touch the mark lines (before, after or on both sides of them), make at most
    one visual line, and are cut once per mark at most."""
    before = _neighbours(lines, run[0], -1, marks)[::-1]
    after = _neighbours(lines, run[-1], 1, marks)
    span = [k for k in before + after if k not in used]
    if len(span) < 2:
        return None
    head = _context(lines, span[0], -1, marks)
    tail = _context(lines, span[-1], 1, marks)
    texts = {k: lines[k].text.strip() for k in span}

    def whole(replaced: dict[int, str]) -> float:
        body = " ".join(replaced.get(k, texts[k]) for k in span)
        return score(f"{head} {body} {tail}".strip())

    base = whole({})
    best: tuple[list[int], list[str], float] | None = None
    for lo in range(len(span)):
        for hi in range(lo + 2, min(len(span), lo + 1 + len(given)) + 1):
            group = span[lo:hi]
            touching = group[-1] == run[0] - 1 or group[0] == run[-1] + 1
            if not (touching or group[0] < run[0] < group[-1]):
                continue
            if sum(len(texts[k]) for k in group) > PAIR_SHARE * full:
                continue
            for new in _readings([texts[k] for k in group], given):
                gain = whole(dict(zip(group, new, strict=True))) - base
                if gain > margin and (best is None or gain > best[2]):
                    best = (group, new, gain)
    return best


def lift_marks(lines: list[str], rate: float = 0.3, seed: int = 0) -> list[str]:
    """The forward operation: clean visual ``lines`` as pdftotext gives them from a font
    that draws marks high. In about ``rate`` of the lines a word after the first that ends
    in a marked letter loses the mark to a line of its own, and its line is cut before it:
    the pieces come out last first, then the mark line (``[A][B][m]``)."""
    rng = random.Random(seed)
    out: list[str] = []
    for line in lines:
        words = line.split(" ")
        slots = [k for k in range(1, len(words)) if _MARKED_END.search(words[k])]
        if not slots or rng.random() >= rate:
            out.append(line)
            continue
        k = rng.choice(slots)
        m = _MARKED_END.search(words[k])
        assert m is not None
        word = words[k][: m.start(1)] + m.group(2)
        out += [" ".join([word, *words[k + 1 :]]), " ".join(words[:k]), m.group(1)]
    return out
