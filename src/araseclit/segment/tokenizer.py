"""A spaCy tokenizer for Arabic academic text.

Splits ``( ) [ ] « » ، ؛ : . ؟`` from words but keeps ``2.1``, ``et al.``, ``د.ت``, ``1444هـ``,
``Al-Ansari`` and URLs whole. ``token.norm_`` is the matching form
(:func:`araseclit.normalize.normalize_token`) and ``token.lemma_`` the normalised light stem.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy
import spacy
from spacy.attrs import LEMMA, LIKE_URL, NORM, SHAPE
from spacy.lang import lex_attrs
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from araseclit.document import content_id
from araseclit.normalize import light_stem, normalize_token
from araseclit.pipeline.texts import remember_text
from araseclit.segment.data_loader import load_segment_data
from araseclit.segment.patterns import POSSESSIVE_ENDINGS, token_regex, tokenizer_regex


def _lemma(word: str) -> str:
    """Light stem for words, the matching form for everything else (numbers, punctuation)."""
    return light_stem(word) if word[:1].isalpha() else normalize_token(word)


#: a word of the Arabic letters alone (hamza to yeh, no tatweel or mark): every character is
#: a letter (``str.isalpha``) with no case, so its shape is "x" repeated (at most four) and it
#: is no URL, what spaCy's getters work out character by character
PLAIN_ARABIC_RE = re.compile("[\u0621-\u063a\u0641-\u064a]+")


def plain_shape(text: str) -> str:
    """spaCy's ``word_shape``, without its loop over the characters of a plain Arabic word."""
    if len(text) < 100 and PLAIN_ARABIC_RE.fullmatch(text):
        return "xxxx"[: len(text)]
    return lex_attrs.word_shape(text)


def plain_like_url(text: str) -> bool:
    """spaCy's ``like_url``, False at once for a plain Arabic word (no dot, no scheme)."""
    return False if PLAIN_ARABIC_RE.fullmatch(text) else lex_attrs.like_url(text)


#: spaCy's lexeme getters that read a word character by character, and the same answers
#: given at once for a plain Arabic word: each new word of a text gets a lexeme, and on new
#: text these loops were a fifth of the time spaCy spent making them (issue 12)
_PLAIN_GETTERS = {
    SHAPE: (lex_attrs.word_shape, plain_shape),
    LIKE_URL: (lex_attrs.like_url, plain_like_url),
}


# a Latin word and its possessive ending, e.g. "Bremer" and "'s" in "Bremer's", "Al-Ansari" and
# "’s" in "Al-Ansari’s"
_POSSESSIVE_RE = re.compile("([A-Za-z\u00c0-\u024f].*[A-Za-z\u00c0-\u024f])(['\u2019][sS])")


def split_possessives(words: list[str], spaces: list[bool]) -> tuple[list[str], list[bool]]:
    """The possessive ending of a Latin word as a token of its own (``Paul Bremer's`` ->
    ``Bremer`` ``'s``), as spaCy's English tokenizer has it: an English name ends before it.
    ``Kata'ib`` and ``O'Brien`` stay whole (no ``'s`` ends them)."""
    ends = [i for i, w in enumerate(words) if w[-2:] in POSSESSIVE_ENDINGS]  # most texts: none
    for i in reversed(ends):
        split = _POSSESSIVE_RE.fullmatch(words[i])
        if split is not None:
            words[i : i + 1] = [split.group(1), split.group(2)]
            spaces[i : i + 1] = [False, spaces[i]]
    return words, spaces


class AraseclitTokenizer:
    """Regex tokenizer: one pass of :func:`token_regex`, whitespace as spaCy expects it."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        token = token_regex(list(load_segment_data().abbreviation_surface))
        self.pattern: re.Pattern[str] = tokenizer_regex(token)
        self._lemma_ids = _LemmaIds(self)
        vocab.lex_attr_getters[NORM] = normalize_token
        for attr, (spacys, faster) in _PLAIN_GETTERS.items():
            if vocab.lex_attr_getters.get(attr) is spacys:  # a getter of one's own is kept
                vocab.lex_attr_getters[attr] = faster
        for lex in vocab:  # lexemes created before this tokenizer keep spaCy's norm otherwise
            lex.norm_ = normalize_token(lex.orth_)

    def __call__(self, text: str) -> Doc:
        # (token, one trailing space) or a whitespace run of its own: spaCy's convention that
        # one " " after a word is its trailing space and any other whitespace is a token
        found = self.pattern.findall(text)
        words = [tok or ws for tok, _, ws in found]
        spaces = [sp == " " for _, sp, _ in found]
        if "'s" in text or "’s" in text:
            words, spaces = split_possessives(words, spaces)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        if words:
            # lemmas as string ids in one array write: Doc(lemmas=...) adds and looks up
            # each token's lemma string, which cost more than making the Doc
            if self.vocab.in_memory_zone:  # strings added now are dropped when it ends
                add = self.vocab.strings.add
                ids = {w: add(_lemma(w)) for w in set(words)}
            else:
                ids = self._lemma_ids
            lemma_ids = numpy.fromiter(map(ids.__getitem__, words), "uint64", len(words))
            doc.from_array([LEMMA], lemma_ids.reshape(-1, 1))
        if "".join([w + " " if sp else w for w, sp in zip(words, spaces, strict=True)]) == text:
            remember_text(doc, text)  # the components read doc_text(doc), not doc.text
        if Doc.has_extension("doc_id"):  # an id of its own, so that records of nlp.pipe over
            doc._.doc_id = content_id(text.encode("utf-8"))  # many texts never collide
        return doc

    def pipe(self, texts: Any, batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # serialisation: the tokenizer has no state beyond the packaged data
    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> AraseclitTokenizer:
        self._lemma_ids.clear()  # the vocabulary's strings may be loaded anew with it
        return self

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_bytes(b"")

    def from_disk(self, path: str | Path, **kwargs: Any) -> AraseclitTokenizer:
        self._lemma_ids.clear()
        return self


class _LemmaIds(dict[str, int]):
    """A word's lemma as the id of the string in the tokenizer's vocabulary, the string
    added the first time the word is met (outside a memory zone: kept for good). The lemma
    string is not kept beside it: the vocabulary holds it, light_stem's bounded cache the
    recent ones."""

    def __init__(self, tokenizer: AraseclitTokenizer) -> None:
        super().__init__()
        self.tokenizer = tokenizer

    def __missing__(self, word: str) -> int:
        lemma_id = self[word] = self.tokenizer.vocab.strings.add(_lemma(word))
        return lemma_id


def make_tokenizer(nlp: Language) -> AraseclitTokenizer:
    """The araseclit tokenizer for ``nlp`` (sets the vocabulary's norm getter too)."""
    return AraseclitTokenizer(nlp.vocab)


@spacy.registry.tokenizers("araseclit.tokenizer.v1")
def create_tokenizer() -> Callable[[Language], AraseclitTokenizer]:
    """Config entry: ``[nlp.tokenizer] @tokenizers = "araseclit.tokenizer.v1"``."""
    return make_tokenizer
