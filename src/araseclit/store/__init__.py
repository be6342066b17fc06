"""The run store: one DuckDB file plus one Parquet file per run table, written atomically.

Everything is first written into a fresh staging directory beside the target, then moved
into place file by file with :func:`os.replace` (atomic on one file system), the DuckDB
file last. The DuckDB file is the store's single commit point: :func:`load_tables` (and so
``open_run`` and the merge of a re-run) reads only from it, so an interrupted write leaves
the previous run readable and whole. The Parquet files are exports of the same tables; a
reader of those alone may see a mix of two runs while a write is under way. One writer per
run directory at a time (no lock is taken).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from araseclit.errors import InputError, StoreError
from araseclit.store.schema import TABLES, columns

if TYPE_CHECKING:  # pandas and DuckDB load on first use: store.schema must stay light
    import duckdb
    import pandas as pd

DB_NAME = "araseclit.duckdb"
TABLE_DIR = "tables"
REPORT_NAME = "report.html"
FIGURE_DIR = "figures"
INFO_TABLE = "run_info"  # key/value metadata of the run, beside the run tables

__all__ = [
    "DB_NAME",
    "REPORT_NAME",
    "TABLE_DIR",
    "empty_frame",
    "load_info",
    "load_tables",
    "to_frame",
    "write_store",
]


def __getattr__(name: str) -> Any:
    """``empty_frame`` and ``to_frame`` (pandas) load when first asked for."""
    if name in ("empty_frame", "to_frame"):
        from araseclit.store import frames

        return getattr(frames, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _create_sql(table: str) -> str:
    cols = ", ".join(f"{_quote(name)} {sql_type}" for name, sql_type in TABLES[table])
    return f"CREATE TABLE {_quote(table)} ({cols})"


def _sql_path(path: Path) -> str:
    """``path`` as a SQL string literal."""
    return "'" + path.as_posix().replace("'", "''") + "'"


def _write_database(
    folder: Path, tables: dict[str, pd.DataFrame], info: dict[str, str] | None = None
) -> None:
    import duckdb

    from araseclit.store.frames import empty_frame

    con = duckdb.connect(str(folder / DB_NAME))
    try:
        (folder / TABLE_DIR).mkdir()
        con.execute(f"CREATE TABLE {INFO_TABLE} (key VARCHAR, value VARCHAR)")
        for key, value in (info or {}).items():
            con.execute(f"INSERT INTO {INFO_TABLE} VALUES (?, ?)", [key, value])
        for table in TABLES:
            frame = tables.get(table)
            frame = empty_frame(table) if frame is None else frame[columns(table)]
            con.execute(_create_sql(table))
            con.register("frame_view", frame)
            col_list = ", ".join(_quote(c) for c in columns(table))
            con.execute(f"INSERT INTO {_quote(table)} SELECT {col_list} FROM frame_view")
            con.unregister("frame_view")
            target = folder / TABLE_DIR / f"{table}.parquet"
            con.execute(f"COPY {_quote(table)} TO {_sql_path(target)} (FORMAT PARQUET)")
    finally:
        con.close()


def write_store(
    out: str | Path,
    tables: dict[str, pd.DataFrame],
    report_html: str,
    figures: dict[str, bytes] | None = None,
    info: dict[str, str] | None = None,
) -> Path:
    """Write ``tables``, the report, ``figures`` (name -> PNG bytes, into ``out/figures``)
    and ``info`` (run metadata such as the pipeline) into ``out`` atomically."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob(".araseclit-staging-*"):  # left by a killed earlier run
        shutil.rmtree(stale, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(prefix=".araseclit-staging-", dir=out))
    try:
        _write_database(staging, tables, info)
        (staging / REPORT_NAME).write_text(report_html, encoding="utf-8")
        (staging / FIGURE_DIR).mkdir()
        for name, data in (figures or {}).items():
            (staging / FIGURE_DIR / name).write_bytes(data)
        _publish(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return out


def _publish(staging: Path, out: Path) -> None:
    """Move the staged files into ``out``; the DuckDB file, the commit point, goes last."""
    for sub in (TABLE_DIR, FIGURE_DIR):
        (out / sub).mkdir(exist_ok=True)
        new = {p.name for p in (staging / sub).iterdir()}
        for old in (out / sub).iterdir():
            if old.name not in new and old.suffix in (".parquet", ".png"):
                old.unlink()  # a table or figure this run no longer makes
        for path in sorted((staging / sub).iterdir()):
            os.replace(path, out / sub / path.name)
    os.replace(staging / REPORT_NAME, out / REPORT_NAME)
    os.replace(staging / DB_NAME, out / DB_NAME)


def _connect(out: Path) -> duckdb.DuckDBPyConnection:
    if not (out / DB_NAME).is_file():
        raise InputError("E050", path=str(out))
    import duckdb

    return duckdb.connect(str(out / DB_NAME), read_only=True)


def load_tables(out: str | Path) -> dict[str, pd.DataFrame]:
    """Every run table of the store in ``out`` as a DataFrame (empty when absent).

    Read from the DuckDB file, the store's commit point. Raises ``E050`` when ``out`` holds
    no store and ``E051`` when its tables do not have this version's columns.
    """
    from araseclit.store.frames import conform, empty_frame

    out = Path(out)
    con = _connect(out)
    try:
        present = {row[0] for row in con.execute("SHOW TABLES").fetchall()}
        tables: dict[str, pd.DataFrame] = {}
        for table in TABLES:
            if table not in present:
                tables[table] = empty_frame(table)
                continue
            frame = con.execute(f"SELECT * FROM {_quote(table)}").df()
            try:
                tables[table] = conform(table, frame)
            except ValueError as exc:
                raise StoreError("E051", path=str(out), detail=str(exc)) from exc
        return tables
    finally:
        con.close()


def load_info(out: str | Path) -> dict[str, str]:
    """The run metadata stored with the tables (e.g. ``pipeline``); empty if none."""
    con = _connect(Path(out))
    try:
        present = {row[0] for row in con.execute("SHOW TABLES").fetchall()}
        if INFO_TABLE not in present:
            return {}
        return {
            str(k): str(v)
            for k, v in con.execute(f"SELECT key, value FROM {INFO_TABLE}").fetchall()
        }
    finally:
        con.close()
