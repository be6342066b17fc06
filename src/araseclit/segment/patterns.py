"""Regular expressions of the segmentation stage, each with an example it matches.

Patterns that must ignore diacritics and tatweel are built by :func:`tolerant` from plain words.
"""

from __future__ import annotations

import re

from araseclit.charsets import (
    BLOCK_MARK,
    EXTENDED_LETTER,
    HAMZA_TO_YEH,
    HARAKAT,
    PLAIN_LETTER,
    SUPERSCRIPT_ALEF,
    TATWEEL,
)

_MARKS = f"[{HARAKAT}{SUPERSCRIPT_ALEF}{TATWEEL}]*"
_LETTER_CLASSES = {
    "ا": "[اأإآ]",
    "أ": "[اأإآ]",
    "إ": "[اأإآ]",
    "ى": "[ىي]",
    "ي": "[يىی]",
    "ة": "[ةه]",
}


def tolerant(word: str) -> str:
    """Regex source for ``word`` allowing diacritics, tatweel and alef/ya/ta-marbuta variants.

    The word's own marks are dropped, so they may stand anywhere: ``أولًا`` (tanween on the
    lam) also matches ``أولاً`` (on the alef, as most keyboards type it) and ``اولا``."""
    letters = re.sub(_MARKS, "", word)
    return "".join(_LETTER_CLASSES.get(ch, re.escape(ch)) + _MARKS for ch in letters)


# blank line(s) between paragraphs — "...الوطني.\n\n2.2 خلفية"
PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t\r\f\v]*\n\s*")

# one component of a section number, ASCII, Arabic-Indic or Persian digits — "2", "٢", "۲"
_NUM = "[0-9\u0660-\u0669\u06f0-\u06f9]{1,2}"
# section number: "2.4.2", "٢٫٦", "7"
SECTION_NUMBER = rf"{_NUM}(?:[.\u066b]{_NUM})*"
# section number with hyphens, as many Arabic theses number — "١-٢", "2-3-1"
HYPHENATED_NUMBER = rf"{_NUM}(?:[\-–]{_NUM})+"
# numbered heading, number first — "2.4.2 التحديات المؤسسية", "1. المقدمة", "٢.٦. الخاتمة",
# "3) النتائج", "١-٢ مفهوم الأمن الإنساني"
NUMBERED_HEADING_RE = re.compile(
    rf"^(?P<num>{SECTION_NUMBER}|{HYPHENATED_NUMBER})(?P<mark>[.\u066b)\-–])?[ \t]*[:\-–]?[ \t]*(?P<title>[^\W\d_].*)$",
    re.S,
)
# numbered heading left unrepaired, number last — "المقدّمة 2.1", "الخاتمة.٢.٦", "الخاتمة 4."
TRAILING_NUMBER_HEADING_RE = re.compile(
    rf"^(?P<title>[^\W\d_](?:[^.\u066b]*?(?:[^\W\d_]|[{HARAKAT}]))?)[ \t]*[.\u066b]?[ \t]*"
    rf"(?P<num>{_NUM}(?:[.\u066b]{_NUM})*)(?P<mark>[.\u066b)])?$",
    re.S,
)
# a Markdown (ATX) heading: one to six "#", a space, the title, optional closing "#"s —
# "## المقدمة", "### ٢.١ التوصيات" (a hashtag, "#البصرة", has no space after its "#")
MARKDOWN_HEADING_RE = re.compile(r"^(?P<marks>#{1,6})[ \t]+(?P<inner>[^\n]*?)(?:[ \t]+#+)?[ \t]*$")
# sentence-final punctuation at the end of a paragraph — "... المستدام." (then it is no heading)
FINAL_PUNCT_RE = re.compile(r"[.!?؟۔…]\s*$")
# terminator candidates — ".", "؟", "!", "؟!", "..." (ellipses are filtered later)
TERMINATOR_RE = re.compile(r"[.!?؟۔]+|…")
# a period glued between digits — "2.1", "٢٫٦" (never a boundary)
DIGIT_DOT_RE = re.compile(r"(?<=\d)[.\u066b](?=\d)")
# text that continues a sentence after a period — "ص. 19،", "1444هـ./2022م.)", "e.g. the"
CONTINUATION_RE = re.compile(r"[ \t]*(?:[،,؛;:)\]»/\-–]|[a-z])")
# a citation that closes the previous sentence — ". (Buzan، 1991: 19)", ". [3]", "(د.ت)."
CITATION_TAIL_RE = re.compile(
    r"[ \t]*(?:\((?=[^()\n]*?(?:\d{3,4}|[0-9\u0660-\u0669]{3,4}|د\.\s?ت|n\.\s?d\.))[^()\n]{1,200}\)"
    r"|\[\d{1,3}(?:\s*[،,–\-]\s*\d{1,3})*\])\.?(?=\s|$)"
)
# URLs and e-mail addresses: their dots are not boundaries — "https://www.un.org/ar", "www.iq.undp.org"
# (an address's local part has at most 64 characters: unbounded, the pattern was tried at every
# character of a long run of word characters or dots and scanned the rest of it each time)
URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s()<>«»،\"]+[^\s()<>«»،\".,;:!?؟]"
    r"|[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+"
)
# what ends the word right before a period, besides white space — "ص" in "(ص. 19", "al" in
# "et al." (read backwards from the period: a pattern anchored at the period, "[^\s()...]+$",
# is tried from every character of a long word before it and costs its length squared)
TOKEN_STOPS = frozenset('()[]«»"')
# a list marker number — "1" in "1. تعزيز الشفافية"
LIST_NUMBER_RE = re.compile(r"^[0-9\u0660-\u0669]{1,2}$")
# letters only (for glued-period checks) — "الداعمة" in "الداعمة.وخلال"
LETTERS_BEFORE_RE = re.compile(r"[^\W\d_]+$")
LETTERS_AFTER_RE = re.compile(r"^[^\W\d_]+")
# a Latin capital initial — "J" in "J. Smith" (Arabic initials are listed abbreviations: د. ع.;
# a lone ا or ة before a period is a word broken by PDF extraction, not an initial)
INITIAL_RE = re.compile(r"^[A-Z]$")
# a year with its era letter: may end a sentence — "2003م", "1444ه" (matching form)
YEAR_WITH_ERA_RE = re.compile(r"^\d+(?:هـ|ه|م)$")
# an Arabic letter — "ا"
ARABIC_LETTER_RE = re.compile(f"[{HAMZA_TO_YEH}]")
# any letter (a numbered heading needs one in its title) — "المقدمة", "Introduction"
ANY_LETTER_RE = re.compile(r"[^\W\d_]")
# a dotted abbreviation — "e.g", "U.S", "د.ت", "ق.م"
DOTTED_ABBREVIATION_RE = re.compile(r"^(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}$")

# --- tokenizer ---------------------------------------------------------------------------


def ordinal_heading_regex(ordinals: str) -> re.Pattern[str]:
    """Ordinal heading from an alternation of tolerant ordinals — "أولًا: الإطار النظري"."""
    return re.compile(rf"^(?P<num>{ordinals})[ \t]*[:.\-–][ \t]*(?P<title>.*)$", re.S)


def division_heading_regex(words: str, ordinals: str) -> re.Pattern[str]:
    """Division heading — "المبحث الأول: مفهوم الأمن الوطني", "الفصل الثاني - المنظمات"."""
    return re.compile(
        rf"^(?P<num>(?P<div>{words})[ \t]+(?:{ordinals}))[ \t]*[:.\-–]?[ \t]*(?P<title>.*)$",
        re.S,
    )


def tokenizer_regex(token: re.Pattern[str]) -> re.Pattern[str]:
    """``(token)( ?)`` or ``(whitespace run)`` — "الأمن " -> ("الأمن", " ", "")."""
    return re.compile(rf"({token.pattern})( ?)|(\s+)", token.flags)


def token_regex(abbreviations: list[str]) -> re.Pattern[str]:
    """One token; alternatives are tried in order at each position."""
    abbr = "|".join(sorted((re.escape(a) for a in abbreviations), key=len, reverse=True))
    alternatives = [
        URL_RE.pattern,  # "https://www.un.org/ar"
        r"\bet\s+al\.",  # "et al."
        r"(?:[A-Za-z]{1,2}\.){2,}",  # "e.g.", "U.S."
        f"[{HAMZA_TO_YEH}]\\.[{HAMZA_TO_YEH}](?![{HAMZA_TO_YEH}])",  # "د.ت", "ق.م"
        rf"(?:{abbr})\.(?![^\W\d_])",  # "ص.", "pp.", "Dr."
        r"\d+(?:[.,\u066b\u066c/]\d+)*(?:هـ|ه|م)?(?![^\W\d_])",  # "2.1", "1444هـ", "2022/2023"
        # Arabic word with its diacritics and tatweel: "المُنظّمـات"
        f"[{PLAIN_LETTER}{EXTENDED_LETTER}\u06d5]"
        f"[{HAMZA_TO_YEH}{BLOCK_MARK}{SUPERSCRIPT_ALEF}{EXTENDED_LETTER}\u06d5]*",
        # Latin word, inner hyphen or apostrophe: "Al-Ansari", "O'Brien"
        r"[A-Za-z\u00c0-\u024f](?:[A-Za-z\u00c0-\u024f]|['’\-](?=[A-Za-z\u00c0-\u024f]))*",
        r"[^\W\d_]+",  # a word in another script
        r"\S",  # any other single character: "(", "،", "."
    ]
    return re.compile("|".join(alternatives), re.I)


#: the possessive endings a Latin token splits off (``Iraq's``, ``Turkey’s``), both apostrophes;
#: the tokenizer splits them and the English tagger reads them
POSSESSIVE_ENDINGS = frozenset({"'s", "'S", "\u2019s", "\u2019S"})
