"""LaTeX renditions: a source text -> ``.tex`` (XeLaTeX + polyglossia, or LuaLaTeX + babel) -> PDF.

Both engines set the text A4, justified, 12 pt, with the journal name as running header and
the page number in the footer (polyglossia prints it in Arabic-Indic digits). Headings are
``\\section*``/``\\subsection*`` (the sample corpus's numbered headings, and any short
unpunctuated one-line paragraph), reference entries hanging paragraphs (Latin-only entries
as left-to-right English paragraphs). LaTeX's special characters are escaped.

XeLaTeX marks each Latin run of an Arabic paragraph with ``\\textenglish`` (what an author
writing with polyglossia does) and sets ``1.2``/``60-85`` left to right, which XeTeX would
otherwise reverse. LuaLaTeX leaves the ordering to babel's ``bidi=basic`` (Unicode bidi
algorithm, font switched per character by ``onchar=ids fonts``) and justifies Arabic lines
with kashida (tatweel U+0640 inserted by babel's ``kashida.plain`` transform), as a LuaLaTeX
user who asks for Arabic justification gets.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from sample_corpus.config import JOURNAL
from sample_corpus.patterns import ARABIC
from sample_corpus.render import Block, blocks

LATIN_FONT = "Latin Modern Roman"
# Deterministic PDFs (dates, IDs): 2026-01-01, as the sample corpus's docx dates.
SOURCE_DATE_EPOCH = "1767225600"
SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "_": r"\_",
    "$": r"\$",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
SPECIAL_RE = re.compile(r"[\\{}%&#_$~^]")
# C0/C1 controls other than tab/newline would stop TeX or print as ^^ notation.
CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# The sample corpus's Latin run (names, titles), also through identifiers and paths
# ("UN_HABITAT", "C:\\data"), so that XeLaTeX keeps them whole left-to-right as Unicode bidi would.
TEX_LATIN_RUN = re.compile(
    r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9 .,&'’:?\-–_/\\@#+=]*[A-Za-z\u00C0-\u024F.]"
)
# European digits (Western or Persian: bidi class EN) joined by "." or "-". An en dash is
# bidi-neutral, so Unicode itself shows "60–85" as "85–60" in Arabic: left as it is.
EN_DIGIT = r"[0-9\u06f0-\u06f9]"
EN_NUMBER = re.compile(f"{EN_DIGIT}+(?:[.-]{EN_DIGIT}+)+")
# A short line without closing punctuation reads as an unnumbered heading.
SENTENCE_END = (".", "؟", "?", "!", "،", ",", "؛", ";", ":")

XELATEX_PREAMBLE = r"""\documentclass[12pt,a4paper]{article}
\usepackage[a4paper,margin=25mm,headheight=16pt,headsep=8mm]{geometry}
\usepackage{fontspec}
\usepackage{fancyhdr}
\usepackage{polyglossia}
\setmainlanguage{arabic}
\setotherlanguage{english}
% Main font Arabic too: polyglossia's \textenglish can leave later \section fonts at the
% main font, which must then still have the Arabic glyphs.
\setmainfont{@FONT@}[Script=Arabic,Ligatures=TeXOff]
\newfontfamily\arabicfont{@FONT@}[Script=Arabic,Ligatures=TeXOff]
\newfontfamily\englishfont{@LATIN@}[Ligatures=TeXOff]
"""

LUALATEX_PREAMBLE = r"""\documentclass[12pt,a4paper]{article}
\usepackage[a4paper,margin=25mm,headheight=16pt,headsep=8mm]{geometry}
\usepackage{fancyhdr}
\usepackage[bidi=basic]{babel}
\babelprovide[import, main, justification=kashida, transforms=kashida.plain]{arabic}
\babelprovide[import, onchar=ids fonts]{english}
\babelfont{rm}[Ligatures=TeXOff,Scale=@SCALE@]{@FONT@}
\babelfont[english]{rm}[Ligatures=TeXOff]{@LATIN@}
% A fixed /ID (LuaTeX hashes it from the file's path, a temporary folder here).
\pdfvariable trailerid {[<00000000000000000000000000000000> <00000000000000000000000000000000>]}
"""

COMMON_PREAMBLE = r"""\pagestyle{fancy}
\fancyhf{}
\fancyhead[C]{@ARABIC@{\small @HEADER@}}
\fancyfoot[C]{@ARABIC@{\thepage}}
\renewcommand{\headrulewidth}{0.4pt}
\setlength{\parskip}{3pt}
\setlength{\emergencystretch}{3em}
\begin{document}
"""

# babel stretches a line with kashida only up to justify_factor of its width (0.95 by
# default, which leaves almost every line to interword glue): ask for full lines.
LUALATEX_BEGIN = "\\directlua{Babel.arabic.justify_factor = @KASHIDA@}\n"


def escape(text: str) -> str:
    """``text`` with LaTeX's special characters made literal (and stray controls dropped)."""
    text = CONTROL_RE.sub("", text.replace("\t", " "))
    return SPECIAL_RE.sub(lambda m: SPECIAL[m.group(0)], text)


def _arabic_run(text: str) -> str:
    """Escaped Arabic-context text with ``1.2``, ``3.14``, ``60-85``, ``۱۴۰۲.۵`` kept left to
    right, as Unicode bidi shows them: in an Arabic paragraph XeTeX shows them as ``2.1``,
    ``14.3``, ``85-60``, ``۵.۱۴۰۲`` unless set in an English (LTR) group, where a real author
    would put them. The digits stay in the Arabic font."""
    out, pos = [], 0
    for m in EN_NUMBER.finditer(text):
        out += [escape(text[pos : m.start()]), r"\textenglish{\arabicfont " + m.group(0) + "}"]
        pos = m.end()
    return "".join([*out, escape(text[pos:])])


def inline(text: str, engine: str) -> str:
    """Escaped text; for XeLaTeX each Latin run inside Arabic wrapped in ``\\textenglish``."""
    if engine != "xelatex":
        return escape(text)
    out, pos = [], 0
    for m in TEX_LATIN_RUN.finditer(text):
        out += [_arabic_run(text[pos : m.start()]), r"\textenglish{" + escape(m.group(0)) + "}"]
        pos = m.end()
    return "".join([*out, _arabic_run(text[pos:])])


def _is_bare_heading(block: Block) -> bool:
    text = block.text
    return (
        block.kind == "para"
        and "\n" not in text
        and len(text.split()) <= 12
        and not text.rstrip().endswith(SENTENCE_END)
    )


def _latin_paragraph(text: str, engine: str, hang: bool) -> str:
    """A left-to-right English paragraph (a Latin-only reference entry or paragraph)."""
    begin, end = (
        (r"\begin{english}", r"\end{english}")
        if engine == "xelatex"
        else (r"\begin{otherlanguage}{english}", r"\end{otherlanguage}")
    )
    # The sign of a left-side hang: see make_tex.
    par = f"\\noindent\\hangindent={'2em' if engine == 'xelatex' else '-2em'}\\hangafter=1 "
    par = par if hang else ""
    return f"{begin}\n{par}{escape(text)}\\par\n{end}\n"


def make_tex(source: str, engine: str, font: str, scale: float = 1.0, kashida: float = 1.0) -> str:
    """The ``.tex`` of ``source`` (sample-corpus source format) for ``engine`` and ``font``."""
    if engine == "xelatex":
        preamble = XELATEX_PREAMBLE
    elif engine == "lualatex":
        preamble = LUALATEX_PREAMBLE
    else:
        raise ValueError(f"unknown LaTeX engine {engine!r}")
    head = (preamble + COMMON_PREAMBLE).replace("@FONT@", font).replace("@LATIN@", LATIN_FONT)
    head = head.replace("@SCALE@", f"{scale:g}").replace("@HEADER@", inline(JOURNAL, engine))
    # Header and footer in Arabic even on a page that breaks inside an English paragraph.
    head = head.replace(
        "@ARABIC@", r"\textarabic" if engine == "xelatex" else r"\foreignlanguage{arabic}"
    )
    if engine == "lualatex":
        head += LUALATEX_BEGIN.replace("@KASHIDA@", f"{kashida:g}")
    # The sign of \hangindent for a hang on the right of an RTL paragraph, found by
    # measuring the PDFs: negative in XeTeX (bidi), positive in LuaTeX under babel's
    # bidi=basic, where a left-side hang of an English paragraph is the negative one.
    rtl_hang = "-2em" if engine == "xelatex" else "2em"
    body = []
    for block in blocks(source.replace("\r\n", "\n")):
        text = " ".join(block.text.split())
        if block.kind == "title":
            body.append(
                "\\begin{center}\n{\\LARGE\\bfseries "
                + inline(text, engine)
                + "\\par}\n\\end{center}\n\\bigskip\n"
            )
        elif block.kind == "heading" or _is_bare_heading(block):
            cmd = "subsection*" if block.level == 2 else "section*"
            body.append(f"\\{cmd}{{{inline(text, engine)}}}\n")
        elif not ARABIC.search(text):
            body.append(_latin_paragraph(text, engine, hang=block.kind == "ref"))
        elif block.kind == "ref":
            body.append(
                f"{{\\noindent\\hangindent={rtl_hang}\\hangafter=1 {inline(text, engine)}\\par}}\n"
            )
        else:
            body.append(inline(text, engine) + "\n")
    return head + "\n".join(body) + "\\end{document}\n"


def missing_glyphs(log: str) -> dict[str, set[str]]:
    """``Missing character: There is no X (U+...) in font F`` lines of a TeX log, by font."""
    out: dict[str, set[str]] = {}
    for m in re.finditer(r"Missing character: There is no (.+?) in font (.+?)!?$", log, re.M):
        out.setdefault(m.group(2), set()).add(m.group(1))
    return out


def latex_pdf(tex: str, engine: str, pdf_path: Path, workdir: Path) -> list[str]:
    """Compile ``tex`` with ``engine`` (one run: no cross-references) into ``pdf_path``.

    Returns warnings (missing glyphs); raises ``RuntimeError`` with the log's tail on failure.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    tex_path = workdir / "doc.tex"
    tex_path.write_text(tex, encoding="utf-8")
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, "FORCE_SOURCE_DATE": "1"}
    env["max_print_line"] = "100000"  # unwrapped log lines, for the missing-glyph check
    cmd = [engine, "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", tex_path.name]
    proc = subprocess.run(cmd, cwd=workdir, capture_output=True, timeout=600, check=False, env=env)
    log_path = workdir / "doc.log"
    log = log_path.read_text(encoding="utf-8", errors="replace") if log_path.exists() else ""
    if proc.returncode != 0 or not (workdir / "doc.pdf").exists():
        tail = "\n".join(log.splitlines()[-25:]) or proc.stdout.decode(errors="replace")[-2000:]
        raise RuntimeError(f"{engine} failed ({proc.returncode}):\n{tail}")
    (workdir / "doc.pdf").replace(pdf_path)
    return [
        f"{engine}: no glyph in font {font} for {', '.join(sorted(chars)[:12])}"
        for font, chars in missing_glyphs(log).items()
    ]
