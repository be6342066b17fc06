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


def from_frame(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """:func:`to_frame` of ``frame``'s rows, made column by column: the same columns, values
    and types without a dict per row (a corpus step's frame has 10^5 rows and more)."""
    cols = columns(table)
    extra = set(frame.columns) - set(cols)
    if extra:
        raise ValueError(f"{table}: unknown column(s) {sorted(extra)}")
    values = {
        c: frame[c].to_numpy(dtype=object) if c in frame.columns else [None] * len(frame)
        for c in cols
    }
    return _cast(table, pd.DataFrame(values, columns=cols, dtype=object))


#: Python types every value of an SQL type may have and that :func:`_cast` always accepts
#: (``bool`` is an ``int``); ``None`` is null in every column
_PLAIN_TYPES: dict[str, tuple[type, ...]] = {
    "INTEGER": (int,),
    "DOUBLE": (float, int),
    "BOOLEAN": (bool,),
    "VARCHAR": (str,),
}
_INT64 = range(-(2**63), 2**63)


def check_records(table: str, records: list[Mapping[str, object]]) -> None:
    """Raise as :func:`to_frame` would on ``records``, without building a DataFrame.

    Rows of plain values (``int``, ``float``, ``bool``, ``str``, lists, ``None``, as every
    stage writes them) are checked here in Python; a table with any other value goes
    through :func:`to_frame`, which decides. Per document, pandas cost more than the
    document's records.
    """
    known = set(columns(table))
    checks = [(name, _PLAIN_TYPES.get(sql_type)) for name, sql_type in TABLES[table]]
    for rec in records:
        if not known.issuperset(rec):
            raise ValueError(f"{table}: unknown column(s) {sorted(set(rec) - known)}")
        for name, plain in checks:
            value = rec.get(name)
            if value is None:
                continue
            if plain is None:  # a list column
                if isinstance(value, (list, tuple)):
                    continue
            elif isinstance(value, plain) and (plain[0] is not int or value in _INT64):
                continue
            to_frame(table, records)  # not a plain value: pandas says whether it casts
            return


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
