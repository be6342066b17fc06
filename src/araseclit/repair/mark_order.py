"""Marks given before their letter: which letter a document's marks belong to.

Unicode writes an Arabic mark (a vowel, sukun, shadda, tanween) after the letter it sits on:
``النَّخْلَةُ``. Some extractors give every mark *before* its letter instead (pdftotext on
Chromium and on Scheherazade PDFs: ``الَّن ْخ َلُة``), often with a space between glyph
clusters as well. Nothing in one word tells the two apart for sure (``الَّن`` is a shadda
on the lam in one reading, on the nun in the other), but a whole document does.

The model is the orthography itself. Read each run of marks as belonging to the letter
before it (as the text stands) or to the letter after it (marks first), and count what no
clean text writes under each reading (:func:`violations`):

* a run with no letter to sit on (after a space, at a line start, after punctuation);
* two vowels, or a vowel and a sukun or tanween, on one letter;
* a tanween inside a word (anywhere but the end, or before a final alef or alef maksura).

A document is read marks-first only when that reading removes most of what is wrong with
the text as it stands, and enough of it to be evidence (:data:`MIN_EVIDENCE`,
:data:`MAX_SHARE_LEFT`, set on ``corpora/calibration``), and when it does not spell the
words worse than the text as it stands with each mark detached by a space put back on the
letter before it (:data:`MAX_SPELLING_SHARE`). pdftotext on Amiri (LibreOffice, XeLaTeX)
writes a space before many marks (``و َتَع َاو َنُوا``): a mark after a space breaks the
first rule either way, and is as well explained by a mark detached from its letter as by a
mark given first; the spelling of the words (:func:`.mark_spelling.word_cost`) tells the
two apart. Only runs the reading can move
count (a run with a letter after it): a run with no letter either side (stacked marks a
font lifted onto a line of their own, ``َّ``) is as wrong under both readings and says
nothing about which is right. Correctly written text has next to
nothing wrong as it stands, so it is never moved. The letters of every line are unchanged:
only marks move, so the text model (which reads words without their marks) cannot judge
this change, and the decision is the document's, not the guard's. It is taken on the raw
lines, before they are read: reading puts a mark detached by a space back on the letter
before it, which in such a document glues words together.
"""

from __future__ import annotations

import re
import unicodedata

from araseclit.charsets import ARABIC_LETTER, BIDI_CONTROL, SHORT_VOWEL, TATWEEL
from araseclit.repair.chars import join_detached_marks
from araseclit.repair.mark_spelling import spelling_cost

#: the vowels, sukun and tanween: one letter carries at most one of them
_VOWELS = SHORT_VOWEL
#: the marks this model places (vowels, sukun, tanween, shadda, dagger alef)
_MARKS = f"{_VOWELS}\u0651\u0670"
_TANWEEN = "\u064b\u064c\u064d"
_RUN = re.compile(f"[{_MARKS}]+")
#: what may stand between marks given first and their letter: a space, a comma or full stop
#: pdftotext placed after the marks of the next word (``َ :ش`` for ``: شَ``)
_BRIDGE = re.compile(f"([{_MARKS}]+)([ .:،؛{BIDI_CONTROL}]{{0,4}})(?=[{ARABIC_LETTER}])")
_LETTER = re.compile(f"[{ARABIC_LETTER}{TATWEEL}]")
_VOWEL = re.compile(f"[{_VOWELS}]")

#: violations the text as it stands must show before its marks are read the other way
MIN_EVIDENCE = 12
#: violations of movable runs per Arabic letter from which they are judged apart from the
#: runs no reading moves. On the renditions of corpora/clean, calibration and heldout2-5
#: the lightly vowelled ones show 0.004-0.021 (12 to 37 in a document; judged so, as many
#: read worse as better: hejaz_railway amiri 0.4% -> 1.0% CER, opinion_essay noto 9.5% ->
#: 11.3%), the vowelled ones and quotations in vowelled script 0.065 and up
MIN_DENSITY = 0.04
#: the marks-first reading must leave at most this share of the violations as it stands (on
#: corpora/calibration, documents that give every mark first leave 0-1%, the others 8% or
#: more: partly displaced marks are other damage, which this reading makes worse)
MAX_SHARE_LEFT = 0.05
#: the most the words of the text as it stands (detached marks put back) may cost in
#: spelling, as a share of the marks-first reading's cost, for that reading to stand.
#: Renditions judged marks-first on corpora/calibration: 0.85 and up (Thabit, Chromium with
#: Kacst Book and Noto Naskh; Scheherazade and Chromium documents whose marks come first
#: read several times higher); pdftotext's Amiri renditions (LibreOffice, XeLaTeX) of a
#: text vowelled in its quotations, written this session for fitting (not measured):
#: 0.18-0.41
MAX_SPELLING_SHARE = 0.6


def _run_wrong(marks: str, after: str) -> int:
    """What is wrong with one letter's marks: two vowels, or a tanween before more letters
    of its word (``after``: the text after the letter's marks)."""
    wrong = int(len(_VOWEL.findall(marks)) > 1)
    if any(t in marks for t in _TANWEEN):
        nxt = after[:1]
        if _LETTER.match(nxt) and not (nxt in "اى" and not _LETTER.match(after[1:2])):
            wrong += 1
    return wrong


def violations(text: str) -> int:
    """What no clean text writes, reading each run of marks with the letter before it. A
    lone tanween fath beside an alef is no evidence either way: fonts that draw it apart
    leave ``منهج ًا`` in any order (:mod:`.lifted_tanween`), and ``اً`` is a common spelling."""
    return sum(_violations(text))


def _movable(text: str, m: re.Match[str]) -> bool:
    """The run of marks ``m`` has a letter after it that :func:`marks_after_letter` would
    give it to."""
    bridge = _BRIDGE.match(text, m.start())
    if bridge is None or bridge.end(1) != m.end():
        return False
    return not (m.group() == "\u064b" and text[bridge.end()] == "ا")


def _violations(text: str) -> tuple[int, int]:
    """:func:`violations` of ``text`` split: (those of runs with a letter after them, which
    the marks-first reading moves; those of the runs it leaves where they are)."""
    movable = stays = 0
    for m in _RUN.finditer(text):
        if m.group() == "\u064b" and "ا" in (
            text[m.start() - 1 : m.start()],
            text[m.end() : m.end() + 1],
        ):
            continue
        if m.start() == 0 or not _LETTER.match(text[m.start() - 1]):
            wrong = 1
        else:
            wrong = _run_wrong(m.group(), text[m.end() :])
        if _movable(text, m):
            movable += wrong
        else:
            stays += wrong
    return movable, stays


def marks_after_letter(text: str) -> str:
    """Each run of marks moved after the letter that follows it (across a space or a comma
    placed between them, and the bidi controls of a raw line): ``الَّن ْخ َلُة`` ->
    ``النَّ خْ لَةُ``. A run followed by no letter stays where it is, and so does a tanween
    fath before an alef: fonts draw it over the alef, but Unicode stores it on the letter
    before (``جديدًا``), which is where a marks-first extractor leaves it. A moved run is
    put in Unicode's canonical order (a vowel before a shadda): the extractor gives the
    order its glyphs were drawn in, which says nothing about how the text was typed."""
    out: list[str] = []
    i = 0
    for m in _BRIDGE.finditer(text):
        letter = m.end()
        if m.group(1) == "\u064b" and text[letter] == "ا":
            continue  # a tanween fath stands before the alef it is drawn on (``جديدًا``)
        out.append(text[i : m.start()])
        out.append(m.group(2) + text[letter] + unicodedata.normalize("NFC", m.group(1)))
        i = letter + 1
    out.append(text[i:])
    return "".join(out)


def marks_first(texts: list[str]) -> bool:
    """The document gives its marks before their letters (see the module docstring). Judged
    on the raw lines, bidi controls dropped: reading a line in another order can part marks
    from their letters and blur the evidence."""
    movable = stays = 0
    for t in texts:
        a, b = _violations(t)
        movable, stays = movable + a, stays + b
    if movable + stays < MIN_EVIDENCE:
        return False
    moved = sum(violations(marks_after_letter(t)) for t in texts)
    if moved > MAX_SHARE_LEFT * (movable + stays):
        # a vowelled text: what the reading leaves wrong of what it moves (the runs it
        # leaves where they are, stacked marks lifted apart, are as wrong under both)
        letters = sum(len(_LETTER.findall(t)) for t in texts)
        dense = movable >= max(MIN_EVIDENCE, MIN_DENSITY * letters)
        if not (dense and moved - stays <= MAX_SHARE_LEFT * movable):
            return False
    first = sum(spelling_cost(marks_after_letter(t)) for t in texts)
    joined = sum(spelling_cost(join_detached_marks(t)) for t in texts)
    return joined >= MAX_SPELLING_SHARE * first
