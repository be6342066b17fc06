"""A line cut at its tanween words in ``pdftotext -layout`` output, read again by position.

With fonts that draw the tanween fath high above its letter (Noto Naskh and Noto Sans
Arabic through LibreOffice), pdftotext reads the mark as a line of its own and cuts the
visual line before the word that carried it (:mod:`.lifted_tanween`). With ``-layout``
every piece keeps its column: the pieces come on separate rows, or as separate runs of one
row, that tile the line without overlapping, so they are read right to left by position,
and every lone mark goes to the piece whose first word stands under it
(:func:`restore_laid_out_lines`). Without pdftotext's controls, two pieces a space apart
on one row are told apart by the mark above them (:func:`_split_under_marks`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from araseclit.charsets import ARABIC_LETTER, ARABIC_MARK
from araseclit.document import Line
from araseclit.repair.lifted_tanween import (
    BARE_WORD,
    DISPLACED_FINAL_MARK,
    FULL_LINE_QUANTILE,
    PIECE_SHARE,
    TANWEEN_FATH,
    kashida_glyphs,
    only_marks,
    with_tanween,
)

#: pieces of one visual line may overlap by this many columns (pdftotext rounds positions,
#: and a mark left in a piece widens it)
OVERLAP = 4
#: and lie this many columns apart at most (pdftotext -layout's own rows, whose columns
#: are its positions: its pieces of one line of Thabit lie up to 4 apart)
GAP = 3
LAID_OUT_GAP = 5


@dataclass
class _Group:
    """A run pdftotext -layout wrapped in one embedding, with the columns it covers."""

    row: int
    start: int
    end: int
    raw: str
    mark: bool = False
    text: str = ""
    #: a lone mark other than tanween fath (shadda, a vowel) the font drew high above its
    #: letter: put back on the letter under it (:func:`_place_marks`)
    other: str = ""


def _groups(row: int, raw: str, glyphs: str = "", others: bool = True) -> list[_Group]:
    """The embedding runs of a laid-out line (columns count every character but controls)."""
    out: list[_Group] = []
    depth = col = begin = first = 0
    for k, c in enumerate(raw):
        if c in "\u202a\u202b":
            if depth == 0:
                begin, first = k, col
            depth += 1
        elif c == "\u202c" and depth:
            depth -= 1
            if depth == 0:
                run = raw[begin : k + 1]
                other = _other_marks(run, glyphs) if others else ""
                out.append(_Group(row, first, col, run, only_marks(run, glyphs) or bool(other)))
                out[-1].other = other
        elif c != "\f":
            col += 1
    return out


# a stretch of text between spaces, with its column: "كل إنسان" -> "كل", "إنسان"
_TOKEN = re.compile(r"[^\s\f]+")
# a gap of two spaces or more before Arabic: pdftotext -layout pads the columns between two
# pieces of a line so, after an Arabic word, or after a piece that ends in a number, a Latin
# word or punctuation ("purposive  بطريقة", "2020.  واعتمدت"); a number or Latin run inside a
# piece leaves its own double spaces before it, where its embedding began ("لسنة  :2023"),
# never before an Arabic letter. On the development renditions' -layout rows stripped, the
# gaps after a piece that ends in neither Arabic nor a mark fall where an embedding ended at
# 1,659 of 1,775 (clean, heldout2-10); the rest follow a slash ("Name /  الاسم", a
# bilingual form's label: 77 of 140) or a number (39 of 432). Not after a slash, nor after a
# vowelled word: the verses of a vowelled quotation, cut at their marks, are
# :mod:`.diacritics_pieces`'s, and read as one piece there
_WIDE_GAP_ENDS = re.compile(f"[{ARABIC_LETTER}{ARABIC_MARK}]")
_NO_GAP_AFTER = re.compile(f"[/\ufd3e\ufd3f]$|[{ARABIC_MARK}]")


def _stripped_groups(row: int, raw: str, glyphs: str = "", others: bool = True) -> list[_Group]:
    """The pieces of a laid-out line whose bidi controls were stripped, where its embedding
    runs were: a lone mark is a piece; otherwise a piece ends at a wide gap between Arabic
    words.
    Columns are the controls version's (controls take no column)."""
    out: list[_Group] = []
    text = raw.replace("\f", "")
    prev: re.Match[str] | None = None
    for tok in _TOKEN.finditer(text):
        # a lone mark set off by a wide gap; one a space from the words either side of it
        # is a detached mark of its piece ("عاصمة ً لمملكة")
        other = _other_marks(tok.group(), glyphs) if others else ""
        mark = (only_marks(tok.group(), glyphs) or bool(other)) and (
            tok.start() - (prev.end() if prev else 0) >= 2
            or text[tok.end() : tok.end() + 2] == "  "
        )
        starts = (
            prev is None
            or mark
            or out[-1].mark
            or (
                tok.start() - prev.end() >= 2
                and bool(_WIDE_GAP_ENDS.match(tok.group()[0]))
                and (
                    bool(_WIDE_GAP_ENDS.match(prev.group()[-1]))
                    or not _NO_GAP_AFTER.search(prev.group())
                )
            )
        )
        if starts:
            out.append(_Group(row, tok.start(), tok.end(), tok.group(), mark))
            out[-1].other = other if mark else ""
        else:
            last = out[-1]
            last.end, last.raw = tok.end(), text[last.start : tok.end()]
        prev = tok
    return out


# the marks a font may draw high enough above their letter for pdftotext to lift them out of
# their line, tanween fath aside (:mod:`.lifted_tanween`): shadda, the short vowels, sukun
_OTHER_MARKS = re.compile(r"^[\u064c-\u0652]{1,2}$")
#: letters that carry none of them in undiacritised text (a vowel on alef is the hamza's)
_NO_CARRIER = "\u0627\u0622\u0649"
#: how many columns from the one under it a mark's letter may be (pdftotext rounds, and a
#: mark is drawn over the middle of a wide letter)
MARK_REACH = 2
_LETTER = re.compile(f"[{ARABIC_LETTER}]")


#: marks per Arabic letter from which a document is vowelled throughout (about 0.8 in the
#: vowelled renditions, 0.05 at most in the others of corpora/clean and heldout2-6)
VOWELLED_MARKS = 0.3
_MARK = re.compile(f"[{ARABIC_MARK}]")


#: share of rows pdftotext -layout pads to their column (a third or more in its output of
#: every rendition; pdfplumber and pypdfium2 pad none)
PADDED_SHARE = 0.1
_PADDED = re.compile(r"^[\f]?  +\S")


def _padded_share(lines: list[Line]) -> float:
    """Share of the non-blank raw lines that open with two spaces or more."""
    raws = [ln.raw for ln in lines if ln.raw and ln.raw.strip()]
    return sum(bool(_PADDED.match(r)) for r in raws) / len(raws) if raws else 0.0


def _marks_per_letter(lines: list[Line]) -> float:
    """Marks per Arabic letter in the raw lines."""
    raws = [ln.raw or "" for ln in lines]
    letters = sum(len(_LETTER.findall(r)) for r in raws)
    return sum(len(_MARK.findall(r)) for r in raws) / letters if letters else 0.0


def _other_marks(text: str, glyphs: str = "") -> str:
    """The marks ``text`` holds when it is one lone mark (or a shadda with its vowel) other
    than tanween fath, once controls, spaces and the document's kashida glyphs are gone."""
    text = re.sub(r"[\s\u202a-\u202e]", "", text)
    if glyphs:
        text = text.translate({ord(g): None for g in glyphs})
    return text if _OTHER_MARKS.match(text) and "\u064b" not in text else ""


def _other_target(
    mark: _Group, rows: dict[int, list[_Group]], lines: list[Line]
) -> tuple[_Group, str, list[int]] | None:
    """Where a lone mark other than tanween fath may go: (the piece, its raw text, the
    indices of the letters in it that may carry the mark), or None. pdftotext cuts the line
    before the word whose mark it lifts, so the letter is in the first word of a piece on a
    row near the mark's that covers its column (or ends just before it). A piece's first
    letter is drawn at its right end, so column ``c`` of a piece ``start..end`` shows its
    character ``end - 1 - c``; the letters at most :data:`MARK_REACH` from that one that can
    carry the mark are candidates, nearest first (columns are rounded, and letters are not
    one column wide)."""
    for r in sorted(range(mark.row - 2, mark.row + 3), key=lambda r: abs(r - mark.row)):
        if r not in rows or lines[r].page != lines[mark.row].page:
            continue
        for g in rows[r]:
            if g.mark or not g.start <= mark.start <= g.end + MARK_REACH:
                continue
            raw = re.sub(r"[\u202a-\u202e]", "", g.raw)
            first = len(raw) - len(raw.lstrip()) + len(raw.split()[0]) if raw.strip() else 0
            k = min(max(g.end - 1 - mark.start, 0), len(raw) - 1)
            # (nor a conjunction opening a longer word: "وأُصدرت", not "وُأصدرت")
            proclitic = raw[:1] in ("\u0648", "\u0641") and first > 2
            near = [
                j
                for j in sorted(range(k - MARK_REACH, k + MARK_REACH + 1), key=lambda j: abs(j - k))
                if 0 <= j < first
                and _LETTER.match(raw[j])
                and raw[j] not in _NO_CARRIER
                and not (j == 0 and proclitic)
            ]
            if near:
                return g, raw, near
    return None


def _place_other(mark: _Group, rows: dict[int, list[_Group]], lines: list[Line]) -> _Group | None:
    """Put a lone mark other than tanween fath back on its letter (:func:`_other_target`)
    in the piece's reading, found by counting letters (a reading keeps the letters of a
    right-to-left piece in their order): the candidate nearest its column. Returns the piece
    it went to, or None."""
    found = _other_target(mark, rows, lines)
    if found is None:
        return None
    g, raw, near = found
    for j in near:
        fixed = _put_mark(g.text, raw, j, mark.other)
        if fixed is not None:
            g.text = fixed
            return g
    return None


def _put_mark(text: str, raw: str, j: int, marks: str) -> str | None:
    """``text`` (the reading of ``raw``) with ``marks`` after the letter that is ``raw[j]``
    (the same count of letters in), or None when the reading's letters are not the raw's."""
    n = len(_LETTER.findall(raw[: j + 1]))
    found = list(_LETTER.finditer(text))
    if len(found) != len(_LETTER.findall(raw)) or n == 0 or found[n - 1].group() != raw[j]:
        return None
    at = found[n - 1].end()
    while at < len(text) and re.match(f"[{ARABIC_MARK}]", text[at]):
        at += 1
    if all(m in text[found[n - 1].end() : at] for m in marks):
        return text  # (an earlier pass put it there from the mark's line)
    return text[:at] + marks + text[at:]


def _between_runs(raw: str, stripped: bool = False) -> str:
    """What a laid-out line holds outside its embedding runs (nothing, in a line whose
    controls were stripped: its pieces are all its text)."""
    if stripped:
        return ""
    for g in _groups(0, raw):
        raw = raw.replace(g.raw, " ", 1)
    return raw


def _contiguous(spans: list[tuple[int, int]], gap: int = GAP) -> bool:
    """Column spans that tile one stretch of a line: no real overlap, no wide gap."""
    spans = sorted(spans)
    return all(b[0] >= a[1] - OVERLAP and b[0] <= a[1] + gap for a, b in itertools.pairwise(spans))


def _full_width(rows: dict[int, list[_Group]]) -> float:
    """How many columns the text of a full row covers (a high quantile over the rows)."""
    widths = sorted(w for gs in rows.values() if (w := _covered(gs)))
    return float(widths[int(FULL_LINE_QUANTILE * len(widths))]) if widths else 0.0


def _covered(groups: list[_Group]) -> int:
    """The columns a row's text pieces cover."""
    return sum(g.end - g.start for g in groups if not g.mark)


def _beside_full_row(a: list[_Group], b: list[_Group], full: float) -> bool:
    """One of two rows covers a full line and the other is more than single words (the
    words a cut line loses are pieces of that line; a longer text is another line)."""
    for one, other in ((a, b), (b, a)):
        if _covered(one) >= full and any(" " in g.text.strip() for g in other if not g.mark):
            return True
    return False


def _visual_lines(
    lines: list[Line], rows: dict[int, list[_Group]], gap: int = GAP
) -> list[list[int]]:
    """Runs of consecutive rows whose text pieces tile one visual line (mark rows between
    them pass); a blank row or a page break ends a run, and so does a row of more than single
    words beside one whose text covers a full line (it is the next visual line)."""
    full = PIECE_SHARE * _full_width(rows)
    runs: list[list[int]] = []
    run: list[int] = []
    spans: list[tuple[int, int]] = []
    for i, ln in enumerate(lines):
        texts = [g for g in rows.get(i, []) if not g.mark]
        if not texts:
            if not ln.raw or not ln.raw.strip():  # a blank row; a mark row passes
                run, spans = [], []
            continue
        new = [(g.start, g.end) for g in texts]
        whole = bool(run) and _beside_full_row(rows[run[-1]], rows[i], full)
        if run and lines[run[-1]].page == ln.page and not whole and _contiguous(spans + new, gap):
            run.append(i)
            spans += new
        else:
            run, spans = [i], new
            runs.append(run)
    return [r for r in runs if sum(len([g for g in rows[i] if not g.mark]) for i in r) > 1]


def _under(mark: _Group, rows: dict[int, list[_Group]], lines: list[Line]) -> _Group | None:
    """The piece, on a row near the mark's, whose first word lacks a tanween and stands
    right under the mark (its first word is its rightmost: the line runs right to left)."""
    best: _Group | None = None
    for r in sorted(range(mark.row - 2, mark.row + 3), key=lambda r: abs(r - mark.row)):
        if r not in rows or lines[r].page != lines[mark.row].page:
            continue
        for g in rows[r]:
            bare = None if g.mark else BARE_WORD.match(g.text)
            if bare and g.end - bare.end() - 1 <= mark.start <= g.end and best is None:
                best = g
    return best


def _split_under_marks(
    rows: dict[int, list[_Group]],
    cleans: dict[int, list[_Group]],
    lines: list[Line],
    repair: Callable[[str], str],
) -> None:
    """Rows whose controls were stripped give two pieces of a line a space apart as one
    (``طويلا ،إذ ... تجلات ولم يدم هذا الازدهار``): a piece on the row next to a row of
    lone marks, under a mark no piece's first word stands under, is split at the
    space where its left part, whose first word is drawn at its right end, ends under the
    mark (``طويلا ... تجلات`` | ``ولم يدم هذا الازدهار``). Each part is read again by
    ``repair`` from the same row of ``cleans`` split after as many words."""
    for i, gs in list(rows.items()):
        if not gs or not all(g.mark for g in gs):
            continue  # (a mark among words is no lifted one: pypdfium2 gives them in line)
        for mark in gs:
            if mark.other:
                if _other_target(mark, rows, lines) is not None:
                    continue
            elif _under(mark, rows, lines) is not None:
                continue
            for r in (i + 1, i - 1):
                if r in rows and lines[r].page == lines[i].page:
                    if _split_one(mark, r, rows, cleans, repair):
                        break


def _split_one(
    mark: _Group,
    r: int,
    rows: dict[int, list[_Group]],
    cleans: dict[int, list[_Group]],
    repair: Callable[[str], str],
) -> bool:
    """Split the piece of row ``r`` that runs under ``mark`` (see
    :func:`_split_under_marks`); whether one was split."""
    for k, g in enumerate(rows[r]):
        if g.mark or not g.start <= mark.start < g.end:
            continue
        for m in re.finditer(" +", g.raw):
            left, right = g.raw[: m.start()], g.raw[m.end() :]
            end = g.start + m.start()  # the left part's last column
            if mark.other:  # the mark's word opens the left part, drawn at its right end
                bare = re.match(r"\S+", left) if right.strip() else None
            else:
                bare = BARE_WORD.match(left) if right.strip() else None
            if bare is None or not end - bare.end() - 1 <= mark.start <= end:
                continue
            parts = [left, right]
            clean = cleans.get(r, [])
            if len(clean) == len(rows[r]):
                cut = [t.start() for t in _TOKEN.finditer(clean[k].raw)]
                words = len(left.split())
                if len(cut) > words:
                    parts = [clean[k].raw[: cut[words]], clean[k].raw[cut[words] :]]
            one = _Group(r, g.start, end, left, text=repair(parts[0]).strip())
            two = _Group(r, g.start + m.end(), g.end, right, text=repair(parts[1]).strip())
            rows[r][k : k + 1] = [one, two]
            return True
    return False


def _row_text(groups: list[_Group]) -> str:
    """A row's text: its pieces right to left, then any mark that found no word."""
    pieces = sorted((g for g in groups if not g.mark), key=lambda g: -g.end)
    return " ".join([g.text for g in pieces] + [g.text for g in groups if g.mark]).strip()


def restore_laid_out_lines(
    lines: list[Line], repair: Callable[[str], str], cleaned: list[str] | None = None
) -> None:
    """The lifted-tanween damage in ``pdftotext -layout`` output, undone by position.

    There the pieces of a cut visual line keep their columns: they come on separate rows,
    or as separate runs of one row, that tile the line without overlapping. They are read
    right to left (rows are moved as whole :class:`Line` objects; runs of one row are
    reordered in its text, each repaired on its own by ``repair`` from its ``cleaned`` row
    when given), and every lone mark goes to the piece whose first word stands under it. A document whose marks all start
    their rows is not laid out and is left to :func:`.lifted_tanween.restore_lifted_tanween`.
    """
    glyphs = kashida_glyphs(lines)
    # with its bidi controls stripped, the pieces are found by their columns alone
    stripped = not any(c in (ln.raw or "") for ln in lines for c in "\u202a\u202b")
    split = _stripped_groups if stripped else _groups
    # lone marks other than tanween fath are put back by column only in rows laid out by
    # column (pypdfium2 gives them among the words, a space apart), and in text that is not
    # vowelled throughout: there marks lifted off every other letter are the vowelled
    # passes' (:mod:`.diacritics_pieces`), and say little about where a line was cut
    laid = _padded_share(lines) >= PADDED_SHARE
    others = laid and _marks_per_letter(lines) < VOWELLED_MARKS
    rows = {i: split(i, ln.raw or "", glyphs, others) for i, ln in enumerate(lines)}
    if not any(g.mark and g.start > 0 for gs in rows.values() for g in gs):
        return
    cleans = (
        {i: split(i, cleaned[i], glyphs, others) for i in rows} if cleaned is not None else rows
    )
    for i, gs in rows.items():
        clean = cleans[i] if len(cleans[i]) == len(gs) else gs
        for g, c in zip(gs, clean, strict=True):
            if g.mark:
                g.text = g.other or " ".join(TANWEEN_FATH * g.raw.count(TANWEEN_FATH))
            else:
                g.text = lines[i].text.strip() if len(gs) == 1 else repair(c.raw).strip()
    if stripped:
        _split_under_marks(rows, cleans, lines, repair)
    marked = {i for i, gs in rows.items() if any(g.mark for g in gs)}
    touched: set[int] = set()
    for i in sorted(marked):
        for mark in [g for g in rows[i] if g.mark and g.other]:
            target = _place_other(mark, rows, lines)
            if target is not None:
                rows[i].remove(mark)
                touched.update((i, target.row))
        for mark in [g for g in rows[i] if g.mark and not g.other]:
            target = _under(mark, rows, lines)
            if target is not None and (fixed := with_tanween(target.text)) is not None:
                target.text = fixed
                rows[i].remove(mark)
                touched.update((i, target.row))
    gap = LAID_OUT_GAP if laid else GAP
    moves = [run for run in _visual_lines(lines, rows, gap) if _near(run, marked)]
    touched.update(i for run in moves for i in run if len(rows[i]) > 1)
    for i in touched:
        if _between_runs(lines[i].raw or "", stripped).strip():
            continue  # text between the runs (punctuation): the row is not only pieces
        lines[i].text, lines[i].changed = _row_text(rows[i]), True
    for run in moves:
        _read_right_to_left(lines, run, rows, stripped)


def _near(run: list[int], marked: set[int]) -> bool:
    """A mark row lies among the rows of ``run`` or right next to them."""
    return any(min(run) - 1 <= i <= max(run) + 1 for i in marked)


def _straddles(run: list[int], rows: dict[int, list[_Group]]) -> bool:
    """Some row of ``run`` has pieces on both sides of another row's piece, so the rows
    cannot be read whole: "[rest of the line]  [mark]  [start]" on one row, the middle
    piece on the row above it."""
    seq = [i for _, i in sorted((g.end, i) for i in run for g in rows[i] if not g.mark)]
    seen: set[int] = set()
    for k, i in enumerate(seq):
        if i in seen and seq[k - 1] != i:
            return True
        seen.add(i)
    return False


def _read_right_to_left(
    lines: list[Line],
    run: list[int],
    rows: dict[int, list[_Group]],
    stripped: bool = False,
) -> None:
    """Put the rows of one visual line in reading order: the rightmost piece first. When a
    row straddles another's piece, the pieces of all of them are read right to left into
    the first of their rows and the others are left blank (unless text lies between runs)."""
    if _straddles(run, rows):
        if any(_between_runs(lines[i].raw or "", stripped).strip() for i in run):
            return
        groups = [g for i in run for g in rows[i]]
        pieces = sorted((g for g in groups if not g.mark), key=lambda g: -g.end)
        for a, b in itertools.pairwise(pieces):  # a mark left on the piece before its word
            if DISPLACED_FINAL_MARK.search(a.text) and (fixed := with_tanween(b.text)) is not None:
                a.text, b.text = a.text[:-1].rstrip(), fixed
        first, *rest = sorted(run)
        lines[first].text, lines[first].changed = _row_text(groups), True
        for i in rest:
            lines[i].text, lines[i].changed = "", True
        return
    right = {i: max(g.end for g in rows[i] if not g.mark) for i in run}
    order = sorted(run, key=lambda i: -right[i])
    pieces = [lines[i] for i in order]
    for slot, ln in zip(sorted(run), pieces, strict=True):
        lines[slot] = ln
