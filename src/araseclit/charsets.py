"""Character classes of Arabic-script text, defined once for every stage.

Each constant is a regex character-class body (no brackets), so it composes into larger
patterns: ``re.compile(f"[{ARABIC_LETTER}]+")``. Compiled helpers for the commonest tests
follow. The ranges are Unicode code points; examples are in logical order.
"""

from __future__ import annotations

import re
import unicodedata

#: Arabic letters proper (hamza .. yeh), the dotless/rare letters and the Persian, Urdu and
#: Kurdish letters Arabic-script PDFs carry (``پ چ ژ ک گ ی``); no marks, no tatweel, no digits
ARABIC_LETTER = (
    "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
)
#: the Arabic block, every code point of it (letters, marks, digits, signs): the quick test
#: for "Arabic script here" where presentation forms cannot occur: ``[\w{ARABIC_BLOCK}]+``
ARABIC_BLOCK = "\u0600-\u06ff"
#: the block's letter row, hamza to yeh ("ء" .. "ي"): a row, not a set of letters (tatweel and
#: the rare ``ػ``-``ؿ`` sit in it); the "Arabic letter" of patterns that take no Persian one
HAMZA_TO_YEH = "\u0621-\u064a"
#: the letters Arabic itself writes: hamza to yeh without tatweel and the rare ``ػ``-``ؿ``,
#: no Persian letter ("المنظمات"; not "گزارش")
PLAIN_LETTER = "\u0621-\u063a\u0641-\u064a"
#: the block's extended letters, alef wasla to yeh barree (Persian, Urdu, Kurdish: "ٱ", "پ",
#: "ک", "ی", "ۓ"); with :data:`PLAIN_LETTER` or :data:`HAMZA_TO_YEH` (and
#: :data:`BLOCK_END_LETTER`), the letters of Arabic-script languages
EXTENDED_LETTER = "\u0671-\u06d3"
#: the block's last row: Sindhi and Persian letters ("ۺ" .. "ۼ", "ۿ") and the two Sindhi signs
#: among them
BLOCK_END_LETTER = "\u06fa-\u06ff"
#: the harakat: tanween, fatha, damma, kasra, shadda, sukun ("جديدًا", "دّ")
HARAKAT = "\u064b-\u0652"
#: the harakat and the other combining marks of the block's main row (maddah, hamza above
#: and below, the Quranic and Persian marks up to ``\u065f``)
BLOCK_MARK = "\u064b-\u065f"
#: the superscript (dagger) alef over a letter: "هٰذا"
SUPERSCRIPT_ALEF = "\u0670"
#: combining marks: harakat, tanween, shadda, sukun, superscript alef, Quranic marks; they
#: follow their letter ("دّ", "جديدًا")
ARABIC_MARK = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
#: the short vowels, sukun and tanween: one per letter at most (shadda may join one)
SHORT_VOWEL = "\u064b-\u0650\u0652"
#: the kashida (tatweel), a joining stroke with no meaning: "الوطنـــي"
TATWEEL = "\u0640"
#: ASCII, Arabic-Indic and Extended Arabic-Indic (Persian) digits: "2017", "٢٠١٧", "۱۴۰۲"
DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
#: Latin letters, accented ones included: "Kibaroğlu"
LATIN_LETTER = "A-Za-z\u00c0-\u024f"
#: every Arabic-script code point, presentation forms included (what a font may emit)
ARABIC_SCRIPT = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
#: Arabic presentation forms A and B: "\ufefb" (lam-alef ligature), "\ufee3" (meem initial)
PRESENTATION_FORM = "\ufb50-\ufdff\ufe70-\ufefe"
#: letters that join the letter after them, so a kashida (or the gap a font leaves for one)
#: can follow them
JOINING_LETTERS = "بتثجحخسشصضطظعغفقكلمنهيئىیکگپچڤ"
#: Arabic punctuation: comma, semicolon, question mark, percent, decimal and thousands signs
ARABIC_PUNCT = "،؛؟٪٫٬"
#: bidi embedding/override/isolate controls and marks: "\u202bنص\u202c" (pdftotext wraps lines)
BIDI_CONTROL = "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"


def _rtl_class() -> str:
    """Every character of the Arabic-script blocks the bidi algorithm calls strong
    right-to-left (``AL``/``R``), with the marks that take a letter's direction (``NSM``):
    letters, but also ``؛`` and ``؟`` (``،`` is a common separator, not strong)."""
    ranges = [(0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF)]
    chars = [
        chr(c)
        for lo, hi in ranges
        for c in range(lo, hi + 1)
        if unicodedata.bidirectional(chr(c)) in ("R", "AL", "NSM")
    ]
    out, start, prev = [], None, None
    for ch in chars:  # compress into ranges
        if start is None:
            start = prev = ch
        elif ord(ch) == ord(prev) + 1:
            prev = ch
        else:
            out.append(start if start == prev else f"{start}-{prev}")
            start = prev = ch
    if start is not None:
        out.append(start if start == prev else f"{start}-{prev}")
    return "".join(out)


#: characters that set a right-to-left direction (and their marks), by their bidi class
RTL_STRONG = _rtl_class()

#: opening bracket -> its closing partner (guillemets included: "«النص»")
OPENERS = {"(": ")", "[": "]", "{": "}", "«": "»", "<": ">", "‹": "›"}
#: closing bracket -> its opening partner
CLOSERS = {v: k for k, v in OPENERS.items()}
#: each bracket and its mirror image, as the bidi algorithm mirrors them (rule L4): the one
#: table of the inverse bidi algorithm (:mod:`araseclit.repair.bidi`, for PDF glyph lines and
#: extracted text lines alike)
MIRROR_PAIRS = {**OPENERS, **CLOSERS}
#: :data:`MIRROR_PAIRS` for ``str.translate``: ``"(نص)".translate(MIRROR)`` -> ``")نص("``
MIRROR = str.maketrans(MIRROR_PAIRS)

#: Eastern digits -> ASCII: "٢٠١٧" / "۲۰۱۷" -> "2017"
EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
#: letters Persian writes and Arabic does not (pe, che, zhe, gaf, keheh, Farsi yeh: پ چ ژ گ ک ی)
PERSIAN_ONLY = "\u067e\u0686\u0698\u06af\u06a9\u06cc"
PERSIAN_ONLY_RE = re.compile(f"[{PERSIAN_ONLY}]")
#: Persian letters Arabic writes with its own: "الکعبی" -> "الكعبي"
PERSIAN_TO_ARABIC = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643"})

# one Arabic letter anywhere: "ب"
ANY_ARABIC_RE = re.compile(f"[{ARABIC_LETTER}]")
# one Latin letter anywhere: "K" in "Kaldor"
ANY_LATIN_RE = re.compile(f"[{LATIN_LETTER}]")
# a run of Arabic script: "الأمن" (letters with their marks and tatweel)
ARABIC_RUN_RE = re.compile(f"[{ARABIC_LETTER}{ARABIC_MARK}{TATWEEL}]+")
# marks and tatweel, which carry no letter: the "ً" of "جديدًا", the "ـ" of "الوطنـي"
MARKS_RE = re.compile(f"[{ARABIC_MARK}{TATWEEL}]")
# bidi controls: "\u202a", "\u202c"
BIDI_CONTROL_RE = re.compile(f"[{BIDI_CONTROL}]")
# presentation forms: "\ufefb"
PRESENTATION_FORM_RE = re.compile(f"[{PRESENTATION_FORM}]")


def class_chars(body: str) -> frozenset[str]:
    """Every character a class body above names, for set tests where a regex is too much:
    ``"ب" in class_chars(JOINING_LETTERS)``; ``class_chars("\u0621-\u0623")`` is
    ``{"ء", "آ", "أ"}`` (a ``-`` between two characters is a range, as in a regex class)."""
    out: set[str] = set()
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            out.update(map(chr, range(ord(body[i]), ord(body[i + 2]) + 1)))
            i += 3
        else:
            out.add(body[i])
            i += 1
    return frozenset(out)


def strip_marks(text: str) -> str:
    """``text`` without harakat, tanween, shadda and tatweel: "جديدًا" -> "جديدا"."""
    return MARKS_RE.sub("", text)


_ARABIC_MARKS = class_chars(ARABIC_MARK)


def is_arabic_mark(text: str) -> bool:
    """True when ``text`` is one or more Arabic combining marks (:data:`ARABIC_MARK`): a PDF
    glyph ``"\u064b"`` or ``"\u0651\u064e"``; not the spacing Quranic signs among them in the
    block (``۞`` U+06DE, ``۩`` U+06E9, the small waw and yeh U+06E5/U+06E6, U+06DD)."""
    return bool(text) and all(ch in _ARABIC_MARKS for ch in text)


def is_arabic_letter(ch: str) -> bool:
    """True for one Arabic-script letter (not a mark, digit or punctuation)."""
    return bool(ANY_ARABIC_RE.fullmatch(ch))
