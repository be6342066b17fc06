"""The lexicon loads without spaCy: topic labels and notebooks that need only the lexicon do not
pay for spaCy, thinc and torch (about 8 s in a fresh process), while the tagger's names still
come from ``araseclit.tag`` as before."""

from __future__ import annotations

import subprocess
import sys

import pytest

CHECK = """
import sys
from araseclit.tag import load_lexicon
lexicon = load_lexicon()
assert len(lexicon) > 1000, len(lexicon)
heavy = sorted(m for m in ("spacy", "thinc", "torch", "transformers") if m in sys.modules)
print(",".join(heavy) or "none")
"""


def test_the_lexicon_loads_without_spacy_or_torch() -> None:
    out = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "none"


def test_the_taggers_names_still_come_from_the_package() -> None:
    import araseclit.tag as tag
    from araseclit.tag import MentionTagger, tag_text
    from araseclit.tag.component import tag_text as component_tag_text

    assert tag_text is component_tag_text
    assert MentionTagger.__name__ == "MentionTagger"
    mentions = tag_text("أعلنت وزارة الداخلية العراقية اعتقال عناصر من تنظيم داعش في الموصل.")
    assert any(m["entity_id"].startswith("actor.") for m in mentions)
    with pytest.raises(AttributeError):
        tag.no_such_name  # noqa: B018
