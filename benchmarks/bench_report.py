"""Size of ``report.html``: the sample run, and 200 documents made by copying its rows.

Run: ``.venv/bin/python benchmarks/bench_report.py`` (about a minute; writes
``benchmarks/results/bench_report.md``). The report must stay one self-contained, offline
file: targets under 1.5 MB for the sample run and under 5 MB for 200 documents
(``tests/report/test_size.py`` holds the same limits). The 200-document figure is an
estimate: the sample's per-document rows copied under new ids, not a real corpus.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
RESULTS = ROOT / "benchmarks" / "results" / "bench_report.md"
MB = 1_000_000
ID_COLUMNS = ("doc_id", "sent_id", "cit_id", "ref_id", "mention_id", "claim_id")


def scaled(tables: dict[str, pd.DataFrame], n_docs: int) -> dict[str, pd.DataFrame]:
    """The per-document rows of ``tables`` copied under new ids until there are
    ``n_docs`` documents (the corpus-level tables stay as they are)."""
    n = len(tables["documents"])
    copies = -(-n_docs // n)
    out = {}
    for name, frame in tables.items():
        if "doc_id" not in frame.columns or name in {"framing", "cooccurrence"}:
            out[name] = frame
            continue
        parts = []
        for k in range(copies):
            part = frame.copy()
            for col in set(ID_COLUMNS) & set(part.columns):
                part[col] = part[col].map(lambda v, k=k: None if pd.isna(v) else f"{k:03d}{v}")
            parts.append(part)
        whole = pd.concat(parts, ignore_index=True)
        keep = set(out.get("documents", whole)["doc_id"].head(n_docs))
        out[name] = whole[whole["doc_id"].isin(keep)] if name != "documents" else whole.head(n_docs)
    return out


def main() -> str:
    import araseclit
    from araseclit.report import render_report

    with tempfile.TemporaryDirectory() as tmp:
        run = araseclit.analyze(None, "default", Path(tmp) / "run")
        sample = run.report_path.stat().st_size
        start = time.perf_counter()
        big = render_report(scaled(run.tables, 200), pipeline="default").encode("utf-8")
        seconds = time.perf_counter() - start
    lines = [
        "# Report size",
        "",
        f"Measured {time.strftime('%Y-%m-%d')}. Run: `.venv/bin/python benchmarks/bench_report.py`.",
        "",
        "| run | documents | report.html | target |",
        "|---|---:|---:|---:|",
        f"| sample corpus (default pipeline) | {len(run.documents)} | {sample / MB:.2f} MB | < 1.5 MB |",
        f"| sample rows copied to 200 documents | 200 | {len(big) / MB:.2f} MB "
        f"(rendered in {seconds:.1f} s) | < 5 MB |",
        "",
    ]
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    return "\n".join(lines)


if __name__ == "__main__":
    print(main())
