"""Extractor outputs of every variant PDF and how each extractor garbles them."""

from __future__ import annotations

import json
import re
import subprocess
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from .config import FONTS, SAMPLE


def _pages_text(pages: Iterable[str]) -> str:
    """Pages joined as pdftotext does: each page's text, a newline, then a form feed."""
    return "".join(page.rstrip("\r\n") + "\n\f" for page in pages)


def extract(pdf: Path) -> dict[str, str]:
    """Raw text of ``pdf`` from each extractor a user would reach for."""
    import pdfplumber
    import pypdfium2 as pdfium

    out = {}
    for key, extra in (("pdftotext", []), ("pdftotext-layout", ["-layout"])):
        proc = subprocess.run(
            ["pdftotext", *extra, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True
        )
        out[key] = proc.stdout.decode("utf-8")
    with pdfplumber.open(pdf) as doc:
        out["pdfplumber"] = _pages_text(page.extract_text() or "" for page in doc.pages)
    doc = pdfium.PdfDocument(str(pdf))
    try:
        out["pypdfium2"] = _pages_text(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()
    return out


def extract_all(names: list[str]) -> None:
    for name in names:
        for pdf in sorted((SAMPLE / "variants" / name).glob("*.pdf")):
            for key, text in extract(pdf).items():
                path = pdf.with_name(f"{pdf.stem}.{key}.txt")
                path.write_bytes(text.encode("utf-8"))


def _arabic_words(text: str) -> set[str]:
    words = (re.sub(r"[^\u0621-\u064A]", "", w) for w in text.split())
    return {w for w in words if len(w) > 2}


def garbling(raw: str, source: str, citations: list[str]) -> dict[str, float]:
    """How an extractor garbled ``source``: words intact / letter-reversed, citations kept
    verbatim (after dropping bidi controls and line breaks), control characters per page."""
    pages = max(raw.count("\f"), 1)
    found = _arabic_words(unicodedata.normalize("NFKC", raw))
    words = _arabic_words(source)
    reversed_ = {w for w in words - found if w[::-1] in found}
    flat = " ".join(re.sub("[\u202a-\u202e]", "", unicodedata.normalize("NFKC", raw)).split())
    return {
        "citations": sum(c in flat for c in citations) / len(citations),
        "intact": len(words & found) / len(words),
        "reversed": len(reversed_) / len(words),
        "bidi": sum(raw.count(c) for c in "\u202a\u202b\u202c\u202d\u202e") / pages,
        "forms": len(re.findall(r"[\uFB50-\uFDFF\uFE70-\uFEFF]", raw)) / pages,
        "crlf": raw.count("\r\n") / pages,
    }


def garbling_table(names: list[str]) -> str:
    """Markdown table: each extractor on each producer, averaged over the documents."""
    rows = [
        "| producer | extractor | Arabic words intact | words letter-reversed | citations verbatim | "
        "bidi controls / page | presentation forms / page | CR LF / page |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for stem in [f"libreoffice-{k}" for k in FONTS] + ["chromium"]:
        for key in ("pdftotext", "pdftotext-layout", "pdfplumber", "pypdfium2"):
            stats = []
            for name in names:
                path = SAMPLE / "variants" / name / f"{stem}.{key}.txt"
                if not path.exists():
                    return ""
                source = (SAMPLE / "sources" / f"{name}.txt").read_text(encoding="utf-8")
                gold = (SAMPLE / "gold" / f"{name}.citations.jsonl").read_text(encoding="utf-8")
                cits = sorted({json.loads(line)["raw"] for line in gold.splitlines()})
                stats.append(garbling(path.read_bytes().decode("utf-8"), source, cits))
            mean = {k: sum(s[k] for s in stats) / len(stats) for k in stats[0]}
            rows.append(
                f"| {stem} | {key} | {mean['intact']:.0%} | {mean['reversed']:.0%} | {mean['citations']:.0%} | "
                f"{mean['bidi']:.0f} | {mean['forms']:.0f} | {mean['crlf']:.0f} |"
            )
    return "\n".join(rows)
