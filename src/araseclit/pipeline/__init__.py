"""spaCy integration: extensions, ids, pipeline loading."""
