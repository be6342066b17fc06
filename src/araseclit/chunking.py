"""Where to cut a long document so the spaCy pipeline never sees more than a bounded span.

A document longer than :data:`MAX_CHUNK_CHARS` (or than the pipeline's ``nlp.max_length``)
is processed chunk by chunk (:func:`araseclit.pipeline.annotate.annotate`). Cuts fall where
no stage looks across them, so that the records of the chunks, shifted and renumbered, are
those of one pass over the whole text:

1. at the start of a paragraph (after a blank line): no sentence crosses a paragraph
   (:func:`araseclit.segment.sentences.split_sentences`), and a claim never takes its source
   from another paragraph;
2. for a paragraph longer than a chunk (a book extracted as one line), at the start of one of
   its sentences; the paragraph is still one paragraph in the records, but a sentence
   boundary decided inside a shorter text may differ from one pass near the cut;
3. for a sentence longer than a chunk, after the last white space that fits;
4. a run of more than a chunk's characters with no white space at all cannot be cut into
   tokens: ``E015``.

Nothing here imports spaCy: planning is a linear scan of the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from araseclit.errors import InputError

#: the largest span one pass of the pipeline sees (well under spaCy's 1,000,000 default);
#: peak memory of a run grows with it, not with the document
MAX_CHUNK_CHARS = 200_000
# a blank line between paragraphs, as araseclit.segment.patterns.PARAGRAPH_BREAK_RE sees it:
# the next paragraph starts at the end of the match ("...نهاية الفقرة.\n\nبداية الفقرة")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_SPACE = re.compile(r"\s")


def plan_chunks(
    text: str, max_chars: int = MAX_CHUNK_CHARS, path: str = "", breaks: Iterable[int] = ()
) -> list[tuple[int, int]]:
    """``(start, end)`` spans covering ``text`` end to end, each at most ``max_chars`` long,
    cut as the module docstring says; one span when the text fits.

    When the text is cut at all, a chunk also ends at the first paragraph start at or after
    each offset of ``breaks`` (a stage's own boundary: the end of a reference-list heading).
    Raises ``E015`` when a run of more than ``max_chars`` characters has no white space.
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, not {max_chars}")
    n = len(text)
    if n <= max_chars:
        return [(0, n)]
    starts = [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    forced = sorted(
        {starts[i] for b in breaks if (i := bisect.bisect_left(starts, b)) < len(starts)}
    )
    spans: list[tuple[int, int]] = []
    start, f = 0, 0
    while start < n:
        limit = start + max_chars
        while f < len(forced) and forced[f] <= start:
            f += 1
        cut = forced[f] if f < len(forced) else n
        if cut > limit:
            i = bisect.bisect_right(starts, limit) - 1  # the furthest paragraph start that fits
            if i >= 0 and starts[i] > start:
                cut = starts[i]
            else:  # the paragraph holding `start` runs past the limit
                j = bisect.bisect_right(starts, start)
                cut = _cut_in_paragraph(text, start, starts[j] if j < len(starts) else n, limit)
            if cut is None or cut <= start:
                raise InputError("E015", path=path, n=n, limit=max_chars)
        spans.append((start, cut))
        start = cut
    return spans


def _cut_in_paragraph(text: str, start: int, end: int, limit: int) -> int | None:
    """The furthest sentence start in ``text[start:limit]`` (sentences of the paragraph
    ``text[start:end]``), else the position after its last white space, else None."""
    from araseclit.segment.sentences import split_sentences

    # the sentences of the rest of the paragraph, read up to a little past the limit: enough
    # for the boundary decisions near it, and linear over the whole paragraph
    window = text[start : min(end, limit + 1_000)]
    best = None
    for s, _ in split_sentences(window):
        if 0 < s and start + s <= limit:
            best = start + s
    if best is not None:
        return best
    last = None
    for m in _SPACE.finditer(text, start, limit):
        last = m.end()
    return last if last is not None and last > start else None
