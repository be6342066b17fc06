"""Reading-order repairs, one extractor order each, on lines written for these tests."""

from __future__ import annotations

import pytest

from araseclit.repair import (
    read_line,
    reorder_embedded,
    reorder_islands,
    reorder_runs,
    repair_lines,
    repair_text,
    reverse_line,
    unmirror_brackets,
)
from araseclit.repair.bidi import reorder
from araseclit.repair.flip import flip_words


@pytest.mark.parametrize(
    ("raw", "logical"),
    [
        # pdfplumber: the whole line in display order
        ("Kaldor، 2019:( ةلودلاو نطاوملا نيب", "بين المواطن والدولة (Kaldor، 2019:"),
        (".)23 :1399 ،مظاك( تامظنملا هذه مامأ", "أمام هذه المنظمات (كاظم، 1399: 23)."),
        ("ةمدقملا .1", "1. المقدمة"),
        (".]7 ،4[ نانبلو ندرألا", "الأردن ولبنان [4، 7]."),
    ],
)
def test_reverse_line(raw: str, logical: str) -> None:
    assert unmirror_brackets(reverse_line(raw)) == logical


@pytest.mark.parametrize(
    ("raw", "logical"),
    [
        # runs in display order, each Arabic run already logical (the seed chapter's damage)
        ("، وقد  2019شهدت الاحتجاجات منذ عام  ", "شهدت الاحتجاجات منذ عام  2019، وقد  "),
        (" :Dodge  ،2020) كشفت هشاشة العقد", "كشفت هشاشة العقد (Dodge  ،2020: "),
        ("  وركزت المنظمات على التوثيق .(56", "56)." + "  وركزت المنظمات على التوثيق "),
        ("هذا البحث، بمنهج    تبرز الحاجة", "تبرز الحاجة هذا البحث، بمنهج"),
    ],
)
def test_reorder_runs(raw: str, logical: str) -> None:
    assert unmirror_brackets(reorder_runs(raw)).split() == logical.split()


@pytest.mark.parametrize(
    ("raw", "logical"),
    [
        # pdftotext: LTR runs embedded (LRE ... PDF) in visual order
        ("\u202b\u202a .)45\u202cوقد ركزت\u202c", "\u202b45). وقد ركزت\u202c"),
        (
            "\u202bالمجلد \u202a ،14\u202cالعدد \u202a2026 ،2\u202c\u202c",
            "\u202bالمجلد 14، العدد 2، 2026\u202c",
        ),
        ("\u202bنحو \u202a %35\u202cمن\u202c", "\u202bنحو 35% من\u202c"),
        (
            "\u202bويرى )\u202a Kaldor (2003: 78\u202cأن\u202c",
            "\u202bويرى Kaldor (2003: 78) أن\u202c",
        ),
        (
            ".Buzan, B. (1991). People, States and Fear",
            "Buzan, B. (1991). People, States and Fear.",
        ),
    ],
)
def test_reorder_embedded(raw: str, logical: str) -> None:
    assert reorder_embedded(raw).split() == logical.split()


def test_reorder_embedded_continues_a_latin_run_from_the_previous_line() -> None:
    # "(UNDP," ended the previous line: the numbers belong to the Latin run
    assert reorder_embedded("\u202b\u202a.)2020, p. 31\u202c\u202c", before="L") == (
        "\u202b2020, p. 31).\u202c"
    )


@pytest.mark.parametrize(
    ("raw", "logical"),
    [
        # pypdfium2: Latin runs word-reversed, punctuation stuck to the wrong end
        ("وتركيا )88 2017: ,Hiltermann).", "وتركيا (Hiltermann, 2017: 88)."),
        ("والأنبار )112 2021: .،al et Ansari-Al).", "والأنبار (Al-Ansari et al.، 2021: 112)."),
        ("بعد عام ،2003 وما حدود", "بعد عام 2003، وما حدود"),
        ("نفسه )الحميد، :2019 27(.", "نفسه (الحميد، 2019: 27)."),
        (".)Marashi, 2017: 301", "Marashi, 2017: 301)."),
    ],
)
def test_reorder_islands(raw: str, logical: str) -> None:
    from araseclit.repair import fix_locator_order

    assert unmirror_brackets(fix_locator_order(reorder_islands(raw))) == logical


def test_flip_words_turns_only_the_forms_it_is_given() -> None:
    flips = {"ةلجم", "نمألا", "يف"}
    assert flip_words("ةلجم دراسات نمألا يف العراق", flips) == "مجلة دراسات الأمن في العراق"


@pytest.mark.parametrize(
    "line",
    [
        "يرى عدد من الباحثين أن هذه المنظمات تسد فجوة الثقة (Kaldor، 2019: 45).",
        "3.1 الإطار المفاهيمي",
        "مثلا، أولا ثم ثانيا",
        "Buzan, B. (1991). People, States and Fear.",
        "وأشار محلل عراقي إلى تاريخ نيسان.",
    ],
)
def test_clean_lines_stay(line: str) -> None:
    result = repair_lines(line)
    assert result.order == "logical"
    assert repair_text(line) == line


def test_bidi_reorder_is_its_own_inverse() -> None:
    line = "يرى عدد من الباحثين (Kaldor، 2019: 45) أن الثقة 35%"
    assert reorder(reorder(line)) == line


def test_a_line_led_by_a_latin_citation_keeps_it_first() -> None:
    """A line whose first strong letter is Latin was laid out left to right: the citation in
    front, brackets unmirrored, full stop after it, is already where it belongs."""
    raw = (
        "، واجه  2003يُعدّ الأمن المائي في العراق من أكثر الملفات تعقيدًا في المنطقة. فمنذ عام  \n"
        " :Hiltermann  ،2017) البلد سلسلة من الأزمات التي أثّرت في بنيته الاقتصادية والاجتماعية\n"
        "(Buzan  ،1991: 29). ومن هنا يتّضح دور المنظمات المدنية بين الدولة والمجتمع المحلي."
    )
    text = repair_text(raw)
    assert "(Buzan، 1991: 29). ومن هنا يتّضح" in text
    assert text.endswith("المجتمع المحلي.")


def test_a_chunk_rotated_by_one_word_reads_in_order() -> None:
    """A chunk that closes a citation and opens a sentence comes rotated by one word
    (``التمويل(. وأسهم هذا``): the word goes to the end of the chunk."""
    raw = (
        "، واجه  2003يُعدّ الأمن المائي في العراق من أكثر الملفات تعقيدًا في المنطقة. فمنذ عام  \n"
        "في إنشاء عشرات المبادرات المحلية لإدارة المياه في المحافظات   التمويل(. وأسهم هذا  "
        "UNDP  ،2021: 54في الجنوب )"
    )
    assert repair_text(raw).endswith(
        "واجه في الجنوب (UNDP، 2021: 54). وأسهم هذا التمويل في إنشاء عشرات المبادرات المحلية"
        " لإدارة المياه في المحافظات"
    )


def test_a_latin_citation_split_over_a_line_end_comes_out_whole() -> None:
    """The author opens the citation at the (left) end of one visual line, bracket mirrored;
    the next line starts with the Latin rest, laid out left to right."""
    raw = (
        "، واجه  2003يُعدّ الأمن المائي في العراق من أكثر الملفات تعقيدًا في المنطقة. فمنذ عام  \n"
        " Transparency) البلد سلسلة من الأزمات التي أثّرت في بنيته الاقتصادية والاجتماعية\n"
        "International ،2020: 17). ويسهم هذا الاتجاه في رفع مشاركة الشباب في الأنشطة المدنية."
    )
    assert "والاجتماعية (Transparency International، 2020: 17). ويسهم هذا الاتجاه" in repair_text(
        raw
    )


def test_a_chunk_led_by_its_citation_opener_puts_it_last() -> None:
    raw = (
        "، واجه  2003يُعدّ الأمن المائي في العراق من أكثر الملفات تعقيدًا في المنطقة. فمنذ عام  \n"
        ":  1400)نظامي، أن تصبح المنظمات شريكًا للدولة في إدارة الموارد  والمجتمع المدني يمكنه\n"
        "81). وفي الإطار النظري يمكن تحليل دور المنظمات المدنية."
    )
    assert "في إدارة الموارد (نظامي، 1400: 81). وفي الإطار" in repair_text(raw)


def test_a_chunk_rotated_around_a_spaced_bracket_reads_in_order() -> None:
    raw = (
        "، واجه  2003يُعدّ الأمن المائي في العراق من أكثر الملفات تعقيدًا في المنطقة. فمنذ عام  \n"
        "عي ( إلى أنّ دور النساء في الأمن الاجتماعي يعزّز التماسك الاجتما75:  1400موسوي« )\n"
        "وتشير الدراسات إلى أن الأمن الاجتماعي يتطلب مشاركة المجتمع كله."
    )
    assert "موسوي» (1400: 75) إلى أنّ دور النساء" in repair_text(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # pypdfium2 took the line for a left-to-right one: its Arabic words stand right to left
        (
            "الري مشاريع وتعثرت .(Owen, cited in Salih & Noor, 2016: 4; Amin, 2019: 12",
            "Owen, cited in Salih & Noor, 2016: 4; Amin, 2019: 12). وتعثرت مشاريع الري",
        ),
        # ... and its final tanween alef first
        (
            "Salih, cited in Amin et al., 2019: 8; Noor,( الأرض ملكية على اًقيود تفرض",
            "تفرض قيودًا على ملكية الأرض (Salih, cited in Amin et al., 2019: 8; Noor,",
        ),
    ],
)
def test_a_line_laid_out_left_to_right_reads_right_to_left_again(raw: str, expected: str) -> None:
    assert unmirror_brackets(reorder_islands(raw)) == expected


def test_a_backward_latin_run_still_reads_as_an_island() -> None:
    raw = "كما يرى الباحثون )12 2017: ,Noor & Salih). وقد"
    assert reorder_islands(raw) == "كما يرى الباحثون )Salih & Noor, 2017: 12). وقد"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Noto: the Latin words and the numbers of a citation came out as two blocks
        (
            "الري )40 . 2016, , p WHO). وقد",
            "الري (WHO, 2016, p. 40). وقد",
        ),
        (
            "ويرى 15 2019: ( ) Salih أن",
            "ويرى Salih (2019: 15) أن",
        ),
        (
            "9 7 . 2018, , – pp FAO). ثم",
            "FAO, 2018, pp. 7–9). ثم",
        ),
        # laid out left to right, two authors
        (
            ".)Owen ; Salih & Noor , 2011: 5 , 2014: 20( الأنهار",
            "الأنهار (Owen, 2011: 5; Salih & Noor, 2014: 20).",
        ),
    ],
)
def test_a_citation_split_by_font_comes_back_together(raw: str, expected: str) -> None:
    assert unmirror_brackets(reorder_islands(raw)) == expected


def test_a_page_range_pypdfium2_turned_round_ascends_again() -> None:
    assert reorder_islands("ويرى السعدي )2015، ص. 47-45(. ثم") == (
        "ويرى السعدي )2015، ص. 45-47(. ثم"
    )
    assert reorder_islands("مجلة الري، 12، .80-55") == "مجلة الري، 12، 55-80."


def test_a_semicolon_left_after_the_next_author_goes_back() -> None:
    raw = "كما يرى الباحثون )Noor; 12 2014: ,Salih ثم"
    assert reorder_islands(raw) == "كما يرى الباحثون )Salih, 2014: 12; Noor ثم"


def test_a_mirrored_opener_ending_a_pypdfium2_line_opens_the_citation() -> None:
    assert reorder_islands("وفي هذا السياق يرى الكرخي )") == "وفي هذا السياق يرى الكرخي ("
    assert read_line("وفي هذا السياق يرى الكرخي )", "islands").endswith("الكرخي (")


# a justified row of pdftotext -layout: each word an embedding of its own, the words left to
# right as they stand on the page (written for this test)
_R, _L, _P = "\u202b", "\u202a", "\u202c"
_SPREAD = (
    f"{_R}الوزراء{_L}.{_P}{_P}     {_R}مجلس{_P}      {_R}يقره{_P}    {_R}الذي{_P}"
    f"     {_R}التاريخ{_P}     {_R}من{_P}    {_R}به{_P}     {_R}يعمل{_P}    {_R}{_L}-2{_P}{_P}"
)


def test_a_spread_out_layout_row_reads_right_to_left() -> None:
    from araseclit.repair.order import reorder_columns
    from araseclit.repair.readings import read_line

    assert read_line(_SPREAD, "columns") == "2- يعمل به من التاريخ الذي يقره مجلس الوزراء."
    # plain pdftotext glues the embeddings of several lines, top to bottom: not a row
    assert reorder_columns(_SPREAD.replace(" ", "")) is None
    assert reorder_columns(f"{_R}يعمل به من التاريخ{_P}") is None


def test_a_document_of_spread_out_rows_reads_them_right_to_left() -> None:
    # two ordinary rows (one embedding each) and the spread one
    doc = "\n".join(
        [
            f"{_R}تصدر الوزارة التعليمات اللازمة لتنفيذ أحكام هذا النظام{_L}.{_P}{_P}",
            f"{_R}وتنشر هذه التعليمات في الجريدة الرسمية خلال شهر من صدورها{_L}.{_P}{_P}",
            _SPREAD,
        ]
    )
    from araseclit.repair import repair_text

    assert repair_text(doc).split()[-9:] == "2- يعمل به من التاريخ الذي يقره مجلس الوزراء.".split()


# an Arabic reference entry pdftotext laid out left to right (the list is a left-to-right
# paragraph, its entries mixed), its controls stripped: the stretches stand right to left,
# each with the bracket or guillemet pdftotext put in its embedding before its first word
LTR_ENTRY = "،7  ع،2  مج، مجلة المدينة،« »النقل العام والنساء في الضواحي،[ علي حسن6]"
LTR_ENTRY_READ = "[6] علي حسن، «النقل العام والنساء في الضواحي»، مجلة المدينة، مج 2، ع 7،"


def test_an_entry_laid_out_left_to_right_keeps_its_brackets_with_its_stretches() -> None:
    # the bracket and guillemet were left outside their stretches: "[6 علي حسن]، النقل
    # ... الضواحي» «، مجلة ..." (paper_numeric_citations' XeLaTeX and Thabit renditions)
    assert read_line(LTR_ENTRY, "ltr_stripped", "L") == LTR_ENTRY_READ
    other = "،2  ع،5  مج، مجلة البحوث الريفية،« »المياه الجوفية والنزاعات المحلية،[ خالد بن عيسى7]"
    assert read_line(other, "ltr_stripped", "L") == (
        "[7] خالد بن عيسى، «المياه الجوفية والنزاعات المحلية»، مجلة البحوث الريفية، مج 5، ع 2،"
    )


def test_a_line_after_a_latin_entry_may_be_laid_out_left_to_right_at_a_lower_margin() -> None:
    """After a line that ends in Latin text (the reference list's Latin entry) a line laid
    out left to right is likelier than elsewhere: its reading needs less to win over the
    document's own order."""
    from araseclit.repair import _judge
    from araseclit.repair.decide import DocumentOrder, choose

    doc = DocumentOrder("stripped")
    assert choose(LTR_ENTRY, doc, _judge(), "L").text == LTR_ENTRY_READ
    assert choose(LTR_ENTRY, doc, _judge(), "AL").order == "stripped"


def test_a_section_number_after_an_arabic_letter_keeps_its_dash_before_the_digit() -> None:
    """``ب-1:`` (an annex's section numbers) is displayed ``:1-ب``: the dash between the
    letter and the digit is right to left, no separator trailing a left-to-right run
    (``Kaldor، 2019:``). It was read ``ب1-:`` by every extractor order of
    annex_lists_numbers in corpora/clean."""
    assert reorder(" :2-", start="AL") == "-2: "
    raw = "\u202bأ\u202a :2-\u202cمصادر البيانات وطريقة جمعها\u202c"
    assert read_line(raw, "embedded") == "أ-2: مصادر البيانات وطريقة جمعها"
    # a year closing a Latin citation keeps the separator after it
    assert reorder("Kaldor، 2019:") == "Kaldor، 2019:"


def test_a_latin_entrys_number_displayed_right_to_left_opens_the_entry() -> None:
    """A reference list of a right-to-left paper numbers its Latin entries too: "[4] A.
    Diallo ..." is displayed "A. Diallo ... ]4[", the number right to left at the line's
    right end. Read back as a visual line, the digits went to the Latin text before them
    and the entry came out "[A. Diallo ...]4" (paper_numeric_citations in corpora/clean,
    every extractor)."""
    visual = 'S. Haddad and M. Kettani, "Rainfall and rural exodus in the Souss valley," ]4['
    assert reorder(visual) == (
        '[4] S. Haddad and M. Kettani, "Rainfall and rural exodus in the Souss valley,"'
    )
    # beside Arabic text a bracketed number after a Latin name is that name's citation,
    # left where the weak rules put it
    assert "[5] base" not in reorder("تبراكلا base ]5[ جذومن")


def test_a_decimal_range_beside_arabic_text_is_read_in_ascending_order() -> None:
    """``88.0–93.7`` in an Arabic sentence is displayed ``93.7–88.0`` (the dash between two
    numbers is right to left); the dash is no separator trailing the first number's run."""
    raw = "\u202bبلغت الدقة \u202a( %89.4\u202cبفاصل ثقة \u202a،)92.1–86.3 :%95\u202cوفق التحليل\u202c"
    assert read_line(raw, "embedded") == "بلغت الدقة 89.4% (بفاصل ثقة 95%: 86.3–92.1)، وفق التحليل"
