"""The Markdown frame of the development-data topic benchmarks (``bench_topic_count``,
``bench_topic_labels``, ``bench_topic_limits``, ``bench_topic_stability``): a title, the
script's docstring and the machine's load, then one table per development set; written to the
results file and announced."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def report_head(title: str, doc: str, note: str = "") -> list[str]:
    """The report's first lines; ``note`` follows the machine line."""
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    machine = f"Machine: {os.cpu_count()} CPUs shared, load average at start {load}."
    return [f"# {title}", "", doc.strip(), "", f"{machine} {note}" if note else machine]


def table(heading: str, header: str, separator: str, rows: list[str]) -> list[str]:
    """One set's section: ``## heading``, then the table."""
    return ["", f"## {heading}", "", header, separator, *rows]


def write_report(path: Path, lines: list[str]) -> None:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"written {path.relative_to(ROOT)}")
