"""Switching repair, or one of its operations, off with :class:`RepairConfig`."""

from __future__ import annotations

import pytest

from araseclit.charsets import strip_marks
from araseclit.repair import OPERATIONS, RepairConfig, repair_lines, repair_text
from araseclit.scramble import scramble

# written for these tests: a year, tanween, a Latin and an Arabic citation
TEXT = (
    "شهدت المحافظات الجنوبية بعد عام 2003 تحولًا واضحًا في علاقة العشائر بالأحزاب "
    "السياسية، إذ صار شيوخها وسطاء لا غنى عنهم في الانتخابات المحلية (Hiltermann, 2017: 88). "
    "ويذهب الباحث إلى أن هذا الدور لم يكن جديدًا تمامًا (الجبوري، 2011: 143).\n"
    "وتشير بيانات وزارة التخطيط إلى أن الوساطة العشائرية ظلت أداة الدولة الأولى لاحتواء "
    "النزاعات؛ فقد لجأت إليها الحكومة مرارًا بين عامي 2006 و2008، علمًا أن الإطار القانوني "
    "لم يعترف بها صراحة."
)
CONTROLS = str.maketrans("", "", "\u202a\u202b\u202c")
READ_ORDER = "araseclit.repair.read_order.v1"


@pytest.mark.parametrize("recipe", ["pdfplumber", "runs", "pdftotext"])
def test_disabled_repair_leaves_lines_as_they_stand(recipe: str) -> None:
    raw = scramble(TEXT, recipe, seed=1, width=60).text
    result = repair_lines(raw, RepairConfig(enabled=False))
    assert [ln.text for ln in result.lines] == [
        r.translate(CONTROLS).strip(" \f") for r in raw.split("\n")
    ]
    assert result.order == "logical" and result.score == 0.0
    assert not any(ln.ops or ln.changed for ln in result.lines)


@pytest.mark.parametrize("recipe", ["pdftotext", "pdfplumber"])
def test_repair_reorders_the_same_text_when_enabled(recipe: str) -> None:
    raw = scramble(TEXT, recipe, seed=1, width=60).text
    assert repair_text(raw).split() == TEXT.split()


@pytest.mark.parametrize("recipe", ["pdftotext", "pdfplumber"])
def test_disabling_read_order_stops_reordering(recipe: str) -> None:
    raw = scramble(TEXT, recipe, seed=1, width=60).text
    result = repair_lines(raw, RepairConfig.make(disable=["read_order"]))
    assert result.order == "logical"
    assert not [op for ln in result.lines for op in ln.ops if op.name == READ_ORDER]
    unrepaired = repair_lines(raw, RepairConfig(enabled=False)).lines

    def letters(lines: list) -> list[str]:  # what order changes; marks and spaces aside
        return ["".join(strip_marks(ln.text).split()) for ln in lines]

    assert letters(result.lines) == letters(unrepaired)


def test_every_operation_is_versioned_and_unknown_ones_are_refused() -> None:
    assert READ_ORDER in OPERATIONS
    assert all(name.startswith("araseclit.repair.") and name[-3:-1] == ".v" for name in OPERATIONS)
    with pytest.raises(KeyError):
        RepairConfig.make(disable=["reorder_everything"])


# written for this test: a pdfplumber-like line of presentation forms (لا as U+FEFB, the
# final ة as U+FE93) with a tanween typed apart from its word
SHAPED = "\ufefb تزال الحكوم\ufe93 تعمل جدي\u062f \u064bا على الإصلاح."
NORMALISE = "araseclit.repair.normalise.v1"


def test_normalise_is_logged_with_its_gain_and_gone_when_switched_off() -> None:
    """Issue 11: normalisation is one operation like the others. On, the line reads as
    plain letters with its tanween on its word, logged with the gain the scorer sees in it;
    off, every reading starts from the line as the extractor gave it."""
    on = repair_lines(SHAPED).lines[0]
    assert on.text == "لا تزال الحكومة تعمل جديدًا على الإصلاح."
    (op,) = [op for op in on.ops if op.name == NORMALISE]
    assert op.gain > 5.0  # (the shaped forms are letters the word model has never seen)
    off = repair_lines(SHAPED, RepairConfig.make(disable=["normalise"])).lines[0]
    assert off.text == SHAPED
    assert all(op.name != NORMALISE for op in off.ops)
