"""Every regular expression and character class the repair stage uses, in one place.

Each pattern carries a comment with an example it matches (shown in logical order unless
it says "raw", i.e. as an extractor emitted it).
"""

from __future__ import annotations

import re

# the character classes are araseclit.charsets' (defined once for every stage)
from araseclit.charsets import ARABIC_LETTER as ARABIC_LETTER
from araseclit.charsets import ARABIC_MARK as ARABIC_MARK
from araseclit.charsets import BIDI_CONTROL_RE
from araseclit.charsets import DIGIT as DIGIT
from araseclit.charsets import JOINING_LETTERS as JOINING_LETTERS

# bidi embedding/override/isolate controls and marks: "\u202bنص\u202c" (pdftotext wraps lines)
BIDI_CONTROLS = BIDI_CONTROL_RE

# a glyph pdfminer/pdfplumber could not map to text (raw): "د(cid:30)(cid:30)متعي"
UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")

# a kashida (tatweel) glyph some fonts give no text for: a control character (raw pypdfium2)
# "غ\x1fير", or asterisks between letters (raw pdftotext, Noto Sans) "الدول**ة"
KASHIDA_GLYPH = re.compile(
    rf"[\x00-\x08\x0b\x0e-\x1f]|(?<=[{ARABIC_LETTER}{ARABIC_MARK}])\*+(?=[{ARABIC_LETTER}])"
)

# lam-alef ligatures extracted alef first (raw): "األمن" / "واألمن" for "الأمن" / "والأمن"
# (alef never precedes a hamza-alef), "االستقرار" / "مجاالت" / "الآالف" (alef never follows
# alef or alef madda), "فاعاًل" for "فاعلًا" (tanween ends a word), "عىل" for "على"
LIGATURE_ALEF_FIRST = re.compile(
    rf"ا([أإآ])ل|(?<=[اآ])ال|ا(\u064b)ل(?![{ARABIC_LETTER}])|ىل(?![{ARABIC_LETTER}])"
)

# a lam-alef ligature given a fathatan it does not carry (Noto Sans, raw pdfplumber), read
# alef first inside a word, where tanween never stands: "اًلحقًا" / "حااًلت" for "لاحقًا" /
# "حالات", "اًالقتصادي" for "الاقتصادي" (group 1: the alef of the swapped "ال"); or making a
# word of its own, which no tanween-taking noun is: "لًا" / "ولًا" for "لا" / "ولا" (group 2:
# the prefix), also read alef first after the conjunction: "واًل" for "ولا" (group 3; a bare
# "اًل" may be the end of a word a kashida gap cut off: "فض اًل" for "فضلًا")
LIGATURE_FATHATAN = re.compile(
    rf"ا\u064b(ا)?ل(?=[{ARABIC_LETTER}])"
    rf"|(?<![{ARABIC_LETTER}{ARABIC_MARK}])([وفإ]?)ل\u064bا(?![{ARABIC_LETTER}{ARABIC_MARK}])"
    rf"|(?<![{ARABIC_LETTER}{ARABIC_MARK}])([وف])ا\u064bل(?![{ARABIC_LETTER}{ARABIC_MARK}])"
)

# Arabic presentation forms A and B: "\ufefb" (lam-alef ligature), "\ufee3" (meem initial)
PRESENTATION_FORM = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")

# spaces before a combining mark, which must follow its letter (raw pdftotext): "جديد ًا"
DETACHED_MARK = re.compile(f"(?<=[{ARABIC_LETTER}])[ \u00a0]+(?=[{ARABIC_MARK}])")

# tanween fath put one letter too early before the final alef (raw): "فاعًلا" for "فاعلًا"
# and with a space before that alef (a lone alef is never a word): "نقًل ا" for "نقلًا"
EARLY_TANWEEN = re.compile(f"(\u064b)([{ARABIC_LETTER}]) ?(ا)(?![{ARABIC_LETTER}{ARABIC_MARK}])")

# a run of Arabic script: "الأمن الوطني" (letters with their diacritics and tatweel)
ARABIC_RUN = re.compile(f"[{ARABIC_LETTER}{ARABIC_MARK}\u0640]+")

# one Arabic letter anywhere: "ب"
ANY_ARABIC = re.compile(f"[{ARABIC_LETTER}]")

# a Latin letter anywhere: "K" in "Kaldor"
ANY_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")

# a whitespace-separated token: "(Kaldor،"
TOKEN = re.compile(r"\S+")

# a line of punctuation and digits only, the bidi-weak characters a font split leaves apart
# from their words (raw): ". , . 1991 . , . 2 . :"
WEAK_ONLY = re.compile(r"^[\s.,:;!?\d\u2013\-]+$")

# a page-number line: "491", "- 12 -", "ص 14", "صفحة ١٢", "Page 3"
PAGE_NUMBER_LINE = re.compile(
    rf"^\s*(?:[-–—]\s*)?(?:(?:صفحة|ص|page)\.?\s*)?([{DIGIT}]{{1,4}})(?:\s*[-–—])?\s*$",
    re.IGNORECASE,
)

# a section heading number at the start (logical): "2.1 المقدّمة", "3- الإطار النظري"
HEADING_NUMBER_START = re.compile(rf"^\s*[{DIGIT}]{{1,2}}(?:[.\-][{DIGIT}]{{1,2}}){{0,3}}[.\-]?\s+")

# the same number stranded at the end of the line (raw): "المقدّمة 2.1"
HEADING_NUMBER_END = re.compile(rf"\s+([{DIGIT}]{{1,2}}(?:\.[{DIGIT}]{{1,2}}){{1,3}})\s*$")

# a four-digit run: "6202" (a running header's 2026 read backwards), "2017"
FOUR_DIGITS = re.compile(rf"(?<![{DIGIT}])[{DIGIT}]{{4}}(?![{DIGIT}])")

# sentence-final punctuation at the end of a line: "... المستدام.", "...؟", "...!", "...».",
# and a note's superscript marker after it ("... in 1760.²")
SENTENCE_END = re.compile(r"[.!?؟…][\"»”)\]]*[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]*\s*$")

# where repaired text needs a space: a number glued to a word ("2017في", "لعام2023"), a
# bracket glued on its outer side (")خلال", "الاجتماعية("), an Arabic comma glued ("الكعبي،2020")
NEEDS_SPACE = re.compile(
    rf"(?<=[{DIGIT}])(?=[{ARABIC_LETTER}]{{2}})|(?<=[)\]»])(?=[{ARABIC_LETTER}])"
    rf"|(?<=[{ARABIC_LETTER}{ARABIC_MARK}])(?=[(\[«])|(?<=[{ARABIC_LETTER}]{{3}})(?=[{DIGIT}])"
    rf"|(?<=[،؛])(?=[^\s)\]»،؛])"
)

# a separator between two numbers with the space on the wrong side (raw): "2019 :27"
SEPARATOR_SPACE_FLIPPED = re.compile(rf"(?<=[{DIGIT}]) +([:،,]) ?(?=[{DIGIT}])")

# a wide gap between two Arabic words inside a line (raw): "والسعودية،    للتحولات"
CHUNK_GAP = re.compile(rf"(?<=[{ARABIC_LETTER}{ARABIC_MARK}،.؛])[^\S\n]{{2,}}(?=[{ARABIC_LETTER}])")

# nothing but a year and/or page before a bracket at the start of a line (logical): "81" in
# "81(وفي", "2022: 57" in "2022: 57(ويؤكد" -- the rest of a citation from the line before
LOCATOR_LEAD = re.compile(rf"^\s*(?:[{DIGIT}]{{1,4}}:\s*)?[{DIGIT}]{{1,4}}$")

# the last letter of a word emitted apart, on the far side of the bracket before the word
# (raw): "،ی)الکعب" for "(الکعبی،" -- seen with the final yeh, a glyph of its own
STRAY_LAST_LETTER = re.compile(
    rf"(?<![{ARABIC_LETTER}{ARABIC_MARK}])(،?)([یي])([()])([{ARABIC_LETTER}]{{2,}})"
)

# lam-alef read alef first, where it is the only reading once a document shows the font does
# it (logical): "ال" / "وال" / "إال" standing alone for "لا" / "ولا" / "إلا" (the article never
# stands alone), "لألمن" for "للأمن", "تحوالت" / "خالل" for "تحولات" / "خلال" (a word ending),
# "لالستقرار" for "للاستقرار" (the preposition and the article make "لل", never "لال"; group 3)
LAM_ALEF_SWAPPED = re.compile(
    rf"(?<![{ARABIC_LETTER}{ARABIC_MARK}])([وفإ]?)ال(?![{ARABIC_LETTER}{ARABIC_MARK}])"
    rf"|(?<![{ARABIC_LETTER}])ل([أإآ])ل|(?<=[{ARABIC_LETTER}])ال(?=(?:ت|ل)(?![{ARABIC_LETTER}]))"
    rf"|(?<![{ARABIC_LETTER}{ARABIC_MARK}])([وف]?)لال(?=[{ARABIC_LETTER}])"
)

# an opening bracket that pypdfium2 (Chromium PDFs) gives mirrored with the space after it
# (raw): "لخادلا) Al-Ansari" for "الداخل (Al-Ansari", "الأسدي) ،2021" for "الأسدي (2021،",
# the same for a square bracket: "نييفحصلاو] 1[." for "والصحفيين [1]." (group 1: the bracket)
OPENER_SPACED_AFTER = re.compile(rf"(?<=[^\s(\[])([)\]]) (?=[^\s.،:؛()\[\]]|[،:][{DIGIT}])")

# a whole Latin citation opening a line, brackets unmirrored and its full stop after it, then
# Arabic (raw): "(Buzan  ،1991: 29). ومن هنا": a line whose first strong letter is Latin is laid
# out left to right, so its head is in logical order (group 1: the head, group 2: the rest)
# The same for the end of a Latin citation carried over from the line before (raw):
# "International  ،2020: 9). تعزيز"
LTR_LED_HEAD = re.compile(
    rf"^\s*(\([A-Za-z][^()]*\)[.،:]?|[A-Za-z][^()]*?[{DIGIT}]\)[.،:]?)\s+(?=[{ARABIC_LETTER}])(.*)$"
)

# Latin name, spaces, Arabic comma glued to the year (raw): "Hiltermann  ،2017"
LATIN_COMMA_YEAR = re.compile(rf"([A-Za-z.])\s*،\s*(?=[{DIGIT}])")

# a Gregorian or solar/lunar Hijri year: "2021", "1399", "1445"
_YEAR = rf"(?:1[3-4]|19|20)[{DIGIT}]{{2}}"

# page before year in a citation locator (raw): "58:  2021" for "2021: 58"
PAGE_BEFORE_YEAR = re.compile(
    rf"(?<![{DIGIT}:])(?!{_YEAR}(?![{DIGIT}]))([{DIGIT}]{{1,4}})\s*:\s*({_YEAR})(?![{DIGIT}:])"
)

# colon stuck before the year (raw, pypdfium2): ":2018 30" for "2018: 30"
COLON_BEFORE_YEAR = re.compile(
    rf"(?<![{DIGIT}]):((?:1[3-4]|19|20)[{DIGIT}]{{2}})\s+([{DIGIT}]{{1,4}})(?![{DIGIT}])"
)

# space before punctuation that never takes one in Arabic typography: "2017 :" "الدولة ،"
SPACE_BEFORE_PUNCT = re.compile(r"(?<=\S)\s+([،؛:.!؟)\]»](?:\s|$))")

# no space after an opening bracket / before a closing one: "( Kaldor" "88 )"
SPACE_INSIDE_OPEN = re.compile(r"([(\[«])\s+")
SPACE_INSIDE_CLOSE = re.compile(r"\s+([)\]»])")

# two or more spaces: "عام  2003"
MULTI_SPACE = re.compile(r"[ \t\u00a0]{2,}")

# a Latin-named narrative citation whose two brackets the scramble moved (logical, repaired
# pypdfium2): "()Kaldor 2003: 78", "Kaldor) (2003: 78", "(Le)Billon 2005: 690",
# "(Lederach 1997: (39", "Kibaroğlu (12 2019:)", "(Ismael &)Ismael 2015: 203",
# "ويرى) Kaldor 2003:) 78", "Kibaroğlu 21 2019: ()" (a bracket glued to the word before
# opens the window with the space after it)
DISPLACED_NARRATIVE = re.compile(
    r"(?:(?<=\S)[()]\s+|(?<![^\s(])[()]*)[A-Z][^\s\d()،,;؛:]*"
    r"(?:[\s()]+(?:[A-Z][^\s\d()،,;؛:]*|&|et|al\.))*"
    r"[\s()]+(?:\d{1,4}(?:[-–]\d{1,4})?[\s()]+)?(?:1[34]|19|20)\d\d[a-e]?:"
    r"(?:[\s()]*\d{1,4}(?:[-–]\d{1,4})?(?![\d:]))?(?: ?[()]){0,2}"
)

# a year suffix letter the scramble put before its year (logical, repaired): "(UNAMI، b2020: 11)"
SUFFIX_BEFORE_YEAR = re.compile(r"(?<![\w-])([a-e])((?:19|20)\d\d)(?=[:,،)\s])")

# the closer of a citation that lost it, carried past the next narrative author (logical,
# repaired): "(Haddad، 2011: 131. ويرى الكعبي) (2020: 77)" (group 1: the open citation
# through its page, group 2: the prose up to the stray closer)
STRAY_CLOSER_BEFORE_YEAR = re.compile(
    rf"(\([^()]*?[{DIGIT}])([.،]?\s[^()]*?)\)\s*\((?=\s*(?:1[34]|19|20)[{DIGIT}]{{2}}\S*[:،])"
)

# one opener doubled or given its mirror before a year and locator (logical, repaired):
# "الخفاجي ((2018: 64)", "محمدی ()1401: 23)", "الكعبي) (2020: 77)"
DOUBLED_OPENER_BEFORE_YEAR = re.compile(
    rf"(?:\(\s*\(|\(\)|(?<=\S)\)\s*\()(?=\s*(?:1[34]|19|20)[{DIGIT}]{{2}}\S*[:،])"
)

# a Latin "p." locator whose pieces a word-scrambled line shuffled (logical, repaired):
# "(UNDP p , 2020,. 31)", "(UNICEF pp – , 2021,. 8 9)", "(UNICEF, 2021, pp –. 8 9)",
# the opener mirrored too: "للري) UNEP p , 2019,. 14)"
SHUFFLED_P_LOCATOR = re.compile(
    r"(?P<glued>(?<=\S)\)\s|\()(?P<name>[A-Z][^()\d,]*?)\s*(?:"
    r",?\s+(?P<p1>pp?)\s+(?:[–-]\s+)?,\s*(?P<y1>(?:19|20)\d\d[a-e]?),\."
    r"|,\s*(?P<y2>(?:19|20)\d\d[a-e]?),\s*(?P<p2>pp?)\s*(?:[–-]\s*)?\."
    r")\s*(?P<a>\d{1,4})(?:\s+(?P<b>\d{1,4}))?\)"
)
# a word that stands for the co-authors of a name: "وآخرون،" | "et al."
ET_AL_WORD = re.compile(r"^(?:وآخرون|وآخرين|وزملاؤه|et al\.?)[،,]?$")

# a separator a writer types between the cells of a table row: a tab, or a bar with white
# space or the line's edge on both sides (Markdown's ``| تدريب | 500 |``; a bar inside a word
# is a glyph pdfplumber read, not a cell's edge)
CELL_SEP = re.compile(r"(\t+|(?:(?<=\s)|^)\|(?=\s|$))")
