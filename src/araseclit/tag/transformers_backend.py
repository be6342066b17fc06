"""Optional backend: a local token-classification model (``backend="transformers"``).

The model is a directory the user gives (``model_path``); it is loaded with
``local_files_only=True``, so nothing is ever downloaded. Its labels are mapped onto the four
mention labels (``B-ORG`` -> ACTOR, ``I-THREAT`` -> THREAT, ...); labels with no mapping are
ignored. A predicted span whose normalised words are a lexicon form gets that entry's id and
category; otherwise its category is ``"model"`` and its entity id is None.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from araseclit.errors import ConfigError

if TYPE_CHECKING:
    from araseclit.tag.component import Found
    from araseclit.tag.matcher import LexiconMatcher

#: model label (BIO prefix removed, upper-cased) -> mention label
LABEL_MAP: dict[str, str] = {
    "ACTOR": "ACTOR",
    "THREAT": "THREAT",
    "SECURITY_CONCEPT": "SECURITY_CONCEPT",
    "CONCEPT": "SECURITY_CONCEPT",
    "NGO_ROLE": "NGO_ROLE",
    "ROLE": "NGO_ROLE",
    "ORG": "ACTOR",
    "ORGANIZATION": "ACTOR",
    "GPE": "ACTOR",
    "NORP": "ACTOR",
}
MODEL_CATEGORY = "model"
#: characters per model call: well under 512 word pieces for Arabic prose
CHUNK_CHARS = 1000


def map_label(model_label: str) -> str | None:
    """Mention label for a model label: ``B-ORG`` -> ``ACTOR``, ``O`` -> None."""
    name = model_label.upper()
    if name[:2] in ("B-", "I-", "E-", "S-", "L-", "U-"):
        name = name[2:]
    return LABEL_MAP.get(name)


class TransformersFinder:
    """Finds mentions with a local Hugging Face token-classification model."""

    def __init__(self, model_path: str | Path | None, matcher: LexiconMatcher) -> None:
        path = Path(model_path) if model_path else None
        if path is None or not (path / "config.json").is_file():
            raise ConfigError("E061", path=str(model_path))
        from transformers import (
            AutoModelForTokenClassification,
            AutoTokenizer,
            pipeline,
        )

        tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        model = AutoModelForTokenClassification.from_pretrained(path, local_files_only=True)
        self.pipe = pipeline(
            "token-classification",
            model=model,
            tokenizer=tokenizer,
            aggregation_strategy="simple",
            device=-1,
        )
        self.matcher = matcher

    def __call__(self, doc: Doc) -> list[Found]:
        from araseclit.tag.component import Found

        found = []
        for offset, chunk in chunks(doc.text):
            for group in self.pipe(chunk):
                label = map_label(str(group["entity_group"]))
                span = doc.char_span(
                    offset + group["start"], offset + group["end"], alignment_mode="expand"
                )
                if label is None or span is None or all(t.is_punct for t in span):
                    continue
                entity_id, category = self._link(span, label)
                found.append(Found(span.start, span.end, label, category, entity_id, rank=2))
        return found

    def _link(self, span: object, label: str) -> tuple[str | None, str]:
        """Entity id and category of a model span, from the lexicon when it knows the form."""
        key = tuple(t.norm_ for t in span)  # type: ignore[attr-defined]
        for hit in self.matcher.table.get(key, ()):
            if hit.entry.label == label:
                return hit.entry.id, hit.entry.category
        return None, MODEL_CATEGORY


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """``(offset, piece)`` pieces of at most ~``size`` characters, cut at whitespace."""
    pieces = []
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        pieces.append((start, text[start:end]))
        start = end
    return pieces
