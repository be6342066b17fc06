"""Actors in English text: an English paper (``documents.language`` ``en``) or an English
passage of an Arabic one.

Three kinds of evidence, all from the lexicon or from a maintained source:

- the lexicon's English names (``name_en``, its parenthesis dropped: ``Islamic State``),
  matched only where their capitalised words are capitalised in the text too, since case is
  what tells a name from a word in English (``Turkey`` the state, ``turkey`` the bird);
- the lowercase names of the classes the Arabic tagger also reads without the article
  (``local NGOs``, ``civil society organisations`` or ``organizations``: NGOs, armed groups,
  parties, media, social groups), and a ministry's name in English's other word orders
  (``Interior Ministry``, ``Ministry of the Interior``);
- a listed person's surname alone (``al-Maliki``, ``Maliki``, ``Trump``) when the lexicon
  lets the Arabic surname alone name the person (``المالكي`` is a variant of
  ``نوري المالكي``) and does not mark it a homograph;
- a state's demonym (``wordlists/demonyms_en.json``, from ``countryinfo``): alone it names
  the state adjectivally (``Iraqi civil society``); before an institution's English head
  noun (``the Iraqi government``, ``Turkish armed forces``) or after the state's possessive
  (``Iraq's Ministry of Interior``) it names that state's institution, as the Arabic phrase
  ``الحكومة العراقية`` does: the lexicon's instance for the state when it has one, the
  state itself for a government, else the generic institution with the state kept; before
  a listed body of that state it is part of the body's name (``Lebanon's Internal Security
  Forces``).

The document (the text one call sees) decides three readings, from the states its English
names name (:func:`document_state`: each state's places, one vote per run of overlapping
matches; generic institutions and the readings below do not vote):

- a capital names its state where the state acts (``accused Ankara``, ``Baghdad and Erbil
  signed``), not as a place (``in Baghdad``, ``districts of Baghdad``, ``Tehran Times``);
- the lexicon writes some Iraqi bodies with their generic institution's English words
  (``Ministry of Interior``, ``Council of Ministers``): such a name is the Iraqi body unless
  the document names another state more often than Iraq, when it is that generic institution
  (with the state named most, if one is): ``the Ministry of Interior`` of a story on Jordan is
  not Iraq's;
- ``the government``, ``the army``, ``the police`` (an institution's head, lowercase, after
  ``the``, not before ``of``) are the institution of the state the document names most, its
  instance when the lexicon has one (``the army`` of an Iraq paper is the Iraqi Army), else
  the generic institution, as Arabic ``الحكومة`` is; so is a generic institution's own
  capitalised variant alone (``MPs``).

The tokenizer writes a possessive ending as a token of its own (``Iraq`` ``'s``): a name ends
before it, and ``Iraq's Ministry of Interior`` is matched with it.
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from araseclit.segment.patterns import POSSESSIVE_ENDINGS
from araseclit.tag.lexicon import WORDLIST_DIR, Entry, Lexicon

#: categories of states (a demonym names one of them)
STATES = frozenset({"state", "regional_power", "great_power"})
IRAQ = "actor.state.iraq"
GENERIC_PREFIX = "actor.generic."
#: words before a capital that make it a place (``in Baghdad``, ``from Tehran to Damascus``),
#: lowercased; ``between`` is not one (``talks between Ankara and Damascus``: states acting)
PLACE_WORDS = frozenset(
    "in at from to into near outside inside across around via towards toward through "
    "within of throughout beyond".split()
)
#: lowercase nouns after a capital that make it a place (``Baghdad province``)
PLACE_NOUNS = frozenset("province governorate city airport district countryside".split())
#: words that join places after one preposition: ``in Baghdad, Basra and Erbil``
_JOINERS = frozenset({"and", ",", "or"})
#: English heads that with a demonym name the state itself (the Arabic rule: ``الحكومة
#: التركية`` is Turkey), unless the lexicon lists that state's government apart (Iraq's)
STATE_HEADS = frozenset({"government", "authorities", "regime"})
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
    capital: bool = False  # a capital read as its state: only where the state acts
    generic: str | None = None  # an Iraqi body named by its generic institution's words


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
        #: an instance's id -> its generic's, where the instance's English name is one of the
        #: generic's heads (``Ministry of Interior``)
        shared: dict[str, str] = {}
        #: a state -> the English names of its listed bodies (``Internal Security Forces``)
        bodies: dict[str, list[tuple[tuple[str, ...], EnglishHit]]] = {}
        capitals = []
        from araseclit.tag.matcher import INDEFINITE_ACTOR_CATEGORIES as class_categories

        #: lowercased first words of the lowercase classes' names (``local``, ``civil``)
        self.class_firsts: set[str] = set()
        #: another word order of a listed body's ministry name, and the body
        other_orders: list[tuple[list[str], Entry]] = []
        #: a generic institution's capitalised English variant, and the institution
        alone: list[tuple[list[str], Entry]] = []
        for entry in lexicon.entries:
            if entry.label != "ACTOR":
                continue
            name = _PAREN_RE.sub("", entry.name_en).strip()
            if entry.category == "capital":
                capitals.append((name, entry.state))
                continue
            if entry.id.startswith(GENERIC_PREFIX):
                # its English name and its Latin variants: Iran's Ministry of Intelligence
                latin = [v for v in entry.variants if _LATIN_RE.search(v)]
                own = [tuple(w.lower() for w in tokenize(h)) for h in [
                    *name.replace(" of a state", "").split(" / "), *latin]]  # fmt: skip
                own += [alt for head in own for alt in ministry_orders(head) if alt not in own]
                for variant in latin:  # MPs, Ministry of Defense: alone too, as written
                    if variant[:1].isupper():
                        alone.append((tokenize(variant), entry))
                for head in own:
                    heads[head] = entry.id
                for instance_id in entry.instances.values():
                    instance = lexicon.get(instance_id)
                    if instance is not None and _words_of(instance, tokenize) in own:
                        shared[instance_id] = entry.id
                        # the Interior Ministry, the Ministry of the Interior
                        name_words = tokenize(_PAREN_RE.sub("", instance.name_en).strip())
                        for alt in ministry_orders(tuple(name_words)):
                            other_orders.append((list(alt), instance))
                continue
            if not name:
                continue
            if name[:1].islower() and not _ARTICLE_RE.match(name):
                # a class in lowercase: "local NGOs", "women's organisations"; only the classes
                # the Arabic tagger also reads without the article (tag.matcher), not
                # "local governments" or "the state"
                if entry.category in class_categories:
                    for words in _spellings(tokenize(name)):
                        self._put(words, EnglishHit(entry.id, entry.category, ()))
                        self.class_firsts.add(words[0].lower())
                continue
            hit = EnglishHit(entry.id, entry.category, ())
            self._put(tokenize(name), hit)
            if entry.category == "person":
                for surname in _surnames(entry.name_ar, entry.names, entry.homographs, name):
                    self._put([surname], EnglishHit(entry.id, "person", ()))
            elif entry.state:
                bodies.setdefault(entry.state, []).append((tuple(tokenize(name)), hit))
        for words, instance in other_orders:
            if tuple(w.lower() for w in words) not in self.table:
                self._put(words, EnglishHit(instance.id, instance.category, ()))
        for key, hits in self.table.items():  # the bare names that a generic's words write
            self.table[key] = [replace(h, generic=shared.get(h.entity_id)) for h in hits]
        for words, generic in alone:  # the institution of the state the document names
            if tuple(w.lower() for w in words) not in self.table:
                self._put(words, EnglishHit(generic.id, generic.category, (), generic=generic.id))
        for name, state_id in capitals:
            state = lexicon.get(state_id or "")
            if state is not None and name:
                self._put(tokenize(name), EnglishHit(state.id, state.category, (), capital=True))
        self._lexicon = lexicon
        self._heads = list(heads.items())
        self._bodies = bodies
        #: lowercase heads of institutions after ``the`` (``the army``): the generic heads
        #: that are no person's title (``prime minister``, ``national security adviser``)
        self._lower_heads: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for head, generic_id in heads.items():
            if not TITLES.isdisjoint(head) or "adviser" in head or len(head) > 3:
                continue
            self._lower_heads.setdefault(head[0], []).append((head, generic_id))
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
            name_en = tokenize(_PAREN_RE.sub("", entry.name_en).strip())
            names_poss = [name_en, [*name_en, "'s"]]  # Iraq Ministry, Iraq's Ministry
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
        longest_head = max(
            [*(len(head) for head in heads), *(len(k) for b in bodies.values() for k, _ in b)],
            default=0,
        )
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
                named = [(h, _institution(self._lexicon, g, h, state)) for h, g in self._heads]
                # a listed body of the state: Lebanon's Internal Security Forces
                named += [(body, hit) for body, hit in self._bodies.get(state, [])]
                for head, hit in named:
                    for words in phrases:
                        self._put([*words, *head], hit)
                        key = tuple([w.lower() for w in [*words, *head]])
                        self.prefixes.update(key[:n] for n in range(1, len(key) + 1))
            del self._pending[first]

    def _put(self, words: list[str], hit: EnglishHit) -> None:
        hits = self.table.setdefault(tuple([w.lower() for w in words]), [])
        if all(h.entity_id != hit.entity_id for h in hits):
            hits.append(replace(hit, words=tuple(words)))

    def __call__(self, texts: list[str]) -> list[EnglishMatch]:
        """Every match over tokens ``texts`` (overlaps included)."""
        # the tokenizer splits a possessive ending off ("Iraq" "'s"); a word that keeps it
        # (another tokenizer's) is read without it
        words = [
            "'s" if t in POSSESSIVE_ENDINGS else _POSSESSIVE_RE.sub("", t) if "s" in t else t
            for t in texts
        ]
        out: list[EnglishMatch] = []
        for start, word in enumerate(words):
            if word not in self.class_firsts:  # else a class in lowercase: "local NGOs"
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
        out = [m for m in out if not m.hit.capital or _acting_capital(m, out, words)]
        counts = state_places(self._lexicon, out)
        state = document_state(counts)
        out = [self._shared_name(m, counts, state) if m.hit.generic else m for m in out]
        return out + self._lowercase_institutions(words, state)

    def _shared_name(
        self, m: EnglishMatch, counts: Counter[str], state: str | None
    ) -> EnglishMatch:
        """An Iraqi body named by its generic institution's words: the generic institution
        (of ``state``, if any) when the document names another state more often than Iraq;
        a generic institution's own variant (``MPs``) is the institution of ``state``."""
        own = m.hit.entity_id == m.hit.generic
        if not own and counts[IRAQ] >= max(counts.values(), default=0):
            return m
        generic = self._lexicon.get(m.hit.generic or "")
        assert generic is not None
        target = self._lexicon.get(generic.instances.get(state or "", generic.id)) or generic
        hit = EnglishHit(target.id, target.category, m.hit.words, state=state)
        return EnglishMatch(m.start, m.end, hit)

    def _lowercase_institutions(self, words: list[str], state: str | None) -> list[EnglishMatch]:
        """``the army``, ``the government``: the institution of ``state`` (its instance
        when the lexicon has one), else the generic institution; not before ``of`` (``the
        government of the university``)."""
        out: list[EnglishMatch] = []
        for k in range(1, len(words)):
            if words[k - 1] not in ("the", "The"):
                continue
            for head, generic_id in self._lower_heads.get(words[k], ()):
                end = k + len(head)
                if tuple(words[k:end]) != head or (end < len(words) and words[end] == "of"):
                    continue
                generic = self._lexicon.get(generic_id)
                assert generic is not None
                target = self._lexicon.get(generic.instances.get(state or "", "")) or generic
                hit = EnglishHit(target.id, target.category, head, state=state)
                out.append(EnglishMatch(k, end, hit))
        return out


def state_places(lexicon: Lexicon, matches: list[EnglishMatch]) -> Counter[str]:
    """How many places of the text name each state: the state, its demonym, or a body, person
    or institution of it; a run of overlapping matches is one place (``Iraq's Ministry of
    Interior`` and its ``Iraq``); a generic institution with no state does not vote."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in matches:
        if m.hit.generic:
            continue  # its state is what the votes decide
        state = m.hit.state or _state_of(lexicon, m.hit.entity_id)
        if state:
            spans.setdefault(state, []).append((m.start, m.end))
    counts: Counter[str] = Counter()
    for state, runs in spans.items():
        end = -1
        for s, e in sorted(runs):
            counts[state] += s >= end
            end = max(end, e)
    return counts


def document_state(counts: Counter[str]) -> str | None:
    """The state named in more places than any other (English papers name their state
    seldom by its name: one place is enough when no other state is named as often)."""
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _state_of(lexicon: Lexicon, entity_id: str) -> str | None:
    """The state an entity is or belongs to (``tag.resolve.state_of``, without its imports):
    its own id for a state, its ``state``, else that of what it is ``part_of``."""
    seen: set[str] = set()
    while entity_id and entity_id not in seen:
        seen.add(entity_id)
        entry = lexicon.get(entity_id)
        if entry is None or entity_id.startswith(GENERIC_PREFIX):
            return None
        if entry.id.startswith("actor.state."):
            return entry.id
        if entry.state:
            return entry.state
        entity_id = entry.relations.get("part_of", "")
    return None


def _acting_capital(m: EnglishMatch, matches: list[EnglishMatch], words: list[str]) -> bool:
    """Whether a capital names its state acting: not inside a longer name (``Baghdad
    Provincial Council``, ``Tehran Times``, ``University of Baghdad``), not before a place noun
    (``Baghdad province``), not where a work was published (``London: Hurst``, ``(Baghdad,
    1932)``), not after a preposition of place, or after one and the places joined to it (``in
    Basra and Baghdad``)."""
    if any(o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
           for o in matches):  # fmt: skip
        return False
    after = words[m.end] if m.end < len(words) else ""
    if (after[:1].isupper() and _LATIN_RE.match(after)) or after.lower() in PLACE_NOUNS:
        return False
    if after == ":" or (m.start > 0 and words[m.start - 1] == "("):
        return False  # where a work was published: (London: Hurst, 2019), (Baghdad, 1932)
    k = m.start
    for _ in range(MAX_JOINED):
        before = words[k - 1].lower() if k > 0 else ""
        if before in PLACE_WORDS:
            return False
        if before not in _JOINERS or k < 2 or not words[k - 2][:1].isupper():
            return True
        k -= 2  # "Basra and" before it: look before Basra
    return True


#: places joined after one preposition, at most: in Basra, Baghdad and Erbil
MAX_JOINED = 4


def ministry_orders(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The other ways English writes a ministry's name (``Ministry of Interior``): its field
    before ``Ministry`` (``Interior Ministry``) and with the article (``Ministry of the
    Interior``); nothing for another name."""
    if len(words) < 3 or words[0].lower() != "ministry" or words[1] != "of":
        return []
    field = words[3:] if words[2].lower() == "the" else words[2:]
    if not field or not field[0][:1].isalpha():
        return []
    return [(*field, words[0]), (words[0], "of", "the", *field)]


def _spellings(words: list[str]) -> list[list[str]]:
    """A name's words, and with British ``-isation`` written American ``-ization`` or the
    reverse: ``civil society organisations`` and ``organizations``."""
    other = [w.replace("isation", "ization") if "isation" in w else
             w.replace("ization", "isation") for w in words]  # fmt: skip
    return [words, other] if other != words else [words]


def _words_of(entry: Entry, tokenize: Tokenize) -> tuple[str, ...]:
    """An entry's English name as lowercased words, its parenthesis dropped."""
    return tuple(w.lower() for w in tokenize(_PAREN_RE.sub("", entry.name_en).strip()))


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
#: military ranks, lowercased: only a person bears one; after a rank each name word must be
#: no English word (``Staff Major General Kadhim Jabbar``, ``Brigadier Ahmed Salim``);
#: ``staff`` is a rank's word only inside one (لواء ركن: ``Staff Major General``)
RANKS = frozenset("general colonel brigadier lieutenant major captain admiral sergeant".split())
#: the ranks and the word that may open a rank run ("Staff Major General")
RANK_WORDS = RANKS | {"staff"}
#: ranks that are adjectives too: a rank only with another rank's word (``Major General``)
ADJECTIVE_RANKS = frozenset({"general", "major"})
#: words of a name after a person's title, at most
MAX_TITLED_WORDS = 4
# a capitalised name word, e.g. "Hassan", "O'Brien", "Abu-Lughod", "al-Maliki", "Al-Sadr"
_NAME_WORD_RE = re.compile(r"^(?:(?:al|el|Al|El)-)?[A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)*$")
# an initial, e.g. "J" (its stop a token of its own) or "J."
_INITIAL_RE = re.compile(r"^[A-Z]\.?$")


def titled_names(texts: list[str], in_english: Callable[[int], bool]) -> list[tuple[int, int]]:
    """Token spans ``[start, end)`` of people the lexicon lacks in English sentences
    (``in_english(k)``): the names right after a person's title (:data:`PERSON_TITLES`,
    capitalised): capitalised words and initials, the last a word (``Dr Ahmed Hassan``,
    ``Prof. Sarah Lewis``, ``Mr J. Smith``; another title ends the name: ``Mr President``),
    the names after a military rank (:data:`RANKS`: ``Staff Major General Kadhim Jabbar``),
    and the names :func:`reported_names` finds (``Karim Nassar (2021)``, ``Hannah Clarke
    argues``)."""
    return sorted({*_after_titles(texts, in_english), *reported_names(texts, in_english)})


def _after_titles(texts: list[str], in_english: Callable[[int], bool]) -> list[tuple[int, int]]:
    """The names right after a person's title (see :func:`titled_names`)."""
    out: list[tuple[int, int]] = []
    for i, title in enumerate(texts):
        if not title[:1].isupper():
            continue
        lower = title.rstrip(".").lower()
        if lower in RANKS or (lower == "staff" and i + 1 < len(texts)
                              and texts[i + 1].lower() in RANKS):  # fmt: skip
            if (i == 0 or texts[i - 1].lower() not in RANK_WORDS) and in_english(i):
                out += _after_rank(texts, i)
            continue
        if lower not in PERSON_TITLES or not in_english(i):
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


def _after_rank(texts: list[str], i: int) -> list[tuple[int, int]]:
    """The name after the military rank that starts at token ``i`` (its words no English
    words: :func:`_plain_name_word`), as ``[(start, end)]``, or none."""
    k = i
    while k < len(texts) and texts[k][:1].isupper() and texts[k].lower() in RANK_WORDS:
        k += 1
    if {w.lower() for w in texts[i:k]} <= ADJECTIVE_RANKS:
        return []  # General Directorate, General Motors, Major cities: an adjective
    end = k
    while end < len(texts) and end - k < MAX_TITLED_WORDS and _plain_name_word(texts[end]):
        end += 1
    return [(k, end)] if end > k else []


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


#: verbs with which English prose reports what a person said or holds (``Hannah Clarke
#: argues``), as the Arabic ``SPEECH_VERBS`` and ``VIEW_VERBS`` do
REPORTING_VERBS_EN = frozenset(
    "said says told tells argued argues argue wrote writes write noted notes suggested suggests "
    "suggest claimed claims claim contended contends contend warned warns observed observes "
    "insisted insists added adds explained explains concluded concludes maintained maintains "
    "described describes stressed stresses recalled recalls".split()
)
#: words of a name the lexicon lacks, at most, and at least
MAX_REPORTED_WORDS, MIN_REPORTED_WORDS = 3, 2
#: words joining two people before one verb or year: ``Mustafa Rahim and Hannah Clarke argue``
_NAME_JOINERS = frozenset({"and", ","})


def reported_names(texts: list[str], in_english: Callable[[int], bool]) -> list[tuple[int, int]]:
    """Token spans of people the lexicon lacks named as scholarship and news name them: a
    name of two or three capitalised words, none of them an English word (Zipf under
    :data:`GIVEN_NAME_ZIPF_EN`: ``Karim Nassar``, not ``Fourth Division`` or ``Suez Canal
    Authority``) nor a title, with no capitalised word right before it, followed by a
    narrative citation's year (``Karim Nassar (2021)``) or a reporting verb (``Hannah Clarke
    argues``), or joined by ``and`` to such a name (``Mustafa Rahim and Hannah Clarke
    argue``)."""
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(texts):
        end = k
        while end < len(texts) and end - k < MAX_REPORTED_WORDS and _plain_name_word(texts[end]):
            end += 1
        if end - k >= MIN_REPORTED_WORDS and in_english(k) and not _capitalised(texts, k - 1):
            if end >= len(texts) or not _capitalised(texts, end):
                runs.append((k, end))
        k = max(end, k + 1)
    out: list[tuple[int, int]] = []
    reported: set[int] = set()  # starts of the runs found, for the ones joined before them
    for start, end in reversed(runs):
        after = texts[end] if end < len(texts) else ""
        year = after == "(" and end + 1 < len(texts) and texts[end + 1][:4].isdigit()
        joined = after in _NAME_JOINERS and end + 1 in reported
        if year or after.lower() in REPORTING_VERBS_EN or joined:
            out.append((start, end))
            reported.add(start)
    return sorted(out)


def _capitalised(texts: list[str], k: int) -> bool:
    return 0 <= k < len(texts) and texts[k][:1].isupper()


def _plain_name_word(word: str) -> bool:
    """A capitalised word that is no English word nor a title: ``Nassar``, ``Wæver``,
    ``al-Amiri``, ``Abu-Lughod``; not ``Division``, ``Later``, ``General``, ``UNDP``."""
    pieces = _NAME_PIECE_RE.split(_ARTICLE_RE.sub("", word))
    if not _LATIN_RE.match(pieces[0][:1]) or word.lower() in TITLES:
        return False
    if not all(p.isalpha() and p[0].isupper() and (p[1:].islower() or not p[1:]) for p in pieces):
        return False
    from araseclit.textmodel.frequency import _zipf, word_frequencies

    return _zipf(word_frequencies("en").get(word.lower())) < GIVEN_NAME_ZIPF_EN


# what joins the pieces of a name word, e.g. "-" in "Abu-Lughod", "'" in "O'Brien"
_NAME_PIECE_RE = re.compile(r"['’-]")
