"""What kind of work a reference entry is (book, article, report, chapter) and where it
was published, read from the entry's own text after its title."""

from __future__ import annotations

import re

#: words that name a journal, in Arabic and English: "مجلة العلوم السياسية، 56، 55-80"
_JOURNAL = re.compile(r"(?:^|\s)(?:مجلة|دورية|Journal|Review|Quarterly|Studies|Policy)\b", re.I)
#: a chapter: "In: ...", "في: ...", "(Ed.)", "(eds)", "(محرر)"
_CHAPTER = re.compile(r"(?:^|\s)(?:In:|في:|\(eds?\.?\)|\(محرر(?:ون)?\))", re.I)
#: a report: its title or its author says so, or a public body wrote it
_REPORT = re.compile(
    r"(?:تقرير|مسح|Report|Survey|Working Paper|Policy Brief|Sector Note|Outlook)", re.I
)
_BODY = re.compile(
    r"^(?:وزارة|دائرة|هيئة|منظمة|مرصد|شبكة|مركز|الجهاز|UN[A-Z]*|[A-Z]{2,}|"
    r"Ministry|Human Rights|Crisis Group|World Bank|Access Now|NetBlocks)"
)
# volume, issue and pages after a journal name: "8(5), 435-460" or "56، 55-80"
_VOLUME = re.compile(r"(\d+)\s*(?:\((\d+)\))?\s*[,،]\s*(?:pp?\.\s*)?(\d+\s*[-–]\s*\d+)")
# "Place: Publisher." after the title
_PUBLISHER = re.compile(r"([^.:]{2,40}):\s*([^.]{2,80})\.?\s*$")


def kind_of(raw: str, title: str | None, authors: str | None) -> str:
    """``article``, ``incollection``, ``report`` or ``book``."""
    rest = _after_title(raw, title)
    if _CHAPTER.search(rest):
        return "incollection"
    if _JOURNAL.search(rest) and _VOLUME.search(rest):
        return "article"
    if _REPORT.search(title or "") or _BODY.match((authors or "").strip()):
        return "report"
    return "book"


def _after_title(raw: str, title: str | None) -> str:
    if title and title in raw:
        return raw[raw.index(title) + len(title) :].strip(" .")
    return raw


def venue(raw: str, title: str | None, kind: str) -> dict[str, str]:
    """Journal, volume, issue, pages, or publisher and place, as far as the entry says."""
    rest = _after_title(raw, title)
    out: dict[str, str] = {}
    if kind == "article":
        found = _VOLUME.search(rest)
        if found:
            out["journal"] = rest[: found.start()].strip(" ,،.")
            out["volume"] = found.group(1)
            if found.group(2):
                out["number"] = found.group(2)
            out["pages"] = re.sub(r"\s*[-–]\s*", "--", found.group(3))
    else:
        found = _PUBLISHER.search(rest)
        if found:
            out["address"], out["publisher"] = found.group(1).strip(), found.group(2).strip()
    return out
