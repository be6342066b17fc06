"""Undo the Unicode bidirectional algorithm for PDF glyph lines: visual order back to logical.

The implementation is :mod:`araseclit.repair.bidi`, one for glyph lines and extracted text
lines (the rule L2 reversal and the mirror table shared, each input its run resolver); here
are the names the PDF reader uses, so that :mod:`.pdf_layout` and :mod:`.pdf` keep reading
them from their own package.
"""

from __future__ import annotations

from araseclit.repair.bidi import (
    MIRROR_PAIRS,
    bidi_class,
    bracket_order_score,
    ends_in_ltr_run,
    is_arabic_letter,
    line_is_rtl,
    unmirror,
    visual_to_logical,
)

__all__ = [
    "MIRROR_PAIRS",
    "bidi_class",
    "bracket_order_score",
    "ends_in_ltr_run",
    "is_arabic_letter",
    "line_is_rtl",
    "unmirror",
    "visual_to_logical",
]
