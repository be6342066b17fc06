"""Topics and the framing map: BERTopic for Arabic academic text (a corpus step).

>>> result = fit_topics(units)            # units: doc_id, unit_id, text
>>> result.topics, result.assignments     # TOPICS and TOPIC_ASSIGNMENTS tables
>>> framing = framing_map(result.assignments, mentions, sentences, documents, citations)
>>> print(framing_summary(framing, result.topics))
"""

from __future__ import annotations

from araseclit.topics.analyzer import ArabicAnalyzer, load_stopwords, strip_clitics
from araseclit.topics.framing import BREAKDOWNS, FRAMING_COLUMNS, framing_map
from araseclit.topics.labels import lexicon_seed_topics
from araseclit.topics.model import TopicResult, fit_topics
from araseclit.topics.plots import plot_framing, save_png
from araseclit.topics.quality import npmi_coherence, topic_diversity
from araseclit.topics.summary import framing_summary

__all__ = [
    "BREAKDOWNS",
    "FRAMING_COLUMNS",
    "ArabicAnalyzer",
    "TopicResult",
    "fit_topics",
    "framing_map",
    "framing_summary",
    "lexicon_seed_topics",
    "load_stopwords",
    "npmi_coherence",
    "plot_framing",
    "save_png",
    "strip_clitics",
    "topic_diversity",
]
