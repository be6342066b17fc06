"""Anchor seed-chapter gold to words, so it survives changes in ``araseclit.repair``.

The gold may not quote the chapter, and the repaired text changes whenever the repair stage
improves, which moves every character offset. Each annotated word is therefore stored as a
16-bit salted hash (four hex digits: enough to align a sequence, far too few to spell a
word back), and each span as (first word, offset into it, last word, offset from its end).
At run time the stored hash sequence is aligned with the words of the current repaired text;
a sentence is kept when the words of every gold span are found, contiguous, and at least
``MIN_FOUND`` of all its words are found in order (a repair that moves a citation changes a
few words of a sentence, not its mentions); the others are left out and counted.
"""

from __future__ import annotations

import hashlib
import re
from difflib import SequenceMatcher

# a whitespace-delimited word, e.g. "والمنظمات" or "(UNDP،"
WORD_RE = re.compile(r"\S+")
SALT = "araseclit-seed-v1:"
MIN_FOUND = 0.8


def word_hash(word: str) -> str:
    """Four hex digits of a salted SHA-256 of one word."""
    return hashlib.sha256((SALT + word).encode("utf-8")).hexdigest()[:4]


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of every word of ``text[start:end]``, as offsets into ``text``."""
    end = len(text) if end is None else end
    return [(start + m.start(), start + m.end()) for m in WORD_RE.finditer(text[start:end])]


def anchor(text: str, start: int, end: int, spans: list[dict]) -> dict:
    """Word hashes of sentence ``text[start:end]`` and its spans in word coordinates."""
    words = word_spans(text, start, end)
    anchored = []
    for s in spans:
        first = next(i for i, (a, b) in enumerate(words) if a <= s["start"] < b)
        last = next(i for i, (a, b) in enumerate(words) if a < s["end"] <= b)
        anchored.append(
            {
                "words": [first, last],
                "offsets": [s["start"] - words[first][0], words[last][1] - s["end"]],
                "label": s["label"],
                "entity_id": s["entity_id"],
            }
        )
    return {"hashes": " ".join(word_hash(text[a:b]) for a, b in words), "spans": anchored}


def locate(
    sentences: list[dict], text: str
) -> list[tuple[dict, int, int, list[dict], list[tuple[int, int]]]]:
    """For each anchored sentence found in ``text``: (sentence, start, end, spans with
    character offsets into ``text``, words inside it that were not annotated). Sentences
    that do not meet the rule in the module docstring are left out."""
    words = word_spans(text)
    new = [word_hash(text[a:b]) for a, b in words]
    gold, owner = [], []
    for k, s in enumerate(sentences):
        hashes = s["hashes"].split()
        gold += hashes
        owner += [(k, i) for i in range(len(hashes))]
    where: dict[tuple[int, int], int] = {}
    for block in SequenceMatcher(None, gold, new, autojunk=False).get_matching_blocks():
        for d in range(block.size):
            where[owner[block.a + d]] = block.b + d
    found = []
    for k, s in enumerate(sentences):
        n = len(s["hashes"].split())
        mapped = [where.get((k, i)) for i in range(n)]
        hits = [m for m in mapped if m is not None]
        if len(hits) < MIN_FOUND * n or hits != sorted(hits) or not _spans_intact(s, mapped):
            continue
        spans = [
            {
                "start": words[mapped[sp["words"][0]]][0] + sp["offsets"][0],
                "end": words[mapped[sp["words"][1]]][1] - sp["offsets"][1],
                "label": sp["label"],
                "entity_id": sp["entity_id"],
            }
            for sp in s["spans"]
        ]
        inside = set(hits)
        foreign = [words[j] for j in range(hits[0], hits[-1] + 1) if j not in inside]
        found.append((s, words[hits[0]][0], words[hits[-1]][1], spans, foreign))
    return found


def _spans_intact(sentence: dict, mapped: list[int | None]) -> bool:
    """Whether every span's words were found, contiguous, in the new text."""
    for sp in sentence["spans"]:
        first, last = sp["words"]
        got = mapped[first : last + 1]
        if None in got or got != list(range(got[0], got[0] + len(got))):
            return False
    return True
