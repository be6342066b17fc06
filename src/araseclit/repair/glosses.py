"""Latin glosses (``الدولة الريعية (rentier state)``) whose brackets an extractor parted
from their words, put back.

A bracketed Latin term after an Arabic one is drawn in another font and another direction,
and two extractors part it from its brackets:

- pdfplumber, under XeLaTeX, gives the term's Latin letters as a line of their own before
  their line (they sit higher), left to right, and leaves the brackets empty in the line
  (:func:`fill_lifted_terms`);
- pdftotext without its bidi controls, and pypdfium2, give the brackets as an empty pair
  beside the term or splitting it (``rentier state) (``, ``()Cohen's kappa``;
  :func:`wrap_glossed_runs`).

Where the empty pair is, the term goes; what the scorer and the brackets' balance say
decides between readings, "leave it" among them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from araseclit.document import Line
from araseclit.repair import patterns as P

# a line of Latin words only (terms: "diabetic retinopathy", "Cohen's kappa", "TF-IDF")
_TERM_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9'’&+/\-–]*(?: [A-Za-z0-9'’&+/\-–]+)*$")
# an empty bracket pair the term stood in, as read back ("( )", or turned: ") ("); not
# square brackets: "[ ]" is a form's box to tick
_EMPTY_PAIR = re.compile(r"\(\s*\)|\)\s*\(")
#: the most words a gloss has: the longest of ``corpora/calibration``'s sources has 4
#: ("randomized complete block design"), times 1.25; a longer Latin line is a sentence (a
#: bilingual form's English), not a term
MAX_TERM_WORDS = 5
#: the most ways of cutting a lifted line's words into its terms (a line with more is left)
MAX_TERM_SPLITS = 64


def _term_splits(words: list[str], n: int) -> list[list[str]]:
    """Every way of cutting ``words`` (in their order) into ``n`` non-empty terms."""
    if n == 1:
        return [[" ".join(words)]]
    return [
        [" ".join(words[:i]), *rest]
        for i in range(1, len(words) - n + 2)
        for rest in _term_splits(words[i:], n - 1)
    ]


def _fill(text: str, slots: list[re.Match[str]], terms: list[str]) -> str:
    """``text`` with its empty pairs ``slots`` holding ``terms``, a space before each pair
    and after it (unless punctuation follows)."""
    out, at = [], 0
    for m, term in zip(slots, terms, strict=True):
        before = text[at : m.start()]
        out += [before, " " if before and not before.endswith(" ") else "", "(", term, ")"]
        at = m.end()
        if at < len(text) and (text[at].isalnum() or text[at] in "([«"):
            out.append(" ")
    return "".join([*out, text[at:]])


def fill_lifted_terms(lines: list[Line], score: Callable[[str], float]) -> None:
    """Put back the Latin terms pdfplumber lifted out of an Arabic line, into the empty
    brackets they left there (XeLaTeX draws a gloss's Latin letters higher than the Arabic
    ones, and pdfplumber gives them as a line of their own before their line, left to right
    as drawn)::

        diabetic retinopathy
        ... من ( ) يركسلا ةيكبشلا لالتعا      ->   ... اعتلال الشبكية السكري (diabetic retinopathy) من ...

    The terms fill the line's empty pairs in the order they were drawn (left to right, so
    the last term fills the first pair of the line read right to left). Where the line has
    fewer pairs than the lifted line has words, the scorer says where one term ends and the
    next begins. A line without an empty pair keeps its lifted line (clean text has none)."""
    for k in range(len(lines) - 2, -1, -1):
        lifted, line = lines[k], lines[k + 1]
        raw = (lifted.raw or "").replace("\f", "").strip()
        if not _TERM_LINE.match(raw) or lifted.text.strip() != raw:
            continue
        slots = list(_EMPTY_PAIR.finditer(line.text))
        words = raw.split()
        if not slots or len(words) < len(slots) or not P.ANY_ARABIC.search(line.text):
            continue
        if math.comb(len(words) - 1, len(slots) - 1) > MAX_TERM_SPLITS:
            continue
        splits = [
            terms
            for terms in _term_splits(words, len(slots))
            if max(len(t.split()) for t in terms) <= MAX_TERM_WORDS
        ]
        if not splits:
            continue
        readings = [_fill(line.text, slots, list(reversed(terms))) for terms in splits]
        line.text = max(readings, key=score) if len(readings) > 1 else readings[0]
        line.changed, line.score = True, max(line.score, lifted.score, 0.5)
        del lines[k]


# an empty pair with the Latin words beside it: "state) (أضعفت" (stripped), "()Cohen's kappa"
_LATIN_WORD = r"[A-Za-z][A-Za-z'’\-]*\.?"
_GLOSS_PAIR = re.compile(
    rf"(?P<before>(?:{_LATIN_WORD} )*{_LATIN_WORD})? ?(?P<pair>\)\s*\(|\(\s*\))"
    rf" ?(?P<after>{_LATIN_WORD}(?: {_LATIN_WORD})*)?"
)
# a number beside the run or the pair: a citation's year or page, the citation passes' own
_NUMBER_BEFORE = re.compile(r"\d[:.،,]?\s*$")
_NUMBER_AFTER = re.compile(r"^\s*[.،,:]?\s*\d")
#: what each bracket without its partner in a line costs a reading (nats): none of the 141
#: paragraphs of ``corpora/calibration``'s sources has one (odds under 1:142, some 5 nats
#: for a turned pair); the scorer's n-grams hardly tell ``X) (Y`` from ``(X) Y``
UNPAIRED_BRACKET = 2.5


def _unpaired(text: str) -> int:
    """Brackets of ``text`` without their partner (a closer first, an opener never closed)."""
    depth = lone = 0
    for c in text:
        if c in "([":
            depth += 1
        elif c in ")]":
            depth, lone = (depth - 1, lone) if depth else (0, lone + 1)
    return lone + depth


def _wrapped(text: str, m: re.Match[str]) -> str:
    """``text`` with the Latin run(s) beside the empty pair of ``m`` inside it."""
    inner = " ".join(w for w in (m.group("before"), m.group("after")) if w)
    head, tail = text[: m.start()], text[m.end() :]
    head = head if not head or head.endswith(" ") else head + " "
    tail = tail if not tail or tail[0] in " .،,؛:)" else " " + tail
    return f"{head}({inner}){tail}"


def wrap_glossed_runs(lines: list[Line], score: Callable[[str], float]) -> None:
    """Put a Latin gloss back inside the empty brackets beside it. Read without its bidi
    controls (or by pypdfium2), a bracketed Latin run comes out with its brackets as an
    empty pair on one side of it, or splitting it (``الريعية rentier state) (أضعفت``,
    ``()Cohen's kappa``, ``remote) (work``). The reading with the run inside the pair
    replaces the line where it scores higher, with :data:`UNPAIRED_BRACKET` for each
    bracket left without its partner, than the line as it stands. A run with a number
    beside it (a citation's year or page) is left to the citation passes."""

    def judged(text: str) -> float:
        return score(text) - UNPAIRED_BRACKET * _unpaired(text)

    for ln in lines:
        if not (_EMPTY_PAIR.search(ln.text) and P.ANY_LATIN.search(ln.text)):
            continue
        text = ln.text
        for m in reversed(list(_GLOSS_PAIR.finditer(text))):
            if not (m.group("before") or m.group("after")):
                continue
            if _NUMBER_BEFORE.search(text[: m.start()]) or _NUMBER_AFTER.match(text[m.end() :]):
                continue
            if len(f"{m.group('before') or ''} {m.group('after') or ''}".split()) > MAX_TERM_WORDS:
                continue
            wrapped = _wrapped(text, m)
            if judged(wrapped) > judged(text):
                text = wrapped
        if text != ln.text:
            ln.text, ln.changed = text, True
