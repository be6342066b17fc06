"""``الدولة`` and ``المجتمع المدني`` read as concepts of scholarship, not as actors.

Academic prose names the state as an actor (``ضعف الدولة``, ``بيد الدولة``, ``تحل محل
الدولة``) and as the object of analysis (``مفهوم الدولة``, ``أزمة الدولة الوطنية``). The
evidence of the second reading is the word governing it in construct: a noun of analysis
(:data:`CONCEPT_NOUNS`: a concept, a thesis, a model, a crisis of the state, its meaning, a
quasi-state), or what follows it calls it a concept (``المجتمع المدني بوصفه مفهوما``). Civil
society is both too: ``عمل المجتمع المدني`` (its organisations), ``مفهوم المجتمع المدني``.

Coordination is no such evidence: ``بين الدولة والمجتمع`` is an analysis's two terms in one
text and the state as a party facing society in another (the seed chapter annotates all its
seven ``الدولة`` + و cases as actors; a rule dropping them cost it 0.909 -> 0.898 strict
F1), so it is left to the lexicon's reading.

All words are normalised (:func:`araseclit.normalize.normalize_token`).
"""

from __future__ import annotations

#: the generic state's entity
STATE_GENERIC = "actor.gov.state_generic"
#: generic actors that are also concepts of the literature
CONCEPT_ENTITIES = frozenset({STATE_GENERIC, "actor.ngo.civil_society"})
#: "as" + "a concept" after the name (normalised): بوصفه مفهوما، باعتبارها مفهوما
_AS = frozenset("بوصفه بوصفها باعتباره باعتبارها".split())
_CONCEPT = frozenset("مفهوما مفهوم".split())
#: nouns of analysis whose genitive is the state as a concept (normalised): مفهوم، معنى،
#: أزمة، شبه، نموذج، أطروحة، نظرية، فكرة، تعريف، أمن (state security, a legal good)
CONCEPT_NOUNS = frozenset("مفهوم مفاهيم معني ازمه شبه نموذج اطروحه نظريه فكره تعريف امن".split())
#: one proclitic a governing noun may carry: بمفهوم، لأزمة، ومعنى
_PROCLITICS = ("و", "ف", "ب", "ل", "وب", "ول")


def _bare(norm: str) -> str:
    if norm in CONCEPT_NOUNS:
        return norm
    for p in _PROCLITICS:
        if norm.startswith(p) and norm[len(p) :] in CONCEPT_NOUNS:
            return norm[len(p) :]
    return norm


def concept_states(norms: list[str], spans: list[tuple[int, int, str | None]]) -> set[int]:
    """Starts of the mentions of :data:`CONCEPT_ENTITIES` among ``spans`` (start, end,
    entity) governed by a noun of analysis or called a concept; ``norms``: the tokens the
    spans index. A longer name (``مؤسسات الدولة``, ``منظمات المجتمع المدني``) is no concept."""
    out = set()
    for start, end, entity in spans:
        if entity not in CONCEPT_ENTITIES or not _bare_name(norms, start, end):
            continue
        if start > 0 and _bare(norms[start - 1]) in CONCEPT_NOUNS:
            out.add(start)  # مفهوم الدولة
        elif norms[end : end + 1] and norms[end] in _AS and norms[end + 1 : end + 2]:
            if norms[end + 1] in _CONCEPT:
                out.add(start)  # المجتمع المدني بوصفه مفهوما
    return out


def _bare_name(norms: list[str], start: int, end: int) -> bool:
    """The entity's own name, with one proclitic at most: الدولة، والدولة، المجتمع المدني."""
    first = norms[start].lstrip("وفبل")
    return first in {"الدوله", "دوله", "المجتمع", "مجتمع"} and end - start <= 2
