"""Collect the run-table records of one processed document."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from araseclit.document import Document
from araseclit.errors import SEVERITY_WARNING
from araseclit.pipeline.extensions import make_id, sentence_ids


def _containing(starts: list[int], ids: list[str], offset: int) -> str | None:
    i = bisect.bisect_right(starts, offset) - 1
    return ids[i] if i >= 0 else None


def sentence_records(document: Document, doc: Doc) -> list[dict[str, object]]:
    """One SENTENCES record per sentence, with its section, paragraph and source position."""
    sections = sorted(doc._.sections or [], key=lambda s: int(s["start"]))  # type: ignore[arg-type]
    sec_starts = [int(s["start"]) for s in sections]  # type: ignore[arg-type]
    sec_ids = [str(s["section_id"]) for s in sections]
    paragraphs = doc._.paragraphs or []
    para_starts = [int(p[0]) for p in paragraphs]
    para_ids = [make_id(document.doc_id, "p", i) for i in range(len(paragraphs))]
    records: list[dict[str, object]] = []
    text = doc.text  # built from the tokens on every access: once per document, not per sentence
    for start, end, sent_id in sentence_ids(doc):
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


def doc_records(document: Document, doc: Doc) -> dict[str, list[dict[str, object]]]:
    """All per-document run-table records of a processed ``doc``, and under ``errors`` the
    rows of its warnings."""
    sentences = sentence_records(document, doc)
    return {
        "documents": [document_record(document, len(sentences))],
        "sections": list(doc._.sections or []),
        "sentences": sentences,
        "citations": list(doc._.citations or []),
        "references": list(doc._.references or []),
        "mentions": list(doc._.mentions or []),
        "claims": list(doc._.claims or []),
        "errors": warning_records(document),
    }
