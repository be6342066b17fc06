"""Put back a tanween that pdftotext lifted out of its line, and the line it split.

With fonts that draw the tanween fath (U+064B) high above its letter (Noto Naskh and Noto
Sans Arabic through LibreOffice), pdftotext reads the mark as a text line of its own: a
line made only of ``ً`` appears next to the visual line it came from, and that visual line
is cut just before the word that carried the mark (``مرادفا`` for ``مرادفًا``). Its two
pieces come out in the wrong order, next to the mark line, in one of two arrangements::

    [A][B][ً]      A = the mark's word and the rest of the line,
    [ً][A][B]      B = the start of the line, up to the mark's word

and the logical line is B then A. When the mark's word opens its visual line there is
nothing to cut and only the mark is lost (``[ً]`` next to ``خامسا: الخاتمة``).

A line cut at several such words (Noto Naskh) gives more pieces, some a single word; see
:func:`restore_lifted_tanween` for the orders pdftotext gives them in. ``pdftotext -layout``
keeps every piece at its column, so there the pieces are read by position instead
(:mod:`.laid_out`); a mark left on the wrong piece, and pdfplumber's mark lines, are put
right by :mod:`.marks`.

The evidence is in the document itself: a lone mark line never occurs in clean text, the
pieces are shorter than the document's full lines (together about one line), and a piece
cut at a mark's word opens with a word that lacks the tanween it needs (an indefinite word
ending in alef or hamza). Lines are moved as whole :class:`Line` objects, so each keeps
its source line number; a mark line whose marks went back is left blank.
"""

from __future__ import annotations

import re

from araseclit.document import Line
from araseclit.repair import patterns as P
from araseclit.repair.diacritics_lifted import restore_lifted_marks
from araseclit.repair.kashida import learn_kashida_glyphs

TANWEEN_FATH = "\u064b"
#: a piece is shorter than this share of the document's full line
PIECE_SHARE = 0.92
#: two pieces of one visual line are together at most this share of a full line
PAIR_SHARE = 1.12
#: how many lines with text either side of a mark line may be pieces of its line
REACH = 4
#: a full line is this quantile of the lengths of the document's non-blank lines
FULL_LINE_QUANTILE = 0.8

# a line made only of tanween fath (raw pdftotext with Noto fonts): "ً"
LONE_TANWEEN = re.compile(rf"^\s*{TANWEEN_FATH}(?:\s*{TANWEEN_FATH})*\s*$")
# a raw line wrapped in a right-to-left embedding, as pdftotext writes every line: "\u202bً\u202c"
EMBEDDED_LINE = re.compile(r"^[\f ]*\u202b.*\u202c\s*$")
_L = P.ARABIC_LETTER
# a word cut where its tanween fath stayed on a letter that cannot end it (logical): "متقً"
_CUT_AT_MARK = re.compile(rf"[{_L}](?<![اةءى]){TANWEEN_FATH}$")
# the first word of a piece when it lacks its tanween fath, with where the mark goes:
# "مرادفا لحماية" (before the final alef), "موقع ا" (alef cut off by a gap), "غطاء" (after
# hamza); never a definite word ("الدولة"), which takes no tanween. Teh marbuta and alef
# maksura end most nouns and many verbs that carry none, so they are no evidence
BARE_WORD = re.compile(
    rf"^(?P<head>[(\[«\"]?(?!(?:[وفبك]?ال|لل))[{_L}]{{2,}}?)"
    rf"(?:(?P<gap>[^\s{_L}{P.ARABIC_MARK}]*\s?)(?=ا)(?P<alef>ا)|(?P<end>ء))"
    rf"(?![{_L}{P.ARABIC_MARK}])"
)

# a tanween fath ending a word that cannot carry it there (logical): on a definite word
# ("الاستقطابً") or on a letter that never ends a word with it ("أدتً", "فً" of a cut word,
# "يبقىً": before alef maksura the mark is written on the letter before it, "هدًى"); or
# on no letter at all, after a space or a comma ("ويرى فيبر، ً")
DISPLACED_FINAL_MARK = re.compile(
    rf"(?:(?<![{_L}])(?:[وفبك]?ال|لل)[{_L}]*[{_L}]|[{_L}]*[{_L}](?<![اةء])"
    rf"|(?<=[\s،,])){TANWEEN_FATH}$"
)


def _full_line(lines: list[Line]) -> float:
    """The length of a full line of the document (a high quantile of line lengths)."""
    lengths = sorted(len(ln.text.strip()) for ln in lines if ln.text.strip())
    if not lengths:
        return 0.0
    return float(lengths[min(len(lengths) - 1, int(FULL_LINE_QUANTILE * len(lengths)))])


def with_tanween(text: str) -> str | None:
    """``text`` with a tanween fath put back on its first word, or None if that word cannot
    carry one: "مرادفا لحماية" -> "مرادفًا لحماية", "غطاء لأغراض" -> "غطاءً لأغراض"."""
    m = BARE_WORD.match(text)
    if m is None:
        return None
    if m.group("alef"):
        # a gap before the alef goes; a glyph artefact in it stays, before the mark
        word = m.group("head") + m.group("gap").rstrip() + TANWEEN_FATH + m.group("alef")
    else:
        word = m.group("head") + m.group("end") + TANWEEN_FATH
    return word + text[m.end() :]


def _text(lines: list[Line], i: int) -> str:
    return lines[i].text.strip() if 0 <= i < len(lines) else ""


def only_marks(text: str, glyphs: str) -> bool:
    """``text`` holds tanween fath marks only, once bidi controls and the document's kashida
    glyphs are gone: a kashida drawn on the mark's letter is lifted out with it (``ً'``)."""
    text = P.BIDI_CONTROLS.sub("", text)
    if glyphs:
        text = text.translate({ord(g): None for g in glyphs})
    return bool(LONE_TANWEEN.match(text))


def _is_mark_line(ln: Line, glyphs: str = "", wrapped: bool = True) -> bool:
    """A line pdftotext wrote for lifted marks only (wrapped in its right-to-left embedding,
    unless ``wrapped`` is False: the document is pdftotext's with its controls stripped)."""
    raw = ln.raw or ""
    return (not wrapped or bool(EMBEDDED_LINE.match(raw))) and only_marks(raw, glyphs)


def _text_lines(
    lines: list[Line], i: int, step: int, page: int | None, glyphs: str = "", wrapped: bool = True
) -> list[int]:
    """Up to :data:`REACH` lines with text from mark line ``i`` on in direction ``step``,
    passing over other mark lines; a blank line or a page break ends the search."""
    found: list[int] = []
    j = i + step
    while 0 <= j < len(lines) and len(found) < REACH and lines[j].page == page:
        if not _is_mark_line(lines[j], glyphs, wrapped):
            if not _text(lines, j):
                break
            found.append(j)
        j += step
    return found


def _logical_order(
    lines: list[Line], group: list[int], full: float
) -> tuple[list[int], bool] | None:
    """The reading order of the pieces ``group`` (in extraction order) of one visual line and
    whether it has a line start (a piece that lost no mark), or None if they are not pieces.

    Pieces are clearly shorter than a full line (but for an X followed only by Ws) and
    together about one line. The line was cut
    before words that lost their tanween: every piece but the start opens with one (X, the
    longer rest of the line, or W, a piece that is that word alone). pdftotext gives them as
    [X][start] (two pieces), [start][X][W..] and [X or W..][start] (the pieces after the
    start last first, unless the last would end on a tanween its word cannot carry, which
    belongs to the word after it), and [X][start][X'] when X' ends in a word cut where its
    tanween stayed on a letter ("متقً").
    The start may be missing when the line opened with a word that lost its mark. Mark lines
    come only between the start and X of [start][X][W..], before X', and between the two
    pieces of [X][start].
    """
    texts = [_text(lines, k) for k in group]
    if sum(map(len, texts)) > PAIR_SHARE * full:
        return None
    kinds = _kinds(lines, group, texts)
    # X followed only by single words is most of a line; any other piece is clearly short
    long_x = re.fullmatch(r"m*XW+", kinds) is not None
    if any(len(t) >= PIECE_SHARE * full and not (long_x and k == 0) for k, t in enumerate(texts)):
        return None
    if kinds in ("XS", "XX", "WS", "WX", "XmS", "WmS"):  # [X][start], the mark line between
        return [group[-1], group[0]], True  # them or not: the start may open like a bare word
    if kinds in ("XSmX", "XXmX") and _CUT_AT_MARK.search(texts[2]):
        return [group[1], group[2], group[0]], True
    m = re.fullmatch(r"(S?)m*XW+|([WX]+)(S)", kinds)
    if m is None:
        return None
    if m.group(2):  # [X and W..][start]: the start, then the others last first
        rest = group[:-1][::-1]
        if any(DISPLACED_FINAL_MARK.search(_text(lines, k)) for k in rest[-1:]):
            rest = group[:-1]  # unless that ends on a mark the word after it lost
        return [group[-1], *rest], True
    head = len(m.group(1))  # [start][X][W..]
    return group[:head] + group[head + 1 :][::-1] + [group[head]], bool(head)


def _kinds(lines: list[Line], group: list[int], texts: list[str]) -> str:
    """The pieces' kinds in extraction order (:func:`_kind`), with ``m`` where mark lines
    lie between two pieces: "SmXWW"."""
    out = _kind(texts[0])
    for a, b, text in zip(group, group[1:], texts[1:], strict=False):
        out += "m" * (b - a > 1) + _kind(text)
    return out


def _kind(text: str) -> str:
    """S: may start a visual line (no word lacking a tanween first); W: only such a word,
    or a word alone that kept its tanween after its alef (``تفاوضياً``: pdftotext cut it out
    with the mark beside it); X: such a word and more."""
    if with_tanween(text) is None:
        return "W" if _KEPT_MARK_WORD.fullmatch(text) else "S"
    return "X" if " " in text else "W"


# a word alone with its tanween fath after the final alef (logical): "تفاوضياً"
_KEPT_MARK_WORD = re.compile(rf"[{_L}]{{2,}}ا{TANWEEN_FATH}")


def _best_group(
    lines: list[Line], i: int, used: set[int], full: float, glyphs: str = "", wrapped: bool = True
) -> tuple[list[int], list[int], bool] | None:
    """The most pieces next to mark line ``i`` that make one visual line (of those, the
    closest to a full line), with their reading order and whether one is the line start."""
    page = lines[i].page
    before = _text_lines(lines, i, -1, page, glyphs, wrapped)
    after = _text_lines(lines, i, 1, page, glyphs, wrapped)
    best: tuple[list[int], list[int], bool] | None = None
    best_rank = (0, 0.0)
    for p in range(len(before) + 1):
        for q in range(len(after) + 1):
            group = before[:p][::-1] + after[:q]
            if len(group) < 2 or used.intersection(group):
                continue
            found = _logical_order(lines, group, full)
            rank = (len(group), -abs(full - sum(len(_text(lines, k)) for k in group)))
            if found is not None and rank > best_rank:
                best, best_rank = (group, *found), rank
    return best


def _marks_near(lines: list[Line], i: int, group: list[int], marks: dict[int, int]) -> list[int]:
    """Mark lines that can give a mark to ``group``: the one that found it, those between
    its pieces, then those right after and right before it."""
    lo, hi = min(group), max(group)
    near = [i] + [k for k in range(lo, hi) if k in marks]
    for step, edge in ((1, hi), (-1, lo)):
        k = edge + step
        while k in marks:
            near.append(k)
            k += step
    return [k for k in dict.fromkeys(near) if marks.get(k)]


def _give_mark(ln: Line) -> bool:
    fixed = with_tanween(ln.text.strip())
    if fixed is None:
        return False
    ln.text, ln.changed = fixed, True
    return True


def _take_mark(marks: dict[int, int], near: list[int]) -> bool:
    for k in near:
        if marks[k]:
            marks[k] -= 1
            return True
    return False


def _restore_group(
    lines: list[Line],
    i: int,
    marks: dict[int, int],
    used: set[int],
    full: float,
    glyphs: str,
    wrapped: bool = True,
) -> bool:
    """Put the pieces next to mark line ``i`` in reading order and give their words the marks."""
    found = _best_group(lines, i, used, full, glyphs, wrapped)
    if found is None:
        return False
    group, order, has_start = found
    near = _marks_near(lines, i, group, marks)
    pieces = [lines[k] for k in order]
    for slot, ln in zip(sorted(group), pieces, strict=True):
        lines[slot] = ln
    used.update(group)
    for ln in pieces[1:] if has_start else pieces:
        if with_tanween(ln.text.strip()) is not None and _take_mark(marks, near):
            _give_mark(ln)
    return True


def _restore_word(
    lines: list[Line],
    i: int,
    marks: dict[int, int],
    used: set[int],
    glyphs: str,
    wrapped: bool = True,
) -> None:
    """The mark's word opens its visual line, so nothing was cut: the mark goes back on it."""
    for j in (i - 1, i + 1):
        if j in used or not 0 <= j < len(lines) or _is_mark_line(lines[j], glyphs, wrapped):
            continue
        if lines[j].page == lines[i].page and _give_mark(lines[j]):
            marks[i] -= 1
            used.add(j)
            return


def restore_lifted_tanween(lines: list[Line], wrapped: bool = True) -> None:
    """Give every lone tanween line's marks back to their words and reorder the cut lines.

    Next to each mark line the largest set of pieces that makes one visual line, in one of
    the orders pdftotext gives (:func:`_logical_order`), is put in reading order; failing
    that, the mark goes on the first word of the line beside it. A mark line whose marks
    all went back becomes blank; anything else is left as it is. A mark line may also hold
    the document's kashida glyph (:func:`araseclit.repair.kashida.learn_kashida_glyphs`).
    ``wrapped=False`` takes mark lines without pdftotext's embedding (its controls stripped).
    """
    full = _full_line(lines)
    glyphs = kashida_glyphs(lines)
    marks = {
        i: ln.text.count(TANWEEN_FATH)
        for i, ln in enumerate(lines)
        if _is_mark_line(ln, glyphs, wrapped) and only_marks(ln.text, glyphs)
    }
    used: set[int] = set()
    for i in sorted(marks):
        while marks[i] and _restore_group(lines, i, marks, used, full, glyphs, wrapped):
            pass
        if marks[i]:
            _restore_word(lines, i, marks, used, glyphs, wrapped)
    for i, left in marks.items():
        if left < lines[i].text.count(TANWEEN_FATH):
            lines[i].text, lines[i].changed = " ".join(TANWEEN_FATH * left), True
    # what the shapes of the words could not place (a mark on a teh marbuta, a lifted
    # vowel, pieces in another order): the text model chooses among the readings
    restore_lifted_marks(lines, skip=used, wrapped=wrapped)


def kashida_glyphs(lines: list[Line]) -> str:
    """The kashida glyphs of the document, learnt from its raw lines."""
    return learn_kashida_glyphs(ln.raw or "" for ln in lines)
