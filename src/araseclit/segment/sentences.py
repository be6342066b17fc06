"""Sentence boundaries in repaired Arabic academic text.

Decisions (documented in the README of the stage, tested in ``tests/segment``):

- Sentences end at ``.``, ``؟``, ``?``, ``!`` (and runs such as ``؟!``); **not** at ``؛``,
  which in Arabic prose joins clauses of one sentence, nor at ``:`` or an ellipsis ``…``/``...``.
- A period is no boundary after an abbreviation (``ص.``, ``د.``, ``ت.``, ``pp.``, ``et al.``,
  ``Dr.``), an initial (``ع.``, ``J.``), inside a number (``2.1``) or dotted abbreviation
  (``د.ت``, ``U.S.``), inside brackets, guillemets or a URL, after a list number at the start
  of a sentence (``1. …``), or when the text goes on with ``،``, ``)``, ``/``, ``:`` etc.
- ``م.``/``هـ.`` after a year end a sentence unless the text goes on (``1444هـ./2022م.``);
  after no number they are a title or an initial (``م. حيدر``: مهندس).
- Closing brackets/quotes after a terminator stay with the sentence, and so does a citation
  that follows it: ``… . (Buzan، 1991: 19)`` is one sentence, like ``… (Buzan، 1991: 19).``.
- A period glued between two Arabic words of three letters or more (``الداعمة.وخلال``, left
  by PDF repair) is a boundary.
- No sentence crosses a paragraph boundary; a heading paragraph is one sentence.
"""

from __future__ import annotations

import itertools
import re

from araseclit.normalize import normalize_token
from araseclit.segment.data_loader import abbreviation_form, load_segment_data
from araseclit.segment.patterns import (
    ANY_LETTER_RE,
    ARABIC_LETTER_RE,
    CITATION_TAIL_RE,
    CONTINUATION_RE,
    DOTTED_ABBREVIATION_RE,
    INITIAL_RE,
    LETTERS_AFTER_RE,
    LETTERS_BEFORE_RE,
    LIST_NUMBER_RE,
    TERMINATOR_RE,
    TOKEN_STOPS,
    URL_RE,
    YEAR_WITH_ERA_RE,
)
from araseclit.segment.sections import find_paragraphs, parse_heading

_OPENERS = {"(": ")", "[": "]", "«": "»", "{": "}"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
_QUOTES_AFTER = "\"”’'"
# an opening or closing bracket or guillemet, e.g. "(" and ")" in "(Dodge, 2020)"
_BRACKET_RE = re.compile("[" + re.escape("".join(_OPENERS) + "".join(_CLOSERS)) + "]")
#: brackets further apart than this are treated as unmatched (scrambled text)
MAX_BRACKET_SPAN = 400


def _protected(p: str) -> bytearray:
    """Mask of characters inside matched brackets/guillemets or URLs."""
    mask = bytearray(len(p))
    stack: list[tuple[str, int]] = []
    for found in _BRACKET_RE.finditer(p):  # only the brackets: a loop over every character
        i, ch = found.start(), found.group()  # was most of the segment stage's time
        if ch in _OPENERS:
            stack.append((ch, i))
        elif ch in _CLOSERS:
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == _CLOSERS[ch]:
                    start = stack[k][1]
                    del stack[k:]
                    if i - start <= MAX_BRACKET_SPAN:
                        mask[start + 1 : i] = b"\x01" * (i - start - 1)
                    break
    for m in URL_RE.finditer(p):
        mask[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return mask


def _abbreviated(p: str, sent_start: int, tok: tuple[int, str]) -> bool:
    """Whether the word ``tok`` before a period is abbreviated, so the period ends no
    sentence: a known abbreviation, an initial, or a year's era letter (``م``, ``هـ``) after
    no number, a title or an initial: ``م. حيدر العبيدي`` (مهندس), not ``عام 2003 م.``."""
    data = load_segment_data()
    token = tok[1].lstrip("([")
    norm = normalize_token(token)
    if norm in data.year_suffixes:
        j = tok[0]
        while j > sent_start and p[j - 1].isspace():
            j -= 1
        before = _token_before(p, sent_start, j)
        return before is None or not any(ch.isdigit() for ch in before[1])
    if YEAR_WITH_ERA_RE.match(norm):
        return False  # "2003م." may end a sentence: decided by what follows
    return (
        abbreviation_form(token) in data.abbreviations
        or bool(INITIAL_RE.match(token))
        or bool(DOTTED_ABBREVIATION_RE.match(token))
    )


def _glued_period_is_boundary(p: str, i: int) -> bool:
    """A period at ``p[i]`` followed directly by a non-space character."""
    nxt = p[i + 1]
    if nxt in ")]»([" + _QUOTES_AFTER:
        return True  # ".)", ".»", ".(Buzan", ".[3]" — closers and a citation are absorbed later
    before = LETTERS_BEFORE_RE.search(p, max(0, i - 40), i)  # as far as `after` looks
    after = LETTERS_AFTER_RE.match(p[i + 1 : i + 40])
    if not before or not after:
        return False  # "2.1", "2022.ص"
    arabic = ARABIC_LETTER_RE.match(after.group()) and ARABIC_LETTER_RE.match(before.group()[-1])
    return bool(arabic) and len(before.group()) >= 3 and len(after.group()) >= 3


def _token_before(p: str, start: int, end: int) -> tuple[int, str] | None:
    """Start and text of the word that ends at ``end`` (or at a newline just before it), not
    reaching back before ``start``: ``"ص"`` for ``"(ص."``."""
    if end > start and p[end - 1] == "\n":
        end -= 1
    i = end
    while i > start and not p[i - 1].isspace() and p[i - 1] not in TOKEN_STOPS:
        i -= 1
    return (i, p[i:end]) if i < end else None


def _is_boundary(p: str, m: re.Match[str], sent_start: int) -> bool:
    term = m.group()
    if term == "…" or (term.startswith("..") and set(term) == {"."}):
        return False
    end = m.end()
    if term == ".":
        if end < len(p) and not p[end].isspace():
            return _glued_period_is_boundary(p, m.start())
        tok = _token_before(p, sent_start, m.start())
        if tok and _abbreviated(p, sent_start, tok):
            return False
        if tok and LIST_NUMBER_RE.match(tok[1]):
            head = p[sent_start : tok[0]].strip()
            if not head or head.endswith((":", "؛")):
                return False  # "1. تعزيز الشفافية"
    return not CONTINUATION_RE.match(p, end)


def _extend(p: str, end: int, sent_start: int) -> int:
    """Absorb closing brackets/quotes and a trailing citation into the sentence ending at end."""
    while end < len(p) and p[end] in ")]»" + _QUOTES_AFTER:
        opener = _CLOSERS.get(p[end])
        if opener and p.count(opener, sent_start, end) <= p.count(p[end], sent_start, end):
            break
        end += 1
    cite = CITATION_TAIL_RE.match(p, end)
    return cite.end() if cite else end


def _split_paragraph(p: str) -> list[tuple[int, int]]:
    mask = _protected(p)
    cuts = [0]
    for m in TERMINATOR_RE.finditer(p):
        if m.start() < cuts[-1] or mask[m.start()]:
            continue
        if _is_boundary(p, m, cuts[-1]):
            cuts.append(_extend(p, m.end(), cuts[-1]))
    cuts.append(len(p))
    spans: list[tuple[int, int]] = []
    for s, e in itertools.pairwise(cuts):
        while s < e and p[s].isspace():
            s += 1
        while e > s and p[e - 1].isspace():
            e -= 1
        if e <= s:
            continue
        if spans and not ANY_LETTER_RE.search(p, s, e):
            spans[-1] = (spans[-1][0], e)  # a stray ")" or "." left by PDF repair
        else:
            spans.append((s, e))
    return spans


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence of ``text``, in order, never across paragraphs."""
    spans: list[tuple[int, int]] = []
    for start, end in find_paragraphs(text):
        para = text[start:end]
        if parse_heading(para):
            spans.append((start, end))
            continue
        spans.extend((start + s, start + e) for s, e in _split_paragraph(para))
    return spans
