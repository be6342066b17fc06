"""Narrative citations: a name, then its bracketed year (``ويرى الكربلائي (2022)``,
``Toby Dodge (2012)``, ``مع جوفمان (١٩٧٤م)``), and a secondary lead-in before it; also a
name before a bare locator after a reporting cue. Split out of ``citations.py`` unchanged."""

from __future__ import annotations

import re

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
from araseclit.cite.years import YearContext, parse_year


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


def _narrative(
    t: str, ctx: YearContext, known: frozenset[tuple[str, int]] = frozenset()
) -> list[dict]:
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


def _family_of_person(
    found: tuple[str, int], years: str, known: frozenset[tuple[str, int]]
) -> tuple[str, int]:
    """An Arabic person named given name first with a family name of the nisba form
    (``أحمد السعدي``, ``سعاد كريم الجنابي``: given names with no article, then ``ال…ي``) is
    cited by that family name, as a bracket and a list cite them, when the list does not
    hold the whole name; a body's name and any other run of words stay whole."""
    name, start = found
    words = name.split()
    if len(words) > 2 and _norm(words[0]) in _ROLES:  # "الصحفي أحمد السعدي": his trade
        name, start = " ".join(words[1:]), start + name.index(words[1])
        words = words[1:]
    if (
        len(words) < 2
        or _script(name) != "arabic"
        or styles.is_organisation(name)
        or _listed_exactly(name, years, known)
        or any(_norm(w).startswith("ال") for w in words[:-1])
        or not (_norm(words[-1]).startswith("ال") and _norm(words[-1]).endswith("ي"))
    ):
        return name, start
    return words[-1], start + name.rindex(words[-1])


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
_ET_AL_TAIL_RE = re.compile(r"\s+(?:و\s?هم[کك]اران|و\s?آخرون|و\s?زملاؤه|et\s+al\.?)\s*$")


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
    words = list(P.WORD_RE.finditer(before, stop, tail.start() if tail else len(before)))
    if not words:
        return None
    gy = year["gregorian_year"]
    if not before[words[-1].end() :].strip():
        # a body's whole name right before the bracket that is a listed author of that year:
        # "المصدر: المنظمة الدولية للهجرة (2021، ص 7)" (the longest such run of words)
        from araseclit.cite.matching import author_key

        for n in range(min(len(words), _MAX_NAME_WORDS), 1, -1):
            name = before[words[-n].start() : words[-1].end()]
            if (author_key(name), gy) in known:
                return name, words[-n].start()
    words = words[-3:]
    last = words[-1]
    first = last
    if last.group().startswith("و") and len(words) >= 2:
        first = words[-2]  # "بوتر ووذريل": the pair's first author
    word, start = first.group(), first.start()
    probes = _work_keys(word, probe=True) | _work_keys(word[1:], probe=True)
    if not any((k, gy) in known for k in probes):
        return None
    if word.startswith("و") and len(word) > 4:
        start += 1  # "وألتوسير (1971م)": "and Althusser"
    elif word.startswith("ف") and not any((k, gy) in known for k in _work_keys(word, probe=True)):
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
# and a name's particle before the words of a name: "فون", "دي", "دو"
_NAME_PARTICLES = _PARTICLES | {"فون", "دي", "دو"}


def _name_before_place(
    found: tuple[str, int], years: str, known: frozenset[tuple[str, int]]
) -> tuple[str, int] | None:
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


def _listed_tail(
    found: tuple[str, int], years: str, known: frozenset[tuple[str, int]]
) -> tuple[str, int]:
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


def _listed_head(
    before: str, found: tuple[str, int], years: str, known: frozenset[tuple[str, int]]
) -> tuple[str, int]:
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


def _listed_exactly(name: str, years: str, known: frozenset[tuple[str, int]]) -> bool:
    """Whether the document cites or lists the work of that year under ``name``'s own key
    (not a consonant skeleton of its last word)."""
    from araseclit.cite.matching import author_key

    year = parse_year(P.YEAR_SPLIT_RE.split(years)[0])
    if year is None or year["gregorian_year"] is None:
        return False
    return (author_key(name), year["gregorian_year"]) in known


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
