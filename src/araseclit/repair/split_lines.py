"""A line split in two by font: its Latin words, or its punctuation and digits, on their own.

Chromium draws the Latin words, brackets and dashes of an Arabic line in a Latin font and
its Arabic, commas and digits in an Arabic one; pdfplumber, which groups characters into
lines by their top edge, splits such a line in two. The repairs below, each acting only in
documents where its damage recurs:

- :func:`merge_split_citations` -- the Latin words of a citation given as a line before
  its Arabic line, merged back by :mod:`.interleave` (on the raw lines, before reading);
- :func:`merge_latin_lines` -- a Latin line and the line of its punctuation and digits,
  placed by the reference-list rules of :mod:`.entries`; where the Latin font lost its
  narrow spaces, they come back too (:func:`unglue`).
"""

from __future__ import annotations

import re

from araseclit.document import Line
from araseclit.repair import patterns as P
from araseclit.repair.entries import Entry, render_entries
from araseclit.repair.interleave import interleave, split_marks, tighten
from araseclit.repair.lifted import MIN_LIFTED, is_lifted

# --- Latin lines whose punctuation and digits pdfplumber gave as the next line -------------

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
    if not P.WEAK_ONLY.match(rb) or not re.search(r"[.,:;]", rb):
        return False
    return len(rb.split()) >= 2 or not re.search(r"\d", rb)


def _pair_entry(latin: str, weak: str) -> Entry:
    """A Latin reference line and the line pdfplumber made of its punctuation and digits as
    one entry line (:class:`Entry`): the entry's final stop was drawn at the far left, so
    it leads the weak line; the entry number at the far right, after ``[ ]``. An ordinal
    the glued font ran into its edition (``nded``) is two words.

    >>> from araseclit.repair.entries import render_entry
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
    return Entry(chunks, tokens[1:] if closed else tokens, closed, number)


_EDITION = re.compile(r"^(st|nd|rd|th)ed$")


def merge_latin_lines(lines: list[Line]) -> None:
    """Put back the punctuation and digits pdfplumber took out of Latin lines, in documents
    where such pairs recur.

    Chromium draws the punctuation and digits of a Latin line inside an Arabic document in
    the Arabic font, whose glyphs sit lower, so pdfplumber gives them as the next line, left
    to right; where they stood, the Latin line keeps a gap. Each pair is read as one line of
    a reference entry (:func:`_pair_entry`) and placed by the reference-list rules of
    :func:`.entries.render_entry`, with what the other entries know
    (:func:`.entries.render_entries`)."""
    pairs = [k for k in range(len(lines) - 1) if _latin_pair(lines[k], lines[k + 1])]
    if len(pairs) < MIN_LIFTED:
        return
    glued = sum(_glued(c) for k in pairs for c in (lines[k].raw or "").split()) >= MIN_GLUED
    entries = [(lines[k], _pair_entry(lines[k].raw or "", lines[k + 1].raw or "")) for k in pairs]
    texts = render_entries(entries, lines)
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
        and P.WEAK_ONLY.match(drawn)
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
        bool(re.search(r"[()\[\]]", out[k]) and is_lifted(out[k]) and _AR_TOKEN.search(out[k + 1]))
        for k in range(len(out) - 1)
    )
    if len(pairs) + lifted < MIN_LIFTED or not pairs:
        return out
    _merge_name_lines(out, pairs)
    for k in pairs:
        merged = interleave(out[k].replace("\f", ""), out[k + 1].replace("\f", ""))
        if merged is not None:
            feeds = out[k + 1][: len(out[k + 1]) - len(out[k + 1].lstrip("\f"))]
            out[k + 1] = feeds + tighten(merged[0])
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
        after = [t for t in out[k + 2 : k + 4] if t.strip() and not is_lifted(t)][:1]
        if after and _opens_with_locator(after[0]):
            feeds = out[k + 1][: len(out[k + 1]) - len(out[k + 1].lstrip("\f"))]
            out[k + 1] = f"{feeds}{out[k].strip()} {out[k + 1][len(feeds) :]}"
            out[k] = out[k][: len(out[k]) - len(out[k].lstrip("\f"))]
