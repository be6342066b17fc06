"""Characters an extractor gave away from their line because they were drawn in another font.

Chromium draws the Latin words, brackets and dashes of an Arabic line in a Latin font and
its Arabic, commas and digits in an Arabic one; pdfplumber, which groups characters into
lines by their top edge, splits such a line in two. With Noto fonts pypdfium2 gives the two
fonts' pieces of a citation one after the other inside the line, and the punctuation and
digits of a Latin reference line as one block after its words. The repairs below, each acting
only in documents where its damage recurs:

- :func:`merge_lifted_lines` -- a line of brackets (or tanween marks) before its Arabic
  line (below); an Arabic name's opener then takes the whole name;
- :func:`merge_latin_lines` -- a Latin line and the line of its punctuation and digits;
- :func:`merge_split_citations` -- the Latin words of a citation before its Arabic line,
  merged back by :mod:`.fontsplit`;
- :func:`restore_leading_openers` -- an opener pypdfium2 gave first in its line;
- :func:`merge_trailing_blocks` -- a Latin reference line and the block pypdfium2 gave after it.

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
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from araseclit.document import Line
from araseclit.repair import patterns as P
from araseclit.repair.fontsplit import interleave, split_marks

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
_CITATION = re.compile(rf"(?<![\d\w]){_CITE_ONE}{_CITE_MORE}")
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


def _heads(text: str) -> set[str]:
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
    found = list(_CITATION.finditer(rest))
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


def _is_lifted(raw: str | None) -> bool:
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
        own = _heads(ln.text)
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
        if not _WEAK_ONLY.match(raw):
            return bool(P.ANY_LATIN.search(raw) and not P.ANY_ARABIC.search(raw))
    return False


def _latin_continuation(brackets: str, weak: str) -> str | None:
    """The last line of a Latin reference entry, from the brackets and dash lifted out of it
    and the digits and punctuation left (raw, as drawn: the entry's final stop first).

    >>> _latin_continuation("( ) -", ".8 5 , 435 460")
    '8(5), 435-460.'
    """
    weak = weak.replace("\f", "").strip()
    if not _WEAK_ONLY.match(weak) or not weak.startswith("."):
        return None
    merged = interleave(brackets, weak[1:])
    if merged is None or merged[1]:
        return None
    return _PUNCT_SPACE.sub("", _ISSUE.sub("(", _tighten(merged[0]))) + "."


# a volume and its issue: "8 (5)" -> "8(5)"; a space before punctuation: "8(5) ,"
_ISSUE = re.compile(r"(?<=\d) \((?=\d{1,3}\))")
_PUNCT_SPACE = re.compile(r"\s+(?=[,.;:](?:\s|$))")


def merge_lifted_lines(lines: list[Line]) -> None:
    """Put back the brackets pdfplumber lifted out of Arabic lines (see the module text).

    The lifted line is removed once its characters are back in the line after it; so is
    a Latin line :func:`merge_split_citations` emptied. Openers that merge put by a one-word
    Arabic name first take the rest of the name (:func:`_widen_openers`).
    """
    for k in range(len(lines) - 1, -1, -1):
        if not lines[k].text.strip() and P.ANY_LATIN.search(lines[k].raw or ""):
            del lines[k]
    counts = Counter(h for ln in lines for h in _heads(ln.text))
    _widen_openers(lines, counts)
    pairs = [
        k
        for k in range(len(lines) - 1)
        if _is_lifted(lines[k].raw) and _right_to_left(lines[k + 1].text)
    ]
    if sum(bool(re.search(r"[()\[\]]", lines[k].raw or "")) for k in pairs) < MIN_LIFTED:
        return
    marked = _marked_words(lines)
    for k in reversed(pairs):
        lifted, line = lines[k], lines[k + 1]
        own = _heads(line.text)  # a name must start some other line
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
        if (lines[k].raw or "").replace("\f", "").strip() in _DASHES
        and lines[k].text.strip() in _DASHES
        and P.ANY_ARABIC.search(lines[k + 1].text)
    ]
    shapes = Counter(" ".join(lines[k + 1].text.split()) for k in found)
    for k in reversed(found):
        head = lines[k + 1]
        if shapes[" ".join(head.text.split())] >= 2:
            head.text, head.changed = f"{head.text.rstrip()} {lines[k].text.strip()}", True
            del lines[k]


# --- Latin lines whose punctuation and digits pdfplumber gave as the next line -------------

# a line of punctuation and digits only (raw): ". , . 1991 . , . 2 . :"
_WEAK_ONLY = re.compile(r"^[\s.,:;!?\d\u2013\-]+$")
_PUNCT = re.compile(r"^[.,:;!?]+$")


def cheapest_split(
    n: int, tokens: list[str], cost: Callable[[int, int, int], float], most: int | None = None
) -> tuple[float, list[list[str]]]:
    """The cheapest order-keeping split of ``tokens`` into ``n`` gaps (dynamic programming):
    ``cost(i, j, k)`` prices ``tokens[j:k]`` in gap ``i``; a gap takes at most ``most``."""
    m, inf = len(tokens), float("inf")
    # best[i][j]: cost of the first i gaps holding the first j tokens
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n):
        for j in range(m + 1):
            if best[i][j] == inf:
                continue
            for k in range(j, m + 1 if most is None else min(m, j + most) + 1):
                c = best[i][j] + cost(i, j, k)
                if c < best[i + 1][k]:
                    best[i + 1][k], back[i + 1][k] = c, j
    gaps: list[list[str]] = []
    k = m
    for i in range(n, 0, -1):
        j = back[i][k]
        gaps.append(tokens[j:k])
        k = j
    return best[n][m], gaps[::-1]


# where a narrow space was lost between two Latin words (glued font): "LynneRienner",
# "&Ismael", "HRW(" before a year, "2nded"
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_AMPERSAND = re.compile(r"&(?=\w)|(?<=\w)&")
_ORDINAL_GLUED = re.compile(r"(?<=\d(?:st|nd|rd|th))(?=[a-z])")
_BRACKET_GLUED = re.compile(r"(?<=[A-Za-z])\((?=\d{4}[a-z]?\))")
#: words glued by case changes in a document's Latin lines before its spaces count as lost
MIN_GLUED = 3


def _glued(chunk: str) -> bool:
    """A chunk of two or more words run together: ``FromWartoaNewAuthoritarianism``."""
    return len(_CAMEL.findall(chunk)) >= 2


def unglue(text: str) -> str:
    """Put back the spaces a glued Latin line lost: at a lower-to-upper case change, around
    ``&``, after an ordinal, before a year's bracket (``HRW(2019)`` -> ``HRW (2019)``)."""
    text = _CAMEL.sub(" ", text)
    text = _AMPERSAND.sub(lambda m: " & " if m.group() == "&" else m.group(), text)
    text = _ORDINAL_GLUED.sub(" ", text)
    return " ".join(_BRACKET_GLUED.sub(" (", text).split())


def _latin_pair(a: Line, b: Line) -> bool:
    """``a`` a Latin line, ``b`` a line of its punctuation (and digits)."""
    ra, rb = (a.raw or "").replace("\f", ""), (b.raw or "").replace("\f", "")
    if not (P.ANY_LATIN.search(ra) and not P.ANY_ARABIC.search(ra)):
        return False
    if not _WEAK_ONLY.match(rb) or not re.search(r"[.,:;]", rb):
        return False
    return len(rb.split()) >= 2 or not re.search(r"\d", rb)


def _pair_entry(latin: str, weak: str) -> _Entry:
    """A Latin reference line and the line pdfplumber made of its punctuation and digits as
    one entry line (:class:`_Entry`): the entry's final stop was drawn at the far left, so
    it leads the weak line; the entry number at the far right, after ``[ ]``. An ordinal
    the glued font ran into its edition (``nded``) is two words.

    >>> render_entry(_pair_entry("Smith A ( ) Rivers nded Leiden Brill", ". , . 2011 . . 2 . :"))
    'Smith, A. (2011). Rivers. 2nd ed. Leiden: Brill.'
    """
    chunks = [p for c in latin.replace("\f", "").split() for p in _EDITION.sub(r"\1 ed", c).split()]
    tokens = weak.replace("\f", "").split()
    number = ""
    if len(chunks) >= 2 and chunks[-1] == "]" and chunks[-2].endswith("[") and tokens:
        if tokens[-1].isdigit():
            number = f"[{tokens[-1]}]"
            chunks = [*chunks[:-2], chunks[-2][:-1]] if chunks[-2] != "[" else chunks[:-2]
            tokens = tokens[:-1]
    closed = bool(tokens) and tokens[0] == "." and len(tokens) > 1
    return _Entry(chunks, tokens[1:] if closed else tokens, closed, number)


_EDITION = re.compile(r"^(st|nd|rd|th)ed$")


def merge_latin_lines(lines: list[Line]) -> None:
    """Put back the punctuation and digits pdfplumber took out of Latin lines, in documents
    where such pairs recur.

    Chromium draws the punctuation and digits of a Latin line inside an Arabic document in
    the Arabic font, whose glyphs sit lower, so pdfplumber gives them as the next line, left
    to right; where they stood, the Latin line keeps a gap. Each pair is read as one line of
    a reference entry (:func:`_pair_entry`) and placed by the reference-list rules of
    :func:`render_entry`, with what the other entries know (:func:`_render_entries`)."""
    pairs = [k for k in range(len(lines) - 1) if _latin_pair(lines[k], lines[k + 1])]
    if len(pairs) < MIN_LIFTED:
        return
    glued = sum(_glued(c) for k in pairs for c in (lines[k].raw or "").split()) >= MIN_GLUED
    entries = [(lines[k], _pair_entry(lines[k].raw or "", lines[k + 1].raw or "")) for k in pairs]
    texts = _render_entries(entries, lines)
    for k, (_, e) in zip(reversed(pairs), reversed(entries), strict=True):
        a = lines[k]
        text = texts[id(e)]
        a.text = unglue(text) if glued else text
        a.changed, a.score = True, max(a.score, 0.5)
        del lines[k + 1]


# --- Latin words of a citation lifted out of an Arabic line -----------------------------

_AR_TOKEN = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
# what a lifted Latin line never holds: Arabic, digits, commas, colons, full stops
_LIFTED_LATIN_NOT = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff\\d.,:]")


def _tighten(line: str) -> str:
    """Spaces as drawn around the restored chunks: ``( 2017``, ``Name ,``, ``2020 a :``."""
    line = re.sub(r"([(\[])\s+", r"\1", line)
    line = re.sub(r"\s+([)\]])", r"\1", line)
    line = re.sub(r"(?<=[A-Za-z0-9.])\s+(?=[.,;]*[,;](?:[\s)]|$))", "", line)
    line = re.sub(r"(?<=\.)\s+(?=\()", "", line)
    line = re.sub(r"(?<=\d)\s+([a-d])\s*(?=[:,)\s])", r"\1", line)
    line = re.sub(r"\b(pp?)\s+\.", r"\1.", line)
    line = re.sub(r"\bn\s*\.\s*d\s*\.", "n.d.", line)  # "n . d.," (no date)
    line = re.sub(r"(?<=[A-Za-z]-)\s+(?=\d)", "", line)  # "(COVID- 19"
    return re.sub(r"(?<=\d)\s*([\u2013-])\s*(?=\d)", r"\1", line)


def _citation_pair(latin: str, drawn: str) -> bool:
    """``latin`` Latin words of a citation, ``drawn`` the Arabic line they were lifted from
    (a tanween, drawn as high as the Latin glyphs, may have gone with the Latin words)."""
    latin = split_marks(latin)[0]
    return bool(
        P.ANY_LATIN.search(latin)
        and not _LIFTED_LATIN_NOT.search(latin)  # its digits and stops stayed behind
        and re.search(r"[()]", latin)
        and _AR_TOKEN.search(drawn)
        # its numbers or a lone comma; or the name that ends the line ("(Al-" drawn "Al-)")
        and (re.search(r"\d|(?:^|\s)[.,]+(?:\s|$)", drawn) or _NAME_AT_END.search(latin))
    )


# a Latin name that ends an Arabic line, its (mirrored) opener drawn glued after it (raw)
_NAME_AT_END = re.compile(r"^[A-Z][A-Za-z\u00c0-\u024f-]*\)$")


def _citation_line(out: list[str], k: int) -> bool:
    """``out[k]`` the Latin words of a visual line that held only a bracketed citation,
    ``out[k + 1]`` its digits and punctuation, between two lines of an Arabic paragraph."""
    latin, drawn = out[k].replace("\f", "").strip(), out[k + 1].replace("\f", "")
    return bool(
        0 < k < len(out) - 2
        and re.fullmatch(r"\([A-Za-z\u00c0-\u024f][^.,:\d]*\)", latin)
        and _LIFTED_LATIN_NOT.search(latin) is None
        and _WEAK_ONLY.match(drawn)
        and re.search(r"\d", drawn)
        and _AR_TOKEN.search(out[k - 1])
        and _AR_TOKEN.search(out[k + 2])
    )


def merge_split_citations(raw_lines: list[str]) -> list[str]:
    """Raw lines with the Latin words of citations put back into the Arabic line they were
    lifted from (Chromium, pdfplumber), the Latin line left empty.

    Chromium draws the Latin words (and brackets) of an Arabic line in a font whose glyphs
    sit higher, so pdfplumber gives them, left to right, as a line before the line that
    keeps the commas, years and pages: ``(Hiltermann )`` then ``. , 2017: 88 ﺎﻴﻛﺮﺗو``.
    Each chunk goes back where the drawn tokens want it: a name with its opener before the
    comma that follows it, a closer after a number, ``p`` between ``2020,`` and ``.``, a
    dash between two numbers; a pair is merged only when every chunk finds such a place,
    and only in documents where such pairs (or lines of lifted brackets) recur.
    """
    out = list(raw_lines)
    pairs = [
        k
        for k in range(len(out) - 1)
        if _citation_pair(out[k].replace("\f", ""), out[k + 1].replace("\f", ""))
        or _citation_line(out, k)
    ]
    # the same font split lifts the brackets of Arabic citations onto lines of their own
    lifted = sum(
        bool(re.search(r"[()\[\]]", out[k]) and _is_lifted(out[k]) and _AR_TOKEN.search(out[k + 1]))
        for k in range(len(out) - 1)
    )
    if len(pairs) + lifted < MIN_LIFTED or not pairs:
        return out
    _merge_name_lines(out, pairs)
    for k in pairs:
        merged = interleave(out[k].replace("\f", ""), out[k + 1].replace("\f", ""))
        if merged is not None:
            feeds = out[k + 1][: len(out[k + 1]) - len(out[k + 1].lstrip("\f"))]
            out[k + 1] = feeds + _tighten(merged[0])
            # what the merge gave back stays: a mirrored opener for merge_lifted_lines
            out[k] = out[k][: len(out[k]) - len(out[k].lstrip("\f"))] + merged[1]
    drawn = {k + 1 for k in pairs}
    for k, line in enumerate(out):
        if _AR_TOKEN.search(line):
            line = _SPACED_CLOSER.sub(")", _SPACED_OPENER.sub("(", line))
        if k not in drawn and _AR_TOKEN.search(line) and not P.ANY_LATIN.search(line):
            line = _LEFT_TO_RIGHT_LOCATOR.sub(r"\2 :\1", line)
        out[k] = line
    return out


# brackets the font split left apart from what they enclose (raw): "( 21 :2017 ... نازوب )";
# as drawn, "(" hugs what follows it and ")" what precedes it
_SPACED_OPENER = re.compile(r"(?<!\S)\( (?=[^\s()])")
_SPACED_CLOSER = re.compile(r"(?<=[^\s()]) \)(?!\S)")


# a year and its page as a left-to-right run draws them (raw): "2017: 15"; an Arabic
# citation's are drawn right to left, "15 :2017"
_LEFT_TO_RIGHT_LOCATOR = re.compile(
    r"(?<![\d:])((?:1[3-9]|20)\d\d[a-z]?): (\d+(?:[-\u2013]\d+)?)(?![\d:])"
)
# a line of Latin words only (raw): a name the line break left at the end of its line
_NAME_ONLY = re.compile(
    r"^[\f ]*[A-Z][A-Za-z\u00c0-\u024f'-]*(?: [A-Za-z\u00c0-\u024f&'-]+){0,4}\s*$"
)


def _opens_with_locator(line: str) -> bool:
    """An Arabic line whose right end (its start, as drawn) is a left-to-right year and page."""
    tail = line.rstrip()
    found = list(_LEFT_TO_RIGHT_LOCATOR.finditer(tail))
    return bool(_AR_TOKEN.search(line) and found and found[-1].end() == len(tail))


def _merge_name_lines(out: list[str], pairs: list[int]) -> None:
    """A Latin name pdfplumber lifted off the end of its line goes back there (its left end,
    as drawn), when the line after begins with the year and page that follow it, drawn in
    the same left-to-right run (``2019: 12``, not ``12 :2019``)."""
    for k in range(len(out) - 2):
        if k in pairs or not _NAME_ONLY.match(out[k]) or not _AR_TOKEN.search(out[k + 1]):
            continue
        after = [t for t in out[k + 2 : k + 4] if t.strip() and not _is_lifted(t)][:1]
        if after and _opens_with_locator(after[0]):
            feeds = out[k + 1][: len(out[k + 1]) - len(out[k + 1].lstrip("\f"))]
            out[k + 1] = f"{feeds}{out[k].strip()} {out[k + 1][len(feeds) :]}"
            out[k] = out[k][: len(out[k]) - len(out[k].lstrip("\f"))]


# --- an opener pypdfium2 put at the start of its line (Noto) ------------------------------

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
    found = [m for m in _CITATION.finditer(text[:close]) if not text[m.end() : close].strip()]
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
    counts = Counter(h for ln in lines for h in _heads(ln.text))
    for ln in found:
        rest = ln.text[1:].lstrip()
        own = _heads(rest)
        heads = {h for h, n in counts.items() if n > (h in own)}
        fixed = opener_before_closer(rest, heads) or put_back(")", rest, heads)
        if fixed is not None:
            ln.text, ln.changed = fixed, True


# --- Latin reference entries whose punctuation and digits pypdfium2 gave at the line end ---

# a token of the block pypdfium2 gives after the Latin words (raw): ",", ".,", "1991", "2022.",
# "17,", a hyphen the Arabic font drew, and the entry number "]3[" (drawn at the right, mirrored)
_BLOCK_TOKEN = re.compile(r"^(?:[.,:;!?]+|\d+(?:[-\u2013]\d+)?[.,:;]*|[-\u2013]|\]\d+\[)$")
# what the Latin words of such a line never hold: digits and stops went to the block
_WORDS_NOT = re.compile(r"[\d.,:;\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
# a Latin chunk: it carries a letter, a bracket or an ampersand
_LATIN_CHUNK = re.compile(r"[A-Za-z\u00c0-\u024f()&]")
_INITIAL = re.compile(r"^[A-Z]$")
_LOWER_WORD = re.compile(r"^[a-z]+$")
_LETTER = re.compile(r"^\(?[a-z]$")  # a lone letter inside brackets: "(n d )" for "(n.d.)"
_ORDINAL_WORD = re.compile(r"^(?:st|nd|rd|th)$")
_NUMBER_TOKEN = re.compile(r"^\d+(?:[-\u2013]\d+)?[.,:;]*$")
_DASHES = ("-", "\u2013")
# a line of a page range alone, its dash drawn in the Latin font and given last (raw)
_PAGES_LINE = re.compile(r"^\.(\d+) (\d+) ([-\u2013])$")
#: lines of Latin words with a trailing block a document needs before they are put back
MIN_BLOCK_LINES = 3


@dataclass
class _Entry:
    """One raw line of a Latin reference entry, taken apart as pypdfium2 gave it."""

    chunks: list[str]  # the Latin words (and brackets), in logical order
    tokens: list[str]  # their punctuation and digits, in logical order
    closed: bool  # the line ends its entry (its final stop was given first)
    number: str = ""  # the entry number, "[3]"


def split_block(raw: str) -> _Entry | None:
    """A raw line -> its Latin words and the block of their punctuation and digits, or None.

    With Noto fonts LibreOffice draws the punctuation and digits of a Latin line inside an
    Arabic document in the Arabic font, and pypdfium2 gives them as one block after the
    line's Latin words, left to right; the entry's final full stop, drawn at the far left,
    comes first: ``.Buzan B ( ) People ... Rienner , . 1991 . , . 2 . :``.

    >>> e = split_block(".Smith J ( ) Rivers and Power Leiden Brill , . 2014 . . :")
    >>> (e.chunks[:3], e.tokens[:3], e.closed)
    (['Smith', 'J', '('], [',', '.', '2014'], True)
    """
    text = raw.replace("\f", "").strip()
    pages = _PAGES_LINE.match(text)
    if pages:  # the last line of a journal entry: "100-125." as ".100 125 -"
        return _Entry([pages.group(3)], [pages.group(1), pages.group(2)], True)
    closed = bool(re.match(r"^\.[A-Za-z\u00c0-\u024f(]", text))
    words = (text[1:] if closed else text).split()
    k = max((i + 1 for i, w in enumerate(words) if _LATIN_CHUNK.search(w)), default=0)
    chunks, tokens = words[:k], words[k:]
    if not chunks or not P.ANY_LATIN.search(" ".join(chunks)):
        return None
    if any(_WORDS_NOT.search(c) for c in chunks) or not all(map(_BLOCK_TOKEN.match, tokens)):
        return None
    number = ""
    if tokens and tokens[-1].startswith("]"):
        number, tokens = f"[{tokens[-1][1:-1]}]", tokens[:-1]
    if any(t.startswith("]") for t in tokens):
        return None
    return _Entry(chunks, tokens, closed, number)


def _bracket_depths(chunks: list[str]) -> list[int]:
    """How many brackets are open after each chunk."""
    depths, depth = [], 0
    for c in chunks:
        depth += c.count("(") - c.count(")")
        depths.append(depth)
    return depths


def _punct_cost(
    chunks: list[str], i: int, p: str, closed: bool, depth: int, continued: bool = False
) -> float:
    """How unlikely punctuation ``p`` is in the gap before chunk ``i`` of a reference entry.

    The rules are those of any author-date reference list: a closing bracket and an initial
    take a stop, a surname before an initial a comma, an edition's ``ed`` its stop; inside
    the entry a stop or colon neither follows a lowercase title word (``and``, ``of``) nor
    precedes one; nothing but the final stop ends a closed entry, and a line the entry goes on
    after (``continued``) may end in any stop.
    """
    left = chunks[i - 1] if i > 0 else None
    right = chunks[i] if i < len(chunks) else None
    if left is None:
        return 10.0
    if right is None and closed:
        return 10.0
    cost = 0.5 if right is None and not continued else 0.0
    if left.endswith(")") and p[0] in ".,":
        cost -= 1.5
    if (_INITIAL.match(left) or (depth and _LETTER.match(left))) and p in (".", ".,"):
        cost -= 1.5
    if right and _INITIAL.match(right) and p == ",":
        cost -= 1.0
    after_ordinal = i >= 2 and bool(_ORDINAL_WORD.match(chunks[i - 2]))
    if after_ordinal and p == ".":
        cost -= 1.0  # "2nd ed."
    elif _LOWER_WORD.match(left) and not depth:
        cost += 2.0
    if right and _LOWER_WORD.match(right) and p in (".", ":") and not depth:
        if not _ORDINAL_WORD.match(right):
            cost += 2.0
    return cost


def _number_cost(chunks: list[str], i: int, t: str, first: bool, last: bool) -> float:
    """How unlikely number ``t`` is in the gap before chunk ``i``: a year or an issue inside
    ``( )``, a volume before its issue's bracket, an edition before ``nd``, the ends of a
    page range around its dash, a whole page range last."""
    left = chunks[i - 1] if i > 0 else None
    right = chunks[i] if i < len(chunks) else None
    cost = 1.0
    digits = t.isdigit()
    if first and digits and left and left.endswith("("):
        cost -= 3.0
    if last and right is None and re.match(r"^\d+[-\u2013]\d+", t):
        cost -= 1.0
    if last and digits and right and _ORDINAL_WORD.match(right):
        cost -= 3.0
    if last and digits and right == "(":
        cost -= 2.0
    if first and left in _DASHES:
        cost -= 2.0
    if last and digits and right in _DASHES:
        cost -= 2.0
    return cost


@dataclass
class _Context:
    """What the placement of one line's tokens knows beyond its own words."""

    closed: bool  # the line ends its entry
    after: int = 0  # words of the entry on the lines after this one
    colon: int | None = None  # index of the token that is the entry's last colon
    allowed: dict[int, tuple[int, ...]] | None = None  # token index -> gaps it may take
    names: frozenset[str] = frozenset()  # capitalised words that recur in the entries
    head: tuple[str, ...] = ()  # the first words of the entry (its author)
    later: tuple[str, ...] = ()  # the words of the entry on the lines after this one
    small: frozenset[str] = frozenset()  # words the entries write in lowercase ("the", "a")


def _entry_gap_cost(
    chunks: list[str],
    i: int,
    start: int,
    tokens: list[str],
    ctx: _Context,
    depths: list[int] | None = None,
) -> float:
    """How unlikely it is that ``tokens`` (from token ``start`` on) stood just before chunk
    ``i`` (``len(chunks)``: after the last one) of a reference entry whose words pypdfium2
    gave apart from them."""
    left = chunks[i - 1] if i > 0 else None
    right = chunks[i] if i < len(chunks) else None
    depths = depths if depths is not None else _bracket_depths(chunks)
    depth = depths[i - 1] if i > 0 else 0
    # a dash drawn among the words is a page range's: numbers stand on both its sides
    lone_dash = 3.0 * (right in _DASHES and not (tokens and _NUMBER_TOKEN.match(tokens[-1])))
    lone_dash += 3.0 * (left in _DASHES and not (tokens and _NUMBER_TOKEN.match(tokens[0])))
    if not tokens:
        if left and left.endswith("(") and right and right.startswith(")"):
            return 5.0  # an empty year bracket
        if left and (left.endswith(")") or _INITIAL.match(left)) and right is not None:
            return 1.0  # a bracket or initial without its stop
        return lone_dash
    if ctx.allowed and any(i not in ctx.allowed.get(start + k, (i,)) for k in range(len(tokens))):
        return float("inf")
    cost = lone_dash + 0.3 * (len(tokens) - 1)
    if len(tokens) == 2 and _PUNCT.match(tokens[0]) and _NUMBER_TOKEN.match(tokens[1]):
        cost -= 0.6  # "Fear. 2nd", "Engineering, 8(4)"
    for k, t in enumerate(tokens):
        if _NUMBER_TOKEN.match(t):
            cost += _number_cost(chunks, i, t, k == 0, k == len(tokens) - 1)
        elif t in _DASHES:  # a hyphen the Arabic font drew joins two words
            cost += _hyphen_cost(left, right, i) + 5.0 * (len(tokens) - 1)
        elif k > 0:
            cost += 5.0  # two stops are drawn as one token (".,")
        else:
            ends = ctx.closed and k == len(tokens) - 1  # a number may follow: "), 45-47."
            cost += _punct_cost(chunks, i, t, ends, depth, ctx.after > 0 or not ends)
            if start == ctx.colon:
                cost += _colon_cost(chunks, i, ctx)
            elif t in (".", ":") and right and right.lower() in ctx.small and right[0].isupper():
                cost -= 0.6  # "Groups: The Challenge": a small word capitalised opens a unit
    return cost


def _hyphen_cost(left: str | None, right: str | None, i: int) -> float:
    """A hyphen joins two words, in a title most often two capitalised ones
    (``Counter-Insurgency``, ``Al-Marashi``); the earlier gap wins a tie."""
    if not (left and right and left[-1].isalpha() and right[0].isalpha()):
        return 5.0
    lower = bool(_LOWER_WORD.match(left) or _LOWER_WORD.match(right))
    return 1.0 * lower + 0.01 * i


#: how unlikely a publisher of 1, 2, 3, 4 words is (after the entry's last colon)
_PUBLISHER_WORDS = {1: 0.1, 2: 0.0, 3: 0.2, 4: 0.4}


def _colon_cost(chunks: list[str], i: int, ctx: _Context) -> float:
    """The entry's last colon stands between place and publisher (``Boulder: Lynne
    Rienner.``): one to four words follow it, and the place before it is a name the
    reference list uses more than once."""
    words = len(chunks) - i + ctx.after
    cost = _PUBLISHER_WORDS.get(words, 1.5)
    publisher = (*chunks[i:], *ctx.later)
    if publisher and ctx.head[: len(publisher)] == publisher:
        cost -= 0.5  # the author publishes its own work: "HRW (2019). ... New York: HRW."
    if i > 0 and chunks[i - 1] in ctx.names:
        cost -= 0.4
    return cost


#: the most punctuation and digit tokens one gap between words of an entry takes
#: ("), 45-47." is four); bounds the split search, which is otherwise cubic in the entry
MAX_GAP_TOKENS = 6


def _assign_entry(
    chunks: list[str], tokens: list[str], ctx: _Context
) -> tuple[float, list[list[str]]]:
    """The cheapest order-keeping split of ``tokens`` into the gaps before each chunk and
    after the last one (the tokens of gap ``i`` stand just before chunk ``i``)."""
    depths = _bracket_depths(chunks)  # once per entry, not once per gap
    return cheapest_split(
        len(chunks) + 1,
        tokens,
        lambda i, j, k: _entry_gap_cost(chunks, i, j, tokens[j:k], ctx, depths),
        MAX_GAP_TOKENS,
    )


def _assign_with_place(
    chunks: list[str], tokens: list[str], ctx: _Context
) -> tuple[float, list[list[str]]]:
    """:func:`_assign_entry`, with the place before the entry's last colon one word long (or
    two, less likely): the stop before the colon ends the title just before the place."""
    c = ctx.colon
    if c is None or c == 0 or tokens[c - 1] != ".":
        return _assign_entry(chunks, tokens, ctx)
    best: tuple[float, list[list[str]]] = (float("inf"), [])
    for g in range(2, len(chunks) + 1):
        for place, extra in ((1, 0.0), (2, 0.5)):
            if g - place < 1:
                continue
            forced = _Context(**{**ctx.__dict__, "allowed": {c: (g,), c - 1: (g - place,)}})
            cost, gaps = _assign_entry(chunks, tokens, forced)
            if cost + extra < best[0]:
                best = (cost + extra, gaps)
    return best if best[1] else _assign_entry(chunks, tokens, ctx)


def _tight(before: str, item: str, item_is_token: bool) -> bool:
    """No space between the text ``before`` and ``item``: a stop after its word,
    ``(1991)``, ``8(4)``, ``2nd``, ``45-47``, ``Al-Marashi``, ``(2020a)``, ``(n.d.)``."""
    if item_is_token and (_PUNCT.match(item) or item in _DASHES):
        return True
    if before.endswith(("(", *_DASHES)) or item.startswith(")"):
        return True
    if re.search(r"\([a-z]\.$", before) and re.match(r"^[a-z]\)?$", item):
        return True  # "(n." + "d"
    if before[-1].isdigit():
        ordinal = bool(_ORDINAL_WORD.match(item))
        return ordinal or item == "(" or item in _DASHES or bool(re.match(r"^[a-d]\)", item))
    return False


def _layout(
    chunks: list[str], tokens: list[str], ctx: _Context
) -> tuple[float, list[tuple[str, bool]]]:
    """The cheapest placement of ``tokens`` among ``chunks``: (cost, (item, is_token)...)."""
    cost, gaps = _assign_with_place(chunks, tokens, ctx)
    items = [(t, True) for t in gaps[0]]
    for chunk, placed in zip(chunks, gaps[1:], strict=True):
        items.extend([(chunk, False), *((t, True) for t in placed)])
    return cost, items


def render_entry(entry: _Entry, ctx: _Context | None = None) -> str:
    """A reference entry line put back together (see :func:`split_block`).

    A dash between the words and the block may belong to either font (a page range's dash
    drawn in the Latin font, a hyphen drawn in the Arabic one): both readings are tried.

    >>> render_entry(split_block(".Smith J ( ) Rivers and Power Leiden Brill , . 2014 . . :"))
    'Smith, J. (2014). Rivers and Power. Leiden: Brill.'
    """
    ctx = ctx or _Context(entry.closed, colon=_last_colon(entry.tokens))
    chunks, tokens = entry.chunks, entry.tokens
    cost, items = _layout(chunks, tokens, ctx)
    if tokens and tokens[0] in _DASHES:
        colon = None if ctx.colon is None else ctx.colon - 1
        other = _layout(
            [*chunks, tokens[0]], tokens[1:], _Context(**{**ctx.__dict__, "colon": colon})
        )
        if other[0] < cost:
            cost, items = other
    out = ""
    for item, is_token in items:
        out += item if not out or _tight(out, item, is_token) else " " + item
    out += "." if entry.closed else ""
    return f"{entry.number} {out}" if entry.number else out


def _last_colon(tokens: list[str]) -> int | None:
    return max((k for k, t in enumerate(tokens) if t == ":"), default=None)


def _loose(tokens: list[str]) -> bool:
    """A block holding punctuation on its own (``,`` ``.`` ``:``), not only numbers."""
    return any(_PUNCT.match(t) for t in tokens)


def _entries(found: list[tuple[Line, _Entry]], lines: list[Line]) -> list[list[_Entry]]:
    """The lines of each reference entry: an entry runs up to the line that ends it (a new
    entry number, more lines between than a page's furniture, or a line between that holds
    an entry's final stop, also ends it)."""
    index = {id(ln): k for k, ln in enumerate(lines)}
    groups: list[list[_Entry]] = []
    last: Line | None = None
    for ln, e in found:
        between = lines[index[id(last)] + 1 : index[id(ln)]] if last is not None else []
        near = last is not None and len(between) <= 2
        near = near and not any((b.raw or "").lstrip("\f").startswith(".") for b in between)
        if groups and near and not groups[-1][-1].closed and not e.number:
            groups[-1].append(e)
        else:
            groups.append([e])
        last = ln
    return groups


def _render_entries(entries: list[tuple[Line, _Entry]], lines: list[Line]) -> dict[int, str]:
    """Each entry line rendered (:func:`render_entry`) with what its entry and the other
    entries know: recurring names, lowercase words, the entry's first and later words."""
    counts = Counter(c for _, e in entries for c in e.chunks if c[:1].isupper())
    names = frozenset(c for c, n in counts.items() if n >= 2)
    small = frozenset(c for _, e in entries for c in e.chunks if _LOWER_WORD.match(c))
    texts: dict[int, str] = {}
    for group in _entries(entries, lines):
        head = tuple(group[0].chunks[:4])
        for k, e in enumerate(group):
            later = [w for x in group[k + 1 :] for w in x.chunks]
            colon = None if any(":" in x.tokens for x in group[k + 1 :]) else _last_colon(e.tokens)
            ctx = _Context(e.closed, len(later), colon, None, names, head, tuple(later), small)
            texts[id(e)] = render_entry(e, ctx)
    return texts


def merge_trailing_blocks(lines: list[Line]) -> None:
    """Put the punctuation and digits pypdfium2 gave at the end of Latin reference lines back
    between their words (see :func:`split_block`), in documents where such lines recur.

    The words on an entry's later lines count when its last colon looks for its publisher,
    and so do its first words (an organisation publishes its own report).
    """
    found = [(ln, split_block(ln.raw or "")) for ln in lines if ln.raw]
    # a stop or comma standing alone after a space: never so in clean text
    entries = [(ln, e) for ln, e in found if e is not None and (e.closed or _loose(e.tokens))]
    if sum(_loose(e.tokens) for _, e in entries) < MIN_BLOCK_LINES:
        return
    texts = _render_entries(entries, lines)
    for ln, e in entries:
        text = texts[id(e)]
        ln.changed, ln.text = ln.changed or text != ln.text, text
