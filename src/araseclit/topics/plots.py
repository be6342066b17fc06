"""Plots of the framing map: an interactive plotly heatmap and a matplotlib PNG export.

Arabic in the PNG: matplotlib built with libraqm (3.11+) shapes and orders Arabic itself; an
older matplotlib gets labels pre-shaped by ``arabic_reshaper`` + ``python-bidi`` when those are
installed; otherwise the PNG uses entity ids and topic numbers (never broken Arabic).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

_ARABIC_FONTS = ("Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", "DejaVu Sans")
#: rows (topics) and columns (entities) a PNG shows at most: those with the most mentions. The
#: figure grows with both (0.45 and 0.6 inch each at 150 dpi), so a 1,000-document run's 538
#: topics made a 1,500 x 30,997-pixel PNG that took 907 MB to draw, the peak of its store stage
#: (issue 12); a figure for a paper shows the topics that carry the mentions
PNG_MAX_ROWS = 40
PNG_MAX_COLUMNS = 40


def framing_matrix(
    framing: pd.DataFrame,
    *,
    breakdown: str = "all",
    key: str = "",
    label: str | None = None,
    top_n: int = 15,
    use_text: bool = True,
) -> pd.DataFrame:
    """Topics (rows) x the ``top_n`` most mentioned entities (columns) of one breakdown key.

    Columns are entity ids, or with ``use_text`` the entity's most frequent written form; rows
    are ``"<topic_id>: <topic_label>"`` when the map carries topic labels.
    """
    rows = framing[(framing["breakdown"] == breakdown) & (framing["key"] == key)]
    if label:
        rows = rows[rows["label"] == label]
    totals = rows.groupby("entity_id")["n_mentions"].sum().sort_values(ascending=False)
    rows = rows[rows["entity_id"].isin(totals.index[:top_n])]
    matrix = rows.pivot_table(
        index="topic_id", columns="entity_id", values="n_mentions", aggfunc="sum", fill_value=0
    ).astype(int)
    if use_text:
        texts = rows.sort_values("n_mentions", ascending=False).drop_duplicates("entity_id")
        matrix = matrix.rename(
            columns=dict(zip(texts["entity_id"], texts["entity_text"], strict=True))
        )
    labels = rows.dropna(subset=["topic_label"]).drop_duplicates("topic_id")
    names = dict(zip(labels["topic_id"], labels["topic_label"], strict=True))
    matrix.index = [f"{t}: {names[t]}" if t in names else str(t) for t in matrix.index]
    return matrix


def plot_framing(
    framing: pd.DataFrame,
    topics: pd.DataFrame | None = None,
    *,
    breakdown: str = "all",
    key: str = "",
    label: str | None = None,
    top_n: int = 15,
) -> go.Figure:
    """Heatmap of mentions per topic and entity. ``fig.to_html(include_plotlyjs=True,
    full_html=False)`` gives a self-contained interactive fragment for the report."""
    if topics is not None:  # labels from the TOPICS table win over the map's own
        names = dict(zip(topics["topic_id"], topics["label_ar"], strict=False))
        framing = framing.assign(topic_label=framing["topic_id"].map(names))
    matrix = framing_matrix(framing, breakdown=breakdown, key=key, label=label, top_n=top_n)
    fig = go.Figure(
        go.Heatmap(
            z=matrix.to_numpy(),
            x=[str(c) for c in matrix.columns],
            y=list(matrix.index),
            colorscale="Blues",
            hovertemplate="%{y}<br>%{x}: %{z}<extra></extra>",
        )
    )
    title = "Framing map: mentions per topic / خريطة التأطير"
    fig.update_layout(
        title=title,
        xaxis_title="entity",
        yaxis_title="topic",
        font={"family": ", ".join(_ARABIC_FONTS)},
    )
    return fig


def _matplotlib_shapes_text() -> bool:
    from matplotlib import ft2font

    return bool(getattr(ft2font, "__libraqm_version__", None))


def shape_arabic(text: str) -> str | None:
    """``text`` as matplotlib must receive it to draw joined right-to-left Arabic: unchanged when
    matplotlib shapes text itself, else reshaped into visual order; None when neither works."""
    if _matplotlib_shapes_text():
        return text
    try:
        import arabic_reshaper
        from bidi.algorithm import get_display
    except ImportError:
        return None
    return str(get_display(arabic_reshaper.reshape(text)))


def _figure_matrix(fig_or_df: Any, use_text: bool) -> pd.DataFrame:
    if isinstance(fig_or_df, go.Figure):
        trace = fig_or_df.data[0]
        return pd.DataFrame(trace.z, index=list(trace.y), columns=list(trace.x))
    if {"breakdown", "n_mentions"} <= set(getattr(fig_or_df, "columns", [])):
        return framing_matrix(fig_or_df, use_text=use_text)
    return pd.DataFrame(fig_or_df)


def largest(matrix: pd.DataFrame, max_rows: int, max_columns: int) -> pd.DataFrame:
    """At most ``max_rows`` rows and ``max_columns`` columns of ``matrix``: those with the largest
    sums (the first on ties), in their order."""
    values = np.nan_to_num(matrix.to_numpy(dtype=float))
    cols = sorted(np.argsort(-values.sum(axis=0), kind="stable")[:max_columns].tolist())
    rows = sorted(np.argsort(-values[:, cols].sum(axis=1), kind="stable")[:max_rows].tolist())
    return matrix.iloc[rows, cols]


def save_png(
    fig_or_df: Any,
    path: str | Path,
    *,
    dpi: int = 150,
    max_rows: int = PNG_MAX_ROWS,
    max_columns: int = PNG_MAX_COLUMNS,
) -> Path:
    """Render a framing heatmap (a :func:`plot_framing` figure, a framing map or a matrix) as a
    PNG with matplotlib: at most ``max_rows`` topics and ``max_columns`` entities, those with
    the most mentions (:data:`PNG_MAX_ROWS`), so that its size, and the memory that draws it, do
    not grow with the corpus.

    Drawn on a :class:`matplotlib.figure.Figure` with its own Agg canvas: pyplot and the
    process-wide backend are never touched, so a notebook's inline plots keep working."""
    import matplotlib
    from matplotlib import font_manager
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    shaped = shape_arabic("ا") is not None
    matrix = largest(_figure_matrix(fig_or_df, use_text=shaped), max_rows, max_columns)
    xs = [
        shape_arabic(str(x)) if shaped else str(x).encode("ascii", "replace").decode()
        for x in matrix.columns
    ]
    ys = [shape_arabic(str(y)) if shaped else str(y).split(":")[0] for y in matrix.index]
    installed = {f.name for f in font_manager.fontManager.ttflist}
    # a list of families: matplotlib falls back glyph by glyph (Latin from DejaVu Sans)
    families = [f for f in _ARABIC_FONTS if f in installed] or ["sans-serif"]
    with matplotlib.rc_context({"font.family": families}):
        fig = Figure(figsize=(1.0 + 0.6 * max(len(xs), 4), 1.0 + 0.45 * max(len(ys), 3)))
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
        image = ax.imshow(matrix.to_numpy(dtype=float), cmap="Blues", aspect="auto")
        ax.set_xticks(range(len(xs)), xs, rotation=60, ha="right")
        ax.set_yticks(range(len(ys)), ys)
        ax.set_xlabel("entity")
        ax.set_ylabel("topic")
        fig.colorbar(image, ax=ax, label="mentions")
        fig.tight_layout()
        out = Path(path)
        fig.savefig(out, dpi=dpi)
    return out
