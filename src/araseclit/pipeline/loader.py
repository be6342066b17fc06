"""Load a declarative pipeline (spaCy config format) by name or path."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import spacy
from confection import Config
from spacy.language import Language

from araseclit.errors import ConfigError
from araseclit.repair.ops import make_repair_config

if TYPE_CHECKING:
    from araseclit.repair.ops import RepairConfig

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


#: keys of the ``[repair]`` section: how text files are repaired when they are read
REPAIR_KEYS = ("enabled", "disable")


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


def read_config(name_or_path: str | Path) -> tuple[Config, CorpusSettings, Path, RepairConfig]:
    """Parse a pipeline config; split off its ``[corpus]`` and ``[repair]`` sections."""
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
    repair = repair_settings(dict(config.pop("repair", {}) or {}), path)
    if "nlp" not in config:
        raise ConfigError("E021", path=str(path), detail="missing [nlp] section")
    return config, CorpusSettings(**corpus), path, repair


def repair_settings(section: dict[str, object], path: Path | str = "<config>") -> RepairConfig:
    """The :class:`~araseclit.repair.ops.RepairConfig` of a ``[repair]`` section
    (``enabled = true``, ``disable = ["split_words", ...]``: short or versioned operation
    names, see :data:`araseclit.repair.ops.OPERATIONS`). Raises ``E021`` when it is invalid."""

    def invalid(detail: str) -> ConfigError:
        return ConfigError("E021", path=str(path), detail=f"[repair] {detail}")

    unknown = set(section) - set(REPAIR_KEYS)
    if unknown:
        raise invalid(f"unknown keys {sorted(unknown)} (known: {list(REPAIR_KEYS)})")
    enabled = section.get("enabled", True)
    disable = section.get("disable", [])
    if not isinstance(enabled, bool):
        raise invalid(f"enabled must be true or false, not {enabled!r}")
    if not isinstance(disable, list) or not all(isinstance(d, str) for d in disable):
        raise invalid(f"disable must be a list of operation names, not {disable!r}")
    try:
        return make_repair_config(enabled, disable)
    except ConfigError as exc:
        raise invalid(f"disable: {exc.message}") from exc


def repair_config(nlp: Language) -> RepairConfig:
    """The repair settings a pipeline was loaded with (all operations when it has none)."""
    settings = nlp.meta.get("araseclit_repair") or {}
    return make_repair_config(bool(settings.get("enabled", True)), settings.get("disable", []))


def load_pipeline(name_or_path: str | Path = "default") -> Language:
    """Build the spaCy pipeline ``name_or_path`` (shipped name or ``.cfg`` path).

    The corpus settings are kept in ``nlp.meta["araseclit_corpus"]``, the repair settings
    in ``nlp.meta["araseclit_repair"]`` (read them back with :func:`repair_config`).
    """
    register_components()
    config, corpus, path, repair = read_config(name_or_path)
    try:
        nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    except Exception as exc:  # spaCy config validation errors are verbose; keep the first line
        raise ConfigError("E021", path=str(path), detail=str(exc).strip().splitlines()[0]) from exc
    nlp.meta["araseclit_pipeline"] = path.stem
    nlp.meta["araseclit_corpus"] = corpus.__dict__
    nlp.meta["araseclit_repair"] = {"enabled": repair.enabled, "disable": sorted(repair.disabled)}
    return nlp
