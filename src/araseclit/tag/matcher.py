"""Lexicon matching over spaCy token norms, robust to Arabic clitics and inflection.

Each lexicon string is tokenised with the pipeline's own tokenizer, normalised, and expanded
into its surface forms (:mod:`araseclit.tag.patterns`): proclitics and the article on the
first token, number / case / pronoun forms on the last. The forms go into one hash table
keyed by token-norm tuples; matching a doc is then a lookup for every (start, length).

Why not ``PhraseMatcher``: the expansion yields ~150k patterns, and building that many
pattern ``Doc`` objects takes several seconds per pipeline, against well under a second for
the table. The table also keeps, per form, whether it is exact or expanded and whether it
is an adjectival (nisba) mention, which a PhraseMatcher key cannot carry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc

from araseclit.normalize import normalize_token
from araseclit.tag.english import EnglishNames
from araseclit.tag.lexicon import Entry, Lexicon
from araseclit.tag.patterns import (
    ACRONYM_RE,
    AMBIGUOUS_INDEFINITE,
    ARTICLE,
    NISBA_ENDINGS,
    SINGULAR_NAME_HEADS,
    STATE_HEADS_FEMININE,
    STATE_HEADS_MASCULINE,
    accusative,
    indefinite,
    is_arabic,
    nisba_forms,
    number_forms,
    raw_article,
    spelling_variants,
    state_phrases,
    with_proclitics,
)

Tokenize = Callable[[str], list[str]]
#: actor classes (not names) that also occur indefinite: ناشطين، منظمات نسوية، فصائل مسلحة
INDEFINITE_ACTOR_CATEGORIES = frozenset(
    {"social_group", "ngo_generic", "armed_group", "political_party", "media"}
)


@dataclass(frozen=True)
class Hit:
    """What a table key means: an entry, how the form was derived, and how it must look."""

    entry: Entry
    adjectival: bool  # a nisba adjective naming a state (السدود التركية)
    rank: int  # 0 = the lexicon string itself, 1 = an inflected / cliticised form
    exact_case: str | None = None  # acronyms match only in their own case: WHO, not "who"
    homograph: bool = False  # also an ordinary word: names the entry only with evidence


@dataclass(frozen=True)
class Match:
    """A lexicon match over tokens ``[start, end)`` of a doc."""

    start: int
    end: int
    hit: Hit


class LexiconMatcher:
    """Finds every lexicon match in a doc, overlapping ones included."""

    @cached_property
    def english_names(self) -> EnglishNames:
        """The lexicon's English names, tokenised as this matcher tokenises (built once)."""
        return EnglishNames(self.lexicon, self.tokenize)

    def __init__(self, lexicon: Lexicon, tokenize: Tokenize) -> None:
        self.lexicon = lexicon
        self.tokenize = tokenize
        self.table: dict[tuple[str, ...], list[Hit]] = {}
        for entry in lexicon.entries:
            for text in entry.names:
                self._add(tokenize(text), entry, False, text in entry.homographs)
            for text in entry.nisba:
                if len(words := tokenize(text)) > 1:
                    self._add_compound_nisba(words, entry)
                    continue
                self._add(tokenize(text), entry, adjectival=True)
                self._add_state_phrases(text, entry)
        self.max_len = max((len(key) for key in self.table), default=0)
        #: every key and every beginning of one: a match is grown only while it is one
        self.prefixes = frozenset(key[:n] for key in self.table for n in range(1, len(key) + 1))
        #: the first word of every key: most tokens start none, and are passed over at once
        self.first_words = frozenset(key[0] for key in self.table)
        #: one-word forms that only ever name a state adjectivally: التركيه, العراقي
        self.state_nisba = frozenset(
            key[0]
            for key, hits in self.table.items()
            if len(key) == 1 and hits and all(h.adjectival for h in hits)
        )

    def _add(
        self, words: list[str], entry: Entry, adjectival: bool, homograph: bool = False
    ) -> None:
        norms = [normalize_token(w) for w in words]
        if not norms:
            return
        for other in spelling_variants(norms):  # الكوردستاني for الكردستاني
            self._add_norms(words, other, entry, adjectival, homograph)
        self._add_norms(words, norms, entry, adjectival, homograph)

    def _add_norms(
        self,
        words: list[str],
        norms: list[str],
        entry: Entry,
        adjectival: bool,
        homograph: bool,
    ) -> None:
        if len(norms) == 1 and ACRONYM_RE.match(words[0]):
            self._put((norms[0],), Hit(entry, adjectival, 0, exact_case=words[0]))
            return
        self._put(tuple(norms), Hit(entry, adjectival, 0, homograph=homograph))
        for key in expand(norms, adjectival, raw_article(words[0])):
            self._put(key, Hit(entry, adjectival, 1, homograph=homograph))
        if homograph:
            return  # an ordinary word's indefinite forms are the word: سنة, حماس
        if not adjectival and takes_indefinite(entry):
            self._add_indefinite(norms, entry)

    def _add_indefinite(self, norms: list[str], entry: Entry) -> None:
        """Class nouns and threats also occur without the article: موجات نزوح, منظمات نسوية."""
        bare = [indefinite(w) for w in norms]
        if any(w is None or len(w) < 3 for w in bare):
            return
        named = entry.category in ("armed_group", "political_party")
        if named and len(bare) > 1 and bare[0] in SINGULAR_NAME_HEADS:
            return  # دولة إسلامية is a description, not the group; حركة احتجاجية stays a class
        words = [w for w in bare if w]
        if len(words) == 1 and words[0] in AMBIGUOUS_INDEFINITE:
            return
        keys = expand(words, adjectival=False) | {tuple(words)}
        acc = accusative(words)  # انهيارا مؤسسيا, ناشطا مدنيا
        if acc is not None:
            keys |= expand(acc, adjectival=False) | {tuple(acc)}
        for key in keys:
            self._put(key, Hit(entry, False, 1))

    def _add_compound_nisba(self, words: list[str], entry: Entry) -> None:
        """A nisba of several words inflects every word alike: ``كوري شمالي`` -> ``الكوري
        الشمالي``, ``الكورية الشمالية``, ``الكوريين الشماليين``, ``الحكومة الكورية
        الشمالية``; being longer, it wins over the one-word nisba inside it (``الكوري``)."""
        norms = [normalize_token(w) for w in words]
        if not all(w.endswith("ي") for w in norms) or raw_article(words[0]):
            self._add(words, entry, adjectival=True)  # a written form only
            return
        for ending in NISBA_ENDINGS:
            forms = [w + ending for w in norms]
            self._put(tuple(forms), Hit(entry, True, 0 if not ending else 1))
            self._put(tuple(ARTICLE + w for w in forms), Hit(entry, True, 1))
        phrases = [(h, "ه") for h in STATE_HEADS_FEMININE] + [
            (h, "") for h in STATE_HEADS_MASCULINE
        ]
        for head, ending in phrases:
            for first in with_proclitics(head):
                self._put((first, *(ARTICLE + w + ending for w in norms)), Hit(entry, False, 1))

    def _add_state_phrases(self, nisba: str, entry: Entry) -> None:
        """الحكومة التركية, والسلطات الإيرانية: the state itself, not an adjective."""
        for head, adjective in state_phrases(normalize_token(nisba), raw_article(nisba)):
            for first in with_proclitics(head):
                self._put((first, adjective), Hit(entry, False, 1))

    def _put(self, key: tuple[str, ...], hit: Hit) -> None:
        hits = self.table.setdefault(key, [])
        for i, old in enumerate(hits):
            if old.entry.id == hit.entry.id:
                # one entry, one hit per form: prefer the noun reading, the exact form and
                # the form that needs no evidence
                if (hit.adjectival, hit.homograph, hit.rank) < (
                    old.adjectival,
                    old.homograph,
                    old.rank,
                ):
                    hits[i] = hit
                return
        hits.append(hit)

    def __call__(self, doc: Doc, norms: list[str] | None = None) -> list[Match]:
        """Matches over ``doc``; ``norms``: its token norms, when the caller has them."""
        norms = [t.norm_ for t in doc] if norms is None else norms
        matches: list[Match] = []
        table, prefixes, firsts = self.table, self.prefixes, self.first_words
        for start, norm in enumerate(norms):
            if norm not in firsts:
                continue  # no key begins with this word
            limit = min(start + self.max_len, len(norms))
            key, end = (norm,), start + 1
            while True:
                for hit in table.get(key, ()):
                    if hit.exact_case is None or doc[start].text == hit.exact_case:
                        matches.append(Match(start, end, hit))
                if end >= limit:
                    break
                key += (norms[end],)
                end += 1
                if key not in prefixes:
                    break  # no key begins so
        return matches


def takes_indefinite(entry: Entry) -> bool:
    """Whether an entry's article-bearing names also occur indefinite (not named actors)."""
    if entry.label == "ACTOR":
        return entry.category in INDEFINITE_ACTOR_CATEGORIES
    return entry.label in ("THREAT", "SECURITY_CONCEPT")


def expand(norms: list[str], adjectival: bool, article: bool | None = None) -> set[tuple[str, ...]]:
    """Surface forms of a normalised multi-word string (the string itself excluded);
    ``article``: whether a one-word nisba carries the article (see ``nisba_forms``)."""
    if not is_arabic(norms[0]) and not is_arabic(norms[-1]):
        return set()
    if adjectival and len(norms) == 1:
        lasts = nisba_forms(norms[0], article)
    else:
        lasts = number_forms(norms[-1], pronouns=True) if is_arabic(norms[-1]) else {norms[-1]}
    keys: set[tuple[str, ...]] = set()
    for last in lasts:
        words = [*norms[:-1], last]
        firsts = _first_forms(words[0], multiword=len(words) > 1)
        keys.update((first, *words[1:]) for first in firsts)
    keys.discard(tuple(norms))
    return keys


def _first_forms(first: str, multiword: bool) -> Iterable[str]:
    if not is_arabic(first):
        return (first,)
    # the head of a construct phrase also inflects: منظمات المجتمع المدني, منظمتا
    heads = number_forms(first, pronouns=False) if multiword else {first}
    forms: set[str] = set()
    for head in heads:
        forms |= with_proclitics(head)
    return forms
