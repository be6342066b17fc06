"""Marks lifted onto a line of their own (any vowel or tanween), the cut line read back."""

from __future__ import annotations

import pytest

from araseclit.document import Line
from araseclit.repair import repair_lines
from araseclit.repair.diacritics_lifted import give_mark, lift_marks, restore_lifted_marks

# a wrapped paragraph, one visual line each (written for this test)
PARAGRAPH = [
    "تناولت الدراسة أوضاع المنظمات الأهلية في محافظة نينوى بعد",
    "عام 2017، حين عادت آلاف الأسر إلى مدنها وقراها المدمرة،",
    "وأصبحت الموصل مرة أخرى ساحةً مفتوحة لعمل المنظمات الدولية",
    "والمحلية التي قدمت دعمًا مباشرًا للعائدين في مجالات السكن",
    "والتعليم والصحة، وسعت إلى بناء الثقة بين السكان والسلطات.",
]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(t, None, k, raw=t) for k, t in enumerate(texts, start=1)]


@pytest.mark.parametrize(
    ("piece", "mark", "expected"),
    [
        ("عاصمة لمملكة آرامية", "\u064b", "عاصمةً لمملكة آرامية"),  # tanween on teh marbuta
        ("مرادفا لحماية", "\u064b", "مرادفًا لحماية"),  # before the final alef
        ("دمشق أيدي البطالمة", "\u064e", "دمشقَ أيدي البطالمة"),  # a lifted fatha
        ("غطاء قانوني", "\u064b", "غطاءً قانوني"),
        ("الدولة الحديثة", "\u064e", None),  # no vowel on a teh marbuta
        ("هدى الشريف", "\u0651", None),  # no shadda on alef maksura
        ("مرادفا لحماية", "\u064e", None),  # a fatha never sits on a final alef
        ("2017 عام", "\u064b", None),  # no Arabic word first
    ],
)
def test_mark_goes_where_spelling_lets_it(piece: str, mark: str, expected: str | None) -> None:
    assert give_mark(piece, mark) == expected


def test_forward_operation_cuts_the_line_before_the_marked_word() -> None:
    out = lift_marks(PARAGRAPH[2:3], rate=1.0)
    assert out == [
        "ساحة مفتوحة لعمل المنظمات الدولية",
        "وأصبحت الموصل مرة أخرى",
        "\u064b",
    ]


def test_teh_marbuta_tanween_line_is_read_back() -> None:
    """[A][B][m] with the tanween on a teh marbuta, which the word-shape rules of
    :mod:`.lifted_tanween` cannot place: the model puts B before A and the mark back."""
    scrambled = PARAGRAPH[:2] + lift_marks(PARAGRAPH[2:3], rate=1.0) + PARAGRAPH[3:]
    lines = _lines(scrambled)
    assert restore_lifted_marks(lines, wrapped=False) == 2
    assert " ".join(ln.text for ln in lines if ln.text) == " ".join(PARAGRAPH)


def test_lifted_fatha_and_two_pieces_after_the_mark() -> None:
    lines = _lines(
        [
            "وبعد سنوات من الحرب تنازعت الأحزاب على السلطة،",
            "\u064e",
            "دمشق أيدي البطالمة والسلوقيين مدة من",
            "فتداولت",
            "الزمن، إلى أن استقر الأمر للسلوقيين.",
        ]
    )
    restore_lifted_marks(lines, wrapped=False)
    assert " ".join(ln.text for ln in lines if ln.text) == (
        "وبعد سنوات من الحرب تنازعت الأحزاب على السلطة، فتداولت دمشقَ أيدي البطالمة "
        "والسلوقيين مدة من الزمن، إلى أن استقر الأمر للسلوقيين."
    )


def test_clean_lines_are_left_alone() -> None:
    lines = _lines(PARAGRAPH)
    assert restore_lifted_marks(lines, wrapped=False) == 0
    assert [ln.text for ln in lines] == PARAGRAPH


def test_repair_reads_a_thabit_rendition_back() -> None:
    """Through the whole repair, as pdftotext gives the lines (wrapped in its embedding)."""
    scrambled = PARAGRAPH[:2] + lift_marks(PARAGRAPH[2:3], rate=1.0) + PARAGRAPH[3:]
    raw = "\n".join(f"\u202b{t}\u202c" for t in scrambled) + "\n"
    text = " ".join(ln.text for ln in repair_lines(raw).lines if ln.text)
    assert "مرة أخرى ساحةً مفتوحة" in text
    assert "الدولية والمحلية" in text


def test_pdfplumber_mark_lines_are_not_cuts() -> None:
    """pdfplumber gives a lifted mark a line of its own but keeps its visual line whole (no
    embedding around its lines): nothing is reordered there."""
    scrambled = PARAGRAPH[:2] + lift_marks(PARAGRAPH[2:3], rate=1.0) + PARAGRAPH[3:]
    lines = _lines(scrambled)
    assert restore_lifted_marks(lines) == 0
    assert [ln.text for ln in lines] == scrambled


def test_each_moved_line_is_logged_once() -> None:
    """The lifted_tanween pass's guard logs what it keeps; an op this step wrote itself
    doubled each line's entry in --diff and stayed when the guard undid the group."""
    scrambled = PARAGRAPH[:2] + lift_marks(PARAGRAPH[2:3], rate=1.0) + PARAGRAPH[3:]
    raw = "\n".join(f"\u202b{t}\u202c" for t in scrambled) + "\n"
    logged = [[op.name for op in ln.ops] for ln in repair_lines(raw).lines if ln.ops]
    assert logged
    assert all(names == ["araseclit.repair.lifted_tanween.v1"] for names in logged)
    lines = _lines(scrambled)
    assert restore_lifted_marks(lines, wrapped=False) == 2
    assert not any(ln.ops for ln in lines)
