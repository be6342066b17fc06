"""Defects a reviewer found in the citation stage (issue 13, seventh session): a paragraph
opening with a word the reference heading starts with, an edition or volume number read as
the next label of a numbered list or notes, and an inverted Arabic name in a numbered entry."""

from __future__ import annotations

from araseclit.cite import (
    find_citations,
    find_notes,
    find_reference_span,
    find_references,
    parse_fields,
)

INTRO = (
    "تتناول هذه الدراسة دور المنظمات غير الحكومية في العراق بعد عام 2003 (الساعدي، 2015: 12)، "
    "وتبحث في علاقتها بالدولة والمجتمع (Dodge, 2012). "
) * 3
OUTRO = (
    "\nوخلاصة القول إن المنظمات بقيت ضعيفة (الجميلي، 2020)، وإن الدولة لم تتغير (Haddad, 2011).\n"
)


def test_a_paragraph_opening_with_masadir_is_no_reference_heading() -> None:
    para = (
        "المصادر الأمنية، أكدت ذلك مرارا. وفي بغداد، تضاعفت الحالات بعد 2014. "
        "وفي البصرة، ظهرت شكاوى كثيرة. وبعد عام 2016 صدر قانون جديد (العبيدي، 2017: 45). "
        "وفي أربيل، رفعت قضايا عديدة. وبعد 2019 تغيرت السياسة (Keen, 2019). "
        "وفي الأنبار، بقيت المشكلة. وحتى 2021 لم تحل."
    )
    text = INTRO + "\n" + para + OUTRO
    assert find_reference_span(text) is None
    assert len(find_citations(text)) == 10


def test_a_paragraph_opening_with_musadara_is_no_reference_heading() -> None:
    para = (
        "مصادرة الأموال، ظلت أداة بيد الفصائل. وفي الموصل، صودرت البيوت بعد 2014. "
        "وفي سنجار، هجرت عائلات كثيرة. وبعد عام 2017 عادت بعضها (الحمداني، 2018: 77). "
        "وفي تلعفر، ضاعت سجلات الملكية. وبعد 2018 بدأت التعويضات (Mansour, 2021). "
        "وفي بيجي، بقي الملف معلقا. وحتى 2022 لم يحسم."
    )
    text = INTRO + "\n" + para + OUTRO
    assert find_reference_span(text) is None
    assert len(find_citations(text)) == 10


NUMBERED_BODY = (
    "تناولت الدراسات السابقة دور الميليشيات في العراق بعد عام 2003 [1]، ورأى باحثون أن الدولة "
    "ضعفت [2]. ثم اتسعت الفجوة بين المجتمع والدولة [3].\n"
) * 4


def _labels_and_years(text: str) -> list[tuple[str | None, int | None]]:
    _, entries = find_references(text)
    return [(r["label"], r["year"]) for r in entries]


def test_an_edition_number_is_no_label_in_a_list_one_entry_a_line() -> None:
    refs = (
        "المراجع\n"
        "1. ابن خلدون عبد الرحمن. المقدمة. ط. 2. بيروت: دار الفكر؛ 1988.\n"
        "2. Dodge T. Inventing Iraq. New York: Columbia University Press; 2003.\n"
        "3. الساعدي حيدر. الميليشيات في العراق. بغداد: دار الحكمة؛ 2015.\n"
    )
    assert _labels_and_years(NUMBERED_BODY + "\n" + refs) == [
        ("1", 1988),
        ("2", 2003),
        ("3", 2015),
    ]


def test_a_volume_number_is_no_label_in_a_run_on_list() -> None:
    refs = (
        "المراجع\n"
        "1. الطبري محمد بن جرير. تاريخ الرسل والملوك. ج. 2. القاهرة: دار المعارف؛ 1967. "
        "2. Tripp C. A History of Iraq. Vol. 3. Cambridge: Cambridge University Press; 2007. "
        "3. الحسني عبد الرزاق. تاريخ الوزارات العراقية. مج. 4. بغداد: دار الشؤون الثقافية؛ "
        "1988.\n"
    )
    assert _labels_and_years(NUMBERED_BODY + "\n" + refs) == [
        ("1", 1967),
        ("2", 2007),
        ("3", 1988),
    ]


NOTED_BODY = (
    "تناولت الدراسات السابقة دور الميليشيات في العراق بعد عام 2003.(1) وقد رأى بعض الباحثين أن "
    "الدولة ضعفت.(2) ثم اتسعت الفجوة بين المجتمع والدولة.(3)\n"
) * 3


def _notes(text: str) -> list[tuple[int, str]]:
    return [(n.number, n.body) for n in find_notes(text)]


def test_a_volume_number_starts_no_note_in_notes_one_a_line() -> None:
    notes = (
        "الهوامش\n"
        "(1) ابن خلدون، المقدمة، ج. 2. بيروت: دار الكتب العلمية، 1993، ص 45.\n"
        "(2) Toby Dodge, Inventing Iraq, vol. 3. 4. New York: Columbia University Press, 2003, "
        "p. 12.\n"
        "(3) المصدر نفسه، ص 50.\n"
    )
    found = _notes(NOTED_BODY + "\n" + notes)
    assert [n for n, _ in found] == [1, 2, 3]
    assert found[0][1].endswith("1993، ص 45.")
    assert found[2][1] == "المصدر نفسه، ص 50."
    ibid = [c for c in find_citations(NOTED_BODY + "\n" + notes) if c["number"] == 3]
    assert [(c["author"], c["year"]) for c in ibid] == [("Toby Dodge", 2003)]


def test_a_volume_number_starts_no_note_in_run_on_notes() -> None:
    notes = (
        "الهوامش\n"
        "(1) محمد بن جرير الطبري، تاريخ الرسل والملوك، ج. 2. القاهرة: دار المعارف، 1967، ص 12. "
        "(2) المصدر نفسه، ص 14. (3) Charles Tripp, A History of Iraq, vol. 3. Cambridge: "
        "Cambridge University Press, 2007, p. 30.\n"
    )
    found = _notes(NOTED_BODY + "\n" + notes)
    assert [n for n, _ in found] == [1, 2, 3]
    assert found[1][1] == "المصدر نفسه، ص 14."


def _authors(entry: str) -> list[tuple[str, str | None]]:
    return [(p["family"], p["given"]) for p in parse_fields(entry)["authors"]]


def test_an_inverted_arabic_name_in_a_numbered_entry_is_one_author() -> None:
    entry = "1. الساعدي، حيدر. تاريخ الميليشيات في العراق. بيروت: دار الساقي؛ 2011."
    assert _authors(entry) == [("الساعدي", "حيدر")]


def test_an_inverted_name_in_a_numbered_journal_entry_is_one_author() -> None:
    entry = "2. الربيعي، نور. الأمن المجتمعي. مجلة العلوم السياسية. 2019؛12(3):45–71."
    assert _authors(entry) == [("الربيعي", "نور")]
    # Vancouver names, each family then given, stay two authors
    vancouver = "3. الكرخي باسم، العبيدي سعد. الأمن في بغداد. مجلة السياسة. 2018؛7(2):10–30."
    assert _authors(vancouver) == [("الكرخي", "باسم"), ("العبيدي", "سعد")]


def test_an_academic_title_is_no_author() -> None:
    entry = "6. د. محمد الكبيسي. الأمن الوطني. بغداد: دار الحكمة؛ 2015."
    fields = parse_fields(entry)
    assert _authors(entry) == [("الكبيسي", "محمد")]
    assert fields["title"] == "الأمن الوطني"


def test_an_academic_title_is_no_author_of_a_listed_entry() -> None:
    refs = (
        "المراجع\n"
        "1. د. محمد الكبيسي. الأمن الوطني. بغداد: دار الحكمة؛ 2015.\n"
        "2. أ.د. نادية الجميلي. الدولة والمجتمع في العراق. بيروت: دار الساقي؛ 2019.\n"
    )
    body = "تناولت الدراسات الأمن الوطني في العراق [1]، ورأى باحثون أن الدولة ضعفت [2].\n" * 3
    _, entries = find_references(body + "\n" + refs)
    assert [(r["authors"], r["year"]) for r in entries] == [
        ("محمد الكبيسي", 2015),
        ("نادية الجميلي", 2019),
    ]
