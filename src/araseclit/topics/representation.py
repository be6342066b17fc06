"""Topic words that characterise many of a topic's units, not just a few.

c-TF-IDF alone ranks high a term that is frequent in one or two units of a topic and rare
elsewhere; on short academic sentences such words rarely co-occur, so the topic reads as a
list of unrelated words. :class:`CoverageRerank` keeps c-TF-IDF's candidates but re-ranks them
by ``c-TF-IDF x coverage``, where coverage is the share of the topic's units containing the term.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

import pandas as pd

from araseclit.topics.lean import BaseRepresentation


class CoverageRerank(BaseRepresentation):
    """BERTopic representation model: re-rank each topic's candidate terms by coverage."""

    def __init__(
        self,
        analyzer: Callable[[str], list[str]],
        *,
        candidates: int = 30,
        top_n: int = 10,
        power: float = 1.0,
    ) -> None:
        self.analyzer = analyzer
        self.candidates = candidates
        self.top_n = top_n
        self.power = power

    def extract_topics(
        self,
        topic_model: Any,
        documents: pd.DataFrame,
        c_tf_idf: Any,
        topics: Mapping[int, list[tuple[str, float]]],
    ) -> dict[int, list[tuple[str, float]]]:
        # coverage counted unit by unit against each topic's candidates, not from a set of every
        # unit's terms held all at once (memory that grew with the corpus: issue 12)
        wanted = {
            int(topic): frozenset(w for w, _ in words[: self.candidates] if w)
            for topic, words in topics.items()
        }
        sizes: Counter[int] = Counter()
        hits: dict[int, Counter[str]] = {}
        for text, topic in zip(documents["Document"], documents["Topic"], strict=True):
            key = int(topic)
            sizes[key] += 1
            if wanted.get(key):
                hits.setdefault(key, Counter()).update(
                    wanted[key].intersection(self.analyzer(str(text)))
                )
        out: dict[int, list[tuple[str, float]]] = {}
        for topic, words in topics.items():
            n_units = sizes[int(topic)]
            cands = [(w, s) for w, s in words[: self.candidates] if w]
            if not n_units or not cands:
                out[topic] = list(words[: self.top_n])
                continue
            best = max(s for _, s in cands) or 1.0
            found = hits.get(int(topic), Counter())
            scored = [(w, (s / best) * (found[w] / n_units) ** self.power) for w, s in cands]
            out[topic] = sorted(scored, key=lambda ws: -ws[1])[: self.top_n]
        return out
