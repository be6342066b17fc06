"""Reference files in and out: plain text (one entry per line), BibTeX, RIS, CSL-JSON.

:func:`read_references_file` returns REFERENCES records (``ref_id`` r0000..., ``doc_id`` None);
:func:`to_bibtex` and :func:`to_csl_json` export works (REFERENCES records, or citation
records which carry ``author``/``year``) for reference managers.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from araseclit.cite.references import REFERENCE_FIELDS, parse_reference_entry
from araseclit.cite.years import parse_year
from araseclit.errors import InputError
from araseclit.ids import make_id

_RIS_TAG = re.compile(r"^([A-Z][A-Z0-9])  -\s?(.*)$")


def _record(
    authors: str | None, year: str | None, title: str | None, raw: str, label: str | None = None
) -> dict:
    """A REFERENCES record; ``label`` is the entry's number in a numbered list ([12])."""
    rec = dict.fromkeys(REFERENCE_FIELDS)
    rec.update(raw=raw, authors=authors or None, title=title or None)
    if label:
        rec["label"] = label
    info = parse_year(year, latin=bool(authors and authors.isascii())) if year else None
    if info:
        rec.update(info)
    return rec


#: LaTeX's escaped specials, as a BibTeX file writes them: "Peace \\& Conflict" | "100\\%"
_BIB_ESCAPED_RE = re.compile(r"\\([&%$#_{}])")


def _bib_unescape(value: str) -> str:
    """A BibTeX value as text: its grouping braces gone (``{ISIS}``), LaTeX's escaped
    specials (``\\&``, ``\\{``) and ``\\textbackslash{}`` read back as the characters, so
    that what :func:`to_bibtex` writes reads back as it was."""
    value = value.replace("\\textbackslash{}", "\x00")
    parts = _BIB_ESCAPED_RE.split(value)  # text, escaped char, text, ...
    out = "".join(p if i % 2 else re.sub(r"[{}]", "", p) for i, p in enumerate(parts))
    return " ".join(out.replace("\x00", "\\").split())


def _read_bibtex(text: str, path: Path) -> list[dict]:
    import bibtexparser

    library = bibtexparser.parse_string(text)
    if library.failed_blocks and not library.entries:
        raise InputError("E040", path=path, detail="no parsable BibTeX entry")
    out = []
    for entry in library.entries:
        f = {k.lower(): str(v.value) for k, v in entry.fields_dict.items()}
        names = (_bib_unescape(a) for a in f.get("author", "").split(" and "))
        authors = "; ".join(a for a in names if a)
        title = _bib_unescape(f.get("title", ""))
        author = authors or _bib_unescape(f.get("organization", "")) or None
        out.append(_record(author, f.get("year"), title, entry.raw, f.get("label")))
    return out


def _read_ris(text: str) -> list[dict]:
    out, cur, raw = [], {}, []
    for line in text.splitlines():
        m = _RIS_TAG.match(line.strip())
        if not m:
            continue
        tag, value = m.groups()
        raw.append(line)
        if tag == "ER":
            year = re.match(r"\d{4}", cur.get("year", "")) if cur.get("year") else None
            authors = "; ".join(cur.get("authors", []))
            out.append(_record(authors, year.group() if year else None, cur.get("title"),
                               "\n".join(raw)))  # fmt: skip
            cur, raw = {}, []
        elif tag in ("AU", "A1", "A2"):
            cur.setdefault("authors", []).append(value.strip())
        elif tag in ("PY", "Y1", "DA") and "year" not in cur:
            cur["year"] = value.strip()
        elif tag in ("TI", "T1") and "title" not in cur:
            cur["title"] = value.strip()
    return out


def _csl_name(name: dict) -> str:
    if "literal" in name:
        return name["literal"]
    return ", ".join(p for p in (name.get("family"), name.get("given")) if p)


def _read_csl(text: str, path: Path) -> list[dict]:
    data = json.loads(text)
    items = data if isinstance(data, list) else data.get("items", [data])
    out = []
    for item in items:
        if not isinstance(item, dict):
            raise InputError("E040", path=path, detail="CSL-JSON item is not an object")
        authors = "; ".join(_csl_name(a) for a in item.get("author", []))
        issued = item.get("issued") or {}
        parts = issued.get("date-parts") or [[None]]
        year = str(parts[0][0]) if parts and parts[0] and parts[0][0] else None
        year = year or issued.get("literal")  # a year as written: 2020a, 1441هـ
        raw = json.dumps(item, ensure_ascii=False)
        label = item.get("citation-label")
        out.append(_record(authors, year, item.get("title"), raw, str(label) if label else None))
    return out


def read_references_file(path: str | Path) -> list[dict]:
    """Entries of a reference file: ``.bib``, ``.ris``, ``.json`` (CSL-JSON) or plain text
    (one entry per line). Raises :class:`InputError` ``E040`` when it cannot be read."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError("E040", path=path, detail=exc.__class__.__name__) from exc
    suffix = path.suffix.lower()
    try:
        if suffix in (".bib", ".bibtex"):
            records = _read_bibtex(text, path)
        elif suffix == ".ris":
            records = _read_ris(text)
        elif suffix in (".json", ".csl"):
            records = _read_csl(text, path)
        else:
            records = [parse_reference_entry(ln) for ln in text.splitlines() if ln.strip()]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError("E040", path=path, detail=str(exc)[:200]) from exc
    for i, rec in enumerate(records):
        rec["ref_id"] = make_id(None, "r", i)
    return records


def _authors_of(work: dict) -> list[str]:
    field = work.get("authors") or work.get("author") or ""
    if ";" in field or "؛" in field:
        return [a.strip() for a in re.split(r"[;؛]", field) if a.strip()]
    return [a.strip() for a in re.split(r"\s+(?:&|and)\s+", field) if a.strip()]


def _bib_escape(s: str) -> str:
    """``s`` as a BibTeX value LaTeX reads as written, in one pass (so the braces of
    ``\\textbackslash{}`` are not escaped again); :func:`_bib_unescape` reads it back."""
    return re.sub(r"[\\{}&%$#_]", lambda m: "\\textbackslash{}" if m[0] == "\\" else "\\" + m[0], s)


def _bib_key(work: dict, i: int, used: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9]", "", (_authors_of(work) or ["work"])[0]) or "work"
    key = f"{base}{work.get('year') or 'nd'}"
    while key in used:
        key += "x"
    used.add(key)
    return key


def to_bibtex(works: list[dict]) -> str:
    """BibTeX (``@misc``) for REFERENCES or citation records; Arabic stays UTF-8."""
    used: set[str] = set()
    out = []
    for i, w in enumerate(works):
        fields = {
            "author": " and ".join("{" + _bib_escape(a) + "}" for a in _authors_of(w)),
            "year": str(w.get("year") or ""),
            "title": _bib_escape(w.get("title") or ""),
            "note": _bib_escape(w.get("year_text") or "") if w.get("calendar") not in (None, "gregorian") else "",
        }  # fmt: skip
        body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields.items() if v)
        out.append(f"@misc{{{_bib_key(w, i, used)},\n{body}\n}}\n")
    return "\n".join(out)


def to_csl_json(works: list[dict]) -> str:
    """CSL-JSON (a list of ``type: book`` items) for REFERENCES or citation records."""
    items = []
    for i, w in enumerate(works):
        item: dict = {"id": w.get("ref_id") or w.get("cit_id") or f"work{i}", "type": "book"}
        names = []
        for a in _authors_of(w):
            family, _, given = a.partition(",") if "," in a else a.partition("،")
            names.append(
                {"family": family.strip(), "given": given.strip()} if given else {"literal": a}
            )
        if names:
            item["author"] = names
        if w.get("title"):
            item["title"] = w["title"]
        if w.get("gregorian_year"):
            item["issued"] = {"date-parts": [[int(w["gregorian_year"])]]}
        if w.get("year_text"):
            item["original-date"] = {"literal": w["year_text"]}
        items.append(item)
    return json.dumps(items, ensure_ascii=False, indent=2)
