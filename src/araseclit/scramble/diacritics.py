"""Forward operations of the damage extractors do to fully vowelled Arabic text.

:func:`cut_vowelled_lines` is what pdftotext does to vowelled lines set by LibreOffice or
XeLaTeX (Amiri): a glyph carrying stacked marks reaches above the line, so the visual line
is read as several text lines, cut anywhere (inside words too), and given end first. The
inverse is :mod:`araseclit.repair.diacritics_pieces`. The other vowelled damage has its
forward operation beside its inverse: :func:`araseclit.repair.diacritics_marks.shift_marks`
(marks on the wrong letter, spaces moved) and
:func:`araseclit.repair.diacritics_lifted.lift_marks` (marks lifted onto a line of their own).
"""

from __future__ import annotations

import random
import re

from araseclit.charsets import ARABIC_LETTER, ARABIC_MARK

__all__ = ["cut_vowelled_lines"]

# a letter and the marks it carries: where a cut may fall after ("كَ", "تَّ")
_CLUSTER = re.compile(f"[{ARABIC_LETTER}][{ARABIC_MARK}]*")
_RLE, _PDF = "\u202b", "\u202c"


def _cut(line: str, pieces: int, rng: random.Random) -> list[str]:
    """``line`` cut at ``pieces - 1`` places chosen at random among those a stacked mark
    makes: between a letter and its marks, or after them (a cut beside a space drops the
    space, as pdftotext trims its lines)."""
    ends = [
        rng.choice((m.start() + 1, m.end())) if m.end() > m.start() + 1 else m.end()
        for m in _CLUSTER.finditer(line)
    ]
    ends = sorted({e for e in ends if 0 < e < len(line)})
    if len(ends) < pieces - 1:
        return [line]
    cuts = sorted(rng.sample(ends, pieces - 1))
    out = [line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
    return [p for p in out if p]


def cut_vowelled_lines(
    lines: list[str],
    rate: float = 1.0,
    pieces: tuple[int, int] = (2, 4),
    seed: int = 0,
    wrapped: bool = True,
) -> list[str]:
    """Clean visual ``lines`` as pdftotext gives them from a font whose stacked marks reach
    out of the line: in about ``rate`` of the lines, the line is cut into ``pieces`` (a
    range) stretches, given last first; with ``wrapped``, every line in pdftotext's
    right-to-left embedding."""
    rng = random.Random(seed)
    out: list[str] = []
    for line in lines:
        parts = [line]
        if line.strip() and rng.random() < rate:
            parts = _cut(line, rng.randint(*pieces), rng)[::-1]
        out += [f"{_RLE}{p}{_PDF}" if wrapped and p else p for p in parts]
    return out
