"""spaCy components ``araseclit_tag_v1`` and ``araseclit_tag_v2`` (v1 + context): actor, threat, security-concept and NGO-role mentions.

``__call__`` is ``find()`` then ``set_annotations()``. Every span found (overlaps included)
goes to ``doc.spans["mentions"]`` (label = mention label, ``kb_id_`` = entity id); nisba
mentions (السدود التركية -> Turkey) are also in ``doc.spans["mentions_adjectival"]``.
``doc._.mentions`` holds MENTIONS records for the longest non-overlapping spans. Spans that
overlap an in-text citation are dropped: a cited organisation is a source, not a mention; so
are the spans of the reference list (after the document's last references heading, as
:func:`araseclit.claims.detect.references_start` reads it: ``المراجع``, ``References``), whose
authors, publishers and publishers' cities are the sources' records (:func:`reference_start`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

import numpy as np
import spacy
from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, LENGTH, NORM, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from araseclit.normalize import normalize_token
from araseclit.pipeline.extensions import make_id, sent_id_at, sentence_ids
from araseclit.pipeline.texts import doc_text
from araseclit.store.schema import columns
from araseclit.tag.anaphora import organisation_anaphora
from araseclit.tag.arabic_cited import read_arabic_cited
from araseclit.tag.bodies import GENERIC, NISBA, SOCIAL_GROUP, find_bodies
from araseclit.tag.candidates import find_candidates
from araseclit.tag.cited_names import cited_latin_names, entity_words, find_cited_names
from araseclit.tag.compose import (
    EXTENDABLE,
    compose_threats,
    extend_actor_classes,
    extend_with_adjectives,
    is_adjective_use,
)
from araseclit.tag.english import EnglishHit, titled_names
from araseclit.tag.english import other_given_name as other_given_name_en
from araseclit.tag.evidence import EVIDENCE_KEY, DocumentEvidence
from araseclit.tag.institutions import find_institutions, modifiers, organ_adjectives
from araseclit.tag.lexicon import Lexicon, load_lexicon
from araseclit.tag.matcher import INDEFINITE_ACTOR_CATEGORIES, LexiconMatcher
from araseclit.tag.name_repeats import repeatable_names, repeated_names
from araseclit.tag.parties import find_parties
from araseclit.tag.patterns import is_arabic
from araseclit.tag.persian import persian_ordinary, persian_words
from araseclit.tag.persons import (
    TITLE_HEADS,
    TITLE_MODIFIERS,
    citation_tokens,
    find_persons,
    full_names,
    nisba_family_names,
    surnames,
    word_of,
)
from araseclit.tag.resolve import (
    CAPITAL,
    RESOLVED,
    STATE_CATEGORIES,
    _stands_as_person,
    bodies_of_named_state,
    capital_as_state,
    other_given_name,
    resolve,
    state_counts,
    sure_ids,
)
from araseclit.tag.state_concept import CONCEPT_ENTITIES, concept_states

SPAN_GROUP = "mentions"
ADJECTIVAL_GROUP = "mentions_adjectival"
CANDIDATE = "candidate"
BACKENDS = ("lexicon", "transformers")
MENTION_COLUMNS = tuple(columns("mentions"))
#: attribute of ``doc.spans["mentions"]`` holding each mention's resolution evidence
EVIDENCE_ATTR = "evidence"


@dataclass(frozen=True)
class Found:
    """A mention before records are made: tokens ``[start, end)`` and what they name."""

    start: int
    end: int
    label: str
    category: str
    entity_id: str | None
    adjectival: bool = False
    rank: int = 0  # 0 exact lexicon string, 1 inflected form, 2 candidate / model guess
    homograph: bool = False  # an ordinary word too: kept only with evidence (tag.resolve)
    evidence: str = ""  # why a homograph or a generic institution was resolved as it was
    state: str | None = None  # the state a generic institution was resolved to


@dataclass(frozen=True)
class Tokens:
    """A doc's tokens as the tagger's passes read them, read once per doc: a spaCy ``Token``
    made per token per pass cost more than the passes themselves (issue 12)."""

    text: list[str]
    norm: list[str]
    punct: list[bool]  # spaCy's is_punct
    blank: list[bool]  # punctuation or white space: never part of a name
    english: frozenset[int]  # sentences most of whose words are Latin
    sentence: list[int]  # index of each token's sentence (0 for all without sentences)


@Language.factory(
    "araseclit_tag_v1",
    default_config={"lexicon": None, "backend": "lexicon", "model_path": None},
)
def make_tagger(
    nlp: Language, name: str, lexicon: str | None, backend: str, model_path: str | None
) -> MentionTagger:
    """The v1 tagger: lexicon matches as listed, no context (homographs always match,
    generic institutions stay generic, no person detector); ``lexicon`` is a file/dir path
    (None = bundled lexicon)."""
    return MentionTagger(nlp, name, load_lexicon(lexicon), backend, model_path, context=False)


@Language.factory(
    "araseclit_tag_v2",
    default_config={"lexicon": None, "backend": "lexicon", "model_path": None},
)
def make_tagger_v2(
    nlp: Language, name: str, lexicon: str | None, backend: str, model_path: str | None
) -> MentionTagger:
    """The v2 tagger: v1 plus context (:mod:`araseclit.tag.resolve`): homographs need
    evidence, generic institutions resolve to the state of their phrase or document (never
    Iraq by default), and people after titles and reporting verbs are found
    (:mod:`araseclit.tag.persons`)."""
    return MentionTagger(nlp, name, load_lexicon(lexicon), backend, model_path, context=True)


class MentionTagger:
    """Tags mentions with the lexicon (default) or a local token-classification model."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        lexicon: Lexicon,
        backend: str = "lexicon",
        model_path: str | Path | None = None,
        context: bool = True,
    ) -> None:
        from araseclit.errors import ConfigError

        if backend not in BACKENDS:
            raise ConfigError("E021", path=name, detail=f"backend must be one of {BACKENDS}")
        self.name = name
        self.lexicon = lexicon
        self.context = context
        self.matcher = _matcher(nlp, lexicon)
        self.model = None
        if backend == "transformers":
            from araseclit.tag.transformers_backend import TransformersFinder

            self.model = TransformersFinder(model_path, self.matcher)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[Found]:
        """Every mention span, overlapping ones included. A chunk of a longer document
        decides with the whole document's evidence when ``doc._.chunk`` carries it
        (:mod:`araseclit.tag.evidence`)."""
        if self.model is not None:
            set_norms(doc)
            return self.model(doc)
        return self._find(doc, chunk_evidence(doc), None)

    def evidence(self, doc: Doc) -> DocumentEvidence:
        """The evidence ``doc`` gives on its own (states named, names known unambiguously,
        surnames, the last organisation per head noun): a chunk's share of its document's."""
        if self.model is not None or not self.context:
            return DocumentEvidence()
        gathered: dict[str, object] = {}
        self._find(doc, None, gathered)
        return DocumentEvidence(**gathered)  # type: ignore[arg-type]

    def _find(
        self, doc: Doc, document: DocumentEvidence | None, gathered: dict[str, object] | None
    ) -> list[Found]:
        """:meth:`find` with the whole document's evidence ``document`` (None: this Doc's);
        fills ``gathered`` with this Doc's own evidence when given."""
        tokens = read_tokens(doc)  # token norms set here
        norms = tokens.norm
        found = [
            Found(m.start, m.end, m.hit.entry.label, m.hit.entry.category, m.hit.entry.id,
                  m.hit.adjectival, m.hit.rank, m.hit.homograph)
            for m in self.matcher(doc, norms)
            if not (m.hit.entry.label == "THREAT" and is_adjective_use(norms, m.start, m.end))
        ]  # fmt: skip
        found = _family_nisbas(tokens, found, document, gathered)
        if gathered is not None:
            gathered["references"] = "here" if _references_start(doc_text(doc)) else ""
            gathered["state_counts"] = dict(state_counts(self.lexicon, found))
            gathered["sure"] = frozenset(sure_ids(found))
        # a Persian sentence's light verbs and their nouns name no actor (اعلام کرد), and a
        # capital after a Persian preposition is the city (در بغداد): tag.persian
        persian = persian_words(tokens.text, norms, doc_text(doc))
        ordinary, persian_places = persian_ordinary(tokens.text, norms, persian=persian)
        if ordinary or persian_places:
            found = [f for f in found if not _persian_ordinary(f, ordinary, persian_places)]
        # a capital read as a place is no mention, but no part of a person's name either
        places = {k for f in found if f.category == CAPITAL for k in range(f.start, f.end)}
        places |= persian_places
        if self.context:
            found = resolve(self.lexicon, norms, found, tokens.sentence, document)
            # a listed surname after another given name is another person: علي علاوي
            maqsura = "ى" in doc_text(doc)
            found = [
                f for f in found
                if f.category != "person"
                or not other_given_name(self.lexicon, f, tokens.text, norms, maqsura)
            ]  # fmt: skip
        else:  # v1 reads every capital as its state, as when capitals were state variants
            found = [capital_as_state(self.lexicon, f) for f in found]
        # Persian words have Arabic adjectives' shapes (تهدیدهای, اصلی): no composing there
        found += self._composed(norms, found, frozenset(k for k, p in enumerate(persian) if p))
        english = self._english(tokens)
        # an institution the English names resolved by the document's state (``MPs``) over
        # the same words left generic by the lexicon's variants
        spans = {(f.start, f.end) for f in english}
        found = [f for f in found if f.evidence != "unknown" or (f.start, f.end) not in spans]
        found += english
        if self.context:
            # ISF in a story on Lebanon: the body of the state the document names, counted
            # with the states its English names name
            counts = state_counts(self.lexicon, english if document is not None else found)
            if document is not None:
                counts.update(document.state_counts)
            found = bodies_of_named_state(self.lexicon, found, counts)
            known = document.surnames if document is not None else frozenset()
            found += _parties(tokens, found, _modifiers(self.lexicon))
            found += self._institutions(tokens, found)
            bodies = self._bodies(tokens, found)
            # a body read from the same head replaces an unlisted institution's reading:
            # tag.bodies ends a name at an articled purpose (الهيئة المستقلة للانتخاب)
            # (the institution's typing wins for the same span: المفوضية الأوروبية is an
            # organ); a listed ministry named in full keeps its entity over both
            same = {(f.start, f.end) for f in found if f.evidence == "pattern"}
            bodies = [b for b in bodies if b.evidence != "body" or (b.start, b.end) not in same]
            starts = {b.start for b in bodies}
            found = [f for f in found if not (f.evidence == "pattern" and f.start in starts)]
            found += bodies
            found += self._full_names(tokens, found)
            cited = cited_latin_names(" ".join(tokens.text), _entity_words(self.lexicon))
            if gathered is not None:
                gathered["cited"] = cited
            if document is not None:
                cited |= document.cited
            found += _cited_names(tokens, found, places, cited)
            cites = citation_tokens(tokens.text)
            found += _arabic_cited(tokens, found, places, document, gathered)
            # a state's adjective as a citation's author is a surname: (المصري، 2019)
            found = [
                f for f in found if not (f.adjectival and cites.issuperset(range(f.start, f.end)))
            ]
            people = self._persons(tokens, found, known, places)
            found += people
            found += _repeated_names(tokens, found, cites, document, gathered)
            found = _drop_titles(found, norms)
            concepts = concept_states(
                norms, [(f.start, f.end, f.entity_id) for f in found if f.label == "ACTOR"]
            )
            found = [
                f for f in found if not (f.start in concepts and f.entity_id in CONCEPT_ENTITIES)
            ]
            before = document.organisations if document is not None else {}
            anaphora, named = organisation_anaphora(norms, found, before)
            found += anaphora
            if gathered is not None:
                spans = [(f.start, f.end) for f in people]
                gathered["surnames"] = surnames(tokens.text, spans)
                gathered["organisations"] = named
        # a known actor wins over a candidate; a role or concept inside a name does not:
        # منظمة الرافدين للتنمية المستدامة is an organisation, not the role التنمية المستدامة
        known_spans = [(f.start, f.end) for f in found if f.label == "ACTOR" and not f.adjectival]
        for start, end in find_candidates(norms, tokens.text, tokens.punct):
            if not any(s < end and start < e for s, e in known_spans):
                found.append(Found(start, end, "ACTOR", CANDIDATE, None, rank=2))
        return found

    def _english(self, tokens: Tokens) -> list[Found]:
        """Actors named in English sentences (tag.english; a Latin gloss in an Arabic
        sentence, ``جوردان (Jordan)``, names a word, not an actor); an institution right
        before a person is the person's title (Iraqi Prime Minister Nouri al-Maliki)."""
        english, sentence = tokens.english, tokens.sentence
        if not english:
            return []
        matches = [
            m for m in self.matcher.english_names(tokens.text) if sentence[m.start] in english
        ]
        # a listed surname after another given name is another person: Ali Allawi
        matches = [
            m for m in matches
            if not (m.hit.category == "person" and m.end - m.start == 1
                    and other_given_name_en(tokens.text, m.start, self._english_own(m.hit)))
        ]  # fmt: skip
        people = {m.start for m in matches if m.hit.category == "person"}
        out = [
            Found(m.start, m.end, "ACTOR", m.hit.category, m.hit.entity_id, m.hit.adjectival,
                  state=m.hit.state, evidence="english")
            for m in matches
            if m.hit.adjectival or m.hit.category == "person" or m.end not in people
        ]  # fmt: skip
        # a person the lexicon lacks, named after a title only a person bears: Dr Ahmed Hassan
        matched = {k for m in matches for k in range(m.start, m.end)}
        return out + [
            Found(start, end, "ACTOR", "person", None, rank=2, evidence="pattern")
            for start, end in titled_names(tokens.text, lambda k: sentence[k] in english)
            if matched.isdisjoint(range(start, end))
        ]

    def _english_own(self, hit: EnglishHit) -> frozenset[str]:
        """The lowercased words of a listed person's English name (``ayad``, ``allawi``)."""
        entry = self.lexicon.get(hit.entity_id)
        return frozenset(w.lower() for w in (entry.name_en.split() if entry else ()))

    def _institutions(self, tokens: Tokens, found: list[Found]) -> list[Found]:
        """Institutions the lexicon lacks, by the shape of their names (tag.institutions); a
        known actor other than a state is never part of one."""
        taken = {
            k
            for f in found
            if f.label == "ACTOR" and not f.adjectival and f.category not in STATE_CATEGORIES
            and f.end - f.start > 1
            for k in range(f.start, f.end)
        }  # fmt: skip
        attested = _modifiers(self.lexicon)
        organs = _organs(self.lexicon)
        nisbas = frozenset(
            f.end - 1 for f in found if f.adjectival and f.category in STATE_CATEGORIES
        )
        return [
            Found(start, end, "ACTOR", category, None, rank=2, evidence="pattern",
                  state=_nisba_state(found, start, end))
            for start, end, category in find_institutions(
                tokens.norm, tokens.blank, taken, attested, organs, nisbas
            )
        ]  # fmt: skip

    def _bodies(self, tokens: Tokens, found: list[Found]) -> list[Found]:
        """Named bodies the lexicon lacks, by a head noun and a scored name (tag.bodies)."""
        known: dict[int, tuple[int, str]] = {}
        longest: dict[int, Found] = {}
        inside: set[int] = set()
        for f in found:
            if f.label != "ACTOR" or (f.adjectival and f.category not in STATE_CATEGORIES):
                continue
            if f.evidence == "pattern":
                continue  # an unlisted institution's reading: the body's may replace it
            generic = (
                f.entity_id is None
                or f.entity_id.startswith("actor.generic.")
                or f.category in INDEFINITE_ACTOR_CATEGORIES
            )
            kind = (
                NISBA if f.adjectival
                else f.category if f.category == SOCIAL_GROUP or not generic
                else GENERIC
            )  # fmt: skip
            if f.start not in known or f.end > known[f.start][0]:
                known[f.start] = (f.end, kind)
                longest[f.start] = f
            if f.category not in STATE_CATEGORIES:
                inside.update(range(f.start + 1, f.end))
        # a body that names a known one in full keeps its entity: وزارة التربية والتعليم العالي
        return [
            self._extended(longest[b.start], b.end, found)
            if b.extends
            else Found(
                b.start,
                b.end,
                "ACTOR",
                b.category,
                None,
                rank=2,
                evidence="body",
                state=_nisba_state(found, b.start, b.end),
            )
            for b in find_bodies(tokens.norm, tokens.blank, known, _modifiers(self.lexicon), inside)
        ]

    def _extended(self, f: Found, end: int, found: list[Found]) -> Found:
        """The known institution ``f`` named in full up to ``end``; a state's nisba ending
        the name gives its state, as for a shorter name (resolve: وزارة الصحة والسكان
        المصرية is Egypt's)."""
        nisba = next(
            (g for g in found
             if g.adjectival and g.end == end and g.start >= f.end
             and (g.entity_id or "").startswith("actor.state.")),
            None,
        )  # fmt: skip
        entry = self.lexicon.get(f.entity_id or "")
        if nisba is None or entry is None:
            return replace(f, end=end, rank=1)
        target = entry.instances.get(nisba.entity_id or "", entry.id)
        return replace(
            f, end=end, entity_id=target, evidence="phrase", state=nisba.entity_id, rank=1
        )

    def _full_names(self, tokens: Tokens, found: list[Found]) -> list[Found]:
        """Listed people named with their father's names (tag.persons.full_names)."""
        taken = {
            k
            for f in found
            if f.label == "ACTOR" and f.category != "person"
            for k in range(f.start, f.end)
        }
        return [
            Found(start, end, "ACTOR", "person", entity, rank=1, evidence="full_name")
            for start, end, entity in full_names(
                tokens.norm, tokens.text, tokens.blank, taken, _person_index(self.lexicon)
            )
        ]

    def _persons(
        self,
        tokens: Tokens,
        found: list[Found],
        known: frozenset[str],
        places: set[int],
    ) -> list[Found]:
        """People the lexicon lacks, after titles and reporting verbs (tag.persons);
        ``known``: surnames found elsewhere in the document; ``places``: tokens of places."""
        taken: set[int] = set(places)
        states_end: dict[int, int] = {}
        for f in found:
            if f.category == "person":
                continue
            taken.update(range(f.start, f.end))
            if f.label == "ACTOR" and f.category in STATE_CATEGORIES:
                states_end[f.start] = max(states_end.get(f.start, 0), f.end)
        for f in found:
            if f.category == "person":
                taken.update(range(f.start, f.end))
        return [
            Found(start, end, "ACTOR", "person", None, rank=2, evidence="pattern")
            for start, end in find_persons(
                tokens.norm, tokens.blank, taken, states_end, tokens.text, known
            )
        ]

    def _composed(
        self, norms: list[str], found: list[Found], persian: frozenset[int] = frozenset()
    ) -> list[Found]:
        """Threats, roles and actor classes grown over their adjectives, and composed threats;
        no word of a Persian sentence (``persian``) is read as an adjective."""
        nisba = self.matcher.state_nisba
        by_span = {(f.start, f.end): f for f in found if not f.adjectival}
        longest: dict[tuple[int, str], Found] = {}  # per start token and label
        for f in by_span.values():
            key = (f.start, f.label)
            if key not in longest or f.end > longest[key].end:
                longest[key] = f
        out = []
        grow = [(f.start, f.end, f.label) for f in longest.values() if f.label in EXTENDABLE]
        for (start, end), (_, _, label) in zip(
            *extend_with_adjectives(norms, grow, frozenset(s for s, _ in longest) | persian, nisba),
            strict=True,
        ):
            base = longest[(start, label)]
            out.append(Found(start, end, label, base.category, base.entity_id, rank=1))
        classes = [
            (f.start, f.end)
            for f in longest.values()
            if f.label == "ACTOR" and f.category in INDEFINITE_ACTOR_CATEGORIES
        ]
        starts = frozenset(s for s, _ in longest)
        for start, end in extend_actor_classes(norms, classes, starts | persian, nisba):
            base = longest[(start, "ACTOR")]
            out.append(Found(start, end, "ACTOR", base.category, base.entity_id, rank=1))
        actor_ends = {s: f.end for (s, label), f in longest.items() if label == "ACTOR"}
        composed = compose_threats(norms, actor_ends.get, nisba, persian)
        for start, end, label, entity, category in composed:
            out.append(Found(start, end, label, category, entity, rank=2))
        return out

    def set_annotations(self, doc: Doc, found: list[Found]) -> None:
        """Fill ``doc.spans`` and ``doc._.mentions`` (citation spans excluded)."""
        bounds = _char_bounds(doc)
        cited = _citation_overlap(doc._.citations or [])
        found = [f for f in found if not cited(bounds[0][f.start], bounds[1][f.end - 1])]
        listed = reference_start(doc) if self.context else None
        if listed is not None:
            found = [f for f in found if bounds[0][f.start] < listed]
        found.sort(key=lambda f: (f.start, -f.end, f.rank))
        spans = [_span(doc, f) for f in found]
        doc.spans[SPAN_GROUP] = spans
        doc.spans[ADJECTIVAL_GROUP] = [s for s, f in zip(spans, found, strict=True) if f.adjectival]
        chosen = select(found)
        doc._.mentions = make_records(doc, chosen, self.matcher.lexicon, bounds)
        # how each mention was resolved, kept on the span group (DocBin keeps attrs):
        # mention_id -> {"state_id", "evidence"} for generic institutions and homographs
        doc.spans[SPAN_GROUP].attrs[EVIDENCE_ATTR] = {
            record["mention_id"]: {"state_id": record["state_id"], "evidence": f.evidence}
            for record, f in zip(doc._.mentions, chosen, strict=True)
            if f.evidence
        }


_MATCHERS: dict[tuple[str, str, str], LexiconMatcher] = {}


def _matcher(nlp: Language, lexicon: Lexicon) -> LexiconMatcher:
    """One compiled matcher per lexicon content and tokenizer kind (building takes ~1 s)."""
    tokenizer = type(nlp.tokenizer)
    key = (lexicon.fingerprint, f"{tokenizer.__module__}.{tokenizer.__qualname__}", nlp.lang)
    if key not in _MATCHERS:
        _MATCHERS[key] = LexiconMatcher(lexicon, lambda s: [t.text for t in nlp.make_doc(s)])
    return _MATCHERS[key]


_MODIFIERS: dict[str, frozenset[str]] = {}


def _modifiers(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's attested modifiers (tag.institutions.modifiers), once per lexicon."""
    if lexicon.fingerprint not in _MODIFIERS:
        _MODIFIERS[lexicon.fingerprint] = modifiers(lexicon)
    return _MODIFIERS[lexicon.fingerprint]


_ORGANS: dict[str, frozenset[str]] = {}


def _organs(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's organ adjectives (tag.institutions.organ_adjectives), once per lexicon."""
    if lexicon.fingerprint not in _ORGANS:
        _ORGANS[lexicon.fingerprint] = organ_adjectives(lexicon)
    return _ORGANS[lexicon.fingerprint]


_PERSON_INDEX: dict[str, dict[str, list[tuple[str, str]]]] = {}


def _person_index(lexicon: Lexicon) -> dict[str, list[tuple[str, str]]]:
    """Last word of every listed person's name of two words or more -> (first word, id)."""
    if lexicon.fingerprint not in _PERSON_INDEX:
        index: dict[str, list[tuple[str, str]]] = {}
        for entry in lexicon.entries:
            if entry.category != "person":
                continue
            for name in entry.names:
                words = [normalize_token(w) for w in name.split()]
                if len(words) >= 2 and all(is_arabic(w) for w in words):
                    pair = (words[0], entry.id)
                    if pair not in index.setdefault(words[-1], []):
                        index[words[-1]].append(pair)
        _PERSON_INDEX[lexicon.fingerprint] = index
    return _PERSON_INDEX[lexicon.fingerprint]


def _nisba_state(found: list[Found], start: int, end: int) -> str | None:
    """The state whose nisba is part of the institution named at ``[start, end)`` by the
    shape of its name (``هيئة الرقابة الإدارية المصرية``: Egypt), as a listed institution's
    name gives its state (tag.resolve). A name with two states' nisbas, or one right after
    it (a state's nisba ends the name: ``اللجنة المشتركة السعودية الإماراتية``, a joint
    body), or none ending inside it gives no state."""
    states, inside = set(), False
    for g in found:
        if (
            g.adjectival
            and start < g.start <= end
            and (g.entity_id or "").startswith("actor.state.")
        ):
            states.add(g.entity_id)
            inside = inside or g.end <= end
    return states.pop() if len(states) == 1 and inside else None


def _family_nisbas(
    tokens: Tokens,
    found: list[Found],
    document: DocumentEvidence | None = None,
    gathered: dict[str, object] | None = None,
) -> list[Found]:
    """``found`` without the state nisbas that are a person's family name: the one ending a
    name the text gives by pattern (``الباحث سامر المصري``: part of the name tag.persons
    finds, no vote for Egypt) and, where the same word stands as a person later (right after
    a verb of speech or view: ``وأضاف المصري``), that person (evidence ``document``), as
    tag.resolve reads a listed person's family name. ``document``: the whole document's
    evidence (family names introduced in other chunks); ``gathered``: this Doc's, filled."""
    norms = tokens.norm
    nisbas = [
        f.start for f in found
        if f.adjectival and f.end - f.start == 1 and f.category in STATE_CATEGORIES
    ]  # fmt: skip
    named = nisba_family_names(norms, tokens.text, nisbas) if nisbas else set()
    family = {norms[k] for k in named}
    if gathered is not None:
        gathered["family_nisbas"] = frozenset(family)
    if document is not None:
        family |= document.family_nisbas
    if not family:
        return found
    out: list[Found] = []
    for f in found:
        if f.start in named and f.adjectival and f.end - f.start == 1:
            continue  # part of the name
        if (
            f.adjectival and f.end - f.start == 1 and norms[f.start] in family
            and _stands_as_person(norms, f.start)
        ):  # fmt: skip
            out.append(Found(f.start, f.end, "ACTOR", "person", None, rank=2, evidence="document"))
            continue
        out.append(f)
    return out


def _persian_ordinary(f: Found, ordinary: set[int], places: set[int]) -> bool:
    """Whether the lexicon match ``f`` is a Persian word no actor (tag.persian): a light verb
    or its noun, or a capital after a Persian preposition of place."""
    if f.label != "ACTOR" or f.end - f.start != 1:
        return False
    return f.start in ordinary or (f.category == CAPITAL and f.start in places)


def _parties(tokens: Tokens, found: list[Found], attested: frozenset[str]) -> list[Found]:
    """Parties and movements the lexicon lacks, by the shape of their names (tag.parties);
    a known actor other than a state is never part of one (حزب الله is listed)."""
    taken = {
        k
        for f in found
        if f.label == "ACTOR" and not f.adjectival and f.category not in STATE_CATEGORIES
        for k in range(f.start, f.end)
    }
    return [
        Found(start, end, "ACTOR", "political_party", None, rank=2, evidence="pattern")
        for start, end in find_parties(tokens.norm, tokens.blank, taken, attested)
    ]


_ENTITY_WORDS: dict[str, frozenset[str]] = {}


def _entity_words(lexicon: Lexicon) -> frozenset[str]:
    """tag.cited_names.entity_words, once per lexicon content."""
    if lexicon.fingerprint not in _ENTITY_WORDS:
        _ENTITY_WORDS[lexicon.fingerprint] = entity_words(lexicon)
    return _ENTITY_WORDS[lexicon.fingerprint]


def _cited_names(
    tokens: Tokens, found: list[Found], places: set[int], latin: frozenset[str]
) -> list[Found]:
    """Scholars named in Arabic letters whose work the document cites in Latin script
    (``latin``: tag.cited_names.cited_latin_names): ``ديفيد سيمز`` ... ``(Sims, 2012)``."""
    if not latin:
        return []
    taken = set(places)
    for f in found:
        if f.label == "ACTOR":
            taken.update(range(f.start, f.end))
    return [
        Found(start, end, "ACTOR", "person", None, rank=2, evidence="citation")
        for start, end in find_cited_names(tokens.text, tokens.blank, taken, latin)
    ]


def _arabic_cited(
    tokens: Tokens,
    found: list[Found],
    places: set[int],
    document: DocumentEvidence | None,
    gathered: dict[str, object] | None,
) -> list[Found]:
    """Scholars the document cites in Arabic script (tag.arabic_cited): ``جميل هلال`` ...
    ``(هلال، 2006)``; a state's adjective may be a surname (``محمد المصري``). The surnames
    cited and named in the rest of the document come from ``document``; this Doc's go to
    ``gathered``."""
    actors = [f for f in found if f.label == "ACTOR"]
    taken = set(places).union(*(range(f.start, f.end) for f in actors))
    bodies = {k for f in actors if not f.adjectival and f.category != "person"
              for k in range(f.start, f.end)}  # fmt: skip
    cited = _words(document.arabic_cited) if document is not None else frozenset()
    named = _words(document.arabic_named) if document is not None else frozenset()
    spans, own, named_here = read_arabic_cited(
        tokens.text, tokens.norm, tokens.blank, taken, bodies, cited, named
    )
    if gathered is not None:
        gathered["arabic_cited"] = frozenset(" ".join(a) for a in own)
        gathered["arabic_named"] = frozenset(" ".join(a) for a in named_here)
    return [
        Found(start, end, "ACTOR", "person", None, rank=1, evidence="citation")
        for start, end in spans
    ]


def _words(names: frozenset[str]) -> frozenset[tuple[str, ...]]:
    """Names carried as words joined by a space (tag.evidence), as word tuples."""
    return frozenset(tuple(name.split(" ")) for name in names)


def _repeated_names(
    tokens: Tokens,
    found: list[Found],
    cites: set[int],
    document: DocumentEvidence | None,
    gathered: dict[str, object] | None,
) -> list[Found]:
    """Other occurrences of the people's full names (tag.name_repeats), those named in the
    rest of the document (``document``) included; this Doc's go to ``gathered``. ``cites``:
    the tokens of citations (never a repeat)."""
    actors = [f for f in found if f.label == "ACTOR"]
    people = {(f.start, f.end): f.entity_id for f in actors if f.category == "person"}
    entity = {tuple(tokens.norm[s:e]): ent for (s, e), ent in people.items()}
    taken = cites.union(*(range(f.start, f.end) for f in actors))
    elsewhere = _words(document.full_names) if document is not None else frozenset()
    if gathered is not None:
        gathered["full_names"] = frozenset(
            " ".join(name) for name in repeatable_names(tokens.norm, list(people))
        )
    return [
        Found(start, end, "ACTOR", "person", entity.get(tuple(tokens.norm[start:end])), rank=2,
              evidence="repeat")
        for start, end in repeated_names(tokens.norm, list(people), taken, elsewhere)
    ]  # fmt: skip


def _drop_titles(found: list[Found], norms: list[str]) -> list[Found]:
    """An office right before a person's name is the person's title, not a mention:
    ``رئيسة الوزراء [البريطانية] تيريزا ماي`` names May (and the UK), not the cabinet."""
    person_starts = {f.start for f in found if f.category == "person"}
    state_ends = {f.start: f.end for f in found if f.adjectival}
    out = []
    for f in found:
        office = f.evidence in RESOLVED and word_of(norms[f.start]) in TITLE_HEADS
        # an unlisted body after a title's head is the title's: رئيس [مجلس السيادة] السوداني X
        headed = (
            f.evidence == "pattern"
            and f.category != "person"
            and f.start > 0
            and word_of(norms[f.start - 1]) in TITLE_HEADS
        )
        nxt = state_ends.get(f.end, f.end)
        while nxt < len(norms) and norms[nxt] in TITLE_MODIFIERS:
            nxt += 1  # رئيس الوزراء آنذاك عبد الله حمدوك
        if (office or headed) and (f.end in person_starts or nxt in person_starts):
            continue  # الجيش مرسي is an army acting, رئيس الوزراء زئيف a title
        out.append(f)
    return out


def reference_start(doc: Doc) -> int | None:
    """Character offset in ``doc`` where its reference list starts (None: no list): after
    the last line that is only a references heading. A chunk of a longer document reads it
    from the whole document's evidence (:mod:`araseclit.tag.evidence`): the list starts in a
    chunk before it (0), in a later one (None), or in this one."""
    document = chunk_evidence(doc)
    if document is not None:
        if document.references == "before":
            return 0
        if document.references != "here":
            return None
    return _references_start(doc_text(doc))


#: a short line (padding aside) with a word every references heading has (``المراجع``, ``المصادر``,
#: ``الهوامش``, ``References``, ``Bibliography``, ``Works cited``; marks and tatweel allowed
#: between its letters, as normalisation drops them): a text without one has no heading, and
#: its lines need not be read (news writes ``مصادر`` "sources" in its sentences)
_HEADING_LINE = re.compile(
    "^[ \t\u00a0]*[^\n]{0,60}?(?:"
    + "|".join(
        "[\u064b-\u0652\u0640]*".join(map(re.escape, word))
        for word in ("مراجع", "مصادر", "هوامش", "references", "bibliography", "works cited")
    )
    + ")[^\n]{0,80}?[ \t\u00a0]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _references_start(text: str) -> int | None:
    """:func:`araseclit.claims.detect.references_start`, skipped for a text with no short
    line holding a heading word."""
    if not _HEADING_LINE.search(text):
        return None
    # claims.detect imports tag.persons: imported here, not at the top, so either package
    # may be imported first
    from araseclit.claims.detect import references_start

    return references_start(text)


def chunk_evidence(doc: Doc) -> DocumentEvidence | None:
    """The whole document's evidence given to a chunk of it (``doc._.chunk``), if any."""
    chunk = doc._.chunk
    if not isinstance(chunk, dict):
        return None
    evidence = chunk.get(EVIDENCE_KEY)
    return DocumentEvidence.from_dict(evidence) if isinstance(evidence, dict) else None


def read_tokens(doc: Doc) -> Tokens:
    """What the tagger reads of ``doc``'s tokens, from one array of their attributes, every
    token given its matching form first (:func:`set_norms`); what depends on a token's string
    alone is worked out once per distinct string."""
    if not len(doc):
        return Tokens([], [], [], [], frozenset(), [])
    array = doc.to_array([ORTH, NORM, IS_PUNCT, IS_ALPHA, SENT_START])
    orths, first, where = np.unique(array[:, 0], return_index=True, return_inverse=True)
    strings = doc.vocab.strings
    words = [strings[h] for h in orths.tolist()]
    at = where.tolist()
    text = list(map(words.__getitem__, at))
    forms, spaces, letters, arabics = zip(*map(_string_facts, words), strict=True)
    norm = _with_norms(doc, array[:, 1], forms, at, where)
    punct = array[:, 2].astype(bool)
    blank = [p or space for p, space in zip(punct[first].tolist(), spaces, strict=True)]
    wordy = array[first, 3].astype(bool) | np.array(letters, dtype=bool)
    latin = wordy & ~np.array(arabics, dtype=bool)
    if doc.has_annotation("SENT_START"):
        starts = array[:, 4] == 1
        starts[0] = True
        sentence = np.cumsum(starts) - 1
    else:
        sentence = np.zeros(len(doc), dtype=np.int64)
    counts = np.bincount(sentence, weights=wordy[where])
    english = np.flatnonzero(np.bincount(sentence, weights=latin[where]) * 2 > counts)
    return Tokens(
        text,
        norm,
        punct.tolist(),
        list(map(blank.__getitem__, at)),
        frozenset(english.tolist()),
        sentence.tolist(),
    )


@lru_cache(maxsize=1 << 17)  # a corpus repeats its words: each is worked out once
def _string_facts(word: str) -> tuple[str, bool, bool, bool]:
    """A token string's matching form, and whether it is white space, has a letter, has an
    Arabic letter."""
    # a word of letters alone (nearly every word) has one without a look at each character
    letter = word.isalpha() or any(map(str.isalpha, word))
    return normalize_token(word), not word.strip(), letter, is_arabic(word)


def _with_norms(
    doc: Doc,
    norm_ids: np.ndarray,
    forms: tuple[str, ...],
    at: list[int],
    where: np.ndarray,
) -> list[str]:
    """Every token's norm once it is set to its matching form (``forms`` of the distinct
    strings, ``at`` each token's string, ``where`` the same as an array): the araseclit
    tokenizer's vocabulary has them already, spaCy's does not."""
    wanted = list(map(forms.__getitem__, at))
    # the wanted forms' string ids spread over the tokens, compared with the ids they have:
    # equal (the araseclit tokenizer's NORM), the forms are the norms, no string looked up
    form_ids = np.fromiter(map(get_string_id, forms), np.uint64, len(forms))
    if np.array_equal(form_ids[where], norm_ids):
        return wanted
    norm = _strings(doc, norm_ids)
    if norm == wanted:
        return norm
    for i, (have, want) in enumerate(zip(norm, wanted, strict=True)):
        if have != want:
            doc[i].norm_ = want
    # read again: a form "" leaves the vocabulary's norm (spaCy's id of "" is 0, "no norm")
    return _strings(doc, doc.to_array(NORM))


def _strings(doc: Doc, ids: np.ndarray) -> list[str]:
    """The strings of string ids ``ids``, each distinct id looked up once."""
    distinct, where = np.unique(ids, return_inverse=True)
    strings = doc.vocab.strings
    looked_up = [strings[h] for h in distinct.tolist()]
    return list(map(looked_up.__getitem__, where.tolist()))


def _columns(doc: Doc, attrs: list[int]) -> list[list[int]]:
    """One list per attribute of ``doc``'s tokens."""
    if not len(doc):
        return [[] for _ in attrs]
    return doc.to_array(attrs).T.tolist()  # type: ignore[no-any-return]


def set_norms(doc: Doc) -> None:
    """Give every token its matching form, whichever tokenizer made the doc."""
    read_tokens(doc)


def select(found: list[Found]) -> list[Found]:
    """Longest, then best-ranked, non-overlapping mentions, in text order."""
    chosen: list[Found] = []
    taken: set[int] = set()
    for f in sorted(found, key=lambda f: (-(f.end - f.start), f.rank, f.adjectival, f.start)):
        if taken.isdisjoint(range(f.start, f.end)):
            chosen.append(f)
            taken.update(range(f.start, f.end))
    return sorted(chosen, key=lambda f: f.start)


def make_records(
    doc: Doc,
    found: list[Found],
    lexicon: Lexicon | None = None,
    bounds: tuple[list[int], list[int]] | None = None,
) -> list[dict]:
    """MENTIONS records (exactly the schema's columns) for ``found``; ``state_id`` is the
    state a generic institution was resolved to, else the state ``lexicon`` gives the entry;
    ``bounds``: :func:`_char_bounds` of ``doc``, when the caller has them."""
    sentences = _sentences(doc)
    starts, ends = bounds or _char_bounds(doc)
    text = doc_text(doc)
    doc_id = doc._.doc_id  # an extension attribute: a lookup each time it is read
    records = []
    for i, f in enumerate(found):
        start, end = starts[f.start], ends[f.end - 1]
        record = {
            "doc_id": doc_id,
            "mention_id": make_id(doc_id, "m", i),
            "sent_id": sent_id_at(sentences, start),
            "start": start,
            "end": end,
            "text": text[start:end],
            "label": f.label,
            "category": f.category,
            "entity_id": f.entity_id,
            "state_id": f.state or _entry_state(lexicon, f.entity_id),
            "resolution": f.evidence or None,
        }
        records.append({key: record[key] for key in MENTION_COLUMNS})
    return records


def _entry_state(lexicon: Lexicon | None, entity_id: str | None) -> str | None:
    entry = lexicon.get(entity_id) if lexicon is not None and entity_id else None
    return entry.state if entry is not None else None


def _sentences(doc: Doc) -> list[tuple[int, int, str]]:
    if doc.has_annotation("SENT_START"):
        return sentence_ids(doc)
    return [(0, len(doc.text), make_id(doc._.doc_id, "s", 0))]


def _span(doc: Doc, f: Found) -> Span:
    return Span(doc, f.start, f.end, label=f.label, kb_id=f.entity_id or "")


def _char_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """First character of every token and the character after it."""
    starts, lengths = _columns(doc, [IDX, LENGTH])
    return starts, [s + n for s, n in zip(starts, lengths, strict=True)]


def _citation_overlap(citations: list[dict]) -> Callable[[int, int], bool]:
    """Whether characters ``[start, end)`` overlap one of ``citations`` (``start``/``end``
    records): citations sorted by start, with the furthest end reached by each prefix, so a
    span asks one bisection instead of every citation."""
    ordered = sorted((c["start"], c["end"]) for c in citations)
    firsts = [s for s, _ in ordered]
    furthest = list(accumulate((e for _, e in ordered), max))

    def overlaps(start: int, end: int) -> bool:
        k = bisect_left(firsts, end)  # citations starting before ``end``
        return k > 0 and furthest[k - 1] > start

    return overlaps


def _use_araseclit_tokenizer(nlp: Language) -> None:
    """Use the araseclit tokenizer (it splits و« and "security.", unlike spaCy's)."""
    from araseclit.segment.tokenizer import make_tokenizer

    nlp.tokenizer = make_tokenizer(nlp)


@lru_cache(maxsize=4)
def _tagging_pipeline(lexicon_path: str | None) -> Language:
    nlp = spacy.blank("ar")
    _use_araseclit_tokenizer(nlp)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("araseclit_tag_v2", config={"lexicon": lexicon_path})
    return nlp


def tag_text(
    text: str,
    lexicon: str | Path | None = None,
    doc_id: str | None = None,
    citations: list[dict] | None = None,
) -> list[dict]:
    """MENTIONS records for ``text`` (a blank Arabic pipeline with a sentencizer).

    ``citations`` (records with ``start``/``end``, e.g. from ``araseclit.cite``) are sources:
    no mention overlapping one is returned.
    """
    nlp = _tagging_pipeline(str(lexicon) if lexicon is not None else None)
    doc = nlp.make_doc(text)
    doc._.doc_id = doc_id
    doc._.citations = citations
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc._.mentions


def explain_text(text: str, lexicon: str | Path | None = None) -> list[dict]:
    """MENTIONS records of :func:`tag_text` (``state_id`` as there) with one more key,
    ``evidence`` (``phrase``,
    ``document``, ``unknown`` for a generic institution; ``document``, ``cue``, ``title``,
    ``coordination``, ``state`` for a homograph; ``pattern`` for a person found by title or
    reporting verb; empty for a plain lexicon match)."""
    nlp = _tagging_pipeline(str(lexicon) if lexicon is not None else None)
    doc = nlp.make_doc(text)
    doc._.citations = None
    for _, component in nlp.pipeline:
        doc = component(doc)
    evidence = doc.spans[SPAN_GROUP].attrs.get(EVIDENCE_ATTR, {})
    out = []
    for record in doc._.mentions:
        why = evidence.get(record["mention_id"], {})
        out.append({**record, "evidence": why.get("evidence", "")})
    return out
