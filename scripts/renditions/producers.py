"""Producers: ``<engine>-<font>`` names, and rendering one source into one producer's PDF.

Engines: ``xelatex`` and ``lualatex`` (:mod:`renditions.latex`), ``libreoffice`` (the sample
corpus's RTL docx with the font swapped, converted by LibreOffice) and ``chromium`` (the
sample corpus's RTL HTML with the font swapped, printed by headless Chromium).
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sample_corpus import render

from .latex import latex_pdf, make_tex

# font key -> (fontconfig family, Debian package, LuaLaTeX scale to look 12 pt beside Amiri)
FONTS: dict[str, tuple[str, str, float]] = {
    "amiri": ("Amiri", "fonts-hosny-amiri", 1.0),
    "noto-naskh": ("Noto Naskh Arabic", "fonts-noto-core", 1.0),
    "noto-sans": ("Noto Sans Arabic", "fonts-noto-core", 1.0),
    "scheherazade": ("Scheherazade", "fonts-sil-scheherazade", 1.2),
    "lateef": ("Lateef", "fonts-sil-lateef", 1.25),
    "kacst-one": ("KacstOne", "fonts-kacst-one", 1.0),
    "kacst-book": ("KacstBook", "fonts-kacst", 1.0),
    "thabit": ("Thabit", "fonts-hosny-thabit", 1.0),
}
ENGINES = ("xelatex", "lualatex", "libreoffice", "chromium")
# New to the project: the sample corpus has libreoffice-{amiri,noto-naskh,noto-sans} and
# chromium with Noto Naskh Arabic.
DEFAULT_PRODUCERS = (
    "xelatex-amiri",
    "lualatex-scheherazade",
    "libreoffice-scheherazade",
    "libreoffice-kacst-one",
    "libreoffice-lateef",
    "libreoffice-thabit",
    "chromium-lateef",
    "chromium-kacst-book",
)


@dataclass(frozen=True)
class Producer:
    name: str  # "xelatex-amiri"
    engine: str  # "xelatex"
    font_key: str  # "amiri"

    @property
    def family(self) -> str:
        return FONTS[self.font_key][0]

    @property
    def scale(self) -> float:
        return FONTS[self.font_key][2]


def parse_producer(name: str) -> Producer:
    engine, _, font_key = name.partition("-")
    if engine not in ENGINES or font_key not in FONTS:
        raise ValueError(
            f"unknown producer {name!r}: expected <engine>-<font>, engine one of "
            f"{', '.join(ENGINES)}, font one of {', '.join(FONTS)}"
        )
    return Producer(name, engine, font_key)


def render_pdf(producer: Producer, source: str, pdf_path: Path, tmp: Path) -> list[str]:
    """Write ``producer``'s PDF of ``source`` to ``pdf_path``; return warnings."""
    work = tmp / producer.name
    work.mkdir(parents=True, exist_ok=True)
    warnings: list[str] = []
    if producer.engine in ("xelatex", "lualatex"):
        tex = make_tex(source, producer.engine, producer.family, scale=producer.scale)
        warnings += latex_pdf(tex, producer.engine, pdf_path, work)
    elif producer.engine == "libreoffice":
        docx_path = work / f"{producer.name}.docx"
        render.make_docx(source, producer.family, docx_path)
        render.libreoffice_pdf(docx_path, pdf_path, work)
    else:
        html_path = work / f"{producer.name}.html"
        html_path.write_text(render.make_html(source, producer.family), encoding="utf-8")
        render.chromium_pdf(html_path, pdf_path, tmp)
    return warnings + font_warnings(pdf_path, producer.family)


def pdf_fonts(pdf_path: Path) -> list[str]:
    """Base font names ``pdffonts`` lists (subset prefix dropped): ``Amiri-Regular``, ..."""
    proc = subprocess.run(["pdffonts", str(pdf_path)], capture_output=True, text=True, check=True)
    names = [line.split()[0] for line in proc.stdout.splitlines()[2:] if line.strip()]
    return [re.sub(r"^[A-Z]{6}\+", "", name) for name in names]


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def font_warnings(pdf_path: Path, family: str) -> list[str]:
    """A warning when the requested family is not embedded (the producer fell back)."""
    fonts = pdf_fonts(pdf_path)
    if any(_squash(f).startswith(_squash(family)) for f in fonts):
        return []
    return [f"font {family!r} not embedded; PDF fonts: {', '.join(fonts) or 'none'}"]
