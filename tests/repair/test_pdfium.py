"""Opening brackets pypdfium2 gave first in their text run (Noto fonts) go back in place."""

from araseclit.document import Line
from araseclit.repair.pdfium import restore_run_openers


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
