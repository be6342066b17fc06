"""In-text citations: parenthetical author–date, narrative, secondary and numeric.

:func:`find_citations` returns CITATIONS records (``araseclit.store.schema.CITATIONS``) in text
order. Spans: a bracket holding one citation gives ``start/end`` of the whole bracket; a
bracket holding several (split on ``؛``/``;``) gives each record the span of its own part; a
narrative citation spans from the name (its opening guillemet included) to the closing
bracket; a numeric bracket gives every number the span of the bracket.

Not citations: ``رقم 12 لسنة 2010`` and ``عام 2003`` (no bracket), ``البصرة (2018)`` (a bare
year in brackets is an event year unless a reporting verb or author cue such as ``يرى``,
``بحسب``, ``تقرير`` precedes the name), glosses ``(NGOs)``, percentages, section numbers and
dates (a bracket must end in a year or a page). Calendar rules: :mod:`araseclit.cite.years`.

Residual extraction damage that a repair leaves is read by citation grammar, on a matching
copy of the text of the same length (:func:`_matching_copy`): brackets mirrored, moved into a
word or onto the name, lost or split; locators moved out of their part or gathered into one
run; separators drawn a word early; another line's words interleaved inside a bracket; lone
tanween marks; a lam-alef given as alef-lam in a cue. Each rule's function names the damage
(examples in ``tests/cite/test_damage.py``). Each needs a shape clean citations do not have,
but a stray bracket in clean prose can still meet one (``10] ألف``, ``UNAMI (b) 2020: 14``);
the ``CLEAN`` cases there are prose the rules must leave alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache, lru_cache

from araseclit.cite import patterns as P
from araseclit.cite import styles
from araseclit.cite.years import YearContext, parse_year
from araseclit.ids import make_id, sent_id_at
from araseclit.store.schema import columns
from araseclit.textmodel.frequency import arabic_zipf

CITATION_FIELDS: tuple[str, ...] = tuple(columns("citations"))

# Reporting verbs and author cues that make "<name> (year)" a citation (normalised forms,
# without the و/ف/ك prefix): "ويرى الكربلائي (2022)" | "بحسب الكربلائي" | "تقرير »...«"
_VERBS = """يرى يشير يؤكد يبين يذكر يقول يلاحظ يوضح يعتبر يعرف يصف يرصد يضيف يخلص يجادل يقترح
    يستنتج يحذر يورد يرجع يعزو يلفت يذهب يرجح يشدد يلخص ينبه يميز يصنف يفسر يحلل يطرح ينتقد
    يتساءل يوثق يعرض يقدر يكشف يفترض يلخص يري""".split()
_CUES = frozenset(
    _VERBS
    + ["ت" + v[1:] for v in _VERBS]
    + """اشار اشارت اكد اكدت بينت ذكر ذكرت قال قالت لاحظ اوضح اوضحت اعتبر عرف وصف اضاف
    خلص خلصت جادل اقترح استنتج حذر اورد اوردت لفت ذهب رجح شدد كشف كشفت بحسب حسب وفق وفقا طبقا
    لدى عند منهم دراسه تقرير تحليل بيانات كتاب مقال بحث الباحث الباحثه الكاتب المؤلف رايه""".split()
)
# Generic subjects that are not authors: "تؤكد الدراسات الحديثة (2020)"
_GENERIC = frozenset(
    "الدراسات الباحثون الباحثين التقارير البيانات الادبيات المصادر الخبراء الحديثه السابقه".split()
)
_STOP_FIRST = frozenset("في من منذ عام سنه حتى بين خلال اكثر نحو حوالي قبل بعد عن الى".split())
_MAX_NAME_WORDS = 6
_ARABIC_CHAR = re.compile("[\u0600-\u06ff]")
# a cue verb's complement between it and the name: "ما يذهب إليه الطائي (2019)"
_CUE_COMPLEMENTS = frozenset("اليه اليها لها له عليه فيه عنه به ايضا".split())


def _norm(word: str) -> str:
    from araseclit.normalize import normalize_token

    return normalize_token(word)


def _strip_prefix(word: str) -> str:
    """``ويرى`` -> ``يرى``, ``فبحسب`` -> ``بحسب`` (one conjunction/preposition letter).

    A cue whose lam-alef ligature the font gave as alef then lam (``ويالحظ`` for ``ويلاحظ``:
    Noto draws ``لا`` as one glyph and some extractions emit its letters in drawing order)
    is read as the cue it spells with the pair put back."""
    w = _norm(word)
    forms = [w] + ([w[0] + w[1:].replace("ال", "لا")] if "ال" in w[1:] else [])
    for form in forms:
        if form in _CUES:
            return form
        for prefix in ("و", "ف", "ك", "وب", "فب", "ول", "فل"):
            if form.startswith(prefix) and form[len(prefix) :] in _CUES:
                return form[len(prefix) :]
    return w


@cache
def _stop_first_folded() -> frozenset[str]:
    """``_STOP_FIRST`` as ``normalize_token`` writes it (``حتى`` -> ``حتي``)."""
    return frozenset(_norm(w) for w in _STOP_FIRST)


def _plausible_author(author: str) -> bool:
    words = author.split()
    if not words or len(words) > 10 or len(author) > P.MAX_NAME_CHARS:
        return False
    if any(ch.isdigit() for ch in author) or not any(ch.isalpha() for ch in author):
        return False
    first = _norm(words[0])
    if (
        first in _STOP_FIRST
        or first in _stop_first_folded()
        or first.lower() in {"in", "since", "from", "the"}
    ):
        return False
    if P.IBID_RE.fullmatch(author.strip(" .،,")):
        return False  # "المصدر نفسه": the work before, resolved by _ibid
    if styles.is_date_phrase(author):
        return False  # "(October, 1965)", "(كانون الأول، 2017)": a date, not an author
    if re.search(r"\S\s*:\s*\S", author):
        return False  # "(London: Routledge, 2012)", "(بغداد: بيت الحكمة، 2010)": an imprint
    return not all(_norm(w) in _GENERIC for w in words)


_ASCII_LETTER_RE = re.compile("[A-Za-z]")


def _script(s: str) -> str:
    """``"arabic"`` when ``s`` has at least as many Arabic-block characters as ASCII letters."""
    arabic = len(_ARABIC_CHAR.findall(s))
    return "arabic" if arabic >= len(_ASCII_LETTER_RE.findall(s)) else "latin"


def _clean_page(page: str | None) -> str | None:
    if not page:
        return None
    page = re.sub(r"\s+", "", page)  # the dash as written: "3–5"
    m = re.fullmatch(r"(\d+)([-–—])(\d+)", page)
    # "47-45": extraction reversed the digit runs of a range; "185-95" is 185-195 abbreviated
    if m and int(m[1]) > int(m[3]) and len(m[1]) == len(m[3]):
        page = f"{m[3]}{m[2]}{m[1]}"
    return page


def _record(**fields: object) -> dict:
    rec: dict = dict.fromkeys(CITATION_FIELDS)
    rec.update(fields)
    return rec


def _year_records(
    years: str, page: str | None, author: str, ctx: YearContext, **common: object
) -> list[dict]:
    """One record per year of ``"2019، 2021"`` (usually just one)."""
    author = " ".join(author.split())
    # a stray Latin glyph inside an Arabic word is font-extraction debris: "الîكربلائي"
    author = P.GLYPH_IN_WORD_RE.sub("", author)
    # one Arabic letter standing alone before a name is the end of the word before it that a
    # misplaced bracket cut off ("سوق العم (ل وزارة العمل"): no author begins so
    author = P.LONE_LETTER_LEAD_RE.sub("", author)
    # a year's suffix letter set apart and left after the name: "(UNAMI c , 2020: 5)"
    suffix = P.NAME_SUFFIX_RE.search(author) if _script(author) == "latin" else None
    if suffix and re.fullmatch(r"\d{4}", years.strip()):
        author, years = author[: suffix.start()].rstrip(" ,"), years.strip() + suffix[1]
    # an APA group author names its abbreviation for the citations after it, "Human Rights
    # Watch [HRW]": the author is the name its entry lists
    author = P.GROUP_ABBREVIATION_RE.sub("", author)
    script = _script(author)
    persian = ctx.persian or bool(P.PERSIAN_LETTERS_RE.search(author))
    out: list[dict] = []
    ytexts = P.YEAR_SPLIT_RE.split(years)
    if page is None and len(ytexts) == 2 and styles.page_after_year(*ytexts):
        ytexts, page = ytexts[:1], ytexts[1]  # "(Gould 2002, 1216)": a page, not a year
    for ytext in ytexts:
        info = parse_year(ytext, latin=script == "latin", persian=persian, lunar=ctx.lunar)
        if info is None:
            return []
        out.append(_record(author=author, script=script, page=_clean_page(page), **info, **common))
    return out


def _parse_part(part: str, ctx: YearContext, **common: object) -> list[dict]:
    """Records for one author–date part of a bracket (``"بوزان، عن الخفاجي، 2017: 21"``)."""
    led = P.LEAD_IN_RE.match(part.strip().lstrip(".)")) is not None
    part = P.LEAD_IN_RE.sub("", part.strip().lstrip(".)"))
    # Arabic words between the Latin words of a Latin part are the next line's, which the
    # extraction interleaved: "(Buzan, cited الدولة in Smith, 2010: 4)"
    part = P.INTRUDED_WORDS_RE.sub(lambda m: "" if part[m.start() - 1] == "-" else " ", part)
    raw = part
    if _script(part) == "latin":
        part = _tidy_latin_part(part)
    m = P.PART_RE.fullmatch(part) or P.SWAPPED_PART_RE.fullmatch(part)
    if m is None:
        return []
    author, via = m["author"].strip(" ،,"), None
    if "sep" in m.groupdict() and m["sep"].strip() == "" and _script(author) == "arabic":
        return []  # "تشرين/أكتوبر 2019" is a date; Arabic author–date needs the comma
    sec = P.SECONDARY_RE.fullmatch(author)
    if sec:
        author, via = sec["author"].strip(" ،,"), sec["orig"].strip(" ،,")
    author = _pointed_name(author, led)
    if not _plausible_author(author):
        return []
    recs = _year_records(m["years"], m["page"], author, ctx, via_original=via, **common)
    at = raw.find(m["years"][:4])
    if _script(author) == "latin" and at > 0 and not re.search("[،,]", raw[:at]):
        # "(Leibzig 1925)", "(Paris 1858)": a Latin word and a year with no comma are evidence
        # of nothing; like "(رؤية 2030)" they need the author named elsewhere
        return [{**r, _BARE: True} for r in recs]
    return recs


def _pointed_name(author: str, led: bool) -> str:
    """The name a bracket of prose points to at its end (``(انظر الوصف المعياري الجيد له عند
    ليتش وشورت، ١٩٨١م)`` cites ``ليتش وشورت``), when the words before it are prose (three or
    more) and the name is no place; ``author`` otherwise."""
    if _script(author) != "arabic" or len(author.split()) < 4:
        return author
    m = P.POINTED_NAME_RE.fullmatch(author) or (
        P.POINTED_AFTER_LEAD_RE.fullmatch(author) if led else None
    )
    if m is None or len(m["prose"].split()) < 2 or not styles.name_ok(m["name"], _plausible_author):
        return author
    return m["name"]


def _tidy_latin_part(part: str) -> str:
    """A Latin part whose punctuation Noto drew in the Arabic font, which pypdfium2 gives as
    separate runs: stops and commas standing alone are dropped, ``n d`` is ``n.d.``, a page
    marker given after its number (``2019,. 2 p``, ``2020,. 10 12 pp –``) goes back before it."""
    part = P.LATIN_LOOSE_STOPS_RE.sub(" ", part)
    part = P.LATIN_LOOSE_ND_RE.sub("n.d.", part)
    part = P.LATIN_PAGE_AFTER_RE.sub(r", p. \1", part)
    part = P.LATIN_RANGE_AFTER_RE.sub(r", pp. \1-\2", part)
    part = P.LATIN_ND_PAGE_RE.sub(", p. ", part)
    return " ".join(part.split())


def _brackets(t: str) -> list[tuple[int, int, int, str]]:
    """``(start, end, body_start, body)`` of every bracket, closed or left unclosed."""
    found = [(m.start(), m.end(), m.start("body"), m["body"]) for m in P.PAREN_RE.finditer(t)]
    # an unclosed match never ends in ")" after its page, so it cannot repeat a closed one
    found += [(m.start(), m.end(), m.start("body"), m["body"]) for m in P.UNCLOSED_RE.finditer(t)]
    found += [(m.start(), m.end(), m.start("body"), m["body"]) for m in P.MIRRORED_RE.finditer(t)]
    return found


def _parenthetical(t: str, ctx: YearContext) -> list[dict]:
    out: list[dict] = []
    for start, end, base, body in _brackets(t):
        pieces, pos = [], 0
        for sep in P.PART_SPLIT_RE.finditer(body):
            pieces.append((pos, sep.start()))
            pos = sep.end()
        pieces.append((pos, len(body)))
        single = len(pieces) == 1
        prev: str | None = None
        prev_bare = False
        for a, _, seg in _shift_separators(body, pieces):
            lead = len(seg) - len(seg.lstrip())
            s, e = base + a + lead, base + a + len(seg.rstrip())
            span = (start, end) if single else (s, e)
            common = {"start": span[0], "end": span[1], "kind": "parenthetical"}
            recs = _parse_part(seg, ctx, **common)
            if not recs:  # another house style: "(هاليداي ١٩٧٣م، ٦٥)", "(X, 1983, cited in Y)"
                recs = _style_part(seg, prev, t, ctx, **common)
                if recs and prev_bare and P.YEAR_ITEM_RE.match(seg.strip()):
                    recs = [{**r, _BARE: True} for r in recs]  # "(روزن ١٩٥٩، ٣٧؛ ١٩٨٤)"
            elif a > 0 and recs[0]["script"] == "arabic":  # "؛ وليتش وتوماس": "and" first
                known = _known_word(t)
                recs = [{**r, "author": styles.drop_conjunction(r["author"], known)} for r in recs]
            if recs or not P.LOCATOR_ITEM_RE.fullmatch(seg.strip()):
                prev = recs[-1]["author"] if recs else None  # "؛ الجزء الثالث؛" keeps it
                prev_bare = bool(recs and recs[-1].get(_BARE))
            recs = _name_into_bracket(t, start, recs) if a == 0 else recs
            out.extend({**r, _BRACKET: start} for r in recs)
    return out


def _style_part(
    seg: str, prev: str | None, t: str, ctx: YearContext, **common: object
) -> list[dict]:
    """Records of a part in another house style (:mod:`araseclit.cite.styles`); a part that
    starts with a year continues the author of the part before (``روزن ١٩٥٩، ٣٧؛ ١٩٨٤، ٢٧``)."""
    if _imprint(seg):
        return []
    if prev and P.YEAR_ITEM_RE.match(seg.strip()):
        seg = f"{prev}، {seg}"
    works = styles.parse_items(seg, _style_author, _known_word(t))
    out: list[dict] = []
    for w in works or []:
        if w.year is None:
            script = _script(w.author)
            page = _clean_page(w.page)
            out.append(_record(author=w.author, script=script, page=page, via_original=w.via,
                               **common))  # fmt: skip
            continue
        recs = _year_records(w.year, w.page, w.author, ctx, via_original=w.via, **common)
        out.extend({**r, _BARE: True} for r in recs) if w.bare else out.extend(recs)
    return out


def _imprint(seg: str) -> bool:
    """``London: Routledge, 2012``, ``بغداد: بيت الحكمة، 2010``: the place and publisher of a
    note or a Chicago entry (a colon between words before the year), not an author."""
    head = re.split(r"\d{3,4}", P.STYLE_LEAD_IN_RE.sub("", seg.strip()), maxsplit=1)[0]
    return bool(re.search(r"\w\s*:\s*\w", head))


#: a transient mark on a record read from a name and year with no comma (``styles.Work.bare``)
_BARE = "_bare"
#: a transient mark: the start of the bracket a parenthetical record was read from
_BRACKET = "_bracket"


def _evidenced_bare(paren: list[dict], entries: list[dict], text: str = "") -> list[dict]:
    """``(هاليداي ١٩٧٣م، ٦٥)`` is a citation, ``(رؤية 2030)``, ``(انتخابات 2021)`` and
    ``(دستور 2005)`` are not, though both are a word and a year: a no-comma part counts only
    when the document names that author elsewhere, in a comma citation or a reference entry,
    when its name is rare in general Arabic, when its year has a suffix (``(أرسطو ١٩٥٢أ، …)``:
    works of one author in one year; an event's year has none), or when another work of its
    bracket has that evidence."""
    from araseclit.cite.matching import reference_keys

    authors: set[str] = set()
    for r in paren:
        if r["author"] and not r.get(_BARE):
            authors |= _work_keys(r["author"])
    for e in entries:
        for key in reference_keys(e["authors"]):
            authors |= _work_keys(key) | {key}

    def evidenced(r: dict) -> bool:
        return (
            not r.get(_BARE)
            or bool(_work_keys(r["author"], probe=True) & authors)
            or _rare_name(r["author"])
            or bool(P.YEAR_SUFFIX_END_RE.search(r["year_text"] or ""))
        )

    # a document whose no-comma brackets with a page are citations with evidence (Chicago
    # author-date "(Bolin 2007, 45)", a book's "(هيكل ١٩٢٩، ٦٩)") writes its other ones so too:
    # "(Watson 1997, 3)" is a citation though its entry is missing, "(فرويد ١٩١٠، ٢٢)" though
    # the name is common; a page of digits is what "(Leibzig 1925)" and "(رؤية 2030)" lack
    places: set[str] = set()  # Latin words the prose uses as places, read once if needed
    if any(r.get(_BARE) and _script(r["author"]) == "latin" for r in paren):
        places = {m["name"] for m in P.LOCATIVE_NAME_RE.finditer(text)}
    styled = [
        r for r in paren
        if r.get(_BARE) and _numeric_page(r["page"]) and not _common_noun(r["author"])
        and not (not evidenced(r) and _named_place(r["author"], text, places))
    ]  # fmt: skip
    if sum(map(evidenced, styled)) >= MIN_STYLE_EVIDENCE:
        # so is an organisation's "(Public Health England 2014)": a body's name has no page
        # to show for it, but its organisation word says it is no place or event
        styled += [r for r in paren if r.get(_BARE) and styles.is_organisation(r["author"])]
        for r in styled:
            authors |= _work_keys(r["author"])
    # a bracket that cites one work with evidence is a bracket of citations: its other
    # no-comma parts are works too ("(كون ١٩٥٧، ١٢١؛ ماسون ١٩٥٦؛ ولف ١٩٧٨)")
    cited = {r.get(_BRACKET) for r in paren if evidenced(r)}
    out: list[dict] = []
    for r in paren:
        bracket = r.pop(_BRACKET, None)
        if r.pop(_BARE, False) and bracket not in cited:
            continue
        out.append(r)
    return out


#: a word at least this frequent in general Arabic (Zipf scale) is a common word (set a priori:
#: about one in 30,000 words; "الدراسة" 4.9, "الموصل" 4.7, the nisba "الخفاجي" 2.8)
COMMON_NOUN_ZIPF = 4.5


def _common_noun(author: str | None) -> bool:
    """``الدراسة``, ``الموصل``, ``الحكومة``: one frequent Arabic word with the article and no
    nisba ending (a family name with the article is a nisba, ``المصري``, ``الحسيني``): a noun
    or a place before a year, which the document's no-comma style does not make an author."""
    words = (author or "").split()
    if len(words) != 1 or _script(author) != "arabic" or not words[0].startswith("ال"):
        return False
    return not words[0].endswith(("ي", "ى")) and arabic_zipf(words[0]) >= COMMON_NOUN_ZIPF


def _named_place(author: str | None, text: str, places: set[str]) -> bool:
    """``(Mosul 2014, 12)`` in a document that writes ``in Mosul`` or ``from Mosul`` in its
    prose (``places``: the words :data:`~.patterns.LOCATIVE_NAME_RE` finds in ``text``): a
    one-word Latin name the document itself uses as a place, which its no-comma style does
    not make an author (``in Dodge (2012)``, ``in Dodge 2012`` and ``in Dodge's`` are a
    citation and a possessive, no place)."""
    words = (author or "").split()
    return len(words) == 1 and words[0] in places


def _numeric_page(page: str | None) -> bool:
    """A page of digits (``٢٢``, ``17-18``), not a chapter or article (``الفصل الرابع``)."""
    return bool(page) and re.fullmatch(r"[\d\s–—-]+", P.fold_digits(page or "")) is not None


#: listed works cited as "(Name year, page)" with no comma that make the shape the
#: document's style (set a priori: two, so that one coincidence is not a style)
MIN_STYLE_EVIDENCE = 2


#: a word of a no-comma name at or above this Zipf frequency in general Arabic (wordfreq) is
#: ordinary vocabulary (رؤية 5.1, دستور 4.4, موازنة 3.5), below it a name few texts use
#: (كوستلر 1.4, هاليداي 2.2, كانط 3.1): set between the two groups of the review's examples
NAME_ZIPF = 3.3


def _rare_name(author: str | None) -> bool:
    """Every word of an Arabic-script ``author`` is rare in general Arabic: evidence that the
    name is a name (a transliterated author) and not a noun before a year."""
    words = (author or "").split()
    if not words or _script(author) != "arabic":
        return False  # "München": a Latin word with a diacritic is no Arabic name
    if words[0].startswith("ال"):
        return False  # "(الإسماعيلية ١٩٢٨)": a rare word with the article is a place or a nisba
    return all(arabic_zipf(w) < NAME_ZIPF for w in words)


def _style_author(name: str) -> bool:
    """An author for :mod:`.styles`: plausible and not led by a reporting cue (``ويرى``)."""
    return _plausible_author(name) and _strip_prefix(name.split()[0]) not in _CUES


def _known_word(t: str) -> Callable[[str], bool]:
    """Whether a word occurs in the document ``t`` (evidence for dropping a conjunction)."""
    counts = _word_counts(t)
    return lambda w: counts.get(w, 0) > 0


@lru_cache(maxsize=4)
def _word_counts(t: str) -> Counter[str]:
    return Counter(re.findall(f"[{P.AR_LETTER}A-Za-z]+", t))


def _orphan_locator(t: str, ctx: YearContext) -> list[dict]:
    """``(,Gaston, cited in Cambanis et al. Haddad, 2011: 140 33; 2019:)`` and ``(Buzan cited
    in Mansour & Jabar ; , , 2017: 6 Hiltermann, 2018: 91)``: a bracket of several works whose
    first part lost its locator to a loose run of digits elsewhere in the bracket (the font
    drew the Latin digits and punctuation as one run, which the extractor put out of place).
    When the bracket reads as whole parts, one part without a locator and exactly one loose
    year and one page, that year and page are the lone part's."""
    out: list[dict] = []
    for start, end, base, body in _brackets(t):
        whole = list(P.COMPLETE_PART_RE.finditer(body))
        if not whole or all(_parse_part(p, ctx) for p in P.PART_SPLIT_RE.split(body)):
            continue
        rest = body
        for m in reversed(whole):
            rest = rest[: m.start()] + " " + rest[m.end() :]
        numbers = re.findall(r"\d+", rest)
        years = [n for n in numbers if len(n) == 4]
        pages = [n for n in numbers if len(n) < 4]
        if len(years) != 1 or len(pages) != 1 or len(numbers) != 2:
            continue  # a year alone ("حتى عام 2014") is an event, not a lost locator
        words = re.sub(r"\d+", " ", rest)
        if re.search("[A-Za-z]", words):  # a Latin part: Arabic words are another line's
            words = re.sub(f"[{P.AR_LETTER}][{P.AR_LETTER}\u064b-\u0652]*", " ", words)
        words = re.sub(r"^[\s,،;؛:.]+|(?:\s*[,،;؛:]+)+\s*$|(?<=\s)[,،;؛:.]+(?=\s)", " ", words)
        name = " ".join(words.split())
        if _lost_name(name):
            common = {"start": start, "end": end, "kind": "parenthetical"}
            out.extend(_parse_part(f"{name}, {years[0]}: {pages[0]}", ctx, **common))
        for m in whole:
            common = {"start": base + m.start(), "end": base + m.end()}
            out.extend(_parse_part(m.group(), ctx, kind="parenthetical", **common))
    return out


#: the most words a name that lost its locator may have ("Buzan cited in Mansour & Jabar")
LOST_NAME_WORDS = 8


def _lost_name(name: str) -> bool:
    """Whether words left in a bracket once its locators are taken out can be the name those
    locators lost: some words, no comma inside but the one before a secondary marker
    (``Weber, cited in Lund``; any other is prose or a whole part: ``تشمل العينة 15 محافظة،
    وأجري المسح``), not a sentence's worth of words."""
    sec = P.SECONDARY_RE.fullmatch(name)
    names = [sec["orig"], sec["author"]] if sec else [name]
    return (
        bool(name)
        and not any(re.search("[،,]", n.strip(" ،,")) for n in names)
        and len(name.split()) <= LOST_NAME_WORDS
    )


def _run_on_latin(t: str, ctx: YearContext) -> list[dict]:
    """``) Dodge ; , 2012: 45 Marr & Al Marashi - , 2017: 301)``: a Latin bracket whose
    separators and commas pypdfium2 gave as loose runs away from their places (Noto draws
    them in the Arabic font). Without the loose punctuation, a page followed by a
    capitalised word starts the next work; the reading counts only when every work parses."""
    out: list[dict] = []
    for start, end, _, body in _brackets(t):
        if _script(body) != "latin" or all(
            _parse_part(p, ctx) for p in P.PART_SPLIT_RE.split(body)
        ):
            continue
        tidy = P.LOOSE_PUNCT_RE.sub(" ", body)
        parts = P.NEXT_LATIN_WORK_RE.split(" ".join(tidy.split()))
        common = {"start": start, "end": end, "kind": "parenthetical"}
        recs = [_parse_part(p, ctx, **common) for p in parts]
        if len(parts) > 1 and all(recs):
            out.extend(r for rs in recs for r in rs)
    return out


def _gathered_locators(t: str, ctx: YearContext) -> list[dict]:
    """``(Gaston cited in Cambanis et al , ., 2019: 33, 2011: 140 ; Haddad)``: a bracket of
    several works whose locators the extraction gathered into one run (the digits and
    punctuation drawn apart from the words). When the bracket, without them, holds as many
    names as it has ``year: page`` locators and no other digit, they pair up in order."""
    out: list[dict] = []
    for start, end, _, body in _brackets(t):
        locs = list(P.LOCATOR_RE.finditer(body))
        if len(locs) < 2 or all(_parse_part(p, ctx) for p in P.PART_SPLIT_RE.split(body)):
            continue
        rest = P.LOCATOR_RE.sub(" ", body)
        names = [_loose_name(c) for c in P.PART_SPLIT_RE.split(rest)]
        names = [n for n in names if n]
        if len(names) != len(locs) or re.search(r"\d", rest) or not all(map(_lost_name, names)):
            continue
        common = {"start": start, "end": end, "kind": "parenthetical"}
        parts = [f"{n}, {m['year']}: {m['page']}" for n, m in zip(names, locs, strict=True)]
        recs = [_parse_part(p, ctx, **common) for p in parts]
        if all(recs):
            out.extend(r for rs in recs for r in rs)
    return out


def _loose_name(chunk: str) -> str:
    """A name left in a bracket whose locators were moved away: a Latin name loses the Arabic
    letters of the line beside it and its loose punctuation."""
    first = re.search(f"[A-Za-z{P.AR_LETTER}]", chunk)
    if first and first.group().isascii():  # a Latin name: Arabic letters are another line's
        chunk = re.sub(f"[{P.AR_LETTER}\u064b-\u0652]+", " ", chunk)
    chunk = P.LOOSE_PUNCT_RE.sub(" ", chunk)
    return " ".join(chunk.split()).strip(" ,،.")


def _shift_separators(body: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """``(a, b, text)`` of each part of a bracket. A part that reads whole up to its page but
    then runs on in words without digits (``HRW, 2020: 9 Amnesty؛ International, 2019``) had
    the separator drawn a word early: those words begin the next part."""
    out: list[tuple[int, int, str]] = []
    carry: tuple[int, str] | None = None
    for i, (a, b) in enumerate(pieces):
        seg = body[a:b]
        if carry is not None:
            a, seg = carry[0], carry[1] + " " + seg
            carry = None
        m = re.fullmatch(r"(?P<head>.*\d)(?P<tail>\s+[^\d()]+?)\s*", seg)
        if i + 1 < len(pieces) and m and P.PART_RE.fullmatch(m["head"].strip()):
            if not P.PART_RE.fullmatch(seg.strip()):
                carry = (a + m.start("tail"), m["tail"])
                seg = m["head"]
        out.append((a, a + len(seg), seg))
    return out


def _name_into_bracket(t: str, start: int, recs: list[dict]) -> list[dict]:
    """The opening bracket drawn one word into the name: ``الجبوري (وآخرون، 2020: 66)``
    (the bracket holds only the et al.) and ``رضايي و (نيكپور، 1402: 112)`` (a lone ``و``
    before the bracket, which an author pair alone writes so): the word before joins."""
    if not recs or recs[0]["script"] != "arabic":
        return recs
    before = t[max(0, start - 60) : start]
    author = recs[0]["author"]
    if not P.ET_AL_RE.sub("", " " + author).strip():
        m = re.search(r"([^\s،,.؛:()«»\d]+)\s*$", before)
    else:
        m = re.search(r"([^\s،,.؛:()«»\d]+\s+و)\s*$", before)
    if m is None:
        return recs
    name, shift = " ".join([*m[1].split(), author]), len(before) - m.start(1)
    return [{**r, "author": name, "start": r["start"] - shift} for r in recs]


_ORG_HEADS = frozenset("وزاره مركز منظمه مؤسسه معهد هيئه دائره شبكه مرصد".split())
#: a substring every ``AUTHOR_OUTSIDE_RE`` match holds: a comma, then a bracketed year
#: (``حسيني، (1398``); none in most texts, so the whole-text pattern is skipped without it
_COMMA_BRACKET_YEAR = re.compile(r"[،,]\s*\(\d{4}")
#: a substring every ``CUE_BRACKETED_RUN_RE`` match holds: a year right after a closer
_CLOSER_YEAR = re.compile(r"\)\s*\d{4}")


def _author_outside(t: str, ctx: YearContext) -> list[dict]:
    """``حسيني، (1398: 78`` and ``وزارة التخطيط، (2019: 11)``: the name left the bracket;
    ``(Kaldor)2003: 78``: the bracket moved onto the name of a narrative citation;
    ``«خسروي»1402: 68)``: the year of a quoted name lost its opening bracket."""
    out: list[dict] = []
    for m in [*P.BRACKETED_NAME_RE.finditer(t), *P.QUOTED_UNBRACKETED_RE.finditer(t)]:
        ym = P.YEAR_ONLY_RE.fullmatch(m["body"])
        if ym and _plausible_author(m["name"].strip()):
            common = {"start": m.start(), "end": m.end(), "kind": "narrative"}
            out.extend(_year_records(ym["years"], ym["page"], m["name"].strip(), ctx, **common))
    for m in P.SUFFIX_BRACKET_RE.finditer(t):  # "UNAMI (b) 2020: 14"
        if not _opens(t[t.rfind("\n", 0, m.start()) + 1 : m.start()]):
            common = {"start": m.start(), "end": m.end(), "kind": "narrative"}
            year = m["year"] + m["suffix"]
            out.extend(_year_records(year, m["page"], m["name"], ctx, **common))
    # the pattern tries a name of up to 121 letters at every character: its comma and
    # bracketed year are looked for first
    for m in P.AUTHOR_OUTSIDE_RE.finditer(t) if _COMMA_BRACKET_YEAR.search(t) else ():
        ym = P.YEAR_ONLY_RE.fullmatch(m["body"])
        start = _name_start(t, m.start("name"))
        name = re.sub(r"\s+", " ", t[start : m.end("name")])
        out.extend(_author_date(t, m, ym, name, start, ctx))
    return out


def _name_start(t: str, start: int) -> int:
    """Start of the whole name whose last word starts at ``start``, for a name the extraction
    cut off from its bracket: a pair joined by a lone ``و`` (``رضایی و نیکپور``), an
    organisation from its head word (``هيئة النزاهة الاتحادية``, no stop between), or the
    name an ``et al.`` follows (``الدليمي وآخرون``)."""
    base = max(0, start - 60)
    words = list(re.finditer(r"[^\s،,.؛:()«»\d]+", t[base:start]))[-4:]
    last = t[start : start + 12].split()
    if words and last and not P.ET_AL_RE.sub("", " " + last[0].rstrip("،,")).strip():
        return base + words[-1].start()  # "الدليمي وآخرون،": the name before the et al.
    if len(words) >= 2 and words[-1].group() == "و":
        return base + words[-2].start()
    heads = [w for w in words if _norm(w.group()) in _ORG_HEADS]  # the nearest head
    if heads and not re.search(r"[.،؛:]", t[base + heads[-1].start() : start]):
        return base + heads[-1].start()
    return start


def _author_date(
    t: str, m: re.Match[str], ym: re.Match[str] | None, name: str, start: int, ctx: YearContext
) -> list[dict]:
    """Records of an author–date bracket ``m`` read as ``name`` from ``start`` (none when the
    year part does not parse or the name is no author); the span takes a closer after it, and
    a secondary lead-in before it (``بوزان، عن الخفاجي، 2017: 21``) gives ``via_original``."""
    if ym is None or not _plausible_author(name) or _strip_prefix(name) in _CUES:
        return []
    end = m.end() + (1 if t[m.end() : m.end() + 1] == ")" else 0)
    via = P.SECONDARY_BEFORE_RE.search(t[max(0, start - 60) : start])
    if via and _plausible_author(via["orig"]):
        start, via = start - (len(t[max(0, start - 60) : start]) - via.start("orig")), via["orig"]
    else:
        via = None
    common = {"start": start, "end": end, "kind": "parenthetical", "via_original": via}
    return _year_records(ym["years"], ym["page"], name, ctx, **common)


def _opens(before: str) -> bool:
    """Whether ``before`` leaves a bracket open (a clump ``()`` / ``) (`` opens nothing)."""
    before = re.sub(r"\)\s*\(|\(\s*\)", "", before)
    return before.rfind("(") > before.rfind(")")


def _unopened(t: str, ctx: YearContext) -> list[dict]:
    """``نفسه الحميد، 2019: 27)``: an Arabic author–date bracket that lost its ``(`` (no
    opener since the last closer in the paragraph). The name is the word before the comma,
    widened to an organisation (``دائرة المنظمات غير الحكومية``) or a pair (``رضایی و نیکپور``)."""
    out: list[dict] = []
    for m in P.UNOPENED_RE.finditer(t):
        if _opens(t[t.rfind("\n\n", 0, m.start()) + 1 : m.start()]):
            continue  # inside an open bracket: another pass reads it
        start = _name_start(t, m.start("name"))
        name = re.sub(r"\s+", " ", t[start : m.end("name")])
        ym = P.YEAR_ONLY_RE.fullmatch(m["body"])
        out.extend(_author_date(t, m, ym, name, start, ctx))
    return out


def _quoted_name(before: str) -> tuple[str, int] | None:
    m = P.QUOTED_NAME_RE.search(before)
    if m and len(m["gap"].split()) <= 3:
        return m["name"].strip(), m.start()
    return None


def _cued_name(before: str) -> tuple[str, int] | None:
    """Arabic words between a cue word and the bracket: ``"فبحسب الكربلائي "`` -> الكربلائي."""
    stop = max((m.end() for m in P.SCAN_STOP_RE.finditer(before)), default=0)
    words = list(P.WORD_RE.finditer(before, stop))
    for i in range(len(words) - 1, max(-1, len(words) - 2 - _MAX_NAME_WORDS), -1):
        if _strip_prefix(words[i].group()) in _CUES and i < len(words) - 1:
            name_words = words[i + 1 :]
            first = name_words[0].group()
            if _strip_prefix(words[i].group()) in ("وفق", "وفقا", "طبقا") and first.startswith("ل"):
                first = first[1:]
            while len(name_words) > 1 and _norm(first) in _CUE_COMPLEMENTS:
                name_words = name_words[1:]  # "يذهب إليه الطائي": the cue's complement
                first = name_words[0].group()
            # a Latin name after Arabic words ("منظمة Oxfam" -> "Oxfam"): keep the trailing
            # run of words with no Arabic letter ("Ismael & Ismael", "Al-Ansari et al.")
            plain = [not _ARABIC_CHAR.search(w.group()) for w in name_words]
            if plain[-1] and not all(plain) and _script(name_words[-1].group()) == "latin":
                k = len(plain) - plain[::-1].index(False)
                name_words, first = name_words[k:], name_words[k].group()
            name = " ".join([first] + [w.group() for w in name_words[1:]])
            return name, name_words[0].start()
    return None


def _entry_like(name: str, page: str | None, after: str) -> bool:
    """``UNAMI (2016). Report on ...``: a Latin name, a year, a full stop and a Latin title
    is a reference entry whose list heading the extraction lost, not a narrative citation."""
    return page is None and _script(name) == "latin" and bool(re.match(r"\.\s+[A-Z]", after))


def _secondary_narrative(before: str) -> re.Match[str] | None:
    """``ويرى فيبر، نقلًا عن الكعبي `` before a narrative bracket: the secondary lead-in whose
    first word is a reporting cue (the nearest one; a word before the cue is no part of it)."""
    starts = [w.start() for w in P.WORD_RE.finditer(before)][-12:]
    for pos in reversed(starts):
        sec = P.SECONDARY_NARRATIVE_RE.match(before, pos)
        if sec and _strip_prefix(sec["cue"]) in _CUES and _plausible_author(sec["author"]):
            return sec
    return None


def _drop_inner_words(body: str) -> str:
    """``2020، ' إلى أن نجاح ... من ص. 84-82``: a narrative bracket's year and its marked page
    with words of another line between them (the extraction interleaved two lines); the
    words, which hold no digit, are dropped."""
    m = P.INNER_WORDS_RE.fullmatch(body)
    return f"{m['year']}، {m['page']}" if m else body


def _cue_bracketed_run(t: str, ctx: YearContext) -> list[dict]:
    """``ويرى (ً أن الأمن ... مسبق الجبوري)2020: 54``: after a reporting cue the brackets were
    drawn around a run of the line that ends in the name, and the locator follows the
    closer; the name is the last word before the closer."""
    out: list[dict] = []
    if not _CLOSER_YEAR.search(t):
        return out  # no year right after a closing bracket: no run to read (most texts)
    for m in P.CUE_BRACKETED_RUN_RE.finditer(t):
        ym = P.YEAR_ONLY_RE.fullmatch(m["body"])
        prose = len(m["run"].split()) >= 3
        if ym and prose and _strip_prefix(m["cue"]) in _CUES and _plausible_author(m["name"]):
            common = {"start": m.start("name"), "end": m.end(), "kind": "narrative"}
            out.extend(_year_records(ym["years"], ym["page"], m["name"], ctx, **common))
    return out


def _narrative(
    t: str, ctx: YearContext, known: frozenset[tuple[str, int]] = frozenset()
) -> list[dict]:
    """Name then bracketed year. ``known``: works the document cites elsewhere or lists
    (:func:`_known_works`), the evidence for a name with no cue before it."""
    out: list[dict] = []
    for start, end, _, body in _brackets(t):
        loc = _year_and_page(body)
        if loc is None or re.search(r"[،,]\s*$", t[max(0, start - 3) : start]):
            continue
        years, page = loc
        before = t[max(0, start - 160) : start]
        offset = start - len(before)
        if _dated(before):
            continue  # "«قوصوة» الشهيرة سنة (٧٩٢ه/١٣٨٩م)": an event's date
        ranged = P.YEAR_RANGE_RE.match(body) is not None
        sec = _secondary_narrative(before)
        if sec:
            if ranged and not _listed(sec["author"].strip(), years, known):
                continue
            common = {"start": offset + sec.start("orig"), "end": end, "kind": "narrative"}
            via = sec["orig"].strip()
            out.extend(_year_records(years, page, sec["author"].strip(), ctx,
                                     via_original=via, **common))  # fmt: skip
            continue
        found = (
            _narrative_name(before, page)
            or _evidenced_name(before, years, known)
            or _rare_uncued_name(before)
        )
        if found is None or not _plausible_author(found[0]) or _particle_led(found[0], t):
            continue
        if ranged and not _listed(found[0], years, known):
            continue  # "ماكس فيبر (1864–1920)", "حكومة المالكي (2006-2014)": a life, a term
        if P.PROPER_OF_RE.search(before[: found[1]]) and not _listed(found[0], years, known):
            continue  # "the Edict of Fontainebleau (1685)": a name's end and its date
        if _entry_like(found[0], page, t[end : end + 4]) or _latin_hijri(found[0], years):
            continue
        common = {"start": offset + found[1], "end": end, "kind": "narrative"}
        out.extend(_year_records(years, page, found[0], ctx, **common))
    return out


def _work_keys(author: str, *, probe: bool = False) -> set[str]:
    """Keys of a first author for :func:`_known_works`: its matching key and, for a one-word
    surname of three consonants or more, its consonant skeleton tagged with its script
    (``بوتر`` ~ ``Potter``). ``probe`` (the name looked up) meets skeletons of the other
    script, and of its own (``فريزر`` ~ ``وفريزر``) unless it has the Arabic article: a word
    with ``ال`` is a place or a nisba as often as a name, so ``الإسماعيلية`` meets no
    ``شيمل``."""
    from araseclit.cite.matching import author_key
    from araseclit.cite.translit import MIN_CONSONANTS, script, skeleton

    key = author_key(author)
    if not key:
        return set()
    keys = {key}
    last = key.split()[-1]
    sk = skeleton(last)
    kind = script(last)
    if len(sk) >= MIN_CONSONANTS and kind:
        other = "latin" if kind == "arabic" else "arabic"
        keys.add(f"~{other if probe else kind}:{sk}")
        if probe and not _norm(author.split()[0]).startswith("ال"):
            keys.add(f"~{kind}:{sk}")  # a spelling variant of a transliterated name
    return keys


def _known_works(paren: list[dict], entries: list[dict]) -> frozenset[tuple[str, int]]:
    """(author key, Gregorian year) of the works a document cites in brackets or lists in its
    references: a name before a bracketed year with no cue is a citation when its work is
    one of these (``هما بوتر ووذريل (١٩٨٧م)`` in a book that lists ``Potter, J. ... 1987``)."""
    works: set[tuple[str, int]] = set()
    for r in paren:
        if r["author"] and r["gregorian_year"]:
            works |= {(k, r["gregorian_year"]) for k in _work_keys(r["author"])}
    for e in entries:
        if e["authors"] and e["gregorian_year"]:
            surname = re.split(r"[،,]", e["authors"])[0]
            works |= {(k, e["gregorian_year"]) for k in _work_keys(surname)}
    return frozenset(works)


# an et-al form ending the words before a narrative bracket: "و همکاران" | "وآخرون" | "et al."
_ET_AL_TAIL_RE = re.compile(r"\s+(?:و\s?همکاران|و\s?آخرون|و\s?زملاؤه|et\s+al\.?)\s*$")


def _evidenced_name(
    before: str, years: str, known: frozenset[tuple[str, int]]
) -> tuple[str, int] | None:
    """The word or ``و`` pair right before the bracket when the document cites or lists that
    author's work of that year (``مع جوفمان (١٩٧٤م)``; ``هما بوتر ووذريل (١٩٨٧م)``)."""
    if not known:
        return None
    year = parse_year(P.YEAR_SPLIT_RE.split(years)[0])
    if year is None or year["gregorian_year"] is None:
        return None
    stop = max((m.end() for m in P.SCAN_STOP_RE.finditer(before)), default=0)
    tail = _ET_AL_TAIL_RE.search(before, stop)  # "موسوی‌نیا و همکاران (۱۳۹۹)": the name before
    words = list(P.WORD_RE.finditer(before, stop, tail.start() if tail else len(before)))[-3:]
    if not words:
        return None
    last = words[-1]
    first = last
    if last.group().startswith("و") and len(words) >= 2:
        first = words[-2]  # "بوتر ووذريل": the pair's first author
    gy = year["gregorian_year"]
    word, start = first.group(), first.start()
    probes = _work_keys(word, probe=True) | _work_keys(word[1:], probe=True)
    if not any((k, gy) in known for k in probes):
        return None
    if word.startswith("و") and len(word) > 4:
        start += 1  # "وألتوسير (1971م)": "and Althusser"
    end = tail.end() if tail else last.end()
    return before[start:end].rstrip(), start


def _rare_uncued_name(before: str) -> tuple[str, int] | None:
    """The transliterated name right before a bracket with no cue (``مع جوفمان (١٩٧٤م)``,
    ``هما بوتر ووذريل (١٩٨٧م)``, ``مايكل هاليداي (١٩٧٨م، ١٩٨٥م)``): the last word, or a ``و``
    pair, when every word of it is rare in general Arabic (:func:`_rare_name`, wordfreq, not
    this corpus): a noun, a verb or a place before a year is frequent. Not after a closing
    quote (``«يوهانز كبلر» (١٩٣٠)``: a title) nor after a name particle (``فان دييك``: the
    particle folds to ``فإن``, so the name's start is unknown)."""
    if re.search(r"[»\"”']\s*$", before):
        return None
    stop = max((m.end() for m in P.SCAN_STOP_RE.finditer(before)), default=0)
    words = list(P.WORD_RE.finditer(before, stop))[-3:]
    if not words or before[words[-1].end() :].strip():
        return None
    last = words[-1]
    i = len(words) - 1
    if last.group().startswith("و"):
        # "بوتر ووذريل": the pair, never the و word alone ("وأهانوه", "وثلاثمائة": a verb
        # or a numeral with the conjunction)
        i -= 1
        if i < 0:
            return None
    first = words[i]
    if i and _norm(words[i - 1].group()) in _PARTICLES | {"فون", "دي", "دو"}:
        return None
    name = before[first.start() : last.end()]
    if any(_ARTICLE_LED_RE.match(w) for w in name.split()):
        return None  # "والناصرية (2020)": a rare word with the article is a place
    return (name, first.start()) if _rare_name(name) else None


#: a word with the article behind at most one clitic: "الناصرية", "والناصرية", "للخلق"
_ARTICLE_LED_RE = re.compile("^(?:[وفبكل]|وب|ول|فب|فل)?ال|^لل")


def _listed(name: str, years: str, known: frozenset[tuple[str, int]]) -> bool:
    """Whether the document cites or lists ``name``'s work of the first year of ``years``."""
    year = parse_year(P.YEAR_SPLIT_RE.split(years)[0])
    if year is None or year["gregorian_year"] is None:
        return False
    return any((k, year["gregorian_year"]) in known for k in _work_keys(name, probe=True))


# complementisers and the prepositions "إلى"/"عن": no author's name holds one as a word, a
# clause does ("أن مرحلة الاحتلال", "التقرير إلى أن حكومة المالكي"); "في"/"من" stay, an
# organisation has them ("مركز الدراسات الاستراتيجية في بغداد"), and "على" folds to the name
# "علي" (normalised forms)
_PARTICLES = frozenset("ان فان بان لان كان وان الي عن".split())


def _particle_led(name: str, t: str) -> bool:
    """A narrative name that is a clause: a complementiser or preposition as one of its words
    (``أن مرحلة الاحتلال``), or a first word led by the preposition ``ل`` (``لحكومة المالكي``:
    ``لل…``, or a word written only here with the ``ل`` and elsewhere without it)."""
    words = name.split()
    if any(_norm(w) in _PARTICLES for w in words):
        return True
    first = words[0] if words else ""
    if not first.startswith("ل") or len(first) < 4:
        return False
    counts = _word_counts(t)
    return first.startswith("لل") or (counts[first[1:]] > 0 and counts[first] == 1)


def _year_and_page(body: str) -> tuple[str, str | None] | None:
    """Year(s) and page of a narrative bracket: the sample's ``1402: 68`` or another house
    style's locators (``١٩٨٤م، ١٠٦، ٨``, ``١٩٢٩، الفصل السادس``)."""
    ym = P.YEAR_ONLY_RE.fullmatch(_drop_inner_words(body.strip()))
    if ym is not None:
        return ym["years"], ym["page"]
    return styles.year_locator(body.strip())


# words right before a bracketed year that make it a date: "سنة (1389)" | "في (1685)"
_DATING = frozenset("في من الى حتي منذ".split())


def _dated(before: str) -> bool:
    words = before.split()
    return bool(words) and (styles.is_date_word(words[-1]) or _norm(words[-1]) in _DATING)


def _latin_hijri(name: str, years: str) -> bool:
    """``AL-Gohary (٣٩٣ه/١٠٠٣م)``: a Latin name with a Hijri date is a life, not a work."""
    return _script(name) == "latin" and bool(re.search("[هش]", years))


# words that introduce a title in guillemets, not a name: "كتاب «...»" | "روايته «...»"
_TITLE_HEADS = frozenset(
    """كتاب كتابه كتابها رواية روايه روايته قصيده مسرحيه مقال مقاله مقالته فيلم ديوان صحيفه
    مجله بعنوان عنوان""".split()
)


def _narrative_name(before: str, page: str | None) -> tuple[str, int] | None:
    """The name of a narrative citation: a cued name, or a name in guillemets when a cue
    precedes it or the bracket gives a page (``«المقال الأول» (١٥٤٠)`` alone is a title), or a
    Latin name."""
    quoted = _quoted_name(before)
    cued = _cued_name(before)
    qm = P.QUOTED_NAME_RE.search(before) if quoted else None
    if cued is not None and (qm is None or cued[1] > qm.end("name")):
        return cued  # "«اللغويات النقدية» عند فاولر وآخرين (١٩٧٩م)": the cue's name
    if quoted is not None:
        lead = before[: quoted[1]].split()[-2:]
        if page is None and lead and _norm(lead[-1]) in _TITLE_HEADS:
            return None  # "كتاب «مبادئ الرياضيات» (١٦٨٧)": a title and its year
        if page is not None or any(_strip_prefix(w) in _CUES for w in lead):
            return quoted
        return None
    if cued is not None:
        return cued
    lm = P.LATIN_NAME_RE.search(before)
    return _latin_name(before, lm) if lm else None


#: capitalised words that open a sentence or clause or title a person, no part of a name:
#: "As Tripp (2007) argues" | "According to" | "Professor Dodge (2012)"
_LATIN_LEADS = frozenset(
    """the a an in on at as for from by with of to and but or so yet according following since
    while when where although though because if this that these those his her their its our
    we they he she it see also both professor dr mr mrs ms sir""".split()
)


#: words that join the capitalised words of a title, a law or a place, never of a person's
#: name: "the Edict of Fontainebleau (1685)", "Treaty of Lausanne (1923)"
_LATIN_JOINS = frozenset("of for the and on".split())

#: head nouns of a named act, document, event or place, never a person's given name: "Operation
#: Inherent Resolve (2014)", "the Iraqi Constitution (2005)", "the NGO Law (2010)"
_LATIN_TITLE_HEADS = frozenset(
    """operation law act constitution treaty resolution agreement edict accord plan report
    declaration convention charter protocol pact strategy doctrine program programme project
    initiative index survey census war revolution uprising intifada conference summit order
    decree code bill amendment election elections referendum compact framework memorandum
    directive regulation statute mission dam bridge province governorate camp vision""".split()
)


def _latin_name(before: str, lm: re.Match[str]) -> tuple[str, int] | None:
    """A capitalised Latin name before a bracketed year with no cue: the name alone
    (``Hiltermann (2017)``), or the whole name it ends when the capitalised words before it
    name an organisation (``Human Rights Watch (2019)``, ``Amnesty International (2018)``);
    with other capitalised words before it the name ends a title, an operation, a law or a
    place (``Operation Inherent Resolve (2014)``, ``the Iraqi Constitution (2005)``, ``the
    Edict of Fontainebleau (1685)``: a joining word or a head noun of such names among them)
    no author unless the document lists that work (:func:`_evidenced_name`); with other
    capitalised words, a person's given names, the surname (``Toby Dodge (2012)``)."""
    run = P.LATIN_RUN_RE.search(before, 0, lm.start())
    words = run["run"].split() if run else []
    while words and words[0].lower().strip(".") in _LATIN_LEADS:
        words.pop(0)
    if not words:
        return lm["name"], lm.start()
    full = " ".join([*words, lm["name"]])
    if styles.is_organisation(full):
        return full, before.rindex(words[0], 0, lm.start())
    if any(w.strip(".").lower() in _LATIN_TITLE_HEADS for w in full.split()):
        return None
    if any(w in _LATIN_JOINS - {"and"} for w in words):
        return None
    if "and" in words[1:]:  # "Margaret Keck and Kathryn Sikkink (1998)": two persons
        first = words[len(words) - 1 - words[::-1].index("and") - 1]
        if first in _LATIN_JOINS:
            return None
        return f"{first} and {lm['name']}", before.rindex(f"{first} and", 0, lm.start())
    if "and" in words:
        return None
    return lm["name"], lm.start()  # "Toby Dodge (2012)", "As Hanna Batatu (1978)": a person


def _bare_narrative(t: str, ctx: YearContext) -> list[dict]:
    """``ويرى الجبوري 2020: 54 أن``: a narrative citation whose brackets the extraction took
    away; only after a reporting cue (``ويرى``, ``بحسب`` ...) and outside any bracket."""
    out: list[dict] = []
    for m in P.BARE_LOCATOR_RE.finditer(t):
        before = t[max(0, m.start() - 160) : m.start()]
        if _opens(before):
            continue
        ym = P.YEAR_ONLY_RE.fullmatch(m["body"])
        if ym is None:
            continue
        offset = m.start() - len(before)
        sec = _secondary_narrative(before + " ")
        if sec:  # "ويرى فيبر، نقلًا عن الكعبي 2020: 15 أن"
            common = {"start": offset + sec.start("orig"), "end": m.end(), "kind": "narrative"}
            out.extend(_year_records(ym["years"], ym["page"], sec["author"].strip(), ctx,
                                     via_original=sec["orig"].strip(), **common))  # fmt: skip
            continue
        found = _cued_name(before + " ")
        if found is None or not _plausible_author(found[0].strip()) or _particle_led(found[0], t):
            continue
        common = {"start": offset + found[1], "end": m.end(), "kind": "narrative"}
        out.extend(_year_records(ym["years"], ym["page"], found[0].strip(), ctx, **common))
    return out


def _numeric_brackets(t: str) -> list[tuple[re.Match[str], str]]:
    """Numeric brackets with their bodies: ``[2، 3]``, and as extraction leaves them,
    mirrored (``]2، 3``), without the ``[`` (``للخطر 10].``, none open on the line) or split
    by words after the first number (``[1 ا يرتبط ... ، 7]``)."""
    found = [(m, m["body"]) for m in P.NUMERIC_RE.finditer(t)]
    found += [(m, m["body"]) for m in P.NUMERIC_MIRRORED_RE.finditer(t)]
    for m in P.NUMERIC_UNOPENED_RE.finditer(t):
        line = t[t.rfind("\n", 0, m.start()) + 1 : m.start()]
        if line.rfind("[") <= line.rfind("]"):
            found.append((m, m["body"]))
    found += [(m, f"{m['a']}، {m['b']}") for m in P.NUMERIC_SPLIT_RE.finditer(t)]
    return found


def _numeric(t: str) -> list[dict]:
    out: list[dict] = []
    for m, body in _numeric_brackets(t):
        numbers: list[int] = []
        for item in P.NUMERIC_ITEM_RE.finditer(body):
            a = int(item["a"])
            b = int(item["b"]) if item["b"] else a
            lo, hi = min(a, b), max(a, b)  # "[6–4]" is "[4–6]" reversed by extraction
            numbers.extend(range(lo, min(hi, lo + 50) + 1))
        for n in dict.fromkeys(numbers):  # script stays null: a number has none
            out.append(_record(start=m.start(), end=m.end(), kind="numeric", number=n))
    return out


_CARRIED = ("author", "via_original", "year", "year_text", "calendar", "gregorian_year", "script")


def _ibid(t: str, found: list[dict], skip: tuple[int, int] | None) -> list[dict]:
    """``(المصدر نفسه، ص٤٦)``, ``(نفسه، ص ٥٠)``, ``(Ibid., p. 4)``: the work of the citation
    before it in the text (the latest start among those ended before it), with its own page.
    An ibid with no citation before it is left out. One sweep over the citations sorted by
    end: linear in the text, not citations times ibids."""
    out = list(found)
    by_end = sorted((r for r in found if r["author"]), key=lambda r: r["end"])
    i, last = 0, None
    for m in P.IBID_BRACKET_RE.finditer(t):
        if skip is not None and skip[0] <= m.start() < skip[1]:
            continue
        while i < len(by_end) and by_end[i]["end"] <= m.start():
            if last is None or by_end[i]["start"] > last["start"]:
                last = by_end[i]
            i += 1
        if last is None:
            continue
        rec = _record(start=m.start(), end=m.end(), kind="parenthetical")
        rec.update({f: last[f] for f in _CARRIED})
        page = m["page"] or (P.PAGE_ITEM_RE.fullmatch(m["page2"])["page"] if m["page2"] else None)
        rec["page"] = _clean_page(page)
        out.append(rec)
    return sorted(out, key=lambda r: (r["start"], r["end"]))


def _dedupe(found: list[dict]) -> list[dict]:
    """One record per (start, citation): the tolerant passes may re-find a closed bracket."""
    best: dict[tuple, dict] = {}
    for r in found:
        key = (r["start"], r["author"], r["year_text"], r["page"], r["number"])
        if key not in best or r["end"] > best[key]["end"]:
            best[key] = r
    kept: list[dict] = []
    # the same citation read twice over one stretch of text ("(HRW, 2020: 9 Amnesty؛ ..." as
    # an unclosed bracket and as a part): the reading that starts later is the part's own.
    # Records come latest start first, so a reading overlaps one kept before it exactly when
    # the earliest kept start of the same citation lies before its end (linear, not pairwise).
    first_kept: dict[tuple, int] = {}
    for r in sorted(best.values(), key=lambda r: (-r["start"], r["end"])):
        same = _same_key(r)
        if same in first_kept and first_kept[same] < r["end"]:
            continue
        kept.append(r)
        first_kept[same] = r["start"]
    return sorted(kept, key=lambda r: (r["start"], r["end"]))


def _same_key(r: dict) -> tuple:
    return tuple(r[f] for f in ("author", "year_text", "page", "number", "kind"))


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _matching_copy(text: str) -> str:
    """The text the patterns run on: same length as ``text`` (offsets hold), digits folded,
    and extraction damage that no citation grammar has undone: glyph debris after a locator's
    colon, tanween marks lifted out of their words and standing alone, a name's closing
    quote carried into its bracket, and the rest of a word cut by a misplaced bracket."""
    t = P.DEBRIS_RE.sub(_blank, P.fold_digits(text))
    t = P.LONE_MARK_RE.sub(_blank, t)
    t = P.QUOTE_IN_BRACKET_RE.sub(lambda m: m[1] + "(", t)
    return _rejoin_cut_words(_blank_word_pieces(t))


def _rejoin_cut_words(t: str) -> str:
    """``الطالب (اني وآخرون، 2021: 44)``: an opening bracket drawn inside a word. When the two
    pieces around it, joined, make a word the document writes elsewhere, and the piece after
    it is found nowhere else as a word, the bracket goes back before the whole word
    (``(الطالباني وآخرون``), or before the organisation's head word a few words back
    (``(هيئة النزاهة في إقليم كوردستان``), same length."""
    pairs = list(P.CUT_WORD_RE.finditer(t))
    if not pairs:
        return t
    counts = Counter(re.findall(f"[{P.AR_LETTER}]+", t))
    out = list(t)
    for m in pairs:
        # one letter after the bracket is the end of the word before it, not of the name:
        # "سوق العم (ل وزارة العمل" - the lone-letter rule of the name drops it
        if len(m["x"]) > 1 and counts[m["w"] + m["x"]] and counts[m["x"]] == 1:
            # the bracket's place is lost: an organisation's name may start a few words back
            # ("هيئة النزاهة في إقليم كوردس (تان،")
            head = _name_start(t, m.start())
            if head == m.start() or _norm(t[head : m.start()].split()[0]) not in _ORG_HEADS:
                head = m.start()
            span = t[head : m.start()] + m["w"] + m["x"]
            out[head : m.end()] = "(" + span + " "
    return "".join(out)


def _blank_word_pieces(t: str) -> str:
    """``الاجتم) اعي السامرائي، 2020: 88)``: a bracket that opens a citation (a mirrored ``)``
    with no bracket open before it) but sits glued to the letters before it, with a space
    after, was put inside a word by the extraction; the letters after it are the rest of
    that word, not part of the cited name, and are blanked."""
    out = list(t)
    for m in P.WORD_PIECE_RE.finditer(t):
        par = t.rfind("\n\n", 0, m.start()) + 1
        line_end = t.find("\n", m.end())
        rest = t[m.end() : line_end if line_end >= 0 else len(t)]
        if _opens(t[par : m.start()]) or ")" not in rest:
            continue  # a bracket already open, or none closes on the line: not an opener
        out[m.start("piece") : m.end("piece")] = " " * len(m["piece"])
    return "".join(out)


def find_citations(
    text: str,
    sentences: list[tuple[int, int, str]] | None = None,
    doc_id: str | None = None,
    *,
    skip: tuple[int, int] | None = None,
    references: list[dict] | None = None,
) -> list[dict]:
    """In-text citations of ``text`` as CITATIONS records, in text order.

    ``sentences``: ``(start, end, sent_id)`` triples (``pipeline.extensions.sentence_ids``) to
    fill ``sent_id``. ``skip``: a span (the reference list) whose brackets are not in-text
    citations; by default the reference list found by :func:`find_reference_span` is skipped.
    ``references``: the entries :func:`find_references` gives for ``text``, when the caller
    has them (they are the evidence for names cited without a comma); found here otherwise.
    """
    from araseclit.cite.notes import find_notes, imprint_starts, note_citations
    from araseclit.cite.numeric_forms import numeric_forms
    from araseclit.cite.opcit import op_cit
    from araseclit.cite.references import find_reference_span, find_references

    t = _matching_copy(text)
    if skip is None:
        skip = find_reference_span(text)
    ctx = YearContext.of(t)
    entries = find_references(text)[1] if references is None else references
    paren = _evidenced_bare(_parenthetical(t, ctx), entries, t)
    known = _known_works(paren, entries)
    found = paren + _narrative(t, ctx, known) + _author_outside(t, ctx)
    found += _orphan_locator(t, ctx) + _run_on_latin(t, ctx) + _gathered_locators(t, ctx)
    found += _cue_bracketed_run(t, ctx)
    unopened = _unopened(t, ctx)
    ends = {u["end"]: u["start"] for u in unopened}
    # a mirrored ")" far before the name opened a bracket of prose (the whole bracket or its
    # first part): the name alone, read as a bracket that lost its "(", is right
    found = [r for r in found if not ends.get(r["end"], -1) > r["start"]]
    found += unopened + _bare_narrative(t, ctx) + _numeric(t) + numeric_forms(t)
    if skip is not None:
        found = [r for r in found if not skip[0] <= r["start"] < skip[1]]
    notes = find_notes(text, skip)
    if notes:  # brackets inside a citing note are its imprint; a numeric bracket a marker
        in_notes = note_citations(text, notes)
        # a note of prose that cites in brackets, "(٤) يقارن … (فرويد ١٩١٦ب، ٢٩٥).", keeps those
        imprints = imprint_starts(text, notes)
        cited = [
            f["start"]
            for f in found
            if (f["kind"] == "narrative" or t[f["start"]] == "(") and f["start"] not in imprints
        ]
        prose = {
            r["_note"] for r in in_notes if any(r["_note"][0] <= x < r["_note"][1] for x in cited)
        }
        in_notes = [r for r in in_notes if r["_note"] not in prose]
        spans = {r["_note"] for r in in_notes} | {(r["start"], r["end"]) for r in in_notes}
        found = [r for r in found if not any(a <= r["start"] < b for a, b in spans)]
        found += in_notes
        found.sort(key=lambda r: (r["start"], r["end"]))
    found = _dedupe(found)
    found = op_cit(t, _ibid(t, found, skip), skip)
    for i, rec in enumerate(found):
        note = rec.pop("_note", None)
        rec["doc_id"] = doc_id
        rec["cit_id"] = make_id(doc_id, "c", i)
        rec["raw"] = text[slice(*note) if note else slice(rec["start"], rec["end"])]
        rec["sent_id"] = sent_id_at(sentences, rec["start"]) if sentences else None
    return found
