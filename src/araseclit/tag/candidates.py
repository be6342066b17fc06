"""Named organisations the lexicon does not know yet, found from how Arabic introduces them.

A singular head (منظمة، مؤسسة، مركز، معهد، شبكة، جمعية، هيئة) followed by a quoted name
(«…») or by a name that carries a purpose phrase (منظمة تموز للتنمية الاجتماعية) is a
candidate actor. Generic phrases (منظمة غير حكومية، مركز المدينة) are not.
"""

from __future__ import annotations

from araseclit.tag.patterns import (
    CLOSE_QUOTES,
    GENERIC_AFTER_TRIGGER,
    NAME_STOPWORDS,
    OPEN_QUOTES,
    ORG_TRIGGERS,
    PURPOSE_RE,
    TRIGGER_PROCLITICS,
    has_article,
    is_arabic,
)

MAX_NAME_TOKENS = 6


#: every organisation head with its possible proclitics, for one set lookup per token
_TRIGGER_FORMS = frozenset(p + t for p in ("", *TRIGGER_PROCLITICS) for t in ORG_TRIGGERS)


def is_trigger(norm: str) -> bool:
    """True for an organisation head, with or without proclitics: ``ومنظمه``, ``بمركز``."""
    return norm in _TRIGGER_FORMS


def find_candidates(
    norms: list[str], texts: list[str], is_punct: list[bool]
) -> list[tuple[int, int]]:
    """Token spans ``[start, end)`` of candidate organisation names, trigger included, in
    tokens of normalised forms ``norms``, written forms ``texts`` and spaCy's ``is_punct``."""
    spans = []
    for i, norm in enumerate(norms):
        if norm not in _TRIGGER_FORMS:
            continue
        end = _quoted_end(texts, is_punct, i + 1) or _named_end(norms, is_punct, i + 1)
        if end:
            spans.append((i, end))
    return spans


def _quoted_end(texts: list[str], is_punct: list[bool], i: int) -> int | None:
    """End of ``«name»`` starting at token ``i``, closing quote included."""
    if i >= len(texts) or texts[i] not in OPEN_QUOTES:
        return None
    for j in range(i + 1, min(i + 2 + MAX_NAME_TOKENS, len(texts))):
        if texts[j] in CLOSE_QUOTES:
            return j + 1 if j > i + 1 else None
        if is_punct[j]:
            return None
    return None


def _named_end(norms: list[str], is_punct: list[bool], i: int) -> int | None:
    """End of an unquoted name after a trigger, if it carries a purpose phrase."""
    name: list[str] = []
    purpose_at = None
    j = i
    while j < len(norms) and len(name) < MAX_NAME_TOKENS:
        norm = norms[j]
        if is_punct[j] or not is_arabic(norm) or norm in NAME_STOPWORDS:
            break
        if purpose_at is not None and not has_article(norm.removeprefix("و")):
            break  # after للثقافة only genitives, adjectives and و+ال nouns: للثقافة والحوار
        if purpose_at is None and name and PURPOSE_RE.match(norm):
            purpose_at = len(name)
        name.append(norm)
        j += 1
    if purpose_at is None or name[0] in GENERIC_AFTER_TRIGGER:
        return None
    if any(w in GENERIC_AFTER_TRIGGER for w in name[:purpose_at]):
        return None
    return j
