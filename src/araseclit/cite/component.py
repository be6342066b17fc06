"""spaCy component ``araseclit_cite_v1``: in-text citations and the reference list of a Doc.

Fills ``doc._.citations`` (CITATIONS records, ``sent_id`` from the sentence boundaries set by
``araseclit_segment_v1``), ``doc._.references`` (REFERENCES records, matched to the citations)
and ``doc.spans["citations"]`` (one span per citation record, ``alignment_mode="expand"``,
label = ``kind``). Brackets inside the reference list are not in-text citations.

A Doc that is one chunk of a longer document (``doc._.chunk``, set by
:func:`araseclit.pipeline.annotate.annotate`) takes the whole document's reference list and
its span from there, so that a citation early in a book matches an entry at its end, and the
rest of what the finder reads from the document as a whole (``chunk["cite_evidence"]``,
:class:`araseclit.cite.citations.DocumentEvidence`); an ibid (``(المصدر نفسه، ص٤٦)``) before
the chunk's first citation takes the work of the last citation of the chunks before it, and
an ``op. cit.`` the works they cited (``chunk["cited_before"]``).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from araseclit.cite.citations import find_citations
from araseclit.cite.matching import match
from araseclit.cite.references import find_references
from araseclit.pipeline.extensions import make_id, register_extensions, sent_id_at, sentence_ids
from araseclit.pipeline.texts import doc_text

SPAN_KEY = "citations"


class CitationFinder:
    """Find citations and references, match them, set the annotations."""

    def __init__(self, name: str = "araseclit_cite_v1", span_key: str = SPAN_KEY) -> None:
        register_extensions()
        self.name = name
        self.span_key = span_key

    def __call__(self, doc: Doc) -> Doc:
        chunk = doc._.chunk
        text = doc_text(doc)
        if chunk is None:
            span, references = find_references(text, doc_id=doc._.doc_id)
        else:
            span, references = _chunk_span(chunk, len(text)), list(chunk["references"])
        sentences = sentence_ids(doc) if doc.has_annotation("SENT_START") else []
        citations = find_citations(
            text,
            sentences,
            doc_id=doc._.doc_id,
            skip=span or (0, 0),
            references=references,
            evidence=chunk.get("cite_evidence") if chunk else None,
            cited_before=chunk.get("cited_before") if chunk else None,
        )
        if chunk is not None:
            citations = _chunk_ibid(doc, citations, chunk, span, sentences)
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


def _chunk_span(chunk: dict[str, Any], length: int) -> tuple[int, int] | None:
    """The document's reference-list span in the chunk's offsets (None if they do not meet)."""
    whole = chunk.get("reference_span")
    if not whole:
        return None
    offset = int(chunk["offset"])
    start, end = max(int(whole[0]) - offset, 0), min(int(whole[1]) - offset, length)
    return (start, end) if start < end else None


def _chunk_ibid(
    doc: Doc,
    citations: list[dict],
    chunk: dict[str, Any],
    span: tuple[int, int] | None,
    sentences: list[tuple[int, int, str]],
) -> list[dict]:
    """``citations`` of a chunk with the ibids one pass gives the work of the citation the
    chunks before end with (``chunk["previous"]``): those with no citation of the chunk before
    them, which :func:`find_citations` leaves out as having nothing to refer to. Sets
    ``chunk["last"]``: the work a later chunk's ibid refers to, as :func:`_ibid` chooses it
    (the latest start among the citations with an author that are not ibids themselves)."""
    from araseclit.cite.citations import _ibid, _matching_copy
    from araseclit.cite.patterns import IBID_BRACKET_RE

    t = _matching_copy(doc_text(doc))
    previous = chunk.get("previous")
    extra: list[dict] = []
    if previous:
        before = {**previous, "start": -2, "end": -1}  # ends before every ibid of the chunk
        have = {(r["start"], r["end"]) for r in citations}
        extra = [
            r
            for r in _ibid(t, [before], span)
            if r is not before and (r["start"], r["end"]) not in have
        ]
    ibids = {(m.start(), m.end()) for m in IBID_BRACKET_RE.finditer(t)}
    works = [r for r in citations if r["author"] and (r["start"], r["end"]) not in ibids]
    last = max(works, key=lambda r: r["start"], default=None)
    chunk["last"] = dict(last) if last is not None else previous
    if not extra:
        return citations
    for rec in extra:
        rec["raw"] = doc_text(doc)[rec["start"] : rec["end"]]
        rec["sent_id"] = sent_id_at(sentences, rec["start"]) if sentences else None
    merged = sorted(citations + extra, key=lambda r: (r["start"], r["end"]))
    for i, rec in enumerate(merged):
        rec["doc_id"], rec["cit_id"] = doc._.doc_id, make_id(doc._.doc_id, "c", i)
    return merged


@Language.factory("araseclit_cite_v1", default_config={"span_key": SPAN_KEY})
def make_citation_finder(nlp: Language, name: str, span_key: str = SPAN_KEY) -> CitationFinder:
    """Factory of ``araseclit_cite_v1`` (see the module docstring)."""
    return CitationFinder(name, span_key)
