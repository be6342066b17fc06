"""``en_apart`` on a line that ``after_ltr`` opens with numbers and no Latin letter (issue 13
review): every number is an island, so the line reads as it does without ``after_ltr``; it
raised StopIteration looking for the segment's first Latin letter."""

from __future__ import annotations

from araseclit.repair.bidi import visual_to_logical


def test_numbers_only_after_a_latin_line_with_en_apart() -> None:
    units = list("ةيبرعلا 45 :2019")
    got = visual_to_logical(units, rtl=True, after_ltr=True, en_apart=True)
    assert "".join(got) == "2019: 45 العربية"


def test_a_page_and_year_after_a_latin_line_with_en_apart() -> None:
    units = list("قارعلا يف 12 :2003")
    got = visual_to_logical(units, rtl=True, after_ltr=True, en_apart=True)
    assert "".join(got) == "".join(visual_to_logical(units, rtl=True, en_apart=True))
    assert "".join(got) == "2003: 12 في العراق"
