"""Collect the run-table records of one processed document."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from araseclit.document import Document
from araseclit.errors import SEVERITY_WARNING
from araseclit.pipeline.annotate import Annotations, annotate
from araseclit.pipeline.extensions import make_id


def _index(starts: list[int], offset: int) -> int:
    """The index of the last of ``starts`` at or before ``offset``, -1 if none."""
    return bisect.bisect_right(starts, offset) - 1


def sentence_records(
    document: Document,
    found: Annotations | Doc,
    sentences: list[tuple[int, int, str]] | None = None,
) -> list[dict[str, object]]:
    """One SENTENCES record per sentence, with its section, paragraph and source position
    (``found``: the annotations of ``document``, or the ``Doc`` of one pass over it).
    ``sentences``: those to make records of (default: all of ``found``'s), placed in
    ``found``'s sections and paragraphs: a chunk's, as :func:`spill_records` gives them."""
    if isinstance(found, Doc):
        found = Annotations.of(found)
    sections = sorted(found.sections, key=lambda s: int(s["start"]))
    sec_starts = [int(s["start"]) for s in sections]
    para_starts = [int(p[0]) for p in found.paragraphs]
    records: list[dict[str, object]] = []
    text = document.text  # the text the offsets index, for every chunk of it
    doc_id = document.doc_id
    for start, end, sent_id in found.sentences if sentences is None else sentences:
        source = document.locate(start)
        sec = _index(sec_starts, start)
        para = _index(para_starts, start)
        records.append(
            {
                "doc_id": doc_id,
                "sent_id": sent_id,
                "section_id": str(sections[sec]["section_id"]) if sec >= 0 else None,
                "para_id": make_id(doc_id, "p", para) if para >= 0 else None,
                "start": start,
                "end": end,
                "text": text[start:end],
                "page": source.page if source else None,
                "line": source.line if source else None,
            }
        )
    return records


def document_record(document: Document, n_sentences: int) -> dict[str, object]:
    """The DOCUMENTS record of ``document``."""
    quality = document.metadata.get("text_quality")
    if not isinstance(quality, dict):
        quality = {}
    return {
        "doc_id": document.doc_id,
        "path": document.path,
        "source_format": document.source_format,
        "title": document.title,
        "year": document.year,
        "n_pages": document.n_pages,
        "n_chars": len(document.text),
        "n_sentences": n_sentences,
        "encoding": document.encoding,
        "repair_score": document.repair_score,
        "warnings": "; ".join(document.warnings) or None,
        "repair_order": document.metadata.get("repair_order"),
        "text_known_share": quality.get("known_share"),
        "text_malformed_share": quality.get("malformed_share"),
        "text_damaged": quality.get("damaged"),
        "language": document.metadata.get("language"),
    }


def warning_records(document: Document) -> list[dict[str, object]]:
    """One ERRORS record (``severity = "warning"``) per coded warning of ``document``."""
    return [
        {
            "path": document.path,
            "doc_id": document.doc_id,
            "stage": "ingest",
            "code": w.code,
            "message": w.message,
            "severity": SEVERITY_WARNING,
        }
        for w in document.coded_warnings
    ]


def doc_records(document: Document, found: Annotations | Doc) -> dict[str, list[dict[str, object]]]:
    """All per-document run-table records of ``document`` from its annotations (or the
    ``Doc`` of one pass over it), and under ``errors`` the rows of its warnings."""
    if isinstance(found, Doc):
        found = Annotations.of(found)
    sentences = sentence_records(document, found)
    return {
        "documents": [document_record(document, len(sentences))],
        "sections": list(found.sections),
        "sentences": sentences,
        "citations": list(found.citations),
        "references": list(found.references),
        "mentions": list(found.mentions),
        "claims": list(found.claims),
        "errors": warning_records(document),
    }


#: tables whose records a chunk gives (the others are the whole document's)
CHUNK_TABLES = ("sentences", "citations", "mentions", "claims")


def spill_records(
    nlp: Language,
    document: Document,
    write: Callable[[str, list[dict[str, object]]], None],
    max_chars: int | None = None,
) -> tuple[Annotations, dict[str, list[dict[str, object]]]]:
    """Run ``nlp`` over ``document`` (:func:`~araseclit.pipeline.annotate.annotate`) and hand
    the records of each chunk to ``write(table, records)`` as the chunk is done: sentences,
    citations, mentions and claims, in the order and with the ids of :func:`doc_records`.
    Returns the annotations (paragraphs, sections, references and the counts) and the
    whole document's records :func:`doc_records` gives besides: ``documents``, ``sections``,
    ``references`` and ``errors``. Memory follows the chunk, not the document."""

    def chunk(part: Annotations, so_far: Annotations) -> None:
        write("sentences", sentence_records(document, so_far, part.sentences))
        write("citations", part.citations)
        write("mentions", part.mentions)
        write("claims", part.claims)

    found = annotate(nlp, document, max_chars, sink=chunk)
    whole = {
        "documents": [document_record(document, found.count()["s"])],
        "sections": list(found.sections),
        "references": list(found.references),
        "errors": warning_records(document),
    }
    return found, whole
