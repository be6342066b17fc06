"""Regular expressions and character maps used when reading PDFs (one home for them)."""

from __future__ import annotations

import re
import unicodedata

# a page number alone on a line, in any digit set, optionally decorated:
# "12", "- 12 -", "١٢", "صفحة 12", "ص 12", "Page 3", "3 / 20"
PAGE_NUMBER = re.compile(
    r"^[\s\-–—|]*(?:(?:صفحة|الصفحة|ص\.?|page|p\.)\s*)?"
    r"[0-9٠-٩۰-۹]{1,4}(?:\s*(?:/|من|of)\s*[0-9٠-٩۰-۹]{1,4})?[\s\-–—|]*$",
    re.IGNORECASE,
)

# any run of digits, so "العدد 12، 2026" on page 1 and "العدد 12، 2026" on page 7 compare
# equal with their page numbers: "مجلة الدراسات 2026 ص 14" -> "مجلة الدراسات # ص #"
DIGITS = re.compile(r"[0-9٠-٩۰-۹]+")

# subset prefix of an embedded font name: "BAAAAA+Amiri-Regular" -> "Amiri-Regular"
FONT_SUBSET = re.compile(r"^[A-Z]{6}\+")

# a glyph with no Unicode mapping, as pdfminer writes it: "(cid:25)"
UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")

# kashida glyphs stretched into a justified word, which LibreOffice's subset fonts map to
# wrong codes ('"' with Noto Naskh, '‰' with Amiri) or to tatweel: "المعاص""رة" -> "المعاصرة"
KASHIDA = re.compile(
    r'(?<=[\u0620-\u064a\u064b-\u0652])["\u2030\u0640]+(?=[\u064b-\u0652]*[\u0620-\u064a])'
)

# tanween before another letter of the same word cannot be; it comes from a lam-alef glyph
# whose one Unicode mapping carries the mark of another place: "أخلًاقية" -> "أخلاقية"
TANWEEN_IN_WORD = re.compile(
    r"[\u064b-\u064d](?=[اى][\u0620-\u064a]|[\u0620-\u0626\u0628-\u0648\u064a])"
)

# the same mark twice on a letter (ligature mapping plus the mark glyph): "عاملًاً" -> "عاملًا"
DOUBLED_MARK = re.compile(r"([\u064b-\u0652])([\u0627]?)\1")

# a mark after an opening bracket, which no mark can follow: the mark of the letter before
# the bracket, that Chromium's print draws over the bracket's place ("معاً(٤)" comes back
# "معا(ً٤)" and the note marker "(٤)" is lost): moved back onto its letter
MARK_AFTER_BRACKET = re.compile(r"(?<=[\u0620-\u064a])([(\[«])([\u064b-\u0652]+)")

#: the codes kashida glyphs come out as (see KASHIDA)
KASHIDA_CODES = frozenset({'"', "\u2030", "\u0640"})

# a title that is only the name of the file the PDF was made from:
# "chromium_footnotes.html", "Microsoft Word - thesis.docx", "untitled"
FILE_NAME_TITLE = re.compile(
    r"^(?:microsoft word - .*|.*\.(?:html?|docx?|odt|rtf|txt|pdf|tex)|untitled)$", re.IGNORECASE
)

# a font name that says bold: "NotoNaskhArabic-Bold", "Amiri,Bold", "Arial-BoldMT"
BOLD_FONT = re.compile(r"bold|black|heavy|semibold", re.IGNORECASE)

# runs of spaces left after joining glyphs: "الأمن  الوطني" -> "الأمن الوطني"
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f]+")


def _is_presentation_form(ch: str) -> bool:
    code = ord(ch)
    return 0xFB00 <= code <= 0xFB06 or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF


def decompose_presentation_forms(text: str) -> str:
    """NFKC on presentation forms only: Arabic (U+FB50–U+FDFF, U+FE70–U+FEFF) and the Latin
    ligatures (U+FB00–U+FB06), as a PDF font's map gives them.

    ``ﻻ`` -> ``لا``, ``ﺑ`` -> ``ب``, ``ﬁ`` -> ``fi`` (else ``Whitﬁeld`` never matches the
    reference list's ``Whitfield``); isolated harakat forms (U+FE70–U+FE7F) lose the space NFKC
    puts before them. Every other character is left as it is, so Arabic letters are never
    turned into Persian or Urdu ones and ordinary text is untouched. The byte-order mark
    U+FEFF is dropped.
    """
    if not any(_is_presentation_form(ch) for ch in text):
        return text
    out: list[str] = []
    for ch in text:
        if ch == "\ufeff":
            continue
        if _is_presentation_form(ch):
            decomposed = unicodedata.normalize("NFKC", ch)
            out.append(decomposed.strip() if 0xFE70 <= ord(ch) <= 0xFE7F else decomposed)
        else:
            out.append(ch)
    return "".join(out)
