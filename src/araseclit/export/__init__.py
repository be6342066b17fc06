"""Reference lists out to reference managers (BibTeX, CSL-JSON, RIS) and RIS back in.

Works are REFERENCES records (an entry of a reference list) or CITATION records (a work
cited in the text that the list lacks). Entries get their real type (book, article,
report, chapter), authors split into family and given names (bodies kept whole) and a
stable ASCII key from surname and year. A cited work with no entry is never written as
if it had one: BibTeX lists it in an ``@comment``; CSL-JSON and RIS leave it out and
:func:`unlisted` names it, so that the caller can say so.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from pathlib import Path

from araseclit.export.kinds import kind_of, venue
from araseclit.export.names import Name, ascii_key, split_authors

__all__ = ["entries", "read_ris", "to_bibtex", "to_csl_json", "to_ris", "unlisted"]

Work = dict[str, object]
CSL_TYPES = {
    "book": "book",
    "article": "article-journal",
    "report": "report",
    "incollection": "chapter",
}
RIS_TYPES = {"book": "BOOK", "article": "JOUR", "report": "RPRT", "incollection": "CHAP"}
RIS_KINDS = {v: k for k, v in RIS_TYPES.items()}


def _is_entry(work: Work) -> bool:
    return bool(work.get("ref_id")) and "cit_id" not in work


def unlisted(works: Sequence[Work]) -> list[Work]:
    """The works cited in the text that have no entry in the reference list."""
    return [w for w in works if not _is_entry(w)]


def _year(work: Work) -> str:
    for key in ("year_text", "year", "gregorian_year"):
        value = work.get(key)
        if value is not None and str(value).strip() and str(value) != "nan":
            return str(value).strip()
    return ""


# the year part of a key: "2020", "2020a" / "2020 a" / "2020أ" (the Arabic letters in abjad
# order: أ ب ج د هـ -> a b c d e), 2022 for "1443هـ/2022م", "nd"
_KEY_YEAR = re.compile(r"(\d{4})\s?([a-z]|[أاإبجده](?!ـ))?(?![^\W\d_])")
_ABJAD = {"أ": "a", "ا": "a", "إ": "a", "ب": "b", "ج": "c", "د": "d", "ه": "e"}


def _suffix(found: re.Match[str] | None) -> str:
    letter = found.group(2) if found else None
    return _ABJAD.get(letter, letter) if letter else ""


def _key_year(work: Work) -> str:
    text = _year(work)
    found = _KEY_YEAR.search(text)
    gregorian = work.get("gregorian_year")
    if gregorian is not None and str(gregorian) not in ("", "nan", "None"):
        return str(int(float(str(gregorian)))) + _suffix(found)
    if not found:
        return "nd"
    return str(int(found.group(1))) + _suffix(found)  # int(): Arabic-Indic digits to ASCII


def entries(works: Sequence[Work]) -> list[dict[str, object]]:
    """One dict per reference entry: ``key``, ``kind``, ``names``, ``year``, ``title``,
    ``raw``, ``label`` and the venue fields; keys unique (``aljbwry2020``, ``...2020a``)."""
    out: list[dict[str, object]] = []
    used: dict[str, int] = {}
    for work in works:
        if not _is_entry(work):
            continue
        raw, title = str(work.get("raw") or ""), work.get("title")
        title = str(title) if title else None
        authors = str(work.get("authors") or "") or None
        names = split_authors(authors)
        kind = kind_of(raw, title, authors)
        year = _year(work)
        stem = ((ascii_key(names[0].surname) if names else "") or "anon") + _key_year(work)
        n = used.get(stem, 0)
        used[stem] = n + 1
        key = stem if n == 0 else f"{stem}{chr(ord('a') + n - 1)}"
        out.append({
            "key": key, "kind": kind, "names": names, "year": year, "title": title,
            "raw": raw, "label": work.get("label"), **venue(raw, title, kind),
        })  # fmt: skip
    return out


#: characters LaTeX reads as commands in a BibTeX field (``Security & NGOs``, ``35%``), not
#: already escaped: ``&`` is an alignment tab, ``%`` comments out the rest of the line
_LATEX_SPECIAL = re.compile(r"(?<!\\)([&%$#_])")


def _tex(value: object) -> str:
    """A field value as LaTeX prints it as written: ``Security & NGOs`` -> ``Security \\&
    NGOs`` (reference managers read the escape back as the character)."""
    return _LATEX_SPECIAL.sub(r"\\\1", str(value))


def _bib_name(name: Name) -> str:
    if name.literal:
        return "{" + _tex(name.literal) + "}"
    return _tex(f"{name.family}, {name.given}" if name.given else str(name.family))


def to_bibtex(works: Sequence[Work]) -> str:
    """BibTeX (written by ``bibtexparser``) for the entries; the cited works with no entry
    in an ``@comment`` that says so."""
    import bibtexparser
    from bibtexparser.model import Entry, ExplicitComment, Field

    library = bibtexparser.Library()
    for item in entries(works):
        fields = [Field("author", " and ".join(_bib_name(n) for n in item["names"]))]  # type: ignore[attr-defined]
        if item["title"]:
            fields.append(Field("title", "{" + _tex(item["title"]) + "}"))
        if item["year"]:
            fields.append(Field("year", str(item["year"])))  # "2019a" kept: the audit re-reads it
        for name in ("journal", "volume", "number", "pages", "publisher", "address"):
            if item.get(name):
                fields.append(Field(name, _tex(item[name])))
        if item["label"]:
            fields.append(Field("label", str(item["label"])))
        fields.append(Field("note", "{" + _tex(item["raw"]) + "}"))
        library.add(Entry(str(item["kind"]), str(item["key"]), fields))
    missing = unlisted(works)
    if missing:
        lines = ["araseclit: cited in the text, with no entry in the reference list:"]
        lines += [f"  {w.get('author') or '?'} ({_year(w) or 'n.d.'})" for w in missing]
        library.add(ExplicitComment("\n".join(lines)))
    return bibtexparser.write_string(library)


def _csl_name(name: Name) -> dict[str, str]:
    if name.literal:
        return {"literal": name.literal}
    return {"family": str(name.family), **({"given": name.given} if name.given else {})}


def to_csl_json(works: Sequence[Work]) -> str:
    """CSL-JSON items with their real CSL types (the cited works with no entry left out)."""
    items = []
    for item in entries(works):
        csl: dict[str, object] = {
            "id": item["key"],
            "type": CSL_TYPES[str(item["kind"])],
            "author": [_csl_name(n) for n in item["names"]],  # type: ignore[attr-defined]
            "title": item["title"] or item["raw"],
            "note": item["raw"],
        }
        if str(item["year"]).isdigit():
            csl["issued"] = {"date-parts": [[int(str(item["year"]))]]}
        elif item["year"]:  # "2020a", "1443هـ/2022م", "د.ت": as written
            csl["issued"] = {"literal": item["year"]}
        for ours, theirs in (
            ("journal", "container-title"),
            ("volume", "volume"),
            ("number", "issue"),
            ("publisher", "publisher"),
            ("address", "publisher-place"),
        ):
            if item.get(ours):
                csl[theirs] = item[ours]
        if item.get("pages"):
            csl["page"] = str(item["pages"]).replace("--", "-")
        if item["label"]:
            csl["citation-label"] = str(item["label"])
        items.append(csl)
    return json.dumps(items, ensure_ascii=False, indent=1) + "\n"


def _ris_name(name: Name) -> str:
    return name.literal or (f"{name.family}, {name.given}" if name.given else str(name.family))


@functools.cache
def _ris_writer() -> type:
    """rispy's writer without its record numbers: it opens each record with a line "1.",
    "2.", ..., no RIS tag; a record starts at its ``TY`` line (RIS as EndNote and Zotero
    write it)."""
    import rispy

    class RisWriter(rispy.RisWriter):
        def set_header(self, count: int) -> str:
            return ""

    return RisWriter


def to_ris(works: Sequence[Work]) -> str:
    """RIS (written by ``rispy``) for the entries (the cited works with no entry left out)."""
    import rispy

    records = []
    for item in entries(works):
        rec: dict[str, object] = {
            "type_of_reference": RIS_TYPES[str(item["kind"])],
            "id": item["key"],
            "authors": [_ris_name(n) for n in item["names"]],  # type: ignore[attr-defined]
            "notes": [item["raw"]],
        }
        if item["title"]:
            rec["title"] = item["title"]
        if item["year"]:
            rec["year"] = item["year"]
        if item["label"]:
            rec["label"] = str(item["label"])
        for ours, theirs in (
            ("journal", "secondary_title"),
            ("volume", "volume"),
            ("number", "number"),
            ("publisher", "publisher"),
            ("address", "place_published"),
        ):
            if item.get(ours):
                rec[theirs] = item[ours]
        if item.get("pages"):
            start, _, end = str(item["pages"]).partition("--")
            rec["start_page"], rec["end_page"] = start, end
        records.append(rec)
    return rispy.dumps(records, implementation=_ris_writer())


def read_ris(path: str | Path) -> list[Work]:
    """REFERENCES records of a RIS file (read by ``rispy``), ``ref_id`` r0000, ...; the
    numeric label (``LB``) is kept, so numbered citations still find their entry."""
    import rispy

    from araseclit.cite.bibio import _record  # one record builder for every format
    from araseclit.errors import InputError
    from araseclit.ids import make_id

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
        records = rispy.loads(text)
    except (OSError, UnicodeDecodeError, ValueError, KeyError) as exc:
        raise InputError("E040", path=path, detail=str(exc)[:200]) from exc
    out: list[Work] = []
    for i, rec in enumerate(records):
        authors = "; ".join(rec.get("authors") or rec.get("first_authors") or [])
        year = str(rec.get("year") or rec.get("publication_year") or "") or None
        notes = rec.get("notes") or []
        raw = str(notes[0]) if notes else str(rec.get("title") or "")
        work = _record(authors, year, rec.get("title") or rec.get("primary_title"), raw)
        work["label"] = rec.get("label")
        work["ref_id"] = make_id(None, "r", i)
        out.append(work)
    if not out and text.strip():
        raise InputError("E040", path=path, detail="no RIS record (TY ... ER)")
    return out
