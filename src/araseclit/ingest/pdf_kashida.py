"""Justification kashidas that a PDF maps to wrong codes, found per font and dropped.

LibreOffice stretches justified Arabic lines with kashida glyphs, and its font subsets map
them to ``"``, ``*``, ``‰``, ``,``, a digit or a space, and some marks to Latin letters of no
width; Amiri's connector between kaf and lam comes out as an accented Latin letter. Left in, they split and garble words ("المعاص""رة", "الفس اد").
"""

from __future__ import annotations

import statistics
import unicodedata

from araseclit.repair.kashida import run_in_joining_word

from .pdf_layout import Glyph, PageLayout, PageLine

#: a symbol drawn inside Arabic words at least this often (and this share) is a kashida
KASHIDA_MIN = 3
KASHIDA_SHARE = 0.8


#: a punctuation mark a gap wider than this share of the font size away from a letter beside
#: it ends a word: XeLaTeX draws no space glyphs, so a comma ending a word stands between two
#: letters, a word gap away from the next (a kashida joins its letters; the codes fonts map
#: kashidas to, like "/" in a bold Noto Sans heading, may be drawn narrower than the stroke,
#: so the gap is weighed for real punctuation only)
KASHIDA_GAP = 0.15
#: the punctuation a word ends with, for which the gap is weighed
_WORD_END_PUNCT = frozenset("،؛؟.:!«»")


def _in_word(bases: list[Glyph], i: int) -> bool:
    """Whether glyph ``i`` (visual order) sits inside a joining word
    (:func:`araseclit.repair.kashida.run_in_joining_word`, the detector the text pass uses),
    its run taken over repeats of itself (kashidas come in runs) and zero-width glyphs, with
    no word gap on either side for punctuation (see :data:`KASHIDA_GAP`)."""
    texts = [g.text for g in bases]
    sides = run_in_joining_word(
        texts, i, i + 1, skip=lambda k: texts[k] == texts[i] or _ratio(bases[k]) < 0.05
    )
    if sides is None:
        return False
    if bases[i].text not in _WORD_END_PUNCT:
        return True
    left, right = sides
    limit = KASHIDA_GAP * max(bases[i].size, 1.0)
    # the gap from each letter to the glyph's run of itself on that side
    return (
        min(g.x0 for g in bases[left + 1 : i + 1]) - bases[left].x1 <= limit
        and bases[right].x0 - max(g.x1 for g in bases[i:right]) <= limit
    )


def _overlaps_neighbour(bases: list[Glyph], i: int, share: float = 0.5) -> bool:
    g = bases[i]
    width = g.x1 - g.x0
    near = [h for h in bases[max(i - 2, 0) : i + 3] if h is not g]
    return width > 0 and any(min(g.x1, h.x1) - max(g.x0, h.x0) > share * width for h in near)


def _kashida_candidates(pl: PageLine) -> list[tuple[Glyph, bool, bool]]:
    """Symbols, digits and spaces of a line, each with two flags: whether it sits inside an
    Arabic word (a space: whether it overlaps a neighbour, which real spaces never do), and
    whether it is drawn over a neighbour."""
    bases = sorted((g for g in pl.glyphs if not g.is_mark), key=lambda g: g.x0)
    out = []
    for i, g in enumerate(bases):
        if g.is_space:
            overlap = _overlaps_neighbour(bases, i, 0.25)
            out.append((g, overlap, overlap))
        elif len(g.text) == 1 and unicodedata.category(g.text)[0] in "PSN":
            out.append((g, _in_word(bases, i), _overlaps_neighbour(bases, i)))
        elif len(g.text) == 1 and g.text.isascii() and g.text.isalpha() and _ratio(g) < 0.05:
            out.append((g, True, False))  # a mark mapped to a Latin letter, never real
        elif _accented_latin(g.text):
            # a connector glyph mapped to an accented Latin letter: Amiri's between kaf and
            # lam ("الكîهرباء"); the share rule in drop_kashida_glyphs keeps real names
            out.append((g, _in_word(bases, i), _overlaps_neighbour(bases, i)))
    return out


def _accented_latin(text: str) -> bool:
    """A single non-ASCII Latin letter (``î``, ``ğ``): text when it stands among Latin letters,
    a glyph artefact when a font draws it inside Arabic words."""
    return (
        len(text) == 1
        and not text.isascii()
        and unicodedata.category(text)[0] == "L"
        and "LATIN" in unicodedata.name(text, "")
    )


def _ratio(g: Glyph) -> float:
    return (g.x1 - g.x0) / max(g.size, 1.0)


def _kashida_width(g: Glyph, kashida: float, plain: list[float] | None) -> bool:
    """Whether ``g`` has the advance of its code's kashida, when that differs from the
    code's usual advance (LibreOffice's kashida-as-space is 4% wider than a space)."""
    return _kashida_width_distinct(kashida, plain) and abs(_ratio(g) - kashida) < 0.01 * kashida


def _kashida_width_distinct(kashida: float, plain: list[float] | None) -> bool:
    return bool(plain) and abs(statistics.median(plain or [0.0]) - kashida) > 0.02 * kashida


def _beside_colon(pl: PageLine) -> set[int]:
    """Ids of glyphs drawn right beside a colon: where the bidi order carries a kashida that
    followed a locator's year (``2019:' 4``, ``2022:, 20``); real text never puts a comma or
    an apostrophe there."""
    bases = sorted((g for g in pl.glyphs if not g.is_mark), key=lambda g: g.x0)
    out: set[int] = set()
    for i, g in enumerate(bases):
        if g.text != ":":
            continue
        for step in (-1, 1):  # the run of one code on either side (kashidas come in runs)
            k = i + step
            while 0 <= k < len(bases) and bases[k].text == bases[i + step].text != ":":
                out.add(id(bases[k]))
                k += step
    return out


def drop_kashida_glyphs(pages: list[PageLayout]) -> set[tuple[str, str]]:
    """Remove justification kashidas that the PDF maps to a wrong code.

    LibreOffice stretches justified Arabic lines with kashida glyphs that its font subsets
    map to ``"``, ``*``, ``‰``, a digit or a space. A code that, in one font, is drawn where
    kashidas go (see :func:`_kashida_candidates`) several times, and for symbols most of
    the time, is a kashida there; those placements are dropped, and so are other glyphs of
    a code as wide as its kashida where that width is distinctive, and symbols of the code
    beside a colon. Returns the (font, code) pairs found.
    """
    flagged: dict[tuple[str, str], list[float]] = {}
    plain: dict[tuple[str, str], list[float]] = {}
    candidates = {id(pl): _kashida_candidates(pl) for page in pages for pl in page.lines}
    for page in pages:
        for pl in page.lines:
            for g, in_word, _ in candidates[id(pl)]:
                (flagged if in_word else plain).setdefault((g.font, g.text), []).append(_ratio(g))
    codes = {
        key: statistics.median(ratios)
        for key, ratios in flagged.items()
        if len(ratios) >= KASHIDA_MIN
        and (
            key[1].isdigit()
            or key[1].isspace()
            or len(ratios) >= KASHIDA_SHARE * (len(ratios) + len(plain.get(key, [])))
            or _kashida_width_distinct(statistics.median(ratios), plain.get(key))
        )
    }
    for page in pages:
        for pl in page.lines:
            drop = set()
            colon = _beside_colon(pl)
            for g, in_word, overlap in candidates[id(pl)]:
                key = (g.font, g.text)
                beside = id(g) in colon and unicodedata.category(g.text)[0] in "PS"
                if key in codes and (
                    in_word or overlap or beside or _kashida_width(g, codes[key], plain.get(key))
                ):
                    drop.add(id(g))
            if drop:
                pl.dropped += [g for g in pl.glyphs if id(g) in drop]  # they still fill a gap
                pl.glyphs = [g for g in pl.glyphs if id(g) not in drop]
    return set(codes)
