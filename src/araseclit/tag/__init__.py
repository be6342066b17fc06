"""Actor, threat, security-concept and NGO-role mentions (``araseclit_tag_v1``)."""

from araseclit.tag.component import MentionTagger, make_tagger, tag_text
from araseclit.tag.lexicon import Entry, Lexicon, load_lexicon

__all__ = ["Entry", "Lexicon", "MentionTagger", "load_lexicon", "make_tagger", "tag_text"]
