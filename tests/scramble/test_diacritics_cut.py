"""The forward operation of vowelled lines cut at stacked marks (pdftotext)."""

from __future__ import annotations

from araseclit.scramble.diacritics import cut_vowelled_lines

LINE = "ذَهَبَ الطُّلَّابُ إِلَى الْمَكْتَبَةِ فِي الصَّبَاحِ الْبَاكِرِ"  # written for this test


def test_pieces_come_last_first_and_keep_every_character() -> None:
    pieces = cut_vowelled_lines([LINE], pieces=(3, 3), seed=4, wrapped=False)
    assert len(pieces) == 3
    assert "".join(pieces[::-1]).replace(" ", "") == LINE.replace(" ", "")
    assert pieces != [LINE]


def test_wrapped_like_pdftotext() -> None:
    pieces = cut_vowelled_lines([LINE], seed=1)
    assert all(p.startswith("\u202b") and p.endswith("\u202c") for p in pieces)


def test_rate_zero_leaves_lines() -> None:
    assert cut_vowelled_lines([LINE, ""], rate=0.0, wrapped=False) == [LINE, ""]
