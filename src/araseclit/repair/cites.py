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

import re

from araseclit.document import Line
from araseclit.repair import patterns as P

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
    return _pair_backwards(text)


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
    """Move each stray locator back beside its author, paragraph by paragraph, in place."""
    for para in _paragraphs(lines):
        for _ in range(rounds):
            found = _pair(_joined(para))
            if found is None:
                break
            opener, loc = found
            # edit the later place first, so that the earlier offset still holds
            if loc.start() > opener.end():
                _take(para, loc)
                _insert(para, opener.end(), loc.group())
            else:
                _insert(para, opener.end(), loc.group())
                _take(para, loc)


def _take(para: list[Line], loc: re.Match[str]) -> None:
    li, lo = _locate(para, loc.start())
    target = para[li]
    rest = target.text[lo + len(loc.group()) :]
    gap = "" if rest[:1] in (".", "،", ":", "؛", "") else " "
    target.text = (target.text[:lo].rstrip() + gap + rest.lstrip()).strip()
    target.changed = True


def _insert(para: list[Line], offset: int, text: str) -> None:
    oi, oo = _locate(para, offset)
    host = para[oi]
    host.text = f"{host.text[:oo]}{text} {host.text[oo:]}".rstrip()
    host.changed = True


def fix_displaced_narrative(text: str) -> str:
    """A narrative citation ``Name (YYYY: PP)`` whose brackets the scramble moved, rebuilt:
    ``ويرى ()Kaldor 2003: 78 أن`` -> ``ويرى Kaldor (2003: 78) أن``. The window holds a Latin
    name, a year with its colon and a page, and exactly two brackets; a page found before the
    year (``Kibaroğlu (12 2019:)``) goes after it."""
    return P.DISPLACED_NARRATIVE.sub(_rebuild_narrative, text)


def _rebuild_narrative(m: re.Match[str]) -> str:
    window = m.group()
    if window.count("(") + window.count(")") != 2:
        return window
    if window.startswith("(") and window.endswith(")") and window.count("(") == 1:
        return window  # a whole bracket already: "(Kaldor 2003: 78)"
    tokens = window.replace("(", " ").replace(")", " ").split()
    year_at = next(i for i, t in enumerate(tokens) if t.endswith(":"))
    name, pages = tokens[:year_at], tokens[year_at + 1 :]
    if name and name[-1][:1].isdigit():
        if pages:
            return window
        pages = [name.pop()]
    if len(pages) != 1 or not name:
        return window
    glued = m.start() > 0 and not m.string[m.start() - 1].isspace() and window[0] in "()"
    return f"{' ' if glued else ''}{' '.join(name)} ({tokens[year_at]} {pages[0]})"


def fix_suffix_before_year(text: str) -> str:
    """``(UNAMI، b2020: 11)`` -> ``(UNAMI، 2020b: 11)`` (scrambled documents only)."""
    return P.SUFFIX_BEFORE_YEAR.sub(r"\2\1", text)


def fix_doubled_opener(text: str) -> str:
    """One opener before a year and its locator, where the scramble left two or a stray
    closer: ``(Haddad، 2011: 131. ويرى الكعبي) (2020: 77)`` -> ``(Haddad، 2011: 131). ويرى
    الكعبي (2020: 77)`` (the closer goes back to the citation that lost it, if one did),
    ``الخفاجي ((2018: 64)`` -> ``الخفاجي (2018: 64)``."""
    text = P.STRAY_CLOSER_BEFORE_YEAR.sub(r"\1)\2 (", text)
    return P.DOUBLED_OPENER_BEFORE_YEAR.sub(_one_opener, text)


def _one_opener(m: re.Match[str]) -> str:
    if not m.group().startswith(")"):
        return "("
    before = m.string[: m.start()]
    if before.count("(") > before.count(")"):
        return m.group()  # the closer closes something: "(انظر الفصل 2) (2020: 5)"
    return " ("


def fix_shuffled_p_locator(text: str) -> str:
    """``(UNDP p , 2020,. 31)`` -> ``(UNDP, 2020, p. 31)``; ``(UNICEF pp – , 2021,. 8 9)`` ->
    ``(UNICEF, 2021, pp. 8–9)`` (pieces of a word-scrambled Latin locator, put in order)."""
    return P.SHUFFLED_P_LOCATOR.sub(_p_locator, text)


def _p_locator(m: re.Match[str]) -> str:
    pages = f"{m['a']}–{m['b']}" if m["b"] else m["a"]
    p = "pp" if m["b"] else "p"
    lead = " (" if m["glued"].startswith(")") else "("
    return f"{lead}{m['name'].strip()}, {m['y1'] or m['y2']}, {p}. {pages})"


def fix_citation_brackets(lines: list[Line]) -> None:
    """Both fixes above on every body and footnote line, in place."""
    for ln in lines:
        if ln.kind not in ("body", "footnote") or not ln.text:
            continue
        fixed = fix_suffix_before_year(ln.text)
        fixed = fix_doubled_opener(fix_displaced_narrative(fix_shuffled_p_locator(fixed)))
        if fixed != ln.text:
            ln.text, ln.changed = fixed, True
