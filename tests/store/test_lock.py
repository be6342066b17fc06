"""One writer per run folder: a second writer gets E054 (or waits), and clean-up spares
the staging folders of live writers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from araseclit.errors import StoreError
from araseclit.store import DB_NAME, write_store
from araseclit.store.lock import owner_alive, owner_stamp, run_lock
from araseclit.store.publish import OWNER_NAME, STAGING_PREFIX
from tests_support import lock_held_elsewhere


def test_a_second_writer_gets_a_coded_error_naming_the_first(tmp_path: Path) -> None:
    with lock_held_elsewhere(tmp_path) as holder:
        with pytest.raises(StoreError) as info:
            write_store(tmp_path, {}, "<html></html>")
    assert info.value.code == "E054"
    assert f"(pid {holder.pid})" in info.value.message and str(tmp_path) in info.value.message
    assert not (tmp_path / DB_NAME).exists()
    assert not list(tmp_path.glob(f"{STAGING_PREFIX}*"))


def test_waiting_gives_up_after_the_timeout_and_goes_on_once_the_lock_is_free(
    tmp_path: Path,
) -> None:
    with lock_held_elsewhere(tmp_path) as holder:
        with pytest.raises(StoreError) as info, run_lock(tmp_path, wait=True, timeout=0.2):
            pass
        assert info.value.code == "E055" and f"pid {holder.pid}" in info.value.message
        assert holder.stdin is not None
        threading.Timer(0.3, holder.stdin.close).start()  # the other writer ends
        with run_lock(tmp_path, wait=True, timeout=30):
            write_store(tmp_path, {}, "<html></html>")  # re-enters the lock it holds
    assert (tmp_path / DB_NAME).is_file()


def test_a_killed_writer_frees_the_lock(tmp_path: Path) -> None:
    with lock_held_elsewhere(tmp_path) as holder:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)
        with run_lock(tmp_path):
            pass


def test_the_lock_is_exclusive_between_threads(tmp_path: Path) -> None:
    errors: list[str] = []

    def second_writer() -> None:
        try:
            with run_lock(tmp_path):
                pass
        except StoreError as exc:
            errors.append(exc.code)

    with run_lock(tmp_path), run_lock(tmp_path):  # re-entrant in one thread
        thread = threading.Thread(target=second_writer)
        thread.start()
        thread.join()
    assert errors == ["E054"]


def test_an_unwritable_run_folder_is_e053(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("", encoding="utf-8")
    with pytest.raises(StoreError) as info, run_lock(tmp_path / "file" / "run"):
        pass
    assert info.value.code == "E053"


def _staging(out: Path, name: str, stamp: str | None) -> Path:
    folder = out / f"{STAGING_PREFIX}{name}"
    (folder / "tables").mkdir(parents=True)
    if stamp is not None:
        (folder / OWNER_NAME).write_text(stamp + "\n", encoding="utf-8")
    return folder


def test_clean_up_removes_only_staging_folders_whose_owner_is_dead(tmp_path: Path) -> None:
    live = subprocess.Popen([sys.executable, "-c", "input()"], stdin=subprocess.PIPE)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead_stamp = owner_stamp(dead.pid)
    dead.wait(timeout=30)
    try:
        assert owner_alive(owner_stamp(live.pid)) is True
        assert owner_alive(dead_stamp) is False
        kept = [
            _staging(tmp_path, "live", owner_stamp(live.pid)),
            _staging(tmp_path, "elsewhere", "4242 another-host 17"),  # cannot be told
        ]
        gone = [_staging(tmp_path, "dead", dead_stamp), _staging(tmp_path, "unstamped", None)]
        if owner_stamp().split()[2] != "?":  # a live pid that started later: reused
            pid, host, _ = owner_stamp(live.pid).split()
            gone.append(_staging(tmp_path, "reused", f"{pid} {host} 1"))
        write_store(tmp_path, {}, "<html></html>")
        assert [p.exists() for p in kept] == [True] * len(kept)
        assert [p.exists() for p in gone] == [False] * len(gone)
    finally:
        live.kill()
        live.wait(timeout=30)
