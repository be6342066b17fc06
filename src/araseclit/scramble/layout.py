"""Lay clean text out as a PDF would: paragraphs -> wrapped lines with bidi levels -> pages.

The bidi levels of a line come from its whole paragraph (a word processor resolves the
Unicode bidi algorithm per paragraph and breaks lines afterwards, so ``Al-`` ending a line
stays left to right when ``Marashi`` starts the next one). Levels are resolved with
python-bidi's reference implementation (``bidi.algorithm``, rules W1-W7, N1-N2, I1-I2).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from bidi import algorithm as uba

#: bidi classes rule X9 removes
_IGNORED = frozenset({"BN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"})


@dataclass(frozen=True)
class LaidLine:
    """One wrapped line: its logical text, each character's bidi level, its paragraph."""

    text: str
    levels: tuple[int, ...]
    paragraph: int


def paragraph_levels(paragraph: str) -> list[int]:
    """Resolved embedding level of every character of ``paragraph`` in an RTL paragraph."""
    storage = uba.get_empty_storage()
    storage["base_level"], storage["base_dir"] = 1, "R"
    # the reference implementation drops what it ignores (rule X9: controls, zero widths);
    # a neutral stand-in keeps one level per character
    kept = "".join("*" if unicodedata.bidirectional(c) in _IGNORED else c for c in paragraph)
    uba.get_embedding_levels(kept, storage)
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    return [ch["level"] for ch in storage["chars"]]


def line_levels(text: str, levels: list[int] | tuple[int, ...]) -> list[int]:
    """Rule L1 for one line: white space at its end takes the paragraph level."""
    out = list(levels)
    i = len(text) - 1
    while i >= 0 and text[i].isspace():
        out[i] = 1
        i -= 1
    return out


def display(text: str, levels: list[int] | tuple[int, ...]) -> str:
    """Rule L2: the line in visual (left-to-right display) order, brackets not mirrored."""
    chars = list(text)
    lv = line_levels(text, levels)
    if not chars:
        return ""
    for level in range(max(lv), 0, -1):
        i = 0
        while i < len(chars):
            if lv[i] >= level:
                j = i
                while j < len(chars) and lv[j] >= level:
                    j += 1
                chars[i:j] = chars[i:j][::-1]
                lv[i:j] = lv[i:j][::-1]
                i = j
            else:
                i += 1
    return "".join(chars)


def wrap(paragraphs: list[str], width: int) -> list[LaidLine]:
    """Break each paragraph at spaces into lines of at most ``width`` characters."""
    out: list[LaidLine] = []
    for p_index, paragraph in enumerate(paragraphs):
        levels = paragraph_levels(paragraph)
        start = 0
        n = len(paragraph)
        while start < n:
            end = min(n, start + width)
            if end < n:
                cut = paragraph.rfind(" ", start + 1, end + 1)
                end = cut if cut > start else end
            text = paragraph[start:end]
            out.append(LaidLine(text, tuple(levels[start:end]), p_index))
            start = end + 1 if end < n and paragraph[end : end + 1] == " " else end
    return out


@dataclass(frozen=True)
class PageStyle:
    """A running head on top of each page and a page number at its foot."""

    lines_per_page: int = 38
    header: str = ""
    number_first: int = 1


def paginate(lines: list[str], style: PageStyle, blank_between: bool = True) -> list[str]:
    """Lines with a running head before and a page number after every page (form feeds
    between pages), the way pdftotext prints a paginated document."""
    out: list[str] = []
    for k in range(0, len(lines), style.lines_per_page):
        page = k // style.lines_per_page
        if style.header:
            out += [style.header, ""] if blank_between else [style.header]
        out += lines[k : k + style.lines_per_page]
        out += (
            ["", str(style.number_first + page)]
            if blank_between
            else [str(style.number_first + page)]
        )
        out[-1] += "\f"
    return out


def pick_width(rng: random.Random) -> int:
    """A line width in characters, as justified A4 pages of 11-14 pt Arabic give."""
    return rng.randint(70, 110)


#: letters that never join the letter after them: no kashida stretches a word after them
_NOT_JOINING_NEXT = frozenset(
    "\u0621\u0622\u0623\u0624\u0625\u0627\u0629\u062f\u0630\u0631\u0632\u0648\u0671"
)
#: a line ended by a line break in a justified paragraph (the last line of each paragraph as
#: :func:`wrap` lays text out) shorter than this share of the width is stretched by
#: LibreOffice to the full width, with gaps wide enough for pdftotext to cut at
STRETCHED = 0.8
#: the share of its words a stretched line is cut in, for each point of width it is short of
#: (LibreOffice stretches a word at one kashida place at most; in Thabit, lines at 0.55 to
#: 0.65 of the width have nearly every word cut once: corpora/calibration's by-law, its
#: items "-1 أن يكون ..." in six pieces, and heldout9's distribution sheet)
CUT_WORDS_PER_SHORT = 2.5


def _joins(a: str, b: str) -> bool:
    """``a`` and ``b`` two letters of one word joined by a stroke a kashida may lengthen."""
    return (
        "\u0620" <= a <= "\u064a"
        and "\u0620" <= b <= "\u064a"
        and a not in _NOT_JOINING_NEXT
        and a != "\u0640"
    )


def cut_justified_line(line: LaidLine, width: int, rng: random.Random) -> list[LaidLine]:
    """A line ended by a line break, ``line``, as plain pdftotext gives it when LibreOffice
    justified it to the full ``width`` (see :data:`STRETCHED`): cut at the gaps the
    justification opened inside words, where a kashida could go (between two joined letters, one place in a word
    of three letters or more, in a share of the words that grows with how short the line
    is), into pieces given end first, each a text line of its own; the inverse is
    :mod:`araseclit.repair.justified_pieces`. A line near the width stays whole.

    >>> cut = cut_justified_line(LaidLine("تستلم الأسرة مرة", (1,) * 16, 0), 40, random.Random(1))
    >>> " | ".join(p.text for p in cut)
    'رة | رة م | ستلم الأس | ت'
    """
    text = line.text
    short = 1 - len(text) / width
    if short < 1 - STRETCHED:
        return [line]
    share = min(1.0, short * CUT_WORDS_PER_SHORT)
    cuts = []
    for word in re.finditer(r"\S+", text):
        places = [i for i in range(word.start() + 1, word.end()) if _joins(text[i - 1], text[i])]
        if word.end() - word.start() >= 3 and places and rng.random() < share:
            cuts.append(rng.choice(places))
    pieces = []
    for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True):
        while a < b and text[a] == " ":  # pdftotext trims its lines
            a += 1
        while b > a and text[b - 1] == " ":
            b -= 1
        pieces.append(LaidLine(text[a:b], line.levels[a:b], line.paragraph))
    return pieces[::-1]
