"""Actor, threat, security-concept and NGO-role mentions (``araseclit_tag_v1``, ``araseclit_tag_v2``)."""

from araseclit.tag.component import (
    MentionTagger,
    explain_text,
    make_tagger,
    make_tagger_v2,
    tag_text,
)
from araseclit.tag.lexicon import Entry, Lexicon, load_lexicon

__all__ = [
    "Entry", "Lexicon", "MentionTagger", "explain_text", "load_lexicon", "make_tagger",
    "make_tagger_v2", "tag_text",
]  # fmt: skip
