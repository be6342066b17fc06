"""Golden files of clean text repair must leave exactly as it is (``golden/clean``), written
for these tests: texts an earlier repair flipped, reflowed or glued.

- ``short_sentence``: one short sentence whose reversed word (عراقي -> يقارع) is a word too;
- ``comma_against_next``: a paragraph typed ``كلمة ،كلمة`` and ``نص .وفي``;
- ``year_suffix``: years written with the Gregorian suffix (``2003م``), no words glued;
- ``history_dates``: ``ق.م.`` / ``ب.م.`` dates and the words ``بلدًا`` (not ``بدلًا``) and
  ``علمًا``.

They live apart from ``golden/*.in.txt`` (extractor output with running heads and page
numbers, :mod:`test_golden`): a clean text has neither. The pdftotext-stripped case of the
same issue is ``golden/pdftotext_stripped``: the paragraph of its ``.out.txt`` run through
``araseclit.scramble.scramble(..., "pdftotext-stripped", seed=2)``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from araseclit.repair import repair_lines, repair_text

CLEAN = Path(__file__).parent / "golden" / "clean"
#: cases repair gets wrong today, with why
XFAIL: dict[str, str] = {}
CASES = [
    pytest.param(name, marks=[pytest.mark.xfail(strict=True, reason=XFAIL[name])])
    if name in XFAIL
    else name
    for name in sorted(p.name.removesuffix(".in.txt") for p in CLEAN.glob("*.in.txt"))
]


def _read(name: str) -> str:
    return (CLEAN / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("case", CASES)
def test_clean_golden_text_is_unchanged(case: str) -> None:
    assert repair_text(_read(f"{case}.in.txt")) == _read(f"{case}.out.txt").strip()


@pytest.mark.parametrize("case", CASES)
def test_clean_golden_text_is_read_as_logical_with_no_operation(case: str) -> None:
    result = repair_lines(_read(f"{case}.in.txt"))
    assert result.order == "logical"
    assert [op.name for ln in result.lines for op in ln.ops] == []


def test_every_case_has_its_expected_output() -> None:
    ins = {p.name.removesuffix(".in.txt") for p in CLEAN.glob("*.in.txt")}
    outs = {p.name.removesuffix(".out.txt") for p in CLEAN.glob("*.out.txt")}
    assert ins == outs and len(ins) == 4


NOTES_PAPER = """الدولة الريعية والمجتمع المدني في العراق

تناولت أدبيات كثيرة أثر الريع النفطي في علاقة الدولة بالمجتمع، إذ يرى بعض الباحثين أن الدولة التي تعتمد على النفط لا تحتاج إلى الضرائب، فتضعف مساءلة المواطنين لها (1). ويذهب آخرون إلى أن المنظمات غير الحكومية ملأت بعض الفراغ الذي تركته مؤسسات الدولة بعد عام 2003 (2).

وقد لاحظت دراسات ميدانية أن التمويل الخارجي يوجه أولويات هذه المنظمات نحو ما يطلبه المانحون لا نحو ما يحتاجه السكان (3)، وهي ملاحظة تتكرر في تقارير الرقابة المالية أيضًا (4).

الهوامش

(1) Hazem Beblawi and Giacomo Luciani, eds., The Rentier State (London: Croom Helm, 1987), 51.

(2) Toby Dodge, Iraq: From War to a New Authoritarianism (London: Routledge, 2012), 88.

(3) Sarah Henderson, Building Democracy in Contemporary Russia (Ithaca: Cornell University Press, 2003), 112.

(4) Ibid., 120.

(5) Eric Davis, Memories of State (Berkeley: University of California Press, 2005), 14.

(6) Charles Tripp, A History of Iraq, 3rd ed. (Cambridge: Cambridge University Press, 2007), 201.

(7) Dodge, Iraq, 95.

(8) Ali A. Allawi, The Occupation of Iraq (New Haven: Yale University Press, 2007), 310.

(9) Faleh A. Jabar, The Shi'ite Movement in Iraq (London: Saqi, 2003), 77.

(10) Michael Ross, The Oil Curse (Princeton: Princeton University Press, 2012), 63.
"""


@pytest.mark.parametrize("copies", [1, 2])
def test_a_clean_paper_with_latin_note_lines_is_left_alone(copies: int) -> None:
    """Lines with no Arabic letter ("(1) Hazem Beblawi, ...") say nothing about how the
    right-to-left text was ordered, yet reading them with "(n)" moved to the line's end
    scored better: ten such notes won the clean paper for the islands order, twenty for the
    reversed one (every Arabic line turned backwards)."""
    from araseclit.repair import repair_lines, repair_text

    head, notes = NOTES_PAPER.split("الهوامش")
    text = head + "الهوامش" + notes * copies
    assert repair_lines(text).order == "logical"
    assert repair_text(text).split() == text.split()


@pytest.mark.parametrize("name", ["interview_qa", "opinion_essay"])
def test_punctuation_typed_against_both_words_is_a_habit_not_damage(name: str) -> None:
    """``نص.وفي`` / ``كلمة،كلمة``: leaving the text was scored without the space the habit
    drops, so the runs reading (which puts it back) won these clean texts, 55-63% rewritten."""
    from araseclit.repair import repair_lines, repair_text
    from araseclit.scramble import typing_variant

    clean = Path(__file__).resolve().parents[2] / "corpora" / "clean" / f"{name}.txt"
    text = typing_variant(clean.read_text(encoding="utf-8"), "punct_against_both")
    assert repair_lines(text).order == "logical"
    assert repair_text(text).split() == text.split()
