"""What the lexicon misses: words and names seen near actor cues but in no lexicon entry.

For curators growing the lexicon: :func:`curation_report` counts, over a set of texts, the
people found by title or reporting verb (:mod:`araseclit.tag.persons`), the organisations
found by their head noun (:mod:`araseclit.tag.candidates`), and the words right after a
title, a reporting verb or an institution head (``حركة``, ``حزب``, ``تيار``, ``جماعة``,
``وزير``) that no lexicon entry names. Run: ``python -m araseclit.tag.curation FILE...``.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from araseclit.tag.persons import SPEECH_VERBS, TITLE_WORDS, word_of

#: heads after which a name follows: حركة أمل، حزب النهضة، تيار المستقبل
GROUP_HEADS = frozenset("حركه حزب تيار جماعه جبهه تحالف ائتلاف كتائب سرايا قوات".split())


def curation_report(texts: Iterable[str], top: int = 50) -> list[tuple[str, str, int]]:
    """``(kind, phrase, count)`` for the phrases most often found near actor cues but not in
    the lexicon, most frequent first; kinds: ``person``, ``organisation``, ``after_cue``."""
    from araseclit.tag.component import _tagging_pipeline

    nlp = _tagging_pipeline(None)
    counts: Counter[tuple[str, str]] = Counter()
    for text in texts:
        doc = nlp(text)
        known = set()
        for m in doc._.mentions:
            if m["entity_id"]:
                known.update(range(m["start"], m["end"]))
        for m in doc._.mentions:
            if m["entity_id"] is None:
                kind = "person" if m["category"] == "person" else "organisation"
                counts[(kind, m["text"])] += 1
        for i, token in enumerate(doc[:-1]):
            word = word_of(token.norm_)
            if word in SPEECH_VERBS or word in TITLE_WORDS or word in GROUP_HEADS:
                nxt = doc[i + 1]
                if nxt.idx not in known and not nxt.is_punct and len(nxt.text) > 2:
                    counts[("after_cue", f"{token.text} {nxt.text}")] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [(kind, phrase, n) for (kind, phrase), n in ranked[:top]]


def main(argv: list[str] | None = None) -> int:
    paths = [Path(p) for p in (argv if argv is not None else sys.argv[1:])]
    if not paths:
        print("usage: python -m araseclit.tag.curation FILE...", file=sys.stderr)
        return 2
    texts = [p.read_text(encoding="utf-8") for p in paths]
    print("| kind | phrase | count |\n|---|---|---:|")
    for kind, phrase, n in curation_report(texts):
        print(f"| {kind} | {phrase} | {n} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["GROUP_HEADS", "curation_report", "main"]
