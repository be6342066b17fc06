"""The PDF glyph pass of the kashida detector on hand-placed glyphs (visual order, as
XeLaTeX and LibreOffice draw them: no space glyphs, words apart by their gap)."""

from __future__ import annotations

from araseclit.ingest.pdf_kashida import drop_kashida_glyphs
from araseclit.ingest.pdf_layout import Glyph, PageLayout, PageLine

SIZE = 14.0


def word(visual: str, x: float, start: int, width: float = 6.0) -> list[Glyph]:
    """Glyphs of a word given in visual order (left to right), touching each other."""
    return [
        Glyph(ch, x + i * width, x + (i + 1) * width, 100.0, SIZE, "XeLaTeX-Amiri", start + i)
        for i, ch in enumerate(visual)
    ]


def test_a_bracket_glued_between_words_no_kashida_can_join_is_kept() -> None:
    # "(الأمم المتحدة) الدولية" four times, no space glyphs: the closing bracket touches
    # "المتحدة" (ends in teh marbuta) and, a word gap away, "الدولية" (starts with alef);
    # neither letter joins the next, so no kashida can stand there: it is a bracket
    glyphs = []
    for i in range(4):
        x = 40 + 130 * i
        glyphs += word("ةيلودلا", x, 100 * i)  # "الدولية", leftmost
        glyphs += word(")", x + 42 + 4.0, 100 * i + 10)  # a word gap (0.29 em) before it
        glyphs += word("ةدحتملا", x + 48 + 4.0, 100 * i + 20)  # "المتحدة" touching it
    page = PageLayout(1, 600, 800, [PageLine(glyphs)])
    assert drop_kashida_glyphs([page]) == set()
    assert "".join(g.text for g in page.lines[0].glyphs).count(")") == 4


def test_a_kashida_code_inside_joining_words_is_still_dropped() -> None:
    # "تطبيق" stretched after its tah (joins): '3' is the font's kashida there
    glyphs = []
    for i in range(4):
        glyphs += word("قيب33طت", 40 + 60 * i, 100 * i)
    page = PageLayout(1, 600, 800, [PageLine(glyphs)])
    assert drop_kashida_glyphs([page]) == {("XeLaTeX-Amiri", "3")}
    assert "".join(g.text for g in page.lines[0].glyphs) == "قيبطت" * 4
