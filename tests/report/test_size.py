"""The report's size: under 1.5 MB for the sample run (4.9 MB before, 4.8 MB of it
plotly.js), under 5 MB for 200 documents."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import araseclit
from araseclit.report import render_report

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


@pytest.mark.slow
def test_report_size_for_the_sample_and_for_200_documents(tmp_path: Path) -> None:
    run = araseclit.analyze(None, "default", tmp_path / "run")
    size = run.report_path.stat().st_size
    assert len(run.documents) == 6 and size < 1.5 * MB, size
    big = render_report(scaled(run.tables, 200), pipeline="default")
    assert big.count('<tr id="d-') == 200  # one row per document
    assert len(big.encode("utf-8")) < 5 * MB
