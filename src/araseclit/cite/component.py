"""spaCy component ``araseclit_cite_v1``: in-text citations and the reference list of a Doc.

Fills ``doc._.citations`` (CITATIONS records, ``sent_id`` from the sentence boundaries set by
``araseclit_segment_v1``), ``doc._.references`` (REFERENCES records, matched to the citations)
and ``doc.spans["citations"]`` (one span per citation record, ``alignment_mode="expand"``,
label = ``kind``). Brackets inside the reference list are not in-text citations.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from araseclit.cite.citations import find_citations
from araseclit.cite.matching import match
from araseclit.cite.references import find_references
from araseclit.pipeline.extensions import register_extensions, sentence_ids

SPAN_KEY = "citations"


class CitationFinder:
    """Find citations and references, match them, set the annotations."""

    def __init__(self, name: str = "araseclit_cite_v1", span_key: str = SPAN_KEY) -> None:
        register_extensions()
        self.name = name
        self.span_key = span_key

    def __call__(self, doc: Doc) -> Doc:
        span, references = find_references(doc.text, doc_id=doc._.doc_id)
        sentences = sentence_ids(doc) if doc.has_annotation("SENT_START") else []
        citations = find_citations(
            doc.text, sentences, doc_id=doc._.doc_id, skip=span or (0, 0), references=references
        )
        if references:
            match(citations, references)
        self.set_annotations(doc, citations, references)
        return doc

    def set_annotations(self, doc: Doc, citations: list[dict], references: list[dict]) -> None:
        doc._.citations = citations
        doc._.references = references
        spans = []
        for rec in citations:
            s = doc.char_span(rec["start"], rec["end"], label=rec["kind"], alignment_mode="expand")
            if s is not None:
                spans.append(s)
        doc.spans[self.span_key] = spans


@Language.factory("araseclit_cite_v1", default_config={"span_key": SPAN_KEY})
def make_citation_finder(nlp: Language, name: str, span_key: str = SPAN_KEY) -> CitationFinder:
    """Factory of ``araseclit_cite_v1`` (see the module docstring)."""
    return CitationFinder(name, span_key)
