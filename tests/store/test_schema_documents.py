"""The DOCUMENTS run table records each document's language (issue 13): "ar", "fa", "en" or
a mix such as "ar+en"; a store written before the column existed is refused with E051."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from araseclit.errors import StoreError
from araseclit.ingest import read
from araseclit.pipeline.records import document_record
from araseclit.store import DB_NAME, load_tables, to_frame, write_store
from araseclit.store.schema import columns

ARABIC = """تواجه المنظمات غير الحكومية في العراق قيودا أمنية وإدارية متزايدة منذ عام 2014، إذ
تشترط السلطات الحصول على موافقات مسبقة قبل تنفيذ أي نشاط ميداني في المحافظات المحررة
(الشامي، 2015: 40).
"""
ENGLISH = """Non-governmental organisations in Iraq have operated under tightening security and
administrative constraints since 2014 (Keck & Sikkink, 1998, p. 12), and donor funding has
shaped their priorities more than local needs have (Hough, 2008).
"""
PERSIAN = """سازمان‌های غیردولتی در عراق پس از سال ۱۳۹۳ با محدودیت‌های امنیتی و اداری بیشتری
روبه‌رو شده‌اند و کمک‌های مالی خارجی اولویت‌های این سازمان‌ها را شکل داده است.
"""


def _store(tmp_path: Path) -> Path:
    records = []
    for name, text in (("ar.txt", ARABIC), ("en.txt", ENGLISH), ("fa.txt", PERSIAN),
                       ("mixed.txt", ARABIC + "\n" + ENGLISH)):  # fmt: skip
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        records.append(document_record(read(path), 1))
    out = tmp_path / "run"
    write_store(out, {"documents": to_frame("documents", records)}, "<html></html>")
    return out


def test_language_is_the_last_documents_column() -> None:
    assert columns("documents")[-2:] == ["source_sha256", "language"]


def test_each_document_is_stored_with_its_language(tmp_path: Path) -> None:
    table = load_tables(_store(tmp_path))["documents"]
    found = {Path(p).name: lang for p, lang in zip(table["path"], table["language"], strict=True)}
    assert found == {"ar.txt": "ar", "en.txt": "en", "fa.txt": "fa", "mixed.txt": "en+ar"}


def test_a_store_written_before_the_language_column_gives_e051(tmp_path: Path) -> None:
    out = _store(tmp_path)
    con = duckdb.connect(str(out / DB_NAME))
    try:
        con.execute('ALTER TABLE "documents" DROP COLUMN "language"')
    finally:
        con.close()
    with pytest.raises(StoreError) as err:
        load_tables(out)
    assert err.value.code == "E051" and "language" in str(err.value)
