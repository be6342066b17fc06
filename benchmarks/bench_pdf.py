"""PDF reading benchmark: araseclit vs pdftotext, pdftotext -layout, pdfplumber, pypdfium2.

Run: ``.venv/bin/python benchmarks/bench_pdf.py`` (prints a Markdown table and writes
``benchmarks/results/bench_pdf.md``). Needs ``pdftotext`` (poppler-utils) for its two rows.
``bench_pdf.py --same-glyphs PDF ...`` instead checks, on any PDFs, that the default
character source gives pdfplumber's glyphs (field by field) and times both.

What is compared
* PDFs, in domain: ``corpora/sample/variants/<name>/*.pdf`` (LibreOffice with three fonts,
  Chromium), reference ``corpora/sample/sources/<name>.txt``; plus the test PDFs in
  ``tests/ingest/data`` (two columns, footnotes, an English page quoting Arabic, a table
  page from LibreOffice and from Chromium), reference
  from ``tests/ingest/test_pdf_sources.py``. Out of domain: ``corpora/clean/variants/<name>/
  xelatex-amiri.pdf``, reference ``corpora/clean/<name>.txt`` (another producer and genres).
* araseclit: ``read_pdf_lines`` -> ``araseclit.document.assemble`` (running headers, footers
  and page numbers are dropped by ``assemble``; footnotes stay, in page order), once per
  character source (``char_source``: the default lean pdfminer device, pdfplumber's
  ``page.chars`` as before, and PDFium's text page), so their CER and speed sit side by side.
* Others: their plain text output. Their running headers and page numbers are not in the
  reference, so, to be fair, lines that are only a number and lines repeated at the top or
  bottom of two or more pages (compared as a multiset of letters, since order is garbled)
  are removed from their output first.
* CER = Levenshtein distance / reference length, after collapsing every run of whitespace
  (line breaks included) to one space and deleting invisible bidi controls (U+200E/F,
  U+202A-E, U+2066-9, which pdftotext wraps right-to-left runs in) from every output. ``CER nfkc`` also applies NFKC to the tool's output
  (Arabic presentation forms -> letters), separating ordering errors from encoding ones.
* pages/s: pages of all PDFs / wall time of one extraction of all of them (one process, warm);
  also as a ratio to pdftotext's pages/s in the same run, and the same per CPU second (this
  process's and its waited-for children's user + system time, so a busy machine moves it
  less than wall time).
"""

from __future__ import annotations

import importlib.util
import os
import resource
import statistics
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from araseclit.document import assemble  # noqa: E402
from araseclit.ingest.pdf import read_pdf_lines  # noqa: E402
from araseclit.ingest.pdf_chars import (  # noqa: E402
    DEFAULT_CHAR_SOURCE,
    CharSource,
    PageChars,
    read_pages,
)

CORPUS = ROOT / "corpora" / "sample"
TEST_DATA = ROOT / "tests" / "ingest" / "data"
RESULT = ROOT / "benchmarks" / "results" / "bench_pdf.md"
#: the heading of the --same-glyphs section, which a later --same-glyphs run replaces
SAME_GLYPHS = "## Same glyphs as pdfplumber, on PDFs with no reference text"


def run_araseclit(path: Path, char_source: CharSource = DEFAULT_CHAR_SOURCE) -> str:
    return assemble(read_pdf_lines(path, char_source=char_source).lines)[0]


def run_pdftotext(path: Path, layout: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8")


def run_pdfplumber(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\f".join(page.extract_text() or "" for page in pdf.pages)


def run_pypdfium2(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\f".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


TOOLS: dict[str, Callable[[Path], str]] = {
    "araseclit": run_araseclit,
    "araseclit pdfplumber chars": lambda p: run_araseclit(p, "pdfplumber"),
    "araseclit pdfium chars": lambda p: run_araseclit(p, "pdfium"),
    "pdftotext": run_pdftotext,
    "pdftotext -layout": lambda p: run_pdftotext(p, layout=True),
    "pdfplumber": run_pdfplumber,
    "pypdfium2": run_pypdfium2,
}


BIDI_CONTROLS = dict.fromkeys([0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def squeeze(text: str) -> str:
    return " ".join(text.translate(BIDI_CONTROLS).split())


def strip_layout_noise(text: str) -> str:
    """Drop page-number lines and lines repeated at the top or bottom of several pages."""
    pages = [[ln for ln in page.splitlines() if ln.strip()] for page in text.split("\f")]

    def key(line: str) -> str:
        return "".join(sorted(ch for ch in line if not ch.isspace()))

    edges = Counter(key(ln) for page in pages for ln in {*page[:2], *page[-2:]})
    kept = []
    for page in pages:
        for i, ln in enumerate(page):
            at_edge = i < 2 or i >= len(page) - 2
            if ln.strip().isdigit() or (at_edge and edges[key(ln)] >= 2):
                continue
            kept.append(ln)
    return "\n".join(kept)


def cer(hypothesis: str, reference: str) -> float:
    ref = squeeze(reference)
    return Levenshtein.distance(squeeze(hypothesis), ref) / len(ref)


def test_pdf_cases() -> list[tuple[str, Path, str]]:
    spec = importlib.util.spec_from_file_location(
        "pdf_sources", TEST_DATA.parent / "test_pdf_sources.py"
    )
    if spec is None or spec.loader is None:
        return []
    src = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(src)
    cases = [
        (
            "test: two columns",
            TEST_DATA / "chromium_two_columns.pdf",
            src.expected_text(src.TWO_COLUMNS),
        )
    ]
    cases.append(
        (
            "test: English quoting Arabic",
            TEST_DATA / "chromium_english.pdf",
            src.expected_text(src.ENGLISH),
        )
    )
    footnoted = [block for page in src.FOOTNOTED for block in page]
    cases.append(
        ("test: footnotes", TEST_DATA / "chromium_footnotes.pdf", src.expected_text(footnoted))
    )
    for name in ("lo_table.pdf", "chromium_table.pdf"):  # a bordered right-to-left table
        cases.append(("test: table", TEST_DATA / name, src.table_text()))
    return cases


def corpus_cases() -> list[tuple[str, Path, str]]:
    cases = []
    for pdf in sorted((CORPUS / "variants").glob("*/*.pdf")):
        source = CORPUS / "sources" / f"{pdf.parent.name}.txt"
        if source.exists():
            cases.append((pdf.stem, pdf, source.read_text(encoding="utf-8")))
    return cases


def clean_cases() -> list[tuple[str, Path, str]]:
    """XeLaTeX renditions of ``corpora/clean`` (a producer the cases above do not have, other
    genres): the out-of-domain set."""
    clean = ROOT / "corpora" / "clean"
    cases = []
    for pdf in sorted((clean / "variants").glob("*/*.pdf")):
        source = clean / f"{pdf.parent.name}.txt"
        if source.exists():
            cases.append((f"{pdf.stem} (corpora/clean)", pdf, source.read_text(encoding="utf-8")))
    return cases


def measure(cases: list[tuple[str, Path, str]]) -> tuple[dict, dict]:
    """CER per (group, tool) and pages/s per tool."""
    scores: dict[tuple[str, str], list[tuple[float, float]]] = {}
    speed: dict[str, float] = {}
    n_pages = sum(len(pdfium.PdfDocument(str(p))) for _, p, _ in cases)
    for tool, run in TOOLS.items():
        start, cpu = time.perf_counter(), _cpu_seconds()
        outputs = [run(path) for _, path, _ in cases]
        speed[tool] = n_pages / (time.perf_counter() - start)
        speed[f"{tool} cpu"] = n_pages / (_cpu_seconds() - cpu)
        for (group, _, reference), out in zip(cases, outputs, strict=True):
            out = out if tool.startswith("araseclit") else strip_layout_noise(out)
            nfkc = unicodedata.normalize("NFKC", out)
            scores.setdefault((group, tool), []).append((cer(out, reference), cer(nfkc, reference)))
    return scores, speed


def _cpu_seconds() -> float:
    """CPU time of this process and of the child processes it has waited for (pdftotext)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def table(scores: dict, speed: dict, groups: list[str], n_docs: Counter) -> str:
    tools = list(TOOLS)
    head = "| PDFs | docs | " + " | ".join(f"{t} CER" for t in tools) + " |"
    lines = [head, "|" + "---|" * (len(tools) + 2)]
    for group in [*groups, "all"]:
        cells = []
        for tool in tools:
            values = [
                v for (g, t), vs in scores.items() if t == tool and group in (g, "all") for v in vs
            ]
            cer_raw = statistics.mean(v[0] for v in values)
            cer_nfkc = statistics.mean(v[1] for v in values)
            nfkc = "" if tool.startswith("araseclit") else f" ({cer_nfkc:.2%})"
            cells.append(f"{cer_raw:.2%}" + nfkc)
        docs = sum(n_docs.values()) if group == "all" else n_docs[group]
        lines.append(f"| {group} | {docs} | " + " | ".join(cells) + " |")
    mean = {
        t: statistics.mean(v[0] for (g, tt), vs in scores.items() if tt == t for v in vs)
        for t in tools
    }
    base = mean["araseclit"]
    lines.append(
        "| CER ratio tool / araseclit (all) | | "
        + " | ".join(f"{mean[t] / base:.1f}x" for t in tools)
        + " |"
    )
    lines.append("| pages/s | | " + " | ".join(f"{speed[t]:.1f}" for t in tools) + " |")
    lines.append(
        "| pages/s ratio tool / pdftotext | | "
        + " | ".join(f"{speed[t] / speed['pdftotext']:.3f}" for t in tools)
        + " |"
    )
    lines.append(
        "| pages per CPU second | | " + " | ".join(f"{speed[t + ' cpu']:.1f}" for t in tools) + " |"
    )
    lines.append(
        "| pages per CPU second ratio tool / pdftotext | | "
        + " | ".join(f"{speed[t + ' cpu'] / speed['pdftotext cpu']:.3f}" for t in tools)
        + " |"
    )
    return "\n".join(lines)


def glyph_agreement(paths: list[Path]) -> str:
    """Whether the default (lean pdfminer) source gives pdfplumber's glyphs on ``paths``:
    any PDFs, no reference text needed (``--same-glyphs PDF ...``; third-party PDFs)."""
    fields = ("text", "x0", "x1", "bottom", "size", "fontname", "upright")

    def rows(page: PageChars) -> list[tuple[object, ...]]:
        return [tuple(ch.get(k) for k in fields) for ch in page.chars]

    lines = ["| PDF | pages | glyphs | glyphs differing | seconds pdfplumber | seconds lean |"]
    lines.append("|---|---|---|---|---|---|")
    for path in paths:
        data = path.read_bytes()
        try:
            start = time.process_time()
            plumber = read_pages(data, "pdfplumber")
            middle = time.process_time()
            lean = read_pages(data, DEFAULT_CHAR_SOURCE)
            end = time.process_time()
        except Exception as exc:  # a PDF pdfminer cannot read is a row, not a stop
            lines.append(f"| {path.name} | error: {type(exc).__name__} | | | | |")
            continue
        a = [r for p in plumber for r in rows(p)]
        b = [r for p in lean for r in rows(p)]
        differing = sum(x != y for x, y in zip(a, b, strict=False)) + abs(len(a) - len(b))
        lines.append(
            f"| {path.name} | {len(plumber)} | {len(a)} | {differing} | "
            f"{middle - start:.2f} | {end - middle:.2f} |"
        )
    return "\n".join(lines)


def main() -> None:
    if sys.argv[1:2] == ["--same-glyphs"]:
        section = "\n".join(
            [
                SAME_GLYPHS,
                "",
                "`benchmarks/bench_pdf.py --same-glyphs PDF ...`: the default character source "
                "against pdfplumber's `page.chars`, field by field (text, x0, x1, bottom, size, "
                "fontname, upright), and the CPU seconds of each.",
                "",
                glyph_agreement([Path(p) for p in sys.argv[2:]]),
                "",
            ]
        )
        print(section)
        kept = RESULT.read_text(encoding="utf-8").split(SAME_GLYPHS)[0] if RESULT.exists() else ""
        RESULT.write_text(kept.rstrip("\n") + "\n\n" + section, encoding="utf-8")
        return
    cases = corpus_cases()
    groups = sorted({c[0] for c in cases})
    tests = test_pdf_cases()
    cases += tests
    groups += list(dict.fromkeys(c[0] for c in tests))  # "test: table" holds two PDFs
    if not cases:
        sys.exit("no PDFs found under corpora/sample/variants or tests/ingest/data")
    scores, speed = measure(cases)
    body = table(scores, speed, groups, Counter(c[0] for c in cases))
    ood = clean_cases()
    ood_scores, ood_speed = measure(ood)
    ood_body = table(ood_scores, ood_speed, sorted({c[0] for c in ood}), Counter(c[0] for c in ood))

    def pages(some: list[tuple[str, Path, str]]) -> int:
        return sum(len(pdfium.PdfDocument(str(p))) for _, p, _ in some)

    doc = "\n".join(
        [
            "# PDF reading: character error rate against the clean source",
            "",
            f"In domain: {len(cases)} PDFs, {pages(cases)} pages (LibreOffice and Chromium "
            "renditions of the sample corpus, and the test PDFs). "
            "CER in parentheses: the tool's output after NFKC (presentation forms decomposed). "
            "Running headers and page numbers removed from the other tools' output. "
            "Method: see the docstring of `benchmarks/bench_pdf.py`. "
            f"Machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end "
            "of the run (pages/s is wall time, so it moves with the load; pages per CPU "
            "second much less).",
            "",
            body,
            "",
            "## Out of domain: XeLaTeX renditions of corpora/clean",
            "",
            f"{len(ood)} PDFs, {pages(ood)} pages: another producer (XeLaTeX, Amiri, no space "
            "glyphs) and other genres (abstracts, news, law, interview, diacritised prose, a "
            "Persian literature text).",
            "",
            ood_body,
            "",
        ]
    )
    print(doc)
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(doc, encoding="utf-8")


if __name__ == "__main__":
    main()
