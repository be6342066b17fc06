"""Per-word and per-line work done once, not once per token or per line (issue 12).

tag.persons worked out a dozen facts per token (its Zipf value, whether it is a future verb, a
prefixed word, a common noun...) through uncached helpers, for every token of every document:
the tagger's largest cost. claims.detect.references_start normalised every line of a document
to find a references heading, sentences and paragraphs included.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import araseclit.claims.detect as detect
from araseclit.claims.patterns import HEADING_LETTERS, REFERENCES_HEADING
from araseclit.normalize import normalize_token
from araseclit.tag import persons

SAMPLE = Path(__file__).resolve().parents[2] / "corpora" / "sample" / "sources"
#: the longest heading REFERENCES_HEADING takes, and others, as they are written
HEADINGS = (
    "قائمة الهوامش والمصادر",
    "٣) قائمة المصادر والمراجع :",
    "المَراجِع",
    "المصـــادر",
    "References",
    "Works cited",
)


def _sample_lines() -> list[str]:
    return [
        line
        for path in sorted(SAMPLE.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]


def test_longest_heading_has_the_bound_s_letters() -> None:
    longest = normalize_token(HEADINGS[0])
    assert REFERENCES_HEADING.fullmatch(longest)
    assert sum(c.isalpha() for c in longest) == HEADING_LETTERS


@pytest.mark.parametrize("heading", HEADINGS)
def test_references_start_finds_each_heading(heading: str) -> None:
    text = "تناولت الدراسة دور المنظمات في العراق بعد عام 2003.\n" + heading + "\nدودج، توبي.\n"
    assert detect.references_start(text) == text.index(heading) + len(heading) + 1


def test_references_start_normalises_only_lines_short_enough_for_a_heading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines = _sample_lines()
    text = "\n".join([*lines, HEADINGS[0], "دودج، توبي (2012)."])
    normalised: list[str] = []

    def counting(token: str) -> str:
        normalised.append(token)
        return normalize_token(token)

    monkeypatch.setattr(detect, "normalize_token", counting)
    assert detect.references_start(text) == text.index(HEADINGS[0]) + len(HEADINGS[0]) + 1
    long = [t for t in normalised if sum(c.isalpha() for c in t) > 2 * HEADING_LETTERS]
    assert not long, f"{len(long)} sentences normalised, as: {long[0][:40]}"


def test_find_persons_works_each_word_out_once() -> None:
    words = " ".join(_sample_lines()).split()
    norms = [normalize_token(w) for w in words]
    persons.token_facts.cache_clear()
    for _ in range(2):  # a second document of the same words works nothing out again
        persons.find_persons(norms, [not w.isalnum() for w in words], set(), {}, words)
    assert persons.token_facts.cache_info().misses == len(set(zip(norms, words, strict=True)))


def test_person_word_caches_fit_a_worker() -> None:
    """Per-word caches of 65536 entries held ~160 MB per worker process when full."""
    sizes = [f.cache_info().maxsize for f in vars(persons).values()
             if hasattr(f, "cache_info") and f.__module__ == persons.__name__
             and f.cache_info().maxsize]  # fmt: skip
    assert sizes
    assert max(sizes) <= 32768


def test_find_persons_looks_up_a_word_s_other_forms_only_where_a_name_can_be() -> None:
    """Whether a word is rare enough to be a third name, and whether it may start a name with
    no cue, are read from its other forms (a future verb's stem, a prefixed word's, a noun's
    articled and feminine forms): on text of new words, doing so for every word was most of
    the person finder's time. Only a word after a two-word name, or a name word, is asked."""
    clean = SAMPLE.parents[1] / "clean"
    words = " ".join(p.read_text(encoding="utf-8") for p in sorted(clean.glob("*.txt"))).split()
    norms = [normalize_token(w) for w in words]
    for cached in (persons.third_name_word, persons._may_start_uncued, persons.common_noun):
        cached.cache_clear()
    found = persons.find_persons(norms, [not w.isalnum() for w in words], set(), {}, words)
    distinct = len(set(zip(norms, words, strict=True)))
    assert found  # the texts name people, so the checks were needed somewhere
    assert distinct > 2000
    assert persons.third_name_word.cache_info().misses < distinct / 50
    assert persons._may_start_uncued.cache_info().misses < distinct / 20
    assert persons.common_noun.cache_info().misses < distinct / 20
