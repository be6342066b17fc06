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

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from araseclit.cite import patterns as P
from araseclit.cite import styles
from araseclit.cite.citation_helpers import (
    _CUES,
    _brackets,
    _clean_page,
    _norm,
    _opens,
    _plausible_author,
    _rare_name,
    _record,
    _script,
    _strip_prefix,
    _word_counts,
    _year_records,
)
from araseclit.cite.citation_helpers import CITATION_FIELDS as CITATION_FIELDS
from araseclit.cite.narrative import (
    _bare_narrative,
    _cue_bracketed_run,
    _known_works,
    _named_in,
    _narrative,
    _sentence_of,
    _work_keys,
    coauthor_lead,
    prose_citations,
    prose_locators,
    undated_mentions,
)
from araseclit.cite.years import YearContext
from araseclit.ids import make_id, sent_id_at
from araseclit.textmodel.frequency import arabic_zipf

if TYPE_CHECKING:
    from araseclit.cite.opcit import CitedBefore


def _parse_part(part: str, ctx: YearContext, **common: object) -> list[dict]:
    """Records for one author–date part of a bracket (``"بوزان، عن الخفاجي، 2017: 21"``)."""
    led = P.LEAD_IN_RE.match(part.strip().lstrip(".)")) is not None
    part = P.LEAD_IN_RE.sub("", part.strip().lstrip(".)"))
    part = P.OPENING_SECONDARY_RE.sub("", part)  # "(نقلاً عن الخفاجي، 2017: 21)": the work read
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


def _parenthetical(t: str, ctx: YearContext, entries: list[dict] | None = None) -> list[dict]:
    """Records of the brackets of ``t``; ``entries``, the reference list, read the parts that
    cite by author and short title with no year (:func:`.authorpage.short_title_part`)."""
    from araseclit.cite.authorpage import SHORT_TITLE_EVIDENCE, _families, short_title_part

    index = _families(entries) if entries else {}
    out: list[dict] = []
    unlisted: list[dict] = []  # short-title parts whose work the list lacks
    listed = 0
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
            short = None if recs else short_title_part(seg, index, *span)
            if short is not None:  # "(فوغل، المجتمع المدني في زمن الحرب، ص ١٠٢)": no year
                recs = []
                if short[1]:
                    recs, listed = [{**short[0], _SHORT: True}], listed + 1
                elif short[0]:
                    unlisted.append({**short[0], _BRACKET: start})
            elif not recs:  # another house style: "(هاليداي ١٩٧٣م، ٦٥)", "(X, 1983, cited in Y)"
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
            if entries:  # "(وزارة التخطيط، المسح الوطني، ٢٠١٩، ص ٤)": the name, not the title
                recs = [_titled(r, index) for r in recs]
            out.extend({**r, _BRACKET: start} for r in recs)
    if listed >= SHORT_TITLE_EVIDENCE:  # "(Sayegh, Notables and Nurses, 63)" in a document
        out = sorted(out + unlisted, key=lambda r: (r["start"], r["end"]))  # written so
    return out


def _titled(rec: dict, index: dict[str, list[dict]]) -> dict:
    """``rec`` with its author a listed name when it was read as a name and a short title of
    that name's work (:func:`.authorpage.titled_author`)."""
    from araseclit.cite.authorpage import titled_author

    author = rec["author"]
    name = titled_author(author, index) if author and re.search("[,،]", author) else None
    return {**rec, "author": name} if name else rec


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
#: a transient mark on a record read from an author and a short title the list names: evidence
#: of the author–page style (:func:`.authorpage.author_page`) as its MLA brackets are
_SHORT = "_short"


def _short_title_evidence(paren: list[dict], span: tuple[int, int] | None) -> int:
    """How many of ``paren`` (outside ``span``, the list) were read from an author and a short
    title the list names; the marks are taken off."""
    return sum(
        bool(r.pop(_SHORT, False)) and not (span and span[0] <= r["start"] < span[1]) for r in paren
    )


def _cited_authors(paren: list[dict]) -> set[str]:
    """Keys of the authors cited in the brackets ``paren`` with a comma (no bare part)."""
    authors: set[str] = set()
    for r in paren:
        if r["author"] and not r.get(_BARE):
            authors |= _work_keys(r["author"])
    return authors


def _bare_evidence(
    paren: list[dict],
    entries: list[dict],
    text: str = "",
    cited: frozenset[str] = frozenset(),
    styled: bool = False,
) -> tuple[list[dict], bool]:
    """``(هاليداي ١٩٧٣م، ٦٥)`` is a citation, ``(رؤية 2030)``, ``(انتخابات 2021)`` and
    ``(دستور 2005)`` are not, though both are a word and a year: a no-comma part counts only
    when the document names that author elsewhere, in a comma citation or a reference entry,
    when its name is rare in general Arabic, when its year has a suffix (``(أرسطو ١٩٥٢أ، …)``:
    works of one author in one year; an event's year has none), or when another work of its
    bracket has that evidence. ``cited``: the authors the whole document cites so
    (:class:`DocumentEvidence`) when ``paren`` are a part's; ``styled``: the whole document
    writes no-comma citations with pages (:data:`MIN_STYLE_EVIDENCE` of them), which a part
    may not show. Also whether ``paren`` show that style or ``styled`` says so."""
    from araseclit.cite.matching import reference_keys

    authors = _cited_authors(paren) | cited
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
    styled_doc = styled
    places: set[str] = set()  # Latin words the prose uses as places, read once if needed
    if any(r.get(_BARE) and _script(r["author"]) == "latin" for r in paren):
        places = {m["name"] for m in P.LOCATIVE_NAME_RE.finditer(text)}
    styled = [
        r for r in paren
        if r.get(_BARE) and _numeric_page(r["page"]) and not _common_noun(r["author"])
        and not (not evidenced(r) and _named_place(r["author"], text, places))
    ]  # fmt: skip
    met = styled_doc or sum(map(evidenced, styled)) >= MIN_STYLE_EVIDENCE
    if met:
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
    return out, met


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


def _style_author(name: str) -> bool:
    """An author for :mod:`.styles`: plausible and not led by a reporting cue (``ويرى``)."""
    return _plausible_author(name) and _strip_prefix(name.split()[0]) not in _CUES


def _known_word(t: str) -> Callable[[str], bool]:
    """Whether a word occurs in the document ``t`` (evidence for dropping a conjunction)."""
    counts = _word_counts(t)
    return lambda w: counts.get(w, 0) > 0


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
        if m.group(0)[0] == "[" and P.PART_BEFORE_RE.search(t, max(0, m.start() - 30), m.start()):
            continue  # "الملحق [3]", "الجدول [4]": the number of a part of the text
        numbers: list[int] = []
        for item in P.NUMERIC_ITEM_RE.finditer(body):
            a = int(item["a"])
            b = int(item["b"]) if item["b"] else a
            lo, hi = min(a, b), max(a, b)  # "[6–4]" is "[4–6]" reversed by extraction
            numbers.extend(range(lo, min(hi, lo + 50) + 1))
        if 0 in numbers:
            continue  # "[0, 1]" is an interval: citation numbers start at 1
        for n in dict.fromkeys(numbers):  # script stays null: a number has none
            out.append(_record(start=m.start(), end=m.end(), kind="numeric", number=n))
    return out


#: a place the document's own prose names as one: "محافظة كركوك", "قضاء تلعفر", "مدينة حلب"
_PLACE_NOUN_RE = re.compile(
    r"(?<![\w\u0600-\u06ff])[وبفل]?(?:ال)?(?:مدينة|محافظة|قضاء|ناحية|بلدة|قرية)\s+"
    r"(?P<name>[\u0621-\u064a]+)"
)
#: what joins brackets of one coordinated run: "(…) و(…)", "(…)، (…)"
_JOINED_RE = re.compile(r"\s*[،,]?\s*و?\s*")
#: a span of two full years after a name: "(صدام حسين، 1979–2003)", "(World Bank, 2012–2015)"
_YEAR_SPAN_RE = re.compile(r"(?<!\d)(?P<a>\d{4})\s*[-–—]\s*(?P<b>\d{4})(?!\d)")


def _dated_names(found: list[dict], entries: list[dict], t: str) -> list[dict]:
    """``found`` less the author–date brackets that read as a name and a date, not a work:
    ``(بغداد، 2004)`` and ``(Baghdad, 2004)`` (a place, :func:`.segment.imprint_places`),
    ``(البصرة، 2015)`` and ``(الموصل: 2017)`` (a town of the region no person is named
    after, :func:`.segment.region_towns`, or one the document's prose calls a town, province
    or district: ``قضاء تلعفر`` … ``(تلعفر، 2014)``), ``(صدام حسين، 1979–2003)`` and
    ``(البنك الدولي، 2012–2015)`` (a span of years: a life, a term, a period), unless the
    name is a listed author (a listed work spanning years, ``(Marx, 1867–1894)``, stays)."""
    from araseclit.cite.matching import reference_keys
    from araseclit.cite.segment import _norm_word, imprint_places, region_towns

    towns = imprint_places() | region_towns()
    towns |= {_norm_word(m["name"]) for m in _PLACE_NOUN_RE.finditer(t)}
    listed: set[str] = set()
    for e in entries:
        for key in reference_keys(e["authors"]):
            listed |= _work_keys(key) | {key}

    def dated(r: dict) -> bool:
        if r["kind"] != "parenthetical" or not r["author"]:
            return False
        if _work_keys(r["author"], probe=True) & listed:
            return False
        name = " ".join(_norm_word(w) for w in r["author"].split())
        span = next(
            (m for m in _YEAR_SPAN_RE.finditer(P.fold_digits(t[r["start"] : r["end"]]))
             if m["a"] == P.fold_digits(r.get("year_text") or "")[:4] and m["b"] > m["a"]),
            None,
        )  # fmt: skip
        if span is not None:
            return True
        # CLDR lists "الأمم المتحدة" (UN) among its regions: a body all the same
        return name in towns and not styles.is_organisation(r["author"])

    def unlisted(r: dict) -> bool:
        return (
            r["kind"] == "parenthetical"
            and bool(r["author"])
            and not _work_keys(r["author"], probe=True) & listed
        )

    out = [r for r in found if not dated(r)]
    placed = {id(r) for r in found} - {id(r) for r in out}
    # brackets joined by "و" or a comma into one run share their kind: in "في مدن عدة
    # (البصرة، 2015) و(كركوك، 2017) و(تلعفر، 2014)" the town GeoNames lacks is a town too,
    # where most of the run's brackets are towns, at least two, and it names no listed author
    run: list[dict] = []
    for r in [*sorted(found, key=lambda r: r["start"]), None]:
        if r is not None and run and _JOINED_RE.fullmatch(t[run[-1]["end"] : r["start"]]):
            run.append(r)
            continue
        towns_in = sum(id(x) in placed for x in run)
        if towns_in >= 2 and 2 * towns_in > len(run):
            drop = {id(x) for x in run if unlisted(x)}
            out = [x for x in out if id(x) not in drop]
        run = [r] if r is not None else []
    return out


_CARRIED = ("author", "via_original", "year", "year_text", "calendar", "gregorian_year", "script")


# an author that is itself an ibid or op. cit. phrase
_POINTER_AUTHOR_RE = re.compile(
    r"^\s*(?:" + P._IBID_NAMED + r"|نفسه|ذاته|op\.\s*cit|loc\.\s*cit|(?:ال)?(?:مرجع|مصدر)\s+"
    r"(?:سابق|سبق\s+ذكره))",
    re.I,
)


def _ibid(t: str, found: list[dict], skip: tuple[int, int] | None) -> list[dict]:
    """``(المصدر نفسه، ص٤٦)``, ``(نفسه، ص ٥٠)``, ``(Ibid., p. 4)``: the work of the citation
    before it in the text (the latest start among those ended before it), with its own page;
    one with no page (``(المرجع نفسه)``, ``(Ibid.)``) cites the same place, its page the one of
    the citation it continues (the ibid before it, when one came after that citation).
    An ibid with no citation before it is left out. One sweep over the citations sorted by
    end: linear in the text, not citations times ibids."""
    out = list(found)
    # a record whose author is a pointer phrase ("مصدر سبق ذكره", "Ibid.") names no work
    by_end = sorted(
        (r for r in found if r["author"] and not _POINTER_AUTHOR_RE.search(r["author"])),
        key=lambda r: r["end"],
    )
    i, last, before = 0, None, None
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
        if page is None:  # "(المرجع نفسه)" alone: the same work at the same place, which the
            # ibid just before gave when it comes after the work's own citation
            prior = before if before is not None and before["start"] > last["start"] else last
            rec["page"] = prior["page"]
        out.append(rec)
        before = rec
    return sorted(out, key=lambda r: (r["start"], r["end"]))


# a bracket that may hold a page alone: "(ص ٦٠)", "(ص ص ١٢-١٥)", "(p. 17)"
_SHORT_BRACKET_RE = re.compile(r"\(([^()\n]{1,40})\)")
#: words before a page alone tried as the name of the author it continues
_NAMED_WORDS = 3
#: characters before a page alone searched for the start of its paragraph (a paragraph
#: longer than this is read from here: the search stays linear in the text)
PARAGRAPH_REACH = 4000


def _page_alone(t: str, found: list[dict], skip: tuple[int, int] | None) -> list[dict]:
    """``يرى الزبيدي (٢٠١٤، ص ٥٦) … ويضيف (ص ٦٠)``: a bracket holding a marked page alone
    (:data:`~araseclit.cite.authorpage.PAGE_ONLY_RE`; a bare number is a count or a note
    marker) continues a work cited before it in its paragraph, as an ibid does: the work of
    the author the words right before it name (``ويستند العبيدي (ص ٣٠)``), else the latest
    cited. A page alone with no citation before it in its paragraph gives nothing; a bracket
    another pass read (a review's page of its book) is left as it is."""
    from araseclit.cite.authorpage import PAGE_ONLY_RE
    from araseclit.cite.matching import author_key

    taken = {r["start"] for r in found}
    by_end = sorted((r for r in found if r["author"] and r["year_text"] is not None),
                    key=lambda r: r["end"])  # fmt: skip
    out = list(found)
    i, seen = 0, []
    for m in _SHORT_BRACKET_RE.finditer(t):
        if m.start() in taken or (skip is not None and skip[0] <= m.start() < skip[1]):
            continue
        only = PAGE_ONLY_RE.fullmatch(m[1].strip())
        if only is None:
            continue
        while i < len(by_end) and by_end[i]["end"] <= m.start():
            seen.append(by_end[i])
            i += 1
        lo = max(0, m.start() - PARAGRAPH_REACH)
        para = t.rfind("\n\n", lo, m.start())
        here = [r for r in seen[-50:] if r["start"] > (para if para >= 0 else lo - 1)]
        if not here:
            # none in its paragraph: the work of an author cited before whom its sentence
            # names ("وقد كتب الحمداني في خاتمة كتابه (ص ٢٣١)", الحمداني cited pages before)
            s0, _ = _sentence_of(t, m.start())
            words = {author_key(w) for w in re.findall(r"[^\s()،,.؛:«»]+", t[s0 : m.start()])}
            here = [next((r for r in reversed(seen) if _named_in(words - {""}, r)), None)]
            here = [r for r in here if r is not None]
            if not here:
                continue
        words = re.findall(r"[^\s()،,.؛:«»]+", t[max(0, m.start() - 60) : m.start()])
        names = {author_key(" ".join(words[-n:])) for n in range(1, _NAMED_WORDS + 1)} - {""}
        # the name right before the bracket, whole or the family name of a fuller one
        named = [r for r in here
                 if names & {author_key(r["author"]), *author_key(r["author"]).split()[-1:]}]  # fmt: skip
        base = max(named or here, key=lambda r: r["start"])
        rec = _record(start=m.start(), end=m.end(), kind="parenthetical")
        rec.update({f: base[f] for f in _CARRIED})
        rec["page"] = _clean_page(only["page"])
        out.append(rec)
    return sorted(out, key=lambda r: (r["start"], r["end"]))


# "وينقل النعيمي في الموضع نفسه": "in the same place" after a name, a prose ibid of that
# author's last citation (page and all); the phrase is found first, the name in the words
# before it (a run of name characters searched at every position would cost quadratic time)
_SAME_PLACE_RE = re.compile(
    r"(?<![\w\u0600-\u06ff])(?:في|عند)\s+(?:ال)?(?:موضع|مكان|صفحة)\s+(?:نفسه|نفسها|ذاته|ذاتها)"
    r"(?![\w\u0600-\u06ff])"
)
#: characters before "في الموضع نفسه" searched for the citation it continues
SAME_PLACE_REACH = 2000
# what the author quotes there and from whom: "… في الموضع نفسه رأياً قديماً لعالم الاجتماع
# حسين العكيلي، …" | "قولاً للباحث سامي العبيدي في …": a saying, at most two words, then "لـ", a
# role of at most two words, and the name (up to four words, to a comma, stop or preposition)
_SAME_PLACE_ORIGINAL_RE = re.compile(
    r"\s*(?:رأي|رأيا|رأياً|رايا|قول|قولا|قولاً|عبارة|نص|نصا|نصاً|شهادة|ملاحظة|وصف|وصفا|وصفاً)"
    r"(?:\s+[^\s،,.؛:«»\d]+){0,2}?\s+ل(?:(?P<role>ل[^\s،,.؛:«»\d]+"
    r"|عالم\s+[^\s،,.؛:«»\d]+|(?:باحث|مؤرخ|كاتب|مفكر|صحفي|شيخ|دكتور|أستاذ|خبير)[ةه]?)\s+)?"
    r"(?P<name>[^\s،,.؛:«»\d]+(?:\s+(?!(?:في|عن|حول|مفاده|مفادها|يقول|بأن|أن|إن|الذي|التي)"
    r"(?:\s|$))[^\s،,.؛:«»\d]+){0,3})(?=\s*[،,.؛:]|\s+(?:في|عن|حول|مفاده|مفادها|يقول|بأن|أن|إن)\s)"
)


def _same_place(t: str, found: list[dict], skip: tuple[int, int] | None) -> list[dict]:
    """``ويرى في الصفحة ٢١٠ منه … وينقل النعيمي في الموضع نفسه رأياً …``: a name then "in the
    same place" cites the last work of that author cited before it (within
    :data:`SAME_PLACE_REACH`), at its page; a name no citation before it has (``وقع الانفجار
    في الموضع نفسه``) gives nothing. A saying quoted there from another (``… رأياً قديماً
    لعالم الاجتماع حسين العكيلي``) makes that other the citation's ``via_original``."""
    from araseclit.cite.matching import author_key

    cited = sorted((r for r in found if r["author"] and r["year_text"] is not None),
                   key=lambda r: r["end"])  # fmt: skip
    ends = [r["end"] for r in cited]
    out = list(found)
    for m in _SAME_PLACE_RE.finditer(t):
        if skip is not None and skip[0] <= m.start() < skip[1]:
            continue
        words = re.findall(r"[^\s()،,.؛:«»\d]+", t[max(0, m.start() - 80) : m.start()])[-3:]
        if not words or re.search(r"[.؟?!؛\n]\s*$", t[max(0, m.start() - 80) : m.start()]):
            continue
        names = {author_key(" ".join(words[-n:])) for n in range(1, len(words) + 1)} - {""}
        hi = bisect.bisect_right(ends, m.start())
        base = None
        for k in range(hi - 1, -1, -1):  # back from the last citation ended before it
            r = cited[k]
            if r["end"] <= m.start() - SAME_PLACE_REACH:
                break
            if names & {author_key(r["author"]), *author_key(r["author"]).split()[-1:]}:
                base = r
                break
        if base is None:
            continue
        at = t.rfind(words[-1], max(0, m.start() - 80), m.start())
        rec = {**base, "start": at, "end": m.end(), "kind": "narrative"}
        if orig := _SAME_PLACE_ORIGINAL_RE.match(t, m.end(), m.end() + 200):
            name = orig["name"]  # the author read there quotes another
            # "للعكيلي": the preposition took the article's alif
            rec["via_original"] = "ا" + name if not orig["role"] and name[:1] == "ل" else name
        out.append(rec)
    return sorted(out, key=lambda r: (r["start"], r["end"]))


#: words a narrative bracket follows that name another work of the author cited before:
#: "وفي تقرير آخر (٢٠٢١، ص ٢٢)", "دراسة أخرى (2019)", "في بحث لاحق (2020)"
_ANOTHER = frozenset("اخر اخري ثان الثاني الثانيه لاحق لاحقه تال".split())


def _another_work(t: str, found: list[dict]) -> list[dict]:
    """``يشير تقرير للمنظمة الدولية للهجرة (٢٠٢٠، ص ٩) … وفي تقرير آخر (٢٠٢١، ص ٢٢)``: a
    narrative citation whose name is a word for "another" cites another work of the author of
    the citation before it in its paragraph, with its own year and page; with none, nothing."""
    out: list[dict] = []
    for r in found:
        if r["kind"] != "narrative" or _norm(r["author"] or "") not in _ANOTHER:
            out.append(r)
            continue
        para = t.rfind("\n\n", 0, r["start"])
        before = [x for x in out if x["author"] and para < x["start"] and x["end"] <= r["start"]
                  and _norm(x["author"]) not in _ANOTHER]  # fmt: skip
        if before:
            prev = max(before, key=lambda x: x["start"])
            out.append({**r, "author": prev["author"], "script": prev["script"]})
    return out


def _paren_numeric_records(t: str, limit: int | None, found: list[dict]) -> list[dict]:
    """:func:`~araseclit.cite.numeric_forms.paren_citations`, less a bracket another reading
    took (a page alone, a year)."""
    from araseclit.cite.numeric_forms import paren_citations

    taken = {r["end"] for r in found}
    return [r for r in paren_citations(t, limit) if r["end"] not in taken]


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
    square brackets that hold words round (:data:`~araseclit.cite.patterns.SQUARE_BRACKET_RE`),
    a reprint's original date blanked (:data:`~araseclit.cite.patterns.ORIGINAL_DATE_RE`),
    and extraction damage that no citation grammar has undone: glyph debris after a locator's
    colon, tanween marks lifted out of their words and standing alone, a name's closing
    quote carried into its bracket, and the rest of a word cut by a misplaced bracket."""
    t = P.DEBRIS_RE.sub(_blank, P.fold_digits(text))
    t = P.ORIGINAL_DATE_RE.sub(_blank, t)
    t = _round_squares(t)
    t = P.LONE_MARK_RE.sub(_blank, t)
    t = P.QUOTE_IN_BRACKET_RE.sub(lambda m: m[1] + "(", t)
    return _rejoin_cut_words(_blank_word_pieces(t))


def _round_squares(t: str) -> str:
    """A bracket is a bracket: author–date in square brackets reads as in round ones, unless the
    square bracket sits inside a round one on its line, where it glosses (``(Human Rights Watch
    [HRW], 2020)``, an editor's ``[sic]``). One pass: whether a round bracket is open is carried
    from one square bracket to the next (a long line of many costs no rescan)."""
    out: list[str] = []
    pos, inside = 0, False
    for m in P.SQUARE_BRACKET_RE.finditer(t):
        gap = t[pos : m.start()]
        if "\n" in gap:
            gap, inside = gap[gap.rfind("\n") + 1 :], False
        gap = re.sub(r"\)\s*\(|\(\s*\)", "", gap)
        if "(" in gap or ")" in gap:
            inside = gap.rfind("(") > gap.rfind(")")
        out += [t[pos : m.start()], m.group() if inside else f"({m['body']})"]
        pos = m.end()
    return "".join(out) + t[pos:]


def _rejoin_cut_words(t: str) -> str:
    """``الطالب (اني وآخرون، 2021: 44)``: an opening bracket drawn inside a word. When the two
    pieces around it, joined, make a word the document writes elsewhere, and the piece after
    it is found nowhere else as a word, the bracket goes back before the whole word
    (``(الطالباني وآخرون``), or before the organisation's head word a few words back
    (``(هيئة النزاهة في إقليم كوردستان``), same length."""
    pairs = list(P.CUT_WORD_RE.finditer(t))
    if not pairs:
        return t
    # the words counted as they are found, and the text's characters listed only at the
    # first edit (a whole book's words and characters as lists took ~700 MB at 20 MB)
    counts = Counter(m[0] for m in re.finditer(f"[{P.AR_LETTER}]+", t))
    out: list[str] | None = None
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
            if out is None:
                out = list(t)
            out[head : m.end()] = "(" + span + " "
    return t if out is None else "".join(out)


def _blank_word_pieces(t: str) -> str:
    """``الاجتم) اعي السامرائي، 2020: 88)``: a bracket that opens a citation (a mirrored ``)``
    with no bracket open before it) but sits glued to the letters before it, with a space
    after, was put inside a word by the extraction; the letters after it are the rest of
    that word, not part of the cited name, and are blanked."""
    out: list[str] | None = None  # the characters listed only at the first blank
    for m in P.WORD_PIECE_RE.finditer(t):
        par = t.rfind("\n\n", 0, m.start()) + 1
        line_end = t.find("\n", m.end())
        rest = t[m.end() : line_end if line_end >= 0 else len(t)]
        if _opens(t[par : m.start()]) or ")" not in rest:
            continue  # a bracket already open, or none closes on the line: not an opener
        if out is None:
            out = list(t)
        out[m.start("piece") : m.end("piece")] = " " * len(m["piece"])
    return t if out is None else "".join(out)


@dataclass(frozen=True)
class DocumentEvidence:
    """What the citation finder reads from a document as a whole, beyond its reference list:
    a chunk of a long document (:mod:`araseclit.pipeline.annotate`) is given the whole
    document's, so that it decides as one pass over the whole text does.

    ``authors``: keys of the authors cited in brackets with a comma (evidence for a no-comma
    part, :func:`_bare_evidence`); ``works``: (author key, Gregorian year) of the works cited
    in brackets (evidence for a name before a bracketed year, :func:`_known_works`);
    ``has_notes``: whether the document has notes (its raised numbers and brackets holding a
    page alone are then note markers); ``superscript``: the highest glued number read as a
    citation (:func:`araseclit.cite.superscript.superscript_limit`, None: none is);
    ``subject``: the entry (its ``raw``) of the work the document is about, a review's book
    (:func:`araseclit.cite.authorpage.subject_work`, read from the opening of the whole
    document, which a later part does not hold); ``years``: the calendars the whole document
    marks (:class:`~araseclit.cite.years.YearContext`: a Persian context, ``هـ`` years), which
    a part may not show; ``no_comma_style`` and
    ``author_page_style``: the whole document shows enough no-comma author–date brackets
    with pages (:func:`_bare_evidence`) or author–page brackets of listed authors
    (:func:`araseclit.cite.authorpage.author_page`) to be written so, counted once over the
    whole text, not per part. ``numeric``: the highest number a numeric bracket
    may cite (:func:`araseclit.cite.numeric_forms.numeric_limit`; None: no limit);
    ``paren_numeric``: the highest number a round bracket cites
    (:func:`araseclit.cite.numeric_forms.paren_limit`; None: round brackets cite no number)."""

    authors: frozenset[str] = frozenset()
    works: frozenset[tuple[str, int]] = frozenset()
    has_notes: bool = False
    superscript: int | None = None
    subject: str | None = None
    years: YearContext | None = None
    no_comma_style: bool = False
    author_page_style: bool = False
    numeric: int | None = None
    paren_numeric: int | None = None


def document_evidence(
    text: str, references: list[dict], skip: tuple[int, int] | None
) -> DocumentEvidence:
    """The :class:`DocumentEvidence` of the whole ``text``, its reference list ``references``
    and span ``skip`` (string passes only, no ``Doc``)."""
    from araseclit.cite.authorpage import MIN_STYLE_EVIDENCE as AUTHOR_PAGE_EVIDENCE
    from araseclit.cite.authorpage import author_page_evidence, subject_work
    from araseclit.cite.notes import find_notes
    from araseclit.cite.numeric_forms import numeric_limit, paren_limit
    from araseclit.cite.superscript import superscript_limit

    t = _matching_copy(text)
    years = YearContext.of(t)
    paren = _parenthetical(t, years, references)
    authors = _cited_authors(paren)
    paren, no_comma = _bare_evidence(paren, references, t)
    subject = subject_work(t, references)
    notes = find_notes(text, skip)
    spans = [(n.start, n.end) for n in notes]
    in_list = skip or (0, 0)
    mla = [r for r in author_page_evidence(t, references, paren, spans, bool(notes))
           if not in_list[0] <= r["start"] < in_list[1]]  # fmt: skip
    short = _short_title_evidence(paren, skip)
    return DocumentEvidence(
        authors=frozenset(authors),
        works=_known_works(paren, []),
        has_notes=bool(notes),
        superscript=superscript_limit(t, references),
        subject=subject["raw"] if subject else None,
        years=years,
        no_comma_style=no_comma,
        author_page_style=len(mla) + short >= AUTHOR_PAGE_EVIDENCE,
        numeric=numeric_limit(references, t),
        paren_numeric=paren_limit(t, references),
    )


def find_citations(
    text: str,
    sentences: list[tuple[int, int, str]] | None = None,
    doc_id: str | None = None,
    *,
    skip: tuple[int, int] | None = None,
    references: list[dict] | None = None,
    evidence: DocumentEvidence | None = None,
    cited_before: CitedBefore | None = None,
) -> list[dict]:
    """In-text citations of ``text`` as CITATIONS records, in text order.

    ``sentences``: ``(start, end, sent_id)`` triples (``pipeline.extensions.sentence_ids``) to
    fill ``sent_id``. ``skip``: a span (the reference list) whose brackets are not in-text
    citations; by default the reference list found by :func:`find_reference_span` is skipped.
    ``references``: the entries :func:`find_references` gives for ``text``, when the caller
    has them (they are the evidence for names cited without a comma); found here otherwise.
    ``evidence``: the whole document's when ``text`` is a part of it (read from ``text``
    otherwise); ``cited_before``: the works the parts before it cited, for ``op. cit.``.
    """
    from araseclit.cite.authorpage import MIN_STYLE_EVIDENCE as AUTHOR_PAGE_EVIDENCE
    from araseclit.cite.authorpage import author_page, dated_from_list, subject_work
    from araseclit.cite.notes import find_notes, imprint_starts, note_citations
    from araseclit.cite.numeric_forms import (
        numeric_forms,
        numeric_limit,
        paren_limit,
        within_limit,
    )
    from araseclit.cite.opcit import op_cit
    from araseclit.cite.references import find_reference_span, find_references
    from araseclit.cite.superscript import glued_citations, superscript_limit

    t = _matching_copy(text)
    if skip is None:
        skip = find_reference_span(text)
    # a part of a long document reads its years in the calendars the whole marks
    ctx = evidence.years if evidence is not None and evidence.years else YearContext.of(t)
    entries = find_references(text)[1] if references is None else references
    whole = evidence or DocumentEvidence()
    paren = _bare_evidence(_parenthetical(t, ctx, entries), entries, t, whole.authors,
                           whole.no_comma_style)[0]  # fmt: skip
    # "(Dunmore, Charity and Empire, 12)" shows the author–page style as "(Dunmore 12)" does
    short_titles = _short_title_evidence(paren, skip)
    styled = whole.author_page_style or short_titles >= AUTHOR_PAGE_EVIDENCE
    known = _known_works(paren, entries) | whole.works
    found = paren + _narrative(t, ctx, known) + _author_outside(t, ctx)
    found += _orphan_locator(t, ctx) + _run_on_latin(t, ctx) + _gathered_locators(t, ctx)
    found += _cue_bracketed_run(t, ctx)
    unopened = _unopened(t, ctx)
    ends = {u["end"]: u["start"] for u in unopened}
    # a mirrored ")" far before the name opened a bracket of prose (the whole bracket or its
    # first part): the name alone, read as a bracket that lost its "(", is right
    found = [r for r in found if not ends.get(r["end"], -1) > r["start"]]
    # a number cites as far as the document's numbering reaches: "[18–65] سنة" is an age range
    numeric = _numeric(t) + numeric_forms(t)
    limit = evidence.numeric if evidence is not None else numeric_limit(entries, t)
    found += unopened + _bare_narrative(t, ctx) + within_limit(numeric, limit)
    if skip is not None:
        found = [r for r in found if not skip[0] <= r["start"] < skip[1]]
    found = _dated_names(found, entries, t)
    notes = find_notes(text, skip)
    has_notes = evidence.has_notes if evidence else bool(notes)
    if not has_notes:  # a notes document's raised numbers are its note markers
        limit = evidence.superscript if evidence else superscript_limit(t, entries)
        # and its bracketed numbers too: "(3)" cites a numbered list only in a document of none
        paren = evidence.paren_numeric if evidence else paren_limit(t, entries)
        found += [
            r for r in glued_citations(t, limit) + _paren_numeric_records(t, paren, found)
            if skip is None or not skip[0] <= r["start"] < skip[1]
        ]  # fmt: skip
    if notes:  # brackets inside a citing note are its imprint; a numeric bracket a marker
        in_notes = note_citations(text, notes, entries, evidence.years if evidence else None)
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
    if evidence is None:
        subject = subject_work(t, entries)
    else:
        subject = next((e for e in entries if evidence.subject and e["raw"] == evidence.subject),
                       None)  # fmt: skip
    note_spans = [(n.start, n.end) for n in notes]
    paged = author_page(t, entries, found, note_spans, has_notes, subject, styled, short_titles)
    found += [r for r in paged if skip is None or not skip[0] <= r["start"] < skip[1]]
    found = _dedupe(sorted(dated_from_list(found, entries), key=lambda r: (r["start"], r["end"])))
    found = coauthor_lead(t, found, entries)
    # works named in the prose with no bracket ("يرى الحمداني في كتابه الصادر عام ٢٠٢٢")
    prose = prose_citations(t, ctx, known, found, skip, note_spans)
    prose += undated_mentions(t, entries, found, skip, note_spans)
    if prose:
        found = sorted(found + prose, key=lambda r: (r["start"], r["end"]))
    # op. cit. first: an ibid that follows one cites the work it named, not the one before
    found = _ibid(t, op_cit(t, found, skip, cited_before), skip)
    found = _page_alone(t, _another_work(t, found), skip)
    pages = prose_locators(t, found, skip, note_spans)
    if pages:
        found = sorted(found + pages, key=lambda r: (r["start"], r["end"]))
    found = _same_place(t, found, skip)
    for i, rec in enumerate(found):
        note = rec.pop("_note", None)
        rec["doc_id"] = doc_id
        rec["cit_id"] = make_id(doc_id, "c", i)
        rec["raw"] = text[slice(*note) if note else slice(rec["start"], rec["end"])]
        rec["sent_id"] = sent_id_at(sentences, rec["start"]) if sentences else None
    return found
