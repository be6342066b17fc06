"""Warnings in a corpus run: rows in ``errors`` with severity "warning", and the document
still gets all its other rows; the pipeline's ``[repair]`` section reaches the reader."""

from __future__ import annotations

import shutil
from pathlib import Path

import araseclit
from conftest import ARABIC_PARAGRAPH

# a text layer whose glyphs map to the wrong letters (each Arabic letter five places on)
_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
WRONG_GLYPHS = ARABIC_PARAGRAPH.translate(str.maketrans(_LETTERS, _LETTERS[5:] + _LETTERS[:5]))


def _analyze(paths: list[Path], out: Path, pipeline: str | Path = "audit") -> araseclit.Run:
    return araseclit.analyze(paths, pipeline=pipeline, out=out)


def test_a_warned_document_is_analysed_and_its_warning_recorded(tmp_path: Path) -> None:
    damaged, clean, out = tmp_path / "damaged.txt", tmp_path / "clean.txt", tmp_path / "run"
    damaged.write_text(WRONG_GLYPHS, encoding="utf-8")
    clean.write_text(ARABIC_PARAGRAPH, encoding="utf-8")
    failures: list[object] = []
    run = araseclit.analyze(
        [damaged, clean],
        pipeline="audit",
        out=out,
        progress=lambda path, done, total, error: failures.append(error) if error else None,
    )
    assert failures == []  # a warning is not a failure
    docs = run.documents.set_index("path")
    assert docs.loc[str(damaged), "text_damaged"] and not docs.loc[str(clean), "text_damaged"]
    assert docs.loc[str(damaged), "warnings"].startswith("[W101] text layer damaged")
    assert set(docs["repair_order"]) == {"logical"}
    doc_id = docs.loc[str(damaged), "doc_id"]
    rows = run.errors.to_dict("records")
    assert [(r["code"], r["severity"], r["stage"], r["doc_id"]) for r in rows] == [
        ("W101", "warning", "ingest", doc_id)
    ]
    assert (run.citations["doc_id"] == doc_id).sum() >= 1  # still analysed
    assert (run.sentences["doc_id"] == doc_id).sum() >= 1

    again = araseclit.open_run(_analyze([damaged, clean], out).path)
    assert list(again.errors["code"]) == ["W101"]  # replaced, not repeated
    damaged.write_text(ARABIC_PARAGRAPH + "\n", encoding="utf-8")  # repaired at the source
    assert _analyze([damaged], out).errors.empty


def test_a_second_copy_is_an_error_without_its_warnings(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(WRONG_GLYPHS, encoding="utf-8")
    shutil.copy(first, second)
    run = _analyze([first, second], tmp_path / "run")
    rows = run.errors[["path", "code", "severity"]].to_dict("records")
    assert rows == [
        {"path": str(first), "code": "W101", "severity": "warning"},
        {"path": str(second), "code": "E008", "severity": "error"},
    ]


def test_the_repair_section_of_the_pipeline_reaches_the_reader(
    tmp_path: Path, sample_docs: Path
) -> None:
    from araseclit.pipeline.loader import make_repair_config, resolve_pipeline

    paper = sample_docs / "06_youth_october_protests.txt"
    as_it_stands = tmp_path / "as_it_stands.cfg"
    as_it_stands.write_text(
        resolve_pipeline("audit").read_text() + "\n[repair]\nenabled = false\n", encoding="utf-8"
    )
    repaired = _analyze([paper], tmp_path / "repaired")
    unrepaired = _analyze([paper], tmp_path / "unrepaired", pipeline=as_it_stands)
    overridden = araseclit.analyze(
        [paper], pipeline="audit", out=tmp_path / "overridden", repair=make_repair_config(False)
    )
    assert "(Jabar, 2018: 23)" in set(repaired.citations["raw"])
    for run in (unrepaired, overridden):
        assert "(Jabar, 2018: 23)" not in set(run.citations["raw"])
        assert run.documents["repair_order"].isna().all()
        assert run.documents["repair_score"].eq(0.0).all()
    assert repaired.documents["repair_order"].notna().all()
