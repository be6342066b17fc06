"""Brackets, dashes and percent signs lifted onto a line of their own, put back in their line.

Chromium draws the brackets, dashes and percent signs of an Arabic line in a fallback
(Latin) font whose glyphs sit higher than the Arabic ones, and pdfplumber, which groups
characters into lines by their top edge, gives them as a separate line just before the line
they came from, left to right as drawn (``"( )"``, ``"[ – ]"``, ``"(% )"``, ``")"``). The
Arabic line itself keeps everything else, so its citations lose their brackets::

    ( )
    ويرى الجبوري 2020: 54 أن ...      ->   ويرى الجبوري (2020: 54) أن ...

Read right to left and mirrored, the lifted line gives the line's brackets in logical order;
each goes back where the shapes of the line want it: ``(`` ... ``)`` around an author-date
citation (the author's name inside when a comma joins it to the year), ``[`` ... ``]``
around reference numbers, ``%`` after a number, a dash between two numbers. A line is put
back only when every piece finds its place, and only in documents where such lifted lines
recur (clean text has none). A lone bracket of a Latin citation is drawn as it reads (not
mirrored), and a tanween drawn as high as the brackets goes back on a word ending in alef.

A bracket put back by a one-word Arabic name then takes the whole name (the reference
list's longer name, *et al.*, a second author: :func:`widen_name_start`); a tanween lifted
alone goes back on a word of the line after it, a dash lifted before a running head at the
head's end, and the brackets lifted out of the last line of a Latin reference entry go back
with the digits and punctuation pdfplumber gave as that line (:func:`merge_lifted_lines`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from araseclit.document import Line
from araseclit.repair import patterns as P
from araseclit.repair.entries import DASHES
from araseclit.repair.interleave import interleave, tighten

#: lifted lines (each followed by an Arabic line) a document needs before they are put back
MIN_LIFTED = 3

# a line made only of brackets, dashes and percent signs, holding at least one bracket or dash
_LIFTED = re.compile(r"^[\s()\[\]%/\u2013\-]*[()\[\]\u2013\-][\s()\[\]%/\u2013\-]*$")
_MIRROR = str.maketrans("()[]", ")(][")
# a year: "2019", "2020b", a Hijri and a Gregorian one "1443هـ/2022م", or "د.ت" (no date)
_YEAR = r"(?:1[3-9]\d\d|20\d\d)(?:[a-z]|هـ(?:/\d{4}م?)?|م)?|د\.ت"
# two dates the lifted slash stood between: "1443هـ 2022م"
_DATE_PAIR = re.compile(r"(\d{4}هـ) (\d{4})")
_PAGES = r"(?:(?:ص|p|pp)\.?\s*)?\d+(?:[-\u2013]\d+)?"
# one author-date citation: optional "name،" then the year and maybe its page(s)
_CITE_ONE = (
    rf"(?:(?P<name>[^\s،,؛;()\[\]]+)[،,]\s*)?(?P<year>{_YEAR})(?!\d)(?P<pages>\s*[:،,]\s*{_PAGES})?"
)
_CITE_MORE = rf"(?:\s*[؛;]\s*[^\s،,؛;()\[\]]+[،,]\s*(?:{_YEAR})(?!\d)(?:\s*[:،,]\s*{_PAGES})?)*"
CITATION = re.compile(rf"(?<![\d\w]){_CITE_ONE}{_CITE_MORE}")
# the opening of a citation the next line finishes: "الحميد،", "الحميد، 2020:", "2020، ص." at
# the end of a line
_OPEN_END = re.compile(
    rf"(?:(?P<name>[^\s،,؛;()\[\]]+)[،,](?:\s*(?:{_YEAR})(?:[:،,]\s*(?:ص\.?)?)?)?"
    rf"|(?P<year>{_YEAR})(?:[:،,]\s*(?:ص\.?)?)?)\s*$"
)
# the end of a citation the previous line opened: "2019: 27", "112" at the start of a line
_CLOSE_START = re.compile(rf"^\s*(?:(?:{_YEAR})\s*[:،,]\s*)?{_PAGES}(?!\d)")
_NUMBER = re.compile(r"(?<![\d:.,])\d+(?:[.,]\d+)?(?![\d:])")
_NUMBER_PAIR = re.compile(r"(?<![\d\-\u2013])(\d+) (\d+)(?![\d\-\u2013])")
# reference numbers (never a year): a list "9، 10", one opening the line, one ending a sentence
_NUMBER_LIST = re.compile(r"(?<!\d)\d{1,3}(?:\s*[،,]\s*\d{1,3})+(?!\d)")
_NUMBER_START = re.compile(r"^\s*\d{1,3}(?![\d:])")
_NUMBER_END = re.compile(r"(?<!\d)\d{1,3}(?=\s*(?:[.،؛]|$))")


@dataclass
class _Piece:
    """Brackets of one lifted line that belong together, in logical order."""

    opener: str = ""
    inner: str = ""
    closer: str = ""


def _pieces(lifted: str) -> list[_Piece]:
    """The lifted characters in logical order, grouped by bracket pairs.

    ``"( ) (% )"`` -> ``(%)``, ``()``: the line was drawn right to left, so it is read
    backwards, and each bracket is the mirror of the one drawn.
    """
    pieces: list[_Piece] = []
    current: _Piece | None = None
    for ch in reversed(lifted.translate(_MIRROR)):
        if ch.isspace():
            continue
        if ch in "([":
            if current:
                pieces.append(current)
            current = _Piece(opener=ch)
        elif ch in ")]":
            if current:
                current.closer = ch
                pieces.append(current)
                current = None
            else:
                pieces.append(_Piece(closer=ch))
        elif current:
            current.inner += ch
        else:
            pieces.append(_Piece(inner=ch))
    if current:
        pieces.append(current)
    return pieces


def line_heads(text: str) -> set[str]:
    """The first words of a line (one to six): where a reference entry names its author."""
    words = text.split()
    return {" ".join(words[:k]).rstrip("،,") for k in range(1, min(6, len(words)) + 1)}


# words that stand for a citation's further authors: "الدليمي وآخرون، 2019"
# a word that joins two authors' names: "رضايي و نيكبور، 1402", "Mansour & Jabar"
_AND = ("و", "&", "and")


def _first_author(words: list[str]) -> int:
    """Where the authors end in ``words`` (the last word the citation's name): the index of
    the first author's last word, stepping back over *et al.* and over ``X و Y``."""
    i = len(words) - 1
    while i > 0:
        if P.ET_AL_WORD.match(words[i]):
            i -= 1
        elif i >= 2 and words[i - 1] in _AND:
            i -= 2
        else:
            break
    return i


def widen_name_start(text: str, start: int, name: str, heads: set[str]) -> int:
    """Move the start of a citation's name left over the words that belong to it.

    An organisation's name has several words (``وزارة الموارد المائية``); the reference
    list starts a line with the whole name, which is the evidence used here. *et al.*
    (``وآخرون``) and a second author joined by ``و`` follow the first author's name, so the
    name starts before them whatever the reference list says.
    """
    words = [*text[:start].split(), name]
    first = _first_author(words)
    before, core = words[:first], words[first].rstrip("،,")
    lead = len(words) - 1 - first  # words of the name before ``name`` already taken
    best = len(before) if lead else None
    for j in range(1, min(5, len(before)) + 1):
        if " ".join([*before[-j:], core]) in heads:
            best = len(before) - j
    if best is None:
        return start
    taken = " ".join(words[best:-1])
    return len(text[:start].rstrip()) - len(taken)


def _place_pair(text: str, cursor: int, piece: _Piece, heads: set[str]) -> tuple[str, int] | None:
    """Put a whole ``(...)``/``[...]`` around the first span after ``cursor`` that fits it."""
    rest = text[cursor:]
    if piece.opener == "[" or "%" in piece.inner:
        if "%" in piece.inner:
            m = _NUMBER.search(rest)
            inner = f"{m.group()}%" if m else ""
        elif piece.inner.strip("%"):
            m = _NUMBER_PAIR.search(rest)
            inner = f"{m.group(1)}{piece.inner.strip('%')}{m.group(2)}" if m else ""
        else:
            # the first reference number of the line: a list, one opening it, one ending a
            # sentence ("10 الربيعي ... 98، 300" is entry 10, not the list "98، 300")
            found = [p.search(rest) for p in (_NUMBER_LIST, _NUMBER_START, _NUMBER_END)]
            m = min((f for f in found if f), key=lambda f: f.start(), default=None)
            inner = m.group() if m else ""
        if not m:
            return None
        a, b = cursor + m.end() - len(m.group().lstrip()), cursor + m.end()
        closer = piece.closer or ("]" if piece.opener == "[" else ")")
        new = text[:a] + piece.opener + inner + closer + text[b:]
        return new, a + len(piece.opener + inner + closer)
    if piece.inner == "/":  # the slash of a Hijri/Gregorian year pair inside the brackets
        m = _DATE_PAIR.search(rest)
        if not m:
            return None
        rest = rest[: m.start()] + f"{m.group(1)}/{m.group(2)}" + rest[m.end() :]
        text = text[:cursor] + rest
    elif piece.inner:
        return None
    found = list(CITATION.finditer(rest))
    strong = [m for m in found if m.group("name") or m.group("pages")]
    m = (strong or found or [None])[0]
    if m is None:
        return None
    a, b = cursor + m.start(), cursor + m.end()
    if m.group("name"):
        a = widen_name_start(text, a, m.group("name"), heads)
    new = text[:a] + "(" + text[a:b] + ")" + text[b:]
    return new, b + 2


def _place(text: str, cursor: int, piece: _Piece, heads: set[str]) -> tuple[str, int] | None:
    """``text`` with one piece put back after ``cursor`` (None: no place fits it)."""
    if piece.opener and piece.closer:
        return _place_pair(text, cursor, piece, heads)
    if piece.closer:  # the citation began on the line before
        m = _CLOSE_START.match(text)
        if not m or m.end() < cursor or piece.inner:
            return None
        return text[: m.end()] + piece.closer + text[m.end() :], m.end() + 1
    if piece.opener:  # the citation goes on in the next line
        m = _OPEN_END.search(text, cursor)
        if piece.inner:
            return None
        if not m:
            a = _head_at_end(text, cursor, heads)
            return None if a is None else (text[:a] + piece.opener + text[a:], len(text) + 1)
        a = m.start()
        if m.group("name"):
            a = widen_name_start(text, a, m.group("name"), heads)
        return text[:a] + piece.opener + text[a:], len(text) + 1
    if piece.inner == "/":  # "1443هـ 2022م" -> "1443هـ/2022م"; what follows may come first
        m = _DATE_PAIR.search(text, cursor)
        return (_DATE_PAIR.sub(r"\1/\2", text, count=1), cursor) if m else None
    if piece.inner in ("-", "\u2013"):  # a range: "45 47" -> "45-47"
        m = _NUMBER_PAIR.search(text, cursor)
        if not m:
            return None
        new = text[: m.start()] + m.group(1) + piece.inner + m.group(2) + text[m.end() :]
        return new, m.end()
    return None


def _head_at_end(text: str, cursor: int, heads: set[str]) -> int | None:
    """Where the longest run of two or more words ending the line starts that opens some
    reference entry (a name the next line finishes: ``هيئة النزاهة في`` + ``إقليم ...،``)."""
    words = text[cursor:].split()
    for j in range(min(6, len(words)), 1, -1):
        run = " ".join(words[-j:])
        if run in heads and text.rstrip().endswith(run):
            return len(text.rstrip()) - len(run)
    return None


def put_back(lifted: str, text: str, heads: set[str] | None = None) -> str | None:
    """The logical line ``text`` with the brackets of its lifted line put back, or None.

    >>> put_back("( )", "ويرى الجبوري 2020: 54 أن")
    'ويرى الجبوري (2020: 54) أن'
    """
    heads = heads or set()
    cursor = 0
    for piece in _pieces(lifted):
        placed = _place(text, cursor, piece, heads)
        if placed is None:
            return None
        text, cursor = placed
    return text


def _right_to_left(text: str) -> bool:
    """A line of an Arabic paragraph: Arabic letters, or digits without Latin letters."""
    return bool(
        P.ANY_ARABIC.search(text) or (re.search(r"\d", text) and not P.ANY_LATIN.search(text))
    )


def is_lifted(raw: str | None) -> bool:
    return bool(raw and _LIFTED.match(_TANWEEN_MARK.sub("", raw.replace("\f", ""))))


# a tanween that went up with the brackets (it sits as high): ") ً"; a word it may go back on
_TANWEEN_MARK = re.compile("\u064b")
_BARE_ALEF_END = re.compile(rf"(?<=[{P.ARABIC_LETTER}]{{2}})ا(?=[\s.،؛:]|$)")


def _marked_words(lines: list[Line]) -> set[str]:
    """The words the document writes with a tanween on their final alef, without the mark."""
    return {
        w.replace("\u064b", "")
        for ln in lines
        for w in re.findall(rf"[{P.ARABIC_LETTER}]+\u064bا", ln.text)
    }


def _give_marks(text: str, count: int, marked: set[str] | None = None) -> tuple[str, int]:
    """``text`` with ``count`` lifted tanween marks on words before its first bracket (the
    marks were drawn to the right of the brackets, so before them in reading order) that end
    in a bare alef (``بدلا`` -> ``بدلًا``): the nearest that the document writes elsewhere
    with the mark (``marked``), else the nearest; and how many found no word."""
    first = min((k for k in (text.find("("), text.find(")")) if k >= 0), default=len(text))
    for _ in range(count):
        ends = [m.start() for m in _BARE_ALEF_END.finditer(text, 0, first)]
        if not ends:
            break
        known = [k for k in ends if _word_at(text, k) in (marked or set())]
        k = (known or ends)[-1]
        text, first, count = text[:k] + "\u064b" + text[k:], first + 1, count - 1
    return text, count


_MARKS_ONLY = re.compile(r"^[\f ]*\u064b(?: \u064b){0,2}\s*$")


def _restore_mark_lines(lines: list[Line], marked: set[str]) -> None:
    """A line of tanween marks alone (lifted like the brackets, onto a line of their own
    before the line they came from): each mark goes on a word of the next line that ends in
    a bare alef, when the line has one such word (or one the document writes elsewhere with
    the mark); a word ending in the pronoun ``ها`` counts only when there is no other."""
    for k in range(len(lines) - 2, -1, -1):
        if not _MARKS_ONLY.match(lines[k].raw or "") or not P.ANY_ARABIC.search(lines[k + 1].text):
            continue
        line = lines[k + 1]
        left = lines[k].text.count("\u064b")
        for _ in range(left):
            ends = [m.start() for m in _BARE_ALEF_END.finditer(line.text)]
            known = [e for e in ends if _word_at(line.text, e) in marked]
            plain = [e for e in ends if not _word_at(line.text, e).endswith("ها")]
            pick = known if len(known) == 1 else plain if len(plain) == 1 else ends
            if len(pick) != 1:
                break
            line.text = line.text[: pick[0]] + "\u064b" + line.text[pick[0] :]
            line.changed, left = True, left - 1
        if left:
            lines[k].text = " ".join("\u064b" * left)
        else:
            del lines[k]


def _word_at(text: str, end: int) -> str:
    """The Arabic word whose final alef is at ``end``."""
    start = end
    while start > 0 and re.match(f"[{P.ARABIC_LETTER}]", text[start - 1]):
        start -= 1
    return text[start : end + 1]


def _widen_openers(lines: list[Line], counts: Counter[str]) -> None:
    """An opener put back by a one-word Arabic name (``الدليمي (وآخرون، 2019``) moves left
    over the rest of the name: *et al.*, ``X و Y``, or the reference list's longer name."""
    for ln in lines:
        if re.search(r"[()]", ln.raw or "") or "(" not in ln.text:
            continue  # only brackets the repair put back
        own = line_heads(ln.text)
        heads = {h for h, n in counts.items() if n > (h in own)}
        text = ln.text
        for m in reversed(list(_ARABIC_NAME_OPENED.finditer(text))):
            bare = text[: m.start()] + text[m.start() + 1 :]
            a = widen_name_start(bare, m.start(), m.group(1), heads)
            if a < m.start():
                text = bare[:a] + "(" + bare[a:]
        if text != ln.text:
            ln.text, ln.changed = text, True


# an opener before a one-word Arabic name and its year: "(وآخرون، 2019"
_ARABIC_NAME_OPENED = re.compile(rf"\(([{P.ARABIC_LETTER}]+[،,])\s*(?:{_YEAR})")


def _latin_before(lines: list[Line], k: int) -> bool:
    """The line before ``lines[k]`` (past the line of its punctuation) is a Latin one: a
    reference entry the line after ``lines[k]`` ends."""
    for j in (k - 1, k - 2):
        raw = (lines[j].raw or "").replace("\f", "") if j >= 0 else ""
        if not P.WEAK_ONLY.match(raw):
            return bool(P.ANY_LATIN.search(raw) and not P.ANY_ARABIC.search(raw))
    return False


def _latin_continuation(brackets: str, weak: str) -> str | None:
    """The last line of a Latin reference entry, from the brackets and dash lifted out of it
    and the digits and punctuation left (raw, as drawn: the entry's final stop first).

    >>> _latin_continuation("( ) -", ".8 5 , 435 460")
    '8(5), 435-460.'
    """
    weak = weak.replace("\f", "").strip()
    if not P.WEAK_ONLY.match(weak) or not weak.startswith("."):
        return None
    merged = interleave(brackets, weak[1:])
    if merged is None or merged[1]:
        return None
    return _PUNCT_SPACE.sub("", _ISSUE.sub("(", tighten(merged[0]))) + "."


# a volume and its issue: "8 (5)" -> "8(5)"; a space before punctuation: "8(5) ,"
_ISSUE = re.compile(r"(?<=\d) \((?=\d{1,3}\))")
_PUNCT_SPACE = re.compile(r"\s+(?=[,.;:](?:\s|$))")


def merge_lifted_lines(lines: list[Line]) -> None:
    """Put back the brackets pdfplumber lifted out of Arabic lines (see the module text).

    The lifted line is removed once its characters are back in the line after it; so is
    a Latin line :func:`.split_lines.merge_split_citations` emptied. Openers that merge put
    by a one-word Arabic name first take the rest of the name (:func:`_widen_openers`).
    """
    for k in range(len(lines) - 1, -1, -1):
        if not lines[k].text.strip() and P.ANY_LATIN.search(lines[k].raw or ""):
            del lines[k]
    counts = Counter(h for ln in lines for h in line_heads(ln.text))
    _widen_openers(lines, counts)
    pairs = [
        k
        for k in range(len(lines) - 1)
        if is_lifted(lines[k].raw) and _right_to_left(lines[k + 1].text)
    ]
    if sum(bool(re.search(r"[()\[\]]", lines[k].raw or "")) for k in pairs) < MIN_LIFTED:
        return
    marked = _marked_words(lines)
    for k in reversed(pairs):
        lifted, line = lines[k], lines[k + 1]
        own = line_heads(line.text)  # a name must start some other line
        heads = {h for h, n in counts.items() if n > (h in own)}
        raw = (lifted.raw or "").replace("\f", "")
        brackets = _TANWEEN_MARK.sub("", raw)
        merged = put_back(brackets, line.text, heads)
        if merged is None and _latin_before(lines, k):
            merged = _latin_continuation(brackets, line.raw or "")
        if merged is None and brackets.strip() in ("(", ")"):
            # the lone bracket of a Latin citation is drawn as it reads, not mirrored
            merged = put_back(brackets.translate(_MIRROR), line.text, heads)
        if merged is None:
            continue
        merged, left = _give_marks(merged, len(raw) - len(brackets), marked)
        line.text, line.changed = merged, True
        line.score = max(line.score, lifted.score, 0.5)
        if left:
            lifted.text, lifted.changed = " ".join("\u064b" * left), True
        else:
            del lines[k]
    _restore_mark_lines(lines, marked)
    _dashes_to_running_heads(lines)


def _dashes_to_running_heads(lines: list[Line]) -> None:
    """A dash lifted alone before a line that recurs page after page (the running head, whose
    separating dash was drawn in the fallback font) goes back into that line, at its end:
    where in the line is not known, but the head goes as a whole with it."""
    found = [
        k
        for k in range(len(lines) - 1)
        if (lines[k].raw or "").replace("\f", "").strip() in DASHES
        and lines[k].text.strip() in DASHES
        and P.ANY_ARABIC.search(lines[k + 1].text)
    ]
    shapes = Counter(" ".join(lines[k + 1].text.split()) for k in found)
    for k in reversed(found):
        head = lines[k + 1]
        if shapes[" ".join(head.text.split())] >= 2:
            head.text, head.changed = f"{head.text.rstrip()} {lines[k].text.strip()}", True
            del lines[k]
