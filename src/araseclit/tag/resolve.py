"""Context-aware resolution: which state a generic institution belongs to, and whether a
word that is also an ordinary word (a homograph) names an actor here.

A political scientist reads ``وزارة الدفاع`` as *some* state's ministry: the state named in
its own phrase (``وزارة الدفاع الأميركية``), else the state the document is about, else
unknown. Nothing defaults to Iraq. Every decision keeps its evidence:

- ``phrase``: a state nisba right after the institution (the span grows over it), or the
  state as the genitive of an indefinite head (``وزارة خارجية قطر``: the ministry of Qatar and
  Qatar, two mentions, as the genitive is a state named in its own right; such heads, and the
  ministry named by its adjective alone, ``الداخلية السعودية``, are listed as homographs:
  they name a ministry only with the state after them, and an adjective after a definite
  noun is no ministry: ``السياسة الخارجية الإيرانية``);
- ``sentence``: the state that frames the sentence (``وفي السودان تواصلت المواجهات بين
  الجيش ...``: ``في`` + the state opening the sentence or a clause), before the document's;
- ``document``: the document's dominant state (named in most places, at least
  :data:`MIN_STATE_MENTIONS` and more than any other; the mentions overlapping in one place,
  ``وزارة الخارجية الأمريكية`` and its ``الأمريكية``, are one vote);
- ``unknown``: no state; the mention keeps the generic id (``actor.generic.police``).

A homograph (``حماس`` "enthusiasm", ``الأسد`` "the lion", ``الحشد`` "the crowd") names its
entry only with evidence from outside the word itself: the same entity named unambiguously
in the document (``حركة حماس``, ``بشار الأسد``), one of the entry's cue words in the same
sentence (``غزة`` for Hamas), an honorific right before a person (``الرئيس الأسد``,
``وزير الخارجية المعلم``), a person named outright joined to it by و (``بين البرهان
وحميدتي``), or, for an institution, the document being about the entry's
state (``الحشد`` in a text about Iraq). A person needs more than the document's state: in a
text about Iraq ``صدام مسلح`` is a clash and ``في الصدر`` the chest. A homograph followed
by an indefinite adjective is the ordinary word (``بحماس شبابي``), and so is a definite one
followed by its own nisba-shaped adjective that is no state's and no word of the entry's
names (``الحشد الإعلامي``, not ``الحشد الشعبي``). A bare word in ``-ان`` with a dual
adjective after it is a dual (``طالبان جامعيان`` "two students"), no name.

The family name of a listed person the document names in full (``السوداني`` of ``محمد
شياع السوداني``) is that person where it stands as a person, right after a verb of speech
or view (``وأكد السوداني``), whatever else the word can be (Sudan's nisba); after a title
it stays a nisba (``رئيس الوزراء السوداني``).

A listed person's surname alone (``علاوي``, ``الصدر``) right after a given name that is not
the person's own names someone else (``علي علاوي``, ``محمد باقر الصدر``): the lexicon's
reading is dropped and the person finders name the other person in full
(:func:`other_given_name`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from araseclit.normalize import normalize_token
from araseclit.tag.candidates import is_trigger
from araseclit.tag.evidence import DocumentEvidence
from araseclit.tag.lexicon import Entry, Lexicon, load_word_list
from araseclit.tag.patterns import (
    CITY_NOUNS,
    CITY_PARTS,
    LANDFORMS,
    LOCATIVES,
    REGIME_ADJECTIVES,
    has_article,
    is_arabic,
    with_proclitics,
)
from araseclit.tag.persons import (
    GIVEN_NAME_ZIPF,
    HONORIFICS,
    NOT_NAME,
    SON_OF,
    SPEECH_VERBS,
    TITLE_HEADS,
    TITLE_WORDS,
    VIEW_VERBS,
    _name_more_than_word,
    _name_words,
    word_of,
)
from araseclit.textmodel.frequency import arabic_zipf

if TYPE_CHECKING:
    from araseclit.tag.component import Found

GENERIC_PREFIX = "actor.generic."
#: heads of a name a capital is part of: a paper, channel, agency or university (صحيفة
#: واشنطن بوست, جامعة بغداد), a school of thought (مدرسة كوبنهاغن), an agreement or
#: meeting named after where it was held (اتفاقية أوسلو, مؤتمر لندن, مسار أستانا)
NAME_HEADS = frozenset(
    "صحيفه جريده مجله قناه وكاله اذاعه جامعه مدرسه اتفاق اتفاقيه اتفاقات معاهده مؤتمر "
    "اعلان قمه مسار محادثات مفاوضات".split()
)
#: category of a capital, which names its state only when the state acts (``أعلنت طهران``)
CAPITAL = "capital"
#: evidence of a generic institution's resolution
RESOLVED = frozenset({"phrase", "sentence", "document", "unknown"})
#: a preposition that, opening a sentence or a clause with a state, frames it: وفي السودان
FRAME_PREPOSITIONS = frozenset("في وفي ففي اما".split())
STATE_CATEGORIES = frozenset({"state", "regional_power", "great_power"})
#: a document is about a state once it names it this often and more than any other
MIN_STATE_MENTIONS = 2


def state_of(lexicon: Lexicon, entity_id: str | None) -> str | None:
    """The state an entity is or belongs to (its own id for a state), following part_of."""
    seen: set[str] = set()
    while entity_id and entity_id not in seen:
        seen.add(entity_id)
        entry = lexicon.get(entity_id)
        if entry is None:
            return None
        if entry.id.startswith("actor.state."):
            return entry.id
        if entry.state:
            return entry.state
        entity_id = entry.relations.get("part_of")
    return None


def dominant_state(lexicon: Lexicon, found: Sequence[Found]) -> str | None:
    """The state a document is about: named most often (nouns, nisbas and state phrases),
    at least :data:`MIN_STATE_MENTIONS` times and strictly more than the next."""
    return dominant_of(state_counts(lexicon, found))


def dominant_of(counts: Mapping[str, int]) -> str | None:
    """The state of :func:`dominant_state` from the mentions naming each state."""
    ranked = Counter(counts).most_common(2)
    if not ranked or ranked[0][1] < MIN_STATE_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def state_counts(lexicon: Lexicon, found: Sequence[Found]) -> Counter[str]:
    """How many mentions of ``found`` name each state: the state itself, or a body or person
    of it (homographs and generic institutions do not vote)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for f in found:
        if f.label != "ACTOR" or f.homograph or not f.entity_id:
            continue
        if f.entity_id.startswith(GENERIC_PREFIX):
            continue  # resolved from the document's state: it cannot vote for it
        state = state_of(lexicon, f.entity_id)  # a state, or a body or person of one
        if state:
            spans.setdefault(state, []).append((f.start, f.end))
    # one place in the text is one vote: وزارة الخارجية الأمريكية is matched as the
    # department, الخارجية الأمريكية and الأمريكية, and named the United States once
    return Counter({state: _places(s) for state, s in spans.items()})


def _places(spans: list[tuple[int, int]]) -> int:
    """How many runs of overlapping spans ``spans`` make."""
    places, end = 0, -1
    for s, e in sorted(spans):
        if s >= end:
            places += 1
        end = max(end, e) if s < end else e
    return places


def sure_ids(found: Sequence[Found]) -> set[str]:
    """Entity ids ``found`` names without ambiguity (no homograph)."""
    return {f.entity_id for f in found if not f.homograph and f.entity_id}


def resolve(
    lexicon: Lexicon,
    norms: list[str],
    found: list[Found],
    sentence_of: Sequence[int],
    document: DocumentEvidence | None = None,
) -> list[Found]:
    """``found`` with homographs lacking evidence dropped and generic institutions resolved
    (``sentence_of[i]``: index of the sentence of token ``i``). The dominant state and the
    names known unambiguously come from ``found``, or from ``document`` when given (the
    whole document's, for a chunk of it: :mod:`araseclit.tag.evidence`)."""
    if document is None:
        dominant, sure = dominant_state(lexicon, found), sure_ids(found)
    else:
        dominant, sure = dominant_of(document.state_counts), set(document.sure)
    people = _person_edges(found)
    nisba_ends = frozenset(g.end for g in found if g.adjectival)
    cues_by_sentence: dict[int, set[str]] = {}
    for i, norm in enumerate(norms):
        cues_by_sentence.setdefault(sentence_of[i], set()).add(norm)
    # built once: looking them up per generic mention made resolve() quadratic in mentions
    states_at = _states_by_start(found)
    covered = {(g.start, g.end) for g in found if not g.adjectival}
    frames = _frames(norms, found, sentence_of)
    family = _family_names(lexicon, sure)
    out: list[Found] = []
    for f in found:
        person = family.get(norms[f.start]) if f.end - f.start == 1 else None
        if person and f.category != "person" and _stands_as_person(norms, f.start):
            # وقال السوداني after محمد شياع السوداني: the person, not Sudan's nisba
            out.append(replace(f, category="person", entity_id=person, adjectival=False,
                               homograph=False, evidence="document", state=None))  # fmt: skip
            continue
        if f.category == CAPITAL:
            if _capital_is_place(norms, f, lexicon):
                continue
            f = capital_as_state(lexicon, f, "capital")
        if _place_or_given_name(norms, f):
            continue
        if f.adjectival and f.end - f.start == 1 and _language(norms, f.start):
            continue  # بالفرنسية, بالعربية والفرنسية, اللغة الفرنسية: a language
        if not f.adjectival and f.end - f.start == 1 and _dual_noun(norms, f.start):
            continue  # طالبان جامعيان "two university students": a dual, not the Taliban
        if f.homograph and _generic(f) and not f.adjectival:
            after = _state_after(norms, f, states_at)
            if after is None or (f.start, after.end) in covered:
                continue  # القوات names a state's forces only with its nisba: القوات المصرية
            if f.end - f.start == 1 and (
                _after_definite_noun(norms, f.start) or not _feminine(norms, after)
            ):
                continue  # السياسة الخارجية الإيرانية: a policy's; وزير الخارجية الأمريكي
            out += _resolve_generic(lexicon, f, dominant, after, covered)
            continue
        if f.homograph:
            evidence = _homograph_evidence(lexicon, norms, f, sure, dominant, cues_by_sentence,
                                           sentence_of, people, nisba_ends)  # fmt: skip
            if evidence is None:
                continue
            f = replace(f, evidence=evidence)
        if f.entity_id and f.entity_id.startswith(GENERIC_PREFIX) and not f.adjectival:
            f = _with_regime_adjective(norms, f)
            framed = _frame_before(frames, sentence_of, f.start)
            after = _state_after(norms, f, states_at)
            out += _resolve_generic(lexicon, f, dominant, after, covered, framed)
            continue
        out.append(f)
    return out


def _homograph_evidence(
    lexicon: Lexicon,
    norms: list[str],
    f: Found,
    sure: set[str],
    dominant: str | None,
    cues_by_sentence: dict[int, set[str]],
    sentence_of: Sequence[int],
    people: tuple[set[int], set[int]] = (set(), set()),
    nisba_ends: frozenset[int] = frozenset(),
) -> str | None:
    entry = lexicon.get(f.entity_id or "")
    if entry is None:
        return None
    nxt = norms[f.end] if f.end < len(norms) else ""
    prev = norms[f.start - 1] if f.start > 0 else ""
    if _ruled_out(entry.not_next_to, prev, nxt):
        return None  # صلاة المغرب is the sunset prayer, المغرب العربي the region
    bare = not _definite(norms[f.end - 1])
    if bare and _indefinite_adjective(nxt):
        return None  # بحماس شبابي, بحماس كبير
    if not bare and entry.category != "person" and _own_adjective(norms, f, entry, nisba_ends):
        return None  # الحشد الإعلامي "the media mobilisation": the noun and its adjective
    if bare and f.end - f.start == 1 and (_construct_noun(prev, nxt) or _governs_masdar(prev)):
        return None  # فتح المعابر, حماس الشباب, صالح المواطنين; إعادة فتح, عدم حماس
    if bare and f.end - f.start == 1 and _purpose_masdar(norms, f.start, nxt, entry.name_ar):
        return None  # آن الأوان لفتح صفحة جديدة: "to open a page"
    if entry.category == "person" and _attributive(norms, f, nisba_ends):
        return None  # والقرار الحكيم, المذهب المالكي: the adjective of the noun before
    if entry.id in sure:
        return "document"  # the same entity named unambiguously
    if entry.category in STATE_CATEGORIES and word_of(prev) in STATE_GOVERNORS:
        return "title"  # ملك المغرب, حكومة المغرب: a head of state or government governs it
    if norms[f.start].startswith("ب") and not normalize_token(entry.name_ar).startswith("ب"):
        return None  # بحماس is "with enthusiasm" unless the document names the movement
    words = cues_by_sentence.get(sentence_of[f.start], set())
    if any(words & _cue_forms(c) for c in entry.cues):
        return "cue"
    if entry.category == "person":
        if _after_honorific(norms, f.start):
            return "title"
        starts, ends = people
        if (f.end in starts and norms[f.end].startswith("و")) or (
            f.start in ends and norms[f.start].startswith("و")
        ):
            return "coordination"  # بين البرهان وحميدتي: joined to a person named outright
        return None
    if entry.state and entry.state == dominant:
        return "state"
    return None


def _attributive(norms: list[str], f: Found, nisba_ends: frozenset[int]) -> bool:
    """Whether a one-word definite homograph of a person is an adjective agreeing with the
    definite noun right before it (``والقرار الحكيم`` "the wise decision", ``المذهب
    المالكي``): a definite word before a surname is otherwise a title (``الرئيس الأسد``,
    ``وزير الخارجية المعلم``) or a state's nisba in one (``الرئيس السوري الأسد``)."""
    if f.end - f.start != 1 or f.start == 0 or not _definite(norms[f.start]):
        return False
    prev = word_of(norms[f.start - 1])
    if prev[:1] in "وف" and has_article(prev[1:]):
        prev = prev[1:]
    if not has_article(prev) or prev in HONORIFICS or prev in TITLE_WORDS:
        return False
    if (prev.startswith("الت") and len(prev) == 5) or arabic_zipf(prev[2:]) < arabic_zipf(prev) - 1:
        return False  # no article but a verb (افتعل of a root in ل): والتقى المعلم, التزم
    return f.start not in nisba_ends and not _after_honorific(norms, f.start)


def _generic(f: Found) -> bool:
    return bool(f.entity_id and f.entity_id.startswith(GENERIC_PREFIX))


def _language(norms: list[str], k: int) -> bool:
    """Whether the feminine nisba at token ``k`` names a language (``wordlists/languages``,
    from CLDR): behind ``ب`` with the
    article (``بالفرنسية`` "in French"), after ``اللغة``, or joined by ``و`` to such a
    language (``بالعربية والفرنسية``)."""
    norm = norms[k]
    languages = load_word_list("languages")  # CLDR: الفرنسية, not السعودية
    if not norm.endswith("يه") or norm[norm.find("ال") :] not in languages:
        return False
    if norm.startswith("بال"):
        return True
    if k == 0 or not norm.startswith("وال"):
        return word_of(norms[k - 1]) in _LANGUAGE_NOUNS if k else False
    return _language(norms, k - 1) or word_of(norms[k - 1]) in _LANGUAGE_NOUNS


#: nouns after which a feminine nisba is a language: اللغة الفرنسية, باللغتين
_LANGUAGE_NOUNS = frozenset("اللغه لغه باللغه واللغه اللغتين باللغتين".split())


def _capital_is_place(norms: list[str], f: Found, lexicon: Lexicon) -> bool:
    """Whether a capital is the city, not its state acting: after a preposition of place
    (``في بكين``, ``إلى القاهرة``, ``بموسكو``) or at the start of a stretch (``من بغداد إلى
    بيروت``), a city noun or a part of a city (``العاصمة
    واشنطن``, ``ريف دمشق``), before ``هي`` or ``عاصمة`` (``طهران هي العاصمة``), or as the
    inside an organisation's or a paper's name (``جامعة بغداد``, ``صحيفة واشنطن بوست``).
    Anywhere else it names
    its state: ``عارضت واشنطن``, ``لبكين``, ``بين برلين وموسكو``, ``موقف أنقرة``."""
    entry = lexicon.get(f.entity_id or "")
    first = norms[f.start]
    names = {normalize_token(n.split()[0]) for n in entry.names} if entry is not None else set()
    proclitics = min((first[: -len(n)] for n in names if first.endswith(n)), key=len, default="")
    if "ب" in proclitics:
        return True  # بموسكو, وببيروت (not بيروت, وبيروت, بيونغيانغ)
    if _after_locative(norms, f.start):
        return True
    prev_norm = norms[f.start - 1] if f.start > 0 else ""
    prev = _readings(prev_norm)
    if prev & (CITY_NOUNS | CITY_PARTS | LANDFORMS | NAME_HEADS) or is_trigger(prev_norm):
        return True  # a place, or in an organisation's or paper's name: جامعة بغداد
    nxt = norms[f.end] if f.end < len(norms) else ""
    if prev_norm in ("من", "ومن") and nxt in LOCATIVES - {"في"}:
        return True  # the start of a stretch: من بغداد إلى بيروت
    return _bare_word(nxt) in CITY_NOUNS or nxt == "هي"


def _readings(norm: str) -> set[str]:
    """A word as it stands and without the proclitics it may carry: ``لولايه`` -> {لولايه,
    ولايه, ولايه}; ``والعاصمه`` -> {..., عاصمه}."""
    out = {norm, _bare_word(norm)}
    for prefix in ("لو", "وب", "ول", "فب", "و", "ف", "ب", "ل"):
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 3:
            out.add(norm[len(prefix) :])
    return out


def _after_locative(norms: list[str], start: int) -> bool:
    """A preposition of place before token ``start``, or before the first of the places it
    is joined to by و: ``في جنيف ونيروبي وفيينا`` (not ``بين أنقرة ودمشق``)."""
    k = start
    for _ in range(MAX_CONJUNCTS):
        prev = norms[k - 1] if k > 0 else ""
        if prev in LOCATIVES or (prev[:1] in "وف" and prev[1:] in LOCATIVES):
            return True
        if not (norms[k].startswith("و") and k > 0 and is_arabic(prev)):
            return False
        k -= 1  # و joins this place to the one before: look before that one
    return False


#: places joined by و after one preposition, at most: في جنيف ونيروبي وفيينا وروما
MAX_CONJUNCTS = 4


def capital_as_state(lexicon: Lexicon, f: Found, evidence: str = "") -> Found:
    """A capital (category ``capital``) as the state it stands for: the state's id and
    category, with ``evidence``; any other mention unchanged."""
    if f.category != CAPITAL:
        return f
    entry = lexicon.get(f.entity_id or "")
    state = lexicon.get(entry.state) if entry is not None and entry.state else None
    if state is None:
        return f
    return replace(f, entity_id=state.id, category=state.category, evidence=evidence)


def _bare_word(norm: str) -> str:
    """A word without its proclitics and article: ``لنهر`` -> ``نهر``, ``بالعاصمه`` ->
    ``عاصمه``, ``الهضبه`` -> ``هضبه``."""
    if norm.startswith(("لل", "ولل")):
        return norm[norm.index("لل") + 2 :]
    for prefix in ("وب", "ول", "و", "ف", "ب", "ل", "ك"):
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 3:
            rest = norm[len(prefix) :]
            if rest.startswith("ال") or prefix in ("وب", "ول"):
                norm = rest
                break
    return norm[2:] if has_article(norm) else norm


def _place_or_given_name(norms: list[str], f: Found) -> bool:
    """Whether a state mention is a place or part of a person's name: a landform named
    after the state (``نهر الأردن``, ``الهضبة الإيرانية``), a capital or city introduced
    as one (``مدينة دمشق``, ``العاصمة واشنطن``), or a nisba-shaped given name before بن
    (``تركي بن عبد الله``)."""
    if f.label != "ACTOR" or f.category not in STATE_CATEGORIES:
        return False
    prev = _bare_word(norms[f.start - 1]) if f.start > 0 else ""
    if prev in LANDFORMS or (prev in CITY_NOUNS and not f.adjectival):
        return True
    nxt = norms[f.end] if f.end < len(norms) else ""
    return f.adjectival and f.end - f.start == 1 and nxt in SON_OF


def _with_regime_adjective(norms: list[str], f: Found) -> Found:
    """A generic government grown over the adjective that is part of its name:
    ``الحكومة الشرعية``, ``والحكومة المؤقتة``."""
    if f.end >= len(norms):
        return f
    nxt = norms[f.end]
    agrees = has_article(nxt) == has_article(_bare_word_keep_article(norms[f.end - 1]))
    if agrees and _bare_word(nxt) in REGIME_ADJECTIVES:
        return replace(f, end=f.end + 1)
    return f


def _bare_word_keep_article(norm: str) -> str:
    """``والحكومه`` -> ``الحكومه``, ``للحكومه`` -> ``الحكومه`` (the article kept)."""
    if norm.startswith(("لل", "ولل")):
        return "ال" + norm[norm.index("لل") + 2 :]
    for prefix in ("وب", "و", "ف", "ب", "ك"):
        if norm.startswith(prefix) and norm[len(prefix) :].startswith("ال"):
            return norm[len(prefix) :]
    return norm


#: nouns whose complement is a state: ملك المغرب, حكومة المغرب, عاصمة المغرب
STATE_GOVERNORS = TITLE_HEADS | frozenset("حكومه جيش عاصمه دوله مملكه سلطنه".split())


def _definite(norm: str) -> bool:
    """The article, also after a preposition: ``المغرب``, ``للمغرب``, ``بالمغرب``."""
    if norm.startswith(("لل", "ولل", "فلل")):
        return True
    for prefix in ("و", "ف", "ب", "ك", "وب", "فب"):
        if norm.startswith(prefix) and has_article(norm[len(prefix) :]):
            return True
    return has_article(norm)


def _person_edges(found: Sequence[Found]) -> tuple[set[int], set[int]]:
    """Start and end tokens of the people named outright (not homographs)."""
    people = [f for f in found if f.category == "person" and not f.homograph]
    return {f.start for f in people}, {f.end for f in people}


def _after_honorific(norms: list[str], start: int) -> bool:
    """An honorific right before ``start`` (``الرئيس الأسد``, ``والسيد الصدر``), or a title
    and its complement (``وزير الخارجية المعلم``, ``رئيس الوزراء المالكي``)."""
    if start > 0 and word_of(norms[start - 1]) in HONORIFICS:
        return True
    return start > 1 and word_of(norms[start - 2]) in TITLE_HEADS and has_article(norms[start - 1])


_CUE_CACHE: dict[str, frozenset[str]] = {}


def _cue_forms(cue: str) -> frozenset[str]:
    if cue not in _CUE_CACHE:
        norm = normalize_token(cue)
        _CUE_CACHE[cue] = frozenset(with_proclitics(norm) | {norm})
    return _CUE_CACHE[cue]


def _indefinite_adjective(norm: str) -> bool:
    """``شبابي``, ``كبير``-like words that cannot start a name: bare, Arabic, nisba-shaped or
    in a short list of common adjectives."""
    if not norm or not is_arabic(norm) or has_article(norm):
        return False
    return (norm.endswith(("ي", "يه")) and len(norm) >= 4) or norm in _COMMON_ADJECTIVES


def _construct_noun(prev: str, nxt: str) -> bool:
    """A bare word between a definite noun or a preposition and a definite noun heads a
    construct phrase, so it is the noun: ``قررت السلطة فتح المعابر`` "opening the
    crossings", ``عن حماس الشباب`` "the youth's enthusiasm". After a verb it may be a
    subject before its object (``اتهمت حماس الاحتلال``); before a nisba adjective it is
    described as a name (``حماس الفلسطينية``)."""
    if not nxt or not is_arabic(nxt) or not has_article(nxt):
        return False
    if nxt.endswith(("ي", "يه")) and len(nxt) >= 5:
        return False
    return has_article(prev) or prev in PREPOSITIONS


#: prepositions before a construct phrase: عن حماس الشباب, في فتح الطريق
PREPOSITIONS = frozenset("في من على الى عن مع حول بعد قبل دون لدى عند".split())
#: words that take a verbal noun, never a name: تم فتح, إعادة فتح, عدم حماس
MASDAR_GOVERNORS = frozenset("تم يتم سيتم اعاده عدم ضروره امكانيه".split())


def _ruled_out(not_next_to: dict[str, frozenset[str]], prev: str, nxt: str) -> bool:
    """Whether the words around a homograph make it the ordinary word (``وصلاة المغرب``:
    the word before may carry a conjunction)."""
    before = not_next_to.get("before", frozenset())
    return (
        prev in before
        or (prev[:1] in "وف" and prev[1:] in before)
        or nxt in not_next_to.get("after", frozenset())
    )


def _purpose_masdar(norms: list[str], start: int, nxt: str, name: str) -> bool:
    """A homograph behind the preposition ``ل`` before a bare noun, after a word of purpose
    (:data:`PURPOSE_CUES`), is a verbal noun with its object (``آن الأوان لفتح صفحة``,
    ``تسعى لفتح تحقيق``: "to open"). Without one, ``ل`` + name + indefinite noun is how
    Arabic says "X has" (``وكان لحماس دور كبير``, ``أن لفتح موقفا مختلفا``); the movement
    after ``ل`` is followed by a function word, a conjunct or a definite word too
    (``المؤيدين لفتح في الضفة``)."""
    norm = norms[start]
    before = {word_of(w).removeprefix("و") for w in norms[max(0, start - PURPOSE_WINDOW) : start]}
    return (
        bool(before & PURPOSE_CUES)
        and norm.startswith("ل")
        and not normalize_token(name).startswith("ل")
        and is_arabic(nxt)
        and not has_article(nxt)
        and not nxt.startswith("و")
        and nxt not in PREPOSITIONS
        and arabic_zipf(nxt) < _FUNCTION_ZIPF
    )


#: Zipf value from which a word is a function word (في 7.4, أن 7.0), never an object
_FUNCTION_ZIPF = 6.0
#: words of purpose after which ``ل`` + verbal noun means "to do": آن الأوان، سعى، دعا، من
#: أجل، يهدف، خطة، جهود، تمهيدا (normalised, without a conjunction)
PURPOSE_CUES = frozenset(
    normalize_token(w)
    for w in "الأوان سعى سعت يسعى تسعى نسعى سعيا السعي سعي دعا دعت يدعو تدعو دعوة دعوات أجل يهدف تهدف "
    "هدف هدفها خطة خطط جهود جهودا مساعي محاولة محاولات تمهيدا استعدادا يطالب تطالب "
    "طالب طالبت مطالبة مستعد مستعدة تستعد يستعد اضطر اضطرت".split()
)
#: tokens before the homograph searched for a word of purpose: آن الأوان لفتح, تسعى السلطة
#: الفلسطينية في الضفة الغربية لفتح
PURPOSE_WINDOW = 6


def _governs_masdar(prev: str) -> bool:
    return prev in MASDAR_GOVERNORS or (prev[:1] in "وف" and prev[1:] in MASDAR_GOVERNORS)


_COMMON_ADJECTIVES = frozenset("كبير شديد بالغ واضح زائد كبيرا شديدا بالغا ملحوظ منقطع".split())


def _dual_adjective(norm: str) -> bool:
    """An indefinite adjective in the dual: ``جامعيان``, ``كبيرتان`` (a nisba or a common
    adjective with the dual ending)."""
    if len(norm) < 5 or not norm.endswith("ان") or has_article(norm) or not is_arabic(norm):
        return False
    stem = norm[:-2]
    return _indefinite_adjective(stem) or _indefinite_adjective(stem.removesuffix("ت"))


def _dual_noun(norms: list[str], k: int) -> bool:
    """Whether the bare word at ``k`` is a noun in the dual, as the dual adjective after it
    agrees with it (``طالبان جامعيان``, ``طالبان سوريان``): a name (``طالبان``) takes no
    dual adjective."""
    word = norms[k]
    return (
        len(word) >= 5 and word.endswith("ان") and not has_article(word)
        and k + 1 < len(norms) and _dual_adjective(norms[k + 1])
    )  # fmt: skip


def _own_adjective(norms: list[str], f: Found, entry: Entry, nisba_ends: frozenset[int]) -> bool:
    """Whether a one-word definite homograph is the ordinary noun qualified by the definite
    nisba-shaped adjective after it (``الحشد الإعلامي``, ``الحشد الجماهيري``): not a state's
    nisba (``الحشد العراقي``) nor a word of one of the entry's own names (``الحشد الشعبي``)."""
    if f.end - f.start != 1 or f.end >= len(norms):
        return False
    nxt = norms[f.end]
    if not has_article(nxt) or not nxt.endswith(("ي", "يه")) or len(nxt) < 6:
        return False
    if f.end + 1 in nisba_ends or f.end + 2 in nisba_ends:
        return False  # a state's nisba
    return nxt not in _name_words_of(entry.names)


@lru_cache(maxsize=1024)
def _name_words_of(names: tuple[str, ...]) -> frozenset[str]:
    """Every word of an entry's names, normalised (``الحشد``, ``الشعبي``)."""
    return frozenset(normalize_token(w) for name in names for w in name.split())


def _states_by_start(found: Sequence[Found]) -> tuple[dict[int, Found], dict[int, Found]]:
    """The longest state nisba (``الأميركية``, ``الكورية الشمالية``) and the longest state
    named by its noun without doubt (``قطر``) starting at each token."""
    nisbas: dict[int, Found] = {}
    nouns: dict[int, Found] = {}
    for g in found:
        if not (g.entity_id or "").startswith("actor.state."):
            continue
        if g.adjectival:
            table = nisbas
        elif not g.homograph and g.category in STATE_CATEGORIES:
            table = nouns
        else:
            continue
        if g.start not in table or g.end > table[g.start].end:
            table[g.start] = g
    return nisbas, nouns


def _state_after(
    norms: list[str], f: Found, states_at: tuple[dict[int, Found], dict[int, Found]]
) -> Found | None:
    """The state named right after the head ``f``: its nisba (``القوات المصرية``), or the
    genitive of an indefinite head (``وزارة خارجية قطر``; Persian's ezafe: ``وزارت کشور
    اردن``)."""
    nisbas, nouns = states_at
    after = nisbas.get(f.end)
    if after is None and not _definite(norms[f.end - 1]):
        after = nouns.get(f.end)
    return after


def bodies_of_named_state(
    lexicon: Lexicon, found: list[Found], counts: Mapping[str, int]
) -> list[Found]:
    """Of the bodies of several states that one name names (``ISF``: Iraq's Security Forces
    and Lebanon's Internal Security Forces), the body of the state the document names in
    more places than the others' (``counts``; one place is enough, as for an English
    paper's state); all of them when no state is named more."""
    by_span: dict[tuple[int, int], list[Found]] = {}
    for f in found:
        if f.label == "ACTOR" and f.entity_id and not f.adjectival and not _generic(f):
            by_span.setdefault((f.start, f.end), []).append(f)
    dropped: set[int] = set()
    for same in by_span.values():
        states = {f.entity_id: state_of(lexicon, f.entity_id) for f in same}
        if None in states.values() or len(set(states.values())) < 2:
            continue
        votes = {entity: counts.get(state or "", 0) for entity, state in states.items()}
        best = max(votes.values())
        if best > 0 and list(votes.values()).count(best) == 1:
            dropped.update(id(f) for f in same if votes[f.entity_id or ""] < best)
    return [f for f in found if id(f) not in dropped] if dropped else found


def _resolve_generic(
    lexicon: Lexicon,
    f: Found,
    dominant: str | None,
    after: Found | None,
    covered: set[tuple[int, int]],
    framed: str | None = None,
) -> list[Found]:
    """The generic institution ``f`` resolved: grown over the state nisba ``after`` it, or
    given the state framing its sentence (``framed``) or the document's state, or left
    generic (``covered``: spans of non-adjectival mentions)."""
    entry = lexicon.get(f.entity_id or "")
    assert entry is not None
    if after is not None and (f.start, after.end) in covered:
        after = None  # a state phrase (الحكومه التركيه) already names the state acting
    if after is not None:
        state = after.entity_id
        target = entry.instances.get(state or "", entry.id)
        named = replace(f, entity_id=target, evidence="phrase", state=state)
        if not after.adjectival:
            return [named]  # وزارة خارجية قطر: the ministry, and the state named in its own right
        grown = replace(f, end=after.end, entity_id=target, evidence="phrase", state=state, rank=0)
        return [grown, named]
    if framed is not None:
        target = entry.instances.get(framed, entry.id)
        return [replace(f, entity_id=target, evidence="sentence", state=framed)]
    if dominant is not None:
        target = entry.instances.get(dominant, entry.id)
        return [replace(f, entity_id=target, evidence="document", state=dominant)]
    return [replace(f, evidence="unknown", state=None)]


def _after_definite_noun(norms: list[str], start: int) -> bool:
    """Whether the definite word at ``start`` follows a definite noun it may qualify
    (``السياسة الخارجية``, ``والشؤون الداخلية``): an adjective, not a ministry named by its
    adjective (``وقالت الخارجية``, ``في الداخلية``)."""
    if start == 0:
        return False
    prev = word_of(norms[start - 1])
    if prev[:1] in "وف" and has_article(prev[1:]):
        prev = prev[1:]
    return has_article(prev) or prev.startswith(("لل", "بال"))


def _feminine(norms: list[str], nisba: Found) -> bool:
    """Whether a state's nisba is feminine, agreeing with a ministry named by its adjective
    (``الخارجية الأمريكية``; in ``وزير الخارجية الأمريكي`` it is the minister's)."""
    return not nisba.adjectival or norms[nisba.start].endswith("يه")


def _frames(
    norms: list[str], found: Sequence[Found], sentence_of: Sequence[int]
) -> list[tuple[int, str]]:
    """``(token, state)`` where a state frames the rest of its sentence: ``في`` (or ``وفي``,
    ``أما في``) and the state's noun opening the sentence or a clause after a comma or a
    semicolon (``وفي السودان تواصلت ...``, ``أما في ليبيا، فإن ...``), in text order."""
    out: list[tuple[int, str]] = []
    for g in found:
        if (
            g.adjectival or g.homograph or g.category not in STATE_CATEGORIES
            or not (g.entity_id or "").startswith("actor.state.") or g.start == 0
        ):  # fmt: skip
            continue
        k = g.start - 1
        if norms[k] not in FRAME_PREPOSITIONS:
            continue
        if norms[k] == "في" and k > 0 and norms[k - 1] == "اما":
            k -= 1
        opens = k == 0 or sentence_of[k - 1] != sentence_of[k] or norms[k - 1] in CLAUSE_MARKS
        if opens:
            out.append((g.start, g.entity_id or ""))
    return sorted(out)


#: punctuation after which a clause opens (a frame may follow)
CLAUSE_MARKS = frozenset({"،", ",", "؛", ";", ":", "."})


def _frame_before(
    frames: list[tuple[int, str]], sentence_of: Sequence[int], start: int
) -> str | None:
    """The state of the last frame before token ``start`` in its sentence, if any."""
    state = None
    for token, framed in frames:
        if token >= start:
            break
        if sentence_of[token] == sentence_of[start]:
            state = framed
    return state


def other_given_name(
    lexicon: Lexicon, f: Found, raw: list[str], norms: list[str], maqsura: bool
) -> bool:
    """Whether the listed person's surname alone (``علاوي``, ``الصدر``) follows a given name
    that is not the person's own (``علي علاوي``, ``محمد باقر الصدر``, ``ناظم الكاظمي``):
    another bearer of the surname, whom the person finders then name in full. A given name
    is a listed one (``wordlists/given_names``) that is more a name than a word
    (:func:`araseclit.tag.persons._name_more_than_word`: not ``ظل`` of ``في ظل المالكي``), or
    one of the names as common as function words (``محمد``, ``علي``) where the text writes
    the preposition ``على`` with its alef maqsura (``maqsura``), so ``علي`` is the name."""
    if f.category != "person" or f.end - f.start != 1 or f.start == 0 or not f.entity_id:
        return False
    entry = lexicon.get(f.entity_id)
    if entry is None:
        return False
    if norms[f.start] not in _one_word_names(entry.names):
        return False  # a proclitic (لترامب, وكيم) ends the name before it: مؤيد لترامب
    word, norm = raw[f.start - 1], norms[f.start - 1]
    if norm in _own_given_names(entry.names) or norm not in load_word_list("given_names"):
        return False
    if norm in _name_words():
        return maqsura and not word.endswith("ى")
    zipf = arabic_zipf(word)  # as tag.persons reads a given name: not بين, أن, حسن
    if zipf >= GIVEN_NAME_ZIPF or norm in NOT_NAME:
        return False
    return _name_more_than_word(word, norm, zipf)


@lru_cache(maxsize=1024)
def _one_word_names(names: tuple[str, ...]) -> frozenset[str]:
    """A listed person's names of one word, normalised (``علاوي``, ``الصدر``)."""
    return frozenset(normalize_token(name) for name in names if len(name.split()) == 1)


@lru_cache(maxsize=1024)
def _own_given_names(names: tuple[str, ...]) -> frozenset[str]:
    """The normalised words before the last of a listed person's names (``اياد`` of ``إياد
    علاوي``, ``محمد``, ``شياع`` of ``محمد شياع السوداني``)."""
    return frozenset(normalize_token(w) for name in names for w in name.split()[:-1])


def _family_names(lexicon: Lexicon, sure: set[str]) -> dict[str, str]:
    """The family names (last words, normalised) of the listed people the document names in
    full (``السوداني`` of ``محمد شياع السوداني``), each to its person; a family name two of
    them share names neither."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    for entity_id in sure:
        entry = lexicon.get(entity_id)
        if entry is None or entry.category != "person":
            continue
        for name in entry.names:
            words = name.split()
            if len(words) < 2:
                continue
            last = normalize_token(words[-1])
            if out.get(last, entity_id) != entity_id:
                shared.add(last)
            out[last] = entity_id
    return {k: v for k, v in out.items() if k not in shared}


def _stands_as_person(norms: list[str], start: int) -> bool:
    """Whether the word at ``start`` stands where a person does: the subject right after a
    verb of speech or view (``وقال السوداني``, ``ويرى السوداني``). A title is left out: a
    nisba after one is its holder's state (``رئيس الوزراء السوداني``)."""
    if start == 0:
        return False
    prev = word_of(norms[start - 1])
    return prev in SPEECH_VERBS or (prev in VIEW_VERBS and prev not in _PREPOSITIONS)


#: words of :data:`VIEW_VERBS` that are prepositions too: بين السوداني والعراقي
_PREPOSITIONS = frozenset("بين بحسب حسب".split())
