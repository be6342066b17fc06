"""Gold files: ``gold/marked/<name>.txt`` -> ``sources/``, citations, references, audit."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .config import CURRENT_YEAR, MARKED, SAMPLE
from .patterns import (
    ARABIC,
    FIRST_NAME_END,
    MARK,
    NUMERIC,
    PAGE,
    REF_ENTRY,
    REF_HEADINGS,
    SECONDARY,
    YEAR,
)


# --- gold: citations ------------------------------------------------------------------------
def parse_year(text: str) -> dict[str, Any]:
    """Year fields of a year token: ``1444هـ/2023م`` -> lunar 1444 (2023); ``1402`` -> solar."""
    m = YEAR.fullmatch(text)
    if m is None:
        raise ValueError(f"not a year: {text!r}")
    if m.group(1):
        year, cal, greg = int(m.group(1)), "lunar_hijri", int(m.group(2))
    elif m.group(3):
        year = int(m.group(3))
        # In this corpus every bare 13xx/14xx year is a Persian (solar Hijri) source.
        cal, greg = ("solar_hijri", year + 621) if year < 1500 else ("gregorian", year)
    else:
        year, cal, greg = None, None, None
    return {"year": year, "year_text": text, "calendar": cal, "gregorian_year": greg}


def _split_author(author: str) -> tuple[str, str | None]:
    author = author.strip(" ،,").replace("»", "").replace("«", "")
    m = SECONDARY.match(author)
    if m:
        return m.group(2).strip(), m.group(1).strip()
    return author, None


def citation_records(raw: str) -> list[dict[str, Any]]:
    """Gold records of one marked citation (several for a numeric bracket)."""
    base: dict[str, Any] = dict.fromkeys(
        ("author", "via_original", "year", "year_text", "calendar", "gregorian_year", "page")
    )
    num = NUMERIC.match(raw)
    if num:
        out = []
        for number in _expand_numbers(num.group(1)):
            out.append({"raw": raw, **base, "kind": "numeric", "number": number, "script": None})
        return out
    if raw.startswith("(") and raw.endswith(")"):
        kind, name_part, inner = "parenthetical", "", raw[1:-1]
    elif "(" in raw:
        kind = "narrative"
        name_part, inner = raw[:-1].split(" (", 1)
    else:  # one work inside a multi-work bracket "(A، 2019؛ B، 2020)"
        kind, name_part, inner = "parenthetical", "", raw
    years = list(YEAR.finditer(inner))
    if not years:
        raise ValueError(f"no year in citation {raw!r}")
    ym = years[-1]
    author, via = _split_author(name_part or inner[: ym.start()])
    page_m = PAGE.match(inner[ym.end() :])
    if inner[ym.end() :].strip() and page_m is None:
        raise ValueError(f"cannot read page in {raw!r}")
    rec = {"raw": raw, **base, "author": author, "via_original": via}
    rec.update(parse_year(ym.group(0)))
    rec.update({"page": page_m.group(1) if page_m else None, "kind": kind, "number": None})
    rec["script"] = "arabic" if ARABIC.search(author) else "latin"
    return [rec]


def _expand_numbers(text: str) -> list[int]:
    numbers: list[int] = []
    for part in re.split(r"[،,]", text):
        lo, _, hi = part.strip().replace("–", "-").partition("-")
        numbers.extend(range(int(lo), int(hi or lo) + 1))
    return numbers


def strip_marks(marked: str) -> tuple[str, list[dict[str, Any]]]:
    """Clean source text and gold citation records with verified offsets."""
    out: list[str] = []
    records: list[dict[str, Any]] = []
    pos = length = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        length += m.start() - pos
        for rec in citation_records(m.group(1)):
            rec.update({"start": length, "end": length + len(m.group(1))})
            records.append(rec)
        out.append(m.group(1))
        length += len(m.group(1))
        pos = m.end()
    out.append(marked[pos:])
    source = "".join(out)
    bad = [r for r in records if source[r["start"] : r["end"]] != r["raw"]]
    if bad or "⟦" in source or "⟧" in source:
        raise ValueError(f"offsets do not match the source or marks are unbalanced: {bad[:3]}")
    return source, records


# --- gold: references and audit -------------------------------------------------------------
def split_body_references(source: str) -> tuple[int, list[tuple[int, str]]]:
    """Offset of the reference-list heading and ``(offset, line)`` of each entry after it."""
    m = re.search(rf"^(?:{'|'.join(REF_HEADINGS)})$", source, flags=re.M)
    if m is None:
        raise ValueError("no reference-list heading")
    entries, pos = [], m.end()
    for line in source[m.end() :].split("\n"):
        if line.strip():
            entries.append((pos, line))
        pos += len(line) + 1
    return m.start(), entries


def reference_records(source: str) -> list[dict[str, Any]]:
    _, entries = split_body_references(source)
    records = []
    for start, line in entries:
        m = REF_ENTRY.match(line)
        if m is None:
            raise ValueError(f"cannot read reference entry {line!r}")
        label, authors, year_text, title = m.groups()
        rec = {"raw": line, "authors": authors, **parse_year(year_text), "title": title}
        rec.update({"label": label, "start": start, "end": start + len(line)})
        records.append(rec)
    return records


_FOLD = str.maketrans({"ی": "ي", "ى": "ي", "ک": "ك", "أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه"})


def first_surname(authors: str) -> str:
    """The first author's surname as written."""
    return FIRST_NAME_END.split(authors, maxsplit=1)[0].strip()


def author_key(authors: str) -> str:
    """Matching key: first surname with Persian/Arabic letter variants folded, lower case."""
    return re.sub(r"[\u064B-\u0652\u0640]", "", first_surname(authors)).translate(_FOLD).lower()


def _as_cited(rec: dict[str, Any]) -> str:
    sep = "، " if rec["script"] == "arabic" else ", "
    return f"{rec['author']}{sep}{rec['year_text']}"


def audit(citations: list[dict[str, Any]], references: list[dict[str, Any]]) -> dict[str, Any]:
    """Expected audit: works cited without an entry, entries never cited, and problems."""
    if citations and citations[0]["kind"] == "numeric":
        return _audit_numeric(citations, references)
    refs = {(author_key(r["authors"]), r["year_text"]): r for r in references}
    if len(refs) != len(references):
        raise ValueError("two reference entries share a matching key")
    works: dict[tuple[str, str], dict[str, Any]] = {}
    for c in citations:
        works.setdefault((author_key(c["author"]), c["year_text"]), c)
    missing = [k for k in works if k not in refs]
    problems = _spelling_problems(citations, references)
    for key in missing:
        # Same work, two years: the author's only entry is also cited with its own year.
        entries = [k for k in refs if k[0] == key[0]]
        if len(entries) == 1 and entries[0] in works:
            detail = f"{_as_cited(works[key])} / {_as_cited(works[entries[0]])}"
            problems.append({"kind": "two_years_same_work", "detail": detail})
    for c in citations:
        if c["calendar"] == "gregorian" and c["gregorian_year"] > CURRENT_YEAR:
            problems.append({"kind": "future_year", "detail": c["raw"]})
    return _audit_dict(citations, works, references, missing, refs, problems, _as_cited)


def _audit_numeric(citations: list[dict[str, Any]], references: list[dict[str, Any]]) -> dict:
    refs = {r["label"]: r for r in references}
    works = {str(c["number"]): c for c in citations}
    missing = [k for k in works if k not in refs]
    return _audit_dict(citations, works, references, missing, refs, [], lambda c: c["raw"])


def _audit_dict(citations, works, references, missing, refs, problems, show) -> dict[str, Any]:
    cited = set(works)
    matched = len(cited) - len(missing)
    return {
        "citations": len(citations),
        "works_cited": len(works),
        "references": len(references),
        "matched": matched,
        "coverage": round(matched / len(works), 3) if works else None,
        "missing_references": [f"[{k}]" if isinstance(k, str) else show(works[k]) for k in missing],
        "uncited_references": [r["raw"] for k, r in refs.items() if k not in cited],
        "problems": problems,
    }


def _spelling_problems(citations: list[dict], references: list[dict]) -> list[dict[str, str]]:
    spellings: dict[str, list[str]] = {}
    names = [c["author"] for c in citations] + [r["authors"] for r in references]
    for name in names:
        variants = spellings.setdefault(author_key(name), [])
        if first_surname(name) not in variants:
            variants.append(first_surname(name))
    return [
        {"kind": "author_spelling_variants", "detail": " / ".join(v)}
        for v in spellings.values()
        if len(v) > 1
    ]


CITATION_KEYS = (
    "raw author via_original year year_text calendar gregorian_year page kind number script "
    "start end"
).split()
REFERENCE_KEYS = "raw authors year year_text calendar gregorian_year title label start end".split()


def _write_jsonl(path: Path, records: Iterable[dict[str, Any]], keys: list[str]) -> None:
    lines = [json.dumps({k: r[k] for k in keys}, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def build_gold(names: list[str]) -> dict[str, dict[str, Any]]:
    """sources/ and gold/ from gold/marked/; returns the audit of each document."""
    audits = {}
    for name in names:
        source, citations = strip_marks((MARKED / f"{name}.txt").read_text(encoding="utf-8"))
        references = reference_records(source)
        (SAMPLE / "sources" / f"{name}.txt").write_text(source, encoding="utf-8")
        gold = SAMPLE / "gold"
        _write_jsonl(gold / f"{name}.citations.jsonl", citations, CITATION_KEYS)
        _write_jsonl(gold / f"{name}.references.jsonl", references, REFERENCE_KEYS)
        audits[name] = audit(citations, references)
        text = json.dumps(audits[name], ensure_ascii=False, indent=2) + "\n"
        (gold / f"{name}.audit.json").write_text(text, encoding="utf-8")
    return audits
