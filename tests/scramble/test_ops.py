"""Forward scramble operations: each line order and each kind of character damage, run on
lines of Arabic academic prose written for these tests."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from araseclit.charsets import ARABIC_LETTER
from araseclit.repair.flip import flip_word
from araseclit.scramble import TYPING_VARIANTS, ops, typing_variant
from araseclit.scramble.layout import paragraph_levels

LRE, RLE, PDF = "\u202a", "\u202b", "\u202c"
CONTROLS = str.maketrans("", "", LRE + RLE + PDF)

# logical lines, each laid out as a paragraph of its own
YEAR = "بعد عام 2003: من"
CITED = "وتركيا (Hiltermann, 2017: 88)."
NAMES = "يرى Owen and Salih أن الدولة"
PLAIN = "نص عربي فقط، وكلمة."
LATIN = "The state and society"
LINES = [YEAR, CITED, NAMES, PLAIN, LATIN, "انظر الجدول 4، ص 12 من التقرير"]


def _levels(text: str) -> tuple[int, ...]:
    return tuple(paragraph_levels(text))


def _letters(text: str) -> Counter[str]:
    """Arabic letters, digits and Latin letters: what no line order may add or drop."""
    return Counter(ch for ch in text if ch.isalnum())


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (YEAR, "نم :2003 ماع دعب"),
        (CITED, ".)Hiltermann, 2017: 88( ايكرتو"),
        (NAMES, "ةلودلا نأ Owen and Salih ىري"),
        (PLAIN, ".ةملكو ،طقف يبرع صن"),
        (LATIN, LATIN),
    ],
)
def test_visual_order_reverses_arabic_and_keeps_latin_and_digit_runs(
    line: str, expected: str
) -> None:
    assert ops.visual_order(line, _levels(line)) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (YEAR, ": من2003بعد عام "),
        (CITED, ").Hiltermann, 2017: 88وتركيا ("),
        (NAMES, " أن الدولةOwen and Salihيرى "),
        (PLAIN, PLAIN),  # one right-to-left run: nothing to reorder
    ],
)
def test_run_order_gives_runs_last_to_first_each_in_logical_order(line: str, expected: str) -> None:
    assert ops.run_order(line, _levels(line)) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (YEAR, f"{RLE}بعد عام {LRE} :2003{PDF}من{PDF}"),
        (CITED, f"{RLE}وتركيا ({LRE}.)Hiltermann, 2017: 88{PDF}{PDF}"),
        (PLAIN, f"{RLE}نص عربي فقط{LRE} ،{PDF}وكلمة{LRE}.{PDF}{PDF}"),
    ],
)
def test_embedded_order_wraps_the_line_in_rle_and_each_stretch_in_lre(
    line: str, expected: str
) -> None:
    assert ops.embedded_order(line, _levels(line)) == expected


@pytest.mark.parametrize("line", LINES)
def test_stripped_order_is_embedded_order_without_its_controls(line: str) -> None:
    levels = _levels(line)
    stripped = ops.stripped_order(line, levels)
    assert stripped == ops.embedded_order(line, levels).translate(CONTROLS)
    assert not set(stripped) & {LRE, RLE, PDF}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (CITED, "وتركيا )88 :2017 ,Hiltermann(."),
        (YEAR, "بعد عام :2003 من"),
        (NAMES, "يرى Salih and Owen أن الدولة"),
        (PLAIN, PLAIN),
        (LATIN, LATIN),
        # pypdfium2's own output of corpora/clean/abstract_social_science (LibreOffice
        # Amiri), brackets aside: hyphenated parts turned, a run from Greek beta, "<" turned
        ("تصميمًا مختلطًا (mixed-methods design) جمع", "تصميمًا مختلطًا )design methods-mixed( جمع"),
        ("التوازن (β = -0.27، p < 0.01)، وأن", "التوازن )0.01 > p -0.27، = β(، وأن"),
    ],
)
def test_island_order_turns_latin_runs_and_number_punctuation(line: str, expected: str) -> None:
    assert ops.island_order(line, _levels(line)) == expected


@pytest.mark.parametrize(
    "order",
    [ops.visual_order, ops.run_order, ops.embedded_order, ops.stripped_order, ops.island_order],
)
@pytest.mark.parametrize("line", LINES)
def test_line_orders_move_characters_but_never_add_or_drop_them(order, line: str) -> None:
    assert _letters(order(line, _levels(line))) == _letters(line)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الأمن", "األمن"),
        ("لا يعد", "ال يعد"),
        ("الإسلام", "اإلسالم"),  # two ligatures in one word
        ("الآن", "اآلن"),
        ("كتاب الدولة", "كتاب الدولة"),  # no lam-alef
    ],
)
def test_swap_lam_alef(text: str, expected: str) -> None:
    assert ops.swap_lam_alef(text) == expected


def test_kashida_junk_goes_after_joining_letters_inside_words_only() -> None:
    text = "الدولة والمجتمع المدني"
    assert ops.insert_kashida_junk(text, random.Random(0), "**", 1.0) == (
        "ال**دول**ة وال**م**ج**ت**م**ع ال**م**دن**ي"
    )


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("rate", [0.0, 0.3, 1.0])
def test_kashida_junk_is_seeded_and_removable(seed: int, rate: float) -> None:
    text = "تؤدي المنظمات غير الحكومية دورًا في بناء الثقة (Dodge, 2020: 56)."
    junk = ops.insert_kashida_junk(text, random.Random(seed), "**", rate)
    assert junk == ops.insert_kashida_junk(text, random.Random(seed), "**", rate)
    assert junk.replace("**", "") == text
    assert (junk == text) == (rate == 0.0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("كان دورًا مهمًا أيضًا", "كان دور ًا مهم ًا أيض ًا"),
        ("جديدٌ ومهمٍ", "جديدٌ ومهمٍ"),  # only tanween fath with its alef
    ],
)
def test_detach_tanween(text: str, expected: str) -> None:
    assert ops.detach_tanween(text) == expected


def test_detach_tanween_parts_a_share_of_the_words_drawn_word_by_word() -> None:
    # Amiri renditions part about half of them, and the same word one way here, the other there
    line = " ".join(["كان دورًا مهمًا أيضًا"] * 20)
    out = ops.detach_tanween(line, random.Random(5), 0.5)
    parted = out.count(" ًا")
    assert 15 < parted < 45
    assert "دور ًا" in out and "دورًا" in out
    assert ops.detach_tanween(line, random.Random(5), 0.0) == line
    with pytest.raises(ValueError):
        ops.detach_tanween(line, None, 0.5)


def test_reverse_letters_turns_the_letters_between_marks_and_keeps_one_choice_per_form() -> None:
    # pypdfium2's own output of Chromium renditions (corpora/clean): the letters between two
    # marks reversed, each mark left after its stretch, not each letter with its marks
    forms: dict[str, bool] = {}
    out = ops.reverse_letters("تُقرّب مقارنةً الدولة وَفِيرًا تُقرّب", random.Random(0), 1.0, forms)
    assert out == "تُرقّب ةنراقمً ةلودلا وَفِريًا تُرقّب"
    assert forms == {"تُقرّب": True, "مقارنةً": True, "الدولة": True, "وَفِيرًا": True}
    assert ops.reverse_letters("جديدًا الدولة", random.Random(0), 0.0, {}) == "جديدًا الدولة"


def test_reverse_letters_is_undone_by_the_turning_repair_prefers() -> None:
    # the forward op and repair's turning (repair.flip, the word model against its prior)
    # agree on marked words, where the two turnings differ
    for word in ("توقّفنا", "مقارنةً", "فاعلًا", "تُقرّب", "الرَّافِدَيْنِ", "مستقلًا"):
        raw = ops.reverse_letters(word, random.Random(0), 1.0, {})
        assert raw != word
        assert flip_word(raw) == word


def test_mirror_brackets() -> None:
    assert ops.mirror_brackets("(نص) [ص 3] «المصدر»") == ")نص( ]ص 3[ »المصدر«"


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "comma_against_next",
            "قال الباحث، ثم أضاف. وفي عام 2003؛ انتهت",
            "قال الباحث ،ثم أضاف .وفي عام 2003 ؛انتهت",
        ),
        (
            "punct_against_both",
            "قال الباحث، ثم أضاف. وفي عام 2003، انتهت",
            "قال الباحث،ثم أضاف.وفي عام 2003، انتهت",
        ),
        ("space_before_punct", "قال الباحث، ثم أضاف: نعم.", "قال الباحث ، ثم أضاف : نعم ."),
        ("space_before_punct", "بعد عام 2003، ثم", "بعد عام 2003، ثم"),  # not after a digit
        ("year_suffix", "بين عام 2003 و1990", "بين عام 2003م و1990م"),
        ("year_suffix", "(Dodge, 2012: 45) في 1850", "(Dodge, 2012: 45) في 1850"),
        ("eastern_digits", "عام 2003: 45", "عام ٢٠٠٣: ٤٥"),
    ],
)
def test_typing_variants(name: str, text: str, expected: str) -> None:
    assert typing_variant(text, name) == expected
    assert TYPING_VARIANTS[name](text) == expected


#: Arabic letters a typing variant adds (a new variant must say which here)
ADDED = {
    "comma_against_next": "",
    "punct_against_both": "",
    "space_before_punct": "",
    "year_suffix": "م",  # after 2003, not after the cited 2011 (its page follows)
    "eastern_digits": "",
}


@pytest.mark.parametrize("name", sorted(TYPING_VARIANTS))
def test_typing_variants_add_no_arabic_letter_but_a_calendar_suffix(name: str) -> None:
    text = "شهدت البلاد عام 2003، تحولًا واضحًا؛ إذ قال الباحث: نعم (الجبوري، 2011: 143)."
    arabic = re.compile(f"[{ARABIC_LETTER}]")
    before, after = (
        Counter(arabic.findall(text)),
        Counter(arabic.findall(typing_variant(text, name))),
    )
    assert (after - before, before - after) == (Counter(ADDED[name]), Counter())


def test_unknown_typing_variant_is_an_error() -> None:
    with pytest.raises(KeyError):
        typing_variant("نص", "no_such_habit")
