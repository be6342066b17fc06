"""``find_citations`` stays linear in the length of the text (a book-length extraction must
not take minutes): four times the text may take at most eight times as long. Ibid brackets
cost one sweep, not one scan of every citation each: a book in the notes style of Arabic
journals (``المصدر نفسه`` after nearly every citation) stays linear too.

Time is the process's CPU time, not the wall clock: on a machine shared with other jobs the
wall clock counts their turns too, and the ratio of two runs then measures the load."""

from __future__ import annotations

from pathlib import Path

import pytest

from araseclit.cite import find_citations
from tests_support import best_cpu_seconds_alternating

SOURCES = Path(__file__).resolve().parents[2] / "corpora" / "sample" / "sources"

pytestmark = pytest.mark.slow


def _ratio(small: str, large: str) -> float:
    """CPU time of the large text over the small one, the two timed in turn (least of three
    each), so that a change of the machine's load falls on both alike."""
    t_small, t_large = best_cpu_seconds_alternating(
        lambda: find_citations(small), lambda: find_citations(large), runs=3
    )
    return t_large / t_small


def test_four_times_the_text_takes_at_most_eight_times_as_long() -> None:
    corpus = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SOURCES.glob("*.txt")))
    small = (corpus * 8)[:150_000]
    large = (corpus * 32)[:600_000]
    assert _ratio(small, large) < 8


IBID_PARAGRAPH = (
    "ويرى الباحث أن ضعف الدولة بعد عام 2003 فتح المجال أمام الجماعات المسلحة "
    "(الجبوري، 2018: 45)، وأن المنظمات المحلية ملأت جزءًا من الفراغ (المصدر نفسه، ص 46)، "
    "ثم يعود إلى الفكرة ذاتها (المصدر نفسه، ص 52) ويضيف أن التمويل الخارجي شرط لبقائها "
    "(المرجع السابق، ص 60). وتؤكد دراسة ميدانية ذلك (Dodge, 2012: 4) ثم تستدرك (Ibid., p. 7).\n\n"
)


def test_four_times_the_ibid_text_takes_at_most_eight_times_as_long() -> None:
    small = IBID_PARAGRAPH * 300
    large = IBID_PARAGRAPH * 1200
    assert len(find_citations(small)) == 6 * 300
    assert _ratio(small, large) <= 8


def test_document_evidence_holds_no_list_of_the_whole_texts_characters_or_words() -> None:
    """A book's document evidence (read once for every chunk of it) must not cost memory many
    times the text: the words of the whole text counted from a list and its characters listed
    for edits that never came took ~61 bytes a character (24.7 MB at 405,639 characters)."""
    import tracemalloc

    from araseclit.cite.citations import document_evidence

    text = IBID_PARAGRAPH * 900  # about 400,000 characters with no cut word to rejoin
    document_evidence(text, [], (0, 0))  # patterns compiled outside the measurement
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        document_evidence(text, [], (0, 0))
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert peak < 15 * len(text), f"{peak / 1e6:.1f} MB for {len(text):,} characters"
