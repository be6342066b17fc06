"""Narrative citations: a name, then its bracketed year (``ويرى الكربلائي (2022)``,
``Toby Dodge (2012)``, ``مع جوفمان (١٩٧٤م)``), and a secondary lead-in before it; also a
name before a bare locator after a reporting cue. Split out of ``citations.py`` unchanged."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import zip_longest

from araseclit.cite import patterns as P
from araseclit.cite import styles
from araseclit.cite.citation_helpers import (
    _ARABIC_CHAR,
    _CLOSER_YEAR,
    _CUE_COMPLEMENTS,
    _CUES,
    _MAX_NAME_WORDS,
    _brackets,
    _norm,
    _opens,
    _plausible_author,
    _rare_name,
    _script,
    _strip_prefix,
    _word_counts,
    _year_records,
)
from araseclit.cite.notes import STATUTE_YEAR_RE
from araseclit.cite.years import YearContext, parse_year

#: the works a document cites or lists: (author key, year tag), :func:`_known_works`
Known = frozenset[tuple[str, int | str]]


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


def _entry_like(name: str, page: str | None, after: str, lead: str = "") -> bool:
    """``UNAMI (2016). Report on ...``: a Latin name, a year, a full stop and a Latin title
    is a reference entry whose list heading the extraction lost, not a narrative citation.
    ``lead``: the words on the name's line before it; an entry opens its line or follows the
    stop of the entry before, while ``as reported by the Ministry of Planning (2020). See``
    ends a sentence of prose."""
    if lead.strip() and lead.rstrip()[-1] not in ".:;)]":
        return False
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


def _narrative(t: str, ctx: YearContext, known: Known = frozenset()) -> list[dict]:
    """Name then bracketed year. ``known``: works the document cites elsewhere or lists
    (:func:`_known_works`), the evidence for a name with no cue before it."""
    out: list[dict] = []
    for start, end, _, body in _brackets(t):
        via = _READ_VIA_RE.fullmatch(body.strip())
        read = P.PART_RE.fullmatch(via["read"].strip()) if via else None
        loc = (via["year"], None) if read else _year_and_page(body)
        if loc is None or re.search(r"[،,]\s*$", t[max(0, start - 3) : start]):
            continue
        years, page = loc
        before = t[max(0, start - 160) : start]
        before = before[before.rfind("\n\n") + 2 :] if "\n\n" in before else before
        offset = start - len(before)  # a name never runs across a blank line (a heading's)
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
        if found is not None:  # "Dodge's (2013a) account": the possessive is no part of the name
            found = (re.sub(r"(?<=\w)['’]s?$", "", found[0]), found[1])
            found = _name_before_place(found, years, known)
        if found is not None:
            found = _listed_head(before, _listed_tail(found, years, known), years, known)
        elif _ARABIC_CHAR.search(before[-2:]) or re.search(r"[\u0600-\u06ff]\s$", before):
            swapped = _SWAPPED_LATIN_RE.match(t, end)
            if swapped and _listed(swapped["name"], years, known):
                # "وتلاحظ (2019) Lindgren أن": a PDF's right-to-left line put the Latin name
                # after its bracket; read when the document lists or cites that work
                common = {"start": start, "end": swapped.end("name"), "kind": "narrative"}
                out.extend(_year_records(years, page, swapped["name"], ctx, **common))
                continue
        if found is not None and found[0].startswith("لل"):
            # "تقرير للمنظمة الدولية للهجرة (٢٠٢٠)": "of" before a listed body, whose article
            # lost its alef to the ل
            body = "ال" + found[0][2:]
            if _listed(body, years, known):
                found = (body, found[1])
        if found is None or not _plausible_author(found[0]) or _particle_led(found[0], t):
            continue
        if ranged and not _listed(found[0], years, known):
            continue  # "ماكس فيبر (1864–1920)", "حكومة المالكي (2006-2014)": a life, a term
        if P.PROPER_OF_RE.search(before[: found[1]]) and not _listed(found[0], years, known):
            continue  # "the Edict of Fontainebleau (1685)": a name's end and its date
        line = before.rfind("\n") + 1  # a name run across lines opens the bracket's line
        lead = before[line : found[1]] if found[1] > line else ""
        if _entry_like(found[0], page, t[end : end + 4], lead) or _latin_hijri(found[0], years):
            continue
        found = _family_of_person(found, years, known)
        common = {"start": offset + found[1], "end": end, "kind": "narrative"}
        if read is not None:  # "Gramsci (1971, cited in Edwards, 2004: 12)": the work read
            author = read["author"].strip(" ،,")
            if _plausible_author(author):
                out.extend(_year_records(read["years"], read["page"], author, ctx,
                                         via_original=found[0], **common))  # fmt: skip
            continue
        out.extend(_year_records(years, page, found[0], ctx, **common))
    return out


# A narrative bracket holding the original's year, then a secondary marker and the work read:
#   "غرامشي (2016، نقلاً عن Edwards, 2004)" | "Gramsci (1971, cited in Edwards, 2004: 12)"
#   | "بوزان (1983، ورد في: الخفاجي، 2017: 21)"
_READ_VIA_RE = re.compile(
    r"(?P<year>\d{3,4}\s*(?:هـ|ه)?\s*(?:[a-e]|[أب])?)\s*[،,]\s*"
    r"(?:(?:نقل[اًَ]{0,2}|نقا[ًَ]?ل)\s+(?:عن|من)|(?:به\s+)?نقل\s+از|(?:ورد|وردت|مذكور)\s+في"
    r"|أورده|اورده|ذكره|(?:as\s+)?(?:cited|quoted)\s+in)\s*:?\s+(?P<read>.+)",
    re.I,
)


#: a person's trade named before the name: no part of it
_ROLES = frozenset("الصحفي الصحفيه المؤرخ المؤرخه الناقد الناقده الكاتبه الاستاذ الدكتور".split())


def _article_family(name: str) -> str | None:
    """The family name of an Arabic person's name written given names first, its last word
    with the article (``يونس عبد الله النعيمي`` -> ``النعيمي``), or None: one word, a name in
    Latin script, a body's name. The rule :func:`_family_of_person` (prose, a nisba family
    with no article before it) and :func:`_known_works` (a list's author field) narrow."""
    words = name.split()
    if (
        len(words) < 2
        or _script(name) != "arabic"
        or not _norm(words[-1]).startswith("ال")
        or styles.is_organisation(name)
    ):
        return None
    return words[-1]


def _family_of_person(found: tuple[str, int], years: str, known: Known) -> tuple[str, int]:
    """An Arabic person named given name first with a family name of the nisba form
    (``أحمد السعدي``, ``سعاد كريم الجنابي``: given names with no article, then ``ال…ي``) is
    cited by that family name, as a bracket and a list cite them, when the list does not
    hold the whole name; a body's name and any other run of words stay whole."""
    name, start = found
    words = name.split()
    if len(words) > 2 and _norm(words[0]) in _ROLES:  # "الصحفي أحمد السعدي": his trade
        name, start = " ".join(words[1:]), start + name.index(words[1])
        words = words[1:]
    family = _article_family(name)
    if (
        family is None
        or not _norm(family).endswith("ي")  # a nisba: "الجنابي", not a place's "الموصل"
        or any(_norm(w).startswith("ال") for w in words[:-1])
        or _listed_exactly(name, years, known)
    ):
        return name, start
    return family, start + name.rindex(family)


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


#: a mark an entry's authors may keep at their start, which references.strip_bullet leaves
#: when no space follows it: "-الحمداني، سعد", markdown's "*الحمداني، سعد*"
_LEAD_MARK_RE = re.compile(r"^[\s\-–—•*]+")


def _unmarked(authors: str) -> str:
    return _LEAD_MARK_RE.sub("", authors)


#: a work's year as written, its first number with its digits folded: ``"=1398"`` for
#: ``۱۳۹۸``, ``1398ش`` and ``1398 هـ.ش``
_WRITTEN_YEAR_RE = re.compile(r"\d{3,4}")


def _year_tags(year_text: str | None, gregorian_year: int | None = None) -> set[int | str]:
    """How :func:`_known_works` knows a work's year: its Gregorian year, and the year as written
    (``"=1398"``), which meets the same number written in the prose however the two were
    dated: an unmarked ``1400`` of the prose is read as a lunar year with no context, and the
    list's ``۱۴۰۰`` as a solar one in a Persian document. With no ``gregorian_year`` given,
    ``year_text`` (its first year, before a comma) is parsed with no context."""
    if not year_text:
        return set()
    first = P.YEAR_SPLIT_RE.split(P.fold_digits(year_text.strip()))[0]
    if gregorian_year is None:
        info = parse_year(first)
        gregorian_year = info["gregorian_year"] if info else None
    if gregorian_year is None:  # "د.ت", or no year at all
        return set()
    written = _WRITTEN_YEAR_RE.search(first)
    return {gregorian_year, *([f"={int(written.group())}"] if written else [])}


def _known_works(paren: list[dict], entries: list[dict]) -> Known:
    """(author key, year tag) of the works a document cites in brackets or lists in its
    references (each work under its Gregorian year and its year as written,
    :func:`_year_tags`): a name before a bracketed year with no cue is a citation when its
    work is one of these (``هما بوتر ووذريل (١٩٨٧م)`` in a book that lists ``Potter, J. ...
    1987``)."""
    works: set[tuple[str, int | str]] = set()
    for r in paren:
        if r["author"] and r["gregorian_year"]:
            tags = _year_tags(r.get("year_text"), r["gregorian_year"])
            works |= {(k, y) for k in _work_keys(r["author"]) for y in tags}
    for e in entries:
        if e["authors"] and e["gregorian_year"]:
            tags = _year_tags(e.get("year_text"), e["gregorian_year"])
            authors = _unmarked(e["authors"])
            surname = re.split(r"[،,]", authors)[0]
            works |= {(k, y) for k in _work_keys(surname) for y in tags}
            given = authors[len(surname) :].lstrip(" ،,").split("؛")[0].split(" و")[0].strip()
            if _norm(surname) in _STOP_WORDS and 0 < len(given.split()) <= 3:
                # a family name that is also a particle's form ("علي، حيدر"): the prose names
                # him given name first, "حيدر علي", the run _listed_name can take
                works |= {(k, y) for k in _work_keys(f"{given} {surname}") for y in tags}
            family = _article_family(surname) if len(surname.split()) <= 5 else None
            if surname == authors and family:
                # given name first, no comma, an Arabic family name with the article last
                # ("يونس عبد الله النعيمي"): the prose cites that name alone
                works |= {(k, y) for k in _work_keys(family) for y in tags}
    return frozenset(works)


# an et-al form ending the words before a narrative bracket: "و همکاران" | "وآخرون" | "et al."
_ET_AL_TAIL_RE = re.compile(r"\s+(?:و\s?هم[کك]اران|و\s?آخرون|و\s?زملاؤه|et\s+al\.?)\s*$")


def _evidenced_name(before: str, years: str, known: Known) -> tuple[str, int] | None:
    """The word or ``و`` pair right before the bracket when the document cites or lists that
    author's work of that year (``مع جوفمان (١٩٧٤م)``; ``هما بوتر ووذريل (١٩٨٧م)``)."""
    tags = _year_tags(years)
    if not known or not tags:
        return None
    stop = max((m.end() for m in P.SCAN_STOP_RE.finditer(before)), default=0)
    tail = _ET_AL_TAIL_RE.search(before, stop)  # "موسوی‌نیا و همکاران (۱۳۹۹)": the name before
    words = list(P.WORD_RE.finditer(before, stop, tail.start() if tail else len(before)))
    if not words:
        return None
    if not before[words[-1].end() :].strip():
        # a body's whole name right before the bracket that is a listed author of that year:
        # "المصدر: المنظمة الدولية للهجرة (2021، ص 7)" (the longest such run of words)
        from araseclit.cite.matching import author_key

        for n in range(min(len(words), _MAX_NAME_WORDS), 1, -1):
            name = before[words[-n].start() : words[-1].end()]
            if any((author_key(name), y) in known for y in tags):
                return name, words[-n].start()
    words = words[-3:]
    last = words[-1]
    first = last
    if last.group().startswith("و") and len(words) >= 2:
        first = words[-2]  # "بوتر ووذريل": the pair's first author
    word, start = first.group(), first.start()
    probes = _work_keys(word, probe=True) | _work_keys(word[1:], probe=True)
    if not any((k, y) in known for k in probes for y in tags):
        return None
    if word.startswith("و") and len(word) > 4:
        start += 1  # "وألتوسير (1971م)": "and Althusser"
    elif word.startswith("ف") and not any(
        (k, y) in known for k in _work_keys(word, probe=True) for y in tags
    ):
        start += 1  # "فالحمداني (٢٠١٤، ص ١٠٢)": "so al-Hamdani", listed without the ف
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
    # "پژوهشگران محمدی و همکاران (۱۴۰۰)": the name before an et-al form, not the form itself
    tail = _ET_AL_TAIL_RE.search(before, stop)
    cut = tail.start() if tail else len(before)
    words = list(P.WORD_RE.finditer(before, stop, cut))[-3:]
    if not words or before[words[-1].end() : cut].strip():
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
    if i and _norm(words[i - 1].group()) in _NAME_PARTICLES:
        return None
    name = before[first.start() : last.end()]
    if any(_ARTICLE_LED_RE.match(w) for w in name.split()):
        return None  # "والناصرية (2020)": a rare word with the article is a place
    if first is last and _norm(name) in styles.places():
        return None  # a place (CLDR) before its year
    if first is last and i and not name.startswith("ل") and _event_governor(words[i - 1].group()):
        return None  # "مجزرة سبايكر (2014)", "تحرير تلعفر (2017)": a genitive, no author
    if not _rare_name(name):
        return None
    return (before[first.start() : tail.end()].rstrip() if tail else name), first.start()


def _event_governor(word: str) -> bool:
    """A common noun that makes the one word after it its genitive (``مجزرة سبايكر``,
    ``تحرير تلعفر``, ``معركة``, ``سقوط``, ``احتجاجات``, ``وفاة كانط``): a word frequent in
    general Arabic (wordfreq, Zipf >= NAME_ZIPF), no reporting cue, of a noun's shape: the
    feminine or plural ending (``ـة``, ``ـات``) or a verbal noun's pattern (تفعيل ``تحرير``,
    فعول ``سقوط``, افتعال ``اتفاق``). A verb (``انظر``, ``يزعم``), a preposition (``مع``) or a
    given name (``مايكل``, ``ماكس``) before a name keeps it, as does a name the preposition
    ``ل`` already joins to the words before (``الخاصة لأينشتاين``)."""
    from araseclit.cite.citation_helpers import NAME_ZIPF
    from araseclit.textmodel.frequency import arabic_zipf

    w = _norm(re.sub(r"^[وف](?=.{3})", "", word))
    if w in _CUES or arabic_zipf(word) < NAME_ZIPF or len(w) < 4:
        return False
    w = w[2:] if w.startswith("ال") and len(w) > 5 else w
    return (
        w.endswith(("ه", "ات"))
        or (len(w) == 5 and w[0] == "ت" and w[3] == "ي")
        or (len(w) == 4 and w[2] == "و")
        or (len(w) == 5 and w[0] == "ا" and w[2] == "ت" and w[3] == "ا")
        or (len(w) == 6 and w[0] == "ا" and w[3] == "ا")
    )


#: a word with the article behind at most one clitic: "الناصرية", "والناصرية", "للخلق"
_ARTICLE_LED_RE = re.compile("^(?:[وفبكل]|وب|ول|فب|فل)?ال|^لل")


def _listed(name: str, years: str, known: Known) -> bool:
    """Whether the document cites or lists ``name``'s work of the first year of ``years``."""
    tags = _year_tags(years)
    return any((k, y) in known for k in _work_keys(name, probe=True) for y in tags)


# complementisers and the prepositions "إلى"/"عن": no author's name holds one as a word, a
# clause does ("أن مرحلة الاحتلال", "التقرير إلى أن حكومة المالكي"); "في"/"من" stay, an
# organisation has them ("مركز الدراسات الاستراتيجية في بغداد"), and "على" folds to the name
# "علي" (normalised forms)
_PARTICLES = frozenset("ان فان بان لان كان وان الي عن".split())
# and a name's particle before the words of a name: "فون", "دي", "دو"
_NAME_PARTICLES = _PARTICLES | {"فون", "دي", "دو"}


def _name_before_place(found: tuple[str, int], years: str, known: Known) -> tuple[str, int] | None:
    """A cued name that runs on into ``في`` (not a body's, ``مركز الدراسات في بغداد``): the
    words before it when they are a name (rare in general Arabic, or a listed author), ``كما
    قال بيشوه في أحد أبحاثه الأخيرة (١٩٨٨م)`` -> ``بيشوه``; else none, ``وتعرض الإيزيديون في
    سنجار (2014)`` (a people, with the article) names no author."""
    name, start = found
    words = name.split()
    at = next((i for i, w in enumerate(words) if i and _norm(w) == "في"), None)
    if at is None or styles.is_organisation(name):
        return found
    head = " ".join(words[:at])
    if _rare_name(head) or _listed(head, years, known):
        return head, start
    return None


def _listed_tail(found: tuple[str, int], years: str, known: Known) -> tuple[str, int]:
    """A cued name whose last words are a listed author of that year, the words before them
    prose: those last words (``وتشير الرسالة التي أعدها الدوري (٢٠٢١، ٥٦)`` -> ``الدوري``, when
    the list has الدوري 2021 and no ``الرسالة …``)."""
    name, start = found
    words = name.split()
    if len(words) < 2:
        return found
    # the listed author as the list spells it first: a given name before it (``عامر
    # الكبيسي``, ``فالح عبد الجبار``) or a lead-in (``كل من الحمداني``) is no part of the key,
    # though the whole name meets the entry by its last word's consonants
    for listed in (_listed_exactly, _listed):
        if listed(name, years, known):
            return found
        for n in range(1, min(3, len(words) - 1) + 1):
            tail = " ".join(words[-n:])
            if listed(tail, years, known):
                return tail, start + name.rindex(words[-n])
    return found


#: a Latin name after its bracket, between Arabic words: "وتلاحظ (2019) Lindgren أن"
_SWAPPED_LATIN_RE = re.compile(
    r"\s+(?P<name>[A-Z][\w'’-]+(?:\s+(?:&|and)\s+[A-Z][\w'’-]+|\s+et\s+al\.?)?)"
    r"(?=\s+[\u0600-\u06ff])"
)


def _listed_head(before: str, found: tuple[str, int], years: str, known: Known) -> tuple[str, int]:
    """A Latin surname whose capitalised words before it make, with it, a listed author of
    that year: the whole name (``Mac Ginty (2011)``, ``Médecins Sans Frontières (2018)``, read
    as ``Ginty`` and ``Frontières`` alone when the list has no such author)."""
    name, start = found
    if _script(name) != "latin" or _listed_exactly(name, years, known):
        return found
    words = before[:start].split()[-3:]
    for n in range(len(words), 0, -1):
        head = words[-n:]
        if not all(w[:1].isupper() for w in head):
            continue
        full = " ".join([*head, name])
        if _listed_exactly(full, years, known):
            return full, before.rindex(head[0], 0, start)
    return found


def _listed_exactly(name: str, years: str, known: Known) -> bool:
    """Whether the document cites or lists the work of that year under ``name``'s own key
    (not a consonant skeleton of its last word)."""
    from araseclit.cite.matching import author_key

    return any((author_key(name), y) in known for y in _year_tags(years))


def _particle_led(name: str, t: str) -> bool:
    """A narrative name that is a clause: a complementiser or preposition as one of its words
    (``أن مرحلة الاحتلال``), ``في`` in a name with no organisation word (``الإيزيديون في
    سنجار``: a people and a place, not "مركز الدراسات في بغداد"), or a first word led by the preposition ``ل`` (``لحكومة المالكي``:
    ``لل…``, or a word written only here with the ``ل`` and elsewhere without it)."""
    words = name.split()
    if any(_norm(w) in _PARTICLES for w in words):
        return True
    if any(_norm(w) == "في" for w in words[1:]) and not styles.is_organisation(name):
        return True  # "الإيزيديون في سنجار (2014)": a people in a place; a body keeps its "في"
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
    lm = P.LATIN_NAME_RE.search(before) if qm is not None else None
    if lm is not None and lm.start() > qm.end("name"):
        # "«الحروب الجديدة» من Kaldor (2012, p. 72)": the name after the title is the author
        return _latin_name(before, lm)
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


# --- narrative citations with no bracket: a scored decision ---------------------------------
#
# An op-ed, a book review or a magazine essay names its sources in the prose: "يرى الحمداني في
# كتابه «…» الصادر عام ٢٠٢٢", "In a 2020 report, Human Rights Watch found", "Writing in 2021
# for …, the political scientist Clara Whitfield". A year in prose is far more often an event's
# ("في عام ٢٠١٤ سيطر التنظيم", "In October 2019, protesters …"), so each bare year is read as a
# citation only on evidence, scored: a name the document's own list (or its bracketed citations)
# holds with that year, a noun of a written work tied to the year, a reporting verb or a
# scholar's trade by the name, the name's distance from the year; a month before the year, a
# law's number or an office held (a minister, a sheikh) count against it.

#: nouns of a written work, normalised, without the article or a possessive ending
_WORK_NOUNS = frozenset(
    """كتاب دراسه دراسات تقرير مقال مقاله بحث اطروحه رساله فصل بيان مسح تحقيق ورقه مذكرات
    ترجمه كراس دليل استطلاع مراجعه كتابه
    book books report study article paper survey monograph essay thesis dissertation
    investigation chapter review brief memoir analysis assessment statement volume piece
    column op-ed ethnography
    كزارش بزوهش رساله تحقيق مقاله""".split()
)
#: words of publishing or writing right before a year: "الصادر عام", "published in 2018"
_PUBLISHING = frozenset(
    """الصادر الصادره المنشور المنشوره نشر نشرت نشره نشرته نشرتها نشرها صدر صدرت اصدر اصدرت
    اصدرته اصدرتها المنجز المنجزه انجز انجزت انجزه انجزها كتب كتبت كتبه كتبها اعد اعدت اعده
    اعدته المعد المعده
    published publishing wrote writing written released issued
    منتشر منتشرشده جاب""".split()
)
#: :data:`_PUBLISHING` and its present tense, a page's or a site's ("ينشرها", "publishes"):
#: an undated work's, not a year's (:func:`undated_mentions`)
_PUBLISHING_NOW = _PUBLISHING | frozenset("ينشر تنشر publishes".split())
#: reporting verbs of prose beside a name (besides :data:`_CUES`), normalised
_PROSE_VERBS = frozenset(
    """وثق وثقت نقل نقلت يتوقف تتوقف يقارن تقارن يستند تستند يكتب تكتب كتب كتبت يروي تروي
    تفسر يفسر يخلص تخلص يعرض تعرض يقدم تقدم قدم قدمت راي رات يري تري يذكرنا تذكرنا اقترح
    اقترحت عرض عرضت تبين يبين بين تناول تناولت
    argued argues found finds wrote writes noted notes showed shows observed observes described
    describes suggested suggests concluded concludes reported reports claimed claims contended
    contends estimated estimates warned warns documented documents explained explains added
    adds recalled recalls highlighted highlights proposed proposes counted counts put says said
    أشار نشان كفته مينويسد نوشته معتقد ميكويد خبر""".split()
)
#: a scholar's or writer's trade before a name: "الباحثة سناء …", "the journalist Ahmed Sultan"
_AUTHOR_ROLES = frozenset(
    """الباحث الباحثه الصحفي الصحفيه الكاتب الكاتبه المؤرخ المؤرخه الانثروبولوجي الانثروبولوجيه
    الاستاذ الاستاذه الدكتور الدكتوره الخبير الخبيره الناقد الناقده الاكاديمي الاكاديميه المفكر
    الاجتماع المؤلف المؤلفه
    scholar researcher journalist scientist sociologist historian anthropologist economist
    analyst professor writer author reporter ethnographer geographer criminologist
    بزوهشكر نويسنده استاد دكتر""".split()
)
#: offices and honorifics before a name that make it a person acting, not an author writing
_OFFICES = frozenset(
    """الشيخ رئيس الوزير وزير النائب المحافظ القائد الرئيس العميد اللواء العقيد الناشط الناشطه
    السيد السيده المتحدث الزعيم قائد
    minister president general sheikh governor commander spokesman spokeswoman colonel""".split()
)
#: words of a year that are no month: "عام", "سنة" and the like, which every Arabic year has
_YEAR_WORDS = frozenset(
    "سنه عام العام لعام لسنه بتاريخ تاريخ حوالي نحو قرابه الميلاد ميلاديه فصل circa ca c".split()
)
#: words that date a year, skipped when a work noun is looked for near it
_DATING_FILLERS = frozenset("في عام سنه العام لعام لسنه در سال in of".split())
#: words right before a year that make it a period's bound: "منذ ٢٠٠٣", "since 2014"
_SPAN_WORDS = frozenset("منذ حتي بعد قبل since until after before by".split())
#: a law's or a decision's number and its year ending where the year ends: "رقم ١٢ لسنة ٢٠١٠",
#: "Law No. 12 of 2010" (:data:`notes.STATUTE_YEAR_RE`)
_STATUTE_YEAR_END_RE = re.compile(r"(?:" + STATUTE_YEAR_RE.pattern + r")$", re.I)

#: a bare year in prose (Gregorian; a solar Hijri year in a Persian text too)
_BARE_YEAR_RE = re.compile(r"(?<![\d./:\-–])(?P<year>(?:1[89]|20)\d\d)(?![\d%]|\s*[-–/]\s*\d)")
_SOLAR_YEAR_RE = re.compile(r"(?<![\d./:\-–])(?P<year>1[34]\d\d)(?![\d%]|\s*[-–/]\s*\d)")
#: what follows a citation's year, not a year of prose: a page after a colon or a comma
_LOCATOR_AFTER_RE = re.compile(r"\s*(?::\s*\d|[,،]\s*(?:pp?\.|ص))")
#: a token of prose: a quoted title whole, or a word
_TOKEN_RE = re.compile(
    r"«[^»\n]{0,200}»|“[^”\n]{0,200}”|\"[^\"\n]{0,200}\"|\*[^*\n]{1,200}\*"
    r"|[^\s،,.;؛:!?؟()«»\"“”*—–]+"
)
#: where a sentence ends: a stop before a space or a line's end, a question mark, a semicolon
_SENTENCE_END_RE = re.compile(r"[.!?؟;؛](?=\s|$)|\n")
#: the evidence a bare year needs to be read as a citation
PROSE_THRESHOLD = 5
#: the farthest a name may be from its year, in words
PROSE_MAX_DISTANCE = 25
_POSSESSIVES = frozenset("his her its their hers".split())
_LATIN_NAME_WORD_RE = re.compile(r"^(?:[A-Z][\w'’-]*|al-|Al-|el-|[A-Z]\.)")


def _work_noun(word: str) -> tuple[bool, bool]:
    """Whether ``word`` is a noun of a written work, and whether it has a possessive ending
    (``كتابه``, ``دراستها``, ``تقريرها``): with the article, a clitic or the ending taken off."""
    word = _norm(word).lower()
    # with a clitic taken off, or not ("پژوهش" folds to "بزوهش", whose "ب" is no clitic)
    for w in dict.fromkeys((word, re.sub(r"^(?:و|ف|ب|ل|وب|وفي|في)(?=.{3})", "", word))):
        bare = w[2:] if w.startswith("ال") else w
        if w in _WORK_NOUNS or bare in _WORK_NOUNS:
            return True, False
        for end in ("هما", "هم", "ها", "ه", "ي"):  # "ي": Persian's indefinite "پژوهشی"
            if bare.endswith(end) and len(bare) > len(end) + 2:
                stem = bare[: -len(end)]
                if stem in _WORK_NOUNS or (stem.endswith("ت") and stem[:-1] + "ه" in _WORK_NOUNS):
                    return True, end != "ي"
    return False, False


def _nisba(word: str) -> bool:
    """``البريطاني``, ``الهولندية``, ``الربيعي``: the article and a nisba ending."""
    w = _norm(word)
    return w.startswith("ال") and w.endswith(("ي", "يه"))


def _plain(word: str) -> str:
    """A token normalised, its conjunction ``و``/``ف`` taken off when the rest is a word."""
    w = _norm(word).lower()
    return w[1:] if len(w) > 3 and w[0] in "وف" else w


def _month(word: str) -> bool:
    return (
        styles.is_date_word(word)
        and _plain(word) not in _YEAR_WORDS
        and _norm(word) not in _YEAR_WORDS
    )


def _sentence_of(t: str, pos: int) -> tuple[int, int]:
    starts = [m.end() for m in _SENTENCE_END_RE.finditer(t, max(0, pos - 600), pos)]
    start = starts[-1] if starts else max(0, pos - 600)
    end_m = _SENTENCE_END_RE.search(t, pos, min(len(t), pos + 600))
    return start, end_m.start() if end_m else min(len(t), pos + 600)


def _listed_name(
    toks: list[re.Match[str]], yi: int, ytext: str, known: Known
) -> tuple[int, int] | None:
    """The run of tokens (first, last index) near the year that names an author the document
    lists or cites with that year, or None: a run under its own key first (the longest, a
    body's whole name), else one whose last word meets a listed surname by its consonants
    (the shortest, ``ديكر`` ~ ``Dekker``); the nearest of either kind."""
    from araseclit.cite.matching import author_key

    tags = _year_tags(ytext)
    keys = {k for k, y in known if y in tags}
    if not keys:
        return None  # the document lists and cites no work of that year
    best: tuple[int, int, int, int, int] | None = None
    lo, hi = max(0, yi - PROSE_MAX_DISTANCE), min(len(toks), yi + PROSE_MAX_DISTANCE)
    # each token's words once, not once per run that holds it: whether it ends every run
    # through it (a cue, a work noun, a quoted title) and its normalised form
    blocked = [
        _plain(w) in _CUES or _work_noun(w)[0] or w[:1] in '«“"*'
        for w in (toks[k].group() for k in range(lo, hi))
    ]
    low = [_norm(toks[k].group()).lower() for k in range(lo, hi)]
    for i in range(lo, hi):
        if i == yi or toks[i].group()[:1] in '«“"*':
            continue
        for n in range(1, styles.MAX_BODY_WORDS - 2):
            j = i + n - 1
            if j >= hi or i <= yi <= j or blocked[j - lo]:
                break  # the words before j were let through at n - 1
            words = [toks[k].group() for k in range(i, j + 1)]
            edge = {low[i - lo], low[j - lo]} & _STOP_WORDS
            # "علي" is also how the preposition "على" normalises: a name word only inside a
            # name of two words or more that is itself a listed author's ("حيدر علي" for
            # "علي، حيدر"; "علي حسين الجابري"), never alone ("أكد على أن")
            ali = edge == {"علي"} and n > 1
            if edge and not ali:
                continue
            if n == 1 and len(_norm(words[0])) < 3:
                continue
            name = re.sub(r"['’]s$", "", " ".join(words))
            variants = [name]
            if _script(name) == "arabic" and len(words[0]) > 3 and words[0][0] in "وفبل":
                variants.append(name[1:])
            exact = any(author_key(v) in keys for v in variants)
            if ali and not exact:
                continue
            if not exact and not any(_work_keys(v, probe=True) & keys for v in variants):
                continue
            dist = min(abs(i - yi), abs(j - yi))
            rank = (0, dist, -n) if exact else (1, dist, n)
            if best is None or rank < best[:3]:
                best = (*rank, i, j)
    return (best[3], best[4]) if best else None


#: cues that are prepositions ("عند الطائي"): in prose they govern any noun, not a name
_PREPOSITION_CUES = frozenset("عند لدي منهم".split())

#: words that never belong to a name run (normalised)
_STOP_WORDS = frozenset(
    """في من عن الي علي ان او ثم قد لقد كان كانت هذا هذه ذلك تلك التي الذي الذين ما لا لم لن
    مع بين حول ضمن نفسه ذاته ايضا كما حيث اذ عند منذ حتي بعد قبل خلال و فقد وقد اليه اليها لها
    له عليه فيه عنه به منه منها بها ذاتها نفسها
    در از با كه را اين ان براي تا نيز هم
    the a an of in on at for from by with to and or but as that this which who whose""".split()
)


def _arabic_name_after(toks: list[re.Match[str]], i: int, yi: int) -> tuple[int, int] | None:
    """The run of name words from token ``i`` on (up to four; a body's name up to
    :data:`styles.MAX_BODY_WORDS`), stopped by a particle, a work noun, a year word or a
    verb-like cue; past nisba adjectives after a trade (``الباحث الألماني جيرالد فوس``)."""
    j = i
    limit = min(len(toks), i + styles.MAX_BODY_WORDS)
    while j < limit and j != yi:
        w = toks[j].group()
        p = _norm(w)
        if (p in _STOP_WORDS or _plain(w) in _CUES or _plain(w) in _PROSE_VERBS
                or _work_noun(w)[0] or p in _YEAR_WORDS or _plain(w) in _PUBLISHING
                or w[:1] in "«“\"*" or any(c.isdigit() for c in w)
                or (p.startswith("لل") and j > i and not styles.is_organisation(
                    " ".join(x.group() for x in toks[i : j + 1])))):  # fmt: skip
            break
        j += 1
    if j == i:
        return None
    if j - i > 4 and not styles.is_organisation(" ".join(x.group() for x in toks[i:j])):
        return None
    return i, j - 1


def _latin_run_at(toks: list[re.Match[str]], i: int, yi: int) -> tuple[int, int] | None:
    """The capitalised run of name words from token ``i`` (``of``/``for`` inside a body's)."""
    j = i
    while j < len(toks) and j != yi:
        w = toks[j].group()
        if _LATIN_NAME_WORD_RE.match(w) or (j > i and w in ("of", "for", "on")):
            j += 1
            continue
        break
    while j > i and toks[j - 1].group() in ("of", "for", "on"):
        j -= 1
    return (i, j - 1) if j > i else None


def _unlisted_name(
    t: str, toks: list[re.Match[str]], yi: int, work: int | None, persian: bool = False
) -> tuple[int, int, str] | None:
    """A name with no listed work of the year: after a scholar's trade, a reporting verb
    before ``في`` + a work noun, a work noun's genitive (``تقرير منظمة العفو الدولية لعام``),
    ``by``/``from`` after the work noun, or a capitalised run before a reporting verb. Returns
    (first, last token, how it was found)."""
    lo, hi = max(0, yi - PROSE_MAX_DISTANCE), min(len(toks), yi + PROSE_MAX_DISTANCE)
    cands: list[tuple[int, int, str]] = []
    for i in range(lo, hi):
        w = toks[i].group()
        p = _plain(w)
        latin = bool(re.match(r"[A-Za-z]", w))
        if p in _AUTHOR_ROLES or _norm(w).lower() in _AUTHOR_ROLES:
            k = i + 1
            while k + 1 < hi and (
                (_nisba(toks[k].group()) and _norm(toks[k + 1].group()) not in _STOP_WORDS)
                or toks[k].group().lower() in ("political", "social")
            ):
                k += 1  # "الباحثة الهولندية …": her nationality, "political scientist"
            if k < hi and _norm(toks[k].group()).startswith("ال") and not _nisba(toks[k].group()):
                continue  # "والمؤلف المجهول": an adjective, no name
            if k < hi and toks[k].group().lower() in _AUTHOR_ROLES:
                k += 1
            run = _latin_run_at(toks, k, yi) if latin or (k < hi and re.match(
                r"[A-Z]", toks[k].group())) else _arabic_name_after(toks, k, yi)  # fmt: skip
            if run:
                cands.append((*run, "role"))
        elif (
            (p in _CUES or p in _PROSE_VERBS)
            and not _work_noun(w)[0]
            and p not in _PREPOSITION_CUES
        ):
            if latin:
                # "Samir Al-Janabi argued", "Human Rights Watch found": the run before the verb
                j = i - 1
                k = j
                while k >= lo and (_LATIN_NAME_WORD_RE.match(toks[k].group())
                                   or toks[k].group() in ("of", "for")):  # fmt: skip
                    k -= 1
                if j >= lo and k < j and _LATIN_NAME_WORD_RE.match(toks[j].group()):
                    first = k + 1
                    while first < j and toks[first].group() in ("of", "for"):
                        first += 1
                    cands.append((first, j, "verb"))
            elif i + 1 < hi and not persian:  # Persian puts its verb after the subject
                run = _arabic_name_after(toks, i + 1, yi)
                if run:
                    cands.append((*run, "verb"))
        elif work is not None and i == work + 1 and not latin:
            run = _arabic_name_after(toks, i, yi)
            if run and styles.is_organisation(
                " ".join(x.group() for x in toks[run[0] : run[1] + 1])
            ):
                cands.append((*run, "genitive"))
        elif work is not None and latin and w in ("by", "from") and i in (work + 1, work + 2):
            k = i + 1
            if k < hi and toks[k].group() == "the":
                k += 1
            run = _latin_run_at(toks, k, yi)
            if run:
                cands.append((*run, "by"))
    if not cands:
        return None
    # a trade before a name is the surest, then a reporting verb, then a work's genitive
    kinds = {"role": 0, "verb": 1, "by": 2, "genitive": 2}
    return min(cands, key=lambda c: (kinds[c[2]], min(abs(c[0] - yi), abs(c[1] - yi))))


def prose_citations(
    t: str,
    ctx: YearContext,
    known: Known,
    found: list[dict],
    skip: tuple[int, int] | None = None,
    notes: Sequence[tuple[int, int]] = (),
) -> list[dict]:
    """Narrative citations with no bracket: each bare year of the prose scored as a work's
    (:data:`PROSE_THRESHOLD`), its author the name the evidence points to. ``known``: (author
    key, Gregorian year) the document lists or cites in brackets; ``found``: the citations
    already read (a year inside one is theirs); ``notes``: spans of the document's notes,
    whose full references (``نادية السعدي، «…»، مجلة …، العدد ٣٢ (٢٠١٩)``) are read as notes."""
    years = list(_BARE_YEAR_RE.finditer(t))
    if ctx.persian:  # a Persian text writes solar years and Gregorian ones
        years = sorted(years + list(_SOLAR_YEAR_RE.finditer(t)), key=lambda m: m.start())
    starts, reach = _coverage([*((r["start"], r["end"]) for r in found), *notes])
    out: list[dict] = []
    for m in years:
        y = m.start("year")
        if skip is not None and skip[0] <= y < skip[1]:
            continue
        at = bisect_right(starts, y) - 1
        if at >= 0 and reach[at] > y:
            continue  # inside a citation already read or a note
        if t[max(0, y - 3) : y].strip()[-1:] in (",", "،", ":", ")"):
            continue  # "…، مجلة دراسات البصرة، العدد ٤٥، ٢٠٢٠": an imprint's date
        if _LOCATOR_AFTER_RE.match(t, m.end()):
            continue  # "2021: 112", "2021, pp. 3–5": a bracket's year the extraction moved
        line = max(t.rfind("\n", 0, y) + 1, y - 300)  # a long line: its last stretch
        opener = t.rfind("(", line, y)
        alone = (
            opener >= 0
            and not t[opener + 1 : y].strip()
            and t[y + 4 : y + 6].strip()[:1] == ")"
            and not _opens(t[line:opener])  # "(هابرماس ١٩٨١ (١٩٨٤)": a bracket in a bracket
        )
        if (_opens(t[line:y]) and not alone) or t[line:y].count("«") > t[line:y].count("»"):
            continue  # a bracket's year (other readers'; one that holds the year alone, after
            # a title no reader took, is scored here), a year inside a title
        s0, s1 = _sentence_of(t, y)
        toks = list(_TOKEN_RE.finditer(t, s0, s1))
        yi = next((i for i, tok in enumerate(toks) if tok.start() <= y < tok.end()), None)
        if yi is None or toks[yi].group()[:1] in '«“"*':
            continue
        rec = _score_bare_year(t, toks, yi, m["year"], ctx, known, listed_only=alone)
        if rec is None:
            continue
        at = bisect_right(starts, rec["end"] - 1) - 1
        if at < 0 or reach[at] <= rec["start"]:
            out.append(rec)  # a name inside another citation or a note is theirs
    return out


def _coverage(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Starts of ``spans`` in order and, for each, the farthest end of the spans up to it:
    a position ``p`` lies in one when the last start at or before it reaches past it."""
    spans = sorted(spans)
    reach: list[int] = []
    for _, end in spans:
        reach.append(max(end, reach[-1]) if reach else end)
    return [a for a, _ in spans], reach


#: the weight of each kind of evidence about a bare year; a year is read as a citation at
#: :data:`PROSE_THRESHOLD`. A listed name alone (3) and a work noun by the year alone (2) are
#: not enough; either with a close name and a verb, a trade or a possessive is.
PROSE_WEIGHTS = {
    "listed": 3,  # the document lists or cites this name's work of this year
    "work": 2,  # a noun of a written work within four words of the year ("كتابه … الصادر عام")
    "work in the sentence": 1,  # farther, with a publishing word before the year
    "published": 1,  # "الصادر عام", "published in", "نشرته … عام"
    "possessive": 1,  # "كتابه", "دراستها", "his 2019 book": the work is someone's
    "genitive": 1,  # "تقرير منظمة العفو الدولية لعام": the work's author right after it
    "trade or body": 1,  # "الباحثة …", "the journalist …", or an organisation's name
    "verb": 1,  # a reporting verb by the name
    "near": 1,  # the name within twelve words of the year
    "month": -3,  # "في آذار 2015", "In October 2019": a day's date
    "span": -2,  # "منذ عام 2003", "since 2014": a period's bound
    "office": -3,  # "الشيخ …", "Prime Minister …": a person acting, not writing
}


def _year_evidence(toks: list[re.Match[str]], yi: int) -> tuple[list[str], int | None, bool]:
    """The evidence of the year's own words: its date words, a work noun near it (its index)
    and a publishing word before it."""
    evidence: list[str] = []
    before = [x.group() for x in toks[max(0, yi - 3) : yi]]
    if (before and _month(before[-1])) or (
        len(before) > 1 and _month(before[-2]) and before[-1].isdigit()
    ):
        evidence.append("month")
    if before and (
        _plain(before[-1]) in _SPAN_WORDS
        or (
            len(before) > 1
            and _plain(before[-2]) in _SPAN_WORDS
            and _plain(before[-1]) in _YEAR_WORDS
        )
    ):
        evidence.append("span")
    # the nearest work noun within four words before the year, not counting the words that
    # date it ("في عام", "در سال", "in"), or right after it ("a 2020 report", "a 2021 policy
    # paper"); farther after it, the work is another event's ("اعتقل عام 2019 بعد نشر كتابه":
    # arrested in 2019 after his book came out)
    fill = _DATING_FILLERS
    left = [i for i in range(yi - 1, -1, -1) if _plain(toks[i].group()) not in fill][:4]
    after = 2 if re.match(r"[A-Za-z]", toks[yi + 1].group() if yi + 1 < len(toks) else "") else 1
    right = [i for i in range(yi + 1, len(toks)) if _plain(toks[i].group()) not in fill][:after]
    work = None
    for i in (x for pair in zip_longest(left, right) for x in pair if x is not None):
        is_work, has_poss = _work_noun(toks[i].group())
        if is_work:
            work = i
            lead = toks[i - 1].group().lower() if i else ""
            # "his 2019 book": the possessive before the year that the noun follows
            by_year = i == yi + 1 and yi > 0 and toks[yi - 1].group().lower() in _POSSESSIVES
            if has_poss or lead in _POSSESSIVES or by_year:
                evidence.append("possessive")
            break
    # a publishing word right before the year, or between the work noun and it: "الصادر
    # عام", "published in 2018", "تحقيق نشرته جريدة المدى عام ٢٠١٩"
    lead_in = toks[work + 1 if work is not None and work < yi else max(0, yi - 2) : yi]
    pub = any(_plain(x.group()) in _PUBLISHING for x in lead_in[-4:])
    if work is not None:
        evidence.append("work")
    elif pub and any(_work_noun(x.group())[0] for x in toks[:yi]):
        evidence.append("work in the sentence")
    if pub:
        evidence.append("published")
    return evidence, work, pub


def _score_bare_year(
    t: str,
    toks: list[re.Match[str]],
    yi: int,
    ytext: str,
    ctx: YearContext,
    known: Known,
    listed_only: bool = False,
) -> dict | None:
    """The record of a bare year read as a citation (its evidence weighs
    :data:`PROSE_THRESHOLD` or more, :data:`PROSE_WEIGHTS`), or None. ``listed_only``: a
    bracket holding the year alone after a title (``كتابه «…» (١٩٠٥)``), a title's year
    unless the document lists or cites that author's work of that year."""
    ys = toks[yi].start() + max(0, toks[yi].group().find(ytext))
    if _STATUTE_YEAR_END_RE.search(t, max(0, ys - 40), ys + len(ytext)):
        return None  # a law's or a resolution's number and its year
    evidence, work, pub = _year_evidence(toks, yi)
    if work is None and not pub:
        # the year must be a work's: "أشارت بيانات وزارة العمل … لعام 2023" (the data of a
        # year) names none, even when the ministry's 2023 report is listed
        return None
    listed = _listed_name(toks, yi, ytext, known)
    if listed is not None:
        first, last = listed
        how = "listed"
    elif listed_only:
        return None
    else:
        un = _unlisted_name(t, toks, yi, work, ctx.persian)
        if un is None:
            return None
        first, last, how = un
    name = re.sub(r"['’]s$", "", " ".join(x.group() for x in toks[first : last + 1]))
    if not _plausible_author(name):
        return None
    if _script(name) == "latin" and how != "listed" and len(name.split()) < 2:
        return None  # one capitalised word with no list behind it: a place as often as a name
    dist = min(abs(first - yi), abs(last - yi))
    if dist > PROSE_MAX_DISTANCE:
        return None
    if how in ("listed", "genitive"):
        evidence.append(how)
    if how == "role" or (how != "listed" and styles.is_organisation(name)):
        evidence.append("trade or body")
    lead = [_plain(x.group()) for x in toks[max(0, first - 2) : first]]
    # the office before the name, or opening the run a reporting verb took ("قال المحافظ سامر
    # الدليمي"; a body's own words, "Office of the Prime Minister", are its name)
    inside = not styles.is_organisation(name) and any(
        _plain(x.group()) in _OFFICES or x.group().lower() in _OFFICES
        for x in toks[first : last + 1]
    )
    if (
        inside
        or any(w in _OFFICES for w in lead)
        or (first and toks[first - 1].group().lower() in _OFFICES)
    ):
        evidence.append("office")
    near = toks[max(0, first - 3) : last + 4]
    if any(_plain(x.group()) in _CUES or _plain(x.group()) in _PROSE_VERBS
           or x.group().lower() in _PROSE_VERBS for x in near):  # fmt: skip
        evidence.append("verb")
    if dist <= 12:
        evidence.append("near")
    if sum(PROSE_WEIGHTS.get(e, 0) for e in evidence) < PROSE_THRESHOLD:
        return None
    start = min(toks[first].start(), toks[yi].start())
    end = max(toks[last].end(), toks[yi].end())
    if t[end : end + 1] == ")":  # "(۱۴۰۰)": the bracket that holds the year alone
        end += 1
    if listed is None and _script(name) == "arabic":
        name = _family_of_person((name, toks[first].start()), ytext, known)[0]
    elif listed is None and not styles.is_organisation(name):
        name = name.split()[-1]  # "the journalist Ahmed Sultan": cited by the surname
    elif _script(name) == "arabic" and name[:1] in "وفبل" and not _listed(name, ytext, known):
        name = name[1:]  # "وديكر": the conjunction is no part of the listed name
    recs = _year_records(ytext, None, name, ctx, start=start, end=end, kind="narrative")
    return recs[0] if recs else None


# a page of a work in prose: "في الصفحة ٤٧ من الكتاب نفسه", "في الصفحة ٢١٠ منه", "on page 88",
# Persian "در صفحهٔ ۴۷"; an Arabic page must be said to be of a work (من + a work noun, منه)
_PROSE_PAGE_RE = re.compile(
    r"(?:(?<=\s)|^)(?:(?:و|ف)?(?:في|على)\s+(?:ال)?صفح(?:ة|ه|تي)\s+(?P<ar>\d+(?:\s*[-–]\s*\d+)?)"
    r"(?=\s+(?:من|منه|منها)(?:\s|$|[،,.]))"
    r"|\b(?:on|at)\s+(?:page|p\.)\s+(?P<en>\d+(?:\s*[-–]\s*\d+)?)\b"
    r"|در\s+صفحه(?:ٔ|\u200cی|ی)?\s+(?P<fa>\d+(?:\s*[-–]\s*\d+)?))"
)


def _named_in(words: set[str], r: dict) -> bool:
    """Whether the words of a sentence name the author of the citation ``r``."""
    from araseclit.cite.matching import author_key

    key = author_key(r["author"] or "").split()
    return bool(key) and (key[-1] in words or " ".join(key) in words)


def prose_locators(
    t: str,
    found: list[dict],
    skip: tuple[int, int] | None = None,
    notes: Sequence[tuple[int, int]] = (),
) -> list[dict]:
    """A page of a work named in prose, its work the one of the author its sentence names, or
    else the latest cited in its paragraph; none with no citation before it there."""
    from araseclit.cite.matching import author_key

    out: list[dict] = []
    cited = sorted(
        (r for r in found if r["author"] and r["year_text"] is not None), key=lambda r: r["start"]
    )
    starts, reach = _coverage([*((r["start"], r["end"]) for r in found), *notes])
    for m in _PROSE_PAGE_RE.finditer(t):
        if skip is not None and skip[0] <= m.start() < skip[1]:
            continue
        at = bisect_right(starts, m.start()) - 1
        if at >= 0 and reach[at] > m.start():
            continue  # inside a citation already read or a note
        if m["ar"]:  # "من" + a work noun, "منه": the page is of a work
            nxt = t[m.end() : m.end() + 30].split()
            if not nxt or not (
                _norm(nxt[0]) in ("منه", "منها")
                or (len(nxt) > 1 and _work_noun(nxt[1].strip("،,."))[0])
            ):
                continue
        page = m["ar"] or m["en"] or m["fa"]
        before = [r for r in cited if r["end"] <= m.start()]
        if not before:
            continue
        s0, _ = _sentence_of(t, m.start())
        words = {author_key(w) for w in _TOKEN_RE.findall(t[s0 : m.start()])} - {""}
        named = [r for r in before if _named_in(words, r)]
        para = t.rfind("\n\n", 0, m.start())
        here = [r for r in before if r["start"] > para]
        base = (named or here or [None])[-1]
        if base is None:
            continue
        rec = {**base, "start": m.start(), "end": m.end(), "kind": "narrative"}
        rec["page"] = re.sub(r"\s+", "", page)
        rec.pop("cit_id", None)
        out.append(rec)
    return out


def coauthor_lead(t: str, found: list[dict], entries: list[dict]) -> list[dict]:
    """``Hameed's later work with Peter Doyle (2023)``: a narrative name that is not its
    work's first author but a later one of a listed entry of that year, whose first author
    the sentence names before it, cites that entry under both (``Hameed & Doyle``). One
    author's entry (``علي، حيدر``: a family name and given names, no conjunction) has no later
    author; a first author whose name is a particle's normalised form (``علي``, the
    preposition ``على``) is named only as the entry writes it."""
    from araseclit.cite.matching import author_key

    by_year: dict[int, list[tuple[str, str]]] = {}
    for e in entries:
        if e["authors"] and e["gregorian_year"]:
            parts = [p.strip() for p in re.split(r"[،,;؛]|\s+(?:and|&|و)\s+", e["authors"])]
            if len(parts) == 2 and not re.search(r"\s(?:and|&|و)\s|[;؛]", e["authors"]):
                continue  # "علي، حيدر", "Smith, J.": one author, given names after the comma
            first = parts[0]
            later = " ".join(parts[1:])
            if later:
                by_year.setdefault(e["gregorian_year"], []).append((first, later))
    if not by_year:
        return found
    out = []
    for r in found:
        cands = by_year.get(r["gregorian_year"] or -1, [])
        key = author_key(r["author"] or "")
        if r["kind"] != "narrative" or not key or not cands or len(key.split()) > 1:
            out.append(r)
            continue
        s0, _ = _sentence_of(t, r["start"])
        tokens = _TOKEN_RE.findall(t[s0 : r["start"]])
        words = {author_key(re.sub(r"['’]s$", "", w)) for w in tokens}
        lead = next(
            (
                first
                for first, later in cands
                if key in {author_key(w) for w in later.split()}
                and author_key(first) in words
                and author_key(first) != key
                and (_norm(first) not in _STOP_WORDS or first in tokens)
            ),
            None,
        )
        out.append({**r, "author": f"{lead} & {r['author']}"} if lead else r)
    return out


#: nouns of a body's undated publication named in prose: its page, its site, its guide
_UNDATED_WORKS = frozenset("صفحه موقع دليل بيان page website webpage site guide statement".split())


def undated_mentions(
    t: str,
    entries: list[dict],
    found: list[dict],
    skip: tuple[int, int] | None = None,
    notes: Sequence[tuple[int, int]] = (),
) -> list[dict]:
    """A body whose listed work has no date (``د.ت``, ``بدون تاريخ``, ``n.d.``) named in the
    prose by the name its entry gives, with a noun of such a work and a publishing or
    reporting word in its sentence (``صفحة الأسئلة الشائعة التي ينشرها مرصد الحقوق المدنية
    في نينوى على موقعه``): a citation of that entry, with no year. A year's evidence
    (:data:`PROSE_WEIGHTS`) has no year to weigh here, so both words are required."""
    out: list[dict] = []
    starts, reach = _coverage([*((r["start"], r["end"]) for r in found), *notes])
    for e in entries:
        if e["gregorian_year"] or not e["authors"] or not e.get("year_text"):
            continue
        info = parse_year(e["year_text"])
        if info is None or info["year_text"] is None or info["gregorian_year"] is not None:
            continue
        name = _unmarked(re.split(r"[،,]", e["authors"])[0]).strip()
        if len(name.split()) < 2 or not styles.is_organisation(name):
            continue
        pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)"
        for m in re.finditer(pattern, t):
            if skip is not None and skip[0] <= m.start() < skip[1]:
                continue
            at = bisect_right(starts, m.start()) - 1
            if at >= 0 and reach[at] > m.start():
                continue
            s0, s1 = _sentence_of(t, m.start())
            words = [_plain(w) for w in _TOKEN_RE.findall(t[s0:s1])]
            work = any(w in _UNDATED_WORKS or (w.startswith("ال") and w[2:] in _UNDATED_WORKS)
                       for w in words)  # fmt: skip
            said = any(
                w in _PUBLISHING
                or w in _CUES
                or w in _PROSE_VERBS
                or re.sub("(ها|ه)$", "", w) in _PUBLISHING_NOW
                for w in words
            )
            if work and said:
                out.extend(
                    _year_records(
                        e["year_text"], None, name, YearContext(), start=m.start(),
                        end=m.end(), kind="narrative",
                    )
                )  # fmt: skip
    return out
