"""Institutions the lexicon does not list, found from the shape of their names.

An Arabic institution is named by a head noun and either a definite genitive (``مديرية
الأمن``, ``هيئة الحقيقة والكرامة``, ``وزارة التضامن الاجتماعي``) or, with the article on the
head, adjectives alone (``المجلس التشريعي``, ``الديوان الملكي الأردني``, ``المحكمة العليا``);
a purpose phrase with its object may close it (``المرصد السوري لحقوق الإنسان``).

Where such a name ends is a question of which words can modify it. An adjective has the
shape of a nisba (``التشريعي``, ``الأردني``) or is attested as a modifier in the lexicon's own
names (``العام``, ``العليا``, ``المستقلة``: a word following an articled word in a listed name);
any other definite word after an adjective starts a new phrase (``أعلن حزب المؤتمر الشعبي
العام الحداد``: ``الحداد`` is what was announced). A purpose word followed by a preposition
is the institution's task, not its name (``أنشئت هيئة الحقيقة والكرامة للنظر في``).

All words are normalised (:func:`araseclit.normalize.normalize_token`).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from araseclit.normalize import normalize_token
from araseclit.tag.lexicon import Lexicon
from araseclit.tag.patterns import NAME_STOPWORDS, PURPOSE_RE, has_article, is_arabic

#: heads in construct with a definite genitive: مديرية الأمن العام، مجلس التعاون
CONSTRUCT_HEADS = frozenset(
    "وزاره مديريه هيئه مجلس محكمه ديوان اتحاد مرصد قوى قوات جهاز لجنه مفوضيه".split()
)
#: heads with the article, named by their adjectives: المجلس التشريعي، الهيئة المستقلة (not
#: الإطار: scholarship's الإطار النظري، القانوني، التشريعي are frameworks; the one party so
#: named, الإطار التنسيقي, is listed)
DEFINITE_HEADS = frozenset(
    "المجلس الهيئه المحكمه الديوان الاتحاد المرصد التحالف القوات اللجنه المفوضيه المديريه".split()
)
#: endings of a nisba adjective (normalised): التشريعي، الحكومية، الشماليين
NISBA_ENDINGS = ("ي", "يه", "يين", "يون")
#: the category a head gives its institution (others: "candidate", an organisation): a
#: state's forces are listed with the state's nisba (القوات التركية), so forces found here
#: are a non-state group's (القوات الكردية)
HEAD_CATEGORY = {
    **dict.fromkeys("وزاره مديريه ديوان محكمه مجلس هيئه لجنه مفوضيه جهاز".split(),
                    "government_body"),
    **dict.fromkeys("قوى قوات".split(), "armed_group"),
}  # fmt: skip
_PROCLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "وال")
MAX_NAME_WORDS = 5


def modifiers(lexicon: Lexicon) -> frozenset[str]:
    """Words the lexicon's names use as modifiers: an articled word right after an articled
    word (``العام`` of ``الأمن العام``, ``المتحدة`` of ``الأمم المتحدة``)."""
    out: set[str] = set()
    for entry in lexicon.entries:
        for name in entry.names:
            words = [normalize_token(w) for w in name.split()]
            for a, b in pairwise(words):
                if has_article(a) and has_article(b):
                    out.add(b)
    return frozenset(out)


#: listed bodies whose adjective makes an institution one of their organs: the adjective
#: of a union of states (الاتحاد الأوروبي) or of the UN (المنظمة الأممية)
ORGAN_OF = ("actor.io.eu", "actor.io.african_union", "actor.io.un")


def organ_adjectives(lexicon: Lexicon) -> frozenset[str]:
    """Masculine adjectives of :data:`ORGAN_OF` bodies' two-word names (``الاوروبي``): an
    institution they modify is an international body's organ (المفوضية الأوروبية)."""
    out: set[str] = set()
    for entity in ORGAN_OF:
        entry = lexicon.get(entity)
        for name in entry.names if entry is not None else ():
            words = [normalize_token(w) for w in name.split()]
            if len(words) == 2 and has_article(words[1]) and words[1].endswith(NISBA_ENDINGS):
                out.add(words[1].removesuffix("ه"))
    return frozenset(out)


def is_head(norm: str, heads: frozenset[str], proclitics: tuple[str, ...] = _PROCLITICS) -> bool:
    """``norm`` is one of ``heads``, possibly after one of ``proclitics`` (a conjunction or
    preposition: وهيئة)."""
    return norm in head_forms(heads, proclitics)


@lru_cache(maxsize=32)
def head_forms(heads: frozenset[str], proclitics: tuple[str, ...] = _PROCLITICS) -> frozenset[str]:
    """Every written form :func:`is_head` accepts (``هيئه``, ``وهيئه``, ``بهيئه`` ...): one set
    lookup per token instead of one string test per proclitic."""
    return heads | {p + head for p in proclitics for head in heads}


def is_adjective(norm: str, attested: frozenset[str]) -> bool:
    """An articled nisba (``الاجتماعي``) or a modifier attested in the lexicon (``العام``)."""
    return has_article(norm) and (norm.endswith(NISBA_ENDINGS) or norm in attested)


def category_of(head: str) -> str:
    """The category of an institution with head ``head`` (normalised, proclitics allowed)."""
    for form in (head, *(head[len(p) :] for p in _PROCLITICS if head.startswith(p))):
        bare = form.removeprefix("ال")
        if bare in HEAD_CATEGORY:
            return HEAD_CATEGORY[bare]
    return "candidate"


def find_institutions(
    norms: list[str],
    is_punct: list[bool],
    taken: set[int],
    attested: frozenset[str],
    organs: frozenset[str] = frozenset(),
    nisbas: frozenset[int] = frozenset(),
) -> list[tuple[int, int, str]]:
    """``(start, end, category)`` of institution names, head included; ``taken``: tokens of
    mentions already found (never part of a name); ``attested``: :func:`modifiers`;
    ``organs``: :func:`organ_adjectives` (their institutions are ``international_org``);
    ``nisbas``: tokens of a state's nisba, which ends a name (``وزارة الشؤون الخارجية
    الجزائرية`` + ``القائم بالأعمال``)."""
    spans: list[tuple[int, int, str]] = []
    construct, definite = head_forms(CONSTRUCT_HEADS), head_forms(DEFINITE_HEADS)
    i = 0
    while i < len(norms):
        end = None
        if i not in taken:
            if norms[i] in construct:
                end = _construct_end(norms, is_punct, taken, i + 1, attested, nisbas)
            elif norms[i] in definite:
                end = _adjectives_end(
                    norms, is_punct, taken, i + 1, attested, first=True, nisbas=nisbas
                )
        if end is not None:
            organ = any(norms[k].removesuffix("ه") in organs for k in range(i + 1, end))
            spans.append((i, end, "international_org" if organ else category_of(norms[i])))
            i = end
        else:
            i += 1
    return spans


def _free(norms: list[str], is_punct: list[bool], taken: set[int], k: int) -> bool:
    return (
        k < len(norms)
        and not is_punct[k]
        and k not in taken
        and is_arabic(norms[k])
        and norms[k] not in NAME_STOPWORDS
    )


def _construct_end(
    norms: list[str],
    is_punct: list[bool],
    taken: set[int],
    j: int,
    attested: frozenset[str],
    nisbas: frozenset[int] = frozenset(),
) -> int | None:
    """End of ``genitive (و genitive)* adjective* purpose?`` after a construct head."""
    if not _free(norms, is_punct, taken, j) or not has_article(norms[j]):
        return None
    k = j + 1
    while (
        _free(norms, is_punct, taken, k) and norms[k].startswith("و") and has_article(norms[k][1:])
    ):
        k += 1  # هيئة الحقيقة والكرامة
    return _adjectives_end(norms, is_punct, taken, k, attested, first=False, nisbas=nisbas)


def _adjectives_end(
    norms: list[str],
    is_punct: list[bool],
    taken: set[int],
    k: int,
    attested: frozenset[str],
    first: bool,
    nisbas: frozenset[int] = frozenset(),
) -> int | None:
    """End after the adjectives from ``k`` (at least one when ``first``) and a purpose phrase
    with its definite object (لحقوق الإنسان); None when a definite head has no adjective."""
    start = k
    while _free(norms, is_punct, taken, k) and is_adjective(norms[k], attested):
        k += 1
        if k - start >= MAX_NAME_WORDS or k - 1 in nisbas:
            break
    if first and k == start:
        return None
    if (
        _free(norms, is_punct, taken, k)
        and PURPOSE_RE.match(norms[k])
        and not has_article(norms[k])
    ):
        if _free(norms, is_punct, taken, k + 1) and has_article(norms[k + 1]):
            return k + 2  # لحقوق الإنسان: a purpose with its object
    return k
