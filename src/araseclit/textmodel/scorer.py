"""How likely is a line of text as clean Arabic prose? Evidence from outside the project.

The score is a log probability under a small generative model of a line:

    log P(line) = log P_structure(structure string) + sum over words of log P(word | script)
                  + sum over neighbouring words of PMI(a, b)

- **Structure** (:func:`araseclit.textmodel.tokens.structure`): a character n-gram model
  over the line with each word folded to one symbol, trained on real third-party Arabic
  prose wrapped into lines (see ``data/MODEL_CARD.md``).
- **Arabic words**: the word frequencies of ``wordfreq`` (620,000 Arabic forms, clitics
  attached as written), mixed with a letter n-gram model trained on that same list for
  words it lacks (names, rare forms). A word read backwards (``راشأو``) is unknown and its
  letters are unlikely, so it scores far below its forward reading.
- **Latin words**: the same with ``wordfreq``'s English list and a letter model on it.
- **Word order** (:mod:`.pairs`): how much likelier each pair of neighbouring words is side
  by side than apart, from counts over the same third-party prose.

Only differences between scores mean something: :meth:`TextScorer.gain` compares two
readings of the same text. :meth:`TextScorer.quality` says how much of a text the word
models recognise, which tells a damaged text layer from a scrambled one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache, wraps
from importlib import resources
from pathlib import Path
from typing import ParamSpec, TypeVar

from araseclit.charsets import PERSIAN_ONLY_RE, PERSIAN_TO_ARABIC, strip_marks
from araseclit.textmodel.ngram import NgramModel
from araseclit.textmodel.pairs import WordPairs
from araseclit.textmodel.tokens import Token, structure_from, symbol, symbols, tokenize

#: share of a word's probability given to the frequency list (the rest to the letter model)
LIST_WEIGHT = 0.95
#: Arabic words longer than this (letters, clitics included) are words run together
LONGEST_WORD = 16
#: characters of common text scored on each side of where two readings differ
GAIN_CONTEXT = 40
#: wordfreq frequency at or above which a word counts as recognised (zipf 1.5)
KNOWN_FREQ = 10**-7.5


@dataclass(frozen=True)
class Quality:
    """How much of a text the models recognise.

    ``known_share``: share of Arabic words (two letters or more) in the frequency list;
    ``malformed_share``: share of tokens no clean text has (a letter of an unknown script,
    a replacement character, lone Arabic letters other than و, words run together);
    ``words``: how many Arabic words were judged.
    """

    known_share: float
    malformed_share: float
    words: int


class WordModel:
    """log P(word) from a frequency list, backed off to a letter model for unlisted words."""

    def __init__(
        self,
        freq: Mapping[str, float],
        letters: NgramModel,
        fold: bool,
        also: Mapping[str, float] | None = None,
    ) -> None:
        self.freq = freq
        self.letters = letters
        self.fold = fold  # Arabic: Persian letters as Arabic for the letter model
        self.also = also  # Persian's list, for a Persian text (mixed with the first)
        self.logp = lru_cache(maxsize=200_000)(self._logp)

    def key(self, word: str) -> str:
        return strip_marks(word) if self.fold else word.lower()

    def frequency(self, word: str) -> float:
        key = self.key(word)
        f = self.freq.get(key, 0.0)
        if not f and self.fold:
            f = self.freq.get(key.translate(PERSIAN_TO_ARABIC), 0.0)
        if self.also is not None:  # a Persian text: mostly Persian words, some Arabic ones
            # wordfreq's Persian list drops the zero-width non-joiner ("سازمانهای"): the word
            # with its joiner is the same word, not a rarer one
            persian = self.also.get(key.replace("\u200c", ""), 0.0)
            f = (1 - ARABIC_IN_PERSIAN) * persian + ARABIC_IN_PERSIAN * f
        return f

    def _logp(self, word: str) -> float:
        key = self.key(word)
        letters = key.translate(PERSIAN_TO_ARABIC) if self.fold else key
        from_letters = math.log(1 - LIST_WEIGHT) + self.letters.score(letters)
        f = self.frequency(word)
        if not f:  # in log space: a long word's letter probability underflows to 0.0
            return from_letters
        from_list = math.log(LIST_WEIGHT * f)
        high, low = max(from_list, from_letters), min(from_list, from_letters)
        return high + math.log1p(math.exp(low - high))


class TextScorer:
    """Scores lines of text (see the module docstring)."""

    def __init__(
        self,
        structure_model: NgramModel,
        arabic: WordModel,
        latin: WordModel,
        pairs: WordPairs | None = None,
    ) -> None:
        self.structure_model = structure_model
        self.arabic = arabic
        self.latin = latin
        self.pairs = pairs
        self.score = lru_cache(maxsize=100_000)(self._score)  # type: ignore[method-assign]

    def token_logp(self, token: Token, previous: Token | None = None) -> float:
        if token.kind == "A":
            if symbol(token, previous) != "A":
                # a calendar suffix, marks with no letter, or one of the commonest words: the
                # structure model already gave it its probability (its symbol is the word)
                return 0.0
            return self.arabic.logp(token.text)
        if token.kind == "L":
            return self.latin.logp(token.text)
        return 0.0

    def _score(self, text: str) -> float:
        """log P(``text``) as one line (higher is likelier); :meth:`score` remembers it."""
        tokens = tokenize(text.strip())
        # each token's symbol once, for the structure string and for :meth:`token_logp`'s
        # test (a word whose symbol is not "A" has its probability from the structure model)
        syms = symbols(tokens)
        arabic, latin = self.arabic.logp, self.latin.logp
        words = 0.0
        for t, sym in zip(tokens, syms, strict=True):
            if t.kind == "A":
                if sym == "A":
                    words += arabic(t.text)
            elif t.kind == "L":
                words += latin(t.text)
        order = self.pairs.score_tokens(tokens) if self.pairs is not None else 0.0
        return self.structure_model.score(structure_from(syms)) + words + order

    def score(self, text: str) -> float:  # replaced per instance by a remembering wrapper
        return self._score(text)

    def gain(self, old: str, new: str) -> float:
        """How much likelier ``new`` is than ``old`` (log odds; > 0: ``new`` reads better).

        Only the stretch where the two differ is scored, with :data:`GAIN_CONTEXT`
        characters of their common text on each side (out to a word boundary): what lies
        further away weighs the same in both."""
        if old == new:
            return 0.0
        start, old_end, new_end = _differing(old, new)
        lo = old.rfind(" ", 0, max(0, start - GAIN_CONTEXT)) + 1
        tail = len(old) - old_end
        hi_old = _word_end(old, old_end + GAIN_CONTEXT)
        hi_new = new_end + (hi_old - old_end)
        if hi_old - old_end > tail:
            hi_old, hi_new = len(old), len(new)
        return self.score(new[lo:hi_new]) - self.score(old[lo:hi_old])

    def quality(self, text: str, also: Mapping[str, float] | None = None) -> Quality:
        """What share of ``text`` the models recognise (see :class:`Quality`); a word of
        another list ``also`` gives (wordfreq's Persian one for a Persian paper) counts too."""
        tokens = tokenize(text)
        words = [t for t in tokens if t.kind == "A" and len(strip_marks(t.text)) >= 2]

        def known_word(word: str) -> bool:
            if self.arabic.frequency(word) >= KNOWN_FREQ:
                return True
            return also is not None and also.get(strip_marks(word), 0.0) >= KNOWN_FREQ

        known = sum(1 for t in words if known_word(t.text))
        content = [t for t in tokens if t.kind != "S"]
        bad = sum(1 for t in content if _malformed(t))
        return Quality(
            known / len(words) if words else 0.0,
            bad / len(content) if content else 0.0,
            len(words),
        )


def _differing(old: Sequence[str], new: Sequence[str]) -> tuple[int, int, int]:
    """(first differing index, end of the difference in ``old``, end in ``new``), of two
    texts or two lists of words."""
    n = min(len(old), len(new))
    i = 0
    while i < n and old[i] == new[i]:
        i += 1
    j = 0
    while j < n - i and old[-1 - j] == new[-1 - j]:
        j += 1
    return i, len(old) - j, len(new) - j


def _word_end(text: str, at: int) -> int:
    """The end of the word at index ``at`` (or the text's end)."""
    if at >= len(text):
        return len(text)
    k = text.find(" ", at)
    return len(text) if k < 0 else k


def _malformed(token: Token) -> bool:
    """A token clean text does not have: a letter of no supported script (or a presentation
    form left over), a replacement character or NUL, a lone Arabic letter other than و, marks
    with no letter (``ّ`` between two spaces: marks an extractor lifted off their letters; not a
    run of tatweel, which Word users type as a rule or leader), an
    Arabic "word" longer than :data:`LONGEST_WORD` letters (words whose spaces were lost)."""
    if token.kind == "O":
        return token.text in "\ufffd\x00" or (token.text.isalpha())
    if token.kind == "A":
        bare = strip_marks(token.text)
        if not bare:  # a harakah or tanween with no letter; tatweel alone is a rule, not damage
            return any("\u064b" <= c <= "\u0652" or c == "\u0670" for c in token.text)
        return (len(bare) == 1 and bare != "و") or len(bare) > LONGEST_WORD
    return False


def _load(name: str) -> NgramModel:
    return NgramModel.load(_data_file(name))


def _load_pairs(name: str) -> WordPairs:
    return WordPairs.load(_data_file(name))


def _data_file(name: str) -> Path:
    """The shipped model ``name`` (``structure``, ...): its memory-mapped table form
    (``.tab``) where the install has it, else the JSON form it is built from (the same
    scores, 1.5 s slower to load)."""
    data = resources.files("araseclit.textmodel") / "data"
    for candidate in (data / f"{name}.tab", data / f"{name}.json.gz"):
        if isinstance(candidate, Path) and candidate.is_file():
            return candidate
    raise FileNotFoundError(f"araseclit.textmodel has no model {name!r}")


def default_scorer() -> TextScorer:
    """The shipped models with wordfreq's Arabic and English lists (loaded once, as
    memory-mapped tables: see :mod:`.table` and :func:`.frequency.word_frequencies`); inside
    :func:`reading` of a Persian text, its Arabic-script words are also looked up in
    wordfreq's Persian list."""
    return _scorer(_PERSIAN.get())


@lru_cache(maxsize=2)
def _scorer(persian: bool) -> TextScorer:
    from araseclit.textmodel.frequency import word_frequencies

    return TextScorer(
        _load("structure"),
        WordModel(
            word_frequencies("ar"),
            _load("letters_ar"),
            fold=True,
            also=word_frequencies("fa") if persian else None,
        ),
        WordModel(word_frequencies("en"), _load("letters_latin"), fold=False),
        _load_pairs("wordpairs"),
    )


#: a word of the Arabic script
_SCRIPT_WORD = re.compile("[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]+")
#: share of a text's Arabic-script words written with a Persian letter from which it is read
#: as Persian: Persian prose has 0.39-0.53 (twelve papers and notes of the citation styles'
#: development sets, the reviewer's Persian inputs), Arabic texts at most 0.075 (246 texts of
#: the calibration corpus and its renditions, the citation styles' Arabic documents, the
#: sample and heldout2-8 sources), in either reading order (the letters are the same)
PERSIAN_SHARE = 0.2
#: weight of the Arabic list in a Persian text's word model (quotations, titles, names)
ARABIC_IN_PERSIAN = 0.1
_PERSIAN: ContextVar[bool] = ContextVar("araseclit_persian_text", default=False)
_P = ParamSpec("_P")
_R = TypeVar("_R")


def persian_share(text: str) -> float:
    """The share of ``text``'s Arabic-script words with a letter only Persian writes."""
    words = _SCRIPT_WORD.findall(text)
    return sum(1 for w in words if PERSIAN_ONLY_RE.search(w)) / len(words) if words else 0.0


@contextmanager
def reading(text: str) -> Iterator[None]:
    """While repairing ``text``: :func:`default_scorer` knows Persian words if it is Persian
    (``در``, ``برای``, ``کردند`` are common Persian words; the Arabic list and its letter
    model alone took some reversed: ``رد``, ``تقوم`` for ``موقت``)."""
    token = _PERSIAN.set(persian_share(text) >= PERSIAN_SHARE)
    try:
        yield
    finally:
        _PERSIAN.reset(token)


def reads_text(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """``func(text, ...)`` run inside :func:`reading` of its first argument."""

    @wraps(func)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with reading(str(args[0])):
            return func(*args, **kwargs)

    return wrapper
