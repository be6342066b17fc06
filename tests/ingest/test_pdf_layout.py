"""Page geometry on hand-placed glyphs: word gaps, marks, ligatures, columns, kashidas.

Positions copy what LibreOffice and Chromium write (read off the PDFs in ``data/``): glyphs
in drawing order left to right, marks of zero width, lam-alef split into two glyphs.
"""

from __future__ import annotations

import pytest

from araseclit.ingest.pdf_kashida import drop_kashida_glyphs
from araseclit.ingest.pdf_layout import (
    Glyph,
    PageLayout,
    PageLine,
    cluster_lines,
    draws_spaces,
    fill_text,
    find_gutter,
    line_text,
    split_columns,
)

SIZE = 14.0


def run(
    word_visual: str, x: float, y: float = 100.0, width: float = 6.0, start: int = 0
) -> list[Glyph]:
    """Glyphs of a word given in visual order (left to right), touching each other."""
    return [
        Glyph(ch, x + i * width, x + (i + 1) * width, y, SIZE, "Amiri-Regular", start + i)
        for i, ch in enumerate(word_visual)
    ]


def text(glyphs: list[Glyph], infer_spaces: bool = False) -> str:
    return line_text(glyphs, rtl=True, mirrored=False, infer_spaces=infer_spaces)


@pytest.mark.parametrize(
    ("gap", "expected"),
    [(6.0, "الأمن الوطني"), (1.0, "الأمنالوطني")],  # a 0.43 em gap is a space, 0.07 em is not
)
def test_word_spaces_come_from_gaps_when_the_pdf_draws_none(gap: float, expected: str) -> None:
    second = run("نمألا", 100 + 6 * 6 + gap, start=10)  # "الأمن" on the right
    first = run("ينطولا", 100)  # "الوطني" on the left
    assert text(first + second, infer_spaces=True) == expected


def test_spaces_are_not_guessed_when_the_pdf_draws_them() -> None:
    pages = [
        PageLayout(1, 600, 800, [PageLine(run("ينطولا", 100) + run(" ", 136) + run("نمألا", 142))])
    ]
    assert draws_spaces(pages)
    wide_gap = run("دع", 100) + run("ي", 130)  # justified Arabic: stretched inside a word
    assert text(wide_gap) == "يعد"


@pytest.mark.parametrize(
    ("glyphs", "expected"),
    [
        # LibreOffice: visual order, a mark written between its letter and the one on its left
        ([("ع", 513.6, 518.7, 0), ("\u064f", 515.6, 515.6, 1), ("ي", 518.6, 521.2, 2)], "يُع"),
        # Chromium: the mark after the letter on its left in the stream, drawn over its own
        ([("ا", 454.1, 457.6, 0), ("\u064b", 459.4, 459.4, 1), ("ر", 457.6, 463.7, 2)], "رًا"),
    ],
)
def test_marks_stay_on_their_letter(
    glyphs: list[tuple[str, float, float, int]], expected: str
) -> None:
    line = [Glyph(t, x0, x1, 100.0, SIZE, "F", i) for t, x0, x1, i in glyphs]
    assert text(line) == expected


def test_lam_alef_ligature_parts_keep_stream_order() -> None:
    # Noto Naskh via LibreOffice: alef of no width at 457.4, lam starting 0.1 pt before it
    line = [
        Glyph("م", 451.0, 457.4, 100.0, SIZE, "F", 0),
        Glyph("أ", 457.4, 457.4, 100.0, SIZE, "F", 1),
        Glyph("ل", 457.3, 464.5, 100.0, SIZE, "F", 2),
        Glyph("ا", 464.7, 468.0, 100.0, SIZE, "F", 3),
    ]
    assert text(line) == "الأم"


def test_lines_cluster_by_baseline_and_marks_join_them() -> None:
    glyphs = run("ابك", 100, y=100.0) + run("ملق", 100, y=120.0, start=3)
    glyphs.append(Glyph("\u064e", 104, 104, 98.5, SIZE, "F", 9))  # a mark sits a little higher
    lines = cluster_lines(glyphs)
    assert [len(ln) for ln in lines] == [4, 3]


def two_column_page() -> list[list[Glyph]]:
    lines = []
    for row in range(8):
        y = 100.0 + 20 * row
        left = run("ناثلا", 60, y, start=100 * row)  # "الثاني" column on the left
        right = run("لوألا", 330, y, start=100 * row + 50)  # "الأول" column on the right
        lines.append(left + right)
    return lines


def test_gutter_found_and_right_column_read_first() -> None:
    lines = two_column_page()
    gutter = find_gutter(lines, 600)
    assert gutter is not None and 90 <= gutter[0] < gutter[1] <= 330
    ordered = split_columns(lines, gutter, rtl=True)
    assert [pl.column for pl in ordered] == [1] * 8 + [2] * 8
    assert text(ordered[0].glyphs) == "الأول"


def test_one_column_page_has_no_gutter() -> None:
    lines = [run("ةلودلاو" * 8, 60, 100.0 + 20 * row) for row in range(8)]
    assert find_gutter(lines, 600) is None


def test_kashida_glyphs_with_a_wrong_code_are_dropped() -> None:
    words = []
    for i in range(4):  # "المعاصرة" stretched with '"' kashidas, as LibreOffice + Noto Naskh
        words += run('ةر""صاعملا', 60 + 80 * i, start=20 * i)
    quote = run('"', 420, start=200) + run(" ", 426, start=201) + run("ملع", 432, start=202)
    page = PageLayout(1, 600, 800, [PageLine(words + quote)])
    codes = drop_kashida_glyphs(page_list := [page])
    assert codes == {("Amiri-Regular", '"')}
    remaining = "".join(g.text for g in page_list[0].lines[0].glyphs)
    assert remaining.count('"') == 1  # the real quotation mark next to a space stays


def test_a_connector_mapped_to_an_accented_latin_letter_is_dropped_but_names_keep_theirs() -> None:
    words = []
    for i in range(3):  # "الكهرباء" as Amiri draws it: a connector between kaf and lam -> "î"
        words += run("ءابرهكîلا", 60 + 80 * i, start=20 * i)
    name = run("Kibaroğlu", 320, start=100)  # a Latin name, left to right
    page = PageLayout(1, 600, 800, [PageLine(words + name)])
    assert drop_kashida_glyphs([page]) == {("Amiri-Regular", "î")}
    remaining = "".join(g.text for g in page.lines[0].glyphs)
    assert "î" not in remaining and "Kibaroğlu" in remaining


@pytest.mark.parametrize(
    ("visual", "after_ltr", "expected"),
    [
        # Chromium's print of "1. Mercer A. …" in a right-to-left list: the label at the right
        ("Mercer A. Stabilisation aid and the politics of return in northern .1", False,
         "1. Mercer A. Stabilisation aid and the politics of return in northern"),
        ("Kell T, Farouk N. Local organisations and funding .12", False,
         "12. Kell T, Farouk N. Local organisations and funding"),
        # the line before ended in a Latin run: a number opening this line goes on with it
        ("Mercer A. Stabilisation aid and the politics of return in northern .1", True,
         "Mercer A. Stabilisation aid and the politics of return in northern .1"),
        # a decimal or a page range ending a Latin line is no label
        ("a coefficient of 0.12", False, "a coefficient of 0.12"),
        ("Disasters. 2019;43(4):720-41", False, "Disasters. 2019;43(4):720-41"),
    ],
)  # fmt: skip
def test_a_latin_entrys_list_label_drawn_at_the_right_opens_the_line(
    visual: str, after_ltr: bool, expected: str
) -> None:
    glyphs = []
    x = 10.0
    for ch in visual:
        glyphs.append(Glyph(ch, x, x + 5.0, 100.0, SIZE, "NotoSerif", len(glyphs)))
        x += 5.0
    assert line_text(glyphs, rtl=True, mirrored=True, after_ltr=after_ltr) == expected


def _line(visual: str, y: float) -> PageLine:
    glyphs = []
    x = 10.0
    for ch in visual:
        glyphs.append(Glyph(ch, x, x + 5.0, y, SIZE, "NotoNaskhArabic", len(glyphs)))
        x += 5.0
    return PageLine(glyphs)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # Chromium's print of "… الأدبيات (Kaldor, 2012, p. 31). Kaldor (2012) يرى أن الحرب"
        # broken after "p.": the rest of the citation is drawn as an island at the right
        ("Kaldor, 2012, p.) تايبدألا هدكؤت", "برحلا نأ ىري Kaldor (2012) .(31",
         "31). Kaldor (2012) يرى أن الحرب"),
        # a number that goes on with the Latin run of the line before stays in it
        ("UNDP,) ريراقت", "نأ (2022: 4", "2022: 4) أن"),
    ],
)  # fmt: skip
def test_a_citation_cut_by_a_line_break_reads_with_its_closing_bracket(
    first: str, second: str, expected: str
) -> None:
    page = PageLayout(1, 600, 800, [_line(first, 100.0), _line(second, 120.0)])
    fill_text([page], mirrored=True, infer_spaces=False)
    assert page.lines[1].text == expected


@pytest.mark.parametrize(
    "logical",
    [
        # Persian digits after an Arabic word are numbers of their own (W2), not part of the
        # Latin word after the bracket
        "رد نمیکند (واعظی، ۱۳۹۷: ۸۸). Ri به بیانیه",
        "نوشت (کاظمی، ۱۳۹۸: ۱۲). Kim و",
        # after a Latin name they go on with its run
        "کما یری (Buzan، ۱۹۹۱: ۱۹) در",
        "تحلیل (Waltz ۱۹۷۹، ۲۱) است",
        # a list label after an Arabic entry on the same line (a list run into a paragraph)
        # is a number of its own before the Latin entry (W2), not the end of that entry
        "مجلة الأمنية. ٢٠٢١؛١٣(٢):٥٥–٨٠. 2. UNMAS. Iraq annual report 2020. New York",
        "بغداد: وزارة التخطيط؛ ٢٠٢٠. 5. Mines Advisory Group. Risk education in Anbar",
        # and a number after a Latin word stays in its run
        "كما يرى (Buzan, 1991: 19) أن الدولة",
        "في الصفحة 12 من تقرير UNDP لعام 2020",
    ],
)
def test_digits_beside_latin_words_read_in_order(logical: str) -> None:
    # the visual order a right-to-left paragraph is drawn in, mirrored brackets as Chromium
    # writes them (python-bidi's display, an independent implementation of the algorithm)
    from bidi.algorithm import get_display

    visual = get_display(logical, base_dir="R")
    glyphs = [Glyph(ch, 10 + 5 * i, 15 + 5 * i, 100, SIZE, "NotoNaskhArabic", i)
              for i, ch in enumerate(visual)]  # fmt: skip
    assert line_text(glyphs, rtl=True, mirrored=True) == logical


# Chromium's print of "… معاً(٣). … تدريجياً[٤] …" (Noto Naskh): each tanween unit comes out
# with the bracket drawn over its place, ")ً" and "]ً", in visual order left to right
_TANWEEN_BRACKET_UNITS = [
    *".كلذ دعب [", "٤", "]ً", *"ايجيردت نواعتلا عستا مث .(", "٣", ")ً",
    *"اعم ةيلحملا ةطرشلاو ناجللا تلمع دقو",
]  # fmt: skip


def test_a_tanween_drawn_with_a_bracket_stays_on_its_letter() -> None:
    # the mark after "(" lost the note marker "(٣)" of a footnoted paper
    from araseclit.ingest.pdf_layout import units_text

    text = units_text(_TANWEEN_BRACKET_UNITS, rtl=True, mirrored=True)
    assert text == "وقد عملت اللجان والشرطة المحلية معاً(٣). ثم اتسع التعاون تدريجياً[٤] بعد ذلك."


def _cells(start: int, gap: float) -> list[Glyph]:
    """The row "2019 | 1,204 | 87" as LibreOffice draws it: a cell at a time, the right-hand
    cell first, each cell's glyphs left to right, ``gap`` points between cells."""
    glyphs, x = [], 100.0
    for cell, first in (("87", start + 9), ("1,204", start + 4), ("2019", start)):
        glyphs += run(cell, x, start=first)
        x += 6 * len(cell) + gap
    return glyphs


def _row_text(glyphs: list[Glyph], word_space: float) -> str:
    line = PageLine(glyphs)
    space = run(" ", 400, start=90)  # the page draws its word spaces
    page = PageLayout(1, 600, 800, [line, PageLine(run("اذه", 360) + space + run("ام", 410))])
    page.word_space = word_space
    fill_text([page], mirrored=False, infer_spaces=False)
    return line.text


@pytest.mark.parametrize("gap", [4.0, 30.0])  # a cell padding as wide as a word space, and more
def test_table_cells_drawn_apart_are_read_apart_right_cell_first(gap: float) -> None:
    assert _row_text(_cells(0, gap), word_space=4.0) == "2019 1,204 87"


def test_a_gap_inside_a_run_is_no_cell_gap() -> None:
    # a word stretched to justify its line is drawn in one run: its gap never steps back in
    # the stream, however wide ("يعد" with 18 pt between its letters)
    stretched = run("دع", 100) + run("ي", 130, start=2)
    assert _row_text(stretched, word_space=4.0) == "يعد"
    # nor is a gap where a glyph taken out as a kashida was drawn ("1444هـ/2023م")
    line = run("2023/", 100, start=20) + run("ه", 134, start=10) + run("1444", 140, start=11)
    pl = PageLine(line)
    pl.dropped = run(" ", 130, width=4.0, start=9)
    page = PageLayout(1, 600, 800, [pl], word_space=3.0)
    fill_text([page], mirrored=False, infer_spaces=False)
    assert pl.text == "1444ه/2023"
