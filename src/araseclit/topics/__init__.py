"""Topics and the framing map: BERTopic for Arabic academic text (a corpus step).

>>> result = fit_topics(units)            # units: doc_id, unit_id, text
>>> result.topics, result.assignments     # TOPICS and TOPIC_ASSIGNMENTS tables
>>> framing = framing_map(result.assignments, mentions, sentences, documents, citations)
>>> print(framing_summary(framing, result.topics))
>>> topics = run_topics(araseclit.open_run("runs/latest"))     # a stored run's model
>>> topics.model.visualize_topics_over_time(topics.over_time())
>>> topic_stability(units).topics           # which topics come back on a re-run
"""

from __future__ import annotations

from araseclit.topics.analyzer import ArabicAnalyzer, load_stopwords, strip_clitics
from araseclit.topics.framing import BREAKDOWNS, FRAMING_COLUMNS, framing_map
from araseclit.topics.labels import lexicon_seed_topics
from araseclit.topics.model import TopicResult, fit_topics
from araseclit.topics.persist import (
    RunTopics,
    load_topic_model,
    run_topics,
    save_topic_model,
    topic_views,
)
from araseclit.topics.plots import plot_framing, save_png
from araseclit.topics.quality import npmi_coherence, topic_diversity
from araseclit.topics.stability import STABILITY_COLUMNS, TopicStability, topic_stability
from araseclit.topics.summary import framing_summary
from araseclit.topics.units import LEFT_OUT_COLUMNS, sentence_types, topic_units

__all__ = [
    "BREAKDOWNS",
    "FRAMING_COLUMNS",
    "LEFT_OUT_COLUMNS",
    "STABILITY_COLUMNS",
    "ArabicAnalyzer",
    "RunTopics",
    "TopicResult",
    "TopicStability",
    "fit_topics",
    "framing_map",
    "framing_summary",
    "lexicon_seed_topics",
    "load_stopwords",
    "load_topic_model",
    "npmi_coherence",
    "plot_framing",
    "run_topics",
    "save_png",
    "save_topic_model",
    "sentence_types",
    "strip_clitics",
    "topic_diversity",
    "topic_stability",
    "topic_units",
    "topic_views",
]
