"""Every regular expression of the claims stage, in one place.

Patterns marked *normalised* run on :func:`araseclit.normalize.normalize_text` output (one alef,
ya for alef maqsura, ha for teh marbuta, ASCII digits); the others run on the text as written.
Cue phrases from ``data/cues.json`` are compiled here too (:func:`phrase_regex`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from araseclit.charsets import ANY_ARABIC_RE, ARABIC_BLOCK, PLAIN_LETTER

# An Arabic or Latin word, digits included (normalised or not): "المنظمات", "Dodge", "2020"
WORD = re.compile(f"[\\w{ARABIC_BLOCK}]+")

# Words a source phrase is read from, with the punctuation that may end it:
# "تقرير" | "الأمم" | "المتحدة،" | "(Dodge،"
SOURCE_TOKEN = re.compile(r"\(|[^\s()]+")

# Proclitic conjunction before a cue: "ويرى" -> و + يرى, "فقد" -> ف + قد
PROCLITIC_LETTERS = ("و", "ف")
PROCLITIC = rf"(?:{'|'.join(PROCLITIC_LETTERS)})?"

# Terminal punctuation of a declarative sentence: "… في العراق." / "… (Dodge، 2020)."
TERMINAL = re.compile(r"[.!…؛;]\s*[\"»”)\]]*\s*$")

# A question anywhere in the sentence: "… في العراق؟" / "السؤال الآتي: ما السبيل …؟"
QUESTION_MARK = re.compile(r"[؟?]")

# Numbered heading: "2.1 المقدمة", "4.2 سيناريوهات", "3) الخاتمة", "II. Background"
NUMBERED_HEADING = re.compile(r"^\s*(?:\d+(?:[.\-]\d+)*[.)]?|[IVX]+\.)\s+\S")

# Ordinal heading (normalised): "اولا: الاطار المفاهيمي", "ثانيا المنظمات", "المبحث الثاني"
ORDINAL_HEADING = re.compile(
    r"^\s*(?:(?:اولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا)\s*[:\-–.]"
    r"|(?:المبحث|الفصل|المطلب|المحور|القسم|الباب)\s+\w+\s*(?:[:\-–]|$))"
)

# Reference entry, author then "(year).": "Dodge, T. (2020). Iraq's …", "الخفاجي، علي (2017). الأمن …"
REFERENCE_AUTHOR_YEAR = re.compile(r"^\s*[^.()\d]{2,90}?\(\s*\d{4}[a-zأ-ي]?\s*\)\s*[.,:]")

# Latin "Surname, X." opening a reference: "Buzan, B. (1991)", "Al-Ansari, N., Knutsson, S."
REFERENCE_LATIN_NAME = re.compile(r"^\s*[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)*,\s+[A-Z]\.")

# Numbered reference list entry: "[3] عبد الله، سعد (2019). …", "12. Dodge, T. …"
REFERENCE_NUMBERED = re.compile(r"^\s*(?:\[\d+\]|\d+\.)\s+\S.{0,120}?\b(?:1[89]|20)\d{2}\b")

# Publication details of a reference (normalised): "بغداد: دار", "مجله العلوم", "pp. 14", "Press".
# Each opens a word (\b), as REFERENCE_DETAIL_PLAIN writes it; REFERENCE_DETAIL is the same
# alternatives grouped by first letter, the word start checked after it (as phrase_regex does),
# which Python's engine scans a sentence for instead of trying each word at every position
# (a test compares their matches); claims asks it of every sentence with a bracket
REFERENCE_DETAIL_PLAIN = re.compile(
    r"(?:\b(?:بغداد|بيروت|القاهره|عمان|دمشق|london|new york|oxford|cambridge)\s*:"
    r"|\bدار\s|\bمجله\s|\bالعدد\s*\d|\bص\.?\s*\d|\bpp?\.\s*\d|\bpress\b|\bjournal\b"
    r"|\buniversity\b|\bاطروحه\b|\bرساله ماجستير|\bdoi\b|https?://)"
)
REFERENCE_DETAIL = re.compile(
    r"ب(?<!\w.)(?:غداد|يروت)\s*:|ا(?<!\w.)(?:لقاهره\s*:|لعدد\s*\d|طروحه\b)|ع(?<!\w.)مان\s*:"
    r"|د(?<!\w.)(?:مشق\s*:|ار\s)|l(?<!\w.)ondon\s*:|n(?<!\w.)ew york\s*:|o(?<!\w.)xford\s*:"
    r"|c(?<!\w.)ambridge\s*:|م(?<!\w.)جله\s|ص(?<!\w.)\.?\s*\d|p(?<!\w.)(?:p?\.\s*\d|ress\b)"
    r"|j(?<!\w.)ournal\b|u(?<!\w.)niversity\b|ر(?<!\w.)ساله ماجستير|d(?<!\w.)oi\b|https?://"
)

# "قد" + imperfect verb is a hedge ("قد يؤدي", "وقد تشهد"); normalised. "قد" + perfect is
# emphatic ("قد أسهمت", "وقد تراجعت", "قد نجحت") and does not match: a ta- word ending in the
# feminine perfect -ت, "تم", and nun-words (perfects such as نجح/نزح are far commoner in this
# register than first-person plural imperfects) are left out.
QAD_IMPERFECT = re.compile(r"(?<!\w)(?:و|ف)?قد\s+(?:ي\w{2,}|ت(?!م\b)\w{1,}(?<!ت))(?!\w)")

# Future "سـ" + imperfect (normalised): "سيؤدي", "ستواجه", "ستزداد", "سنشهد";
# nouns that merely start with سي/ست/سن are excluded ("سياسه", "سيطره", "سنوات", "سته").
FUTURE_PREFIX = re.compile(
    r"(?<!\w)(?:و|ف)?س(?!ياس|ياد|يطر|يناريو|يار|يول|ته\b|تين|تراتيج|نه\b|نوات|نوي|نين|ني\b|نه\b"
    r"|نيه|نتيمتر|يد\b|يده|يرين|يما\b|ينما|يناء|يره\b|نجار|تار\b|تراليا)[يتن]\w{2,}"
)

# "أدى … إلى" leads to (normalised), with up to eight words between: "أدى انهيار الجيش عام 2014
# إلى سيطرة داعش"; "أدت المنظمات دورا مهما" (performed a role) is not causal.
LEADS_TO = re.compile(
    r"(?<!\w)(?:و|ف)?(?:ادي|ادت|يؤدي|تؤدي|سيؤدي|ستؤدي)\s+(?:\S+\s+){0,8}?الي(?!\w)"
)

# References heading (normalised), alone on its line: "المصادر", "قائمه المراجع", "References"
REFERENCES_HEADING = re.compile(
    r"^[ \t]*(?:\d+[.)]?\s*)?(?:قائمه\s+)?(?:المصادر|المراجع|المصادر والمراجع|الهوامش والمصادر"
    r"|references|bibliography|works cited)[ \t]*:?[ \t]*$",
    re.MULTILINE,
)
#: a line with more letters than the longest heading REFERENCES_HEADING takes (قائمه الهوامش
#: والمصادر: 20) is no references heading: normalisation never drops or merges a base Arabic
#: or ASCII letter, so such a line need not be normalised (issue 12: every line of a book was)
HEADING_LETTERS = 20
MORE_LETTERS_THAN_HEADING = re.compile(
    f"(?:[^A-Za-z{PLAIN_LETTER}]*[A-Za-z{PLAIN_LETTER}]){{{HEADING_LETTERS + 1}}}"
)

# Any Arabic letter: "العراق"; a sentence without one is a Latin reference or caption fragment
ARABIC_LETTER = ANY_ARABIC_RE

# Obligation "على X أن" (normalised): "وعلى المنظمات المدنية أن تطور", "على الحكومة أن تشرك"
OBLIGATION = re.compile(r"^\s*(?:و|ف)?علي\s+(?:\w+\s+){1,4}ان\s+\w")

# Comparative elative "أفعل من / إلى" (normalised): "اقرب الي المجتمع", "افضل من", "اكبر من";
# four-letter perfects that take من/إلى ("أشار إلى", "أعاد إلى", "أخرج من") are not comparatives.
ELATIVE = re.compile(
    r"(?<!\w)(?:و|ف)?(?!اشار|اعاد|اخرج|اضاف|اصبح|انتق|اتجه)ا\w{3}\s+(?:من|الي)(?!\w)"
)

# Numbers as written, Arabic-Indic or ASCII digits, decimal point or Arabic decimal separator:
# "6000", "٢٠٢٠", "3.5", "٣٫٥", "1,200"
NUMBER = re.compile(r"(?<![\w.])([0-9٠-٩۰-۹]+(?:[.,٫][0-9٠-٩۰-۹]+)*)(?![\w])")

# Tokens for quantity parsing: a number (digits split from a joined "و": "و2017" -> "2017") or
# a run of letters: "20", "٣٫٥", "1,200", "ملايين", "ثلث"
QUANTITY_TOKEN = re.compile(r"[0-9٠-٩۰-۹]+(?:[.,٫][0-9٠-٩۰-۹]+)*|[^\W\d_]+")

# Percent sign after a number, Latin or Arabic, maybe spaced: "20%", "20 ٪", "٪20" is not used
PERCENT_AFTER = re.compile(r"^\s?[%٪]")

# A spelled-out percentage after a number (normalised): "20 بالمئه", "30 في المائه"
PERCENT_WORDS = re.compile(r"^\s+(?:بال|في ال)(?:مئه|مائه)")


def phrase_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any cue phrase, on normalised text, at word boundaries.

    Phrase syntax (see ``data/cues.json``): words separated by spaces; ``w*`` matches any word
    that starts with ``w``; a final ``ل+`` matches the preposition written alone or joined to
    the next word (``وفقا ل+`` matches "وفقا لتقديرات" and "وفقا لـ تقديرات"); the first word
    may carry the proclitic و or ف. Longer phrases are tried first.

    The regex is written one branch per first letter (:func:`_by_first_letter`), which matches
    what the plain form (:func:`plain_phrase_regex`) matches, span for span.
    """
    firsts: dict[str, str] = {}
    for phrase in phrases:
        firsts.setdefault(_phrase_body(phrase), phrase[:1])
    alternatives = _longest_first(firsts)
    if not alternatives:
        return re.compile(r"(?!x)x")  # matches nothing
    return re.compile(_by_first_letter(alternatives, firsts))


def plain_phrase_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """:func:`phrase_regex` in its plain form: a word start, the proclitic, any phrase."""
    alternatives = _longest_first({_phrase_body(p): p[:1] for p in phrases})
    if not alternatives:
        return re.compile(r"(?!x)x")
    return re.compile(_plain(alternatives))


def _longest_first(bodies: Iterable[str]) -> list[str]:
    # ties in a fixed order (a set's order changes with the process's string hashing)
    return sorted(bodies, key=lambda body: (-len(body), body))


def _plain(alternatives: list[str]) -> str:
    return rf"(?<!\w){PROCLITIC}(?:{'|'.join(alternatives)})"


def _by_first_letter(alternatives: list[str], firsts: dict[str, str]) -> str:
    r"""The plain pattern ``(?<!\w)(?:و|ف)?(?:A|B|…)`` as one branch per letter a match can
    start with: ``و`` and ``ف`` (the proclitic before any phrase, then the phrases that start
    with that letter), then each other first letter and its phrases, each branch in the
    plain order and the word start checked after the letter (``(?<!\w.)``). A match starts
    with one letter, so only its branch can match there, and takes the path the plain
    pattern takes. Python's engine scans a text for the first letters of such a pattern
    (a character-set prefix) instead of trying every phrase at every position: claims asks
    a dozen of these of every sentence."""
    rests: dict[str, list[str]] = {}
    for body in alternatives:
        first = re.escape(firsts[body])
        if not firsts[body] or not body.startswith(first):
            return _plain(alternatives)  # a phrase that opens with no letter of its own
        rests.setdefault(firsts[body], []).append(body[len(first) :])
    every = "|".join(alternatives)
    branches = []
    for letter in PROCLITIC_LETTERS:
        own = "".join("|" + rest for rest in rests.pop(letter, []))
        branches.append(rf"{letter}(?<!\w.)(?:{every}{own})")
    for letter, own_rests in rests.items():
        branches.append(rf"{re.escape(letter)}(?<!\w.)(?:{'|'.join(own_rests)})")
    return "|".join(branches)


def _phrase_body(phrase: str) -> str:
    parts = []
    words = phrase.split()
    for i, word in enumerate(words):
        if word.endswith("+"):
            parts.append(re.escape(word[:-1]) + r"\s*")
        elif word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(re.escape(word) + r"(?!\w)")
        if i < len(words) - 1 and not word.endswith("+"):
            parts.append(r"\s+")
    return "".join(parts)


def caption_regex(words: Iterable[str]) -> re.Pattern[str]:
    """Caption or keyword line opening (normalised): "جدول (1):", "الشكل 2:", "المصدر: …",
    "الكلمات المفتاحية: …". The word must be followed by a colon, bracket or number, so the verb
    "شكل" in "شكل الحشد الشعبي تحديا" is not a caption.
    """
    return _caption_regex(tuple(words))


@lru_cache(maxsize=16)
def _caption_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    # built once per word list: claims asks for it for every sentence
    body = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"^\s*(?:{body})\s*(?:[:(\[\-–]|\d|رقم)")
