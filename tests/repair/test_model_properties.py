"""Properties of the scoring repair on generated prose with a large vocabulary.

Sentences are drawn from wordfreq's 20,000 commonest Arabic words (forms of Arabic letters
only; word salad, so word order tells the scorer nothing) with years, counted nouns, tanween
adverbs, Latin glosses and author-date citations in Latin and Arabic script where a paper
has them. Clean text must come back as it is, typed with any habit of clean text too; a
forward scramble must come back close to its source. Every test also runs on ``PAPER``, a
realistic text written for these tests, as an explicit example.

Examples are derandomised (the same every run) so that the bounds and strict xfails below
hold or fail deterministically; the scramble test does not shrink (each example repairs a
whole document).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
import wordfreq
from hypothesis import HealthCheck, Phase, assume, example, given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein

from araseclit.charsets import ARABIC_LETTER
from araseclit.repair import repair_text
from araseclit.scramble import TYPING_VARIANTS, scramble, typing_variant

_PLAIN_WORD = re.compile(f"[{ARABIC_LETTER}]{{2,}}")
_LETTER_OR_DIGIT = re.compile(f"[{ARABIC_LETTER}0-9]")
VOCAB = tuple(w for w in wordfreq.top_n_list("ar", 20000) if _PLAIN_WORD.fullmatch(w))
TANWEEN = ("أيضًا", "دورًا", "نظرًا", "سابقًا", "تقريبًا", "كبيرًا", "واضحًا", "جديدًا")
LATIN_NAMES = ("Hiltermann", "Dodge", "Tripp", "Batatu", "Haddad", "Zubaida", "Rogan", "Owen")
ARABIC_NAMES = ("الجبوري", "الخفاجي", "السامرائي", "العلوي", "النقيب", "الوردي", "بطاطو")
GLOSSES = ("civil society", "rentier state", "soft power", "patronage", "tribal mediation")

# six paragraphs of a paper (written for these tests): 17-25 lines once laid out
PAPER = "\n".join(
    [
        (
            "تتناول هذه الدراسة تحولات العلاقة بين الدولة والعشائر في جنوب العراق منذ عام "
            "2003، وتسأل عن الأسباب التي جعلت الأحزاب الحاكمة تعتمد على شيوخ العشائر في ضبط "
            "الأمن وحل النزاعات. وتنطلق من فرضية مفادها أن ضعف المؤسسات الرسمية لم يكن وحده "
            "السبب، بل أسهمت فيه أيضًا حاجة الأحزاب إلى قواعد انتخابية ثابتة (Hiltermann, "
            "2017: 88)."
        ),
        (
            "وقد عرف العراق هذا النمط من الحكم غير المباشر في العهد العثماني، حين منحت "
            "السلطات المركزية شيوخ العشائر أراضي واسعة مقابل جباية الضرائب وحفظ الطرق (بطاطو، "
            "1990: 94). ثم ورثت الإدارة البريطانية هذه السياسة بعد احتلال بغداد عام 1917 "
            "(Tripp, 2007: 31)، وأصدرت نظام دعاوى العشائر الذي ظل نافذًا حتى عام 1958."
        ),
        (
            "ويرى بعض الباحثين أن الدولة الريعية (rentier state) أضعفت الحاجة إلى الوسطاء "
            "المحليين، لأن عائدات النفط أغنت الحكومة عن الضرائب وعن تعاون الأعيان (Luciani, "
            "1987: 70). غير أن الحصار الذي فُرض على العراق بين عامي 1990 و2003 أعاد إلى "
            "العشائر دورًا اقتصاديًا وأمنيًا كبيرًا، إذ عجزت الدولة عن تقديم الخدمات في "
            "الأرياف."
        ),
        (
            "وتعتمد الدراسة على 36 مقابلة أجريت في محافظات البصرة وميسان وذي قار بين عامي "
            "2019 و2021، وعلى تقارير منظمات دولية ومحلية. وقد اختير المشاركون من ثلاث فئات: "
            "شيوخ العشائر، وموظفو الإدارات المحلية، وناشطون في منظمات المجتمع المدني (civil "
            "society)."
        ),
        (
            "وتبين النتائج أن الوساطة العشائرية ما زالت أداة مفضلة لحل النزاعات على الأراضي "
            "والمياه، وأن القضاة أنفسهم يحيلون بعض القضايا إلى المجالس العشائرية (الجبوري، "
            "2011: 143). لكن هذه الوساطة لا تخلو من كلفة، فهي تكرس عدم المساواة بين العشائر "
            "الكبيرة والصغيرة، وتضعف ثقة المواطنين بالقانون."
        ),
        (
            "وتخلص الدراسة إلى أن العلاقة بين الدولة والعشائر في العراق ليست علاقة صراع دائم "
            "ولا تعاون خالص، بل هي مساومة مستمرة تتغير شروطها بتغير موارد الطرفين (Dodge, "
            "2012: 45)."
        ),
    ]
)
# a chronology: five years in three sentences (with the suffix: "1921م")
YEARS = (
    "تأسست الدولة العراقية الحديثة عام 1921، وانضمت إلى عصبة الأمم عام 1932 بعد انتهاء "
    "الانتداب البريطاني. ثم سقط النظام الملكي عام 1958، وتعاقبت على الحكم حكومات عسكرية "
    "حتى تولى حزب البعث السلطة عام 1968. وبقي الحزب في الحكم خمسة وثلاثين عامًا، إلى أن "
    "أطاح به الغزو الأمريكي عام 2003."
)

year = st.integers(1900, 2025).map(str)
page = st.integers(1, 400).map(str)
word = st.sampled_from(VOCAB)
# what a clause may carry besides words, at most once: "عام 2003", "12 دولة", a tanween
# adverb, a Latin gloss after a word ("الريعية (rentier state)")
extra = st.one_of(
    st.sampled_from(TANWEEN),
    year.map(lambda y: f"عام {y}"),
    st.tuples(st.integers(2, 99), word).map(lambda t: f"{t[0]} {t[1]}"),
    st.tuples(word, st.sampled_from(GLOSSES)).map(lambda t: f"{t[0]} ({t[1]})"),
)
citation = st.one_of(
    st.tuples(st.sampled_from(LATIN_NAMES), year, page).map(lambda t: f" ({t[0]}, {t[1]}: {t[2]})"),
    st.tuples(st.sampled_from(LATIN_NAMES), year).map(lambda t: f" ({t[0]}, {t[1]})"),
    st.tuples(st.sampled_from(ARABIC_NAMES), year, page).map(
        lambda t: f" ({t[0]}، {t[1]}: {t[2]})"
    ),
    st.tuples(st.sampled_from(ARABIC_NAMES), year).map(lambda t: f" ({t[0]}، {t[1]})"),
)


@st.composite
def clause(draw: st.DrawFn) -> str:
    words = draw(st.lists(word, min_size=3, max_size=9, unique=True))
    more = draw(st.one_of(st.none(), extra))
    if more:
        words.insert(draw(st.integers(1, len(words))), more)
    return " ".join(words)


@st.composite
def sentence(draw: st.DrawFn) -> str:
    """Clauses joined by "، " "؛ " ": ", a citation (one in three) and a full stop."""
    text = draw(clause())
    for _ in range(draw(st.integers(0, 2))):
        text += draw(st.sampled_from(["، ", "، ", "؛ ", ": "])) + draw(clause())
    return text + draw(st.one_of(st.just(""), st.just(""), citation)) + "."


paragraph = st.lists(sentence(), min_size=1, max_size=4, unique=True).map(" ".join)


def document(paragraphs: int, most: int) -> st.SearchStrategy[str]:
    """``paragraphs`` to ``most`` different paragraphs, one per line (as :func:`scramble`
    takes them)."""
    return st.lists(paragraph, min_size=paragraphs, max_size=most, unique=True).map("\n".join)


def cer(got: str, clean: str) -> float:
    """Character error rate of ``got`` against ``clean``, white space normalised."""
    a, b = " ".join(got.split()), " ".join(clean.split())
    return Levenshtein.distance(a, b) / max(1, len(b))


def lost_or_invented(got: str, clean: str) -> float:
    """Share of the clean text's Arabic letters and digits dropped, plus those added."""
    a, b = Counter(_LETTER_OR_DIGIT.findall(got)), Counter(_LETTER_OR_DIGIT.findall(clean))
    return ((a - b).total() + (b - a).total()) / max(1, b.total())


SETTINGS = settings(deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


@settings(SETTINGS, max_examples=25)
@given(document(1, 4))
@example(PAPER)
def test_clean_text_is_unchanged(text: str) -> None:
    # asserted: the same words in the same order (identical up to white space), the
    # stricter of "up to white space" and "at most 0.1% of characters changed"
    assert repair_text(text).split() == text.split()


@pytest.mark.parametrize("habit", sorted(TYPING_VARIANTS))
@settings(SETTINGS, max_examples=8)
@given(text=document(1, 3))
@example(text=YEARS)
def test_clean_text_typed_with_a_habit_is_unchanged(habit: str, text: str) -> None:
    typed = typing_variant(text, habit)
    assert repair_text(typed).split() == typed.split()


#: Largest character error rate (and share of letters and digits lost or invented) allowed
#: per document. Measured on 264-295 generated documents per recipe of 15-47 lines each:
#:   pdftotext           mean 0.16%  p90 0.7%   max 2.0%
#:   pypdfium2           mean 0.17%  p90 0.8%   max 2.8%
#:   pdfplumber          mean 0.24%  p90 0.8%   max 2.3%
#:   pdftotext-stripped  mean 0.96%  p90 2.4-3.5%  max 9.3%
#:   runs                mean 7.1%   p90 12%    max 58%  (xfail below)
#:   pypdfium2-chromium  mean 0.30%  p90 0.8%   max 1.2%  (28 documents, after the forward
#:                       model was measured against the renditions: words backwards stretch
#:                       by stretch; held to pypdfium2's bound)
#: Letters and digits lost or invented: none, but for one pdfplumber document (1.2%: a
#: citation-only line at a page foot taken for a footer). Each bound is about 1.3 to 1.7
#: times the worst document seen, so that the test fails on a new kind of failure rather
#: than on the tail of the known ones; runs is held to the bound of the other orders.
CER_BOUND = {
    "pdftotext": 0.03,
    "pypdfium2": 0.04,
    "pypdfium2-chromium": 0.04,
    "pdfplumber": 0.04,
    "pdftotext-stripped": 0.12,
    "runs": 0.04,
}
RUNS_MISREAD = pytest.mark.xfail(
    strict=True,
    reason=(
        "the runs reading misplaces neutrals at level-run boundaries: raw 'rentier). X ... "
        "(Haddad, 1991Y (' is read 'Y (Haddad, 1991) X ... .)rentier'; 31% of laid-out "
        "lines of generated text misread, median CER 6.5%"
    ),
)


def _body_lines(scrambled: str) -> int:
    return sum(1 for ln in scrambled.split("\n") if ln.strip() and not ln.strip().isdigit())


@pytest.mark.parametrize(
    "recipe",
    [pytest.param(r, marks=RUNS_MISREAD) if r == "runs" else r for r in sorted(CER_BOUND)],
)
@settings(SETTINGS, max_examples=8, phases=[Phase.explicit, Phase.generate])
@given(text=document(5, 7), seed=st.integers(0, 2**16))
@example(text=PAPER, seed=5)
def test_scrambled_text_comes_back_close(recipe: str, text: str, seed: int) -> None:
    scrambled = scramble(text, recipe, seed=seed).text
    assume(_body_lines(scrambled) >= 15)  # enough lines for the document order to show
    got = repair_text(scrambled)
    assert cer(got, text) <= CER_BOUND[recipe]
    assert lost_or_invented(got, text) <= CER_BOUND[recipe]


#: phrases of PAPER that must come back whole from every recipe (seed 0), and where they do not
PHRASES = {
    "year_before_citation": "عام 1917 (Tripp, 2007: 31)،",
    "latin_gloss": "الريعية (rentier state) أضعفت",
}
KNOWN = {
    ("year_before_citation", "runs"): (
        "the runs reading keeps a year and the Latin citation after it in one level run: "
        "'عام Tripp, 2007: 31) 1917)،'"
    ),
}


@pytest.mark.parametrize(
    ("phrase", "recipe"),
    [
        pytest.param(
            p,
            r,
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN[p, r])] if (p, r) in KNOWN else [],
        )
        for p in PHRASES
        for r in sorted(CER_BOUND)
    ],
)
def test_phrases_come_back_whole(phrase: str, recipe: str) -> None:
    assert PHRASES[phrase] in repair_text(scramble(PAPER, recipe, seed=0).text)
