"""The REFERENCES run table carries each entry's parsed fields (issue 13): family names,
imprint, container and identifiers, as ``cite.parse_fields`` reads them; a store written
before these columns existed is refused with E051, as any store of another version is."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from araseclit.cite import audit, find_citations, find_references
from araseclit.errors import StoreError
from araseclit.store import DB_NAME, load_tables, to_frame, write_store
from araseclit.store.schema import columns

PAPER = """تواجه المنظمات غير الحكومية في العراق قيودا أمنية وإدارية متزايدة (الشامي، 2015: 40)، كما أن
التمويل الخارجي جعل أولوياتها تابعة للمانحين (Keck & Sikkink, 1998, p. 12). ويرى Bedau (1961) أن
العصيان المدني يفترض قبول العقوبة.

المراجع

الشامي، أحمد (2015). فلسفة العقد الاجتماعي من هوبز إلى رولز. بيروت: دار الفارابي.

Bedau, H. A. (1961). On civil disobedience. The Journal of Philosophy, 58(21), 653–665. https://doi.org/10.2307/2023162

Keck, M. E., & Sikkink, K. (1998). Activists beyond borders: Advocacy networks in international politics. Ithaca: Cornell University Press.

Hough, P. (2008). Understanding global security (2nd ed.). London: Routledge.
"""

FIELD_COLUMNS = ["families", "container", "volume", "issue", "pages", "publisher", "place",
                 "doi", "url", "accessed", "entry_type"]  # fmt: skip


def test_references_schema_has_the_field_columns_after_the_old_ones() -> None:
    cols = columns("references")
    assert cols[:10] == ["doc_id", "ref_id", "raw", "authors", "year", "year_text", "calendar",
                         "gregorian_year", "title", "label"]  # fmt: skip
    assert cols[10:] == FIELD_COLUMNS


def test_parsed_fields_reach_the_stored_references_table(tmp_path: Path) -> None:
    _, refs = find_references(PAPER, doc_id="d1")
    write_store(tmp_path, {"references": to_frame("references", refs)}, "<html></html>")
    table = load_tables(tmp_path)["references"]
    rows = {r["families"][0]: r for r in table.to_dict("records")}
    assert list(rows["Keck"]["families"]) == ["Keck", "Sikkink"]
    assert (rows["الشامي"]["publisher"], rows["الشامي"]["place"]) == ("دار الفارابي", "بيروت")
    assert (rows["Bedau"]["container"], rows["Bedau"]["volume"], rows["Bedau"]["issue"]) == (
        "The Journal of Philosophy",
        "58",
        "21",
    )
    assert rows["Bedau"]["doi"] == "10.2307/2023162"
    assert rows["Hough"]["title"] == "Understanding global security"  # the edition left out
    assert [rows[k]["entry_type"] for k in ("الشامي", "Bedau", "Hough")] == [
        "book",
        "article",
        "book",
    ]


def test_the_audit_reads_stored_references(tmp_path: Path) -> None:
    _, refs = find_references(PAPER, doc_id="d1")
    cits = find_citations(PAPER, doc_id="d1", references=refs)
    tables = {"citations": to_frame("citations", cits), "references": to_frame("references", refs)}
    write_store(tmp_path, tables, "<html></html>")
    back = load_tables(tmp_path)
    result = audit(
        back["citations"].to_dict("records"), back["references"].to_dict("records"), "d1"
    )
    assert (result["matched"], result["works_cited"]) == (3, 3)
    assert [list(r["families"]) for r in result["uncited_references"]] == [["Hough"]]


def test_a_store_written_before_the_field_columns_gives_e051(tmp_path: Path) -> None:
    _, refs = find_references(PAPER, doc_id="d1")
    write_store(tmp_path, {"references": to_frame("references", refs)}, "<html></html>")
    con = duckdb.connect(str(tmp_path / DB_NAME))
    try:
        for col in FIELD_COLUMNS:
            con.execute(f'ALTER TABLE "references" DROP COLUMN "{col}"')
    finally:
        con.close()
    with pytest.raises(StoreError) as err:
        load_tables(tmp_path)
    assert err.value.code == "E051" and "families" in str(err.value)
