"""Publishing a run is one atomic step: a writer stopped anywhere leaves one whole run.

Each test writes run A, then run B stopped at one step (an exception in this process, or
a real SIGKILL of a writer process), and checks what every reader of the folder sees: the
DuckDB file, each Parquet table, the report, the figures and the saved model folder all come
from A or all from B (B only once its commit step ran). Then a third writer must succeed and
clean up.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from araseclit.store import (
    DB_NAME,
    FIGURE_DIR,
    MODEL_DIR,
    REPORT_NAME,
    TABLE_DIR,
    SavedWith,
    attach,
    to_frame,
    write_store,
)
from araseclit.store import publish as publish_module
from araseclit.store.schema import TABLES

SRC = str(Path(__file__).resolve().parents[2] / "src")
EXPORTS = [f"exported: {table}" for table in TABLES]
LINKS = [
    step
    for name in (DB_NAME, TABLE_DIR, REPORT_NAME, FIGURE_DIR, MODEL_DIR)
    for step in (f"link ready: {name}", f"linked: {name}")
]
COMMIT = ["versioned", "link ready: .araseclit-current", "committed"]
#: the steps of a run written over an earlier one, in order
MODEL_STEPS = ["model half written: 5", f"saved: {MODEL_DIR}"]  # run B has 5 documents
STEPS = [*EXPORTS, *MODEL_STEPS, "staged", *COMMIT, "linked", "cleaned"]
#: ... over a run written before versioned runs: it is adopted first
LEGACY_STEPS = [
    *EXPORTS,
    *MODEL_STEPS,
    "staged",
    "legacy staged",
    "link ready: .araseclit-current",
    "legacy committed",
    *LINKS[:2],
    "moved aside: tables",
    *LINKS[2:6],
    "moved aside: figures",
    *LINKS[6:],
    "legacy linked",
    *COMMIT,
    "linked",
    "cleaned",
]
#: where a stop is tested: every step but the exports of all tables but one, and for an
#: old folder the steps of its adoption (the rest are the steps above)
KILL_STEPS = [s for s in STEPS if s not in EXPORTS[1:]]
LEGACY_KILL_STEPS = LEGACY_STEPS[LEGACY_STEPS.index("staged") + 1 : -len(COMMIT) - 2]


def _save_label(n_docs: int) -> SavedWith:
    """A model folder of two files that name the run's document count: a reader must never
    see one file from each of two runs, nor the folder of another run than its tables."""

    def save(folder: Path) -> None:
        (folder / "config.json").write_text(str(n_docs), encoding="utf-8")
        publish_module._step_done(f"model half written: {n_docs}")
        (folder / "units.json").write_text(str(n_docs), encoding="utf-8")

    return SavedWith(MODEL_DIR, save)


def _tables(n_docs: int) -> dict[str, pd.DataFrame]:
    """Run tables with ``n_docs`` documents and two citations per document, and a model
    folder saved with them."""
    docs = [{"doc_id": f"d{i}", "path": f"/corpus/{i}.txt"} for i in range(n_docs)]
    cits = [
        {"doc_id": f"d{i}", "cit_id": f"d{i}-c{k:04d}", "raw": "(الحميد، 2019: 27)", "year": 2019}
        for i in range(n_docs)
        for k in range(2)
    ]
    return {
        "documents": to_frame("documents", docs),
        "citations": to_frame("citations", cits),
        "topics": attach(to_frame("topics", []), _save_label(n_docs)),
    }


RUNS = {"A": 2, "B": 5, "C": 1}  # label -> documents


def _write(out: Path, label: str) -> None:
    write_store(
        out,
        _tables(RUNS[label]),
        f"<html>{label}</html>",
        figures={f"{label}.png": b"\x89PNG"},
        info={"pipeline": "audit", "label": label},
    )


def _write_legacy(out: Path, label: str) -> None:
    """A run folder as araseclit wrote it before versioned runs: real files in place."""
    from araseclit.store import _write_database

    out.mkdir(parents=True, exist_ok=True)
    _write_database(out, _tables(RUNS[label]), {"pipeline": "audit", "label": label})
    (out / REPORT_NAME).write_text(f"<html>{label}</html>", encoding="utf-8")
    (out / FIGURE_DIR).mkdir()
    (out / FIGURE_DIR / f"{label}.png").write_bytes(b"\x89PNG")


def _seen(out: Path, step: str = "") -> str:
    """The label of the run a reader of ``out`` sees; fails if the files mix two runs.

    Only while an old folder is adopted, stopped at ``step``, may its ``tables`` or
    ``figures`` folder be missing (a folder cannot become a link in one step)."""
    con = duckdb.connect(str(out / DB_NAME), read_only=True)
    try:
        info = dict(con.execute("SELECT key, value FROM run_info").fetchall())
        rows = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}  # type: ignore[index]
    finally:
        con.close()
    label = info["label"]
    assert (out / REPORT_NAME).read_text(encoding="utf-8") == f"<html>{label}</html>"
    missing = {name for name in (TABLE_DIR, FIGURE_DIR) if not (out / name).exists()}
    assert missing <= {step.split(": ")[-1]} & {TABLE_DIR, FIGURE_DIR}, (step, missing)
    if TABLE_DIR not in missing:
        assert sorted(p.name for p in (out / TABLE_DIR).iterdir()) == sorted(
            f"{t}.parquet" for t in TABLES
        )
        for table in TABLES:
            meta = pq.read_metadata(out / TABLE_DIR / f"{table}.parquet")
            assert meta.num_rows == rows[table], (label, table)
            run_id = (meta.metadata or {}).get(b"run_id", b"").decode()
            assert run_id == info.get("run_id", ""), (label, table)
        assert len(pd.read_parquet(out / TABLE_DIR / "documents.parquet")) == RUNS[label]
    if FIGURE_DIR not in missing:
        assert [p.name for p in (out / FIGURE_DIR).iterdir()] == [f"{label}.png"]
    # the model folder is the tables' run's (a run from before versioned runs kept none)
    model = out / MODEL_DIR
    saved = sorted((p.name, p.read_text(encoding="utf-8")) for p in model.glob("*"))
    legacy = info.get("run_id") is None
    assert saved == (
        [] if legacy else [("config.json", str(RUNS[label])), ("units.json", str(RUNS[label]))]
    )
    return label


def _recovers(out: Path) -> None:
    """The next writer publishes its run and leaves nothing of the stopped one."""
    _write(out, "C")
    assert _seen(out) == "C"
    current = os.readlink(out / ".araseclit-current")
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [
            ".araseclit-current",
            current,
            ".araseclit.lock",
            DB_NAME,
            TABLE_DIR,
            REPORT_NAME,
            FIGURE_DIR,
            MODEL_DIR,
        ]
    )


@pytest.fixture(scope="module")
def run_a(tmp_path_factory: pytest.TempPathFactory) -> dict[bool, Path]:
    """Run A written once in each layout (legacy or not), to be copied by each test."""
    folder = tmp_path_factory.mktemp("run_a")
    _write(folder / "versioned", "A")
    _write_legacy(folder / "legacy", "A")
    return {False: folder / "versioned", True: folder / "legacy"}


def _copy_of_a(run_a: dict[bool, Path], legacy: bool, tmp_path: Path) -> Path:
    out = tmp_path / "run"
    shutil.copytree(run_a[legacy], out, symlinks=True)
    return out


class Stop(BaseException):
    """Stands for a kill: nothing catches it."""


def _record_steps(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    steps: list[str] = []
    monkeypatch.setattr(publish_module, "_step_done", steps.append)
    return steps


@pytest.mark.parametrize("legacy", [False, True], ids=["versioned", "legacy"])
def test_the_steps_tested_are_the_steps_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_a: dict[bool, Path], legacy: bool
) -> None:
    out = _copy_of_a(run_a, legacy, tmp_path)
    steps = _record_steps(monkeypatch)
    _write(out, "B")
    assert steps == (LEGACY_STEPS if legacy else STEPS)


def _stop_at(step: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def stop(done: str) -> None:
        if done == step:
            raise Stop(step)

    monkeypatch.setattr(publish_module, "_step_done", stop)


@pytest.mark.parametrize(
    ("legacy", "step"),
    [(False, s) for s in KILL_STEPS] + [(True, s) for s in LEGACY_KILL_STEPS],
)
def test_a_writer_stopped_at_any_step_leaves_one_whole_run(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    run_a: dict[bool, Path],
    legacy: bool,
    step: str,
) -> None:
    out = _copy_of_a(run_a, legacy, tmp_path)
    _stop_at(step, monkeypatch)
    with pytest.raises(Stop):
        _write(out, "B")
    steps = LEGACY_STEPS if legacy else STEPS
    committed = steps.index(step) >= steps.index("committed")
    assert _seen(out, step) == ("B" if committed else "A")
    monkeypatch.undo()
    _recovers(out)


KILLER = """
import os, signal, sys
sys.path.insert(0, {src!r})
sys.path.insert(0, {tests!r})
from araseclit.store import publish
from store.test_publish import _write

def kill(done):
    if done == {step!r}:
        os.kill(os.getpid(), signal.SIGKILL)

publish._step_done = kill
_write(__import__("pathlib").Path({out!r}), "B")
"""


@pytest.mark.parametrize(
    ("legacy", "step"),
    [
        (False, EXPORTS[0]),
        (False, MODEL_STEPS[0]),
        (False, "staged"),
        (False, "link ready: .araseclit-current"),
        (False, "committed"),
        (True, "moved aside: tables"),
        (True, "legacy committed"),
    ],
)
def test_a_writer_killed_at_a_step_leaves_one_whole_run(
    tmp_path: Path, run_a: dict[bool, Path], legacy: bool, step: str
) -> None:
    out = _copy_of_a(run_a, legacy, tmp_path)
    script = KILLER.format(src=SRC, tests=str(Path(__file__).parents[1]), step=step, out=str(out))
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)], capture_output=True, timeout=120
    )
    assert result.returncode == -signal.SIGKILL, result.stderr.decode()[-2000:]
    steps = LEGACY_STEPS if legacy else STEPS
    committed = steps.index(step) >= steps.index("committed")
    assert _seen(out, step) == ("B" if committed else "A")
    _recovers(out)


def test_public_paths_are_links_into_the_current_run(tmp_path: Path) -> None:
    _write(tmp_path, "A")
    first = os.readlink(tmp_path / ".araseclit-current")
    _write(tmp_path, "B")
    current = os.readlink(tmp_path / ".araseclit-current")
    assert current != first and not (tmp_path / first).exists()  # the old version is gone
    for name in (DB_NAME, TABLE_DIR, REPORT_NAME, FIGURE_DIR, MODEL_DIR):
        assert os.readlink(tmp_path / name) == f".araseclit-current/{name}"
    moved = tmp_path.parent / "moved"  # relative links: the folder can move
    shutil.move(tmp_path, moved)
    assert _seen(moved) == "B"
