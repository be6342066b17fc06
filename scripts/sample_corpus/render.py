"""Renditions: ``sources/`` -> ``variants/<name>/`` word.docx, LibreOffice and Chromium PDFs."""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import CHROMIUM_FONT, FONTS, JOURNAL, PAGE_CSS, SAMPLE
from .patterns import HEADING, LATIN_RUN, REF_HEADINGS


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
    css = PAGE_CSS.read_text(encoding="utf-8")
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
