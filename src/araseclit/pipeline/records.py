"""Collect the run-table records of one processed document."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from araseclit.document import Document
from araseclit.errors import SEVERITY_WARNING
from araseclit.pipeline.annotate import Annotations
from araseclit.pipeline.extensions import make_id


def _containing(starts: list[int], ids: list[str], offset: int) -> str | None:
    i = bisect.bisect_right(starts, offset) - 1
    return ids[i] if i >= 0 else None


def sentence_records(document: Document, found: Annotations | Doc) -> list[dict[str, object]]:
    """One SENTENCES record per sentence, with its section, paragraph and source position
    (``found``: the annotations of ``document``, or the ``Doc`` of one pass over it)."""
    if isinstance(found, Doc):
        found = Annotations.of(found)
    sections = sorted(found.sections, key=lambda s: int(s["start"]))
    sec_starts = [int(s["start"]) for s in sections]
    sec_ids = [str(s["section_id"]) for s in sections]
    para_starts = [int(p[0]) for p in found.paragraphs]
    para_ids = [make_id(document.doc_id, "p", i) for i in range(len(found.paragraphs))]
    records: list[dict[str, object]] = []
    text = document.text  # the text the offsets index, for every chunk of it
    for start, end, sent_id in found.sentences:
        source = document.locate(start)
        records.append(
            {
                "doc_id": document.doc_id,
                "sent_id": sent_id,
                "section_id": _containing(sec_starts, sec_ids, start),
                "para_id": _containing(para_starts, para_ids, start),
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
