"""A folder of Arabic, English and Persian papers runs through ``analyze`` (issue 13): no
paper refused, each stored with its language, and the citation audit of the English and the
Persian paper equals their hand-written keys (benchmarks/data/citations/styles/*.gold.tsv)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from araseclit.cite import audit

ROOT = Path(__file__).parents[1]
STYLES = ROOT / "benchmarks" / "data" / "citations" / "styles"
PAPERS = {
    "01_ngos_national_security.txt": ROOT / "corpora" / "sample" / "sources",
    "dev_en_scottish_apa.txt": STYLES,  # APA 7, English (CC BY-SA 4.0, see SOURCES.tsv)
    "dev_fa_korea.txt": STYLES,  # Persian author-date (CC BY-SA 4.0)
}


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    import araseclit
    from araseclit.store import load_tables

    folder = tmp_path_factory.mktemp("mixed")
    for name, where in PAPERS.items():
        shutil.copy(where / name, folder / name)
    run = araseclit.analyze([folder], pipeline="audit", out=folder / "run")
    return load_tables(run.path)


def _doc_id(tables: dict[str, pd.DataFrame], name: str) -> str:
    docs = tables["documents"]
    return str(docs[docs["path"].map(lambda p: Path(p).name) == name]["doc_id"].iloc[0])


def _audit(tables: dict[str, pd.DataFrame], name: str) -> dict[str, object]:
    doc_id = _doc_id(tables, name)
    cits = tables["citations"][tables["citations"]["doc_id"] == doc_id].to_dict("records")
    refs = tables["references"][tables["references"]["doc_id"] == doc_id].to_dict("records")
    return audit(cits, refs, doc_id=doc_id)


def test_every_paper_is_analysed_with_its_language(tables: dict[str, pd.DataFrame]) -> None:
    docs = tables["documents"]
    found = dict(zip(docs["path"].map(lambda p: Path(p).name), docs["language"], strict=True))
    assert found == {
        "01_ngos_national_security.txt": "ar",
        "dev_en_scottish_apa.txt": "en",
        "dev_fa_korea.txt": "fa",
    }
    errors = tables["errors"]
    assert not (errors["severity"] == "error").any()


@pytest.mark.parametrize(
    ("name", "n_citations", "n_works", "n_references", "missing", "uncited"),
    [
        # keys: 8 citations of 7 and 8 works, 7 and 8 entries; Bradbury 2008 and Hecker 2010
        # have no entry, Brown 2000 and Smith 2015 are never cited
        ("dev_en_scottish_apa.txt", 8, 7, 7, ("Bradbury", "2008"), "Brown, A. (2000)"),
        ("dev_fa_korea.txt", 8, 8, 8, ("Hecker", "2010"), "Smith, H. (2015)"),
    ],
)
def test_the_audit_of_english_and_persian_papers_equals_the_key(
    tables: dict[str, pd.DataFrame],
    name: str,
    n_citations: int,
    n_works: int,
    n_references: int,
    missing: tuple[str, str],
    uncited: str,
) -> None:
    result = _audit(tables, name)
    assert (result["citations"], result["references"]) == (n_citations, n_references)
    assert (result["works_cited"], result["matched"]) == (n_works, n_works - 1)
    assert [(m["author"], m["year_text"]) for m in result["missing_references"]] == [missing]  # type: ignore[attr-defined]
    (only,) = result["uncited_references"]  # type: ignore[misc]
    assert str(only.get("raw") if isinstance(only, dict) else only).startswith(uncited)


def test_the_report_audits_every_paper(tables: dict[str, pd.DataFrame]) -> None:
    from araseclit.report.sections import audit_section

    html = audit_section(tables)
    for name in PAPERS:
        assert _doc_id(tables, name) in html
