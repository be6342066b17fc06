"""Shared helpers of the citation readers (:mod:`.citations`, :mod:`.narrative`): the
reporting cues, name checks, record builders and the bracket scan both the narrative and the
damage-tolerant readers use. Split out of ``citations.py`` unchanged."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from araseclit.cite import patterns as P
from araseclit.cite import styles
from araseclit.cite.years import YearContext, parse_year
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
_STOP_FIRST = frozenset(
    "في من منذ عام سنه حتى بين خلال اكثر نحو حوالي قبل بعد عن الى"
    # a law's date, Persian and Arabic: "(مصوب ۱۳۹۵)" "approved 1395", "(المؤرخ ٢٠١٠)"
    " مصوب مصوبه مورخ المورخ المورخه".split()
)
#: lower-case words that open a Latin name: "al-Jubouri", "van Bruinessen", "de Waal"
_LATIN_PARTICLES = frozenset(
    "al el ad an ar as at az ash ath adh de da di du del della der den van von le la bin ibn"
    " abu ben dos das ter ten d l".split()
)
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
    if re.match("ن?می\u200c", words[0]):
        return False  # "به نظر می‌رسد (۱۳۹۵)": a Persian verb (می‌/نمی‌ before its stem)
    if P.IBID_RE.fullmatch(author.strip(" .،,")):
        return False  # "المصدر نفسه": the work before, resolved by _ibid
    if styles.is_date_phrase(author):
        return False  # "(October, 1965)", "(كانون الأول، 2017)": a date, not an author
    parts = [p.strip() for p in re.split(r"[،,]", author)]
    if len(parts) > 1 and parts[-1] and styles.is_date_phrase(parts[-1]):
        return False  # "(interview, Erbil, March 2022)": a place and a date
    if author[:1].islower() and author[:1].isascii():
        # "(focus group, Sinjar, 2022)", "(interview, Erbil, …)": a Latin name opens with a
        # capital or a particle ("al-Jubouri", "van Bruinessen")
        return re.split(r"[\s\-‐’']", author, maxsplit=1)[0] in _LATIN_PARTICLES
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


def _brackets(t: str) -> list[tuple[int, int, int, str]]:
    """``(start, end, body_start, body)`` of every bracket, closed or left unclosed."""
    found = [(m.start(), m.end(), m.start("body"), m["body"]) for m in P.PAREN_RE.finditer(t)]
    # an unclosed match never ends in ")" after its page, so it cannot repeat a closed one
    found += [(m.start(), m.end(), m.start("body"), m["body"]) for m in P.UNCLOSED_RE.finditer(t)]
    found += [(m.start(), m.end(), m.start("body"), m["body"]) for m in P.MIRRORED_RE.finditer(t)]
    return found


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


_WORD_RE = re.compile(f"[{P.AR_LETTER}A-Za-z]+")


@lru_cache(maxsize=4)
def _word_counts(t: str) -> Counter[str]:
    # counted as found: findall listed every word of the text first (+37.6 MB traced at
    # 2.3 M characters, the largest of cite's whole-text passes; +9.3 MB this way)
    return Counter(m.group() for m in _WORD_RE.finditer(t))


#: a substring every ``CUE_BRACKETED_RUN_RE`` match holds: a year right after a closer
_CLOSER_YEAR = re.compile(r"\)\s*\d{4}")


def _opens(before: str) -> bool:
    """Whether ``before`` leaves a bracket open (a clump ``()`` / ``) (`` opens nothing)."""
    before = re.sub(r"\)\s*\(|\(\s*\)", "", before)
    return before.rfind("(") > before.rfind(")")
