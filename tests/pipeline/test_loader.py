"""Declarative pipelines: shipped by name, or any .cfg path; bad ones fail clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from araseclit.errors import ConfigError
from araseclit.pipeline.loader import (
    available_pipelines,
    load_pipeline,
    make_repair_config,
    read_config,
    repair_settings,
    resolve_pipeline,
)


def test_shipped_pipelines() -> None:
    assert {"default", "audit", "tag"} <= set(available_pipelines())
    config, corpus, path, repair = read_config("audit")
    assert config["nlp"]["pipeline"] == ["segment", "cite"]
    assert corpus.topics is False
    assert path.name == "audit.cfg"
    assert repair.enabled and not repair.disabled  # no [repair] section: everything runs


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
    bundled = set()  # every factory the bundled pipelines use
    for cfg in ("default", "audit", "tag"):
        config, *_ = read_config(cfg)
        bundled |= {c["factory"] for c in config["components"].values()}
    assert bundled <= names
    assert {"araseclit_tag_v1", "araseclit_tag_v2"} <= names


def test_default_pipeline_has_a_repair_section_with_defaults() -> None:
    text = resolve_pipeline("default").read_text()
    assert "[repair]" in text
    config, _, _, repair = read_config("default")
    assert "repair" not in config  # split off, never handed to spaCy
    assert repair.enabled and repair.disabled == frozenset()


def _with_repair(tmp_path: Path, section: str) -> Path:
    path = tmp_path / "mine.cfg"
    audit = resolve_pipeline("audit").read_text()
    path.write_text(f"{audit}\n[repair]\n{section}\n", encoding="utf-8")
    return path


def test_repair_section_switches_operations_off(tmp_path: Path) -> None:
    path = _with_repair(
        tmp_path, 'enabled = true\ndisable = ["split_words", "araseclit.repair.lam_alef.v1"]'
    )
    repair = read_config(path)[3]
    assert repair.disabled == {"araseclit.repair.split_words.v1", "araseclit.repair.lam_alef.v1"}
    assert not repair.allows("araseclit.repair.split_words.v1")
    assert repair.allows("araseclit.repair.read_order.v1")
    assert not read_config(_with_repair(tmp_path, "enabled = false"))[3].enabled


@pytest.mark.parametrize(
    ("section", "fragment"),
    [
        ('disable = ["split_wordz"]', "'split_wordz'"),
        ('disable = "split_words"', "disable must be a list"),
        ('enabled = "yes"', "enabled must be true or false"),
        ("colour = 1", "unknown keys ['colour']"),
    ],
)
def test_bad_repair_section_is_a_clear_error(tmp_path: Path, section: str, fragment: str) -> None:
    with pytest.raises(ConfigError) as info:
        read_config(_with_repair(tmp_path, section))
    assert info.value.code == "E021"
    assert "[repair]" in info.value.message and fragment in info.value.message


def test_unknown_operation_names_the_known_ones() -> None:
    with pytest.raises(ConfigError) as info:
        make_repair_config(disable=["read_orders"])
    assert info.value.code == "E022"
    assert "'read_orders'" in info.value.message and "read_order" in info.value.message
    assert repair_settings({}).enabled


def test_repair_settings_travel_with_the_pipeline(tmp_path: Path) -> None:
    from araseclit.pipeline.loader import load_pipeline, repair_config

    nlp = load_pipeline(_with_repair(tmp_path, 'disable = ["split_words"]'))
    assert nlp.meta["araseclit_repair"] == {
        "enabled": True,
        "disable": ["araseclit.repair.split_words.v1"],
    }
    assert repair_config(nlp) == make_repair_config(disable=["split_words"])


def test_nlp_pipe_gives_every_doc_its_own_id_so_records_never_collide() -> None:
    from araseclit.document import content_id

    nlp = load_pipeline("audit")
    texts = [
        "تعمل المنظمات في بغداد على رصد الانتهاكات (الحميد، 2019: 27).",
        "ويرى باحثون أن الأمن الوطني يتطلب مشاركة المجتمع المدني (Dodge, 2020: 56).",
    ]
    docs = list(nlp.pipe(texts))
    assert [d._.doc_id for d in docs] == [content_id(t.encode("utf-8")) for t in texts]
    ids = [c["cit_id"] for d in docs for c in d._.citations]
    assert len(ids) == 2 and len(set(ids)) == 2


def test_the_same_text_twice_is_the_same_document_unless_given_its_own_id() -> None:
    """Same content, same id (as ``analyze`` finds a second copy a duplicate, E008); a caller
    that wants copies apart gives each its own id (README, Python API)."""
    from araseclit.pipeline.annotate import run_components

    nlp = load_pipeline("audit")
    text = "أفادت منظمة العفو الدولية بتزايد الاعتقالات في نينوى (العبيدي، 2021: 14)."
    once, again, edited = nlp.pipe([text, text, text.replace("نينوى", "كركوك")])
    assert once._.doc_id == again._.doc_id != edited._.doc_id
    assert [c["cit_id"] for c in once._.citations] == [c["cit_id"] for c in again._.citations]
    copy = run_components(nlp, text, doc_id="copy-2")
    assert [c["cit_id"] for c in copy._.citations] == ["copy-2-c0000"]
