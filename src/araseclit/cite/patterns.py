"""Every regular expression of the citation stage, one place, each with an example it matches.

The patterns run on a *digit-folded* copy of the text (Arabic-Indic and Persian digits turned
into ASCII, one character for one, so offsets are unchanged); see :func:`fold_digits`.
"""

from __future__ import annotations

import re

from araseclit.charsets import ARABIC_LETTER

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)

#: bounds of a run of name (cue) characters at the start of a pattern searched over the whole
#: text: unbounded, such a pattern is tried at every character of a long run (tatweel, digits,
#: a glued word) and scans the rest of it each time, time quadratic in its length. The bounds
#: are above the longest plausible author (``cite.citation_helpers._plausible_author``) and the
#: longest cue word, so no citation is lost: a longer run is no author and no cue either way.
MAX_NAME_CHARS = 120
MAX_CUE_CHARS = 40

#: an Arabic letter (used to keep single-letter markers from eating the start of a word)
AR_LETTER = ARABIC_LETTER
_NOT_AR = f"(?![{AR_LETTER}])"


#: a run of Arabic-Indic or Persian digits: only these runs are translated, so a long text
#: with few of them is not copied through ``str.translate`` character by character
_EASTERN_DIGITS_RE = re.compile("[\u0660-\u0669\u06f0-\u06f9]+")


def fold_digits(text: str) -> str:
    """Arabic-Indic/Persian digits to ASCII, same length (``"٢٠١٩"`` -> ``"2019"``)."""
    return _EASTERN_DIGITS_RE.sub(lambda m: m.group().translate(_DIGITS), text)


# One year as written in a citation; fullmatch on the year segment.
#   2019 | 2020a | 2020أ | Persian 1399الف | 1444هـ | 1444 هـ | 1399ش | 1444هـ/2023م | 1399ش/2020م | د.ت | n.d.
#   | Persian بی‌تا (no date) | in press, forthcoming (no year yet: read as no date; not the Arabic
#   "تحت الطبع", which a book's bracket of prose also holds: "وطولبوت — تحت الطبع")
#   a three-digit year only with its Hijri mark: 310هـ | Persian marks: ش / ه.ش / هـ.ش (solar),
#   ق / ه.ق / هـ.ق (lunar, قمری)
#   the kashida of "هـ" that a font maps to junk: "1443ه---/2022م" | "1444ه,,,/2023م"
YEAR = (
    r"(?:(?P<hijri>\d{3,4})\s*(?:هـ?\.?\s*[شق]|هـ|ه[-,]*|ش|ق)?\s*/\s*(?P<dual>\d{4})\s*(?:م"
    + _NOT_AR
    + r")?"
    r"|(?P<year>\d{4}|\d{3}(?=\s*(?:هـ|ه(?![\u0621-\u064a]))))\s*(?P<marker>هـ?\.?\s*[شق]"
    + _NOT_AR
    + r"|هـ|ه"
    + _NOT_AR
    + r"|ش"
    + _NOT_AR
    + r"|ق"
    + _NOT_AR
    + r"|م"
    + _NOT_AR
    + r"|AH\b|CE\b|AD\b)?\.?\s*(?P<suffix>[a-e]\b|الف(?![\u0621-\u064a])|[أبجد]"
    + _NOT_AR
    + r")?"
    r"|(?P<nd>د\.?\s*ت\.?|ب\.?\s*ت\.?|بدون\s+تاريخ|بی[\u200c ]?تا(?![\u0621-\u06cc])|n\.\s?d\.?"
    r"|in\s+press|forthcoming))"
)
YEAR_RE = re.compile(YEAR)
#: YEAR without group names, for repetition inside larger patterns
YEAR_PLAIN = re.sub(r"\(\?P<\w+>", "(?:", YEAR)
# several years of one author: "2019، 2021" | "2018a, 2018b"
YEARS = r"(?P<years>" + YEAR_PLAIN + r"(?:\s*[،,]\s*" + YEAR_PLAIN + r")*)"
YEAR_SPLIT_RE = re.compile(r"\s*[،,]\s*(?=\d)")

# Page locator after the year: ": 27" | ", p. 31" | "، ص 45" | "ص. 45-47" | "pp. 3–5" | ": 12 وما بعدها"
PAGE = (
    r"(?:(?:pp?\.|pages?|ص(?:ص)?\.?|الصفحة|صفحة)\s*)?"
    r"(?P<page>\d{1,5}(?:\s*[-–—]\s*\d{1,5})?)"
    # "ff.", "وما بعدها", or the note on that page: "45n12", "45 n. 12", "45nn3–4"
    r"(?:\s*(?:ff?\.|وما\s+بعدها|nn?\.?\s?\d{1,3}(?:[-–]\d{1,3})?(?!\d)))?"
)
# An original date in square brackets before the year of the edition cited (Chicago):
#   "(Batatu [1978] 2004, 45)" -> the edition's 2004, as the list dates the entry
ORIGINAL_DATE_RE = re.compile(r"(?<=\s)\[\d{4}\](?=\s+\d{4}(?!\d))")

# Author–date part of a parenthetical citation (one part of a bracket split on ؛ / ;):
#   "الحميد، 2019: 27" | "UNDP, 2020, p. 31" | "Ismael & Ismael، 2015: 121" | "Smith 2019: 4"
#   | an APA group author with its abbreviation: "Office for the Coordination of … [OCHA], 2019"
PART_RE = re.compile(
    r"(?P<author>[^\d()\[\]؛;]{1,140}?(?:\s*\[[A-Z][A-Za-z&-]{1,12}\])?)(?P<sep>\s*[،,]\s*|\s+)"
    + YEARS
    + r"(?:\s*[:،,]\s*"
    + PAGE
    + r")?\s*\.?"
)
# Year (+ page) alone in brackets, the bracket of a narrative citation: "1402: 68" | "2022" | "2020, p. 5"
YEAR_ONLY_RE = re.compile(YEARS + r"(?:\s*[:،,]\s*" + PAGE + r")?\s*\.?")

# Innermost round brackets on one line: "(الحميد، 2019: 27)"; the opening one may be mirrored
# by extraction: ")UNAMI، 2021: 12)"
PAREN_RE = re.compile(r"[()](?P<body>[^()\n]{1,300})\)")
# --- residual extraction damage (text a repair left partly scrambled) ------------------------
# Both brackets mirrored: "Kibaroğlu )2019: 21(" | ")الحميد، 2019: 27("
MIRRORED_RE = re.compile(r"\)(?P<body>[^()\n]{1,300})\(")
# Glyph debris right after a colon or comma: "2019:' 4" | "2018:&& 11" -> blanked, same length
DEBRIS_RE = re.compile(r"(?<=[:،,])\s*[&'*]+")
# A tanween or short vowel standing alone between spaces, a mark the extractor lifted out of
# its word: "ويرى فيبر، ً نقلًا عن" -> blanked, same length; likewise the alef of a tanween
# ending split off its word (an alef alone is no word): "2017: 21 ا: كيف"; and a mark drawn
# after the stop or colon that follows its word (Chromium's print: "انظر أيضا:ً الكبيسي")
LONE_MARK_RE = re.compile(
    r"(?<!\S)(?:[\u064b-\u0652\u0670]+(?!\S)|ا(?=[:.،,]))|(?<=[:.،,؛])[\u064b-\u0652\u0670]+"
)
# The closing quote of a name carried into the bracket after it: "بغداد («2023: 51)" -> the
# caller swaps it back before the bracket ("بغداد «(2023: 51)")
QUOTE_IN_BRACKET_RE = re.compile(r"\(([»«\"“”])(?=\d)")
# A mirrored opening bracket glued to the letters before it, then the rest of that word:
# "الاجتم) اعي السامرائي، 2020: 88)" (the caller checks that the ")" opens a bracket)
WORD_PIECE_RE = re.compile(f"(?<=[{AR_LETTER}])\\) (?P<piece>[{AR_LETTER}]+)(?= )")
# A bracket whose ")" was moved away, ending in a page: "(طالبي، 1399: 90 جتمع" | "(2022: 32 جزء)"
#   | "(Dodge & Mansour, 2020: 58. وتحتل" (the sentence's stop kept)
UNCLOSED_RE = re.compile(
    r"\((?P<body>[^()\n]{0,160}?\d{4}[a-eأب]?\s*[:،,]\s*\d{1,4})(?=\.?\s+[^\d\s).،,؛:]|\s*$)"
)
# Page before year, punctuation left behind: "UNDP, p. 31 2020," | "IOM, 17 2022:" | "UNDP, p. 31, 2020"
SWAPPED_PART_RE = re.compile(
    r"(?P<author>[^\d()\[\]؛;]{1,140}?)\s*[،,]\s*(?:(?:pp?\.|ص\.?)\s*)?"
    r"(?P<page>\d{1,5}(?:\s*[-–—]\s*\d{1,5})?)(?:\s*[,،]\s*|\s+)(?P<years>\d{4}[a-e]?)\s*[,:،]?"
)
# Brackets around the name instead of the year: "(Kaldor)2003: 78" | "(Le Billon)2005: 690"
BRACKETED_NAME_RE = re.compile(
    r"\((?P<name>[A-Z][^()\d\n]{1,60}|[\u0621-\u064a][^()\d\n،,]{1,60})\)\s*"
    r"(?P<body>\d{4}[a-e]?\s*:\s*\d{1,5}(?:\s*[-–—]\s*\d{1,5})?)(?!\d)"
)
# A quoted name whose year lost its "(": "«خسروي»1402: 68)" | "«نوري» 1401: 112)"
QUOTED_UNBRACKETED_RE = re.compile(
    r"[»«\"“”](?P<name>[^»«\"“”()\n]{2,60})[»«\"“”]\s*(?P<body>\d{4}[a-e]?\s*:\s*\d{1,5})\)"
)
# An author pushed out of the bracket, before it: "حسيني، (1398: 78" | "وزارة التخطيط، (2019: 11)"
AUTHOR_OUTSIDE_RE = re.compile(
    rf"(?P<name>[^\s،,.()«»\d]{{1,{MAX_NAME_CHARS + 1}}})"
    r"[،,]\s*\((?P<body>\d{4}[a-eأب]?\s*[:،,]\s*\d{1,4})(?!\d)"
)
# Numeric citation: "[3]" | "[2، 3]" | "[4–6]" | "[6–4]" (reversed by extraction) | "[1, 4-6]"
NUMERIC_RE = re.compile(r"\[ ?(?P<body>\d{1,3}(?:\s*[-–—،,]\s*\d{1,3})*) ?\]")
# --- numeric brackets an extraction damaged (the body is NUMERIC_RE's) ---
_NUM_BODY = r"(?P<body>\d{1,3}(?:\s*[-–—،,]\s*\d{1,3})*)"
# Both brackets drawn on the wrong side, glued to the word before: "بعينها]2، 3 للأمن"
NUMERIC_MIRRORED_RE = re.compile(r"(?<=\S)\]" + _NUM_BODY + r"(?=\s|$)")
# The "[" lost (the caller checks that none is open on the line): "المعرضين للخطر 10]."
NUMERIC_UNOPENED_RE = re.compile(r"(?<=\s)" + _NUM_BODY + r"\](?=[\s.،,؛;]|$)")
# A bracket the line's words split after its first number: "[1 ا يرتبط بالتنافس ، 7]"
NUMERIC_SPLIT_RE = re.compile(
    r"\[(?P<a>\d{1,3})\s(?P<gap>[^\[\]\d\n]{1,80}?)\s*[،,]\s*(?P<b>\d{1,3})\]"
)
# An opening bracket between two pieces of one word: "الطالب (اني وآخرون، 2021: 44)" (the
# caller checks that the joined word is the document's)
CUT_WORD_RE = re.compile(f"(?<!\\S)(?P<w>[{AR_LETTER}]+) \\((?P<x>[{AR_LETTER}]+)(?=[\\s،,])")
# One item of a numeric list: "4–6" | "3"
NUMERIC_ITEM_RE = re.compile(r"(?P<a>\d{1,3})(?:\s*[-–—]\s*(?P<b>\d{1,3}))?")
# Bracket separators between several citations: "(الحميد، 2019؛ Dodge, 2020)"
PART_SPLIT_RE = re.compile(r"[؛;]")

# Secondary citation, original author first: "بوزان، عن الخفاجي" | "Buzan, cited in Smith"
#   | "بيشوه، مقتطف في كورتين" | "الجابري، ورد في العاني" | "Buzan, as cited in Hough"
#   | "الحلي، ورد في: العاني" (a colon after the marker)
#   | Persian "Waltz, 1979، به نقل از مشیرزاده"
#   (also with the comma drawn after "cited" or "in": "Buzan cited, in Smith")
SECONDARY_RE = re.compile(
    r"(?P<orig>.+?)\s*(?:[،,]\s*(?:(?:نقل[اًَ]{1,2}|نقا[ًَ]?ل)\s+عن|(?:به\s+)?نقل\s+از|عن|في|(?:ورد|وردت|مذكور)\s+في|أورده|ذكره"
    r"|(?:مقتبس|مقتبسة|مقتطف|مقتطفة)\s+(?:في|من|عند))|[،,]?\s*(?:as\s+)?(?:cited|quoted),?\s+in,?"
    r"|[،,]\s*in)\s*:?\s+(?P<author>.+)",
    re.IGNORECASE,
)
# Secondary narrative citation before its bracket: "فيبر، نقلًا عن الكعبي " | "Weber, cited in Smith "
SECONDARY_NARRATIVE_RE = re.compile(
    r"(?P<cue>[^\s.،,؛:()]+)\s+(?P<orig>[^\s،,.()]+(?:\s[^\s،,.()]+){0,3})\s*[،,]\s*"
    r"(?:(?:نقل[اًَ]{1,2}|نقا[ًَ]?ل)\s+عن|(?:به\s+)?نقل\s+از|cited\s+in|quoted\s+in)\s+"
    r"(?P<author>[^،,.()]{2,60}?)\s*$",
    re.IGNORECASE,
)
# --- a bracket whose parts' locators the extraction moved (Latin digits and punctuation that
# a Noto/Chromium PDF draws apart from the words) ---
# A whole part inside such a bracket: "Haddad, 2011: 140" (a name of 1-4 words, no stop in it,
# not glued to the word before nor the rest of a name: "Dodge & Mansour" has no part "Mansour")
_NAME_WORD = r"(?:[A-Z][\w'’-]*|[\u0621-\u064a]+)"
COMPLETE_PART_RE = re.compile(
    r"(?<![\w\u0600-\u06ff])(?<![A-Za-z\u0600-\u06ff&]\s)(?P<name>"
    + _NAME_WORD
    + r"(?:\s+(?:&\s+)?"
    + _NAME_WORD
    + r"){0,3})"
    r"\s*[,،]\s*"
    r"(?P<years>\d{4}[a-e]?)\s*[:،,]\s*(?P<page>\d{1,5}(?:\s*[-–—]\s*\d{1,5})?)(?!\d)"
)
# Arabic words (two letters or more) between two Latin words of one part:
# "Buzan, cited الدولة in Smith" | "(Al- تأهيل المحطات Ansari" (the caller drops them)
INTRUDED_WORDS_RE = re.compile(
    r"(?<=[A-Za-z.,-])(?:\s+[\u0621-\u064a][\u0621-\u064a\u064b-\u0652]+)+\s+(?=[A-Za-z])"
)
# A Latin name, its year's suffix letter in brackets, then the year and page: the brackets
# drawn around the suffix instead of the locator: "وتشير UNAMI (b) 2020: 14 كذلك" (a name word
# has at most 40 letters: see MAX_NAME_CHARS)
SUFFIX_BRACKET_RE = re.compile(
    r"(?P<name>[A-Z][\w'’-]{1,40}(?:\s+[A-Z][\w'’-]{1,40}){0,3})\s*\((?P<suffix>[a-e])\)\s*"
    r"(?P<year>\d{4})\s*:\s*(?P<page>\d{1,5}(?:\s*[-–—]\s*\d{1,5})?)(?![\d:])"
)
# One "year: page" locator inside such a bracket: "2019: 33" | "2018: 91"
LOCATOR_RE = re.compile(
    r"(?<!\d)(?P<year>\d{4}[a-e]?)\s*:\s*(?P<page>\d{1,5}(?:\s*[-–—]\s*\d{1,5})?)(?!\d)"
)
# A narrative bracket's year, words of another line, then its marked page:
#   "2020، ' إلى أن نجاح الوساطة ... من ص. 84-82"
INNER_WORDS_RE = re.compile(
    r"(?P<year>\d{4}[a-e]?)\s*[،,][^\d()]{1,200}?\s(?P<page>(?:ص|pp?)\.?\s*\d{1,5}(?:\s*[-–—]\s*\d{1,5})?)"
)
# A cue word, a bracket round a run of the line ending in the name, the locator after it
# (the caller wants a run of prose, not a name "(Le Billon)2005: 690"):
#   "ويرى (ً أن الأمن المجتمعي ... مسبق الجبوري)2020: 54"
CUE_BRACKETED_RUN_RE = re.compile(
    rf"(?P<cue>[^\s()]{{1,{MAX_CUE_CHARS}}})"
    r"\s+\((?P<run>[^()\n]{1,120}?)\s(?P<name>[^\s()\d،,.]+)\)\s*"
    r"(?P<body>\d{4}[a-e]?\s*:\s*\d{1,5}(?:\s*[-–—]\s*\d{1,5})?)(?![\d:])"
)
# The original author and "عن" before a name that lost its bracket: "بوزان، عن " | "بوزان، نقلًا عن "
SECONDARY_BEFORE_RE = re.compile(
    r"(?<![^\s(])(?P<orig>[^\s،,.()\d]+)\s*[،,]\s*(?:(?:نقل[اًَ]{1,2}|نقا[ًَ]?ل)\s+)?عن\s+$"
)
# Persian words that send the reader to a work, a bracket's or a note's: "رک:" / "ر.ک:" / "نک:"
#   / "ن.ک." (رجوع کنید, نگاه کنید abbreviated; Persian or Arabic kaf), "رجوع کنید به",
#   "نگاه کنید به", "بنگرید به", "مقایسه کنید با" (compare); an abbreviation is a whole word
#   ("رکنی", "نکویی" are names)
PERSIAN_LEAD_IN = (
    r"(?:[رن]\.?\s?[کك]\.?(?![^\W\d_])|(?:رجوع|نگاه|مراجعه)\s+کنید\s+به|بنگرید\s+به"
    r"|مقایسه\s+کنید\s+با)"
)
# One grammar of lead-ins, for brackets (LEAD_IN_RE, STYLE_LEAD_IN_RE) and notes (cite.notes):
#   an opening ("للمزيد", "للاستزادة", "for more", "برای نمونه"), a verb in any of the three
#   languages ("انظر", "يُنظر", "راجع", "قارن", "see", "cf.", "رک"), a qualifier ("أيضاً",
#   "مثلاً", "also", "e.g."), and what the work is read for before a colon ("في ذلك:")
LEAD_OPENING = (
    r"(?:(?:(?:لل|ل)مزيد(?:\s+من\s+[^\s:،,]+)?|للاستزادة|for\s+more(?:\s+[^\s:,]+)?"
    r"|برای\s+(?:نمونه|مثال|(?:اطلاعات|مطالعه(?:ی)?)\s+بیشتر))\s*[،,]?\s+)?"
)
LEAD_VERB = (
    r"(?:انظر|أنظر|ينظر|يُنظر|راجع|قارن|see|cf\.|compare|e\.g\.,?|" + PERSIAN_LEAD_IN + r")"
    r"(?![^\W\d_])"  # a whole word: "Seeley", "Comparetti" are names
)
LEAD_QUALIFIER = (
    r"(?:\s*,?\s*(?:أيضا|أيضًا|أيضاً|كذلك|مثلا|مثلًا|مثلاً|also|for\s+example|e\.g\.,?)(?![^\W\d_]))?"
)
LEAD_TOPIC = r"(?:\s+(?:في|بخصوص|بشأن|حول|on|for)(?:\s+[^\s:،,.؛;()]+){0,3}\s*:)?"
# Lead-in words inside a bracket: "انظر: الحميد" | "see Dodge" | "cf. Marr" | "رک: نوری"
# "(انظر: …)" | "(للمزيد انظر: …)" | "(see also …)" | "(see, e.g., …)" | "(راجع في ذلك: …)"
LEAD_IN_RE = re.compile(
    r"^" + LEAD_OPENING + LEAD_VERB + LEAD_QUALIFIER + LEAD_TOPIC + r"[\s,]*:?\s*",
    re.I,
)

# A secondary marker opening a bracket whose original the sentence names: "ويرى بوزان أن …
#   (نقلاً عن الخفاجي، 2017: 21)" | "(ورد في: الخفاجي، …)" | "(أورده الخفاجي، …)": the work read
OPENING_SECONDARY_RE = re.compile(
    r"^(?:(?:نقل[اًَ]{0,2}|نقا[ًَ]?ل)\s+(?:عن|من)|(?:به\s+)?نقل\s+از|(?:ورد|وردت|مذكور|ذكر)\s+في"
    r"|أورده|اورده|أوردها|ذكره|ذكرها|(?:مقتبس|مقتبسة|مقتطف|مقتطفة)\s+(?:في|من|عند))\s*:?\s+(?=\S)"
)

# The works a bracket of prose points to at its end, after "عند", "لدى" or "انظر" (and after
# "في" when the bracket opened with "انظر"): "الوصف المعياري الجيد له عند ليتش وشورت" ->
# "ليتش وشورت" | "للاطلاع على بناء المواد الخبرية انظر فان دييك" -> "فان دييك"
POINTED_NAME_RE = re.compile(
    r"^(?P<prose>\S+(?:\s+\S+)+?)\s+(?:عند|لدى|انظر|أنظر|ينظر|راجع)\s+"
    r"(?P<name>[^\s،,.()]+(?:\s+[^\s،,.()]+){0,2})$"
)
POINTED_AFTER_LEAD_RE = re.compile(
    r"^(?P<prose>\S+(?:\s+\S+)+?)\s+(?:عند|لدى|في)\s+(?P<name>[^\s،,.()]+(?:\s+[^\s،,.()]+){0,2})$"
)
# Name in guillemets or quotes right before a narrative bracket: "»خسروي« " | "“Dodge” "
QUOTED_NAME_RE = re.compile(
    r"[»«\"“”](?P<name>[^»«\"“”()\n]{2,90})[»«\"“”](?P<gap>[^»«\"“”.،؛:\n()]{0,40})$"
)
# Latin name(s) right before a narrative bracket: "Hiltermann " | "Keck and Sikkink " | "Al-Ansari et al. "
LATIN_NAME_RE = re.compile(
    r"(?<![\w'’-])(?P<name>(?:(?:al|el|Al|El|de|De|Le|La|van|Van|von|Von|Ibn|Abu|bin)[- ])?[A-Z][\w'’-]+"
    r"(?:\s+(?:&|and)\s+[A-Z][\w'’-]+|\s+et\s+al\.?)?)\s*$"
)
# Capitalised words (joined by "of", "for", "and", "the", "on") right before a Latin name, the
# rest of the name it ends: "Human Rights " (Watch) | "Kurdistan Regional " (Government)
#   | "Operation Inherent " (Resolve) | "Office for the Coordination of Humanitarian " (Affairs)
LATIN_RUN_RE = re.compile(
    r"(?:^|(?<=\s))(?P<run>(?:[A-Z][\w'’.&-]*\s+(?:(?:of|for|and|the|on)\s+)*)+)$"
)
# An APA group author's abbreviation after its name: "Human Rights Watch [HRW]" | "… [OCHA]"
GROUP_ABBREVIATION_RE = re.compile(r"\s*\[[A-Z][A-Za-z&-]{1,12}\]$")
# A capitalised head and "of" right before a Latin name: the name ends a proper name (an
# edict, treaty, battle or university), not an author: "the Edict of " | "Treaty of "
#   | "Peace of " | "University of "
PROPER_OF_RE = re.compile(r"\b[A-Z][\w'’-]+\s+of(?:\s+the)?\s+$")
# A capitalised Latin word after a locative preposition in prose, not before a year or a
# possessive: "in Mosul," | "from Mosul and" | "near Sinjar." (not "in Dodge (2012)",
# "in Dodge 2012", "in Dodge's")
LOCATIVE_NAME_RE = re.compile(
    r"\b(?:in|from|near|around|outside|across|into|towards?)\s+(?P<name>[A-Z][\w’'-]*\w)\b"
    r"(?![\s(,]*\d|['’]s)"
)
# Words of an Arabic narrative lead-in, scanned backwards: "بحسب الكربلائي " | "ويرى رضا بي نياز "
WORD_RE = re.compile(r"[^\s»«\"“”]+")
# Stops a backward scan for the author of a narrative citation: "، " | ". " | "(" | ":"
SCAN_STOP_RE = re.compile(r"[.،,؛;:!?؟()\[\]\n]")

# Text that signals Persian sources (solar Hijri years): Persian letters or Iran words
#   "صالحی" | "پژوهش" | "الإيرانية" | "Iran"
PERSIAN_LETTERS_RE = re.compile(r"[پچژگکی]")
PERSIAN_CONTEXT_RE = re.compile(r"[پچژگکی]|[إا]يران|فارس|Iran|Persian", re.I)
# A year marked lunar Hijri anywhere in the document: "1444هـ" | "1420 هـ"
LUNAR_CONTEXT_RE = re.compile(r"\d{3,4}\s*هـ(?!\.?\s*ش)")

# Arabic definite article and Latin transliterations of it: "الحميد" | "Al-Ansari" | "el Hassan"
AR_ARTICLE_RE = re.compile(r"^(?:ال|لل)(?=[\u0621-\u064a]{2})")
LATIN_ARTICLE_RE = re.compile(r"^(?:al|el|ad|ar|as|an|at|az)[-\s’']", re.I)
# "et al." and "وآخرون" and author joiners: "Al-Ansari et al." | "الحميد وآخرون" | "Ismael & Ismael"
#   | the Persian "محمدی و همکاران"
#   also a word pdftotext cut at a glyph gap: "الطالباني وآخ رون"
ET_AL_RE = re.compile(
    r"\s*(?:,?\s*et\s+al\.?|و\s?آخ\s?رون|و\s?آخرين|وزملاؤه|و\s?هم[کك]اران)\s*$", re.I
)
# Between two authors: " & " | " and " | " و " | a comma; and the Arabic "و" glued to a second
# family name with the article after a one-word first name, "الجبوري والعزاوي" (three letters
# at least after "وال": "والي", "والتر" are names; "وزارة الهجرة والمهجرين" is one body)
_GLUED_AND = "|".join(rf"(?<=^[^\s]{{{n}}})\s+(?=وال[\u0621-\u064a]{{3,}}$)" for n in range(3, 16))
AUTHOR_JOIN_RE = re.compile(r"\s+(?:&|and|و)\s+|\s*[،,;؛]\s*(?:&\s*)?|" + _GLUED_AND, re.I)

# --- reference lists -------------------------------------------------------------------------
# Heading of a reference list, alone on its line: "المصادر" | "قائمة المراجع" | "References"
REF_HEADING_RE = re.compile(
    r"^[ \t]*(?:(?:\d+|[أ-ي])[.)-]\s*)?(?:قائمة\s+)?(?:المصادر\s+والمراجع|المراجع\s+والمصادر|"
    r"المصادر|المراجع|الهوامش\s+والمصادر|References|Bibliography|Works\s+Cited|Sources|"
    r"Reference\s+List)[ \t]*[:：]?[ \t]*$",
    re.M | re.I,
)
# The same heading run into the text when line breaks were lost (no heading line found):
#   "... كميًا. المصادر الجبوري، سعد (2020). ..." | "... end. References Dodge, T. (2012)."
REF_INLINE_HEADING_RE = re.compile(
    r"(?:^|(?<=[.!؟?:]\s))(?:قائمة\s+)?(?:المصادر\s+والمراجع|المراجع\s+والمصادر|المصادر|المراجع|"
    r"References|Bibliography)\s*:?\s+(?=[^.()\n]{2,80}?\(\s*(?:\d{4}|د\.\s*ت|n\.\s?d))",
    re.M,
)
# The same heading with one stray word before it at the start of a line (a word the
# extraction carried out of the last line of the text): "قياساً المصادر الجبوري، سعد (2020)."
REF_DISPLACED_HEADING_RE = re.compile(
    r"^[^\s.()]+\s+(?:المصادر|المراجع|References|Bibliography)\s*:?\s+"
    r"(?=[^.()\n]{2,80}?\(\s*(?:\d{4}|د\.\s*ت|n\.\s?d))",
    re.M,
)
# What an entry has after its author: "(2020). " | "(د.ت). "
REF_ENTRY_YEAR_RE = re.compile(r"\((?:\d{4}[a-e]?|د\.\s*ت|n\.\s?d\.)\)\.\s")
# An APA entry of a group author, its name closed by a stop before the year (no comma in it):
#   "UNHCR. (2019). Global trends: …" | "World Health Organization. (2020a). …" |
#   "منظمة العفو الدولية. (2018). …"
REF_GROUP_AUTHOR_RE = re.compile(
    r"^\s*[^\s.,،()]+(?:\s+[^\s.,،()]+){0,9}\.\s*\(\s*(?:\d{4}[a-eأب]?|د\.\s*ت\.?|n\.\s?d\.?)\s*\)\.(?:\s|$)"
)
# A heading that ends a reference list: "الملاحق" | "Appendix A"
REF_END_RE = re.compile(r"^[ \t]*(?:الملاحق|ملحق|Appendix|Appendices)\b.*$", re.M | re.I)
# Label opening a reference entry: "[3] " | "3. " | "3- " | "(3) "
REF_LABEL_RE = re.compile(
    r"^\s*(?:\[(?P<a>\d{1,3})\]|(?P<b>\d{1,3})[.\-)]\s|\((?P<c>\d{1,3})\))\s*"
)
# Year in a reference entry, in brackets first: "(2019)." | "(1444هـ)" | "(n.d.)"
#   | an old author's death year "(ت 808هـ)" (توفي), the date such a list gives the work
REF_PAREN_YEAR_RE = re.compile(r"\(\s*(?:ت\.?\s*)?(?P<y>" + YEAR_PLAIN + r")\s*\)")
#: a Hijri year's mark: "هـ", "ه", and the calendar of a Persian imprint, "هـ.ش" (solar),
#: "ه.ق" (lunar); the one home of these marks (``fields`` reads them too)
_HIJRI_CORE = r"هـ?\.?\s*[شق]|هـ|ه"
HIJRI_MARK = r"(?:" + _HIJRI_CORE + r")(?![\u0621-\u064a])"
# Any bare year in an entry: "..., 2019." | "1399" | a three-digit Hijri year "776هـ"
#   | a Persian imprint's mark, read whole so the calendar is its own: "صدرا، ۱۳۷۹ هـ.ش."
#   (solar, not "1379هـ") | "قم، ۱۴۱۷ ه.ق." | "1399ش" | "1438ق"
_REF_MARK = r"(?:" + _HIJRI_CORE + r"|ش|ق|م)(?![\u0621-\u064a])"
REF_BARE_YEAR_RE = re.compile(
    r"(?<!\d)(?P<y>(?:1[3-9]|20)\d{2})(?:\s*" + _REF_MARK + r")?(?!\d)"
    r"|(?<!\d)(?P<h>[1-9]\d{2})\s*(?:هـ?\.?\s*ق|هـ|ه)(?![\u0621-\u064a])"
)
# The year of a Chicago author–date entry after its names: "2015" | "2019أ" | "1409هـ/1989م"
#   | a death year for an old author, "ت 310هـ" (توفي) | a Persian one, "1399 هـ.ش" | "1399ش"
_AD_ENTRY_YEAR = (
    r"(?:ت\s*)?\d{3,4}(?:\s*(?:" + _HIJRI_CORE + r"|ش|ق)(?![\u0621-\u064a]))?"
    r"(?:\s*/\s*\d{4}\s*م)?[a-eأب]?"
)
#: a family name of one or two words in Arabic script, Persian letters and ZWNJ included
#: ("کاظمی", "نوری‌زاده", "عبد الله")
_SCRIPT_LETTER = r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c]"
_SCRIPT_NAME = _SCRIPT_LETTER + r"+(?:\s" + _SCRIPT_LETTER + r"+)?"
# Start of a new unlabelled entry in a run-on list: ". Hiltermann, J. (" | ". الحميد، عبد الله ("
#   also an organisation before its year: ". دائرة المنظمات غير الحكومية (2022). "
#   and initials: ". Marr, P. & Al-Marashi, I. (2017). "
#   and a Chicago author–date entry, its year after the names: ". الحيدري، إبراهيم. 2015. "
#   | ". Keen, David. 2012. " | ". العبيدي، سعد. 2017أ. " | ". الهاشمي، عبد الرحمن. 1409هـ/1989م. "
#   | ". الطبري، أبو جعفر محمد بن جرير. ت 310هـ. " (not after an initial: "G. J. Jenkins,
#   and J. J. Ephraums, eds. 1990." is one entry)
ENTRY_START_RE = re.compile(
    r"(?<=[.)])\s+(?=(?:[A-Z][\w'’-]+|" + _SCRIPT_NAME + r")[،,]\s*[^.]{1,60}?\(\s*\d{4})"
    r"|(?<=\.)(?<!\b[A-Z]\.)\s+(?=(?:[A-Z][\w'’-]+|"
    + _SCRIPT_NAME
    + r")[،,]\s*[^.()\d]{2,60}\.\s*"
    + _AD_ENTRY_YEAR
    + r"\.\s)"
    # a group author, capitalised words and its year: ". International Crisis Group. 2018. "
    r"|(?<=\.)(?<!\b[A-Z]\.)\s+(?=[A-Z][\w'’&-]*(?:\s(?:of|for|and|the|on|[A-Z][\w'’&-]*)){1,7}\.\s*"
    r"\d{4}[a-e]?\.\s)"
    r"|(?<=\.)(?<!\b[A-Z]\.)\s+(?=(?:[^.()\d]|(?<=\b[A-Z])\.){2,120}?\(\s*(?:\d{4}[^)]{0,12}|د\.\s*ت\.?|n\.\s?d\.?)\)\.)"
)
# The opening of a Chicago notes–bibliography or Harvard entry, its year further on: an
# inverted name and its stop, or initials and a bracketed year:
#   "Haddad, Fanar. Sectarianism …" | "Haddad, F. (2011) Sectarianism …" | "الشمري، أحمد. الإعلام …"
# (a list run into one paragraph is cut there only where a year lies on both sides)
ENTRY_NB_OPENING = (
    r"(?:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s(?:[A-Z][\w'’-]*\.?\s?){1,3}(?:\.\s|\(\s*\d{4}\)\s)"
    r"|" + _SCRIPT_NAME + r"،\s*[^.،\d()\n]{2,30}\.\s)"
)
ENTRY_NB_START_RE = re.compile(r"(?<=\.)(?<!\b[A-Z]\.)\s+(?=" + ENTRY_NB_OPENING + ")")
ENTRY_NB_FIRST_RE = re.compile(r"\s*:?\s*(?=" + ENTRY_NB_OPENING + ")")
# A group author opening a Chicago notes–bibliography entry: capitalised words and a stop,
# kept only when they name a body (``styles.is_organisation``) and a year lies on both sides
#   ". Human Rights Watch. Life in the Shadows. New York: HRW, 2019."
ENTRY_GROUP_START_RE = re.compile(
    r"(?<=\.)\s+(?=(?P<name>[A-Z][\w'’&-]*(?:\s(?:of|for|and|the|on|[A-Z][\w'’&-]*)){1,6})\.\s)"
)
# An academic title before an entry's first name, no name of its own:
#   "د. محمد الكبيسي. الأمن الوطني. …" | "أ.د. نادية الجميلي. …" | "Dr. Toby Dodge. …"
HONORIFIC_RE = re.compile(r"^(?:أ\.\s?د\.|د\.|Dr\.|Prof\.)\s+(?=[^\W\d_]{2})")
# The next label of a numbered list run into one paragraph: ". 2. UNMAS. …" (kept only when
# it follows the label before: 1, 2, 3 …)
NEXT_LABEL_RE = re.compile(r"(?<=[.)])\s+(?P<n>\d{1,3})[.\-)]\s+(?=\S)")
# The abbreviation a number after it belongs to (edition, volume, part, page, issue), which
# no list's next label follows: "ط. 2." | "ج. 2." | "مج. 4." | "Vol. 3." | "no. 2." | "ed. 2."
NUMBER_ABBREV_END_RE = re.compile(
    r"(?:^|[\s(،,])(?:ط|ج|جـ|مج|ص|ع|vol|no|nos|p|pp|ed|eds|edn)\.$", re.I
)
# A Latin heading with no mark at the start of a line, run into its first entry
REF_LATIN_INLINE_HEADING_RE = re.compile(
    r"^[ \t]*(?:References|Bibliography|Works\s+Cited|Sources)(?=\s)", re.M
)
# An entry that starts after a URL or DOI ending the entry before, when a reader joined the
# two paragraphs (the URL has no closing stop):
#   "… https://doi.org/10.1017/S0020818300004495 Licklider, R. (1988a). The power …"
#   also a group author's: "… https://doi.org/10.5555/msh.2018.522 UNHCR. (2019). Global …"
#   and a numbered entry's: "… doi:10.5555/mds.2020.0345 4. UNMAS. Iraq: …"
ENTRY_AFTER_URL_RE = re.compile(
    r"(?:https?://|doi:)\S+(?P<gap>\s+)"
    r"(?=[^\s.()،,]{2,40}[،,]\s*[^()]{1,60}?(?:\(\s*\d{4}|\s\d{4}[a-e]?\.\s)"
    r"|[^\s.()،,]{2,40}(?:\s+[^\s.()،,]+){0,9}\.\s*\(\s*\d{4}[a-eأب]?\s*\)\.|\d{1,3}\.\s+\S)"
)
# The year of a Vancouver entry: after the publisher's semicolon, or before a journal's
# volume: "London: Routledge; 2012." | "J Conv Weapons Destr. 2019;23(1):12-19" | "٢٠٢٠؛١٢(٣)"
#   (digits folded first)
REF_VANCOUVER_YEAR_RE = re.compile(
    r"[;؛]\s*(?P<y>(?:1[5-9]|20)\d{2})[a-e]?(?=\s*[.;؛]|\s*$)"
    r"|(?<![\d/.-])(?P<y2>(?:1[5-9]|20)\d{2})\s*[;؛]\s*(?=[\d(])"
)
# A dual date in an entry, Hijri then Gregorian: "1409هـ/1989م" | "1409 هـ / 1989 م"
#   | Persian "1399ش/2020م" | "1399 ه.ش / 2020م"
REF_DUAL_YEAR_RE = re.compile(
    r"(?<!\d)\d{3,4}\s*(?:هـ?\.?\s*[شق]|هـ|ه|ش)\s*/\s*\d{4}\s*(?:م(?![\u0621-\u064a]))?"
)
# An Arabic author–date bracket whose "(" the extraction moved away (no opener before it):
# "نفسه الحميد، 2019: 27)" | "العبيدي، 2016: 33؛" | "كاظمي، 1399: 45." | "... 21 :" (the name is one
# word; the caller widens it to an organisation or a "و" pair)
#   also with a page marker after a comma: "الحميد، 2019، ص. 45-47)"
UNOPENED_RE = re.compile(
    r"(?<=\s)(?P<name>[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc][^\s،,.()«»\d]*)،\s*"
    r"(?P<body>\d{4}[a-eأب]?\s*(?::|[،,]\s*(?:ص\.?|pp?\.))\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?)"
    r"(?=\s*[).؛;:])"
)
# A narrative year and page that lost both brackets, after a name (the caller wants a cue word
# before the name): "ويرى الجبوري 2020: 54 أن" | "ويلاحظ محمدی 1401: 23 أن"
BARE_LOCATOR_RE = re.compile(
    r"(?<=[^\s\d(:،,])\s+(?P<body>\d{4}[a-eأب]?\s*:\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?)(?![\d:)])"
)

# --- residual damage inside one part, tidied before it is parsed ------------------------------
# A stray Latin glyph inside an Arabic word (font-extraction debris): "الîكربلائي"
GLYPH_IN_WORD_RE = re.compile(r"(?<=[\u0621-\u064a])[\u00c0-\u024f](?=[\u0621-\u064a])")
# One Arabic letter alone before a name, the end of the word before it that a misplaced
# bracket cut off: "سوق العم (ل وزارة العمل" -> the "ل " is dropped
LONE_LETTER_LEAD_RE = re.compile(f"^[{AR_LETTER}]\\s+(?=\\S)")
# A year's suffix letter set apart and left after a Latin name: "(UNAMI c , 2020: 5)"
NAME_SUFFIX_RE = re.compile(r"\s([a-e])$")
# Punctuation standing alone between spaces (pypdfium2's loose runs): "Dodge ; , 2012"
LOOSE_PUNCT_RE = re.compile(r"(?:^|(?<=\s))[.,;:؛،–-]+(?=\s|$)")
# A page followed by a capitalised word starts the next Latin work: "2012: 45 Marr"
NEXT_LATIN_WORK_RE = re.compile(r"(?<=\d)\s+(?=[A-Z])")
# Latin locators given as loose runs by pypdfium2 (Noto draws them in the Arabic font), and
# what they stand for: "n d" -> "n.d."; "2019,. 2 p" -> "2019, p. 2"; "2020,. 10 12 pp –" ->
# "2020, pp. 10-12"; "n.d. p 4" -> "n.d., p. 4"
LATIN_LOOSE_STOPS_RE = re.compile(r"(?<=\s)[.,;:]+(?=\s|$)")
LATIN_LOOSE_ND_RE = re.compile(r"(?<=\s)n\s*\.?\s*d\b\.?")
LATIN_PAGE_AFTER_RE = re.compile(r"[,،]\s*\.\s*(\d{1,5})\s+pp?\.?\s*$")
LATIN_RANGE_AFTER_RE = re.compile(r"[,،]\s*\.\s*(\d{1,5})\s+(\d{1,5})\s+pp\.?\s*[-–—]\s*$")
LATIN_ND_PAGE_RE = re.compile(r"(?<=n\.d\.)\s+pp?\.?\s+(?=\d)")

# --- bracket parts in other house styles (araseclit.cite.styles) -----------------------------
# A part's items are split on commas and colons outside guillemets:
#   "بيشوه، مقتطف في كورتين، ١٩٨١م" -> "بيشوه" | "مقتطف في كورتين" | "1981م"
ITEM_SPLIT_RE = re.compile(r"[،,:](?![^«]*»)")
# A year as a work's date, for items: the YEAR forms, a three-digit Hijri year with its mark
# ("310هـ", "310 ه"), or a range of years of a work written over several ("1618–1621")
STYLE_YEAR = (
    r"(?P<y>" + YEAR_PLAIN + r"|\d{3}\s*(?:هـ|ه" + _NOT_AR + r")(?:\s*/\s*\d{3,4}\s*م?)?)"
    r"(?:\s*[-–]\s*\d{2,4}(?!\d)\s*م?)?"
)
# A bracket that opens with a range of years, a life or a term of office rather than a work's
# date: "1864–1920" | "2003-2011" | "1958-1963م" | "٧٩٢-٨٠٨هـ"
YEAR_RANGE_RE = re.compile(r"\s*\d{3,4}\s*(?:هـ|ه|م)?\s*[-–—]\s*\d{2,4}(?!\d)")
# An item that is a year, a title in guillemets before it allowed: "1985م" | "«الشرح المختصر» 1959"
YEAR_ITEM_RE = re.compile(r"(?:«(?P<title>[^»]{1,120})»\s*)?" + STYLE_YEAR)
# An item that is a name, then a year with no comma: "هاليداي 1973م" | "Allen 1977"
#   | "كوبرنيكوس «الشرح المختصر» 1959" | "فاولر وآخرون 1979م"
NAME_YEAR_ITEM_RE = re.compile(
    r"(?P<name>[^\d«»()\[\]]{2,80}?)\s+(?:«(?P<title>[^»]{1,120})»\s*)?" + STYLE_YEAR
)
# A death year given as an old author's date, its marker after the name or opening the item:
#   "الطبري ت 310هـ" | "ت. 630هـ" (توفي: the year is Hijri, marked هـ)
DEATH_MARK_RE = re.compile(r"(?:^|\s+)(?:ت|توفي|المتوفى)\.?\s*$")
DEATH_YEAR_ITEM_RE = re.compile(r"(?:ت|توفي|المتوفى)\.?\s*(?P<y>\d{3,4}\s*(?:هـ|ه))")
# The suffix letter of the year before, as an item of its own: "1985م، أ" -> "أ"
SUFFIX_ITEM_RE = re.compile(r"[a-eأبجد]")
# A page item, its marker optional: "108" | "ص35" | "ص. 45-47" | "pp. 3–5" | "185–95" | "12 وما بعدها"
PAGE_ITEM_RE = re.compile(
    r"(?P<marker>(?:pp?\.|ص\s*ص\.?|ص\.?|صفحة|الصفحة)\s*)?"
    r"(?P<page>\d{1,5}(?:\s*[-–—]\s*\d{1,5})?)(?:\s*(?:ff?\.|وما\s+بعدها))?"
)
# A locator that is not a page: "الكتاب الأول" | "الفصل 4.4" | "المجلد الثالث" | "ج2" | "ch. 3"
#   | "para. 4" | "Table 2" | "Fig. 3" | "الفقرة 4" | "جدول 2" (APA's locators for works with no pages)
LOCATOR_ITEM_RE = re.compile(
    r"(?:ال)?(?:كتاب|فصل|فصلين|مجلد|جزء|باب|قسم|مقدمة|تمهيد|ملحق|هامش|حاشية|مادة|طبعة|فقرة|جدول|شكل)"
    r"(?:\s.{0,40})?"
    r"|(?:ج|مج|ط)\s*\.?\s*\d{1,3}|(?:ch|chap|chapter|vol|volume|book|part|pt|n|note|sec|para|paras"
    r"|paragraph|fig|figure|table|art|article|app|appendix|line|lines|ll)\b\.?.{0,30}",
    re.I,
)
# The noun a numeric bracket labels when it stands right before it: "الملحق [3]", "ويشير الجدول
#   [4]", "في الصفحة [12]", "الفصل [5]", "Table [2]": the bracket numbers a part of the text
#   (LOCATOR_ITEM_RE's parts less those a work is, "كتاب [3]", and the page), not a work
PART_BEFORE_RE = re.compile(
    r"(?:^|[^\w\u0600-\u06ff])[وبفلك]?(?:ال)?(?:فصل|فصلين|مجلد|جزء|باب|قسم|ملحق|ملاحق|هامش|حاشية"
    r"|مادة|فقرة|جدول|شكل|صفحة|ص|رسم|مخطط|معادلة|خريطة|بند|مبحث|مطلب|سؤال|محور|نموذج)"
    r"(?:\s+رقم)?\s*$"
    r"|\b(?:ch|chap|chapter|vol|volume|part|pt|sec|section|para|paragraph|fig|figure|table|art"
    r"|article|app|appendix|annex|page|p|eq|equation|step|question|item|model)\.?(?:\s+no\.?)?\s*$",
    re.I,
)
# A secondary-citation marker starting an item, then the work read: "مقتطف في كورتين" |
#   "نقلاً عن الخفاجي" | "cited in Hough" | "مقتبس من كون 1957" | "ورد في الجبوري"
_SECONDARY_MARK = (
    r"(?:نقل[اًَ]{0,2}|نقا[ًَ]?ل)\s+(?:عن|من)|(?:به\s+)?نقل\s+از|(?:ورد|وردت|ذكر|مذكور|مذكورة)\s+في|أورده|اورده"
    r"|ذكره|أوردها|ذكرها|(?:مقتبس|مقتبسة|مقتطف|مقتطفة|مقتبسا|مقتبسًا)\s+(?:في|من|عند|لدى)|عن|في"
    r"|(?:as\s+)?(?:cited|quoted|reprinted)\s+in|in"
)
SECONDARY_ITEM_RE = re.compile(r"(?P<mark>" + _SECONDARY_MARK + r")\s*:?\s+(?P<rest>\S.*)", re.I)
# The same mark as a whole item, its colon having split it from the work read: "نقلاً عن: …"
SECONDARY_MARK_ITEM_RE = re.compile(r"(?:" + _SECONDARY_MARK + r")\s*", re.I)
# Words that lead a part and are no name: "انظر أيضا" | "ولكن انظر" | "قارن" | "مثل" | "see also"
#   | "ولكن قارن ذلك مع"
STYLE_LEAD_IN_RE = re.compile(
    r"^" + LEAD_OPENING + r"(?:(?:و?لكن|و)\s+)?(?:" + LEAD_VERB + r"|وقارن|مثل|مثلا)"
    r"(?:\s+(?:أيضا|أيضًا|أيضاً|مثلا|مثلًا|مثلاً|also|for\s+example))?(?:\s+ذلك)?(?:\s+(?:مع|ب))?\s*:?\s+",
    re.I,
)
# An ibid form, alone or before its page: "نفسه" | "المصدر نفسه" | "المرجع السابق" | "Ibid." | "op. cit."
#   | Persian "همان" | "م.ن" (مصدر نفسه abbreviated, as "م.س" is مصدر سابق)
IBID_RE = re.compile(
    r"(?:(?:ال)?(?:مصدر|مرجع)\s+(?:نفسه|السابق|ذاته)|نفس\s+(?:ال)?(?:مصدر|مرجع)|نفسه|السابق"
    r"|همان(?:[\u200c ]?جا)?|ibid\.?|ibidem|op\.\s*cit\.?|id\.|(?:ن\.\s?م|م\.\s?ن)\.?(?![^\W\d_]))",
    re.I,
)
# A square bracket that holds words, or a year first, as a round one does: author–date in
#   square brackets, "[الحمداني، 2018: 45]" | "[انظر: الجبوري، 2016: 112؛ Holt, 2020: 54]" |
#   "[المرجع نفسه: 38]" | "[المرجع نفسه]" | a narrative name's "[2018: 60]". It ends as a
#   citation ends, in a year or a page ("2018", "2020أ", "n.d.", "د.ت"), or is an ibid form
#   alone. Not one that opens with a number of one to three digits (a numeric citation "[3]",
#   "[ 10]", "[3, p. 52]", an interval "[0, 1]"), a Markdown note marker "[^3]", one holding
#   brackets of either kind, or one whose "]" a number follows (a mirrored "]4–6" of a
#   numeric citation a PDF drew right to left: the "[" before it is another's).
SQUARE_BRACKET_RE = re.compile(
    r"\[(?P<body>(?!\s*\d{1,3}(?!\d))(?!\s*\^)(?:[^\[\]()\n]{0,300}?"
    r"(?:\d[a-zأبجد]?|n\.\s?d|د\.\s?ت)\.?|\s*(?:" + IBID_RE.pattern + r"))\s*)\](?!\s?\d)",
    re.I,
)
# An ibid bracket: "(المصدر نفسه، ص٤٦)" | "(المرجع السابق)" | "(Ibid., p. 4)", and "(نفسه، ص 23)"
# | Persian "(همان: ۴۵)"
# | "(السابق، 45)" only with a locator: "وهذا الشيء (نفسه)" and "الرئيس (السابق)" are prose
#   | "(نفس المصدر، ص ٤٩)" | "(ن.م، ص ٤٩)" / "(م.ن)" (abbreviated); a bare "(همان)" stays prose
_IBID_NAMED = (
    r"(?:ال)?(?:مصدر|مرجع)\s+(?:نفسه|السابق|ذاته)|نفس\s+(?:ال)?(?:مصدر|مرجع)|ibid\.?|ibidem"
    r"|(?:ن\.\s?م|م\.\s?ن)\.?(?![^\W\d_])"
)
IBID_BRACKET_RE = re.compile(
    r"\(\s*(?:(?:" + _IBID_NAMED + r")\s*(?:[،,:]\s*" + PAGE_ITEM_RE.pattern + r")?"
    r"|(?:نفسه|ذاته|السابق|همان|id\.)\s*[،,:]\s*(?P<page2>"
    + re.sub(r"\(\?P<\w+>", "(?:", PAGE_ITEM_RE.pattern)
    + r"))\s*\.?\s*\)",
    re.I,
)
# A reference-list heading as books and journals write it, alone on its line: a Markdown or
# table mark, an ordinal or number before it, a qualifier after it (REF_HEADING_RE is the
# sample's form, which repair.layout also uses):
#   "# | المراجع" | "ثبت المصادر والمراجع" | "أولاً: المراجع العربية" | "ثانياً - المراجع الأجنبية"
#   | "مراجع البحث" | "المراجع باللغة الإنجليزية" | "## Bibliography" | "Arabic References"
#   | "فهرس المصادر والمراجع" | "المراجع المعتمدة في البحث" | Persian "منابع" | "منابع و مآخذ"
#   | "مصادر المقال" (an essay's or op-ed's sources)
_ORDINAL = r"(?:أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا)[ًٌ]?"
# the ordinal's tanween a PDF reader put after the stop or colon that follows it: "ثانيا:ً"
_MOVED_TANWEEN = r"[ًٌ]?"
REF_BOOK_HEADING_RE = re.compile(
    r"^[ \t]*(?:[#|*>]+[ \t]*)*(?:(?:"
    + _ORDINAL
    + r"|\d+|[أ-ي])[ \t]*[.):\-–]"
    + _MOVED_TANWEEN
    + r"[ \t]*)?"
    r"(?:(?:(?:ثبت|قائمة|فهرس|فهرست)\s+)?(?:ال)?(?:مصادر|مراجع|منابع)"
    r"(?:\s+(?:و\s?|أو\s+)?(?:ال)?(?:مراجع|مصادر|مآخذ|ماخذ))?"
    r"(?:\s+(?:البحث|الدراسة|الكتاب|العربية|الأجنبية|الإنجليزية|الانجليزية|الفارسية|المعربة|المترجمة"
    r"|المعتمدة|المستخدمة|المختارة|المستشهد\s+بها|باللغة\s+\S+|باللغات\s+\S+|فارسی|لاتین|انگلیسی))?"
    r"(?:\s+(?:في\s+)?(?:البحث|الدراسة|الكتاب|المقال|المقالة|الورقة))?"
    # Persian "کتابنامه" (with or without its zero-width non-joiner), Arabic "ببليوغرافيا"
    r"|کتاب\u200c?نامه|(?:ال)?ببليوغرافيا|(?:ال)?بيبليوغرافيا)"
    r"[ \t]*[:：]?[ \t]*[|#*]*[ \t]*$"
    r"|^[ \t]*(?:[#|*>]+[ \t]*)*(?:(?:\d+|[IVX]+)[.)][ \t]*)?(?:(?:Arabic|English|Persian|Foreign|Selected)\s+)?"
    r"(?:References|Bibliography|Works\s+Cited|Reference\s+List|Sources|Literature\s+Cited)"
    r"[ \t]*:?[ \t]*[|#*]*[ \t]*$",
    re.M | re.I,
)
# A list's subheading naming a language alone on its line, led by a letter or number:
#   Persian "الف) فارسی" | "ب) انگلیسی" | "أ) العربية" | "2. English" | "B) Foreign"
REF_LANGUAGE_SUBHEADING_RE = re.compile(
    r"^[ \t]*(?:الف|[أ-ي]|[A-Za-z]|\d+|" + _ORDINAL + r")[ \t]*[.):\-–][ \t]*"
    r"(?:فارسی|فارسية|الفارسية|عربی|عربية|العربية|انگلیسی|إنجليزية|الإنجليزية|انجليزية|الانجليزية"
    r"|لاتین|لاتینی|خارجی|أجنبية|الأجنبية|English|Arabic|Persian|Foreign)[ \t]*:?[ \t]*$",
    re.M | re.I,
)
# An author-date entry with the year after the names, no brackets (Harvard, older Chicago):
#   "Althusser, L. 1971: Ideology and ..." | "Bagguley, P. and Lash, S. 1988: Labour ..."
#   | "الجابري، محمد عابد 1984: تكوين العقل العربي" | "Kress, G. 1985a: ..."
REF_NAME_YEAR_RE = re.compile(
    r"(?P<authors>[^\d()\[\]]{2,160}?[.،,]?)\s+(?P<y>\d{4}\s*[a-eأب]?)\s*[:.]\s+(?P<rest>\S.*)"
)
# Arabic words after a stop in what would be an entry's names: a title, its year one of its
# words ("العبيدي، سعد. الأمن الوطني العراقي بعد 2003. بغداد: …, 2017." is no 2003 entry)
TITLE_IN_NAMES_RE = re.compile(r"\.\s+[\u0621-\u064a]+\s+[\u0621-\u064a]+")
# An entry that repeats the author of the entry before: "1986: Speech Genres ..." | "———. 1990."
REF_DITTO_RE = re.compile(r"(?:[-—–_]{2,}\s*[.,]?\s*)?(?P<y>\d{4}\s*[a-eأب]?)\s*[:.]\s+\S")
# A line that continues an entry, never starts one: "In Keat and Abercrombie 1990." | "في: ..."
REF_CONTINUATION_RE = re.compile(r"^\s*(?:In|in|في)\s*:?\s+\S")
# An author alone on a line above the years of their works: "Bakhtin, M.:" | "الجابري، محمد عابد:"
REF_AUTHOR_HEAD_RE = re.compile(r"[^\d()\[\]:.،,]{2,60}[،,]\s*[^\d()\[\]:]{1,40}:")
# A book-style heading run into its first entry when the line breaks were lost (a Markdown
# mark before it, an author-year entry after it):
#   "# | المراجع Althusser, L. 1971: Ideology ..." | "ثبت المراجع الجابري، محمد 1984: تكوين ..."
REF_BOOK_INLINE_HEADING_RE = re.compile(
    r"^[ \t]*(?:[#|*>]+[ \t]*)*(?:(?:ثبت|قائمة|فهرست)\s+)?(?:ال)?(?:مصادر|مراجع|منابع)"
    r"(?:\s+(?:و\s?)?(?:ال)?(?:مراجع|مصادر|مآخذ))?"
    # a whole word: "مصادرة الأموال، …" opens a paragraph, not the list
    r"(?![\u0621-\u064a\u0671-\u06d3])"
    r"|^[ \t]*(?:[#|*>]+[ \t]*)+(?:References|Bibliography|Works\s+Cited)",
    re.M | re.I,
)
# A Markdown or table mark before such a heading: "# | المراجع" | "## Bibliography"
REF_HEADING_MARK_RE = re.compile(r"^[ \t]*[#|]")
# The year of an entry, closed and followed by the stop or colon that ends an entry's author
# part: "(2020). " | "(1984م): " | " 1971: " | " 1985a. "; prose has "(2003) متعددة" instead
REF_ENTRY_MARK_RE = re.compile(
    r"(?:\(\s*(?:\d{4}|\d{3}\s*هـ)[^()\n]{0,12}\)|(?<=\s)\d{4}\s*[a-eأب]?)\s*[.:](?:\s|$)"
)
# The year of an entry, after the publisher's comma or colon, an author–date entry's stop, or in
# brackets ("بيروت: دار الساقي، 2011." | "Press, 2003." | "حامد. 2016." | "(2019): 45"); prose
# writes "تضاعفت الحالات بعد 2014."
IMPRINT_YEAR_RE = re.compile(r"[.،,:؛;]\s*\d{4}|\(\s*\d{4}")
REF_FIRST_ENTRY_RE = re.compile(
    r"\s*:?\s+(?=[^\d()\n]{2,80}?(?:\s\d{4}[a-eأب]?\s*[:.]\s|\(\s*\d{4}|\(\s*\d{3}\s*هـ))"
)
# A subheading run into the heading or an entry on one line (as a reflow leaves a .txt whose
# headings stand alone): "أولاً: المراجع العربية " | "ثانياً - المراجع الأجنبية "
REF_INLINE_SUBHEADING_RE = re.compile(
    r"[ \t]*(?:"
    + _ORDINAL
    + r"|\d+|[أ-ي])[ \t]*[.):\-–]"
    + _MOVED_TANWEEN
    + r"[ \t]*(?:ال)?(?:مراجع|مصادر)"
    r"(?:[ \t]+(?:ال)?(?:عربية|أجنبية|إنجليزية|انجليزية|فارسية|معربة|مترجمة))?[ \t]*:?(?=[ \t]+\S)"
)

# A year's suffix letter at the end of a year as written: "1952أ" | "2020b" | "2020 ب"
YEAR_SUFFIX_END_RE = re.compile(r"\d{3,4}\s?[a-eأبجد]$")
