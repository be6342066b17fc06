"""The memory-mapped table format (:mod:`araseclit.textmodel.table`): every key written is
found with its values, in the order written; keys not written (reversed words, words with
marks, pairs) are not; a file that is not a whole table is refused, not misread."""

from __future__ import annotations

from pathlib import Path

import pytest

from araseclit.textmodel.table import StringTable, TableError, TableMap, build, write

WORDS = [
    "الأمن",
    "الوطني",
    "المنظمات",
    "غير",
    "الحكومية",
    "في",
    "العراق",
    "بغداد",
    "الموصل",
    "ی",  # a Persian letter alone: three UTF-8 bytes per key are no problem
    "Hiltermann",
    "في العراق",  # a pair key, with a space
    "\x02\x02ال",  # n-gram keys start with the sequence-start mark
]


@pytest.fixture
def table(tmp_path: Path) -> StringTable:
    counts = [len(w) * 7 for w in WORDS]
    logp = [-(i * 37) if i % 3 else -32768 for i in range(len(WORDS))]
    data = build(WORDS, {"count": ("I", counts), "logp": ("h", logp)}, {"kind": "test", "n": 13})
    write(tmp_path / "words.tab", data)
    return StringTable.open(tmp_path / "words.tab")


def test_every_key_is_found_with_its_values_in_written_order(table: StringTable) -> None:
    assert [table.index(w) for w in WORDS] == list(range(len(WORDS)))
    assert list(table.keys()) == WORDS
    assert [table.column("count")[table.index(w)] for w in WORDS] == [len(w) * 7 for w in WORDS]
    assert table.meta == {"kind": "test", "n": 13}


@pytest.mark.parametrize("absent", ["نمألا", "الأمنُ", "العراق في", "", "Hiltermann ", "ال"])
def test_keys_not_written_are_not_found(table: StringTable, absent: str) -> None:
    assert table.index(absent) == -1


def test_a_column_read_as_a_mapping_skips_its_missing_marker(table: StringTable) -> None:
    logp: TableMap[float] = TableMap(table, "logp", lambda c: c / 100, -32768)
    stored = [w for i, w in enumerate(WORDS) if i % 3]
    assert list(logp) == stored
    assert len(logp) == len(stored)
    assert logp.get("الوطني") == -0.37
    assert logp.get("الأمن") is None  # written with the missing marker
    assert logp.get("الأمن", 0.0) == 0.0
    assert logp.get("نمألا", 1.5) == 1.5
    assert "العراق" not in logp and "الموصل" in logp
    with pytest.raises(KeyError):
        logp["الأمن"]
    # a second look comes from the remembered answer and gives the same
    assert [logp.get(w) for w in WORDS] == [logp.get(w) for w in WORDS]


def test_many_keys_all_found(tmp_path: Path) -> None:
    # enough keys for long probe runs in the hash table: every one is still found
    keys = [f"{a}{b}{c}" for a in "ابتثجحخدذرزسش" for b in "صضطظعغفقكلمنهوي" for c in "ءآأؤإئ"]
    data = build(keys, {"n": ("I", list(range(len(keys))))}, {})
    table = StringTable(data)
    assert all(table.index(k) == i for i, k in enumerate(keys))
    assert table.index("ابتث") == -1


def test_duplicate_keys_are_refused() -> None:
    with pytest.raises(TableError):
        build(["العراق", "بغداد", "العراق"], {"n": ("I", [1, 2, 3])}, {})


def test_a_column_of_the_wrong_length_is_refused() -> None:
    with pytest.raises(TableError):
        build(["العراق", "بغداد"], {"n": ("I", [1])}, {})


def test_a_file_that_is_no_table_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "structure.tab"
    path.write_text('{"order": 8, "logp": {}}', encoding="utf-8")
    with pytest.raises(TableError):
        StringTable.open(path)


def test_a_cut_table_is_refused(tmp_path: Path) -> None:
    data = build(WORDS, {"n": ("I", list(range(len(WORDS))))}, {})
    path = tmp_path / "cut.tab"
    path.write_bytes(data[: len(data) - 24])
    with pytest.raises(TableError):
        StringTable.open(path)
