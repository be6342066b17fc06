"""Reference entries in IEEE style: given-name initials first, the title in double quotes
ending with a comma inside them, the container's locators as ``vol.``/``no.``/``pp.`` items:

    [3] S. Al-Rawi and K. Brennan, "Checkpoints and …," Middle East Security Review, vol. 14,
        no. 2, pp. 45–67, 2019, doi: 10.5555/….
    [4] H. Jassim, L. Ortega, and D. Park, "Mapping …," in Proc. Int. Conf. …, 2020, pp. 112–119.
    [5] NGO Coordination Committee for Iraq, "Access …," NCCI, Erbil, Iraq, Rep., 2022.
    [1] T. Dodge, Iraq: From War to a New Authoritarianism. London, U.K.: Routledge, 2012.
    [2] M. Kaldor, New and Old Wars, 3rd ed. Cambridge, U.K.: Polity Press, 2012.

:func:`ieee_fields` reads such an entry (after its label) into the fields ``fields.fields_of``
returns, or gives None for an entry of another style, which the general reader then takes.
"""

from __future__ import annotations

import re

# One IEEE name: initials then the family name: "S. Al-Rawi" | "T. Dodge" | "J.-P. Martin"
_PERSON = r"(?:[A-Z][a-z]?\.(?:[\s-]?[A-Z][a-z]?\.)*)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
# The authors: one name or several ("A, B, and C", "A and B"), or a body before a quoted title
AUTHORS_RE = re.compile(
    rf"^(?P<authors>{_PERSON}(?:,?\s+(?:and\s+)?{_PERSON})*(?:,?\s+et\s+al\.)?)\s*,\s+(?P<rest>\S.*)$"
)
BODY_QUOTED_RE = re.compile(r"^(?P<authors>[A-Z][^,\"“]{1,80}?)\s*,\s+(?P<rest>[\"“].*)$")
# The quoted title with its comma inside the quotes: "\"Checkpoints and …,\" "
QUOTED_TITLE_RE = re.compile(r"^[\"“](?P<title>.+?)[,.]?[\"”]\s*,?\s*(?P<rest>.*)$")
_VOLUME_RE = re.compile(r"^vol\.\s*(?P<n>\S+)$", re.I)
_ISSUE_RE = re.compile(r"^no\.\s*(?P<n>\S+)$", re.I)
_PAGES_RE = re.compile(r"^pp?\.\s*(?P<n>\d+\s*[-–—]\s*\d+|\d+)$", re.I)
# A book after its authors: title, edition, place, publisher and year:
#   "Iraq: From War to a New Authoritarianism. London, U.K.: Routledge, 2012."
#   | "New and Old Wars: …, 3rd ed. Cambridge, U.K.: Polity Press, 2012."
BOOK_RE = re.compile(
    r"^(?P<title>.+?)(?:,\s*\d+(?:st|nd|rd|th)\s+ed)?[.,]\s+(?P<place>[A-Z][^:\d]{1,40}?):\s*"
    r"(?P<publisher>[^:]+?),\s*(?:1[5-9]|20)\d{2}\.?$"
)
# What IEEE writes before a URL: "[Online]. Available:"
_ONLINE_RE = re.compile(r"\s*\[Online\]\.?\s*(?:Available:?)?\s*", re.I)
_REPORT_RE = re.compile(r"^(?:Rep|Tech\.\s*Rep|Report)\.?$", re.I)


def _people(authors: str) -> list[dict]:
    names = re.split(r",?\s+and\s+|,\s+", re.sub(r",?\s+et\s+al\.$", "", authors))
    out = []
    for name in names:
        m = re.match(
            r"^(?P<given>(?:[A-Z][a-z]?\.(?:[\s-]?[A-Z][a-z]?\.)*))\s+(?P<family>.+)$", name
        )
        if m:
            out.append({"family": m["family"].strip(), "given": m["given"].strip()})
        elif name.strip():
            out.append({"family": name.strip(), "given": None})
    return out


def _items(rest: str) -> list[str]:
    """The comma items of what follows a quoted title (a bracket's commas kept inside)."""
    return [
        x.strip(" .")
        for x in re.split(r",\s+(?![^()]*\))", rest.strip().rstrip("."))
        if x.strip(" .")
    ]


def _quoted(rest: str, out: dict) -> None:
    m = QUOTED_TITLE_RE.match(rest)
    if m is None:
        return
    out["title"] = m["title"].strip()
    items = _items(m["rest"])
    if items and items[0].lower().startswith("in "):
        out["container"], out["type"] = items.pop(0)[3:].strip(), "chapter"
    others: list[str] = []
    dated = False
    for item in items:
        if re.match(r"(?:1[5-9]|20)\d{2}\b", item) or _UNDATED_RE.fullmatch(item):
            dated = True  # the year: after it only a conference paper's pages, then a DOI
            continue  # or an access date
        if dated and not _PAGES_RE.match(item):
            break
        if v := _VOLUME_RE.match(item):
            out["volume"] = v["n"]
        elif i := _ISSUE_RE.match(item):
            out["issue"] = i["n"]
        elif p := _PAGES_RE.match(item):
            out["pages"] = re.sub(r"\s+", "", p["n"])
        elif _REPORT_RE.match(item):
            out["type"] = "report"
        elif not item.lower().startswith("doi"):
            others.append(item)
    if out["volume"] or (out["pages"] and out["type"] != "chapter"):
        out["container"] = out["container"] or (others.pop(0) if others else None)
        out["type"] = "article" if out["type"] == "other" else out["type"]
    elif others and out["type"] != "chapter":  # a report: "NCCI, Erbil, Iraq, Rep."
        out["publisher"] = others.pop(0)
        out["place"] = ", ".join(others) or None
        out["type"] = "report"


def _book(rest: str, out: dict) -> None:
    m = BOOK_RE.match(rest.strip())
    if m is None:
        return
    out["title"], out["place"], out["publisher"] = m["title"], m["place"], m["publisher"]
    out["type"] = "book"


def _head(body: str) -> re.Match[str] | None:
    """The authors and the rest of an IEEE entry ``body`` ("[Online]. Available:" taken out)."""
    body = _ONLINE_RE.sub("", body).strip()
    return AUTHORS_RE.match(body) or BODY_QUOTED_RE.match(body)


def ieee_fields(body: str) -> dict | None:
    """The fields of an IEEE entry ``body`` (its label removed; DOI, URL and access date
    already taken out by the caller), or None when the entry is not in IEEE's shape."""
    m = _head(body)
    if m is None:
        return None
    out: dict = {
        "authors": _people(m["authors"]), "title": None, "container": None, "volume": None,
        "issue": None, "pages": None, "publisher": None, "place": None, "type": "other",
    }  # fmt: skip
    rest = m["rest"].strip()
    if rest[:1] in '"“':
        _quoted(rest, out)
    else:  # a body before a quoted title has gone to _quoted: these are authors
        _book(rest, out)
    return out if out["title"] else None


_LAST_YEAR_RE = re.compile(r"(?<!\d)((?:1[5-9]|20)\d{2})(?!\d)")
_UNDATED_RE = re.compile(r"(?<!\w)n\.\s?d\.?(?!\w)")


def ieee_head(body: str) -> tuple[str, str] | None:
    """``(authors as written, year)`` of an IEEE entry ``body`` (its label removed): the year
    after its title (``…," Journal, vol. 6, …, 2021``; a report's ``Rep., 2022``, not the
    ``2021`` inside its quoted title), ``n.d.`` where it has none, or None for an entry of
    another style."""
    if ieee_fields(body) is None:
        return None
    m = _head(body)
    assert m is not None  # ieee_fields read it
    rest = m["rest"].strip()
    quoted = QUOTED_TITLE_RE.match(rest) if rest[:1] in '"“' else None
    after = quoted["rest"] if quoted else rest
    after = re.split(r"\bAccessed\b|https?://|doi:", after, maxsplit=1)[0]
    years = _LAST_YEAR_RE.findall(after)
    if not years and _UNDATED_RE.search(after):  # 'ACLED, "Iraq data export tool," n.d.'
        return m["authors"], "n.d."
    return (m["authors"], years[-1]) if years else None
