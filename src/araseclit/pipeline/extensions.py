"""All custom spaCy attributes, declared in one place and registered by one function.

Only JSON-serialisable values are stored (lists of record dicts), so a ``DocBin`` round trip
keeps them. Records follow the schemas in :mod:`araseclit.store.schema`.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.errors import Errors
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
    token of the sentence before it, but not part of its text). Worked out once per doc and
    kept while its sentence starts, text and id stay the same: cite, tag and claims all ask.
    """
    text = doc_text(doc)
    if "sents" in doc.user_hooks:
        return _hooked(doc, text)
    key = (doc._.doc_id, doc.to_array(SENT_START).tobytes())
    kept = _SENTENCES.get(doc)
    if kept is not None and kept[0] == key and kept[1] is text:
        return list(kept[2])
    if not doc.has_annotation("SENT_START"):
        raise ValueError(Errors.E030)  # what doc.sents raises
    found = _sentence_ids(doc, text)
    _SENTENCES[doc] = (key, text, found)
    return list(found)


#: each live doc's sentences, with what they were worked out from (dropped with the doc)
_SENTENCES: WeakKeyDictionary[
    Doc, tuple[tuple[str | None, bytes], str, list[tuple[int, int, str]]]
] = WeakKeyDictionary()


def _sentence_ids(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """What :attr:`Doc.sents` gives (a sentence starts at the first token and at every token
    whose ``sent_start`` is 1), read from the token arrays instead of one Span per sentence."""
    table = doc.to_array([SENT_START, IDX, LENGTH]).astype("int64")
    n = len(table)
    if n == 0:
        return []
    starts = [0, *(numpy.flatnonzero(table[1:, 0] == 1) + 1).tolist()]
    offsets = table[:, 1].tolist()
    lengths = table[:, 2].tolist()
    doc_id = doc._.doc_id
    out = []
    for i, (first, nxt) in enumerate(zip(starts, [*starts[1:], n], strict=True)):
        start, end = offsets[first], offsets[nxt - 1] + lengths[nxt - 1]
        out.append((start, start + len(text[start:end].rstrip()), make_id(doc_id, "s", i)))
    return out


def _hooked(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """The same from a ``sents`` user hook's spans (not kept: the hook may read anything)."""
    return [
        (
            sent.start_char,
            sent.start_char + len(text[sent.start_char : sent.end_char].rstrip()),
            make_id(doc._.doc_id, "s", i),
        )
        for i, sent in enumerate(doc.sents)
    ]
