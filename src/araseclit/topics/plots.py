"""Plots of the framing map: an interactive plotly heatmap and a matplotlib PNG export.

matplotlib does not shape Arabic; when ``arabic_reshaper`` and ``python-bidi`` are installed the
PNG labels are reshaped and put in visual order, otherwise the PNG uses entity ids and topic
numbers (never broken Arabic).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go

_ARABIC_FONTS = ("Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", "DejaVu Sans")


def framing_matrix(
    framing: pd.DataFrame,
    *,
    breakdown: str = "all",
    key: str = "",
    label: str | None = None,
    top_n: int = 15,
    use_text: bool = True,
) -> pd.DataFrame:
    """Topics (rows) x the ``top_n`` most mentioned entities (columns) of one breakdown key."""
    rows = framing[(framing["breakdown"] == breakdown) & (framing["key"] == key)]
    if label:
        rows = rows[rows["label"] == label]
    totals = rows.groupby("entity_id")["n_mentions"].sum().sort_values(ascending=False)
    rows = rows[rows["entity_id"].isin(totals.index[:top_n])]
    column = "entity_text" if use_text else "entity_id"
    matrix = rows.pivot_table(
        index="topic_id", columns=column, values="n_mentions", aggfunc="sum", fill_value=0
    )
    return matrix.astype(int)


def _topic_names(topic_ids: list[Any], topics: pd.DataFrame | None) -> list[str]:
    labels = (
        {} if topics is None else dict(zip(topics["topic_id"], topics["label_ar"], strict=False))
    )
    return [f"{t}: {labels[t]}" if labels.get(t) else str(t) for t in topic_ids]


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
    matrix = framing_matrix(framing, breakdown=breakdown, key=key, label=label, top_n=top_n)
    fig = go.Figure(
        go.Heatmap(
            z=matrix.to_numpy(),
            x=[str(c) for c in matrix.columns],
            y=_topic_names(list(matrix.index), topics),
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


def shape_arabic(text: str) -> str | None:
    """Arabic ``text`` reshaped and in visual order for matplotlib; None if the libraries are
    missing."""
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


def save_png(fig_or_df: Any, path: str | Path, *, dpi: int = 150) -> Path:
    """Render a framing heatmap (a :func:`plot_framing` figure, a framing map or a matrix) as a
    PNG with matplotlib."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    shaped = shape_arabic("ا") is not None
    matrix = _figure_matrix(fig_or_df, use_text=shaped)
    xs = [
        shape_arabic(str(x)) if shaped else str(x).encode("ascii", "replace").decode()
        for x in matrix.columns
    ]
    ys = [shape_arabic(str(y)) if shaped else str(y).split(":")[0] for y in matrix.index]
    with plt.rc_context({"font.family": "sans-serif", "font.sans-serif": list(_ARABIC_FONTS)}):
        fig, ax = plt.subplots(figsize=(1.0 + 0.6 * max(len(xs), 4), 1.0 + 0.45 * max(len(ys), 3)))
        image = ax.imshow(matrix.to_numpy(dtype=float), cmap="Blues", aspect="auto")
        ax.set_xticks(range(len(xs)), xs, rotation=60, ha="right")
        ax.set_yticks(range(len(ys)), ys)
        ax.set_xlabel("entity")
        ax.set_ylabel("topic")
        fig.colorbar(image, ax=ax, label="mentions")
        fig.tight_layout()
        out = Path(path)
        fig.savefig(out, dpi=dpi)
        plt.close(fig)
    return out
