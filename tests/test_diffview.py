"""``araseclit text --diff``: every change explained, nothing sent raw to the terminal."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from araseclit.diffview import describe_line, escape_controls, render_diff
from araseclit.document import Line, RepairOp
from araseclit.ingest import read


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("تعمل المنظمات (Dodge, 2020: 56)", "تعمل المنظمات (Dodge, 2020: 56)"),  # unchanged
        ("\u202b\u202a 3.1\u202cالإطار\u202c", "\\u202b\\u202a 3.1\\u202cالإطار\\u202c"),
        ("\x1b[31mأحمر\x1b[0m", "\\x1b[31mأحمر\\x1b[0m"),  # no terminal escape gets through
        ("می\u200cخواهم", "می\\u200cخواهم"),  # ZWNJ made visible
        ("بغداد\u00a0البصرة\tالموصل", "بغداد\\xa0البصرة\\tالموصل"),
        ("C:\\u202b", "C:\\\\u202b"),  # a backslash is doubled, so an escape cannot be forged
        ("سطر\nآخر\r\f", "سطر\\nآخر\\r\\f"),
    ],
)
def test_escape_controls(text: str, shown: str) -> None:
    assert escape_controls(text) == shown


def _hidden(text: str) -> list[str]:
    return [ch for ch in text if unicodedata.category(ch) in ("Cc", "Cf") and ch != "\n"]


def test_a_changed_line_shows_where_before_after_and_each_op() -> None:
    line = Line(
        "للنساء والطلبة (Jabar, 2018: 23). غير أنها",
        2,
        8,
        raw="\u202bللنساء والطلبة )23 2018: ,Jabar). غير أنها\u202c",
        score=0.97,
        changed=True,
    )
    line.ops.append(RepairOp("araseclit.repair.normalise.v1", 0, 0, "\u202b", "", 0.0))
    line.ops.append(
        RepairOp(
            "araseclit.repair.read_order.v1", 15, 31, ")23 2018: ,Jabar", "(Jabar, 2018: 23", 45.4
        )
    )
    shown = describe_line(line)
    assert shown[0] == "@@ line 8, page 2 (body): read back with confidence 0.97"
    assert shown[1] == "- \\u202bللنساء والطلبة )23 2018: ,Jabar). غير أنها\\u202c"
    assert shown[2] == "+ للنساء والطلبة (Jabar, 2018: 23). غير أنها"
    assert shown[3:] == [
        "  araseclit.repair.normalise.v1 at 0:0, gain +0.00 nats",
        '    was "\\u202b"',
        '    now ""',
        "  araseclit.repair.read_order.v1 at 15:31, gain +45.40 nats",
        '    was ")23 2018: ,Jabar"',
        '    now "(Jabar, 2018: 23"',
    ]
    low = describe_line(line, doubtful=True)[0]
    assert low.endswith("LOW CONFIDENCE (below 90%, W102)")


def test_an_unchanged_page_number_is_shown_as_left_out() -> None:
    shown = describe_line(Line("4", 4, 94, "page_number"))
    assert shown == ["@@ line 94, page 4 (page_number): left out of the text", "  4"]


def test_diff_of_a_scrambled_paper(sample_docs: Path) -> None:
    document = read(sample_docs / "06_youth_october_protests.txt")
    out = list(render_diff(document))
    changed = [ln for ln in document.lines if ln.changed]
    headers = [row for row in out if row.startswith("@@ ")]
    assert len(headers) >= len(changed)
    assert sum(row.startswith("+ ") for row in out) == len(changed)
    n_ops = sum(len(ln.ops) for ln in document.lines)
    assert sum(row.startswith("  araseclit.repair.") for row in out) == n_ops
    assert any("(Jabar, 2018: 23)" in row for row in out)
    closing = [row for row in out if row.startswith("# ")]
    assert out[-len(closing) :] == closing  # the summary comes last
    assert closing[0].startswith(f"# {len(changed)} of {len(document.lines)} lines repaired")
    assert any(row.startswith("# text quality: ") for row in closing)
    assert {f"# warning: {note}" for note in document.warnings} <= set(closing)
    assert not any(_hidden(row) for row in out)


def test_diff_shows_bidi_controls_as_escapes(tmp_path: Path) -> None:
    path = tmp_path / "pdftotext.txt"
    path.write_text(
        "\u202b\u202a 3.1\u202cالإطار المفاهيمي\u202c\n"
        "\u202bتعمل المنظمات المدنية في العراق على بناء الثقة بين المجتمع والدولة\u202c\n",
        encoding="utf-8",
    )
    out = list(render_diff(read(path)))
    assert any("\\u202b" in row for row in out)
    assert not any(_hidden(row) for row in out)
