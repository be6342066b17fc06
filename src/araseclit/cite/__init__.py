"""Citations, reference lists and the citation-coverage audit.

Plain functions over repaired text (logical order, paragraphs separated by blank lines):
:func:`find_citations`, :func:`find_references`, :func:`match`, :func:`audit` and the
renderers; :mod:`araseclit.cite.component` wraps them as the spaCy component
``araseclit_cite_v1``.
"""

from __future__ import annotations

import importlib
from typing import Any

#: public name -> the submodule that defines it; loaded on first use, so that importing
#: ``araseclit.cite.patterns`` (as repair does) loads none of the rest
_EXPORTS = {
    "audit": "coverage",
    "audit_to_html": "coverage",
    "audit_to_json": "coverage",
    "audit_to_markdown": "coverage",
    "read_references_file": "bibio",
    "to_bibtex": "bibio",
    "to_csl_json": "bibio",
    "find_citations": "citations",
    "parse_fields": "fields",
    "find_notes": "notes",
    "author_key": "matching",
    "match": "matching",
    "find_reference_span": "references",
    "find_references": "references",
    "parse_reference_entry": "references",
}


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    where = _EXPORTS[name]
    module = importlib.import_module(f"araseclit.cite.{where}")
    for other, home in _EXPORTS.items():  # every name of that submodule, at once
        if home == where:
            globals()[other] = getattr(module, other)
    return globals()[name]


__all__ = [
    "audit",
    "audit_to_html",
    "audit_to_json",
    "audit_to_markdown",
    "author_key",
    "find_citations",
    "find_notes",
    "find_reference_span",
    "find_references",
    "match",
    "parse_fields",
    "parse_reference_entry",
    "read_references_file",
    "to_bibtex",
    "to_csl_json",
]
