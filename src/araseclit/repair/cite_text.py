"""One citation's text put right within a line: the brackets, suffixes, locators and page
ranges a scramble turned or moved inside the citation (``ويرى ()Kaldor 2003: 78 أن`` ->
``ويرى Kaldor (2003: 78) أن``). :func:`fix_citation_text` runs every fix in order;
:mod:`.cites` applies it to lines and to pairs of lines a break cut, after moving the pieces
of a citation that landed on other lines back together.
"""

from __future__ import annotations

import re

from araseclit.repair import patterns as P

_GLUED_PAGE = re.compile(r":(?=\d)")


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
    # a page glued to its year's colon ("2003:78") is a token apart, glued back on output
    glue = "" if _GLUED_PAGE.search(window) else " "
    tokens = _GLUED_PAGE.sub(": ", window.replace("(", " ").replace(")", " ")).split()
    year_at = next(i for i, t in enumerate(tokens) if t.endswith(":"))
    name, pages = tokens[:year_at], tokens[year_at + 1 :]
    if name and name[-1][:1].isdigit():
        if pages:
            return window
        pages = [name.pop()]
    if len(pages) != 1 or not name:
        return window
    glued = m.start() > 0 and not m.string[m.start() - 1].isspace() and window[0] in "()"
    return f"{' ' if glued else ''}{' '.join(name)} ({tokens[year_at]}{glue}{pages[0]})"


# the suffix apart from its year: "(UNAMI a, 2020: 3)", "UNAMI (b 2020: 14)"
_SUFFIX_APART = re.compile(r"(?<=[A-Za-z]) ([a-e]), ((?:19|20)\d\d)(?=[:,،)\s])")
_SUFFIX_APART_OPEN = re.compile(r"\(([a-e]) ((?:19|20)\d\d)(?=[:,،)])")


def fix_suffix_before_year(text: str) -> str:
    """``(UNAMI، b2020: 11)`` -> ``(UNAMI، 2020b: 11)``, ``(UNAMI a, 2020: 3)`` -> ``(UNAMI,
    2020a: 3)``, ``UNAMI (b 2020: 14)`` -> ``UNAMI (2020b: 14)`` (scrambled documents only)."""
    text = _SUFFIX_APART_OPEN.sub(r"(\2\1", _SUFFIX_APART.sub(r", \2\1", text))
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


# a closer before an Arabic word glued to a Latin citation that has no opener (logical):
# "أكثر من 5000) منظمةGovernment of Iraq، 2023: 6)" (the opener, mirrored, stayed on the
# other side of the word, between it and the number)
_OPENER_ONE_WORD_OFF = re.compile(
    rf"\) ([{P.ARABIC_LETTER}{P.ARABIC_MARK}]+) ?(?=[A-Z][^()]{{0,60}}?[،,] ?"
    r"(?:1[34]|19|20)\d\d[a-z]?(?:: ?\d+(?:[-–]\d+)?)?\))"
)


# a separator between two Latin names or two works that the reordering of the Latin run put
# first in the bracket (logical): "(& Ismael Ismael، 2015" "(;Dodge, 2012: 45 Marr & ..."
_AMPERSAND_FIRST = re.compile(r"\(& ([A-Z][\w'-]+) ([A-Z][\w'-]+)(?=[،,] ?(?:1[34]|19|20)\d\d)")
_SEMICOLON_FIRST = re.compile(
    r"\(;((?:[A-Z][^();]{1,60}?)(?:1[34]|19|20)\d\d[a-e]?(?:: ?\d+(?:[-–]\d+)?)?) (?=[A-Z])"
)
# ... or after the first word of the bracket: "(Amnesty؛ International, 2019, p. 2 HRW, ..."
_SEPARATOR_AFTER_FIRST_WORD = re.compile(
    r"\(([A-Z][\w'-]*)([؛;]) ([^()؛;]{0,60}?(?:19|20)\d\d[a-e]?(?:: ?|, p{1,2}\. ?)"
    r"\d+(?:[-–]\d+)?) (?=\S)"
)
# the Arabic article of a Latin name read after it: "Ali-Al" for "Al-Ali"
_ARTICLE_LAST = re.compile(r"\b([A-Z][a-z]+)-(Al|El)\b(?!-)")


# a numeric citation whose brackets came back mirrored, or its list with the separator first
# (logical): "2021]، 9 10]", "[، 9 10]", "للخطر] 10]"
_NUMERIC_LIST_SCRAMBLED = re.compile(r" ?[\[\]]، ?(\d{1,3}) (\d{1,3})[\[\]]")
_NUMERIC_CLOSER_FIRST = re.compile(r"(?<=\S)\] (\d{1,3})\](?=[.،,;؛]|\s|$)")


# a dual date or a no-date mark the reordering turned round (logical): "1443هـ2022/م",
# "1443ـه2022/م", "(Hasan, d.n., p. 4)", "(الحسيني، ت.د: 12)"
_DUAL_DATE_TURNED = re.compile(r"(1[34]\d\d) ?(?:هـ|ـه) ?((?:19|20)\d\d) ?/ ?م")
_NO_DATE_TURNED = re.compile(r"(?<=[،,] )(?:d\.n\.|ت\.د)(?=[\s.,،:)])")


# a bracket with an Arabic-script citation and then a Latin one, as pypdfium2 orders it
# (logical, repaired): the Latin citation glued to the Arabic name, the Arabic one's page,
# separator and year after it backwards: "(الكربلائيDodge & Mansour, 2020: 61 35-36؛ 2022: ،)"
_MIXED_BRACKET_TURNED = re.compile(
    rf"\(([{P.ARABIC_LETTER}][{P.ARABIC_LETTER} ]{{1,60}}?) ?"
    r"([A-Z][^()؛;]{1,80}?(?:19|20)\d\d[a-e]?(?:: ?|, p{1,2}\. ?)\d+(?:[-–]\d+)?) "
    r"(\d{1,4}(?:[-–]\d{1,4})?)([؛;]) ((?:1[34]|19|20)\d\d[a-e]?): ?[،,]\)"
)


def fix_mixed_bracket_order(text: str) -> str:
    """``(الكربلائيDodge & Mansour, 2020: 61 35-36؛ 2022: ،)`` -> ``(الكربلائي، 2022:
    35-36؛ Dodge & Mansour, 2020: 61)``."""
    return _MIXED_BRACKET_TURNED.sub(r"(\1، \5: \3\4 \2)", text)


# lifted-bracket debris between a locator's parts (logical): "Lederach (1997:) ) 39 أن",
# "(ICG, 2018, (p. 9."
_DEBRIS_BEFORE_PAGE = re.compile(
    r"\(((?:1[34]|19|20)\d\d[a-e]?): ?\) ?\) ?(\d{1,4}(?:[-–]\d{1,4})?)(?=\s|[.،,]|$)"
)
_OPENER_BEFORE_P = re.compile(r"((?:19|20)\d\d[a-e]?, )\((pp?\. ?\d{1,4}(?:[-–]\d{1,4})?)\.")


def fix_locator_debris(text: str) -> str:
    """``Lederach (1997:) ) 39 أن`` -> ``Lederach (1997: 39) أن``; ``(ICG, 2018, (p. 9.`` ->
    ``(ICG, 2018, p. 9).``"""
    text = _DEBRIS_BEFORE_PAGE.sub(r"(\1: \2)", text)
    return _OPENER_BEFORE_P.sub(r"\1\2).", text)


def fix_turned_dates(text: str) -> str:
    """``1443هـ2022/م`` -> ``1443هـ/2022م``; ``(Hasan, d.n., p. 4)`` -> ``(Hasan, n.d., p. 4)``."""
    text = _DUAL_DATE_TURNED.sub(r"\1هـ/\2م", text)
    return _NO_DATE_TURNED.sub(lambda m: "n.d." if m.group() == "d.n." else "د.ت", text)


def fix_numeric_brackets(text: str) -> str:
    """``2021]، 9 10]`` -> ``2021 [9، 10]``; ``للخطر] 10].`` -> ``للخطر [10].``"""
    text = _NUMERIC_LIST_SCRAMBLED.sub(r" [\1، \2]", text)
    return _NUMERIC_CLOSER_FIRST.sub(r" [\1]", text)


def fix_separator_first(text: str) -> str:
    """``(& Ismael Ismael، 2015: 121)`` -> ``(Ismael & Ismael، 2015: 121)``; ``(;Dodge, 2012:
    45 Marr & Al-Marashi, 2017: 301)`` -> ``(Dodge, 2012: 45; Marr & Al-Marashi, 2017: 301)``;
    ``(Ali-Al؛ & Pratt, 2009: 77 العبيدي، ...`` -> ``(Al-Ali & Pratt, 2009: 77؛ العبيدي، ...``."""
    text = _AMPERSAND_FIRST.sub(r"(\1 & \2", _ARTICLE_LAST.sub(r"\2-\1", text))
    text = _SEPARATOR_AFTER_FIRST_WORD.sub(r"(\1 \3\2 ", text)
    return _SEMICOLON_FIRST.sub(r"(\1; ", text)


def fix_opener_one_word_off(text: str) -> str:
    """``5000) منظمةGovernment of Iraq، 2023: 6)`` -> ``5000 منظمة (Government of Iraq،
    2023: 6)``: an unmatched closer before the word glued to a citation missing its opener."""
    return _OPENER_ONE_WORD_OFF.sub(_opener_back, text)


def _opener_back(m: re.Match[str]) -> str:
    before = m.string[: m.start()]
    if before.count("(") > before.count(")"):
        return m.group()  # the closer closes something
    return f" {m.group(1)} ("


# a line that goes on with a left-to-right citation whose run begins with the page number
# that closes the previous line's entry: "Haddad, 2011: 140 33;)" for "33; Haddad, 2011: 140)"
_NUMBER_LED_RUN = re.compile(
    r"^([A-Z][^()\d]{0,60}?,? (?:1[34]|19|20)\d\d[a-z]?: ?\d+(?:[-–]\d+)?) (\d+(?:[-–]\d+)?)([;,])"
    r"(?=\s*\))"
)


# ... or with the year before a page locator: "p. 14 2019,)" for "2019, p. 14)"
_YEAR_LED_RUN = re.compile(r"^(pp?\. ?\d+(?:[-–]\d+)?) ((?:1[34]|19|20)\d\d[a-z]?,)(?=\s*\))")


def fix_number_led_run(text: str) -> str:
    """``Haddad, 2011: 140 33;). ويخلص`` -> ``33; Haddad, 2011: 140). ويخلص``,
    ``p. 14 2019,). وفي`` -> ``2019, p. 14). وفي``.

    A line break inside a Latin citation leaves the next line with a left-to-right run that
    starts with digits (the last locator of the entry before); read without the Latin words
    that opened the run on the line before, those digits count as right-to-left and end up
    after the run. A number and its separator after a complete ``name, year: page`` before
    the closer go back to the start of the line."""
    return _YEAR_LED_RUN.sub(r"\2 \1", _NUMBER_LED_RUN.sub(r"\2\3 \1", text))


# a citation's page range: "2022: 36-35", "2020، ص. 84-82"
_PAGE_RANGE = re.compile(
    r"((?:1[34]|19|20)\d\d[a-z]?(?:هـ)?[:،,] ?(?:(?:ص|pp?)\. ?)?)(\d{1,4})([-–])(\d{1,4})(?![\d-])"
)


def fix_turned_page_range(text: str) -> str:
    """``(الكربلائي، 2022: 36-35؛`` -> ``(الكربلائي، 2022: 35-36؛``: the two pages of a range
    an Arabic line drew right to left, joined in that order by a dash put back later (a
    range never runs backwards)."""

    def turn(m: re.Match[str]) -> str:
        a, b = m.group(2), m.group(4)
        if int(a) <= int(b) or len(a) != len(b):  # "123-45" is an abbreviated range
            return m.group()
        return f"{m.group(1)}{b}{m.group(3)}{a}"

    return _PAGE_RANGE.sub(turn, text)


def fix_citation_text(text: str) -> str:
    """Every line-level fix above, in order."""
    text = fix_turned_page_range(fix_number_led_run(text))
    fixed = fix_turned_dates(fix_mixed_bracket_order(fix_suffix_before_year(text)))
    fixed = fix_locator_debris(fixed)
    fixed = fix_separator_first(fix_numeric_brackets(fixed))
    fixed = fix_opener_one_word_off(fixed)
    return fix_doubled_opener(fix_displaced_narrative(fix_shuffled_p_locator(fixed)))
