"""Whole-document evidence for a tagger that sees one chunk of a long document at a time.

Four of the tagger's decisions read the whole ``Doc`` (:mod:`araseclit.tag.resolve`,
:mod:`araseclit.tag.persons`, :func:`araseclit.tag.component.organisation_anaphora`):

- the document's dominant state, from the states every mention names;
- the entities named unambiguously somewhere (a homograph such as ``الأسد`` is the person
  once ``بشار الأسد`` is named);
- the surnames of people found by title or reporting verb (``فرويد`` alone is a person once
  ``قال فرويد`` appeared, on any page);
- the last organisation named with each head noun (``الاتحاد`` takes up ``الاتحاد الأفريقي``).

A document cut into chunks (:func:`araseclit.pipeline.annotate.annotate`) gathers each
chunk's own :class:`DocumentEvidence` in a first pass (tokens, sentences and the tagger's
``find``, no records), adds them up, and gives every chunk the sum (and the organisations
named in the chunks before it) through ``doc._.chunk[EVIDENCE_KEY]``: the chunks then take
the decisions one pass over the whole text takes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

#: key of ``doc._.chunk`` holding the :class:`DocumentEvidence` of the whole document
EVIDENCE_KEY = "tag_evidence"


@dataclass(frozen=True)
class DocumentEvidence:
    """What the tagger learns from a document (or a chunk of one).

    ``state_counts``: mentions naming each state (its nouns, nisbas and bodies), the votes of
    :func:`araseclit.tag.resolve.dominant_state`; ``sure``: entity ids named without
    ambiguity; ``surnames``: last words of people found by pattern, as written;
    ``organisations``: for each anaphoric head noun, the ``(category, entity_id)`` of the
    last organisation named with it (in the chunks before, when given to a chunk);
    ``cited``: Latin names of parenthetical citations (:mod:`araseclit.tag.cited_names`: a
    scholar named in one chunk may be cited in another); ``arabic_cited``: surnames of
    author-year citations in Arabic script and ``arabic_named``: those of them written after
    a given name (:mod:`araseclit.tag.arabic_cited`: ``نبيل جمعة ... (جمعة، 2011)`` on one
    page, ``ويرى جمعة`` on the next); ``full_names``: people's names of two words or more
    (:mod:`araseclit.tag.name_repeats`: ``نادية علي`` found once names its other
    occurrences). Names are normalised words joined by a space. ``references``: where the
    reference list is, for the mentions it holds are sources, not mentions
    (:func:`araseclit.tag.component.reference_start`): ``"here"`` when this text has a
    references heading; given to a chunk, ``"after"`` when a later chunk has one (the last
    heading is further on), ``"here"`` when this chunk has the last one, ``"before"`` when
    an earlier chunk has it (the whole chunk is in the list), else ``""``.
    ``family_nisbas``: state nisbas that are the family name of a person found by pattern
    (normalised: ``المصري`` of ``الباحث سامر المصري``; the person where it stands as one).
    """

    state_counts: Mapping[str, int] = field(default_factory=dict)
    sure: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()
    organisations: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    cited: frozenset[str] = frozenset()
    arabic_cited: frozenset[str] = frozenset()
    arabic_named: frozenset[str] = frozenset()
    full_names: frozenset[str] = frozenset()
    references: str = ""
    family_nisbas: frozenset[str] = frozenset()

    def then(self, later: DocumentEvidence) -> DocumentEvidence:
        """This evidence followed by that of the text after it: counts added, sets joined,
        an organisation named later replaces one named with the same head before."""
        counts: Counter[str] = Counter(self.state_counts)
        counts.update(later.state_counts)
        return DocumentEvidence(
            dict(counts),
            self.sure | later.sure,
            self.surnames | later.surnames,
            {**self.organisations, **later.organisations},
            self.cited | later.cited,
            self.arabic_cited | later.arabic_cited,
            self.arabic_named | later.arabic_named,
            self.full_names | later.full_names,
            later.references or self.references,
            self.family_nisbas | later.family_nisbas,
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON values (``doc._`` attributes hold only those, for ``DocBin``)."""
        return {
            "state_counts": dict(sorted(self.state_counts.items())),
            "sure": sorted(self.sure),
            "surnames": sorted(self.surnames),
            "organisations": {k: list(v) for k, v in sorted(self.organisations.items())},
            "cited": sorted(self.cited),
            "arabic_cited": sorted(self.arabic_cited),
            "arabic_named": sorted(self.arabic_named),
            "full_names": sorted(self.full_names),
            "references": self.references,
            "family_nisbas": sorted(self.family_nisbas),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DocumentEvidence:
        """The evidence :meth:`to_dict` wrote."""
        return cls(
            {str(k): int(v) for k, v in data.get("state_counts", {}).items()},
            frozenset(data.get("sure", ())),
            frozenset(data.get("surnames", ())),
            {str(k): (str(v[0]), str(v[1])) for k, v in data.get("organisations", {}).items()},
            frozenset(data.get("cited", ())),
            frozenset(data.get("arabic_cited", ())),
            frozenset(data.get("arabic_named", ())),
            frozenset(data.get("full_names", ())),
            str(data.get("references", "")),
            frozenset(data.get("family_nisbas", ())),
        )


def whole_document(chunks: Iterable[DocumentEvidence]) -> list[DocumentEvidence]:
    """The evidence each chunk of a document is given, from each chunk's own evidence (in
    text order): the whole document's states, names and surnames, the organisations named
    before the chunk starts, and where the reference list is from the chunk
    (``references``)."""
    own = list(chunks)
    total = DocumentEvidence()
    for part in own:
        total = total.then(part)
    headings = [k for k, part in enumerate(own) if part.references]
    last = headings[-1] if headings else len(own)
    out: list[DocumentEvidence] = []
    before: dict[str, tuple[str, str]] = {}
    for k, part in enumerate(own):
        where = "" if not headings else "after" if k < last else "here" if k == last else "before"
        out.append(replace(total, organisations=dict(before), references=where))
        before.update(part.organisations)
    return out
