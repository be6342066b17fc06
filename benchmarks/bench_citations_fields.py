"""Benchmark: reference entries as data, field by field (issue 13).

Run: ``.venv/bin/python benchmarks/bench_citations_fields.py [--split sample|heldout]
[--out FILE]`` (prints Markdown).

- ``sample`` (in domain): every gold entry of ``corpora/sample/gold/*.references.jsonl``,
  its ``raw`` string parsed by ``cite.fields.parse_fields``; the key gives the first author's
  family name (the authors before the first comma) and given names (the rest of the first
  author), every author (``authors``: each one's family and given names, in order), the year
  as written and the title.
- ``heldout`` (out of domain, looked at once): ``benchmarks/data/citations/heldout/*.refs.tsv``,
  a key written with each text (first author's family name, year, title, container, volume,
  issue, pages, publisher, place, DOI). Each document goes through ``find_references`` first,
  so an entry the list reader misses or merges counts wrong in every field.

A ``.refs.tsv`` key's columns are the fields its header names (``# family<TAB>year<TAB>…``;
``year`` is ``year_text``): the ten above, then ``url`` and ``accessed`` in the keys written
since the sixth session and ``type`` (book, chapter, article, thesis, report, web,
newspaper) in those of the tenth; :data:`KEY_FIELDS` lists every field issue 13 names. A key
with no header has the ten of :data:`FIELDS`; cells past the header's last name take the
names of :data:`KEY_FIELDS` after it. A field is scored over the entries of the keys that
have its column; ``type`` and ``given`` only where the key's cell is filled (an empty cell
there is a field not keyed, not one the entry lacks).

A field is right when it equals the key after folding digits, case, spaces and the
punctuation at its ends (an empty key field must be empty). Each field is reported with the
number of key entries it was scored over and how many of them have a value, and its accuracy
over those alone; a field no key holds shows "–". Compared with: ``refextract`` (INSPIRE's
reference extractor) on the same entries, which gives authors, year, DOI and URL (its title
and journal fields only for journals it knows).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from araseclit.cite import find_references  # noqa: E402
from araseclit.cite.fields import parse_fields  # noqa: E402
from araseclit.cite.matching import author_key  # noqa: E402
from araseclit.cite.patterns import fold_digits  # noqa: E402

SAMPLE = ROOT / "corpora" / "sample"
HELDOUT = ROOT / "benchmarks" / "data" / "citations" / "heldout"
#: the ten columns of the first keys; a key with no header has these, in this order
FIELDS = ("family", "year_text", "title", "container", "volume", "issue", "pages", "publisher",
          "place", "doi")  # fmt: skip
#: every field issue 13 names, in the order of a key's columns (``family`` and ``given``: the
#: first author's; ``authors``: every author's family and given names, only the sample holds)
KEY_FIELDS = (*FIELDS, "url", "accessed", "type", "given", "authors")
#: scored only where the key's cell is filled: an empty cell is a field not keyed
ONLY_WHERE_KEYED = frozenset({"type", "given"})
#: a header's name for a field
HEADER_NAMES = {"year": "year_text", "entry_type": "type"}


def norm(value: object) -> str:
    text = fold_digits(str(value or "")).casefold()
    text = re.sub(r"(?<=\d)\s*[هـم]+$", "", text.strip())  # "808هـ", "1992م": the year
    return " ".join(text.split()).strip(" .,،:;\"“”«»'")


def people(persons: list[tuple[str, str | None]]) -> str:
    """Authors as one comparable string: each one's family and given names, in order."""
    return " ; ".join(f"{norm(family)} , {norm(given)}" for family, given in persons)


def araseclit_row(raw: str) -> dict[str, str]:
    f = parse_fields(raw)
    row = {k: norm(f.get(k)) for k in KEY_FIELDS if k not in ("family", "given", "authors")}
    first = f["authors"][0] if f["authors"] else None
    row["family"] = norm(first["family"]) if first else ""
    row["given"] = norm(first["given"]) if first else ""
    row["authors"] = people([(p["family"], p["given"]) for p in f["authors"]])
    return row


def refextract_row(raw: str) -> dict[str, str] | None:
    try:
        from refextract import extract_references_from_string
    except ImportError:
        return None
    refs = extract_references_from_string(raw, is_only_references=True)
    r = refs[0] if refs else {}
    author = (r.get("author") or [""])[0]
    doi = (r.get("doi") or [""])[0].removeprefix("doi:")
    return {
        "url": norm((r.get("url") or [""])[0]),
        "family": norm(re.split(r"[،,]", author)[0]),
        "year_text": norm((r.get("year") or [""])[0]),
        "title": norm((r.get("title") or [""])[0]),
        "container": norm((r.get("journal_title") or [""])[0]),
        "volume": norm((r.get("journal_volume") or [""])[0]),
        "pages": norm((r.get("journal_page") or [""])[0]),
        "doi": norm(doi),
    }


#: between two authors of the sample's key: "Al-Ali, N. & Pratt, N." | "Al-Ansari, N., Adamo,
#: N. & Sissakian, V." | "الموسوي، حيدر؛ الزيدي، نور" | "رضایی، مهدی و نیکپور، زهرا"
_NEXT_AUTHOR_RE = re.compile(r"\s*[;؛&]\s*|\s+(?:و|and)\s+|(?<=\.),\s*")


def key_people(authors: str) -> list[tuple[str, str | None]]:
    """The sample key's ``authors`` as (family, given names) pairs: ``family, given`` each, a
    body's name (no comma) its family name alone."""
    out: list[tuple[str, str | None]] = []
    for piece in _NEXT_AUTHOR_RE.split(authors.strip()):
        family, _, given = piece.replace("،", ",").partition(",")
        if family.strip():
            out.append((family.strip(), given.strip() or None))
    return out


def sample_key() -> list[tuple[str, dict[str, str]]]:
    out = []
    for path in sorted((SAMPLE / "gold").glob("*.references.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            family = re.split(r"[،,]", g["authors"] or "")[0]
            key = {"family": norm(family), "year_text": norm(g["year_text"]),
                   "title": norm(g["title"])}  # fmt: skip
            persons = key_people(g["authors"] or "")
            key["given"] = norm(persons[0][1]) if persons else ""
            key["authors"] = people(persons)
            out.append((g["raw"], key))
    return out


def _starts_with(words: list[str], fam: list[str]) -> bool:
    """The key's family name (``world bank``, ``ابن خلدون``) is a run of the entry's first words."""
    head = words[: len(fam) + 3]
    return any(head[i : i + len(fam)] == fam for i in range(len(head) - len(fam) + 1))


def key_columns(lines: list[str]) -> tuple[str, ...]:
    """The fields of a key's columns, as its header names them (``# family<TAB>year<TAB>…
    <TAB>(a note)``), or :data:`FIELDS` for a key with no header; cells past the last name
    take the names of :data:`KEY_FIELDS` after it."""
    cols: tuple[str, ...] = FIELDS
    for line in lines:
        cells = [c.strip() for c in line.lstrip("#").split("\t")]
        if line.startswith("#") and cells[0] == "family":
            names = [HEADER_NAMES.get(c, c) for c in cells]
            cut = next((i for i, c in enumerate(names) if c not in KEY_FIELDS), len(names))
            cols = tuple(names[:cut])
            break
    width = max((len(x.split("\t")) for x in lines if x.strip() and not x.startswith("#")),
                default=0)  # fmt: skip
    if width > len(cols) and cols[-1] in KEY_FIELDS:
        after = KEY_FIELDS[KEY_FIELDS.index(cols[-1]) + 1 : KEY_FIELDS.index("authors")]
        cols = (*cols, *[f for f in after if f not in cols][: width - len(cols)])
    return cols


def read_key(path: Path) -> list[dict[str, str]]:
    """A ``.refs.tsv`` key: one dict a line, the fields of its columns (see
    :func:`key_columns`), an empty cell ``""``; ``type`` and ``given`` left out where their
    cell is empty (not keyed)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    cols = key_columns(lines)
    out = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        cells = [*line.split("\t"), *[""] * len(cols)][: len(cols)]
        out.append({k: v for k, v in zip(cols, cells, strict=True)
                    if v.strip() or k not in ONLY_WHERE_KEYED})  # fmt: skip
    return out


def heldout_key() -> list[tuple[str | None, dict[str, str]]]:
    """(the entry the list reader found for each key line, or None; the key line)."""
    out: list[tuple[str | None, dict[str, str]]] = []
    for path in sorted(HELDOUT.glob("*.refs.tsv")):
        text = (HELDOUT / path.name.replace(".refs.tsv", ".txt")).read_text(encoding="utf-8")
        _, entries = find_references(text)
        left = list(entries)
        for cells in read_key(path):
            key = {k: norm(v) for k, v in cells.items()}
            fam = author_key(cells["family"]).split()
            hit = next(
                (e for e in left if fam and _starts_with(author_key(e["raw"][:80]).split(), fam)
                 and norm(e["year_text"]) == key["year_text"]),
                None,
            )  # fmt: skip
            if hit is not None:
                left.remove(hit)
            out.append((hit["raw"] if hit else None, key))
    return out


#: a field's counts: [right, key entries scored, of them with a value, right of those]
Tally = list[int]


def tally(counts: dict[str, Tally], field: str, got: str | None, want: str) -> None:
    """Count one key entry's field: ``got`` is the tool's normalised answer, None when the
    entry was not found (wrong)."""
    c = counts.setdefault(field, [0, 0, 0, 0])
    ok = got is not None and got == want
    c[0] += ok
    c[1] += 1
    if want:
        c[2] += 1
        c[3] += ok


def add_tallies(into: dict[str, Tally], more: dict[str, Tally]) -> None:
    for field, c in more.items():
        into[field] = [x + y for x, y in zip(into.get(field, [0, 0, 0, 0]), c, strict=True)]


def score(key: list, tool: str) -> dict[str, Tally] | None:
    counts: dict[str, Tally] = {}
    for raw, gold in key:
        row = None
        if raw is not None:
            row = araseclit_row(raw) if tool == "araseclit" else refextract_row(raw)
            if row is None:
                return None
        for field, want in gold.items():
            tally(counts, field, None if row is None else row.get(field, ""), want)
    return counts


def _acc(right: int, n: int) -> str:
    return f"{right / n:.3f}" if n else "–"


def field_table(results: dict[str, dict[str, Tally] | None]) -> list[str]:
    """Each tool's accuracy per field of :data:`KEY_FIELDS` ("–" where no key holds it), the
    key entries each was scored over and how many of them have a value, and araseclit's
    accuracy over those alone."""
    lines = ["| tool | " + " | ".join(KEY_FIELDS) + " |", "|---" * (len(KEY_FIELDS) + 1) + "|"]
    for tool, res in results.items():
        if res is None:
            lines.append(f"| {tool} | " + " | ".join("not installed" for _ in KEY_FIELDS) + " |")
            continue
        cells = [_acc(*res.get(f, [0, 0])[:2]) for f in KEY_FIELDS]
        lines.append(f"| {tool} | " + " | ".join(cells) + " |")
    first = next((r for r in results.values() if r is not None), None) or {}
    zero = [0, 0, 0, 0]
    rows = (
        ("key entries scored", lambda c: str(c[1]) if c[1] else "–"),
        ("of them with a value", lambda c: str(c[2]) if c[1] else "–"),
        (f"{next(iter(results))}, over those with a value", lambda c: _acc(c[3], c[2])),
    )
    for label, cell in rows:
        lines.append(f"| {label} | " + " | ".join(cell(first.get(f, zero)) for f in KEY_FIELDS)
                     + " |")  # fmt: skip
    return lines


def render(split: str, results: dict[str, dict | None], n: int) -> str:
    lines = [
        f"# Reference fields ({split})",
        "",
        f"{n} key entries. Right = equal to the key after folding digits, case, spaces and "
        'end punctuation; an entry not found counts wrong in every field; "–": no key '
        "holds the field.",
        "",
        *field_table(results),
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("sample", "heldout"), default="sample")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    key = sample_key() if args.split == "sample" else heldout_key()
    results = {tool: score(key, tool) for tool in ("araseclit", "refextract")}
    md = render(args.split, results, len(key))
    if args.out:
        args.out.write_text(md, encoding="utf-8")
    print(md)


if __name__ == "__main__":
    main()
