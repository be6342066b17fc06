"""End to end: the sample corpus and the seed chapter through the whole default pipeline."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

import araseclit
from araseclit.store.schema import TABLES, columns

pytestmark = pytest.mark.slow

ID_COLUMNS = {
    "documents": "doc_id",
    "sentences": "sent_id",
    "citations": "cit_id",
    "references": "ref_id",
    "mentions": "mention_id",
    "claims": "claim_id",
    "sections": "section_id",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, sample_docs: Path, seed_path: Path) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(sample_docs, folder / "sample")
    shutil.copy(seed_path, folder / "seed_chapter.txt")
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 20)
    return folder


@pytest.fixture(scope="module")
def run(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> araseclit.Run:
    return araseclit.analyze([corpus], out=tmp_path_factory.mktemp("run") / "out")


def test_all_tables_written_with_fixed_columns(run: araseclit.Run) -> None:
    assert (run.path / "araseclit.duckdb").is_file()
    assert (run.path / "report.html").is_file()
    assert (run.path / "figures" / "framing.png").read_bytes().startswith(b"\x89PNG")
    for table in TABLES:
        assert (run.path / "tables" / f"{table}.parquet").is_file()
        assert list(getattr(run, table).columns) == columns(table)
    for table in (
        "documents",
        "sentences",
        "citations",
        "references",
        "mentions",
        "claims",
        "topics",
        "topic_assignments",
    ):
        assert len(getattr(run, table)) > 0, f"{table} is empty"


def test_bad_document_is_recorded_and_the_rest_goes_on(run: araseclit.Run, corpus: Path) -> None:
    errors = run.errors[(run.errors["path"] != "") & (run.errors["severity"] == "error")]
    assert list(errors["path"]) == [str(corpus / "broken.txt")]
    assert list(errors["code"]) == ["E003"]
    n_inputs = len([p for p in corpus.rglob("*") if p.is_file()])
    assert len(run.documents) == n_inputs - 1


def test_warnings_are_rows_of_analysed_documents(run: araseclit.Run) -> None:
    assert set(run.errors["severity"]) <= {"error", "warning"}
    warned = run.errors[run.errors["severity"] == "warning"]
    assert set(warned["code"]) <= {"W101", "W102"}
    assert set(warned["doc_id"]) <= set(run.documents["doc_id"])  # still analysed
    for rec in warned.itertuples():
        notes = run.documents.loc[run.documents["doc_id"] == rec.doc_id, "warnings"].iloc[0]
        assert f"[{rec.code}] {rec.message}" in notes
    assert run.documents["text_known_share"].notna().all()
    assert not run.documents["text_damaged"].any()
    text_files = run.documents["source_format"] == "txt"
    assert run.documents.loc[text_files, "repair_order"].notna().all()
    assert run.documents.loc[~text_files, "repair_order"].isna().all()


def test_ids_unique_and_references_resolve(run: araseclit.Run) -> None:
    for table, id_col in ID_COLUMNS.items():
        frame = getattr(run, table)
        assert not frame[id_col].duplicated().any(), f"duplicate {id_col} in {table}"
    sent_ids = set(run.sentences["sent_id"])
    for table in ("citations", "mentions", "claims"):
        frame = getattr(run, table)
        missing = frame[~frame["sent_id"].isin(sent_ids)]
        assert missing.empty, (
            f"{table}: sent_id not in sentences: {missing.head(3).to_dict('records')}"
        )
    ref_ids = set(run.references["ref_id"])
    assert set(run.citations["ref_id"].dropna()) <= ref_ids
    cit_ids = set(run.citations["cit_id"])
    assert {c for ids in run.claims["cit_ids"] for c in ids} <= cit_ids
    assert set(run.topic_assignments["unit_id"]) <= sent_ids
    assert run.errors[run.errors["path"] == ""].empty, "a corpus step failed"


def test_offsets_index_the_repaired_text(run: araseclit.Run, corpus: Path) -> None:
    texts = {}
    for rec in run.documents.itertuples():
        texts[rec.doc_id] = araseclit.read(rec.path).text
    for table in ("sentences", "citations", "mentions", "claims"):
        frame = getattr(run, table)
        for rec in frame.itertuples():
            text = texts[rec.doc_id]
            assert 0 <= rec.start < rec.end <= len(text), f"{table} offsets out of range"
        if "text" in frame.columns:
            for rec in frame.head(200).itertuples():
                assert texts[rec.doc_id][rec.start : rec.end] == rec.text
    for rec in run.citations.itertuples():
        assert texts[rec.doc_id][rec.start : rec.end] == rec.raw


def test_rerun_replaces_rows(run: araseclit.Run, corpus: Path) -> None:
    before = run.counts()
    again = araseclit.analyze([corpus], out=run.path)
    assert again.counts() == before
    reopened = araseclit.open_run(run.path)
    assert reopened.counts() == before
    pd.testing.assert_frame_equal(reopened.topic_assignments, run.topic_assignments)


def test_seed_chapter_is_analysed(run: araseclit.Run) -> None:
    seed = run.documents[run.documents["path"].str.endswith("seed_chapter.txt")]
    assert len(seed) == 1
    doc_id = seed.iloc[0]["doc_id"]
    cits = run.citations[run.citations["doc_id"] == doc_id]
    assert len(cits) >= 100
    assert {"Hiltermann", "Buzan", "Dodge"} <= set(cits["author"])
    assert seed.iloc[0]["year"] == 2026
