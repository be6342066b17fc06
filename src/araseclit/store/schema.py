"""Fixed schemas of the run tables (DESIGN.md). Columns never depend on configuration.

Each table is a tuple of ``(column, duckdb_type)``; records produced by the stages are dicts
with exactly these keys (``records.to_frame`` fills a missing key with null and rejects an
unknown one, so a stage cannot silently change a schema).
"""

from __future__ import annotations

Column = tuple[str, str]

DOCUMENTS: tuple[Column, ...] = (
    ("doc_id", "VARCHAR"),
    ("path", "VARCHAR"),
    ("source_format", "VARCHAR"),
    ("title", "VARCHAR"),
    ("year", "INTEGER"),
    ("n_pages", "INTEGER"),
    ("n_chars", "INTEGER"),
    ("n_sentences", "INTEGER"),
    ("encoding", "VARCHAR"),
    ("repair_score", "DOUBLE"),
    ("warnings", "VARCHAR"),
    # the scrambled order repair undid in a text file ("logical", "stripped", "runs", ...);
    # null for PDF and DOCX (read from their layout) and when repair was switched off
    ("repair_order", "VARCHAR"),
    # quality of the body text (araseclit.repair.quality.TextQuality), every format: share
    # of Arabic words the word list knows, share of malformed tokens, damaged (W101)
    ("text_known_share", "DOUBLE"),
    ("text_malformed_share", "DOUBLE"),
    ("text_damaged", "BOOLEAN"),
    # SHA-256 of the file's bytes: a re-run skips a file whose path and bytes are unchanged
    ("source_sha256", "VARCHAR"),
    # the document's language or languages, main one first: "ar", "fa", "en", "ar+en" ...
    # (araseclit.ingest.language, each named language holds a quarter of the words or more)
    ("language", "VARCHAR"),
)
SECTIONS: tuple[Column, ...] = (
    ("doc_id", "VARCHAR"),
    ("section_id", "VARCHAR"),
    ("number", "VARCHAR"),
    ("title", "VARCHAR"),
    ("level", "INTEGER"),
    ("start", "INTEGER"),
    ("end", "INTEGER"),
    # body, abstract, reference_list, footnotes, front_matter, table or appendix
    # (araseclit.segment.sections.SECTION_TYPES): from the heading, or the typed section
    # enclosing it (a sub-heading of a reference list is reference_list)
    ("section_type", "VARCHAR"),
)
SENTENCES: tuple[Column, ...] = (
    ("doc_id", "VARCHAR"),
    ("sent_id", "VARCHAR"),
    ("section_id", "VARCHAR"),
    ("para_id", "VARCHAR"),
    ("start", "INTEGER"),
    ("end", "INTEGER"),
    ("text", "VARCHAR"),
    ("page", "INTEGER"),
    ("line", "INTEGER"),
)
CITATIONS: tuple[Column, ...] = (
    ("doc_id", "VARCHAR"),
    ("cit_id", "VARCHAR"),
    ("sent_id", "VARCHAR"),
    ("start", "INTEGER"),
    ("end", "INTEGER"),
    ("raw", "VARCHAR"),
    ("author", "VARCHAR"),
    ("via_original", "VARCHAR"),
    ("year", "INTEGER"),
    ("year_text", "VARCHAR"),
    ("calendar", "VARCHAR"),
    ("gregorian_year", "INTEGER"),
    ("page", "VARCHAR"),
    ("kind", "VARCHAR"),
    ("number", "INTEGER"),
    ("script", "VARCHAR"),
    ("ref_id", "VARCHAR"),
)
REFERENCES: tuple[Column, ...] = (
    ("doc_id", "VARCHAR"),
    ("ref_id", "VARCHAR"),
    ("raw", "VARCHAR"),
    ("authors", "VARCHAR"),
    ("year", "INTEGER"),
    ("year_text", "VARCHAR"),
    ("calendar", "VARCHAR"),
    ("gregorian_year", "INTEGER"),
    ("title", "VARCHAR"),
    ("label", "VARCHAR"),
    # the entry's fields (araseclit.cite.fields.parse_fields), null where the entry gives none:
    # the authors' family names in order, the journal or book a part appeared in, its volume,
    # issue and pages, the imprint, identifiers, and the kind of work (article, chapter, book,
    # report, web, other)
    ("families", "VARCHAR[]"),
    ("container", "VARCHAR"),
    ("volume", "VARCHAR"),
    ("issue", "VARCHAR"),
    ("pages", "VARCHAR"),
    ("publisher", "VARCHAR"),
    ("place", "VARCHAR"),
    ("doi", "VARCHAR"),
    ("url", "VARCHAR"),
    ("accessed", "VARCHAR"),
    ("entry_type", "VARCHAR"),
)
MENTIONS: tuple[Column, ...] = (
    ("doc_id", "VARCHAR"),
    ("mention_id", "VARCHAR"),
    ("sent_id", "VARCHAR"),
    ("start", "INTEGER"),
    ("end", "INTEGER"),
    ("text", "VARCHAR"),
    ("label", "VARCHAR"),
    ("category", "VARCHAR"),
    ("entity_id", "VARCHAR"),
    # the state an actor belongs to (a generic institution: the state it was resolved to)
    ("state_id", "VARCHAR"),
    # why an ambiguous mention was kept or resolved: phrase, document, cue, title, ...
    ("resolution", "VARCHAR"),
)
CLAIMS: tuple[Column, ...] = (
    ("doc_id", "VARCHAR"),
    ("claim_id", "VARCHAR"),
    ("sent_id", "VARCHAR"),
    ("start", "INTEGER"),
    ("end", "INTEGER"),
    ("text", "VARCHAR"),
    ("claim_type", "VARCHAR"),
    ("hedged", "BOOLEAN"),
    ("attributed_to", "VARCHAR"),
    ("cit_ids", "VARCHAR[]"),
    ("entity_ids", "VARCHAR[]"),
)
TOPICS: tuple[Column, ...] = (
    ("topic_id", "INTEGER"),
    ("label_ar", "VARCHAR"),
    ("label_en", "VARCHAR"),
    ("words", "VARCHAR[]"),
    ("size", "INTEGER"),
)
TOPIC_ASSIGNMENTS: tuple[Column, ...] = (
    ("doc_id", "VARCHAR"),
    ("unit_id", "VARCHAR"),
    ("topic_id", "INTEGER"),
    ("probability", "DOUBLE"),
)
# sentences (or paragraphs) left out of the topics, with why: every sentence of the run is in
# a topic unit or here (reason: reference_list, front_matter, footnotes, too_few_words, ...)
TOPIC_LEFT_OUT: tuple[Column, ...] = (
    ("doc_id", "VARCHAR"),
    ("unit_id", "VARCHAR"),
    ("section_type", "VARCHAR"),
    ("reason", "VARCHAR"),
)
# BERTopic's topics_over_time (by the documents' publication year) and topics_per_class (by
# section title), over the fitted units
TOPICS_OVER_TIME: tuple[Column, ...] = (
    ("topic_id", "INTEGER"),
    ("words", "VARCHAR"),
    ("frequency", "INTEGER"),
    ("year", "INTEGER"),
)
TOPICS_PER_SECTION: tuple[Column, ...] = (
    ("topic_id", "INTEGER"),
    ("words", "VARCHAR"),
    ("frequency", "INTEGER"),
    ("section", "VARCHAR"),
)
# Derived corpus tables (computed over every document of the store by the corpus steps)
FRAMING: tuple[Column, ...] = (
    ("topic_id", "INTEGER"),
    ("label", "VARCHAR"),
    ("entity_id", "VARCHAR"),
    ("category", "VARCHAR"),
    ("n_mentions", "INTEGER"),
    ("n_docs", "INTEGER"),
    ("n_units", "INTEGER"),
    ("share", "DOUBLE"),
    ("breakdown", "VARCHAR"),
    ("key", "VARCHAR"),
    ("entity_text", "VARCHAR"),
    ("topic_label", "VARCHAR"),
)
CLAIM_GRAPH: tuple[Column, ...] = (
    ("doc_id", "VARCHAR"),
    ("claim_id", "VARCHAR"),
    ("source", "VARCHAR"),
    ("source_kind", "VARCHAR"),
    ("threat_id", "VARCHAR"),
    ("actor_id", "VARCHAR"),
    ("relation", "VARCHAR"),
    ("hedged", "BOOLEAN"),
    ("claim_type", "VARCHAR"),
)
COOCCURRENCE: tuple[Column, ...] = (
    ("level", "VARCHAR"),
    ("row_label", "VARCHAR"),
    ("row_id", "VARCHAR"),
    ("col_label", "VARCHAR"),
    ("col_id", "VARCHAR"),
    ("n_units", "INTEGER"),
    ("n_docs", "INTEGER"),
)
ERRORS: tuple[Column, ...] = (
    ("path", "VARCHAR"),
    ("doc_id", "VARCHAR"),
    ("stage", "VARCHAR"),
    ("code", "VARCHAR"),
    ("message", "VARCHAR"),
    # "error": the document (or corpus step) failed, E codes; "warning": the document was
    # analysed and has all its other rows, but a user should check it, W codes
    ("severity", "VARCHAR"),
)

#: every run table, in the order the report presents them
TABLES: dict[str, tuple[Column, ...]] = {
    "documents": DOCUMENTS,
    "sections": SECTIONS,
    "sentences": SENTENCES,
    "citations": CITATIONS,
    "references": REFERENCES,
    "claims": CLAIMS,
    "mentions": MENTIONS,
    "topics": TOPICS,
    "topic_assignments": TOPIC_ASSIGNMENTS,
    "topic_left_out": TOPIC_LEFT_OUT,
    "topics_over_time": TOPICS_OVER_TIME,
    "topics_per_section": TOPICS_PER_SECTION,
    "framing": FRAMING,
    "claim_graph": CLAIM_GRAPH,
    "cooccurrence": COOCCURRENCE,
    "errors": ERRORS,
}

#: tables derived from all documents by the corpus steps (recomputed on every run)
CORPUS_TABLES = (
    "topics",
    "topic_assignments",
    "topic_left_out",
    "topics_over_time",
    "topics_per_section",
    "framing",
    "claim_graph",
    "cooccurrence",
)
#: tables whose rows belong to one document (replaced per doc_id on a re-run)
PER_DOCUMENT = (
    "documents",
    "sections",
    "sentences",
    "citations",
    "references",
    "claims",
    "mentions",
)


def columns(table: str) -> list[str]:
    """Column names of ``table``."""
    return [name for name, _ in TABLES[table]]
