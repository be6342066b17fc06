from __future__ import annotations

import math

import pytest

from araseclit.topics import npmi_coherence, topic_diversity

UNITS = [
    "المنظمات المدنية تدعم المصالحة",
    "المنظمات المدنية تراقب الحكومة",
    "الجماعات المسلحة تهدد الأمن",
    "الفساد يهدد الأمن",
]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["منظم", "مدني"], 1.0),  # always together (P = 0.5 each, joint 0.5)
        (["منظم", "مسلح"], -1.0),  # never together
        (["المنظمات", "المدنية"], 1.0),  # written forms match their stems
        # bigram P=.5, مصالحة P=.25, joint .25: log(.25 / .125) / -log(.25) = 0.5
        (["منظم مدني", "مصالح"], 0.5),
        (["الأمن", "امن"], 1.0),  # the same word written two ways
        # يهدد P=.25 with امن P=.5 -> 0.5; both pairs with an absent word -> -1
        (["يهدد", "امن", "unknown"], (0.5 - 1.0 - 1.0) / 3),
    ],
)
def test_npmi_by_hand(words: list[str], expected: float) -> None:
    assert npmi_coherence([words], UNITS)[0] == pytest.approx(expected)


def test_npmi_uses_top_n_and_skips_empty_topics() -> None:
    scores = npmi_coherence([["منظم", "مدني", "مسلح"], []], UNITS, top_n=2)
    assert scores[0] == pytest.approx(1.0)
    assert math.isnan(scores[1])


@pytest.mark.parametrize(
    ("topics", "expected"),
    [
        ([["a", "b"], ["c", "d"]], 1.0),
        ([["a", "b"], ["a", "b"]], 0.5),
        ([["امن", "وطني", "عراق"], ["امن", "منظم", "مدني"]], 5 / 6),
    ],
)
def test_topic_diversity(topics, expected) -> None:
    assert topic_diversity(topics) == pytest.approx(expected)
