"""Arabic-aware text analysis for topic modelling: normalise, strip clitics, drop stop words,
keep bigrams.

The analyzer is a plain ``str -> list[str]`` callable, so scikit-learn vectorizers (and through
them BERTopic's c-TF-IDF) use it unchanged: ``CountVectorizer(analyzer=ArabicAnalyzer())``.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from sklearn.feature_extraction.text import CountVectorizer

from araseclit.normalize import normalize_token, topic_form
from araseclit.topics.patterns import (
    LATIN,
    MIN_STEM,
    NO_FOLD,
    NUMERIC,
    PROCLITICS,
    SUFFIXES,
    WORD,
)


@lru_cache(maxsize=1)
def load_stopwords() -> frozenset[str]:
    """The shipped stop-word list (``topics/data/stopwords_ar.txt``), normalised."""
    text = resources.files("araseclit.topics").joinpath("data/stopwords_ar.txt").read_text("utf-8")
    words: set[str] = set()
    for raw in text.splitlines():
        entry = raw.split("#", 1)[0].strip()
        for part in entry.split():
            words.add(normalize_token(part))
            if normalize_token(part).startswith("ال"):  # "الدراسات" also stops its stem "دراس"
                words.add(strip_clitics(part))
    return frozenset(words)


def fold_number(stem: str) -> str:
    """Fold the feminine plural and singular endings so ``منظمات``/``منظمه`` meet at ``منظم``."""
    if stem in NO_FOLD:
        return stem
    for suffix in SUFFIXES:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= MIN_STEM:
            return stem[: -len(suffix)]
    return stem


def strip_clitics(word: str) -> str:
    """Topic term of one word: normalised, clitics split off (the normalise stage's
    ``topic_form``), number/gender ending folded; Latin and digits unchanged.

    >>> strip_clitics("والمنظمات")
    'منظم'
    """
    norm = normalize_token(word)
    if LATIN.match(norm) or NUMERIC.match(norm):
        return norm
    return fold_number(normalize_token(topic_form(word)))


#: distinct words whose forms :func:`word_forms` keeps (a corpus of 200 papers has tens of
#: thousands; each entry is two short strings)
WORD_CACHE = 1 << 18


@lru_cache(maxsize=WORD_CACHE)
def word_forms(surface: str) -> tuple[str, str]:
    """``(normalised token, topic term)`` of one written word, computed once per distinct word.

    A topic fit reads every unit several times (the embedding's TF-IDF, BERTopic's c-TF-IDF,
    the coverage re-rank, the labels' surface forms, the views over time and per section), and
    a word's forms depend on nothing but the word: cached, the fit no longer pays the clitic
    stripping at every occurrence of every pass.
    """
    return normalize_token(surface), strip_clitics(surface)


class ArabicAnalyzer:
    """Callable analyzer: text -> normalised, clitic-stripped unigrams and bigrams.

    A bigram joins two *adjacent* content words of the text (a stop word or number between
    them breaks the pair), so ``الأمن الوطني`` gives ``امن وطني`` but ``أمن في العراق`` does not
    give ``امن عراق``.
    """

    def __init__(self, *, bigrams: bool = True, stopwords: Iterable[str] | None = None) -> None:
        self.bigrams = bigrams
        self.stopwords = frozenset(stopwords) if stopwords is not None else load_stopwords()
        # each written word's token (or None, not a content word), worked out once per analyzer:
        # a fit reads every unit several times (see word_forms), and the content-word test was
        # the larger part of each pass once the forms were cached
        self._tokens: dict[str, tuple[str, str] | None] = {}

    def keep(self, norm: str, stem: str) -> bool:
        """Whether a token is a content word."""
        if len(stem) < 2 or NUMERIC.match(norm):
            return False
        if norm in self.stopwords or stem in self.stopwords:
            return False
        # a one-letter proclitic on a function word: "وقد", "وفي", "بهذا", "فهو"
        return not (norm[0] in PROCLITICS and norm[1:] in self.stopwords)

    def tokens(self, text: str) -> list[tuple[str, str] | None]:
        """``(surface, stem)`` per word of ``text``, ``None`` where a non-content word was."""
        out: list[tuple[str, str] | None] = []
        known = self._tokens
        for match in WORD.finditer(text):
            surface = match.group()
            if surface in known:
                out.append(known[surface])
                continue
            norm, stem = word_forms(surface)
            token = (surface, stem) if self.keep(norm, stem) else None
            if len(known) >= WORD_CACHE:
                known.clear()
            known[surface] = token
            out.append(token)
        return out

    def __call__(self, text: str) -> list[str]:
        toks = self.tokens(text)
        terms = [t[1] for t in toks if t is not None]
        if self.bigrams:
            for a, b in itertools.pairwise(toks):
                if a is not None and b is not None and a[1] != b[1]:
                    terms.append(f"{a[1]} {b[1]}")
        return terms

    def surface_forms(self, texts: Iterable[str]) -> dict[str, Counter[str]]:
        """For each term, how often each surface form produced it (for readable labels)."""
        forms: dict[str, Counter[str]] = {}
        for text in texts:
            toks = self.tokens(text)
            for i, tok in enumerate(toks):
                if tok is None:
                    continue
                forms.setdefault(tok[1], Counter())[tok[0]] += 1
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                if self.bigrams and nxt is not None and nxt[1] != tok[1]:
                    forms.setdefault(f"{tok[1]} {nxt[1]}", Counter())[f"{tok[0]} {nxt[0]}"] += 1
        return forms


def make_vectorizer(*, bigrams: bool = True) -> CountVectorizer:
    """The CountVectorizer BERTopic uses for c-TF-IDF, with the Arabic analyzer.

    ``min_df`` stays 1: BERTopic fits this vectorizer on one joined document *per topic*, so a
    higher ``min_df`` would drop exactly the words that distinguish a topic.
    """
    return CountVectorizer(analyzer=ArabicAnalyzer(bigrams=bigrams), min_df=1)
