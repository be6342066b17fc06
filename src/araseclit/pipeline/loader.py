"""Load a declarative pipeline (spaCy config format) by name or path."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

import spacy
from confection import Config
from spacy.language import Language

from araseclit.errors import ConfigError

PIPELINE_DIR = Path(__file__).resolve().parent.parent / "pipelines"
#: modules whose import registers araseclit's tokenizer and factories (the entry points do
#: the same for an installed package; importing keeps a source checkout working)
_REGISTRATION_MODULES = (
    "araseclit.segment.tokenizer",
    "araseclit.segment.component",
    "araseclit.cite.component",
    "araseclit.tag.component",
    "araseclit.claims.component",
)


TOPIC_UNITS = ("sentence", "paragraph")


@dataclass(frozen=True)
class CorpusSettings:
    """The ``[corpus]`` section: steps run once over all documents of a run."""

    topics: bool = True
    topic_unit: str = "sentence"  # or "paragraph": the units topics are fitted on
    seed: int = 42


def available_pipelines() -> list[str]:
    """Names of the pipelines shipped with araseclit."""
    return sorted(p.stem for p in PIPELINE_DIR.glob("*.cfg"))


def resolve_pipeline(name_or_path: str | Path) -> Path:
    """The config file for a pipeline name (``default``, ``audit``) or a path."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".cfg" or candidate.exists():
        if not candidate.is_file():
            raise ConfigError("E020", name=str(name_or_path), known=available_pipelines())
        return candidate
    shipped = PIPELINE_DIR / f"{name_or_path}.cfg"
    if not shipped.is_file():
        raise ConfigError("E020", name=str(name_or_path), known=available_pipelines())
    return shipped


def register_components() -> None:
    """Import the modules that register araseclit's spaCy tokenizer and factories."""
    for module in _REGISTRATION_MODULES:
        importlib.import_module(module)


def read_config(name_or_path: str | Path) -> tuple[Config, CorpusSettings, Path]:
    """Parse a pipeline config; split off its ``[corpus]`` section."""
    path = resolve_pipeline(name_or_path)
    try:
        config = Config().from_disk(path, interpolate=False)
    except Exception as exc:  # confection raises several parser error types
        raise ConfigError("E021", path=str(path), detail=str(exc).splitlines()[0]) from exc
    corpus = dict(config.pop("corpus", {}) or {})
    unknown = set(corpus) - set(CorpusSettings.__dataclass_fields__)
    if unknown:
        raise ConfigError("E021", path=str(path), detail=f"unknown [corpus] keys {sorted(unknown)}")
    if corpus.get("topic_unit", "sentence") not in TOPIC_UNITS:
        raise ConfigError(
            "E021", path=str(path), detail=f"[corpus] topic_unit must be one of {list(TOPIC_UNITS)}"
        )
    if "nlp" not in config:
        raise ConfigError("E021", path=str(path), detail="missing [nlp] section")
    return config, CorpusSettings(**corpus), path


def load_pipeline(name_or_path: str | Path = "default") -> Language:
    """Build the spaCy pipeline ``name_or_path`` (shipped name or ``.cfg`` path).

    The corpus settings are kept in ``nlp.meta["araseclit_corpus"]``.
    """
    register_components()
    config, corpus, path = read_config(name_or_path)
    try:
        nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    except Exception as exc:  # spaCy config validation errors are verbose; keep the first line
        raise ConfigError("E021", path=str(path), detail=str(exc).strip().splitlines()[0]) from exc
    nlp.meta["araseclit_pipeline"] = path.stem
    nlp.meta["araseclit_corpus"] = corpus.__dict__
    return nlp
