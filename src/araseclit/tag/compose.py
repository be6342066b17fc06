"""Threat and role phrases the lexicon cannot list one by one, composed from their parts.

Arabic security writing names most threats productively rather than with fixed terms:

- a *deficit head* over a domain noun or a known actor: ``ضعف التشريعات``, ``غياب الرقابة``,
  ``تآكل الثقة العامة``, ``انهيار المجتمع المدني``, ``تفكك الشبكات المدنية``;
- a *threat head* with domain adjectives: ``التحديات القانونية``, ``التهديدات الأمنية
  الحديثة``, ``المخاطر السياسية والأمنية``;
- a listed threat or role narrowed by classifying adjectives: ``الفساد البنيوي``,
  ``حملات الاغتيال المنظمة``, ``بناء القدرات المدنية``, ``الانقسامات الدينية والإثنية``.

All words here are normalised (:func:`araseclit.normalize.normalize_token`); the word lists
live in :mod:`araseclit.tag.patterns`. Composition runs after lexicon matching and only
adds spans, so ``doc.spans`` keeps the shorter lexicon matches too. The shapes are Arabic's:
in a Persian sentence a noun with its ezafe or plural ``-ی`` (``تهدیدهای``) and an adjective
(``اصلی``) both look like a nisba, so the caller passes its words as ``stops``.
"""

from __future__ import annotations

from collections.abc import Callable

from araseclit.tag.patterns import (
    BROKEN_PLURALS,
    DEFICIT_COMPLEMENTS,
    DEFICIT_HEADS,
    DOMAIN_ADJECTIVES,
    EXTENDING_ADJECTIVES,
    NOT_ADJECTIVES,
    THREAT_HEADS,
    has_article,
    is_arabic,
)

#: (start, end, label, entity_id, category) of a composed mention
Composed = tuple[int, int, str, str | None, str]
#: labels whose lexicon matches may be narrowed by following adjectives
EXTENDABLE = ("THREAT", "NGO_ROLE")
COMPOSED_CATEGORY = "general"
MAX_ADJECTIVES = 4


def _bare(norm: str) -> str:
    """A word without its conjunction and article: ``والامنيه`` -> ``امنيه``."""
    word = norm[1:] if norm.startswith(("و", "ف")) and len(norm) > 4 else norm
    return word[2:] if has_article(word) else word


def _without_conjunction(norm: str) -> str:
    return norm[1:] if norm.startswith("و") and len(norm) > 3 else norm


def is_adjective(
    norm: str, definite: bool, state_nisba: frozenset[str], for_actor: bool = False
) -> bool:
    """Whether ``norm`` can be an adjective agreeing in definiteness (``الاداري``, ``منظمه``).

    A nisba naming a state (``العراقي``) is an actor of its own, never a narrowing adjective
    of a threat; for an actor class (``for_actor``) it is part of the name, as in
    ``المنظمات المدنيه العراقيه``, and only nisba adjectives count (not ``الجديده``).
    """
    word = _without_conjunction(norm)
    if not is_arabic(norm) or (not for_actor and word in state_nisba):
        return False
    if has_article(word) != definite:
        return False
    bare = _bare(word)
    if bare in NOT_ADJECTIVES:
        return False
    if bare in EXTENDING_ADJECTIVES:
        return not for_actor
    # relative adjectives (nisba): اداري، اداريه، مؤسسيه، مذهبيين (not -يات: تحديات)
    stem = bare.removesuffix("ه").removesuffix("ين").removesuffix("ون")
    return stem.endswith("ي") and len(stem) >= 4


def adjectives_end(
    norms: list[str],
    i: int,
    definite: bool,
    state_nisba: frozenset[str],
    first_and: bool,
    stops: frozenset[int] = frozenset(),
    for_actor: bool = False,
) -> int:
    """End of the run of agreeing adjectives from token ``i`` (``i`` itself when none).

    ``first_and``: the first adjective may already carry و (``الدينيه والاثنيه``). A token in
    ``stops`` starts a mention of its own (``الفساد الاداري والطائفيه السياسيه``) and ends it.
    """
    j = i
    while j < len(norms) and j - i < MAX_ADJECTIVES and j not in stops:
        norm = norms[j]
        coordinated = norm.startswith("و") and len(norm) > 3
        if coordinated and ((j == i and not first_and) or for_actor):
            break  # an actor class does not take coordinated adjectives: النسويه والشبابيه
        if not is_adjective(norm, definite, state_nisba, for_actor):
            break
        j += 1
    return j


def extend_with_adjectives(
    norms: list[str],
    spans: list[tuple[int, int, str]],
    stops: frozenset[int],
    state_nisba: frozenset[str],
) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    """THREAT / NGO_ROLE spans ``(start, end, label)`` grown over the adjectives that narrow
    them (``الفساد`` + ``البنيوي``): the new ``(start, end)`` and, aligned with them, the span
    each grew from. A token in ``stops`` starts another mention and is never an adjective."""
    grown, bases = [], []
    for start, end, label in spans:
        if label not in EXTENDABLE:
            continue
        last = _without_conjunction(norms[end - 1])
        if not takes_feminine(last) and end < len(norms) and norms[end].endswith("ه"):
            continue  # موجات نزوح متتاليه: the adjective agrees with موجات, not نزوح
        # a listed phrase ending in an adjective takes coordinated ones: الانقسامات الدينيه
        # + والاثنيه
        ends_in_adjective = end - start > 1 and is_adjective(last, has_article(last), state_nisba)
        definite = has_article(last)
        new_end = adjectives_end(norms, end, definite, state_nisba, ends_in_adjective, stops)
        if new_end > end:
            grown.append((start, new_end))
            bases.append((start, end, label))
    return grown, bases


def extend_actor_classes(
    norms: list[str],
    spans: list[tuple[int, int]],
    stops: frozenset[int],
    state_nisba: frozenset[str],
) -> list[tuple[int, int]]:
    """Actor classes ``(start, end)`` grown over the nisba adjectives that are part of their
    name: ``المجتمع المدني العالمي``, ``المنظمات المدنيه العراقيه`` (one actor, the class)."""
    grown = []
    for start, end in spans:
        last = _without_conjunction(norms[end - 1])
        if not takes_feminine(last) and end < len(norms) and norms[end].endswith("ه"):
            continue
        new_end = adjectives_end(
            norms, end, has_article(last), state_nisba, False, stops, for_actor=True
        )
        if new_end > end:
            grown.append((start, new_end))
    return grown


def takes_feminine(noun: str) -> bool:
    """Whether a feminine adjective can follow ``noun``: feminine singulars and plurals
    (``الاغاثه``, ``الانقسامات``) and non-human broken plurals (``الحروب``)."""
    bare = _bare(noun)
    return bare.endswith(("ه", "ات")) or bare in BROKEN_PLURALS


def compose_threats(
    norms: list[str],
    actor_end: Callable[[int], int | None],
    state_nisba: frozenset[str],
    stops: frozenset[int] = frozenset(),
) -> list[Composed]:
    """Deficit phrases and threat-head phrases (see the module docstring).

    ``actor_end(i)``: end of the longest known actor starting at token ``i``, or None;
    ``stops``: tokens that are no part of a composed phrase (a Persian sentence's).
    """
    found: list[Composed] = []
    for i, norm in enumerate(norms):
        if i in stops:
            continue
        head = _head(norm)
        if head in DEFICIT_HEADS and i + 1 < len(norms):
            end = _deficit_end(norms, i + 1, actor_end, state_nisba, stops)
            if end:
                found.append((i, end, "THREAT", None, COMPOSED_CATEGORY))
        elif head in THREAT_HEADS:
            definite = _definite(norm)
            end = adjectives_end(norms, i + 1, definite, state_nisba, False, stops)
            if end > i + 1 and any(_bare(norms[k]) in DOMAIN_ADJECTIVES for k in range(i + 1, end)):
                found.append((i, end, "THREAT", None, COMPOSED_CATEGORY))
    return found


def _definite(norm: str) -> bool:
    """Whether a possibly cliticised word carries the article: ``للتحديات``, ``وبالمخاطر``."""
    word = norm[1:] if norm.startswith(("و", "ف")) else norm
    if word.startswith("لل"):
        return True
    return has_article(word) or (word[:1] in "بك" and has_article(word[1:]))


def _head_forms() -> dict[str, str]:
    """Every cliticised form of a head noun -> the head: ``وتاكل`` -> ``تاكل``."""
    forms: dict[str, str] = {}
    for head in DEFICIT_HEADS | THREAT_HEADS:
        for prefix in ("وب", "ول", "فب", "و", "ف", "ب", "ل", "ك"):
            forms.setdefault(prefix + head, head)
        if has_article(head):  # للتحديات, وللتحديات
            for prefix in ("لل", "ولل", "فلل"):
                forms.setdefault(prefix + head[2:], head)
    return forms


_HEADS = _head_forms()


def _head(norm: str) -> str:
    """The head noun without proclitics: ``وتاكل`` -> ``تاكل``, ``للتحديات`` -> ``التحديات``."""
    return _HEADS.get(norm, norm)


def _deficit_end(
    norms: list[str],
    i: int,
    actor_end: Callable[[int], int | None],
    state_nisba: frozenset[str],
    stops: frozenset[int] = frozenset(),
) -> int | None:
    """End of the complement of a deficit head at token ``i``: a domain noun or a known actor,
    with the adjectives that follow it."""
    end = actor_end(i)
    if end is None:
        word = norms[i]
        if word not in DEFICIT_COMPLEMENTS and _bare(word) not in DEFICIT_COMPLEMENTS:
            return None
        end = i + 1
        # a construct complement: ثقه المواطنين, مؤسسات الدوله
        if end < len(norms) and word in DEFICIT_COMPLEMENTS and not has_article(word):
            nxt = actor_end(end)
            end = nxt if nxt else (end + 1 if has_article(norms[end]) else end)
    last = _without_conjunction(norms[end - 1])
    return adjectives_end(norms, end, has_article(last), state_nisba, False, stops)


def is_adjective_use(norms: list[str], start: int, end: int) -> bool:
    """A one-word threat noun in ``-iyya`` right after a definite noun is that noun's adjective:
    ``الجماعه الطائفيه`` is a sectarian group, not sectarianism; ``والطائفيه`` stays a noun."""
    if end - start != 1 or start == 0:
        return False
    norm, prev = norms[start], norms[start - 1]
    if not (norm.startswith("ال") and norm.endswith("يه")):
        return False
    return has_article(prev) and is_arabic(prev)
