"""Re-running analyze processes only new and changed files; an unchanged corpus is not
processed, recomputed or rewritten."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

import araseclit
from araseclit.repair.ops import RepairConfig

pytestmark = pytest.mark.slow


@pytest.fixture
def corpus(sample_docs: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("01_ngos_national_security.txt", "03_disinformation_digital_security.txt"):
        shutil.copy(sample_docs / name, folder / name)
    return folder


@pytest.fixture
def corpus_steps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many documents each run of the corpus steps (topics, framing, ...) was given."""
    import araseclit.run

    calls: list[int] = []
    steps = araseclit.run.run_corpus_steps

    def counted(tables, settings):  # type: ignore[no-untyped-def]
        calls.append(len(tables["documents"]))
        return steps(tables, settings)

    monkeypatch.setattr(araseclit.run, "run_corpus_steps", counted)
    return calls


def _analyze(corpus: Path, out: Path, **kwargs: object) -> tuple[araseclit.Run, list[str]]:
    seen: list[str] = []
    run = araseclit.analyze(
        [corpus],
        pipeline="audit",
        out=out,
        jobs=1,
        progress=lambda path, done, total, error: seen.append(Path(path).name),
        **kwargs,  # type: ignore[arg-type]
    )
    return run, seen


def test_a_new_paper_is_the_only_one_processed(
    corpus: Path, sample_docs: Path, tmp_path: Path, corpus_steps: list[int]
) -> None:
    out = tmp_path / "run"
    first, seen = _analyze(corpus, out)
    assert len(seen) == 2
    new = sample_docs / "06_youth_october_protests.txt"
    shutil.copy(new, corpus / new.name)
    second, seen = _analyze(corpus, out)
    assert seen == [new.name]
    assert corpus_steps == [2, 3]  # the corpus changed: its steps run again, over every paper
    assert len(second.documents) == 3
    kept = second.sentences[second.sentences["doc_id"].isin(first.documents["doc_id"])]
    pd.testing.assert_frame_equal(kept.reset_index(drop=True), first.sentences)


def test_an_unchanged_corpus_is_not_processed_or_rewritten(
    corpus: Path, tmp_path: Path, corpus_steps: list[int]
) -> None:
    out = tmp_path / "run"
    first, _ = _analyze(corpus, out)
    run_id = araseclit.store.load_info(out)["run_id"]
    again, seen = _analyze(corpus, out)
    assert seen == []
    assert corpus_steps == [2]  # topics and framing are not computed again
    assert sorted(p.name for p in again.unchanged) == sorted(p.name for p in corpus.iterdir())
    assert araseclit.store.load_info(out)["run_id"] == run_id  # nothing published
    for name, table in first.tables.items():
        pd.testing.assert_frame_equal(again.tables[name], table, obj=name)


def test_a_changed_file_and_a_changed_configuration_are_processed_again(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "run"
    _analyze(corpus, out)
    changed = corpus / "01_ngos_national_security.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nفقرة أضيفت لاحقًا.\n", "utf-8")
    _, seen = _analyze(corpus, out)
    assert seen == [changed.name]
    _, seen = _analyze(corpus, out, repair=RepairConfig(enabled=False))
    assert sorted(seen) == sorted(p.name for p in corpus.iterdir())


def test_a_re_run_after_an_edit_writes_the_tables_of_a_fresh_run(
    corpus: Path, sample_docs: Path, tmp_path: Path
) -> None:
    """The edited paper is the only one processed, yet its rows keep its place in the corpus
    (they went after the kept papers' rows), so topics and framing see the same input."""
    new = sample_docs / "06_youth_october_protests.txt"
    shutil.copy(new, corpus / new.name)
    _analyze(corpus, tmp_path / "run")
    edited = corpus / "01_ngos_national_security.txt"  # the first paper of the corpus
    text = edited.read_text(encoding="utf-8")
    edited.write_text(
        text + "\nوأكد تقرير للأمم المتحدة تزايد النزوح في نينوى (الجبوري، 2022).\n", "utf-8"
    )
    again, seen = _analyze(corpus, tmp_path / "run")
    assert seen == [edited.name]
    fresh, _ = _analyze(corpus, tmp_path / "fresh")
    assert list(again.documents["path"]) == sorted(str(p) for p in corpus.iterdir())
    for name, table in fresh.tables.items():
        pd.testing.assert_frame_equal(again.tables[name], table, obj=name)


def test_a_copy_added_before_a_kept_paper_makes_the_tables_of_a_fresh_run(
    corpus: Path, tmp_path: Path
) -> None:
    """The copy sorts first: it is the document and the kept paper its duplicate (E008), as
    a fresh run says; the copy used to take the paper's rows and the paper's path vanished."""
    _analyze(corpus, tmp_path / "run")
    paper = corpus / "03_disinformation_digital_security.txt"
    shutil.copy(paper, corpus / "02_copy.txt")
    again, seen = _analyze(corpus, tmp_path / "run")
    assert seen == ["02_copy.txt"]
    fresh, _ = _analyze(corpus, tmp_path / "fresh")
    assert list(fresh.errors["path"]) == [str(paper)]
    for name, table in fresh.tables.items():
        pd.testing.assert_frame_equal(again.tables[name], table, obj=name)
