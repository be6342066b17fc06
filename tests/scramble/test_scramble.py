"""Whole-text scrambling: recipes are deterministic for a seed, record what they did, and
move characters about without adding or dropping any beyond what each documents."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from araseclit.charsets import ARABIC_LETTER, ARABIC_MARK
from araseclit.scramble import RECIPES, Recipe, scramble

# two paragraphs written for these tests: a year, tanween, lam-alef words, a Latin and an
# Arabic citation, a number before a noun, a Latin gloss in brackets
TEXT = (
    "شهدت المحافظات الجنوبية بعد عام 2003 تحولًا واضحًا في علاقة العشائر بالأحزاب "
    "السياسية، إذ صار شيوخها وسطاء لا غنى عنهم في الانتخابات المحلية (Hiltermann, 2017: 88). "
    "ويذهب الباحث إلى أن هذا الدور لم يكن جديدًا تمامًا (الجبوري، 2011: 143).\n"
    "وتشير بيانات 18 محافظة إلى أن الوساطة العشائرية (tribal mediation) ظلت أداة الدولة "
    "الأولى لاحتواء النزاعات؛ فقد لجأت إليها الحكومة مرارًا بين عامي 2006 و2008، علمًا أن "
    "الإطار القانوني لم يعترف بها صراحة."
)

#: what each recipe records after its order and the wrap
DAMAGE = {
    "pdftotext": ["detach_tanween"],
    "pdftotext-stripped": ["detach_tanween"],
    "pdfplumber": [],
    "pypdfium2": ["detach_tanween"],
    "pypdfium2-chromium": ["reverse_letters"],
    "runs": [],
    "pdftotext-noto": ["swap_lam_alef", "insert_kashida_junk"],
    "pdftotext-marks-first": ["marks_first"],
    "pdftotext-vowelled": ["cut_vowelled_lines"],
    "pdftotext-vowelled-stripped": ["cut_vowelled_lines"],
    "pdftotext-justified": ["cut_justified_lines"],
    "pdftotext-justified-stripped": ["cut_justified_lines"],
}
# the page number pdftotext prints at the foot of each page: "137\f"
_PAGE_NUMBER = re.compile(r"^\d+\f$")
_KEPT = re.compile(f"[{ARABIC_LETTER}{ARABIC_MARK}A-Za-z0-9]")


def _body(scrambled: str) -> list[str]:
    return [ln for ln in scrambled.split("\n") if ln.strip() and not _PAGE_NUMBER.match(ln)]


def _kept(text: str) -> Counter[str]:
    """Letters (with their marks) and digits, by count."""
    return Counter(_KEPT.findall(text))


@pytest.mark.parametrize("recipe", sorted(RECIPES))
def test_scramble_is_deterministic_for_a_seed(recipe: str) -> None:
    once, again = scramble(TEXT, recipe, seed=11), scramble(TEXT, recipe, seed=11)
    assert (once.text, once.ops) == (again.text, again.ops)


def test_seeds_pick_different_line_widths() -> None:
    widths = {scramble(TEXT, "pdfplumber", seed=s).ops[1] for s in range(8)}
    assert len(widths) > 1


@pytest.mark.parametrize("recipe", sorted(RECIPES))
def test_recorded_ops_name_the_order_the_wrap_and_the_damage(recipe: str) -> None:
    s = scramble(TEXT, recipe, seed=3, width=60)
    order = RECIPES[recipe].order
    assert s.ops == [order, "wrap(width=60)", *DAMAGE[recipe], "paginate"]


@pytest.mark.parametrize("recipe", sorted(RECIPES))
@pytest.mark.parametrize("seed", [0, 5])
def test_recipes_keep_every_letter_and_digit(recipe: str, seed: int) -> None:
    """Page numbers (own lines), kashida junk ("**") and bidi controls are what recipes add;
    none of them is a letter or a digit once the page-number lines are set aside."""
    s = scramble(TEXT, recipe, seed=seed)
    assert _kept("\n".join(_body(s.text))) == _kept(TEXT)


@pytest.mark.parametrize("recipe", sorted(RECIPES))
def test_pages_end_with_their_number_and_a_form_feed(recipe: str) -> None:
    lines = scramble(TEXT, recipe, seed=2, width=40).text.split("\n")
    numbers = [ln for ln in lines if _PAGE_NUMBER.match(ln)]
    assert numbers and numbers[-1] == lines[-2]  # the text ends after its last page number
    assert [int(n[:-1]) for n in numbers] == list(
        range(int(numbers[0][:-1]), int(numbers[0][:-1]) + len(numbers))
    )


def test_a_recipe_without_pages_prints_only_the_lines() -> None:
    s = scramble(TEXT, Recipe("visual_order", pages=False), seed=0, width=60)
    assert s.ops == ["visual_order", "wrap(width=60)"]
    assert all(0 < len(ln) <= 60 for ln in s.text.rstrip("\n").split("\n"))


@pytest.mark.parametrize(
    ("recipe", "present", "absent"),
    [
        ("pdftotext", "\u202b", ""),
        ("pdftotext-stripped", "", "\u202a\u202b\u202c"),
        ("pdftotext-noto", "**", ""),
        ("pdfplumber", "ةيسايسلا", "\u202b"),  # letters backwards
    ],
)
def test_recipes_leave_their_marks(recipe: str, present: str, absent: str) -> None:
    text = scramble(TEXT, recipe, seed=4).text
    assert present in text
    assert not set(absent) & set(text)


def test_the_vowelled_recipe_cuts_visual_lines_into_embedded_pieces_end_first() -> None:
    vowelled = (
        "ذَهَبَ الطُّلَّابُ إِلَى الْمَكْتَبَةِ فِي الصَّبَاحِ الْبَاكِرِ لِيَقْرَؤُوا الْكُتُبَ "
        "الْجَدِيدَةَ، وَجَلَسَ الْمُعَلِّمُ بَيْنَهُمْ يَشْرَحُ الدَّرْسَ بِصَوْتٍ هَادِئٍ"
    )
    whole = scramble(vowelled, "pdftotext", seed=4, width=50)
    cut = scramble(vowelled, "pdftotext-vowelled", seed=4, width=50)
    pieces = _body(cut.text)
    assert len(pieces) > len(_body(whole.text))
    assert all(p.startswith("\u202b") and p.endswith("\u202c") for p in pieces)
    # each visual line's pieces come last first: the text's first word opens no line
    assert not pieces[0].startswith("\u202bذَهَبَ ")
    assert _kept("\n".join(pieces)) == _kept(vowelled)


def test_a_stripped_vowelled_recipe_cuts_lines_read_in_the_stripped_order() -> None:
    # pdftotext without its controls: each visual line is read in the stripped order (its
    # comma typed against the next word) before it is cut at stacked marks
    vowelled = (
        "ذَهَبَ الطُّلَّابُ إِلَى الْمَكْتَبَةِ فِي الصَّبَاحِ الْبَاكِرِ لِيَقْرَؤُوا الْكُتُبَ "
        "الْجَدِيدَةَ، وَجَلَسَ الْمُعَلِّمُ بَيْنَهُمْ يَشْرَحُ الدَّرْسَ بِصَوْتٍ هَادِئٍ"
    )
    cut = scramble(vowelled, RECIPES["pdftotext-vowelled-stripped"], seed=4, width=50)
    pieces = _body(cut.text)
    assert not any(set("\u202a\u202b\u202c\u202d\u202e") & set(p) for p in pieces)
    assert "،" in "".join(pieces)
    assert "، " not in "\n".join(pieces)
    assert not pieces[0].startswith("ذَهَبَ ")
    assert _kept("\n".join(pieces)) == _kept(vowelled)
