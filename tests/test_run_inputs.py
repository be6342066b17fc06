"""Files of an input folder that a run does not read are said, not dropped (finding 11)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import araseclit
from araseclit.run import find_inputs
from conftest import ARABIC_PARAGRAPH


def _folder(root: Path) -> Path:
    """A user's folder: one text, an OpenDocument file, a scan, and what is no input."""
    folder = root / "corpus"
    (folder / "notes").mkdir(parents=True)
    (folder / "a.txt").write_text(ARABIC_PARAGRAPH, encoding="utf-8")
    with zipfile.ZipFile(folder / "notes" / "تقرير.odt", "w") as odt:
        odt.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        odt.writestr("content.xml", "<office:document-content/>")
    (folder / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / ".thumbs.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # hidden
    (folder / "README.md").write_text("# corpus\n", encoding="utf-8")
    old_run = folder / "runs" / "old"  # a run folder: its tables and figures are no inputs
    (old_run / "tables").mkdir(parents=True)
    (old_run / "araseclit.duckdb").write_bytes(b"")
    (old_run / "tables" / "documents.parquet").write_bytes(b"PAR1")
    (old_run / "report.html").write_text("<html></html>", encoding="utf-8")
    return folder


def test_files_of_other_types_are_listed_hidden_readme_and_runs_are_not(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    unread = [folder / "notes" / "تقرير.odt", folder / "scan.png"]
    assert find_inputs([folder]) == ([folder / "a.txt"], unread)
    # a file given by name is read, whatever it is
    assert find_inputs([folder / "a.txt"]) == ([folder / "a.txt"], [])


def test_a_run_walks_each_input_folder_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The documents and the files not read come from one walk of a folder: a corpus on a
    network drive, or of tens of thousands of files, is not listed twice."""
    import araseclit.run

    folder = _folder(tmp_path)
    walks: list[Path] = []
    rglob = Path.rglob

    def counted(self: Path, pattern: str):  # type: ignore[no-untyped-def]
        walks.append(self)
        return rglob(self, pattern)

    monkeypatch.setattr(Path, "rglob", counted)
    monkeypatch.setattr(araseclit.run, "_analyze_locked", lambda files, *a: ({}, []))
    araseclit.analyze([folder], pipeline="audit", out=tmp_path / "run")
    assert walks == [folder]


@pytest.mark.slow
def test_a_run_records_every_file_it_did_not_read(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    out = folder / "out"  # the run's own output inside the folder it reads
    for _ in range(2):  # the second run finds its own output and the stored E004 rows
        run = araseclit.analyze([folder], pipeline="audit", out=out)
        unread = run.errors[run.errors["code"] == "E004"]
        assert sorted(unread["path"]) == [
            str(folder / "notes" / "تقرير.odt"),
            str(folder / "scan.png"),
        ]
        assert set(unread["stage"]) == {"ingest"} and set(unread["severity"]) == {"error"}
        assert list(run.documents["path"]) == [str(folder / "a.txt")]
