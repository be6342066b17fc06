"""wordfreq's lists as tables in the cache directory: built once, mapped afterwards, rebuilt
when the file there is not a whole table, and still right (in memory) when the cache
directory cannot be written; a plain Arabic word's Zipf value needs no wordfreq import."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from araseclit.textmodel import frequency
from araseclit.textmodel.frequency import CACHE_ENV, word_frequencies

pytestmark = pytest.mark.slow  # each build reads wordfreq's English list (321,180 words)

# common English words and ones the list lacks, as a paper's Latin citations give them
WORDS = ["security", "the", "government", "hiltermann", "tripp", "zzyzx", "Security", ""]


@pytest.fixture
def expected() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    freqs = get_frequency_dict("en", "best")
    return {w: freqs.get(w, 0.0) for w in WORDS}


@pytest.fixture
def fresh() -> Iterator[None]:
    """No table this process already mapped (from the default cache directory)."""
    word_frequencies.cache_clear()
    yield
    word_frequencies.cache_clear()


def _lookups() -> dict[str, float]:
    table = word_frequencies("en")
    return {w: table.get(w, 0.0) for w in WORDS}


def test_the_table_is_built_once_then_mapped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None, expected: dict[str, float]
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    assert _lookups() == expected
    (built,) = tmp_path.glob("wordfreq_large_en_*.tab")
    stamp = built.stat().st_mtime_ns
    word_frequencies.cache_clear()

    def no_build(*args: object) -> bytes:
        raise AssertionError("the table was built again")

    monkeypatch.setattr(frequency, "_frequency_table", no_build)
    assert _lookups() == expected
    assert built.stat().st_mtime_ns == stamp


def test_a_damaged_table_is_built_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None, expected: dict[str, float]
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    _lookups()
    (built,) = tmp_path.glob("wordfreq_large_en_*.tab")
    whole = built.read_bytes()
    built.write_bytes(whole[: len(whole) // 2])  # a disk that filled up under another tool
    word_frequencies.cache_clear()
    assert _lookups() == expected
    assert built.read_bytes() == whole


def test_a_cache_directory_that_cannot_be_written_still_gives_the_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None, expected: dict[str, float]
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "araseclit"))
    assert _lookups() == expected


def test_a_plain_arabic_word_is_looked_up_without_wordfreq() -> None:
    word_frequencies("ar")  # the table exists (built by this process if need be)
    code = (
        "import sys\n"
        "from araseclit.textmodel.frequency import arabic_zipf\n"
        "print(arabic_zipf('المنظمات') > 4.0, arabic_zipf('تامظنملا'), 'wordfreq' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "0.0", "False"]
