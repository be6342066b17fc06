"""arabic_zipf on words that are not plain letters: vowel marks, tatweel, Persian letters, an
abbreviation's full stop, years. The same double as wordfreq's ``zipf_frequency``, with
no wordfreq import for a word that is one token of the script's letters, and never wordfreq's
620,000-entry dict (each cost every worker process 0.1-0.3 s)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from araseclit.segment.data_loader import load_segment_data
from araseclit.segment.patterns import token_regex, tokenizer_regex
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
    "٢٠٢٣",  # the same years in Arabic-Indic and Persian digits
    "٦٣٥م",
    "١٥هـ",
    "۱۴۰۲",
    "٥م",  # one digit: looked up as it is written
]
TOKENISED = ["(ص", "Security", "منظمة-الهلال", "1.5", "١٫٥"]


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


#: the corpora whose text the project may read (corpora/heldout6 is held out)
_READABLE = ["heldout", "heldout2", "heldout3", "heldout4", "heldout5", "sample"]
_DIGIT = re.compile("[0-9\u0660-\u0669\u06f0-\u06f9]")


def _digit_words() -> list[str]:
    root = Path(__file__).resolve().parents[2] / "corpora"
    files = [f for name in _READABLE for f in sorted((root / name / "sources").glob("*.txt"))]
    files += sorted((root / "clean").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    # the words between spaces, and the tokens the pipeline's tokenizer cuts them into
    token = token_regex(list(load_segment_data().abbreviation_surface))
    pattern = tokenizer_regex(token)
    words = {w for text in texts for w in text.split()}
    words |= {tok for text in texts for tok, _, _ in pattern.findall(text) if tok}
    return sorted(w for w in words if _DIGIT.search(w))


def test_every_digit_bearing_word_of_the_corpora_has_wordfreqs_value() -> None:
    """Years, pages and numbered words as the corpora write them, in any digits and with the
    punctuation around them ("٦٣٥م", "١٥هـ)،", "(2019،"): read from the table or through
    wordfreq's tokenizer, the value is wordfreq's own, to the last bit."""
    from wordfreq import zipf_frequency

    words = _digit_words()
    assert len(words) > 500 and any(_DIGIT.search(w[:1]) and w[0] > "9" for w in words)
    differ = [(w, arabic_zipf(w), zipf_frequency(w, "ar")) for w in words]
    assert [d for d in differ if d[1] != d[2]] == []
