"""Error rows of a corpus run: coded, one line each."""

from __future__ import annotations

from araseclit.corpus import step_error
from araseclit.errors import InputError


def test_a_coded_failure_keeps_its_code_and_one_line_message() -> None:
    row = step_error("ingest", InputError("E002", path="فارغ\n.txt"), "فارغ\n.txt")
    assert (row["code"], row["message"]) == ("E002", "file is empty: فارغ\\n.txt")


def test_an_unexpected_failure_is_one_line() -> None:
    row = step_error("tagger", ValueError("span overlaps\nat offset 12"), "بحث.txt")
    assert row["code"] == "E900"
    assert row["message"] == "ValueError: span overlaps\\nat offset 12"
