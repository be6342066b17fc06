"""Footnote and endnote citations: note markers in the text linked to the notes that cite.

A paper in a notes style (Chicago notes-bibliography, most Arabic journal house styles) puts
a marker after the claim, ``…أسس طائفية(3)``, ``…[3]`` or ``…³``, and the work in the note:

    الهوامش
    (3) Toby Dodge, Iraq: From War to a New Authoritarianism (London: Routledge, 2012), 45.
    (4) المصدر نفسه، ص 70.
    (5) Dodge, Iraq, 67.

:func:`find_notes` finds the notes: numbered lines under a notes heading (``الهوامش``,
``الحواشي``, ``هوامش البحث``, ``Notes``, ``Endnotes``), or, with no heading, a run of two or
more numbered lines in sequence that each read as a citation (a year, or an ibid form) and
whose numbers are markers in the text before them (footnotes at the foot of a page).
:func:`note_citations` gives one CITATIONS record per work a note cites (``kind`` ``"note"``,
``number`` the note's number): the author as the note writes it (``Toby Dodge``), the year
of its imprint (``(London: Routledge, 2012)``, a journal's ``(1904)``) or the last year before
the locator, and the first locator after the year. Ibid forms (``المصدر نفسه``, ``المرجع
السابق``, ``نفسه``, ``Ibid.``) and short notes (``Dodge, Iraq, 67.``, no year) take the work of
the note they continue: the note before, or the last note by that author; an OSCOLA
cross-reference (``Haddad (n 2) 240``, Bluebook ``Haddad, supra note 2, at 240``) takes the
work of the note it names. OSCOLA's pinpoint follows the imprint with no comma (``(Dar
Al-Hikma 2017) 45``, ``(2019) 11 Journal of Arab Public Law 233, 236``: 236, the first page
233 being the article's), Chicago's follows an article's range (``(2021): 117–39, 121``).
Page-foot notes as a PDF's text gives them open with their number and a space (``1 Sarah
Whitcombe, …``), may run into the paragraph above with the page's rule, may run on one line,
and may be numbered again on every page (a thesis); a page number after them is no part of
the last. The year of a statute in a note (``رقم (١٢) لسنة ٢٠١٠``, ``Law No 13 of 2005``)
dates no work, and a body's acronym in brackets is no part of its name. The record spans
the marker in the text when there is one (so its sentence is the claim's), the note
otherwise; ``raw`` is the note's text either way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from araseclit.cite import patterns as P
from araseclit.cite.styles import is_organisation
from araseclit.cite.years import YearContext, parse_year

# A notes heading: "الهوامش" | "الحواشي" | "هوامش البحث" | "الهوامش والتعليقات" | "## Notes"
#   | Persian "پی‌نوشت‌ها" | "یادداشت‌ها" | "پانویس‌ها"
NOTES_HEADING_RE = re.compile(
    r"^[ \t]*(?:[#|*>]+[ \t]*)*(?:(?:الهوامش|الحواشي|هوامش|حواشي|التعليقات|الإحالات|الاحالات"
    r"|(?:پی[\u200c ]?نوشت|پانوشت|پانویس|یادداشت)(?:[\u200c ]?ها)?)"
    r"(?:\s+(?:و)?(?:ال)?(?:بحث|دراسة|فصل|تعليقات|إحالات|مراجع|مصادر))?|Notes|Endnotes|"
    r"Footnotes)[ \t]*[:：]?[ \t]*$",
    re.M | re.I,
)
# A page's footnote rule, drawn in underscores, dashes (hyphens too) or box lines, or in
# tatweel, which a PDF reader folds as it folds a kashida, to a mark or two
_RULE = r"(?:[_\u2010-\u2015\u2500\u2501\u23af-]{5,}|\u0640{2,})"
# A page's footnote number as a PDF's text gives it, its raised number flattened and a space
# after it, then a word or a quote ("41 " alone, "2014 saw …" and "3 000" are none); the
# spaces are looked at, not taken
_PAGE_NOTE_NO = r"\d{1,3}(?=[ \t]+[^\W\d_\"'“‘«])"
# The same heading run into its first note on one line, as extraction and reflow leave it:
#   "الهوامش (1) Toby Dodge, Iraq …" | "الهوامش 1. Toby Dodge, Iraq …" | a page's footnote rule
#   run into its first note, "__________ (١) حيدر كاظم الموسوي، …", the rule drawn in tatweel,
#   dashes or box lines as well as underscores ("ــــــــ (١) …", "———— 1. …"); a PDF reader
#   folds a tatweel rule as it folds a kashida, to a mark or two ("ــ (١) …")
NOTES_INLINE_HEADING_RE = re.compile(
    r"^(?P<head>[ \t]*(?:الهوامش|الحواشي|هوامش\s+البحث|حواشي\s+البحث|Notes|Endnotes|Footnotes"
    r"|(?:پی[\u200c ]?نوشت|پانوشت|پانویس|یادداشت)(?:[\u200c ]?ها)?"
    rf"|{_RULE})"
    r"[ \t]*[:：]?)(?P<gap>[ \t]+)(?=(?:[(\[]\d{1,3}[)\]]|\d{1,3}[.\-–)])[ \t]*\S)",
    re.M | re.I,
)
# A rule run into a page's footnote whose number a PDF's text left with a space after it:
#   "____________ 1 Ahmed Al-Kubaisi, …"
_RULE_PAGE_NOTE_RE = re.compile(
    rf"^(?P<head>[ \t]*{_RULE})(?P<gap>[ \t]+)(?={_PAGE_NOTE_NO})",
    re.M,
)
# A page's footnote rule a reader that joins a page's lines put after the last sentence above
# it: "… left behind.8 ____________ 1 Ahmed Al-Kubaisi, …" (the rule then opens a line of its
# own; a note after it as the rule's own line is read)
_MIDLINE_RULE_RE = re.compile(
    rf"(?<=\S)(?P<gap>[ \t]+)(?={_RULE}[ \t]+"
    r"(?:[(\[]\d{1,3}[)\]]|\d{1,3}[.\-–)]?)[ \t]+\S)"
)
# The same heading left at the end of the paragraph before, as a reader that joins a text's
# lines leaves it, its first note numbered 1: "… outlasted the war.4 Notes 1. Toby Dodge, …",
# or on the next line: "… altogether.8 Notes\n\n1. Ashley Jackson, …"
NOTES_MIDLINE_HEADING_RE = re.compile(
    r"(?<=[.!?؟])(?:\d{1,3})?(?P<gap0>[ \t]+)(?P<head>الهوامش|الحواشي|Notes|Endnotes)"
    r"(?P<gap>\s+)(?=[(\[]?1[)\].\-–][ \t]*\S)"
)
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# A note line: "(3) …" | "[3] …" | "3. …" | "3- …" | "³ …" (digits folded first) | a Markdown
#   footnote as Pandoc writes it, "[^3]: …" | a page's footnote as a PDF's text gives it, its
#   raised number flattened and a space after it, "3 Sarah Whitcombe, Screening …" (a word or
#   a quote follows: "41 " alone, "2014 saw …" and "3 000" are none)
NOTE_LINE_RE = re.compile(
    r"^[ \t]*(?:\((?P<p>\d{1,3})\)|\[(?P<b>\d{1,3})\]|(?P<d>\d{1,3})[.\-–)]|(?P<s>[⁰-⁹¹²³]{1,3})"
    rf"|\[\^(?P<c>\d{{1,3}})\]:|(?P<f>{_PAGE_NOTE_NO}))"
    r"[ \t]*(?P<body>\S.*)$",
    re.M,
)
# A marker in the text: "(3)" | "[3]" | "³" | Markdown's "[^3]", never at a line's start (that is a note); also a
# superscript the extraction flattened into a digit glued to the word: "الدولة3" (after three
# letters, so "ص45" and "ج2" stay locators), or glued to the stop, comma, semicolon or colon
# after a word, "checkpoints.1 Local", "الحدود،٣ ثم", "sector;7 the", with a closing quote or
# bracket on either side of the stop, "order'.5", "charge.”10", or to the stop after a year,
# "after 2017.1 Officials" (then a space: "v1.2" and
# "Fig.2b" are no markers)
_MARKER = (
    r"(?:\(\s*{n}\s*\)|\[\^?\s*{n}\s*\]|(?<![⁰-⁹¹²³]){s}(?![⁰-⁹¹²³])"
    r"|(?<=[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]{{3}}){n}(?![\d/])"
    r"|(?:(?<=[^\W\d_]{{3}}[.,،;؛:])|(?<=[^\W\d_]{{2}}['’\"”»)][.,،;؛:])"
    r"|(?<=[^\W\d_]{{2}}[.,،;؛:]['’\"”»])|(?<=(?<!\d)[12]\d{{3}}[.,،;؛:])){n}(?=\s|$))"
)
# a dual date keeps its Hijri year first, as written: "1409هـ/1989م"
_YEAR = r"(?:[1-9][0-9]{2,3}\s*(?:هـ|ه)\s*/\s*)?(?:1[0-9]{3}|20[0-9]{2}|[1-9][0-9]{2}\s*(?:هـ|ه)(?![\w]))(?:\s*(?:هـ|ه|م)(?![\w]))?"
_IMPRINT_YEAR_RE = re.compile(r"\((?P<inner>[^()]*?(?P<y>" + _YEAR + r"))\s*\)")
_YEAR_RE = re.compile(r"(?<!\d)(?P<y>" + _YEAR + r")(?!\d)")
# The locator after the year: ", 45." | "، ص 39." | ": 421–437." | ", p. 7" | "، ج12، ص 358"
#   | "، ص ص 12–19" (pages, the mark doubled)
_PAGE = r"(?:(?:pp?\.|ص(?:\s?ص)?\.?|الصفحة|صفحة)\s*)?(?P<page>\d{1,5}(?:\s*[-–—]\s*\d{1,5})?)"
_LOCATOR_RE = re.compile(r"^\s*[)]?\s*[،,:]\s*(?:(?:ج|مج|جزء|vol\.)\s*\d{1,3}\s*[،,:]\s*)?" + _PAGE)
# The last number of a short note or an ibid: "Dodge, Iraq, 67." | "Ibid., 90." | "ص 70"
_LAST_PAGE_RE = re.compile(_PAGE + r"\s*\.?\s*$")
_IBID_LEAD_RE = re.compile(r"^\s*(?:" + P.IBID_RE.pattern + r")(?=$|[\s.,،:؛;])", re.I)
_PIECE_SPLIT_RE = re.compile(r"[؛;](?![^()]*\))")
# The marker of a secondary note after the original's words, before the work read (only the
# markers no edited book's chapter uses: "في:" leads a chapter's book):
#   "، نقلاً عن: السعدي" | "، نقلا عن " | "، به نقل از " | ", quoted in Visser" | ", cited in "
#   | "، ورد في " | "، مقتبس من "
_SECONDARY_RE = re.compile(
    r"[،,]\s*(?:(?:نقل[اًَ]{1,2}|نقا[ًَ]?ل)\s+(?:عن|من)|(?:به\s+)?نقل\s+از|(?:as\s+)?(?:cited|quoted)\s+in"
    r"|(?:ورد|وردت|مذكور)\s+في|(?:مقتبس|مقتبسة|مقتطف)\s+(?:في|من|عند))\s*[:：]?\s+",
    re.I,
)
# Words that send the reader to the work a note names, before it: "ينظر:", "انظر أيضاً:",
#   "للمزيد ينظر:", "وكذلك:", "راجع:", "see also", "cf.", "For more, see", Persian "رجوع کنید به:",
#   "برای اطلاعات بیشتر نگاه کنید به:", "ر.ک:" (the author follows)
_NOTE_LEAD_RE = re.compile(
    r"^\s*"
    + P.LEAD_OPENING
    + r"(?:(?:و?لكن|و)\s*)?"
    + P.LEAD_VERB
    + P.LEAD_QUALIFIER
    # what the work is read for, before a colon: "وينظر في التعليق عليه:", "انظر بشأن ذلك:",
    # "see on this point:"
    + P.LEAD_TOPIC
    + r"[\s,]*:?\s+"
    r"|^\s*(?:برای\s+(?:اطلاعات|مطالعه)(?:ی)?\s+بیشتر\s*،?\s*)?"
    r"" + P.PERSIAN_LEAD_IN + r"\s*:?\s*"
    r"|^\s*(?:و?كذلك|وأيضا|وأيضاً|and\s+also|also)\s*:\s*",
    re.I,
)
# An access date and the year it ends with, which dates the reading, not the work:
#   "تاريخ الزيارة: 15/3/2023" | "Accessed: Jan. 5, 2024" | "[cited 2023 Apr 2]" | "retrieved 2 May 2021"
#   | "تاریخ دسترسی: ۱۴۰۱/۷/۲۰" | "دسترسی در ۲۰ مهر ۱۴۰۱"
# The English words are whole words a date or an address follows ("Violence Incited by
# Militias, Doha: ACRPS, 2021", "Uncited Victims", "How Aid Is Viewed" are titles), Persian
# "دسترسی در" a date ("چالش‌های دسترسی در مناطق مرزی" is a title), as in cite.references.
_ACCESS_DATE_RE = re.compile(
    r"(?:تاريخ\s+(?:الزيارة|الاطلاع|الدخول|التصفح)|تم\s+الاطلاع|تاریخ\s+دسترسی"
    r"|بازیابی[\u200c ]?شده|دسترسی\s+در\s*(?=\d)"
    r"|\b(?:accessed|retrieved|viewed|cited)\b(?:\s+(?:on|from))?[\s:,]*"
    r"(?=\d|https?:|www\.|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s,]))"
    r"[^()\[\]]{0,30}?(?<!\d)\d{4}(?!\d)",
    re.I,
)
MAX_AUTHOR_WORDS = 5
# A statute's or a decision's number and year, which date a law, not a work: "رقم (١٢) لسنة
#   ٢٠١٠" | "لسنة ٢٠١٠" | "قانون ١٢ لسنه ٢٠١٠" | "قرار رقم ٥ ٢٠١٩" | "Law No. 13 of 2005" |
#   "Law No 12 of 2010" | "Resolution 2379 of 2017" (any digits; the one pattern the notes and
#   the prose's bare years, cite.narrative, read a law's year by)
STATUTE_YEAR_RE = re.compile(
    r"(?:(?:(?:رقم|قانون|قرار)\s*)?\(?\s*\d{1,5}\s*\)?\s*)?(?:لسنة|لسنه)\s*\d{4}"
    r"|(?:رقم|قانون|قرار)\s*\(?\s*\d{1,5}\s*\)?\s*\d{4}"
    r"|\b(?:No\.?|Law|Resolution)\s*\d{1,5}\s+of\s+\d{4}",
    re.I,
)
# A cross-reference to the note that cited the work in full, its page after it: OSCOLA's
#   "Haddad (n 2) 240" | "UN Assistance Mission for Iraq (n 3) 18" | "Al-Kubaisi, Associations
#   (n 1) 62"; Bluebook's "Haddad, supra note 2, at 240"; AGLC's "Haddad, above n 2, 240"
_XREF_RE = re.compile(
    r"^(?P<name>[^()\d;،]{2,120}?)(?:\s*\((?:nn?|note|fn)\.?\s*(?P<n>\d{1,3})\)"
    r"|\s*,\s*(?:supra|above)\s+(?:note|n\.?)\s*(?P<s>\d{1,3}))"
    r"\s*,?\s*(?:at\s+)?(?:(?:pp?\.|para\.?)\s*)?(?P<page>\d{1,5}(?:\s*[-–—]\s*\d{1,5})?)?",
    re.I,
)
# op. cit. after a note's author (and a short title): "الدراجي، الأمن الوطني…، مرجع سبق ذكره، ص
# 131" | "، مصدر سابق،" | "، م.س،" | "Hollister, op. cit., pp. 140-146"
_OP_CIT_RE = re.compile(
    r"[،,]\s*(?:op\.\s*cit\.?|loc\.\s*cit\.?|(?:مرجع|مصدر)\s+(?:سابق|سبق\s+ذكره)|م\.\s?س\.?"
    r"|(?:(?:منبع|مأخذ)\s+)?پیشین)"
    r"(?=\s*(?:$|[،,.:]))",
    re.I,
)
# no date, in a note's imprint: "، د.ت، ص 9" | ", n.d., 4" | Persian "، بی‌تا." / "بی تا: ۱۲" where
#   a date stands, before a stop, comma or colon ("ترجمه‌ی بیتا کریمی" names a translator)
#   (cite.years reads each as no year)
_NO_DATE_RE = re.compile(
    r"(?<![\u0621-\u064a\w])(?:د\.\s?ت|ب\.\s?ت|بدون\s+تاريخ|n\.\s?d)\.?(?![\u0621-\u064a\w])"
    r"|(?<![^\s(،,])بی[\u200c ]?تا(?=\s*(?:[).,،:؛;]|$))",
    re.I,
)
#: a body's name, led by an organisation word, may run to this many words
MAX_BODY_WORDS = 9


@dataclass(frozen=True)
class Note:
    """One note: its number, the span of its text, and where its marker is in the text
    (``None`` when no marker was found before the note)."""

    number: int
    start: int
    end: int
    body: str
    marker: tuple[int, int] | None


def _number(m: re.Match[str]) -> int:
    groups = (m["p"], m["b"], m["d"], m["s"], m["c"], m["f"])
    return int(next(g for g in groups if g).translate(_SUPERSCRIPT))


# The next note of a line that runs several together, after the stop ending the one before:
#   "1. Toby Dodge, Iraq …, 45. 2. المصدر نفسه، 50. 3. …" | "… ص 45. (2) المرجع السابق، …"
#   | "… 45. [2] Ibid., 50." | Markdown's "… 45. [^2]: Ibid., 50."
#   (a PDF of notes written one a line
#   prints them as one paragraph); taken only when its number follows the one before
_NEXT_NOTE_RE = re.compile(
    r"(?<=[.)])\s+(?P<lead>\((?=\d{1,3}\))|\[\^?(?=\d{1,3}\]))?(?P<n>\d{1,3})"
    r"(?(lead)[)\]]:?|[.\-–)])\s+(?=\S)"
)


_NEXT_PAGE_NOTE_RE = re.compile(rf"(?<=[.)])\s+(?P<n>{_PAGE_NOTE_NO})[ \t]+")


def _run_on_notes(
    t: str, a: int, b: int, m: re.Match[str], next_line: int | None = None
) -> list[tuple[int, int, int, str]]:
    """The notes of line ``t[a:b]`` whose first note ``m`` matched: one, or several in
    sequence when the line runs them together. A number after an edition or volume
    abbreviation (``ج. 2.``) starts no note, nor does the number ``next_line`` that opens the
    next note line (notes written one a line)."""
    out: list[tuple[int, int, int, str]] = []
    n, start, body = _number(m), a, a + m.start("body")
    pos = body
    # searched again one character on, not after the match: "p. 87. (4) Ibid." has a number
    # ("87. ") matching first, whose space the next note's match needs
    # a line opening with a page's footnote, "1 Sarah Whitcombe, …", runs on in the same form:
    # "… 2019), 14. 2 Ibid., 22–24. 3 Karim Haddawi, …"
    rx = _NEXT_PAGE_NOTE_RE if m["f"] else _NEXT_NOTE_RE
    while (nxt := rx.search(t, pos, b)) is not None:
        pos = nxt.start() + 1
        # a number one past the next, when the next stands elsewhere in the line: a PDF's
        # reading order moved that label into a Latin note ("Droit (11) administratif")
        skipped = int(nxt["n"]) == n + 2 and re.search(rf"\({n + 1}\)", t[a:b]) is not None
        if (
            (int(nxt["n"]) == n + 1 or skipped)
            and int(nxt["n"]) != next_line
            and not P.NUMBER_ABBREV_END_RE.search(t, body, nxt.start())
        ):
            out.append((n, start, nxt.start(), t[body : nxt.start()].strip()))
            n, start, body = (
                int(nxt["n"]),
                nxt.start("lead") if nxt.groupdict().get("lead") else nxt.start("n"),
                nxt.end(),
            )
            pos = body
    out.append((n, start, b, t[body:b].strip()))
    return out


# A Latin note of a right-to-left page whose label the PDF's reading order put last:
#   "۹- Ibid., 310." printed in a Persian notes block comes out as "Ibid., 310 -۹." (digits
#   folded); read as note 9 when it follows note 8
#   "11. Paul Mercier, …, 2015), 77." as "Paul Mercier, …, 2015), 77 .11." (the label's stop
#   before it)
_MOVED_LABEL_RE = re.compile(r"[ \t]*(?P<body>\S.*?)[ \t]+[-.][ \t]?(?P<n>\d{1,3})\.?[ \t]*$")
# The same page's Latin note whose closing numbers (year, page, range) its reading order put
#   first, in reverse, each number with the mark after it moved before it, the note's stop
#   left last: "Solberg, 2019: 140." as "140 :2019 Solberg,.", "Ibid., 44–46." as "46–44
#   Ibid.,.", "Carter, Border Aid, pp. 12–14." as "14–12 Carter, Border Aid, pp..",
#   "Hartmann, Permits and Partners, 102." as "102 Hartmann, Permits and Partners,."
_MOVED_NUMBERS_RE = re.compile(
    r"(?P<nums>(?:[:,;]?\d{1,5}(?:[–—-]\d{1,5})?[ \t]+)+)(?P<rest>[A-Za-z][^\n]*?)\.?"
)


def _unmove_numbers(body: str) -> str:
    """A Latin note's body with the closing numbers :data:`_MOVED_NUMBERS_RE` finds put back
    after its words, in reading order, when so it reads as a citation (an author and a year,
    an ibid, a short note, the author-date form) and as it stands it does not; ``body``
    itself otherwise."""
    from araseclit.cite.citation_helpers import _script

    m = _MOVED_NUMBERS_RE.fullmatch(body)
    if m is None or _script(m["rest"]) != "latin":
        return body

    def back(token: str) -> str:  # ":2019" -> "2019:", "46–44" -> "44–46"
        mark = token[0] if token[0] in ":,;" else ""
        token = token[len(mark) :]
        return "–".join(reversed(re.split(r"[–—-]", token))) + mark

    nums = " ".join(back(x) for x in reversed(m["nums"].split())).rstrip(",:;")
    restored = f"{m['rest']} {nums}."
    work, _, ibid = _parse_piece(restored)
    dated = _AUTHOR_YEAR_NOTE_RE.fullmatch(restored[:-1])  # "Smith 2019, 45": by the list
    was, _, was_ibid = _parse_piece(body)
    return restored if (work or ibid or dated) and was is None and not was_ibid else body


# A page's number on a line of its own after its footnotes, which continues no note: "41" |
#   "- ٣٧ -" (digits folded) | "PAGE 2" | "Page 3 of 12" | "ص 12"
_FOLIO_RE = re.compile(
    r"^[ \t]*(?:(?:page|p\.|ص|صفحة)[ \t]*)?[-–—]?[ \t]*\d{1,4}[ \t]*[-–—]?"
    r"(?:[ \t]*(?:of|من)[ \t]*\d{1,4})?[ \t]*$",
    re.I,
)


def _note_lines(t: str, start: int, end: int) -> list[tuple[int, int, int, str]]:
    """``(number, start, end, body)`` of the note lines of ``t[start:end]``; a line that is
    no note and no heading continues the note before it (a wrapped note)."""
    from araseclit.cite.citation_helpers import _script

    out: list[tuple[int, int, int, str]] = []
    pos = start
    lines = t[start:end].splitlines(keepends=True)
    openers = [NOTE_LINE_RE.match(line.rstrip("\n")) for line in lines]
    # the number of the next note line after each line, worked out once from the end
    following: list[int | None] = [None] * len(lines)
    for k in range(len(lines) - 2, -1, -1):
        nxt = openers[k + 1]
        following[k] = _number(nxt) if nxt else following[k + 1]
    for i, line in enumerate(lines):
        a, b = pos, pos + len(line.rstrip("\n"))
        pos += len(line)
        m = openers[i]
        moved = None if m or not out else _MOVED_LABEL_RE.match(t, a, b)
        if m:
            out += [
                (n, s, e, _unmove_numbers(body))
                for n, s, e, body in _run_on_notes(t, a, b, m, following[i])
            ]
        elif moved and int(moved["n"]) == out[-1][0] + 1 and _script(moved["body"]) == "latin":
            out.append((int(moved["n"]), a, b, moved["body"].strip()))
        elif line.strip() and out and a - out[-1][2] == 1 and not _FOLIO_RE.match(line):
            n, s, _, body = out[-1]  # the next line of a wrapped note
            out[-1] = (n, s, b, f"{body} {line.strip()}")
    return out


_HASH_HEADING_RE = re.compile(r"^[ \t]*#", re.M)
# Markdown emphasis around a title, which is typography and no word of the note:
#   "Hassan, *Militias*, 45." | "**Iraq**" | "_Basra_" (a word's own "_" or "*" is left)
_EMPHASIS_RE = re.compile(
    r"(?<![\w*_])(?P<m>\*{1,2}|_)(?P<w>[^\s*_](?:[^*_\n]*?[^\s*_])?)(?P=m)(?![\w*_])"
)


def _block_end(t: str, start: int) -> int:
    """A notes block ends at the next heading a reference list or section uses."""
    ends = [
        m.start()
        for rx in (P.REF_BOOK_HEADING_RE, P.REF_HEADING_RE, _HASH_HEADING_RE, NOTES_HEADING_RE)
        for m in rx.finditer(t, start)
    ]
    return min([e for e in ends if e > start], default=len(t))


def _citing(body: str) -> bool:
    return bool(
        _YEAR_RE.search(_blank_access(body))
        or _IBID_LEAD_RE.match(_strip_lead(body))
        or _XREF_RE.match(_strip_lead(body))
        or _NO_DATE_RE.search(body)  # "(n.d.)", "د.ت": a work with no date
    )


def _strip_lead(piece: str) -> str:
    """A note's piece without the words that send the reader to its work (``ينظر:``,
    ``وكذلك:``, ``see also``): ``ينظر: حسن علي الساعدي، …`` names ``حسن علي الساعدي``."""
    return _NOTE_LEAD_RE.sub("", piece, count=1)


def _blank_access(piece: str) -> str:
    """``piece`` with its access date blanked, same length: the year a web page was read is
    not the year of the work (``…، ٢٠٢٢، تاريخ الزيارة: ١٥/٣/٢٠٢٣``)."""
    return _ACCESS_DATE_RE.sub(lambda m: " " * len(m.group()), piece)


# A note that gives only the Latin form of a term or a name of a right-to-left text ("Human
#   Security", "Ingrid Solberg", "Securitization"): a footnote's own mark, as an ibid form is
_ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]")
_GLOSS_RE = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*(?:[ \t]+[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*){0,4}\.?")


def _run_cites(
    run: list[tuple[int, int, int, str]], cited_before: set[str] | None = None
) -> tuple[bool, set[str]]:
    """Whether every note of ``run`` cites, and the family names cited in full so far
    (``cited_before`` and this run's). Every note of ``run`` cites: a year or an ibid form, or a short note (``Borneman,
    French and Indian War, 14.``, ``الجميلي، مرجع سبق ذكره، ص ١٥٠``) whose author a note
    before it cited in full (in this run, or in ``cited_before``, the family names of the
    page-foot runs before it: a thesis numbers its notes again on every page), or that says
    op. cit.; or, when one of them is an ibid form, most of them, two at least (a page's
    footnotes mix in notes of prose and secondary short notes)."""
    families: set[str] = set(cited_before or ())
    citing = 0
    for _, _, _, body in run:
        body = _strip_lead(body)
        head = re.split(r"[،,]", body, maxsplit=1)[0]
        author = _author(head) if len(head) < len(body) else None
        if _citing(body):
            citing += 1
            if author:
                families.add(_family(author))
        elif author and _OP_CIT_RE.search(body):
            citing += 1
        elif author and _LAST_PAGE_RE.search(body) and _family(author) in families:
            citing += 1
    # notes of prose are let in only beside an ibid form, a footnote's own mark: numbered
    # sections of a book with a year here and there are no notes
    ibid = any(_IBID_LEAD_RE.match(_strip_lead(body)) for _, _, _, body in run)
    # a right-to-left text's notes may give a term's Latin form alone, which cites nothing and
    # marks them as footnotes all the same (a list of Latin words numbered in an English text
    # is none: no note of the run is in Arabic script)
    rtl = any(_ARABIC_LETTER_RE.search(body) for _, _, _, body in run)
    glosses = sum(1 for _, _, _, body in run if rtl and _GLOSS_RE.fullmatch(body.strip()))
    families.discard("")  # an author with no family name sends no later run's note anywhere
    return (
        citing == len(run)
        or (citing >= 2 and citing + glosses == len(run))
        or (ibid and citing >= 2 and citing > len(run) / 2)
    ), families


def _opener_form(t: str, start: int) -> str:
    """How the note line at ``start`` opens: ``"p"`` "(1)", ``"d"`` "1.", ``"f"`` "1 ", …"""
    m = NOTE_LINE_RE.match(t, start)
    return next((g for g in ("p", "b", "d", "s", "c", "f") if m and m[g]), "")


def _runs(lines: list[tuple[int, int, int, str]]) -> list[list[tuple[int, int, int, str]]]:
    """Lines in number sequence (each one more than the one before, or a new page's 1)."""
    runs: list[list[tuple[int, int, int, str]]] = []
    numbers = {line[0] for line in lines}
    for line in lines:
        prev = runs[-1][-1] if runs else None
        # or one past it when no note has the number between: a label a PDF moved away
        # (:func:`_run_on_notes`)
        lost = prev is not None and line[0] == prev[0] + 2 and prev[0] + 1 not in numbers
        if prev and (line[0] == prev[0] + 1 or lost):
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _link_markers(
    t: str, lines: list[tuple[int, int, int, str]], floor: int, blocks: list[tuple[int, int]]
) -> list[Note]:
    """Each note's marker: the first ``(n)``/``[n]``/superscript n after the marker of the note
    before, outside the note blocks, and before the note itself."""
    notes: list[Note] = []
    pos = floor
    for n, a, b, body in lines:
        sup = str(n).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
        pattern = re.compile(_MARKER.format(n=n, s=re.escape(sup)))
        marker = None
        for m in pattern.finditer(t, pos, a):
            at_line_start = t[: m.start()].rstrip(" \t").endswith("\n") or m.start() == 0
            if at_line_start or any(x <= m.start() < y for x, y in blocks):
                continue
            marker = (m.start(), m.end())
            pos = m.end()
            break
        notes.append(Note(n, a, b, body, marker))
    return notes


# A page's first footnote run into the end of the paragraph above it, as a reader that joins
# a page's lines and drops its running header leaves it: "… names were checked.9 1 Sarah
# Whitcombe, Screening …, 14.\n\n2 Ibid., 22–24." (the next line that is not blank opens the
# next note)
_JOINED_NOTE_RE = re.compile(
    rf"(?<=[.!?؟)\]'\"”’])(?:\d{{1,3}})?(?P<gap>[ \t]+)(?P<n>{_PAGE_NOTE_NO})[ \t]+"
    rf"(?=[^\n]*\n(?:[ \t]*\n)*[ \t]*(?P<next>{_PAGE_NOTE_NO})"
    rf"|[^\n]*?[.)][ \t]+(?P<same>{_PAGE_NOTE_NO}))"
)


def _split_joined_note(m: re.Match[str]) -> str:
    """The joined note on a line of its own (same length), when the next line is the next
    note."""
    if int(m["next"] or m["same"]) != int(m["n"]) + 1:
        return m.group()
    gap = m.start("gap") - m.start()
    return m.group()[:gap] + "\n" * len(m["gap"]) + m.group()[gap + len(m["gap"]) :]


def find_notes(text: str, skip: tuple[int, int] | None = None) -> list[Note]:
    """The notes of ``text`` in text order (see the module docstring). ``skip``: the reference
    list's span, whose numbered entries (``[3] Hiltermann, J. (2017). …``) are no notes; by
    default the one :func:`~araseclit.cite.references.find_reference_span` finds."""
    from araseclit.cite.references import find_reference_span

    t = P.fold_digits(text)
    # a heading run into its first note: the gap becomes a line break (same length)
    t = NOTES_INLINE_HEADING_RE.sub(lambda m: m["head"] + "\n" * len(m["gap"]), t)
    t = NOTES_MIDLINE_HEADING_RE.sub(
        lambda m: (
            m.group()[: m.start("gap0") - m.start()]
            + "\n" * len(m["gap0"])
            + m["head"]
            + "\n" * len(m["gap"])
        ),
        t,
    )
    t = _MIDLINE_RULE_RE.sub(lambda m: "\n" * len(m["gap"]), t)
    for rx in (NOTES_INLINE_HEADING_RE, _RULE_PAGE_NOTE_RE):
        t = rx.sub(lambda m: m["head"] + "\n" * len(m["gap"]), t)
    t = _JOINED_NOTE_RE.sub(_split_joined_note, t)
    if skip is None:
        skip = find_reference_span(text)
    blocks: list[tuple[int, int]] = [skip] if skip else []
    chosen: list[tuple[int, int, int, str]] = []
    for h in NOTES_HEADING_RE.finditer(t):
        end = _block_end(t, h.end())
        lines = [
            x for x in _note_lines(t, h.end(), end) if not (skip and skip[0] <= x[1] < skip[1])
        ]
        blocks += [(x[1], x[2]) for x in lines]
        chosen += lines
    headed = {x[1] for x in chosen}
    # footnotes with no heading: runs of two or more citing note lines in sequence
    lines = [x for x in _note_lines(t, 0, len(t)) if not any(a <= x[1] < b for a, b in blocks)]
    cited_before: set[str] = set()
    single: list[tuple[int, int, int, str]] = []
    forms: set[str] = set()
    restarts = 0  # accepted runs that open with note 1
    for run in _runs(lines):
        if len(run) == 1 and run[0][0] == 1:
            single += run
            continue
        ok, fams = _run_cites(run, cited_before) if len(run) >= 2 else (False, cited_before)
        if ok:
            blocks += [(x[1], x[2]) for x in run]
            chosen += run
            cited_before = fams
            forms |= {_opener_form(t, x[1]) for x in run}
            restarts += run[0][0] == 1
    # a page with one footnote, in a document that numbers its notes again on every page (two
    # runs open with 1): its note opens as the document's other page-foot notes open and cites
    for line in single if restarts >= 2 else []:
        if _opener_form(t, line[1]) in forms and _run_cites([line], cited_before)[0]:
            blocks.append((line[1], line[2]))
            chosen.append(line)
    chosen.sort(key=lambda x: x[1])
    chosen = [(n, a, b, _EMPHASIS_RE.sub(r"\g<w>", body)) for n, a, b, body in chosen]
    notes = _link_markers(t, chosen, 0, blocks)
    # with no heading, a numbered line whose number is no marker in the text is a list item
    return [n for n in notes if n.start in headed or n.marker is not None]


# Where a second author joins the first in a note's head, which names the work by its first
# author as the list and the brackets do: "د. غازي فيصل مهدي ود. عدنان عاجل عبيد" (و glued to
# a title), "علي حسن و سامي كاظم" (و standing alone; a given name opening with و, "محمد وليد
# الزبيدي", is no join), "Jean Rivero et Jean Waline", "Hassan and Mahmoud", "Mansour & Jabar"
_COAUTHOR_RE = re.compile(
    r"\s+(?:و(?=(?:أ\.\s?)?د\.|م\.\s?(?:م\.\s?)?د\.)|و\s+|(?:and|et|und|y|&)\s+(?=[A-ZÀ-Þ]))"
    r"|\s*&\s*(?=[A-ZÀ-Þ])"
)


@dataclass(frozen=True)
class _Work:
    author: str
    year_text: str | None


def _author(head: str, listed: frozenset[str] = frozenset()) -> str | None:
    """The author of a note: the words before its first comma, when they read as a name.
    ``listed``: author keys of the reference list, whose names may run as long as a body's."""
    name = " ".join(head.split()).strip(' .،,«»"“”')
    # a body's acronym after its name is no word of it: "بعثة الأمم المتحدة لمساعدة العراق
    # (يونامي)" | "United Nations Assistance Mission for Iraq (UNAMI)"
    name = re.sub(r"(?<=\S)\s*\([^()\d]{2,30}\)$", "", name)
    if not is_organisation(name):
        name = _COAUTHOR_RE.split(name, maxsplit=1)[0]
    words = name.split()
    # "المفوضية العليا لحقوق الإنسان في العراق", "جمعیت هلال احمر جمهوری اسلامی ایران" (an
    # author of the list): a body's name runs longer than a person's
    long_body = len(words) <= MAX_BODY_WORDS and (
        is_organisation(name) or (bool(listed) and _key(name) in listed)
    )
    if not words or (len(words) > MAX_AUTHOR_WORDS and not long_body):
        return None
    if any(ch.isdigit() for ch in name):
        return None
    if name.isascii() and not words[-1].split("-")[-1][:1].isupper():
        return None  # "see", "for example": a Latin name is capitalised ("al-Ani" too)
    return name


# The pinpoint after an article's page range: "…, no. 2 (2021): 117–39, 121." (the range is the
# article's, 121 the page cited)
_PINPOINT_AFTER_RANGE_RE = re.compile(r"\s*[,،]\s*(?:pp?\.\s*)?(?P<page>\d{1,5})(?![\d/])")
# OSCOLA's pinpoint, a bare number right after the imprint bracket: "(Dar Al-Hikma 2017) 45." |
#   "(UNAMI 2021) 12" | "(Baghdad, 4 March 2021) 6"; or after a journal's volume, name and
#   first page: "(2019) 11 Journal of Arab Public Law 233, 236" | "(2022) 4(1) Kurdistan
#   Journal of Comparative Law 17, 29" (the first page is the article's: no pinpoint without
#   the number after it)
_OSCOLA_PAGE_RE = re.compile(r"^[ \t]+(?P<page>\d{1,5}(?:\s*[-–—]\s*\d{1,5})?)\s*(?:[.;,]|$)")
_OSCOLA_JOURNAL_RE = re.compile(
    r"^[ \t]+\d{1,4}(?:\s?\(\d{1,3}\))?[ \t]+[A-Z][^\d()]{2,120}?[ \t]+\d{1,5}"
    r"(?:\s*,\s*(?P<page>\d{1,5}(?:\s*[-–—]\s*\d{1,5})?))?\s*(?:[.;]|$)"
)


# Bluebook puts the year last, in a bracket of its own (an edition or editor before it), and the
#   pinpoint before it: "…, 11 J. Arab Pub. L. 233, 236 (2019)." | "… in Iraq 45 (2d ed. 2017)."
_BLUEBOOK_YEAR_RE = re.compile(r"\((?:[^():]{0,40}\bed(?:s|n)?\.?,?\s+)?\d{4}\)")
_BLUEBOOK_PIN_RE = re.compile(
    r"(?:,\s*(?P<pin>\d{1,5})(?:\s*[-–—]\s*\d{1,5})?"
    r"|(?<![\d,])\s(?P<book>\d{1,5})(?:\s*[-–—]\s*\d{1,5})?)\s*$"
)
# a journal's volume, name and first page, the number last: "11 J. Arab Pub. L. 233"
_BLUEBOOK_FIRST_PAGE_RE = re.compile(r"(?:^|[\s,])\d{1,4}\s+[A-Z][^\d,]{1,80}?\s\d{1,5}\s*$")


_VOLUME_END_RE = re.compile(r"\b(?:no|nos|vol|vols|issue|iss|pt)\.?\s*\d{1,4}\s*$", re.I)


def _bluebook_page(before: str) -> str | None:
    """The pinpoint before a Bluebook year bracket: the number after a comma (``233, 236``), or a
    book's page (``Iraq 45``); none after a journal's first page alone (``11 J. … L. 233``) or
    for a year ending a title."""
    m = _BLUEBOOK_PIN_RE.search(before)
    # Chicago's article, its title in quotes closed after a comma, numbers its volume and
    # issue there: "Saleh, "On Iraqi Nationality," Comparative Studies 55, no. 1 (2013)."
    if m is None or re.search(r"[,،][\"”'’]", before) or _VOLUME_END_RE.search(before):
        return None
    if m["pin"]:
        return m["pin"]
    if _BLUEBOOK_FIRST_PAGE_RE.search(before) or re.fullmatch(r"(?:1[5-9]|20)\d\d", m["book"]):
        return None  # a journal's first page; a year that ends a title ("Classes 1958")
    return m["book"]


def _page(rest: str) -> str | None:
    m = _LOCATOR_RE.match(rest)
    if m and re.search(r"[-–—]", m["page"]):
        pin = _PINPOINT_AFTER_RANGE_RE.match(rest, m.end())
        if pin:
            return pin["page"]
    if m is None:  # OSCOLA: no comma before the pinpoint
        j = _OSCOLA_JOURNAL_RE.match(rest)
        if j:
            return re.sub(r"\s+", "", j["page"]) if j["page"] else None
        m = _OSCOLA_PAGE_RE.match(rest)
    return re.sub(r"\s+", "", m["page"]) if m else None


def _key(name: str) -> str:
    from araseclit.cite.matching import author_key

    return author_key(name)


# A note in the author-date form with no comma after the name, as Chicago's author-date notes
#   and Persian papers write it: "Smith 2019, 45" | "Okafor and Brandt 2022: 38–40" | "احمدوند
#   ۱۳۹۸: ۴۵" (digits folded); read when the reference list holds that author
_AUTHOR_YEAR_NOTE_RE = re.compile(
    r"(?P<name>[^\W\d_][^\d,،:;()]{1,80}?)\s+(?P<y>(?:1[0-9]{3}|20[0-9]{2})[a-zأب]?)"
    r"\s*(?:[:،,]\s*" + _PAGE + r")?"
)


def _parse_piece(
    piece: str, listed: frozenset[str] = frozenset()
) -> tuple[_Work | None, str | None, bool]:
    """``(work, page, ibid)`` of one citation in a note; ``work`` None for an ibid, or for a
    short note whose year must come from an earlier note (then ``work.year_text`` is None)."""
    piece = _strip_lead(piece.strip().rstrip("."))
    ibid = _IBID_LEAD_RE.match(piece)
    if ibid:
        m = _LAST_PAGE_RE.search(piece[ibid.end() :])
        return None, (re.sub(r"\s+", "", m["page"]) if m else None), True
    head = re.split(r"[،,]", piece, maxsplit=1)[0]
    if head.count("(") > head.count(")"):  # the first comma inside a bracket: no author leads
        return None, None, False  # "International Covenant … (adopted 16 December 1966, …)"
    dated = _AUTHOR_YEAR_NOTE_RE.fullmatch(piece) if listed else None
    if dated and _key(dated["name"]) in listed:  # "Smith 2019, 45", "سولبرگ ۲۰۱۹: ۱۱۲"
        page = re.sub(r"\s+", "", dated["page"]) if dated["page"] else None
        return _Work(dated["name"].strip(), dated["y"]), page, False
    author = _author(head, listed)
    if author is None or len(head) == len(piece):
        return None, None, False
    opcit = _OP_CIT_RE.search(piece, len(head))
    if opcit:  # a short note: a year in its short title ("… بعد عام 2003، مرجع سبق ذكره") dates
        # nothing, and its page follows the op. cit. ("، ص 12 (مقدمة المترجم)")
        m = _LAST_PAGE_RE.search(piece)
        page = _page(piece[opcit.end() :]) or (re.sub(r"\s+", "", m["page"]) if m else None)
        return _Work(author, None), page, False
    scan = STATUTE_YEAR_RE.sub(lambda m: " " * len(m.group()), _blank_access(piece))
    years = list(_IMPRINT_YEAR_RE.finditer(scan))
    if years:
        last = years[-1]
        page = _page(piece[last.end() :])
        if (
            page is None
            and _BLUEBOOK_YEAR_RE.fullmatch(last.group())
            and not piece[last.end() :].strip(" .")
        ):
            page = _bluebook_page(piece[: last.start()])
        return _Work(author, last["y"]), page, False
    plain = [m for m in _YEAR_RE.finditer(scan) if m.start() > len(head)]
    if plain:
        last = plain[-1]
        return _Work(author, last["y"]), _page(piece[last.end() :]), False
    nd = _NO_DATE_RE.search(scan, len(head))
    if nd:  # "…، بغداد، د.ت، ص 9": a work with no date, cited in full
        return _Work(author, nd.group()), _page(piece[nd.end() :]), False
    m = _LAST_PAGE_RE.search(piece)  # a short note: "Dodge, Iraq, 67."
    return _Work(author, None), (re.sub(r"\s+", "", m["page"]) if m else None), False


def imprint_starts(text: str, notes: list[Note]) -> set[int]:
    """Where the imprint bracket of each note starts in ``text``: the bracket a note's year is
    read from (``(London, 2019)``, ``(بيروت: دار الساقي، 2005)``), which no note of prose
    citing in brackets makes a citation of its own."""
    t = P.fold_digits(text)
    out: set[int] = set()
    for note in notes:
        for piece in _PIECE_SPLIT_RE.split(note.body):
            years = list(_IMPRINT_YEAR_RE.finditer(piece))
            if years:
                at = t.find(years[-1].group(), note.start, note.end)
                if at >= 0:
                    out.add(at)
                    # and where a name read before it would start (a word's first letter,
                    # after any quote): "… in Post-2003 Iraq' (2019) 11 …" is no narrative
                    # "Iraq' (2019)", nor "'Diversion and Control' (2020)" one of its own
                    words = re.finditer(r"[^\W_][\w'’-]*", t[max(note.start, at - 120) : at])
                    starts = [max(note.start, at - 120) + w.start() for w in words]
                    out.update(starts[-MAX_AUTHOR_WORDS:])
    return out


def _family(author: str) -> str:
    from araseclit.cite.matching import author_key

    words = author_key(author).split()
    return words[-1] if words else ""


def note_citations(
    text: str,
    notes: list[Note] | None = None,
    references: list[dict] | None = None,
    context: YearContext | None = None,
) -> list[dict]:
    """CITATIONS records for the works the notes of ``text`` cite (``kind`` ``"note"``).
    ``references``: the document's entries, whose authors' names a note may write in full
    however long (a body's name of six words); ``context``: the calendars of the whole
    document when ``text`` is a part of it (read from ``text`` otherwise)."""
    from araseclit.cite.authorpage import _families
    from araseclit.cite.matching import reference_keys

    listed = frozenset(k for e in references or [] for k in reference_keys(e.get("authors")))
    index = _families(references) if references else {}
    notes = find_notes(text) if notes is None else notes
    ctx = context or YearContext.of(P.fold_digits(text))
    out: list[dict] = []
    last: dict | None = None
    by_family: dict[str, list[tuple[dict, str]]] = {}
    by_note: dict[int, list[dict]] = {}  # the works each note cites, for "(n 2)"
    for note in notes:
        span = note.marker or (note.start, note.end)
        cited: list[dict] = []
        for piece in _pieces(note.body, listed):
            via, piece = _secondary_split(_strip_lead(piece.strip()))
            xref = _XREF_RE.match(piece.strip())
            if xref:  # "Haddad (n 2) 240": the work of note 2, at its own page
                work, ibid = None, False
                base = _cross_referenced(xref, by_note)
                page = re.sub(r"\s+", "", xref["page"]) if xref["page"] else None
            else:
                work, page, ibid = _parse_piece(piece, listed)
                base, page = _base_work(piece, work, page, ibid, last, by_family, ctx, index)
            if base is None:
                continue
            rec = {**base, "page": page, "kind": "note", "number": note.number}
            if not ibid:  # a short note's earlier work was no secondary citation of its own
                rec["via_original"] = via
            rec.update(start=span[0], end=span[1], _note=(note.start, note.end))
            out.append(rec)
            cited.append(rec)
            last = rec
            works = by_family.setdefault(_family(rec["author"]), [])
            if work is not None and not any(w is base for w, _ in works) and work.year_text:
                works.append((rec, note.body))
        if cited:
            by_note[note.number] = cited
    return out


def _cross_referenced(xref: re.Match[str], by_note: dict[int, list[dict]]) -> dict | None:
    """The work a cross-reference points to: of the works the note it names cites, the one
    by its author (``Yousif (n 9)`` of a note citing UNAMI and Yousif), or that note's one
    work; None when the note cited none (or several, none by that name)."""
    works = by_note.get(int(xref["n"] or xref["s"]), [])
    family = _family(re.split(r"[,،]", xref["name"], maxsplit=1)[0])
    same = [w for w in works if family and _family(w["author"]) == family]
    if same:
        return same[-1]
    return works[0] if len(works) == 1 else None


# the stop after a locator's number, where a citation ends: "…, p. 415. د. ماهر …"
_LOCATOR_STOP_RE = re.compile(r"(?<=\d)\.\s+(?=\D)")


def _pieces(body: str, listed: frozenset[str]) -> list[str]:
    """The citations of a note's body: its parts between ``؛``/``;``, and a part cut after the
    stop that ends a whole citation (a year or an ibid, then its page) when a whole citation
    with its own author and year follows: ``(10) Ibid., p. 415. د. ماهر صالح علاوي الجبوري،
    مبادئ القانون الإداري، …، 2009، ص 64.`` is two notes whose second number a PDF's
    reading order moved away (Chromium's print of a right-to-left page with Latin notes)."""
    out: list[str] = []
    for piece in _PIECE_SPLIT_RE.split(body):
        cut = next(
            (m for m in _LOCATOR_STOP_RE.finditer(piece)
             if _whole(piece[: m.start()], listed) and _whole(piece[m.end() :], listed, ibid=False)),
            None,
        )  # fmt: skip
        out += [piece[: cut.start()], piece[cut.end() :]] if cut else [piece]
    return out


def _whole(piece: str, listed: frozenset[str], ibid: bool = True) -> bool:
    """A whole citation: an author and a year, an author and op. cit., or (``ibid``) an ibid
    form."""
    piece = _strip_lead(piece.strip())
    work, _, is_ibid = _parse_piece(piece, listed)
    if work is not None and not work.year_text:
        return _OP_CIT_RE.search(piece) is not None  # "هارتمان، مرجع سبق ذكره، ص 12"
    return (ibid and is_ibid) or work is not None


def _secondary_split(piece: str) -> tuple[str | None, str]:
    """``(original author, the part naming the work read)`` of a secondary note (``حنا بطاطو،
    العراق، نقلاً عن: السعدي، «…»، ص 83``, ``Hanna Batatu, The Old Social Classes, quoted in
    Visser, Basra, 45``); ``(None, piece)`` for any other note. The original is kept only when
    its words before the first comma read as a name (``Field officer, quoted in Saleh, …``
    gives the work read and no original)."""
    m = _SECONDARY_RE.search(piece)
    if m is None or not piece[m.end() :].strip():
        return None, piece
    head = re.split(r"[،,]", piece[: m.start()], maxsplit=1)[0]
    orig = _author(head)
    # a person who is no work ("Field officer, quoted in Saleh, …"): the work read all the same
    return orig, piece[m.end() :]


def _base_work(
    piece: str,
    work: _Work | None,
    page: str | None,
    ibid: bool,
    last: dict | None,
    by_family: dict[str, list[tuple[dict, str]]],
    ctx: YearContext,
    index: dict[str, list[dict]] | None = None,
) -> tuple[dict | None, str | None]:
    """The record a note's piece cites (before its page and note fields), and its page: the
    note before for an ibid form, the author's earlier full note for a short note (with none,
    the entry of the list its short title names: ``index`` from :func:`.authorpage._families`),
    else a new work from the piece's own author and year."""
    from araseclit.cite.citation_helpers import _plausible_author, _record, _script

    if ibid:  # "Ibid." alone: the same work at the same place
        return last, page if page is not None or last is None else last.get("page")
    if work is None:
        return None, page
    if work.year_text is None:
        works = by_family.get(_family(work.author), [])
        if not works and work.author.startswith("و"):  # "…؛ والعكيلي، مرجع سبق ذكره، ص 101"
            works = by_family.get(_family(work.author[1:]), [])
        base = _short_note_work(piece, works)
        if base is None and index:  # "Hassan, Civil Society, 45." opening a chapter
            base = _listed_short_work(piece, work.author, index)
        return base, page
    if cont := _page_not_year(piece, work, by_family):
        return cont  # "Hartley, "Return," 1890.": a short note's page
    if not _plausible_author(work.author):
        return None, page
    script = _script(work.author)
    persian = ctx.persian or bool(P.PERSIAN_LETTERS_RE.search(work.author))
    info = parse_year(
        work.year_text, latin=script == "latin", persian=persian,
        lunar=ctx.lunar or "ه" in work.year_text,
    )  # fmt: skip
    if info is None:
        return None, page
    return _record(author=work.author, script=script, page=None, **info), page


def _listed_short_work(piece: str, author: str, index: dict[str, list[dict]]) -> dict | None:
    """The list's entry a short note with no full note before it names (``Hassan, Civil
    Society, 45.``, ``حسن، المجتمع المدني، ص ٤٥``): of the entries of ``author``, the ones its
    short title names best (:func:`.authorpage.title_names_entry`), when they agree on a year.
    None when no title follows the name (``حسن، مرجع سابق، ص ٤٥``), none is named, or one
    unquoted word is only found in an entry's head, not opening its title."""
    from araseclit.cite.authorpage import (
        _lookup,
        _named_by_head,
        _record,
        _title_like,
        title_names_entry,
    )

    parts = re.split(r"\s*[,،]\s*", piece.strip(), maxsplit=2)
    if len(parts) < 2:
        return None
    quoted = bool(re.match(r"[«\"“‘']", parts[1]))
    title = parts[1].strip(" .«»\"“”‘’'")
    if not title or not _title_like(title, quoted):
        return None
    for name in (author, author[1:]) if author.startswith("و") and len(author) > 3 else (author,):
        works = list(
            {id(w): w for w in _lookup(name, index) or _named_by_head(name, index)}.values()
        )
        if works:
            break
    scores = [title_names_entry(title, w) for w in works]
    best = max(scores, default=0)
    picked = [w for w, s in zip(works, scores, strict=True) if s == best]
    if best == 1 and len(title.split()) < 2 and not quoted:
        return None  # "Hassan, London, 12.": a word of the entry's imprint, no title
    if (
        not best
        or len({w.get("year_text") for w in picked}) != 1
        or picked[0].get("year_text") is None
    ):
        return None
    return _record(author, picked[0], None, 0, 0)


def _page_not_year(
    piece: str, work: _Work, by_family: dict[str, list[tuple[dict, str]]]
) -> tuple[dict, str] | None:
    """A short note whose page reads as a year (``Hartley, "Return without Reconciliation,"
    1890.`` after the full note of Hartley's 2021 article): the work it continues and that
    page. Only when the number ends the note bare (no imprint brackets, nothing after it),
    the author's earlier full note shares a word of the short title, and that work's year
    is another: a note that gives a new work gives its imprint."""
    m = _LAST_PAGE_RE.search(piece.strip().rstrip("."))
    if m is None or "(" in piece or "-" in m["page"] or m["page"].strip() != work.year_text:
        return None
    works = by_family.get(_family(work.author), [])
    base = _short_note_work(piece, works)
    if base is None or base["year_text"] == work.year_text:
        return None
    words = set(re.findall(r"[^\W\d_]{3,}", piece.casefold())[1:])
    note = next(body for rec, body in works if rec is base)
    if not words & set(re.findall(r"[^\W\d_]{3,}", note.casefold())):
        return None
    return base, m["page"].strip()


def _short_note_work(piece: str, works: list[tuple[dict, str]]) -> dict | None:
    """The work a short note (``Anderson, War That Made America, 41.``) continues: of the
    author's works cited in full before, the one whose note holds the most words of the short
    title (the first such work on a tie, and when there is one)."""
    if not works:
        return None
    words = {w for w in re.findall(r"[^\W\d_]{3,}", piece.casefold())[1:]}
    return max(works, key=lambda w: len(words & set(re.findall(r"[^\W\d_]{3,}", w[1].casefold()))))[
        0
    ]
