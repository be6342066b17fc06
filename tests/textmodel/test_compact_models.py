"""The scorer loads its models from memory-mapped tables (``data/*.tab`` and the wordfreq
tables in the cache directory) instead of parsing JSON and building wordfreq's dicts. The
scores must not change by a single bit: every stored number is compared with the JSON form
it is built from, wordfreq's two lists word by word, and the two scorers' scores on real
lines and words, in the sample's template (the seed chapter, the sample's scrambled
extractions) and out of it (the clean suite's genres, third-party encyclopedic prose)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from araseclit.textmodel import frequency
from araseclit.textmodel.ngram import NgramModel
from araseclit.textmodel.pairs import WordPairs
from araseclit.textmodel.scorer import TextScorer, WordModel, default_scorer
from araseclit.textmodel.tokens import FUNCTION_WORDS, function_words

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "src" / "araseclit" / "textmodel" / "data"
SEED = REPO.parent / "shared" / "seed" / "000_4ff1dd722d5fe153.txt"
SAMPLE_VARIANTS = REPO / "corpora" / "sample" / "variants"
CLEAN = REPO / "corpora" / "clean"
WIKI = REPO / "benchmarks" / "data" / "actors_wiki" / "dev.txt"  # ARCD, CC BY-SA
NEWS = REPO / "benchmarks" / "data" / "mentions_ood" / "ntrex_no_iraq.txt"  # NTREX, CC BY-SA
_MARKUP = re.compile(r"\[\[([^|\]]*)\|[^\]]*\]\]")  # "[[العراق|state]]" -> "العراق"

pytestmark = pytest.mark.slow  # the JSON forms and wordfreq's dicts take seconds to load


def _lines(paths: list[Path], limit: int) -> list[str]:
    """The non-empty lines of ``paths`` (gold markup taken off), the first ``limit``."""
    out: list[str] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            line = _MARKUP.sub(r"\1", line).strip()
            if line and not line.startswith("==="):
                out.append(line)
    return out[:limit]


def in_domain_lines() -> list[str]:
    if not SEED.is_file():
        pytest.skip(f"shared seed chapter not found at {SEED}")
    return _lines([SEED, *sorted(SAMPLE_VARIANTS.glob("*/*.txt"))], 3000)


def out_of_domain_lines() -> list[str]:
    return _lines([*sorted(CLEAN.glob("*.txt")), WIKI, NEWS], 3000)


@pytest.fixture(scope="module")
def json_scorer() -> TextScorer:
    """The scorer as it was loaded before the tables: JSON models, wordfreq's own dicts."""
    from wordfreq import get_frequency_dict

    return TextScorer(
        NgramModel.load(DATA / "structure.json.gz"),
        WordModel(
            get_frequency_dict("ar", "best"), NgramModel.load(DATA / "letters_ar.json.gz"), True
        ),
        WordModel(
            get_frequency_dict("en", "best"), NgramModel.load(DATA / "letters_latin.json.gz"), False
        ),
        WordPairs.load(DATA / "wordpairs.json.gz"),
    )


def _bits(x: float) -> str:
    return x.hex()  # equal hex: the same double, bit for bit (-0.0 and 0.0 differ too)


@pytest.mark.parametrize("copied", [False, True])  # looked up in the table, or in dicts
@pytest.mark.parametrize("name", ["structure", "letters_ar", "letters_latin"])
def test_every_ngram_number_of_the_table_is_the_jsons(name: str, copied: bool) -> None:
    old = NgramModel.load(DATA / f"{name}.json.gz")
    new = NgramModel.load(DATA / f"{name}.tab")
    if copied:
        new.to_dicts()  # what a long run does once its lookups match the table's size
        assert isinstance(new.logp, dict) and isinstance(new.backoff, dict)
    assert (new.order, _bits(new.floor)) == (old.order, _bits(old.floor))
    assert len(new.logp) == len(old.logp) and len(new.backoff) == len(old.backoff)
    assert all(_bits(new.logp[k]) == _bits(v) for k, v in old.logp.items())
    assert all(_bits(new.backoff[k]) == _bits(v) for k, v in old.backoff.items())


def test_every_word_pair_count_of_the_table_is_the_jsons() -> None:
    old = WordPairs.load(DATA / "wordpairs.json.gz")
    new = WordPairs.load(DATA / "wordpairs.tab")
    assert new.total == old.total
    assert dict(new.unigrams.items()) == old.unigrams
    assert dict(new.pairs.items()) == old.pairs


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_wordfreq_table_is_wordfreqs_dict(lang: str) -> None:
    from wordfreq import get_frequency_dict

    old = get_frequency_dict(lang, "best")
    new = frequency.word_frequencies(lang)
    assert list(new) == list(old)  # the same words in the same order (function words)
    assert all(_bits(new[w]) == _bits(f) for w, f in old.items())


def test_the_function_words_are_wordfreqs_commonest(json_scorer: TextScorer) -> None:
    plain = re.compile("[\u0621-\u063a\u0641-\u064a]+")  # tokens._PLAIN_ARABIC's class
    top = [w for w in json_scorer.arabic.freq if plain.fullmatch(w)][:FUNCTION_WORDS]
    assert list(function_words()) == top


def _words(lines: list[str]) -> Iterator[str]:
    seen: set[str] = set()
    for line in lines:
        for word in re.findall(r"[\u0600-\u06ffA-Za-z]+", line):
            for w in (word, word[::-1]):  # reversed words: what the scorer must reject
                if w not in seen:
                    seen.add(w)
                    yield w


@pytest.mark.parametrize("domain", ["in_domain", "out_of_domain"])
def test_scores_are_bit_for_bit_those_of_the_json_models(
    json_scorer: TextScorer, domain: str
) -> None:
    lines = in_domain_lines() if domain == "in_domain" else out_of_domain_lines()
    assert len(lines) > 1500
    new = default_scorer()
    differ = [ln for ln in lines if _bits(new.score(ln)) != _bits(json_scorer.score(ln))]
    assert differ == []
    # a reading and its reverse: what repair compares
    pairs = [(ln, ln[::-1]) for ln in lines[:500]]
    assert all(_bits(new.gain(a, b)) == _bits(json_scorer.gain(a, b)) for a, b in pairs)
    words = list(_words(lines))[:4000]
    assert len(words) == 4000
    for model, old in ((new.arabic, json_scorer.arabic), (new.latin, json_scorer.latin)):
        assert [_bits(model.logp(w)) for w in words] == [_bits(old.logp(w)) for w in words]
        assert [model.frequency(w) for w in words] == [old.frequency(w) for w in words]
    assert new.quality("\n".join(lines)) == json_scorer.quality("\n".join(lines))


@pytest.mark.parametrize("domain", ["in_domain", "out_of_domain"])
def test_arabic_zipf_is_wordfreqs_zipf_frequency(domain: str) -> None:
    import random

    from wordfreq import get_frequency_dict, zipf_frequency

    lines = in_domain_lines() if domain == "in_domain" else out_of_domain_lines()
    words = [w for w in _words(lines) if re.fullmatch("[\u0600-\u06ff]+", w)]
    # listed words too, and words with marks, tatweel or Persian letters (wordfreq decides)
    listed = random.Random(12).sample(sorted(get_frequency_dict("ar", "best")), 3000)
    words += [*listed, "الأمنُ", "العـراق", "گزارش", "ی"]
    assert len(words) > 6000
    frequency.arabic_zipf.cache_clear()
    differ = [w for w in words if _bits(frequency.arabic_zipf(w)) != _bits(zipf_frequency(w, "ar"))]
    assert differ == []
