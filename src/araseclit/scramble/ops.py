"""Forward scramble operations: each way an extractor damages an Arabic line, run forward.

Line orders take a laid-out line (logical text and its bidi levels, :mod:`.layout`) and
return what an extractor prints for it:

- :func:`visual_order` -- the whole line in display order, Arabic letters backwards
  (pdfplumber; python-bidi's ``get_display`` for a line of its own);
- :func:`run_order` -- display order of the level runs, each right-to-left run read back
  into logical order (text layers that store runs in drawing order: the seed chapter);
- :func:`embedded_order` -- logical order with each stretch that holds no Arabic letter
  given in display order inside LRE ... PDF, the line inside RLE ... PDF (pdftotext);
- :func:`stripped_order` -- the same with the bidi controls removed (what copy-paste paths
  and many tools leave of pdftotext's output);
- :func:`island_order` -- logical order, but the words of every left-to-right run given
  last to first and its punctuation stuck to the wrong end of a word (pypdfium2).

Character damage works on any line: :func:`reverse_letters` (some words backwards, their
letters reversed between marks: pypdfium2 on Chromium PDFs), :func:`marks_first` (every mark before its letter,
words cut at marked letters), :func:`mirror_brackets`, :func:`swap_lam_alef`
(a font's lam-alef ligature read alef first), :func:`insert_kashida_junk` (a font's
kashida glyph mapped to junk) and the typing variants of clean text
(:func:`comma_against_next`, :func:`space_before_punct`, :func:`year_suffix`,
:func:`eastern_digits`), which are not damage: repair must leave them alone.
"""

from __future__ import annotations

import random
import re
import unicodedata

from araseclit.charsets import (
    ARABIC_LETTER,
    ARABIC_MARK,
    HAMZA_TO_YEH,
    JOINING_LETTERS,
    MIRROR,
    TATWEEL,
)
from araseclit.scramble.layout import display, line_levels

_ARABIC = re.compile(f"[{ARABIC_LETTER}]")
# an Arabic word: letters with their marks ("جديدًا")
_WORD = re.compile(f"[{ARABIC_LETTER}{ARABIC_MARK}{TATWEEL}]+")
# a stretch of a display line holding no Arabic letter but something other than spaces
_NON_ARABIC = re.compile(
    f"[^{ARABIC_LETTER}{ARABIC_MARK}]*[^\\s{ARABIC_LETTER}{ARABIC_MARK}][^{ARABIC_LETTER}{ARABIC_MARK}]*"
)
# what pdftotext keeps outside an embedding at its right (logical-start) end: spaces, brackets
_RIGHT_EDGE = re.compile(r"[\s()\[\]«»]+$")
LRE, RLE, PDF = "\u202a", "\u202b", "\u202c"


def visual_order(text: str, levels: tuple[int, ...]) -> str:
    """The line as displayed, read left to right (pdfplumber)."""
    return display(text, levels)


def run_order(text: str, levels: tuple[int, ...]) -> str:
    """Level runs in display order, each right-to-left run turned back to logical order."""
    lv = line_levels(text, levels)
    runs: list[tuple[int, str]] = []
    for ch, level in zip(text, lv, strict=True):
        if runs and (runs[-1][0] % 2) == (level % 2):
            runs[-1] = (runs[-1][0], runs[-1][1] + ch)
        else:
            runs.append((level, ch))
    return "".join(run for _, run in reversed(runs))


def _embedded_parts(text: str, levels: tuple[int, ...]) -> list[tuple[bool, str]]:
    """(embedded?, text) pieces in output order: pdftotext's reading of one RTL line."""
    shown = display(text, levels)
    parts: list[tuple[bool, str]] = []
    pos = len(shown)
    # walk the display line right to left: Arabic stretches come out logical, the rest as
    # displayed, less the spaces and brackets at its right end, which stay outside
    pieces = []
    last = 0
    for m in _NON_ARABIC.finditer(shown):
        pieces.append((False, shown[last : m.start()]))
        pieces.append((True, m.group()))
        last = m.end()
    pieces.append((False, shown[last:]))
    for is_run, piece in reversed(pieces):
        if not piece:
            continue
        if not is_run:
            parts.append((False, piece[::-1]))
            continue
        edge = _RIGHT_EDGE.search(piece)
        inside, outside = (piece[: edge.start()], edge.group()) if edge else (piece, "")
        if outside:
            parts.append((False, outside[::-1]))
        if inside:
            parts.append((True, inside))
    del pos
    return parts


def embedded_order(text: str, levels: tuple[int, ...]) -> str:
    """pdftotext: ``RLE`` logical Arabic, each other stretch ``LRE`` display-order ``PDF``."""
    body = "".join(f"{LRE}{t}{PDF}" if emb else t for emb, t in _embedded_parts(text, levels))
    return f"{RLE}{body}{PDF}"


def stripped_order(text: str, levels: tuple[int, ...]) -> str:
    """pdftotext's line with its bidi controls removed."""
    return "".join(t for _, t in _embedded_parts(text, levels))


# a token of a left-to-right run with punctuation at its end: "Hiltermann," "45;"
_TRAILING = re.compile(r"^(.*[A-Za-z\u00c0-\u024f])([,;.]+)$")
# a hyphen between two letters ("mixed-methods"), and the comparison signs pypdfium2 turns
_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_COMPARE = str.maketrans("<>", "><")
# a number with one separator after it, in right-to-left context: "2003:" "2019،" "1."
_NUMBER_PUNCT = re.compile(r"^([(\[«]*)(\d+)([:،,.؛])$")


def island_order(text: str, levels: tuple[int, ...]) -> str:
    """pypdfium2: each left-to-right run's words last to first (a hyphenated word's parts
    too: ``mixed-methods design`` -> ``design methods-mixed``, and ``<`` / ``>`` turned:
    ``β = -0.27، p < 0.01`` -> ``0.01 > p -0.27، = β``), a Latin word's trailing comma or
    semicolon put before it, a number's separator put before the number (``:2003``), and
    the brackets outside left-to-right runs mirrored (``)الحميد، :2019 27(.``).

    A run starts at any strong left-to-right letter (Greek ``β`` too). Measured on
    pypdfium2's output of the development renditions: of the left-to-right runs of Arabic
    paragraphs that hold a space, hyphen or comparison and that this reading and the one
    before (runs from Latin letters only, hyphenated words and comparisons kept whole) give
    differently, 102 were found in the output as this one gives them, 1 as the other, 40 in
    logical order (lines led by Latin text), 83 neither (cut at a line end). Hyphenated
    Latin words of Arabic paragraphs came parts reversed 123 times, whole 42 (among them
    names such as ``Al-Marashi`` and ``al-Din``)."""
    if not _ARABIC.search(text):  # a line of Latin text comes out as displayed
        return display(text, levels)
    lv = line_levels(text, levels)
    out: list[str] = []
    i = 0
    while i < len(text):
        if lv[i] % 2 == 0 and unicodedata.bidirectional(text[i]) == "L":
            j = i
            while j < len(text) and lv[j] % 2 == 0:
                j += 1
            words = text[i:j].split(" ")
            out.append(" ".join(_turn_latin(w) for w in reversed(words)).translate(_COMPARE))
            i = j
        else:
            out.append(text[i].translate(MIRROR))
            i += 1
    return " ".join(_NUMBER_PUNCT.sub(r"\1\3\2", w) for w in "".join(out).split(" "))


def _turn_latin(word: str) -> str:
    """A word of a reversed left-to-right run: its trailing comma first, its hyphenated
    parts last to first (``Al-Ansari,`` -> ``,Ansari-Al``)."""
    m = _TRAILING.match(word)
    body, punct = (m.group(1), m.group(2)) if m else (word, "")
    return punct + "-".join(reversed(_HYPHEN.split(body)))


# the letters between two marks and the marks after them (either may be empty): "توق", "ّ"
_STRETCH = re.compile(f"([^{ARABIC_MARK}]*)([{ARABIC_MARK}]*)")


def reverse_letters(text: str, rng: random.Random, share: float, forms: dict[str, bool]) -> str:
    """Some Arabic words given backwards, as pypdfium2 gives them from Chromium PDFs: stretch
    by stretch, the letters between two marks reversed and each mark left after its stretch
    (``توقّفنا`` -> ``قوتّانف``, ``مقارنةً`` -> ``ةنراقمً``, ``فاعلًا`` -> ``لعافًا``); a word
    without marks comes out letter by letter backwards. ``forms`` keeps one choice per word
    form, a word of ``share`` of the forms turned.

    Measured on pypdfium2's output of the development renditions (``corpora/clean``,
    ``sample``, ``heldout`` to ``heldout7``; tokens matched to a source word one way only):
    of the marked words given backwards whose two turnings differ, 1,503 came stretch by
    stretch and 0 letter by letter (each letter keeping its marks, what this op did before)
    from Chromium PDFs, 622 and 1 from LibreOffice ones. A form is turned always or never
    within a document (39 of 5,681 Chromium forms seen twice or more were both) and nearly
    so across documents of one font (19 of 8,536 forms differ, Chromium Noto Naskh); the
    share of forms turned is the font's: Chromium Noto Naskh 0.66 (the sample's Chromium
    PDFs 0.64), Chromium KacstBook 0.98, LibreOffice and XeLaTeX at most 0.014
    (Scheherazade 0.07). Which forms a font turns is not random: none of 681 Chromium
    tokens ending in a hamza came backwards; this op draws them at random."""

    def flip(m: re.Match[str]) -> str:
        word = m.group()
        if word not in forms:
            forms[word] = rng.random() < share
        if not forms[word]:
            return word
        return "".join(letters[::-1] + marks for letters, marks in _STRETCH.findall(word))

    return _WORD.sub(flip, text)


# tanween fath and its alef ending a word ("منهجًا")
_TANWEEN_END = re.compile(f"(?<=[{ARABIC_LETTER}])\u064bا(?![{ARABIC_LETTER}])")


def detach_tanween(text: str, rng: random.Random | None = None, share: float = 1.0) -> str:
    """A font that draws tanween fath apart: ``منهجًا`` -> ``منهج ًا``, in about ``share`` of
    the words that end in it (all of them without ``rng``).

    Measured on the development renditions (source words ending in tanween fath and alef,
    found whole or parted in the output): only Amiri parts them, pdftotext 623 of 1,102
    (LibreOffice 0.54, XeLaTeX 0.60), pypdfium2 372 of 1,131 (LibreOffice 0.28, XeLaTeX
    0.39); the other fonts (Noto Naskh, Noto Sans, Thabit, Scheherazade, Chromium's Noto
    Naskh and KacstBook) 0 of 1,384. The same word is parted in one place and whole in
    another, so the share is drawn per word, not per form."""
    if rng is None and share < 1.0:
        raise ValueError("a share of words needs rng")

    def part(m: re.Match[str]) -> str:
        return " " + m.group() if rng is None or rng.random() < share else m.group()

    return _TANWEEN_END.sub(part, text)


# a letter and the marks written after it ("نَّ")
_MARKED = re.compile(f"([{ARABIC_LETTER}])([{ARABIC_MARK}]+)")


def marks_first(text: str, rng: random.Random, gap: float) -> str:
    """Every letter's marks given before it, and ``gap`` of the marked letters parted from
    the letter before them by a space: ``النَّخْلَةُ`` -> ``ال َّن ْخ َل ُة`` with ``gap=1``
    (pdftotext on Scheherazade PDFs; Chromium PDFs part fewer).

    Measured on pdftotext's output of the development renditions (source words of three or
    more letters found marks first, each marked letter after the first parted or not):
    parted 1,610 of 1,627 Scheherazade, 376 of 693 Chromium Noto Naskh, 307 of 1,107
    Chromium KacstBook; LibreOffice Amiri gives most marked words as written."""

    def one(m: re.Match[str]) -> str:
        inside = m.start() > 0 and _ARABIC.match(text[m.start() - 1]) is not None
        space = " " if inside and rng.random() < gap else ""
        return space + m.group(2) + m.group(1)

    return _MARKED.sub(one, text)


def mirror_brackets(text: str) -> str:
    """Every bracket and guillemet turned into its mirror image."""
    return text.translate(MIRROR)


# lam followed by an alef form: the lam-alef ligature ("الأمن", "لا", "العالمية")
_LAM_ALEF = re.compile("ل([اأإآ])")


def swap_lam_alef(text: str) -> str:
    """Every lam-alef ligature read alef first: ``الأمن`` -> ``األمن``, ``لا`` -> ``ال``.

    Measured on pdftotext's output of the development renditions (unvowelled source words
    with one lam-alef, found as written or swapped): fonts swap all or none of them,
    Noto Sans 409 of 409, Thabit 1,426 of 1,426, Chromium KacstBook 1,612 of 1,613; Amiri,
    Chromium Noto Naskh and the sample's Chromium 7 of 5,776. LibreOffice Noto Naskh and
    Scheherazade swap only the plain ``لا`` that starts its letter group (at a word's start
    or after a letter that does not join): 238 of 709 and 845 of 1,203 of those."""
    return _LAM_ALEF.sub(r"\1ل", text)


def insert_kashida_junk(text: str, rng: random.Random, glyph: str, rate: float) -> str:
    """The font's kashida glyph, mapped to ``glyph``, after joining letters inside words.

    Measured: one development rendition shows it (the sample's first document, LibreOffice
    Noto Sans, justified), 230 runs of ``*`` (206 ``**``) after 2,475 joining letters
    followed by a letter, 0.093, 223 of them inside words."""
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch in JOINING_LETTERS and _ARABIC.match(nxt or " ") and rng.random() < rate:
            out.append(glyph)
    return "".join(out)


def comma_against_next(text: str) -> str:
    """A common typing habit: ``كلمة، كلمة`` typed ``كلمة ،كلمة`` (also ``.``, ``؛``)."""
    return re.sub(r"(?<=\S)([،؛.]) (?=\S)", r" \1", text)


def punct_against_both(text: str) -> str:
    """A third: no space either side of a comma or stop between two Arabic words,
    ``نص. وفي`` typed ``نص.وفي``, ``كلمة، كلمة`` typed ``كلمة،كلمة``."""
    return re.sub(f"(?<=[{HAMZA_TO_YEH}])([،؛.]) (?=[{HAMZA_TO_YEH}])", r"\1", text)


def space_before_punct(text: str) -> str:
    """Another: a space before punctuation, ``كلمة ، كلمة`` and ``النص .``."""
    return re.sub(r"(?<=[^\s\d])([،؛:.؟!])(?=\s|$)", r" \1", text)


def year_suffix(text: str) -> str:
    """Years written with the Gregorian suffix: ``عام 2003`` -> ``عام 2003م``."""
    return re.sub(r"(?<![\d.:/-])((?:19|20)\d\d)(?![\d\w:])", r"\1م", text)


def eastern_digits(text: str) -> str:
    """Arabic-Indic digits for Western ones: ``2003`` -> ``٢٠٠٣``."""
    return text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
