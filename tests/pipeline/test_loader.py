"""Declarative pipelines: shipped by name, or any .cfg path; bad ones fail clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from araseclit.errors import ConfigError
from araseclit.pipeline.loader import available_pipelines, read_config, resolve_pipeline


def test_shipped_pipelines() -> None:
    assert {"default", "audit", "tag"} <= set(available_pipelines())
    config, corpus, path = read_config("audit")
    assert config["nlp"]["pipeline"] == ["segment", "cite"]
    assert corpus.topics is False
    assert path.name == "audit.cfg"


def test_repository_pipelines_dir_is_the_package_one() -> None:
    from araseclit.pipeline.loader import PIPELINE_DIR

    repo_dir = Path(__file__).resolve().parents[2] / "pipelines"
    assert repo_dir.resolve() == PIPELINE_DIR.resolve()  # one copy, shipped in the package


def test_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(ConfigError) as info:
        resolve_pipeline("nonexistent")
    assert info.value.code == "E020" and "default" in info.value.message


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("[nlp\nlang = ar", ""),
        ('[nlp]\nlang = "ar"\n[corpus]\ncolour = "red"\n', "colour"),
        ("[components]\n", "missing [nlp]"),
    ],
)
def test_bad_config_is_a_clear_error(tmp_path: Path, content: str, fragment: str) -> None:
    path = tmp_path / "mine.cfg"
    path.write_text(content)
    with pytest.raises(ConfigError) as info:
        read_config(path)
    assert info.value.code == "E021" and fragment in info.value.message


def test_a_pipeline_file_of_ones_own(tmp_path: Path) -> None:
    from araseclit.pipeline.loader import load_pipeline

    text = resolve_pipeline("audit").read_text().replace("topics = false", "topics = true")
    path = tmp_path / "mine.cfg"
    path.write_text(text)
    nlp = load_pipeline(path)
    assert nlp.pipe_names == ["segment", "cite"]
    assert nlp.meta["araseclit_pipeline"] == "mine"
    assert nlp.meta["araseclit_corpus"]["topics"] is True


def test_factories_are_advertised_through_entry_points() -> None:
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert {
        "araseclit_segment_v1",
        "araseclit_cite_v1",
        "araseclit_tag_v1",
        "araseclit_claims_v1",
    } <= names
