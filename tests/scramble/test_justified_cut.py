"""The forward operation of short justified lines cut at their kashida gaps (plain pdftotext)."""

from __future__ import annotations

import random

from araseclit.scramble.layout import LaidLine, cut_justified_line

# one instruction of a distribution sheet, typed on a line of its own (written for this test)
LINE = "يحضر رب الأسرة بطاقة التسجيل الأصلية."


def _laid(text: str) -> LaidLine:
    return LaidLine(text, (1,) * len(text), 0)


def test_pieces_come_end_first_and_keep_every_character() -> None:
    pieces = cut_justified_line(_laid(LINE), 90, random.Random(3))
    assert len(pieces) > 2
    assert " ".join(p.text for p in pieces[::-1]).replace(" ", "") == LINE.replace(" ", "")
    assert pieces[-1].text.startswith("يح")  # the line's start is the last piece


def test_cuts_fall_inside_words_between_joined_letters() -> None:
    # never after a letter that does not join the next one (ا د ذ ر ز و ة), never at a space
    for seed in range(20):
        pieces = cut_justified_line(_laid(LINE), 90, random.Random(seed))
        for before, after in zip(pieces[1:], pieces[:-1], strict=False):
            assert before.text[-1] not in "ادذرزوة "
            assert after.text[0] != " "


def test_a_line_near_the_full_width_stays_whole() -> None:
    assert cut_justified_line(_laid(LINE), len(LINE) + 3, random.Random(1)) == [_laid(LINE)]


def test_each_word_is_cut_once_at_most() -> None:
    # LibreOffice stretches a word at one kashida place: at most one cut a word
    for seed in range(20):
        pieces = cut_justified_line(_laid(LINE), 200, random.Random(seed))
        assert len(pieces) <= len(LINE.split()) + 1
