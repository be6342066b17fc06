"""Topics and the framing map: BERTopic for Arabic academic text (corpus step)."""

from __future__ import annotations

from araseclit.topics.analyzer import ArabicAnalyzer, load_stopwords, strip_clitics
from araseclit.topics.model import TopicResult, fit_topics

__all__ = [
    "ArabicAnalyzer",
    "TopicResult",
    "fit_topics",
    "load_stopwords",
    "strip_clitics",
]
