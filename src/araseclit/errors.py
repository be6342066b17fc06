"""Named errors with stable codes, so a message can be grepped and a test can assert on it.

Library code raises :class:`AraseclitError` subclasses; the CLI turns them into one line on
stderr and a non-zero exit, a corpus run records them in the ``errors`` table.

Warnings (``W`` codes, :class:`Warnings`) are kept on a document that was read and analysed
but that a user should check: :attr:`~araseclit.document.Document.coded_warnings`, and rows
with ``severity = "warning"`` in the ``errors`` table of a corpus run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


class Errors:
    """Message templates. Codes never change meaning; add a new code instead."""

    E001 = "file not found: {path}"
    E002 = "file is empty: {path}"
    E003 = "binary or unreadable file (not text, PDF or DOCX): {path}"
    E004 = "unsupported file type {suffix!r}: {path} (expected .pdf, .docx, .txt or .md)"
    E005 = "could not decode text in {path}: tried {tried}"
    E006 = "file too large: {path} is {size_mb:.1f} MB, limit {limit_mb} MB (set ARASECLIT_MAX_MB)"
    E007 = (
        "no text in a supported script (Arabic, Persian, English) in {path} "
        "(letters of those scripts are {share:.0%} of letters)"
    )
    E008 = "duplicate document: {path} has the same content as {other}"
    E009 = "not a regular file ({kind}): {path} (only regular files are read)"
    E010 = "PDF is encrypted and cannot be read without a password: {path}"
    E011 = "PDF is corrupt or truncated: {path} ({detail})"
    E012 = "PDF has no text layer; it needs OCR ({pages} image-only page(s)): {path}"
    E013 = "DOCX is corrupt or not a Word document: {path} ({detail})"
    E014 = (
        "DOCX expands beyond {limit_mb:g} MB when unpacked ({part} takes it to {size_mb:.1f} "
        "MB): {path} (set ARASECLIT_MAX_UNZIPPED_MB)"
    )
    # a longer text is processed in chunks cut at paragraphs, sentences or spaces
    # (araseclit.chunking): only a stretch longer than one pass with no space is refused
    E015 = (
        "text too long for one pass: {path} has {n:,} characters, with more than {limit:,} "
        "in a row and no white space to cut them at"
    )
    E016 = "DOCX has more than {limit:,} {what} (in {part}): {path} (set ARASECLIT_MAX_XML_NODES)"
    E017 = (
        "{path} is a folder; '{command}' reads one document. "
        "To analyse every document in it: araseclit analyze {path}"
    )
    E020 = "unknown pipeline {name!r}: not a file and not one of {known}"
    E021 = "invalid pipeline config {path}: {detail}"
    E022 = "unknown repair operation {name!r} (known: {known})"
    E030 = "invalid lexicon {path}: {detail}"
    E040 = "cannot read references file {path}: {detail}"
    E045 = "parquet output is binary: redirect it to a file (> out.parquet)"
    E050 = "not a run directory (no araseclit.duckdb): {path}"
    E051 = "the store in {path} was written by another araseclit version ({detail}); use --fresh or another --out"
    E052 = "the store in {path} was made with pipeline {old!r}, not {new!r}; use --fresh or another --out"
    E053 = "cannot write the run to {path}: {detail}"
    E054 = "another araseclit run is writing to {path} (pid {pid}); wait for it or pass --wait"
    E055 = "gave up after {seconds:g} s waiting for the araseclit run writing to {path} (pid {pid})"
    E056 = (
        "the run in {path} keeps no topic model (its topics step failed or was off, or it was "
        "written before runs kept their model): run analyze again"
    )
    E057 = (
        "the topic model in {folder} is not the one of the tables opened from {path} (a run "
        "was published since they were opened): open the run again"
    )
    E060 = "too few text units for topic modelling: {n} (need at least {minimum})"
    E061 = "model path does not exist or is not a model directory: {path}"
    E062 = "Dask is not installed; install the extra: pip install 'araseclit[distributed]'"
    E099 = "no input documents found in {paths}"
    E900 = "unexpected failure: {detail}"


class Warnings:
    """Message templates of warnings: the document is read and analysed, but its text may
    not be what the source says. Codes never change meaning; add a new code instead."""

    W101 = "text layer damaged; OCR advised: {detail}: {path}"
    W102 = (
        "{n} line(s) repaired with low confidence (below {threshold:.0%}; "
        "source line(s) {lines}): {path}"
    )


# what would break a one-line message or reorder it on screen: C0 and C1 controls and DEL (a
# newline in a file name), line and paragraph separators, and the bidi marks, embeddings,
# overrides and isolates (U+202E shows "fdp.exe" as "exe.pdf"); letters, Arabic included,
# and ZWNJ/ZWJ inside Arabic words are kept, e.g. "ملف\nجديد.txt" -> "ملف\\nجديد.txt"
_UNSAFE_IN_MESSAGE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def escape_controls(text: str) -> str:
    """``text`` with the characters that would break a one-line message escaped as
    :func:`repr` writes them (``\\n``, ``\\x1b``, ``\\u202e``); everything else as it is."""
    return _UNSAFE_IN_MESSAGE.sub(lambda m: repr(m.group())[1:-1], text)


#: ``severity`` of an ``errors`` row: the document was not analysed / was analysed with a warning
SEVERITY_ERROR = "error"
SEVERITY_WARNING = "warning"


@dataclass(frozen=True)
class DocumentWarning:
    """A coded warning about one document (``W101`` ...), made from a :class:`Warnings`
    template; ``str()`` gives ``[W101] message``."""

    code: str
    message: str

    @classmethod
    def make(cls, code: str, **fields: object) -> DocumentWarning:
        return cls(code, escape_controls(getattr(Warnings, code).format(**fields)))

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class AraseclitError(Exception):
    """An expected failure with a stable code and a one-line, user-facing message.

    ``fields`` keep the values as given; ``message`` escapes control characters in them
    (:func:`escape_controls`), so a file name with a newline still makes one line.
    """

    def __init__(self, code: str, **fields: object) -> None:
        template = getattr(Errors, code)
        self.code = code
        self.fields = fields
        self.message = escape_controls(template.format(**fields))
        super().__init__(f"[{code}] {self.message}")


class InputError(AraseclitError):
    """The input document cannot be read (missing, empty, binary, encrypted, ...)."""


class ConfigError(AraseclitError):
    """A pipeline, lexicon or option is invalid."""


class StoreError(AraseclitError):
    """The run directory cannot be read or written as asked."""
