"""Corpus steps: computed once over every document in the store, after the per-document
pipeline. Each step fills its own tables; a failing step is recorded in ``errors`` (stage =
the step's name) and the others still run."""

from __future__ import annotations

import re
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from araseclit.errors import SEVERITY_ERROR, AraseclitError, InputError, escape_controls
from araseclit.pipeline.loader import CorpusSettings
from araseclit.store.frames import empty_frame, from_frame, to_frame
from araseclit.store.schema import CORPUS_TABLES

if TYPE_CHECKING:
    from araseclit.topics import TopicResult

Tables = dict[str, pd.DataFrame]
#: (level, row label, column label) of the co-occurrence tables kept in the store
COOCCURRENCE_VIEWS = tuple(
    (level, "ACTOR", cols)
    for level in ("sentence", "paragraph", "document")
    for cols in ("THREAT", "NGO_ROLE", "SECURITY_CONCEPT")
)


# spaCy refusing a text longer than nlp.max_length before any work, e.g.
# "[E088] Text of length 1200000 exceeds maximum of 1000000. The parser and NER models ..."
_SPACY_TOO_LONG = re.compile(r"^\[E088\] Text of length (\d+) exceeds maximum of (\d+)\b")


def coded(exc: BaseException, path: str = "") -> BaseException:
    """``exc`` as a coded error when it is a known failure with a code of ours: spaCy's
    E088 (text over ``nlp.max_length``) is ``E015``. Other exceptions as they are."""
    too_long = _SPACY_TOO_LONG.match(str(exc)) if isinstance(exc, ValueError) else None
    if too_long:
        return InputError("E015", path=path, n=int(too_long[1]), limit=int(too_long[2]))
    return exc


def step_error(stage: str, exc: BaseException, path: str = "") -> dict[str, object]:
    """An ERRORS record for a failed step (unexpected exceptions keep their last frame)."""
    exc = coded(exc, path)
    if isinstance(exc, AraseclitError):
        return {
            "path": path,
            "doc_id": None,
            "stage": stage,
            "code": exc.code,
            "message": exc.message,
            "severity": SEVERITY_ERROR,
        }
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    site = f" (at {Path(where.filename).name}:{where.lineno})" if where else ""
    return {
        "path": path,
        "doc_id": None,
        "stage": stage,
        "code": "E900",
        "message": escape_controls(f"{type(exc).__name__}: {exc}{site}"),
        "severity": SEVERITY_ERROR,
    }


def topic_units(sentences: pd.DataFrame, unit: str) -> pd.DataFrame:
    """``doc_id, unit_id, text`` of the body sentences, or paragraphs (unit_id = para_id), of
    ``sentences``; :func:`araseclit.topics.topic_units` also types sections and lists the units
    it leaves out."""
    from araseclit.topics import topic_units as typed_units

    return typed_units(sentences, unit)[0]


def topics_step(tables: Tables, settings: CorpusSettings) -> TopicResult | None:
    """BERTopic over the body text of every document, in sentences or paragraphs as the
    ``[corpus] topic_unit`` setting says.

    Units left out (reference lists, front matter, footnotes, tables, abstracts, appendices,
    units of fewer than two content words) go to ``tables["topic_left_out"]`` with their reason
    (:data:`araseclit.topics.LEFT_OUT_COLUMNS`): every sentence is either in a topic unit or
    there. The fitted model goes with the ``topics`` table (:mod:`araseclit.store.saved`), so
    the store saves it in the run's ``topic_model/`` folder, published with the tables. Returns
    the :class:`~araseclit.topics.TopicResult` (model and fitted units).
    """
    if not settings.topics:
        return None
    from araseclit.store import attach
    from araseclit.topics import fit_topics, topic_views
    from araseclit.topics import topic_units as typed_units
    from araseclit.topics.persist import saved_model

    units, left_out = typed_units(
        tables["sentences"],
        settings.topic_unit,
        sections=tables.get("sections"),
        references=tables.get("references"),
        documents=tables.get("documents"),
    )
    # kept if the fit fails (E060)
    tables["topic_left_out"] = from_frame("topic_left_out", left_out)
    result = fit_topics(units, seed=settings.seed)
    left = pd.concat([left_out, result.left_out], ignore_index=True)
    tables["topic_left_out"] = from_frame("topic_left_out", left)
    tables["topics"] = attach(
        to_frame("topics", result.topics.to_dict("records")), saved_model(result)
    )
    tables["topic_assignments"] = from_frame("topic_assignments", result.assignments)
    # BERTopic's views over time and per section, stored with BERTopic's columns renamed
    for name, view in topic_views(result.model, result.documents, tables).items():
        tables[name] = from_frame(name, view.rename(columns=_VIEW_COLUMNS))
    return result


#: BERTopic's column names in its view tables -> the run tables' names
_VIEW_COLUMNS = {
    "Topic": "topic_id",
    "Words": "words",
    "Frequency": "frequency",
    "Timestamp": "year",
    "Class": "section",
}


def framing_step(tables: Tables, settings: CorpusSettings) -> None:
    """Topics x actors x threats x NGO roles x security concepts."""
    if tables["topic_assignments"].empty:
        return
    from araseclit.topics import framing_map

    framing = framing_map(
        tables["topic_assignments"],
        tables["mentions"],
        tables["sentences"],
        tables["documents"],
        tables["citations"],
        topics=tables["topics"],
    )
    tables["framing"] = from_frame("framing", framing)


def claim_graph_step(tables: Tables, settings: CorpusSettings) -> None:
    """Who links which threat to which actor, on whose authority; ids are lexicon ids."""
    if tables["claims"].empty:
        return
    from araseclit.claims.graph import claim_graph

    # only mentions the tagger tied to a lexicon entry: claim_graph falls back to the normalised
    # text of an untagged mention ("ضعف الدوله العراقيه"), which is not an id
    mentions = tables["mentions"]
    tagged = mentions[mentions["entity_id"].notna() & (mentions["entity_id"].astype(str) != "")]
    graph = claim_graph(tables["claims"], tagged.reset_index(drop=True), tables["citations"])
    tables["claim_graph"] = from_frame("claim_graph", graph)


def cooccurrence_step(tables: Tables, settings: CorpusSettings) -> None:
    """Actor x threat / NGO role / security concept per sentence, paragraph and document."""
    if tables["mentions"].empty:
        return
    from araseclit.claims.graph import cooccurrence, mentions_with_entities

    mentions = mentions_with_entities(tables["mentions"])  # once for every view
    frames = [
        cooccurrence(mentions, tables["sentences"], level=level, rows=rows, cols=cols)
        for level, rows, cols in COOCCURRENCE_VIEWS
    ]
    tables["cooccurrence"] = from_frame("cooccurrence", pd.concat(frames, ignore_index=True))


STEPS: tuple[tuple[str, Callable[[Tables, CorpusSettings], object]], ...] = (
    ("topics", topics_step),
    ("framing", framing_step),
    ("claim_graph", claim_graph_step),
    ("cooccurrence", cooccurrence_step),
)


def run_corpus_steps(tables: Tables, settings: CorpusSettings) -> dict[str, object]:
    """Recompute every corpus table in place; failures go to ``tables["errors"]``. Returns what
    a step gives besides tables, by step name (``"topics"``: the fitted model and its units)."""
    for table in CORPUS_TABLES:
        tables[table] = empty_frame(table)
    failures = []
    outputs: dict[str, object] = {}
    for name, step in STEPS:
        try:
            output = step(tables, settings)
        except Exception as exc:  # one step failing must not lose the run's other tables
            failures.append(step_error(name, exc))
            continue
        if output is not None:
            outputs[name] = output
    if failures:
        errors = tables.get("errors", empty_frame("errors"))
        tables["errors"] = pd.concat([errors, to_frame("errors", failures)], ignore_index=True)
    return outputs
