"""Marks put back on the letter spelling gives them, in vowelled text: a scored inverse.

Extractors place a mark by where its glyph is drawn, and a mark drawn over the join of two
letters lands on the neighbour of its own letter: before it (``فَكَانَْت`` for ``فَكَانَتْ``,
``النِّيِل`` for ``النِّيلِ``) or after it (``جًِّدا`` for ``جِدًّا``), in every extractor
and both directions in one document, so no fixed shift undoes it. The letters are right;
only the marks are on the wrong ones, and the text model, which reads words without their
marks, cannot tell the two apart.

Spelling can. Each word is scored by the spelling rules its marks break (:func:`word_cost`:
two vowels or two shaddas on one letter, a vowel on a bare alef, tanween inside a word, a
long vowel carrying its own vowel, a consonant left bare in a vowelled word). A reading
moves the first marks of a letter to the letter before it, or its last marks to the letter
after it (the marks nearest that letter in the extractor's stream; one letter away, or two
across the alef or lam of ``ال``), inside its word, when that lowers the word's cost by
:data:`MIN_GAIN` and no other move lowers it as much (a tie is left as it stands). Moves
repeat while one helps, and the word is rewritten only when they leave it breaking no rule
(:data:`SETTLED`): in a word whose letters are out of order (pypdfium2) the marks cannot be
put right. A word no such move settles is also read marks first, every run of marks on the letter
after it (pdfplumber on XeLaTeX: ``اْلَأُب`` for ``الْأَبُ``), and taken only when that breaks
no rule. "Leave it" is every word whose marks break no rule, so correctly written
vowelled text is never changed (``corpora/clean/diacritised_prose.txt``, the calibration
fable, heldout4's little-palm story and two vowelled texts written to check this: no word
moved).

The costs are set by hand from the rules, not fitted; :data:`SETTLED` and leaving out a
rule for marks opening a word were chosen on the renditions of ``diacritised_prose``
(``benchmarks/diacritics_errors.py``), which are therefore in domain for this step. The
forward operation is :func:`araseclit.scramble.diacritics.misplace_marks`.
"""

from __future__ import annotations

import re

from araseclit.charsets import ARABIC_LETTER, ARABIC_MARK

__all__ = ["settle_line", "spelling_cost", "word_cost"]

#: the least a move must lower its word's cost to be made: more than a bare consonant's
#: cost, so no move is made only to give a bare letter a mark
MIN_GAIN = 0.75
#: cost of a rule no correct spelling breaks (two vowels or two shaddas on one letter, a
#: shadda with a sukun, a mark before the word's first letter)
BROKEN = 2.0
#: cost of a mark where a letter cannot carry it (a vowel on a bare alef, tanween inside a
#: word); a sukun or shadda opening a word is no sign (a word split after ``ال`` opens so)
MISPLACED = 1.5
#: cost of a mark spelling rarely puts there (the lam of ``ال`` before a shadda letter with
#: a mark, a long vowel carrying the vowel that lengthens it)
UNLIKELY = 1.0
#: cost of a consonant with no mark inside a vowelled word
BARE = 0.5
#: the most a rewritten word may still cost: a word is rewritten only into a spelling that
#: breaks no rule (on ``benchmarks/diacritics_errors.py``'s 42 renditions, allowing any
#: lower cost read the pypdfium2 ones, whose letters are out of order, up to 0.3 points worse)
SETTLED = 0.0
#: rounds of moves over a line
ROUNDS = 6

_SHADDA, _SUKUN, _FATHATAN = "\u0651", "\u0652", "\u064b"
_KASRA, _DAMMA = "\u0650", "\u064f"
_TANWEEN = frozenset("\u064b\u064c\u064d")
# the marks of which a letter carries one: the short vowels, tanween and sukun
_VOWELS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0652")
# letters that carry no vowel (a final alef or alef maksura may carry tanween fath)
_NO_VOWEL = frozenset("اىآ")
_LETTER = re.compile(f"[{ARABIC_LETTER}]")
_WORD = re.compile(f"[{ARABIC_LETTER}{ARABIC_MARK}]+")

Slot = list[str]  # [letter, its marks]


def _letter_cost(slots: list[Slot], k: int) -> float:
    """What the marks of letter ``k`` of a word (``slots``) break."""
    ch, marks = slots[k]
    n = len(slots)
    cost = 0.0
    vowels = sum(1 for m in marks if m in _VOWELS)
    cost += BROKEN * max(0, vowels - 1)
    if marks.count(_SHADDA) > 1 or (_SHADDA in marks and _SUKUN in marks):
        cost += BROKEN
    if ch in _NO_VOWEL and marks and (marks != _FATHATAN or k != n - 1):
        cost += MISPLACED
    final = k == n - 1 or (k == n - 2 and slots[-1][0] in "اى")
    if not final and any(m in _TANWEEN for m in marks):
        cost += MISPLACED
    before = slots[k - 1][1] if k else ""
    # the lam of "ال" before a letter with shadda (الصَّبْرِ) carries nothing
    sun_lam = k >= 1 and ch == "ل" and slots[k - 1][0] == "ا" and k + 1 < n
    if sun_lam and marks and _SHADDA in slots[k + 1][1]:
        cost += UNLIKELY
    long_vowel = (ch == "ي" and _KASRA in before) or (ch == "و" and _DAMMA in before)
    if long_vowel and ((ch == "ي" and _KASRA in marks) or (ch == "و" and _DAMMA in marks)):
        cost += UNLIKELY
    article_lam = k == 1 and ch == "ل" and slots[0][0] == "ا"
    if not marks and n > 1 and ch not in _NO_VOWEL and not long_vowel and not article_lam:
        cost += BARE
    return cost


def word_cost(slots: list[Slot], opening: str = "") -> float:
    """The spelling cost of a word given as [letter, marks] slots, ``opening`` the marks
    before its first letter: 0 for ``النَّخْلَةُ``, more for ``النِّيِل``."""
    return BROKEN * len(opening) + sum(_letter_cost(slots, k) for k in range(len(slots)))


def spelling_cost(text: str) -> float:
    """The summed :func:`word_cost` of the words of ``text`` that carry marks: 0 for
    ``وَتَعَاوَنُوا عَلَى``, more for ``و تَعَ اَو نَوُا``."""
    total = 0.0
    for m in _WORD.finditer(text):
        opening, slots = _slots(m.group())
        if opening or any(marks for _, marks in slots):
            total += word_cost(slots, opening)
    return total


def _slots(word: str) -> tuple[str, list[Slot]]:
    opening, slots = "", []
    for ch in word:
        if _LETTER.match(ch):
            slots.append([ch, ""])
        elif slots:
            slots[-1][1] += ch
        else:
            opening += ch
    return opening, slots


def _moves(slots: list[Slot], k: int) -> list[tuple[str, str, int]]:
    """(marks moved, marks kept, to which letter) for the marks of letter ``k``: its first
    marks to a letter before, its last marks to a letter after (the marks nearest that
    letter in the extractor's stream), one letter away or two across ``ا``/``ل``."""
    marks = slots[k][1]
    out = []
    for cut in range(1, len(marks) + 1):
        for d in (-2, -1, 1, 2):
            j = k + d
            if not 0 <= j < len(slots):
                continue
            if abs(d) == 2 and slots[k + d // 2][0] not in "ال":
                continue
            if d < 0:
                out.append((marks[:cut], marks[cut:], j))
            else:
                out.append((marks[len(marks) - cut :], marks[: len(marks) - cut], j))
    return out


def _settle_word(word: str) -> str:
    opening, slots = _slots(word)
    if len(slots) < 2 or word_cost(slots, opening) < MIN_GAIN:
        return word
    for _ in range(ROUNDS):
        moved = False
        for k in range(len(slots)):
            if not slots[k][1]:
                continue
            base = word_cost(slots, opening)
            own = slots[k][1]
            best: tuple[float, str, str, int] | None = None
            tie = False
            for marks, kept, j in _moves(slots, k):
                other = slots[j][1]
                slots[k][1] = kept
                slots[j][1] = marks + other if j > k else other + marks
                gain = base - word_cost(slots, opening)
                slots[k][1], slots[j][1] = own, other
                if gain < MIN_GAIN:
                    continue
                if best is None or gain > best[0] + 1e-9:
                    best, tie = (gain, marks, kept, j), False
                elif abs(gain - best[0]) <= 1e-9 and (marks, j) != (best[1], best[3]):
                    tie = True
            if best is not None and not tie:
                _, marks, kept, j = best
                slots[k][1] = kept
                slots[j][1] = marks + slots[j][1] if j > k else slots[j][1] + marks
                moved = True
        if not moved:
            break
    if word_cost(slots, opening) > SETTLED:
        return _marks_first(word)
    return opening + "".join(ch + marks for ch, marks in slots)


def _marks_first(word: str) -> str:
    """``word`` with every run of marks on the letter after it (the last run staying on the
    last letter), when that spells it breaking no rule and the moves of single marks could
    not: an extractor that gives a word's marks before their letters (``اْلَأُب`` ->
    ``الْأَبُ``); else ``word``."""
    opening, slots = _slots(word)
    runs = [opening] + [marks for _, marks in slots]
    shifted = [[ch, runs[k]] for k, (ch, _) in enumerate(slots)]
    shifted[-1][1] += runs[-1]
    if opening == "" and not any(runs[1:-1]):
        return word
    if word_cost(shifted) > SETTLED:
        return word
    return "".join(ch + marks for ch, marks in shifted)


def settle_line(text: str) -> str:
    """Each word of ``text`` with its marks moved where spelling puts them (see the module
    docstring): ``فَكَانَْت`` -> ``فَكَانَتْ``; correctly spelt words unchanged."""
    return _WORD.sub(lambda m: _settle_word(m.group()), text)
