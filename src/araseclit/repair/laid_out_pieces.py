"""Pieces of vowelled visual lines in ``pdftotext -layout`` rows, put back by where they stand.

In fully vowelled text set in some fonts (LibreOffice's Noto Naskh and Thabit, XeLaTeX's
Amiri) stacked marks push glyphs above or below their line, and pdftotext cuts one visual
line into pieces, often inside a word, and gives them in an order that follows their height,
not the text (:mod:`.diacritics_pieces` reads the pieces of plain pdftotext, which keeps no
geometry, from the words alone). With ``-layout`` each piece is written at the column of its
left edge (spaces pad a row up to it), so the page is there to read::

    row 1:                    [C]                 [A]
    row 2:   [D]                      [B]
    reading order (right to left):  A B C D

The pieces of a block of rows (between blank rows) are grouped into visual lines, a row at a
time: a row starts a new visual line when one of its pieces stands where a piece of the
line so far already stands (two pieces of one visual line never overlap). The pieces of a
visual line are read from the right edge of the page to the left (by their columns, counted
as pdftotext counts them: bidi controls take none), and where two pieces meet they are
glued into one word or kept apart by a space, whichever the text model finds likelier
(:class:`.diacritics_pieces.Links`); two pieces whose columns are within
:data:`TOLERANCE` of each other are read in the order the model prefers. A column is where
pdftotext wrote the piece, which is where it stands unless the marks before it on its row
already filled the row past it (one space then parts them: the piece may stand up to those
marks further left, its ``slack``).

Whether a document's lines are cut at all is the document's (a latent state shared by its
blocks): only where most of its rows fall in visual lines of more than one row
(:data:`MIN_MULTI_ROW`); Chromium's rows are whole visual lines with a lifted letter beside
them. The pass runs through the guard, so a block read so stands only when the scorer finds
it likelier than its rows as they were read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from araseclit.charsets import ARABIC_MARK, BIDI_CONTROL_RE, DIGIT, LATIN_LETTER
from araseclit.document import Line
from araseclit.repair.chars import tidy_spacing
from araseclit.repair.diacritics_pieces import MIN_VOWELLED, Links, glue_pieces, vowelled_share
from araseclit.repair.readings import leave

#: columns two pieces of one visual line may share (a column estimate is off by a letter
#: or two where marks are drawn over the letters they follow)
TOLERANCE = 2
#: share of a document's non-blank rows placed by column (two pieces or more, or padded to
#: their first) from which it is read as laid out by ``pdftotext -layout``
MIN_LAID_OUT = 0.3
#: rows a document needs before that share is evidence
MIN_ROWS = 10
#: letters either side of the one under a marks-only piece's column it may be given to
MARK_REACH = 2
#: share of a document's rows in visual lines of more than one row from which its lines are
#: read as cut into pieces (a latent state shared by its blocks): the vowelled renditions of
#: corpora/clean, calibration and heldout4 whose lines pdftotext cuts read 0.93-0.98, those
#: it keeps whole (Chromium, Scheherazade: a lifted letter or mark beside a whole row)
#: 0.14-0.48
MIN_MULTI_ROW = 0.7

# where pdftotext -layout parts two pieces of a row: a run of spaces, or one embedding
# closed and the next opened (with a space between them or none)
_SEP = re.compile(r" {2,}|(?<=\u202c) ?(?=\u202b)")
_MARK = re.compile(f"[{ARABIC_MARK}]")
_MARKS_ONLY = re.compile(f"^[{ARABIC_MARK}\\s]+$")
_LEFT_TO_RIGHT = re.compile(f"[{DIGIT}{LATIN_LETTER}]")

Score = Callable[[str], float]
Read = Callable[[str], str]


@dataclass
class Piece:
    """One piece of a row: its row, the columns of its left edge and of its width (letters
    and spaces; marks are drawn over letters and take no column), and its text."""

    row: int
    start: int
    width: int
    raw: str
    #: columns the piece may stand left of ``start``: pdftotext writes a piece one space
    #: after the row so far where the marks before it already filled the row past its column
    slack: int = 0

    @property
    def end(self) -> int:
        return self.start + self.width


def row_pieces(raw: str) -> list[tuple[int, str]]:
    """The pieces of one ``-layout`` row: (column of the left edge, raw text), bidi controls
    counted as no column: ``"\u202bاف\u202c      \u202bالر\u202c"`` -> ``[(0, ...), (8, ...)]``."""
    return [(len(BIDI_CONTROL_RE.sub("", raw[:at])), text) for at, text in _row_spans(raw)]


def _width(text: str) -> int:
    return len(_MARK.sub("", BIDI_CONTROL_RE.sub("", text)))


def laid_out(raws: list[str]) -> bool:
    """Enough of the rows are placed by column (see :data:`MIN_LAID_OUT`)."""
    rows = [r for r in raws if r.strip(" \f")]
    if len(rows) < MIN_ROWS:
        return False
    placed = sum(1 for r in rows if r.startswith("  ") or len(row_pieces(r)) > 1)
    return placed >= MIN_LAID_OUT * len(rows)


def visual_lines(pieces: list[Piece]) -> list[list[Piece]]:
    """The pieces of a block grouped into visual lines, a row at a time (see the module
    docstring); marks-only pieces join the line of their row and never start one."""
    lines: list[list[Piece]] = []
    rows: dict[int, list[Piece]] = {}
    for p in pieces:
        rows.setdefault(p.row, []).append(p)
    for row in sorted(rows):
        own = rows[row]
        letters = [p for p in own if not _MARKS_ONLY.match(p.raw)]
        if not lines:
            lines.append(list(own))
            continue
        placed = [q for q in lines[-1] if not _MARKS_ONLY.match(q.raw)]
        clash = any(_overlap(p, q) > TOLERANCE for p in letters for q in placed)
        if clash and letters:
            lines.append(list(own))
        else:
            lines[-1].extend(own)
    return lines


def _overlap(p: Piece, q: Piece) -> int:
    """The columns two pieces share wherever in their slack they stand (the least of it)."""
    return min(
        min(p.end - a, q.end - b) - max(p.start - a, q.start - b)
        for a in {0, p.slack}
        for b in {0, q.slack}
    )


def _order(line: list[Piece], index: dict[int, int], links: Links) -> list[Piece]:
    """A visual line's pieces from right to left; neighbours whose columns lie within
    :data:`TOLERANCE` swapped where the text model reads them better so."""
    out = sorted(line, key=lambda p: (-p.start, -p.row))
    changed = True
    while changed:
        changed = False
        for k in range(len(out) - 1):
            a, b = out[k], out[k + 1]
            if a.start - b.start > TOLERANCE + a.slack:
                continue
            seq = [out[k - 1]] if k > 0 else []
            after = [out[k + 2]] if k + 2 < len(out) else []
            now = [index[id(p)] for p in [*seq, a, b, *after]]
            swap = [index[id(p)] for p in [*seq, b, a, *after]]
            if links.value(tuple(swap)) > links.value(tuple(now)):
                out[k], out[k + 1] = b, a
                changed = True
    return out


def _place_marks(line: list[Piece], index: dict[int, int], texts: list[str]) -> set[int]:
    """Marks-only pieces of a visual line (stacked marks a font drew apart) given to the
    letter under them: the letter of the piece they stand over at their column, or one of
    its neighbours (up to :data:`MARK_REACH` letters off) where the marks break fewer of
    the orthography's rules there (:func:`.mark_order.violations`: two vowels on one
    letter...). Marks that break more rules on every letter than they do apart stay a
    piece. Returns the pieces placed; ``texts`` (the readings) take their marks."""
    from araseclit.repair.mark_order import violations

    placed: set[int] = set()
    hosts = [p for p in line if not _MARKS_ONLY.match(p.raw)]
    for m in line:
        if not _MARKS_ONLY.match(m.raw):
            continue
        under = [p for p in hosts if p.start - p.slack - TOLERANCE <= m.start < p.end]
        if not under:
            continue
        host = min(under, key=lambda p: abs(p.start - m.start))
        at = index[id(host)]
        k = min(host.end - 1 - m.start, host.width - 1)
        chars = [ch for ch in host.raw if not _MARK.match(ch)]
        target = sum(1 for ch in chars[: max(k, 0) + 1] if not ch.isspace())
        marks = "".join(m.raw.split())
        text = texts[at]
        spots = [j for j, ch in enumerate(text) if not ch.isspace() and not _MARK.match(ch)]
        if not spots:
            continue
        alone = violations(text) + violations(marks)
        best: tuple[int, int, str] | None = None
        for letter in range(max(1, target - MARK_REACH), target + MARK_REACH + 1):
            if letter > len(spots):
                break
            j = spots[letter - 1] + 1
            while j < len(text) and _MARK.match(text[j]):
                j += 1
            candidate = text[:j] + marks + text[j:]
            key = (violations(candidate), abs(letter - target))
            if best is None or key < best[:2]:
                best = (*key, candidate)
        if best is not None and best[0] <= alone - 1:
            texts[at] = best[2]
            placed.add(id(m))
    return placed


def read_block(pieces: list[Piece], texts: list[str], score: Score) -> list[str]:
    """The visual lines of a block as text: its pieces (``texts``: their readings, in the
    order of ``pieces``) in reading order, glued where the model reads one word."""
    links = Links(texts, score)
    index = {id(p): k for k, p in enumerate(pieces)}
    out: list[str] = []
    texts = list(texts)
    for line in visual_lines(pieces):
        placed = _place_marks(line, index, texts)
        line = [p for p in line if id(p) not in placed]
        order = [index[id(p)] for p in _order(line, index, links)]
        words: list[str] = []
        for k, at in enumerate(order):
            text = texts[at]
            glued = k > 0 and links.get(order[k - 1], at)[1] == ""
            if words and (glued or _MARK.match(text)):
                words[-1] = glue_pieces(words[-1], text)
            else:
                words.append(text)
        out.append(" ".join(words))
    return out


def restore_laid_out_pieces(
    lines: list[Line],
    texts: list[str],
    read: Read,
    score: Score | None = None,
    stands: Read = leave,
) -> int:
    """In a vowelled document laid out by ``pdftotext -layout``, each block of rows read
    again from where its pieces stand (see the module docstring): its visual lines on its
    first rows, the rows left over blank. ``texts`` are the raw rows by line number as
    repair read them (marks put after their letters, words rejoined), ``read`` reads one
    raw piece under the document's order, ``stands`` gives one as it stands (normalised as
    the config says). Returns the rows changed."""
    if vowelled_share([ln.text for ln in lines]) < MIN_VOWELLED:
        return 0
    if not laid_out([ln.raw or "" for ln in lines]):
        return 0
    if score is None:
        from araseclit.textmodel.scorer import default_scorer

        score = default_scorer().score
    blocks: list[list[int]] = [[]]
    for i, ln in enumerate(lines):
        if ln.kind == "body" and (ln.raw or "").strip(" \f"):
            blocks[-1].append(i)
        elif blocks[-1]:
            blocks.append([])
    found = [
        b for b in (_block_pieces(lines, b, texts, read, stands) for b in blocks if len(b) > 1) if b
    ]
    rows = multi = 0
    for _, pieces, _ in found:
        for line in visual_lines(pieces):
            n = len({p.row for p in line})
            rows, multi = rows + n, multi + (n if n > 1 else 0)
    if not rows or multi < MIN_MULTI_ROW * rows:
        return 0  # the document's visual lines are whole rows: nothing to put back
    changed = 0
    for block, pieces, readings in found:
        changed += _restore_block(lines, block, pieces, readings, score)
    return changed


def _reading(text: str, read: Read, stands: Read = leave) -> str:
    """A piece read: in its embedding as the document's order reads it; with its controls
    stripped, as pdftotext wrote it (in reading order: read in a scrambled order, its words
    would be turned round), a comma typed against the next word put back, but for a run of
    digits or Latin letters, whose order is the document order's to undo."""
    if BIDI_CONTROL_RE.search(text) or _LEFT_TO_RIGHT.search(text):
        return read(text).strip()
    return tidy_spacing(stands(text))


def _block_pieces(
    lines: list[Line], block: list[int], texts: list[str], read: Read, stands: Read = leave
) -> tuple[list[int], list[Piece], list[str]] | None:
    """The pieces of a block of rows and their readings, or None when a row as repair read
    it does not hold the characters of its source. The pieces are those of the rows as
    repair read them (a mark moved onto the first letter of the next piece leaves none of
    its own; words rejoined inside a piece), each placed at the columns its characters had
    in the source row (reading moves marks and drops spaces, never another character)."""
    pieces: list[Piece] = []
    readings: list[str] = []
    for i in block:
        ln = lines[i]
        source = ln.raw or ""
        row = texts[ln.line - 1] if 0 < ln.line <= len(texts) else ""
        at = [k for k, ch in enumerate(source) if not ch.isspace()]
        if sum(1 for ch in row if not ch.isspace()) != len(at):
            return None
        for offset, text in _row_spans(row):
            n = sum(1 for ch in row[:offset] if not ch.isspace())
            m = sum(1 for ch in text if not ch.isspace())
            start, end = at[n], at[n + m - 1] + 1
            reading = _reading(text, read, stands)
            if reading:
                before = BIDI_CONTROL_RE.sub("", source[:start])
                raw = BIDI_CONTROL_RE.sub("", source[start:end])
                gap = len(before) - len(before.rstrip(" "))
                slack = len(_MARK.findall(before)) if before.strip() and gap < 2 else 0
                pieces.append(Piece(i, len(before), _width(raw), raw, slack))
                readings.append(reading)
    return (block, pieces, readings) if len(pieces) > 1 else None


def _row_spans(row: str) -> list[tuple[int, str]]:
    """The pieces of a row (see :func:`row_pieces`) with their offsets in it."""
    out: list[tuple[int, str]] = []
    cur = 0
    for m in [*_SEP.finditer(row), None]:
        end = m.start() if m is not None else len(row)
        seg = row[cur:end]
        text = seg.strip(" \f")
        if text:
            out.append((cur + len(seg) - len(seg.lstrip(" \f")), text))
        if m is not None:
            cur = m.end()
    return out


def _restore_block(
    lines: list[Line], block: list[int], pieces: list[Piece], readings: list[str], score: Score
) -> int:
    if all(len({p.row for p in v}) == 1 for v in visual_lines(pieces)):
        return 0  # every visual line one row: the rows read as they are
    new = read_block(pieces, readings, score)
    changed = 0
    for k, i in enumerate(block):
        text = new[k] if k < len(new) else ""
        if k == len(block) - 1 and len(new) > len(block):
            text = " ".join([text, *new[k + 1 :]])
        if text != lines[i].text.strip():
            lines[i].text, lines[i].changed = text, True
            changed += 1
    return changed
