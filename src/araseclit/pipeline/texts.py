"""The text of a Doc, joined once.

``Doc.text`` joins every token's text anew at each call, making a Token object per token;
several components of a pipeline read it. This module registers nothing (the tokenizer uses
it without registering the ``Doc._`` attributes of :mod:`.extensions`).
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc

#: the text of each live Doc, once known
_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def remember_text(doc: Doc, text: str) -> None:
    """Remember ``text`` as ``doc``'s text (the caller made ``doc`` from it, so that
    ``doc.text == text``: spaCy keeps a Doc's text whatever is done to its tokens)."""
    _TEXTS[doc] = text


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc (:func:`remember_text` may have given it already)."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text
