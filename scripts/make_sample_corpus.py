"""Regenerate the bundled sample corpus (``corpora/sample/``) from its marked sources.

Steps (``--step``, default ``all``):

* ``gold``    ``gold/marked/<name>.txt`` (citations wrapped in ``⟦…⟧``) -> ``sources/<name>.txt``
              and ``gold/<name>.{citations,references}.jsonl``, ``gold/<name>.audit.json``,
              ``README.md``. Offsets are verified (``source[start:end] == raw``).
* ``render``  ``sources/`` -> ``variants/<name>/word.docx`` (python-docx), ``libreoffice-<font>.pdf``
              (that docx per font, LibreOffice) and ``chromium.pdf`` (HTML + headless Chromium).
* ``extract`` every variant PDF -> ``<pdfstem>.<extractor>.txt`` (pdftotext, pdftotext -layout,
              pdfplumber, pypdfium2).
* ``docs``    copy one rendition of each document into ``docs/`` (the default corpus).

Needs LibreOffice (``soffice``), ``chromium`` and poppler (``pdftotext``) for ``render`` and
``extract``: ``apt-get install -y libreoffice-writer fonts-hosny-amiri fonts-noto-core chromium
poppler-utils``. Run: ``.venv/bin/python scripts/make_sample_corpus.py [--step STEP]``.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "corpora" / "sample"
MARKED = SAMPLE / "gold" / "marked"
JOURNAL = "مجلة دراسات الأمن والمجتمع المدني – المجلد 14، العدد 2، 2026"
FONTS = {"amiri": "Amiri", "noto-naskh": "Noto Naskh Arabic", "noto-sans": "Noto Sans Arabic"}
CHROMIUM_FONT = "Noto Naskh Arabic"
# Which rendition of each document goes into docs/ (the corpus `araseclit analyze` runs on).
DOCS_CHOICE = {
    "01_ngos_national_security": "source.txt",
    "02_water_crisis_dams": "libreoffice-amiri.pdf",
    "03_disinformation_digital_security": "source.txt",
    "04_armed_groups_mediation": "word.docx",
    "05_corruption_kurdistan_watchdog": "chromium.pdf",
    "06_youth_october_protests": "libreoffice-amiri.pypdfium2.txt",
}
CURRENT_YEAR = 2026  # a cited Gregorian year above this is a "future_year" problem

# --- patterns (examples in comments) --------------------------------------------------------
# "⟦(الحميد، 2019: 27)⟧"
MARK = re.compile(r"⟦(.+?)⟧")
# "1. المقدمة" | "2.1 مفهوم الأمن" | "أولًا: المقدمة"
HEADING = re.compile(r"^(?:(\d+(?:\.\d+)*)\.?\s+\S|(?:أولًا|ثانيًا|ثالثًا|رابعًا|خامسًا|سادسًا):)")
REF_HEADINGS = ("المصادر", "المراجع", "References")
# "1444هـ/2023م" | "2020a" | "1402" | "د.ت" | "n.d."
YEAR = re.compile(r"(\d{4})هـ/(\d{4})م|(\d{4})([a-z]?)(?!\d)|(د\.ت|n\.d\.)")
# "[2، 3]" | "[4–6]"
NUMERIC = re.compile(r"^\[([\d،,\s–-]+)\]$")
# "بوزان، عن الخفاجي" | "فيبر، نقلًا عن الكعبي" | "Buzan, cited in Mansour & Jabar"
SECONDARY = re.compile(r"^(.+?)[،,]\s*(?:عن|نقلًا عن|cited in)\s+(.+)$")
# ": 27" | "، ص. 45-47" | ", p. 31" | ", pp. 3–5" | "، ص 45"
PAGE = re.compile(r"^[\s:،,]*(?:(?:ص\.?|pp?\.)\s*)?([\d–-]+)\s*$")
# "[3] الشمري، أحمد (2021). ..." | "Dodge, T. (2012). Iraq: From War .... London: IISS."
REF_ENTRY = re.compile(r"^(?:\[(\d+)\]\s+)?(.+?) \(([^)]+)\)\. (.+?)\.(?: |$)")
ARABIC = re.compile(r"[\u0600-\u06FF]")


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
# Splits a name list after its first surname: "Al-Ansari et al." | "الموسوي وآخرون" |
# "Ismael & Ismael" | "رضایی و نیکپور" | "الموسوي، حيدر؛ ..." | "Dodge, T. & ..."
_FIRST_NAME_END = re.compile(r" et al\.| وآخرون| & | و |[،,؛;]")


def first_surname(authors: str) -> str:
    """The first author's surname as written."""
    return _FIRST_NAME_END.split(authors, maxsplit=1)[0].strip()


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


def word_count(text: str) -> int:
    return len(text.split())


def write_readme(names: list[str], audits: dict[str, dict[str, Any]]) -> None:
    rows = []
    for name in names:
        source = (SAMPLE / "sources" / f"{name}.txt").read_text(encoding="utf-8")
        title = source.split("\n", 1)[0]
        a = audits[name]
        fmt = f"`docs/{_docs_name(name)}`: {_docs_format(DOCS_CHOICE[name])}"
        row = f"| `{name}` | {title} | {fmt} | {word_count(source)} | "
        rows.append(row + f"{a['citations']} | {a['works_cited']} | {a['references']} |")
    parts = [
        README_HEAD.read_text(encoding="utf-8").rstrip(),
        "\n".join(rows),
        "",
        "## Expected audit (answer key)",
        "",
    ]
    for name in names:
        parts.append(_readme_audit(name, audits[name]))
    if table := garbling_table(names):
        parts += ["## How the extractors garble these PDFs", "", GARBLING_NOTE, "", table]
    (SAMPLE / "README.md").write_text("\n".join(parts).rstrip() + "\n", encoding="utf-8")


def _readme_audit(name: str, a: dict[str, Any]) -> str:
    lines = [f"### `{name}`", ""]
    lines.append(f"- matched works: {a['matched']} of {a['works_cited']}")
    missing = ", ".join(f"`{m}`" for m in a["missing_references"]) or "none"
    lines.append(f"- cited but missing from the reference list: {missing}")
    lines.append("- entries never cited:" + ("" if a["uncited_references"] else " none"))
    lines += [f"  - `{r}`" for r in a["uncited_references"]]
    lines.append("- problems:" + ("" if a["problems"] else " none"))
    lines += [f"  - {p['kind']}: `{p['detail']}`" for p in a["problems"]]
    return "\n".join(lines) + "\n"


README_HEAD = SAMPLE / "templates" / "readme_head.md"  # README text before the generated table
GARBLING_NOTE = (
    "Mean over the six documents (measured by `scripts/make_sample_corpus.py`): share of the "
    "source's distinct Arabic words (letters only, NFKC) found intact in the extractor output, "
    "share found only with their letters reversed, share of the distinct gold citation strings "
    "found verbatim once bidi controls and line breaks are removed, and per-page counts of bidi embedding "
    "controls (U+202A–U+202E), Arabic presentation-form characters and CR LF line ends."
)


def _docs_format(choice: str) -> str:
    """``libreoffice-amiri.pypdfium2.txt`` -> ``scrambled text: pypdfium2 of libreoffice-amiri.pdf``"""
    if choice == "source.txt":
        return "clean text"
    if choice.endswith(".txt"):
        stem, extractor, _ = choice.rsplit(".", 2)
        return f"scrambled text: {extractor} of {stem}.pdf"
    return {"word.docx": "RTL Word document"}.get(choice, f"PDF ({Path(choice).stem})")


def _docs_name(name: str) -> str:
    choice = DOCS_CHOICE[name]
    if choice == "source.txt" or choice.endswith(".txt"):
        return f"{name}.txt"
    return f"{name}{Path(choice).suffix}"


# --- render: blocks, docx, html, PDFs -------------------------------------------------------
@dataclass(frozen=True)
class Block:
    kind: str  # "title" | "heading" | "para" | "ref"
    text: str
    level: int = 0


def blocks(source: str) -> list[Block]:
    """Title, headings (level 1/2), paragraphs and reference entries of a source text."""
    chunks = [c.strip() for c in source.split("\n\n") if c.strip()]
    out = [Block("title", chunks[0])]
    in_refs = False
    for chunk in chunks[1:]:
        if chunk in REF_HEADINGS:
            out.append(Block("heading", chunk, 1))
            in_refs = True
        elif in_refs:
            out += [Block("ref", line) for line in chunk.split("\n")]
        elif "\n" not in chunk and (m := HEADING.match(chunk)):
            out.append(Block("heading", chunk, 2 if m.group(1) and "." in m.group(1) else 1))
        else:
            out.append(Block("para", chunk))
    return out


# A run of Latin script inside Arabic text: "Dodge, 2012" | "Al-Ansari et al." | "Kibaroğlu"
LATIN_RUN = re.compile(
    r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9 .,&'’:?\-–]*[A-Za-z\u00C0-\u024F.]"
)


# Run properties as Word writes them for Arabic: one font for Latin and complex script, CS size
# and bold, Arabic (Iraq) language; Arabic runs carry <w:rtl/>, Latin runs do not.
RPR = (
    '<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>{bold}'
    '<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>{rtl}<w:lang w:val="en-GB" w:bidi="ar-IQ"/>'
    "</w:rPr>"
)
PAGE_FIELD = (
    '<w:fldChar w:fldCharType="begin"/>',
    '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
    '<w:fldChar w:fldCharType="separate"/>',
    '<w:fldChar w:fldCharType="end"/>',
)


def _xml(fragment: str) -> Any:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    name_end = len(fragment.split()[0].split("/")[0].split(">")[0])  # "<w:rPr" | "<w:bidi"
    return parse_xml(f"{fragment[:name_end]} {nsdecls('w')}{fragment[name_end:]}")


def _paragraph(doc_or_part: Any, style: str, align: str, space_after: float = 0) -> Any:
    """An RTL (``w:bidi``) paragraph; ``align`` is a python-docx WD_ALIGN_PARAGRAPH name."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    par = doc_or_part.add_paragraph(style=style)
    par._p.get_or_add_pPr().append(_xml("<w:bidi/>"))
    par.alignment = getattr(WD_ALIGN_PARAGRAPH, align)
    par.paragraph_format.space_after = Pt(space_after)
    return par


def _add_runs(par: Any, text: str, font: str, size: float, bold: bool = False) -> None:
    pieces, pos = [], 0
    for m in LATIN_RUN.finditer(text):
        pieces += [(text[pos : m.start()], True), (m.group(0), False)]
        pos = m.end()
    for piece, rtl in [*pieces, (text[pos:], True)]:
        if piece:
            bold_xml, rtl_xml = "<w:b/><w:bCs/>" if bold else "", "<w:rtl/>" if rtl else ""
            rpr = RPR.format(font=font, size=int(size * 2), bold=bold_xml, rtl=rtl_xml)
            par.add_run(piece)._r.insert(0, _xml(rpr))


def _page_field(par: Any, font: str) -> None:
    for element in PAGE_FIELD:
        run = par.add_run()
        run._r.append(_xml(RPR.format(font=font, size=20, bold="", rtl="")))
        run._r.append(_xml(element))


def make_docx(source: str, font: str, path: Path) -> None:
    """RTL A4 Word document: Title/Heading 1/Heading 2 styles, journal header, page footer."""
    import datetime as dt

    from docx import Document
    from docx.shared import Mm, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = sec.top_margin = sec.bottom_margin = Mm(25)
    for style_name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[style_name].font.color.rgb = RGBColor(0, 0, 0)
    for part in (sec.header, sec.footer):
        part._element.remove(part.paragraphs[0]._p)
    _add_runs(_paragraph(sec.header, "Header", "CENTER"), JOURNAL, font, 10)
    _page_field(_paragraph(sec.footer, "Footer", "CENTER"), font)
    for block in blocks(source):
        if block.kind in ("title", "heading"):
            style = "Title" if block.kind == "title" else f"Heading {block.level}"
            size = {0: 18, 1: 15, 2: 13.5}[block.level]
            align = "CENTER" if block.kind == "title" else "JUSTIFY"
            _add_runs(_paragraph(doc, style, align, 6), block.text, font, size, bold=True)
        else:
            par = _paragraph(doc, "Normal", "JUSTIFY", 6 if block.kind == "para" else 3)
            _add_runs(par, block.text, font, 13 if block.kind == "para" else 11.5)
    props = doc.core_properties
    props.title, props.author = blocks(source)[0].text, "araseclit sample corpus"
    props.created = props.modified = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    props.revision = 1
    doc.save(str(path))
    _fix_zip_dates(path)


def _fix_zip_dates(path: Path) -> None:
    """Rewrite a .docx with fixed member dates so that regenerating it gives the same bytes."""
    import zipfile

    with zipfile.ZipFile(path) as zin:
        members = [(info.filename, zin.read(info)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for filename, data in members:
            info = zipfile.ZipInfo(filename, date_time=(2026, 1, 1, 0, 0, 0))
            zout.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)


def make_html(source: str, font: str) -> str:
    """RTL HTML whose CSS @page margin boxes print the journal header and the page number."""
    body = []
    for block in blocks(source):
        tag = {"title": "h1", "para": "p", "ref": 'p class="ref"'}.get(block.kind)
        tag = tag or f"h{block.level + 1}"
        body.append(f"<{tag}>{html.escape(block.text)}</{tag.split()[0]}>")
    css = (SAMPLE / "templates" / "page.css").read_text(encoding="utf-8")
    css = css.replace("FONT", font).replace("JOURNAL", JOURNAL)
    title = html.escape(blocks(source)[0].text)
    head = f'<meta charset="utf-8">\n<title>{title}</title>\n<style>\n{css}</style>'
    body_text = "\n".join(body)
    return f'<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n{head}\n</head>\n<body>\n{body_text}\n</body>\n</html>\n'


def _run(cmd: list[str], timeout: int = 180) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")


def libreoffice_pdf(docx_path: Path, pdf_path: Path, tmp: Path) -> None:
    """``soffice --convert-to pdf`` with a private profile (no clash with a running office)."""
    profile = (tmp / "lo-profile").as_uri()
    outdir = tmp / "lo-out"
    cmd = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
    _run([*cmd, "--outdir", str(outdir), str(docx_path)])
    shutil.move(outdir / f"{docx_path.stem}.pdf", pdf_path)


def chromium_pdf(html_path: Path, pdf_path: Path, tmp: Path) -> None:
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer"]
    cmd += [f"--user-data-dir={tmp / 'chromium-profile'}", f"--print-to-pdf={pdf_path}"]
    _run([*cmd, html_path.resolve().as_uri()])


def render(names: list[str]) -> None:
    """variants/<name>/: word.docx, libreoffice-<font>.pdf for every font, chromium.pdf."""
    with tempfile.TemporaryDirectory(prefix="araseclit-sample-") as tmpdir:
        tmp = Path(tmpdir)
        for name in names:
            source = (SAMPLE / "sources" / f"{name}.txt").read_text(encoding="utf-8")
            out = SAMPLE / "variants" / name
            out.mkdir(parents=True, exist_ok=True)
            make_docx(source, FONTS["amiri"], out / "word.docx")
            for key, font in FONTS.items():
                docx_path = tmp / f"libreoffice-{key}.docx"
                make_docx(source, font, docx_path)
                libreoffice_pdf(docx_path, out / f"libreoffice-{key}.pdf", tmp)
            html_path = tmp / f"{name}.html"
            html_path.write_text(make_html(source, CHROMIUM_FONT), encoding="utf-8")
            chromium_pdf(html_path, out / "chromium.pdf", tmp)
            print(f"rendered {name}", file=sys.stderr)


# --- extract ---------------------------------------------------------------------------------
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


def copy_docs(names: list[str]) -> None:
    """docs/: each document once, in the format chosen in ``DOCS_CHOICE``."""
    docs = SAMPLE / "docs"
    docs.mkdir(exist_ok=True)
    for name in names:
        choice = DOCS_CHOICE[name]
        if choice == "source.txt":
            src = SAMPLE / "sources" / f"{name}.txt"
        elif choice.endswith(".docx"):
            src = SAMPLE / "variants" / name / "word.docx"
        else:
            src = SAMPLE / "variants" / name / choice
        shutil.copyfile(src, docs / _docs_name(name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--step", choices=["all", "gold", "render", "extract", "docs"])
    parser.add_argument("names", nargs="*", help="document names (default: all)")
    args = parser.parse_args(argv)
    names = args.names or sorted(p.stem for p in MARKED.glob("*.txt"))
    step = args.step or "all"
    if step in ("all", "gold"):
        audits = build_gold(names)
        write_readme(sorted(p.stem for p in MARKED.glob("*.txt")), _all_audits(audits))
    if step in ("all", "render"):
        render(names)
    if step in ("all", "extract"):
        extract_all(names)
    if step in ("all", "docs"):
        copy_docs(names)
    if step == "all":
        write_readme(sorted(p.stem for p in MARKED.glob("*.txt")), _all_audits({}))
    return 0


def _all_audits(audits: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    out = {}
    for path in sorted(MARKED.glob("*.txt")):
        audit_path = SAMPLE / "gold" / f"{path.stem}.audit.json"
        out[path.stem] = audits.get(path.stem) or json.loads(audit_path.read_text("utf-8"))
    return out


if __name__ == "__main__":
    sys.exit(main())
