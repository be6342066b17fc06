"""Citations for the structure model's training prose: the conventions, not any corpus.

The third-party prose the structure model learns from (legal, technical, encyclopedic,
news) cites almost nothing, yet academic text is full of in-text citations, and whether a
citation reads in logical order is much of what tells a repaired line from a scrambled
one. So a share of the training sentences get citations inserted, drawn from the published
conventions of author-date and numeric styles (APA, Chicago author-date, Harvard, IEEE,
and their usual Arabic renderings): ``(Name, 2017: 88)``, ``(Name et al., 2019, p. 4)``,
``(الاسم، 2019: 27)``, ``Name (2003: 78)``, ``[2، 3]``, Hijri and solar-Hijri years,
``n.d.``/``د.ت``. Names are random words of the right script and case from wordfreq's lists:
the structure model sees a name as its script-and-case class only.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache

_SENTENCE_END = re.compile(r"(?<=[^\s.])([.؟!])(?=\s|$)")
_LATIN_NAME = re.compile(r"^[a-z]{4,12}$")
_ARABIC_NAME = re.compile("^[\u0621-\u063a\u0641-\u064a]{3,9}$")


@lru_cache(maxsize=1)
def _names() -> tuple[list[str], list[str]]:
    from wordfreq import get_frequency_dict

    latin = [
        w.capitalize()
        for w in list(get_frequency_dict("en", "best"))[2000:12000]
        if _LATIN_NAME.match(w)
    ]
    arabic = [
        w for w in list(get_frequency_dict("ar", "best"))[3000:20000] if _ARABIC_NAME.match(w)
    ]
    return latin, arabic


def _year(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.75:
        y = str(rng.randint(1950, 2025))
        return y + (rng.choice("ab") if rng.random() < 0.08 else "")
    if r < 0.85:
        return str(rng.randint(1380, 1403))  # solar Hijri
    if r < 0.92:
        return f"{rng.randint(1400, 1446)}هـ"
    return "n.d." if rng.random() < 0.5 else "د.ت"


def _page(rng: random.Random, latin: bool) -> str:
    p = rng.randint(1, 480)
    if rng.random() < 0.15:
        return f"{p}-{p + rng.randint(1, 12)}"
    return str(p)


#: words that open the name of an institution cited as an author (Arabic usage)
_INSTITUTIONS = (
    "منظمة",
    "هيئة",
    "مركز",
    "وزارة",
    "مفوضية",
    "شبكة",
    "معهد",
    "جامعة",
    "مجلس",
    "البنك",
)


def _author(rng: random.Random, latin: bool) -> str:
    latin_names, arabic_names = _names()
    if latin:
        a = rng.choice(latin_names)
        r = rng.random()
        if r < 0.12:
            return f"{a} & {rng.choice(latin_names)}"
        if r < 0.22:
            return f"{a} et al."
        if r < 0.28:
            return rng.choice(["UNDP", "UNICEF", "IOM", "OECD", "WHO", "HRW", "ICG", "UNHCR"])
        if r < 0.36:  # an institution: "World Bank", "International Crisis Group"
            return " ".join(rng.choice(latin_names) for _ in range(rng.randint(2, 4)))
        return a
    a = rng.choice(arabic_names)
    a = ("ال" + a) if rng.random() < 0.6 and not a.startswith("ال") else a
    r = rng.random()
    if r < 0.1:
        return f"{a} و{rng.choice(arabic_names)}"
    if r < 0.18:
        return f"{a} وآخرون"
    if r < 0.32:  # an institution: "منظمة العفو الدولية", "مركز ... للدراسات"
        rest = " ".join(rng.choice(arabic_names) for _ in range(rng.randint(1, 3)))
        return f"{rng.choice(_INSTITUTIONS)} {rest}"
    return a


def _work(rng: random.Random, latin: bool) -> str:
    comma = ", " if latin else "، "
    year = _year(rng)
    if rng.random() < 0.35 or year in ("n.d.", "د.ت"):
        return f"{_author(rng, latin)}{comma}{year}"
    if latin and rng.random() < 0.25:
        return f"{_author(rng, latin)}, {year}, p. {_page(rng, latin)}"
    if not latin and rng.random() < 0.2:
        return f"{_author(rng, latin)}، {year}، ص. {_page(rng, latin)}"
    return f"{_author(rng, latin)}{comma}{year}: {_page(rng, latin)}"


def citation(rng: random.Random) -> tuple[str, bool]:
    """One in-text citation and whether it is narrative (goes before the clause)."""
    latin = rng.random() < 0.5
    r = rng.random()
    if r < 0.55:
        works = [_work(rng, latin) for _ in range(1 if rng.random() < 0.8 else 2)]
        sep = "; " if latin else "؛ "
        return f"({sep.join(works)})", False
    if r < 0.8:
        year = _year(rng)
        loc = f"{year}: {_page(rng, latin)}" if rng.random() < 0.6 else year
        return f"{_author(rng, latin)} ({loc})", True
    if r < 0.9:
        n = rng.randint(1, 40)
        body = str(n) if rng.random() < 0.6 else f"{n}، {n + rng.randint(1, 5)}"
        return f"[{body}]", False
    original = _author(rng, latin)
    via = "cited in" if latin else "نقلًا عن"
    comma = ", " if latin else "، "
    return f"({original}{comma}{via} {_work(rng, latin)})", False


def add_citations(paragraph: str, rng: random.Random, share: float = 0.35) -> str:
    """``paragraph`` with citations at some sentence ends and some narrative ones inside."""

    def at_end(m: re.Match[str]) -> str:
        if rng.random() >= share:
            return m.group()
        cite, narrative = citation(rng)
        return f" {cite}{m.group(1)}" if not narrative else m.group()

    text = _SENTENCE_END.sub(at_end, paragraph)
    if rng.random() < share / 2:
        words = text.split(" ")
        if len(words) > 6:
            k = rng.randint(1, len(words) - 2)
            cite, narrative = citation(rng)
            if narrative:
                words.insert(k, cite)
                text = " ".join(words)
    return text
