"""A tanween lifted out of its line by pdftotext (Noto fonts) goes back, with the cut line."""

from __future__ import annotations

import pytest

from araseclit.document import Line
from araseclit.repair import repair_lines, repair_text
from araseclit.repair.lifted_tanween import with_tanween
from araseclit.repair.marks import pass_displaced_marks

MARK = "\u202b\u064b\u202c"  # pdftotext wraps each line in a right-to-left embedding


def _pdftotext(lines: list[str]) -> str:
    """Lines as pdftotext writes them: each in a right-to-left embedding."""
    return "\n".join(ln if ln.startswith("\u202b") else f"\u202b{ln}\u202c" for ln in lines)


BEFORE = "تناولت هذه الورقة واقع المدارس الريفية في المحافظات الجنوبية خلال العقد الأخير،"
# the visual line "وبينت أن التعليم عن بعد أصبح خيارًا مطروحًا لدى الأسر التي تسكن بعيدًا عن المدن"
# cut before the word that lost its mark
START = "وبينت أن التعليم عن بعد أصبح"
REST = "خيارا مطروحًا لدى الأسر التي تسكن بعيدًا عن المدن"
AFTER = "الكبيرة، وهو ما يفرض على الوزارة أن تعيد النظر في خططها السنوية للتعليم."
LOGICAL = f"{BEFORE} {START} خيارًا مطروحًا لدى الأسر التي تسكن بعيدًا عن المدن {AFTER}"


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("كافيا للحد من التسرب", "كافيًا للحد من التسرب"),
        ("عطاء مستمر", "عطاءً مستمر"),
        ("موسع ا في الريف", "موسعًا في الريف"),  # the extractor cut the alef off
        ("(مستقرا نسبيًا", "(مستقرًا نسبيًا"),
    ],
)
def test_tanween_goes_on_the_first_word(text: str, fixed: str) -> None:
    assert with_tanween(text) == fixed


@pytest.mark.parametrize(
    "text", ["الطلاب في الريف", "والمدارس", "لا يكفي", "2019 كان", "من", "هدية ثمينة", "يبقى"]
)
def test_a_word_that_takes_no_tanween_is_refused(text: str) -> None:
    assert with_tanween(text) is None


def test_pieces_before_the_mark_line_are_swapped_and_the_mark_returns() -> None:
    raw = _pdftotext([BEFORE, REST, START, MARK, AFTER])
    assert repair_text(raw) == LOGICAL


def test_pieces_after_the_mark_line_are_swapped_and_the_mark_returns() -> None:
    raw = _pdftotext([BEFORE, MARK, REST, START, AFTER])
    assert repair_text(raw) == LOGICAL


def test_lines_keep_their_source_numbers_when_moved() -> None:
    lines = repair_lines(_pdftotext([BEFORE, REST, START, MARK, AFTER])).lines
    assert [ln.line for ln in lines] == [1, 3, 2, 4, 5]
    assert lines[3].text == ""


def test_a_mark_whose_word_opens_the_line_only_goes_back() -> None:
    raw = _pdftotext([BEFORE, MARK, "ثانيا: مصادر التمويل", AFTER])
    lines = repair_lines(raw).lines
    assert [ln.text for ln in lines][1:3] == ["", "ثانيًا: مصادر التمويل"]


def test_a_lone_mark_without_a_word_to_take_it_is_left_alone() -> None:
    raw = _pdftotext([BEFORE, MARK, AFTER])
    assert [ln.text for ln in repair_lines(raw).lines] == [BEFORE, "\u064b", AFTER]


def test_a_mark_line_from_another_extractor_is_left_alone() -> None:
    raw = "\n".join([BEFORE, REST, START, "\u064b", AFTER])  # not wrapped: not pdftotext
    assert [ln.text for ln in repair_lines(raw).lines] == [BEFORE, REST, START, "\u064b", AFTER]


def test_single_word_pieces_come_after_the_rest_last_first() -> None:
    # "واعتمد الفريق أسلوبًا ميدانيًا تشاركيًا يقوم على مقابلات مع الأسر في القرى النائية"
    # cut before each of its three words that lost their marks (Noto Naskh)
    rest = "تشاركيا يقوم على مقابلات مع الأسر في القرى النائية"
    raw = _pdftotext([BEFORE, "واعتمد الفريق", MARK, rest, "ميدانيا", "أسلوبا", MARK, MARK, AFTER])
    assert repair_text(raw) == (
        f"{BEFORE} واعتمد الفريق أسلوبًا ميدانيًا تشاركيًا يقوم على مقابلات مع الأسر في القرى"
        f" النائية {AFTER}"
    )


def test_pieces_before_the_start_come_after_it_last_first() -> None:
    pieces = ["ميدانيا يقوم على مقابلات مع الأسر", "أسلوبا", "واعتمد الفريق"]
    raw = _pdftotext([BEFORE, BEFORE, *pieces, MARK, MARK])  # full lines to measure pieces by
    fixed = "واعتمد الفريق أسلوبًا ميدانيًا يقوم على مقابلات مع الأسر"
    assert repair_text(raw) == f"{BEFORE} {BEFORE} {fixed}"


def test_a_piece_ending_on_a_mark_its_word_cannot_carry_comes_first() -> None:
    # the mark of قائمًا stayed on the last word of the piece before it (للحالاتً)
    pieces = ["أسلوبا محددًا وصفيًا للحالاتً", "قائما على مقابلات مع الأسر", "واعتمد الفريق"]
    raw = _pdftotext([BEFORE, BEFORE, *pieces, MARK])
    fixed = "واعتمد الفريق أسلوبًا محددًا وصفيًا للحالات قائمًا على مقابلات مع الأسر"
    assert repair_text(raw) == f"{BEFORE} {BEFORE} {fixed}"


def _run(text: str, column: int = 0) -> str:
    """A run as pdftotext -layout writes it: at its column, in a right-to-left embedding."""
    return " " * column + f"\u202b{text}\u202c"


def test_laid_out_pieces_are_read_right_to_left_and_the_mark_goes_under_it() -> None:
    # pdftotext -layout: the rest of the line on the left, its start on the right, and the
    # mark on a row of its own above the first word of the rest
    rows = [
        _run(BEFORE),
        _run(REST),
        _run(MARK[1], len(REST) - 3),
        _run(START, len(REST) + 1),
        _run(AFTER),
    ]
    assert repair_text("\n".join(rows)) == LOGICAL


def test_laid_out_pieces_on_one_row_are_read_right_to_left() -> None:
    rows = [_run(BEFORE), _run(MARK[1], len(REST) - 2), _run(REST) + _run(START, 1), _run(AFTER)]
    lines = repair_lines("\n".join(rows)).lines
    assert repair_text("\n".join(rows)) == LOGICAL
    assert [ln.line for ln in lines] == [1, 2, 3, 4]


def test_laid_out_rows_that_overlap_are_separate_lines() -> None:
    rows = [_run(BEFORE), _run(MARK[1], 60), _run(AFTER, 2)]  # no word under the mark
    assert [ln.text for ln in repair_lines("\n".join(rows)).lines] == [BEFORE, MARK[1], AFTER]


def test_a_laid_out_mark_with_no_word_under_it_leaves_its_row_alone() -> None:
    rows = [_run(BEFORE), _run("المنظمات في الاستقرار") + _run(MARK[1], 8), _run(AFTER)]
    texts = [ln.text for ln in repair_lines("\n".join(rows)).lines]
    assert texts[0] == BEFORE
    assert texts[2] == AFTER
    assert texts[1].count("المنظمات في الاستقرار") == 1


@pytest.mark.parametrize("end", ["وقد أدت المنظمات النسائيةً", "وقد أدتً", "وقد يبقىً"])
def test_a_tanween_left_on_a_word_that_cannot_carry_it_goes_to_the_next_word(end: str) -> None:
    raw = _pdftotext([BEFORE, end, "دورا بارزًا في دعم الأسر."])
    fixed = end.removesuffix("\u064b")
    assert repair_text(raw) == f"{BEFORE} {fixed} دورًا بارزًا في دعم الأسر."


def test_a_tanween_on_an_indefinite_teh_marbuta_stays() -> None:
    raw = _pdftotext([BEFORE, "وقد قدمت المنظمات هديةً", "كبيرا للأسر."])
    assert repair_text(raw) == f"{BEFORE} وقد قدمت المنظمات هديةً كبيرا للأسر."


def test_a_laid_out_row_with_text_between_its_runs_keeps_it() -> None:
    # a reference entry: punctuation between right-to-left runs, and no mark near it
    rows = [_run(BEFORE), _run(MARK[1], 90), _run("بغداد") + ": " + _run("دار النشر"), _run(AFTER)]
    assert [ln.text for ln in repair_lines("\n".join(rows)).lines][2].count(":") == 1


def test_a_mark_line_between_the_rest_and_the_start_swaps_them() -> None:
    raw = _pdftotext([BEFORE, REST, MARK, START, AFTER])
    assert repair_text(raw) == LOGICAL


# a justified page whose font maps its kashida glyph to "''": the glyph stretches words
# ("الم''دارس") and, drawn on the letter of a lifted mark, is lifted out with it ("ً''")
KASHIDA_LINES = [
    "\u202bوتش''ير البيان''ات إلى أن الم''دارس الريفي''ة تع''اني من نق''ص المعلمين\u202c",
    "\u202bوأن الأس''ر ت''دفع تك''اليف النق''ل بنفس''ها في أغلب الق''رى البعي''دة\u202c",
    "\u202bوق''د رص''دت الدراس''ة ف''روق واض''حة بين المن''اطق في نس''ب الحض''ور\u202c",
]


def test_a_mark_line_holding_the_kashida_glyph_is_a_mark_line() -> None:
    mark = "\u202b\u064b''\u202c"
    raw = _pdftotext([*KASHIDA_LINES, BEFORE, REST, mark, START, AFTER])
    text = repair_text(raw)
    assert text.endswith(LOGICAL)
    assert "''" not in text


def test_a_laid_out_row_straddling_the_piece_above_it_is_read_piece_by_piece() -> None:
    # the visual line "تقدم الجمعيات الأهلية عونًا للأسر المحتاجة بدلًا من انتظار الدولة"
    # cut before its two words that lost their marks: its start (right) and its end (left)
    # stay on one row, the middle piece goes to the row above, and the mark of "بدلًا"
    # stays at the end of the middle piece
    start, middle, end = "تقدم الجمعيات الأهلية", "عونا للأسر المحتاجة ً", "بدلا من انتظار الدولة"
    mid_col = len(end) - 1
    mark_col = mid_col + len(middle) - 2
    start_col = mid_col + len(middle) + 1
    below = _run(end) + _run(MARK[1], mark_col - len(end)) + _run(start, start_col - mark_col - 1)
    rows = [_run(BEFORE), _run(middle, mid_col), below, _run(AFTER)]
    assert repair_text("\n".join(rows)) == (
        f"{BEFORE} تقدم الجمعيات الأهلية عونًا للأسر المحتاجة بدلًا من انتظار الدولة {AFTER}"
    )


def test_a_short_line_beside_a_full_row_is_the_next_line() -> None:
    # the mark's word opens a full row; the paragraph's short last line (a citation's
    # close) lies to the right of that row's end and is not a piece of it
    full = "مباشرا على صحة الأطفال في القرى التي تعتمد على مياه الأنهار (Hassan, 2018,"
    rows = [
        *[_run(BEFORE)] * 4,
        _run(MARK[1], len(full) - 4),
        _run(full),
        _run("\u202a.)p. 12\u202c", len(full) - 1),
        "",
        _run(AFTER),
    ]
    text = repair_text("\n".join(rows))
    assert "مباشرًا على صحة الأطفال" in text
    assert "(Hassan, 2018, p. 12)." in text


# pdfplumber on Noto Naskh: every line in visual order, lifted marks on a line of their own
PLUMBER_LINES = [
    "تناولت هذه الورقة واقع المنظمات الأهلية في المدن الجنوبية خلال العقد الأخير،",
    "وبينت أن التمويل الخارجي يحدد أولويات المنظمات أكثر من حاجات السكان المحليين",
    "وأن الدولة تنظر إلى هذه المنظمات بعين الريبة في أغلب الأحيان والظروف.",
]
# two words ending in lam-alef lost their marks: backwards they open like the article
LOST_MARKS = "وكان دعمهم مدخلا محتملا لنفوذ خارجي في قرار الحكومة"


def test_a_visual_line_beside_a_plain_mark_line_is_turned_round() -> None:
    first, second, third = (line[::-1] for line in PLUMBER_LINES)
    raw = "\n".join([first, second, "\u064b \u064b", LOST_MARKS[::-1], third])
    assert LOST_MARKS in repair_text(raw)


def test_without_the_mark_line_such_a_line_is_still_turned_round() -> None:
    # its words read forwards to a letter-shape rule, but the document is in visual order
    # and the scorer finds the turned line likelier
    first, second, third = (line[::-1] for line in PLUMBER_LINES)
    raw = "\n".join([first, second, LOST_MARKS[::-1], third])
    assert LOST_MARKS in repair_text(raw)


def test_a_word_cut_out_with_its_own_mark_is_not_a_line_start() -> None:
    # "أساسياً" came out alone with the tanween pdftotext kept beside it: it is a piece of
    # the next visual line, not the start the rest before the mark line belongs after
    right, left, embed = "\u202b", "\u202a", "\u202c"
    start = f"{right}وهي نتيجة متوقعة. ويرى الباحث{left}\u064b ،{embed}{embed}"
    rest = f"{right}نقلا عن تقرير رسمي أن الأسر في الريف تعاني نقصا في الخدمات{embed}"
    kept = f"{right}أساسيا \u064b{embed}"
    raw = _pdftotext([BEFORE, BEFORE, start, rest, MARK, kept, f"{right}ثم إن الدعم{embed}"])
    text = repair_text(raw)
    assert "أساسياً نقل" not in text
    assert "نقلًا عن تقرير رسمي" in text


def test_a_mark_left_after_a_comma_goes_to_the_next_pieces_bare_word() -> None:
    lines = [Line("وهي نتيجة متوقعة. ويرى الباحث، \u064b", 1, 1), Line("نقلا عن تقرير رسمي", 1, 2)]
    pass_displaced_marks(lines)
    assert [ln.text for ln in lines] == ["وهي نتيجة متوقعة. ويرى الباحث،", "نقلًا عن تقرير رسمي"]


def test_pieces_a_space_apart_on_a_row_without_controls_are_found_under_the_mark() -> None:
    """The same row with pdftotext's controls stripped: its two pieces stand one space apart
    and nothing says where one ends, but the mark above stands over the first word of the
    left one, which is drawn at its right end (LibreOffice Noto Naskh's -layout renditions
    of corpora/clean lost whole clauses so: history_chapter 14% CER)."""
    from araseclit.scramble import Recipe, scramble

    # a paragraph with numbers before, so that the document reads as pdftotext's stripped
    intro = (
        "وتشير بيانات الوزارة إلى أن عدد المدارس الريفية بلغ 1240 مدرسة عام 2019، وأن 38% "
        "منها يعمل بمعلم واحد، وأن 12% لا تصلها الكهرباء."
    )
    rows = [BEFORE, " " * (len(REST) - 2) + MARK[1], f"{REST} {START}", AFTER]
    raw = scramble(intro, Recipe("stripped_order", pages=False), seed=1).text + "\n".join(rows)
    assert repair_lines(raw).order == "stripped"
    assert LOGICAL in " ".join(repair_text(raw).split())
