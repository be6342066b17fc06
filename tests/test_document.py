"""assemble(): logical-order lines to one text with provenance."""

from __future__ import annotations

from araseclit.document import Document, Line, assemble


def test_paragraphs_headings_noise_and_glue() -> None:
    lines = [
        Line("مجلة الدراسات الأمنية 2026", page=1, line=1, kind="header"),
        Line("1. المقدمة", page=1, line=2, kind="heading"),
        Line("تعمل المنظمات المدنية في", page=1, line=3, para_start=True),
        Line("العراق على بناء الثقة بين الد", page=1, line=4),
        Line("ولة والمجتمع.", page=1, line=5, glue=True),
        Line("7", page=1, line=6, kind="page_number"),
        Line("وتواجه تحديات التمويل.", page=2, line=1, para_start=True),
    ]
    text, spans = assemble(lines)
    assert text == (
        "1. المقدمة\n\nتعمل المنظمات المدنية في العراق على بناء الثقة بين الدولة "
        "والمجتمع.\n\nوتواجه تحديات التمويل."
    )
    assert [(s.page, s.line) for s in spans] == [(1, 2), (1, 3), (1, 4), (1, 5), (2, 1)]
    for span, line in zip(
        spans, [ln for ln in lines if ln.kind not in ("header", "page_number")], strict=True
    ):
        assert text[span.start : span.end] == line.text
    document = Document("d1", "x.txt", "txt", text, provenance=spans, lines=lines)
    assert document.locate(text.index("وتواجه")).page == 2
    assert [ln.kind for ln in document.noise] == ["header", "page_number"]


def test_a_line_keeps_its_fields_in_slots_and_survives_a_pickle() -> None:
    """A book holds hundreds of thousands of lines: each keeps its fields in slots, with no
    per-line ``__dict__`` (about 100 bytes a line less), and goes to a worker process and back
    with every field, its repair log included."""
    import pickle

    from araseclit.document import RepairOp, SourceSpan

    line = Line("تعمل المنظمات المدنية", 2, 7, raw="ةيندملا تامظنملا لمعت", changed=True)
    line.ops.append(RepairOp("araseclit.repair.read_order.v1", 0, 21, "ةيندملا", "المدنية", 9.5))
    for obj in (line, line.ops[0], SourceSpan(0, 21, 2, 7)):
        assert not hasattr(obj, "__dict__")
        assert pickle.loads(pickle.dumps(obj)) == obj
