"""Readable topic labels: Arabic from the most frequent surface forms of the top terms, English
from the lexicon glosses where the lexicon knows a term."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from araseclit.normalize import normalize_token
from araseclit.topics.analyzer import ArabicAnalyzer, strip_clitics
from araseclit.topics.patterns import WORD

OUTLIER_LABEL_AR = "وحدات غير مصنفة"
OUTLIER_LABEL_EN = "unassigned units"
_LABEL_TERMS = 3


def _field(entry: Any, name: str) -> Any:
    return entry.get(name) if isinstance(entry, Mapping) else getattr(entry, name, None)


def _entries(lexicon: Any) -> Iterable[Any]:
    if isinstance(lexicon, Mapping):
        values = list(lexicon.values())
        if values and all(isinstance(v, list | tuple) for v in values):
            return [e for group in values for e in group]
        return values
    return getattr(lexicon, "entries", lexicon)


def _whole(name: str, analyzer: ArabicAnalyzer) -> str:
    """The analysed term of a lexicon name when every word of it is a content word, else "":
    ``جامعة البصرة`` analyses to ``بصر`` alone (``جامعة`` is a stop word), and that term means
    Basra, not the university."""
    terms = analyzer(name)
    return " ".join(terms) if len(terms) == len(WORD.findall(name)) else ""


def lexicon_terms(lexicon: Any) -> list[tuple[list[str], str | None, Any]]:
    """``(analyzed terms, English name, entry)`` for each lexicon entry: its Arabic name,
    variants and nisba adjectives (``عراقي`` glosses as the entry's name, Iraq). A name that
    loses a word to the stop-word list gives no term (see :func:`_whole`), nor does a name the
    lexicon lists among the entry's ``homographs``: ``مالي`` is Mali only in a context that a
    topic's word list does not have (``الرقابة المالية`` is financial oversight)."""
    analyzer = ArabicAnalyzer(bigrams=False)
    out: list[tuple[list[str], str | None, Any]] = []
    for entry in _entries(lexicon):
        homographs = set(_field(entry, "homographs") or [])
        names = [
            _field(entry, "name_ar"),
            *(_field(entry, "variants") or []),
            *(_field(entry, "nisba") or []),
        ]
        terms = [_whole(str(n), analyzer) for n in names if n and n not in homographs]
        out.append(([t for t in terms if t], _field(entry, "name_en"), entry))
    return out


def load_glossary() -> dict[str, str]:
    """Analyzed Arabic term -> English name, from the lexicon of ``araseclit.tag``."""
    from araseclit.tag import load_lexicon

    lexicon = load_lexicon()
    glossary: dict[str, str] = {}
    for terms, name_en, _ in lexicon_terms(lexicon):
        for term in terms:
            if name_en and term:
                glossary.setdefault(term, str(name_en))
    return glossary


def _gloss(term: str, glossary: Mapping[str, str]) -> list[str]:
    """English names of ``term``: its own when it is a lexicon term, else those of its words
    that are (each on its own: two glosses are never run together into a new name)."""
    if term in glossary:
        return [glossary[term]]
    return [glossary[p] for p in term.split() if p in glossary]


def _pick_terms(words: list[str]) -> list[str]:
    """Top terms for a label: a unigram gives way to a top bigram containing it
    (``امن`` -> ``امن وطني``), and a term inside one already chosen is skipped."""
    bigrams = [w for w in words if " " in w]
    chosen: list[str] = []
    for w in words:
        if " " not in w:
            w = next((b for b in bigrams if w in b.split()), w)
        if any(w in c.split() or c in w.split() or w == c for c in chosen):
            continue
        chosen.append(w)
        if len(chosen) == _LABEL_TERMS:
            break
    return chosen


def make_label(
    words: list[str], forms: Mapping[str, Counter[str]], glossary: Mapping[str, str]
) -> tuple[str, str | None]:
    """``(label_ar, label_en)`` for a topic with ranked ``words``."""
    terms = _pick_terms(words)
    arabic = [forms[t].most_common(1)[0][0] if forms.get(t) else t for t in terms]
    english = [g for t in terms for g in _gloss(t, glossary)]
    return "، ".join(arabic), (", ".join(dict.fromkeys(english)) or None)


def seed_words(words: Iterable[str]) -> list[str]:
    """Normalised, clitic-stripped form of user seed words (matches the vectorizer terms)."""
    out = []
    for w in words:
        stems = [strip_clitics(normalize_token(p)) for p in str(w).split()]
        if stems:
            out.append(" ".join(stems))
    return out


def lexicon_seed_topics(
    lexicon: Any = None, *, labels: Iterable[str] | None = None
) -> list[list[str]]:
    """Seed word lists for guided topics, one per lexicon entry (its Arabic name and variants),
    from ``lexicon`` or ``araseclit.tag.load_lexicon()``. ``labels`` keeps only entries whose
    ``label`` (ACTOR, THREAT, ...) is listed."""
    if lexicon is None:
        from araseclit.tag import load_lexicon

        lexicon = load_lexicon()
    wanted = set(labels) if labels is not None else None
    seeds = []
    for _terms, _name_en, entry in lexicon_terms(lexicon):
        if wanted is not None and _field(entry, "label") not in wanted:
            continue
        names = [_field(entry, "name_ar"), *(_field(entry, "variants") or [])]
        words = [str(n) for n in names if n]
        if words:
            seeds.append(words)
    return seeds
