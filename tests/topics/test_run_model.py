"""A run keeps its fitted topic model: saved in the run's atomic publish, reopened in another
process without fitting, the same outputs as the fitted model, and never the model of other
tables than the ones a reader holds."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest
from corpus import make_units

import araseclit
from araseclit.corpus import topics_step
from araseclit.errors import StoreError
from araseclit.pipeline.loader import CorpusSettings
from araseclit.run import Run
from araseclit.store import MODEL_DIR, to_frame, write_store
from araseclit.store import publish as publish_module
from araseclit.topics import run_topics

SRC = str(Path(__file__).resolve().parents[2] / "src")
YEARS = {"d0": 2015, "d1": 2018, "d2": 2021}


def _run_tables(seed: int) -> dict[str, pd.DataFrame]:
    """Run tables of three dated papers: a body section of theme sentences (four to a
    paragraph) and a reference list."""
    units = make_units(30, seed=seed)
    sentences, sections = [], []
    for doc, group in units.groupby("doc_id", sort=True):
        for i, text in enumerate(group["text"]):
            sentences.append(
                {
                    "doc_id": doc,
                    "sent_id": f"{doc}-s{i:04d}",
                    "section_id": f"{doc}-sec0",
                    "para_id": f"{doc}-p{i // 4:03d}",
                    "text": text,
                }
            )
        sentences.append(
            {
                "doc_id": doc,
                "sent_id": f"{doc}-s{len(group):04d}",
                "section_id": f"{doc}-sec1",
                "para_id": f"{doc}-p999",
                "text": "Dodge, T. (2012). Iraq: From War to a New Authoritarianism. London: IISS.",
            }
        )
        sections += [
            {
                "doc_id": doc,
                "section_id": f"{doc}-sec0",
                "title": "المقدمة",
                "start": 0,
                "end": 8990,
            },
            {
                "doc_id": doc,
                "section_id": f"{doc}-sec1",
                "title": "المصادر",
                "start": 9000,
                "end": 9600,
            },
        ]
    documents = [{"doc_id": d, "year": y, "title": f"ورقة {d}"} for d, y in YEARS.items()]
    return {
        "sentences": to_frame("sentences", sentences),
        "sections": to_frame("sections", sections),
        "documents": to_frame("documents", documents),
        "references": to_frame("references", []),
    }


def _write_run(out: Path, seed: int) -> dict[str, pd.DataFrame]:
    tables = _run_tables(seed)
    topics_step(tables, CorpusSettings())
    write_store(out, tables, "<html></html>", info={"pipeline": "default"})
    return tables


def _views(topics: araseclit.topics.RunTopics) -> dict[str, pd.DataFrame]:
    model = topics.model
    return {
        "over_time": topics.over_time(),
        "per_doc": topics.per_class("doc_id"),
        "per_section_type": topics.per_class("section_type"),
        "document_info": topics.document_info(),
        "topic_info": model.get_topic_info(),
        "topics": pd.DataFrame({"topic": model.topics_}),
    }


REOPEN = """
import sys
sys.path.insert(0, {src!r})
import pandas as pd
from bertopic import BERTopic
import araseclit.topics.model

def refuse(*args, **kwargs):
    raise AssertionError("the stored model was fitted again")

BERTopic.fit = BERTopic.fit_transform = araseclit.topics.model.fit_topics = refuse
import araseclit
from araseclit.topics import run_topics
sys.path.insert(0, {tests!r})
from test_run_model import _views

views = _views(run_topics(araseclit.open_run({out!r})))
pd.to_pickle(views, {dump!r})
"""


def _reopen_elsewhere(out: Path, dump: Path) -> dict[str, pd.DataFrame]:
    script = REOPEN.format(src=SRC, tests=str(Path(__file__).parent), out=str(out), dump=str(dump))
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)], capture_output=True, timeout=300
    )
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    views: dict[str, pd.DataFrame] = pd.read_pickle(dump)
    return views


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, pd.DataFrame]]:
    out = tmp_path_factory.mktemp("run") / "run"
    return out, _write_run(out, seed=1)


def test_the_model_is_saved_inside_the_published_run(
    stored: tuple[Path, dict[str, pd.DataFrame]],
) -> None:
    out, _ = stored
    version = out / publish_module.current_version(out)  # type: ignore[operator]
    assert (out / MODEL_DIR).resolve() == (version / MODEL_DIR).resolve()
    names = {p.name for p in (out / MODEL_DIR).iterdir()}
    assert {"topic_embeddings.safetensors", "ctfidf.safetensors", "units.parquet"} <= names
    assert not [n for n in names if n.endswith((".pkl", ".pickle", ".bin"))]


def test_a_fresh_process_gets_the_fitted_model_without_fitting(
    stored: tuple[Path, dict[str, pd.DataFrame]], tmp_path: Path
) -> None:
    out, tables = stored
    fitted = _views(run_topics(Run(out, tables)))  # the model in memory, as analyze() gives it
    reopened = _reopen_elsewhere(out, tmp_path / "views.pkl")
    assert set(reopened) == set(fitted)
    for name, frame in fitted.items():
        pd.testing.assert_frame_equal(reopened[name], frame, check_exact=False, obj=name)
    # lined up with the run's rows: assignments, years of the papers, section types
    stored_rows = araseclit.open_run(out).topic_assignments
    assert reopened["topics"]["topic"].tolist() == stored_rows["topic_id"].tolist()
    assert set(reopened["over_time"]["Timestamp"]) == set(YEARS.values())
    assert set(reopened["per_doc"]["Class"]) == set(YEARS)
    assert set(reopened["per_section_type"]["Class"]) == {"body"}
    info = reopened["document_info"]
    assert info["unit_id"].tolist() == stored_rows["unit_id"].tolist()
    assert info["Representative_document"].any()


def test_writing_the_same_run_again_saves_the_same_model(
    stored: tuple[Path, dict[str, pd.DataFrame]], tmp_path: Path
) -> None:
    out, _ = stored
    again = tmp_path / "again"
    _write_run(again, seed=1)
    _write_run(again, seed=1)  # over itself
    files = sorted(p.name for p in (out / MODEL_DIR).iterdir())
    assert files == sorted(p.name for p in (again / MODEL_DIR).iterdir())
    for name in files:
        assert (out / MODEL_DIR / name).read_bytes() == (again / MODEL_DIR / name).read_bytes()


class Stop(BaseException):
    """Stands for a kill: nothing catches it."""


@pytest.mark.parametrize(
    ("step", "published"),
    [(f"saved: {MODEL_DIR}", False), ("staged", False), ("committed", True)],
)
def test_a_stopped_publish_keeps_model_and_tables_of_one_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str, published: bool
) -> None:
    out = tmp_path / "run"
    first = _write_run(out, seed=1)

    def stop(done: str) -> None:
        if done == step:
            raise Stop(step)

    monkeypatch.setattr(publish_module, "_step_done", stop)
    with pytest.raises(Stop):
        _write_run(out, seed=2)
    monkeypatch.undo()
    run = araseclit.open_run(out)
    topics = run_topics(run)  # checks the model against the tables it opened
    expected = first["topic_assignments"]
    same_as_first = topics.units["unit_id"].tolist() == expected["unit_id"].tolist() and (
        topics.units["topic_id"].tolist() == expected["topic_id"].tolist()
    )
    assert same_as_first != published
    assert topics.units["topic_id"].tolist() == run.topic_assignments["topic_id"].tolist()


def test_tables_of_an_earlier_run_are_not_given_the_next_runs_model(tmp_path: Path) -> None:
    out = tmp_path / "run"
    _write_run(out, seed=1)
    opened = araseclit.open_run(out)
    _write_run(out, seed=2)
    with pytest.raises(StoreError, match=r"E057.*open the run again"):
        run_topics(opened)
    with pytest.raises(StoreError, match=r"E057.*open the run again"):
        opened.topic_model  # noqa: B018 (the property loads)
    reopened = araseclit.open_run(out)
    units = reopened.topic_model.units
    assert units["topic_id"].tolist() == reopened.topic_assignments["topic_id"].tolist()


def test_a_run_without_a_model_says_so(tmp_path: Path) -> None:
    tables = _run_tables(seed=1)
    topics_step(tables, CorpusSettings())
    tables["topics"] = tables["topics"].copy()
    tables["topics"].attrs.clear()  # written by a caller that saved no model
    write_store(tmp_path, tables, "<html></html>")
    assert not any((tmp_path / MODEL_DIR).iterdir())
    with pytest.raises(StoreError, match=r"E056.*keeps no topic model"):
        run_topics(araseclit.open_run(tmp_path))
