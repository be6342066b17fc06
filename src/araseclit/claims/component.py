"""spaCy component ``araseclit_claims_v1``: fills ``doc._.claims`` from the sentences,
``doc._.citations`` and ``doc._.mentions`` set by the earlier components."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

import araseclit.pipeline.extensions  # noqa: F401  (registers Doc._ attributes)
from araseclit.claims.detect import find_claims
from araseclit.claims.lexicon import ClaimCues, load_cues
from araseclit.pipeline.extensions import doc_text, sentence_ids


class ClaimFinder:
    """Finds attributed claims in a segmented, cited and tagged ``Doc``."""

    def __init__(self, name: str, cues: ClaimCues) -> None:
        self.name = name
        self.cues = cues

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = find_claims(
            doc_text(doc),
            sentence_ids(doc),
            doc._.citations or [],
            doc._.mentions or [],
            doc_id=doc._.doc_id,
            cues=self.cues,
        )
        return doc


@Language.factory("araseclit_claims_v1", default_config={"cues_path": None})
def make_claim_finder(nlp: Language, name: str, cues_path: str | None = None) -> ClaimFinder:
    """The claims component; ``cues_path`` replaces the bundled cue lexicon."""
    return ClaimFinder(name, load_cues(Path(cues_path) if cues_path else None))
