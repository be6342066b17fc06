"""A read-only ``str -> integer`` table in one file that is memory-mapped, not parsed.

The text models hold about a million keyed numbers (n-gram log probabilities, word pair
counts, word frequencies). As Python dicts parsed from JSON they took 1.5 s and some 190 MB
to load for every command, even for a file of one line. In this form a command maps the
file and touches only the pages of the keys it asks for.

Layout (little-endian; every section starts on an 8-byte boundary)::

    MAGIC  uint32 header length  header (UTF-8 JSON)  sections...

The header names the sections (byte offset, length, array type code) and carries the
model's own metadata (``meta``). Sections: ``slots`` (an open-addressing hash table of
entry number + 1, 0 for empty, probed linearly from ``crc32(key) & (size - 1)``),
``offsets`` (where each entry's UTF-8 key starts in ``key_bytes``, one more for the
end), ``key_bytes`` and one array per value column. Entries keep the order they were written in.
"""

from __future__ import annotations

import json
import mmap
import os
import sys
import zlib
from array import array
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

MAGIC = b"ARTABLE1"
#: the hash table is kept at most this full (probes stay short: ~1.5 on average)
MAX_LOAD = 0.65
_ALIGN = 8
#: looked-up keys a :class:`TableMap` remembers before it starts afresh
MEMO_SIZE = 500_000
_UNSEEN = object()
_V = TypeVar("_V")


class TableError(ValueError):
    """A table file that is not one, or of another format version."""


class StringTable:
    """Entries ``0 .. n-1``, each a string key and one integer per value column."""

    def __init__(self, buffer: Any, source: str = "<memory>") -> None:
        view = memoryview(buffer)
        if bytes(view[: len(MAGIC)]) != MAGIC:
            raise TableError(f"not an araseclit table: {source}")
        size = int.from_bytes(view[8:12], "little")
        try:
            header = json.loads(bytes(view[12 : 12 + size]).decode("utf-8"))
        except ValueError as exc:
            raise TableError(f"a damaged table header: {source}") from exc
        self.meta: dict[str, Any] = header["meta"]
        self.source = source
        self._buffer = buffer  # keeps the mapping open as long as the table lives
        sections = {
            name: _section(view, offset, length, code)
            for name, (offset, length, code) in header["sections"].items()
        }
        self._slots = sections.pop("slots")
        self._offsets = sections.pop("offsets")
        self._key_view = sections.pop("key_bytes")
        self._columns = sections
        self._mask = len(self._slots) - 1
        self._key_list: list[str] | None = None

    @classmethod
    def open(cls, path: Path) -> StringTable:
        """Map the table file at ``path`` (read only; pages are read as keys are asked)."""
        with path.open("rb") as fh:
            buffer = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        return cls(buffer, str(path))

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def index(self, key: str) -> int:
        """The entry number of ``key``, -1 when the table does not hold it."""
        raw = key.encode("utf-8")
        slots, offsets, keys, mask = self._slots, self._offsets, self._key_view, self._mask
        i = zlib.crc32(raw) & mask
        while True:
            j = slots[i]
            if not j:
                return -1
            j -= 1
            if keys[offsets[j] : offsets[j + 1]] == raw:
                return j
            i = (i + 1) & mask

    def key(self, j: int) -> str:
        """The key of entry ``j``."""
        return bytes(self._key_view[self._offsets[j] : self._offsets[j + 1]]).decode("utf-8")

    def keys(self) -> Iterator[str]:
        """Every key, in the order the entries were written."""
        return (self.key(j) for j in range(len(self)))

    def key_list(self) -> list[str]:
        """Every key, in the order written, decoded once (kept: each column's dict uses it)."""
        if self._key_list is None:
            keys, offsets = self._key_view, self._offsets
            self._key_list = [
                bytes(keys[offsets[j] : offsets[j + 1]]).decode("utf-8") for j in range(len(self))
            ]
        return self._key_list

    def column(self, name: str) -> Sequence[int]:
        """The integers of value column ``name``, by entry number."""
        return self._columns[name]  # type: ignore[no-any-return]

    @property
    def columns(self) -> list[str]:
        return list(self._columns)


class TableMap(Mapping[str, _V], Generic[_V]):
    """One value column of a :class:`StringTable` read as a mapping: ``decode`` turns the
    stored integer into the value; entries whose integer is ``missing`` are not in it."""

    def __init__(
        self,
        table: StringTable,
        column: str,
        decode: Callable[[int], _V],
        missing: int | None = None,
    ) -> None:
        self.table = table
        self._values = table.column(column)
        self._decode = decode
        self._missing = missing
        self._seen: dict[str, _V | None] = {}
        self._slots, self._offsets = table._slots, table._offsets
        self._keys, self._mask = table._key_view, table._mask

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        # the scorers ask for the same keys over and over: a found value is remembered
        value = self._seen.get(key, _UNSEEN)
        if value is _UNSEEN:
            if len(self._seen) > MEMO_SIZE:
                self._seen.clear()
            stored = self._missing
            raw = key.encode("utf-8")
            slots, offsets, keys, mask = self._slots, self._offsets, self._keys, self._mask
            i = zlib.crc32(raw) & mask
            while j := slots[i]:  # StringTable.index, inline: this is the scorer's hot path
                if keys[offsets[j - 1] : offsets[j]] == raw:
                    stored = self._values[j - 1]
                    break
                i = (i + 1) & mask
            value = self._seen[key] = None if stored == self._missing else self._decode(stored)
        return default if value is None else value

    @property
    def looked_up(self) -> int:
        """How many distinct keys were looked up in the table (since the memo was cleared)."""
        return len(self._seen)

    def to_dict(self) -> dict[str, _V]:
        """The column as a plain dict (what a long run looks keys up in: a dict lookup costs
        a fraction of this class's hashing in Python)."""
        values, missing, decode = self._values, self._missing, self._decode
        return {
            k: decode(v) for k, v in zip(self.table.key_list(), values, strict=True) if v != missing
        }

    def __getitem__(self, key: str) -> _V:
        j = self.table.index(key)
        if j < 0 or self._values[j] == self._missing:
            raise KeyError(key)
        return self._decode(self._values[j])

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        j = self.table.index(key)
        return j >= 0 and self._values[j] != self._missing

    def __iter__(self) -> Iterator[str]:
        values, missing = self._values, self._missing
        return (self.table.key(j) for j in range(len(self.table)) if values[j] != missing)

    def __len__(self) -> int:
        if self._missing is None:
            return len(self.table)
        return sum(1 for v in self._values if v != self._missing)


def _section(view: memoryview, offset: int, length: int, code: str) -> Any:
    if offset + length > len(view):
        raise TableError("the table file is cut short")
    part = view[offset : offset + length]
    if code == "B":
        return part
    if sys.byteorder == "little":
        return part.cast(code)
    swapped = array(code, bytes(part))  # a big-endian machine reads a copy, swapped
    swapped.byteswap()
    return swapped


def build(
    keys: Sequence[str], columns: Mapping[str, tuple[str, Sequence[int]]], meta: Mapping[str, Any]
) -> bytes:
    """The bytes of a table of ``keys`` (distinct) with ``columns`` (name -> (array type
    code, one integer per key)) and ``meta``, JSON metadata kept in the header."""
    encoded = [k.encode("utf-8") for k in keys]
    size = 1
    while size * MAX_LOAD < len(encoded):
        size *= 2
    slots = array("I", bytes(4 * size))
    mask = size - 1
    for j, raw in enumerate(encoded):
        i = zlib.crc32(raw) & mask
        while slots[i]:
            i = (i + 1) & mask
        slots[i] = j + 1
    offsets = array("I", [0])
    total = 0
    for raw in encoded:
        total += len(raw)
        offsets.append(total)
    arrays: dict[str, tuple[str, bytes]] = {
        "slots": ("I", _little(slots)),
        "offsets": ("I", _little(offsets)),
        "key_bytes": ("B", b"".join(encoded)),
    }
    for name, (code, values) in columns.items():
        if len(values) != len(encoded):
            raise TableError(f"column {name!r}: {len(values)} values for {len(encoded)} keys")
        arrays[name] = (code, _little(array(code, values)))
    if len(set(encoded)) != len(encoded):
        raise TableError("duplicate keys")
    return _assemble(arrays, dict(meta))


def _little(values: array[int]) -> bytes:
    if sys.byteorder != "little":
        values = array(values.typecode, values)
        values.byteswap()
    return values.tobytes()


def _assemble(arrays: dict[str, tuple[str, bytes]], meta: dict[str, Any]) -> bytes:
    """Header and sections laid out; the header's offsets depend on its own length, so it is
    padded to a fixed size first and then filled in."""
    sections: dict[str, list[Any]] = {}
    header_size = 4096
    while True:
        offset = _pad(len(MAGIC) + 4 + header_size)
        for name, (code, data) in arrays.items():
            sections[name] = [offset, len(data), code]
            offset = _pad(offset + len(data))
        header = json.dumps({"meta": meta, "sections": sections}, ensure_ascii=False).encode()
        if len(header) <= header_size:
            break
        header_size *= 2
    out = bytearray(MAGIC + header_size.to_bytes(4, "little"))
    out += header.ljust(header_size, b" ")
    for name, (_, data) in arrays.items():
        out += bytes(sections[name][0] - len(out))
        out += data
    return bytes(out)


def _pad(n: int) -> int:
    return (n + _ALIGN - 1) // _ALIGN * _ALIGN


def write(path: Path, data: bytes) -> None:
    """Write table bytes to ``path`` through a temporary file and a rename, so that a reader
    (another process building the same table at once) never maps half a file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
