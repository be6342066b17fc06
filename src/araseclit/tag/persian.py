"""Words of a Persian sentence that Arabic reads as actors, read as Persian reads them.

The lexicon is Arabic; normalised Persian shares its letters (``ک`` is ``ك``), so a Persian
sentence's ordinary words can match an Arabic actor's name. The commonest is Persian's light
verb: ``کرد`` ("did") is the Arabic ``كرد`` (Kurds), and the noun it makes a verb of is a
word Arabic may list (``اعلام کرد`` "announced": ``إعلام`` is the media). What is read, in a
Persian sentence only (:func:`araseclit.tag.persons._persian_sentences`):

- a form of ``کردن`` or ``نمودن`` (:data:`LIGHT_VERBS`) is a verb, and the word before it
  (behind an auxiliary ``خواهد`` or the prefix ``می``) is its nominal part, no actor;
  ``کرد`` is the verb only where a clause ends after it (a full stop, a comma, ``که``,
  ``و``: Persian puts the verb last); before any other word it is the adjective "Kurdish"
  (``احزاب کرد نقش ...``, ``مردم کرد در ...``), which names the Kurds;
- a Persian adjective spelt as an actor's name before a copula (``مصر بود``, "was
  insistent") is the adjective (:data:`PREDICATE_ADJECTIVES`);
- a capital after a Persian preposition of place (``در بغداد``, ``به تهران``, ``از دمشق``)
  is the city, as after Arabic's ``في`` (:func:`araseclit.tag.resolve._capital_is_place`).

All words are compared normalised (:func:`araseclit.normalize.normalize_token`).
"""

from __future__ import annotations

import re

from araseclit.tag.persons import PERSIAN_FUNCTION_WORDS, _persian_sentences, persian_letters

#: forms of the light verbs کردن and نمودن (normalised: ک is ك, ی is ي)
LIGHT_VERBS = frozenset(
    "كرد كردند كرده كردم كردي كرديم كرديد كند كنند كنم كني كنيم كنيد ميكند ميكنند "
    "ميكرد ميكردند نمود نمودند نموده نمايد نمايند".split()
)
#: Persian adjectives written as an actor's name (مُصِر "insistent" is مصر, Egypt), read as
#: the adjective before a copula (``او مصر بود که``: "he insisted that")
PREDICATE_ADJECTIVES = frozenset({"مصر"})
#: forms of the copula (بودن, and است, هست, باشد) and of شدن (normalised)
COPULAS = frozenset(
    "است هست هستند هستم هستيم بود بودند بوده بودم بوديم باشد باشند باشم شد شدند شده".split()
)
#: the light verb that is also an Arabic actor's word (كرد: Kurds)
AMBIGUOUS_VERB = "كرد"
#: words between a light verb and its nominal: the future's auxiliary, the prefix می, نمی
AUXILIARIES = frozenset("خواهد خواهند خواهم خواهي خواهيم خواهيد مي نمي".split())
#: what may follow a verb that ends its clause: Persian's conjunctions and relative که
CLAUSE_OPENERS = frozenset("و كه اما ولي تا زيرا چون چرا وليكن سپس".split())
#: Persian prepositions of place before a city: در بغداد, به تهران, از دمشق, تا بصره
LOCATIVES_FA = frozenset("در به از تا".split())
#: a letter Persian has and Arabic has not (as :func:`persian_letters` reads a word)
_PERSIAN_LETTER_RE = re.compile("[\u06cc\u06a9\u06af\u067e\u0686\u0698]")


def persian_words(raw: list[str], norms: list[str], text: str | None = None) -> list[bool]:
    """Whether each token is in a Persian sentence (:func:`_persian_sentences`); ``text``:
    the tokens' text, searched once for a Persian letter (None: the tokens are)."""
    if text is not None:
        farsi = _PERSIAN_LETTER_RE.search(text) is not None
    else:
        farsi = any(map(persian_letters, raw))
    if not farsi and PERSIAN_FUNCTION_WORDS.isdisjoint(norms):
        return [False] * len(raw)
    return _persian_sentences(raw, norms, farsi)


def persian_ordinary(
    raw: list[str],
    norms: list[str],
    text: str | None = None,
    persian: list[bool] | None = None,
) -> tuple[set[int], set[int]]:
    """Tokens of Persian sentences that name no actor (light verbs and their nominals) and
    tokens that are a place after a Persian preposition (a capital there is the city);
    ``text``: the tokens' text, searched once for a Persian letter (None: the tokens are);
    ``persian``: :func:`persian_words` of the tokens when known."""
    if persian is None:
        persian = persian_words(raw, norms, text)
    if not any(persian):
        return set(), set()
    words = [k for k, norm in enumerate(norms) if norm and not raw[k].isspace()]
    ordinary: set[int] = set()
    places: set[int] = set()
    for j, k in enumerate(words):
        if not persian[k]:
            continue
        norm = norms[k]
        if j and norms[words[j - 1]] in LOCATIVES_FA:
            places.add(k)
        if norm in PREDICATE_ADJECTIVES and j + 1 < len(words) and norms[words[j + 1]] in COPULAS:
            ordinary.add(k)  # او مصر بود که: "he insisted that", not Egypt
            continue
        if norm not in LIGHT_VERBS:
            continue
        nxt = norms[words[j + 1]] if j + 1 < len(words) else ""
        if norm == AMBIGUOUS_VERB and not _clause_ends(nxt):
            continue  # احزاب کرد نقش: "Kurdish parties"
        ordinary.add(k)
        i = j - 1
        while i >= 0 and norms[words[i]] in AUXILIARIES:
            i -= 1
        if i >= 0 and persian[words[i]]:
            ordinary.add(words[i])
    return ordinary, places


def _clause_ends(nxt: str) -> bool:
    """Whether the word after a verb (``""`` at the end) starts a new clause."""
    return not nxt or not any(c.isalpha() for c in nxt) or nxt in CLAUSE_OPENERS
