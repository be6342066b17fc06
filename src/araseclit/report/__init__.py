"""The self-contained HTML report of a run.

One file, no network: CSS, script and an Arabic font subset inline; charts are HTML tables
shaded by value (no plotting library). Every piece of document text goes through
:func:`html.escape` and the script only reads text (``textContent``), so text from a
document never becomes markup or code. The page is Arabic-first (``lang="ar"``,
``dir="rtl"``); English labels and notes are marked ``lang="en"`` and laid out left to right.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Callable, Collection
from functools import cache
from importlib import resources

import pandas as pd

from araseclit.report.sections import (
    audit_section,
    citations_section,
    claims_section,
    documents_section,
    errors_section,
    mentions_section,
    references_section,
    sentences_section,
    topics_section,
)

FONT = "NotoNaskhArabic-Regular-subset.woff"
Section = Callable[[dict[str, pd.DataFrame]], str]
#: (anchor, title, renderer, the pipeline component it needs or "")
SECTIONS: tuple[tuple[str, str, Section, str], ...] = (
    ("documents", "Documents", documents_section, ""),
    ("audit", "Citation audit", audit_section, "cite"),
    ("citations", "Citations", citations_section, "cite"),
    ("references", "References", references_section, "cite"),
    ("sentences", "Sentences with citations or claims", sentences_section, ""),
    ("mentions", "Actors, threats, concepts and NGO roles", mentions_section, "tag"),
    ("claims", "Attributed claims", claims_section, "claims"),
    ("topics", "Topics and framing", topics_section, ""),
    ("errors", "Errors and warnings", errors_section, ""),
)
COUNTED = ("documents", "sentences", "citations", "references", "mentions", "claims", "topics")


@cache
def _assets() -> tuple[str, str]:
    """The page's CSS (with the font inlined) and script."""
    static = resources.files("araseclit.report") / "static"
    font = (resources.files("araseclit.report") / "fonts" / FONT).read_bytes()
    css = (static / "report.css").read_text("utf-8")
    css = css.replace("__FONT__", base64.b64encode(font).decode("ascii"))
    return css, (static / "report.js").read_text("utf-8")


def _safe(render: Section, tables: dict[str, pd.DataFrame]) -> str:
    """A section, or a note saying why it could not be drawn: the run's data is already
    computed and stored, so one broken section must not lose the report."""
    try:
        return render(tables)
    except Exception as exc:  # report rendering is best effort, per section
        return (
            f'<p class="bad">This section could not be rendered: '
            f"{html.escape(type(exc).__name__)}: {html.escape(str(exc))}</p>"
        )


def pipeline_components(pipeline: str) -> frozenset[str] | None:
    """Names of the components of ``pipeline`` (None when its config cannot be read)."""
    try:
        from araseclit.pipeline.loader import read_config

        return frozenset(read_config(pipeline)[0]["nlp"]["pipeline"])
    except Exception:  # a report for a pipeline we cannot read shows every section
        return None


def render_figures(tables: dict[str, pd.DataFrame]) -> dict[str, bytes]:
    """PNG figures for papers, by file name (written to ``<run>/figures/``)."""
    framing = tables.get("framing")
    if framing is None or framing.empty:
        return {}
    import tempfile
    from pathlib import Path

    from araseclit.topics import plot_framing, save_png

    try:
        with tempfile.TemporaryDirectory() as tmp:
            png = save_png(plot_framing(framing, tables.get("topics")), Path(tmp) / "framing.png")
            return {"framing.png": png.read_bytes()}
    except Exception:  # a figure is a convenience; the tables and report stand without it
        return {}


def _section(
    key: str, title: str, body: str, needs: str, components: Collection[str] | None
) -> str:
    if needs and components is not None and needs not in components:
        body = '<p class="muted" lang="en" dir="ltr">Not part of this pipeline.</p>'
    return (
        f'<section id="{key}" aria-labelledby="h-{key}">'
        f'<h2 id="h-{key}" lang="en" dir="ltr">{html.escape(title)}</h2>'
        f'<div lang="en" dir="ltr" class="en-body">{body}</div></section>'
    )


def render_report(tables: dict[str, pd.DataFrame], pipeline: str = "default") -> str:
    """The whole report as one HTML string."""
    css, script = _assets()
    components = pipeline_components(pipeline)
    counts = "".join(
        f'<div class="card"><b>{len(tables.get(name, ()))}</b>{html.escape(name)}</div>'
        for name in COUNTED
    )
    toc = "".join(
        f'<li><a href="#{key}">{html.escape(title)}</a></li>' for key, title, *_ in SECTIONS
    )
    body = "".join(
        _section(key, title, _safe(render, tables), needs, components)
        for key, title, render, needs in SECTIONS
    )
    return (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; font-src data:; img-src data:\">"
        f"<title>araseclit — تقرير التحليل</title><style>{css}</style></head><body>"
        '<header><h1>تقرير araseclit</h1><div lang="en" dir="ltr">araseclit run report · '
        f"pipeline: {html.escape(pipeline)}</div></header>"
        f'<main><section lang="en" dir="ltr"><div class="cards">{counts}</div>'
        f'<nav id="toc" aria-label="Contents"><h2>Contents</h2><ol>{toc}</ol></nav></section>'
        f'{body}</main><script data-araseclit="report">{script}</script></body></html>'
    )
