"""What reading did to each line of a document, for a terminal (``araseclit text --diff``).

Per changed line (and per line left out of the text as layout noise): where it stands in
the source, the line before and after, and each :class:`~araseclit.document.RepairOp` on
its own lines (name, span, the text it replaced and put in, gain in nats), so that Arabic
and Latin pieces do not share a line with the labels around them. Control and format
characters (bidi controls, escape sequences, zero-width marks) and unusual spaces are shown
as escapes (``\\u202b``), never sent to the terminal.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from araseclit.document import NOISE_KINDS, Document, Line, RepairOp
from araseclit.ingest.checks import LOW_CONFIDENCE, low_confidence_lines

# categories shown as escapes: controls, format characters (bidi controls, ZWNJ), line and
# paragraph separators, private use, surrogates, unassigned; and spaces other than U+0020
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"})
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r", "\f": "\\f", "\\": "\\\\"}
#: orders listed in the summary by evidence (nats), strongest first
MAX_ORDERS_SHOWN = 3


def escape_controls(text: str) -> str:
    """``text`` with control/format characters and unusual spaces as escapes, and ``\\``
    doubled so an escape cannot be forged: ``"a\\u202bb"`` -> ``"a\\\\u202bb"``."""
    out = []
    for ch in text:
        if ch in _NAMED:
            out.append(_NAMED[ch])
            continue
        category = unicodedata.category(ch)
        if category in _HIDDEN_CATEGORIES or (category == "Zs" and ch != " "):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


def _quoted(text: str) -> str:
    return '"' + escape_controls(text).replace('"', '\\"') + '"'


def _where(ln: Line) -> str:
    return f"line {ln.line}" + (f", page {ln.page}" if ln.page is not None else "")


def _verdict(ln: Line, source_format: str, doubtful: bool) -> str:
    """What the line's score means: a confidence for a line read back from a scrambled
    order, the share of characters layout moved for a PDF line."""
    parts = []
    if source_format == "pdf" and ln.changed:
        parts.append(f"layout moved {ln.score:.0%} of its characters")
    elif any(op.name.endswith(".read_order.v1") for op in ln.ops):
        parts.append(f"read back with confidence {ln.score:.2f}")
    if doubtful:
        parts.append(f"LOW CONFIDENCE (below {LOW_CONFIDENCE:.0%}, W102)")
    if ln.kind in NOISE_KINDS:
        parts.append("left out of the text")
    return "; ".join(parts)


def describe_op(op: RepairOp) -> list[str]:
    """The lines that explain one repair operation."""
    return [
        f"  {op.name} at {op.start}:{op.end}, gain {op.gain:+.2f} nats",
        f"    was {_quoted(op.before)}",
        f"    now {_quoted(op.after)}",
    ]


def describe_line(ln: Line, source_format: str = "txt", doubtful: bool = False) -> list[str]:
    """A header, the line before (``-``) and after (``+``; one line marked `` `` when
    unchanged) and its repair operations."""
    verdict = _verdict(ln, source_format, doubtful)
    lines = [f"@@ {_where(ln)} ({ln.kind})" + (f": {verdict}" if verdict else "")]
    if ln.changed:
        lines.append(f"- {escape_controls(ln.raw if ln.raw is not None else '')}")
        lines.append(f"+ {escape_controls(ln.text)}")
    else:
        lines.append(f"  {escape_controls(ln.text)}")
    for op in ln.ops:
        lines.extend(describe_op(op))
    return lines


def summary(document: Document) -> list[str]:
    """The closing ``#`` lines: how many lines changed, the order undone, text quality and
    the document's warnings."""
    changed = sum(ln.changed for ln in document.lines)
    head = f"# {changed} of {len(document.lines)} lines repaired"
    order = document.metadata.get("repair_order")
    if order:
        head += f"; order undone: {order}"
    out = [head + f"; document repair score {document.repair_score:.2f}"]
    evidence = document.metadata.get("repair_evidence")
    if isinstance(evidence, dict) and evidence:
        best = sorted(evidence.items(), key=lambda kv: -kv[1])[:MAX_ORDERS_SHOWN]
        out.append(
            "# evidence for each order (nats against the lines as they stand): "
            + ", ".join(f"{name} {value:+.1f}" for name, value in best)
        )
    quality = document.metadata.get("text_quality")
    if isinstance(quality, dict):
        out.append(
            f"# text quality: {quality['known_share']:.0%} of {quality['words']} Arabic words "
            f"recognised, {quality['malformed_share']:.1%} of tokens malformed"
            + ("; DAMAGED" if quality.get("damaged") else "")
        )
    out.extend(f"# warning: {escape_controls(note)}" for note in document.warnings)
    return out


def render_diff(document: Document) -> Iterator[str]:
    """Every line of the ``--diff`` view of ``document``, without line ends."""
    doubtful = {id(ln) for ln in low_confidence_lines(document.lines)}
    for ln in document.lines:
        if ln.changed or ln.kind not in ("body", "heading", "blank"):
            yield from describe_line(ln, document.source_format, id(ln) in doubtful)
    yield from summary(document)
