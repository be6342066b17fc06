"""The run store: fixed schemas, DuckDB and Parquet agree, writes are atomic."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from araseclit.errors import InputError
from araseclit.store import DB_NAME, load_tables, to_frame, write_store
from araseclit.store.schema import TABLES, columns
from tests_support import CLAIM

CITATION = {
    "doc_id": "d1",
    "cit_id": "d1-c0000",
    "sent_id": "d1-s0003",
    "start": 10,
    "end": 31,
    "raw": "(الحميد، 2019: 27)",
    "author": "الحميد",
    "via_original": None,
    "year": 2019,
    "year_text": "2019",
    "calendar": "gregorian",
    "gregorian_year": 2019,
    "page": "27",
    "kind": "parenthetical",
    "number": None,
    "script": "arabic",
    "ref_id": None,
}


def _tables() -> dict[str, pd.DataFrame]:
    return {"citations": to_frame("citations", [CITATION]), "claims": to_frame("claims", [CLAIM])}


def test_to_frame_has_fixed_columns_and_rejects_unknown_keys() -> None:
    frame = to_frame("citations", [{"doc_id": "d1", "cit_id": "x"}])
    assert list(frame.columns) == columns("citations")
    assert frame.loc[0, "year"] is pd.NA
    with pytest.raises(ValueError, match="unknown column"):
        to_frame("citations", [{"doc_id": "d1", "colour": "red"}])


def test_round_trip_through_parquet_and_duckdb(tmp_path: Path) -> None:
    write_store(tmp_path, _tables(), "<html></html>")
    tables = load_tables(tmp_path)
    assert set(tables) == set(TABLES)
    assert tables["citations"].loc[0, "author"] == "الحميد"
    assert tables["claims"].loc[0, "cit_ids"] == ["d1-c0000"]
    assert tables["documents"].empty and list(tables["documents"].columns) == columns("documents")
    con = duckdb.connect(str(tmp_path / DB_NAME), read_only=True)
    assert con.execute('SELECT author, gregorian_year FROM "citations"').fetchall() == [
        ("الحميد", 2019)
    ]
    names = {row[0] for row in con.execute("SHOW TABLES").fetchall()}
    con.close()
    assert names == {*TABLES, "run_info"}


def test_interrupted_write_leaves_previous_store_readable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_store(tmp_path, _tables(), "<html>first</html>", info={"pipeline": "default"})

    def explode(folder: Path, tables: dict[str, pd.DataFrame], info: object = None) -> None:
        (folder / "tables").mkdir()
        (folder / "tables" / "citations.parquet").write_bytes(b"half")
        raise KeyboardInterrupt

    monkeypatch.setattr("araseclit.store._write_database", explode)
    with pytest.raises(KeyboardInterrupt):
        write_store(tmp_path, {}, "<html>second</html>")
    tables = load_tables(tmp_path)
    assert len(tables["citations"]) == 1
    assert (tmp_path / "report.html").read_text(encoding="utf-8") == "<html>first</html>"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".araseclit-staging")]


def test_out_path_with_a_quote(tmp_path: Path) -> None:
    out = tmp_path / "l'analyse"
    write_store(out, _tables(), "<html></html>", info={"pipeline": "audit"})
    assert len(pd.read_parquet(out / "tables" / "citations.parquet")) == 1
    from araseclit.store import load_info

    info = load_info(out)
    assert info["pipeline"] == "audit" and info["run_id"]


def test_figures_of_an_earlier_run_do_not_linger(tmp_path: Path) -> None:
    write_store(tmp_path, _tables(), "<html></html>", figures={"framing.png": b"\x89PNG"})
    assert (tmp_path / "figures" / "framing.png").is_file()
    write_store(tmp_path, _tables(), "<html></html>")
    assert not (tmp_path / "figures" / "framing.png").exists()


def test_opening_a_non_run_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        load_tables(tmp_path)
    assert info.value.code == "E050"


def test_derived_table_schemas_match_their_producers() -> None:
    from araseclit.claims.graph import CLAIM_GRAPH_COLUMNS, COOCCURRENCE_COLUMNS
    from araseclit.topics import FRAMING_COLUMNS

    assert columns("framing") == list(FRAMING_COLUMNS)
    assert columns("claim_graph") == list(CLAIM_GRAPH_COLUMNS)
    assert columns("cooccurrence") == list(COOCCURRENCE_COLUMNS)


PAPER = """ملخص البحث

تتناول هذه الدراسة دور المنظمات غير الحكومية في إعادة بناء الثقة بعد عام 2014.

1. المقدمة

تسهم منظمات المجتمع المدني في المصالحة المجتمعية في المحافظات المحررة.

1.1 الإطار النظري

يستند البحث إلى مفهوم الأمن المجتمعي عند بوزان.

2. الخاتمة

تخلص الدراسة إلى أن الشراكة مع الدولة شرط للاستدامة.

الهوامش

1. انظر تقرير بعثة الأمم المتحدة لمساعدة العراق لعام 2019.

المصادر

أولًا: المصادر العربية

الحميد، هدى (2019). المجتمع المدني وإعادة تشكيل المجال العام. بغداد: بيت الحكمة.

ثانيًا: المصادر الأجنبية

Dodge, T. (2012). Iraq: From War to a New Authoritarianism. London: IISS.
"""


def test_sections_table_has_the_section_type_of_every_section() -> None:
    import spacy

    from araseclit.pipeline import extensions  # noqa: F401  (registers doc._.doc_id)
    from araseclit.segment.component import Segmenter
    from araseclit.segment.sections import SECTION_TYPES

    doc = spacy.blank("ar")(PAPER)
    doc._.doc_id = "d1"
    Segmenter()(doc)
    records = doc._.sections
    assert all(set(rec) == set(columns("sections")) for rec in records)  # producer = schema
    frame = to_frame("sections", records)
    kinds = dict(zip(frame["title"], frame["section_type"], strict=True))
    assert kinds == {
        "ملخص البحث": "abstract",
        "المقدمة": "body",
        "الإطار النظري": "body",
        "الخاتمة": "body",
        "الهوامش": "footnotes",
        "المصادر": "reference_list",
        "المصادر العربية": "reference_list",
        "المصادر الأجنبية": "reference_list",
    }
    assert set(frame["section_type"]) <= set(SECTION_TYPES)
    assert dict(TABLES["sections"])["section_type"] == "VARCHAR"


def test_section_types_survive_the_store(tmp_path: Path) -> None:
    from araseclit.segment import find_sections

    records = [
        {"doc_id": "d1", "section_id": f"d1-sec{i}", **s}
        for i, s in enumerate(find_sections(PAPER))
    ]
    write_store(tmp_path, {"sections": to_frame("sections", records)}, "<html></html>")
    stored = load_tables(tmp_path)["sections"]
    assert stored["section_type"].tolist() == [r["section_type"] for r in records]
    con = duckdb.connect(str(tmp_path / DB_NAME), read_only=True)
    try:
        rows = con.execute(
            "SELECT section_type, count(*) FROM sections GROUP BY 1 ORDER BY 1"
        ).fetchall()
    finally:
        con.close()
    assert rows == [("abstract", 1), ("body", 3), ("footnotes", 1), ("reference_list", 3)]
