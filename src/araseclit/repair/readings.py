"""The readings of one raw line: the line as it stands, and its inverse under each order.

An extractor leaves each line in one of a few orders (:mod:`araseclit.scramble.ops` runs
them forward). For every raw line this module gives the inverse reading under each order
that applies, and "leave it as it is", which is always a candidate. Which reading wins is
decided elsewhere (:mod:`.decide`), by the scorer, never here.

Orders (the inverse of each):

- ``embedded``: pdftotext's ``LRE ... PDF`` embeddings read back (needs the controls);
- ``columns``: a ``pdftotext -layout`` row spread over the line's width, its embeddings
  given left to right as they stand on the page: read right to left;
- ``stripped_columns``: the same row with its controls stripped, its stretches (between
  wide gaps) each read as ``stripped``;
- ``stripped``: the same embeddings with their controls gone (:mod:`.stretches`);
- ``ltr_stripped``: a line pdftotext laid out left to right (Arabic embedded in it), its
  controls gone: the Arabic stretches are wrapped again and the line read as pdftotext's;
- ``runs``: level runs in display order, Arabic runs logical (the seed chapter);
- ``islands``: pypdfium2's reversed Latin runs and number punctuation;
- ``reversed``: the whole line in display order (pdfplumber);
- ``words``: words letter by letter backwards, judged word by word by the word model.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable

from araseclit.charsets import BIDI_CONTROL_RE
from araseclit.repair import patterns as P
from araseclit.repair.chars import (
    decompose_presentation_forms,
    drop_bidi_controls,
    drop_unmapped_glyphs,
    fix_latin_comma,
    fix_locator_order,
    join_detached_marks,
    join_stray_last_letter,
    tidy_spacing,
    unmirror_brackets,
)
from araseclit.repair.flip import Flips, flip_word, flip_words
from araseclit.repair.order import (
    reorder_columns,
    reorder_embedded,
    reorder_islands,
    reorder_ltr_line,
    reorder_runs,
    reverse_line,
    rewrap_ltr_line,
    split_columns,
)
from araseclit.repair.stretches import read_stretches
from araseclit.textmodel.scorer import WordModel

ORDERS = ("embedded", "stripped", "runs", "islands", "reversed", "words")
#: how much likelier (log odds) a word's reverse must be before the ``words`` reading turns it
FLIP_MARGIN = 4.0
#: a word form the frequency list knows this well (zipf) is never turned: both directions of
#: such a form are usually words ("نمو" / "ومن", "سفن" / "نفس")
KNOWN_ZIPF = 2.5
#: how much likelier the reverse of a well-known form must be in a document of backward words
KNOWN_FLIP_MARGIN = 8.0
#: in such a document, how much the prior odds that a form came backwards (see
#: :func:`word_flips`) plus its reverse's gain must come to
DOC_FLIP_MARGIN = 0.0

Better = Callable[[str, str], float]


def normalise(raw: str) -> str:
    """Operation ``normalise``, what the readings of a line start from when it is on: glyphs
    with no text dropped (``(cid:30)``, control characters), presentation forms decomposed,
    a mark detached by a space put back. The orchestrator (:func:`araseclit.repair.repair_lines`)
    normalises each line once, before it is read; the readings below do not normalise, so
    that a config can switch it off."""
    text = decompose_presentation_forms(drop_unmapped_glyphs(raw.replace("\f", "")))
    return join_detached_marks(text)


def as_it_stands(text: str) -> str:
    """The line as it stands (the reading every other one must beat), without its bidi
    controls and page breaks; ``text`` is the line as the orchestrator normalised it."""
    return drop_bidi_controls(text.replace("\f", "")).strip()


def leave(raw: str) -> str:
    """A piece of a source line (as the extractor wrote it) as it stands, normalised: for a
    pass that reads pieces of the raw lines again (:func:`as_it_stands` of a line already
    normalised)."""
    return as_it_stands(normalise(raw))


def _turn_opener(m: re.Match[str]) -> str:
    """A mirrored opener with its space after it, turned round: ") " -> " (", "] " -> " ["."""
    return " (" if m.group(1) == ")" else " ["


def _finish(text: str) -> str:
    """What every scrambled reading gets after its order is undone: a comma glued to the
    wrong side of a Latin name, a page given before its year, brackets turned the wrong way,
    spacing. (Damage that is not about order, like lam-alef read alef first, is left to the
    passes, so that readings differ by order alone.)"""
    for fix in (fix_latin_comma, fix_locator_order, unmirror_brackets, tidy_spacing):
        text = fix(text)
    return text


def read_line(
    raw: str,
    order: str,
    before: str = "AL",
    flips: set[str] | None = None,
    better: Better | None = None,
) -> str:
    """``raw`` read back from ``order`` (one of :data:`ORDERS`); ``before`` is the bidi class
    of the last strong character of the previous line, ``flips`` the word forms the
    ``words`` reading turns round, ``better`` the scorer's comparison (``stripped``).
    ``raw`` is normalised already where the config has :func:`normalise` on: no reading
    normalises."""
    text = join_stray_last_letter(raw.replace("\f", ""))
    if order == "embedded":  # (a line without controls is a left-to-right line, displayed)
        return _finish(drop_bidi_controls(reorder_embedded(text, before)))
    if order == "columns":  # (no reading, "", for a row that is not spread out)
        spread = reorder_columns(text, before)
        return "" if spread is None else _finish(drop_bidi_controls(spread))
    plain = drop_bidi_controls(text)
    if order == "stripped":
        if better is None:
            raise ValueError("the stripped reading needs a scorer")
        return _finish(read_stretches(plain, better))
    if order == "stripped_columns":  # (no reading, "", for a row that is not spread out)
        if better is None:
            raise ValueError("the stripped reading needs a scorer")
        pieces = split_columns(plain)
        if pieces is None:
            return ""
        return _finish(" ".join(read_stretches(p, better).strip() for p in pieces))
    if order == "ltr_stripped":  # a left-to-right line of pdftotext's, controls stripped
        return _finish(reorder_ltr_line(rewrap_ltr_line(plain), before))
    if order == "runs":
        head = P.LTR_LED_HEAD.match(plain)
        if head:  # a line laid out left to right: its Latin head is already first
            rest = read_line(head.group(2), "runs", "L", flips, better)
            return f"{fix_latin_comma(head.group(1))} {rest.strip()}"
        return _finish(drop_bidi_controls(reorder_runs(plain)))
    if order == "islands":
        return _finish(reorder_islands(plain))
    if order == "reversed":
        return _finish(reverse_line(plain))
    if order == "words":
        turned = flip_words(plain, flips or set())
        return _finish(reorder_islands(P.OPENER_SPACED_AFTER.sub(_turn_opener, turned)))
    raise ValueError(f"unknown order {order!r}")


def word_flips(words: Iterable[str], model: WordModel, document: bool = False) -> Flips:
    """The Arabic word forms the word model reads backwards: their reverse clearly likelier
    (by :data:`FLIP_MARGIN`), and the form itself no word the frequency list knows well.

    With ``document`` (the document is known to give words backwards), a well-known form
    is turned too when its reverse also occurs in the document (a document that writes
    ``في`` somewhere and ``يف`` elsewhere got ``يف`` backwards) or is far likelier (by
    :data:`KNOWN_FLIP_MARGIN`: ``يف`` for ``في``, not ``نمو`` for ``ومن``)."""
    forms = set(words)
    known = 10 ** (KNOWN_ZIPF - 9)
    out = set()
    gains: dict[str, float] = {}
    for word in forms:
        turned = flip_word(word.replace("\u0640", ""))
        if turned == word:
            continue
        gain = gains[word] = model.logp(turned) - model.logp(word)
        if model.frequency(word) >= known:
            if not document:
                continue
            if not (gain > KNOWN_FLIP_MARGIN or (turned in forms and gain > FLIP_MARGIN)):
                continue
        if gain > FLIP_MARGIN:
            out.add(word)
    if document:
        # the share of this document's forms given backwards, from the forms that leave no
        # doubt either way, is the prior for the rest: where nearly every clear form came
        # backwards (an extractor that reverses every word), ``ناك``, ``نود``, ``ال`` are
        # ``كان``, ``دون``, ``لا`` although both directions are words
        kept = sum(1 for g in gains.values() if g < -FLIP_MARGIN)
        prior = math.log((len(out) + 1) / (kept + 1))
        out |= {w for w, g in gains.items() if g + prior > DOC_FLIP_MARGIN}
    return Flips(out, model=model)  # with the way the document turns their marks


def has_controls(raw: str) -> bool:
    """The line carries bidi controls (pdftotext's embeddings)."""
    return bool(BIDI_CONTROL_RE.search(raw))
