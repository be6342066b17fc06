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


def _corpus_words() -> list[str]:
    clean = SAMPLE.parents[1] / "clean"
    texts = [p.read_text(encoding="utf-8") for p in sorted(clean.glob("*.txt"))]
    return " ".join(texts + _sample_lines()).split()


def test_cue_and_head_tables_read_as_their_rules() -> None:
    """word_of, head_of and the definite head are one look-up in a table of every written
    form (they are asked of every token); the table gives what the prefix rules give, on
    every word of the sample and corpora/clean and on each form behind every prefix."""
    from araseclit.tag import bodies

    words = {normalize_token(w) for w in _corpus_words()}
    for stem in {*persons._CUES, *bodies.HEADS, *bodies.DEFINITE_HEADS}:
        for prefix in ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "لل", "ولل", "وو"):
            words |= {prefix + stem, prefix + stem[2:]}
    assert {w for w in words if persons.word_of(w) != persons.word_of_rules(w)} == set()
    assert {w for w in words if bodies.head_of(w) != bodies.head_of_rules(w)} == set()
    assert {w for w in words if bodies._definite_head(w) != bodies.definite_head_rules(w)} == set()
    assert persons.word_of("وللرئيس") == "الرئيس"
    assert bodies.head_of("وبجمعيه") == ("جمعيه", "ngo")


def test_find_persons_looks_up_zipf_values_only_where_a_name_can_be(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A word's Zipf value is a hash probe in wordfreq's table: on new text, looking it up
    for every token was a third of the person finder's time. Only a listed given name, or a
    word a name may run through, is looked up; the names found are the same as when every
    value is read first."""
    words = " ".join(
        p.read_text(encoding="utf-8") for p in sorted((SAMPLE.parents[1] / "clean").glob("*.txt"))
    ).split()
    norms = [normalize_token(w) for w in words]
    punct = [not w.isalnum() for w in words]
    asked: list[str] = []
    zipf = persons.arabic_zipf

    def counting(word: str) -> float:
        asked.append(word)
        return zipf(word)

    persons.token_facts.cache_clear()
    monkeypatch.setattr(persons, "arabic_zipf", counting)
    found = persons.find_persons(norms, punct, set(), {}, words)
    distinct = len(set(zip(norms, words, strict=True)))
    assert found
    assert len(set(asked)) < distinct / 5, (len(set(asked)), distinct)

    def eager(norms: list[str], raw: list[str], capped: bool = False) -> list[float]:
        of = persons.token_cap if capped else persons.token_zipf
        return [of(n, w) for n, w in zip(norms, raw, strict=True)]

    # every value read up front, as a list: the same names
    lazy = persons._Zipfs(norms, words, capped=True)
    assert lazy[:] == eager(norms, words, capped=True)
    assert lazy[-1] == eager(norms, words, capped=True)[-1]
    monkeypatch.setattr(persons, "_Zipfs", eager)
    assert persons.find_persons(norms, punct, set(), {}, words) == found
