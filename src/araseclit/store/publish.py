"""Publish a staged run in one atomic step, and clear what killed writers left behind.

Layout of a run folder::

    .araseclit-run.<run_id>/      one complete run: araseclit.duckdb, tables/, report.html, figures/,
                                  topic_model/ (the fitted topic model; empty when topics failed)
    .araseclit-current            symlink -> .araseclit-run.<run_id>: the commit point
    araseclit.duckdb              symlink -> .araseclit-current/araseclit.duckdb
    tables, report.html, figures, topic_model  likewise
    .araseclit.lock               the writers' lock (store.lock)

A run is written into a staging folder, renamed to its version folder, and published by
replacing ``.araseclit-current`` with :func:`os.replace` of a new symlink, atomic on POSIX:
every public path moves from one run to the next at once, so a reader never sees tables
of two runs, however the writer is stopped. The public names are fixed links through
``.araseclit-current``; they are made once (and a folder written before versioned runs is
adopted into a version first, its files hard-linked, so readers see no change).

Every step calls :func:`_step_done`, a no-op that tests replace to stop a writer there.
"""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

from araseclit.store.lock import holds_lock, owner_alive, owner_stamp

DB_NAME = "araseclit.duckdb"
TABLE_DIR = "tables"
REPORT_NAME = "report.html"
FIGURE_DIR = "figures"
#: the fitted topic model of the run (``araseclit.topics.save_topic_model``)
MODEL_DIR = "topic_model"
#: folders a corpus step may save with a run (:mod:`araseclit.store.saved`)
SAVED_FOLDERS = (MODEL_DIR,)
#: the public names, each a link to the same name in the current run
PUBLIC = (DB_NAME, TABLE_DIR, REPORT_NAME, FIGURE_DIR, *SAVED_FOLDERS)

CURRENT = ".araseclit-current"
VERSION_PREFIX = ".araseclit-run."
STAGING_PREFIX = ".araseclit-staging-"
OWNER_NAME = ".owner"  # in a staging folder: the stamp of the process writing it
TEMP_PREFIX = ".araseclit-tmp-"  # a link about to replace another, or a folder on its way out


def _step_done(step: str) -> None:
    """Called after each step of writing and publishing a run; tests stop a writer here."""


def new_staging(out: Path) -> Path:
    """A fresh staging folder in ``out``, stamped with this process as its owner."""
    while True:  # not mkdtemp: its folders are private, a run folder follows the umask
        staging = out / f"{STAGING_PREFIX}{secrets.token_hex(4)}"
        try:
            staging.mkdir()
            break
        except FileExistsError:
            continue
    (staging / OWNER_NAME).write_text(owner_stamp() + "\n", encoding="utf-8")
    return staging


def current_version(out: Path) -> str | None:
    """The name of the version folder ``out`` publishes, None before the first run."""
    try:
        return os.readlink(out / CURRENT)
    except OSError:
        return None


def publish(staging: Path, out: Path, run_id: str) -> None:
    """Make the run staged in ``staging`` the run of ``out`` in one step, then drop the
    earlier version. The caller holds the lock of ``out``."""
    if _is_legacy(out):
        _adopt_legacy(out)
    version = out / f"{VERSION_PREFIX}{run_id}"
    (staging / OWNER_NAME).unlink(missing_ok=True)
    os.rename(staging, version)
    _step_done("versioned")
    try:
        _point(out / CURRENT, version.name)
    except BaseException:
        if current_version(out) != version.name:  # never published: nobody reads it
            shutil.rmtree(version, ignore_errors=True)
        raise
    _step_done("committed")
    _link_public(out)
    _step_done("linked")
    _remove_versions(out, keep=version.name)
    _step_done("cleaned")


def _point(link: Path, target: str) -> None:
    """Make ``link`` a symlink to ``target`` with one atomic rename."""
    temp = link.with_name(f"{TEMP_PREFIX}link-{link.name}-{os.getpid()}")
    temp.unlink(missing_ok=True)
    os.symlink(target, temp)
    _step_done(f"link ready: {link.name}")
    os.replace(temp, link)


def _link_public(out: Path) -> None:
    """Make each public name a link through ``.araseclit-current`` (once per run folder)."""
    for name in PUBLIC:
        path, target = out / name, f"{CURRENT}/{name}"
        if path.is_symlink():
            if os.readlink(path) == target:
                continue
        elif path.is_dir():  # a folder cannot be replaced by a link in one step
            aside = out / f"{TEMP_PREFIX}aside-{name}-{os.getpid()}"
            shutil.rmtree(aside, ignore_errors=True)
            os.rename(path, aside)
            _step_done(f"moved aside: {name}")
        _point(path, target)
        _step_done(f"linked: {name}")
    for aside in out.glob(f"{TEMP_PREFIX}*"):
        _remove(aside)


def _is_legacy(out: Path) -> bool:
    """Whether ``out`` holds a store written before versioned runs (a real DuckDB file)."""
    db = out / DB_NAME
    return db.is_file() and not db.is_symlink()


def _adopt_legacy(out: Path) -> None:
    """Publish the unversioned store in ``out`` as a version of its own, its files
    hard-linked (copied where links fail), so each public path keeps its content."""
    staging = new_staging(out)
    try:
        for name in PUBLIC:
            source = out / name
            if source.is_dir() and not source.is_symlink():
                (staging / name).mkdir()
                for path in source.iterdir():
                    if path.is_file():
                        _link_or_copy(path, staging / name / path.name)
            elif source.is_file():
                _link_or_copy(source, staging / name)
        for name in (TABLE_DIR, FIGURE_DIR, *SAVED_FOLDERS):
            (staging / name).mkdir(exist_ok=True)
        _step_done("legacy staged")
        (staging / OWNER_NAME).unlink()
        version = out / f"{VERSION_PREFIX}legacy-{secrets.token_hex(4)}"
        os.rename(staging, version)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _point(out / CURRENT, version.name)
    _step_done("legacy committed")
    _link_public(out)
    _step_done("legacy linked")


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _remove_versions(out: Path, keep: str | None) -> None:
    for version in out.glob(f"{VERSION_PREFIX}*"):
        if version.name != keep:
            _remove(version)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def clean_stale(out: Path) -> None:
    """Remove what killed writers left in ``out``: staging folders whose owner is dead;
    when this thread holds the lock of ``out``, also unstamped staging folders, versions
    other than the current one and temporary links. A staging folder of a live process,
    or of one on another host, stays."""
    locked = holds_lock(out)
    mine = owner_stamp()  # under the lock, no other thread of this process is writing here
    for staging in out.glob(f"{STAGING_PREFIX}*"):
        try:
            stamp = (staging / OWNER_NAME).read_text(encoding="utf-8").strip()
        except OSError:  # unstamped: an older araseclit's, or its owner died before stamping
            stamp = ""
        dead = locked if stamp in ("", mine) else owner_alive(stamp) is False
        if dead:
            shutil.rmtree(staging, ignore_errors=True)
    if locked:
        _remove_versions(out, keep=current_version(out))
        for temp in out.glob(f"{TEMP_PREFIX}*"):
            _remove(temp)
