"""Open an input safely: regular files only, and never more bytes than the size limit.

A FIFO would block a plain ``read_bytes`` forever and a symlink to ``/dev/zero`` would read
until memory runs out; a file that grows while it is read could pass a size check made
before reading. So the path is checked to be a regular file after symlinks are resolved,
opened without blocking, checked again on the open descriptor (a file swapped for a FIFO
in between is caught too), and read in chunks up to one byte past the limit.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from araseclit.errors import InputError

DEFAULT_MAX_MB = 100
_CHUNK = 1 << 20
# what a user is told a special file is, e.g. "fifo" for a named pipe
_KINDS = (
    (stat.S_ISFIFO, "fifo"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISDIR, "directory"),
)
# what Path.exists() took for "no such file": a missing file or folder, a symlink loop
_MISSING = {errno.ENOENT, errno.ENOTDIR, errno.ELOOP, errno.EBADF}
# O_NONBLOCK: opening a FIFO must not wait for a writer (POSIX only; Windows has no FIFOs)
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def max_bytes() -> int:
    """Largest accepted input, from ``ARASECLIT_MAX_MB`` (default 100 MB)."""
    return int(float(os.environ.get("ARASECLIT_MAX_MB", DEFAULT_MAX_MB)) * 1024 * 1024)


def file_kind(mode: int) -> str:
    """What a ``st_mode`` is: ``"regular file"``, ``"fifo"``, ``"character device"`` ..."""
    if stat.S_ISREG(mode):
        return "regular file"
    return next((kind for test, kind in _KINDS if test(mode)), "special file")


def _check_regular(path: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise InputError("E004", path=str(path), suffix="(directory)")
    if not stat.S_ISREG(mode):
        raise InputError("E009", path=str(path), kind=file_kind(mode))


def _too_large(path: Path, size: int, limit: int) -> InputError:
    return InputError("E006", path=str(path), size_mb=size / 2**20, limit_mb=limit // 2**20)


def read_regular(path: str | Path, limit: int | None = None) -> bytes:
    """The bytes of the regular file ``path`` (symlinks followed), at most ``limit`` of them
    (default :func:`max_bytes`).

    Raises ``E001`` when it does not exist, ``E004`` for a directory, ``E009`` for a FIFO,
    device or socket, and ``E006`` when it holds more than ``limit`` bytes, also when it
    grew past the limit after its size was checked.
    """
    path = Path(path)
    limit = max_bytes() if limit is None else limit
    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno in _MISSING:
            raise InputError("E001", path=str(path)) from exc
        raise
    _check_regular(path, info.st_mode)
    if info.st_size > limit:
        raise _too_large(path, info.st_size, limit)
    fd = os.open(path, _OPEN_FLAGS)
    with os.fdopen(fd, "rb", buffering=0) as stream:
        _check_regular(path, os.fstat(fd).st_mode)  # the file opened is the file checked
        # one read for a file that kept its size, then chunks while it grows
        chunks = [stream.read(min(info.st_size, limit) + 1)]
        size = len(chunks[0])
        while size <= limit:
            chunk = stream.read(min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    if size > limit:
        raise _too_large(path, size, limit)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)
