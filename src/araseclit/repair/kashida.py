"""Kashida junk taken out of words: what a wrongly mapped kashida glyph leaves in the text.

A justified Arabic line is stretched with kashidas. When the font gives the kashida glyph a
wrong text mapping, extractors emit a junk character inside the word instead (LibreOffice
with Noto Naskh or Noto Sans Arabic): ``تط33بيق``, ``المنظم&&ات``, ``ع,,بر``, ``مس''بوق``,
``ال--تي``. Where such a run may stand is one test for text and PDF glyphs alike,
:func:`run_in_joining_word` (the glyph pass is :mod:`araseclit.ingest.pdf_kashida`).

Which character it is differs per document and font, so it is learnt from the document
itself: a kashida can only follow a letter that joins the next one and is always followed by
a letter, so a character that sits between two Arabic letters, next to a joining one, many
times over (and seldom anywhere else) is the document's kashida glyph. Real digits and
punctuation next to Arabic letters (``عام 2014``, ``2003،``) are set off by a space or stand
beside only one letter, so they never gather such evidence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence

from araseclit import charsets
from araseclit.cite.patterns import GLYPH_IN_WORD_RE
from araseclit.repair import patterns as P

#: in-word runs a character needs before it is taken for the document's kashida glyph
MIN_KASHIDA_RUNS = 20
#: different known words a character must sit inside (see :func:`_stretched_words`)
MIN_KASHIDA_WORDS = 10
#: share of a character's runs that must sit inside words (real punctuation mostly does not)
MIN_KASHIDA_SHARE = 0.6
#: different known words that prove a character the glyph whatever share of its runs sits
#: inside words: a character the document also types as itself (e-mail quoting ``> ``,
#: ``Settings > Account``, quotation marks) keeps many runs outside words, but text never
#: types one inside this many words that are known words without it (the most a typed
#: sign reached on the development sets is 8, ``:`` in pdfplumber's words of a news text)
MIN_PROVEN_WORDS = 3 * MIN_KASHIDA_WORDS
#: how many of the characters most often seen after a letter are weighed as glyphs
MAX_CANDIDATES = 5
#: in-word runs enough for an accented Latin letter (``î`` for Amiri's kaf-lam connector),
#: which text never glues inside an Arabic word
MIN_LATIN_GLYPH_RUNS = 5
#: share of its runs such a letter must have inside Arabic words (names like ``Kibaroğlu``
#: keep theirs among Latin letters)
MIN_LATIN_GLYPH_SHARE = 0.9

_BIDI = f"{P.BIDI_CONTROLS.pattern[1:-1]}"
# characters that are never a kashida glyph: letters, marks, spaces, tatweel (real kashida,
# ``هـ``), bidi controls, presentation forms (other drop_* steps handle those)
_NOT_GLYPH = re.compile(
    f"[{P.ARABIC_LETTER}{P.ARABIC_MARK}\u0640\\s{_BIDI}\ufb50-\ufdff\ufe70-\ufefe]"
)


# a character right after an Arabic letter that could be a glyph: "م3" in "منابعهم3ا"
_AFTER_LETTER = re.compile(f"(?<=[{P.ARABIC_LETTER}])(?!{_NOT_GLYPH.pattern}).")


def _run(glyph: str) -> str:
    """One or more copies of ``glyph`` (a justified line stretches a word by as many kashidas
    as its slack needs: ``الخط&&&&&&وط``), with the left-to-right embedding pdftotext wraps
    them in when they are digits or Latin punctuation: ``\u202a33\u202c``. (Only a
    character learnt as the glyph from many words is taken out, see
    :func:`learn_kashida_glyphs`.)"""
    g = f"{re.escape(glyph)}+"
    return f"(?:\u202a{g}\u202c|{g})"


_LETTER = charsets.class_chars(charsets.ARABIC_LETTER)
_JOINING = charsets.class_chars(charsets.JOINING_LETTERS)


def run_in_joining_word(
    units: Sequence[str],
    start: int,
    end: int,
    skip: Callable[[int], bool] | None = None,
) -> tuple[int, int] | None:
    """The one kashida detector: whether the run ``units[start:end]`` sits inside a joining
    word, that is between two Arabic letters one of which joins the run's side (logical
    order: joiner first, ``تطـــبيق``; visual order: joiner last), as only a kashida (or the
    junk a font maps one to) can. Returns the indices of the two letters, else None.

    ``units`` are characters of a text line (:func:`drop_kashida_glyphs`) or glyph texts of
    a PDF line in visual order (:func:`araseclit.ingest.pdf_kashida.drop_kashida_glyphs`);
    a unit is tested by its first character. ``skip`` passes over units on either side
    that are part of the run (for glyphs: more copies of it, zero-width marks)."""
    left, right = start - 1, end
    if skip is not None:
        while left >= 0 and skip(left):
            left -= 1
        while right < len(units) and skip(right):
            right += 1
    if left < 0 or right >= len(units):
        return None
    before, after = units[left][:1], units[right][:1]
    if before in _LETTER and after in _LETTER and (before in _JOINING or after in _JOINING):
        return left, right
    return None


class _InWord:
    """The runs of one glyph inside joining words (:func:`run_in_joining_word`), with the
    ``findall``/``finditer``/``sub`` of the pattern this pass used before."""

    def __init__(self, glyph: str) -> None:
        self.run = re.compile(_run(glyph))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return (m for m in self.run.finditer(text) if run_in_joining_word(text, m.start(), m.end()))

    def findall(self, text: str) -> list[str]:
        return [m.group() for m in self.finditer(text)]

    def sub(self, repl: str, text: str) -> str:
        out, at = [], 0
        for m in self.finditer(text):
            out += [text[at : m.start()], repl]
            at = m.end()
        return "".join(out) + text[at:] if out else text


def _in_word(glyph: str) -> _InWord:
    """The runs of ``glyph`` inside joining words, bidi controls around a run included (see
    :func:`_run`)."""
    return _InWord(glyph)


#: copies of the glyph a run after a space needs before it is taken out (see :func:`_stray`)
MIN_CUT_RUN = 3
#: a citation year: "2019", "1400"
_YEAR = r"(?<!\d)(?:1[34]|19|20)\d\d"


def _stray(glyph: str) -> re.Pattern[str]:
    """A run of ``glyph`` where a kashida put it but the word around it was cut, spaced or
    marked: after a joining letter (and its mark) before a mark, a space or the line end
    (``منهجً**ا``, ``مهم& ا``, ``وص*``); before a joining letter after a letter, a space or
    the line start (the same in visual order: ``ا**ًجه``, ``مً ''ساح``); at the line start
    before a letter (the line was cut after the kashida: ``'دءا``); or between the year and
    page of a citation, where the colon was stretched (``2019* 27``, visual ``27 *:2019``);
    or, :data:`MIN_CUT_RUN` copies and more, after a space before a letter, where the
    extractor cut the word at the kashida (``منش RRRRRأة``, ``ثاني 8888ا``: no text types
    a letter or digit three times over against the start of a word; a sign such as ``*`` or
    ``.`` it may, and keeps it)."""
    run = _run(glyph)
    g = f"{re.escape(glyph)}{{{MIN_CUT_RUN},}}"
    letter, mark, joiner = P.ARABIC_LETTER, P.ARABIC_MARK, P.JOINING_LETTERS
    # the cut-word run only for a letter or digit glyph ("RRRRR", "8888"): text types "***" or
    # "..." before a word ("انظر الفقرة ***أولاً", "قال ...إن")
    cut = (
        f"(?<=\\s)(?:\u202a{g}\u202c|{g})(?=[{letter}])|(?<=\u202a\\s){g}(?=\u202c[{letter}])|"
        if glyph.isalnum()
        else ""
    )
    return re.compile(
        f"{cut}"
        f"(?:(?<=[{joiner}])|(?<=[{joiner}][{mark}])){run}(?=[{letter}{mark}]|\\s|[{_BIDI}]*$)"
        f"|(?:^|(?<=[\\s{letter}{mark}])){run}(?=[{mark}]?[{joiner}])"
        f"|(?:^|(?<=^[\f\u202b])|(?<=^\f\u202b)){run}(?=[{letter}])"
        f"|(?:^|(?<=[\\s()])){run}(?=\\s?:{_YEAR})|(?<={_YEAR}){run}(?=\\s\\d)"
    )


#: copies of a letter glyph in a run that no text types anywhere (``%54 CCCCCCCC``; "www" is
#: three)
MIN_LONG_RUN = 4


def _letter_runs(glyph: str) -> re.Pattern[str]:
    """Where a Latin letter the font gives for a kashida (LibreOffice Scheherazade: ``C`` in
    one document, ``a`` in another) stands outside any word: in a line pdftotext laid out
    left to right, between two right-to-left embeddings (a word cut at its kashida), two
    copies or more, a space or two among them (``\\u202caa a \\u202b``), or one between two
    letters; the same run between two letters (those controls stripped); and,
    :data:`MIN_LONG_RUN` copies or more, anywhere (a line stretched beside digits:
    ``\\u202a%46 CCCCCCCCCCCCCCCC\\u202c``)."""
    g = re.escape(glyph)
    spaced = f"{g}{{2,}}(?: {g}+)* ?|{g}(?: {g}+)+ ?"
    letter = P.ARABIC_LETTER
    return re.compile(
        f"(?<=\u202c)(?:{spaced})(?=\u202b)|(?<=[{letter}])(?:{spaced})(?=[{letter}])"
        f"|(?<=[{letter}]\u202c){g} ?(?=\u202b[{letter}])"
        f"|{g}{{{MIN_LONG_RUN},}}(?: {g}+)*"
    )


def _latin_letter(glyph: str) -> bool:
    return glyph.isascii() and glyph.isalpha()


def learn_kashida_glyphs(lines: Iterable[str]) -> str:
    """The characters this document's font emits for a kashida ("" when it shows none).

    Evidence for each character: at least :data:`MIN_KASHIDA_RUNS` runs of it sit inside a
    word next to a joining letter, they are at least :data:`MIN_KASHIDA_SHARE` of all its
    runs, and taken out they leave at least :data:`MIN_KASHIDA_WORDS` different known
    words; or, whatever the share, taken out they leave :data:`MIN_PROVEN_WORDS` known
    words (the glyph is a sign the text also types, ``>`` in an e-mail). An accented Latin
    letter inside Arabic words is a connector glyph some fonts draw (Amiri between kaf and
    lam) on weaker evidence: :data:`MIN_LATIN_GLYPH_RUNS` runs,
    :data:`MIN_LATIN_GLYPH_SHARE` of them inside words.
    """
    text = P.BIDI_CONTROLS.sub("", "\n".join(lines))
    common = [ch for ch, _ in Counter(_AFTER_LETTER.findall(text)).most_common(MAX_CANDIDATES)]
    latin = {ch for ch in GLYPH_IN_WORD_RE.findall(text) if ch.isalpha()}  # not "×", "÷"
    glyphs = ""
    for ch in dict.fromkeys([*common, *sorted(latin)]):
        inside = len(_in_word(ch).findall(text))
        runs = len(re.findall(f"{re.escape(ch)}+", text))
        least, share = (MIN_LATIN_GLYPH_RUNS, MIN_LATIN_GLYPH_SHARE) if ch in latin else (
            MIN_KASHIDA_RUNS, MIN_KASHIDA_SHARE)  # fmt: skip
        if inside < least:
            continue
        if ch in latin:
            if inside >= share * runs:
                glyphs += ch
            continue
        words = _stretched_words(text, ch)
        if words >= MIN_PROVEN_WORDS or (inside >= share * runs and words >= MIN_KASHIDA_WORDS):
            glyphs += ch
    return glyphs


_WORD_TAIL = re.compile(f"[{P.ARABIC_LETTER}{P.ARABIC_MARK}]*$")
_WORD_HEAD = re.compile(f"[{P.ARABIC_LETTER}{P.ARABIC_MARK}]*")


def _stretched_words(text: str, glyph: str) -> int:
    """How many different words ``glyph`` sits inside, taken out, that the word list knows
    (either way round: pdfplumber gives words backwards). A kashida stretches whatever words
    a justified line has; a character typed inside words (``ق.م``, ``أ.د.علي``,
    ``مصطلح"الأمة"في``) repeats inside a few forms, which are no words joined."""
    from araseclit.textmodel.scorer import KNOWN_FREQ, default_scorer

    words = set()
    for m in _in_word(glyph).finditer(text):
        left = _WORD_TAIL.search(text, max(0, m.start() - 40), m.start())
        right = _WORD_HEAD.match(text, m.end())
        head, tail = (left.group() if left else ""), (right.group() if right else "")
        words.add((head + tail, head + m.group() + tail))
    model = default_scorer().arabic

    def known(word: str) -> bool:
        return max(model.frequency(word), model.frequency(word[::-1])) >= KNOWN_FREQ

    # a character the word list knows inside the word is part of its spelling, not a glyph
    # (Persian's zero-width non-joiner: "سازمان‌های" is as common as "سازمانهای")
    return sum(1 for joined, kept in words if known(joined) and not known(kept))


def drop_kashida_glyphs(line: str, glyphs: str) -> str:
    """Remove the document's kashida glyphs (see :func:`learn_kashida_glyphs`) where they sit
    inside a word: ``منابعهم33ا خ33ارج`` -> ``منابعهما خارج``."""
    for glyph in glyphs:
        if _latin_letter(glyph):  # (first: a stray run would take the run's first copies)
            line = _letter_runs(glyph).sub("", line)
        line = _stray(glyph).sub("", _in_word(glyph).sub("", line))
    return line


def drop_kashida_junk(lines: list[str]) -> list[str]:
    """Every raw line of a document without the kashida glyphs its font left inside words
    (the lines unchanged when the document shows no such glyph)."""
    glyphs = learn_kashida_glyphs(lines)
    if not glyphs:
        return lines
    return [drop_kashida_glyphs(ln, glyphs) for ln in lines]
