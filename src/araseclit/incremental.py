"""Incremental runs: a document whose file and pipeline are unchanged is not processed again.

Each ``documents`` row keeps the SHA-256 of its file's bytes (``source_sha256``), and the
store keeps a hash of everything that shapes a document's records (``config_hash``: the
pipeline's config and settings, the repair configuration, araseclit's version). When
:func:`araseclit.analyze` writes into a folder holding a run of the same configuration, a
file whose path and bytes match a stored document keeps its stored rows; only new and
changed files go through the pipeline, and the corpus steps (topics, framing) run again
only when some document changed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from spacy.language import Language

from araseclit import __version__

if TYPE_CHECKING:
    from araseclit.repair.ops import RepairConfig

#: the ``info`` key of the store holding :func:`config_hash`
CONFIG_KEY = "config_hash"
_CHUNK = 1 << 20


def file_digest(path: Path) -> str:
    """SHA-256 of the bytes of ``path`` (hex), read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def config_hash(nlp: Language, repair: RepairConfig | None) -> str:
    """A hash of what shapes the records of a document: ``nlp``'s config and araseclit
    settings, the repair configuration given to the run, and araseclit's version."""
    meta = {k: v for k, v in nlp.meta.items() if str(k).startswith("araseclit")}
    parts = [nlp.config.to_str(), json.dumps(meta, sort_keys=True, default=str)]
    parts += [repr(repair), __version__]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]


def unchanged(
    files: Sequence[Path],
    documents: pd.DataFrame,
    stored_hash: str | None,
    current_hash: str,
) -> list[Path]:
    """The files of ``files`` whose path and bytes match a row of the stored ``documents``,
    when the store was written with the same configuration; none otherwise."""
    if stored_hash != current_hash or documents.empty:
        return []
    stored = dict(zip(documents["path"].astype(str), documents["source_sha256"], strict=True))
    out = []
    for path in files:
        digest = stored.get(str(path))
        if isinstance(digest, str) and path.is_file() and digest == file_digest(path):
            out.append(path)
    return out
