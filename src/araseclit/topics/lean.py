"""BERTopic imported without the deep-learning stack it loads and araseclit does not use.

``import bertopic`` imports sentence-transformers, transformers and torch (its multimodal
backend and text-generation representations, tried at import time) and spaCy (its
part-of-speech representation), whether or not a model of theirs is ever asked for: 6.9 s of
CPU and 490 MB of peak RSS over pandas and scikit-learn, against 1.7 s and 170 MB without them
(``tests/topics/test_lean.py``; scratch figures on this machine). araseclit's offline default
(LSA embedding, UMAP, HDBSCAN, c-TF-IDF) needs none of them.

:func:`import_bertopic` imports BERTopic as on a machine without those four packages, when
none of them is loaded yet: BERTopic then lists the optional parts as not installed
(``bertopic.representation.TextGeneration``, ``bertopic.backend.MultiModalBackend``,
``PartOfSpeech``). The packages stay importable: a local sentence-transformers model passed as
``embedding`` is loaded by :func:`araseclit.topics.embedding.load_local_model`, and BERTopic
imports its own sentence-transformers backend when it is handed one, both after this. The same
pattern as ``araseclit.cli``'s spaCy import without torch. spaCy is held back too, so that
thinc, imported under it, does not record torch as missing for a spaCy pipeline loaded later
in the same process. One thing is lost in such a process: BERTopic's legacy ``pytorch``
serialisation (araseclit saves and loads safetensors).
"""

from __future__ import annotations

import importlib
import importlib.abc
import sys
from typing import Any

#: packages BERTopic imports at import time for parts araseclit never uses
HELD_BACK = ("torch", "transformers", "sentence_transformers", "spacy")


class _Absent(importlib.abc.MetaPathFinder):
    """Answers an import of ``names`` (and their submodules) as a machine without them would."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = frozenset(names)

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name.partition(".")[0] in self.names:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)


def import_bertopic() -> None:
    """Import ``bertopic`` holding back the :data:`HELD_BACK` packages not loaded yet; a no-op
    once ``bertopic`` is loaded (by this or by the user's own import)."""
    if "bertopic" in sys.modules:
        return
    names = tuple(n for n in HELD_BACK if n not in sys.modules)
    finder = _Absent(names)
    sys.meta_path.insert(0, finder)
    try:
        importlib.import_module("bertopic")
    finally:
        sys.meta_path.remove(finder)


import_bertopic()

# what araseclit uses of BERTopic, imported from here so that nothing imports it before the above
from bertopic import BERTopic  # noqa: E402
from bertopic.dimensionality import BaseDimensionalityReduction  # noqa: E402
from bertopic.representation import BaseRepresentation  # noqa: E402
from bertopic.vectorizers import ClassTfidfTransformer  # noqa: E402

__all__ = [
    "HELD_BACK",
    "BERTopic",
    "BaseDimensionalityReduction",
    "BaseRepresentation",
    "ClassTfidfTransformer",
    "import_bertopic",
]
