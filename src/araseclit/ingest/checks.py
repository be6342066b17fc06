"""What a reader checks about the text it read: is the text layer worth reading, and how
sure was repair of the lines it changed?

Every format gets the :class:`~araseclit.repair.quality.TextQuality` of its body text (the
lines that make up :attr:`~araseclit.document.Document.text`); a damaged text layer gets
warning ``W101``. A text file whose lines were read back from a scrambled order with a
posterior below :data:`LOW_CONFIDENCE` gets ``W102``, naming the lines to look at with
``araseclit text FILE --diff``.
"""

from __future__ import annotations

from araseclit.document import NOISE_KINDS, Line
from araseclit.errors import DocumentWarning
from araseclit.repair.ops import op_name
from araseclit.repair.quality import TextQuality, text_quality

#: a line re-read from a scrambled order whose kept reading has a lower posterior than this
#: is reported (W102): about one re-read line in 200 of the bundled corpora falls below it
LOW_CONFIDENCE = 0.9
#: line numbers a W102 message lists before it says how many more there are
MAX_LISTED_LINES = 10
_READ_ORDER = op_name("read_order")


def body_text(lines: list[Line]) -> str:
    """The text of the lines that are not layout noise, one space between lines."""
    return " ".join(ln.text for ln in lines if ln.kind not in NOISE_KINDS)


def body_quality(lines: list[Line], persian: bool = False) -> TextQuality:
    """The :class:`TextQuality` of the body of ``lines`` (loads the scoring model once); in a
    Persian paper a word of wordfreq's Persian list counts as recognised too. The body lines
    as extracted (:attr:`Line.raw`) are passed on, so unmapped glyphs repair dropped still count
    as malformed (:func:`araseclit.repair.quality.unmapped_runs`)."""
    from araseclit.textmodel.scorer import default_scorer

    also = None
    if persian:
        from araseclit.textmodel.frequency import word_frequencies

        also = word_frequencies("fa")
    body = [ln for ln in lines if ln.kind not in NOISE_KINDS]
    raw = "\n".join(ln.raw if ln.raw is not None else ln.text for ln in body)
    return text_quality(body_text(lines), default_scorer(), also, raw=raw)


def low_confidence_lines(lines: list[Line], threshold: float = LOW_CONFIDENCE) -> list[Line]:
    """Body lines read back from a scrambled order with a posterior below ``threshold``.

    Only on such a line is :attr:`Line.score <araseclit.document.Line.score>` the confidence
    of a change: a PDF line's score is the share of characters layout moved, and
    normalisation or a guarded pass is not a choice between readings.
    """
    return [
        ln
        for ln in lines
        if ln.kind not in NOISE_KINDS
        and ln.changed
        and ln.score < threshold
        and any(op.name == _READ_ORDER for op in ln.ops)
    ]


def _line_list(lines: list[Line]) -> str:
    numbers = [str(ln.line) for ln in lines[:MAX_LISTED_LINES]]
    more = len(lines) - len(numbers)
    return ", ".join(numbers) + (f" and {more} more" if more > 0 else "")


def document_warnings(path: str, quality: TextQuality, lines: list[Line]) -> list[DocumentWarning]:
    """The coded warnings of a read document: ``W101`` (damaged text layer), ``W102``
    (lines repaired with low confidence)."""
    notes: list[DocumentWarning] = []
    if quality.damaged:
        notes.append(DocumentWarning.make("W101", detail=quality.describe(), path=path))
    doubtful = low_confidence_lines(lines)
    if doubtful:
        notes.append(
            DocumentWarning.make(
                "W102",
                n=len(doubtful),
                threshold=LOW_CONFIDENCE,
                lines=_line_list(doubtful),
                path=path,
            )
        )
    return notes
