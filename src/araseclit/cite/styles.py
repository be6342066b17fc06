"""Bracket parts in house styles other than the sample's, read item by item.

The sample's grammar (:data:`araseclit.cite.patterns.PART_RE`) reads ``name، year: page``.
Books and journals in other styles write, in one bracket part:

* no comma before the year: ``(هاليداي ١٩٧٣م، ٦٥)``, ``(Allen 1977, 1999)``;
* the year's suffix as an item: ``(فيركلف، ١٩٨٩م، ب)``; a locator that is no page:
  ``(كوبرنيكوس ١٥٤٣، الكتاب الأول)``, ``(بلومنباخ، ١٩٨١، المجلد الثالث، ٧٦٢)``; a remark:
  ``(بيشوه ١٩٨٢م، ١١١، والتأكيد في الأصل)``;
* several works of one author, or works of several authors, with commas only:
  ``(روزن ١٩٥٩، ٣٧؛ ١٩٨٤، ٢٧)``, ``(كريس، ١٩٨٩م، فاولر، ١٩٨٨م، أ)``;
* a secondary marker, the original with or without its year: ``(بيشوه، مقتطف في كورتين، ١٩٨١م)``,
  ``(Buzan, 1983, cited in Hough, 2008: 14)``, ``(مقتبس من كون ١٩٥٧، ١٩٠)``;
* a three-digit Hijri year: ``(الطبري، ٣١٠هـ)``, also as the author's death year
  ``(الطبري ت ٣١٠هـ، ٤٥)``, ``(ابن الأثير، ت ٦٣٠هـ)``; a page without a year: ``(عبد الرحمن، ص١١١)``.

:func:`parse_items` splits a part on commas and colons and reads the items in order: a name,
a year (a name before it in the same item or the item before), a suffix, a page, a locator,
a secondary marker, a remark. A part reads only when every item with a digit is a year, a
page or a locator; a name must be a plausible author and neither a date word, a month nor a
place (a publication place ``(بيروت ١٩٧٣م)`` has the shape of an author with no comma).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from araseclit.cite import patterns as P

# Words that make a bracketed year a date, not a work's year: "(سنة ١٩٠٧)" | "(توفي بعد ١٣٥٠)"
#   | "(October, 1965)" | "(Spring 2019)" (normalised forms, see ``normalize_token``)
_DATE_WORDS = frozenset(
    """سنه عام العام بتاريخ تاريخ حوالي نحو قرابه منذ توفي المتوفي ولد مات ت حتي قبل بعد
    الميلاد ميلاديه هجريه ط طبعه الطبعه يناير فبراير مارس ابريل مايو يونيو يونيه يوليو يوليه
    اغسطس سبتمبر اكتوبر نوفمبر ديسمبر كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين
    محرم صفر ربيع جمادي رجب شعبان رمضان شوال ذو ذي القعده الحجه صيف الصيف شتاء الشتاء خريف
    الخريف فصل january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn fall winter
    circa ca c born died d b""".split()
)
_ET_AL = re.compile(r"^(?:و\s?آخرون|وآخرين|وزملاؤه|et\s+al\.?)$", re.I)
MAX_NAME_WORDS = 5
#: words of a body's name, led by an organisation word (as :mod:`.notes` allows)
MAX_BODY_WORDS = 9
_PREPOSITIONS = frozenset("في من عن الى علي عند لدي مع".split())


@dataclass
class Work:
    """One cited work read from a part."""

    author: str
    year: str | None = None
    page: str | None = None
    via: str | None = None
    #: read from a name and year with no comma between (``هاليداي ١٩٧٣م``): a noun before a
    #: year (``رؤية 2030``, ``انتخابات 2021``) has that shape too, so the caller keeps such a
    #: work only when the document names its author elsewhere (a comma citation, an entry)
    bare: bool = False


def _norm(word: str) -> str:
    from araseclit.normalize import normalize_token

    return normalize_token(word).lower()


@cache
def places() -> frozenset[str]:
    """Place names (CLDR, ``data/places.txt``), normalised."""
    text = resources.files("araseclit.cite").joinpath("data/places.txt").read_text("utf-8")
    lines = (x.strip() for x in text.splitlines())
    return frozenset(" ".join(_norm(w) for w in x.split()) for x in lines if x and x[0] != "#")


@cache
def organisation_words() -> frozenset[str]:
    """Words that name a kind of body (``data/organisations.txt``), normalised."""
    text = resources.files("araseclit.cite").joinpath("data/organisations.txt").read_text("utf-8")
    lines = (x.strip() for x in text.splitlines())
    return frozenset(_norm(x) for x in lines if x and x[0] != "#")


def is_organisation(name: str) -> bool:
    """``منظمة الصحة العالمية``, ``سازمان ملل``, ``Public Health England``, ``Human Rights
    Watch``: a name of two words or more that an organisation word leads (Arabic, Persian:
    with or without the article) or, in Latin script, holds among capitalised words."""
    words = name.split()
    if len(words) < 2:
        return False
    orgs = organisation_words()
    if re.match(r"[A-Za-z]", words[0]):
        capitalised = all(w[0].isupper() or w in ("of", "for", "and", "the", "on") for w in words)
        return capitalised and any(_norm(w) in orgs for w in words)
    # a Persian head with its ezafe after a ZWNJ: "اداره‌ی کل امور اتباع", "سازمان‌های …"
    head = _norm(re.sub("\u200c(?:ی|های|ها)$", "", words[0]))
    return head in orgs or (head.startswith("ال") and head[2:] in orgs)


def is_date_word(word: str) -> bool:
    """``سنة``, ``October``, ``تشرين/أكتوبر``, ``توفي``: a word that dates, names no one."""
    parts = [x for x in re.split(r"[/\-]", word.strip(".،,")) if x]
    return bool(parts) and all(_norm(x) in _DATE_WORDS | _solar_months() for x in parts)


#: the months of the solar Hijri calendar, as Persian writes dates: "(خرداد ۱۳۹۳)"; not
#: "دی", which folds to the particle of names written in Arabic ("دي سولا برايس ١٩٦٢")
SOLAR_MONTHS = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر بهمن اسفند"


@cache
def _solar_months() -> frozenset[str]:
    return frozenset(_norm(w) for w in SOLAR_MONTHS.split())


# Month names of two words, a head and an ordinal: "كانون الأول" | "تشرين الثاني" | "ربيع الأول"
#   | "جمادى الآخرة" (normalised forms)
_MONTH_HEADS = frozenset("كانون تشرين ربيع جمادي".split())
_MONTH_ORDINALS = frozenset("الاول الثاني الاخر الاخره الاولي الثانيه".split())


def is_date_phrase(name: str) -> bool:
    """``كانون الأول``, ``جمادى الآخرة``, ``October``: every word a date word, or the ordinal
    of a two-word month after its head."""
    words = name.split()
    if not words:
        return False
    for i, w in enumerate(words):
        if is_date_word(w):
            continue
        if i and _norm(words[i - 1]) in _MONTH_HEADS and _norm(w) in _MONTH_ORDINALS:
            continue
        return False
    return True


def name_ok(name: str, plausible: Callable[[str], bool]) -> bool:
    """Whether ``name`` can be an author in an item: plausible, at most five words (a body's
    name nine), no date word, month or season, not a place, no lone letter first (``ط مصر``)."""
    words = name.split()
    # a body's name runs longer than a person's: "جمعیت هلال احمر جمهوری اسلامی ایران"
    longest = MAX_BODY_WORDS if is_organisation(name) else MAX_NAME_WORDS
    if not words or len(words) > longest or not plausible(name) or ". " in name:
        return False
    if any(is_date_word(w) for w in words) or len(words[0].strip(".")) == 1 or len(name) < 3:
        return False
    if _norm(words[-1]) in _PREPOSITIONS:
        return False  # "المبادئ السبعة في «الشرح المختصر» ١٩٥٩": a title's lead-in
    folded = " ".join(_norm(w) for w in words)
    if folded in places() and not is_organisation(name):
        return False  # CLDR lists "الأمم المتحدة" (UN) among its regions: a body all the same
    # "(Leipzig 1925)", "(بيروت ١٩٧٣م)" name a place; "(Public Health England 2014)" a body
    return _norm(words[-1]) not in places() or is_organisation(name)


def _lead_in(item: str) -> str:
    return P.STYLE_LEAD_IN_RE.sub("", item.strip()).strip()


def _split_items(part: str) -> list[str]:
    """The items of a part between its commas and colons; a secondary mark and the work read
    after its colon stay one item (``نقلاً عن: الجبوري``, ``cited in: Hough``)."""
    out: list[str] = []
    for x in P.ITEM_SPLIT_RE.split(part):
        if not x.strip():
            continue
        if out and P.SECONDARY_MARK_ITEM_RE.fullmatch(out[-1]):
            out[-1] = f"{out[-1]} {x.strip()}"
        else:
            out.append(x.strip())
    return out


#: years of one author's works listed in one bracket lie within a working life; a bare
#: four-digit number this far below the year before it is a page (``(جولد ٢٠٠٢، ١٢١٦)``),
#: while ``(Allen 1977, 1999)`` and ``(Smith 2010, 2008)`` stay two works
MAX_YEAR_GAP = 60


def page_after_year(year_text: str | None, item: str) -> bool:
    """Whether ``item``, written as a second year after ``year_text``, is rather its page: a
    plain four-digit number (no calendar mark, no suffix) more than :data:`MAX_YEAR_GAP`
    below the year."""
    before = re.match(r"\d{4}(?!\d)", P.fold_digits(year_text or "").strip())
    plain = re.fullmatch(r"\d{4}", P.fold_digits(item).strip())
    return bool(before and plain) and int(before.group()) - int(plain.group()) > MAX_YEAR_GAP


def _page_after_year(item: str, works: list[Work]) -> bool:
    """``page_after_year`` for the last work read, when it has no page yet."""
    return bool(works) and works[-1].page is None and page_after_year(works[-1].year, item)


def drop_conjunction(name: str, known: Callable[[str], bool], *, listed: bool = False) -> str:
    """``وبنسون وهيوز`` -> ``بنسون وهيوز`` when the document writes ``بنسون`` elsewhere and not
    ``وبنسون`` (a name such as ``وليد`` or ``ولف`` keeps its letter)."""
    words = name.split()
    first = words[0]
    if not first.startswith("و") or len(first) < 4:
        return name
    pair = len(words) > 1 and words[1].startswith("و")  # "وليتش وتوماس": and L. and T.
    if pair or listed or (known(first[1:]) and not known(first)):
        return name[1:]
    return name


def parse_items(
    part: str,
    plausible: Callable[[str], bool],
    known: Callable[[str], bool] = lambda w: False,
) -> list[Work] | None:
    """The works of one bracket part, or None when some item does not read."""
    works: list[Work] = []
    pending: str | None = None  # a name waiting for its year
    remark = False  # an item read as a remark, no name, came before
    citing_original = False  # the items after "citing X" are X's
    via: str | None = None
    if any(not x.strip(" .") for x in P.ITEM_SPLIT_RE.split(part.strip())[1:]):
        return None  # ", ," : separators an extraction left apart, read by the damage passes
    for raw in _split_items(part):
        item = _lead_in(raw)
        if not item:
            continue
        if len(item) == 1 and item.isalpha() and not (works and P.SUFFIX_ITEM_RE.fullmatch(item)):
            return None  # a lone letter: a word the extraction cut ("(ب، ات 1400: 52)")
        citing = _CITING_RE.fullmatch(item)
        if citing and works and not pending:
            # "(Hough, 2008: 14, citing Buzan, 1983)": the work read first, its original after
            works[-1].via, citing_original = citing["name"].strip(), True
            continue
        if citing_original and (P.YEAR_ITEM_RE.fullmatch(item) or P.PAGE_ITEM_RE.fullmatch(item)):
            continue  # the original's year or page, no work of the author before
        citing_original = False
        sec = P.SECONDARY_ITEM_RE.fullmatch(item)
        if sec and (pending or works):
            if pending is None:  # "Buzan, 1983, cited in Hough": the original had its year
                pending = works.pop().author
            via, pending, item = pending, None, sec["rest"].strip()
        elif sec and not re.match(r"(?:عن|في|in)\s", item, re.I):
            item = sec["rest"].strip()  # "مقتبس من كون 1957": the source read, no original
        if works and not pending and P.SUFFIX_ITEM_RE.fullmatch(item):
            continue  # "1985م، أ": the suffix of the year before
        death = P.DEATH_YEAR_ITEM_RE.fullmatch(item)
        if death and pending:
            item = death["y"]  # "(ابن الأثير، ت 630هـ، 112)": the author's death year
        year = P.YEAR_ITEM_RE.fullmatch(item)
        if year and not pending and _page_after_year(item, works):
            works[-1].page = item  # "(جولد ٢٠٠٢، ١٢١٦)": a page of four digits, not a year
            continue
        if year:
            author = pending or (works[-1].author if works else None)
            if author is None or (year["title"] and not pending and not works):
                return None  # a year with no name: a narrative bracket, read elsewhere
            bare = pending is None and works[-1].bare  # "(ألن ١٩٧٧، ١٩٩٩)": both no-comma
            # "(focus group, Sinjar, 2022)": a name after a remark is a place as often as an
            # author; read only with evidence (listed, or cited elsewhere), as a no-comma part
            bare = bare or (pending is not None and remark)
            works.append(Work(author, year["y"].strip(), via=via, bare=bare))
            pending = via = None
            continue
        named = P.NAME_YEAR_ITEM_RE.fullmatch(item)
        if named:
            name = named["name"]
            if re.search(r"(?:هـ|ه)$", named["y"].strip()):  # "الطبري ت 310هـ": a death year
                name = P.DEATH_MARK_RE.sub("", name)
            name = _name(name, works, known)
            if not name_ok(name, plausible):
                return None
            works.append(Work(name, named["y"].strip(), via=via, bare=True))
            pending = via = None
            continue
        page = P.PAGE_ITEM_RE.fullmatch(item)
        if page:
            if works and works[-1].page is None and pending is None:
                works[-1].page = page["page"]
            elif pending and page["marker"] and not works:
                works.append(Work(pending, None, page["page"], via))  # "(عبد الرحمن، ص111)"
                pending = via = None
            elif not works:
                return None
            continue
        if P.LOCATOR_ITEM_RE.fullmatch(item) or re.search(r"\d", item) is None:
            if re.search(r"\d", item) is None and not P.LOCATOR_ITEM_RE.fullmatch(item):
                if pending and _ET_AL.match(item):
                    pending += " " + item  # "(هول، وآخرون، 1978م)"
                    continue
                name = _name(item, works, known)
                pending = name if name_ok(name, plausible) else None  # a name, or a remark
                remark = remark or pending is None
            continue
        return None
    return works


#: the original after the work read: "citing Buzan" | "quoting Buzan 1983"
_CITING_RE = re.compile(r"(?:citing|quoting)\s+(?P<name>[^\d]+?)(?:\s+(?P<y>\d{4}[a-z]?))?", re.I)


def _name(text: str, works: list[Work], known: Callable[[str], bool]) -> str:
    """A name item; after a work of the same bracket a first ``و`` is "and" (``باختين،
    ١٩٨١م، وكريستيفا، ١٩٨٦م``), unless the document writes the word so elsewhere too."""
    name = " ".join(_lead_in(text).split())
    if works and name:
        return drop_conjunction(name, known, listed=True)
    return name


def year_locator(body: str) -> tuple[str, str | None] | None:
    """``(١٩٨٤م، ١٠٦، ٨)`` / ``(١٩٢٩، الفصل السادس)`` after a narrative name: the year and the
    first page of a year-only bracket whose locators the sample's grammar does not read."""
    items = _split_items(body)
    if not items:
        return None
    year = P.YEAR_ITEM_RE.fullmatch(items[0])
    if year is None or year["title"]:
        return None
    page: str | None = None
    for item in items[1:]:
        m = P.PAGE_ITEM_RE.fullmatch(item)
        if m:
            page = page or m["page"]
        elif P.SUFFIX_ITEM_RE.fullmatch(item) or P.LOCATOR_ITEM_RE.fullmatch(item):
            continue
        elif P.SECONDARY_ITEM_RE.fullmatch(item):
            break  # "(2016، نقلاً عن Edwards, 2004)": the numbers after are another work's
        elif re.search(r"\d", item) or len(item.split()) > 6:
            return None
    return year["y"].strip(), page
