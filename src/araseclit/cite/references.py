"""Reference lists: find the list (``المصادر``, ``قائمة المراجع``, ``References``, numbered
``[1] ...``) and parse its entries into REFERENCES records.

An entry is one line or paragraph; a line that does not start a new entry (no label, no
``Name, ... (year)`` opening, and the previous line not ended) continues the previous one, and
a paragraph that runs several ``[n]`` or ``Name, X. (year).`` entries together is split.
"""

from __future__ import annotations

import itertools
import re

from araseclit.cite import patterns as P
from araseclit.cite.ieee import ieee_head
from araseclit.cite.styles import MAX_BODY_WORDS, is_organisation
from araseclit.cite.years import YearContext, YearInfo, parse_year
from araseclit.ids import make_id
from araseclit.store.schema import columns

REFERENCE_FIELDS: tuple[str, ...] = tuple(columns("references"))


def find_reference_span(text: str) -> tuple[int, int] | None:
    """``(start, end)`` of the reference list (heading included), or None.

    The last heading wins (a table of contents may name ``المراجع`` earlier); the list runs to
    an appendix heading or the end of the text. A heading run into the text, or left behind a
    stray word at the start of a line, counts when entries follow it. Without a heading, a
    final run of at least two paragraphs opening with ``[n]`` is taken as a numbered list.
    """
    headings = _headings(text, subheadings_alone=False)
    if headings:
        start = _list_start(text, headings)
        end_m = P.REF_END_RE.search(text, headings[-1].end())
        return start, end_m.start() if end_m else len(text)
    for m in reversed(list(P.REF_BOOK_INLINE_HEADING_RE.finditer(text))):
        sub = P.REF_INLINE_SUBHEADING_RE.match(text, m.end())  # "… أولاً: المراجع العربية …"
        pos = sub.end() if sub else m.end()
        if m.start() > len(text) // 3 and P.REF_FIRST_ENTRY_RE.match(text, pos):
            if P.REF_HEADING_MARK_RE.match(m.group()) or _entries_follow(text, pos):
                return m.start(), len(text)  # "# | المراجع Althusser, L. 1971: ..."
    heads = [
        *P.REF_BOOK_INLINE_HEADING_RE.finditer(text),
        *P.REF_LATIN_INLINE_HEADING_RE.finditer(text),
    ]
    for m in sorted(heads, key=lambda m: m.start(), reverse=True):
        latin = m.re is P.REF_LATIN_INLINE_HEADING_RE
        if m.start() > len(text) // 3 and _run_on_list_follows(text, m.end(), latin):
            return m.start(), len(text)  # "Bibliography Dodge, Toby. Inventing Iraq. …, 2003. …"
    inline = list(P.REF_INLINE_HEADING_RE.finditer(text))
    if inline and inline[-1].start() > len(text) // 3 and _entries_follow(text, inline[-1].end()):
        return inline[-1].start(), len(text)
    for m in reversed(list(P.REF_DISPLACED_HEADING_RE.finditer(text))):
        after = text[m.end() : m.end() + 800]
        if m.start() > len(text) // 3 and len(P.REF_ENTRY_YEAR_RE.findall(after)) >= 3:
            heading = text.index(m.group().split()[1], m.start())
            return heading, len(text)
    headed = _entry_run_heading(text)
    if headed is not None:
        return headed, len(text)
    labelled = [m for m in re.finditer(r"(?m)^\s*\[\d{1,3}\]\s*\S", text)]
    if len(labelled) >= 2:
        first = labelled[0].start()
        if not re.search(r"\n\s*\n(?!\s*\[\d)", text[first:].rstrip()):
            return first, len(text)
    return None


#: entries that must follow a heading line of words no pattern knows
#: (``مكتبة البحث``, ``Literatur``) for it to head the reference list
MIN_HEADED_RUN = 3
#: the longest such heading line, in words
MAX_HEADING_WORDS = 6


def _entry_run_heading(text: str) -> int | None:
    """Start of a short line that heads a run of at least :data:`MIN_HEADED_RUN` entries
    which runs to the end of the text, each line opening ``Name, … year`` (or labelled) —
    a list under a heading no pattern names. The line must read as a heading: a few words,
    no digit, no sentence stop, and no notes heading (notes are read by :mod:`.notes`)."""
    from araseclit.cite.notes import NOTES_HEADING_RE

    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    run = strict = 0
    for start, line in reversed(lines):
        if _starts_entry(line):
            run += 1
            strict += 1
            continue
        if _BULLET_RE.match(line) and _has_year(line):
            # an item of a bulleted list with its date whose names run longer than an
            # entry's opening reads ("- مرصد الحقوق المدنية في نينوى، أسئلة …، بدون تاريخ"):
            # in the run when most of its items open as entries
            run += 1
            continue
        words = line.split()
        heading = (
            strict >= MIN_HEADED_RUN
            and strict >= BULLETED_SHARE * run
            and len(words) <= MAX_HEADING_WORDS
            and not re.search(r"\d|[.؟?!،,؛;]\s*$", P.fold_digits(line))
            and not NOTES_HEADING_RE.fullmatch(line)
        )
        return start + len(line) - len(line.lstrip()) if heading else None
    return None


#: the share of a bulleted run's items that must open as entries do
BULLETED_SHARE = 2 / 3
#: a list item's bullet: "- سعد الحمداني، …" | "• Dekker, E. …"
_BULLET_RE = re.compile(r"^\s*[-–—•*▪●◦]\s+(?=\S)")


def strip_bullet(line: str) -> str:
    """``line`` without the bullet a list item opens with (``- ``, ``• ``)."""
    m = _BULLET_RE.match(line)
    return line[m.end() :] if m else line


#: entries, each with its year, that must follow a heading with no mark run into the text
#: (``ثبت المراجع الجابري، محمد 1984: ...``), and the stretch they must lie in
MIN_RUN_ENTRIES = 3
RUN_CHARS = 1200


def _entries_follow(text: str, pos: int) -> bool:
    """Whether a run of entries follows an unmarked heading word at ``pos``: the first item
    ends its author part with a year and a stop within 80 characters, and at least
    :data:`MIN_RUN_ENTRIES` such years follow in :data:`RUN_CHARS` characters. A paragraph
    that opens ``مصادر التهديد بعد الغزو (2003) متعددة، ...`` is prose, not a list."""
    stretch = text[pos : pos + RUN_CHARS]
    marks = list(P.REF_ENTRY_MARK_RE.finditer(stretch))
    if len(marks) < MIN_RUN_ENTRIES or marks[0].start() > 80:
        return False
    head = stretch[: marks[0].start()]
    return not re.search(r"[.؟!]\s", head) or bool(_INVERTED_NAME_RE.fullmatch(head))


#: the author part of a Chicago author–date entry before its year: one inverted name and the
#: stop after it (``الجميلي، نادية. 2019أ. …``, ``Keen, David. 2012. …``); prose before a
#: year has a sentence of words instead
_INVERTED_NAME_RE = re.compile(r"\s*:?\s*[^.؟!?\d()،,]{2,40}[،,]\s*[^.؟!?\d()،,]{2,60}\.\s*")


def _run_on_list_follows(text: str, pos: int, latin: bool = False) -> bool:
    """Whether a list run into one paragraph starts at ``pos``: the label ``1.`` and two more
    in sequence, or an entry opening (``ENTRY_NB_OPENING``) right there and at least :data:`MIN_RUN_ENTRIES` entries in
    :data:`RUN_CHARS` characters, each cut with a year on both sides (``_year_cuts``); two
    after ``References`` or ``Bibliography`` (``latin``), words prose does not open with."""
    line = text[pos : pos + 2 * RUN_CHARS].split("\n", 1)[0].lstrip(" :")
    label = P.REF_LABEL_RE.match(P.fold_digits(line))
    if label and next(g for g in label.groups() if g) == "1":
        # a numbered list: "المراجع 1. الدليمي عمر، … 2. UNMAS. … 3. …", its labels in sequence
        return len(_label_cuts(line)) + 1 >= MIN_RUN_ENTRIES
    first = P.ENTRY_NB_FIRST_RE.match(text, pos)
    if first is None:
        return False
    line = text[first.end() : first.end() + RUN_CHARS].split("\n", 1)[0]
    cuts = _opening_cuts(line, [])
    # the first entry must close with its imprint's year, not a sentence's: "المصادر الأمنية،
    # أكدت ذلك مرارا. وفي بغداد، تضاعفت الحالات بعد 2014. …" is a paragraph
    first_entry = P.fold_digits(line[: min(cuts, default=len(line))])
    if not P.IMPRINT_YEAR_RE.search(first_entry):
        return False
    return len(cuts) + 1 >= (2 if latin else MIN_RUN_ENTRIES)


def _opening_cuts(line: str, fixed: list[int]) -> list[int]:
    """Cuts before the entry openings of a run-on list (an inverted name, ``ENTRY_NB_OPENING``,
    or a body's name, ``ENTRY_GROUP_START_RE``) that leave a year on both sides."""
    found = [m.start() for m in P.ENTRY_NB_START_RE.finditer(line)]
    found += [
        m.start()
        for rx in (P.ENTRY_GROUP_START_RE, _BODY_START_RE)
        for m in rx.finditer(line)
        if is_organisation(m["name"])
        # not the title after a year standing alone between stops, as author-date lists
        # put it after the names: "رضایی، حسن. ۱۳۹۸. جامعه مدنی در مرز. …" ("جامعه" leads
        # bodies' names too); an entry that ends with its year has a comma before it
        and not _LONE_YEAR_END_RE.search(line[: m.start()])
    ]
    return _year_cuts(line, [c for c in found if c not in fixed], fixed)


#: a year alone between two stops at the end of a text: "… حسن. ۱۳۹۸." | "… J. 2019a."
_LONE_YEAR_END_RE = re.compile(
    r"\.\s+(?:ت\s*)?\d{3,4}(?:\s*(?:" + P.HIJRI_MARK + r"|ش|ق|م))?[a-eأب]?\.\s*$"
)


#: a body's name in Arabic script and its stop opening an entry after the stop of the one
#: before: "… 2019. شبكة عين العراق. "…"", "… 2015. مفوضية حقوق الإنسان في العراق. التقرير …"
#: (kept, as ``ENTRY_GROUP_START_RE``'s Latin names are, when it names a body and a year lies
#: on both sides)
_BODY_START_RE = re.compile(
    r"(?<=\.)\s+(?=(?P<name>[^\W\d_A-Za-z][^\s.،,:؛;()\[\]«»\"“”]*"
    r"(?:\s[^\W\d_A-Za-z][^\s.،,:؛;()\[\]«»\"“”]*){1,6})\.\s)"
)


#: an author–date entry's bracketed date closed by its stop, the author part before it:
#: "(2019). " | "(2020أ). " | "(n.d.). " | "(د.ت). " (on digits folded to ASCII); or by a
#: comma, as Iraqi lists write every part: "البرزنجي، كاوه (2018)، العنوان، ط2، …"
_DATE_MARK_RE = re.compile(
    r"\(\s*(?:(?:1[3-9]|20)\d{2}\s*[a-eأب]?|n\.\s?d\.?|[دب]\.\s*ت\.?|بی[\u200c ]?تا)\s*\)"
    r"(?P<close>[.،])(?=\s|$)"
)
#: a stop that may end the entry before an author part (not an initial's: "J. R. Smith")
_ENTRY_STOP_RE = re.compile(r"(?<![\s(.][^\W\d_])(?<!^[^\W\d_])[.؟?!]\s+")
#: the end of an entry that closes with its link, no stop after it: "… از https://…/1402 جعفری،"
_LINK_END_RE = re.compile(r"(?:https?://|www\.)\S+?(?=\s)")
#: a role in brackets after a name in the author part: "نوری، علی (ویراستار)" | "Smith, J. (Ed.)"
_AUTHOR_ROLE_RE = re.compile(
    r"\s*\((?:Eds?\.?|editors?|محرر(?:ون|ين)?|تحرير|ویراستار(?:ان)?)\)", re.I
)
#: an author part: names, initials and their separators; no digit, bracket, colon or quote
_AUTHOR_PART_RE = re.compile(r"[^\W\d_][^\d()\[\]:«»\"“”؟?!]*")
#: the most words an author part holds (six inverted names with two given names each)
MAX_AUTHOR_WORDS = 18


def _author_part(text: str) -> bool:
    """Whether ``text`` reads as the author part of an entry before its date: names (an
    organisation, ``Oxfam``, ``برنامج الأمم المتحدة الإنمائي``, or inverted names with their
    separators, ``العزاوي، عمر، والدليمي، أحمد``), no digit, bracket or colon, and no stop but
    an initial's (``Buzan, B., Wæver, O.``)."""
    text = _AUTHOR_ROLE_RE.sub("", text.strip())
    if not _AUTHOR_PART_RE.fullmatch(text) or len(text.split()) > MAX_AUTHOR_WORDS:
        return False
    return "." not in re.sub(r"(?:^|(?<=[\s(.,،]))[^\W\d_]\.", "", text)


def _dated_author_cuts(line: str, fixed: list[int]) -> list[int]:
    """Cuts before the author parts of an author–date list run into one paragraph (``…
    واشنطن: البنك الدولي. برنامج الأمم المتحدة الإنمائي. (2020). …``), found from each entry's
    date, whatever its author's form: an author part (:func:`_author_part`) between a stop and
    the date, after an entry that is whole (its own date, then its title and one more part).
    The list must open in this form itself (after a subheading's mark at most: "الف) منابع
    فارسی افشار، بهروز (1395). …", a subheading run into its first entry), so that a
    bracketed date in a title of another style cuts nothing."""
    folded = P.fold_digits(line)
    dates = list(_DATE_MARK_RE.finditer(folded))
    head = folded[: dates[0].start()] if dates else ""
    head = head[_SUBHEAD_MARK_RE.match(head).end() :] if _SUBHEAD_MARK_RE.match(head) else head
    if len(dates) < 2 or not _author_part(head.strip().rstrip(".")):
        return []
    cuts: list[int] = []
    for d in dates[1:]:
        head = folded[: d.start()].rstrip()
        head = head[:-1] if head.endswith(".") else head  # the author part's own stop
        stops = [*_ENTRY_STOP_RE.finditer(head), *_LINK_END_RE.finditer(head)]
        if not stops:
            continue
        stop = max(stops, key=lambda m: m.end())
        start = max([0, *(c for c in [*cuts, *fixed] if c < stop.start())])
        before = folded[start : stop.end()]
        prev = list(_DATE_MARK_RE.finditer(before))
        # whole: its title and what follows it (an imprint, a journal), not a title's first
        # sentence ("(2018). العراق بعد الغزو. حزيران (2014). …" is one entry)
        after = before[prev[-1].end() :].strip() + " " if prev else ""
        # (the comma style's parts are cut by its commas: the title, then more)
        cut = re.compile(r"[،,]\s*") if prev and prev[-1]["close"] == "،" else _ENTRY_STOP_RE
        parts = prev and cut.split(after)
        whole = bool(parts) and len([x for x in parts if x.strip(" .")]) >= 2
        if whole and _author_part(head[stop.end() :]):
            # after the stop, or after the link that closes the entry before
            cuts.append(stop.end() if stop.re is _LINK_END_RE else stop.start() + 1)
    return _year_cuts(line, [c for c in cuts if c not in fixed], fixed)


def _year_cuts(line: str, cuts: list[int], fixed: list[int] | None = None) -> list[int]:
    """The cuts of ``line`` that leave a year in the piece before and the piece after, the
    pieces bounded by the cuts kept so far and by ``fixed`` ones."""
    kept: list[int] = []
    fixed = fixed or []
    for c in sorted(cuts):
        start = max([0, *(k for k in [*kept, *fixed] if k < c)])
        ahead = [k for k in [*cuts, *fixed] if k > c]
        end = min(ahead, default=len(line))
        if _has_year(line[start:c]) and _has_year(line[c:end]):
            kept.append(c)
    return kept


def _headings(text: str, *, subheadings_alone: bool = True) -> list[re.Match[str]]:
    """Reference-list headings of the sample's form and of books' (``# | المراجع``,
    ``ثبت المراجع``, ``أولاً: المراجع العربية``), in text order, one per line.

    A language subheading (``أ) العربية``) is a heading of a list already begun: with
    ``subheadings_alone`` False it counts only after a primary heading, since a body list
    ("وُزّع الاستبيان بلغتين: أ) العربية / ب) الإنجليزية") reads the same."""
    found = {m.start(): m for m in P.REF_BOOK_HEADING_RE.finditer(text)}
    found.update({m.start(): m for m in P.REF_HEADING_RE.finditer(text)})
    first = min(found, default=None) if not subheadings_alone else -1
    if first is not None:
        found.update(
            {m.start(): m for m in P.REF_LANGUAGE_SUBHEADING_RE.finditer(text) if m.start() > first}
        )
    return [found[k] for k in sorted(found)]


def _list_start(text: str, headings: list[re.Match[str]]) -> int:
    """Start of the list: the last heading, or an earlier one when only entries lie between
    them (``ثبت المراجع`` / ``أولاً: المراجع العربية`` ... ``ثانياً: المراجع الأجنبية``)."""
    start = headings[-1].start()
    for prev in reversed(headings[:-1]):
        between = text[prev.end() : start]
        # entries the source wrapped over lines count once: by paragraph where blank lines
        # part them; a subheading of the list (ثانياً: الدوريات) is neither entry nor prose
        subs = {between[s:e].strip() for s, e in _subheadings(between)}
        paragraphs = re.search(r"\n\s*\n\s*\S", between.strip()) is not None
        chunks = re.split(r"\n\s*\n", between) if paragraphs else between.splitlines()
        chunks = [x.strip() for x in chunks if x.strip() and x.strip() not in subs]
        lines = [x.split("\n")[0] for x in chunks]
        if lines and sum(map(_starts_entry, lines)) < len(lines) / 2:
            break
        # where blank lines part the paragraphs, one paragraph of prose between the two
        # headings is another paper's body (a book of chapters, papers joined into one
        # file), however many entries one-per-paragraph outnumber it
        if paragraphs and any(_prose_paragraph(x) for x in chunks):
            break
        start = prev.start()
    return start


#: the fewest words of a paragraph of prose between two reference headings
MIN_PROSE_WORDS = 40


def _prose_paragraph(chunk: str) -> bool:
    """Whether a paragraph between two reference headings is prose: at least
    :data:`MIN_PROSE_WORDS` words, not opening as an entry, and at least two sentence stops
    (an entry wrapped over lines has one title and one imprint, not sentences of words)."""
    if len(chunk.split()) < MIN_PROSE_WORDS or _starts_entry(chunk.split("\n")[0]):
        return False
    return len(re.findall(r"[^\s.؟?!]{3,}[.؟?!](?:\s|$)", chunk)) >= 2


#: an entry with no date: ``د.ت`` / ``ب.ت`` / ``بدون تاريخ`` (Arabic), ``بی‌تا`` (Persian), ``n.d.``
#: and a work not yet out: ``in press``, ``forthcoming``, ``قيد النشر``, ``تحت الطبع``, ``زیر چاپ``
#: ``د. ت`` stands alone (``د. تيسير`` is a doctor); ``بیتا`` where a date stands, before a
#: stop or bracket (``ترجمه بیتا کریمی`` names the translator)
ND_RE = re.compile(
    r"(?<!\w)[دب]\.\s*ت(?:\.|(?!\w))|بدون\s+تاريخ"
    r"|(?<![^\s(،,.])بی[\u200c ]?تا(?=\s*(?:[).,،؛:]|$))|\bn\.\s?d\.?"
    r"|(?<=\()(?:in press|forthcoming|قيد النشر|تحت الطبع|زیر چاپ|در دست انتشار)(?=\))",
    re.I,
)
#: the marker a subheading of the list may open with: ``أولاً:``, ``ب)``, ``II.``, ``A.``
_SUBHEAD_MARK_RE = re.compile(
    r"^\s*(?:(?:أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا)[ًٌ]?|الف|[أ-ي]|[IVX]{1,4}|[A-Za-z]|\d{1,2})"
    r"\s*[.):\-–]\s*"
)
#: the longest subheading, in words
MAX_SUBHEADING_WORDS = 6


def _subheadings(block: str) -> list[tuple[int, int]]:
    """Spans of the subheadings inside a list that split it by language or type (``ثانياً:
    الدوريات``, ``Journal articles``, ``الف) منابع فارسی``): a short line of words with no
    digit, comma or closing stop that no entry could be, standing as a paragraph of its own
    or opening with an ordinal or letter and a stop, with an entry after it."""
    lines = [m for m in re.finditer(r"[^\n]+", block) if m.group().strip()]
    labels = [_line_label(m.group()) for m in lines]
    out = []
    for i, m in enumerate(lines):
        line = m.group().strip()
        mark = _SUBHEAD_MARK_RE.match(line)
        n = labels[i]
        if n is not None and (
            (i + 1 < len(lines) and labels[i + 1] == n + 1) or (i > 0 and labels[i - 1] == n - 1)
        ):
            continue  # a label in the list's sequence: "1. القرآن الكريم" before "2. …" is an entry
        words = line[mark.end() if mark else 0 :].split()
        if (
            not words
            or len(words) > MAX_SUBHEADING_WORDS
            or re.search(r"[\d٠-٩۰-۹;؛]|\.$|https?:", line[mark.end() if mark else 0 :])
            # a comma in a list of kinds only: "Reports, theses and online sources"
            or (re.search(r"[،,]", line) and not _KINDS_LIST_RE.fullmatch(line))
            or ND_RE.search(line)
            # the rest of a URL the reader broke after its "/" or "-" ("…/en/" "document/…")
            or (i > 0 and re.search(r"(?:https?://|www\.)\S*[/\-]$", lines[i - 1].group().rstrip()))
            or i + 1 == len(lines)
            or not _starts_entry(lines[i + 1].group())
        ):
            continue
        alone = (i == 0 or "\n\n" in block[lines[i - 1].end() : m.start()] + "\n") and (
            "\n\n" in block[m.end() : lines[i + 1].start()]
        )
        # where a numbered list stops and unnumbered entries follow ("… بيروت، 2009." then
        # "مواقع إلكترونية"), the line between the two forms heads the second
        prev = lines[i - 1].group().strip() if i else ""
        numbering_stops = (
            i > 0
            and labels[i - 1] is not None
            and _entry_closed(prev)
            and _has_year(prev)
            and labels[i + 1] is None
        )
        if line.endswith(":") and not alone:
            continue  # "منابع فارسی:" heads a part as a paragraph of its own, not in a run
        if alone or mark or numbering_stops:
            out.append(m.span())
    return out


#: a subheading naming the kinds of its part with commas, the last after "and" / "و":
#: "Reports, theses and online sources", "كتب، رسائل جامعية ومقالات"
_KINDS_LIST_RE = re.compile(
    r"[^\W\d_][^\d,،.:]*(?:[،,]\s*[^\W\d_][^\d,،.:]*)+\s(?:and|&|و)\s?[^\W\d_][^\d,،.:]*"
)


#: a URL at the end of a text
_URL_END_RE = re.compile(r"(?:https?://|www\.)\S+$")


def _entry_closed(text: str) -> bool:
    """Whether ``text`` ends as an entry does: with a stop, or with its URL."""
    text = text.rstrip()
    return text.endswith((".", "؛")) or _URL_END_RE.search(text) is not None


def _blank_headings(block: str, headings: list[re.Match[str]]) -> str:
    """The list with its ``headings`` (:func:`_headings` of it) blanked, same length: a
    subheading is no entry's line."""
    out = block
    for s, e in [m.span() for m in headings] + _subheadings(block):
        out = out[:s] + re.sub(r"[^\n]", " ", out[s:e]) + out[e:]
    return out


#: names, then the entry's date in brackets not followed by a page (Harvard "Norwegian Refugee
#: Council (2019) Barriers …", "Human Rights Watch (n.d.) Iraq: …"); a journal's "Studies 29
#: (2004): 15" has a number before its year, "Middle East Report (2019): 12" a colon after
_NAMED_DATE_RE = re.compile(
    r"^\s*[^\W\d_][^\d()\[\].:،,]{1,70}\(\s*(?:(?:1[5-9]|20)\d{2}[a-zأ-ي]?|n\.\s?d\.?|د\.\s*ت\.?"
    r"|in press|forthcoming)\s*\)"
    r"\.?(?!\s*:)\s+\S"
)


#: a line whose first comma is followed by a year: an entry's imprint tail, no author's name
_YEAR_AFTER_HEAD_RE = re.compile(r"^\s*[^\s،,.]+(?:\s[^\s،,.]+){0,3}\s*[،,]\s*(?:1[5-9]|20)\d{2}\b")


def _starts_entry(line: str, *, named: bool = True) -> bool:
    """Whether ``line`` can open an entry; ``named=False`` leaves out the weakest evidence, a
    bracketed year after a few words (:data:`_NAMED_DATE_RE`), which a wrapped title line
    holds as well ("Operation (2016) and its aftermath", "عام (2017) وتحديات العودة")."""
    line = strip_bullet(P.fold_digits(line))  # "جولد، سامي. ٢٠٠٢. …", "- سعد الحمداني، …"
    if P.REF_CONTINUATION_RE.match(line):
        return False
    if P.REF_LABEL_RE.match(line) or P.REF_AUTHOR_HEAD_RE.fullmatch(line.strip()):
        return True
    if P.REF_GROUP_AUTHOR_RE.match(line) or (named and _NAMED_DATE_RE.match(line)):
        return True
    head = line[:120]
    body = _BODY_HEAD_RE.match(head)
    named = re.match(r"^\s*[^\s،,.]+(?:\s[^\s،,.]+){0,3}\s*[،,]", head) or (
        # a body's longer name, its acronym in brackets: "بعثة الأمم المتحدة لمساعدة العراق
        # (يونامي)، تقرير …"
        body is not None and is_organisation(body["name"])
    )
    return bool(named) and bool(P.REF_BARE_YEAR_RE.search(line) or P.REF_PAREN_YEAR_RE.search(line))


#: a name of up to :data:`styles.MAX_BODY_WORDS` words, an acronym in brackets at most, then
#: its comma
_BODY_HEAD_RE = re.compile(
    r"^\s*(?P<name>[^\W\d_][^\s،,.()]*(?:\s[^\s،,.()\d]+){1,"
    + str(MAX_BODY_WORDS - 1)
    + r"})(?:\s*\([^()\d]{2,20}\))?\s*[،,]"
)


#: a name of a few words, then the stop or comma that ends it: "UNHCR. Iraq: …" | "وزارة
#: التخطيط، …"
_NAME_HEAD_RE = re.compile(r"^\s*[^\W\d_][^\s،,.:]*(?:\s[^\s،,.:]+){0,5}\s*[.،,]\s+\S")


def _whole_line_entry(line: str) -> bool:
    """A line that is an entry on its own: a name ended by a stop or comma, its own date or
    link, and a closing stop or link (``UNHCR. Iraq: Protection monitoring. 2019. https://…``),
    as the unnumbered web sources after a numbered list write them."""
    line = P.fold_digits(line)
    dated = _has_year(line) or _URL_END_RE.search(line.rstrip()) is not None
    return dated and _entry_closed(line) and _NAME_HEAD_RE.match(line) is not None


def _complete_entry(text: str) -> bool:
    """Whether ``text`` is an entry with nothing left to wrap: closed, with its year, and its
    fields read a title and a publisher, journal or link."""
    if not (_entry_closed(text) and _has_year(text)):
        return False
    from araseclit.cite.fields import parse_fields

    f = parse_fields(text)
    return bool(f["title"]) and bool(f["publisher"] or f["container"] or f["url"] or f["doi"])


_LINK_LINE_RE = re.compile(
    r"\s*(?:https?://|www\.|doi:|(?:available (?:at|from)|retrieved from|accessed|viewed|cited)\b"
    r"|\[cited\s|متاح على|متاح في|تاريخ الاطلاع|تاريخ الزيارة|تاريخ الدخول|تم الاطلاع"
    r"|تاریخ دسترسی|بازیابی[\u200c ]?شده)",
    re.I,
)


def _undated_entry(line: str, before: str) -> bool:
    """An undated line that is an entry of its own: closed, after an entry that is whole
    (:func:`_complete_entry`), and read by no field pattern as a piece of that entry."""
    return (
        _entry_closed(line)
        and not _has_year(line)
        and P.REF_CONTINUATION_RE.match(line) is None
        and _complete_entry(before)
        and not _field_line(line)
    )


def _field_line(line: str) -> bool:
    """Whether a field pattern reads ``line`` as a piece of the entry above (an imprint, a
    journal's locators, a link, an access date, a translator or an edition)."""
    from araseclit.cite.fields import _field_like, is_date_piece

    line = P.fold_digits(line).strip(" .")
    return (
        _field_like(line)
        or is_date_piece(line)
        or ACCESS_DATE_RE.search(line) is not None
        or re.match(r"(?:https?://|www\.|doi)", line, re.I) is not None
    )


def split_entries(block: str) -> list[tuple[int, int]]:
    """Spans of the entries in ``block`` (the list without its heading)."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", block) if m.group().strip()]
    # a list numbered one entry a line ("١. …", "[3] …") starts its entries at its labels
    # only: a line the source wrapped ("الكتب العلمية، بيروت، ٢٠١٥.") continues the one above
    labelled = [_line_label(block[s:e]) for s, e in lines]
    numbered = sum(n is not None for n in labelled) >= 2 and labelled[0] is not None
    # a list that parts its entries by blank lines wraps an entry inside its paragraph: when
    # most lines inside paragraphs start no entry, none does ("Disasters, vol. 45, no. 3, …",
    # "تاريخ الاطلاع 3 أيار 2023، من https://…" continue the line above)
    first = [
        i == 0 or block[lines[i - 1][1] : s].count("\n") >= 2 for i, (s, _) in enumerate(lines)
    ]
    inner = [block[s:e] for (s, e), f in zip(lines, first, strict=True) if not f]
    by_paragraph = (
        sum(first) >= MIN_RUN_ENTRIES
        and bool(inner)
        and sum(map(_starts_entry, inner)) < len(inner) / 2
    )
    # a list whose entries close with no stop (OSCOLA's "… (Edward Elgar 2020)") leaves each
    # one open: an open entry is then no sign that the paragraph after it goes on with it,
    # where most paragraphs that open as entries follow an entry left open
    opening = [
        i for i, (s, e) in enumerate(lines) if i > 0 and first[i] and _starts_entry(block[s:e])
    ]
    left_open = sum(
        not block[lines[i - 1][0] : lines[i - 1][1]].rstrip().endswith((".", "؛")) for i in opening
    )
    stopless = len(opening) >= MIN_RUN_ENTRIES - 1 and left_open > len(opening) / 2
    # a numbered list may end in unnumbered entries (a foreign part, web sources): after its
    # last label a line starts an entry as in an unnumbered list, once the numbered entry
    # before it is whole (closed, with its year)
    last_label = max((i for i, n in enumerate(labelled) if n is not None), default=-1)
    entries: list[list[int]] = []
    for i, ((s, e), n, f) in enumerate(zip(lines, labelled, first, strict=True)):
        line = block[s:e]
        if numbered and i > last_label and entries:
            prev = block[entries[-1][0] : entries[-1][1]]
            whole = _entry_closed(prev) and (_has_year(prev) or _URL_END_RE.search(prev.rstrip()))
            if whole and (_starts_entry(line) or _whole_line_entry(line)):
                entries.append([s, e])
            else:
                entries[-1][1] = e
            continue
        if numbered or (by_paragraph and not f):
            if (n is None or not numbered) and entries:
                entries[-1][1] = e
            else:
                entries.append([s, e])
            continue
        prev_open = (
            entries
            and not (stopless and f)
            and not block[entries[-1][0] : entries[-1][1]].rstrip().endswith((".", "؛"))
        )
        continues = P.REF_CONTINUATION_RE.match(line) is not None
        # a bracketed year alone opens no entry on the next line of one still open that has
        # its year: the source wrapped its title there
        wrapped_title = (
            bool(entries)
            and not f
            and not _starts_entry(line, named=False)
            and not _entry_closed(block[entries[-1][0] : entries[-1][1]])
            and _has_year(block[entries[-1][0] : entries[-1][1]])
        )
        # "Routledge, 2012." / "الرافدين، 2009." after "… London:" / "… بيروت: دار": the tail of
        # the entry above, still without its year (a date right after the first comma is no
        # author's name)
        # (an entry that ends with its URL is whole though undated: a web page's; the line after
        # it opens the next, "المفوضية السامية، 2019. …")
        wrapped_tail = (
            bool(entries)
            and not f
            and _YEAR_AFTER_HEAD_RE.match(P.fold_digits(line)) is not None
            and not _has_year(block[entries[-1][0] : entries[-1][1]])
            and not _URL_END_RE.search(block[entries[-1][0] : entries[-1][1]].rstrip())
        )
        # after a blank line and a whole entry (closed, with its year), a name and a comma open
        # the next one though its year is on a line the source wrapped ("Hamdan, Layla. … Abingdon:")
        para_start = (
            bool(entries)
            and f
            and _entry_closed(block[entries[-1][0] : entries[-1][1]])
            and _has_year(block[entries[-1][0] : entries[-1][1]])
            and re.match(r"^\s*[^\s،,.]+(?:\s[^\s،,.]+){0,3}\s*[،,]", line) is not None
        )
        # an undated line after an entry that is whole (closed, with its year and its imprint,
        # journal or link) is an entry of its own when no field reads it ("مقابلة مع مدير
        # منظمة محلية، الموصل، آذار." after "… بغداد: بيت الحكمة.")
        undated = (
            bool(entries)
            and not continues
            and _undated_entry(line, block[entries[-1][0] : entries[-1][1]])
        )
        # a line that opens with an access date or a link is the tail of the entry above
        # ("Accessed 3 March 2023.", "Available at: https://…"), though it holds a year
        link_tail = bool(entries) and not f and _LINK_LINE_RE.match(P.fold_digits(line)) is not None
        if (
            entries
            and not undated
            and (
                link_tail
                or wrapped_tail
                or wrapped_title
                or (
                    not para_start
                    and not _starts_entry(line)
                    and (prev_open or continues or not _has_year(line))
                )
            )
        ):
            entries[-1][1] = e
        else:
            entries.append([s, e])
    spans: list[tuple[int, int]] = []
    numbers = [_line_label(block[s:e]) for s, e in entries]
    one_a_line = sum(n is not None for n in numbers) > 1
    for k, (s, e) in enumerate(entries):
        cuts = [m.start() for m in re.finditer(r"(?<=\S)\s+(?=\[\d{1,3}\]\s)", block[s:e])]
        cuts += [m.start() for m in P.ENTRY_START_RE.finditer(block[s:e])]
        cuts += [m.start("gap") for m in P.ENTRY_AFTER_URL_RE.finditer(block[s:e])]
        # a list written one entry a line has its labels at line starts: a number inside
        # a line there is an edition or volume ("1. ابن خلدون … المقدمة. ط. 2. بيروت …"),
        # unless the labels of the lines skip it ("٤. … ٢٠١٧. ٥. …" between "٤." and "٦.")
        labels = _label_cuts(block[s:e])
        if one_a_line:
            n, nxt = numbers[k], next((x for x in numbers[k + 1 :] if x is not None), None)
            labels = labels[: nxt - n - 1] if n is not None and nxt is not None else labels
            labels = labels if n is not None else []
        cuts += [c for c in labels if c not in cuts]
        if not P.REF_LABEL_RE.match(P.fold_digits(block[s:e])):  # a numbered list's
            # entries are cut at their labels only ("Confl Health." names no body's entry)
            # an author part found from its date first: a body's name ending the entry
            # before ("… Oxfam International. UNDP. (1994). …") opens no entry
            cuts += _dated_author_cuts(block[s:e], cuts)
            cuts += _opening_cuts(block[s:e], cuts)
        bounds = [s, *sorted(s + c for c in cuts), e]
        # a piece that is a label alone opens the piece after it: "1. Dodge, T. (2012). …"
        # is cut after "1." by the author-date start, which took the label's stop for an
        # entry's end
        bounds = [
            b
            for k, b in enumerate(bounds)
            if k in (0, len(bounds) - 1) or not _LABEL_ALONE_RE.fullmatch(block[bounds[k - 1] : b])
        ]
        spans.extend((a, b) for a, b in itertools.pairwise(bounds) if block[a:b].strip())
    return spans


#: a list's label and nothing else: "1.", "[3]", "(2)", "١."
_LABEL_ALONE_RE = re.compile(
    r"\s*(?:\[[\d٠-٩۰-۹]{1,3}\]|\([\d٠-٩۰-۹]{1,3}\)|[\d٠-٩۰-۹]{1,3}[.\-)])\s*"
)


#: the subheading of a grouped numbered list run into its first entry, as a reader joins
#: the paragraph of a PDF: an ordinal or a letter and its stop, up to six words with no digit
#: or punctuation, then the entry's label ("أولا:ً الكتب العربية والمعرّبة 1. الدراجي، …",
#: "خامساً: الصحف 9. …", "B. Reports 7. …"); the ordinal's tanween may follow the colon
_RUN_IN_LABELLED_HEAD_RE = re.compile(
    r"[ \t]*(?:(?:أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا)[ًٌ]?|الف|[أ-ي]"
    r"|[IVX]{1,4}|[A-H])[ \t]*[.):\-–][ًٌ]?[ \t]*"
    r"(?:[^\W\d_][^\s\d.,،:;؛()\[\]«»\"“”]*[ \t]+){1," + str(MAX_SUBHEADING_WORDS) + "}"
    r"(?=[\d٠-٩۰-۹]{1,3}[.\-)][ \t]+\S)"
)


def _inline_subheading(line: str) -> int:
    """Where a subheading that opens ``line`` before its first entry ends (0: none):
    ``ثانياً: المراجع الأجنبية`` (:data:`~araseclit.cite.patterns.REF_INLINE_SUBHEADING_RE`)
    with its adjectives after و (``… العربية والمعرّبة``), or any short one before a numbered
    entry (:data:`_RUN_IN_LABELLED_HEAD_RE`)."""
    sub = P.REF_INLINE_SUBHEADING_RE.match(line)
    if sub is not None:
        more = _AND_ADJECTIVES_RE.match(line, sub.end())
        return more.end() if more else sub.end()
    sub = _RUN_IN_LABELLED_HEAD_RE.match(line)
    if sub is not None:
        return sub.end()
    # "منابع فارسی: احمدی، حمیدرضا. …": a part's heading and its colon, which the reader
    # joined to the paragraph after it, before a line that opens an entry
    sub = _COLON_HEAD_RE.match(line)
    if sub is not None and len(sub["head"].split()) <= 4 and not _starts_entry(sub["head"]):
        return sub.end() if _starts_entry(line[sub.end() :]) else 0
    return 0


_COLON_HEAD_RE = re.compile(r"[ \t]*(?P<head>[^\W\d_][^\d.,،:;؛()\[\]«»\"“”/]{1,40}):[ \t]+(?=\S)")


#: adjectives after و that go on a list's subheading: "والمعرّبة", "والمترجمة", "والأجنبية"
#: (with their article, as they agree with "المراجع": "وزارة الداخلية" after them is an entry)
_AND_ADJECTIVES_RE = re.compile(r"(?:[ \t]+وال[^\W\d_][^\s\d.,،:;؛()]*ة)+(?=[ \t]+\S)")


def _line_label(line: str) -> int | None:
    """The number a list's label opens ``line`` with (``١.``, ``[3]``, ``(2)``), or None."""
    sub = _inline_subheading(line)  # "ثانياً: المراجع الأجنبية ١٠. Toby …"
    m = P.REF_LABEL_RE.match(P.fold_digits(line[sub:]))
    return int(next(g for g in m.groups() if g)) if m else None


def _label_cuts(line: str) -> list[int]:
    """Cuts before each next label of a numbered list run into one line (``1. … 2. …``), the
    numbers in sequence from the label the line opens with."""
    skip = _inline_subheading(line)  # "أولاً: المراجع العربية ١. …"
    label = P.REF_LABEL_RE.match(P.fold_digits(line[skip:]))
    if label is None:
        return []
    n = int(next(g for g in label.groups() if g))
    cuts = []
    pos = skip + label.end()
    # a label after a stop, or after a URL, which ends an entry with no stop ("… Available
    # from: https://msf.example.org/iraq-mental-health ١١. وزارة …")
    after_url = {m.start("gap"): m["n"] for m in _LABEL_AFTER_URL_RE.finditer(line, pos)}
    # NEXT_LABEL_RE's matches overlap ("… 87. 4. …": "87. " matches first): every start
    labels = {
        m.start(): m["n"]
        for k in range(pos, len(line))
        if (m := P.NEXT_LABEL_RE.match(line, k)) is not None
    }
    for start_pos in sorted(labels.keys() | after_url.keys()):
        number = labels.get(start_pos) or after_url[start_pos]
        if int(number) != n + 1 or (
            start_pos in labels and P.NUMBER_ABBREV_END_RE.search(line, 0, start_pos)
        ):
            continue  # "ط. 2." | "ج. 2." | "Vol. 3." number an edition or a volume
        start = cuts[-1] if cuts else 0
        if _has_year(line[start:start_pos]) and _has_year(line[start_pos:]):
            cuts.append(start_pos)
            n += 1
    return cuts


#: a list's next label right after a URL (the entry's last piece, with no stop after it); a
#: URL the PDF broke at a hyphen ("https://…/iraq- mental-health") runs on past the space
_LABEL_AFTER_URL_RE = re.compile(
    r"(?:https?://|www\.)\S+?(?:-\s+[\w./-]+)?(?P<gap>\s+)(?P<n>\d{1,3})[.\-)]\s+(?=\S)"
)


def _has_year(line: str) -> bool:
    """Whether ``line`` holds an entry's date: a year, or ``n.d.`` / ``د.ت`` in its place."""
    return bool(P.REF_BARE_YEAR_RE.search(P.fold_digits(line)) or ND_RE.search(line))


#: an access date, up to its year: not the work's date ("… ٢٠١٨، متاح على: URL، تاريخ الزيارة:
#: ١٢/٣/٢٠٢٣", "Retrieved March 3, 2023, from", "بازیابی‌شده در ۲۰ مهر ۱۴۰۱ از")
#: The English words are whole words a date or address follows ("How Aid Is Viewed in Northern
#: Iraq", "Peer-reviewed", "Uncited Voices" are titles), ``دسترسی در`` a date (``چالش‌های
#: دسترسی در مناطق مرزی`` is a title)
ACCESS_DATE_RE = re.compile(
    r"(?:\b(?:accessed|retrieved|viewed|cited)\b(?:\s+(?:on|from))?[\s:,]*"
    r"(?=\d|https?:|www\.|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s,])"
    r"|تاريخ الاطلاع|تاريخ الزيارة|تاريخ الدخول|تم الاطلاع|"
    r"تاریخ دسترسی|بازیابی[\u200c ]?شده|دسترسی در\s*(?=[\d۰-۹٠-٩]))[^()\[\]]{0,40}?\d{4}",
    re.I,
)


#: APA's date of a dated work after the names: "(2019, June 22)" | "(٢٠٢١، ٣ تشرين الأول)"
#: a solar Hijri year too: "(۱۴۰۱، ۱۲ آبان)" (a Persian newspaper's date, as APA writes it)
_PAREN_DATED_YEAR_RE = re.compile(
    r"\(\s*(?P<y>(?:1[3-9]|20)\d{2}[a-zأب]?)(?:\s*م(?![\u0621-\u064a]))?\s*[,،]\s*(?P<date>[^()\d]{3,20}(?:\s*\d{1,2})?"
    r"|\d{1,2}\s+[^()\d]{3,20})\s*\)"
)
#: the year that closes an imprint: "New York: United Nations, 2018." | "…، بيروت، 2015."
_IMPRINT_YEAR_RE = re.compile(r"[,،]\s*(?P<y>(?:1[5-9]|20)\d{2})\s*\.?\s*$")


def _imprint_year_after(body: str, paren: re.Match) -> re.Match | None:
    """The imprint's year when the bracketed year ``paren`` is a title's (``… on the
    implementation of resolution 2367 (2017). S/2018/42. New York: United Nations, 2018.``):
    the names ended at a stop before it, a word of the title runs into the bracket, and the
    entry closes with a year of its own; None otherwise (``Dodge, T. (2012).``, ``الكبيسي،
    عامر. (٢٠١٨).``, a Chicago journal's ``23, no. 4 (1904): 421``)."""
    before = body[: paren.start()]
    if not sentence_in_names(before) or re.search(r"[.،,:]\s*$", before):
        return None
    if re.match(r"\s*:", body[paren.end() :]):
        return None  # "… 23, no. 4 (1904): 421–437": the journal's year
    tail = re.sub(r"(?:https?://|doi:|www\.)\S+", " ", body[paren.end() :])
    tail = ACCESS_DATE_RE.sub(" ", tail)
    return _IMPRINT_YEAR_RE.search(tail.rstrip(" .")) and _IMPRINT_YEAR_RE.search(body.rstrip(" ."))


_LINK_RE = re.compile(r"(?:https?://|www\.)\S+?(?:-\s+[\w./-]+)?(?=[\s)\]،,]*(?:\s|$))")


def _entry_year(body: str, latin: bool, ctx: YearContext) -> tuple[YearInfo | None, int, int]:
    """The entry's year and its span in ``body`` (bracketed year first, else the last bare one,
    an access date's year left out)."""
    body = ACCESS_DATE_RE.sub(lambda m: " " * len(m.group()), body)
    # a link's digits are no date: "…/reports/2022 (تاريخ الزيارة: …)" in an entry of 2023; a
    # link the reader broke after a hyphen ("https://www.ayn- iraq.example.org/…") runs on
    body = _LINK_RE.sub(lambda m: " " * len(m.group()), body)
    kw = {"latin": latin, "persian": ctx.persian, "lunar": ctx.lunar}
    m = P.REF_PAREN_YEAR_RE.search(body)
    dated = _PAREN_DATED_YEAR_RE.search(body)
    if dated and (m is None or dated.start() < m.start()):
        # APA's dated work: "(2019, June 22)" | "(٢٠٢١، ٣ تشرين الأول)": the year and the
        # whole bracket, so that the title starts after it
        return parse_year(dated["y"], **kw), dated.start(), dated.end()
    if m:
        imprint = _imprint_year_after(body, m)
        if imprint is not None:
            return parse_year(imprint["y"], **kw), imprint.start("y"), imprint.end("y")
        return parse_year(m["y"], **kw), m.start(), m.end()
    van = P.REF_VANCOUVER_YEAR_RE.search(body)  # "Routledge; 2012.", "2019;23(1)": not the
    if van:  # access date "[cited 2021 Mar 14]" or a title's "2017-2019" after it
        y = "y" if van["y"] else "y2"
        return parse_year(van[y], **kw), van.start(y), van.end(y)
    dual = list(P.REF_DUAL_YEAR_RE.finditer(body))  # "دار صادر، 1409هـ/1989م." as written
    if dual:
        m = dual[-1]
        return parse_year(re.sub(r"\s+", "", m.group()), **kw), *m.span()
    bare = list(P.REF_BARE_YEAR_RE.finditer(body))
    if bare:
        m = bare[-1]
        return parse_year(m.group().replace(" ", ""), **kw), *m.span()
    nd = ND_RE.search(body)
    if nd:
        text = nd.group()
        info = parse_year(text, latin=latin) or YearInfo(
            year=None, year_text=text, calendar=None, gregorian_year=None
        )  # "بی‌تا", which the citation years do not read
        return info, *nd.span()
    return None, -1, -1


def _split_authors_title(body: str, ys: int, ye: int) -> tuple[str, str | None]:
    """Authors and title of an entry whose year sits at ``body[ys:ye]``."""
    if (
        ys > 0
        and body[ys] == "("
        and not re.match(r"\s*:\s*\d", body[ye:])  # "(1904): 421", not "(٢٠١٣): العنوان"
        and not sentence_in_names(body[:ys])  # "von Lossow, T. "Title." SWP Comments, no. 3 (2016)"
    ):
        authors = body[:ys]
        rest = body[ye:].lstrip(" .،,:")
    else:
        # "Buzan, Barry. People, States and Fear. London, 1991." / "الحميد، عبد الله. العنوان."
        #   / "Hobson, J. A. Imperialism: A Study. London: James Nisbet, 1902."
        split = chicago_authors(body)
        m = re.search(r"(?<![\s.][A-Z])(?<!\b[A-Z]\.[A-Z])\.\s+", body)
        if split is not None and (ys < 0 or len(split[0]) <= ys):
            authors, rest = split
        elif m is None or (ys >= 0 and m.start() > ys):
            return _trim_authors(body[:ys]) if ys > 0 else body.strip(), None
        else:
            authors, rest = body[: m.start()], body[m.end() :]
    title_m = re.match(
        r"\s*[«»\"“]?([^.«»\"“”]{2,300}?)(?:[.,]?[«»\"”](?:\s|$)|[«»\"”]?(?:\.\s|\.$|$))", rest
    )
    title = title_m.group(1).strip(" ،,") if title_m else (rest.strip() or None)
    return _trim_authors(authors), title


def chicago_authors(body: str) -> tuple[str, str] | None:
    """``"Hobson, J. A. Imperialism: …"`` -> (``"Hobson, J. A."``, the rest): an inverted
    first name ends at the first full stop after a given name that is not an initial."""
    m = re.match(r"^(?P<family>[^,.،]{2,60})[,،]\s*", body)
    if m is None:
        return None
    pos = m.end()
    tokens = list(re.finditer(r"\S+", body[pos:]))
    for i, tok in enumerate(tokens):
        word = tok.group()
        if not word.endswith("."):
            if i >= 4:
                return None
            continue
        nxt = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        if re.fullmatch(r"[A-Z]\.", word) and re.fullmatch(r"[A-Z]\.,?", nxt):
            continue
        end = pos + tok.end()
        return body[:end], body[end:].strip()
    return None


def _trim_authors(authors: str) -> str:
    """Strip separators but keep the full stop of a final initial (``"Dodge, T."``)."""
    a = authors.strip(" ،,:")
    if a.endswith(".") and not re.search(r"(?:^|[\s.,])[A-Z]\.$", a):
        a = a[:-1].rstrip()
    return a


#: abbreviations a name may hold before more of it ("Smith, John Jr. and …")
_NAME_ABBREVIATIONS = frozenset("jr sr st dr prof ed eds trans comp".split())


def sentence_in_names(names: str) -> bool:
    """Whether what would be an entry's names holds a full stop after a word (not an
    initial or abbreviation) with more words after it: the names ran into the title
    (``OCHA. Iraq: Humanitarian Response Plan`` before ``2019``); ``Bolin, Bert.`` ends there."""
    return any(
        m[1].lower() not in _NAME_ABBREVIATIONS
        for m in re.finditer(r"([^\W\d_]{2,})\.\s+(?=\S)", names)
    )


#: a lower-case Latin word that is no name particle: the names before it ran into a title
_LATIN_PROSE_RE = re.compile(
    r"\b(?!(?:and|van|von|der|den|del|des|dos|bin|ibn|eds|trans)\b)[a-z]{3,}\b"
)


#: a quotation in Arabic script between guillemets the wrong way round: "»امنیت مرزی«"
_MIRRORED_QUOTE_RE = re.compile(r"»(?P<q>[^«»]*[\u0600-\u06ff][^«»]*)«")


def unmirror_guillemets(text: str) -> str:
    """``text`` with each Arabic-script quotation in mirrored guillemets (``»…«``, as a PDF
    reader may give a Persian title Chromium printed) turned round to ``«…»``; the German
    ``»…«`` of a Latin title stays."""
    return _MIRRORED_QUOTE_RE.sub(r"«\g<q>»", text)


def parse_reference_entry(raw: str, *, context: YearContext | None = None) -> dict:
    """One entry (``"[3] Hiltermann, J. (2017). Iraq after ISIS. ..."``) -> REFERENCES fields.

    ``doc_id`` and ``ref_id`` are left None (set by :func:`find_references`); ``context``:
    the document's calendar context (bare-year rule of :mod:`araseclit.cite.years`).
    """
    raw = " ".join(raw.split())
    body = unmirror_guillemets(P.fold_digits(raw))
    label_m = P.REF_LABEL_RE.match(body)
    label = next((g for g in label_m.groups() if g), None) if label_m else None
    body = body[label_m.end() :] if label_m else body
    body = P.HONORIFIC_RE.sub("", body, count=1)  # "د. محمد الكبيسي. …": no author "د"
    latin = sum(c.isascii() and c.isalpha() for c in body) > len(body) / 3
    ctx = context or YearContext.of(body)
    if P.PERSIAN_LETTERS_RE.search(body):
        ctx = YearContext(True, ctx.lunar)
    named = P.REF_NAME_YEAR_RE.fullmatch(body)
    if named and (
        _LATIN_PROSE_RE.search(named["authors"]) or P.TITLE_IN_NAMES_RE.search(named["authors"])
    ):
        named = None  # "Cheeseman N. The Kenyan elections of 2007: …": a title's year
    if named and P.REF_VANCOUVER_YEAR_RE.search(body):
        named = None  # "… في نينوى بعد عام 2017: مسح ميداني. مجلة …. 2020؛12(3)": the same
    if named and sentence_in_names(named["authors"]):
        named = None  # "OCHA. Iraq: Humanitarian Response Plan 2019. …": the title's year
    if named and _IMPRINT_YEAR_RE.search(named["rest"].rstrip(" .")):
        # "الدراجي، كريم، الأمن الوطني بعد عام 2003: دراسة …، دار دجلة، عمّان، 2017.": an
        # entry closed by its imprint's year has its year there, the one before is the title's
        named = None
    if named and not P.REF_PAREN_YEAR_RE.search(named["authors"]):
        # "Althusser, L. 1971: Ideology ...": the year right after the names is the entry's
        kw = {"latin": latin, "persian": ctx.persian, "lunar": ctx.lunar}
        info = parse_year(named["y"].replace(" ", ""), **kw)
        authors = _trim_authors(named["authors"])
        title_m = re.match(r"\s*([^.]{2,300}?)(?:\.\s|\.$|$)", named["rest"])
        title = title_m.group(1).strip(" ،,") if title_m else None
    elif label and (ieee := ieee_head(body)) is not None:
        # "[5] NGO Coordination Committee for Iraq, "… review 2021," NCCI, …, Rep., 2022."
        authors, year = ieee
        info = parse_year(year, latin=latin, persian=ctx.persian, lunar=ctx.lunar)
        title = None  # record_fields below gives the quoted title
    else:
        info, ys, ye = _entry_year(body, latin, ctx)
        authors, title = _split_authors_title(body, ys, ye)
    rec = dict.fromkeys(REFERENCE_FIELDS)
    rec.update(raw=raw, authors=authors or None, title=title, label=label)
    if info:
        rec.update(info)
    from araseclit.cite.fields import record_fields  # fields.py reads entries with this module

    rec.update(record_fields(raw, rec))
    return rec


#: the dashes that stand for the names of the entry above: "---." | "———." | "___,"
_DITTO_NAMES_RE = re.compile(r"^\s*(?:[-—–_]\s?){2,}\s*[.,]\s+(?=\S)")

#: a few words with no digit or stop after an entry's closing URL or DOI: the subheading of
#: the next part of the list, run into the entry when the reader joined the paragraph after
#: an open-ended line ("… https://ihchr.iq/reports/2022/idps خامساً: المراجع الأجنبية",
#: "… doi:10.5555/disa.2021.045 Reports")
_RUN_IN_SUBHEADING_RE = re.compile(
    # "…/iraq- mental-health", "https://www.icrc.org/en/ document/…": a URL the reader broke
    r"(?:https?://|doi:\s*|doi\.org/)\S{2,300}?(?<![-/])(?P<gap>\s+)"
    # the language a work is written in is the entry's own note ("… /poc-report In Arabic")
    r"(?!(?:in\s+)?(?:Arabic|Persian|Farsi|Kurdish|Turkish|French|English|German)\s*$)"
    r"(?P<head>[^\d\s.,،:()\[\]][^\d.,،()\[\]]{1,60})\s*$",
    re.I,
)


def _drop_run_in_subheading(raw: str) -> str:
    m = _RUN_IN_SUBHEADING_RE.search(raw)
    head = m["head"] if m else ""
    if m and len(head.split()) <= MAX_SUBHEADING_WORDS + 1:
        return raw[: m.start("gap")].rstrip()
    return raw


def find_references(
    text: str, doc_id: str | None = None
) -> tuple[tuple[int, int] | None, list[dict]]:
    """The reference list's span and its entries as REFERENCES records (``ref_id`` r0000...)."""
    span = find_reference_span(text)
    if span is None:
        return None, []
    block = text[span[0] : span[1]]
    heads = _headings(block)
    heading = None if heads else P.REF_INLINE_HEADING_RE.match(block)
    if heading is None and not heads:
        heading = P.REF_BOOK_INLINE_HEADING_RE.match(block)
    if heading is None and not heads:
        heading = P.REF_LATIN_INLINE_HEADING_RE.match(block)  # "Bibliography Dodge, Toby. …"
    body_start = heading.end() if heading else 0
    sub = P.REF_INLINE_SUBHEADING_RE.match(block, body_start) if heading else None
    body_start = sub.end() if sub else body_start
    block = _blank_headings(block, heads)
    ctx = YearContext.of(P.fold_digits(text))
    records = []
    for a, b in split_entries(block[body_start:]):
        raw = block[body_start + a : body_start + b]
        sub = _inline_subheading(raw)  # "ثانياً: المراجع الأجنبية Gallab, …"
        raw = raw[sub:].lstrip() if sub else raw
        raw = strip_bullet(_drop_run_in_subheading(raw))
        rec = parse_reference_entry(raw, context=ctx)
        ditto = _DITTO_NAMES_RE.match(raw) if records else None
        if ditto and records[-1]["authors"]:
            # "---. Iraq: From War to a New Authoritarianism. Routledge, 2012.": the author of
            # the entry above (MLA, Chicago), whose names the record takes
            rec = {**parse_reference_entry(f"{records[-1]['authors']}. {raw[ditto.end():]}",
                                           context=ctx), "raw": " ".join(raw.split())}  # fmt: skip
        elif records and P.REF_DITTO_RE.match(P.fold_digits(raw.strip())):
            # "1986: Speech Genres ...": a further work of the author of the entry before
            rec = {**parse_reference_entry(f"{records[-1]['authors']} {raw.strip()}", context=ctx),
                   "raw": " ".join(raw.split())}  # fmt: skip
        if P.REF_AUTHOR_HEAD_RE.fullmatch(raw.strip()):
            head = {**rec, "authors": _trim_authors(raw.strip())}
            records.append(head)  # the author line above its works; dropped below
            continue
        if records and P.REF_AUTHOR_HEAD_RE.fullmatch(records[-1]["raw"]):
            records.pop()  # an author line with no work read under it
        # an undated entry that split_entries cut off after a whole one (an interview, a
        # personal communication) is an entry too
        undated = bool(records) and _undated_entry(raw, records[-1]["raw"])
        if rec["year_text"] or rec["label"] or undated:  # a line with no year is a fragment
            records.append(
                rec
            )  # ("Hillsdale, New Jersey: Erlbaum.") of an entry the source wrapped
    if records and P.REF_AUTHOR_HEAD_RE.fullmatch(records[-1]["raw"]):
        records.pop()
    for i, rec in enumerate(records):
        rec["doc_id"], rec["ref_id"] = doc_id, make_id(doc_id, "r", i)
    return span, records
