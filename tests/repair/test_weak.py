"""Brackets pdfplumber lifted onto lines of their own go back into their Arabic line."""

from __future__ import annotations

import pytest

from araseclit.document import Line
from araseclit.repair.entries import merge_trailing_blocks, render_entry, split_block
from araseclit.repair.interleave import interleave, tighten
from araseclit.repair.lifted import merge_lifted_lines, put_back
from araseclit.repair.openers import restore_leading_openers
from araseclit.repair.split_lines import (
    _pair_entry,
    merge_latin_lines,
    merge_split_citations,
    unglue,
)
from tests_support import CHROMIUM_SPLIT_LINES


@pytest.mark.parametrize(
    ("lifted", "text", "expected"),
    [
        # a narrative citation: the name stays outside, year and page go in
        ("( )", "ويؤكد الساعدي 2017: 12 أن", "ويؤكد الساعدي (2017: 12) أن"),
        # a parenthetical one: "name، year" is inside, a year earlier in the line is not
        (
            "( )",
            "منذ عام 2005 تراجع الإنتاج الزراعي العلي، 2016: 8. وفي",
            "منذ عام 2005 تراجع الإنتاج الزراعي (العلي، 2016: 8). وفي",
        ),
        # two citations in one bracket, separated by an Arabic semicolon
        (
            "( )",
            "في الريف الكرخي، 2011: 5؛ الدوري، 2014: 19. ثم",
            "في الريف (الكرخي، 2011: 5؛ الدوري، 2014: 19). ثم",
        ),
        # drawn right to left: the percent sign and its brackets come first in reading order
        (
            "( ) (% )",
            "نحو 35 من الأسر الفقيرة سعيد، 2010: 3.",
            "نحو (35%) من الأسر الفقيرة (سعيد، 2010: 3).",
        ),
        # reference numbers in square brackets, a range getting its dash back
        ("[ ]", "خلال انتخابات 2018 3، 7. أما", "خلال انتخابات 2018 [3، 7]. أما"),
        ("[ – ]", "في الصحف المحلية 2 5. ولذلك", "في الصحف المحلية [2–5]. ولذلك"),
        # a citation that began on the line before, and one the next line finishes
        ("(", "2013: 40. وبعد ذلك", "2013: 40). وبعد ذلك"),
        (
            ")",
            "كما يرى الباحثون في هذا المجال النعيمي،",
            "كما يرى الباحثون في هذا المجال (النعيمي،",
        ),
        ("( -", "2009، ص. 14 16. ولهذا", "2009، ص. 14-16). ولهذا"),
        # a reference entry: the year alone, and the page range of the journal
        (
            "- ( )",
            "الراوي، سامي 2012. الري في العراق. مجلة الزراعة، 7، 21 34.",
            "الراوي، سامي (2012). الري في العراق. مجلة الزراعة، 7، 21-34.",
        ),
    ],
)
def test_brackets_go_back_where_the_line_wants_them(lifted: str, text: str, expected: str) -> None:
    assert put_back(lifted, text) == expected


def test_nothing_is_placed_when_a_piece_finds_no_place() -> None:
    assert put_back("–", "مجلة الدراسات الاجتماعية المجلد 3، العدد 1") is None
    assert put_back("( )", "لا يذكر هذا السطر أي سنة") is None


def test_an_organisation_keeps_its_whole_name_when_a_reference_line_starts_with_it() -> None:
    heads = {"هيئة الإحصاء", "هيئة الإحصاء الوطنية"}
    got = put_back("( )", "كما تبين أرقام هيئة الإحصاء الوطنية، 2019: 6.", heads)
    assert got == "كما تبين أرقام (هيئة الإحصاء الوطنية، 2019: 6)."


def _lines(texts: list[str]) -> list[Line]:
    """Lines as repair_line leaves them: a lifted line keeps its raw brackets."""
    return [Line(t, None, k, raw=t) for k, t in enumerate(texts, start=1)]


def test_lifted_lines_are_merged_and_removed_when_they_recur() -> None:
    lines = _lines(
        [
            "( )",
            "ويرى الساعدي 2017: 12 أن الأمن",
            "مسألة جماعية قبل كل شيء",
            "( )",
            "وفي دراسة أخرى الكرخي، 2011: 5. ثم",
            "اتسع النقاش",
            "(% )",
            "بلغت نسبتهم 40 من السكان",
        ]
    )
    merge_lifted_lines(lines)
    assert [ln.text for ln in lines] == [
        "ويرى الساعدي (2017: 12) أن الأمن",
        "مسألة جماعية قبل كل شيء",
        "وفي دراسة أخرى (الكرخي، 2011: 5). ثم",
        "اتسع النقاش",
        "بلغت نسبتهم (40%) من السكان",
    ]
    assert [ln.line for ln in lines] == [2, 3, 5, 6, 8]  # each keeps its source line


def test_a_single_bracket_line_is_not_evidence_enough() -> None:
    lines = _lines(["( )", "ويرى الساعدي 2017: 12 أن الأمن", "مسألة جماعية"])
    merge_lifted_lines(lines)
    assert [ln.text for ln in lines] == ["( )", "ويرى الساعدي 2017: 12 أن الأمن", "مسألة جماعية"]


@pytest.mark.parametrize(
    ("latin", "weak", "expected"),
    [
        # the last full stop was drawn at the far left of the right-to-left line
        (
            "Tripp C ( ) AHistoryofIraq Cambridge CambridgeUniversityPress",
            ". , . 2007 . . :",
            "Tripp, C. (2007). AHistoryofIraq. Cambridge: CambridgeUniversityPress.",
        ),
        # an edition number joins its ordinal
        (
            "Smith A ( ) StateBuilding rded Leiden Brill",
            ". , . 2011 . . 3 . :",
            "Smith, A. (2011). StateBuilding. 3rd ed. Leiden: Brill.",
        ),
        # a line the entry goes on after: no final stop to move
        (
            "Rahim S & Noor K ( ) Water Politics on the",
            ", . , . 2014 .",
            "Rahim, S. & Noor, K. (2014). Water Politics on the",
        ),
        # volume(issue), page range
        (
            "TigrisBasin MiddleEastStudies ( ) -",
            ". . , 12 3 , 88 104",
            "TigrisBasin. MiddleEastStudies, 12(3), 88-104.",
        ),
        # a numbered list: the entry number drawn at the right end
        (
            "Ali H ( ) ReformandProtest Basra Dar [ ]",
            ". , . 2020 . . : 4",
            "[4] Ali, H. (2020). ReformandProtest. Basra: Dar.",
        ),
    ],
)
def test_a_latin_line_gets_its_punctuation_back(latin: str, weak: str, expected: str) -> None:
    assert render_entry(_pair_entry(latin, weak)) == expected


def test_spaces_lost_by_a_glued_font_come_back() -> None:
    text = "Marr, P. &Nour, I. (2015). AHistoryofIraq. 2nded. Boulder: Westview. HRW(2019)."
    assert unglue(text) == (
        "Marr, P. & Nour, I. (2015). AHistoryof Iraq. 2nd ed. Boulder: Westview. HRW (2019)."
    )


def test_latin_lines_merge_only_where_the_split_recurs() -> None:
    one = _lines(["Tripp C ( ) Iraq Cambridge CUP", ". , . 2007 . : ."])
    merge_latin_lines(one)
    assert [ln.text for ln in one] == ["Tripp C ( ) Iraq Cambridge CUP", ". , . 2007 . : ."]
    three = _lines(
        [
            "Tripp C ( ) AHistoryofIraq Cambridge CambridgeUniversityPress",
            ". , . 2007 . . :",
            "Dodd T ( ) TheNewStates London KingsPress",
            ". , . 2012 . . :",
            "Amin R ( ) OilandPowerinBasra Beirut ArabBooks",
            ". , . 2016 . . :",
            "3",  # a page number stays a line of its own
        ]
    )
    merge_latin_lines(three)
    assert [ln.text for ln in three] == [
        "Tripp, C. (2007). AHistoryof Iraq. Cambridge: Cambridge University Press.",
        "Dodd, T. (2012). The New States. London: Kings Press.",
        "Amin, R. (2016). Oiland Powerin Basra. Beirut: Arab Books.",
        "3",
    ]


SPLIT = CHROMIUM_SPLIT_LINES


def test_latin_words_of_citations_go_back_between_the_drawn_tokens() -> None:
    out = merge_split_citations(SPLIT)
    assert out[0::2] == ["", "", ""]  # the lifted lines are emptied (and dropped later)
    assert out[1::2] == [
        ".(Salih, 2014: 33) فيرلا نم ةرجهلا تديازتو",
        "نأ Owen (2016: 12) ىريو .ةيعارزلا ضرلأا تصلقت",
        ".(Hamid, 2019, p. 7) رهنلا ضوح يف",
    ]


def test_split_citations_are_left_alone_unless_they_recur() -> None:
    assert merge_split_citations(SPLIT[:4]) == SPLIT[:4]


def test_a_latin_reference_line_of_a_clean_text_is_not_a_lifted_line() -> None:
    clean = [
        "Salih, K. (2014). Rivers and Cities. London: Zed.",
        "الراوي، سامي (2012). الري في العراق. بغداد: دار الشؤون.",
    ] * 3
    assert merge_split_citations(clean) == clean


def test_a_citation_the_next_line_finishes_keeps_its_mirrored_opener_by_the_arabic() -> None:
    # "... الري (Salih et al., 2018:" with the page on the next line; the opener, drawn
    # mirrored at the edge of the Latin run, stands next to the Arabic word
    assert interleave("Salih et al )", "., 2018: يرلا ةكبش تلمهأو") == (
        "Salih et al ., 2018: ) يرلا ةكبش تلمهأو",
        "",
    )
    merged = interleave("World Resources Institute )", ", هايملا نع ةيلودلا ريراقتلا")
    assert merged is not None
    assert tighten(merged[0]) == "World Resources Institute,) هايملا نع ةيلودلا ريراقتلا"


def test_an_opener_given_first_in_its_line_goes_back_before_its_citation() -> None:
    lines = _lines(
        [
            ") وقد تراجعت مساحة الأهوار الجافة السعدي، 2015: 8). ثم",
            ") وتضاعفت الهجرة من القرى الكرخي، 2011: 5؛ الدوري، 2014: 19). وفي",
            ") ولم تنجح خطط الإنعاش المبكرة النعيمي،",
        ]
    )
    restore_leading_openers(lines)
    assert [ln.text for ln in lines] == [
        "وقد تراجعت مساحة الأهوار الجافة (السعدي، 2015: 8). ثم",
        "وتضاعفت الهجرة من القرى (الكرخي، 2011: 5؛ الدوري، 2014: 19). وفي",
        "ولم تنجح خطط الإنعاش المبكرة (النعيمي،",
    ]


def test_a_hijri_and_gregorian_year_pair_gets_its_slash_back() -> None:
    got = put_back("( / )", "ويرى الساعدي 1440هـ 2019م: 31 أن")
    assert got == "ويرى الساعدي (1440هـ/2019م: 31) أن"


# --- Latin reference lines whose punctuation and digits pypdfium2 gave at the line end -----


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a book: the final stop first, the block after the words
        (
            ".Smith J ( ) Rivers and Power Leiden Brill , . 2014 . . :",
            "Smith, J. (2014). Rivers and Power. Leiden: Brill.",
        ),
        # two authors, a publisher of two words
        (
            ".Okafor A & Lindqvist E ( ) Dams Along the Nile Oslo Fridtjof Press , . , . 2009 . . :",
            "Okafor, A. & Lindqvist, E. (2009). Dams Along the Nile. Oslo: Fridtjof Press.",
        ),
        # an edition: the number before its ordinal, "ed" takes its stop
        (
            ".Brandt K ( ) Oil Towns rd ed Paris Seuil , . 2001 . . 3 . :",
            "Brandt, K. (2001). Oil Towns. 3rd ed. Paris: Seuil.",
        ),
        # a journal: volume before its issue, the page dash drawn in the Latin font
        (
            ".Nouri S ( ) Drought Hydrology ( ) - , . 2016 . . , 12 2 , 33 58",
            "Nouri, S. (2016). Drought. Hydrology, 12(2), 33-58.",
        ),
        # a hyphen the Arabic font drew, and the entry number drawn mirrored at the end
        (
            ".Al Hakim R ( ) Rivers Without Borders Amman Dar Alfikr - , . 2020 . . : ]2[",
            "[2] Al-Hakim, R. (2020). Rivers Without Borders. Amman: Dar Alfikr.",
        ),
        # the page range drawn whole in the Arabic font comes last, after the issue
        (
            ".in Marine Policy Review ( ) , 7 2 , 88-97",
            "in Marine Policy Review, 7(2), 88-97.",
        ),
        # an organisation that publishes its own report: the colon goes before its name
        (
            ".WWF ( ) Wetlands at Risk Gland WWF 2018 . . :",
            "WWF (2018). Wetlands at Risk. Gland: WWF.",
        ),
        # the last line of a journal entry: the page range's dash given after its numbers
        (".12 30 -", "12-30."),
        # no date: the letters inside the bracket take their stops, with no space between
        (
            ".Karimi L (n d ) Village Councils Mosul Dar Alkitab , . . . . . :",
            "Karimi, L. (n.d.). Village Councils. Mosul: Dar Alkitab.",
        ),
        # a line the entry goes on after: no final stop
        (
            "Rahimi M ( ) Water Sharing in the Upper Tigris , . 2011 .",
            "Rahimi, M. (2011). Water Sharing in the Upper Tigris",
        ),
    ],
)
def test_render_entry(raw: str, expected: str) -> None:
    entry = split_block(raw)
    assert entry is not None
    assert render_entry(entry) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "Smith, J. (2014). Rivers and Power. Leiden: Brill.",  # clean: its stops are in place
        ".)Marr & Hassan , 2017: 30",  # a citation's Latin piece, not an entry
        "وقد أشار Smith , . 2014",  # an Arabic line
        "Rivers and Power",  # no block
    ],
)
def test_split_block_refuses(raw: str) -> None:
    entry = split_block(raw)
    assert entry is None or not entry.tokens


def test_merge_trailing_blocks_counts_the_next_line_of_an_entry() -> None:
    raws = [
        "Rahimi M ( ) Water Sharing in the Upper Tigris Basin Ankara , . 2011 . . :",
        ".Bilkent University Press",
        ".Smith J ( ) Rivers and Power Leiden Brill , . 2014 . . :",
        ".Brandt K ( ) Oil Towns rd ed Paris Seuil , . 2001 . . 3 . :",
    ]
    lines = [Line(r, None, k, raw=r) for k, r in enumerate(raws, start=1)]
    merge_trailing_blocks(lines)
    assert [ln.text for ln in lines] == [
        "Rahimi, M. (2011). Water Sharing in the Upper Tigris Basin. Ankara:",
        "Bilkent University Press.",
        "Smith, J. (2014). Rivers and Power. Leiden: Brill.",
        "Brandt, K. (2001). Oil Towns. 3rd ed. Paris: Seuil.",
    ]


def test_merge_trailing_blocks_ends_an_entry_at_its_page_line() -> None:
    raws = [
        "Nouri S ( ) Drought Hydrology ( ) . , . 2016 . . , 12 2 ,",
        ".12 30 -",
        ".WWF ( ) Wetlands at Risk Gland WWF 2018 . . :",
        ".Smith J ( ) Rivers and Power Leiden Brill , . 2014 . . :",
    ]
    lines = [Line(r, None, k, raw=r) for k, r in enumerate(raws, start=1)]
    merge_trailing_blocks(lines)
    assert [ln.text for ln in lines][1:3] == ["12-30.", "WWF (2018). Wetlands at Risk. Gland: WWF."]


def test_merge_trailing_blocks_needs_recurrence() -> None:
    raws = [".Smith J ( ) Rivers and Power Leiden Brill , . 2014 . . :", "نص عربي"]
    lines = [Line(r, None, k, raw=r) for k, r in enumerate(raws, start=1)]
    merge_trailing_blocks(lines)
    assert lines[0].text == raws[0]


def test_merge_trailing_blocks_leaves_rows_of_numbers() -> None:
    """Latin words followed by numbers only (a table row) are no damage: no stop stands alone."""
    raws = ["Total Revenue 2019 2020", "Net Income 118 131", "Staff Costs 40 44", "Other 7 9"]
    lines = [Line(r, None, k, raw=r) for k, r in enumerate(raws, start=1)]
    merge_trailing_blocks(lines)
    assert [ln.text for ln in lines] == raws
