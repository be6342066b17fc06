"""Load the character maps in ``data/charmaps.json`` through one validating loader."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

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
