"""A Latin citation running on across a line break (pdftotext, Noto Naskh)."""

from __future__ import annotations

from araseclit.document import Line
from araseclit.repair import read_line
from araseclit.repair.continued_runs import reread_continued_runs, restore_run_final_comma

LRE, RLE, PDF = "\u202a", "\u202b", "\u202c"
# "... تبقى هشة (Rahman, cited in Tarrow et al., 2015: 12; Keane, 2009: 77). ويرى ..." as
# pdftotext writes its two lines: the first ends inside the Latin run, the second opens
# with the rest of it, numbers first, its closing bracket and stop in visual order
FIRST = f"{RLE}وتظل المبادرات المحلية هشة في غياب الدعم الرسمي ({LRE}Rahman, cited in Tarrow et al.,{PDF}{PDF}"
SECOND = f"{RLE}{LRE} .)2015: 12; Keane, 2009: 77{PDF}ويرى الباحثون أن التمويل حاسم{PDF}"


def _repair(raw: str, before: str) -> str:
    """The line read back from pdftotext's embeddings (before the scorer weighs it)."""
    return read_line(raw, "embedded", before)


def test_the_continued_run_is_read_after_the_latin_line_it_follows() -> None:
    # the second line was first read after an Arabic line (before a cut line was undone)
    first = Line(
        "وتظل المبادرات المحلية هشة في غياب الدعم الرسمي (Rahman, cited in Tarrow et al.,", 1, 1
    )
    second = Line(_repair(SECOND, "AL"), 1, 2)
    assert second.text.startswith("Keane")  # the numbers read backwards after it
    reread_continued_runs([first, second], _repair, [FIRST, SECOND])
    assert second.text == "2015: 12; Keane, 2009: 77). ويرى الباحثون أن التمويل حاسم"


def test_a_line_after_an_arabic_line_keeps_its_reading() -> None:
    first = Line("وتظل المبادرات المحلية هشة في غياب الدعم الرسمي", 1, 1)
    text = _repair(SECOND, "AL")
    second = Line(text, 1, 2)
    reread_continued_runs([first, second], _repair, [FIRST, SECOND])
    assert second.text == text


def test_a_text_someone_else_changed_is_left_alone() -> None:
    first = Line("الدعم الرسمي (Rahman, cited in Tarrow et al.,", 1, 1)
    second = Line("نص آخر", 1, 2)
    reread_continued_runs([first, second], _repair, [FIRST, SECOND])
    assert second.text == "نص آخر"


def test_the_comma_ending_the_run_goes_back_to_its_end() -> None:
    line = Line(_repair(FIRST, "AL"), 1, 1)
    assert line.text.endswith("(,Rahman, cited in Tarrow et al.")  # the damage
    restore_run_final_comma([line])
    assert (
        line.text
        == "وتظل المبادرات المحلية هشة في غياب الدعم الرسمي (Rahman, cited in Tarrow et al.,"
    )


def test_clean_citations_are_unchanged() -> None:
    texts = [
        "كما يرى الباحثون (Rahman, 2015: 12)، وهو ما يؤكده (Keane, 2009: 77).",
        "وتظل المبادرات هشة (Rahman, cited in Tarrow et al.,",
        "(أ، ب، ج)",
    ]
    lines = [Line(t, 1, n) for n, t in enumerate(texts, start=1)]
    restore_run_final_comma(lines)
    assert [ln.text for ln in lines] == texts
