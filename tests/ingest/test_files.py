"""Regular files only, never more bytes than the limit: a FIFO must not block and a link to
``/dev/zero`` must not read forever (each tried in a child process with a time limit)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from araseclit.errors import InputError
from araseclit.ingest import read
from araseclit.ingest.files import read_regular
from conftest import ARABIC_PARAGRAPH
from reading_support import SRC, read_isolated

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and /dev are POSIX")


@posix_only
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "مقالة.txt"
    os.mkfifo(fifo)  # nobody writes to it: opening it for reading would wait forever
    result = read_isolated(fifo, timeout=20)
    assert (result.code, result.message) == (
        "E009",
        f"not a regular file (fifo): {fifo} (only regular files are read)",
    )


@posix_only
@pytest.mark.parametrize(
    ("device", "kind"), [("/dev/zero", "character device"), ("/dev/null", "character device")]
)
def test_a_link_to_a_device_is_refused_before_reading(
    tmp_path: Path, device: str, kind: str
) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    link = tmp_path / "بحث.txt"
    link.symlink_to(device)
    result = read_isolated(link, timeout=20)
    assert result.code == "E009"
    assert result.message.startswith(f"not a regular file ({kind}): {link}")
    assert result.cpu_s < 1 and result.peak_mb < 16


@posix_only
def test_the_cli_reports_a_fifo_on_one_line(tmp_path: Path) -> None:
    fifo = tmp_path / "ورقة\nثانية.txt"
    os.mkfifo(fifo)
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("ARASECLIT_DEBUG", None)
    done = subprocess.run(
        [sys.executable, "-m", "araseclit.cli", "text", str(fifo)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert "[E009]" in line
    assert line.endswith(
        f"not a regular file (fifo): {tmp_path}/ورقة\\nثانية.txt (only regular files are read)"
    )


def test_a_link_to_a_regular_file_is_read(tmp_path: Path) -> None:
    target = tmp_path / "paper.txt"
    target.write_text(ARABIC_PARAGRAPH, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert read(link).text == read(target).text


@pytest.mark.skipif(not Path("/proc/self/maps").is_file(), reason="needs Linux /proc")
def test_the_byte_cap_holds_while_reading() -> None:
    # /proc files say they are empty (st_size 0) and are not: as a file growing after its
    # size was checked, only reading finds out
    maps = Path("/proc/self/maps")
    assert os.stat(maps).st_size == 0
    with pytest.raises(InputError) as info:
        read_regular(maps, limit=1024)
    assert info.value.code == "E006"
    assert len(read_regular(maps, limit=10 * 2**20)) > 1024


def test_size_and_presence_are_still_checked(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(ARABIC_PARAGRAPH.encode() * 4)
    with pytest.raises(InputError) as info:
        read_regular(big, limit=100)
    assert info.value.code == "E006"
    assert read_regular(big) == big.read_bytes()
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    for path, code in ((tmp_path / "missing.txt", "E001"), (loop, "E001"), (tmp_path, "E004")):
        with pytest.raises(InputError) as info:
            read_regular(path)
        assert info.value.code == code
