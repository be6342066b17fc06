"""Sentence records cost time linear in the document: each sentence's text and source line
are found without rebuilding the document's text or its provenance list. The records of a
document in chunks are made and written chunk by chunk: their memory does not grow with it."""

from __future__ import annotations

import gc
import tracemalloc
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from araseclit.document import Document, SourceSpan
from araseclit.ingest import read
from araseclit.pipeline.extensions import register_extensions
from araseclit.pipeline.loader import load_pipeline, repair_config
from araseclit.pipeline.records import sentence_records, spill_records
from araseclit.store.spill import Spill
from tests_support import best_cpu_seconds_alternating

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
    small, large = _document(2000), _document(8000)
    # quadratic gives ~16; the bisections (n log n) and a larger working set give 5-6 on a
    # quiet machine and up to 8.5 under CI's load, on steps of a few milliseconds; the two
    # sizes are timed in turn so that a change of load falls on both alike
    t_small, t_large = best_cpu_seconds_alternating(
        lambda: sentence_records(*small), lambda: sentence_records(*large), runs=7
    )
    ratio = t_large / t_small
    assert ratio <= 11.0, f"4x the sentences took {ratio:.1f}x the time"


# --- records of a long document: produced and written chunk by chunk (issue 12) -----------

SAMPLE_SOURCES = sorted(
    (Path(__file__).resolve().parents[2] / "corpora/sample/sources").glob("*.txt")
)


def _book(path: Path, n_chars: int) -> Path:
    """A book of at least ``n_chars`` characters: the sample papers' texts (headings, cited
    bodies and reference lists), one after the other, as many times as it takes."""
    papers = [p.read_text(encoding="utf-8").strip() for p in SAMPLE_SOURCES]
    parts: list[str] = []
    size = 0
    while size < n_chars:
        paper = papers[len(parts) % len(papers)]
        parts.append(f"الفصل {len(parts) + 1}\n\n{paper}")
        size += len(parts[-1]) + 2
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return path


def _records_peak(nlp: Language, document: Document, spill_dir: Path, keep: bool) -> float:
    """The traced peak (MB, over what was allocated before the document's first chunk was
    done) while the records of ``document``, in chunks of 3,000 characters, are made and
    written to a spill; ``keep`` also holds every record in a list, as the records used to
    be held. The whole document's string passes before the first chunk (its paragraphs,
    sections, reference list, citation and tagger evidence) are not this stage's."""
    held: list[object] = []
    spill = Spill(spill_dir)
    base: list[int] = []

    def write(table: str, rows: list[dict[str, object]]) -> None:
        if not base:
            base.append(tracemalloc.get_traced_memory()[0])
            tracemalloc.reset_peak()
        spill.write(table, rows)
        if keep:
            held.extend(rows)

    gc.collect()
    tracemalloc.start()
    try:
        spill_records(nlp, document, write, max_chars=3_000)
        peak = tracemalloc.get_traced_memory()[1] - base[0]
    finally:
        tracemalloc.stop()
        spill.discard()
    return peak / 1e6


@pytest.mark.slow
def test_the_records_of_a_document_four_times_longer_take_no_more_memory_at_their_peak(
    tmp_path: Path,
) -> None:
    """A document 4x longer (three chapters against twelve of the sample papers, in chunks)
    holds its records no longer than a chunk: the traced peak of the records stage stays
    within 1.6x. Records held for the whole document, as before, grow with it (3-4x here:
    the same measurement with the rows kept is the test's own check that it can fail)."""
    nlp = load_pipeline("default")
    repair = repair_config(nlp)
    short = read(_book(tmp_path / "short.txt", 20_000), repair)
    long = read(_book(tmp_path / "long.txt", 80_000), repair)
    assert 3.8 < len(long.text) / len(short.text) < 4.2

    def least(document: Document, keep: bool = False) -> float:
        return min(_records_peak(nlp, document, tmp_path, keep) for _ in range(3))

    streamed = least(long) / least(short)
    assert streamed <= 1.6, f"4x the text: {streamed:.2f}x the records stage's traced peak"
    held = least(long, keep=True) / least(short, keep=True)
    assert held >= 2.5, f"rows held for the whole document gave only {held:.2f}x"
