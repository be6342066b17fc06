"""The scorer of clean Arabic prose: which of two readings of a line it prefers, by how much,
and that :meth:`TextScorer.gain` scores only where two readings differ without changing the
answer. Lines written for these tests; scrambled forms come from the forward model."""

from __future__ import annotations

import math

import pytest

from araseclit.scramble import ops
from araseclit.scramble.layout import paragraph_levels
from araseclit.textmodel.scorer import (
    PERSIAN_SHARE,
    TextScorer,
    default_scorer,
    persian_share,
    reading,
)

CITED = [
    "تركيا (Hiltermann, 2017: 88).",
    "ويرى الباحث أن الدولة ضعيفة (Dodge, 2012: 45).",
    "بعد عام 2003: صار الشيوخ وسطاء (الجبوري، 2011: 143).",
]
# a line longer than the context gain() scores on each side of an edit (40 characters)
LONG = (
    "شهدت المحافظات الجنوبية بعد عام 2003 تحولًا واضحًا في علاقة العشائر بالأحزاب "
    "السياسية، إذ صار شيوخها وسطاء لا غنى عنهم في الانتخابات المحلية، وتبحث هذه الدراسة "
    "في بنية الوساطة العشائرية ودورها في احتواء النزاعات المسلحة بين عامي 2006 و2008 في "
    "المحافظات الجنوبية كلها."
)


@pytest.fixture(scope="module")
def scorer() -> TextScorer:
    return default_scorer()


@pytest.mark.parametrize(
    "word", ["وأشار", "الدراسة", "المجتمع", "العراقية", "الانتخابات", "السياسية"]
)
def test_forward_words_beat_their_reversal(scorer: TextScorer, word: str) -> None:
    assert scorer.gain(word, word[::-1]) < -15.0  # observed -19 (وأشار) to -41


PERSIAN = (
    "کمیته امداد گزارش داد که گروه‌های مسلح در استان دیاله راه‌ها را بستند و "
    "خانواده‌های آواره به اردوگاه‌های موقت پناه بردند. نمایندگان مجلس از دولت "
    "خواستند که برای نگهداری پل‌ها و تأمین آب آشامیدنی بودجه بیشتری اختصاص دهد."
)


@pytest.mark.parametrize("word", ["در", "برای", "بردند", "کمیته", "نگهداری", "دموکرات"])
def test_in_a_persian_text_persian_words_beat_their_reversal(word: str) -> None:
    # the Arabic list alone takes "در" for a reversed "رد" and "موقت" for "تقوم"
    assert persian_share(PERSIAN) >= PERSIAN_SHARE
    with reading(PERSIAN):
        assert default_scorer().gain(word, word[::-1]) < -3.0


def test_an_arabic_text_is_not_read_as_persian() -> None:
    assert persian_share(LONG) < PERSIAN_SHARE
    assert persian_share(LONG[::-1]) == persian_share(LONG)  # the same in visual order
    with reading(LONG):
        assert default_scorer().arabic.also is None


def test_clean_persian_prose_is_left_alone() -> None:
    from araseclit.repair import repair_text

    assert repair_text(PERSIAN).split() == PERSIAN.split()  # it read 5 of 38 words reversed


@pytest.mark.parametrize(
    "order", [ops.visual_order, ops.run_order, ops.stripped_order, ops.island_order]
)
@pytest.mark.parametrize("line", CITED)
def test_logical_citations_beat_their_extractor_orders(
    scorer: TextScorer, order, line: str
) -> None:
    scrambled = order(line, tuple(paragraph_levels(line)))
    assert scorer.gain(line, scrambled) < -20.0  # observed -26 (stripped) to -169


@pytest.mark.parametrize(
    ("clean", "worse"),
    [
        ("كلمة، كلمة", "كلمة ،كلمة"),
        ("تناولت الدراسة الأحزاب، والعشائر", "تناولت الدراسة الأحزاب ،والعشائر"),
        ("في بنية", "فيبنية"),
        ("تبحث الدراسة في بنية الدولة العراقية", "تبحث الدراسة فيبنية الدولة العراقية"),
    ],
)
def test_punctuation_after_its_word_and_known_words_apart(
    scorer: TextScorer, clean: str, worse: str
) -> None:
    assert scorer.gain(clean, worse) < -5.0  # observed -8.1 to -10.7


@pytest.mark.parametrize(
    "line",
    ["بلدًا", "أصبح العراق بلدًا مستقلًا عام 1932.", "جعل الملك منها بلدًا قويًا في المنطقة"],
)
def test_two_real_words_one_swap_apart_are_close(scorer: TextScorer, line: str) -> None:
    """بلدًا and بدلًا are both words: the scorer may lean to the commoner one (observed
    +2.7 nats for بدلًا), but by far less than it charges a word read backwards (> 15)."""
    assert abs(scorer.gain(line, line.replace("بلدًا", "بدلًا"))) < 4.0


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("السياسية، إذ", "السياسية ،إذ"),
        ("في بنية", "فيبنية"),
        ("الوساطة", "ةطاسولا"),
        ("بالأحزاب", "باألحزاب"),
        ("عام 2003", "عام 3002"),
        ("تحولًا", "تحول ًا"),
    ],
)
def test_gain_is_the_difference_of_whole_line_scores(
    scorer: TextScorer, old: str, new: str
) -> None:
    assert old in LONG
    edited = LONG.replace(old, new, 1)
    full = scorer.score(edited) - scorer.score(LONG)
    assert scorer.gain(LONG, edited) == pytest.approx(full, abs=1e-6)
    assert scorer.gain(edited, LONG) == pytest.approx(-full, abs=1e-6)


def test_gain_of_a_line_against_itself_is_zero(scorer: TextScorer) -> None:
    assert scorer.gain(LONG, LONG) == 0.0


def test_quality_tells_clean_words_from_reversed_ones(scorer: TextScorer) -> None:
    clean = scorer.quality(LONG)
    reversed_words = scorer.quality(" ".join(w[::-1] for w in LONG.split()))
    assert clean.words == reversed_words.words == 40
    assert clean.known_share == 1.0 and reversed_words.known_share < 0.5  # observed 0.275


@pytest.mark.parametrize("word", ["ب" * 200, "x" * 200, "المنظمات" * 40])
def test_a_word_of_hundreds_of_letters_has_a_finite_score(scorer: TextScorer, word: str) -> None:
    # its letter probability underflows to 0.0 as a float: the score is taken in log space
    model = scorer.latin if word.isascii() else scorer.arabic
    logp = model.logp(word)
    assert -1e6 < logp < model.logp(word[:20])
    assert math.isfinite(scorer.gain(f"في {word} الدراسة", f"في {word[::-1]} الدراسة"))


def test_a_line_scores_as_its_structure_words_and_pairs(scorer: TextScorer) -> None:
    """The score is the sum the module docstring gives: the structure string, each Arabic
    word that has no symbol of its own (a common word, a calendar suffix after its year and
    a lifted tanween are priced by the structure model alone), each Latin word, the pairs."""
    from araseclit.textmodel.tokens import structure, tokenize

    line = "وفي عام 2019م أعلنت بعثة UNAMI عن برنامج ً جديد لدعم النازحين في الموصل."
    tokens = tokenize(line)
    words = sum(scorer.token_logp(t, tokens[i - 1] if i else None) for i, t in enumerate(tokens))
    assert scorer.pairs is not None
    expected = scorer.structure_model.score(structure(line)) + words
    expected += scorer.pairs.score_tokens(tokens)
    assert scorer.score(line) == pytest.approx(expected, abs=1e-9)
    # the common word and the suffix add nothing of their own, the names do
    assert scorer.token_logp(next(t for t in tokens if t.text == "في")) == 0.0
    suffix = next(i for i, t in enumerate(tokens) if t.text == "م")
    assert scorer.token_logp(tokens[suffix], tokens[suffix - 1]) == 0.0
    assert scorer.token_logp(next(t for t in tokens if t.text == "UNAMI")) < 0.0
