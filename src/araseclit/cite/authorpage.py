"""Author–page citations with no year (MLA): ``(Hassan 45)``, ``(Dodge, Iraq 33)``,
``(Mahdi et al. 77)``, ``(qtd. in Hassan 52)``, ``(OCHA)``, and the page alone after a name
in the sentence, ``Mary Kaldor describes … (12)``, ``Dodge traces … (Inventing Iraq 112)``.

Without a year, a name and a number in brackets is the shape of much that is no citation
(``(Table 3)``, ``(Resolution 2379)``, ``(about 1,200)``), so the reading rests on the
reference list:

- a part whose name is the family name of an entry (``Hassan`` of ``Hassan, Layla. Brokers
  of Access … 2019.``) is a citation of that entry, with its year; a short title picks one of
  an author's works (``(Dodge, Iraq 33)``); an author with several works and no title gets
  no year;
- once :data:`MIN_STYLE_EVIDENCE` parts of the document read so, the document is written in
  that style, and it also reads a part whose name has no entry but is a rare word in general
  English or Arabic (``(Batatu 87)``: a work the list lacks, which the audit reports), a
  bracket holding only an entry's name (``(Human Rights Watch)``, ``(OCHA)``), and a bracket
  holding only a page (or a short title and a page) after a sentence that names an entry's
  author (``Mary Kaldor describes … (12)``; not when that author has several works and no
  title picks one).

Chicago-like short titles with no year, ``(فوغل، المجتمع المدني في زمن الحرب، ص ١٠٢)``,
``(Lindqvist, Brokers of Order, p. 88)``, are read by :func:`short_title_part` (called by the
citation finder before the other house styles, so that the title is never the author): the
name must be an entry's author and the short title must name one of its works
(:func:`title_names_entry`), whose year the citation takes.

A list's ``---.`` (the author of the entry above) gives that author. Brackets another pass
already read (author–date, numeric, notes) and brackets inside notes are left alone, and a
document with notes (whose brackets ``(12)`` are note markers) reads no page alone.
"""

from __future__ import annotations

import bisect
import math
import re
from functools import cache, lru_cache

from araseclit.cite import patterns as P

_LATIN_NAME = (
    r"[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|of|for|the|and|&|de|del|van|von|al|el|on|in))*?"
    r"(?:,?\s+et\s+al\.)?"
)
_AR_NAME = r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c]+(?:\s+[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c]+){0,5}"
# "45" | "ص ١١١" | "pp. 210-12" | a volume and its page, "٢: ١٤٠" (the page is the locator)
_PAGE = r"(?:(?:pp?\.|ص\s*ص|ص)\.?\s*)?(?:\d{1,2}\s*:\s*)?(?P<page>\d{1,4})(?:\s*[-–—]\s*\d{1,4})?"
# One part of an author–page bracket: "Hassan 45" | "Dodge, Iraq 33" | "Mahdi et al. 77"
#   | "United Nations Assistance Mission for Iraq 14" | "OCHA" | "Inventing Iraq 112" | "60"
PART_RE = re.compile(
    r"(?P<name>" + _LATIN_NAME + r"|" + _AR_NAME + r")?"
    r"(?:\s*[,،]\s*(?P<title>[A-Z\u0621-\u064a][^,،;؛()\d]{0,60}?))?"
    r"(?:\s*[,،]?\s*" + _PAGE + r")?"
)
# Words that send the reader to the work, before it: "see also" | "cf." | "qtd. in" | "انظر:"
LEAD_RE = re.compile(
    r"^(?:see(?:\s+also)?|cf\.|compare|e\.g\.,?|qtd\.\s+in|quoted\s+in|(?:as\s+)?cited\s+in"
    r"|انظر|أنظر|ينظر|راجع|قارن|نقلا\s+عن|نقلاً\s+عن)(?:\s+(?:also|أيضا|أيضاً))?\s*:?\s+",
    re.I,
)
_QUOTES_RE = re.compile(r"[\"“”«»]")
_PART_SPLIT_RE = re.compile(r"\s*[;؛]\s*")
_SENTENCE_END_RE = re.compile(r"[.!?؟]\s|\n")
_WORD_RE = re.compile(r"[A-Za-z\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c'’\-]+")
#: parts read from an entry's family name that make the document an author–page one (set a
#: priori: three, so that two coincidences are not a style)
MIN_STYLE_EVIDENCE = 3
#: a name without an entry is read only when each word is rarer than this in general text
#: (Zipf scale; "Batatu" unknown, "Tripp" 2.9 against "Table" 5.1, "Appendix" 3.5)
NAME_ZIPF = 3.3
#: a page of four digits from here to ``YEAR_MAX`` is a year: author–date, not this module's
YEAR_MIN, YEAR_MAX = 1500, 2100
#: words before a bracket searched for the author of a page alone
MAX_NAME_WORDS = 6


@cache
def _en_frequencies() -> object:
    from araseclit.textmodel.frequency import word_frequencies

    return word_frequencies("en")


def _rare(name: str) -> bool:
    from araseclit.cite.citation_helpers import _rare_name, _script

    if _script(name) == "arabic":
        return _rare_name(name)
    freqs = _en_frequencies()
    for w in re.findall(r"[A-Za-z]+", P.ET_AL_RE.sub("", name)):
        f = freqs.get(w.lower())  # type: ignore[attr-defined]
        if f and math.log10(f) + 9 >= NAME_ZIPF:
            return False
    return True


def _families(entries: list[dict]) -> dict[str, list[dict]]:
    """Entry index by the keys of its authors' names; an entry whose author is a run of
    dashes (``---. Iraq …``, the list's sign for the author above) has the one before's."""
    from araseclit.cite.matching import author_key, reference_keys

    out: dict[str, list[dict]] = {}
    prev = None
    for e in entries:
        authors = e.get("authors") or ""
        raw = (e.get("raw") or "").lstrip()
        if prev is not None and re.match(r"^(?:\d{1,3}[.)]\s*)?[-_\u2010-\u2015\u0640]{2,}", raw):
            authors = prev
        keys = set(reference_keys(authors)) | {author_key(f) for f in e.get("families") or ()}
        # the entry's first words up to its first stop or comma: its author as the list
        # writes it ("OCHA. Iraq: Humanitarian …"), however the entry's fields were read
        # ("الكبيسي (خالد عبد الله): …": the family name before the given names in brackets)
        head = re.match(r"\s*(?:\d{1,3}[.)]\s*)?([^.,،(\d]{2,60}?)\s*[.,،(]", raw)
        if head and prev is not None and authors is prev:
            head = None
        keys |= {author_key(head[1])} if head else set()
        # the first word of the entry's text, for :func:`_named_by_head`
        first = _key_words(raw[:200])[:1]
        keys |= {_HEAD + first[0]} if first else set()
        for k in keys - {""}:
            out.setdefault(k, []).append(e)
        prev = authors
    return out


def _lookup(name: str, index: dict[str, list[dict]]) -> list[dict]:
    from araseclit.cite.matching import author_key

    name = P.ET_AL_RE.sub("", name).strip(" ,،")
    first = re.split(r"\s+(?:and|&|و)\s+", name, maxsplit=1)[0]
    for cand in (name, first):
        hits = index.get(author_key(cand))
        if hits:
            return hits
    return []


def _pick(works: list[dict], title: str | None) -> dict | None:
    """The one work of an author a citation names: the only one, or the one whose title
    shares most words with the short title (none on a tie or with no title)."""
    unique = list({id(w): w for w in works}.values())
    if len(unique) == 1:
        return unique[0]
    if not title:
        return None
    short = " ".join(re.findall(r"\w+", title.casefold()))
    opens = [
        w
        for w in unique
        if " ".join(re.findall(r"\w+", (w["title"] or "").casefold())).startswith(short)
    ]
    if len(opens) == 1:  # a short title is the title's first words: "Iraq" of "Iraq: From War …"
        return opens[0]
    words = {w.casefold() for w in re.findall(r"\w{3,}", title)}
    scored = sorted(
        ((len(words & {w.casefold() for w in re.findall(r"\w{3,}", w["title"] or "")}), i)
         for i, w in enumerate(unique)),
        reverse=True,
    )  # fmt: skip
    if scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return unique[scored[0][1]]


def _year_page(page: str | None) -> bool:
    return bool(page) and len(page) == 4 and YEAR_MIN <= int(page) <= YEAR_MAX


def _record(name: str, work: dict | None, page: str | None, start: int, end: int) -> dict:
    from araseclit.cite.citation_helpers import _record as record
    from araseclit.cite.citation_helpers import _script

    year = {}
    if work is not None:
        year = {f: work.get(f) for f in ("year", "year_text", "calendar", "gregorian_year")}
    return record(
        start=start, end=end, kind="parenthetical", author=name, script=_script(name),
        page=page, **year,
    )  # fmt: skip


def _sentence_author(
    t: str, at: int, index: dict[str, list[dict]], sentences: int = 1
) -> tuple[str, list[dict]]:
    """The last name before ``at`` in its sentence (or in the ``sentences`` last sentences of
    its paragraph) that is an entry's author."""
    from araseclit.cite.matching import author_key

    lo = max(0, at - 400 * sentences)
    para = t.rfind("\n", lo, at) + 1 or lo
    stops = [m.end() for m in _SENTENCE_END_RE.finditer(t, para, at)]
    start = stops[-sentences] if len(stops) >= sentences else para
    words = list(_WORD_RE.finditer(t, start, at))
    for i in range(len(words) - 1, -1, -1):
        for n in range(min(MAX_NAME_WORDS, i + 1), 0, -1):
            name = t[words[i - n + 1].start() : words[i].end()]
            if re.search(r"[،,;؛:]", name):
                continue  # "عبد الرحمن، إذ ما زال الكاتب": a name and the prose after it
            capitalised = name[:1].isupper() or not name[:1].isascii()
            if capitalised and author_key(name) in index:
                return name, index[author_key(name)]
    return "", []


def _after_name(
    t: str,
    at: int,
    index: dict[str, list[dict]],
    title: str | None,
    page: str,
    span: tuple[int, int],
) -> list[tuple[str, dict]]:
    """A page alone, or a short title and a page, whose author the sentence names; none when
    the author has several works and no title picks one (the name is evidence enough for a
    bracket, not for a bare number)."""
    who, works = _sentence_author(t, at, index)
    if not works and title:
        # "Jaafar argues … (121). Her later fieldwork … (Licensed 64-67)": a short title in a
        # sentence that names no one continues the paragraph's author, when it picks a work
        who, works = _sentence_author(t, at, index, sentences=3)
    work = _pick(works, title) if works else None
    if work is None or (title and not _names_work(title, work, who)):
        return []
    return [("sentence", _record(who, work, page, *span))]


def _common(word: str) -> bool:
    """``word`` is a common word of general English or Arabic (wordfreq): "Table",
    "Resolution", "الجدول", "المادة", against "Batatu" or "Kaldor"."""
    from araseclit.cite.citation_helpers import _script
    from araseclit.textmodel.frequency import arabic_zipf

    if _script(word) == "arabic":
        return arabic_zipf(word) >= NAME_ZIPF
    f = _en_frequencies().get(word.casefold())  # type: ignore[attr-defined]
    return bool(f) and math.log10(f) + 9 >= NAME_ZIPF


def _names_work(short: str, work: dict, who: str) -> bool:
    """The words before a page are evidence of ``work``: its author's name, the opening words
    of its title (an article dropped, as MLA's short titles drop it: "Iraq" of "Iraq: From
    War …", "Kurdish Quasi-State" of "The Kurdish Quasi-State …"), or words of its title of
    which one at least is no common word. A common noun of document structure or law that
    opens no title ("Table 3", "Resolution 2379", "الجدول 3") is not."""
    from araseclit.cite.matching import author_key

    words = re.findall(r"\w+", short.casefold())
    if not words or author_key(short) == author_key(who):
        return True
    title = re.findall(r"\w+", (work.get("title") or "").casefold())
    opening = [title, title[1:] if title[:1] in (["the"], ["a"], ["an"]) else title]
    if any(w[: len(words)] == words for w in opening):
        return True
    return set(words) <= set(title) and not all(_common(w) for w in words)


#: characters of a document's opening searched for the work it is about (a review's book:
#: its title, author and imprint head the review)
OPENING_CHARS = 600
#: share of an entry's title words the opening must hold (a title of three words at least)
SUBJECT_TITLE_SHARE = 0.8
# a bracket holding a marked page alone, a lead-in and a table or figure after it allowed:
# "(ص ١٧)" | "(ص ص ٤٥-٥٢)" | "(انظر ص ٢١١)" | "(ص ١٤٠، الجدول ٤-٢)" | "(p. 17)" | "(pp. 45–52)"
PAGE_ONLY_RE = re.compile(
    r"(?:(?:انظر|أنظر|ينظر|راجع|see|cf\.)\s*:?\s*)?(?:ص\s*ص|صص|ص|pp?\.)\s*\.?\s*"
    r"(?P<page>\d{1,4}(?:\s*[-–—]\s*\d{1,4})?)"
    r"(?:\s*[،,]\s*[^\d()،,;؛]{1,25}?\s*\d{1,3}(?:\s*[-–.]\s*\d{1,3})?)?",
    re.I,
)


def _title_words(text: str) -> list[str]:
    from araseclit.cite.matching import author_key

    words = (author_key(w) for w in _WORD_RE.findall(text))
    return [w for w in words if len(w) > 2]


def subject_work(text: str, entries: list[dict]) -> dict | None:
    """The work a document is about, as a book review is about its book: the one entry whose
    title's words (three at least) are nearly all (:data:`SUBJECT_TITLE_SHARE`) in the
    document's opening (:data:`OPENING_CHARS`) together with its author's family name. A
    bracket holding a page alone then cites it (``يعرّف المؤلف الأمن المحلي … (ص ٣١)``)."""
    from araseclit.cite.matching import author_key

    opening = set(_title_words(text[:OPENING_CHARS]))
    hits = {}
    for e in entries:
        title = _title_words(e.get("title") or "")
        if len(title) < 3 or sum(w in opening for w in title) < SUBJECT_TITLE_SHARE * len(title):
            continue
        families = [author_key(f) for f in e.get("families") or ()]
        if any(f and set(f.split()) <= opening for f in families) and _imprint_in(e, opening):
            hits[tuple(title)] = e
    return next(iter(hits.values())) if len(hits) == 1 else None


def _imprint_in(entry: dict, opening: set[str]) -> bool:
    """A review's header gives its book's imprint (``الناشر: دار الرافدين، بيروت``): a word of
    the entry's publisher or its place in the opening. A paper whose first sentence names a
    work's author and the words of its title in its own prose (``يرى الزبيدي (٢٠١٤، ص ٥٦) أن
    التطرف العنيف في المدن العراقية …``) is about no one work."""
    imprint = _title_words(" ".join(entry.get(f) or "" for f in ("publisher", "place")))
    return any(w in opening for w in imprint)


def _subject_page(subject: dict, page: str, span: tuple[int, int]) -> dict:
    from araseclit.cite.citation_helpers import _clean_page

    name = (subject.get("families") or [""])[0] or (subject.get("authors") or "")
    return _record(name, subject, _clean_page(page), *span)


def author_page(
    t: str,
    entries: list[dict],
    taken: list[dict],
    notes: list[tuple[int, int]],
    has_notes: bool | None = None,
    subject: dict | None = None,
    styled: bool = False,
    evidence: int = 0,
) -> list[dict]:
    """CITATIONS records of the author–page brackets of ``t`` (digits folded) that no record
    in ``taken`` reads; ``notes``: the spans of the document's notes, whose brackets are
    their imprints (and its page-alone brackets are note markers when it has any);
    ``has_notes``: whether the whole document has notes, when ``t`` is a part of it;
    ``subject``: the work the document is about (:func:`subject_work`), which a bracket
    holding a marked page alone cites; ``styled``: the whole document is written in the
    author–page style (:func:`author_page_evidence`), when ``t`` is a part of it;
    ``evidence``: brackets of that style another pass read (``(Jaafar, "Registration," 133)``,
    :func:`short_title_part`), counted with this pass's own."""
    resolved, about, pending = _read(t, entries, taken, notes, has_notes, subject)
    if len(resolved) + evidence < MIN_STYLE_EVIDENCE and not styled:
        return sorted(resolved + about, key=lambda r: r["start"])
    return sorted(resolved + about + [r for _, r in pending], key=lambda r: r["start"])


def dated_from_list(found: list[dict], entries: list[dict]) -> list[dict]:
    """``(عبد الرحمن، ص ١١١)``: a bracket another pass read as an author and a page with no
    year is an author–page citation of that author's one listed work, whose year it takes;
    an author with several works, or none listed, is left with no year."""
    index = _families(entries) if entries else {}
    out = []
    for r in found:
        if r.pop(UNDATED, False):
            out.append(r)
            continue
        if (
            index
            and r["kind"] == "parenthetical"
            and r["author"]
            and r["year_text"] is None
            and r["page"]
            and (work := _pick(_lookup(r["author"], index), None)) is not None
            and work.get("year_text")
        ):
            r = {
                **r,
                **{f: work.get(f) for f in ("year", "year_text", "calendar", "gregorian_year")},
            }
        out.append(r)
    return out


def author_page_evidence(
    t: str,
    entries: list[dict],
    taken: list[dict],
    notes: list[tuple[int, int]],
    has_notes: bool | None = None,
) -> list[dict]:
    """The author–page brackets of ``t`` whose name is an entry's author and that give a page:
    the evidence of the style (:data:`MIN_STYLE_EVIDENCE` of them make it)."""
    return _read(t, entries, taken, notes, has_notes, None)[0]


def _read(
    t: str,
    entries: list[dict],
    taken: list[dict],
    notes: list[tuple[int, int]],
    has_notes: bool | None,
    subject: dict | None,
) -> tuple[list[dict], list[dict], list[tuple[str, dict]]]:
    """:func:`author_page`'s brackets: read from a listed name and a page, of the subject,
    and read on the style's evidence only."""
    from araseclit.cite.citation_helpers import _brackets, _plausible_author

    if not entries:
        return [], [], []
    marked = bool(notes) if has_notes is None else has_notes  # "(12)" is a note marker
    index = _families(entries)
    starts = sorted(r["start"] for r in taken)

    def read_already(a: int, b: int) -> bool:
        i = bisect.bisect_left(starts, a)
        return i < len(starts) and starts[i] < b

    resolved: list[dict] = []
    about: list[dict] = []  # pages of the document's subject: no evidence of the MLA style
    pending: list[tuple[str, dict]] = []  # (kind, record) read on style evidence only
    for start, end, base, body in _brackets(t):
        if not body.strip() or "\n" in body:
            continue
        i = bisect.bisect_left(starts, start)
        if i < len(starts) and starts[i] < end and (starts[i] == start or ";" not in body):
            continue  # read as a whole (a part of "(Rasheed 40; Natali, Kurdish …, 88)" may be)
        if any(a <= start < b for a, b in notes):
            continue
        only = PAGE_ONLY_RE.fullmatch(body.strip()) if subject is not None else None
        if only is not None:
            about.append(_subject_page(subject, only["page"], (start, end)))
            continue
        pos = 0
        parts = []
        for sep in [*_PART_SPLIT_RE.finditer(body), None]:
            a, b = pos, (sep.start() if sep else len(body))
            parts.append((a, body[a:b]))
            pos = sep.end() if sep else pos
        single = len(parts) == 1
        listed_here = False
        unlisted: list[tuple[str, dict]] = []  # names with no entry and no rarity to show
        for a, seg in parts:
            if not single and read_already(base + a, base + a + len(seg)):
                continue  # "Natali, Kurdish Quasi-State, 88": another pass read this part
            # a short title in quotes: (Jaafar, "Registration" 133), ("Registration" 121)
            text = _QUOTES_RE.sub("", LEAD_RE.sub("", seg.strip()))
            m = PART_RE.fullmatch(text)
            if m is None or not (m["name"] or m["page"]) or _year_page(m["page"]):
                continue
            span = (start, end) if single else (base + a, base + a + len(seg))
            name, title, page = m["name"], m["title"], m["page"]
            if PAGE_ONLY_RE.fullmatch(text):  # "(ص ٦٧)": a page alone, "ص" is no name
                name, title = None, None
            if name and not title and not page and m["name"] != text:
                continue
            if name:
                works = _lookup(name, index)
                clean = P.ET_AL_RE.sub("", name).strip(" ,،")
                if works and page:
                    resolved.append(_record(clean, _pick(works, title), page, *span))
                    listed_here = True
                elif works:
                    pending.append(("name", _record(clean, _pick(works, title), None, *span)))
                elif page and not title and _plausible_author(clean) and _rare(clean):
                    pending.append(("unlisted", _record(clean, None, page, *span)))
                elif page and not title and _plausible_author(clean) and not single:
                    unlisted.append(("unlisted", _record(clean, None, page, *span)))
                elif page and not title and not marked and single:
                    # "(Inventing Iraq 112)": a short title, its author named in the sentence
                    pending += _after_name(t, start, index, name, page, span)
            elif page and not marked and single:
                after = _after_name(t, start, index, title, page, span)
                if not after and not _sentence_author(t, start, index)[0]:
                    # the sentence names no listed author (one with several works, unpicked,
                    # leaves the page unread)
                    after = _after_quote(t, start, page, span, [*taken, *resolved])
                pending += after
        if listed_here:
            # "(فيصل ٢٣؛ انظر أيضاً: الربيعي ٦٦)": a bracket that cites a listed work is a
            # bracket of citations; its other name-and-page parts are works the list lacks
            pending += unlisted
    return resolved, about, pending


def _after_quote(
    t: str, at: int, page: str, span: tuple[int, int], cited: list[dict]
) -> list[tuple[str, dict]]:
    """``(سعداوي ٢١٣). ويصف الراوي مكتبه بأنه «غرفة بلا نوافذ …» (٢١٥)``: a page alone right
    after a closing quotation mark, in a sentence that names no listed author, is the page of
    the quotation, from the work its paragraph cited last."""
    if not re.search(r"[»”\"]\s*$", t[max(0, at - 3) : at]):
        return []
    para = t.rfind("\n", 0, at)
    before = [r for r in cited if r.get("author") and r.get("year_text") and para < r["start"] < at]
    if not before:
        return []
    base = max(before, key=lambda r: r["start"])
    rec = _record(base["author"], base, page, *span)
    return [("quote", rec)]


# One part citing by author and short title with no year, its locator optional:
#   "فوغل، المجتمع المدني في زمن الحرب، ص ١٠٢" | "Lindqvist, Brokers of Order, p. 88"
#   | "الكبيسي، الجمعيات الأهلية، ١/٤٥" (volume/page) | "al-Hashimi, "Women's Committees," 40"
#   | "Baghdad Municipal Council, Register of Charitable Associations, n.d."
#   | "النعيمي، «منظمات الفلوجة تطالب بحماية متطوعيها»" (a title alone)
#   | "الطبري، تاريخ الرسل، ج3، ص 45" (a volume item before the page)
#   | "Weber, Politics as a Vocation [1919], 12" (the first publication's year, bracketed after
#   the title: the edition cited is the entry's) | "Dodge, Inventing Iraq, ch. 3" | "الدوري،
#   العشيرة والدولة، الفصل الثالث" (a chapter for the page: no page)
SHORT_TITLE_RE = re.compile(
    r"(?P<name>[^,،;؛()\d«»\"“”:]{2,60}?)\s*[,،]\s*"
    r"(?:[«\"“](?P<quoted>[^«»\"“”]{2,120}?)\s*[,،]?\s*[»\"”]"
    r"|(?P<plain>[^\s,،;؛()\d«»\"“”][^,،;؛()\d«»\"“”]{1,119}?))"
    r"(?:\s*\[\s*(?:1[5-9]\d{2}|20\d{2})\s*\])?"
    r"(?:\s*[,،]?\s*(?P<chap>(?<!\w)(?:ch|chap|chapter)\.?\s*\d{1,2}|(?<!\w)الفصل\s*(?:\d{1,2}|ال[^\W\d_]{2,8}))"
    r"|\s*[,،]?\s*(?:(?:(?:ج|مج|vol\.|المجلد|الجزء)\s*\d{1,2}\s*[,،]\s*)?"
    r"(?:(?:pp?\.|ص\s*ص|ص)\s*\.?\s*)?(?:\d{1,2}\s*[/:]\s*)?(?P<page>\d{1,4})"
    r"(?:\s*[-–—]\s*\d{1,4})?(?:\s*[,،]\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?){0,3}"
    r"|(?P<nd>n\.\s?d\.?|د\.\s?ت\.?)))?\s*\.?"
)
# a middle item that is a pointer or a locator, no title: "op. cit." | "مرجع سابق" | "vol. 2"
_NO_TITLE_RE = re.compile(
    r"(?:" + P.IBID_RE.pattern + r"|loc\.\s*cit|(?:ال)?(?:مرجع|مصدر)\s+(?:سابق|سبق\s+ذكره)"
    r"|" + P.LOCATOR_ITEM_RE.pattern + r")\.?",
    re.I,
)
_TITLE_WORD_RE = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")
#: words of an entry (its opening, name and title) searched for a short title as a run
ENTRY_HEAD_WORDS = 30
#: short-title parts read from the list that make the style the document's, so that a part
#: whose author the list lacks is read too (set a priori: two, as one may be a coincidence)
SHORT_TITLE_EVIDENCE = 2


@lru_cache(maxsize=8192)
def _key_words(text: str) -> tuple[str, ...]:
    """``text``'s words as matching keys (folded, article dropped: ``الأمن`` is ``امن``);
    remembered, as an entry's are asked for again by every bracket of its document."""
    from araseclit.cite.matching import _key_word

    return tuple(k for k in (_key_word(w) for w in _TITLE_WORD_RE.findall(text)) if k)


def _runs_into(short: tuple[str, ...], words: tuple[str, ...], head: int) -> bool:
    """``short`` is a run of ``words`` that starts within their first ``head``."""
    n = len(short)
    return any(words[i : i + n] == short for i in range(min(head, len(words) - n + 1)))


def title_names_entry(short: str, entry: dict) -> int:
    """How well a short title names ``entry``: 2 when it opens the entry's title (an article
    dropped on either side: "Guild and the Mosque" of "The Guild and the Mosque: …",
    ``الأمن المحلي`` of ``الأمن المحلي والمنظمات …``), 1 when it is a run of words at the
    entry's head (its name and title as written, however the fields were read: a body's
    ``مستشارية الأمن القومي: الاستراتيجية الوطنية …``), 0 otherwise."""
    words = _key_words(short)
    while words[:1] and words[0] in ("the", "a", "an") and len(words) > 1:
        words = words[1:]
    if not words:
        return 0
    title = _key_words(entry.get("title") or "")
    if title[:1] and title[0] in ("the", "a", "an"):
        title = title[1:]
    if title[: len(words)] == words:
        return 2
    return int(_runs_into(words, _key_words(entry.get("raw") or ""), ENTRY_HEAD_WORDS))


#: the prefix of an index key that is an entry's first word (:func:`_families`)
_HEAD = "\x00"


def _named_by_head(name: str, index: dict[str, list[dict]]) -> list[dict]:
    """Entries whose text opens with ``name`` (a body whose name the fields ran into its
    title: ``مستشارية الأمن القومي: الاستراتيجية …``); ``index`` from :func:`_families`."""
    key = _key_words(name)
    if not key:
        return []
    hits = index.get(_HEAD + key[0], [])
    return [e for e in hits if _key_words((e.get("raw") or "")[:200])[: len(key)] == key]


#: a transient mark on a record of a listed author's work the list lacks: no year to take
UNDATED = "_undated"


def _place(name: str) -> bool:
    """``name`` is a town or city (:func:`.segment.imprint_places`, :func:`.segment.region_towns`)."""
    from araseclit.cite.segment import _norm_word, imprint_places, region_towns

    key = " ".join(_norm_word(w) for w in name.split())
    return key in imprint_places() or key in region_towns()


def _title_like(title: str, quoted: bool) -> bool:
    """The middle of ``(name, title, page)`` reads as a title: words, not a pointer
    (``op. cit.``, ``مرجع سابق``), a locator (``vol. 2``, ``الجزء الثاني``), a date, or a
    secondary marker; a Latin one capitalised or quoted; at most twelve words."""
    from araseclit.cite import styles

    words = title.split()
    if not words or len(words) > 12 or not _TITLE_WORD_RE.search(title):
        return False
    if re.fullmatch(r"(?:ص\s*ص|صص|ص|صفحة|pp?|page|pages)\.?", title.strip(), re.I):
        return False  # "(عبد الرحمن، ص١١١)": a page marker, no title
    if _NO_TITLE_RE.fullmatch(title.strip()) or P.SECONDARY_ITEM_RE.match(title.strip()):
        return False
    if styles.is_date_phrase(title):
        return False
    return quoted or not title[:1].isascii() or title[:1].isupper()


def short_title_part(
    seg: str, index: dict[str, list[dict]], start: int, end: int
) -> tuple[dict | list, bool] | None:
    """``(فوغل، المجتمع المدني في زمن الحرب، ص ١٠٢)``: a part giving an author, a short
    title and a locator (or none, or ``n.d.``) with no year. The name must be an entry's
    author and the short title must name one of that author's works
    (:func:`title_names_entry`, the best score, one work): the record has the name as
    written and the year of that entry (none for ``n.d.``). Otherwise, with a page or
    ``n.d.``, a record of the name with no year, marked unlisted (``False``): the caller keeps
    it only in a document written so (:data:`SHORT_TITLE_EVIDENCE`); ``[]`` when the name
    is a place or the title one word (``(Mosul, Basra, 12)``): no citation. ``None``: the part
    is not of this shape (the title is never read as the author)."""
    from araseclit.cite.citation_helpers import _plausible_author

    m = SHORT_TITLE_RE.fullmatch(LEAD_RE.sub("", seg.strip()))
    if m is None or _year_page(m["page"]):
        return None
    name = " ".join(m["name"].split()).strip(" .")
    title = " ".join((m["quoted"] or m["plain"]).split()).strip(" .,،")
    if (
        len(name.split()) > MAX_NAME_WORDS
        or not _plausible_author(name)
        or _NO_TITLE_RE.fullmatch(name)
        or not _title_like(title, bool(m["quoted"]))
    ):
        return None
    found: list[dict] = []
    # "؛ والبياتي، «…»": "and" before the second work's name
    for cand in (name, name[1:]) if name.startswith("و") and len(name) > 3 else (name,):
        found = _lookup(cand, index) or _named_by_head(cand, index)
        if found:
            name = cand
            break
    works = list({id(w): w for w in found}.values())
    scores = [title_names_entry(title, w) for w in works]
    best = max(scores, default=0)
    picked = [w for w, s in zip(works, scores, strict=True) if s == best]
    if best and len({w.get("year_text") for w in picked}) == 1:
        return _record(name, picked[0], m["page"], start, end), True
    if m["page"] is None and m["nd"] is None and m["chap"] is None:
        return None
    if (len(title.split()) < 2 and not m["quoted"]) or _place(name):
        return [], False  # "(Mosul, Basra, 12)": places, or a word no title shows to be one
    # a listed author whose works the title names none of: a work the list lacks, which
    # takes no year from the author's one listed work (dated_from_list)
    return {**_record(name, None, m["page"], start, end), UNDATED: bool(works)}, False


def titled_author(author: str, index: dict[str, list[dict]]) -> str | None:
    """``وزارة التخطيط، المسح الوطني`` read as the author of ``(…، ٢٠١٩، ص ٤)``: a name and a
    short title before the year, the name an entry's author whose work the title names
    (:func:`title_names_entry`); the name alone, or None when the author is no such pair."""
    parts = re.split(r"\s*[,،]\s*", author.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    name, title = parts[0], _QUOTES_RE.sub("", parts[1]).strip(" .,،")
    if not title or not _title_like(title, False):
        return None
    works = _lookup(name, index) or _named_by_head(name, index)
    return name if any(title_names_entry(title, w) for w in works) else None
