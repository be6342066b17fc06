"""Scholars whose work the document cites in Arabic script, named where it is discussed.

Arabic scholarship cites an Arabic-writing author by surname and year, ``(الشايجي، 2021)``,
``(الحاج صالح، 2017)``, ``(إبراهيم علي، 2012)``, and names the author in the running text
with given names first: ``ويرى عبد الله الشايجي أن ...``. The citation is the evidence that
the words are a surname, so here a surname may be an ordinary word too (``هلال`` crescent,
``جمعة`` Friday, ``المصري`` Egyptian), which the person finder (:mod:`araseclit.tag.persons`),
reading how rare a word is, cannot take. What is read:

- a cited author is one to :data:`MAX_SURNAME_WORDS` Arabic words between ``(`` or ``؛`` and
  ``، 2019``, not an organisation (``(مركز الدراسات، 2020)``: its first word is no
  organisation head) nor a listed actor other than a state's adjective;
- the full name is the surname after one or two given names from the measured list
  (``wordlists/given_names``, Wikidata), or ``عبد`` / ``أبو`` + a word (``عبد الله``); a
  conjunct's ``و`` opens the name (``وجميل هلال``);
- once the full name is found, the surname alone names the scholar again (``ويرى هلال``)
  where no other mention holds it; a surname that is also a listed actor's word (a state's
  adjective, ``المصري``) only right after a view or reporting verb (``ويرى المصري``).

All words are compared normalised (:func:`araseclit.normalize.normalize_token`).
"""

from __future__ import annotations

from araseclit.tag.candidates import is_trigger
from araseclit.tag.lexicon import load_word_list
from araseclit.tag.patterns import is_arabic, raw_article
from araseclit.tag.persons import _YEAR as YEAR
from araseclit.tag.persons import (
    NOT_NAME,
    SPEECH_VERBS,
    citation_tokens,
    reporting_verb,
    view_verb,
    word_of,
)

#: longest surname read from a citation: (إبراهيم علي، 2012), (داود أوغلو، 2001)
MAX_SURNAME_WORDS = 2
#: given names read before a surname: حيدر إبراهيم علي (one), ياسين الحاج صالح (one)
MAX_GIVEN = 2
#: particles that join the word after them into one given name: عبد الله، أبو بكر
GIVEN_PARTICLES = frozenset("عبد ابو".split())
#: the particles as they stand before a given name, a conjunct's و included (وأبو بكر)
_PARTICLE_FORMS = GIVEN_PARTICLES | {"و" + w for w in GIVEN_PARTICLES}
#: separators of authors in a bracket: (هلال، 2006؛ صايغ، 2015)
_OPENERS = ("(", "؛", ";")


def cited_authors(raw: list[str], norms: list[str], bodies: set[int]) -> set[tuple[str, ...]]:
    """Normalised surnames (word tuples) of the author-year citations in Arabic script;
    ``bodies``: tokens of listed actors other than a state's adjective."""
    out: set[tuple[str, ...]] = set()
    for k in range(len(raw) - 2):
        if raw[k + 1] not in ("،", ",") or not YEAR.match(raw[k + 2]):
            continue
        for back in range(1, MAX_SURNAME_WORDS + 1):
            if k - back < 0 or raw[k - back] not in _OPENERS:
                continue
            span = range(k - back + 1, k + 1)
            author = tuple(norms[j] for j in span)
            if (
                all(is_arabic(w) for w in author)
                and not is_trigger(author[0])
                and bodies.isdisjoint(span)
                and not all(w in NOT_NAME or w in GIVEN_PARTICLES for w in author)
            ):
                out.add(author)
            break
    return out


def read_arabic_cited(
    raw: list[str],
    norms: list[str],
    blank: list[bool],
    taken: set[int],
    bodies: set[int],
    cited: frozenset[tuple[str, ...]] = frozenset(),
    named: frozenset[tuple[str, ...]] = frozenset(),
) -> tuple[list[tuple[int, int]], set[tuple[str, ...]], set[tuple[str, ...]]]:
    """Token spans ``[start, end)`` of scholars cited in Arabic script (see the module):
    ``raw`` tokens as written, ``norms`` normalised; ``blank``: punctuation or space;
    ``taken``: tokens of every other mention; ``bodies``: those of listed actors other
    than a state's adjective (never part of a name). ``cited`` and ``named``: the surnames
    the rest of the document cites and names after a given name (a chunk of a long document
    sees one part of it). Also the surnames this text cites and those it names after a given
    name, as evidence for the rest: ``(spans, cited, named)``."""
    own = cited_authors(raw, norms, bodies)
    authors = own | cited
    if not authors:
        return [], own, set()
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for author in authors:
        by_first.setdefault(author[0], []).append(author)
    cites = citation_tokens(raw)
    full: list[tuple[int, int]] = []
    bare: list[tuple[int, int, tuple[str, ...]]] = []
    named_here: set[tuple[str, ...]] = set()
    skip = cites | bodies
    for p, norm in enumerate(norms):
        for author in by_first.get(norm, ()):
            end = p + len(author)
            span = range(p, end)
            if tuple(norms[p:end]) != author or not cites.isdisjoint(span):
                continue
            if not bodies.isdisjoint(span) or _other_word(raw, p, author):
                continue
            start = _given_start(raw, norms, blank, skip, p)
            if start < p:
                full.append((start, end))
                named_here.add(author)
            else:
                bare.append((p, end, author))
    inside = {k for s, e in full for k in range(s, e)}
    known = named_here | named
    for p, end, author in bare:
        if author not in known or not inside.isdisjoint(range(p, end)):
            continue
        reported = p > 0 and (
            word_of(norms[p - 1]) in SPEECH_VERBS or view_verb(norms[p - 1], raw[p - 1])
        )
        if reported or taken.isdisjoint(range(p, end)):
            full.append((p, end))
    return sorted(full), own, named_here


def _other_word(raw: list[str], p: int, author: tuple[str, ...]) -> bool:
    """Whether the word at ``p`` is another word normalising as the surname's first: على
    for the name علي (the surname's own spelling ends in ي)."""
    return raw[p].endswith("ى") and not author[0].endswith("ى")


def _given_start(
    raw: list[str], norms: list[str], blank: list[bool], skip: set[int], p: int
) -> int:
    """Start of the given names right before the surname at ``p`` (``p`` when none)."""
    start, names = p, 0
    while names < MAX_GIVEN:
        j = start - 1
        if j < 0 or j in skip or blank[j] or raw[j].endswith("ى"):
            break
        if j > 0 and norms[j - 1] in _PARTICLE_FORMS:
            if j - 1 in skip or blank[j - 1]:
                break
            start, names = j - 1, names + 1  # عبد الله الشايجي, وأبو بكر
            continue
        norm = norms[j]
        if reporting_verb(norm, raw[j]):
            break  # وبيّن المصري: the verb reporting the scholar's view
        if norm.startswith("و") and norm[1:] in load_word_list("given_names"):
            return j  # وجميل هلال: the conjunction opens the name
        if raw_article(raw[j]) or norm not in load_word_list("given_names") or norm in NOT_NAME:
            break
        start, names = j, names + 1
    return start
