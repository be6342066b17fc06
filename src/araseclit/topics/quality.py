"""Topic quality measures, computed the same way for any topic model.

* **NPMI coherence** (Bouma 2009; as used by Röder et al. 2015 "C_NPMI" with a boolean
  document window): for every pair of a topic's top words ``(wi, wj)``,
  ``NPMI = log(P(wi, wj) / (P(wi) P(wj))) / -log P(wi, wj)``, where ``P(w)`` is the share of
  reference units containing ``w``. A pair that never co-occurs scores ``-1``; a word that never
  occurs makes every pair with it ``-1``. Topic coherence is the mean over pairs, model
  coherence the mean over topics (the outlier topic ``-1`` excluded).
* **Topic diversity** (Dieng et al. 2020): unique words among all topics' top words divided by
  the number of top words.

Word matching is shared by every model so no tokenisation is favoured: a reference unit
"contains" a word when the normalised word equals one of the unit's normalised tokens, their
clitic-stripped stems or adjacent bigrams of either (a multi-word term is matched as a bigram).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from itertools import combinations, pairwise

from araseclit.normalize import normalize_token
from araseclit.topics.analyzer import strip_clitics
from araseclit.topics.patterns import WORD


def unit_terms(text: str) -> frozenset[str]:
    """Every form under which a word of ``text`` may be looked up (see module docstring)."""
    norms = [normalize_token(m.group()) for m in WORD.finditer(text)]
    stems = [strip_clitics(n) for n in norms]
    terms = set(norms) | set(stems)
    for seq in (norms, stems):
        terms.update(f"{a} {b}" for a, b in pairwise(seq))
    return frozenset(terms)


def _key(word: str) -> str:
    return " ".join(normalize_token(p) for p in word.split())


def _lookup(word: str, index: dict[str, set[int]]) -> set[int]:
    key = _key(word)
    return index.get(key) or index.get(" ".join(strip_clitics(p) for p in key.split()), set())


def npmi_coherence(
    topic_words: Sequence[Sequence[str]], texts: Iterable[str], *, top_n: int = 10
) -> list[float]:
    """NPMI coherence of each topic's first ``top_n`` words over the reference ``texts``."""
    units = [unit_terms(t) for t in texts]
    n = len(units)
    index: dict[str, set[int]] = {}
    for i, terms in enumerate(units):
        for term in terms:
            index.setdefault(term, set()).add(i)
    scores = []
    for words in topic_words:
        top = list(dict.fromkeys(words))[:top_n]
        pairs = list(combinations(top, 2))
        if not pairs or n == 0:
            scores.append(float("nan"))
            continue
        total = 0.0
        for wi, wj in pairs:
            di, dj = _lookup(wi, index), _lookup(wj, index)
            joint = len(di & dj) / n
            if joint == 0:
                total -= 1.0
                continue
            if joint == 1.0:
                total += 1.0
                continue
            pmi = math.log(joint / ((len(di) / n) * (len(dj) / n)))
            total += pmi / -math.log(joint)
        scores.append(total / len(pairs))
    return scores


def topic_diversity(topic_words: Sequence[Sequence[str]], *, top_n: int = 10) -> float:
    """Share of unique words among the topics' first ``top_n`` words (1.0 = no overlap)."""
    tops = [list(dict.fromkeys(words))[:top_n] for words in topic_words]
    total = sum(len(t) for t in tops)
    return len({w for t in tops for w in t}) / total if total else float("nan")
