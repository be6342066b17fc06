"""All custom spaCy attributes, declared in one place and registered by one function.

Only JSON-serialisable values are stored (lists of record dicts), so a ``DocBin`` round trip
keeps them. Records follow the schemas in :mod:`araseclit.store.schema`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from araseclit.ids import make_id, sent_id_at
from araseclit.pipeline.texts import doc_text, remember_text

__all__ = [
    "DOC_EXTENSIONS",
    "doc_text",
    "make_id",
    "register_extensions",
    "remember_text",
    "sent_id_at",
    "sentence_ids",
]

#: Doc._ attributes and their defaults (callables give a fresh default per doc)
DOC_EXTENSIONS: dict[str, object] = {
    "doc_id": None,  # str: content-derived id of the source document
    "sections": None,  # list[dict]: SECTIONS records
    "paragraphs": None,  # list[tuple[int, int]]: character spans
    "citations": None,  # list[dict]: CITATIONS records
    "references": None,  # list[dict]: REFERENCES records
    "mentions": None,  # list[dict]: MENTIONS records
    "claims": None,  # list[dict]: CLAIMS records
    # dict: when the Doc is one chunk of a longer document (araseclit.pipeline.annotate), what
    # a component needs from the rest of it: "offset" of the chunk in the document, the
    # document's "references" and "reference_span", the "previous" chunk's last cited work,
    # and the tagger's "tag_evidence" gathered over every chunk (araseclit.tag.evidence)
    "chunk": None,
}


def register_extensions() -> None:
    """Register every araseclit extension (idempotent)."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()


def sentence_ids(doc: Doc) -> list[tuple[int, int, str]]:
    """``(start_char, end_char, sent_id)`` for every sentence of ``doc``, in order.

    ``end_char`` leaves out trailing white space (the blank line between paragraphs is a
    token of the sentence before it, but not part of its text).
    """
    text = doc_text(doc)
    return [
        (
            sent.start_char,
            sent.start_char + len(text[sent.start_char : sent.end_char].rstrip()),
            make_id(doc._.doc_id, "s", i),
        )
        for i, sent in enumerate(doc.sents)
    ]
