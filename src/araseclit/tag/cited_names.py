"""Scholars named in the running text whose work the same document cites in Latin script.

Academic prose names a foreign scholar in Arabic letters and cites the work in Latin:
``... أطروحة انتقدها ديفيد سيمز لإغفالها دور السوق (Sims, 2012)``. No title or reporting
verb need come before the name, and a transliterated name is rarely in a name list, so the
person detector (:mod:`araseclit.tag.persons`) misses many. The citation is the evidence: an
Arabic word that reads as a cited Latin surname (:func:`araseclit.cite.translit.similarity`,
fitted on reference lists, not on this benchmark) is that scholar's surname, and the given
names before it are read back from it.

Evidence and its limits, measured on the development genres (``benchmarks/
bench_actors_genres.py``; the thresholds below come from there):

- a surname reads as a cited name from :data:`MIN_SIMILARITY` (gold surnames 0.75-0.95;
  ordinary words as high as 0.8 ``مواجهة`` ~ Muggah, 1.0 ``صادرا`` ~ Sedra), is no common word
  (Zipf under :data:`MAX_SURNAME_ZIPF`), carries no article and is no و/ف + common word;
- a surname that is a common word too (``منصور``, ``فورا``: Zipf from :data:`LONE_ZIPF`, or
  an accusative shape) counts only with a given name before it;
- a given name is listed (``wordlists/given_names.json``) or a word rare in Arabic whose
  imperfect-verb readings are rare too (``نيها``, ``كيرتس``; not ``تضيف``, ``يبين``), and
  no common word with a suffix (``انتقدها``, ``صاغه``, ``بينت``); listed names may follow
  one another, an unlisted word ends the name (``مقاربة إيفا بيلين``: إيفا is listed,
  مقاربة is not and is taken only right before the surname); surname particles
  (:data:`PARTICLES`) are part of the name; at most :data:`MAX_GIVEN` words;
- a name with no listed given name is read only in the paragraph that cites the surname
  or one beside it (:data:`NEAR_PARAGRAPHS`; not ``اجتياح سيول`` pages from ``(Sowell,
  2010)``); a Persian sentence's words are none (``کشور``), nor a word in ة or ات or of
  fewer than :data:`MIN_SURNAME_LETTERS` letters (``دافئة``, ``إس``);
- the surname alone names the scholar again anywhere in the document once a full name
  was found (``ويرى كريغ``).

All words are compared normalised (:func:`araseclit.normalize.normalize_token`) except for
``wordfreq`` look-ups, which take the word as written.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from araseclit.cite.translit import script, similarity, sounds
from araseclit.normalize import normalize_token
from araseclit.tag.lexicon import Lexicon, load_word_list
from araseclit.tag.patterns import is_arabic, raw_article
from araseclit.tag.persons import (
    PERSIAN_FUNCTION_WORDS,
    _persian_sentences,
    any_persian_letter,
    citation_tokens,
)
from araseclit.textmodel.frequency import arabic_zipf

#: least similarity of an Arabic word to a cited Latin name for it to be that name
MIN_SIMILARITY = 0.75
#: Zipf from which a word is too common to be read as a surname at all (مواجهة 4.9)
MAX_SURNAME_ZIPF = 4.8
#: Zipf from which a surname is a common word too and needs a given name before it
LONE_ZIPF = 4.0
#: Zipf from which an unlisted word before a surname is a common word, not a given name
GIVEN_ZIPF = 4.5
#: Zipf from which the imperfect reading of a word (يضيف for تضيف) is a common verb
VERB_ZIPF = 3.0
#: Zipf from which a listed given name is too common a word to be one (as in tag.persons)
LISTED_GIVEN_ZIPF = 5.3
MAX_GIVEN = 3
#: paragraphs either side of a name whose citations are near enough to name its scholar
NEAR_PARAGRAPHS = 1
#: fewest letters of a surname (إس, a spelt-out letter, is none)
MIN_SURNAME_LETTERS = 3
#: particles of a European surname written before it (della Porta, van Dijk, de Waal)
PARTICLES = frozenset("ديلا دي دو فان فون لا".split())
#: the Latin words of a parenthetical citation with a year: (Krieg & Rickli, 2019)
_CITED = re.compile(r"\(([^()]*?\b[12][0-9]{3}[a-z]?\b[^()]*)\)")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019-]{2,}")
_NOT_NAMES = frozenset({"and", "eds", "et", "al", "ibid", "see", "cf", "pp", "vol"})
#: tanwin: a word with it is indefinite, never a name (أمنًا، اجتماعيٌ)
_TANWIN = re.compile("[\u064b-\u064d]")
#: endings of a verb or noun with an object or possessive pronoun, and of a perfect verb
_SUFFIXES = ("ها", "هم", "هما", "هن", "ه", "ة", "ت", "تها", "ته")


def cited_latin_names(text: str, not_names: frozenset[str] = frozenset()) -> frozenset[str]:
    """Latin words of parenthetical citations with a year (``Heydemann``, ``Porta``);
    ``not_names``: lower-cased words that name something else (``iraq`` of a body cited as
    author, ``(Iraq Study Group, 2006)``: :func:`entity_words`)."""
    out = set()
    for m in _CITED.finditer(text):
        for word in _LATIN_WORD.findall(m.group(1)):
            lower = word.lower()
            if lower not in _NOT_NAMES and lower not in not_names and script(word) == "latin":
                out.add(word)
                # a double-barrelled name is cited whole, written in Arabic by either part:
                # (Lust-Okar, 2006) for لوست
                if "-" in word:
                    parts = word.split("-")
                    out.update(p for p in parts if len(p) > 2 and p.lower() not in not_names)
    return frozenset(out)


def entity_words(lexicon: Lexicon) -> frozenset[str]:
    """Lower-cased words of the English names of the lexicon's entries other than people
    (``iraq``, ``security``, ``council``): a cited word among them is no scholar's name."""
    return frozenset(
        word.lower()
        for entry in lexicon.entries
        if entry.category != "person" and entry.name_en
        for word in _LATIN_WORD.findall(entry.name_en)
    )


def find_cited_names(
    raw: list[str], blank: list[bool], taken: set[int], latin: frozenset[str]
) -> list[tuple[int, int]]:
    """Token spans ``[start, end)`` of scholars named in ``raw`` (tokens as written) whose
    surname reads as one of ``latin`` (:func:`cited_latin_names` of the whole document);
    ``blank``: punctuation or space; ``taken``: tokens of other mentions."""
    if not latin:
        return []
    skip = taken | citation_tokens(raw)
    # a Persian sentence's words are no Arabic scholar's name (کشور ~ Kishore, فشار ~ Fisher)
    farsi = any_persian_letter(raw)  # as tag.persons: no sentence scan without Persian
    if farsi or not PERSIAN_FUNCTION_WORDS.isdisjoint(map(normalize_token, set(raw))):
        persian = _persian_sentences(raw, [normalize_token(w) for w in raw], farsi)
        skip |= {k for k, farsi in enumerate(persian) if farsi}
    index = _by_first_class(latin)
    surname: dict[str, frozenset[str]] = {}  # the cited names each distinct word reads as
    conjunct: dict[str, frozenset[str]] = {}  # the same, for و/ف + a common word
    near: list[frozenset[str]] = []  # read when a name is first found
    full: list[tuple[int, int]] = []
    lone: dict[str, list[int]] = {}
    for k, word in enumerate(raw):
        if k in skip or blank[k]:
            continue
        if word not in surname:
            surname[word] = _surname(word, index)
            if not surname[word] and normalize_token(word)[:1] in "وف":
                conjunct[word] = _surname(word, index, conjunct=True)
        names = surname[word] or conjunct.get(word, frozenset())
        if not names:
            continue
        start = _given_start(raw, blank, skip, k)
        if start < k and not near:
            near = _cited_by_paragraph(raw, latin)
        # a surname that reads as و + a common word (ويدين: يدين) only after a listed given
        # name and beside its citation: ليزا ويدين ... (Wedeen, 1999)
        if not surname[word] and not (start < k and _listed_given(raw[start:k])
                                      and names & near[k]):  # fmt: skip
            continue
        if start < k and (names & near[k] or _listed_given(raw[start:k])):
            full.append((start, k + 1))
        elif arabic_zipf(word) < LONE_ZIPF and not _accusative(word):
            lone.setdefault(word, []).append(k)
    named = {raw[e - 1] for _, e in full}
    inside = {k for s, e in full for k in range(s, e)}
    again = [(k, k + 1) for word in named for k, w in enumerate(raw)
             if w == word and k not in inside and k not in skip]  # fmt: skip
    return sorted(full + again)


def _shape(word: str) -> tuple[str, int]:
    """The first consonant class of a name's sounds and how many consonants it has
    (``هايدمان``, ``Heydemann``: h, 4)."""
    classes = [ch for ch in sounds(word) if ch not in "Vwy"]
    return (classes[0] if classes else "", len(classes))


def _by_first_class(latin: frozenset[str]) -> dict[tuple[str, int], list[str]]:
    """Cited names by :func:`_shape`. Transcription keeps a name's first consonant and
    nearly its number of consonants (every gold surname of the development genres does:
    Gardner غاردنر, Vora فورا, Berridge بيريدج), so a word is compared only with names of
    its first class and one consonant more or fewer: a chapter citing a few hundred names
    would otherwise cost one alignment per rare word and name."""
    index: dict[tuple[str, int], list[str]] = {}
    for name in latin:
        first, count = _shape(name)
        for n in (count - 1, count, count + 1):
            index.setdefault((first, n), []).append(name)
    return index


def _cited_by_paragraph(raw: list[str], latin: frozenset[str]) -> list[frozenset[str]]:
    """For each token, the names of ``latin`` cited in its paragraph (tokens between line
    breaks) or the paragraphs either side (a line per sentence cites the work in the line
    before: ``... (Cammett, 2014).`` then ``وقد بينت ميلاني كاميت ...``): a scholar is named
    beside the citation of the work, not pages away."""
    bounds, start = [], 0
    for k in range(len(raw) + 1):
        if k == len(raw) or "\n" in raw[k]:
            bounds.append((start, k + 1))
            start = k + 1
    cited = [cited_latin_names(" ".join(raw[a:b])) & latin for a, b in bounds]
    out: list[frozenset[str]] = []
    for p, (a, b) in enumerate(bounds):
        near = frozenset().union(*cited[max(0, p - NEAR_PARAGRAPHS) : p + NEAR_PARAGRAPHS + 1])
        out.extend([near] * (b - a))
    return out[: len(raw)]


def _surname(
    word: str, index: dict[tuple[str, int], list[str]], conjunct: bool = False
) -> frozenset[str]:
    """The cited Latin names ``word`` reads as (:func:`_by_first_class`); none when it is
    a common word, or (unless ``conjunct``) a conjunction and a common word."""
    shape = _surname_shape(word, conjunct)
    names = index.get(shape, ()) if shape is not None else ()
    return frozenset(name for name in names if similarity(word, name) >= MIN_SIMILARITY)


@lru_cache(maxsize=100_000)
def _surname_shape(word: str, conjunct: bool) -> tuple[str, int] | None:
    """:func:`_shape` of a word that may be a surname, None for one that may not (the
    tests on the word alone, cached across documents)."""
    if not is_arabic(word) or raw_article(word) or _TANWIN.search(word):
        return None  # أمنًا: an indefinite accusative
    if arabic_zipf(word) >= MAX_SURNAME_ZIPF:
        return None
    norm = normalize_token(word)
    if len(norm) < MIN_SURNAME_LETTERS or word.endswith("ة") or norm.endswith("ات"):
        return None  # إس ~ Sims; دافئة ~ Davis, كميات ~ Kemmis: a feminine or plural noun
    if not conjunct and norm[:1] in "وف" and 0 < arabic_zipf(word[1:]) >= arabic_zipf(word):
        return None  # وإلى: a conjunction and a common word (not فاندويل: اندويل is none)
    return _shape(word)


def _listed_given(words: list[str]) -> bool:
    """Whether a name's given names include a listed one (ميلاني كاميت): such a name may be
    read far from its citation; an unlisted word before a surname (اجتياح سيول) only in the
    paragraph that cites it."""
    return any(normalize_token(w) in _given() for w in words)


def _accusative(word: str) -> bool:
    """An indefinite accusative shape (صادرا, فورا): the word without its alif is common."""
    return word.endswith("ا") and arabic_zipf(word[:-1]) >= LONE_ZIPF


def _given_start(raw: list[str], blank: list[bool], skip: set[int], k: int) -> int:
    """Start of the given names before the surname at ``k`` (``k`` when none)."""
    start = k
    while start > 0 and k - start < MAX_GIVEN:
        j = start - 1
        if j in skip or blank[j] or not is_arabic(raw[j]):
            break
        norm = normalize_token(raw[j])
        if _TANWIN.search(raw[j]):
            break
        if norm[:1] == "و" and norm[1:] in _given() and arabic_zipf(raw[j]) < GIVEN_ZIPF:
            return j  # وجان مارك ريكلي: the conjunction opens the name
        if norm in PARTICLES:
            start = j  # دوناتيلا ديلا بورتا: a particle of the surname
            continue
        listed = norm in _given()
        named = any(normalize_token(w) not in PARTICLES for w in raw[start:k])
        if not _given_name(raw[j], norm) or (not listed and named):
            break  # an unlisted word only right before the surname (not مقاربة إيفا بيلين)
        start = j
        if not listed:
            break  # and nothing before it
    if start < k and normalize_token(raw[start]) in PARTICLES:
        return k  # a particle alone is no given name
    return start


def _given_name(word: str, norm: str) -> bool:
    zipf = arabic_zipf(word)
    if norm in _given():
        return zipf < LISTED_GIVEN_ZIPF
    # و/ف + a common word is a conjunction (وتبين, فيرى); before a rare one it is the name's
    # own letter (ويلو, فولفرام: يلو 2.5, ولفرام 2.2)
    conjunction = norm[:1] in "وف" and arabic_zipf(word[1:]) >= VERB_ZIPF
    if zipf >= GIVEN_ZIPF or raw_article(word) or conjunction or _suffixed(word):
        return False
    if norm[:1] in "لبك" and arabic_zipf(word[1:]) >= VERB_ZIPF:
        return False  # لرؤية بوزان: a preposition and a common noun
    # a verb reads as a common imperfect (تضيف -> يضيف); a foreign name does not (نيها)
    return max(arabic_zipf("ي" + word[1:]), arabic_zipf("ت" + word[1:])) < VERB_ZIPF


def _suffixed(word: str) -> bool:
    """A common word with an object pronoun or a perfect verb's ت (انتقدها، صاغه، بينت);
    not a name that only ends like one (نيها: ني is no word)."""
    for suffix in _SUFFIXES:
        stem = word.removesuffix(suffix)
        if stem != word and len(stem) >= 3 and arabic_zipf(stem) >= VERB_ZIPF:
            return True
    return False


@cache
def _given() -> frozenset[str]:
    return load_word_list("given_names")
