"""Forward operations of the damage extractors do to fully vowelled Arabic text.

:func:`cut_vowelled_lines` is what pdftotext does to vowelled lines set by LibreOffice or
XeLaTeX (Amiri): a glyph carrying stacked marks reaches above the line, so the visual line
is read as several text lines, cut anywhere (inside words too), and given end first. The
inverse is :mod:`araseclit.repair.diacritics_pieces`. The other vowelled damage has its
forward operation beside its inverse: :func:`araseclit.repair.diacritics_marks.shift_marks`
(marks on the wrong letter, spaces moved) and
:func:`araseclit.repair.diacritics_lifted.lift_marks` (marks lifted onto a line of their own).

:func:`misplace_marks` is what every extractor does to some marks of vowelled text: a mark
drawn over the join of two letters is given with the neighbouring letter, the marks nearest
it in the stream (a letter's last marks go to the letter after it, its first marks to the
letter before it), inside the word. The inverse is :mod:`araseclit.repair.mark_spelling`.
"""

from __future__ import annotations

import random
import re

from araseclit.charsets import ARABIC_LETTER, ARABIC_MARK

__all__ = ["cut_vowelled_lines", "misplace_marks"]

# a letter and the marks it carries: where a cut may fall after ("كَ", "تَّ")
_CLUSTER = re.compile(f"[{ARABIC_LETTER}][{ARABIC_MARK}]*")
_RLE, _PDF = "\u202b", "\u202c"
# an Arabic word, marks included
_WORD = re.compile(f"[{ARABIC_LETTER}{ARABIC_MARK}]+")


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


def _misplace(word: str, rng: random.Random) -> str:
    clusters = _CLUSTER.findall(word)
    if "".join(clusters) != word:
        return word  # marks before the first letter: left as they are
    marked = [k for k, c in enumerate(clusters) if len(c) > 1]
    if len(clusters) < 2 or not marked:
        return word
    k = rng.choice(marked)
    letter, marks = clusters[k][0], clusters[k][1:]
    forward = k + 1 < len(clusters) and (k == 0 or rng.random() < 0.5)
    cut = rng.randint(1, len(marks))
    if forward:  # its last marks onto the letter after it
        clusters[k] = letter + marks[: len(marks) - cut]
        clusters[k + 1] = clusters[k + 1][0] + marks[len(marks) - cut :] + clusters[k + 1][1:]
    else:  # its first marks onto the letter before it
        clusters[k] = letter + marks[cut:]
        clusters[k - 1] += marks[:cut]
    return "".join(clusters)


def misplace_marks(text: str, rate: float = 0.3, seed: int = 0) -> str:
    """Clean vowelled ``text`` with, in about ``rate`` of its words, the marks of one
    letter given with its neighbour inside the word (see the module docstring):
    ``فَكَانَتْ`` -> ``فَكَانَْت``, ``جِدًّا`` -> ``جًِّدا``. Letters and spaces are left."""
    rng = random.Random(seed)

    def one(m: re.Match[str]) -> str:
        return _misplace(m.group(), rng) if rng.random() < rate else m.group()

    return _WORD.sub(one, text)
