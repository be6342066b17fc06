"""Opening brackets pypdfium2 gave first in their text run (Noto fonts) go back in place."""

from araseclit.document import Line
from araseclit.repair import repair_line
from araseclit.repair.cut_citations import restore_cut_citations
from araseclit.repair.openers import restore_run_openers
from araseclit.repair.semicolons import reread_semicolon_islands


def _line(raw: str, text: str, k: int) -> Line:
    return Line(text, None, k, raw=raw)


def _document(*pairs: tuple[str, str]) -> list[Line]:
    return [_line(raw, text, k) for k, (raw, text) in enumerate(pairs, start=1)]


# three lines of one document: the bracket opening the line, and cut into a stretched word
# after the kashida glyph the font left unmapped ("\x1f") or gave as a space
OPENING = (
    ") تراجعت ثقة السكان بالمجالس البلدية الكاظمي، :2018 12(. ثم بدأت",
    ") تراجعت ثقة السكان بالمجالس البلدية الكاظمي، 2018: 12). ثم بدأت",
)
CUT = (
    "وقد طالبت اللجان الأهلي\x1fة بمراجع\x1f ) ة الموازنات العبيدي، :2020 7(. وهو",
    "وقد طالبت اللجان الأهلية بمراجع) ة الموازنات العبيدي، 2020: 7). وهو",
)
ET_AL = (
    "ويؤكد تقرير ميداني ضعف التنسي\x1f ) ق الحكومي النعيمي وآخرون، :2019 33(.",
    "ويؤكد تقرير ميداني ضعف التنسي) ق الحكومي النعيمي وآخرون، 2019: 33).",
)
ENTRY = ("النعيمي، رائد )2019(. الحكم المحلي.", "النعيمي، رائد (2019). الحكم المحلي.")


def test_brackets_go_before_the_citation_and_the_cut_word_is_whole() -> None:
    lines = _document(OPENING, CUT, ET_AL, ENTRY)
    restore_run_openers(lines)
    assert [ln.text for ln in lines[:3]] == [
        "تراجعت ثقة السكان بالمجالس البلدية (الكاظمي، 2018: 12). ثم بدأت",
        "وقد طالبت اللجان الأهلية بمراجعة الموازنات (العبيدي، 2020: 7). وهو",
        "ويؤكد تقرير ميداني ضعف التنسيق الحكومي (النعيمي وآخرون، 2019: 33).",
    ]


def test_citation_going_on_in_the_next_line() -> None:
    lines = _document(
        OPENING,
        CUT,
        (
            "تشير الأرقام إلى تحس ) ن الخدمات الطالب اني",
            "تشير الأرقام إلى تحس) ن الخدمات الطالب اني",
        ),
        ("وآخرون، :2021 44(. وهو ما", "وآخرون، 2021: 44). وهو ما"),
        ("الطالباني، سعاد )2021(. الخدمات.", "الطالباني، سعاد (2021). الخدمات."),
    )
    restore_run_openers(lines)
    assert lines[2].text == "تشير الأرقام إلى تحسن الخدمات (الطالباني"


def test_a_document_with_few_such_lines_is_left_alone() -> None:
    lines = _document(OPENING, CUT)
    restore_run_openers(lines)
    assert [ln.text for ln in lines] == [OPENING[1], CUT[1]]


def test_clean_lines_are_unchanged() -> None:
    clean = [
        "تراجعت ثقة السكان بالمجالس البلدية (الكاظمي، 2018: 12). ثم بدأت",
        "وقال المسؤول (في بيان رسمي) إن العمل مستمر",
        "وهي نتيجة (انظر الجدول 2) تؤكد ما سبق",
    ]
    lines = _document(*((t, t) for t in clean))
    restore_run_openers(lines)
    assert [ln.text for ln in lines] == clean


def _read(run: str) -> str:
    return repair_line(run, "islands")[0]


def test_citations_either_side_of_an_arabic_semicolon_keep_their_order() -> None:
    raw = "أكدت التقارير تراجع الخدمات )4 . 2018, , p Oxfam Bank World؛ 7 2021: ,ILO). ثم"
    lines = [Line(_read(raw), None, 1, raw=raw)]
    reread_semicolon_islands(lines, [raw], "islands", _read)
    assert lines[0].text == (
        "أكدت التقارير تراجع الخدمات (World Bank Oxfam, 2018, p. 4؛ ILO, 2021: 7). ثم"
    )


def test_an_arabic_and_a_latin_citation_keep_their_order() -> None:
    raw = ") في المدن الصغيرة الموسوي، :2016 19؛ 40 2012: ,Tripp)."
    lines = [Line(_read(raw), None, 1, raw=raw)]
    reread_semicolon_islands(lines, [raw], "islands", _read)
    assert "الموسوي، 2016: 19؛ Tripp, 2012: 40)" in lines[0].text


def test_a_semicolon_between_arabic_citations_is_left_alone() -> None:
    raw = "كما في دراسات سابقة )الموسوي، :2016 19؛ الربيعي، :2020 8(."
    lines = [Line(_read(raw), None, 1, raw=raw)]
    before = lines[0].text
    reread_semicolon_islands(lines, [raw], "islands", _read)
    assert lines[0].text == before


def test_citation_going_on_after_a_page_break() -> None:
    lines = _document(
        OPENING,
        CUT,
        (
            ") تراجعت الخدمات في قطاع النقل العبيدي، :2020",
            ") تراجعت الخدمات في قطاع النقل العبيدي، 2020:",
        ),
        ("4", "4"),
        ("\f– مجلة الدراسات المدنية 2026", "– مجلة الدراسات المدنية 2026"),
        ("14(. وهو ما", "14). وهو ما"),
    )
    restore_run_openers(lines)
    assert lines[2].text == "تراجعت الخدمات في قطاع النقل (العبيدي، 2020:"


# lines of a Noto document read by pypdfium2 that show its lifted tanween marks alone: the
# document-level evidence restore_cut_citations asks for
CUT_EVIDENCE = [f"وكان الدعم محدود \u064b ا في المرحلة {k}" for k in range(5)]


def _cut(lines: list[str]) -> list[str]:
    return restore_cut_citations([*lines, *CUT_EVIDENCE])[: len(lines)]


def test_a_citation_given_at_the_tanween_cut_goes_back_to_the_line_start() -> None:
    raw = "( \u064b أن الري الحديث صار شرطً ا ضروري الحسني ):2019 12 ا لزيادة الإنتاج"
    assert _cut([raw]) == ["الحسني ):2019 12( أن الري الحديث صار شرطً ا ضروري\u064bا لزيادة الإنتاج"]
    fixed = repair_line(_cut([raw])[0], "islands")[0]
    assert fixed.startswith("الحسني (2019: 12) أن")


def test_the_cue_before_the_name_goes_with_it() -> None:
    raw = "( \u064b أن المشروع أنتج نموذج ويرى العبيدي ):2020 7 \u064b ا ناجحا في المنطقة"
    assert _cut([raw]) == [
        "\u064b ويرى العبيدي ):2020 7( أن المشروع أنتج نموذج\u064bا ناجحا في المنطقة"
    ]


def test_lines_without_the_cut_are_unchanged() -> None:
    lines = ["ويرى العبيدي ):2020 7( أن المشروع ناجح", "( الحكومة المحلية )2019("]
    assert _cut(lines) == lines


def test_a_citation_ending_the_line_given_at_the_cut_goes_after_its_name() -> None:
    cut_in_word = "وقد تراجعت الثقة بالمجالس. ويرى حسن، نق ):2018 9( أن لًا عن الجميلي"
    assert _cut([cut_in_word]) == [
        "وقد تراجعت الثقة بالمجالس. ويرى حسن، نقلًا عن الجميلي ):2018 9( أن"
    ]
    start_last = "):2018 9( أن الثقة لا تعود بسرعة \u064b المدن. ويرى حسن، نقلا عن الجميلي"
    assert _cut([start_last]) == [
        "\u064b المدن. ويرى حسن، نقلا عن الجميلي ):2018 9( أن الثقة لا تعود بسرعة"
    ]


def test_the_mark_given_before_the_rest_of_its_word() -> None:
    line = "وواجهت البلديات صعوبات فرضت قي ):2019 4( أن \u064bودا مالية. ويرى «الحسني»"
    assert _cut([line]) == [
        "وواجهت البلديات صعوبات فرضت قي\u064bودا مالية. ويرى «الحسني» ):2019 4( أن"
    ]


def test_a_mark_right_after_a_citation_is_no_cut() -> None:
    line = "ويلاحظ الجميلي ):2018 9( \u064b أن المجالس فقدت دورها"
    assert _cut([line]) == [line]


def test_a_line_with_a_citation_and_a_tanween_word_is_left_alone_without_cut_evidence() -> None:
    """Without lone tanween marks elsewhere, nothing says pypdfium2 cut the document's lines:
    a citation followed by ``جدًا`` is an ordinary line (review finding)."""
    line = "ويرى الكعبي ):2020 15( أن الأمر مهم جدًا في هذا السياق"
    assert restore_cut_citations([line]) == [line]
