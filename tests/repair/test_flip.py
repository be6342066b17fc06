"""Words reversed one by one (pypdfium2 on Chromium PDFs), turned round where the word model
(wordfreq's frequencies, a letter model on its list) finds the reverse far likelier."""

from __future__ import annotations

import pickle

import pytest

from araseclit.repair import repair_text
from araseclit.repair.flip import (
    STRETCH_PRIOR,
    Flips,
    document_turning,
    flip_clusters,
    flip_stretches,
    flip_word,
    flip_words,
)
from araseclit.repair.readings import word_flips
from araseclit.textmodel.scorer import default_scorer

# a short made-up text in the register of the corpus (logical order)
CLEAN = [
    "شهدت البلاد بعد الحرب تحولات عميقة في بنية الدولة وفي علاقتها بالمجتمع المحلي.",
    "وقد أدى انهيار المؤسسات المركزية إلى فراغ أمني واسع ملأته جماعات مسلحة متعددة.",
    "وفي هذا السياق ظهرت المنظمات غير الحكومية بوصفها فاعلًا جديدًا في الحياة العامة.",
    "ويرى بعض الباحثين أن هذا التحول لم يكن مجرد توسع في العمل الخيري التقليدي.",
    "بل كان إعادة تعريف لحدود المجال العام وللعلاقة بين الدولة والمواطنين في المدن.",
    "غير أن البيئة التي نشأت فيها هذه المنظمات كانت بيئة أمنية هشة ومتغيرة باستمرار.",
    "وتسعى هذه الدراسة إلى الإجابة عن سؤال مركزي حول دور المنظمات في بناء الاستقرار.",
    "كيف أسهمت المنظمات المدنية في تشكيل مفهوم الأمن الوطني وممارساته بعد الحرب؟",
    "وتعتمد الدراسة منهجًا وصفيًا تحليليًا يستند إلى تقارير المنظمات الدولية والمحلية.",
    "وتنطلق من فرضية مفادها أن المنظمات المدنية انتقلت من الإغاثة إلى الشراكة في الأمن.",
    "ولم تتمكن الحكومات المتعاقبة من بناء نظام فعال لحماية المواطنين في المناطق المتضررة.",
    "ومن ثم أصبح المجتمع المدني عنصرًا مركزيًا في إعادة بناء الثقة بين الدولة والمجتمع.",
]


def _scramble(word: str) -> str:
    """Reverse a word the way pypdfium2 does for some glyph runs: by form, always the same;
    punctuation after the word stays after it (``مدني.`` -> ``يندم.``), as in its output."""
    letters = word.rstrip(".،؛:؟")
    if sum(map(ord, letters)) % 2:
        return flip_word(letters) + word[len(letters) :]
    return word


@pytest.mark.parametrize(
    ("raw", "word"),
    [
        ("نمألا", "الأمن"),  # lam-alef and hamza
        ("يف", "في"),
        ("لعافًا", "فاعلًا"),  # the final tanween alef stays where it is
        ("دّرلا", "الردّ"),  # a mark travels with its letter
    ],
)
def test_flip_word(raw: str, word: str) -> None:
    assert flip_word(raw) == word


def test_word_flips_turn_round_most_backward_words() -> None:
    words = [w.strip(".؟") for line in CLEAN for w in line.split()]
    scrambled = [_scramble(w) for w in words]
    flips = word_flips(scrambled, default_scorer().arabic, document=True)
    right = sum(flip_words(s, flips) == w for s, w in zip(scrambled, words, strict=True))
    assert right >= 0.95 * len(words)
    assert right > sum(s == w for s, w in zip(scrambled, words, strict=True))


def test_word_flips_leave_the_words_of_clean_text() -> None:
    words = [w.strip(".؟") for line in CLEAN for w in line.split()]
    assert word_flips(words, default_scorer().arabic) == set()


def test_backward_words_ending_in_tanween_alef_are_judged_by_their_letters() -> None:
    """``جهنمًا`` reads ``منهجًا`` turned round with its ``ًا`` kept at the end: the model
    must judge that form, not ``امنهج``."""
    words = [w.strip(".؟") for line in CLEAN for w in line.split()]
    scrambled = [_scramble(w) for w in words]
    tanween = [(s, w) for s, w in zip(scrambled, words, strict=True) if w.endswith("ًا") and s != w]
    assert tanween  # the made-up text has backward tanween words
    flips = word_flips(scrambled, default_scorer().arabic, document=True)
    assert all(flip_words(s, flips) == w for s, w in tanween)


def test_repair_text_restores_a_word_scrambled_document() -> None:
    raw = "\n".join(" ".join(_scramble(w) for w in line.split()) for line in CLEAN * 2)
    repaired = repair_text(raw).split()
    words = " ".join(CLEAN * 2).split()
    assert len(repaired) == len(words)
    right = sum(a == b for a, b in zip(repaired, words, strict=True))
    assert right >= 0.95 * len(words)  # 304 of 312: the misses are forms whose reverse is a
    # word too (لم/مل, حول/لوح, ومن/نمو), which the word model leaves


def test_clean_text_is_not_treated_as_word_scrambled() -> None:
    text = "\n\n".join(CLEAN)
    assert repair_text(text) == text


def test_brackets_of_a_word_scrambled_document_turn_round() -> None:
    """pypdfium2 gives the opener mirrored with its space after it: ``الحكومية) NGOs )``."""
    scrambled = [" ".join(_scramble(w) for w in line.split()) for line in CLEAN * 2]
    raw = "\n".join(
        [*scrambled, "وقد ظهرت المنظمات غير الحكومية) NGOs )بوصفها جهة جديدة في الحياة العامة."]
    )
    assert "الحكومية (NGOs) بوصفها جهة" in repair_text(raw)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("وقد ظهرت المنظمات غير الحكومية) NGOs )بوصفها جهة جديدة.", "الحكومية (NGOs) بوصفها جهة"),
        ("وتستهدف الحملات سمعة الناشطين والصحفيين] 1[. ولا يقتصر الخطر", "والصحفيين [1]. ولا"),
        (
            "وأدت الشائعات إلى أعمال عنف ضد جماعات بعينها] 2، 3[. وتسعى الدراسة",
            "بعينها [2، 3]. وتسعى",
        ),
    ],
)
def test_openers_of_a_word_scrambled_document_turn_round(line: str, expected: str) -> None:
    """pypdfium2 gives an opener, round or square, mirrored with its space after it."""
    scrambled = [" ".join(_scramble(w) for w in ln.split()) for ln in CLEAN * 2]
    assert expected in repair_text("\n".join([*scrambled, line]))


# an op-ed paragraph full of short words whose reverse is a word too (كان/ناك, لا/ال, دون/نود,
# كل/لك, ولا/الو, بيتك/كتيب)
EVERY_WORD_TEXT = (
    "كان الناس في المدينة حتى عام 1990 يمشون كل يوم إلى السوق دون أن يفكروا في الطريق، ولا كان أحد "
    "يسأل عن الرصيف أو عن الظل. لا أحد كان يخرج من بيتك أو بيتي إلا ماشيًا، وكل شارع كان "
    "مكانًا للقاء الجيران دون موعد. ثم جاءت السيارات (نحو 40 ألفًا) فلم يعد أحد يمشي، ولا بقي للأطفال "
    "مكان يلعبون فيه، وكل حي صار طريقًا سريعًا لا يقف فيه أحد ولا يعرف فيه الجار جاره."
)


def test_a_document_that_gives_every_word_backwards_turns_the_ambiguous_ones_too() -> None:
    """Chromium with KacstBook, read by pypdfium2, gives every word letter by letter
    backwards. The forms whose reverse is also a word (``ناك``, ``ال``, ``نود``) stayed
    backwards: the whole document's clear forms say how likely a form is to be turned."""
    from araseclit.scramble import Recipe, scramble

    raw = scramble(EVERY_WORD_TEXT, Recipe("island_order", letters_reversed=1.0), seed=3).text
    text = " ".join(repair_text(raw).split())
    for phrase in ("كان الناس", "كل يوم", "دون أن", "ولا كان", "لا أحد", "من بيتك"):
        assert phrase in text


# vowelled words as partly vowelled prose writes them: a shadda inside, a case ending or a
# tanween at the end, a passive damma on the first letter
VOWELLED = [
    "المدرّبون",
    "وتُعدّ",
    "المدنيّين",
    "يُشكّل",
    "الموادّ",
    "محاولةً",
    "مسؤوليةٌ",
    "حمايةِ",
    "الأمنَ",
    "أنّ",
]


@pytest.mark.parametrize("word", VOWELLED)
def test_a_word_pypdfium2_turned_stretch_by_stretch_comes_back(word: str) -> None:
    """pypdfium2 reverses the letters between two marks and leaves each mark after its
    stretch (``المدرّبون`` -> ``ردملاّنوب``): turned letter by letter it stays garbled
    (``بونّالمدر``), so the word model picks the stretch-wise turning."""
    raw = flip_stretches(word)
    assert raw != word
    assert flip_word(raw) == word


@pytest.mark.parametrize("word", VOWELLED)
def test_a_word_turned_letter_by_letter_comes_back_where_that_is_the_likelier_turning(
    word: str,
) -> None:
    """The other turning (each letter keeping its marks; no extractor here was seen to
    write it, see :func:`araseclit.scramble.ops.reverse_letters`) is read where the odds say
    so: an extractor known to turn letter by letter, or letters the word model finds far
    likelier that way (``دّرلا`` above)."""
    assert flip_word(flip_clusters(word), prior=-STRETCH_PRIOR) == word


def test_a_tanween_goes_where_one_can_stand() -> None:
    """``ةنراقمً`` (pypdfium2's ``مقارنةً``) has the same letters either way; a tanween never
    stands on a word's first letter, so it is ``مقارنةً`` whatever the odds."""
    assert flip_word("ةنراقمً", prior=-STRETCH_PRIOR) == "مقارنةً"
    assert flip_word("ضارٍ", prior=-STRETCH_PRIOR) == "راضٍ"


def test_the_odds_decide_the_marks_the_letters_leave_open() -> None:
    """``لاحتُ`` is ``تُحال`` turned letter by letter or ``تحالُ`` stretch by stretch: the
    same letters, both vowellings possible. Alone it goes pypdfium2's way; a document's
    other marked words move the odds each way."""
    stretched = {flip_stretches(w) for w in VOWELLED}
    clustered = {flip_clusters(w) for w in VOWELLED}
    assert document_turning(stretched) > 0 > document_turning(clustered)
    assert flip_word("لاحتُ") == "تحالُ"
    assert flip_words("لاحتُ القضية", stretched | {"لاحتُ"}) == "تحالُ القضية"
    assert flip_word("لاحتُ", prior=-STRETCH_PRIOR) == "تُحال"


def test_each_document_reads_its_marks_with_its_own_turning() -> None:
    """Two documents with the same backward forms, one whose marked words came stretch by
    stretch and one that turned hundreds letter by letter, read line by line in turn (as
    one process's threads or a pool's workers do): ``لاحتُ`` follows each document's own
    odds, which its :class:`Flips` carry; a plain set of forms is judged on its own."""
    stretched = Flips({flip_stretches(w) for w in VOWELLED} | {"لاحتُ"})
    assert stretched.turning > 0 > Flips({flip_clusters(w) for w in VOWELLED}).turning
    clustered = Flips(stretched, turning=-2 * STRETCH_PRIOR)
    for _ in range(2):
        assert flip_words("لاحتُ القضية", stretched) == "تحالُ القضية"
        assert flip_words("لاحتُ القضية", clustered) == "تُحال القضية"
        assert flip_words("لاحتُ القضية", set(stretched)) == "تحالُ القضية"
        assert flip_words("لاحتُ القضية", set(stretched), clustered.turning) == "تُحال القضية"


def test_a_documents_flips_carry_its_turning_to_another_process() -> None:
    words = [flip_stretches(w) for w in VOWELLED] + [w for line in CLEAN for w in line.split()]
    flips = word_flips(words, default_scorer().arabic, document=True)
    assert isinstance(flips, Flips)
    assert flips.turning == document_turning(flips) > 0
    copied = pickle.loads(pickle.dumps(flips))
    assert copied == flips and copied.turning == flips.turning


def test_a_forward_vowelled_word_gains_no_turning_from_its_marks() -> None:
    """``تُحال`` as written: turned letter by letter it reads ``لاحتُ``, letters the word
    model happens to like better than ``تحال``; pypdfium2's odds judge it as ``تُلاح``, so
    turning it round gains nothing over leaving it."""
    from araseclit.textmodel.scorer import default_scorer

    model = default_scorer().arabic
    assert model.logp(flip_word("تُحال")) < model.logp("تُحال")


def test_unmarked_words_turn_as_before() -> None:
    for word in ("الأمن", "المنظمات", "فاعلًا"):
        assert flip_stretches(flip_clusters(word)) == flip_clusters(flip_clusters(word))
        assert flip_word(flip_clusters(word)) == word


VOWELLED_TEXT = [
    "وقد أصرّ المدرّبون على أنّ الأمنَ مسؤوليةٌ مشتركة بين الدولة والمجتمع المحلي.",
    "وتُعدّ هذه الدراسة محاولةً أولى لفهم دور المنظمات في حمايةِ المدنيّين بعد الحرب.",
    "ولم يُشكّل توفير الموادّ الغذائية عبئًا على الجمعيات التي عملت في المخيمات.",
]


def _scramble_stretches(word: str) -> str:
    """As :func:`_scramble`, the way pypdfium2 turns a vowelled word: stretch by stretch."""
    letters = word.rstrip(".،؛:؟")
    if sum(map(ord, letters)) % 2:
        return flip_stretches(letters) + word[len(letters) :]
    return word


def test_repair_text_restores_the_vowelled_words_of_a_pypdfium2_document() -> None:
    lines = CLEAN + VOWELLED_TEXT
    raw = "\n".join(" ".join(_scramble_stretches(w) for w in line.split()) for line in lines)
    repaired = repair_text(raw)
    for line in VOWELLED_TEXT:
        for word in line.rstrip(".").split():
            if word != _scramble_stretches(word) and any(w in word for w in "ًٌٍَُِّ"):
                assert word in repaired.split() or f"{word}." in repaired.split()
