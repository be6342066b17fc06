"""Undo the Unicode bidirectional algorithm: visual glyph order back to logical order.

A PDF stores glyphs where they are drawn, left to right. For a right-to-left line the
logical order is the reverse, except that left-to-right runs (Latin names, numbers such as
``2021: 14``) keep their inner order. :func:`visual_to_logical` reverses a line and then
re-reverses those runs, resolving them the way the UBA would have (rules W4, W5, W7, N1).
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Sequence

from araseclit import charsets

#: bracket-like characters a PDF may give as their mirrored glyph in right-to-left runs
MIRROR_PAIRS: dict[str, str] = charsets.MIRROR_PAIRS
_OPENERS = "".join(charsets.OPENERS)
_CLOSERS = "".join(charsets.CLOSERS)

# bidi classes grouped by the role they play when undoing the algorithm
_RTL = frozenset({"R", "AL"})
_NUMBER = frozenset({"EN", "AN"})
# a single common separator between digits joins them into one number: 1.5, 14/3/2025, 3:30.
# In Arabic text digits are Arabic numbers (rule W2), so "-" and "%" do not join them:
# "102-105" and "45%" are drawn "105-102" and "%45" and read back correctly digit run by run.
_NUMBER_GLUE = frozenset({"CS"})
# punctuation that ends a Latin word rather than opening the next one: "UNDP," "Al-"
_TRAILING = frozenset({"CS", "ES", "ON", "WS", "ET"})
#: stops that end a word they touch: ".", "،", ":" after an Arabic word, never "&" or "-"
_WORD_STOPS = frozenset(".,،:;؛")


def bidi_class(text: str) -> str:
    """Bidi class of a glyph's text (its first base character; marks take their base's)."""
    for ch in text:
        if unicodedata.category(ch) not in ("Mn", "Me"):
            return unicodedata.bidirectional(ch) or "ON"
    return "NSM"


def is_arabic_letter(ch: str) -> bool:
    """True for Arabic-script letters (bidi class AL), in any Unicode block."""
    return unicodedata.bidirectional(ch) == "AL" and unicodedata.category(ch) == "Lo"


def line_is_rtl(units: Sequence[str]) -> bool:
    """A line is right-to-left when Arabic letters are at least as many as Latin ones."""
    arabic = latin = 0
    for unit in units:
        for ch in unit:
            cls = unicodedata.bidirectional(ch)
            if cls in _RTL:
                arabic += 1
            elif cls == "L":
                latin += 1
    return arabic > 0 and arabic >= latin


def _rtl_levels(units: list[str]) -> list[bool]:
    """For a left-to-right line: the Arabic runs, with the spaces, punctuation and numbers
    between two Arabic glyphs ("المجتمع المدني" is one run, drawn reversed)."""
    classes = [bidi_class(u) for u in units]
    arabic = [i for i, c in enumerate(classes) if c in _RTL]
    flags = [c in _RTL for c in classes]
    for a, b in itertools.pairwise(arabic):
        if all(classes[k] != "L" for k in range(a + 1, b)):
            for k in range(a + 1, b):
                flags[k] = True
    return flags


def _with_brackets(units: list[str], first: int, last: int, lo: int, hi: int) -> tuple[int, int]:
    """Widen a Latin run by the bracket next to it when the run holds the other bracket of
    the pair ("Kaldor )2003: 78(" is one island, both brackets included)."""
    inside = "".join(units[first : last + 1])
    if not any(c in MIRROR_PAIRS for c in inside):
        return first, last
    if first - 1 >= lo and units[first - 1] in MIRROR_PAIRS:
        first -= 1
    if last + 1 < hi and units[last + 1] in MIRROR_PAIRS:
        last += 1
    return first, last


def _label_end(units: list[str], classes: list[str], end: int) -> int:
    """Index just past a bracketed number and its space at the start of a line, else 0."""
    if not units or units[0] not in MIRROR_PAIRS:
        return 0
    k = 1
    while k < end and classes[k] in _NUMBER:
        k += 1
    if k == 1 or k + 1 >= end or units[k] != MIRROR_PAIRS[units[0]] or classes[k + 1] != "WS":
        return 0
    return k + 2


def _ltr_levels(
    classes: list[str],
    units: list[str],
    after_ltr: bool = False,
    lead_apart: bool = False,
    digits_apart: bool = False,
    en_apart: bool = False,
) -> list[bool]:
    """For each unit of a line in *reversed visual* order (≈ logical for RTL text), whether
    it sat in a left-to-right run (embedding level 2) of a right-to-left paragraph."""
    n = len(classes)
    ltr = [c in ("L", *_NUMBER) for c in classes]
    # W4: a single common separator between digits
    for i in range(1, n - 1):
        if classes[i] in _NUMBER_GLUE:
            ltr[i] = classes[i - 1] in _NUMBER and classes[i + 1] in _NUMBER
    # W7/N1: a segment between two Arabic glyphs that holds a Latin letter is one
    # left-to-right run from its first to its last Latin letter or digit ("Buzan, 1991: 19").
    # Arabic-Indic digits (AN) bound it as Arabic letters do: W7 joins only European digits
    # to a Latin run, and the neutrals between AN and Latin take the paragraph's direction
    # ("٢٠٢٠؛١٢(٣):٤٥–٧١. doi:10.5555/x" is three number runs, then the Latin run)
    bounds = _RTL | {"AN"}
    # with digits_apart, Persian digits too (EN after an Arabic letter is AN by W2)
    apart = [
        c in bounds or (digits_apart and _persian_digit(u))
        for c, u in zip(classes, units, strict=True)
    ]
    i = 0
    while i < n:
        if apart[i]:
            i += 1
            continue
        j = i
        while j < n and not apart[j]:
            j += 1
        has_number = any(c in _NUMBER for c in classes[i:j])
        if any(c == "L" for c in classes[i:j]) or (i == 0 and after_ltr and has_number):
            strong = [k for k in range(i, j) if classes[k] == "L" or classes[k] in _NUMBER]
            lead_k = next(
                (k for k in range(i, j) if classes[k] != "WS" and units[k] not in ".،,؛"), i
            )
            if en_apart and classes[lead_k] in _NUMBER:
                # numbers before the first Latin letter, the first right after the Arabic word,
                # its stop and space: islands (W2); not "(2019:" cut at a line end, which
                # opens with its colon
                # a segment of numbers only (after_ltr opens the line with no Latin letter,
                # "45 :2019"): every number is an island, the segment no Latin run
                first_l = next((k for k in range(i, j) if classes[k] == "L"), j)
                strong = [k for k in strong if k >= first_l]
                if not strong:
                    i = j
                    continue
            if i == 0 and lead_apart:  # the number opening the line is an island of its own
                lead = i
                while lead < j and (classes[lead] in _NUMBER or classes[lead] in _NUMBER_GLUE):
                    lead += 1
                strong = [k for k in strong if k >= lead] or strong
            first, last = _with_brackets(units, strong[0], strong[-1], i, j)
            if i == 0:  # a list label opening the line, "[3] Access Now": an island of its own
                first = max(first, _label_end(units, classes, j))
            for k in range(first, last + 1):
                ltr[k] = True
            if j == n:  # the run ends the line: its paragraph goes on in the next line
                _join_trailing_punctuation(classes, units, ltr, first, last, en_apart)
        i = j
    return ltr


def _persian_digit(unit: str) -> bool:
    return len(unit) == 1 and "\u06f0" <= unit <= "\u06f9"


def _join_trailing_punctuation(
    classes: list[str],
    units: list[str],
    ltr: list[bool],
    run_start: int,
    run_end: int,
    en_apart: bool = False,
) -> None:
    """Punctuation drawn inside a Latin run that ends the line belongs to the run: the
    paragraph goes on in the next line ("(UNDP," / "(Ismael &" / "45;" / "Al-"). In
    reversed order it sits just before the run; brackets stay outside, but for one that
    closes a bracket the run left open ("… Twitchett (Eds.)," ending a Latin line)."""
    run = "".join(units[run_start : run_end + 1])
    open_brackets = sum(run.count(c) for c in "([") - sum(run.count(c) for c in ")]")
    k = run_start - 1
    joined = []
    while k >= 0 and classes[k] in _TRAILING:
        if units[k] in MIRROR_PAIRS:
            if units[k] not in ")]" or open_brackets <= 0:
                break
            open_brackets -= 1
        joined.append(k)
        k -= 1
    while joined and classes[joined[-1]] == "WS":
        joined.pop()
    # a stop glued to the Arabic word beyond a space ends that word, not the run: "دار
    # اللواء. Hurst, Paul." at a line end is drawn "Hurst, Paul. .ءاوللا", and the second
    # "." is the Arabic sentence's ("اللواءHurst, Paul. ." when joined); so is a stop after
    # Arabic-Indic digits ("٤٥–٧١. doi:10.5555/x")
    if en_apart and joined and k >= 0 and classes[k] in _NUMBER:
        # "٨٠. 2. UNMAS …": the stop beyond a space, between a number island and the run
        space = next((n for n, x in enumerate(joined) if classes[x] == "WS"), len(joined))
        joined = joined[:space]
    if joined and k >= 0 and joined[-1] == k + 1 and (classes[k] in _RTL or classes[k] == "AN"):
        space = next((n for n, x in enumerate(joined) if classes[x] == "WS"), None)
        if space is not None and all(units[x] in _WORD_STOPS for x in joined[space + 1 :]):
            joined = joined[:space]
    for k in joined:
        ltr[k] = True


def visual_to_logical(
    units: Sequence[str],
    rtl: bool | None = None,
    mirrored: bool = False,
    after_ltr: bool = False,
    lead_apart: bool = False,
    digits_apart: bool = False,
    en_apart: bool = False,
) -> list[str]:
    """Logical order of one line given its glyph texts in visual (left-to-right) order.

    Each unit is one glyph's text (a letter with its marks, a ligature such as ``لا``),
    already in logical order inside. ``rtl`` is the line's base direction (guessed when None).
    For a left-to-right line only embedded Arabic runs are reversed. ``mirrored`` says the
    PDF gives brackets in right-to-left runs as their mirrored glyph: ``)`` for ``(``.
    ``after_ltr`` says the previous line ended inside a Latin run, so numbers opening this
    line belong to it ("(Transparency International," / "2022: 4)"). ``lead_apart`` reads a
    number that opens the line, before a Latin run, as an island of its own, as some producers
    draw the rest of a citation a line break cut (``31). Kaldor (2012)`` under ``(Kaldor, 2012,
    p.``): :func:`araseclit.ingest.pdf_layout.fill_text` keeps the reading whose brackets
    close the line before better. ``digits_apart`` reads Persian digits as numbers of their
    own, never in a Latin run (W2 makes them AN after an Arabic letter: ``(واعظی، ۱۳۹۷: ۸۸).
    Ri``); :func:`araseclit.ingest.pdf_layout.units_text` keeps it when its brackets nest
    better than the usual reading's (``(Buzan، ۱۹۹۱: ۱۹)`` is one Latin run). ``en_apart``
    reads every number before a segment's first Latin letter as an island, as W2 makes a
    number after an Arabic word (``ص 61. (3) Renad Mansour``, ``٨٠. 2. UNMAS``): the same
    caller keeps it when it reads better.
    """
    units = list(units)
    if rtl is None:
        rtl = line_is_rtl(units)
    if not rtl:
        return _reverse_runs(units, _rtl_levels(units))
    reversed_units = units[::-1]
    classes = [bidi_class(u) for u in reversed_units]
    levels = _ltr_levels(classes, reversed_units, after_ltr, lead_apart, digits_apart, en_apart)
    if mirrored:
        reversed_units = [
            u if ltr else unmirror(u) for u, ltr in zip(reversed_units, levels, strict=True)
        ]
    return _reverse_runs(reversed_units, levels)


def _reverse_runs(units: list[str], flags: list[bool]) -> list[str]:
    """Reverse every maximal run of units whose flag is set, in place."""
    out: list[str] = []
    run: list[str] = []
    for unit, flag in zip(units, flags, strict=True):
        if flag:
            run.append(unit)
            continue
        out.extend(_fix_run_brackets(run[::-1]))
        run = []
        out.append(unit)
    out.extend(_fix_run_brackets(run[::-1]))
    return out


def _fix_run_brackets(run: list[str]) -> list[str]:
    """Brackets that close before they open inside a left-to-right run were drawn as a
    right-to-left island (LibreOffice does this for "Kaldor (2003: 78)"): swap them."""
    text = "".join(run)
    if not any(c in _OPENERS for c in text) or not any(c in _CLOSERS for c in text):
        return run
    if bracket_order_score(unmirror(text)) > bracket_order_score(text):
        return [unmirror(u) for u in run]
    return run


def ends_in_ltr_run(text: str) -> bool:
    """Whether the last strongly directed character of a logical-order line is Latin."""
    for ch in reversed(text):
        cls = unicodedata.bidirectional(ch)
        if cls == "L":
            return True
        if cls in _RTL:
            return False
    return False


def bracket_order_score(text: str) -> int:
    """How well brackets in ``text`` nest: +1 for each closer that closes an opener,
    -1 for each closer with nothing open (the sign of mirrored glyphs)."""
    depth = score = 0
    for ch in text:
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            score += 1 if depth > 0 else -1
            depth = max(depth - 1, 0)
    return score


def unmirror(text: str) -> str:
    """Swap every bracket and guillemet for its mirror image."""
    return "".join(MIRROR_PAIRS.get(ch, ch) for ch in text)
