"""Actor, threat, security-concept and NGO-role mentions (``araseclit_tag_v1``, ``araseclit_tag_v2``).

The lexicon (:func:`load_lexicon`) loads without spaCy; the tagger's names
(:class:`MentionTagger`, :func:`tag_text`, ...) import spaCy, and through thinc torch, on first
use only, so that code needing the lexicon alone (topic labels, a notebook) does not pay seconds
for them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from araseclit.tag.lexicon import Entry, Lexicon, load_lexicon

if TYPE_CHECKING:
    from araseclit.tag.component import (
        MentionTagger,
        explain_text,
        make_tagger,
        make_tagger_v2,
        tag_text,
    )

#: names served from :mod:`araseclit.tag.component`, imported when first asked for
_COMPONENT = ("MentionTagger", "explain_text", "make_tagger", "make_tagger_v2", "tag_text")

__all__ = [
    "Entry", "Lexicon", "MentionTagger", "explain_text", "load_lexicon", "make_tagger",
    "make_tagger_v2", "tag_text",
]  # fmt: skip


def __getattr__(name: str) -> Any:
    if name in _COMPONENT:
        return getattr(importlib.import_module("araseclit.tag.component"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
