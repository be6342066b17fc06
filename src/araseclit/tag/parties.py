"""Parties, fronts and movements the lexicon does not know, found from the shape of their names.

An Arabic party name is a head noun in construct with a definite name: ``حزب العدالة
والتنمية``, ``حزب الرفاه الإسلامي``, ``جبهة التحرير الوطني``, ``تيار المستقبل``, ``ائتلاف
دولة القانون``. The head has no article (``الحزب الحاكم`` describes a party, it does not name
one), and the name runs over definite words and definite words joined by و, at most
:data:`MAX_NAME_WORDS`. A movement (``حركة``, ``الحركة``) is named only with a purpose
phrase, as organisations are (:mod:`araseclit.tag.candidates`): ``الحركة الشعبية لتحرير
السودان``; ``حركة الاحتجاج`` is a protest movement, not a name.

All words are normalised (:func:`araseclit.normalize.normalize_token`).
"""

from __future__ import annotations

from araseclit.tag.institutions import is_adjective, is_head
from araseclit.tag.patterns import NAME_STOPWORDS, PURPOSE_RE, has_article, is_arabic

#: heads of a party's name in construct with it: حزب العدالة, جبهة التحرير, تيار المستقبل
PARTY_HEADS = frozenset("حزب جبهه تيار ائتلاف".split())
#: heads of a movement's name, which needs a purpose phrase: الحركة الشعبية لتحرير السودان
MOVEMENT_HEADS = frozenset("حركه الحركه".split())
#: first words after a head that describe a party rather than name it: حزب الأغلبية
GENERIC_FIRST = frozenset("الاغلبيه الاكثريه المعارضه السلطه الحاكم الرئيسي الاكبر".split())
MAX_NAME_WORDS = 4
_PROCLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب")


def _definite(norm: str) -> bool:
    """An articled word, or one joined by و: ``العدالة``, ``والتنمية``."""
    return has_article(norm) or (norm.startswith("و") and has_article(norm[1:]))


def find_parties(
    norms: list[str],
    is_punct: list[bool],
    taken: set[int],
    attested: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Token spans ``[start, end)`` of party and movement names, head included; ``taken``:
    tokens of mentions already found (never part of a name); ``attested``: modifiers the
    lexicon attests (tag.institutions.modifiers): after an adjective only adjectives follow
    (``حزب المؤتمر الشعبي العام`` ends before ``الحداد``)."""
    spans: list[tuple[int, int]] = []
    for i, norm in enumerate(norms):
        if i in taken:
            continue
        party = is_head(norm, PARTY_HEADS, _PROCLITICS)
        if not party and not is_head(norm, MOVEMENT_HEADS, _PROCLITICS):
            continue
        end = _name_end(norms, is_punct, taken, i + 1, party, attested)
        if end is not None:
            spans.append((i, end))
    return spans


def _name_end(
    norms: list[str],
    is_punct: list[bool],
    taken: set[int],
    j: int,
    party: bool,
    attested: frozenset[str] = frozenset(),
) -> int | None:
    """End of the name after a head at ``j - 1``, or None when there is no name."""
    if j >= len(norms) or not has_article(norms[j]) or norms[j] in GENERIC_FIRST:
        return None
    k, purpose = j, None  # purpose: index of the purpose word (لتحرير)
    while k < len(norms) and k - j < MAX_NAME_WORDS:
        norm = norms[k]
        if is_punct[k] or (k in taken and purpose is None) or not is_arabic(norm):
            break
        if norm in NAME_STOPWORDS:
            break
        if purpose is None and k > j + 1 and is_adjective(norms[k - 1], attested):
            if not is_adjective(norm, attested) and not norm.startswith("و"):
                break  # a definite noun after the adjectives starts a new phrase
        if purpose is None and k > j and PURPOSE_RE.match(norm) and not has_article(norm):
            purpose = k  # لتحرير: its object follows
        elif purpose is not None and k == purpose + 1:
            pass  # the object of the purpose word: لتحرير السودان
        elif not _definite(norm) or (purpose is not None and not norm.startswith("و")):
            break  # after the object only و and a definite word: لتحرير العمال والفلاحين
        k += 1
    if purpose is not None and k <= purpose + 1:
        k = purpose  # a purpose word with no object is no part of the name
    if (not party and purpose is None) or k == j:
        return None
    return k
