"""Undoing the bidi algorithm on single lines, and the PDF character and line patterns.

Visual strings are glyphs left to right, as LibreOffice (``mirrored=False``) and Chromium
(``mirrored=True``) draw them; they were read off the test PDFs in ``data/``.
"""

from __future__ import annotations

import pytest

from araseclit.ingest.pdf_patterns import PAGE_NUMBER, decompose_presentation_forms
from araseclit.repair.bidi import (
    bracket_order_score,
    ends_in_ltr_run,
    line_is_rtl,
    visual_to_logical,
)


def logical(
    visual: str, mirrored: bool = False, rtl: bool | None = True, after_ltr: bool = False
) -> str:
    return "".join(visual_to_logical(list(visual), rtl=rtl, mirrored=mirrored, after_ltr=after_ltr))


@pytest.mark.parametrize(
    ("visual", "expected"),
    [
        ("مالس", "سلام"),
        ("ددعلا ،2003 ماع", "عام 2003، العدد"),
        (".)Al-Ansari et al., 2021: 14( ةيماظنلا", "النظامية (Al-Ansari et al., 2021: 14)."),
        (".)21 :2017 ،يجافخلا(", "(الخفاجي، 2017: 21)."),
        ("نم %45 نأ", "أن 45% من"),
        (".)105-102 :2023 ،يروبجلا(", "(الجبوري، 2023: 102-105)."),
        ("2026 ،12 ددعلا", "العدد 12، 2026"),
        ("نأ Kaldor )2003: 78( ىريو", "ويرى Kaldor (2003: 78) أن"),
        ("UNDP,( ةفرطتملا", "المتطرفة (UNDP,"),
        ("Al-( ليومتلا", "التمويل (Al-"),
        (".)2020, p. 31", "2020, p. 31)."),
        ("3.5 ةبسنب", "بنسبة 3.5"),
        ("14/3/2025 خيراتب", "بتاريخ 14/3/2025"),
        ("»يندملا عمتجملا« موهفم", "مفهوم «المجتمع المدني»"),
    ],
)
def test_rtl_lines_from_libreoffice(visual: str, expected: str) -> None:
    assert logical(visual) == expected


@pytest.mark.parametrize(
    ("visual", "expected"),
    [
        (".(Hiltermann, 2017: 88) رارقلا", "القرار (Hiltermann, 2017: 88)."),
        (".(45 :2022 ،يرديحلا)", "(الحيدري، 2022: 45)."),
        ("«كيرش» اهنأب", "بأنها «شريك»"),
    ],
)
def test_rtl_lines_with_mirrored_glyphs(visual: str, expected: str) -> None:
    assert logical(visual, mirrored=True) == expected


@pytest.mark.parametrize(
    "line",
    ["Buzan, B. (1991). People, States and Fear.", "UNDP (2020). Iraq Human Development Report."],
)
def test_left_to_right_lines_stay_as_drawn(line: str) -> None:
    assert logical(line, rtl=False) == line


@pytest.mark.parametrize(
    ("units", "rtl"),
    [
        (["س", "ل", "ا", "م"], True),
        (list("Iraq"), False),
        (list("Iraq ةلود"), True),
        (list("2020"), False),
    ],
)
def test_line_direction(units: list[str], rtl: bool) -> None:
    assert line_is_rtl(units) is rtl


@pytest.mark.parametrize(
    ("text", "score"), [("(أ) [ب]", 2), (")أ(", -1), ("«ب»", 1), ("بلا أقواس", 0)]
)
def test_bracket_order_score(text: str, score: int) -> None:
    assert bracket_order_score(text) == score


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\ufefb", "لا"),  # lam-alef isolated ligature
        ("\ufe91\ufeae\ufe8e\ufee3\ufe9e", "برامج"),  # contextual forms
        ("\ufef3", "ي"),  # Arabic yeh initial form stays Arabic yeh, not Farsi yeh
        ("\ufe70", "\u064b"),  # isolated fathatan: no space before the mark
        ("\ufdf2", "الله"),
        ("کتاب ی", "کتاب ی"),  # Persian letters in ordinary text are left alone
        ("\ufb7c", "چ"),  # tcheh final: its own letter, from the form
        ("ﺍ\ufeff", "ا"),  # byte-order mark dropped
        ("الأمن ①", "الأمن ①"),  # NFKC is not applied outside presentation forms
        # Latin ligatures a PDF font maps to one code: "Whitﬁeld" is cited as "Whitfield"
        ("Whit\ufb01eld (2010) e\ufb00ect \ufb02ow", "Whitfield (2010) effect flow"),
        ("\ufb03ce \ufb04 \ufb05 \ufb06", "ffice ffl st st"),
    ],
)
def test_presentation_forms(text: str, expected: str) -> None:
    assert decompose_presentation_forms(text) == expected


@pytest.mark.parametrize(
    ("line", "is_number"),
    [
        ("12", True),
        ("- 12 -", True),
        ("١٢", True),
        ("صفحة 7", True),
        ("Page 3", True),
        ("3 / 20", True),
        ("2026 العدد 12", False),
        ("(الخفاجي، 2017)", False),
        ("12345", False),
    ],
)
def test_page_number_pattern(line: str, is_number: bool) -> None:
    assert bool(PAGE_NUMBER.match(line)) is is_number


@pytest.mark.parametrize(
    ("visual", "expected"),
    [
        ("Access Now (2022). New ]3[", "[3] Access Now (2022). New"),  # list label, LibreOffice
        ("Wardle, C. (2017). Toward an ]4[", "[4] Wardle, C. (2017). Toward an"),
    ],
)
def test_numbered_reference_labels(visual: str, expected: str) -> None:
    assert logical(visual) == expected


def test_numbers_continuing_a_latin_run_from_the_previous_line() -> None:
    visual = "ةساردلا هذه لوانتتو .)2022: 4"  # "(Transparency International," broke before it
    assert logical(visual, after_ltr=True) == "2022: 4). وتتناول هذه الدراسة"
    assert logical(visual) == "4 :2022). وتتناول هذه الدراسة"  # read alone: Arabic-context numbers


@pytest.mark.parametrize(
    ("text", "ends_ltr"),
    [
        ("الإقليمية (Transparency International,", True),
        ("(UNDP, 2020).", True),
        ("العراق (UNDP) أن", False),
        ("", False),
    ],
)
def test_ends_in_ltr_run(text: str, ends_ltr: bool) -> None:
    assert ends_in_ltr_run(text) is ends_ltr


@pytest.mark.parametrize(
    ("visual", "expected"),
    [
        # a reference list printed as one paragraph: an Arabic entry ends, a Latin one starts
        # and the line breaks inside it; the stop after دار الشروق is the Arabic entry's
        ("Tripp, Charles. .قورشلا راد :نامع", "عمان: دار الشروق. Tripp, Charles."),
        ("Human Rights ،يبرعلا باتكلا راد", "دار الكتاب العربي، Human Rights"),
        # a stop with no space before the run is still the run's: "(UNDP," as before
        ("Ismael & لاق", "قال Ismael &"),
    ],
)
def test_a_stop_after_an_arabic_word_stays_before_a_latin_run_ending_the_line(
    visual: str, expected: str
) -> None:
    assert logical(visual, mirrored=True) == expected


@pytest.mark.parametrize(
    ("visual", "expected"),
    [
        # a Vancouver entry's journal part in Arabic-Indic digits, then its DOI: the digits
        # are number runs of their own (AN), never part of the Latin run after them
        (
            "doi:10.5555/x .٧١–٤٥:(٣)١٢؛٢٠٢٠ .ةينمألا ةلجم",
            "مجلة الأمنية. ٢٠٢٠؛١٢(٣):٤٥–٧١. doi:10.5555/x",
        ),
        ("Dodge, 2012 ،٤٥ ص", "ص ٤٥، Dodge, 2012"),
    ],
)
def test_arabic_indic_digits_stay_out_of_a_latin_run(visual: str, expected: str) -> None:
    assert logical(visual, mirrored=True) == expected


@pytest.mark.parametrize("mirrored", [False, True])
@pytest.mark.parametrize(
    "line",
    [
        # a Latin entry of a right-to-left list, its line ending inside a bracket it closes
        "Toensing, C. (2019). Militias and markets. In R. Mansour & F. Haddad (Eds.),",
        "Ibn Khaldun. (1967). The Muqaddimah: An introduction to history (F. Rosenthal, Trans.).",
    ],
)
def test_a_bracket_closing_the_latin_run_stays_in_it(line: str, mirrored: bool) -> None:
    assert logical(line, mirrored=mirrored, after_ltr=True) == line
    assert logical(line, mirrored=mirrored) == line
