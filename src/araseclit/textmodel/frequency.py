"""How common a word is in general Arabic: evidence from outside the project's own corpus
(wordfreq's Zipf scale: about 7 for the commonest words, 0 for a word it does not know)."""

from __future__ import annotations

from functools import lru_cache

#: distinct words whose Zipf value is kept (a long book has some 50,000 distinct tokens)
ZIPF_CACHE_SIZE = 65536


@lru_cache(maxsize=ZIPF_CACHE_SIZE)
def arabic_zipf(word: str) -> float:
    """How common ``word`` is in Arabic (``wordfreq``; 0 for an unknown word)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "ar"))
