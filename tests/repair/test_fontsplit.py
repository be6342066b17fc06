"""A Chromium line pdfplumber split by font comes back whole (Latin chunks, brackets, marks)."""

from __future__ import annotations

import pytest

from araseclit.document import Line, assemble
from araseclit.repair.cite_text import fix_number_led_run, fix_turned_page_range
from araseclit.repair.cites import fix_citation_brackets
from araseclit.repair.interleave import interleave, split_chunks, tighten
from araseclit.repair.lifted import merge_lifted_lines, put_back
from araseclit.repair.split_lines import merge_split_citations
from tests_support import CHROMIUM_SPLIT_LINES


def _merged(latin: str, drawn: str) -> tuple[str, str] | None:
    found = interleave(latin, drawn)
    return (tighten(found[0]), found[1]) if found else None


@pytest.mark.parametrize(
    ("latin", "drawn", "expected"),
    [
        # a secondary citation: every Latin word takes the comma after it, the semicolon
        # follows the page and precedes the second name
        (
            "(Salem cited in Rowe & Hart ; Keller )",
            "ىرخأو . , , 2016: 4 , 2019: 70 ةيلحملا",
            "ىرخأو .(Salem, cited in Rowe & Hart, 2016: 4; Keller, 2019: 70) ةيلحملا",
        ),
        # a bare "(" stands apart from the name only because the drawn page stood between
        (
            "( Youssef&Noor )",
            ". 12 :2020 ،يواركلا ؛ , 2017: 5 تالاكولا",
            ".(12 :2020 ،يواركلا ؛ Youssef & Noor, 2017: 5) تالاكولا",
        ),
        # a narrative name goes by its bracket, not before an earlier number of the line
        (
            "Marsh ( )",
            "نكاسملا رامعإ ءطبأ 2010 ماع ذنم هنأ 2015: 9 فيضيو",
            "نكاسملا رامعإ ءطبأ 2010 ماع ذنم هنأ Marsh (2015: 9) فيضيو",
        ),
        # "n" and "d" of n.d., "p" between "," and "."
        ("(Rahim n d p )", ". , . ., . 6 نيحزانلا", ".(Rahim, n.d., p. 6) نيحزانلا"),
        # a hyphenated word part takes the number after it
        (
            "(COVID- )",
            "رشتنا نيح ، 19 ةحئاج",
            "رشتنا نيح ، (COVID-19) ةحئاج",
        ),
    ],
)
def test_latin_chunks_go_where_citation_grammar_wants_them(
    latin: str, drawn: str, expected: str
) -> None:
    assert _merged(latin, drawn) == (expected, "")


def test_a_mirrored_opener_between_arabic_words_goes_by_the_names_comma_word() -> None:
    # "(اليعقوبي وآخرون، 2018: 40). ويرى Keller (1999:" - the rest of the Arabic name is
    # for the pass that knows the reference list
    assert _merged("Keller ( ( )", "1999: ىريو . 40 :2018 ،نورخآو يبوقعيلا تاقافتالا") == (
        "Keller (1999: ىريو .(40 :2018 ،نورخآو) يبوقعيلا تاقافتالا",
        "",
    )


def test_a_dash_joins_two_pages_not_a_year_and_its_page() -> None:
    merged = _merged("(Tamer & Wolfe - )", "ركذيو . , 2016: 9 ؛21 19 :2012 ،يدادغبلا ةيلودلا")
    assert merged == ("ركذيو .(Tamer & Wolfe, 2016: 9 ؛21-19 :2012 ،يدادغبلا) ةيلودلا", "")


def test_a_tanween_the_latin_line_took_goes_on_a_word_ending_in_alef() -> None:
    # "ما زالت حصولًا على المساعدة (Osman, 2013: 8)." - the mark rose with the Latin glyphs
    assert _merged("(Osman ) \u064b", ". , 2013: 8 ةدعاسملا ىلع الوصح تلاز ام") == (
        ".(Osman, 2013: 8) ةدعاسملا ىلع ا\u064bلوصح تلاز ام",
        "",
    )


def test_glued_separators_and_et_al_are_set_apart() -> None:
    assert split_chunks("(Lane ;Ford&Al-Hilli )") == ["(Lane", ";", "Ford", "&", "Al-Hilli", ")"]
    assert split_chunks("( Hammadietal") == ["(", "Hammadi", "et", "al"]


def test_a_merge_with_a_chunk_that_fits_nowhere_is_refused() -> None:
    assert interleave("Keller", "ةيلحملا تاسسؤملا تفعض") is None


SPLIT = CHROMIUM_SPLIT_LINES


def test_a_name_lifted_off_a_line_end_goes_back_when_its_year_opens_the_next_line() -> None:
    lines = [
        *SPLIT,
        "Keller",
        "ىريو .2019 ماع ةطخلا ةرازولا تقلطأ",
        "( )",
        "ةيلحملا ةرادإلا لشف نأ 2019: 12",
    ]
    out = merge_split_citations(lines)
    assert out[6:] == [
        "",
        "Keller ىريو .2019 ماع ةطخلا ةرازولا تقلطأ",
        "( )",
        # drawn as the left-to-right run it was part of; now as an Arabic citation's
        "ةيلحملا ةرادإلا لشف نأ 12 :2019",
    ]


def test_a_left_to_right_locator_is_left_alone_without_recurring_pairs() -> None:
    lines = ["Keller", "ىريو .2019 ماع ةطخلا ةرازولا تقلطأ", "( )", "لشف نأ 2019: 12"]
    assert merge_split_citations(lines) == lines


def _lines(texts: list[str], raws: list[str] | None = None) -> list[Line]:
    raws = raws or texts
    return [
        Line(t, None, k, raw=r) for k, (t, r) in enumerate(zip(texts, raws, strict=True), start=1)
    ]


def test_lifted_tanween_goes_on_the_word_before_the_brackets() -> None:
    lines = _lines(
        [
            "( )",
            "ويرى الساعدي 2017: 12 أن الأمن",
            "( )",
            "وفي دراسة أخرى الكرخي، 2011: 5. ثم",
            ") \u064b",
            "وأصبحت جزءا من الصراع بدلا من أن تكون أداة لحله الراوي،",
        ]
    )
    merge_lifted_lines(lines)
    assert lines[-1].text == "وأصبحت جزءا من الصراع بدل\u064bا من أن تكون أداة لحله (الراوي،"


def test_a_lone_bracket_of_a_latin_citation_is_read_unmirrored() -> None:
    # "ويرى Keller (1999:" ended the line before; its closer was lifted alone
    lines = _lines(
        [
            "( )",
            "ويرى الساعدي 2017: 12 أن الأمن",
            "( )",
            "وفي دراسة أخرى الكرخي، 2011: 5. ثم",
            ")",
            "39 أن الوسطاء المحليين أقدر على بناء الثقة",
        ]
    )
    merge_lifted_lines(lines)
    assert lines[-1].text == "39) أن الوسطاء المحليين أقدر على بناء الثقة"


def test_an_opener_put_back_by_one_arabic_word_takes_the_whole_name() -> None:
    texts = [
        "الضمانات اليعقوبي (وآخرون، 2018: 40). ويرى Keller (1999:",
        "والمعتقلين شبكة النساء (العراقيات، 2021: 12). وتربط",
        "شبكة النساء العراقيات (2021). تقرير الرصد. بغداد.",
    ]
    lines = _lines(texts, ["raw", "raw", "raw"])
    merge_lifted_lines(lines)
    assert [ln.text for ln in lines[:2]] == [
        "الضمانات (اليعقوبي وآخرون، 2018: 40). ويرى Keller (1999:",
        "والمعتقلين (شبكة النساء العراقيات، 2021: 12). وتربط",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "تراجعت الثقة السلمان وآخرون، 2018: 12 في المدن",
            "تراجعت الثقة (السلمان وآخرون، 2018: 12) في المدن",
        ),
        (
            "كما تشير المصادر نجفي و رحيمي، 1400: 33 إلى ذلك",
            "كما تشير المصادر (نجفي و رحيمي، 1400: 33) إلى ذلك",
        ),
    ],
)
def test_an_arabic_citation_bracket_takes_every_author(text: str, expected: str) -> None:
    assert put_back("( )", text) == expected


def test_a_run_that_a_line_break_left_led_by_a_page_number_is_turned_back() -> None:
    text = "Keller, 2011: 140 33;). ويخلص الباحث إلى أن"
    assert fix_number_led_run(text) == "33; Keller, 2011: 140). ويخلص الباحث إلى أن"
    assert fix_number_led_run("33; Keller, 2011: 140). ويخلص") == "33; Keller, 2011: 140). ويخلص"


def test_a_line_of_only_a_citation_is_merged_between_its_arabic_lines() -> None:
    lines = [
        *SPLIT,
        "ةيلحملا تاسسؤملا فعض ببسب صقان لاقتنالا اذه نأو",
        "(Lane ;Ford&Al-Hilli )",
        ". , 2012: 45 , 2017: 301",
        "يميهافملا راطإلا .2",
    ]
    out = merge_split_citations(lines)
    assert out[7:9] == ["", ".(Lane, 2012: 45; Ford & Al-Hilli, 2017: 301)"]


def test_a_latin_name_ending_its_line_goes_to_the_lines_left_end() -> None:
    # "... لإعادة تأهيل المحطات (Al-" with "Hilli et al., 2018: 7)" on the next line
    lines = [*SPLIT, "Al-)", "تاطحملا ليهأت ةداعإل جمارب ىلع تلمع امك"]
    out = merge_split_citations(lines)
    assert out[6:] == ["", "Al-) تاطحملا ليهأت ةداعإل جمارب ىلع تلمع امك"]


def test_brackets_lifted_onto_their_own_lines_count_as_evidence_of_the_split() -> None:
    lines = [
        "( )",
        "ةيلحملا 12 :2020 يواركلا ىريو",
        "[ ]",
        ". 4 ةلودلا",
        "( )",
        ". 9 :2011 ،يخركلا",
    ]
    pair = ["(Salih )", ". , 2014: 33 فيرلا نم ةرجهلا تديازتو"]
    assert (
        merge_split_citations([*lines, *pair])[-1] == ".(Salih, 2014: 33) فيرلا نم ةرجهلا تديازتو"
    )
    assert merge_split_citations(pair) == pair


def test_a_latin_name_cut_at_its_hyphen_by_the_line_break_is_rejoined() -> None:
    lines = [
        Line("وتعمل المنظمات على إعادة تأهيل المحطات (Al-", None, 1, kind="body"),
        Line("Hilli et al., 2018: 7). ثم توسعت البرامج", None, 2, kind="body"),
    ]
    fix_citation_brackets(lines)
    assert assemble(lines)[0] == (
        "وتعمل المنظمات على إعادة تأهيل المحطات (Al-Hilli et al., 2018: 7). ثم توسعت البرامج"
    )


def test_a_page_locator_run_cut_at_its_year_is_turned_back() -> None:
    assert fix_number_led_run("p. 14 2019,). وفي صيف") == "2019, p. 14). وفي صيف"


def test_an_entry_number_is_the_first_number_of_its_line() -> None:
    # "[10] ..." lifted with the other brackets of the entry; "98، 300" is not a list
    text = "10 الراشد، منى 2021. الإعلام المحلي. مجلة الدراسات، 98، 300 325."
    assert put_back("- ( ) [ ]", text) == (
        "[10] الراشد، منى (2021). الإعلام المحلي. مجلة الدراسات، 98، 300-325."
    )


def test_the_last_line_of_a_latin_entry_takes_its_lifted_brackets_and_dash() -> None:
    lines = _lines(
        [
            "( )",
            "ويرى الساعدي 2017: 12 أن الأمن",
            "( )",
            "وفي دراسة أخرى الكرخي، 2011: 5. ثم",
            "Rahman, K. (2006). Rivers: A Study of Shared Basins. Water Policy,",
            "( ) -",
            ".460 435, 5 8",
        ],
        [
            "( )",
            "raw",
            "( )",
            "raw",
            "Rahman K ( ) Rivers A Study of Shared Basins Water Policy",
            "( ) -",
            ".8 5 , 435 460",
        ],
    )
    merge_lifted_lines(lines)
    assert lines[-1].text == "8(5), 435-460."


def test_a_page_range_drawn_backwards_is_turned() -> None:
    assert fix_turned_page_range("(الزبيدي، 2019: 48-46؛ Keller") == "(الزبيدي، 2019: 46-48؛ Keller"
    assert fix_turned_page_range("(الزبيدي، 2019، ص. 46-48)") == "(الزبيدي، 2019، ص. 46-48)"
    assert fix_turned_page_range("بين 2015-2003 و") == "بين 2015-2003 و"  # no locator


def test_a_line_of_lifted_tanween_gives_its_mark_to_the_next_lines_word() -> None:
    head = [
        "( )",
        "ويرى الساعدي 2017: 12 أن الأمن",
        "( )",
        "وفي دراسة أخرى الكرخي، 2011: 5. ثم",
        "( )",
        "كما يرى العاني 2015: 3 أن",
    ]
    lines = _lines([*head, "\u064b", "وقد أدت المنظمات دورا بوصفها وسيطا بين الطرفين"])
    merge_lifted_lines(lines)
    # "دورا" and "وسيطا" both could take it: the document gives no evidence, so it stays
    assert [ln.text for ln in lines[-2:]] == [
        "\u064b",
        "وقد أدت المنظمات دورا بوصفها وسيطا بين الطرفين",
    ]
    lines = _lines([*head, "\u064b", "وقد عملت المنظمات بوصفها وسيطا بين الطرفين"])
    merge_lifted_lines(lines)
    assert lines[-1].text == "وقد عملت المنظمات بوصفها وسيط\u064bا بين الطرفين"
    assert len(lines) == 4


def test_a_dash_lifted_off_the_running_head_goes_back_into_it() -> None:
    head = [
        "( )",
        "ويرى الساعدي 2017: 12 أن الأمن",
        "( )",
        "وفي دراسة أخرى الكرخي، 2011: 5. ثم",
        "( )",
        "كما يرى العاني 2015: 3 أن",
    ]
    running = "مجلة الدراسات الإقليمية المجلد 7، العدد 1، 2025"
    lines = _lines([*head, "–", running, "نص الصفحة الثانية", "–", running, "نص الثالثة", "–"])
    lines[-1].raw = lines[-1].text = "–"
    merge_lifted_lines(lines)
    assert [ln.text for ln in lines[-5:]] == [
        f"{running} –",
        "نص الصفحة الثانية",
        f"{running} –",
        "نص الثالثة",
        "–",  # no running head after it: it stays
    ]
