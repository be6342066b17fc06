"""All custom spaCy attributes, declared in one place and registered by one function.

Only JSON-serialisable values are stored (lists of record dicts), so a ``DocBin`` round trip
keeps them. Records follow the schemas in :mod:`araseclit.store.schema`.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

#: Doc._ attributes and their defaults (callables give a fresh default per doc)
DOC_EXTENSIONS: dict[str, object] = {
    "doc_id": None,  # str: content-derived id of the source document
    "sections": None,  # list[dict]: SECTIONS records
    "paragraphs": None,  # list[tuple[int, int]]: character spans
    "citations": None,  # list[dict]: CITATIONS records
    "references": None,  # list[dict]: REFERENCES records
    "mentions": None,  # list[dict]: MENTIONS records
    "claims": None,  # list[dict]: CLAIMS records
}


def register_extensions() -> None:
    """Register every araseclit extension (idempotent)."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()


def make_id(doc_id: str | None, kind: str, n: int) -> str:
    """Record id: ``<doc_id>-<kind><n>``, e.g. ``d1a2b-s0007`` (kind: s, c, r, m, k, p, sec)."""
    return f"{doc_id or 'doc'}-{kind}{n:04d}"


def sentence_ids(doc: Doc) -> list[tuple[int, int, str]]:
    """``(start_char, end_char, sent_id)`` for every sentence of ``doc``, in order.

    ``end_char`` leaves out trailing white space (the blank line between paragraphs is a
    token of the sentence before it, but not part of its text).
    """
    return [
        (sent.start_char, sent.start_char + len(sent.text.rstrip()), make_id(doc._.doc_id, "s", i))
        for i, sent in enumerate(doc.sents)
    ]


def sent_id_at(sentences: list[tuple[int, int, str]], offset: int) -> str | None:
    """The id of the sentence containing character ``offset`` (from :func:`sentence_ids`)."""
    i = bisect.bisect_right([s for s, _, _ in sentences], offset) - 1
    if i >= 0 and sentences[i][0] <= offset < max(sentences[i][1], sentences[i][0] + 1):
        return sentences[i][2]
    return None
