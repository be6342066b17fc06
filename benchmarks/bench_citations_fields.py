"""Benchmark: reference entries as data, field by field (issue 13).

Run: ``.venv/bin/python benchmarks/bench_citations_fields.py [--split sample|heldout]
[--out FILE]`` (prints Markdown).

- ``sample`` (in domain): every gold entry of ``corpora/sample/gold/*.references.jsonl``,
  its ``raw`` string parsed by ``cite.fields.parse_fields``; the key gives the first author's
  family name (the authors before the first comma), the year as written and the title.
- ``heldout`` (out of domain, looked at once): ``benchmarks/data/citations/heldout/*.refs.tsv``,
  a key written with each text (first author's family name, year, title, container, volume,
  issue, pages, publisher, place, DOI). Each document goes through ``find_references`` first,
  so an entry the list reader misses or merges counts wrong in every field.

A field is right when it equals the key after folding digits, case, spaces and the
punctuation at its ends (an empty key field must be empty). Compared with: ``refextract``
(INSPIRE's reference extractor) on the same entries, which gives authors, year and DOI (its
title and journal fields only for journals it knows).
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
FIELDS = ("family", "year_text", "title", "container", "volume", "issue", "pages", "publisher",
          "place", "doi")  # fmt: skip


def norm(value: object) -> str:
    text = fold_digits(str(value or "")).casefold()
    text = re.sub(r"(?<=\d)\s*[هـم]+$", "", text.strip())  # "808هـ", "1992م": the year
    return " ".join(text.split()).strip(" .,،:;\"“”«»'")


def araseclit_row(raw: str) -> dict[str, str]:
    f = parse_fields(raw)
    row = {k: norm(f.get(k)) for k in FIELDS if k != "family"}
    row["family"] = norm(f["authors"][0]["family"]) if f["authors"] else ""
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
        "family": norm(re.split(r"[،,]", author)[0]),
        "year_text": norm((r.get("year") or [""])[0]),
        "title": norm((r.get("title") or [""])[0]),
        "container": norm((r.get("journal_title") or [""])[0]),
        "volume": norm((r.get("journal_volume") or [""])[0]),
        "pages": norm((r.get("journal_page") or [""])[0]),
        "doi": norm(doi),
    }


def sample_key() -> list[tuple[str, dict[str, str]]]:
    out = []
    for path in sorted((SAMPLE / "gold").glob("*.references.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            family = re.split(r"[،,]", g["authors"] or "")[0]
            key = {"family": norm(family), "year_text": norm(g["year_text"]),
                   "title": norm(g["title"])}  # fmt: skip
            out.append((g["raw"], key))
    return out


def _starts_with(words: list[str], fam: list[str]) -> bool:
    """The key's family name (``world bank``, ``ابن خلدون``) is a run of the entry's first words."""
    head = words[: len(fam) + 3]
    return any(head[i : i + len(fam)] == fam for i in range(len(head) - len(fam) + 1))


def heldout_key() -> list[tuple[str | None, dict[str, str]]]:
    """(the entry the list reader found for each key line, or None; the key line)."""
    out: list[tuple[str | None, dict[str, str]]] = []
    for path in sorted(HELDOUT.glob("*.refs.tsv")):
        text = (HELDOUT / path.name.replace(".refs.tsv", ".txt")).read_text(encoding="utf-8")
        _, entries = find_references(text)
        left = list(entries)
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cells = [*line.split("\t"), *[""] * len(FIELDS)][: len(FIELDS)]
            key = {k: norm(v) for k, v in zip(FIELDS, cells, strict=True)}
            fam = author_key(cells[0]).split()
            hit = next(
                (e for e in left if fam and _starts_with(author_key(e["raw"][:80]).split(), fam)
                 and norm(e["year_text"]) == key["year_text"]),
                None,
            )  # fmt: skip
            if hit is not None:
                left.remove(hit)
            out.append((hit["raw"] if hit else None, key))
    return out


def score(key: list, tool: str) -> dict[str, tuple[int, int]] | None:
    counts = {k: [0, 0] for k in FIELDS}
    for raw, gold in key:
        row = None
        if raw is not None:
            row = araseclit_row(raw) if tool == "araseclit" else refextract_row(raw)
            if row is None:
                return None
        for field, want in gold.items():
            counts[field][1] += 1
            counts[field][0] += row is not None and row.get(field, "") == want
    return {k: (a, b) for k, (a, b) in counts.items() if b}


def render(split: str, results: dict[str, dict | None], n: int) -> str:
    fields = [f for f in FIELDS if any(r and f in r for r in results.values())]
    lines = [
        f"# Reference fields ({split})",
        "",
        f"{n} key entries. Right = equal to the key after folding digits, case, spaces and "
        "end punctuation; an entry not found counts wrong in every field.",
        "",
        "| tool | " + " | ".join(fields) + " |",
        "|---" * (len(fields) + 1) + "|",
    ]
    for tool, res in results.items():
        if res is None:
            lines.append(f"| {tool} | " + " | ".join("not installed" for _ in fields) + " |")
            continue
        cells = [f"{res[f][0] / res[f][1]:.3f}" if f in res else "–" for f in fields]
        lines.append(f"| {tool} | " + " | ".join(cells) + " |")
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
