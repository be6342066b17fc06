"""The run store: one DuckDB file plus one Parquet file per run table, written atomically.

Everything is first written into a fresh directory beside the target, then moved into
place file by file with :func:`os.replace` (atomic on one file system): an interrupted run
leaves the previous store readable, and a reader never sees a half-written file.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import duckdb
import pandas as pd

from araseclit.errors import InputError
from araseclit.store.frames import conform, empty_frame, to_frame
from araseclit.store.schema import TABLES, columns

DB_NAME = "araseclit.duckdb"
TABLE_DIR = "tables"
REPORT_NAME = "report.html"
FIGURE_DIR = "figures"

__all__ = [
    "DB_NAME",
    "REPORT_NAME",
    "TABLE_DIR",
    "empty_frame",
    "load_tables",
    "to_frame",
    "write_store",
]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _create_sql(table: str) -> str:
    cols = ", ".join(f"{_quote(name)} {sql_type}" for name, sql_type in TABLES[table])
    return f"CREATE TABLE {_quote(table)} ({cols})"


def _write_database(folder: Path, tables: dict[str, pd.DataFrame]) -> None:
    con = duckdb.connect(str(folder / DB_NAME))
    try:
        (folder / TABLE_DIR).mkdir()
        for table in TABLES:
            frame = tables.get(table)
            frame = empty_frame(table) if frame is None else frame[columns(table)]
            con.execute(_create_sql(table))
            con.register("frame_view", frame)
            col_list = ", ".join(_quote(c) for c in columns(table))
            con.execute(f"INSERT INTO {_quote(table)} SELECT {col_list} FROM frame_view")
            con.unregister("frame_view")
            target = folder / TABLE_DIR / f"{table}.parquet"
            con.execute(f"COPY {_quote(table)} TO '{target.as_posix()}' (FORMAT PARQUET)")
    finally:
        con.close()


def write_store(
    out: str | Path,
    tables: dict[str, pd.DataFrame],
    report_html: str,
    figures: dict[str, bytes] | None = None,
) -> Path:
    """Write ``tables``, the report and ``figures`` (name -> PNG bytes, into ``out/figures``)
    into ``out`` atomically; returns ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".araseclit-staging-", dir=out))
    try:
        _write_database(staging, tables)
        (staging / REPORT_NAME).write_text(report_html, encoding="utf-8")
        for name, data in (figures or {}).items():
            (staging / FIGURE_DIR).mkdir(exist_ok=True)
            (staging / FIGURE_DIR / name).write_bytes(data)
        target_tables = out / TABLE_DIR
        (target_tables).mkdir(exist_ok=True)
        for parquet in sorted((staging / TABLE_DIR).iterdir()):
            os.replace(parquet, target_tables / parquet.name)
        os.replace(staging / DB_NAME, out / DB_NAME)
        if figures:
            (out / FIGURE_DIR).mkdir(exist_ok=True)
            for name in figures:
                os.replace(staging / FIGURE_DIR / name, out / FIGURE_DIR / name)
        os.replace(staging / REPORT_NAME, out / REPORT_NAME)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return out


def load_tables(out: str | Path) -> dict[str, pd.DataFrame]:
    """Every run table of the store in ``out`` as a DataFrame (empty when absent)."""
    out = Path(out)
    if not (out / DB_NAME).is_file():
        raise InputError("E050", path=str(out))
    tables: dict[str, pd.DataFrame] = {}
    for table in TABLES:
        parquet = out / TABLE_DIR / f"{table}.parquet"
        if parquet.is_file():
            tables[table] = conform(table, pd.read_parquet(parquet))
        else:
            tables[table] = empty_frame(table)
    return tables
