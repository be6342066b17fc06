"""One writer per run folder: an exclusive lock on ``<out>/.araseclit.lock``, and owner
stamps that tell a dead writer's leftovers from a live writer's work.

The lock is an ``flock`` held for a whole run, from before any work until the run is
published. The lock file stays in place (removing it would let two writers lock two
different files); it holds the owner's stamp, for the message a second writer gets.
The lock is re-entrant within one thread, so :func:`araseclit.analyze` can hold it around
the whole run while :func:`araseclit.store.write_store` takes it again to publish.
"""

from __future__ import annotations

import fcntl
import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from araseclit.errors import StoreError

LOCK_NAME = ".araseclit.lock"
#: seconds between two tries while waiting for the lock
POLL_SECONDS = 0.1

_held: set[tuple[str, int]] = set()  # (run folder, thread) holding its lock
_held_guard = threading.Lock()

__all__ = ["LOCK_NAME", "holds_lock", "owner_alive", "owner_pid", "owner_stamp", "run_lock"]


def _start_time(pid: int) -> str:
    """When ``pid`` started (clock ticks since boot, from ``/proc``), or "?" elsewhere.

    With the pid it names one process, even after the pid is reused."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return "?"
    fields = stat.rsplit(")", 1)[-1].split()  # the command name may hold spaces
    return fields[19] if len(fields) > 19 else "?"


def owner_stamp(pid: int | None = None) -> str:
    """``"<pid> <host> <start time>"`` of this process (or of ``pid``)."""
    pid = os.getpid() if pid is None else pid
    return f"{pid} {socket.gethostname()} {_start_time(pid)}"


def owner_pid(stamp: str) -> int | None:
    """The pid in an owner stamp, None if it has none."""
    head = stamp.split(maxsplit=1)[:1]
    return int(head[0]) if head and head[0].isdigit() else None


def owner_alive(stamp: str) -> bool | None:
    """Whether the process of ``stamp`` still runs: None when it cannot be told (the
    stamp names another host), False for an unreadable stamp."""
    parts = stamp.split()
    if len(parts) != 3 or not parts[0].isdigit():
        return False
    pid, host, started = int(parts[0]), parts[1], parts[2]
    if host != socket.gethostname():
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # alive, another user's
    now = _start_time(pid)
    return started == "?" or now == "?" or now == started


def _key(out: Path) -> tuple[str, int]:
    return os.path.realpath(out), threading.get_ident()


def holds_lock(out: str | Path) -> bool:
    """Whether this thread holds the lock of the run folder ``out``."""
    with _held_guard:
        return _key(Path(out)) in _held


def _read_owner(fd: int) -> str:
    try:
        return os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    except OSError:
        return ""


def _acquire(fd: int, out: Path, wait: bool, timeout: float | None) -> None:
    """Lock ``fd``; E054 if another writer holds it (and ``wait`` is off), E055 on timeout."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pid = owner_pid(_read_owner(fd))
            owner = "unknown" if pid is None else str(pid)
            if not wait:
                raise StoreError("E054", path=str(out), pid=owner) from None
            if deadline is not None and time.monotonic() >= deadline:
                raise StoreError("E055", path=str(out), pid=owner, seconds=timeout) from None
        time.sleep(POLL_SECONDS)


@contextmanager
def run_lock(
    out: str | Path, *, wait: bool = False, timeout: float | None = None
) -> Iterator[Path]:
    """Hold the exclusive lock of the run folder ``out`` (made if missing) for the block.

    Another writer holding it raises ``E054``; with ``wait`` the call blocks until the
    lock is free, for at most ``timeout`` seconds if given (then ``E055``). ``out`` that
    cannot be written raises ``E053``. Re-entrant within one thread.
    """
    out = Path(out)
    key = _key(out)
    with _held_guard:
        reentered = key in _held
    if reentered:
        yield out
        return
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd = os.open(out / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError("E053", path=str(out), detail=exc.strerror or str(exc)) from exc
    try:
        _acquire(fd, out, wait, timeout)
        stamp = owner_stamp().encode("utf-8") + b"\n"
        os.pwrite(fd, stamp, 0)  # then trim: a reader never sees an empty file
        os.ftruncate(fd, len(stamp))
        with _held_guard:
            _held.add(key)
        try:
            yield out
        finally:
            with _held_guard:
                _held.discard(key)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
