"""An opening bracket given first in its line or run, put back before its citation.

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

:func:`restore_leading_openers` puts back a bracket given first in its line by the shapes
of the line alone: before the citation whose closer the line holds, or before the name or
year the line ends with.
"""

from __future__ import annotations

import re
from collections import Counter

from araseclit.document import Line
from araseclit.repair import patterns as P
from araseclit.repair.kashida import learn_kashida_glyphs
from araseclit.repair.lifted import CITATION, MIN_LIFTED, line_heads, put_back, widen_name_start

# a line that starts with a lone bracket, as drawn (raw): ") التحول لم يكن ..."
_LEADING_OPENER = re.compile(rf"^\)\s+(?=[{P.ARABIC_LETTER}])")


def opener_before_closer(text: str, heads: set[str]) -> str | None:
    """``(`` put back before the citation that ends at the line's unmatched ``)``."""
    depth, close = 0, None
    for k, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            close = k
            break
    if close is None:
        return None
    found = [m for m in CITATION.finditer(text[:close]) if not text[m.end() : close].strip()]
    if not found:
        return None
    m = found[-1]
    a = widen_name_start(text, m.start(), m.group("name"), heads) if m.group("name") else m.start()
    return text[:a] + "(" + text[a:]


def restore_leading_openers(lines: list[Line]) -> None:
    """Put back an opening bracket pypdfium2 gave at the start of its line.

    With Noto fonts the bracket that opens an Arabic citation is drawn in another font and
    pypdfium2 gives it (mirrored, as drawn) first in the line: ``) ... نفسه الحميد،`` for
    ``... نفسه (الحميد،``. It goes before the citation whose closer the line holds, or
    before the name or year the line ends with; only in documents where such lines recur.
    """
    found = [
        ln for ln in lines if ln.raw and _LEADING_OPENER.match(ln.raw) and ln.text.startswith(")")
    ]
    if len(found) < MIN_LIFTED:
        return
    counts = Counter(h for ln in lines for h in line_heads(ln.text))
    for ln in found:
        rest = ln.text[1:].lstrip()
        own = line_heads(rest)
        heads = {h for h, n in counts.items() if n > (h in own)}
        fixed = opener_before_closer(rest, heads) or put_back(")", rest, heads)
        if fixed is not None:
            ln.text, ln.changed = fixed, True


# --- a bracket pypdfium2 gave first in its text run -----------------------------------------

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
    counts = Counter(h for ln in lines for h in line_heads(ln.text))
    words = Counter(w for ln in lines for w in re.findall(rf"[{_L}]+", ln.text))
    for i, at_start in found:
        ln, after = lines[i], _next_text(lines, i)
        own = line_heads(ln.text)
        heads = {h for h, n in counts.items() if n > (h in own)}  # other lines' heads only
        rest = _take_out(ln.text, at_start, words)
        fixed = _place(rest, after, heads, words) if rest is not None else None
        if fixed is not None:
            ln.text, ln.changed = fixed, True
