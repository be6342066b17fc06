"""araseclit: analyse Arabic academic literature on national security and civil society.

>>> import araseclit
>>> document = araseclit.read("paper.pdf")          # doctest: +SKIP
>>> run = araseclit.analyze(["papers/"], out="runs/x")  # doctest: +SKIP
>>> run.citations.head()                              # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = [
    "AraseclitError",
    "Document",
    "Line",
    "RepairOp",
    "Run",
    "SourceSpan",
    "__version__",
    "analyze",
    "load_pipeline",
    "open_run",
    "read",
]

if TYPE_CHECKING:
    from araseclit.document import Document, Line, RepairOp, SourceSpan
    from araseclit.errors import AraseclitError
    from araseclit.ingest import read
    from araseclit.pipeline.loader import load_pipeline
    from araseclit.run import Run, analyze, open_run

_LAZY = {
    "AraseclitError": "araseclit.errors",
    "Document": "araseclit.document",
    "Line": "araseclit.document",
    "RepairOp": "araseclit.document",
    "SourceSpan": "araseclit.document",
    "read": "araseclit.ingest",
    "load_pipeline": "araseclit.pipeline.loader",
    "Run": "araseclit.run",
    "analyze": "araseclit.run",
    "open_run": "araseclit.run",
}


def __getattr__(name: str) -> Any:
    """Import the public API lazily so ``import araseclit`` stays fast for the CLI."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'araseclit' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The public API (loaded lazily, so not yet in the module's namespace) and the rest."""
    return sorted({*__all__, *(name for name in globals() if name.startswith("__"))})
