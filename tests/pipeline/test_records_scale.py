"""Sentence records cost time linear in the document: each sentence's text and source line
are found without rebuilding the document's text or its provenance list."""

from __future__ import annotations

import pytest
import spacy

from araseclit.document import Document, SourceSpan
from araseclit.pipeline.extensions import register_extensions
from araseclit.pipeline.records import sentence_records
from tests_support import best_cpu_seconds

SENTENCE = "تراقب المنظمات المحلية توزيع المساعدات في المخيمات وتنشر تقارير شهرية عن النقص."


def _document(n: int) -> tuple[Document, spacy.tokens.Doc]:
    text = " ".join([SENTENCE] * n)
    step = len(SENTENCE) + 1
    spans = [
        SourceSpan(i * step, i * step + len(SENTENCE), i // 40 + 1, i % 40 + 1) for i in range(n)
    ]
    document = Document("d0123456789abcde", "long.txt", "txt", text, provenance=spans)
    register_extensions()
    nlp = spacy.blank("ar")
    nlp.add_pipe("sentencizer")
    nlp.max_length = len(text) + 1
    doc = nlp(text)
    doc._.doc_id = document.doc_id
    return document, doc


def test_records_carry_each_sentence_text_and_source_line() -> None:
    document, doc = _document(90)
    records = sentence_records(document, doc)
    assert len(records) == 90
    assert all(r["text"] == SENTENCE for r in records)
    assert [(r["page"], r["line"]) for r in records[39:42]] == [(1, 40), (2, 1), (2, 2)]


@pytest.mark.slow
def test_sentence_records_time_grows_linearly() -> None:
    def seconds(n: int) -> float:
        document, doc = _document(n)
        return best_cpu_seconds(lambda: sentence_records(document, doc), runs=7)

    # quadratic gives ~16; the bisections (n log n) and a larger working set give 5-6 on a
    # quiet machine and up to 8.5 under CI's load, on steps of a few milliseconds
    ratio = seconds(8000) / seconds(2000)
    assert ratio <= 11.0, f"4x the sentences took {ratio:.1f}x the time"
