"""Citations whose author and locator the scramble pulled apart, put back together.

When the chunks of a visual line come back in the wrong order, an author-date citation can
end up as ``(Dodge، الثقة إلى تقييد ... العسكري 2020: 64)``: the opening ``(Dodge،`` and
the closing ``2020: 64)`` with prose between them. Prose never sits between an author and the
year of one citation, so the locator moves back beside its author (the prose stays where it
was): ``(Dodge، 2020: 64) الثقة إلى تقييد ... العسكري``. Openers and locators pair first to
first, as the chunks they came in were shuffled as a whole. Only scrambled documents are
touched; clean text never shows the pattern this needs.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from araseclit.charsets import ARABIC_BLOCK
from araseclit.document import Line
from araseclit.repair import patterns as P
from araseclit.repair.cite_text import fix_citation_text

# an author opening a citation whose year is missing after the comma (logical):
# "(Dodge، الثقة", "(الجنابي، بة" (group 1: through the comma and its space)
_OPENER = re.compile(r"(\([^()\d]{2,60}?[،,] ?)(?=[^\d\s()])")
# a year and page closing a bracket with no author before it (logical): "العسكري 2020: 64)",
# with the full stop the chunk glued to the next word: "المانحين 2020: 14).الدوليين"
_LOCATOR = re.compile(
    r"(?<![\d(،,:])(?<![(،,:] )(?:1[34]|19|20)\d\d: ?\d+(?:[-–]\d+)?\)(?:[.،](?=[^\s\d]))?"
)
# the same with the year but not the page: "(Ezzat، 2022: الثقة" ... "والمواطنين 139)."
_OPENER_YEAR = re.compile(r"(\([^()\d]{2,60}?[،,] ?(?:1[34]|19|20)\d\d: ?)(?=[^\d\s()])")
_PAGE = re.compile(r"(?<![\d(،,:])(?<![(،,:] )\d{1,4}(?:[-–]\d+)?\)(?:[.،](?=[^\s\d]))?")
# the page alone, its bracket gone elsewhere (logical): "مفاهيم 37 جديدة", or its run written
# backwards, bracket and stop first: "والقطاع الوي.(95 خاص" (group 1: the page). Looser than
# ``_PAGE``, so paired only with an opener that has its year and waits for its page.
_BARE_PAGE = re.compile(r"(?<=\s)(?<![:،,]\s)(\d{1,3})(?=\s[^\d%٪])|\.\((\d{1,4})(?=\s|$)")
# a year waiting for its page at a line end, and the page opening the next line behind the
# bracket that closes the citation (logical): "ويرى Kibaroğlu (2019:" + "(12 أن أنقرة"; the
# opener itself may be mirrored after a word: "Kibaroğlu )2019: (12 أن"
_WAITING_YEAR = re.compile(
    rf"(?:\(|(?<=[A-Za-z{ARABIC_BLOCK}] )\))(?:[^()\d]{{2,60}}?[،,] ?)?(?:1[34]|19|20)\d\d[a-e]?: ?"
    r"(?=[()] ?\d)"
)
_BRACKET_PAGE = re.compile(r"[()] ?(\d{1,4}(?:[-–]\d{1,4})?)(?=\s|$)")
#: the most words between an opener waiting for its page and a bare page
BARE_PAGE_REACH = 40
# a Latin author cut at the line end whose bracket opens on the prose (logical): the
# extractor put "(Transparency" among the words of its line, "International، 2020: 9)."
# begins a later line
_LATIN_OPENER = re.compile(rf"\(([A-Z][A-Za-z'.\-]+)(?= ?[{P.ARABIC_LETTER}])")
_LATIN_REST = re.compile(
    r"(?<=\s)(?<!\()[A-Z][A-Za-z'.&\-]*(?: [A-Za-z'.&\-]+){0,4}[،,] ?"
    r"(?:1[34]|19|20)\d\d[a-z]?(?:: ?\d+(?:[-–]\d+)?)?\)"
)
#: the fewest words of prose between an opener and its stray locator
MIN_WORDS_BETWEEN = 2


def _pair(text: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """The first opener and the first stray locator after it with only prose between."""
    for opening, closing in ((_OPENER, _LOCATOR), (_OPENER_YEAR, _PAGE)):
        for loc in closing.finditer(text):
            for opener in opening.finditer(text, 0, loc.start()):
                between = text[opener.end() : loc.start()]
                if ")" in between or len(between.split()) < MIN_WORDS_BETWEEN:
                    continue
                return opener, loc
    return _pair_backwards(text) or _pair_bare_page(text) or _pair_bracket_page(text)


def _pair_bracket_page(text: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """A year waiting for its page and the page right after it behind a bracket:
    ``Kibaroğlu (2019: (12 أن`` (the page goes in, the bracket closes after it)."""
    for opener in _WAITING_YEAR.finditer(text):
        loc = _BRACKET_PAGE.match(text, opener.end())
        if loc:
            return opener, loc
    return None


def _pair_bare_page(text: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """An opener with its year but no page, and the first bare page after it with prose
    between and no closing bracket: ``(الهاشمي، 2022: مثل ... مفاهيم 37 جديدة``."""
    for opener in _OPENER_YEAR.finditer(text):
        for loc in _BARE_PAGE.finditer(text, opener.end()):
            between = text[opener.end() : loc.start()]
            if ")" in between or len(between.split()) > BARE_PAGE_REACH:
                break
            if len(between.split()) >= MIN_WORDS_BETWEEN:
                return opener, loc
    return None


def _pair_backwards(text: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """A stray locator before the opener it belongs to, no bracket between (a chunk order
    reversed around them): ``لتقليدية 2022: 33). المدنية ... (العلوي، المجتمع``."""
    for loc in _LOCATOR.finditer(text):
        for opener in _OPENER.finditer(text, loc.end()):
            between = text[loc.end() : opener.start()]
            if "(" in between or ")" in between or len(between.split()) < MIN_WORDS_BETWEEN:
                break
            if _LOCATOR.search(text, opener.end()) is None:
                return opener, loc
    return None


def _paragraphs(lines: list[Line]) -> list[list[Line]]:
    out: list[list[Line]] = []
    for ln in lines:
        if ln.kind not in ("body", "footnote") or not ln.text:
            continue
        if ln.para_start or not out or out[-1][-1].kind != ln.kind:
            out.append([])
        out[-1].append(ln)
    return out


def _sep(ln: Line, i: int) -> str:
    """What goes before line ``i`` of a paragraph when it is assembled."""
    return "" if i == 0 or ln.glue else " "


def _joined(lines: list[Line]) -> str:
    return "".join(_sep(ln, i) + ln.text for i, ln in enumerate(lines))


def _locate(lines: list[Line], offset: int) -> tuple[int, int]:
    """(line index, offset in that line) of ``offset`` in :func:`_joined` lines."""
    for i, ln in enumerate(lines):
        offset -= len(_sep(ln, i))
        if offset <= len(ln.text):
            return i, max(0, offset)
        offset -= len(ln.text)
    return len(lines) - 1, len(lines[-1].text)


def rejoin_citations(lines: list[Line], rounds: int = 20) -> None:
    """Move each stray locator back beside its author, paragraph by paragraph, in place;
    then each stray Latin opener back before the rest of its citation, and each stray last
    letter back to its author."""
    _rejoin_locators(lines, _pair, rounds)
    rejoin_latin_openers(lines)
    rejoin_stray_letters(lines)


def rejoin_bracket_pages(lines: list[Line], rounds: int = 20) -> None:
    """Only the narrowest of those moves, for text read in order from a PDF: a page that
    opens the next line behind its closing bracket (``Lederach (1997:`` + ``(39 أن``)."""
    _rejoin_locators(lines, _pair_bracket_page, rounds)


Pairing = Callable[[str], "tuple[re.Match[str], re.Match[str]] | None"]


def _rejoin_locators(lines: list[Line], pair: Pairing, rounds: int) -> None:
    for para in _paragraphs(lines):
        for _ in range(rounds):
            found = pair(_joined(para))
            if found is None:
                break
            opener, loc = found
            moved = loc.group()
            if loc.re is _BARE_PAGE:
                moved = f"{loc.group(1) or loc.group(2)})"
            elif loc.re is _BRACKET_PAGE:
                moved = f"{loc.group(1)})"
            # edit the later place first, so that the earlier offset still holds
            if loc.start() >= opener.end():
                _take(para, loc)
                _insert(para, opener.end(), moved)
            else:
                _insert(para, opener.end(), moved)
                _take(para, loc)
            if opener.group().startswith(")"):  # its mirrored opener turned back
                li, lo = _locate(para, opener.start())
                host = para[li]
                host.text = f"{host.text[:lo]}({host.text[lo + 1 :]}"


def _latin_pair(text: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """A Latin opener among the words of a line and the rest of its author, year and page
    later in the paragraph, with no bracket between."""
    for opener in _LATIN_OPENER.finditer(text):
        rest = _LATIN_REST.search(text, opener.end())
        if rest and not set("()") & set(text[opener.end() : rest.start()]):
            return opener, rest
    return None


# a final letter the scramble carried to the front of its line (logical): "ی» إدارة ..."
_STRAY_FIRST_LETTER = re.compile(r"^([یيةهى])(?:\s+|(?=[«»]))")
# the author of a citation in the same line, waiting for that letter: "(صالح، 1399"
_AUTHOR_BEFORE_YEAR = re.compile(
    rf"(?<=\()([{P.ARABIC_LETTER}]{{2,}})(?=[،,] ?(?:1[34]|19|20)\d\d)"
)


# the guillemet the letter stood beside, left mirrored: "» إدارة الأزمات الاجتماعية»"
_OPENING_GUILLEMET_MIRRORED = re.compile(r"^» ?(?=[^«»]+»)")


def rejoin_stray_letters(lines: list[Line]) -> None:
    """``ی» إدارة ... (صالح، 1399: 34). ويرى صالحی`` -> ``«إدارة ... (صالحی، 1399: 34)``:
    a lone last letter at the front of a line goes back to the author of a citation in that
    line, when the author so completed is a word the document writes elsewhere."""
    words = {w for ln in lines if ln.kind == "body" for w in P.ARABIC_RUN.findall(ln.text)}
    for ln in lines:
        stray = _STRAY_FIRST_LETTER.match(ln.text) if ln.kind == "body" else None
        if stray is None:
            continue
        for author in _AUTHOR_BEFORE_YEAR.finditer(ln.text, stray.end()):
            if author.group(1) + stray.group(1) in words:
                at = author.end()
                text = ln.text[stray.end() : at] + stray.group(1) + ln.text[at:]
                ln.text = _OPENING_GUILLEMET_MIRRORED.sub("«", text)
                ln.changed = True
                break


def rejoin_latin_openers(lines: list[Line], rounds: int = 10) -> None:
    """``(Transparencyالمدنية في ... الحكومية`` + ``International، 2020: 9).`` -> the opener
    goes back before the rest of its citation: ``... (Transparency International، 2020: 9).``"""
    for para in _paragraphs(lines):
        for _ in range(rounds):
            found = _latin_pair(_joined(para))
            if found is None:
                break
            opener, rest = found
            _insert(para, rest.start(), opener.group())  # the later place first
            _take(para, opener)


def _take(para: list[Line], loc: re.Match[str]) -> None:
    li, lo = _locate(para, loc.start())
    target = para[li]
    rest = target.text[lo + len(loc.group()) :]
    gap = "" if rest[:1] in (".", "،", ":", "؛", "") else " "
    target.text = (target.text[:lo].rstrip() + gap + rest.lstrip()).strip()
    target.changed = True
    if lo == 0 and target.text[:1] in (".", "،", ":", "؛"):
        target.glue = True  # the punctuation left at the line's start ends the line before


def _insert(para: list[Line], offset: int, text: str) -> None:
    oi, oo = _locate(para, offset)
    host = para[oi]
    host.text = f"{host.text[:oo]}{text} {host.text[oo:]}".rstrip()
    host.changed = True


def fix_citation_brackets(lines: list[Line]) -> None:
    """:func:`fix_citation_text` on every body and footnote line, then on each pair of
    lines of a paragraph, for a citation the line break cut (``(& Ismael`` + ``Ismael،
    2015: 121)``), in place."""
    for ln in lines:
        if ln.kind not in ("body", "footnote") or not ln.text:
            continue
        fixed = fix_citation_text(ln.text)
        if fixed != ln.text:
            ln.text, ln.changed = fixed, True
    for para in _paragraphs(lines):
        for a, b in itertools.pairwise(para):
            _fix_across(a, b)
            if _HYPHEN_END.search(a.text) and _LATIN_START.match(b.text):
                b.glue = True  # "(Al-" + "Ansari et al.": one name the line break cut


# a Latin name part that ends its line at a hyphen ("(Al-"), and a line that goes on with it
_HYPHEN_END = re.compile(r"(?<![\w-])\(?[A-Z][a-z]{0,3}-$")
_LATIN_START = re.compile(r"[A-Z][a-z]")


def _common_prefix(x: str, y: str) -> int:
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    return n


def _fix_across(a: Line, b: Line) -> None:
    """:func:`fix_citation_text` on two lines as one; the text that changed stays on the
    first line when it straddles the break, the rest stays where it was."""
    sep = "" if b.glue else " "
    joined = a.text + sep + b.text
    fixed = fix_citation_text(joined)
    if fixed == joined:
        return
    head = _common_prefix(joined, fixed)
    tail = _common_prefix(joined[head:][::-1], fixed[head:][::-1])
    cut = len(a.text)
    if cut + len(sep) >= len(joined) - tail:  # only the first line changed
        new_a, new_b = fixed[: len(fixed) - len(sep) - len(b.text)], b.text
    elif cut <= head:  # only the second
        new_a, new_b = a.text, fixed[cut + len(sep) :]
    else:
        end = len(fixed) - tail
        new_a, new_b = fixed[:end].rstrip(), fixed[end:].lstrip()
    if new_a and new_b:
        a.changed = a.changed or new_a != a.text
        b.changed = b.changed or new_b != b.text
        a.text, b.text = new_a, new_b
