"""How common a word is in general Arabic (and English): evidence from outside the project's
own corpus, the word lists of ``wordfreq`` (Zipf scale: about 7 for the commonest words, 0
for a word it does not know).

``wordfreq`` parses a whole list into a dict on first use: 620,000 Arabic words, 0.8 s and
73 MB in every process. :func:`word_frequencies` gives the same mapping from a compact table
(:mod:`.table`) that is built once per machine from the installed list, in the cache
directory (:func:`cache_dir`), and memory-mapped afterwards.
"""

from __future__ import annotations

import importlib.util
import math
import os
import re
import unicodedata
import zlib
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from types import ModuleType

from araseclit.charsets import MARKS_RE, PLAIN_LETTER
from araseclit.textmodel.table import StringTable, TableError, TableMap, build, write

#: distinct words whose Zipf value is kept (a long book has some 50,000 distinct tokens)
ZIPF_CACHE_SIZE = 65536
#: the environment variable that names the cache directory
CACHE_ENV = "ARASECLIT_CACHE_DIR"


#: words whose Zipf value is read from the table: runs of plain Arabic letters, which
#: wordfreq's tokenizer keeps whole and unchanged ("المنظمات"; no marks, tatweel or digits)
_PLAIN_ARABIC = re.compile(f"[{PLAIN_LETTER}]+")
#: letters of the Arabic script that NFKC and case folding leave alone and that Unicode word
#: segmentation never splits (all ALetter): the plain ones and the Persian, Urdu and Kurdish
#: ones ("کاظمی", "نیکپور"); U+0675-0678 are left out (NFKC changes them)
_LETTERS = (
    "\u0620-\u063f\u0641-\u064a\u066e\u066f\u0671-\u0674\u0679-\u06d3\u06d5"
    "\u06ee\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f"
)
#: the digits wordfreq's number rules read (its ``\\d``, and ``int`` of each): ASCII,
#: Arabic-Indic ("١٤٤٤") and Persian ("۱۴۰۲"); NFKC leaves all three alone
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
#: one token to wordfreq's tokenizer once the marks are gone: letters, maybe joined by full
#: stops ("د.ت"), or letters and digits ("1444ه", "ال2022م", "٦٣٥م", "١٥هـ"), and full stops
#: after them that the tokenizer drops ("ص." reads "ص")
_ONE_TOKEN = re.compile(f"([{_LETTERS}]+(?:\\.[{_LETTERS}]+)*|[{_LETTERS}{_DIGITS}]+)\\.*")
#: wordfreq's frequency for a word it does not list, zipf_to_freq(0.0)
_UNLISTED = 10**0.0 / 1e9


@lru_cache(maxsize=ZIPF_CACHE_SIZE)
def arabic_zipf(word: str) -> float:
    """How common ``word`` is in Arabic: ``wordfreq.zipf_frequency(word, "ar")`` (0 for an
    unknown word), the same double, read from the table without importing wordfreq (0.15 s)
    or building its dict (0.3 s, 73 MB) for a word that is one token of the script's letters
    (and digits) once wordfreq's normalisation is done; any other word is tokenised by
    wordfreq."""
    if _PLAIN_ARABIC.fullmatch(word):
        return _zipf(word_frequencies("ar").get(word))
    token = _one_token(word)
    if token is None:
        return _wordfreq_zipf(word)
    return _zipf(_token_frequency(token, word_frequencies("ar")))


def _token_frequency(token: str, freqs: Mapping[str, float]) -> float | None:
    """The frequency of one of wordfreq's tokens as its ``_word_frequency`` reads it (None:
    not listed): a run of two or more digits (any script's) is looked up as zeros and the
    number's own frequency (Benford's law, years) multiplied in."""
    if token.isalpha():
        return freqs.get(token)
    numbers = _numbers()
    smashed = numbers.smash_numbers(token)
    freq = freqs.get(smashed)
    if freq is not None and smashed != token:
        freq *= numbers.digit_freq(token)
    return freq


@lru_cache(maxsize=1)
def _numbers() -> ModuleType:
    """wordfreq's ``numbers`` module (its rules for digits: ``smash_numbers``, ``digit_freq``)
    loaded from the installed file alone: importing it as ``wordfreq.numbers`` would run the
    package's ``__init__`` (0.13 s), which a year in a citation does not need."""
    spec = importlib.util.find_spec("wordfreq")
    assert spec is not None and spec.origin is not None
    path = Path(spec.origin).parent / "numbers.py"
    loader = importlib.util.spec_from_file_location("araseclit._wordfreq_numbers", path)
    assert loader is not None and loader.loader is not None
    module = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(module)
    return module


def _one_token(word: str) -> str | None:
    """The one token wordfreq's ``lossy_tokenize(word, "ar")`` gives, when it is plain to see
    without its tokenizer: its steps are NFKC, removing marks, case folding (nothing to fold
    in this script), NFC (nothing left to compose) and Unicode word segmentation; None when
    the word is anything else (digits, Latin, other punctuation, several words)."""
    # MARKS_RE is what wordfreq removes from Arabic before it looks a word up (its MARK_RE:
    # every \p{Mn} and the tatweel), the Arabic script's part of it: "تراجعًا" -> "تراجعا"
    bare = MARKS_RE.sub("", unicodedata.normalize("NFKC", word))
    found = _ONE_TOKEN.fullmatch(bare)
    return found.group(1) if found else None


def _wordfreq_zipf(word: str) -> float:
    """``zipf_frequency(word, "ar")`` by wordfreq's own tokenizer and number rules, with the
    frequencies read from the table instead of the dict it would build (its
    ``_word_frequency`` step by step, so the same double)."""
    from wordfreq.tokens import lossy_tokenize

    tokens = lossy_tokenize(word, "ar")
    if not tokens:
        return _zipf(None)
    freqs = word_frequencies("ar")
    one_over = 0.0
    for token in tokens:
        freq = _token_frequency(token, freqs)
        if freq is None:
            return _zipf(None)
        one_over += 1.0 / freq
    return _rounded(1.0 / one_over)


@lru_cache(maxsize=4096)
def _zipf(freq: float | None) -> float:
    """wordfreq's ``zipf_frequency`` of a word that is one token, listed with ``freq`` (None:
    not listed), computed in its steps so that it is the same double; kept per frequency, since
    wordfreq's table holds a few hundred distinct values (its bins) for 620,000 words."""
    if freq is None:
        return _rounded(None)
    one_over = 0.0
    one_over += 1.0 / freq
    return _rounded(1.0 / one_over)


def _rounded(freq: float | None) -> float:
    """wordfreq's last steps: at least the unlisted frequency, 3 significant digits, Zipf
    scale, 2 decimals (None: not listed)."""
    if freq is None:
        value = _UNLISTED
    else:
        unrounded = max(freq, _UNLISTED)
        value = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(math.log(value, 10) + 9, 2)


def cache_dir() -> Path:
    """Where derived tables are kept: ``$ARASECLIT_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/araseclit``, else ``~/.cache/araseclit``."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "araseclit"


def _bucket_frequency(bucket: int) -> float:
    # wordfreq's own cB_to_freq(-bucket): the same expression, so the same double
    return 10 ** (-bucket / 100)


@lru_cache(maxsize=4)
def word_frequencies(lang: str) -> Mapping[str, float]:
    """``wordfreq.get_frequency_dict(lang, "best")``, the same words, frequencies and order,
    read from a memory-mapped table instead of a dict (see the module docstring)."""
    source = _wordlist_file(lang)
    if source is None:  # a language this module cannot find by file: wordfreq decides
        from wordfreq import get_frequency_dict

        return get_frequency_dict(lang, "best")
    raw = source.read_bytes()
    name = f"wordfreq_{source.name.split('.')[0]}_{len(raw)}_{zlib.crc32(raw):08x}.tab"
    path = cache_dir() / name
    try:
        table = StringTable.open(path)
    except (OSError, TableError):
        data = _frequency_table(lang, str(source))
        table = StringTable(data, f"<{name}>")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write(path, data)
        except OSError:
            pass  # a read-only home: this process keeps the table in memory
    return TableMap(table, "bucket", _bucket_frequency)


def _wordlist_file(lang: str) -> Path | None:
    """The file wordfreq reads for ``lang``'s ``best`` list (``large`` where there is one),
    found without importing wordfreq (which costs 0.4 s)."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or spec.origin is None:
        return None
    data = Path(spec.origin).parent / "data"
    for size in ("large", "small"):
        path = data / f"{size}_{lang}.msgpack.gz"
        if path.is_file():
            return path
    return None


def _frequency_table(lang: str, source: str) -> bytes:
    """The table of wordfreq's ``best`` list for ``lang``: each word once, in the order of
    its first bucket, with the number of its last one (what ``get_frequency_dict`` keeps)."""
    from wordfreq import get_frequency_list

    buckets: dict[str, int] = {}
    for index, bucket in enumerate(get_frequency_list(lang, "best")):
        for word in bucket:
            buckets[word] = index
    meta = {"kind": "wordfreq", "lang": lang, "source": source}
    return build(list(buckets), {"bucket": ("H", list(buckets.values()))}, meta)
