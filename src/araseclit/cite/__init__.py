"""Citations, reference lists and the citation-coverage audit.

Plain functions over repaired text (logical order, paragraphs separated by blank lines):
:func:`find_citations`, :func:`find_references`, :func:`match`, :func:`audit` and the
renderers; :mod:`araseclit.cite.component` wraps them as the spaCy component
``araseclit_cite_v1``.
"""

from araseclit.cite.audit import audit, audit_to_html, audit_to_json, audit_to_markdown
from araseclit.cite.bibio import read_references_file, to_bibtex, to_csl_json
from araseclit.cite.citations import find_citations
from araseclit.cite.matching import author_key, match
from araseclit.cite.references import find_reference_span, find_references, parse_reference_entry

__all__ = [
    "audit",
    "audit_to_html",
    "audit_to_json",
    "audit_to_markdown",
    "author_key",
    "find_citations",
    "find_reference_span",
    "find_references",
    "match",
    "parse_reference_entry",
    "read_references_file",
    "to_bibtex",
    "to_csl_json",
]
