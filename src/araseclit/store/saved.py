"""Folders a run keeps beside its tables, such as the fitted topic model.

A corpus step that makes one attaches a :class:`SavedWith` to the table it belongs to
(:func:`attach`, kept in ``DataFrame.attrs``); :func:`araseclit.store.write_store` finds it
there (:func:`attached`) and has it write its folder into the staging folder of the run, so
the folder is published in the same atomic step as the tables: a reader sees the model of
the tables it reads, whatever stops a writer. The table carries it because the tables are
what the orchestrator hands from the corpus steps to the store.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from araseclit.store.publish import SAVED_FOLDERS

if TYPE_CHECKING:
    import pandas as pd

#: key of a table's ``DataFrame.attrs`` that holds its :class:`SavedWith`
ATTRS_KEY = "araseclit_saved_with"


@dataclass(frozen=True, eq=False)
class SavedWith:
    """A folder named ``name`` (one of :data:`~araseclit.store.publish.SAVED_FOLDERS`) that
    ``save(folder)`` writes; ``value`` is what it saves (the fitted model), for a caller
    that has the tables in memory."""

    name: str
    save: Callable[[Path], object]
    value: Any = None

    def __post_init__(self) -> None:
        if self.name not in SAVED_FOLDERS:
            raise ValueError(f"a run keeps no folder {self.name!r}; known: {SAVED_FOLDERS}")

    def __deepcopy__(self, memo: dict[int, object]) -> SavedWith:
        # pandas deep-copies attrs on every operation on the frame: a model is shared, not copied
        return self


def attach(frame: pd.DataFrame, saved: SavedWith) -> pd.DataFrame:
    """``frame`` with ``saved`` attached (in place), to be written with the run."""
    frame.attrs[ATTRS_KEY] = saved
    return frame


def attached(tables: Mapping[str, pd.DataFrame]) -> dict[str, SavedWith]:
    """The folders attached to ``tables``, by folder name."""
    found = (getattr(frame, "attrs", {}).get(ATTRS_KEY) for frame in tables.values())
    return {saved.name: saved for saved in found if isinstance(saved, SavedWith)}
