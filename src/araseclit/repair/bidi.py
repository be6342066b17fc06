"""A small, inspectable subset of the Unicode bidi algorithm (UAX #9) for one RTL line.

Only what extracted Arabic lines need: one paragraph level (RTL, level 1), no explicit
embeddings (they are dropped before), strong Arabic at level 1, Latin and numbers at level 2.
:func:`resolve_levels` gives each character its level; :func:`runs` groups equal levels.
Reordering a line with these levels is its own inverse, which is what lets the repair stage
turn a line extracted in visual order back into logical order.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from araseclit import charsets

#: bidi classes that count as strong right-to-left
_RTL = frozenset({"R", "AL"})
#: weak and neutral classes that stay neutral after the W rules
_NEUTRAL = frozenset({"B", "S", "WS", "ON", "CS", "ES", "ET", "BN", "NSM"})

#: mirrored pairs (brackets and guillemets), the table :mod:`araseclit.ingest.bidi` uses too
MIRROR = charsets.MIRROR


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
    out = []
    for run in reversed(runs(line, levels)):
        if run.level == 2:
            out.append(run.text)
        else:
            text = run.text[::-1]
            out.append(text.translate(MIRROR) if mirror else text)
    return "".join(out)
