"""Records of one long document written table by table as they come, and read back as frames.

A document cut into chunks (:func:`araseclit.pipeline.annotate.annotate`) gives its records
chunk by chunk; a :class:`Spill` writes each batch as a Parquet row group of its table in a
folder of its own, so that no process holds the whole document's records (issue 12: 202,920
mention, 78,599 sentence and 61,489 claim records of a 20 MB book, as dicts, were most of what
grew with its length). :meth:`SpilledRecords.frame` reads a table back as the run table
:func:`araseclit.store.frames.to_frame` makes of the same records, row for row and type for
type; the corpus run keeps frames, whose strings Arrow holds, not the records.

A :class:`SpilledRecords` is small and picklable (the folder and the row counts): a pool worker
returns it to the process that reads the frames, on the same machine.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from araseclit.store.schema import TABLES

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

SPILL_PREFIX = "araseclit-spill-"


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of ``table``'s columns (``VARCHAR[]`` a list of strings)."""
    import pyarrow as pa

    types = {
        "VARCHAR": pa.string(),
        "INTEGER": pa.int64(),
        "DOUBLE": pa.float64(),
        "BOOLEAN": pa.bool_(),
        "VARCHAR[]": pa.list_(pa.string()),
    }
    return pa.schema([(name, types[sql_type]) for name, sql_type in TABLES[table]])


@dataclass
class SpilledRecords:
    """The tables a :class:`Spill` wrote (``folder/<table>.parquet``, rows per table) for the
    document ``doc_id``, and its warning rows (``errors``, kept as records)."""

    folder: Path
    rows: dict[str, int] = field(default_factory=dict)
    doc_id: str = ""
    errors: list[dict[str, object]] = field(default_factory=list)
    #: the tables read back by :meth:`load` (then the folder is gone)
    frames: dict[str, pd.DataFrame] | None = None

    def frame(self, table: str) -> pd.DataFrame:
        """``table``'s rows as :func:`~araseclit.store.frames.to_frame` makes them."""
        from araseclit.store.frames import _cast, empty_frame

        if self.frames is not None:
            return self.frames.get(table, empty_frame(table))
        if not self.rows.get(table):
            return empty_frame(table)
        import pandas as pd
        import pyarrow as pa
        import pyarrow.parquet as pq

        # integers and booleans with nulls as pandas' nullable types (not floats and objects)
        nullable = {pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}
        arrow = pq.read_table(self.folder / f"{table}.parquet")
        return _cast(table, arrow.to_pandas(types_mapper=nullable.get))

    def load(self) -> SpilledRecords:
        """Every table read into :attr:`frames` and the folder removed: to send the records
        to a process on another machine (a Dask worker's result)."""
        if self.frames is None:
            self.frames = {table: self.frame(table) for table in self.rows}
            self.discard()
        return self

    def discard(self) -> None:
        """Remove the folder (the frames read from it stay)."""
        shutil.rmtree(self.folder, ignore_errors=True)


class Spill:
    """Writes batches of records, table by table, into a new folder under ``under`` (default:
    the system's temporary folder); :meth:`close` gives the :class:`SpilledRecords`."""

    def __init__(self, under: str | Path | None = None) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix=SPILL_PREFIX, dir=under))
        self._writers: dict[str, object] = {}
        self.rows: dict[str, int] = {}

    def write(self, table: str, records: Sequence[Mapping[str, object]]) -> None:
        """Append ``records`` (run-table records of ``table``) as one row group."""
        if not records:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        from araseclit.store.frames import check_records

        rows = list(records)
        check_records(table, rows)
        schema = arrow_schema(table)
        batch = pa.Table.from_pylist(rows, schema=schema)
        writer = self._writers.get(table)
        if writer is None:
            writer = pq.ParquetWriter(self.folder / f"{table}.parquet", schema)
            self._writers[table] = writer
        writer.write_table(batch)  # type: ignore[attr-defined]
        self.rows[table] = self.rows.get(table, 0) + len(records)

    def close(
        self, doc_id: str = "", errors: list[dict[str, object]] | None = None
    ) -> SpilledRecords:
        """Finish every table; the records of document ``doc_id`` with its warning rows."""
        for writer in self._writers.values():
            writer.close()  # type: ignore[attr-defined]
        self._writers.clear()
        return SpilledRecords(self.folder, dict(self.rows), doc_id, list(errors or []))

    def discard(self) -> None:
        """Close and remove everything written (a document that failed half way)."""
        for writer in self._writers.values():
            with contextlib.suppress(Exception):  # the folder goes anyway
                writer.close()  # type: ignore[attr-defined]
        self._writers.clear()
        shutil.rmtree(self.folder, ignore_errors=True)
