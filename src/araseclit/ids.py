"""Record ids and sentence lookup, with no spaCy import (the text-only paths use them)."""

from __future__ import annotations

import bisect


def make_id(doc_id: str | None, kind: str, n: int) -> str:
    """Record id: ``<doc_id>-<kind><n>``, e.g. ``d1a2b-s0007`` (kind: s, c, r, m, k, p, sec)."""
    return f"{doc_id or 'doc'}-{kind}{n:04d}"


def sent_id_at(sentences: list[tuple[int, int, str]], offset: int) -> str | None:
    """The id of the sentence containing character ``offset`` (``sentences`` as given by
    :func:`araseclit.pipeline.extensions.sentence_ids`: ``(start, end, id)`` in order)."""
    i = bisect.bisect_right(sentences, (offset, float("inf"))) - 1
    if i >= 0 and sentences[i][0] <= offset < max(sentences[i][1], sentences[i][0] + 1):
        return sentences[i][2]
    return None
