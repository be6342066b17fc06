"""Properties of repair on generated input: nothing Arabic or numeric is lost or invented,
every raw line maps to exactly one :class:`Line`, and clean text is a fixed point."""

from __future__ import annotations

import re
from collections import Counter

import wordfreq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from araseclit.charsets import ARABIC_LETTER
from araseclit.repair import repair_lines, repair_text

ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى"
_PLAIN_WORD = re.compile(f"[{ARABIC_LETTER}]{{2,}}")
#: clean sentences draw from wordfreq's 20,000 commonest Arabic words: with a list of 19, one
#: word repeated with full stops after a preposition (the strict xfail below) came up often
#: enough to make the property flaky between runs
WORDS = tuple(w for w in wordfreq.top_n_list("ar", 20000) if _PLAIN_WORD.fullmatch(w))
PUNCT = [*list("().،:؛«»[]-%"), ". ", "، "]

arabic_word = st.text(alphabet=ARABIC, min_size=1, max_size=8)
latin_word = st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True)
number = st.integers(min_value=0, max_value=2030).map(str)
token = st.one_of(arabic_word, arabic_word, latin_word, number, st.sampled_from(PUNCT))
raw_line = st.lists(token, max_size=14).map(lambda ts: " ".join(ts))
raw_text = st.lists(
    st.one_of(raw_line, raw_line, st.just(""), number, st.just("\f" + "مجلة 6202")),
    min_size=1,
    max_size=12,
).map("\n".join)


def _kept(text: str) -> Counter[str]:
    return Counter(ch for ch in text if ch in ARABIC or (ch.isascii() and ch.isdigit()))


@settings(
    max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(raw_text)
def test_no_arabic_letter_or_digit_is_dropped_or_invented(raw: str) -> None:
    result = repair_lines(raw)
    assert _kept("".join(ln.text for ln in result.lines)) == _kept(raw)


@settings(max_examples=80, deadline=None, derandomize=True)
@given(raw_text)
def test_every_raw_line_becomes_one_line(raw: str) -> None:
    result = repair_lines(raw)
    assert [ln.line for ln in result.lines] == list(range(1, raw.count("\n") + 2))
    assert [ln.raw for ln in result.lines] == raw.split("\n")
    pages = [ln.page for ln in result.lines]
    assert all(p is None or p >= 1 for p in pages)
    if "\f" in raw:
        assert pages == sorted(pages)
    assert 0.0 <= result.score <= 1.0
    assert all(0.0 <= ln.score <= 1.0 for ln in result.lines)


sentence = st.lists(st.sampled_from(WORDS), min_size=4, max_size=12).map(" ".join)
citation = st.tuples(
    st.sampled_from(["الحميد", "Dodge", "Al-Ansari et al.", "بوزان، عن الخفاجي"]),
    st.integers(1990, 2025),
    st.integers(1, 300),
).map(lambda t: f" ({t[0]}، {t[1]}: {t[2]})")
clean_sentence = st.tuples(sentence, st.one_of(st.just(""), citation)).map(
    lambda t: t[0] + t[1] + "."
)
clean_paragraph = st.lists(clean_sentence, min_size=1, max_size=4).map(" ".join)
clean_text = st.lists(clean_paragraph, min_size=1, max_size=4).map("\n\n".join)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(clean_text)
def test_clean_logical_text_is_unchanged(text: str) -> None:
    assert repair_text(text) == text


def test_a_line_of_one_repeated_word_is_left_alone() -> None:
    # a one-line text of one word repeated, full stops after 'في': the stripped order's
    # reading ('في .الأمن') gains the same on every repeat, and repetition must not buy it
    # the document (found by hypothesis)
    text = "الأمن الأمن الأمن في. الأمن الأمن الأمن في. الأمن الأمن الأمن الأمن."
    assert repair_text(text) == text


def test_two_words_repeated_with_stops_after_a_preposition_are_left_alone() -> None:
    # the hypothesis example test_clean_logical_text_is_unchanged met in full runs
    text = "موقع موقع موقع في. في في في موقع موقع في. في في في في."
    assert repair_text(text) == text


def test_near_repeated_lines_with_stops_after_a_preposition_are_left_alone() -> None:
    # the hypothesis example of test_clean_logical_text_is_unchanged met in full runs of
    # tests/repair: three near-repeated lines each read by the stripped order as
    # 'الرئيس في .في'; one line shape and one word pair must not buy the document order
    text = (
        "في في في في.\n\nموقع واحدة الرئيس في. في في في في.\n\n"
        "من موقع واحدة الرئيس في. في في في في.\n\nمن موقع واحدة الرئيس في. في في في في."
    )
    assert repair_text(text) == text
