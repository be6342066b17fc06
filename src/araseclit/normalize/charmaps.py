"""Load the character maps in ``data/charmaps.json`` through one validating loader.

Maps become camel-tools ``CharMapper`` objects, which validate their keys again.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from camel_tools.utils.charmap import CharMapper

DATA_DIR = Path(__file__).parent / "data"


@cache
def _load_all() -> dict[str, dict[str, str]]:
    raw = json.loads((DATA_DIR / "charmaps.json").read_text(encoding="utf-8"))
    maps = {k: v for k, v in raw.items() if not k.startswith("_")}
    for name, mapping in maps.items():
        for src, dst in mapping.items():
            if len(src) != 1 or not isinstance(dst, str):
                raise ValueError(f"charmaps.json:{name}: {src!r} -> {dst!r} is not char -> str")
    return maps


def load_charmap(name: str) -> dict[str, str]:
    """The map ``name`` (``persian``, ``digits``, ``number_separators``, ``hamza_carriers``)."""
    return dict(_load_all()[name])


@cache
def load_charmapper(name: str) -> CharMapper:
    """camel-tools ``CharMapper`` for the map ``name`` (unmapped characters kept)."""
    return CharMapper(load_charmap(name))
