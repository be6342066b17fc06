"""A citation moved into the cut of a line split at a tanween word, put back in order.

An extractor may cut a visual line at a word that carries the tanween fath and give its
pieces out of order: the narrative citation (name, year and page) that opened or ended the
line comes at the cut, the word's mark and alef alone after it (pypdfium2 does this with
Noto fonts); :func:`restore_cut_citations` puts them back, on the raw lines, before reading. Only in documents that
show such cuts elsewhere: the same shapes can be an ordinary line with a citation and a
tanween word after it.
"""

from __future__ import annotations

import re

from araseclit.repair import patterns as P

_L = P.ARABIC_LETTER

# a raw line that opens with the closer of a citation (mirrored as drawn) and maybe a mark,
# then the text after the citation up to the letters of a tanween word, the name (and cue)
# before the citation, the citation's opener and its year and page, then the word's mark
# and alef, alone: "( ً أن ... مسبق الجبوري ):2020 54 ا للأمن"
_CUT_CITATION = re.compile(
    rf"^(?P<lead>[\f ]*)\((?P<mark>\s+\u064b)?\s+(?P<words>[^()]*?[{_L}])\s+"
    rf"\)(?P<inner>[:\d][^()]*?\d)\s+(?P<mark2>\u064b\s*)?ا(?P<rest>\s[^()]*)?$"
)
# a word that cannot be the one the mark and alef were cut from: definite, too short, or
# ending in a letter that never takes them
_NO_TANWEEN = re.compile(rf"^(?:ال|.{{1,2}}$)|[اىةء]$|[^{_L}]")
# a raw line cut at a tanween word while a narrative citation ended it: the line up to the
# cut, the citation (opener, year and page, closer: mirrored) with the rest of the line, then
# the piece after the cut - the mark alone or the word's last letters with it - up to the
# name: "... ويرى فيبر، نق ):2020 15( أن لًا عن الكعبي", "):2020 15( أن ... ً ... عن الكعبي"
_CUT_TAIL = re.compile(
    rf"^(?P<head>[^()]*?)\s*(?P<cite>\):?\d{{4}}\s+\d+(?:[-\u2013]\d+)?\()"
    rf"(?P<after>\s+[^()]*?[{_L}][^()]*?)\s+"
    rf"(?P<piece>\u064b\s+|[{_L}]{{0,2}}\u064bا?\s+|\u064b[{_L}]{{1,3}}\s+)"
    rf"(?P<tail>[^()\u064b]*[{_L}][،»]?)$"
)
# a tanween fath standing alone between spaces: what pypdfium2 leaves where it cut a line
_LONE_MARK = re.compile(r"(?<!\S)\u064b(?!\S)")
#: lone marks a document must show before its lines are read as cut at a tanween word (the
#: Noto pypdfium2 extractions show 6-20; clean text and other extractors 0-4)
MIN_LONE_MARKS = 5
#: words at most of the name and cue before such a citation
MAX_NAME_WORDS = 3


def _split_name(words: list[str]) -> int | None:
    """Where the name (with its cue) starts in ``words``: after the last word that can be
    the tanween word cut off (``مسبق`` in ``... مسبق الجبوري``, ``جيل`` in ``... جيل ويرى
    الزيدي``), or None."""
    for k in range(len(words) - 1, max(0, len(words) - 1 - MAX_NAME_WORDS), -1):
        if not _NO_TANWEEN.search(words[k - 1]):
            return k
    return None


def _tail_first(m: re.Match[str]) -> str:
    """The line of :data:`_CUT_TAIL` in order: the piece after the cut joins the word it was
    cut from (a mark alone stays before the text, for :func:`.marks.restore_shifted_marks`),
    then the name it ends with takes the citation and the rest of the line."""
    piece, head = m.group("piece").strip(), m.group("head").strip()
    start = f"{piece} {head}".strip() if piece == "\u064b" else head + piece
    return f"{start} {m.group('tail')} {m.group('cite')}{m.group('after')}".strip()


def restore_cut_citations(raw: list[str]) -> list[str]:
    """Raw lines cut at a tanween word, with the citation that opened the line given at the
    cut, put back in order.

    With Noto fonts pypdfium2 cuts a visual line at a word that carries the tanween fath and
    gives first the citation's closer (mirrored) and the text after it up to the word's
    letters, then the start of the line - the name of a narrative citation with its
    opener, year and page -, then the word's mark and alef, alone, and the rest of the line:
    ``( ً أن ... شرطًا مسبق الجبوري ):2020 54 ا للأمن`` for ``الجبوري (2020: 54) أن ...
    شرطًا مسبقًا للأمن``. A lone alef is never a word: the name and its citation go back to
    the start, the mark and alef onto the word before the name (the last word that can take
    them); a mark given at the start that the word did not take stays there for
    :func:`.marks.restore_shifted_marks`. A narrative citation that ended the line is given
    at the cut in the same way, the line's start after it (:func:`_tail_first`). Only in a
    document that shows such cuts elsewhere (:data:`MIN_LONE_MARKS` lone marks): the same
    shapes can be an ordinary line with a citation and a tanween word after it.
    """
    if sum(len(_LONE_MARK.findall(line)) for line in raw) < MIN_LONE_MARKS:
        return raw  # no document-level sign of pypdfium2's tanween cuts
    out = []
    for line in raw:
        if (tail := _CUT_TAIL.match(line.rstrip("\r\n "))) is not None:
            out.append(_tail_first(tail))
            continue
        m = _CUT_CITATION.match(line.rstrip("\r\n "))
        words = m.group("words").split() if m else []
        k = _split_name(words) if m else None
        if m is None or k is None:
            out.append(line)
            continue
        mark2, lead = (m.group("mark2") or "").strip(), m.group("lead")
        kept = " \u064b" if mark2 and m.group("mark") else ""  # a mark of another word
        word_mark = mark2 or ("\u064b" if m.group("mark") else "")
        name, after = " ".join(words[k:]), " ".join(words[:k])
        rest = (m.group("rest") or "").rstrip()
        head = " ".join(p for p in (kept.strip(), name) if p)
        out.append(f"{lead}{head} ){m.group('inner')}( {after}{word_mark}ا{rest}")
    return out
