"""Error rows of a corpus run: coded, one line each; one text is one document."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from araseclit.corpus import step_error
from araseclit.errors import InputError
from conftest import ARABIC_PARAGRAPH


def test_a_coded_failure_keeps_its_code_and_one_line_message() -> None:
    row = step_error("ingest", InputError("E002", path="فارغ\n.txt"), "فارغ\n.txt")
    assert (row["code"], row["message"]) == ("E002", "file is empty: فارغ\\n.txt")


def test_an_unexpected_failure_is_one_line() -> None:
    row = step_error("tagger", ValueError("span overlaps\nat offset 12"), "بحث.txt")
    assert row["code"] == "E900"
    assert row["message"] == "ValueError: span overlaps\\nat offset 12"


def test_one_text_in_three_encodings_enters_a_corpus_once(tmp_path: Path) -> None:
    import araseclit

    windows = ARABIC_PARAGRAPH.replace("\n", "\r\n")
    first, second, third = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    first.write_bytes(ARABIC_PARAGRAPH.encode("utf-8"))
    second.write_bytes(windows.encode("utf-16"))
    third.write_bytes(windows.encode("cp1256"))
    run = araseclit.analyze([first, second, third], pipeline="audit", out=tmp_path / "run")
    assert list(run.documents["path"]) == [str(first)]
    rows = run.errors[["path", "code"]].to_dict("records")
    assert rows == [{"path": str(second), "code": "E008"}, {"path": str(third), "code": "E008"}]
    assert (
        run.errors["message"].iloc[0]
        == f"duplicate document: {second} has the same content as {first}"
    )


def test_spacy_refusing_a_long_text_is_a_coded_row() -> None:
    too_long = ValueError(
        "[E088] Text of length 1200000 exceeds maximum of 1000000. The parser and NER models "
        "require roughly 1GB of temporary memory per 100,000 characters in the input."
    )
    row = step_error("tokenizer", too_long, "كتاب كامل.txt")
    assert (row["code"], row["stage"]) == ("E015", "tokenizer")
    assert row["message"] == (
        "text too long for one pass: كتاب كامل.txt has 1,200,000 characters, limit 1,000,000; "
        "split the file (chunked processing is planned)"
    )


def test_a_text_over_the_pipeline_limit_in_a_corpus_run(tmp_path: Path) -> None:
    import spacy

    from araseclit.repair.ops import RepairConfig
    from araseclit.run import process_file

    path = tmp_path / "long.txt"
    path.write_text(ARABIC_PARAGRAPH * 20, encoding="utf-8")  # some 6,500 characters
    nlp = spacy.blank("ar")
    nlp.max_length = 5_000  # spaCy's own check, as for 1,000,000 by default
    records, error = process_file(nlp, path, RepairConfig(enabled=False))
    assert records is None and error is not None
    assert (error["code"], error["stage"]) == ("E015", "tokenizer")
    assert str(error["message"]).endswith(
        "characters, limit 5,000; split the file (chunked processing is planned)"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and /dev are POSIX")
def test_special_files_in_a_folder_get_errors_rows(tmp_path: Path) -> None:
    import araseclit

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "paper.txt").write_text(ARABIC_PARAGRAPH, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "zeros.txt").symlink_to("/dev/zero")
    run = araseclit.analyze([folder], pipeline="audit", out=tmp_path / "run")
    assert len(run.documents) == 1
    rows = run.errors[["path", "code"]].to_dict("records")
    assert rows == [
        {"path": str(folder / "pipe.txt"), "code": "E009"},
        {"path": str(folder / "zeros.txt"), "code": "E009"},
    ]
