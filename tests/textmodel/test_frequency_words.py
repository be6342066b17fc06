"""arabic_zipf on words that are not plain letters: vowel marks, tatweel, Persian letters, an
abbreviation's full stop, years. The same double as wordfreq's ``zipf_frequency``, with
no wordfreq import for a word that is one token of the script's letters, and never wordfreq's
620,000-entry dict (each cost every worker process 0.1-0.3 s)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from araseclit.textmodel.frequency import arabic_zipf, word_frequencies

# as Arabic academic prose and its notes write them
ONE_TOKEN = [
    "أولًا",  # tanween on an ordinal adverb: 'أولًا، تتناول الدراسة ...'
    "ثانيًا",
    "تراجعًا",
    "الحمــــد",  # tatweel
    "الْمُنَظَّمَاتِ",  # fully vowelled
    "كاظمی",  # a name typed with the Persian yeh
    "الکاظمی",
    "نیکپور",
    "ص.",  # page: '(الكبيسي، 2019، ص. 45)'
    "ج.",  # volume
    "د.ت",  # no date: '(د.ت)'
    "أ.د.",  # professor
    "1444هـ",  # a Hijri year: '(بغداد، 1444هـ)'
    "2023م",
    "ال2022م",
    "2019.",
]
TOKENISED = ["(ص", "Security", "منظمة-الهلال", "1.5", "٢٠٢٣"]


@pytest.mark.parametrize("word", ONE_TOKEN + TOKENISED)
def test_the_value_is_wordfreqs(word: str) -> None:
    from wordfreq import zipf_frequency

    assert arabic_zipf(word) == zipf_frequency(word, "ar")


def _run(code: str) -> list[str]:
    word_frequencies("ar")  # the table exists (built by this process if need be)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.split()


def test_marked_persian_abbreviated_and_dated_words_need_no_wordfreq() -> None:
    from wordfreq import zipf_frequency

    code = (
        "import sys\n"
        "from araseclit.textmodel.frequency import arabic_zipf\n"
        f"print(*[arabic_zipf(w) for w in {ONE_TOKEN!r}], 'wordfreq' in sys.modules)\n"
    )
    *values, imported = _run(code)
    assert imported == "False"
    assert [float(v) for v in values] == [zipf_frequency(w, "ar") for w in ONE_TOKEN]


def test_a_word_wordfreq_must_tokenise_builds_no_dict() -> None:
    code = (
        "from araseclit.textmodel.frequency import arabic_zipf\n"
        "import wordfreq\n"
        "value = arabic_zipf('منظمة-الهلال')\n"
        "print(value > 0, wordfreq.get_frequency_dict.cache_info().currsize)\n"
    )
    assert _run(code) == ["True", "0"]
