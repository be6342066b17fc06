"""Helpers for tests that build their own input files."""

from __future__ import annotations

from pathlib import Path


def make_docx(path: Path, paragraphs: list[tuple[str | None, str]]) -> Path:
    """Write an RTL Word document; each item is ``(style or None, text)``."""
    import docx
    from docx.oxml.shared import OxmlElement

    document = docx.Document()
    for style, text in paragraphs:
        para = document.add_paragraph(text, style=style) if style else document.add_paragraph(text)
        bidi = OxmlElement("w:bidi")
        para._p.get_or_add_pPr().append(bidi)
        for run in para.runs:
            rtl = OxmlElement("w:rtl")
            run._r.get_or_add_rPr().append(rtl)
            run._r.get_or_add_rPr().append(OxmlElement("w:cs"))
    document.save(str(path))
    return path


# lines as pdfplumber gives a Chromium PDF: visual order, the Latin words of each citation
# (with its brackets, as drawn) on a line of their own before the Arabic line
CHROMIUM_SPLIT_LINES = [
    "(Salih )",
    ". , 2014: 33 فيرلا نم ةرجهلا تديازتو",
    "Owen ( )",
    "نأ 2016: 12 ىريو .ةيعارزلا ضرلأا تصلقت",
    "(Hamid p )",
    ". , 2019, . 7 رهنلا ضوح يف",
]
