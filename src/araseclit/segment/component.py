"""spaCy component ``araseclit_segment_v1``: sentences, sections and paragraphs of a Doc."""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from araseclit.pipeline import extensions  # registers Doc._ attributes
from araseclit.segment.sections import find_paragraphs, find_sections
from araseclit.segment.sentences import split_sentences


class Segmenter:
    """Sets ``token.is_sent_start`` from :func:`split_sentences`, ``doc._.sections`` (SECTIONS
    records) and ``doc._.paragraphs`` (``(start, end)`` character spans)."""

    def __init__(self, name: str = "araseclit_segment_v1") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        sentences, sections, paragraphs = self.match(extensions.doc_text(doc))
        self.set_annotations(doc, sentences, sections, paragraphs)
        return doc

    def match(
        self, text: str
    ) -> tuple[list[tuple[int, int]], list[dict[str, object]], list[tuple[int, int]]]:
        return split_sentences(text), find_sections(text), find_paragraphs(text)

    def set_annotations(
        self,
        doc: Doc,
        sentences: list[tuple[int, int]],
        sections: list[dict[str, object]],
        paragraphs: list[tuple[int, int]],
    ) -> None:
        _set_sentence_starts(doc, [s for s, _ in sentences])
        doc._.sections = [
            {
                "doc_id": doc._.doc_id,
                "section_id": extensions.make_id(doc._.doc_id, "sec", i),
                **sec,
            }
            for i, sec in enumerate(sections)
        ]
        doc._.paragraphs = [tuple(p) for p in paragraphs]


def _set_sentence_starts(doc: Doc, starts: list[int]) -> None:
    """Mark the first non-space token at or after each sentence start; whitespace tokens
    between sentences stay with the sentence before them."""
    if not len(doc):
        return
    # token offsets and spaces from one array (a Token object per token cost more than the
    # sentence splitting itself)
    array = doc.to_array([IDX, IS_SPACE]).astype("int64")
    words = numpy.flatnonzero(array[:, 1] == 0)  # the tokens that are not white space
    at = numpy.searchsorted(array[:, 0], numpy.asarray(starts, dtype="int64"), side="left")
    found = numpy.searchsorted(words, at, side="left")  # the first word at or after each
    values = numpy.full(len(doc), -1, dtype="int32")
    values[words[found[found < len(words)]]] = 1
    values[0] = 1
    # one array write: setting token.is_sent_start token by token re-checks the whole doc
    # each time (quadratic: ~1 s on a 40,000-character chapter)
    doc.from_array([SENT_START], values.reshape(-1, 1).astype("uint64"))


@Language.factory("araseclit_segment_v1")
def make_segmenter(nlp: Language, name: str) -> Segmenter:
    """Factory of the segmentation component (``nlp.add_pipe("araseclit_segment_v1")``)."""
    return Segmenter(name)
