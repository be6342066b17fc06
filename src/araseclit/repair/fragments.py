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

The evidence is in the document itself: a lone mark line never occurs in clean text, the
pieces are shorter than the document's full lines (together about one line), and the piece
that opens with the mark's word opens with a word that lacks the tanween it needs (an
indefinite word ending in alef, teh marbuta, hamza or alef maksura).
Lines are moved as whole :class:`Line` objects, so each keeps its source line number; the
mark line is left blank.
"""

from __future__ import annotations

import re

from araseclit.document import Line
from araseclit.repair import patterns as P

TANWEEN_FATH = "\u064b"
#: a piece is shorter than this share of the document's full line
PIECE_SHARE = 0.92
#: two pieces of one visual line are together at most this share of a full line
PAIR_SHARE = 1.12
#: a full line is this quantile of the lengths of the document's non-blank lines
FULL_LINE_QUANTILE = 0.8

# a line made only of tanween fath (raw pdftotext with Noto fonts): "ً"
LONE_TANWEEN = re.compile(rf"^\s*{TANWEEN_FATH}(?:\s*{TANWEEN_FATH})*\s*$")
# a raw line wrapped in a right-to-left embedding, as pdftotext writes every line: "\u202bً\u202c"
_EMBEDDED_LINE = re.compile(r"^[\f ]*\u202b.*\u202c\s*$")
_L = P.ARABIC_LETTER
# the first word of a piece when it lacks its tanween fath, with where the mark goes:
# "مرادفا لحماية" (before the final alef), "موقع ا" (alef cut off by a gap), "نتيجة" (after
# teh marbuta); never a definite word ("الدولة"), which takes no tanween
_BARE_WORD = re.compile(
    rf"^(?P<head>[(\[«\"]?(?!(?:[وفبك]?ال|لل))[{_L}]{{2,}}?)"
    rf"(?:(?P<gap>[^\s{_L}{P.ARABIC_MARK}]*\s?)(?=ا)(?P<alef>ا)|(?P<end>[ةءى]))"
    rf"(?![{_L}{P.ARABIC_MARK}])"
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
    m = _BARE_WORD.match(text)
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


def _is_piece(lines: list[Line], i: int, page: int | None) -> bool:
    """Line ``i`` can be a piece of a cut line: on the same page, with text, not a mark."""
    if not 0 <= i < len(lines) or lines[i].page != page:
        return False
    text = _text(lines, i)
    return bool(text) and not LONE_TANWEEN.match(text)


def _pieces(lines: list[Line], a: int, b: int, full: float, page: int | None) -> bool:
    """Lines ``a`` (the mark's word first) and ``b`` (the line start) are pieces of one
    visual line: both shorter than a full line and together about one line."""
    if not (_is_piece(lines, a, page) and _is_piece(lines, b, page)):
        return False
    la, lb = len(_text(lines, a)), len(_text(lines, b))
    short = max(la, lb) < PIECE_SHARE * full
    return short and la + lb <= PAIR_SHARE * full and with_tanween(_text(lines, a)) is not None


def _give_mark(ln: Line) -> None:
    fixed = with_tanween(ln.text.strip())
    assert fixed is not None
    ln.text, ln.changed = fixed, True


def _restore_one(lines: list[Line], i: int, full: float) -> bool:
    """Undo the damage around the lone mark line ``i``; True if it was understood."""
    page = lines[i].page
    for a, b in ((i - 2, i - 1), (i + 1, i + 2)):  # [A][B][ً] or [ً][A][B]
        if _pieces(lines, a, b, full, page):
            _give_mark(lines[a])
            lines[a], lines[b] = lines[b], lines[a]
            return True
    for j in (i - 1, i + 1):  # the mark's word opens its visual line: nothing was cut
        if _is_piece(lines, j, page) and with_tanween(_text(lines, j)) is not None:
            _give_mark(lines[j])
            return True
    return False


def restore_lifted_tanween(lines: list[Line]) -> None:
    """Give every lone tanween line's mark back to its word and reorder the cut line.

    A line that holds one lone mark and whose neighbours show the damage (see the module
    docstring) becomes blank; anything else is left as it is.
    """
    full = _full_line(lines)
    for i, ln in enumerate(lines):
        text = ln.text.strip()
        if text.count(TANWEEN_FATH) != 1 or not LONE_TANWEEN.match(text):
            continue
        if not _EMBEDDED_LINE.match(ln.raw or ""):  # other extractors lift marks otherwise
            continue
        if _restore_one(lines, i, full):
            ln.text, ln.changed = "", True
