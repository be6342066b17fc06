"""The run store: one DuckDB file plus one Parquet file per run table, and the report.

A run is written into a staging folder and published in one atomic step (a symlink
swapped by rename, see :mod:`araseclit.store.publish`), under the exclusive lock of the run
folder (:mod:`araseclit.store.lock`): readers of the DuckDB file, the Parquet tables, the
report or the topic model always see one complete run, whatever stops a writer, and two
writers never share a folder. ``out/araseclit.duckdb``, ``out/tables/<table>.parquet``,
``out/report.html`` and ``out/topic_model`` are links into the current run. Every Parquet file carries the run id
(key ``run_id`` of its metadata), as does the ``run_info`` table.
"""

from __future__ import annotations

import secrets
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from araseclit.errors import InputError, StoreError
from araseclit.store import publish
from araseclit.store.lock import run_lock
from araseclit.store.publish import (
    DB_NAME,
    FIGURE_DIR,
    MODEL_DIR,
    REPORT_NAME,
    SAVED_FOLDERS,
    TABLE_DIR,
)
from araseclit.store.saved import SavedWith, attach, attached
from araseclit.store.schema import TABLES, columns

if TYPE_CHECKING:  # pandas and DuckDB load on first use: store.schema must stay light
    import duckdb
    import pandas as pd

INFO_TABLE = "run_info"  # key/value metadata of the run, beside the run tables

__all__ = [
    "DB_NAME",
    "MODEL_DIR",
    "REPORT_NAME",
    "TABLE_DIR",
    "SavedWith",
    "attach",
    "attached",
    "empty_frame",
    "load_info",
    "load_tables",
    "new_run_id",
    "run_lock",
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


def _sql_string(text: str) -> str:
    """``text`` as a SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _sql_path(path: Path) -> str:
    """``path`` as a SQL string literal."""
    return _sql_string(path.as_posix())


def _write_database(
    folder: Path, tables: dict[str, pd.DataFrame], info: dict[str, str] | None = None
) -> None:
    import duckdb

    from araseclit.store.frames import empty_frame

    info = info or {}
    metadata = f"KV_METADATA {{run_id: {_sql_string(info.get('run_id', ''))}}}"
    con = duckdb.connect(str(folder / DB_NAME))
    try:
        (folder / TABLE_DIR).mkdir()
        con.execute(f"CREATE TABLE {INFO_TABLE} (key VARCHAR, value VARCHAR)")
        for key, value in info.items():
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
            con.execute(f"COPY {_quote(table)} TO {_sql_path(target)} (FORMAT PARQUET, {metadata})")
            publish._step_done(f"exported: {table}")
    finally:
        con.close()


def new_run_id() -> str:
    """A run id that sorts by time: ``20250131T235959-1a2b3c``."""
    return time.strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(3)


def write_store(
    out: str | Path,
    tables: dict[str, pd.DataFrame],
    report_html: str,
    figures: dict[str, bytes] | None = None,
    info: dict[str, str] | None = None,
) -> Path:
    """Write ``tables``, the report, ``figures`` (name -> PNG bytes, into ``out/figures``),
    the folders attached to the tables (:func:`attach`: the fitted topic model, into
    ``out/topic_model``) and ``info`` (run metadata such as the pipeline) into ``out`` as one
    new run, published atomically; the run's id is added to ``info`` as ``run_id``.

    Holds the lock of ``out`` (``E054`` if another writer has it; a caller holding it
    already, as :func:`araseclit.analyze` does, keeps it).
    """
    out = Path(out)
    info = {**(info or {}), "run_id": new_run_id()}
    with run_lock(out):
        publish.clean_stale(out)
        staging = publish.new_staging(out)
        try:
            _write_database(staging, tables, info)
            (staging / REPORT_NAME).write_text(report_html, encoding="utf-8")
            (staging / FIGURE_DIR).mkdir()
            for name, data in (figures or {}).items():
                (staging / FIGURE_DIR / name).write_bytes(data)
            _save_folders(staging, tables)
            publish._step_done("staged")
            publish.publish(staging, out, info["run_id"])
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return out


def _save_folders(staging: Path, tables: dict[str, pd.DataFrame]) -> None:
    """Every saved folder of the run, empty when no step attached it (topics failed), so
    ``out/<name>`` always reads the current run's."""
    saved = attached(tables)
    for name in SAVED_FOLDERS:
        (staging / name).mkdir()
        if name in saved:
            saved[name].save(staging / name)
            publish._step_done(f"saved: {name}")


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
