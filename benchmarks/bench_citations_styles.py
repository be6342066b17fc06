"""Benchmark: citations, reference fields and the audit in house styles other than the
sample's (issue 13's own benchmark).

Run: ``.venv/bin/python benchmarks/bench_citations_styles.py [--split dev|dev9|...|dev14|heldout|heldout5|...|heldout14]
[--no-pdf] [--out FILE]`` (prints Markdown).

Data: ``benchmarks/data/citations/styles/`` — ten documents of CC BY-SA text (XQuAD Arabic
and English paragraphs, an NTREX-128 Persian news story; source, commit, part, SHA-256 and
licence of each in ``SOURCES.tsv``) with citations, notes and reference lists written in APA 7,
Chicago author–date, Chicago notes-bibliography, Vancouver, Arabic and Persian journal house
styles: seven Arabic, two English, one Persian. Each has a key written with the text before
any tool read it:

- ``<doc>.gold.tsv``: one citation a line (author, year, first page, the original of a
  secondary citation, and ``ref``: the line of its entry in ``.refs.tsv``, ``-`` for a work
  with no entry); a numeric citation is ``[n]``, one line per number;
- ``<doc>.refs.tsv``: one entry a line, its fields in the columns its header names (first
  author's family name, year as written, title, container, volume, issue, pages, publisher,
  place, DOI; then URL and access date in the keys since ``heldout6``, the entry type and
  the first author's given names in those since the tenth session, added then to the
  development keys), read as ``bench_citations_fields.read_key`` reads them.

Split: ``dev_*`` (seven documents; read while the rules were changed), ``heldout_*``
(three: an English Chicago-notes paper, an Arabic house-style paper, an Arabic Harvard paper
with a Persian source), read once at the end of the session that wrote them and in domain
since, ``heldout5_*`` (every ``heldout5_*.txt`` of the folder, written by another
engineer while this script changed; scored once, development data since), ``heldout6_*``
(the same, written in the next session; scored once, development data since) and
``heldout7_*`` (the same, written in the session after; scored once, development data since)
``heldout8_*`` (the same, written in the session after that; scored once, development data
since), ``dev9_*`` (every ``dev9_*.txt``: new development documents written by the engineers
of the ninth session, each key written before any tool read its text), ``heldout9_*``
(written by an annotator in that session; scored once, development data since), ``dev10_*``
and ``heldout10_*`` (the same two kinds, written in the tenth session; heldout10 scored once,
development data since), ``dev11_*`` and ``heldout11_*`` (the same, eleventh session),
``dev12_*`` (the twelfth session's development documents: an Arabic comma-style list with
``(محرر)``, ``(مترجم)``, ``ط٢``, ``د.ت.`` and Kurdistan Region publishers, an English Turabian
bibliography with newspapers and archival documents, a Persian APA-like list with ``ج ۲``
volumes; and the citations engineers' in-text forms; keys written before any tool read the
text), ``heldout12_*`` (written by an annotator in that session, scored once at its end,
development data since), ``dev13_*`` (the thirteenth session's development documents:
footnote and narrative-only styles, keys written before any tool read the text) and
``heldout13_*`` (written by an annotator in the thirteenth session, scored once at its end,
development data since), ``dev14_*`` (the fourteenth session's development documents, keys
written before any tool read the text) and ``heldout14_*`` (written by an annotator in the
fourteenth session, scored once at its end).

Each document is scored twice: as its clean ``.txt`` and as a PDF of it (the issue's "clean
text and PDF"). The PDF is Chromium's print of an HTML page of the text as a user's word
processor would export it (:func:`page_html`, since the thirteenth session): each line of the
text a paragraph, so that a reference entry is a paragraph of its own (until then a
paragraph's single line breaks were joined, and a list written one entry a line printed as
one run-on paragraph); an entry the text wraps over lines one paragraph; the key's entries
set with a hanging indent, no space between lines the text does not part by a blank line;
justified, right to left for Arabic and Persian; read back through ``araseclit.ingest.read``
as ``araseclit citations FILE.pdf`` reads it. Without ``chromium`` on the PATH (or with ``--no-pdf``) the PDF
pass is left out and said so.

Scores, each document read through ``araseclit.ingest.read`` as ``araseclit citations FILE``
reads a ``.txt`` (the text as written when ``ingest.read`` refuses it):

- citations: precision / recall / F1, matched as in ``bench_citations_ood.py`` (year, first
  page, author key), a numeric citation by its number; compared with a regex a user would
  write (author–year in brackets, and numbers in square brackets);
- reference entries: an entry of the key is found when a found entry starts with its family
  name and has its year; then each field the keys hold as ``bench_citations_fields.py``
  scores it (an entry not found is wrong in every field; ``type`` only where the key has it),
  with the number of key entries each field was scored over and how many of them have a
  value, against ``refextract`` given each key entry as written (its best case: it neither
  finds the list nor splits it);
- the audit (``cite.audit``): a key citation's link is right when the found citation that
  matched it links to the found entry of its key line (or to none, for ``-``); the audit
  equals the key when its missing works and its uncited entries are the key's.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_citations_fields import (  # noqa: E402
    Tally,
    _starts_with,
    add_tallies,
    araseclit_row,
    field_table,
    norm,
    read_key,
    refextract_row,
    tally,
)
from bench_citations_ood import BASELINE_RE, Cit, Score, first_number  # noqa: E402
from bench_citations_ood import _matches as same_citation  # noqa: E402

from araseclit.cite import audit, author_key, find_citations, find_references, match  # noqa: E402
from araseclit.cite.patterns import fold_digits  # noqa: E402
from araseclit.errors import InputError  # noqa: E402
from araseclit.ingest import read  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "citations" / "styles"
NUMERIC_RE = re.compile(r"\[(\d+(?:\s*[,،–-]\s*\d+)*)\]")


@dataclass(frozen=True)
class Key:
    cit: Cit
    ref: int | None  # 0-based line of .refs.tsv, None = no entry


def load_key(doc: str) -> tuple[list[Key], list[dict[str, str]]]:
    keys: list[Key] = []
    for line in (DATA / f"{doc}.gold.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        c = [*line.split("\t"), "", "", "", ""]
        ref = None if c[4].strip() in ("", "-") else int(c[4]) - 1
        keys.append(Key(Cit(c[0], first_number(c[1]), first_number(c[2])), ref))
    return keys, read_key(DATA / f"{doc}.refs.tsv")


def _matches(gold: Cit, pred: Cit) -> bool:
    """As in the out-of-domain benchmark, and a numeric key (``[3]``) by its text."""
    if gold.author.startswith("["):
        return pred.author == gold.author
    return same_citation(gold, pred)


def pair(pred: list[Cit], gold: list[Cit]) -> dict[int, int]:
    """Key index -> found index, one to one, greedy in key order."""
    left = list(range(len(pred)))
    out = {}
    for gi, g in enumerate(gold):
        hit = next((pi for pi in left if _matches(g, pred[pi])), None)
        if hit is not None:
            left.remove(hit)
            out[gi] = hit
    return out


def araseclit_cits(records: list[dict]) -> list[Cit]:
    return [
        Cit(f"[{r['number']}]", None, None, r["raw"])
        if r["kind"] == "numeric"
        else Cit(r["author"] or "", first_number(r["year_text"]), first_number(r["page"]), r["raw"])
        for r in records
    ]


def baseline_cits(text: str) -> list[Cit]:
    t = fold_digits(text)
    out = [
        Cit(m[1].strip(), int(m[2]), int(m[3]) if m[3] else None, m.group())
        for m in BASELINE_RE.finditer(t)
    ]
    for m in NUMERIC_RE.finditer(t):
        for a, dash, b in re.findall(r"(\d+)(?:\s*([–-])\s*(\d+))?", m[1]):
            nums = range(int(a), int(b) + 1) if dash else [int(a)]
            out += [Cit(f"[{n}]", None, None, m.group()) for n in nums]
    return out


#: the dashes an entry writes for the names of the entry above: "---. " | "———, "
_DITTO_RE = re.compile(r"\s*(?:[-—–_]\s?){2,}\s*[.,]\s*")


def entry_map(refs: list[dict[str, str]], entries: list[dict]) -> dict[int, dict]:
    """Key line -> the found entry of that work (family name first, same year)."""
    left = list(entries)
    out = {}

    def head(e: dict) -> list[str]:
        # an entry that writes dashes for the names of the one above ("---. Iraq: …") opens
        # with the names the reader gave it
        raw = e["raw"][:80]
        if _DITTO_RE.match(raw):
            raw = f"{e.get('authors') or ''} {raw}"
        return author_key(raw).split()

    for i, key in enumerate(refs):
        fam = author_key(key["family"]).split()
        hit = next(
            (e for e in left if fam and _starts_with(head(e), fam)
             and norm(e["year_text"]) == norm(key["year_text"])),
            None,
        )  # fmt: skip
        if hit is not None:
            left.remove(hit)
            out[i] = hit
    return out


def key_paragraph(paragraphs: list[str], key: dict[str, str]) -> str | None:
    """The paragraph of the text that is the key's entry: it opens with the family name and
    holds the year."""
    fam = author_key(key["family"]).split()
    year = norm(key["year_text"])[:4]
    for para in paragraphs:
        words = author_key(fold_digits(para.strip())[:80]).split()
        if fam and _starts_with(words, fam) and year in fold_digits(para):
            return " ".join(para.split())
    return None


@dataclass
class DocResult:
    cits: dict[str, Score]
    entries: tuple[int, int, int]  # key entries found, key entries, entries found
    fields: dict[str, dict[str, Tally]]
    links: tuple[int, int]
    missing_ok: bool
    uncited_ok: bool
    notes: list[str]


def text_of(doc: str, pdf_dir: Path | None = None) -> tuple[str, str | None]:
    """The text ``ingest.read`` gives for the document's ``.txt`` or, with ``pdf_dir``, for
    its PDF rendition there (the text as written when a ``.txt`` is refused)."""
    path = DATA / f"{doc}.txt" if pdf_dir is None else pdf_dir / f"{doc}.pdf"
    try:
        return read(path).text, None
    except InputError as err:
        if pdf_dir is not None:
            return "", f"ingest.read said {err.code} (PDF)"
        return path.read_text(encoding="utf-8"), f"ingest.read said {err.code}"


#: the page a user's word processor prints: 13 pt Naskh or serif, justified, on the page and
#: margins the benchmark has printed on since its first session (Chromium's Letter, 20 mm);
#: a paragraph set 8 pt below the one before (Word's Normal style) where the text leaves a blank
#: line, none between the lines of a block the text writes one a line (a list, a title page);
#: a reference entry with a 1.27 cm hanging indent, as APA, Chicago and the Arabic journals set it
PAGE_CSS = (
    'body { font-family: "Noto Naskh Arabic", "Noto Serif", serif; font-size: 13pt; '
    "text-align: justify; margin: 20mm; } "
    "p { margin: 0; } p.first { margin-top: 8pt; } "
    "p.entry { padding-inline-start: 1.27cm; text-indent: -1.27cm; } "
    "table { border-collapse: collapse; margin-top: 8pt; } "
    "td { border: 0.5pt solid black; padding: 2pt 5pt; }"
)


#: a list's label and a doctor's title before an entry's names: "١١. ", "[3] ", "٤. د. "
_LABEL_LEAD_RE = re.compile(r"^\s*(?:\[[\d٠-٩۰-۹]{1,3}\]|[\d٠-٩۰-۹]{1,3}[.)\-])\s*(?:د\.\s*)?")


def _entry_lines(lines: list[str], refs: list[dict[str, str]]) -> set[int]:
    """Indices of the lines that open the key's reference entries, which the author of the
    paper set with a hanging indent: a line that opens with the entry's family name (after
    a label) and holds its year, or the lines the text wraps the entry over do (up to a
    blank line or the next label); the last such line, in the list at the end (a note
    citing the work comes before it)."""
    out: set[int] = set()
    for key in refs:
        for i in reversed(range(len(lines))):
            if i in out or not lines[i].strip():
                continue
            entry = [_LABEL_LEAD_RE.sub("", lines[i])]
            for nxt in lines[i + 1 : i + 4]:
                if not nxt.strip() or _LABEL_LEAD_RE.match(nxt):
                    break
                entry.append(nxt)
            if key_paragraph([" ".join(entry)], key):
                out.add(i)
                break
    return out


def page_html(text: str, lang: str, refs: list[dict[str, str]]) -> str:
    """The HTML of the page a user types the text into: each line of the text a paragraph of
    its own (a reference entry one paragraph, as in a real paper, not run into the next),
    blank lines as the spacing before a paragraph, lines of tab-separated cells a table."""
    rtl = lang.split("+")[0] in ("ar", "fa")
    lines = text.split("\n")
    entries = _entry_lines(lines, refs)
    body: list[str] = []
    rows: list[str] = []
    gap = False
    in_entry = False  # the line before is a line of an entry
    open_entry = False  # … with no closing stop
    for i, line in enumerate(lines):
        if not line.strip():
            gap, in_entry = True, False
            continue
        # an entry the text wraps over lines ("… post-ISIS Iraq'," / "Disasters, vol. 45, …";
        # "… في المناطق المحررة." / "مجلة العلوم السياسية، 62(2)، 115-140."): one paragraph, as
        # the author typed it; after a closed entry, a line of words alone is a subheading
        wraps = open_entry or re.search(r"[\d٠-٩۰-۹]|https?://", line) is not None
        if in_entry and wraps and i not in entries and "\t" not in line:
            body[-1] = body[-1].replace("</p>", f" {html.escape(' '.join(line.split()))}</p>")
            open_entry = not line.rstrip().endswith((".", "؛"))
            continue
        if "\t" in line.strip():  # a row of a table
            in_entry = False
            cells = "".join(f"<td>{html.escape(c.strip())}</td>" for c in line.strip().split("\t"))
            rows.append(f"<tr>{cells}</tr>")
            gap = False
            continue
        if rows:
            body.append(f"<table>{''.join(rows)}</table>")
            rows = []
        cls = " ".join(c for c, on in (("first", gap), ("entry", i in entries)) if on)
        attr = f' class="{cls}"' if cls else ""
        body.append(f"<p{attr}>{html.escape(' '.join(line.split()))}</p>")
        gap = False
        in_entry = i in entries
        open_entry = in_entry and not line.rstrip().endswith((".", "؛"))
    if rows:
        body.append(f"<table>{''.join(rows)}</table>")
    return (
        f'<!doctype html><html lang="{lang[:2]}" dir="{"rtl" if rtl else "ltr"}"><head>'
        f'<meta charset="utf-8"><style>{PAGE_CSS}</style></head><body>{"".join(body)}</body></html>'
    )


def render_pdf(doc: str, lang: str, out_dir: Path) -> Path:
    """Print the document as a user's word processor exports it (:func:`page_html`), through
    Chromium."""
    text = (DATA / f"{doc}.txt").read_text(encoding="utf-8")
    _, refs = load_key(doc)
    src = out_dir / f"{doc}.html"
    src.write_text(page_html(text, lang, refs), encoding="utf-8")
    out = out_dir / f"{doc}.pdf"
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={out}", src.as_uri()],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return out


def score_doc(doc: str, pdf_dir: Path | None = None) -> DocResult:
    keys, refs = load_key(doc)
    text, note = text_of(doc, pdf_dir)
    notes = [note] if note else []
    _, entries = find_references(text, doc_id=doc)
    records = find_citations(text, doc_id=doc, references=entries)
    if entries:
        match(records, entries)
    result = audit(records, entries, doc)
    gold = [k.cit for k in keys]
    cits = {}
    for tool, pred in (("araseclit", araseclit_cits(records)), ("regex", baseline_cits(text))):
        s = Score()
        paired = pair(pred, gold)
        s.tp, s.pred, s.gold = len(paired), len(pred), len(gold)
        if tool == "araseclit":
            done = set(paired.values())
            s.errors += [f"missed {g.author} {g.year} p.{g.page}" for i, g in enumerate(gold)
                         if i not in paired]  # fmt: skip
            s.errors += [f"extra {p.author!r} {p.year} p.{p.page} ← `{p.raw[:70]}`"
                         for i, p in enumerate(pred) if i not in done]  # fmt: skip
        cits[tool] = s
    emap = entry_map(refs, entries)
    by_id = {e["ref_id"]: i for i, e in emap.items()}
    paired = pair(araseclit_cits(records), gold)
    links = sum(
        1 for gi, pi in paired.items() if by_id.get(records[pi].get("ref_id")) == keys[gi].ref
        and (keys[gi].ref is not None or not records[pi].get("ref_id"))
    )  # fmt: skip
    fields: dict[str, dict[str, Tally]] = {"araseclit": {}, "refextract": {}}
    paragraphs = (DATA / f"{doc}.txt").read_text(encoding="utf-8").split("\n\n")
    # refextract gets the key's entries as written: the same in both passes, scored once
    tools = (("araseclit", araseclit_row), ("refextract", refextract_row))[: 1 + (pdf_dir is None)]
    if pdf_dir is not None or importlib.util.find_spec("refextract") is None:
        # not installed: no row at all (a document whose key entries the text does not show
        # as paragraphs would otherwise score refextract's empty answers)
        fields.pop("refextract")
        tools = tools[:1]
    for i, key in enumerate(refs):
        for tool, fn in tools:
            # araseclit parses the entry its list reader found; refextract gets the key's
            # entry as written (its best case: no list to find, no entries to split)
            raw = emap[i]["raw"] if tool == "araseclit" and i in emap else None
            ditto = _DITTO_RE.match(raw) if raw is not None else None
            if ditto and emap[i].get("authors"):
                # "---. Iraq: …": the record takes the names of the entry above, as read
                raw = f"{emap[i]['authors']}. {raw[ditto.end() :]}"
            raw = key_paragraph(paragraphs, key) if tool == "refextract" else raw
            row = fn(raw) if raw is not None else {}
            if row is None:
                fields.pop(tool, None)
                continue
            if tool not in fields:
                continue
            for f, value in key.items():  # an entry not found is wrong, even where empty
                tally(fields[tool], f, row.get(f, "") if raw is not None else None, norm(value))
    want_missing = {(author_key(k.cit.author), k.cit.year) for k in keys if k.ref is None}
    got_missing = {(author_key(m.get("family") or m["author"] or f"[{m['number']}]"),
                    first_number(m["year_text"]))
                   for m in result["missing_references"]}  # fmt: skip
    cited = {k.ref for k in keys if k.ref is not None}
    want_uncited = {i for i in range(len(refs)) if i not in cited}
    ids = {e["ref_id"]: i for i, e in emap.items()}
    got_uncited = {ids.get(r["ref_id"], r["raw"][:40]) for r in result["uncited_references"]}
    if want_missing != got_missing:
        notes.append(f"missing: key {sorted(map(str, want_missing))}, audit "
                     f"{sorted(map(str, got_missing))}")  # fmt: skip
    if want_uncited != got_uncited:
        notes.append(f"uncited: key {sorted(map(str, want_uncited))}, audit "
                     f"{sorted(map(str, got_uncited))}")  # fmt: skip
    return DocResult(
        cits,
        (len(emap), len(refs), len(entries)),
        fields,
        (links, len(keys)),
        want_missing == got_missing,
        want_uncited == got_uncited,
        notes,
    )


def sources() -> list[dict[str, str]]:
    lines = (DATA / "SOURCES.tsv").read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    return [dict(zip(head, x.split("\t"), strict=True)) for x in lines[1:] if x.strip()]


def _f(x: float) -> str:
    return f"{x:.3f}"


def totals(results: dict[str, DocResult]) -> tuple[Score, list[int], list[int], int]:
    """araseclit's citation score, entries (found, key, found in all), links, audits = key."""
    tot = Score()
    ent, link = [0, 0, 0], [0, 0]
    for r in results.values():
        for attr in ("tp", "pred", "gold"):
            setattr(tot, attr, getattr(tot, attr) + getattr(r.cits["araseclit"], attr))
        ent = [x + y for x, y in zip(ent, r.entries, strict=True)]
        link = [link[0] + r.links[0], link[1] + r.links[1]]
    return tot, ent, link, sum(r.missing_ok and r.uncited_ok for r in results.values())


def field_sums(results: dict[str, DocResult], tool: str) -> dict[str, Tally] | None:
    """The tool's counts per field over the documents (None: the tool gave no row)."""
    sums: dict[str, Tally] = {}
    have = False
    for r in results.values():
        if tool in r.fields:
            add_tallies(sums, r.fields[tool])
            have = True
    return sums if have else None


def doc_table(results: dict[str, DocResult], langs: dict[str, str]) -> list[str]:
    lines = [
        "| document | lang | key cits | araseclit P | R | F1 | regex P | R | F1 | entries "
        "found | links | audit = key |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    regex = Score()
    for doc, r in results.items():
        a, b = r.cits["araseclit"].prf(), r.cits["regex"].prf()
        for attr in ("tp", "pred", "gold"):
            setattr(regex, attr, getattr(regex, attr) + getattr(r.cits["regex"], attr))
        ok = r.missing_ok and r.uncited_ok
        lines.append(
            f"| {doc} | {langs[doc]} | {r.cits['araseclit'].gold} | {_f(a[0])} | {_f(a[1])} | "
            f"{_f(a[2])} | {_f(b[0])} | {_f(b[1])} | {_f(b[2])} | {r.entries[0]}/{r.entries[1]} "
            f"({r.entries[2]} found) | {r.links[0]}/{r.links[1]} | {'yes' if ok else 'no'} |"
        )
    tot, ent, link, equal = totals(results)
    a, b = tot.prf(), regex.prf()
    lines.append(
        f"| **all** | | {tot.gold} | {_f(a[0])} | {_f(a[1])} | **{_f(a[2])}** | "
        f"{_f(b[0])} | {_f(b[1])} | {_f(b[2])} | {ent[0]}/{ent[1]} ({ent[2]} found) | "
        f"{link[0]}/{link[1]} | {equal}/{len(results)} |"
    )
    return lines


def field_rows(results: dict[str, DocResult], tools: dict[str, str]) -> list[str]:
    """Each field of ``KEY_FIELDS`` ("–" where no key holds it), with its counts."""
    return field_table({label: field_sums(results, tool) for label, tool in tools.items()})


def summary(passes: dict[str, dict[str, DocResult]]) -> list[str]:
    lines = [
        "| source | citations P | R | F1 | entries found | links | audit = key | lowest field |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for label, results in passes.items():
        tot, ent, link, equal = totals(results)
        p, r, f = tot.prf()
        sums = field_sums(results, "araseclit") or {}
        low = min(((c[0] / c[1], f) for f, c in sums.items() if c[1]), default=(0.0, "–"))
        lines.append(
            f"| {label} | {_f(p)} | {_f(r)} | **{_f(f)}** | {ent[0]}/{ent[1]} ({ent[2]} found) "
            f"| {link[0]}/{link[1]} | {equal}/{len(results)} | "
            f"{'all' if low[0] == 1 else low[1]} {_f(low[0])} |"
        )
    return lines


def errors(results: dict[str, DocResult], label: str) -> list[str]:
    lines = []
    for doc, r in results.items():
        if r.cits["araseclit"].errors or r.notes:
            lines += ["", f"`{doc}` ({label}):", ""]
            lines += [f"- {e}" for e in r.cits["araseclit"].errors + r.notes]
    return lines


def render(
    split: str, passes: dict[str, dict[str, DocResult]], langs: dict[str, str], pdf_note: str
) -> str:
    lines = [
        f"# Citations in other house styles ({split})",
        "",
        "Documents: `benchmarks/data/citations/styles/SOURCES.tsv`. Citations right = author "
        "key, year and first page (numeric: the number) as the key; entries found = family "
        "name and year; links = key citations found and linked to their key entry (or to "
        "none when the key has no entry); audit = missing works and uncited entries as the key.",
        "",
        "Clean text and PDF side by side (targets: citation F1 >= 0.97, every reference field "
        ">= 0.95, the audit equals the key):",
        "",
        *summary(passes),
    ]
    if pdf_note:
        lines += ["", pdf_note]
    for label, results in passes.items():
        lines += ["", f"## {label}", "", *doc_table(results, langs), ""]
        lines += ["Reference fields (key entries; an entry not found is wrong in every field):"]
        tools = {"araseclit": "araseclit"}
        if label == "text":
            tools["refextract (given each key entry as written)"] = "refextract"
        lines += ["", *field_rows(results, tools)]
    for label, results in passes.items():
        lines += errors(results, label)
    return "\n".join(lines) + "\n"


#: splits that are every ``<split>_*.txt`` of the folder, written by another engineer
FOLDER_SPLITS = (
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "dev9",
    "dev10",
    "heldout10",
    "dev11",
    "heldout11",
    "dev12",
    "heldout12",
    "dev13",
    "heldout13",
    "dev14",
    "heldout14",
)


def split_docs(split: str) -> tuple[list[str], dict[str, str]]:
    """The split's documents and their languages; a folder split (``heldout5`` …
    ``heldout14``, ``dev9`` … ``dev14``) is every ``<split>_*.txt`` of the folder (its language from ``SOURCES.tsv``
    when listed there, else as ``ingest.read`` detects it)."""
    srcs = {s["doc"]: s for s in sources()}
    if split not in FOLDER_SPLITS:
        docs = [d for d, s in srcs.items() if s["split"] == split]
    else:
        docs = sorted(p.stem for p in DATA.glob(f"{split}_*.txt"))
    langs = {}
    for doc in docs:
        if doc in srcs:
            langs[doc] = srcs[doc]["language"]
            continue
        try:
            langs[doc] = str(read(DATA / f"{doc}.txt").metadata.get("language", "?"))
        except InputError as err:
            langs[doc] = f"? ({err.code})"
    return docs, langs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "heldout", *FOLDER_SPLITS), default="dev")
    ap.add_argument("--no-pdf", action="store_true", help="score the clean text only")
    ap.add_argument("--out", type=Path, help="write the Markdown here as well")
    args = ap.parse_args()
    docs, langs = split_docs(args.split)
    passes = {"text": {doc: score_doc(doc) for doc in docs}}
    note = ""
    if args.no_pdf:
        note = "PDF pass left out (--no-pdf)."
    elif shutil.which("chromium") is None:
        note = "PDF pass left out: no `chromium` on the PATH."
    else:
        with tempfile.TemporaryDirectory() as name:
            tmp = Path(name)
            for doc in docs:
                render_pdf(doc, langs[doc], tmp)
            passes["PDF (Chromium)"] = {doc: score_doc(doc, tmp) for doc in docs}
    md = render(args.split, passes, langs, note)
    if args.out is not None:
        args.out.write_text(md, encoding="utf-8")
    print(md)


if __name__ == "__main__":
    main()
