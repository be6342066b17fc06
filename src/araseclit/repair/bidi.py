"""The inverse bidi algorithm, one implementation: display order back to logical order.

A right-to-left line in display (visual) order is its logical order reversed, except that its
left-to-right runs (Latin names, numbers such as ``2021: 14``) keep their inner order (rule
L2 of UAX #9), and brackets in right-to-left runs may be drawn as their mirror image (L4).
Both are done once here, for both inputs: :func:`reverse_runs` (L2) and :data:`MIRROR` /
:func:`unmirror` (L4, the table of :data:`araseclit.charsets.MIRROR_PAIRS`). What differs
is how a line's left-to-right runs are found, and each input has its resolver:

- text lines an extractor gave (:func:`reorder`): a small, inspectable subset of the
  algorithm, one paragraph level (RTL, level 1), no explicit embeddings (they are dropped
  before), strong Arabic at level 1, Latin and numbers at level 2 (:func:`resolve_levels`,
  :func:`runs`); reordering with these levels is its own inverse, which lets the repair
  stage turn a line extracted in visual order back into logical order;
- PDF glyph lines (:func:`visual_to_logical`): glyph texts in drawing order, the runs
  resolved as the algorithm would have (rules W4, W5, W7, N1) with what the PDF reader
  knows of the line (a Latin run the previous line left open, mirrored brackets, Persian
  digits); the PDF reader (:mod:`araseclit.ingest.pdf_layout`, :mod:`araseclit.ingest.pdf`)
  imports them from here.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from araseclit import charsets

#: bidi classes that count as strong right-to-left
_RTL = frozenset({"R", "AL"})
#: weak and neutral classes that stay neutral after the W rules
_NEUTRAL = frozenset({"B", "S", "WS", "ON", "CS", "ES", "ET", "BN", "NSM"})

#: mirrored pairs (brackets and guillemets) for ``str.translate`` (rule L4)
MIRROR = charsets.MIRROR
#: bracket-like characters a PDF may give as their mirrored glyph in right-to-left runs
MIRROR_PAIRS: dict[str, str] = charsets.MIRROR_PAIRS
_OPENERS = "".join(charsets.OPENERS)
_CLOSERS = "".join(charsets.CLOSERS)

_Unit = TypeVar("_Unit")


def reverse_runs(
    units: Sequence[_Unit],
    flags: Sequence[bool],
    fix: Callable[[list[_Unit]], list[_Unit]] | None = None,
) -> list[_Unit]:
    """Rule L2 on a reversed line: every maximal run of units whose flag is set reversed in
    place, the others left (``fix``, when given, tidies each run reversed). A right-to-left
    line reversed, its left-to-right runs flagged, comes back in the other order: display
    ``Buzan 1991 ىلإ`` -> ``إلى Buzan 1991``."""
    out: list[_Unit] = []
    run: list[_Unit] = []
    for unit, flag in zip(units, flags, strict=True):
        if flag:
            run.append(unit)
            continue
        out.extend(fix(run[::-1]) if fix else run[::-1])
        run = []
        out.append(unit)
    out.extend(fix(run[::-1]) if fix else run[::-1])
    return out


def unmirror(text: str) -> str:
    """Swap every bracket and guillemet for its mirror image: ``")نص("`` -> ``"(نص)"``."""
    return text.translate(MIRROR)


def ends_in_ltr_run(text: str) -> bool:
    """Whether the last strongly directed character of a logical-order line is Latin."""
    return last_strong(text) == "L"


# --- text lines -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """``text`` spans ``line[start:end]`` and resolves to ``level`` (1 = RTL, 2 = LTR)."""

    start: int
    end: int
    level: int
    text: str


def _classes(line: str) -> list[str]:
    out = []
    for ch in line:
        cls = unicodedata.bidirectional(ch) or "ON"
        out.append("AL" if cls in _RTL else cls)
    return out


def _resolve_weak(cls: list[str], start: str = "AL") -> list[str]:
    """W1-W7: marks take the class before them, numbers take the direction of the text.

    ``start`` is the strong class in force before the line (``"L"`` when the line continues
    a Latin run from the previous line, as in a citation split after ``(UNDP,``).
    """
    n = len(cls)
    strong = start
    for i in range(n):
        if cls[i] == "NSM":
            cls[i] = cls[i - 1] if i else "AL"
        if cls[i] in ("L", "AL"):
            strong = cls[i]
        elif cls[i] == "EN" and strong == "AL":
            cls[i] = "AN"
    for i in range(1, n - 1):  # W4: one separator between two numbers of one kind
        if cls[i] in ("CS", "ES") and cls[i - 1] == cls[i + 1] and cls[i - 1] in ("EN", "AN"):
            if cls[i] == "CS" or cls[i - 1] == "EN":
                cls[i] = cls[i - 1]
    for i in range(n):  # W5: terminators (%, $) next to European numbers
        if cls[i] == "ET":
            j = i
            while j < n and cls[j] == "ET":
                j += 1
            if (i and cls[i - 1] == "EN") or (j < n and cls[j] == "EN"):
                for k in range(i, j):
                    cls[k] = "EN"
    strong = start
    for i in range(n):  # W7: European numbers after Latin are Latin
        if cls[i] in ("L", "AL"):
            strong = cls[i]
        elif cls[i] == "EN" and strong == "L":
            cls[i] = "L"
    return cls


def _direction(c: str) -> str | None:
    if c == "L":
        return "L"
    if c in ("AL", "AN", "EN"):
        return "R"
    return None


def resolve_levels(line: str, start: str = "AL") -> list[int]:
    """Embedding level of each character of ``line`` in an RTL paragraph (1 or 2)."""
    cls = _resolve_weak(_classes(line), start)
    n = len(cls)
    levels = [1] * n
    i = 0
    while i < n:
        d = _direction(cls[i])
        if d is not None:
            levels[i] = 2 if (cls[i] in ("L", "AN", "EN")) else 1
            i += 1
            continue
        j = i
        while j < n and _direction(cls[j]) is None:
            j += 1
        before = _direction(cls[i - 1]) if i else "R"
        after = _direction(cls[j]) if j < n else "R"
        level = 2 if before == after == "L" else 1  # N1, else N2 (embedding direction)
        for k in range(i, j):
            levels[k] = level
        i = j
    return levels


def last_strong(text: str, default: str = "AL") -> str:
    """The class (``"L"`` or ``"AL"``) of the last strong character of ``text``."""
    for ch in reversed(text):
        cls = unicodedata.bidirectional(ch)
        if cls == "L":
            return "L"
        if cls in _RTL:
            return "AL"
    return default


def runs(line: str, levels: list[int] | None = None) -> list[Run]:
    """Maximal runs of equal level, in string order."""
    levels = resolve_levels(line) if levels is None else levels
    out: list[Run] = []
    start = 0
    for i in range(1, len(line) + 1):
        if i == len(line) or levels[i] != levels[start]:
            out.append(Run(start, i, levels[start], line[start:i]))
            start = i
    return out


#: separators an LTR run keeps at its right end: "2019:" (the run goes on after a line break)
_TRAILING_SEPARATORS = ".,:،;-–"


# a number, maybe with a decimal point or thousands separators: "1", "93.7", "3,950"
_NUMBER = re.compile(r"\d+(?:[.,٫٬]\d+)*")


def _digits_only_run(line: str, levels: list[int], end: int) -> bool:
    """The LTR run ending before ``end`` is a number (no Latin letter): "1" of "ب-1:",
    "93.7" of "88.0–93.7" (displayed "93.7–88.0" beside Arabic text)."""
    k = end
    while k > 0 and levels[k - 1] == 2:
        k -= 1
    return bool(_NUMBER.fullmatch(line[k:end].strip()))


def _keep_trailing_separators(line: str, levels: list[int]) -> list[int]:
    """A separator glued to the right end of an LTR run stays in it (``Kaldor، 2019:``), and
    so does a bracket closing one opened inside it (``Kaldor (2003: 78)``)."""
    depth = 0  # unmatched "(" inside the current LTR run (rule N0, paired brackets)
    for i in range(1, len(line)):
        if levels[i - 1] == 2 and line[i - 1] in "([":
            depth += 1
        elif levels[i - 1] != 2:
            depth = 0
        if levels[i] == 1 and levels[i - 1] == 2:
            if line[i] in _TRAILING_SEPARATORS and line[i - 1].isalnum():
                if line[i] in "-–" and _digits_only_run(line, levels, i):
                    continue  # "ب-1:" displayed ":1-ب": the dash is right to left
                levels[i] = 2
            elif line[i] in ")]" and depth > 0:
                levels[i] = 2  # "Kaldor (2003: 78)": the bracket closes inside the LTR run
                depth -= 1
        elif levels[i] == 2 and line[i] in ")]":
            depth = max(0, depth - 1)
    return _split_at_displayed_openers(line, levels)


def _split_at_displayed_openers(line: str, levels: list[int]) -> list[int]:
    """An opening bracket glued to the right end of a Latin or number run and followed by a
    space is the right-to-left bracket of text displayed around that run: in display order
    ``Tripp, 2007: 31( 1917`` is logical ``1917 (Tripp, 2007: 31)``, the year a run of its
    own before the bracket. Logical text never glues an opener to a word before a space."""
    for i in range(1, len(line) - 1):
        if (
            line[i] in "(["
            and levels[i] == 2
            and levels[i - 1] == 2
            and line[i - 1].isalnum()
            and line[i + 1] == " "
            and levels[i + 1] == 2
        ):
            levels[i] = levels[i + 1] = 1
    return levels


# a bracketed number given with its brackets the wrong way round (visual): "]4[" is "[4]"
# laid out right to left, the number of a left-to-right reference entry in a right-to-left
# list ("[4] A. Diallo ..." displayed "A. Diallo ... ]4[")
_RTL_BRACKETED_NUMBER = re.compile(r"(?<![^\s])\](\d+)\[(?![^\s])")


def _bracketed_numbers_rtl(line: str, levels: list[int]) -> list[int]:
    """In a line with no Arabic letter (a left-to-right entry of a right-to-left list), the
    brackets of a number displayed right to left (and the space between them and the text)
    are at the paragraph's level, its digits a number's: applied to the visual line, the weak
    rules would give the digits to the Latin text before them. (Beside Arabic text a
    bracketed number after a Latin name, ``AraBERTv2-base ]5[``, is that name's citation.)"""
    if charsets.ANY_ARABIC_RE.search(line):
        return levels
    for m in _RTL_BRACKETED_NUMBER.finditer(line):
        for k in (m.start(), m.end() - 1):
            levels[k] = 1
        for k in range(m.start(1), m.end(1)):
            levels[k] = 2
        k = m.start() - 1
        while k >= 0 and line[k].isspace():
            levels[k] = 1
            k -= 1
    return levels


def reorder(line: str, mirror: bool = False, start: str = "AL") -> str:
    """Rule L2 for a two-level line: reverse it and restore the LTR runs.

    Applied to a line in visual (left-to-right display) order it yields logical order, and
    the other way round. ``mirror`` also swaps brackets in RTL runs (rule L4); the repair
    stage leaves that to context, because extractors disagree on whether they mirror.
    """
    levels = _keep_trailing_separators(line, resolve_levels(line, start))
    levels = _bracketed_numbers_rtl(line, levels)
    ltr = [level == 2 for level in reversed(levels)]
    units: Sequence[str] = line[::-1]
    if mirror:  # rule L4 in the right-to-left runs
        units = [u if f else u.translate(MIRROR) for u, f in zip(units, ltr, strict=True)]
    return "".join(reverse_runs(units, ltr))


# --- PDF glyph lines ------------------------------------------------------------------------

# bidi classes grouped by the role they play when undoing the algorithm
_NUMBER_CLASSES = frozenset({"EN", "AN"})
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
    while k < end and classes[k] in _NUMBER_CLASSES:
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
    ltr = [c in ("L", *_NUMBER_CLASSES) for c in classes]
    # W4: a single common separator between digits
    for i in range(1, n - 1):
        if classes[i] in _NUMBER_GLUE:
            ltr[i] = classes[i - 1] in _NUMBER_CLASSES and classes[i + 1] in _NUMBER_CLASSES
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
        has_number = any(c in _NUMBER_CLASSES for c in classes[i:j])
        if any(c == "L" for c in classes[i:j]) or (i == 0 and after_ltr and has_number):
            strong = [k for k in range(i, j) if classes[k] == "L" or classes[k] in _NUMBER_CLASSES]
            lead_k = next(
                (k for k in range(i, j) if classes[k] != "WS" and units[k] not in ".،,؛"), i
            )
            if en_apart and classes[lead_k] in _NUMBER_CLASSES:
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
                while lead < j and (
                    classes[lead] in _NUMBER_CLASSES or classes[lead] in _NUMBER_GLUE
                ):
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
    if en_apart and joined and k >= 0 and classes[k] in _NUMBER_CLASSES:
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
        return reverse_runs(units, _rtl_levels(units), _fix_run_brackets)
    reversed_units = units[::-1]
    classes = [bidi_class(u) for u in reversed_units]
    levels = _ltr_levels(classes, reversed_units, after_ltr, lead_apart, digits_apart, en_apart)
    if mirrored:
        reversed_units = [
            u if ltr else unmirror(u) for u, ltr in zip(reversed_units, levels, strict=True)
        ]
    return reverse_runs(reversed_units, levels, _fix_run_brackets)


def _fix_run_brackets(run: list[str]) -> list[str]:
    """Brackets that close before they open inside a left-to-right run were drawn as a
    right-to-left island (LibreOffice does this for "Kaldor (2003: 78)"): swap them."""
    text = "".join(run)
    if not any(c in _OPENERS for c in text) or not any(c in _CLOSERS for c in text):
        return run
    if bracket_order_score(unmirror(text)) > bracket_order_score(text):
        return [unmirror(u) for u in run]
    return run


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
