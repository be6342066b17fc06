"""Coded errors: one line per message whatever the file name holds, Arabic kept readable."""

from __future__ import annotations

from pathlib import Path

import pytest

from araseclit.errors import AraseclitError, DocumentWarning, InputError, escape_controls
from araseclit.ingest import read


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("تقرير المنظمات.txt", "تقرير المنظمات.txt"),  # Arabic stays as it is
        ("ملف\nجديد.txt", "ملف\\nجديد.txt"),
        ("a\r\nb.pdf", "a\\r\\nb.pdf"),
        ("\x1b[31mred.docx", "\\x1b[31mred.docx"),  # no terminal escapes
        ("دراسة\u2028ثانية.txt", "دراسة\\u2028ثانية.txt"),  # a line separator
        ("\u202efdp.exe", "\\u202efdp.exe"),  # no right-to-left override
        ("مي\u200cخواهم.txt", "مي\u200cخواهم.txt"),  # ZWNJ inside a word is not a control
        ("C:\\corpus\\بحث.md", "C:\\corpus\\بحث.md"),  # backslashes are not doubled
    ],
)
def test_names_are_escaped_in_messages(name: str, shown: str) -> None:
    assert escape_controls(name) == shown
    error = InputError("E001", path=name)
    assert error.message == f"file not found: {shown}"
    assert error.fields["path"] == name  # the value itself is kept for callers
    assert "\n" not in str(error)


def test_every_field_of_a_message_is_escaped() -> None:
    error = AraseclitError("E011", path="بحث.pdf", detail="xref table\nbroken at 0x1f")
    assert error.message == "PDF is corrupt or truncated: بحث.pdf (xref table\\nbroken at 0x1f)"


def test_warning_messages_are_escaped_too() -> None:
    warning = DocumentWarning.make("W101", detail="few known words", path="تقرير\nالأمن.pdf")
    assert (
        str(warning) == "[W101] text layer damaged; OCR advised: few known words: تقرير\\nالأمن.pdf"
    )


def test_a_missing_file_with_a_newline_in_its_name_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "مسودة\nأولى.txt"
    with pytest.raises(InputError) as info:
        read(path)
    assert info.value.code == "E001"
    assert info.value.message.count("\n") == 0
    assert "مسودة\\nأولى.txt" in info.value.message
