"""Records (dicts) to DataFrames with the fixed run-table columns."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

from araseclit.store.schema import TABLES, columns

_PANDAS_TYPES = {"INTEGER": "Int64", "DOUBLE": "float64", "BOOLEAN": "boolean"}


def to_frame(table: str, records: Iterable[Mapping[str, object]]) -> pd.DataFrame:
    """A DataFrame with exactly ``table``'s columns, in order.

    A missing key becomes null; an unknown key raises ``ValueError`` so a stage cannot
    change a schema silently.
    """
    cols = columns(table)
    rows = []
    for rec in records:
        extra = set(rec) - set(cols)
        if extra:
            raise ValueError(f"{table}: unknown column(s) {sorted(extra)}")
        rows.append([rec.get(c) for c in cols])
    return _cast(table, pd.DataFrame(rows, columns=cols, dtype=object))


def _cast(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Give ``frame``'s columns the dtypes of ``table``'s SQL types (in place)."""
    for name, sql_type in TABLES[table]:
        if sql_type in _PANDAS_TYPES:
            frame[name] = frame[name].astype(_PANDAS_TYPES[sql_type])
        elif sql_type == "VARCHAR":
            frame[name] = frame[name].astype("string")
        elif sql_type.endswith("[]"):
            frame[name] = frame[name].map(lambda v: [] if v is None else [str(x) for x in v])
    return frame


def empty_frame(table: str) -> pd.DataFrame:
    """An empty DataFrame with ``table``'s columns and dtypes."""
    return to_frame(table, [])


def conform(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` (e.g. read back from Parquet) with ``table``'s columns, order and dtypes."""
    if frame.empty:
        return empty_frame(table)
    missing = [c for c in columns(table) if c not in frame.columns]
    if missing:
        raise ValueError(f"{table}: missing column(s) {missing}")
    return _cast(table, frame[columns(table)].copy()).reset_index(drop=True)
