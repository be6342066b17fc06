"""A definite head noun that takes up an organisation named before: ``الاتحاد الأفريقي ...
الاتحاد``, ``منظمة الأمم المتحدة ... المنظمة``."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from araseclit.tag.component import Found


#: head nouns by which a named organisation is taken up again: الاتحاد الأفريقي ... الاتحاد
ANAPHORIC_HEADS = frozenset("منظمه اتحاد جامعه حلف وكاله مفوضيه بعثه هيئه".split())
#: categories an anaphoric head may take up
_ORGANISATIONS = frozenset({"international_org", "ngo_named", "donor", "research_body"})


@lru_cache(maxsize=1 << 16)  # asked of every token: the same words again and again
def _head_of(norm: str) -> tuple[str, bool]:
    """A word without proclitics and article, and whether it had the article:
    ``والاتحاد`` -> (``اتحاد``, True), ``منظمه`` -> (``منظمه``, False)."""
    if norm.startswith(("لل", "ولل", "فلل")):
        return norm[norm.index("لل") + 2 :], True
    for prefix in ("وب", "فب", "و", "ف", "ب", "ك", ""):
        rest = norm[len(prefix) :]
        if norm.startswith(prefix) and rest.startswith("ال") and len(rest) > 4:
            return rest[2:], True
    return norm, False


def organisation_anaphora(
    norms: list[str], found: list[Found], before: Mapping[str, tuple[str, str]] | None = None
) -> tuple[list[Found], dict[str, tuple[str, str]]]:
    """A definite head noun that takes up an organisation the document named before with
    it: ``انضم المغرب إلى الاتحاد الأفريقي ... وله مكان خاص في الاتحاد``, ``تأسست منظمة الأمم
    المتحدة ... يتم تمويل المنظمة``. A head followed by an articled word starts a name of
    its own (``الاتحاد الأوروبي``) and is left alone.

    ``before``: head -> ``(category, entity_id)`` of the last organisation named with it in
    the text before ``norms`` (earlier chunks). Returns the mentions and that map at the end.
    """
    from araseclit.tag.component import Found  # here: component imports this module

    covered = {k for f in found if f.label == "ACTOR" for k in range(f.start, f.end)}
    named = sorted(
        (f for f in found if f.label == "ACTOR" and f.category in _ORGANISATIONS
         and f.entity_id and not f.adjectival),
        key=lambda f: f.start,
    )  # fmt: skip
    last: dict[str, tuple[str, str]] = dict(before or {})
    out: list[Found] = []
    if not named and not last:
        return out, last  # no organisation to take up: every document without one
    k = 0
    for i, norm in enumerate(norms):
        while k < len(named) and named[k].start <= i:
            head = _head_of(norms[named[k].start])[0]
            if head in ANAPHORIC_HEADS:
                last[head] = (named[k].category, str(named[k].entity_id))
            k += 1
        if not last or i in covered:
            continue  # no organisation named with a head yet: nothing to take up here
        head, definite = _head_of(norm)
        nxt = norms[i + 1] if i + 1 < len(norms) else ""
        if definite and head in last and not _head_of(nxt)[1]:
            category, entity_id = last[head]
            out.append(Found(i, i + 1, "ACTOR", category, entity_id, rank=1,
                             evidence="anaphora"))  # fmt: skip
    return out, last
