"""The stripped-embedding order: a stretch with no Arabic letter, printed in display order
once a tool dropped its bidi controls, is read back in logical order; the readings tried
for one stretch stay few however many brackets and spaces lead it."""

from __future__ import annotations

import pytest

from araseclit.repair import repair_text
from araseclit.repair.stretches import MAX_OUTSIDE, read_stretches, stretch_readings
from araseclit.scramble import scramble
from araseclit.textmodel.scorer import default_scorer
from tests_support import best_cpu_seconds_alternating


@pytest.mark.parametrize(
    ("stretch", "logical"),
    [
        (" :2003", "2003: "),  # "بعد عام  :2003من" is "بعد عام 2003: من"
        (" (.)Hiltermann, 2017: 88", " (Hiltermann, 2017: 88)."),
        # a Qur'anic quotation's closing ornate parenthesis stays outside the embedding of
        # the comma after it, like a bracket (Chromium, XeLaTeX): "الْجُنُبِ ﴾ ،والجار" is
        # "الْجُنُبِ﴾، والجار"
        (" \ufd3e ،", "\ufd3e، "),
        (" \ufd3e .", "\ufd3e. "),
    ],
)
def test_the_logical_reading_is_among_the_readings(stretch: str, logical: str) -> None:
    readings = stretch_readings(stretch)
    assert readings[0] == stretch
    assert any(r.split() == logical.split() for r in readings), readings


@pytest.mark.parametrize("lead", ["(" * 3000, "«" * 1500 + "(" * 1500, " " * 2000 + "(" * 5])
def test_a_flood_of_leading_brackets_gives_a_bounded_number_of_readings(lead: str) -> None:
    readings = stretch_readings(lead + ".)Dodge, 2012: 45")
    assert len(readings) <= 2 * (3 * MAX_OUTSIDE + MAX_OUTSIDE + 3)


@pytest.mark.slow
def test_a_line_flooded_with_brackets_is_repaired_in_linear_time() -> None:
    default_scorer()  # loaded once, outside the timing
    words = "تعمل المنظمات المحلية على رصد الانتهاكات".split()

    def line(n: int) -> str:
        flood = "".join("(«"[i % 2] * 50 for i in range(n // 50))
        text = " ".join(f"{words[i % len(words)]} {flood} (Dodge, 2012: {i})" for i in range(5))
        return scramble(text, "pdftotext-stripped", seed=1, width=10**7).text

    short, long = line(1000), line(4000)
    # the two lengths timed in turn, least of five each, so a change of load falls on both
    t_short, t_long = best_cpu_seconds_alternating(
        lambda: repair_text(short), lambda: repair_text(long), runs=5
    )
    assert t_long / max(t_short, 1e-3) <= 8.0  # quadratic was about 16


def test_guillemets_of_the_arabic_text_are_read_as_displayed() -> None:
    # XeLaTeX's PDFs give pdftotext guillemets that belong to the Arabic run, outside any
    # embedding, as that run displays them ("»...«"); without the controls the stretch was
    # only read back as an embedding's, which put the space on the wrong side
    # (corpora/clean/variants/news_water_conference/xelatex-amiri.pdftotext.txt, controls
    # stripped: 5.4% CER, now 1.0%)
    better = default_scorer().gain
    for line, logical in [
        ("وتُعد رواية صادق هدایت »بوف کور« التي ظهرت سنة 1936", "هدایت «بوف کور» التي"),
        # ... and one followed by a comma, which was an embedding's ("« ،" is "»، ")
        ("جمع دواوينه في »هشت کتاب« ،وتبدو قصيدته قريبة", "«هشت کتاب»، وتبدو"),
        # ... and parentheses (persian_literature, 5.7% CER, now 0.5%)
        ("ظهرت سنة 1315ش )1936م( نقطة البداية في أي حديث", "1315ش (1936م) نقطة"),
    ]:
        assert logical in read_stretches(line, better)
