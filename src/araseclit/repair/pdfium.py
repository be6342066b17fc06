"""Citations that pypdfium2 put out of place in Arabic lines drawn with Noto fonts.

pypdfium2 gives the text of a right-to-left line in logical order, but the characters drawn
in another font than the Arabic words around them (brackets, Latin words, digits) and the
pieces of a line cut at a glyph come out of place. Three such damages are undone here:

* an opening bracket given first in its text run instead of before its citation
  (:func:`restore_run_openers`, below);
* an Arabic semicolon between two citations of one Latin run, which ends the run, so that
  turning the run round swaps the citations (:func:`reread_semicolon_islands`);
* a line cut at a word carrying tanween fath, whose narrative citation (name, year and page)
  was given at the cut (:func:`restore_cut_citations`).

With Noto fonts (LibreOffice) the bracket that opens an Arabic citation is drawn in another
font than the words around it, and pypdfium2 gives it (mirrored, as drawn: ``)``) first in
the run of text it belongs to instead of before the citation. A run starts at the start of
the visual line, and also after a kashida glyph the font left with a junk or unmapped text
mapping (:mod:`.kashida`): the line is then cut inside the stretched word, and the bracket
lands in that word, after the glyph and set off by spaces (raw ``الم\\x1f ) واطن الطالب\\x1fاني
وآخ\\x1fرون، :2021\\x1f 44(`` for ``المواطن (الطالباني وآخرون، 2021: 44)``).

:func:`restore_run_openers` takes such a bracket out of the word (which is whole again) and
puts ``(`` before the citation whose closer the line holds unmatched. An Arabic citation of
several authors names the first and adds ``وآخرون`` (*et al.*); the bracket then goes before
the first author, not before that word.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from araseclit.document import Line
from araseclit.repair import patterns as P
from araseclit.repair.kashida import learn_kashida_glyphs
from araseclit.repair.weak import opener_before_closer, widen_name_start

#: lines with a bracket given first in its run a document needs before they are put back
MIN_RUN_OPENERS = 3

#: lines at most between a line and the one it goes on in (page number, header, blanks)
PAGE_BREAK_LINES = 4

_L = P.ARABIC_LETTER
# a page number alone on its line
_PAGE_LINE = re.compile(r"^\s*\d{1,4}\s*$")
# the bracket given first in the visual line (raw): ") إعادة تعريف ..."
_LINE_START_OPENER = re.compile(rf"^[\f ]*\)\s+(?=[{_L}])")
# control characters pypdfium2 writes for a glyph (the kashida) the font left unmapped
_UNMAPPED = "\x00-\x08\x0b\x0e-\x1f"
# the bracket cut into a word, in the repaired text: "الم) واطن" (the glyph already dropped)
_IN_WORD_OPENER = re.compile(rf"(?<=[{_L}])\) (?=[{_L}])")
# words that stand for the further authors of a citation: "الدليمي وآخرون، 2019"


def _in_run(glyphs: str) -> re.Pattern[str]:
    """The bracket after the end of a run inside a word (raw): ``الض''' ) مانات``; the glyph
    may be gone (an unmapped one the reader dropped, or one given as a space)."""
    glyph = f"[{_UNMAPPED}{re.escape(glyphs)}]"
    return re.compile(rf"(?<=[{_L}]){glyph}{{0,3}} \) (?=[{_L}])")


def _unmatched_before(text: str, end: int) -> bool:
    """Whether ``text[:end]`` closes more brackets than it opens (the stray is no closer)."""
    depth = 0
    for ch in text[:end]:
        depth += (ch == "(") - (ch == ")")
    return depth <= 0


def _take_out(text: str, at_start: bool, words: Counter[str]) -> str | None:
    """``text`` without the stray bracket: the one opening the line, or the one cut into a
    word, when it closes nothing. The word is whole again (``الم) واطن`` -> ``المواطن``)
    unless the document writes both pieces elsewhere as words and never the whole."""
    if at_start:
        return text[1:].lstrip() if text.startswith(")") else None
    for m in _IN_WORD_OPENER.finditer(text):
        if not _unmatched_before(text, m.start()):
            continue
        head = re.search(rf"[{_L}]+$", text[: m.start()])
        tail = re.match(rf"[{_L}]+", text[m.end() :])
        pieces = head and tail and words[head.group()] > 1 and words[tail.group()] > 1
        whole = head and tail and words[head.group() + tail.group()]
        gap = " " if pieces and not whole else ""
        return text[: m.start()] + gap + text[m.end() :]
    return None


def _whole_name(text: str, words: Counter[str]) -> str:
    """The name after the put-back ``(`` whole again when the font's kashida gap split it
    (Noto Sans gives the gap as a space: ``الطالب (اني`` -> ``(الطالباني``): the piece after
    the bracket is no other word of the document, and the two pieces together are one."""
    m = re.search(rf"(?<![{_L}])([{_L}]+) \(([{_L}]+)(?![{_L}])", text)
    if m and words[m.group(2)] <= 1 and words[m.group(1) + m.group(2)]:
        return f"{text[: m.start()]}({m.group(1)}{m.group(2)}{text[m.end() :]}"
    return text


def _place(rest: str, after: str, heads: set[str], words: Counter[str]) -> str | None:
    """``(`` put back before the citation that ends at the unmatched closer of ``rest``, or of
    the line ``after`` it when the citation goes on there (``... الطالباني`` / ``وآخرون،
    2021: 44).``); None when the bracket would not fall in ``rest``."""
    fixed = opener_before_closer(rest, heads)
    if fixed is not None:
        return _whole_name(_et_al_first(fixed, heads), words)
    both = opener_before_closer(f"{rest} {after}", heads)
    if both is None:
        return None
    both = _whole_name(_et_al_first(both, heads), words)
    if not both.endswith(f" {after}") or both.count("(") != f"{rest} {after}".count("(") + 1:
        return None  # the bracket went into the next line: not the citation that ends there
    return both[: len(both) - len(after) - 1]


def _et_al_first(text: str, heads: set[str]) -> str:
    """``(`` that stands before *et al.* goes before the first author's name as well."""
    k = text.find("(")
    while k >= 0:
        words = text[k + 1 :].split(maxsplit=1)
        before = text[:k].rstrip()
        if words and P.ET_AL_WORD.match(words[0]) and before and P.ANY_ARABIC.search(before[-1]):
            name = before.split()[-1]
            a = widen_name_start(before, len(before) - len(name), name, heads)
            return before[:a] + "(" + before[a:] + " " + text[k + 1 :]
        k = text.find("(", k + 1)
    return text


def _heads(text: str) -> set[str]:
    """The first words of a line (one to six): where a reference entry names its author."""
    words = text.split()
    return {" ".join(words[:k]).rstrip("،,") for k in range(1, min(6, len(words)) + 1)}


def _next_text(lines: list[Line], i: int) -> str:
    """The text of the line after ``i`` that goes on with it: blank lines, a page number and
    the running header of the next page (a line opening with a form feed) are passed over."""
    for ln in lines[i + 1 : i + 1 + PAGE_BREAK_LINES]:
        if ln.text.strip() and not _PAGE_LINE.match(ln.text) and "\f" not in (ln.raw or ""):
            return ln.text
    return ""


def restore_run_openers(lines: list[Line]) -> None:
    """Put back the opening brackets pypdfium2 gave first in their run (see module text):
    at the start of the line, or inside the word a kashida glyph cut. The bracket goes before
    the citation that ends at the line's unmatched closer; only in documents where such
    brackets recur (:data:`MIN_RUN_OPENERS`)."""
    in_run = _in_run(learn_kashida_glyphs([ln.raw or "" for ln in lines]))
    found: list[tuple[int, bool]] = []
    for i, ln in enumerate(lines):
        raw = ln.raw or ""
        if _LINE_START_OPENER.match(raw) and ln.text.startswith(")"):
            found.append((i, True))
        elif in_run.search(raw) and _IN_WORD_OPENER.search(ln.text):
            found.append((i, False))
    if len(found) < MIN_RUN_OPENERS:
        return
    counts = Counter(h for ln in lines for h in _heads(ln.text))
    words = Counter(w for ln in lines for w in re.findall(rf"[{_L}]+", ln.text))
    for i, at_start in found:
        ln, after = lines[i], _next_text(lines, i)
        own = _heads(ln.text)
        heads = {h for h, n in counts.items() if n > (h in own)}  # other lines' heads only
        rest = _take_out(ln.text, at_start, words)
        fixed = _place(rest, after, heads, words) if rest is not None else None
        if fixed is not None:
            ln.text, ln.changed = fixed, True


# --- an Arabic semicolon between the citations of one Latin run -------------------------

# an Arabic semicolon with a Latin word, a number or punctuation on both sides, before any
# Arabic letter (raw): "2019,؛ 9 2020: ,HRW", "71؛ 70 2010: ,Natali"
_ISLAND_SEMICOLON = re.compile(rf"(?<=[^\s{_L}])\s*\u061b\s*(?=[^\s{_L}])")
# an Arabic letter no text of the documents uses, read in the semicolon's place: a strong
# right-to-left character, as the semicolon is, that the line passes take for a letter
_STRONG = "\u06d0"
_MARKED = re.compile(rf"\s*{_STRONG}\s*")
# a line that opens with the Latin run of a citation begun on the line before, up to the
# semicolon (raw: "p 2 . 2019,"): the passes that join the two lines read it whole
_CONTINUED = re.compile(rf"^[^{_L}]*[A-Za-z][^{_L}]*$")


def reread_semicolon_islands(
    lines: list[Line], texts: list[str], doc_order: str, read: Callable[[str], str]
) -> None:
    """Read again, piece by piece, a line whose Latin run holds an Arabic semicolon.

    pypdfium2 gives the text of a right-to-left line in logical order, each left-to-right
    run (Latin words with their numbers and punctuation) word by word backwards, and the
    line is repaired by turning every such run round. The Arabic semicolon that separates
    two citations (``Amnesty International, 2019, p. 2؛ HRW, 2020: 9``) is a strong
    right-to-left character, so it ends one run and starts the next, in logical order:
    turning the runs round across it swaps the citations and their numbers
    (``HRW, 2020: 9 Amnesty؛ International``). Such a line (``texts``: the raw lines as the
    line passes read them) is read again (``read``) with a letter in the semicolon's place,
    which the reading takes for the strong character it is, in documents whose lines
    pypdfium2 gave so (``doc_order`` ``"islands"``); not when the line opens with the
    run of a citation begun on the line before.
    """
    if doc_order != "islands":
        return
    for ln, raw in zip(lines, texts, strict=True):
        m = _ISLAND_SEMICOLON.search(raw)
        if m is None or _STRONG in raw or _CONTINUED.match(raw[: m.start()]):
            continue
        marked = _ISLAND_SEMICOLON.sub(f" {_STRONG} ", raw)
        text = _MARKED.sub("\u061b ", read(marked)).strip()
        if text != ln.text:
            ln.text, ln.changed = text, True


# --- a line cut at a tanween word whose citation pypdfium2 gave at the cut -----------------

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
