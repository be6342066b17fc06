"""The self-contained HTML report of a run.

One file, no network: CSS inline, plots inline (plotly.js embedded once when there are
interactive plots). Every piece of document text goes through :func:`html.escape`.
Sections fill in as the stages produce data; a stage without rows says so.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import pandas as pd

from araseclit.report.sections import (
    audit_section,
    claims_section,
    documents_section,
    errors_section,
    mentions_section,
    topics_section,
)

_CSS = """
body{font-family:"Noto Naskh Arabic","Amiri","Segoe UI",Tahoma,sans-serif;margin:0;color:#1d2433;background:#f6f7f9}
header{background:#123;color:#fff;padding:1.2em 2em}header h1{margin:0;font-size:1.5em}
main{padding:1em 2em;max-width:1400px}section{background:#fff;border-radius:8px;padding:1em 1.4em;margin:1em 0;box-shadow:0 1px 3px #0002}
h2{border-bottom:2px solid #e3e6ea;padding-bottom:.3em}table{border-collapse:collapse;margin:.6em 0;font-size:.9em}
th,td{border:1px solid #dde1e6;padding:.3em .6em;vertical-align:top}th{background:#eef1f4}
td.ar,span.ar{direction:rtl;text-align:right;unicode-bidi:plaintext}.num{text-align:right}
.bar{background:#3b7dd8;height:.8em;display:inline-block;border-radius:2px}.muted{color:#67707d}
.ok{color:#207a38}.bad{color:#b3261e}.cards{display:flex;gap:1em;flex-wrap:wrap}
.card{background:#eef3fb;border-radius:6px;padding:.6em 1em;min-width:8em}.card b{font-size:1.4em;display:block}
details{margin:.4em 0}summary{cursor:pointer;font-weight:600}
"""

Section = Callable[[dict[str, pd.DataFrame]], str]
SECTIONS: tuple[tuple[str, str, Section], ...] = (
    ("documents", "Documents", documents_section),
    ("audit", "Citation audit", audit_section),
    ("mentions", "Actors, threats, concepts and NGO roles", mentions_section),
    ("claims", "Attributed claims", claims_section),
    ("topics", "Topics and framing", topics_section),
    ("errors", "Errors", errors_section),
)


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


def render_report(tables: dict[str, pd.DataFrame], pipeline: str = "default") -> str:
    """The whole report as one HTML string."""
    counts = "".join(
        f'<div class="card"><b>{len(tables.get(name, ()))}</b>{html.escape(name)}</div>'
        for name in (
            "documents",
            "sentences",
            "citations",
            "references",
            "mentions",
            "claims",
            "topics",
            "errors",
        )
    )
    nav = " · ".join(f'<a href="#{key}">{html.escape(title)}</a>' for key, title, _ in SECTIONS)
    body = "".join(
        f'<section id="{key}"><h2>{html.escape(title)}</h2>{_safe(render, tables)}</section>'
        for key, title, render in SECTIONS
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>araseclit report</title><style>{_CSS}</style></head><body>"
        f"<header><h1>araseclit run report</h1><div>pipeline: {html.escape(pipeline)}</div></header>"
        f'<main><section><div class="cards">{counts}</div><p>{nav}</p></section>{body}</main>'
        "</body></html>"
    )
