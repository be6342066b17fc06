"""Reference entries as data: authors (family and given names), year, title, container,
volume, issue, pages, publisher, place, DOI, URL, access date and entry type.

:func:`parse_fields` reads one entry of a reference list in the styles Arabic and English
papers on Iraq's security use, in either script:

- APA: ``Barro, R. J. (2000). Title. Journal of Economic Growth, 5(1), 5–32. https://doi.org/…``,
  ``Piketty, T. (2014). Title (A. Goldhammer, Trans.). Belknap Press.``;
- Arabic author–date: ``الأفندي، عبد الوهاب (١٩٩١). العنوان. لندن: دار جراي سيل.``,
  ``الشمري، أحمد (2021). العنوان. مجلة الباحث الإعلامي، 53، 11-40.``;
- Chicago bibliography: ``Hobson, J. A. Imperialism: A Study. London: James Nisbet, 1902.``,
  ``Mackinder, Halford J. "Title." The Geographical Journal 23, no. 4 (1904): 421–437.``,
  ``سعيد، إدوارد. الاستشراق. ترجمة كمال أبو ديب. بيروت: مؤسسة الأبحاث العربية، 1981.``

The year and the author–title split are those of
:func:`araseclit.cite.references.parse_reference_entry` where it reads them; a field the
entry does not give is None. The fields are returned beside the REFERENCES record, not in it
(the run tables keep the columns of ``store.schema``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NotRequired, TypedDict

from araseclit.cite import patterns as P
from araseclit.cite.ieee import ieee_fields
from araseclit.cite.references import (
    _LATIN_PROSE_RE,
    _PAREN_DATED_YEAR_RE,
    chicago_authors,
    parse_reference_entry,
    sentence_in_names,
    unmirror_guillemets,
)
from araseclit.cite.segment import imprint_places, is_container, title_parts
from araseclit.cite.styles import MAX_BODY_WORDS, is_date_phrase, is_organisation
from araseclit.cite.years import YearContext


class Person(TypedDict):
    family: str
    given: str | None


class ReferenceFields(TypedDict):
    authors: list[Person]
    year_text: str | None
    title: str | None
    container: str | None
    volume: str | None
    issue: str | None
    pages: str | None
    publisher: str | None
    place: str | None
    doi: str | None
    url: str | None
    accessed: str | None
    type: str  # "article" | "chapter" | "book" | "report" | "web" | "other"
    names: NotRequired[str]  # the author piece of a comma-separated entry, as written


_DOI_RE = re.compile(r"(?:https?://(?:dx\.)?doi\.org/|\bdoi:\s*)(?P<doi>10\.\d{4,9}/[^\s]+)", re.I)
_URL_RE = re.compile(
    r"(?:(?:متاح على|متاح في|متوفر على)(?:\s+(?:الرابط|الموقع)(?:\s+التالي)?)?"
    r"|available at|available from|available online|retrieved from|در دسترس(?:\s+در)?"
    r"|بازیابی[\u200c ]?شده\s+از)?:?\s*"
    r"(?P<url>(?:https?://\S+|(?<![\w.@])www\.[\w-]+\.[\w.-]+(?:/\S*)?)(?:(?<=-)\s+[\w./-]+)?)",
    re.I,
)
_ACRONYM_EXPANSION_RE = re.compile(
    r"^(?P<acr>[A-Z][A-Za-z]{1,9})\s*\([A-Z][^()]{4,120}\)(?=[.,]\s)"
)
#: a translation of the title in square brackets after it (Chicago, for a transliterated
#: title): "Al-Amn al-Mahalli … [Local security in Iraq after 2003]" | "«…» [The title]"
_TITLE_GLOSS_RE = re.compile(
    r"[\s\"”»]*\[(?!(?:Internet|online|electronic|إنترنت))(?=[^\]]*[A-Za-z]{3}\s+[A-Za-z])"
    r"[^\[\]]{3,200}\]$",
    re.I,
)
#: what leads to a link, left behind when the link is taken out: "Available from: doi:…"
_LINK_LEAD_RE = re.compile(
    r"[\s,،.]*(?:(?:متاح على|متاح في|متوفر على)(?:\s+(?:الرابط|الموقع)(?:\s+التالي)?)?"
    r"|available at|available from|available online|retrieved from|doi"
    r"|در دسترس(?:\s+در)?(?:\s*\[آنلاین\])?|بازیابی[\u200c ]?شده\s+از)\s*:?\s*$",
    re.I,
)
#: an identifier that is no field of ours: ISBN, ISSN, and a UN document's symbol
#: (``S/2019/365``, ``A/HRC/44/38/Add.1``, ``S/RES/2379 (2017)``), with its label and brackets
_SYMBOL = r"\b(?=[A-Z]{1,6}[A-Za-z0-9./]*\d)[A-Z]{1,6}(?:\.\d+)?(?:/[A-Za-z0-9.]*[A-Za-z0-9])+(?:\s*\(\d{4}\))?"
_IDENTIFIER_RE = re.compile(
    r"\s*\((?:UN Doc\.?|U\.N\. Doc\.?|Doc\.|الوثيقة|وثيقة)?\s*" + _SYMBOL + r"\)"
    r"|(?<![\w/])(?:(?:UN Doc\.?|U\.N\. Doc\.?|Doc\.|الوثيقة|وثيقة)\s*)?"
    + _SYMBOL
    + r"(?=\s*[.,،]|\s*$)\s*[.,،]?"
    r"|\b(?:ISBN|ISSN|e-ISSN)(?:-1[03])?\s*:?\s*[\dXx][\dXx -]{6,20}[\dXx]\s*[.,،]?",
)
_ACCESSED_RE = re.compile(
    r"\[\s*cited\s+(?P<cited>[^\]]{4,30})\]|"  # Vancouver "[cited 2023 Apr 2]"
    # the word opens its piece (after a stop, a comma or a bracket), not a title's word:
    # "How Aid Is Viewed in …", "A Retrieved Past", "Peer-reviewed …"
    r"(?:[(\[]\s*|(?<![\w'’-])(?<![\w'’-]\s))"
    r"(?:accessed|retrieved|viewed|تاريخ الاطلاع|تاريخ الزيارة|تاريخ الدخول"
    r"|تم الاطلاع(?: عليه)?(?: في| بتاريخ)?|تاریخ دسترسی|بازیابی[\u200c ]?شده(?: در)?"
    r"|(?:استرجع|استرجعت|تم الاسترجاع)(?: في| بتاريخ))"
    # the date up to its year ("March 3, 2023", "3 أيار 2023", "12/3/2023"), else a short one
    # and a date holds a digit near its start ("Retrieved from https://…" is the URL's)
    r"(?:\s+on)?\s*:?\s*(?!from\s)(?=[^()\[\]]{0,12}\d)"
    # a Hijri access date keeps its mark: "استرجع بتاريخ ٥ رجب ١٤٤٤هـ، من https://…"
    r"(?P<date>[^()\[\]]{1,40}?(?:1[3-9]|20)\d{2}(?!\d)(?:\s?هـ)?|[^()\[\].]{4,40}?)"
    r"\s*[)\]]?(?:\s*[,،]?\s*(?:from|من|از)(?=\s+https?:))?"
    # the link may follow in brackets (ASA: "Retrieved March 2, 2023 (https://…)")
    r"(?=[.،,]|\s+https?:|\s*\(\s*https?:|\s*$)",
    re.I,
)
# Journal after the title: "Journal of Economic Growth, 5(1), 5–32" | "مجلة الباحث، 53، 11-40"
#   | "The Geographical Journal 23, no. 4 (1904): 421–437"
_APA_JOURNAL_RE = re.compile(
    r"^(?P<container>[^.,،:]+?)[,،]\s*(?P<volume>\d{1,3})\s*(?:\((?P<issue>[^)]+)\))?"
    r"(?:\s*[,،]\s*(?:pp?\.\s*|ص\s*)?(?P<pages>\d+\s*[-–—]\s*\d+|\d+))?\s*\.?\s*$"
)
#   | "مجلة دراسات دولية 23، العدد 82 (2020): 45–72" (an Arabic journal's issue after "العدد")
_CHICAGO_JOURNAL_RE = re.compile(
    r"^(?P<container>[^.]+?)\s+(?P<volume>\d+)(?:\s*[,،]\s*(?:no\.|العدد|ع\.)\s*(?P<issue>[\w–-]+))?"
    r"\s*\((?P<year>[^)]*\d{4}[^)]*)\)(?:\s*:\s*(?P<pages>\d+\s*[-–—]\s*\d+|\d+))?\s*\.?\s*$"
)
# "London: Routledge" | "Cambridge, MA: Harvard University Press" | "بيروت: دار الساقي"
_IMPRINT_RE = re.compile(
    r"^(?P<place>[^:.،,]{2,60}?(?:,\s*[A-Z]{2})?)\s*:\s*(?P<publisher>[^:]{2,120}?)\s*$"
)
# "Geneva, Switzerland: World Health Organization" | "Basra, Iraq: University of Basra" |
# "أربيل، العراق: دار آراس": the city, then its country or region after a comma
_REGION_IMPRINT_RE = re.compile(
    r"^(?P<place>(?P<city>[^:.،,\d]{2,40}?)\s*[,،]\s*(?P<region>[^:.،,\d]{2,30}?))\s*:\s*"
    r"(?P<publisher>[^:]{2,120}?)\s*$"
)


def _region_imprint(text: str) -> re.Match | None:
    """``Place, Region: Publisher`` (:data:`_REGION_IMPRINT_RE`) when a places list names the
    region or the city (``Switzerland``, ``Iraq``, ``Nicosia``): the comma is the place's own,
    not the end of a translator's or a title's piece."""
    m = _REGION_IMPRINT_RE.match(text.strip())
    if m is None or len(m["city"].split()) > 3 or len(m["region"].split()) > 3:
        return None
    return m if _is_place(m["region"].strip()) or _is_place(m["city"].strip()) else None


_TRANSLATOR_RE = re.compile(
    r"^(?:ترجمة|تحقيق|تعريب|مراجعة|تقديم|Translated by|Trans\.|Edited by|Ed\.)\s", re.I
)
_EDITION_RE = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|second|third|revised|rev\.|new)\s+(?:ed\.|edition)\s*[,.]?\s*|"
    r"^(?:ط|الطبعة)\s*\S+\s*[،,]\s*",
    re.I,
)
_IN_RE = re.compile(r"^(?:In|في|در)[:\s]", re.I)
#: a chapter's "in:" after a comma in its title's part: "…, in: Rowe, P., Salem, A. (Eds.), …"
_IN_AFTER_TITLE_RE = re.compile(r"[,،]\s+(?=(?:in|في)\s*:\s+\S)", re.I)
# A chapter's book after "In": APA "In S. Mansour & F. Haddad (Eds.), State and society in
# Iraq (Vol. 2, pp. 45–78)" | "في: سامي الخفاجي (محرر)، المجتمع المدني (ص 203-230)" | Chicago
# "In Iraq in Transition, edited by Toby Dodge and Fanar Haddad, 112–134"
_CHAPTER_RE = re.compile(
    r"^(?:In|في|در)\s*:?\s+(?:(?P<editors>[^()]+?)\s*\((?:Eds?\.?|محرر(?:ون|ين|ا)?|تحرير|إعداد|ویراستار)\)"
    r"\s*[,،]?\s*)?(?P<container>.+?)(?:\s*\((?P<loc>[^()]*\d[^()]*)\))?$",
    re.I,
)
_EDITED_BY_RE = re.compile(
    r"\s*[,،]\s*(?:edited by|ed\. by|تحرير|إعداد|به کوشش|به اهتمام|ویراسته(?:[\u200c ]?ی)?)\s.*?"
    r"(?:[,،]\s*(?P<pages>\d+\s*[-–—]\s*\d+|\d+))?$",
    re.I,
)
_VOLUME_RE = re.compile(r"(?:\bVol\.|\bvol\.|المجلد|مج\.?|ج\.?)\s*(?P<n>\d+)")
_PAGES_RE = re.compile(r"(?:\bpp?\.|ص\s*ص\.?|ص\.?)\s*(?P<n>\d+\s*[-–—]\s*\d+|\d+)")
#: a Hijri year's mark: ``هـ`` / ``ه``, or a Persian one naming the calendar, ``هـ.ش`` / ``ه.ش`` /
#: ``ش`` (solar) and ``هـ.ق`` / ``ه.ق`` / ``ق`` (lunar, قمری), as ``patterns.YEAR_RE`` reads them
_HIJRI_MARK = P.HIJRI_MARK
# Chicago author-date: the year between the authors' stop and the title's
#   "Bolin, Bert. 2007. A History …" | "جولد، سامي. 2002. "…"" | "Benedictow, Ole J. 2004a. …"
#   | a dual date "الهاشمي، عبد الرحمن. 1409هـ/1989م. …" | a death year "الطبري، …. ت 310هـ. …"
#   | the year in square brackets, a translated book's list: "Dodge, T. [2003]: Inventing Iraq."
#   | no date: "Tigris Protection Forum. n.d. "Community Protection Committees." Accessed …"
#   | a Persian mark, solar or lunar: "سروش، عبد الكريم. ۱۳۹۹ هـ.ش. بسط التجربة النبوية. …"
_BARE_YEAR_ENTRY_RE = re.compile(
    r"^(?P<authors>[^\d()\[\]]{2,200}?)\s+(?P<open>\[)?(?P<y>(?:ت\s*)?\d{3,4}\s?(?:[a-eأب]|الف)?"
    r"(?:\s?"
    + _HIJRI_MARK
    + r")?(?:\s*/\s*\d{4}\s*م?)?|n\.\s?d|د\.\s?ت|بی[\u200c ]?تا)(?(open)\])[.:]\s+(?P<rest>\S.*)$"
)
# Vancouver: surnames with initials, no comma between them ("Kanyinga K, Long JD"), or an
# organisation, then the title
_VANCOUVER_NAME = r"[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+)*\s[A-Z]{1,3}"
#: Vancouver's dates: the year after the publisher's semicolon (``القاهرة: ...؛ 2011``) or
#: before a journal's volume (``2012;55(1)``) or issue (``2017؛(54)``) -- the list's style, which says whether an
#: Arabic name with no comma is written family name first
_VANCOUVER_DATE_RE = re.compile(r"[;؛]\s*\d{4}\b|\b\d{4}\s*[;؛]\s*\(?\d")
#: a last name unit that is a family name in natural order (``ابن خلدون``, ``أبو رمان``)
_FAMILY_PREFIX_RE = re.compile(r"(?:ال|بن |ابن |أبو |أبي |آل )")
_VANCOUVER_AUTHORS_RE = re.compile(
    _VANCOUVER_NAME + r"(?:,\s*" + _VANCOUVER_NAME + r")*(?:,?\s*et al)?"
)
_VANCOUVER_RE = re.compile(
    r"^(?P<authors>" + _VANCOUVER_NAME + r"(?:,\s*" + _VANCOUVER_NAME + r")*(?:,?\s*et al)?)"
    r"\.\s+(?P<rest>\S.*)$"
)
# Vancouver journal part after its abbreviated title: "2008;2(2):166-84" | "2012 Mar;55(1):31-51"
#   | an Arabic semicolon "2020؛12(3):45–71" | an issue with no volume "2017؛(54):89–113"
_VANCOUVER_JOURNAL_RE = re.compile(
    r"^(?:(?P<container>[^;؛]+?)\.\s+)?(?:1[5-9]|20)\d{2}(?:\s\w{3}(?:\s\d{1,2})?)?\s*[;؛]\s*"
    r"(?:(?P<volume>\d+)(?:\((?P<issue>[^)]+)\))?|\((?P<issue_b>[^)]+)\))"
    r"\s*:\s*(?P<pages>[\w]+(?:\s*[-–]\s*[\w]+)?)$"
)
# A journal with an issue and no volume, its year in brackets: "مجلة دراسات البصرة، العدد 32
#   (2019): 77–104" | "Review, no. 4 (2019): 3–20"
_ISSUE_ONLY_JOURNAL_RE = re.compile(
    r"^(?P<container>[^.،,]*[^\d\s.،,])\s*[,،]\s*(?:no\.|العدد|ع\.)\s*(?P<issue>\d+)\s*"
    r"\((?P<year>[^)]*\d{4}[^)]*)\)"
    r"(?:\s*:\s*(?P<pages>\d+\s*[-–—]\s*\d+|\d+))?\s*\.?\s*$"
)
# A journal's part in any of the orders and abbreviations lists mix, read as one pattern: the
# name, a volume (worded or bare), an issue (worded or in brackets), the date in brackets, and
# the pages after a colon or comma:
#   "مجلة العلوم السياسية، مج 12، ع 3 (2018): ص ص 77-104" | "مجلة دراسات دولية، ع 68 (2017): 23-49"
#   | "فصلنامه‌ی مطالعات خاورمیانه، سال ۲۶، شماره‌ی ۳ (پاییز ۱۳۹۸): ۴۵–۷۰"
#   | Elsevier's "Journal of Civil Society 16 (3), 233–251" | "Humanitarian Exchange 64, 18–21"
_VOLUME_WORD = r"(?:vol\.?|volume|المجلد|مجلد|مج\.?|دوره(?:[\u200c ]?ی)?|سال|جلد)"
_ISSUE_WORD = r"(?:no\.?|issue|العدد|عدد|ع\.?|شماره(?:[\u200c ]?(?:ی|ٔ))?)"
_LOCATOR_LEAD = r"\s*(?:" + _VOLUME_WORD + "|" + _ISSUE_WORD + r")\s*\d"
_ANY_JOURNAL_RE = re.compile(
    r"^(?P<container>[^\d.:،,;]+?(?:[,،](?!" + _LOCATOR_LEAD + r")[^\d.:،,;]+?)?)\s*[,،]?\s*"
    r"(?:" + _VOLUME_WORD + r"\s*(?P<volume>\d{1,4})"
    r"|(?P<bare>\d{1,3})(?:\s*\((?P<issue_b>\d{1,4}[\w–/-]*)\))?)?"
    r"(?:\s*[,،]?\s*" + _ISSUE_WORD + r"\s*(?P<issue>\d{1,5}[\w–/-]*))?"
    r"(?:\s*\((?P<year>[^()]*\d{4}[^()]*)\))?"
    r"\s*[:,،]\s*(?:(?:pp?\.|ص\s*ص\.?|صص\.?|ص\.?)\s*)?"
    r"(?P<pages>\d+\s*[-–—]\s*\d+|\d+)\s*\.?\s*$",
    re.I,
)


def _any_journal(part: str) -> dict[str, str | None] | None:
    """A journal's part read by :data:`_ANY_JOURNAL_RE`, with a volume or an issue; None
    otherwise (a book's imprint and pages: "Palgrave Macmillan, Cham, pp. 97–121")."""
    m = _ANY_JOURNAL_RE.match(part.strip())
    if m is None or not (m["volume"] or m["bare"] or m["issue"] or m["issue_b"]):
        return None
    words = m["container"].replace("،", ",").split(",")[-1].split()
    if _is_place(m["container"].strip(" ,،")) or (words and is_date_phrase(words[-1])):
        return None  # "Cham, 12": a place; "Kurdistan Weekly Observer, March 9, 2021": a date
    return {
        "container": m["container"].strip(" ,،"),
        "volume": m["volume"] or m["bare"],
        "issue": m["issue"] or m["issue_b"],
        "pages": re.sub(r"\s+", "", m["pages"]),
    }


# One locator of a journal's part, each after a comma: "vol. 45" | "no. 3" | "pp. 510–533"
#   | "مج ٥٨" | "ع 61" | "العدد 2" | "ص ص 33-58" | "62(2)" | "115-140" | a year "2021"
_LOCATOR_RES = (
    (
        "volume",
        re.compile(
            r"(?:vol\.?|volume|المجلد|مجلد|مج\.?|جلد|دوره(?:[\u200c ]?ی)?|سال)\s*(?P<n>\d+)", re.I
        ),
    ),
    (
        "issue",
        re.compile(
            r"(?:no\.?|nos\.?|issue|العدد|عدد|ع\.?|شماره(?:[\u200c ]?(?:ی|ٔ))?)"
            r"\s*(?P<n>\d+(?:\s*[-–/]\s*\d+)?)",
            re.I,
        ),
    ),
    # a newspaper's page may bear its section's letter: "p. A8" | "p. B1"
    (
        "pages",
        re.compile(
            r"(?:pp?\.?|ص\s*ص\.?|ص\.?|صص\.?)\s*(?P<n>[A-Z]?\d+(?:\s*[-–—]\s*[A-Z]?\d+)?)", re.I
        ),
    ),
    ("volume_issue", re.compile(r"(?P<v>\d{1,4})\s*\((?P<i>[^()]{1,12})\)")),
    ("issue_pages", re.compile(r"\((?P<i>\d+)\)\s*:\s*(?P<p>\d+\s*[-–—]\s*\d+|\d+)")),
    ("pages", re.compile(r"(?P<n>\d+\s*[-–—]\s*\d+)")),
    ("year", re.compile(r"\(?(?:1[5-9]|20)\d{2}\)?")),
    # MLA's date of a web page or article: "5 Feb. 2019" | "Feb. 2019" | "Spring 2020"
    ("date", re.compile(r"(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+(?:1[5-9]|20)\d{2}")),
)


def is_date_piece(piece: str) -> bool:
    """A date as a piece of an entry, its day and year in digits and its month in words, in
    either script: ``14 نيسان 2019`` | ``3 July 2014`` | ``12 March`` | ``June 22`` |
    ``٣ تشرين الأول``: a newspaper's or web page's date, no place or publisher."""
    words = piece.strip(" .").replace(",", " ").split()
    if re.fullmatch(r"\d{1,2} دی \d{4}", " ".join(words)):
        return True  # "۵ دی ۱۳۹۹": the solar month the date words leave out, as a day's date
    digits = [w for w in words if re.fullmatch(r"\d{1,4}(?:st|nd|rd|th)?", w)]
    named = " ".join(w for w in words if w not in digits)
    return bool(digits) and 1 <= len(named.split()) <= 2 and is_date_phrase(named)


def _reads_as_locator(piece: str) -> bool:
    return is_date_piece(piece) or any(rx.fullmatch(piece) for _, rx in _LOCATOR_RES)


def _locator_run(part: str) -> dict[str, str] | None:
    """A part that is a journal's or newspaper's locators alone, its name in the part before
    (ISO 690: ``2021, vol. 13, no. 1, pp. 45–70`` | ``3 July 2014, p. B1``): a volume, an
    issue or pages, and a year or date at most besides."""
    if not re.search(r"[,،]", part):
        return None  # "Vol. 2": a volume of a work in several, no journal's run
    run = _journal_locators(f"-, {part}")
    return run if run and {"volume", "issue", "pages"} & set(run) else None


def _journal_locators(part: str) -> dict[str, str] | None:
    """A journal and its locators written as comma-separated pieces after its name (``Disasters,
    vol. 45, no. 3, pp. 510–533`` | ``مجلة قضايا سياسية، ع 61، ص ص 33-58``): each piece after
    the name must read as a volume, an issue, pages or the year, and one at least as a
    volume, issue or pages; None otherwise."""
    pieces = [x.strip(" .") for x in re.split(r"\s*[,،]\s*", part.strip(" ."))]
    # a journal's name may hold a comma: "Conflict, Security & Development, 20(3), pp. 301–22"
    # (the pieces before the first that reads as a locator, three at most)
    first = next((j for j, x in enumerate(pieces[1:4], 1) if _reads_as_locator(x)), 1)
    if _IN_RE.match(pieces[0]) or any(_CONTRIBUTOR_PIECE_RE.match(x) for x in pieces[1:first]):
        first = 1  # "In Iraq in Transition, edited by …, 112–134": a chapter's book
    pieces = [", ".join(pieces[:first]), *pieces[first:]]
    if len(pieces) < 2 or not pieces[0] or re.search(r"\d", pieces[0]):
        return None
    out: dict[str, str] = {"container": pieces[0]}
    for piece in pieces[1:]:
        if is_date_piece(piece):  # "The New York Times, 12 March, p. A8"
            out["dated"] = piece
            continue
        for name, rx in _LOCATOR_RES:
            m = rx.fullmatch(piece)
            if m is None:
                continue
            if name == "volume_issue":
                out.setdefault("volume", m["v"])
                out.setdefault("issue", m["i"])
            elif name == "issue_pages":  # "مجلة العلوم السياسية، (44): 1-22"
                out.setdefault("issue", m["i"])
                out.setdefault("pages", re.sub(r"\s+", "", m["p"]))
            elif name == "date":
                out["dated"] = piece
            elif name != "year":
                out.setdefault(name, re.sub(r"\s+", "", m["n"]))
            break
        else:
            return None
    # a volume, issue or pages; or, in MLA, the web page's date ("Human Rights Watch, 5 Feb.
    # 2019, www…": the URL is taken out before) -- a year alone is a book's imprint
    out.pop("dated", None) if set(out) - {"container", "dated"} else None
    return out if set(out) - {"container"} else None


# Harvard: a title in single quotes, then the journal or book after a comma:
#   "'Registration, visas and …', Journal of …, 2(1), pp. 33–49"
_QUOTED_TITLE_RE = re.compile(r"^['‘](?P<title>.+?)['’],\s+(?P<rest>\S.*)$")
# Pages after an imprint: "London: Routledge, pp. 109–131"
_IMPRINT_PAGES_RE = re.compile(
    r"[,،]\s*(?:pp?\.|ص\s*ص\.?|ص\.?|صص\.?)\s*(?P<pages>\d+\s*[-–—]\s*\d+|\d+)\s*$"
)
# A journal whose volume and issue are worded, its year in brackets before the pages:
#   "فصلنامه امنیت زیست‌محیطی، دوره ۶، شماره ۲ (۱۳۹۹): ۵۵–۸۲" | "Review, vol. 4, no. 2 (2019): 3–20"
_WORDED_JOURNAL_RE = re.compile(
    r"^(?P<container>[^.,،]+?)\s*[,،]\s*(?:vol\.|volume|دوره|المجلد|مجلد|مج\.?|جلد)\s*(?P<volume>\d+)"
    r"\s*[,،]\s*(?:no\.|issue|العدد|ع\.|شماره)\s*(?P<issue>[\w–-]+)\s*\((?P<year>[^)]*\d{4}[^)]*)\)"
    r"(?:\s*:\s*(?P<pages>\d+\s*[-–—]\s*\d+|\d+))?\s*\.?\s*$",
    re.I,
)
# Chicago author-date journal, the year written before the title:
#   "Scandinavian Journal of History 29, no. 1: 15–30" | "مجلة العلوم البيئية 14، العدد 3: 1200–1220"
#   | the issue in brackets: "International Affairs 89 (2): 241–57" | "مجلة العلوم السياسية 58 (1): 33–60"
_AD_JOURNAL_RE = re.compile(
    r"^(?P<container>[^.:]+?)\s+(?P<volume>\d{1,4})(?:\s*[,،]\s*(?:no\.|العدد|ع\.?)\s*(?P<issue>[\w–-]+)"
    r"|\s*\((?P<issue_b>[\w–-]+)\))?"
    r"\s*:\s*(?P<pages>e?\d+(?:\s*[-–—]\s*\d+)?)\s*\.?\s*$"
)
# The volume's word left at the end of a journal's name before its number:
#   "مجلة جامعة الأنبار للعلوم القانونية، المجلد" (of "…، المجلد 10، العدد 2 (2020)") | "…, vol"
_VOLUME_WORD_END_RE = re.compile(r"[\s،,]*(?:المجلد|مجلد|مج\.?|vol\.?|volume)\s*$", re.I)
# An edition after the title: "Scottish politics (2nd ed.)" | "… (ط 2)"
_TITLE_EDITION_RE = re.compile(
    r"\s*\((?:\d+(?:st|nd|rd|th)|rev\.|revised|new)\s+ed\.?\)$|\s*\((?:ط|الطبعة|چاپ)\s*\S+\)$", re.I
)
# A volume of a work in several, a part of its own or the end of the title: "Vol. 2" | "ج3"
#   | "ج ۳" | "الجزء الثاني" is left as written
_VOLUME_PART_RE = re.compile(r"(?:Vol\.|vol\.|Volume|المجلد|ج\.?|جـ|جلد)\s*(?P<n>\d{1,2})")
_TITLE_VOLUME_RE = re.compile(r"\s*[,،]\s*" + _VOLUME_PART_RE.pattern + r"\s*$")
#: the bracket APA writes after a title for what the book is besides its words: its volume,
#: edition, translator or report number, each a piece of its own ("(Vol. 2, 3rd ed.)",
#: "(ج ۲، چ ۳)", "(A. Goldhammer, Trans.)", "(علی مرادی، مترجم)", "(Report No. 4)",
#: "(شماره‌ی گزارش ۱۷۸۴۵)")
_TITLE_BRACKET_RE = re.compile(r"\s*\((?P<inner>[^()]{2,80})\)$")
#: a day's date closing a title's part: "…, June 14, 1992" | "…، ١٤ حزيران ١٩٩٢"
_TITLE_DATE_RE = re.compile(
    r"\s*[,،]\s*(?P<date>[^,،\d]{3,12}\s\d{1,2}|\d{1,2}\s[^,،\d]{3,12})[,،]?\s*"
    r"(?P<y>(?:1[3-9]|20)\d{2})$"
)
#: a contributor's role written after the name, a piece of its own
_ROLE_WORD_RE = re.compile(
    r"(?:Trans\.?|Transl\.?|Ed\.|Eds\.|translator|editors?|مترجم|مترجمة|ترجمة|محرر|محررون"
    r"|ویراستار|ویراستاران|گردآورنده)",
    re.I,
)
#: a report's or series' number: "Report No. 4" | "شماره‌ی گزارش ۱۷۸۴۵" | "تقرير رقم 12"
_NUMBERED_RE = re.compile(
    r"(?=.*(?:report|paper|series|no\.|number|شماره|گزارش|تقرير|رقم|سلسلة))[^\d()]{2,40}?\s*\d+",
    re.I,
)


def _front_matter(inner: str) -> bool:
    """Whether a bracket after a title holds its front matter alone (see
    :data:`_TITLE_BRACKET_RE`): every piece a volume, an edition, a translator's or editor's
    statement, a report number, or a name that the role piece after it names."""
    pieces = [x.strip(" .") for x in re.split(r"\s*[,،;؛]\s*", inner.strip()) if x.strip(" .")]
    if not pieces:
        return False
    role = _ROLE_WORD_RE.fullmatch(pieces[-1]) is not None
    for k, piece in enumerate(pieces):
        if _piece_field(piece)[0] in ("volume", "edition", "translator"):
            continue
        if re.fullmatch(r"(?:چ|ط)\.?\s*\d{1,2}", piece) or _NUMBERED_RE.fullmatch(piece):
            continue  # "چ ۳" (چاپ), "ط٢": an edition; "Report No. 4"
        if (
            role
            and (k == len(pieces) - 1 or not re.search(r"\d", piece))
            and len(piece.split()) <= 4
        ):
            continue  # "(علی مرادی، مترجم)": the name before its role
        return False
    return True


# What a thesis or report is, in brackets after the title (APA "[Master's thesis]") or as a
# part of its own (Harvard "PhD thesis."): not part of the title, not its publisher
_GENRE_RE = re.compile(
    r"(?:(?:unpublished\s+)?(?:PhD|Ph\.\s?D\.|doctoral|master'?s?|MA|M\.A\.|MSc|M\.S\.|M\.Sc\.|MPhil)\s+"
    r"(?:thesis|dissertation|diss\.)|(?:doctoral\s+)?(?:thesis|dissertation)"
    r"|(?:رسالة|أطروحة|اطروحة)\s+(?:ماجستير|دكتوراه|دكتوراة|جامعية)(?:\s+غير\s+منشورة)?"
    r"|پایان[\u200c ]?نامه(?:[\u200c ]?ی)?(?:\s+کارشناسی(?:\s+ارشد)?|\s+دکتری)?|رساله\s+دکتری)"
    r"(?:\s*[,،]\s*(?P<school>[^,،\]]{3,80}))?",
    re.I,
)
#: the genre in brackets after a title: "… [Master's thesis, University of X]" | "…
#: (رسالة دكتوراه غير منشورة)" as Gulf journals' APA writes it
_TITLE_GENRE_RE = re.compile(r"\s*[\[(](?:" + _GENRE_RE.pattern + r")[\])]\s*$", re.I)
_REPORT_RE = re.compile(
    r"\b(?:Report|Working Paper|Policy Paper|Discussion Note|Brief)\b|تقرير|ورقة عمل|گزارش", re.I
)
_LATIN_PERSON_RE = re.compile(
    r"(?P<family>(?:(?:al|el|Al|El|de|De|van|Van|von|Von|Ibn|Abu)[- ])?[^\W\d_][\w'’-]+"
    r"(?:[ -][^\W\d_][\w'’-]+)?),\s*(?P<given>(?:[^\W\d_][\w'’-]*\.?(?:\s*-?\s*|$))+)"
)


_ABBREVIATIONS = frozenset(
    "no vol vols pp p ed eds trans rev repr n d u inc co st ج ع ط ص صص مج"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


#: a bracketed date that is no year: "(in press)", "(forthcoming)", "(قيد النشر)", "(بی‌تا)"
_PAREN_UNDATED_RE = re.compile(
    r"\((?:in press|forthcoming|قيد النشر|تحت الطبع|زیر چاپ|در دست انتشار|بی[\u200c ]?تا)\)", re.I
)
_ROLE_RE = re.compile(
    r"\s*(?:[,،]\s*(?:editors?|eds?\.|compilers?|translators?)"
    r"|\((?:eds?\.?|editors?|محرر(?:ون|ين)?|تحرير|ویراستار(?:ان)?|گردآورنده)\))"
    r"\s*\.?\s*$",
    re.I,
)


def _split_sentences(rest: str) -> list[str]:
    """The parts of an entry after its year, split at full stops that end a part: not the
    stop of an initial (``J. A.``) or an abbreviation (``no.``, ``Trans.``), nor one inside
    brackets; a stop just inside closing quotes (``"The Pivot of History."``) ends a part."""
    parts, buf, depth = [], "", 0
    for i, ch in enumerate(rest):
        buf += ch
        depth += (ch == "(") - (ch == ")")
        nxt = rest[i + 1] if i + 1 < len(rest) else " "
        closing = ch in '"”»' and len(buf) > 1 and buf[-2] in ".,"
        if depth <= 0 and (closing or (ch == "." and nxt in ' "”»')) and nxt in ' "”»':
            if ch == ".":
                word = buf[:-1].split()[-1].strip("(").lower() if buf[:-1].split() else ""
                tail = rest[i + 1 :].strip(" .")
                if len(word) == 1 and word.isalpha() and re.fullmatch(r"[A-Z]{2,8}", tail):
                    pass  # "… assessment V. IOM.": a numeral, then the publisher's acronym
                elif (len(word) == 1 and word.isalpha()) or word in _ABBREVIATIONS:
                    continue
                if re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
                    continue  # an initialism: "after U.S. pulled out", "the U.N. mission"
                if nxt in '"”»':
                    continue  # the quote closes next
            parts.append(buf.strip(" .،,"))
            buf = ""
    if buf.strip(" .،,"):
        parts.append(buf.strip(" .،,"))
    parts = [p for p in parts if p]
    # a question mark ends the title when what follows is a translator's statement or the
    # entry's last part ("… the same coin? International Monetary Fund."); otherwise a
    # subtitle follows it ("What Kind of Liberation? Women and the Occupation of Iraq")
    out: list[str] = []
    for i, part in enumerate(parts):
        q = re.search(r"[?؟]\s+", part)
        if q and (i == len(parts) - 1 or _TRANSLATOR_RE.match(part[q.end() :])):
            out += [part[: q.start() + 1], part[q.end() :]]
        else:
            out.append(part)
    return out


# Arabic name parts that make one unit with the next word (عبد الله, أبو زيد, ابن خلدون) or
# with the word before (صلاح الدين, نصر الله)
_NAME_PREFIXES = frozenset("عبد أبو ابو أبي ابي ابن بن بنت آل ذو".split())
_NAME_SUFFIXES = frozenset("الله الدين".split())


def _name_units(name: str) -> list[str]:
    """``"عبد الله محمد"`` -> ``["عبد الله", "محمد"]``: the words of an Arabic name, a
    compound name as one unit."""
    units: list[str] = []
    glue = False
    for word in name.split():
        if units and (glue or word in _NAME_SUFFIXES):
            units[-1] += " " + word
        else:
            units.append(word)
        glue = word in _NAME_PREFIXES
    return units


def _people(authors: str, family_first: bool = False) -> list[Person]:
    """``"Alvaredo, F., Chancel, L., & Zucman, G."`` | ``"أبو هنية، حسن وأبو رمان، محمد"`` |
    ``"Mackinder, Halford J."`` | ``"World Bank"`` -> family and given names. With
    ``family_first`` (a numbered Vancouver list: it writes the family name first, with no
    comma) an Arabic name with no comma is its family name then its given names
    (``"عبد الله محمد"``), unless its last name has the article or is a kunya or nasab and its
    first is not (``"سامي الخفاجي"``, ``"عبد الرحمن بن خلدون"``: written last) or the name is
    Persian (``"علی رضایی"``: Persian lists keep the natural order)."""
    # "Saleh, A. et al." | "الحيالي، سعد محمود، وآخرون": the others are no given name
    a = _ET_AL_RE.sub("", " ".join(authors.split()).strip(" .،,")).strip(" .،,")
    if not a:
        return []
    persian = re.search("[یکپگچژ]", a)
    names = re.split(r"\s*[،,]\s*", a)
    if (
        family_first
        and len(names) > 1
        and all(len(name.split()) >= 2 for name in names)
        and not persian
        and re.search("[\u0600-\u06ff]", a)
    ):
        # "الساعدي حيدر، الربيعي نور": Vancouver separates its names with commas (a body
        # and its department too: "وزارة الصحة، دائرة شؤون الألغام"), each name its family
        # and given names; "الساعدي، حيدر" is one inverted name
        return [p for name in names if name for p in _people(name, family_first=True)]
    pieces = re.split(r"\s*[،,]\s*", a)
    if len(pieces) == 2 and is_organisation(pieces[0]) and is_organisation(pieces[1]):
        # "وزارة التخطيط، الجهاز المركزي للإحصاء": a body, then its department; the list
        # files the entry under the body
        return [Person(family=pieces[0], given=None)]
    if is_organisation(a):  # "منظمة الصحة العالمية", "Human Rights Watch": one name
        return [Person(family=a, given=None)]
    if family_first and "،" not in a and not persian and re.search("[\u0600-\u06ff]", a):
        units = _name_units(a)
        # a family name (nisba, kunya, nasab) is marked: "سامي الخفاجي" is given name first
        natural = bool(_FAMILY_PREFIX_RE.match(units[-1])) and not _FAMILY_PREFIX_RE.match(units[0])
        if 2 <= len(units) <= 4 and not natural:
            return [Person(family=units[0], given=" ".join(units[1:]))]
        if 2 <= len(units) <= 4:
            return [Person(family=units[-1], given=" ".join(units[:-1]))]
    if _VANCOUVER_AUTHORS_RE.fullmatch(a):  # "Kanyinga K, Long JD"
        return [
            Person(family=x.rsplit(" ", 1)[0], given=x.rsplit(" ", 1)[1])
            for x in re.split(r",\s*", re.sub(r",?\s*et al$", "", a))
        ]
    if not re.search("[\u0600-\u06ff]", a):
        a = re.sub(r"\s*(?:,\s*)?(?:&|\band\b)\s*", ", ", a)
        people = [
            Person(family=m["family"].strip(), given=_initialled(m["given"]))
            for m in _LATIN_PERSON_RE.finditer(a)
        ]
        return people or [Person(family=a, given=None)]
    # "کریمی‌پور، یدالله، احمدی‌پور، زهرا و حافظ‌نیا، محمدرضا": inverted names one after the
    # other, family and given names in turn, the last after a و of its own
    # ("محمدی، زهرا، احمدی، رضا، و کریمی، سارا": a comma and the و before the last)
    pairs = [x for x in re.split(r"\s*،\s*(?:و\s+)?|\s+و\s+", a) if x]
    if len(pairs) >= 4 and len(pairs) % 2 == 0 and all(len(x.split()) <= 3 for x in pairs):
        # "الجبوري، علي، وحسن، مريم": the last family name takes the list's و onto it when no
        # و stands alone before it; any later one does before its article ("، والدليمي، أحمد")
        glued = not re.search(r"\sو\s", a)
        for k in range(2, len(pairs), 2):
            fam = pairs[k]
            if fam.startswith("و") and (
                re.match(r"وال\w{3}", fam) or (glued and k == len(pairs) - 2 and len(fam) > 3)
            ):
                pairs[k] = fam[1:]
        return [Person(family=f, given=g) for f, g in zip(pairs[::2], pairs[1::2], strict=True)]
    out: list[Person] = []
    # "أبو هنية، حسن وأبو رمان، محمد": a و before the next family name
    for chunk in re.split(r"\s+و(?=\S+[^،]*،)", a):
        fam, _, given = chunk.partition("،")
        if fam.strip():
            out.append(Person(family=fam.strip(), given=given.strip() or None))
    return out or [Person(family=a, given=None)]


def _initialled(given: str) -> str | None:
    """Given names as written, a final initial with its stop (``"J. A"`` -> ``"J. A."``)."""
    given = given.strip(" ,")
    return (given + "." if re.search(r"(?:^|\s|\.)[A-Z]$", given) else given) or None


def _body_name_alone(names: str) -> bool:
    """``names`` (up to its closing stop) is one body's name and nothing else: no stop, quote or
    bracket inside, a few words, an organisation (not "مفوضية … في العراق. التقرير السنوي …
    لعام", names run into a title that holds a year)."""
    name = names.strip().rstrip(".").strip()
    if re.search(r"[.«»\"“”:]", name) or len(name.split()) > MAX_BODY_WORDS:
        return False
    return is_organisation(name)


def _body_parts(body: str, info: dict, vancouver: bool = False) -> tuple[str, list[str]]:
    """Authors and the parts after them, for the entry's style. In a numbered Vancouver list
    (``vancouver``) the authors end at the first stop: its initials take none, and a year in
    the title (``… في نينوى بعد عام 2017: مسح …``) is not the entry's."""
    first_stop = re.search(r"\.\s+", body)
    if vancouver and first_stop:
        return body[: first_stop.start()], _split_sentences(body[first_stop.end() :])
    bare = _BARE_YEAR_ENTRY_RE.match(body)
    if bare and (
        # a body's name holds lower-case words of its own: "International Organization for
        # Migration. 2022. Returns and Trust. …"
        (_body_name_alone(bare["authors"]))
        or not (
            _LATIN_PROSE_RE.search(bare["authors"])
            or P.TITLE_IN_NAMES_RE.search(bare["authors"])
            or sentence_in_names(bare["authors"])
        )
    ):
        # Chicago author-date "Bolin, Bert. 2007. Title. …", Harvard "Althusser, L. 1971: Title"
        return bare["authors"], _split_sentences(bare["rest"])
    vancouver = _VANCOUVER_RE.match(body)
    if vancouver:  # "Cheeseman N. Title. J East Afr Stud. 2008;2(2):166-84."
        return vancouver["authors"], _split_sentences(vancouver["rest"])
    paren = P.REF_PAREN_YEAR_RE.search(body) or _PAREN_UNDATED_RE.search(body)
    dated = _PAREN_DATED_YEAR_RE.search(body)  # "Name. (2019, June 22). Title. …"
    paren = dated if dated and (paren is None or dated.start() < paren.start()) else paren
    split = chicago_authors(body)
    # APA and Arabic author–date, "Name (year). Title. …", unless the names end before a
    # title that the bracketed year follows (a Chicago journal's "… 23, no. 4 (1904): 421")
    if (
        paren
        and paren.start() > 0
        # a colon then pages is a Chicago journal's year ("23, no. 4 (1904): 421"); a colon
        # then words ends the names ("الجنابي، سعاد (٢٠١٣): حرية تكوين …")
        and not re.match(r"\s*:\s*\d", body[paren.end() :])
        and not sentence_in_names(body[: paren.start()])
    ):
        return body[: paren.start()], _split_sentences(body[paren.end() :].lstrip(" .،,:"))
    if split:
        return split[0], _split_sentences(split[1])
    return info.get("authors") or "", _split_sentences(body[len(info.get("authors") or "") :])


_INVERTED_NAME = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*"
_EDITORS_LEAD_RE = re.compile(
    r"^" + _INVERTED_NAME + r"(?:(?:,|\s+and|\s*&)\s+(?:" + _INVERTED_NAME + r"|[A-Z][\w.'’ -]+?))*"
    r",?\s*\(?(?:eds?|editors?)\.?\)?[.,]?\s+(?=\S)"
)


_CONTRIBUTED_BY_RE = re.compile(
    r"(?:edited|translated|compiled|introduced)(?: and \w+)? by\s|(?:ترجمة|تحرير|تحقيق)\s*:?\s",
    re.I,
)


def _contributed_container(part: str) -> dict[str, str | None] | None:
    """MLA's container after a title: the book, its editors or translators (``edited by …``),
    then publisher, date and pages as pieces (``Civil Society and Security in the Middle
    East, edited by Martin Ellery and Zainab Hashim, Routledge, 2019, pp. 143-66``); None
    when no piece after the first names a contributor."""
    pieces = _top_level_pieces(part.strip(" ."))
    c = next((k for k, x in enumerate(pieces) if k and _CONTRIBUTED_BY_RE.match(x)), None)
    if c is None:
        return None
    out: dict[str, str | None] = {"container": ", ".join(pieces[:c])}
    for piece in pieces[c + 1 :]:
        field, value = _piece_field(piece)
        if field in ("volume", "issue", "pages"):
            out[field] = value
        elif field is None and "publisher" not in out:
            out["publisher"] = piece.strip(" .")
    return out


_BRACKETED_END_RE = re.compile(r"\s*\((?P<w>[^()\d]{2,30})\)$")


def _in_press(info: dict) -> bool:
    return bool(
        re.fullmatch(r"in press|forthcoming|قيد النشر|تحت الطبع", info.get("year_text") or "", re.I)
    )


def _comma_parts(text: str) -> list[str] | None:
    """The parts of an author–date entry's rest written as comma-separated pieces with no
    full stop (``حرية تكوين الجمعيات: دراسة مقارنة، ط١، بغداد: مكتبة السنهوري`` | ``"Title",
    Journal, vol. 11, no. 3, pp. 249-270``): the title, then each piece, a locator joined to
    the piece before it (the journal it locates), an editor's ``في: … (محرر)`` to the book after
    it, an edition or translator left out; None when no piece after the title reads as a field
    (a title with a comma of its own)."""
    pieces = _top_level_pieces(text)
    if len(pieces) < 2:
        return None
    out = [pieces[0]]
    evidence = thesis = False
    for piece in pieces[1:]:
        field = _piece_field(piece)[0]
        if thesis:  # "رسالة ماجستير غير منشورة، جامعة صلاح الدين، أربيل": its imprint
            out[-1] += f"، {piece}"
            continue
        if field == "genre":
            out.append(piece)
            evidence = thesis = True
            continue
        if field in ("edition", "translator"):
            evidence = True
            continue
        if len(out) > 1 and _reads_as_locator(piece.strip(" .")):
            out[-1] += f"، {piece}"
            evidence = True
        elif len(out) > 1 and _IN_RE.match(out[-1]) and _ROLE_RE.search(out[-1]):
            out[-1] += f"، {piece}"  # "في: حسين الربيعي (محرر)، الدولة والمجتمع …"
        else:
            evidence = evidence or bool(
                _IMPRINT_RE.match(piece) or _IN_RE.match(piece) or is_container(piece)
                or _is_place(piece.strip(" ."))
            )  # fmt: skip
            out.append(piece)
    return out if evidence else None


#: AMA's and Vancouver's contributors before the book or imprint, names with initials and
#: no comma inside, then the role: "Morrell J, Abdulla K, eds. Humanitarian Health …" |
#: "Holm P, trans. Lund, Sweden: …"
_VANCOUVER_ROLE_LEAD_RE = re.compile(
    r"^" + _VANCOUVER_NAME + r"(?:,\s*" + _VANCOUVER_NAME + r")*,?\s+"
    r"(?:eds?|editors?|trans|translators?)\.?\s+(?=\S)"
)
#: a day's date, its year, and a page after a colon: "March 12, 2021:4" | "12 March 2021:A4"
_DATED_PAGE_RE = re.compile(
    r"(?P<date>[^\d,:]{3,12}\s\d{1,2}|\d{1,2}\s[^\d,:]{3,12})[,،]?\s*(?:1[5-9]|20)\d{2}"
    r"\s*:\s*(?P<page>[A-Z]?\d+(?:\s*[-–]\s*[A-Z]?\d+)?)"
)
#: AMA's pages after the year that closes a chapter's imprint: "…; 2019:211-236"
_YEAR_PAGES_END_RE = re.compile(
    r"\s*[;؛]\s*(?:1[5-9]|20)\d{2}\s*:\s*(?P<pages>\d+\s*[-–—]\s*\d+|\d+)\s*$"
)


#: a chapter's pages after its book and a comma: "…، ص ص 113-140" | "…, pp. 45–67"
_PAGES_AFTER_RE = re.compile(
    r"[,،]\s*(?P<loc>(?:\bpp?\.|ص\s*ص\.?|ص\.?)\s*\d+(?:\s*[-–—]\s*\d+)?)\s*$"
)


#: a chapter's pages before its book (ASA): "Pp. 145–68 in Book, edited by …"
_PAGES_IN_RE = re.compile(
    r"(?:pp?\.|ص\s*ص\.?|ص\.?)\s*(?P<pages>\d+\s*[-–—]\s*\d+|\d+)(?=\s+(?:in|في)\s)", re.I
)


def _chapter(part: str, out: ReferenceFields) -> None:
    """The book, volume and pages of a chapter's ``In …`` part (see ``_CHAPTER_RE``)."""
    out["type"] = "chapter"
    m = _CHAPTER_RE.match(part)
    if m is None:  # pragma: no cover - the pattern matches whatever _IN_RE does
        out["container"] = _IN_RE.sub("", part).strip()
        return
    container, loc = m["container"].strip(" ,،"), m["loc"] or ""
    pages_after = _PAGES_AFTER_RE.search(container) if not loc else None
    if (
        pages_after
    ):  # "في: … (محرر)، الأمن المجتمعي في العراق، ص ص ١١٣-١٤٠": the pages after a comma
        container, loc = container[: pages_after.start()], pages_after["loc"]
    edited = _EDITED_BY_RE.search(container)
    if edited:  # Chicago: the editors and pages after the book
        container = container[: edited.start()]
        loc = f"pp. {edited['pages']}" if edited["pages"] else loc
    elif loc and not (_VOLUME_RE.search(loc) or _PAGES_RE.search(loc)):
        container = f"{container} ({loc})"  # a bracket of the title's own
        loc = ""
    # ISO 690 and Harvard name the editors inverted before the book: "In: HASSAN, Omar, ed.
    # Rebuilding Nineveh" | "In: Carter, J. and Moore, L., eds. Aid in Danger Zones"
    container = _EDITORS_LEAD_RE.sub("", container, count=1)
    container = _VANCOUVER_ROLE_LEAD_RE.sub("", container, count=1)
    out["container"] = container.strip(" ,،")
    vol, pages = _VOLUME_RE.search(loc), _PAGES_RE.search(loc)
    out["volume"] = vol["n"] if vol else None
    out["pages"] = re.sub(r"\s+", "", pages["n"]) if pages else None


def parse_fields(raw: str, *, context: YearContext | None = None) -> ReferenceFields:
    """The fields of one reference entry (see the module docstring)."""
    return fields_of(raw, parse_reference_entry(raw, context=context))


#: REFERENCES columns filled from the fields (``store.schema``), beside the record's own
RECORD_FIELDS = ("container", "volume", "issue", "pages", "publisher", "place", "doi", "url",
                 "accessed")  # fmt: skip


def record_fields(raw: str, info: dict) -> dict:
    """The REFERENCES columns an entry's fields fill: ``families``, ``entry_type``, the
    imprint and identifiers, and ``title`` when the fields read one."""
    f = fields_of(raw, info)
    out: dict = {k: f[k] for k in RECORD_FIELDS}  # type: ignore[literal-required]
    # a tuple: what a DocBin gives back for a list, so doc._.references round-trips
    out["families"] = tuple(p["family"] for p in f["authors"]) or None
    out["entry_type"] = f["type"]
    if f["title"]:
        out["title"] = f["title"]
    if f.get("names"):  # a comma-separated entry: its first piece, not all before the year
        out["authors"] = f["names"]
    return out


#: an author's initials in Arabic script opening an entry: "ع. رحیمی،" | "ج. ن. الربيعي،"
_SCRIPT_INITIALS_RE = re.compile(r"(?:[\u0621-\u064a\u067e-\u06cc]\.\s?){1,3}[^\W\d_]")
#: the stop before an imprint "Place: Publisher" (IEEE's book: "Title. City: Publisher, Year")
_IMPRINT_STOP_RE = re.compile(r"\.\s+(?=[^.:،,\d]{2,40}:\s)")
_EMPHASIS_RE = re.compile(r"(?<![\w*])(?P<m>\*{1,2}|_)(?=\S)(?P<t>[^*_]+?)(?<=\S)(?P=m)(?![\w*])")


def fields_of(raw: str, info: dict) -> ReferenceFields:
    """The fields of entry ``raw`` whose REFERENCES record (authors, year) is ``info``."""
    body = unmirror_guillemets(P.fold_digits(" ".join(raw.split())))
    # a range a PDF broke after its dash: "2014- 2017", "2003– 2011"
    body = re.sub(r"(?<=\d[-–—])\s+(?=\d)", "", body)
    # a word a PDF broke after its hyphen: "Secretary- General", "al- Amma" (not a suspended
    # hyphen: "pre- and post-war")
    body = re.sub(r"(?<=[A-Za-z]-)\s+(?!(?:and|or|to|und|et)\b)(?=[A-Za-z])", "", body)
    # Markdown's emphasis, as Pandoc and plain-text exports keep it: "*Iraq: From War to a New
    # Authoritarianism*" | "**Title**" is the title's italics, no character of it
    body = _EMPHASIS_RE.sub(r"\g<t>", body)
    # a locator's number in brackets after its word, as Gulf journals write it: "مج(٢٧)،
    # ع(٦٩)" is "مج ٢٧، ع ٦٩" (three digits at most: "سال (1399)" keeps its year)
    body = re.sub(
        r"(?<!\w)(" + _VOLUME_WORD + "|" + _ISSUE_WORD + r")\s*\(\s*(\d{1,3})\s*\)", r"\1 \2", body
    )
    label = P.REF_LABEL_RE.match(body)
    body = body[label.end() :] if label else body
    body = P.HONORIFIC_RE.sub("", body, count=1)  # "د. محمد الكبيسي. الأمن الوطني. …"
    # a co-author's title after و: "غازي فيصل مهدي ود. عدنان عاجل عبيد، …" (no stop of a part)
    body = re.sub(r"(?<=\s)و\s?(?:أ\.\s?د\.|د\.)\s+(?=[^\W\d_])", "و ", body)
    # a body's acronym spelt out after it: "IOM (International Organization for Migration).
    # 2021. …": the acronym is the name the list files it under
    body = _ACRONYM_EXPANSION_RE.sub(r"\g<acr>", body, count=1)
    out = ReferenceFields(
        authors=[], year_text=info["year_text"], title=None, container=None, volume=None,
        issue=None, pages=None, publisher=None, place=None, doi=None, url=None, accessed=None,
        type="other",
    )  # fmt: skip
    doi = _DOI_RE.search(body)
    if doi:
        out["doi"] = doi["doi"].rstrip(".,;")
        # "Available at: https://doi.org/…": the lead goes with its link
        body = (_LINK_LEAD_RE.sub("", body[: doi.start()]) + body[doi.end() :]).strip()
    acc = _ACCESSED_RE.search(body)
    if acc:
        out["accessed"] = (acc["date"] or acc["cited"]).strip()
        body = (body[: acc.start()] + body[acc.end() :]).strip()
    url = _URL_RE.search(body)
    if url:  # a URL a PDF broke at a hyphen is joined: "https://…/iraq- mental-health"
        # OSCOLA's link in angle brackets: "<https://…> accessed 9 May 2023"
        out["url"] = re.sub(r"\s+", "", url["url"]).rstrip(".,;)،>")
        body = (body[: url.start()] + body[url.end() :]).strip()
        # the bracket the link stood in: "Retrieved March 2, 2023 (https://…)."
        body = re.sub(r"\s*\(\s*[.)]*\s*$|\s*\(\s*\)", "", body).strip()
    # "…, الوثيقة S/2019/365، نيويورك" | "… (2017). S/2018/42. New York" | "ISSN 2211-1345."
    body = _IDENTIFIER_RE.sub("", body).strip()
    ieee = ieee_fields(body) if label is not None else None
    if ieee is not None:  # "[3] S. Al-Rawi and K. Brennan, "Title," Journal, vol. 14, …"
        out.update(ieee)  # type: ignore[typeddict-item]
        out["authors"] = [
            _natural_latin(p["family"]) if p["given"] is None else Person(**p)  # type: ignore[typeddict-item]
            for p in ieee["authors"]
        ]
        if out["publisher"] and _GENRE_RE.fullmatch(out["publisher"]) and out["place"]:
            # "M.S. thesis, Dept. Political Sci., Univ. Mosul, Mosul, Iraq, 2019"
            out["publisher"], out["place"] = _thesis_imprint(out["place"])
            out["type"] = "thesis"
        if out["type"] == "other":  # '[12] ACLED, "Iraq data export tool," 2023. … Available: URL'
            out["type"] = _entry_type(raw, out)
        return out
    oscola = oscola_fields(body) if label is None else None
    if oscola is not None:  # "Haddad L, 'Registration as Control' (2019) 11 J Arab Pub L 233"
        out.update(oscola)  # type: ignore[typeddict-item]
        if out["type"] == "other":
            out["type"] = _entry_type(raw, out)
        return out
    # IEEE in Arabic script: "[۱] ع. رحیمی، Title. سنندج: انتشارات …، ۱۳۹۹." -- the author's
    # initials before the family name, then pieces cut by commas, the imprint after a stop
    # (a body's name before the first comma, "[۲] سازمان مدیریت …، گزارش …. سنندج: …", too)
    first = re.split(r"[،,]", body, maxsplit=1)[0]
    initials = label is not None and (
        _SCRIPT_INITIALS_RE.match(body) is not None
        or ("." not in first and re.match(r"[\u0600-\u06ff]", first) and is_organisation(first))
    )
    comma = comma_fields(_IMPRINT_STOP_RE.sub("، ", body) if initials else body)
    if comma is None:
        comma = _colon_named(body)
    if (
        comma is not None
    ):  # "محمد حسين الحكيم، الدولة والمجتمع في العراق، دار الرافدين، بيروت، د.ت."
        out.update(comma)  # type: ignore[typeddict-item]
        out["type"] = out["type"] if out["type"] != "other" else _entry_type(raw, out)
        return out
    vancouver = label is not None and bool(_VANCOUVER_DATE_RE.search(body))
    authors, parts = _body_parts(body, info, vancouver)
    # "Heymann DL, editor" | "Dodge T, editors" | "سامي الخفاجي (محرر)": a role, not a name
    authors = _ROLE_RE.sub("", authors)
    out["authors"] = _people(authors, family_first=vancouver)
    parts = [p for p in parts if not re.fullmatch(r"\(?Original work published \d{4}\)?", p)]
    quoted = _QUOTED_TITLE_RE.match(parts[0]) if parts else None
    if quoted:  # Harvard: "'Title', Journal, 2(1), pp. 33–49"
        parts = [quoted["title"], *_split_sentences(quoted["rest"]), *parts[1:]]
    elif len(parts) == 1:  # "(٢٠١٨): العنوان، ط٢، بغداد: دار السواد": pieces, not sentences
        parts = _comma_parts(parts[0]) or parts
    if parts and not quoted and not vancouver:  # a title that holds a stop of its own
        k = title_parts(parts, _field_like, _locator_run)
        parts = [". ".join(parts[:k]), *parts[k:]]
    inside = _IN_AFTER_TITLE_RE.search(parts[0]) if parts and not quoted else None
    if inside:  # "Displacement … in Nineveh, in: Rowe, P. (Eds.), Security after ISIS": the
        # chapter's book after a comma in the title's own part (Elsevier's Harvard)
        parts = [parts[0][: inside.start()], parts[0][inside.end() :], *parts[1:]]
    if parts:
        out["title"] = re.sub(r"\s*\([^()]*(?:Trans\.|Ed\.|Eds\.|ترجمة)[^()]*\)$", "", parts[0])
        # Vancouver's medium after the title: "[Internet]" | "[online]" | "[إنترنت]"
        out["title"] = re.sub(
            r"\s*\[(?:Internet|online|electronic resource|إنترنت|انترنت|على الإنترنت)\]$",
            "",
            out["title"],
            flags=re.I,
        )
        out["title"] = _TITLE_EDITION_RE.sub("", out["title"]).strip(' "“”«»,،.')
        dated = _TITLE_DATE_RE.search(out["title"])
        if dated and is_date_piece(dated["date"]) and dated["y"] in (info["year_text"] or ""):
            # an archival document's or letter's day after its title: "Minutes of the …
            # Meeting, June 14, 1992" in an entry of 1992
            out["title"] = out["title"][: dated.start()].strip(' "“”«»,،.')
        front = _TITLE_BRACKET_RE.search(out["title"])
        if front and _front_matter(front["inner"]):
            out["title"] = out["title"][: front.start()].strip(' "“”«»,،.')
        genre = _TITLE_GENRE_RE.search(out["title"])
        if genre is None and re.search(r"[A-Za-z]", out["title"]):
            out["title"] = _TITLE_GLOSS_RE.sub("", out["title"]).strip(' "“”«»,،.')
        if genre:  # "… 2014-2017 [أطروحة دكتوراه]" | "[Master's thesis, University of X]"
            out["title"] = out["title"][: genre.start()].strip(" ,،.")
            out["publisher"] = genre["school"].strip() if genre["school"] else None
        vol = _TITLE_VOLUME_RE.search(out["title"])
        if vol:  # "تاريخ ابن خلدون، ج3": the volume of a work in several
            out["title"], out["volume"] = out["title"][: vol.start()].strip(" ,،"), vol["n"]
    for i, part in enumerate(parts[1:], 1):
        part = part.strip(' "“”«»')
        if _TRANSLATOR_RE.match(part):
            continue
        pages_in = _PAGES_IN_RE.match(part) if out["container"] is None else None
        if pages_in:  # ASA: "Pp. 145–68 in Civil Society and Security in Iraq, edited by …"
            _chapter(part[pages_in.end("pages") :].strip(), out)
            out["pages"] = out["pages"] or re.sub(r"\s+", "", pages_in["pages"])
            continue
        prev = parts[i - 1].strip(' "“”«»')
        dated = _DATED_PAGE_RE.fullmatch(part) if out["container"] is None and i > 1 else None
        if dated and is_date_piece(dated["date"]) and not re.search(r"\d|:", prev):
            # AMA's newspaper: "Baghdad Tribune. March 12, 2021:4": the paper, then the
            # day's date and the page
            out["container"], out["pages"] = prev, dated["page"]
            out["publisher"] = None if out["publisher"] == prev else out["publisher"]
            continue
        v = _VANCOUVER_JOURNAL_RE.match(part)
        if v and out["container"] is None and (v["container"] or i > 1):
            # the journal: in the part ("Afr Stud Rev. 2012;55(1)…") or the part before
            out["container"] = v["container"] or parts[i - 1].strip(' "“”«»')
            if out["publisher"] == out["container"]:
                out["publisher"] = None
            out["volume"], out["pages"] = v["volume"], re.sub(r"\s+", "", v["pages"])
            out["issue"] = v["issue"] or v["issue_b"]
            continue
        anyj = _any_journal(part) if out["container"] is None and not _IN_RE.match(part) else None
        if anyj is not None:
            out.update(anyj)  # type: ignore[typeddict-item]
            continue
        j = (
            _WORDED_JOURNAL_RE.match(part)
            or _ISSUE_ONLY_JOURNAL_RE.match(part)
            or _CHICAGO_JOURNAL_RE.match(part)
            or _APA_JOURNAL_RE.match(part)
            or _AD_JOURNAL_RE.match(part)
        )
        if j and out["container"] is None:
            out["container"], out["volume"] = (
                _VOLUME_WORD_END_RE.sub("", j["container"]).strip(" ,،"),
                j.groupdict().get("volume"),
            )
            issue = j["issue"] or j.groupdict().get("issue_b")
            out["issue"], out["pages"] = issue, j["pages"] and re.sub(r"\s+", "", j["pages"])
            continue
        mla = (
            _contributed_container(part)
            if out["container"] is None and i == 1 and not _IN_RE.match(part)
            else None
        )
        if mla is not None:  # MLA: "Book, edited by A and B, Routledge, 2019, pp. 143-66"
            out.update(mla)  # type: ignore[typeddict-item]
            out["type"] = "chapter"
            continue
        prev = parts[i - 1].strip(' "“”«»')
        if _YEAR_PIECE_RE.fullmatch(part):
            continue  # "n.d." | "2019" as a part of its own: the date, no imprint
        run = _locator_run(part) if out["container"] is None and i > 1 else None
        if run and not re.search(r"\d|:", prev) and not _CONTRIBUTOR_PIECE_RE.match(prev):
            # ISO 690 and numbered lists put the journal in a part of its own, its locators
            # in the next: "Journal of X. 2020, vol. 9, no. 2, pp. 133–151" | "The
            # Washington Post. 3 July 2014, p. B1" (read as a publisher before)
            out["container"] = prev
            out["publisher"] = None if out["publisher"] == prev else out["publisher"]
            for k in ("volume", "issue", "pages"):
                out[k] = run.get(k)  # type: ignore[literal-required]
            continue
        # (a chapter's "في: وقائع المؤتمر …، ص ص 221-240" is its book and pages, no journal)
        loc = (
            _journal_locators(part) if out["container"] is None and not _IN_RE.match(part) else None
        )
        # a known place or publisher before the colon, or no volume or issue after it
        imprint_first = loc is not None and _known_imprint(
            loc["container"], unknown_ok=not (loc.get("volume") or loc.get("issue"))
        )
        if loc is not None and imprint_first:
            # "Abingdon: Routledge, 2017, pp. 45–67" | "بيروت: دار الرافدين، 2009، ص 120-145":
            # a book's imprint, then its year and the pages cited, is no journal
            out["place"], out["publisher"] = imprint_first
            out["volume"] = out["volume"] or loc.get("volume")
            out["pages"] = out["pages"] or loc.get("pages")
            continue
        if loc is not None:
            out["container"] = _VOLUME_WORD_END_RE.sub("", loc["container"]).strip(" ,،")
            for k in ("volume", "issue", "pages"):
                out[k] = loc.get(k)  # type: ignore[literal-required]
            continue
        if _IN_RE.match(part) and out["container"] is None:
            _chapter(part, out)
            continue
        vol = _VOLUME_PART_RE.fullmatch(part)
        if vol:  # "Vol. 2" | "ج ۳": the volume of a work in several
            out["volume"] = out["volume"] or vol["n"]
            continue
        genre = _GENRE_RE.match(part.strip(" []()"))
        if genre and genre["school"] is None and genre.end() == len(part.strip(" []()")):
            continue  # "PhD thesis" | "رسالة ماجستير": what the work is, not who issued it
        if genre and genre["school"] is not None:
            # "رسالة ماجستير غير منشورة، كلية العلوم السياسية، جامعة البصرة، ٢٠٢٢": the
            # university issues it (the piece naming one, else the last), a place may follow
            school, place = _thesis_imprint(part[genre.start("school") :])
            out["publisher"] = out["publisher"] or school
            out["place"] = out["place"] or place
            continue
        # "3rd ed. Cambridge: …" | "ط 2، بيروت: …": the edition is no publisher; "Holm P,
        # trans. Lund, Sweden: …": nor a translator before the imprint
        part = _EDITION_RE.sub("", part).strip()
        part = _VANCOUVER_ROLE_LEAD_RE.sub("", part, count=1)
        year_pages = _YEAR_PAGES_END_RE.search(part)
        if year_pages:  # "Duhok, Iraq: University of Duhok Press; 2019:211-236"
            out["pages"] = out["pages"] or re.sub(r"\s+", "", year_pages["pages"])
            part = part[: year_pages.start()].strip()
        pages = _IMPRINT_PAGES_RE.search(part)
        if pages:  # "London: Routledge, pp. 109–131": a chapter's pages after its imprint
            out["pages"] = out["pages"] or re.sub(r"\s+", "", pages["pages"])
            part = part[: pages.start()].strip()
        # "London: James Nisbet, 1902" | "بيروت: مؤسسة الأبحاث العربية، 1981" | "Dover"
        # "Berlin: Transparency International; 2012" (Vancouver) | "دار صادر، 1409هـ/1989م"
        imprint = re.sub(
            # "طهران: صدرا، ۱۳۷۹ هـ.ش": a Persian mark too
            r"[,،;؛]\s*(?:(?:\d{3,4}\s*" + _HIJRI_MARK + r"\s*/\s*)?(?:1[0-9]{3}|20[0-9]{2})\s*"
            r"(?:م|" + _HIJRI_MARK + r")?"
            r"|د\.\s*ت\.?|ب\.\s*ت\.?|بی[\u200c ]?تا|n\.\s?d\.?)\s*$",  # "دار المعارف، د.ت"
            "",
            part,
        ).strip()
        # "د.م: د.ن" | "s.l.: s.n." | "بی‌جا: بی‌نا": no place and no publisher, written so
        no_place = re.match(r"(?:" + _NO_IMPRINT + r")\s*:\s*", imprint)
        imprint = imprint[no_place.end() :] if no_place else imprint
        if re.fullmatch(r"(?:" + _NO_IMPRINT + r")\s*", imprint):
            continue
        if no_place:
            out["publisher"] = out["publisher"] or imprint
            continue
        m = _IMPRINT_RE.match(imprint) or _region_imprint(imprint)
        after = _publisher_place(imprint) if m is None else None
        if _SERIES_RE.search(imprint) and _REPORT_RE.search(imprint) and not m:
            continue  # "Middle East Report No. 188": the report's series, no imprint
        if m and re.fullmatch(r"(?:" + _NO_IMPRINT + r")\s*", m["publisher"].strip()):
            out["place"] = m["place"].strip()  # "الرياض: د.ن": a place and no publisher
        elif m:
            out["place"], out["publisher"] = m["place"].strip(), m["publisher"].strip()
        elif after is not None and (out["publisher"] is None or i == len(parts) - 1):
            # Elsevier's Harvard and Vancouver's "Publisher, Place": "Cornell University
            # Press, Ithaca, NY" | "UNAMI/OHCHR, Baghdad" | "University of Exeter, Exeter"
            out["publisher"], out["place"] = after
        elif (
            out["container"] is None
            and i == len(parts) - 1
            and (is_container(imprint) or (_in_press(info) and not _publisher_like(imprint)))
        ):
            # APA "Title. Journal of Democracy." with no volume; an article in press names its
            # journal alone ("(in press). Sheikhs and convoys in Salahuddin. Disasters.")
            out["container"] = imprint
        elif out["publisher"] is None and not re.search(r"\d{4}", imprint) and imprint:
            out["publisher"] = imprint
    city = _BRACKETED_END_RE.search(out["container"] or "")
    if city and out["place"] is None and _is_place(city["w"]):
        # a newspaper's city in brackets after its name: "صحيفة العالم الجديد (بغداد)"
        out["container"], out["place"] = out["container"][: city.start()].strip(), city["w"]
    if out["type"] != "chapter":  # a chapter names its volume too
        out["type"] = _entry_type(raw, out)
    return out


# --- entries written as comma-separated pieces -------------------------------------------
# Arabic theses and notes-style bibliographies, and Chicago's notes, write an entry as one
# sentence of pieces cut by commas, the author given name first:
#   "محمد حسين الحكيم، الدولة والمجتمع في العراق، دار الرافدين، بيروت، د.ت."
#   "ليث عبد الحسن الزبيدي وآخرون، «العنوان»، مجلة العلوم السياسية، مج ٥٨، ع ٢، ٢٠١٩، ص ص ١–٢٠."
#   "Toby Dodge, Iraq: From War to a New Authoritarianism (London: Routledge, 2012)."
# Each piece after the title is read by what it is (year, edition, translator, volume, issue,
# pages, genre, place, publisher, journal), not by where a style puts it.

_ET_AL_RE = re.compile(r"\s*(?:,?\s*et al\.?|و\s*آخرون|وآخرون|و\s*آخرين|وآخرين|و\s*همکاران)\s*$")
_YEAR_PIECE_RE = re.compile(
    r"\(?(?:\d{3,4}\s*"
    + _HIJRI_MARK
    + r"\s*/\s*\d{4}\s*م?|(?:1[3-9]|20)\d{2}\s*(?:م|"
    + _HIJRI_MARK
    + r")?[a-eأب]?"
    r"|د\.\s*ت\.?|ب\.\s*ت\.?|بی[\u200c ]?تا|بدون\s+تار[يی]خ|n\.\s?d\.?)\)?"
)
#: "(London: Routledge, 2012)" closing a Chicago note's title
_PAREN_IMPRINT_RE = re.compile(
    r"\s*\((?:(?P<place>[^():,،]{2,40}):\s*)?(?P<publisher>[^():]{2,80}?)[,،]\s*(?P<year>[^()]{2,20})\)\s*$"
)


_DATE_AFTER_NAMES_RE = re.compile(r"\((?:(?:1[5-9]|20)\d{2}\s?[a-zأ-ي]?|n\.\s?d\.?|د\.\s*ت\.?)\)")


def _has_sentence_stop(text: str) -> bool:
    """Whether a full stop ends a sentence inside ``text`` (outside brackets and quotes): one
    after a word that is no initial (``T.``) or abbreviation (``vol.``, ``ط.``)."""
    depth, quote = 0, False
    for i, ch in enumerate(text):
        if ch in "(«[“":
            depth += 1
        elif ch in ")»]”":
            depth = max(0, depth - 1)
        elif ch == '"':
            quote = not quote
        elif ch == "." and depth == 0 and not quote and text[i + 1 : i + 2] == " ":
            words = text[:i].split()
            word = words[-1].lower().strip("(") if words else ""
            if not (len(word) == 1 or word in _ABBREVIATIONS):
                return True
    return False


#: a translator's, editor's or reviser's piece: "ترجمة: فايز الصياغ" | "تحقيق: أحمد مبارك
#: البغدادي" | "ترجمه‌ی …" | "trans. F. Rosenthal" | "edited by …"
_CONTRIBUTOR_PIECE_RE = re.compile(
    r"(?:ترجمة|تحقيق|تعريب|مراجعة|تقديم|تحرير|إعداد|اعداد|ترجمه(?:[\u200c ]?ی)?|تصحیح"
    r"|translated by|trans\.|edited by|ed\. by|ed\.|eds\.)\s*:?\s",
    re.I,
)


def _top_level_pieces(body: str) -> list[str]:
    """``body`` cut at its commas outside brackets and quotes (a quoted title may hold one:
    ``"… Informal Power,"``)."""
    pieces, buf, depth, quote = [], "", 0, False
    for ch in body:
        if ch in "(«[“":
            depth += 1
        elif ch in ")»]”":
            depth = max(0, depth - 1)
        elif ch == '"':
            quote = not quote
        if ch in ",،" and depth == 0 and not quote:
            pieces.append(buf.strip())
            buf = ""
            continue
        buf += ch
    pieces.append(buf.strip())
    return [p for p in pieces if p]


def _given_first(name: str) -> list[Person]:
    """``"عبد الأمير كاظم الموسوي"`` | ``"فالح عبد الجبار"`` | ``"Toby Dodge"`` | an
    organisation: the people of an author piece written given name first."""
    name = _ET_AL_RE.sub("", name).strip(" .")
    if not name:
        return []
    if is_organisation(name):
        return [Person(family=name, given=None)]
    if re.search(r"[A-Za-z]", name):
        people = re.split(r"\s*(?:,|&|\band\b)\s*", name)
        return [
            Person(family=p.split()[-1], given=" ".join(p.split()[:-1]) or None)
            for p in people
            if p.split()
        ]
    # co-authors after a spaced و: "غازي فيصل مهدي و عدنان عاجل عبيد" (a و written onto the
    # name may open one, "وليد", so only the spaced one parts them)
    out = []
    for part in re.split(r"\s+و\s+", name):
        units = _name_units(P.HONORIFIC_RE.sub("", part.strip()))
        if units:
            out.append(Person(family=units[-1], given=" ".join(units[:-1]) or None))
    return out


_UNIVERSITY_RE = re.compile(r"\b(?:University|Univ\.|Universit\w+)|جامعة|دانشگاه", re.I)


def _thesis_imprint(text: str) -> tuple[str | None, str | None]:
    """The university and place of a thesis from the pieces after its genre (``كلية العلوم
    السياسية، جامعة البصرة`` | ``Dept. Political Sci., Univ. Mosul, Mosul, Iraq``): the piece
    naming a university (else the last piece no places list names), and the pieces after it."""
    pieces = [x.strip(" .") for x in re.split(r"\s*[,،]\s*", text)]
    pieces = [x for x in pieces if x and not _YEAR_PIECE_RE.fullmatch(x)]
    uni = [i for i, x in enumerate(pieces) if _UNIVERSITY_RE.search(x)]
    if uni:
        after = pieces[uni[-1] + 1 :]
        return pieces[uni[-1]], ", ".join(after) or None
    places = [x for x in pieces if _is_place(x)]
    schools = [x for x in pieces if x not in places]
    return (schools[-1] if schools else None), (places[0] if places else None)


def _is_place(piece: str) -> bool:
    return " ".join(_norm_place(w) for w in piece.split()) in imprint_places()


def _natural_latin(name: str) -> Person:
    """``"Renad Mansour"`` (a Latin name in natural order with no initial, as a numbered list
    may write it) -> family ``Mansour``; an organisation or one word stays whole."""
    words = name.split()
    if 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z'’-]+", w) for w in words):
        if not is_organisation(name):
            return Person(family=words[-1], given=" ".join(words[:-1]))
    return Person(family=name, given=None)


def _is_author_piece(piece: str) -> bool:
    """A piece that can be the authors of a comma-separated entry: a few words, no digit, no
    colon or quote, or an organisation."""
    if re.search(r"[\d:«»\"“”()]", piece):
        return False
    # one word is an inverted family name ("Mackinder, Halford J. …", "الجبوري، محمد …"); two
    # people after a spaced و are each a few words ("غازي فيصل مهدي و عدنان عاجل عبيد")
    people = re.split(r"\s+و\s+", _ET_AL_RE.sub("", piece).strip())
    if all(2 <= len(p.split()) <= 6 for p in people) and len(people) <= 3:
        return True
    # a body's longer name: "شبكة الرصد المدني لحقوق العائدين في محافظة نينوى"
    return len(piece.split()) <= MAX_BODY_WORDS and is_organisation(piece.strip())


#: a book's authors as a group, standing where its editors would: "في: مجموعة باحثين، …"
_COLLECTIVE_RE = re.compile(
    r"مجموعة\s+(?:من\s+)?(?:ال)?(?:باحثين|مؤلفين|كتاب|الكتاب)|Various authors", re.I
)


def comma_fields(body: str) -> dict | None:
    """The fields of an entry written as comma-separated pieces (see above), or None when the
    entry is not one: it has a sentence stop inside, fewer than three pieces, or a first piece
    that reads as no author."""
    text = body.strip().rstrip(".").strip()
    if _has_sentence_stop(text) or _DATE_AFTER_NAMES_RE.search(text):
        return None  # a sentence inside, or an author-date entry "Name (2020) 'Title', …"
    pieces = _top_level_pieces(text)
    acronym = re.search(r"\s*\([^()\d]{2,20}\)$", pieces[0]) if pieces else None
    if acronym and is_organisation(pieces[0][: acronym.start()]):
        # "بعثة الأمم المتحدة لمساعدة العراق (يونامي)، تقرير …": the body files under its name
        pieces[0] = pieces[0][: acronym.start()]
    inverted = None
    if len(pieces) >= 4 and (
        _inverted_name(pieces[0], pieces[1]) or _inverted_by_shape(pieces[0], pieces[1], pieces[2])
    ):
        # "ابن خلدون، عبد الرحمن، المقدمة، …" | "Smith, J., Title, …": the family name, then
        # a piece of given names (a list names every word, or initials), then the title
        inverted = Person(family=pieces[0].strip(" ."), given=pieces[1].strip())
        pieces = [f"{pieces[1]} {pieces[0]}", *pieces[2:]]
    two = len(pieces) == 2 and _PAREN_IMPRINT_RE.search(pieces[1]) is not None
    # one word is an author too when the pieces end with the year ("الماوردي، الأحكام
    # السلطانية، دار الكتب العلمية، بيروت، د.ت." | "Machiavelli, The Prince, …, 2003")
    one_word = (
        inverted is None
        and len(pieces) >= 4
        and len(pieces[0].split()) == 1
        and not re.search(r"[\d:«»\"“”()]", pieces[0])
        and _piece_field(pieces[-1])[0] == "year"
    )
    if (len(pieces) < 3 and not two) or not (_is_author_piece(pieces[0]) or one_word):
        return None  # two pieces only when the title closes with its imprint in brackets
    title = pieces[1]
    # an inverted name: "الجبوري، محمد علي، الأمن الوطني، …" (a short second piece that no
    # field reads, then the title)
    if (
        inverted is None
        and len(pieces) >= 4
        and len(pieces[1].split()) <= 3
        and not re.search(r"[\d:«»\"“”]", pieces[1])
        and not _piece_field(pieces[1])[0]
        and not pieces[1].startswith("ال")  # a given name bears no article: "…، العرب، …"
        and len(pieces[2].split()) > len(pieces[1].split())
    ):
        return None
    out: dict = dict(authors=_given_first(pieces[0]), title=None, container=None, volume=None,
                     issue=None, pages=None, publisher=None, place=None,
                     names=pieces[0].strip(" ."))  # fmt: skip
    if inverted is not None:
        out["authors"], out["names"] = [inverted], inverted["family"]
    quoted = bool(re.match(r"[«\"“]", title))
    closed = re.match(r"([«\"“][^«»\"“”]+[,،]?[»\"”])\s+(\S.*)$", title) if quoted else None
    if closed:  # Chicago's comma inside the quotes: '"Title," Journal, vol. 6, …'
        title = closed[1]
        pieces = [pieces[0], title, closed[2], *pieces[2:]]
    imprint = _PAREN_IMPRINT_RE.search(title)
    if imprint and _YEAR_PIECE_RE.fullmatch(imprint["year"].strip()):
        title = title[: imprint.start()]
        out["place"] = imprint["place"].strip() if imprint["place"] else None
        out["publisher"] = imprint["publisher"].strip()
    out["title"] = title.strip(' «»"“”,،.')
    text_pieces: list[str] = []
    book_next = False
    for piece in pieces[2:]:
        field, value = _piece_field(piece)
        if _IN_RE.match(piece.strip()) and out["container"] is None:
            # "«…»، في: حسن الربيعي (محرر)، المجتمع والدولة في العراق المعاصر، دار …": a
            # chapter, its book in this piece or, after the editors, in the next
            out["type"] = "chapter"
            rest = _IN_RE.sub("", piece.strip()).strip(" :")
            if _ROLE_RE.search(rest) or _COLLECTIVE_RE.fullmatch(rest):
                book_next = True
            else:
                out["container"] = rest
            continue
        if _ROLE_WORD_RE.fullmatch(piece.strip(" .")) and text_pieces:
            text_pieces.pop()  # "ج. نوری، ویراستار": an editor, no publisher or place
            continue
        if book_next and field is None:
            out["container"], book_next = piece.strip(' "“”«»'), False
            continue
        if field in ("volume", "issue", "pages"):
            out[field] = out[field] or value
        elif field == "genre":
            out["type"] = "thesis"
        elif field is None:
            text_pieces.append(piece.strip(' "“”«»'))
    for i, piece in enumerate(text_pieces):
        normed = " ".join(_norm_place(w) for w in piece.split())
        known = _known_imprint(piece, unknown_ok=True) if ":" in piece else None
        if known and out["publisher"] is None:  # "…, Bristol: Bristol University Press, 2020."
            out["place"], out["publisher"] = known
        elif normed in imprint_places() and out["place"] is None:
            out["place"] = piece
        elif quoted and i == 0 and out["container"] is None and not _publisher_like(piece):
            out["container"] = piece  # the journal or book after a quoted title
        elif is_container(piece) and out["container"] is None:
            out["container"] = piece
        elif out["publisher"] is None and (_publisher_like(piece) or i < len(text_pieces) - 1):
            out["publisher"] = piece
        elif out["place"] is None and len(piece.split()) <= 3:
            out["place"] = piece  # the short piece before the year that no list names
        elif out["publisher"] is None:
            out["publisher"] = piece
    if out["container"] and (out["volume"] or out["issue"]) and out.get("type") != "chapter":
        # "…، مجلة العلوم القانونية، كلية القانون – جامعة بغداد، المجلد 31، …": a journal's
        # house is no publisher of the article (123 of 124 such development key entries)
        out["publisher"] = None
    if out.get("type") == "thesis" and any(_UNIVERSITY_RE.search(x) for x in text_pieces):
        # "رسالة ماجستير غير منشورة، كلية القانون، جامعة واسط، الكوت": the university issues
        # it (its faculty left out), the place after it
        out["publisher"], place = _thesis_imprint(", ".join(text_pieces))
        # a place the pieces name, not the faculty or university read as one
        out["place"] = place or (out["place"] if out["place"] and _is_place(out["place"]) else None)
        if out["container"] in text_pieces:  # "…»، پایان‌نامه‌ی …، دانشکده‌ی …، دانشگاه تبریز"
            out["container"] = None  # the faculty, no journal
    return out


#: the names that open an entry before a colon: the family name with the given names in
#: brackets, "البياتي (سلمى حميد): «…»، مجلة …" (the older Arab house style), or a body's
#: name alone, "دائرة المنظمات غير الحكومية: الدليل الإجرائي …، بغداد، ٢٠١٨"
_COLON_NAMES_RE = re.compile(
    r"(?P<family>[^\W\d_][\w'’\u200c-]*(?:\s[^\W\d_][\w'’\u200c-]*){0,9}?)\s*"
    r"(?:\((?P<given>[^\W\d_][^()\d:،,«»\"“”]{0,40})\))?\s*:\s+(?=\S)"
)


def _colon_named(body: str) -> dict | None:
    """The fields of a comma-separated entry whose names end at a colon (see
    ``_COLON_NAMES_RE``), or None: the names must be a person's family name (one to three
    words) with given names in brackets, or a body's name of two words or more, and the rest
    must read as a comma-separated entry."""
    m = _COLON_NAMES_RE.match(body.strip())
    if m is None or _IN_RE.match(body.strip()):
        return None
    family, given = m["family"].strip(), (m["given"] or "").strip()
    if given:
        if len(family.split()) > 3 or is_organisation(family):
            return None
        names = f"{given} {family}"
    elif 2 <= len(family.split()) <= MAX_BODY_WORDS:
        names = family  # a body's name: "مستشارية الأمن القومي: …" (no list need name it)
    else:
        return None
    out = comma_fields(f"{names}، {body.strip()[m.end() :]}")
    if out is None:
        return None
    out["authors"] = [Person(family=family, given=given or None)]
    out["names"] = family
    return out


#: words that open a title, not a given name: "Machiavelli, The Prince, …"
_TITLE_OPENERS = frozenset("the a an on of in for to and from".split())


#: OSCOLA's names before the first comma: "Al-Kubaisi A" | "Crane H and Nasser S" (family,
#: then initials with no stops) or a body's name ("UN Assistance Mission for Iraq")
_OSCOLA_PERSON_RE = re.compile(
    r"(?P<family>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})\s(?P<given>[A-Z]{1,3})"
)
#: the pieces of an OSCOLA entry after its names, each its whole rest ("$"); a quoted title
#: between plain or curly single quotes
_OSCOLA_Q = r"['‘](?P<title>[^'‘’]{3,300}?)['’]"
_OSCOLA_FORMS = (
    # a chapter: "'Title' in Crane H and Nasser S (eds), Book (Publisher 2020)"
    (
        "chapter",
        re.compile(
            _OSCOLA_Q + r"\s+in\s+[^()]{2,120}?\((?:eds?|تحرير)\.?\),?\s*"
            r"(?P<container>[^()]{3,300}?)\s*\((?P<imprint>[^()]{2,120})\)"
            r"\s*(?P<pages>\d[\d–-]*)?$"
        ),
    ),
    # a journal article: "'Title' (2019) 11 Journal of Arab Public Law 233", "(2022) 4(1) …"
    (
        "article",
        re.compile(
            _OSCOLA_Q + r"\s*[(\[](?P<year>(?:1[5-9]|20)\d{2})[)\]]\s*"
            r"(?:(?P<volume>\d{1,4})(?:\((?P<issue>[\w–-]{1,8})\))?\s+)?"
            r"(?P<container>[A-Z][^()\d]{2,150}?)\s+(?P<pages>\d[\d–-]*)$"
        ),
    ),
    # a newspaper piece: "'Title' Tigris Weekly (Baghdad, 4 March 2021) 6"
    (
        "newspaper",
        re.compile(
            _OSCOLA_Q + r"\s+(?P<container>[A-Z][^()]{2,80}?)\s*"
            r"\((?P<place>[^(),\d]{2,40}),\s*(?P<date>[^()]{0,30}\d{4})\)"
            r"\s*(?P<pages>\d[\d–-]*)?$"
        ),
    ),
    # a thesis: "'Title' (PhD thesis, University of Glasgow 2018)"
    (
        "thesis",
        re.compile(
            _OSCOLA_Q + r"\s*\((?P<genre>[^(),]*\bthesis)\s*,\s*"
            r"(?P<publisher>[^()]{3,120}?)\s+(?:1[5-9]|20)\d{2}\)$",
            re.I,
        ),
    ),
    # a web page or a quoted report: "'Statement …' (n.d.)" (its link and access date gone)
    ("web", re.compile(_OSCOLA_Q + r"\s*\((?P<year>n\.\s?d\.?|(?:1[5-9]|20)\d{2}[^()]{0,20})\)$")),
    # a book or a report: "Title (2nd edn, Hale J tr, Dar Al-Hikma 2017)"
    ("book", re.compile(r"(?P<title>[^'‘’()]{3,300}?)\s*\((?P<imprint>[^()]{2,120}?)\)$")),
)
#: the pieces of a book's bracket that name no publisher: an edition, a translator, an editor
_OSCOLA_NOT_PUBLISHER_RE = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)\s+edn|[\w\s.'’-]+\s(?:tr|ed|eds)|first published.*)$", re.I
)


def oscola_fields(body: str) -> dict | None:
    """Fields of an OSCOLA entry (the English law reviews' style): names before the first
    comma (``Al-Kubaisi A``: the family name, then initials with no stops; or a body), then
    one of :data:`_OSCOLA_FORMS`, whole to the entry's end with no closing stop: a book's
    ``Title (2nd edn, Publisher 2017)``, a chapter's ``'Title' in Eds (eds), Book (Publisher
    2020)``, an article's ``'Title' (2019) 11 Journal 233``, a newspaper's ``'Title' Paper
    (Place, date) 6``, a thesis's ``'Title' (PhD thesis, University 2018)``. None for any other
    entry (a stop closing it, a year after the names, an imprint ``Place: Publisher``)."""
    body = body.strip()
    head, sep, rest = body.partition(", ")
    if not sep or body.endswith(".") or re.search(r"\d|[.:;()]", head):
        return None
    rest = re.sub(r"\s*<\s*>?\s*", " ", rest).strip()  # the link's brackets, emptied
    persons = [_OSCOLA_PERSON_RE.fullmatch(x.strip()) for x in re.split(r"\s+and\s+|,\s+", head)]
    if all(persons):
        authors = [Person(family=m["family"], given=m["given"]) for m in persons if m]
    elif is_organisation(head) or re.fullmatch(
        r"(?:[A-Z][\w'’-]*|of|for|the|and|on)(?:\s\S+){1,8}", head
    ):
        authors = [Person(family=head, given=None)]
    else:
        return None
    for kind, rx in _OSCOLA_FORMS:
        m = rx.fullmatch(rest)
        if m is None:
            continue
        g = m.groupdict()
        out: dict = dict(authors=authors, title=g["title"].strip(" ,"), container=None,
                         volume=None, issue=None, pages=None, publisher=None, place=None,
                         type=kind)  # fmt: skip
        for k in ("container", "volume", "issue", "pages", "publisher", "place"):
            if g.get(k):
                out[k] = g[k].strip(" ,")
        imprint = g.get("imprint")
        if imprint:
            year = re.search(r"\s*(?:(?:1[5-9]|20)\d{2}|n\.\s?d\.?)$", imprint)
            if year is None:
                return None
            pieces = [x.strip() for x in imprint[: year.start()].split(",") if x.strip()]
            pieces = [x for x in pieces if not _OSCOLA_NOT_PUBLISHER_RE.match(x)]
            out["publisher"] = pieces[-1] if pieces else None
            if kind == "book" and authors[0]["given"] is None and out["publisher"]:
                # "UN Assistance Mission for Iraq, Civic Space … (UNAMI 2021)": a body's
                # own publication under its acronym is its report
                if re.fullmatch(r"[A-Z]{2,10}", out["publisher"]):
                    out["type"] = "report"
        if kind == "web" and not re.search(r"https?://|www\.", body):
            out["type"] = "other"  # a quoted work with its date alone: the type from its words
        return out
    return None


def _inverted_by_shape(family: str, given: str, nxt: str) -> bool:
    """Whether ``family, given, nxt`` opens an entry inverted though no list names the given
    names (``فوكوياما، فرانسيس، بناء الدولة، …`` | ``Dodge, Toby, Iraq: From War …``): the
    first piece is one word, which an author written given name first never is (save an
    organisation), the second is a few name-like words that no field reads (no digit, colon,
    quote or article; Latin words capitalised and no title's opener), and the third, the
    title, is no field either."""
    fam, words = family.strip(" ."), given.strip(" .").split()
    if len(fam.split()) != 1 or re.search(r"[\d:«»\"“”()]", fam) or is_organisation(fam):
        return False
    if fam.isupper() or not 1 <= len(words) <= 4 or re.search(r"[\d:«»\"“”()\[\]]", given):
        return False  # "UNHCR, Iraq, …": an acronym is a body's name
    if _piece_field(given)[0] or _piece_field(nxt)[0] or _is_place(given.strip(" .")):
        return False
    if re.search(r"[A-Za-z]", given):
        return all(
            re.fullmatch(r"[A-Z][\w'’.-]*", w) and w.lower() not in _TITLE_OPENERS for w in words
        )
    arabic = bool(re.fullmatch(r"[\u0621-\u064a ]+", given.strip(" .")))
    return arabic and not words[0].startswith("ال")


def _known_imprint(text: str, unknown_ok: bool = False) -> tuple[str, str] | None:
    """``(place, publisher)`` when ``text`` reads as an imprint, ``Place: Publisher``, whose
    place a places list names or whose publisher reads as one (``بيروت: دار الرافدين``), or
    any such when ``unknown_ok`` (``Geneva: UNHCR`` followed by no volume or issue); None for
    a journal's name with a colon (``Survival: Global Politics``, then its volume)."""
    m = _IMPRINT_RE.match(text.strip())
    if m is None:
        return None
    place, publisher = m["place"].strip(), m["publisher"].strip()
    known = _is_place(re.sub(r",\s*[A-Z]{2}$", "", place)) or _publisher_like(publisher)
    if known or unknown_ok:
        return place, publisher
    return None


_NAME_PARTICLES = frozenset("بن ابن بنت عبد ابو أبو ال".split())


@cache
def _given_names() -> frozenset[str]:
    from araseclit.tag.lexicon import load_word_list

    return load_word_list("given_names")


def _inverted_name(family: str, given: str) -> bool:
    """Whether ``family, given`` opens an entry with its author inverted: a family name of a
    few words with no digit, then given names only -- every word a listed given name or a
    name's particle (``عبد الرحمن``, ``محمد بن مكرم``), or initials (``J.``, ``M. E.``)."""
    from araseclit.normalize import normalize_token

    if not 1 <= len(family.split()) <= 4 or re.search(r"[\d:«»\"“”()]", family):
        return False
    given = given.strip()
    if re.fullmatch(r"(?:[A-Z]\.\s?-?)+", given):
        return bool(re.fullmatch(r"[A-Z][\w'’ -]+", family.strip(" .")))
    words = given.split()
    if not 1 <= len(words) <= 4 or not all(re.fullmatch(r"[\u0621-\u064a]+", w) for w in words):
        return False
    norms = [normalize_token(w) for w in words]
    names = _given_names()
    head = [normalize_token(w) for w in family.split()]
    if len(head) >= 2 and head[0] in names and head[0] not in _NAME_PARTICLES:
        return False  # "ساطع الحصري، العرب، …": a given name opens the author piece
    # the first given name bears no article (العرب, a listed name word, is a title's)
    return (
        norms[0] in names
        and not norms[0].startswith("ال")
        and all(n in names or n in _NAME_PARTICLES for n in norms)
    )


def _publisher_like(piece: str) -> bool:
    from araseclit.cite.segment import _norm_word, publisher_words

    return is_organisation(piece) or any(_norm_word(w) in publisher_words() for w in piece.split())


def _norm_place(word: str) -> str:
    from araseclit.cite.segment import _norm_word

    return _norm_word(word)


def _piece_field(piece: str) -> tuple[str | None, str | None]:
    """What one piece of a comma-separated entry is: ``("volume", "2")`` for ``ج٢``, ``("year",
    …)``, ``("edition", …)``, ``("translator", …)``, ``("genre", …)``, or ``(None, None)`` for
    a piece of words (a place, a publisher, a journal)."""
    p = piece.strip(" .")
    if _YEAR_PIECE_RE.fullmatch(p):
        return "year", p
    if is_date_piece(p):  # "14 نيسان 2019": a newspaper's date
        return "date", p
    if _CONTRIBUTOR_PIECE_RE.match(p):
        return "translator", p
    if re.fullmatch(
        # "ط٢" | "ط. 3" | "ط الثانية" | "الطبعة الأولى", not a place that ط opens ("طهران")
        r"ط\s*\d+|ط\.\s*\S+|ط\s+(?:ال)?(?:أولى|اولى|ثانية|ثالثة|رابعة|خامسة)|الطبعة\s+\S+"
        r"|\d+(?:st|nd|rd|th)\s+ed(?:n|ition)?\.?|چاپ\s+\S+",
        p,
        re.I,
    ):
        return "edition", p
    if re.fullmatch(r"\d{1,2}\s*(?:أجزاء|اجزاء|مجلدات|جلد|vols?\.?|volumes)", p, re.I):
        return "extent", p  # "٣ أجزاء" | "2 vols.": how many volumes the work has
    for name, rx in _LOCATOR_RES:
        m = rx.fullmatch(p)
        if m and name in ("volume", "issue", "pages"):
            return name, re.sub(r"\s+", "", m["n"])
    vol = _VOLUME_PART_RE.fullmatch(p)
    if vol:
        return "volume", vol["n"]
    if _GENRE_RE.fullmatch(p):
        return "genre", p
    return None, None


def _field_like(part: str) -> bool:
    """Whether a field pattern reads ``part`` (a journal, a chapter's book, a translator, an
    edition, an imprint, a report): evidence for :func:`segment.title_parts`."""
    part = part.strip(' "“”«»')
    journal = (_VANCOUVER_JOURNAL_RE, _ISSUE_ONLY_JOURNAL_RE, _CHICAGO_JOURNAL_RE, _APA_JOURNAL_RE,
               _AD_JOURNAL_RE, _IN_RE, _TRANSLATOR_RE, _EDITION_RE, _IMPRINT_RE)  # fmt: skip
    return any(rx.match(part) for rx in journal) or bool(_REPORT_RE.search(part))


#: a newspaper's name: "جريدة الصباح", "صحيفة المدى", "روزنامه‌ی شرق", "The X Times"
_NEWSPAPER_RE = re.compile(
    r"^(?:جريدة|صحيفة|روزنامه|newspaper\b)|\b(?:Times|Post|Guardian|Herald|Gazette|Tribune"
    r"|Observer|Daily|Weekly)\b",
    re.I,
)


def _day_dated(raw: str) -> bool:
    """Whether a piece of ``raw`` is a day's date, its day and month (``14 October``, ``9 كانون
    الثاني 2022``, ``۱۷ آبان ۱۳۹۹``): a newspaper's issue or a web page's post."""
    pieces = re.split(r"[,،;؛]|\.\s", P.fold_digits(raw))
    return any(
        is_date_piece(x) and re.search(r"(?<!\d)\d{1,2}(?!\d)", x) is not None for x in pieces
    )


#: the marks of an imprint's missing place or publisher: "د.م" / "د.ن", "s.l." / "s.n.", "بی‌جا"
_NO_IMPRINT = r"د\.\s*[من]\.?|ب\.\s*[من]\.?|بی[\u200c ]?(?:جا|نا)|s\.\s?[ln]\.?|n\.\s?p\.?"

#: a report's series and number: "Middle East Report No. 188" | "Working Paper no. 12"
#: a report's number in its series: "Middle East Report No. 188" | "Policy Paper 4"
_SERIES_RE = re.compile(
    r"(?:\b(?:No\.|Number|n°)\s*|\b(?:Paper|Brief|Report|Note)\s+)\d+\s*$", re.I
)


def _publisher_place(imprint: str) -> tuple[str, str] | None:
    """``(publisher, place)`` of an imprint written publisher first, the place after its last
    comma: a place the places list names, or a US place with its state (``Ithaca, NY``), or
    any one capitalised word after a publisher's name (``University of Exeter, Exeter``)."""
    m = re.fullmatch(
        r"(?P<pub>[^,،:]{2,120}?)\s*[,،]\s*(?P<place>[^,،:\d]{2,40}?(?:,\s*[A-Z]{2})?)\.?", imprint
    )
    if m is None:
        return None
    pub, place = m["pub"].strip(), m["place"].strip()
    if _is_place(place) or re.fullmatch(r"[A-Z][\w.' -]+,\s*[A-Z]{2}", place):
        return pub, place
    if re.fullmatch(r"[A-Z][a-z]+", place) and (
        _publisher_like(pub) or re.fullmatch(r"[A-Z][\w&/-]*(?:\s[A-Z][\w&/-]*){1,5}", pub)
    ):  # "Palgrave Macmillan, Cham": a publisher's capitalised words, then one word
        return pub, place
    # "دانشگاه رازی، کرمانشاه": a university, then its city in one or two words
    city = r"[\u0600-\u06ff][\u0600-\u06ff\u200c]*(?:\s[\u0600-\u06ff\u200c]+)?"
    if _UNIVERSITY_RE.search(pub) and re.fullmatch(city, place):
        return pub, place
    return None


def _body_name(name: str) -> bool:
    """A body's name: an organisation's (``Iraqi Ministry of Migration``, ``وزارة التخطيط``)
    or an acronym (``UNAMI``, ``IOM``)."""
    return is_organisation(name) or re.fullmatch(r"[A-Z]{3,8}", name.strip()) is not None


def _entry_type(raw: str, out: ReferenceFields) -> str:
    container = out["container"] or ""
    if container and not out["volume"] and (_NEWSPAPER_RE.search(container) or _day_dated(raw)):
        # "جريدة المدى، ع 5120، 9 كانون الثاني 2022، ص 4" | "The National (Abu Dhabi), 14
        # October, p. 9" | "The Guardian, 3 May. Available at: …": a newspaper's article
        # (not a body's own site, "Human Rights Watch, 5 Feb. 2019, www…", an MLA web page)
        # nor a site's page read on a day, its link and access date and no newspaper's name
        # ("Kurdistan Policy Forum, January 3, 2023. Accessed February 1, 2023. https://…")
        site = out["url"] and out["accessed"] and not _NEWSPAPER_RE.search(container)
        own = out["url"] and out["authors"] and container == out["authors"][0]["family"]
        if not (own or site):
            return "newspaper"
    quoted = bool(out["title"]) and re.search(r"[«\"“]\s*" + re.escape(out["title"][:20]), raw)
    if out["url"] and not container and not out["publisher"] and not out["volume"]:
        # a page at its link, its title in quotes as a part of the site ("«تقرير رصد …»"), or
        # named as no report: a report is its own document ("گزارش ارزیابی …. بازیابی‌شده از")
        # (a report numbered in its series is one, quoted or not: '"Risk Transfer …." Policy
        # Brief no. 7, October 2022. https://…')
        numbered = re.search(r"(?:" + _REPORT_RE.pattern + r")\s+(?:no\.?\s*)?\d", raw, re.I)
        if (quoted and not numbered) or not _REPORT_RE.search(raw):
            return "web"
    if out["container"] and out["url"] and not (out["volume"] or out["issue"] or out["pages"]):
        return "web"  # MLA "Title." Human Rights Watch, 5 Feb. 2019, www…
    if out["container"] or (out["volume"] and (out["issue"] or out["pages"])):
        return "article"  # a volume alone is one of a work in several (ج3, Vol. 2)
    if _GENRE_RE.search(raw):  # "[رسالة ماجستير غير منشورة]" | "PhD thesis." | "أطروحة دكتوراه،"
        return "thesis"
    if _REPORT_RE.search(raw):
        return "report"
    first = out["authors"][0] if out["authors"] else None
    if first and not first["given"] and _body_name(first["family"]) and not out["pages"]:
        # a body's own publication, not at a link of its site: a report (every such entry of
        # the development keys, 31 of 31: "وزارة الداخلية العراقية، دليل عمل الشرطة …"); the
        # pages of one cited from it make it a book (test_review9_fields: "UNHCR (2020) Global
        # Trends. Geneva: UNHCR, 2020, 120-125.")
        return "report"
    if out["publisher"] or re.search(r"(?<!\w)(?:" + _NO_IMPRINT + r")(?!\w)", raw):
        return "book"  # an imprint, or its marks of no place and no publisher ("د.م: د.ن")
    return "web" if out["url"] else "other"
