"""The Python API as a user meets it: what ``import araseclit`` offers and how a run reads."""

from __future__ import annotations

from pathlib import Path

import pytest

import araseclit


def test_the_public_api_is_importable_and_listed_by_dir() -> None:
    public = {"read", "load_pipeline", "analyze", "open_run", "Run", "Document"}
    public |= {"SourceSpan", "RepairOp", "Line", "AraseclitError"}
    listed = set(dir(araseclit))
    assert public <= listed
    assert not {"Any", "TYPE_CHECKING", "annotations"} & listed  # no import noise
    for name in public:
        assert getattr(araseclit, name) is not None


def test_the_sample_corpus_ships_inside_the_package() -> None:
    from araseclit.run import SAMPLE_CORPUS

    package = Path(araseclit.__file__).resolve().parent
    assert SAMPLE_CORPUS.is_relative_to(package)
    assert len(list(SAMPLE_CORPUS.glob("*.*"))) == 6


@pytest.mark.slow
def test_repr_of_a_run_is_short(tmp_path: Path, sample_docs: Path) -> None:
    run = araseclit.analyze(
        [sample_docs / "03_disinformation_digital_security.txt"], "audit", tmp_path / "r"
    )
    text = repr(run)
    assert text.startswith(f"Run({str(tmp_path / 'r')!r}, documents=1, ")
    assert "citations=" in text and len(text) < 200
    assert "DataFrame" not in text and "\n" not in text
    assert repr(araseclit.open_run(tmp_path / "r")) == text
