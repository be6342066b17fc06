"""Named bodies the lexicon lacks: associations, funds, courts, councils, committees, missions.

Arabic names a body by a head noun of an organisation type and its name:

- in construct with a definite genitive, possibly through indefinite nouns first
  (``جمعية المصارف``, ``محكمة أمن الدولة``, ``رابطة أمهات المختطفين``, ``جهاز دعم
  الاستقرار``) or with a known actor as the genitive (``صندوق قطر للتنمية``, ``بعثة الاتحاد
  الأوروبي``);
- with the article on the head and adjectives alone (``الهيئة المستقلة للانتخاب``);
- a known body narrowed by a further adjective is another body (``المجلس العسكري`` +
  ``الانتقالي``: Sudan's, not Egypt's).

The name then runs over words joined by و with the article (``الحكماء والأعيان``),
adjectives (nisba shapes, words the lexicon's own names use as modifiers, a state's nisba:
``جمعية الهلال الأحمر الفلسطيني`` is one body), ``غير`` + adjective (``غير الآمنة``) and a
purpose phrase (``للانتخاب``; ``لتنسيق دعم الشرطة الفلسطينية``). It ends at anything else: a
verb, a preposition, an indefinite word after the genitive, punctuation, a person.

Whether such a phrase names a body is scored, not assumed: :func:`score` adds the evidence
of each part (the head's kind, the length of the name, a purpose phrase, adjectives, a
known actor inside), and a phrase is kept from :data:`THRESHOLD`. Heads that also head
ordinary phrases (``دائرة العنف``, ``شبكة الكهرباء``, ``فريق العمل``) weigh less, so they need
more of a name. A first genitive that describes rather than names (``مركز المدينة``,
``مؤسسات الدولة``) never starts one.

All words are normalised (:func:`araseclit.normalize.normalize_token`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from araseclit.tag.institutions import CONSTRUCT_HEADS as INSTITUTION_HEADS
from araseclit.tag.lexicon import load_word_list
from araseclit.tag.patterns import (
    GENERIC_AFTER_TRIGGER,
    NAME_STOPWORDS,
    PURPOSE_RE,
    REGIME_ADJECTIVES,
    has_article,
    is_arabic,
)
from araseclit.textmodel.frequency import arabic_zipf

#: head noun -> (category of its body, weight of the head as evidence). A strong head
#: (1.0) with a definite genitive names a body (جمعية المصارف); a weak one (0.4) heads
#: ordinary phrases too (دائرة العنف، شبكة الكهرباء) and needs a longer name.
HEADS: dict[str, tuple[str, float]] = {
    **dict.fromkeys("جمعيه رابطه نقابه اتحاد".split(), ("ngo", 1.0)),
    **{h: ("government_body", 1.0) for h in
       "حكومه نيابه محكمه مصرف صندوق جهاز مفوضيه هيئه مجلس مجالس لجنه لجان مديريه خفر "
       "بعثه".split()},
    **dict.fromkeys("مؤسسه منظمه معهد جامعه".split(), ("candidate", 1.0)),
    **{h: ("government_body", 0.4) for h in "دائره رئاسه اداره".split()},
    **dict.fromkeys("شبكه تجمع مركز".split(), ("candidate", 0.4)),
    # an initiative is a plan (مبادرة السلام العربية) as often as a group of activists
    # (مبادرة انبعاث الحركة الانعتاقية): a weak head, named by a chain and an adjective
    **dict.fromkeys("مبادره".split(), ("ngo", 0.4)),
}  # fmt: skip
#: heads that name everyday things as often as bodies (صندوق الاقتراع، صندوق السيارة، جهاز
#: الهاتف, مصرف المياه): a definite genitive and adjectives are no evidence; a body needs a
#: construct chain (جهاز مكافحة الإرهاب), a known actor (صندوق قطر للتنمية) or a purpose
#: phrase (صندوق الشارقة للتنمية)
WEAK_HEADS = frozenset("صندوق مصرف جهاز".split())
#: plural heads: a class of bodies (لجان الوساطة المحلية، لجان النزاهة), no named body unless
#: named by coordinated genitives, as an institution of several members is (مجالس الأعيان
#: والوجهاء)
PLURAL_HEADS = frozenset("لجان مجالس".split())
#: prepositions a purpose governs when it is a task (للنظر في), normalised
PREPOSITIONS = frozenset("في علي الي عن من مع حول بين لدي عبر".split())
#: heads of parties and movements (tag.parties): a و before one starts another actor
PARTY_HEADS = frozenset("حزب حركه جبهه تيار ائتلاف".split())
#: heads of a ministry whose listed name a formal name extends with coordinated portfolios
PORTFOLIO_HEADS = frozenset({"وزاره"})
#: heads that are verbal nouns too: after ب or ل they say who leads or what is done
#: (برئاسة فلان، لإدارة الأزمات), not a body
VERBAL_HEADS = frozenset("رئاسه اداره".split())
#: singular heads with the article that an adjective names (الهيئة المستقلة); a plural one is
#: described by it (اللجان الاقتصادية). النيابة names representation as often as a body
#: (النيابة التناسبية): the public prosecution is a lexicon entry
DEFINITE_HEADS = frozenset(
    "الجمعيه الرابطه النقابه الهيئه المجلس المحكمه المفوضيه اللجنه المديريه المؤسسه البنك "
    "الاتحاد الكونفدراليه المركز المعهد".split()
)
#: definite heads that an adjective describes (المؤسسة الدينية, الاتحاد الأوروبي's kind)
#: unless a purpose phrase follows: المؤسسة الوطنية للنفط, البنك الأوروبي للاستثمار
#: (المركز الرئيسي, المعهد العالي: a headquarters, a kind of school; المركز اللبناني للدراسات)
PURPOSE_HEADS = frozenset("المؤسسه البنك الاتحاد الكونفدراليه المركز المعهد".split())
_CENTRES = frozenset("المركز المعهد".split())
#: shapes of a verbal noun or a broken plural naming a field of work (normalised; ة as ه):
#: تفعيل/تفعلة (تخطيط، تنميه), تفاعل (تعاون), مفاعلة (مكافحه), افتعال (انتخاب، اقتصاد),
#: استفعال (استثمار), انفعال, إفعال and أفعال (اعلام، ابحاث), فعالة (دراسه، سياسه),
#: فعول (بحوث، حقوق، شوون، علوم), أفاعيل (اعاصير)
_FIELD_SHAPES = tuple(
    re.compile(shape)
    for shape in (
        r"ت..ي.", r"ت.ا..", r"م.ا..ه", r"ا.ت.ا.", r"است..ا.", r"ان..ا.", r"ا..ا.", r"..ا.ه",
        r"..و.", r"ا.ا.ي.",
    )
)  # fmt: skip
#: مفاعلة names a place as often as a task (محافظه، منطقه's kind): a field only in construct
_MUFAALA = re.compile(r"م.ا..ه")
#: proclitics a head may carry: وجمعية، بمحكمة، لمصرف
PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب")
#: evidence weights: each adjective or coordinated genitive, a purpose phrase, a known actor
#: in the name, each indefinite noun of the construct chain; a name is kept from THRESHOLD
ADJECTIVE_WEIGHT = 0.4
PURPOSE_WEIGHT = 0.6
ACTOR_WEIGHT = 0.3
CHAIN_WEIGHT = 0.3
#: a body named inside another (في + a named body): a unit of that body (دائرة شؤون اللاجئين
#: في منظمة التحرير الفلسطينية). Weighted as a purpose phrase: both name what the unit is of
WITHIN_WEIGHT = PURPOSE_WEIGHT
THRESHOLD = 1.0
#: longest run of indefinite nouns before the definite genitive (محكمة أمن الدولة: 1)
MAX_CHAIN = 2
MAX_ADJECTIVES = 4
#: nisba endings of an adjective (normalised): الثوري، الثورية، الثوريين
NISBA_ENDINGS = ("ي", "يه", "يين", "يون")
#: distinct words a per-word decision remembers (bounded: a worker reads many documents)
WORD_CACHE_SIZE = 16384


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _prepositional(word: str) -> bool:
    """ل or ب with a common noun (لحزب, بقرار): a noun in construct takes no preposition,
    so the construct has ended (حكومة تابعة لحزب العمال)."""
    return word[:1] in "لب" and len(word) > 3 and arabic_zipf(word[1:]) > arabic_zipf(word)


def _portfolio_head(norm: str) -> bool:
    """``وزاره``, with or without one proclitic (``ووزاره``, ``لوزاره``)."""
    return norm in PORTFOLIO_HEADS or (norm[:1] in "وفبل" and norm[1:] in PORTFOLIO_HEADS)


@lru_cache(maxsize=1)
def _given() -> frozenset[str]:
    """Given names (wordlists/given_names.json): a name in the chain is a person's, as in
    ``برئاسة رشاد محمد العليمي``, never a body's."""
    return load_word_list("given_names")


def _bare(norm: str) -> str:
    """An articled adjective as REGIME_ADJECTIVES lists it: ``الانتقالي`` -> ``انتقاليه``."""
    word = norm.removeprefix("ال")
    return word if word.endswith("ه") else word + "ه"


def _nisba_shape(word: str) -> bool:
    """An indefinite word shaped as a nisba adjective (دوليه، محلي), not a verbal noun in
    -اية (حمايه، رعايه)."""
    return word.endswith(("ي", "يه")) and not word.endswith("ايه")


@dataclass(frozen=True)
class Body:
    """A body found: tokens ``[start, end)``, its category and how strongly it was evidenced."""

    start: int
    end: int
    category: str
    score: float
    #: the known body starting at ``start`` that this one names in full (its entity)
    extends: bool = False


def head_of(norm: str) -> tuple[str, str] | None:
    """``(head, category)`` when ``norm`` is a head with proclitics (``وجمعيه``), else None:
    one look-up in every written form of a head (:data:`_HEAD_FORMS`), since it is asked of
    every token of every document."""
    return _HEAD_FORMS.get(norm)


def _definite_head(norm: str) -> str | None:
    """The definite head ``norm`` is behind a conjunction or preposition (``وبالمجلس``,
    ``للجنه`` read as ``اللجنه``), else None (:data:`_DEFINITE_FORMS`)."""
    return _DEFINITE_FORMS.get(norm)


def head_of_rules(norm: str) -> tuple[str, str] | None:
    """:func:`head_of` by its rule: the first of :data:`PROCLITICS` behind which ``norm`` is a
    head (a test compares it with the table)."""
    for p in PROCLITICS:
        if norm.startswith(p) and norm[len(p) :] in HEADS:
            return norm[len(p) :], HEADS[norm[len(p) :]][0]
    return None


def definite_head_rules(norm: str) -> str | None:
    """:func:`_definite_head` by its rules (a test compares it with the table)."""
    for p in _DEFINITE_PROCLITICS:
        if norm.startswith(p) and norm[len(p) :] in DEFINITE_HEADS:
            return norm[len(p) :]
    if norm.startswith(("لل", "ولل")):
        word = "ال" + norm.removeprefix("و")[2:]
        return word if word in DEFINITE_HEADS else None
    return None


#: proclitics a definite head may carry: والمجلس، فالمجلس، بالمجلس، وبالمجلس
_DEFINITE_PROCLITICS = ("", "و", "ف", "ب", "وب")


def _head_forms() -> dict[str, tuple[str, str]]:
    """Every head behind each of :data:`PROCLITICS`, the first proclitic's reading kept."""
    forms: dict[str, tuple[str, str]] = {}
    for p in PROCLITICS:
        for head, (category, _) in HEADS.items():
            forms.setdefault(p + head, (head, category))
    return forms


def _definite_forms() -> dict[str, str]:
    """Every definite head behind each of :data:`_DEFINITE_PROCLITICS`, then its alef-lam
    taken by لل (``للجمعيه``, ``وللجمعيه``), the first reading kept."""
    forms: dict[str, str] = {}
    for p in _DEFINITE_PROCLITICS:
        for head in sorted(DEFINITE_HEADS):
            forms.setdefault(p + head, head)
    for p in ("لل", "ولل"):
        for head in sorted(DEFINITE_HEADS):
            if head.startswith("ال"):
                forms.setdefault(p + head[2:], head)
    return forms


_HEAD_FORMS = _head_forms()
_DEFINITE_FORMS = _definite_forms()
#: the tokens find_bodies reads a body from, besides known actors
_BODY_FORMS = frozenset(_HEAD_FORMS) | frozenset(_DEFINITE_FORMS)


def find_bodies(
    norms: list[str],
    blank: list[bool],
    known: dict[int, tuple[int, str]],
    attested: frozenset[str],
    inside: set[int],
) -> list[Body]:
    """Bodies named in tokens ``norms`` (normalised; ``blank``: punctuation or space).

    ``known``: start -> (end, category) of the known actors (a state or organisation may be
    a genitive: صندوق قطر; a person may not); ``attested``: modifiers the lexicon's names use
    (:func:`araseclit.tag.institutions.modifiers`); ``inside``: tokens inside known
    multi-word actors other than states (never the head of a new body).
    """
    reader = _Reader(norms, blank, known, attested)
    found: list[Body] = []
    # a body starts at a head's form or a known actor: no other token is read
    starts = {i for i, norm in enumerate(norms) if norm in _BODY_FORMS}
    starts.update(k for k in known if 0 <= k < len(norms))
    for i in sorted(starts):
        norm = norms[i]
        if i in inside:
            continue
        head = head_of(norm)
        if head is not None and i not in known:
            body = reader.construct(i, head[0], head[1])
        elif _definite_head(norm) is not None and i not in known:
            body = reader.definite(i)
        elif i in known and known[i][1] == GENERIC and _portfolio_head(norm):
            body = reader.portfolios(i)
        elif i in known and known[i][1] not in _NOT_NARROWED:
            body = reader.narrowed(i)
        else:
            body = None
        if body is not None and round(body.score, 6) >= THRESHOLD:
            found.append(body)
    return found


#: nouns of a field of study in a construct chain: a name goes on after them (معهد أبحاث
#: السياسات الاقتصادية), though alone they describe a body's kind (مركز أبحاث: tag.patterns
#: GENERIC_AFTER_TRIGGER)
FIELD_NOUNS = frozenset("بحث ابحاث بحوث دراسات".split())
#: known actors that are no purpose's object: a person, a state (للعراق is a destination)
_NOT_PURPOSE = frozenset({"person", "nisba", "state", "regional_power", "great_power", "capital"})


#: category of a social group (المعتقلين، المحامين) in ``known``: the members an association,
#: league or union is named after (رابطة أسر المعتقلين), the purpose of anything else
SOCIAL_GROUP = "social_group"
#: category given in ``known`` to a state named by its nisba (الفلسطيني، عثمانية)
NISBA = "nisba"
#: category given in ``known`` to a generic institution (``actor.generic.*``): a further
#: adjective describes it (الجيش الوطني) rather than naming another body
GENERIC = "generic"
#: known actors a further adjective never narrows into another body (a state's nisba is
#: its own mention; a person is no body)
_STATES = frozenset({"state", "regional_power", "great_power", "capital"})
_NOT_NARROWED = _STATES | {"person", GENERIC}


class _Reader:
    """The parts of a name from a token on, read over one sentence's tokens."""

    def __init__(
        self,
        norms: list[str],
        blank: list[bool],
        known: dict[int, tuple[int, str]],
        attested: frozenset[str],
    ) -> None:
        self.norms, self.blank, self.known, self.attested = norms, blank, known, attested

    def free(self, k: int) -> bool:
        """A word that may be part of a name: Arabic, no punctuation, no function word."""
        return (
            k < len(self.norms)
            and not self.blank[k]
            and is_arabic(self.norms[k])
            and self.norms[k] not in NAME_STOPWORDS
        )

    def person(self, k: int) -> bool:
        return k in self.known and self.known[k][1] == "person"

    def construct(self, i: int, head: str, category: str) -> Body | None:
        """``head (indefinite)* definite (و definite)* adjectives purpose?`` from token ``i``."""
        weight = HEADS[head][1]
        if head in VERBAL_HEADS and self.norms[i] != head and not self.norms[i].startswith("و"):
            return None  # برئاسة رشاد العليمي (chaired by), لإدارة الأزمات (to manage)
        j, chain = i + 1, 0
        while self.free(j) and not has_article(self.norms[j]) and j not in self.known:
            word = self.norms[j]
            if (chain == MAX_CHAIN or word.endswith("ا") or _nisba_shape(word) or head_of(word)
                    or _prepositional(word)
                    or word in _given()
                    or (word in GENERIC_AFTER_TRIGGER and word not in FIELD_NOUNS)
                    or (chain and word.startswith("و"))):  # fmt: skip
                return None  # an accusative (تعمل جاهدا), an adjective (منظمة دولية لحقوق
                # الإنسان), another head, a person's name, a noun joined by و (جامعة ساوثرن
                # وسكان المنطقة)
            j, chain = j + 1, chain + 1
        if not self.free(j) or self.person(j):
            return None
        if j in self.known:  # صندوق قطر، بعثة الاتحاد الأوروبي
            word = self.norms[j]
            kind = self.known[j][1]
            members = kind == SOCIAL_GROUP and category == "ngo"  # رابطة أسر المعتقلين
            end, score = self.known[j][0], weight + ACTOR_WEIGHT
            if kind in (GENERIC, SOCIAL_GROUP) and not members and chain:
                # a class or office describes the head (صندوق دعم المجتمع المدني) unless the
                # unit is named inside a body (دائرة شؤون اللاجئين في منظمة التحرير)
                unit = self.within(self.adjectives(end)[0])
                if not unit[1]:
                    return None
                end, score = unit[0], weight + unit[1]
            elif kind in (GENERIC, NISBA, SOCIAL_GROUP) and not members:
                return None  # a nisba agrees with the head (إدارة مدنية عثمانية)
            if head_of(word) and word not in HEADS:
                return None  # a preposition governs the next body (منظمة شبيهة بمنظمة ...)
            if chain == 0 and not self._more(end):
                return None  # حكومة قطر, مصرف لبنان: the lexicon's own business
        elif has_article(self.norms[j]):
            if chain == 0 and self.norms[j] in GENERIC_AFTER_TRIGGER:
                return None  # مركز المدينة
            end, score = j + 1, weight
        else:
            return None
        score += CHAIN_WEIGHT * chain
        actor = j in self.known
        end, extra, purpose = self.tail(end)
        end, within = self.within(end)
        extra += within
        if head in PLURAL_HEADS and not (self.free(j + 1) and self._coordinated(self.norms[j + 1])):
            return None  # لجان الوساطة المحلية, لجان النزاهة: committees of a kind
        if head in WEAK_HEADS and not (chain or actor or purpose):
            return None  # صندوق السيارة الخلفي, صندوق البريد الخاص: an everyday thing
        return Body(i, end, category, score + extra)

    def definite(self, i: int) -> Body | None:
        """A definite head named by its adjectives: الهيئة المستقلة, المجلس الأسكتلندي. One
        nisba names it; a second describes it (الهيئة الوطنية الموالية) unless it is a
        state's."""
        end, extra = self.adjectives(i + 1)
        nisbas = [k for k in range(i + 1, end) if self.norms[k] not in self.attested]
        if len(nisbas) > 1 and nisbas[1] not in self.known:
            end, extra = nisbas[1], ADJECTIVE_WEIGHT * (nisbas[1] - i - 1)
        if end == i + 1:
            return None
        purpose = self.purpose(end)  # المجلس الأسكتلندي للمدارس المستقلة
        if purpose > end and _definite_head(self.norms[i]) in _CENTRES and not self._field(end):
            purpose = end  # المركز الاقتصادي للعراق, المركز التجاري للمدينة: what it is of
        if purpose > end:
            end, extra = purpose, extra + PURPOSE_WEIGHT
        elif _definite_head(self.norms[i]) in PURPOSE_HEADS:
            return None  # المؤسسة الدينية, البنك الدولي's kind: described, not named
        # a centre or institute may be a research body as well as a public one
        kind = "candidate" if _definite_head(self.norms[i]) in _CENTRES else "government_body"
        return Body(i, end, kind, 1.0 + extra - ADJECTIVE_WEIGHT)

    def within(self, k: int) -> tuple[int, float]:
        """End and evidence of ``في`` + a named body at ``k``: a unit's name takes in the body
        it belongs to (دائرة شؤون اللاجئين في منظمة التحرير الفلسطينية, مركز الدراسات
        الاستراتيجية في الجامعة الأردنية). A state, a city, a person, a class or a generic
        institution after في is where the body works, not what it is part of (المحكمة العليا
        في البحرين, الجماعات المسلحة في مؤسسات الدولة): ``(k, 0.0)``."""
        j = k + 1
        if k >= len(self.norms) or self.blank[k] or self.norms[k] != "في" or not self.free(j):
            return k, 0.0
        if j in self.known:
            if self.known[j][1] in _NOT_NARROWED | {NISBA, SOCIAL_GROUP}:
                return k, 0.0
            return self.adjectives(self.known[j][0])[0], WITHIN_WEIGHT
        norm = self.norms[j]
        head = head_of(norm) if norm in HEADS else None
        if head is not None:  # منظمة التحرير الفلسطينية: a body's construct
            inner = self.construct(j, head[0], head[1])
            return (inner.end, WITHIN_WEIGHT) if inner is not None else (k, 0.0)
        if has_article(norm) and norm[2:] in HEADS:  # الجامعة الأردنية: named by adjectives
            end = self.adjectives(j + 1)[0]
            return (end, WITHIN_WEIGHT) if end > j + 1 else (k, 0.0)
        return k, 0.0

    def portfolios(self, i: int) -> Body | None:
        """A listed ministry named in full with its coordinated portfolios: وزارة الكهرباء
        + والطاقة المتجددة, وزارة التربية + والتعليم العالي (the same ministry)."""
        end = self.known[i][0]
        # the first portfolio's own adjective before the next: وزارة التربية الوطنية والتعليم
        k = first = self.adjectives(end)[0]
        if any(self.known.get(j, (0, ""))[1] in _STATES | {NISBA} for j in range(end, first)):
            return None  # a state's nisba ends the name: وزارة الداخلية المغربية والدرك
        while self.free(k) and self._portfolio(k):
            if self._coordinated(self.norms[k]):
                k = self.adjectives(self.known[k][0] if k in self.known else k + 1)[0]
            elif self._coordinated_construct(k):
                k = self.adjectives(k + 2)[0]  # وزارة الخارجية + وشؤون المغتربين
            else:
                break
        if k == first:
            return None
        return Body(i, k, "government_body", 1.0, extends=True)

    def _coordinated_construct(self, k: int) -> bool:
        """An indefinite noun joined by و with its definite genitive (وشؤون المغتربين),
        neither a head of another body nor a known actor."""
        norm = self.norms[k]
        return (
            norm.startswith("و")
            and len(norm) > 3
            and not has_article(norm[1:])
            and head_of(norm) is None
            and norm[1:] not in HEADS
            and norm[1:] not in INSTITUTION_HEADS  # وقوات الأمن: another body
            and self.free(k + 1)
            and k + 1 not in self.known
            and has_article(self.norms[k + 1])
            and not self._nisba(self.norms[k + 1])
        )

    def _portfolio(self, k: int) -> bool:
        """A coordinated genitive may be a class the lexicon lists (والسكان), not a state,
        a person or another body (وزارة الداخلية والجيش are two)."""
        return k not in self.known or self.known[k][1] == SOCIAL_GROUP

    def narrowed(self, i: int) -> Body | None:
        """A known body narrowed by an adjective of tenure (:data:`REGIME_ADJECTIVES`:
        انتقالي، مؤقت): المجلس العسكري الانتقالي is another council than المجلس العسكري. Other
        adjectives may agree with a noun before the body (عائدات حكومة الإقليم النفطية)."""
        end = self.known[i][0]
        k = end
        while self.free(k) and _bare(self.norms[k]) in REGIME_ADJECTIVES and k not in self.known:
            k += 1
        if k == end or not has_article(self.norms[end - 1]):
            return None
        return Body(i, k, "candidate", 1.0)

    def _more(self, k: int) -> bool:
        """Whether a name goes on at ``k`` (an adjective or a purpose phrase)."""
        return self.tail(k)[0] > k

    def tail(self, k: int) -> tuple[int, float, bool]:
        """End and evidence of what follows a genitive: و + definite genitives, adjectives,
        ``غير`` + adjective, a purpose phrase with its object; and whether it had a purpose."""
        score = 0.0
        while self.free(k) and self._coordinated(self.norms[k]) and k not in self.known:
            k, score = k + 1, score + ADJECTIVE_WEIGHT  # الحكماء والأعيان
        k, extra = self.adjectives(k)
        score += extra
        if self.free(k) and self.norms[k] == "غير" and self.free(k + 1):
            if has_article(self.norms[k + 1]):  # غير الآمنة، غير الحكومية
                k, score = k + 2, score + ADJECTIVE_WEIGHT
        end = self.purpose(k)
        if end > k:
            return end, score + PURPOSE_WEIGHT, True
        return k, score, False

    def adjectives(self, k: int) -> tuple[int, float]:
        start = k
        while self.free(k) and k - start < MAX_ADJECTIVES:
            norm = self.norms[k]
            state = self.known.get(k)
            if state is not None and state[1] in _STATES | {NISBA}:
                if k + 1 == state[0] and has_article(norm):
                    k += 1  # a state's nisba ends a name: جمعية الهلال الأحمر الفلسطيني
                    break
                return k, ADJECTIVE_WEIGHT * (k - start)
            if not (has_article(norm) and (self._nisba(norm) or norm in self.attested)):
                if k > start and norm.startswith("و") and self._nisba(norm[1:]):
                    k += 1  # adjectives joined by و: للمنافذ البرية والبحرية
                    continue
                break
            k += 1
        return k, ADJECTIVE_WEIGHT * (k - start)

    def purpose(self, k: int) -> int:
        """End of a purpose phrase at ``k`` (``للانتخاب``, ``لحقوق الإنسان``, ``لتنسيق دعم
        الشرطة``), ``k`` when there is none."""
        if not self.free(k) or not PURPOSE_RE.match(self.norms[k]) or self.norms[k][:3] == "لدي":
            return k  # لديه القدرة: "has", no purpose
        norm = self.norms[k]
        if norm.startswith("لل"):  # an articled purpose: للتنمية (الاجتماعية) والتجارة
            if k in self.known and self.known[k][1] not in _NOT_PURPOSE:
                # a known actor is the object, not a task governing the next preposition:
                # المجلس الأعلى للدولة في طرابلس
                return self.objects(self.known[k][0])
            end = self.objects(k + 1)
            # a purpose governing a preposition is a task (لجان خاصة للنظر في), but for
            # عن with a defined object, the body's cause (للدفاع عن حقوق الإنسان)
            if end == k + 1 and k + 1 < len(self.norms) and self.norms[k + 1] in PREPOSITIONS:
                if norm.endswith("ات"):
                    return end  # a plural names the field, the preposition its topic:
                    # المركز اللبناني للدراسات + عن جلسات البرلمان
                if self.norms[k + 1] == "عن":
                    after = self.purpose_object(k + 1)
                    return after if after > k + 2 else k
                return k
            return end
        return self.purpose_object(k)

    def _field(self, k: int) -> bool:
        """The purpose at ``k`` names a field of work, as a centre's or an institute's does:
        a plural of a verbal noun (للدراسات, لحقوق الإنسان, للشؤون الدولية) or a verbal noun
        (للتخطيط, للاستثمار). A known actor that is a state, a place, a person or a social
        group (للعراق, للمرأة), a common noun (للمدينة, للبطولة) or a plural of one in ية
        (للعمليات) is what the centre is of: a headquarters, a city centre, a rank."""
        if k in self.known and self.known[k][1] in _NOT_PURPOSE | {SOCIAL_GROUP}:
            return False
        word = self.norms[k].removeprefix("لل") if self.norms[k].startswith("لل") else None
        word = self.norms[k][1:] if word is None else word
        if word.endswith("ات"):
            return not word[:-2].endswith("ي")  # عمليات, اولويات: plurals of common nouns
        if self.norms[k].startswith("لل") and _MUFAALA.fullmatch(word):
            return False  # للمحافظة: a governorate; a task governs its object (لمكافحة الفساد)
        if not self.norms[k].startswith("لل") and len(word) == 3:
            return True  # a verbal noun of three letters governing its object: لمنع الكوارث
        return any(shape.fullmatch(word) for shape in _FIELD_SHAPES)

    def objects(self, k: int) -> int:
        """End of adjectives and genitives joined by و from ``k``: الاجتماعية, والتجارة
        والصناعات التقليدية."""
        k = self.adjectives(k)[0]
        while self.free(k) and k not in self.known and self._coordinated(self.norms[k]):
            k = self.adjectives(k + 1)[0]
        return k

    def purpose_object(self, k: int) -> int:
        """End of the defined object after the word at ``k`` (a purpose ل + noun, or عن):
        لتنسيق دعم الشرطة الفلسطينية, عن حقوق الإنسان; ``k`` when there is none."""
        j, chain = k + 1, 0
        while self.free(j) and not has_article(self.norms[j]) and j not in self.known:
            if chain == MAX_CHAIN:
                return k
            j, chain = j + 1, chain + 1
        if j in self.known and self.known[j][1] != "person":
            return self.adjectives(self.known[j][0])[0]
        if self.free(j) and has_article(self.norms[j]):
            return self.objects(j + 1)
        return k

    def _coordinated(self, norm: str) -> bool:
        """A genitive joined by و (والأعيان); not a relative (والذي) nor an adjective."""
        word = norm[1:]
        return (
            norm.startswith("و")
            and has_article(word)
            and word not in NAME_STOPWORDS
            and not self._nisba(word)
            and _definite_head(norm) is None  # والرابطة المغربية: the next body
            and word.removeprefix("ال") not in HEADS
            and word.removeprefix("ال") not in PARTY_HEADS  # والحركة الشعبية: a movement
        )

    @staticmethod
    def _nisba(norm: str) -> bool:
        return has_article(norm) and norm.endswith(NISBA_ENDINGS) and len(norm) >= 5
