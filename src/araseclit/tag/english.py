"""Actors in English text: an English paper (``documents.language`` ``en``) or an English
passage of an Arabic one.

Three kinds of evidence, all from the lexicon or from a maintained source:

- the lexicon's English names (``name_en``, its parenthesis dropped: ``Islamic State``),
  matched only where their capitalised words are capitalised in the text too, since case is
  what tells a name from a word in English (``Turkey`` the state, ``turkey`` the bird);
- a listed person's surname alone (``al-Maliki``, ``Maliki``, ``Trump``) when the lexicon
  lets the Arabic surname alone name the person (``المالكي`` is a variant of
  ``نوري المالكي``) and does not mark it a homograph;
- a state's demonym (``wordlists/demonyms_en.json``, from ``countryinfo``): alone it names
  the state adjectivally (``Iraqi civil society``); before an institution's English head
  noun (``the Iraqi government``, ``Turkish armed forces``) or after the state's possessive
  (``Iraq's Ministry of Interior``) it names that state's institution, as the Arabic phrase
  ``الحكومة العراقية`` does: the lexicon's instance for the state when it has one, the
  state itself for a government, else the generic institution with the state kept.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass

from araseclit.tag.lexicon import WORDLIST_DIR, Lexicon

#: categories of states (a demonym names one of them)
STATES = frozenset({"state", "regional_power", "great_power"})
#: English heads that with a demonym name the state itself (the Arabic rule: ``الحكومة
#: التركية`` is Turkey), unless the lexicon lists that state's government apart (Iraq's)
STATE_HEADS = frozenset({"government", "authorities", "regime"})
# a possessive ending, e.g. "'s" in "Iraq's" or "’s" in "Turkey’s"
_POSSESSIVE_RE = re.compile(r"['’]s$")
# an Arabic article before a transliterated name, e.g. "al-" in "al-Maliki", "Al-" in "Al-Sadr"
_ARTICLE_RE = re.compile(r"^(?:al|el|Al|El)-(?=[A-Z])")
# a parenthesis after a name, e.g. " (ISIS)" in "Islamic State (ISIS)"
_PAREN_RE = re.compile(r"\s*\([^)]*\)")
# a Latin letter, e.g. "H" in "Hezbollah"
_LATIN_RE = re.compile("[A-Za-z]")

Tokenize = Callable[[str], list[str]]


@dataclass(frozen=True)
class EnglishHit:
    """What an English token sequence names: an entry, and how its words must be cased."""

    entity_id: str
    category: str
    words: tuple[str, ...]  # as the lexicon writes them: a capitalised word must be so here
    adjectival: bool = False
    state: str | None = None  # for a generic institution named with a state


@dataclass(frozen=True)
class EnglishMatch:
    start: int
    end: int
    hit: EnglishHit


def load_demonyms(path: str | None = None) -> dict[str, list[str]]:
    """State id -> its English demonyms (``wordlists/demonyms_en.json``)."""
    file = WORDLIST_DIR / "demonyms_en.json" if path is None else path
    with open(file, encoding="utf-8") as handle:
        groups = json.load(handle)["groups"]
    return {state: list(words) for state, words in groups.items()}


class EnglishNames:
    """Finds the lexicon's actors in English token sequences."""

    def __init__(self, lexicon: Lexicon, tokenize: Tokenize) -> None:
        self.table: dict[tuple[str, ...], list[EnglishHit]] = {}
        self._tokenize = tokenize
        heads: dict[tuple[str, ...], str] = {}  # generic head words -> generic entry id
        for entry in lexicon.entries:
            if entry.label != "ACTOR" or entry.category == "capital":
                continue
            name = _PAREN_RE.sub("", entry.name_en).strip()
            if entry.id.startswith("actor.generic."):
                # its English name and its Latin variants: Iran's Ministry of Intelligence
                latin = [v for v in entry.variants if _LATIN_RE.search(v)]
                for head in [*name.replace(" of a state", "").split(" / "), *latin]:
                    heads[tuple(w.lower() for w in tokenize(head))] = entry.id
                continue
            if not name or not any(c.isupper() for c in name):
                continue  # "local governments", "universities": classes, not names
            self._put(tokenize(name), EnglishHit(entry.id, entry.category, ()))
            if entry.category == "person":
                for surname in _surnames(entry.name_ar, entry.names, entry.homographs, name):
                    self._put([surname], EnglishHit(entry.id, "person", ()))
        self._lexicon = lexicon
        self._heads = list(heads.items())
        #: a state's demonyms and name before an institution's head (``Iraqi government``,
        #: ``Iraq's Ministry of Interior``): 21,000 keys, of which a text uses few, so they are
        #: put in the table by the lowercased first word of the state's phrase, when a text
        #: has that word (see _expand); each state with its phrases, in the list's order
        self._pending: dict[str, list[tuple[str, list[tuple[str, ...]]]]] = {}
        self._lock = threading.Lock()
        longest_phrase = 0
        for state, demonyms in load_demonyms().items():
            entry = lexicon.get(state)
            if entry is None:
                continue
            names = [tokenize(d) for d in demonyms]
            names_poss = [tokenize(_PAREN_RE.sub("", entry.name_en).strip())]
            for words in names:
                self._put(words, EnglishHit(state, entry.category, (), adjectival=True))
            if not all([*names, *names_poss]):
                raise ValueError(f"{state}: a demonym or English name with no word")
            by_first: dict[str, list[tuple[str, ...]]] = {}
            for words in [*names, *names_poss]:
                by_first.setdefault(words[0].lower(), []).append(tuple(words))
                longest_phrase = max(longest_phrase, len(words))
            for first, phrases in by_first.items():
                self._pending.setdefault(first, []).append((state, phrases))
        longest_head = max((len(head) for head in heads), default=0)
        self.max_len = max(
            max((len(k) for k in self.table), default=0),
            longest_phrase + longest_head if self._pending and heads else 0,
        )
        #: every key and every beginning of one: a match is grown only while it is one
        self.prefixes = {key[:n] for key in self.table for n in range(1, len(key) + 1)}

    def _expand(self, first: str) -> None:
        """Put in the table the institution phrases whose state phrase starts with ``first``:
        every state, head and phrase in the order the table was always built in, so that a
        key's hits keep their order (all of a key's phrases share its first word)."""
        with self._lock:  # another thread finds the word pending until every key is in
            pending = self._pending.get(first)
            if pending is None:
                return
            for state, phrases in pending:
                for head, generic_id in self._heads:
                    hit = _institution(self._lexicon, generic_id, head, state)
                    for words in phrases:
                        self._put([*words, *head], hit)
                        key = tuple([w.lower() for w in [*words, *head]])
                        self.prefixes.update(key[:n] for n in range(1, len(key) + 1))
            del self._pending[first]

    def _put(self, words: list[str], hit: EnglishHit) -> None:
        hits = self.table.setdefault(tuple([w.lower() for w in words]), [])
        if all(h.entity_id != hit.entity_id for h in hits):
            hits.append(
                EnglishHit(hit.entity_id, hit.category, tuple(words), hit.adjectival, hit.state)
            )

    def __call__(self, texts: list[str]) -> list[EnglishMatch]:
        """Every match over tokens ``texts`` (overlaps included)."""
        words = [_POSSESSIVE_RE.sub("", t) if "s" in t else t for t in texts]
        out: list[EnglishMatch] = []
        for start, word in enumerate(words):
            if not word[:1].isupper() and not word.startswith(("al-", "el-")):
                continue  # an Arabic word (no case) or a lowercase one: no name starts here
            head = _ARTICLE_RE.sub("", word)  # "al-Qaeda": the capital after the article
            if not head or not head[0].isupper() or not _LATIN_RE.match(head[0]):
                continue  # an English name or demonym starts with a capital
            if word.lower() in self._pending:
                self._expand(word.lower())
            key: tuple[str, ...] = ()
            for end in range(start + 1, min(start + self.max_len, len(words)) + 1):
                key += (words[end - 1].lower(),)
                if key not in self.prefixes:
                    break  # no name begins so
                for hit in self.table.get(key, ()):
                    if _cased(hit.words, words[start:end]):
                        out.append(EnglishMatch(start, end, hit))
        return out


def _cased(lexicon_words: tuple[str, ...], text_words: list[str]) -> bool:
    """A capitalised lexicon word must be written the same in the text (``al-Maliki`` and
    ``Al-Maliki`` both match ``al-Maliki``: a lowercase word may be capitalised)."""
    return all(
        t == w or (not w[:1].isupper() and t.lower() == w.lower())
        for w, t in zip(lexicon_words, text_words, strict=True)
    )


def _surnames(
    name_ar: str, names: tuple[str, ...], homographs: tuple[str, ...], name_en: str
) -> list[str]:
    """The English surname of a listed person when the Arabic surname alone names them:
    ``al-Maliki`` and ``Maliki`` for ``نوري المالكي`` (variant ``المالكي``)."""
    parts_ar, parts_en = name_ar.split(), name_en.split()
    if len(parts_ar) < 2 or len(parts_en) < 2:
        return []
    last = parts_ar[-1]
    if last not in names or last in homographs:
        return []
    surname = parts_en[-1]
    bare = _ARTICLE_RE.sub("", surname)
    return [surname] if bare == surname else [surname, bare]


def _institution(
    lexicon: Lexicon, generic_id: str, head: tuple[str, ...], state: str
) -> EnglishHit:
    """What ``<demonym> <head>`` names: the state's instance of the generic institution, the
    state for a government, else the generic institution with the state kept."""
    generic = lexicon.get(generic_id)
    assert generic is not None
    instance = lexicon.get(generic.instances.get(state, ""))
    if instance is not None:
        return EnglishHit(instance.id, instance.category, ())
    state_entry = lexicon.get(state)
    if head[-1] in STATE_HEADS and state_entry is not None:
        return EnglishHit(state, state_entry.category, ())
    return EnglishHit(generic.id, generic.category, (), state=state)


#: words before a surname that are titles, not given names: ``Sheikh Allawi``, ``Ayatollah
#: Sistani``, ``Iraqi Prime Minister Maliki`` (lowercased)
TITLES = frozenset(
    "mr mrs ms dr prof professor sheikh shaikh sayyid sayed imam ayatollah cleric general gen "
    "president minister premier prime former late vice deputy speaker leader chairman "
    "ambassador governor commander colonel king prince emir sultan judge".split()
)
#: titles only a person bears, lowercased without their stop: ``Dr Ahmed Hassan``, ``Prof.
#: Sarah Lewis``, ``Mr J. Smith``; the name after one is a person the lexicon may lack
PERSON_TITLES = frozenset("dr prof professor mr mrs ms".split())
#: words of a name after a person's title, at most
MAX_TITLED_WORDS = 4
# a capitalised name word, e.g. "Hassan", "O'Brien", "Abu-Lughod", "al-Maliki", "Al-Sadr"
_NAME_WORD_RE = re.compile(r"^(?:(?:al|el|Al|El)-)?[A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)*$")
# an initial, e.g. "J" (its stop a token of its own) or "J."
_INITIAL_RE = re.compile(r"^[A-Z]\.?$")


def titled_names(texts: list[str], in_english: Callable[[int], bool]) -> list[tuple[int, int]]:
    """Token spans ``[start, end)`` of the names right after a person's title
    (:data:`PERSON_TITLES`, capitalised) in English sentences (``in_english(k)``): capitalised
    words and initials, the last a word (``Dr Ahmed Hassan``, ``Prof. Sarah Lewis``, ``Mr J.
    Smith``); another title ends the name (``Mr President``)."""
    out: list[tuple[int, int]] = []
    for i, title in enumerate(texts):
        if not title[:1].isupper() or title.rstrip(".").lower() not in PERSON_TITLES:
            continue
        if not in_english(i):
            continue
        start = i + 1
        if not title.endswith(".") and start < len(texts) and texts[start] == ".":
            start += 1  # "Dr" "." as two tokens
        k, end, words = start, start, 0
        while k < len(texts) and words < MAX_TITLED_WORDS:
            word = texts[k]
            if _NAME_WORD_RE.match(word) and word.lower() not in TITLES:
                k += 1
                end, words = k, words + 1
            elif _INITIAL_RE.match(word):
                k += 2 if k + 1 < len(texts) and texts[k + 1] == "." else 1
            else:
                break
        if end > start:
            out.append((start, end))
    return out


#: Zipf value under which a capitalised word is a given name rather than an English word
#: (``Ali`` 4.31, ``Mohammed`` 3.75; ``When`` 6.37, ``Former`` 5.28)
GIVEN_NAME_ZIPF_EN = 4.5


def other_given_name(texts: list[str], start: int, own: frozenset[str]) -> bool:
    """Whether a listed person's surname alone at token ``start`` (``Allawi``) follows a
    capitalised given name not the person's own (``own``: the words of the English name,
    lowercased): ``Ali Allawi`` is not Ayad Allawi. Titles (:data:`TITLES`) and English words
    (Zipf from :data:`GIVEN_NAME_ZIPF_EN`: ``When Allawi``) are no given names."""
    if start == 0:
        return False
    prev = texts[start - 1]
    if not prev[:1].isupper() or not prev.isalpha() or not _LATIN_RE.match(prev):
        return False
    lower = prev.lower()
    if lower in own or lower in TITLES:
        return False
    from araseclit.textmodel.frequency import _zipf, word_frequencies

    return _zipf(word_frequencies("en").get(lower)) < GIVEN_NAME_ZIPF_EN
