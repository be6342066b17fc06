"""Benchmark: in-text citations on real third-party Arabic books (out of domain).

Run: ``.venv/bin/python benchmarks/bench_citations_ood.py [--texts DIR] [--mirror DIR]
[--split dev|test|all]`` (prints Markdown; with ``--split all`` writes
``benchmarks/results/bench_citations_ood.md``).

The texts are not in the repository (third-party; see ``benchmarks/data/citations/ood/
SOURCES.tsv`` for each one's source, commit, lines, SHA-256 and licence). Give them as
``--texts DIR`` holding ``<doc>.txt`` files, or as ``--mirror DIR``, a checkout of the source
repository, from which the script cuts the listed lines and checks their SHA-256; without
either, ``../shared/ood_citations/`` is used when it exists. Otherwise the script says which
documents it could not find and scores the rest.

Gold: ``benchmarks/data/citations/ood/<doc>.gold.tsv``, annotated by hand from the text
(one citation a line: author, year, page, the original of a secondary citation; a line
starting ``?`` is a work mentioned in a way that is neither counted nor penalised: epigraph
attributions, a book named by title with its year). ``precision_*`` documents are whole
public-domain books that cite no author-date work: everything found there is a false
citation, and each one is listed for review.

A found citation matches a gold one when the years agree (the first year written), the first
pages agree (both absent, or the same first number; ``١٠٦، ٨`` and ``106–8`` both give 106),
and the gold author's key is a run of words of the found author's key, which has at most five
words (``سنكلير وكولتارد`` matches ``سنكلير``; a bracket of prose read as a name does not).
Matching is one to one, greedy in gold order; ``?`` lines then absorb what is left.

Compared with: the regex baseline of ``bench_citations.py`` on the same text.

Each document is scored as a user would get it: through ``araseclit.ingest.read`` (which
joins the source's hard-wrapped lines), as ``araseclit citations FILE`` reads a ``.txt``.

Split: ``dev_*`` documents were used while the rules were written; ``test_*`` were annotated
before any rule was written and read by the tool once, at the end (``--split test``), and
have been read since (not a held-out estimate any more). ``--split heldout`` scores the
documents of ``benchmarks/data/citations/heldout/`` (texts committed, CC BY-SA 4.0; key
written with each text before the tool read it), a held-out set read once, at the end.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from araseclit.cite import author_key, find_citations, find_references  # noqa: E402
from araseclit.cite.patterns import fold_digits  # noqa: E402
from araseclit.errors import InputError  # noqa: E402
from araseclit.ingest import read  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "citations" / "ood"
#: the held-out set (CC BY-SA texts, committed with their key; read once, at the end)
HELDOUT = ROOT / "benchmarks" / "data" / "citations" / "heldout"
OUT = ROOT / "benchmarks" / "results" / "bench_citations_ood.md"
#: where the texts are looked for when neither --texts nor --mirror is given
SHARED_TEXTS = ROOT / ".." / "shared" / "ood_citations"
BASELINE_RE = re.compile(r"\(([^()]+?)[,،]\s*(\d{4})(?::\s*(\d+))?\)")
MAX_AUTHOR_WORDS = 5


@dataclass(frozen=True)
class Cit:
    author: str
    year: int | None
    page: int | None
    raw: str = ""


@dataclass
class Score:
    tp: int = 0
    pred: int = 0
    gold: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)
        r = self.tp / self.gold if self.gold else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def first_number(text: object) -> int | None:
    m = re.search(r"\d+", fold_digits(str(text))) if text not in (None, "") else None
    return int(m.group()) if m else None


def sources(data: Path = DATA) -> list[dict[str, str]]:
    lines = (data / "SOURCES.tsv").read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    return [dict(zip(head, x.split("\t"), strict=True)) for x in lines[1:] if x.strip()]


def load_gold(doc: str, data: Path = DATA) -> tuple[list[Cit], list[Cit]]:
    gold: list[Cit] = []
    ignore: list[Cit] = []
    path = data / f"{doc}.gold.tsv"
    if not path.exists():
        return gold, ignore
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [*line.split("\t"), "", ""]
        target = ignore if cells[0].startswith("?") else gold
        target.append(Cit(cells[0].lstrip("?"), first_number(cells[1]), first_number(cells[2])))
    return gold, ignore


def source_text(src: dict[str, str], texts: Path | None, mirror: Path | None) -> str | None:
    text = None
    if texts is not None and (texts / f"{src['doc']}.txt").exists():
        text = (texts / f"{src['doc']}.txt").read_text(encoding="utf-8")
    elif mirror is not None and (mirror / src["path"]).exists():
        lines = (mirror / src["path"]).read_text(encoding="utf-8").splitlines(keepends=True)
        a, b = (int(x) for x in src["lines"].split("-"))
        text = "".join(lines[a - 1 : b])
    if text is None:
        return None
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if digest != src["sha256"]:
        print(f"note: {src['doc']}: SHA-256 differs from SOURCES.tsv", file=sys.stderr)
    return text


def _matches(gold: Cit, pred: Cit) -> bool:
    if gold.year != pred.year or gold.page != pred.page:
        return False
    g, p = author_key(gold.author).split(), author_key(pred.author).split()
    # a found author longer than a name is prose around one, unless the key's own name is as
    # long (a body: "المفوضية العليا لحقوق الإنسان في العراق")
    if not g or not p or len(p) > max(MAX_AUTHOR_WORDS, len(g)):
        return False
    return any(p[i : i + len(g)] == g for i in range(len(p) - len(g) + 1))


def score(pred: list[Cit], gold: list[Cit], ignore: list[Cit], s: Score) -> None:
    left = list(pred)
    missed = []
    for g in gold:
        hit = next((p for p in left if _matches(g, p)), None)
        if hit is None:
            missed.append(g)
        else:
            left.remove(hit)
            s.tp += 1
    for g in ignore:  # a mention neither counted nor penalised, after the key took its own
        hit = next((p for p in left if _matches(g, p)), None)
        if hit is not None:
            left.remove(hit)
    s.pred += len(left) + len(gold) - len(missed)
    s.gold += len(gold)
    s.errors += [f"missed {g.author} {g.year} p.{g.page}" for g in missed]
    s.errors += [f"extra {p.author!r} {p.year} p.{p.page} ← `{p.raw[:70]}`" for p in left]


def araseclit_cits(text: str) -> list[Cit]:
    return [
        Cit(c["author"] or "", first_number(c["year_text"]), first_number(c["page"]), c["raw"])
        for c in find_citations(text)
        if c["kind"] != "numeric"
    ]


def baseline_cits(text: str) -> list[Cit]:
    t = fold_digits(text)
    return [
        Cit(m[1].strip(), int(m[2]), int(m[3]) if m[3] else None, m.group())
        for m in BASELINE_RE.finditer(t)
    ]


# whole books, no key: what a reviewer auditing the book would get
BOOKS: dict[str, dict[str, int]] = {}


def book_counts(text: str) -> dict[str, int]:
    span, refs = find_references(text)
    cits = [c for c in find_citations(text) if c["kind"] != "numeric"]
    inside = sum(1 for c in cits if span and span[0] <= c["start"] < span[1])
    return {
        "citations": len(cits),
        "narrative": sum(c["kind"] == "narrative" for c in cits),
        "in the reference list": inside,
        "reference entries": len(refs),
        "regex baseline": len(baseline_cits(text)),
    }


def run(split: str, texts: Path | None, mirror: Path | None) -> tuple[dict, list[str]]:
    rows: dict[str, dict[str, Score]] = {}
    notes: list[str] = []
    data = HELDOUT if split == "heldout" else DATA
    if split == "heldout":
        texts = HELDOUT
    for src in sources(data):
        doc = src["doc"]
        if split != "all" and not doc.startswith((split + "_", "precision_", "book_")):
            continue
        raw = source_text(src, texts, mirror)
        if raw is None:
            notes.append(f"`{doc}`: text not found (give --texts or --mirror); not scored")
            continue
        tmp = Path("/tmp") / f"araseclit_ood_{doc}.txt"
        tmp.write_text(raw, encoding="utf-8")
        try:
            text = read(tmp).text
        except InputError as err:  # an English-only excerpt: E007 today
            notes.append(f"`{doc}`: ingest.read said {err.code}; scored on the text as it is")
            text = raw
        if doc.startswith("book_"):
            BOOKS[doc] = book_counts(text)
            continue
        gold, ignore = load_gold(doc, data)
        row = rows.setdefault(doc, {"araseclit": Score(), "baseline": Score()})
        for tool, fn in (("araseclit", araseclit_cits), ("baseline", baseline_cits)):
            t0 = time.perf_counter()
            pred = fn(text)
            row[tool].seconds += time.perf_counter() - t0
            score(pred, gold, ignore, row[tool])
    return rows, notes


def _f(x: float) -> str:
    return f"{x:.3f}"


def render(rows: dict, notes: list[str], label: str) -> str:
    lines = [
        f"# Citations out of domain ({label})",
        "",
        (
            "CC BY-SA Arabic paragraphs (XQuAD) with citations, notes and lists written in "
            "four styles (`benchmarks/data/citations/heldout/SOURCES.tsv`), "
            if label == "heldout"
            else "Real Arabic books (Hindawi editions; sources and licences in "
            "`benchmarks/data/citations/ood/SOURCES.tsv`), "
        )
        + "read through `ingest.read`. "
        "Right = year, first page and author key agree with the hand-made key.",
        "",
        "| document | gold | araseclit P | R | F1 | found | regex baseline P | R | F1 |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    groups: dict[str, dict[str, Score]] = {}
    for doc, row in rows.items():
        a, b = row["araseclit"].prf(), row["baseline"].prf()
        lines.append(
            f"| {doc} | {row['araseclit'].gold} | {_f(a[0])} | {_f(a[1])} | {_f(a[2])} | "
            f"{row['araseclit'].pred} | {_f(b[0])} | {_f(b[1])} | {_f(b[2])} |"
        )
        group = groups.setdefault(doc.split("_")[0], {"araseclit": Score(), "baseline": Score()})
        for tool in group:
            for attr in ("tp", "pred", "gold"):
                setattr(group[tool], attr, getattr(group[tool], attr) + getattr(row[tool], attr))
    for name, g in groups.items():
        a, b = g["araseclit"].prf(), g["baseline"].prf()
        lines.append(
            f"| **{name}, all** | {g['araseclit'].gold} | {_f(a[0])} | {_f(a[1])} | "
            f"**{_f(a[2])}** | {g['araseclit'].pred} | {_f(b[0])} | {_f(b[1])} | {_f(b[2])} |"
        )
    if BOOKS:
        cols = list(next(iter(BOOKS.values())))
        lines += ["", "Whole books through `ingest.read` (no key; counts):", "",
                  "| book | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]  # fmt: skip
        for doc, counts in BOOKS.items():
            lines.append(f"| {doc} | " + " | ".join(str(counts[c]) for c in cols) + " |")
    for doc, row in rows.items():
        if row["araseclit"].errors:
            lines += ["", f"araseclit errors, `{doc}`:", ""]
            lines += [f"- {e}" for e in row["araseclit"].errors]
    if notes:
        lines += ["", "Notes:", ""] + [f"- {n}" for n in notes]
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=Path, help="folder of <doc>.txt files")
    ap.add_argument("--mirror", type=Path, help="checkout of the source repository")
    ap.add_argument("--split", choices=("dev", "test", "all", "heldout"), default="dev")
    ap.add_argument("--out", type=Path, help="write the Markdown here as well")
    args = ap.parse_args()
    if args.texts is None and args.mirror is None and SHARED_TEXTS.is_dir():
        args.texts = SHARED_TEXTS
    rows, notes = run(args.split, args.texts, args.mirror)
    md = render(rows, notes, args.split)
    out = args.out or (OUT if args.split == "all" else None)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(md, encoding="utf-8")
    print(md)


if __name__ == "__main__":
    main()
