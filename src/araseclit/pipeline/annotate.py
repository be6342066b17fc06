"""Run the per-document pipeline over a document of any length.

A document that fits in one chunk (:data:`araseclit.chunking.MAX_CHUNK_CHARS`, and the
pipeline's ``nlp.max_length``) is one spaCy pass, as before. A longer one is cut where no
stage looks across (:func:`araseclit.chunking.plan_chunks`: paragraph starts) and its chunks go
through the components one after the other, each as its own ``Doc``, dropped once its records
are taken; given a ``sink``, the records go too, chunk by chunk, as they come (a corpus run
writes them to a spill folder, :mod:`araseclit.store.spill`): memory follows the chunk, not
the document.

The records are merged into those one pass gives: offsets shifted by the chunk's start, ids
(``s``, ``c``, ``m``, ``k``) numbered on through the document and every reference to them
(``sent_id``, ``cit_ids``) renamed to match. What depends on the whole document is taken from
the whole text, which is a plain string pass with no ``Doc``:

- paragraphs and sections (``araseclit_segment_v1``): a section runs to the next heading of its
  level wherever that is, and section ids go on through the document;
- the reference list and its span (``araseclit_cite_v1``): every chunk matches its citations
  against the whole list and skips the brackets inside it; an ibid opening a chunk takes the
  work of the last citation before it (``doc._.chunk``, read by the cite component);
- the reference-list headings for claims: no sentence after the last one is a claim, and a
  chunk ends after each one, so that no chunk holds one with text after it.

- the works cited so far, for ``op. cit.`` (:class:`araseclit.cite.opcit.CitedBefore`): every
  chunk is given those of the chunks before it (``doc._.chunk["cited_before"]``), so that an
  ``op. cit.`` takes the one work of its author cited chunks before;

- the citation finder's other document evidence
  (:class:`araseclit.cite.citations.DocumentEvidence`: the authors and works the document
  cites in brackets, which make a name before a bracketed year or a no-comma bracket a
  citation; whether it has notes; how far its raised numbers read as citations), from a string
  pass over the whole text, in ``doc._.chunk["cite_evidence"]``;

- the tagger's document evidence (:mod:`araseclit.tag.evidence`: the dominant state, the
  names known unambiguously, the surnames of people found by pattern, the organisation a head
  noun takes up): a first pass over the chunks (tokens, sentences and the tagger's ``find``,
  no records) gathers each chunk's share, and every chunk is given the sum in
  ``doc._.chunk["tag_evidence"]``.

Evidence the citation finder gathers over its whole ``Doc`` beyond that (calendar context,
word counts, the count of brackets that make a document's style of no-comma or author–page
citations) is still gathered per chunk. A document under one chunk is not affected. On a
596,000-character book made of the sample papers, cut in 4 chunks, every table equals one
pass; on third-party books the mention tables are equal too, and a few citations (and the
claims citing them) differ (``benchmarks/results/bench_long_docs.md``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from araseclit.chunking import MAX_CHUNK_CHARS, plan_chunks
from araseclit.document import Document
from araseclit.pipeline.extensions import make_id, sentence_ids
from araseclit.tag.evidence import EVIDENCE_KEY

Record = dict[str, Any]
SEGMENT_FACTORY = "araseclit_segment_v1"
CITE_FACTORY = "araseclit_cite_v1"
CLAIMS_FACTORY = "araseclit_claims_v1"
#: ``doc._.chunk`` key of the works the chunks before cited (read by op. cit.)
CITED_BEFORE_KEY = "cited_before"
#: ``doc._.chunk`` key of the citation finder's whole-document evidence
CITE_EVIDENCE_KEY = "cite_evidence"


#: id kinds of the records a chunk adds: sentences, citations, mentions, claims
_KINDS = ("s", "c", "m", "k")


class StageError(Exception):
    """A pipeline component failed on one document."""

    def __init__(self, stage: str, exc: BaseException) -> None:
        self.stage = stage
        self.exc = exc
        super().__init__(f"{stage}: {type(exc).__name__}: {exc}")


@dataclass
class Annotations:
    """What the components found in one document, in the document's offsets: the ``Doc._``
    records of :mod:`araseclit.pipeline.extensions` and the sentence spans."""

    doc_id: str | None
    sentences: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, sent_id)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sections: list[Record] = field(default_factory=list)
    citations: list[Record] = field(default_factory=list)
    references: list[Record] = field(default_factory=list)
    mentions: list[Record] = field(default_factory=list)
    claims: list[Record] = field(default_factory=list)
    n_chunks: int = 1
    #: records of each kind found, by id kind (``s``, ``c``, ``m``, ``k``): with a sink
    #: (:func:`annotate`) those that went to it, else the lengths of the lists
    counts: dict[str, int] = field(default_factory=dict)

    def count(self) -> dict[str, int]:
        """Records of each kind: ``counts`` where a sink took them, else the lists' lengths."""
        if self.counts:
            return dict(self.counts)
        lists = (self.sentences, self.citations, self.mentions, self.claims)
        return {kind: len(rows) for kind, rows in zip(_KINDS, lists, strict=True)}

    @classmethod
    def of(cls, doc: Doc) -> Annotations:
        """The records a pipeline set on ``doc`` (``sentence_ids`` raises when nothing set
        sentence boundaries, as :func:`araseclit.pipeline.records.doc_records` always did)."""
        return cls(
            doc._.doc_id,
            sentence_ids(doc),
            [(int(s), int(e)) for s, e in doc._.paragraphs or []],
            list(doc._.sections or []),
            list(doc._.citations or []),
            list(doc._.references or []),
            list(doc._.mentions or []),
            list(doc._.claims or []),
        )


def run_components(
    nlp: Language, document: Document | str, doc_id: str | None = None, chunk: Record | None = None
) -> Doc:
    """Run ``nlp`` over ``document`` (or a text) with ``doc._.doc_id`` and ``doc._.chunk``
    set; a failing component is named in the :class:`StageError`."""
    if isinstance(document, Document):
        text, doc_id = document.text, document.doc_id
    else:
        text = document
    try:
        doc = nlp.make_doc(text)
    except Exception as exc:
        raise StageError("tokenizer", exc) from exc
    doc._.doc_id = doc_id
    doc._.chunk = chunk
    return _through(nlp.pipeline, doc)


def _through(components: list[tuple[str, Any]], doc: Doc) -> Doc:
    """``doc`` through ``components``; a failing one is named in the :class:`StageError`."""
    for name, component in components:
        try:
            doc = component(doc)
        except Exception as exc:
            raise StageError(name, exc) from exc
    return doc


def chunk_limit(nlp: Language, max_chars: int | None = None) -> int:
    """The longest span one pass sees: ``max_chars`` (default :data:`MAX_CHUNK_CHARS`), never
    more than the pipeline's ``nlp.max_length``."""
    return min(max_chars or MAX_CHUNK_CHARS, int(nlp.max_length))


#: given each chunk's records, shifted and renumbered, and the annotations so far (their
#: paragraphs, sections and references: what a chunk's sentences are placed in)
ChunkSink = Callable[[Annotations, Annotations], None]


def annotate(
    nlp: Language,
    document: Document,
    max_chars: int | None = None,
    sink: ChunkSink | None = None,
) -> Annotations:
    """Records of ``document`` through ``nlp``: one pass when it fits in
    :func:`chunk_limit`, else chunk by chunk (module docstring). Raises ``E015`` for a text
    that cannot be cut (a run over the limit with no white space) and :class:`StageError`
    naming a failing component.

    With ``sink``, the sentences, citations, mentions and claims of each chunk (of the one
    pass, when the text fits) go to ``sink`` as they come and are not kept: the annotations
    returned hold the paragraphs, sections and references only, and in ``counts`` how many
    of each kind went to ``sink``. So the records of a document of any length never all
    exist at once (:func:`araseclit.pipeline.records.spill_records`)."""
    limit = chunk_limit(nlp, max_chars)
    if len(document.text) <= limit:
        whole = Annotations.of(run_components(nlp, document))
        if sink is None:
            return whole
        kept = Annotations(whole.doc_id, paragraphs=whole.paragraphs, sections=whole.sections,
                           references=whole.references)  # fmt: skip
        sink(whole, kept)
        kept.counts = whole.count()
        return kept
    factories = {nlp.get_pipe_meta(name).factory for name in nlp.pipe_names}
    # the claims component reads no sentence after the last reference-list heading of its
    # text: a chunk ends after every such heading, so no chunk holds one with text after it
    headings = _reference_headings(document.text) if CLAIMS_FACTORY in factories else []
    spans = plan_chunks(document.text, limit, document.path, headings)
    refs_at = headings[-1] if headings else None
    merged = _whole_document(document, factories)
    merged.n_chunks = len(spans)
    whole_segments = SEGMENT_FACTORY in factories
    evidence = _tag_evidence(nlp, document.text, spans)
    chunk: Record = {"previous": None}
    works = None
    if CITE_FACTORY in factories:  # the works the chunks so far cited, for op. cit.
        from araseclit.cite.opcit import CitedBefore

        works = CitedBefore()
    for k, (start, end) in enumerate(spans):
        chunk = {
            "offset": start,
            "references": merged.references,
            "reference_span": merged.reference_span,
            "previous": chunk.get("last", chunk["previous"]),
            CITED_BEFORE_KEY: works,
            CITE_EVIDENCE_KEY: merged.cite_evidence,
            EVIDENCE_KEY: evidence[k].to_dict() if evidence else None,
        }
        doc = run_components(nlp, document.text[start:end], document.doc_id, chunk)
        part = Annotations.of(doc)
        del doc  # the chunk's tokens go before the next chunk is made
        shifted = merged.extend(part, start, whole_segments, refs_at, keep=sink is None)
        del part
        if works is not None:
            works.add(shifted.citations)
        if sink is not None:
            sink(shifted, merged)
    return merged


@dataclass
class _Merged(Annotations):
    """Annotations being merged chunk by chunk."""

    reference_span: tuple[int, int] | None = None
    whole_references: bool = False
    cite_evidence: Any = None

    def extend(
        self,
        part: Annotations,
        offset: int,
        whole_segments: bool,
        refs_at: int | None,
        keep: bool = True,
    ) -> Annotations:
        """The records of the chunk at ``offset``, shifted and numbered on after those of the
        chunks before; kept here too unless ``keep`` is false (then only counted). Paragraphs,
        sections and references are always kept."""
        doc_id = self.doc_id
        if not self.counts:
            self.counts = dict.fromkeys((*_KINDS, "sec"), 0)
        shifted = Annotations(doc_id)
        sent_ids: dict[str, str] = {}
        for start, end, old in part.sentences:
            new = make_id(doc_id, "s", self.counts["s"])
            self.counts["s"] += 1
            sent_ids[old] = new
            shifted.sentences.append((start + offset, end + offset, new))

        def sent(rec: Record) -> Record:
            return {"sent_id": sent_ids.get(rec["sent_id"], rec["sent_id"])}

        cit_ids = self._add(shifted.citations, part.citations, offset, ("cit_id", "c"), sent)
        self._add(shifted.mentions, part.mentions, offset, ("mention_id", "m"), sent)

        def claim(rec: Record) -> Record:
            return {**sent(rec), "cit_ids": [cit_ids.get(c, c) for c in rec["cit_ids"] or []]}

        claims = [c for c in part.claims if refs_at is None or c["start"] + offset < refs_at]
        self._add(shifted.claims, claims, offset, ("claim_id", "k"), claim)
        if not self.whole_references:
            self.references.extend(part.references)
        if not whole_segments:
            self.paragraphs += [(s + offset, e + offset) for s, e in part.paragraphs]
            self._add(self.sections, part.sections, offset, ("section_id", "sec"), _no_change)
        if keep:
            self.sentences += shifted.sentences
            self.citations += shifted.citations
            self.mentions += shifted.mentions
            self.claims += shifted.claims
        return shifted

    def count(self) -> dict[str, int]:
        return {kind: self.counts.get(kind, 0) for kind in _KINDS}

    def _add(
        self,
        into: list[Record],
        records: list[Record],
        offset: int,
        id_kind: tuple[str, str],
        renamed: Callable[[Record], Record],
    ) -> dict[str, str]:
        """Append ``records`` shifted by ``offset``, numbered on after the document's records
        of their kind so far; the map of their ids."""
        key, kind = id_kind
        ids: dict[str, str] = {}
        for rec in records:
            new = make_id(self.doc_id, kind, self.counts[kind])
            self.counts[kind] += 1
            ids[str(rec[key])] = new
            into.append(
                {**rec, **renamed(rec), key: new, "start": rec["start"] + offset,
                 "end": rec["end"] + offset}
            )  # fmt: skip
        return ids


def _no_change(rec: Record) -> Record:
    return {}


def _whole_document(document: Document, factories: set[str]) -> _Merged:
    """What the components would find over the whole text, found with string passes only."""
    merged = _Merged(document.doc_id)
    text, doc_id = document.text, document.doc_id
    if SEGMENT_FACTORY in factories:
        from araseclit.segment.sections import find_paragraphs, find_sections

        merged.paragraphs = find_paragraphs(text)
        merged.sections = [
            {"doc_id": doc_id, "section_id": make_id(doc_id, "sec", i), **sec}
            for i, sec in enumerate(find_sections(text))
        ]  # the records araseclit_segment_v1 makes
    if CITE_FACTORY in factories:
        from araseclit.cite.citations import document_evidence
        from araseclit.cite.references import find_references

        merged.reference_span, merged.references = find_references(text, doc_id=doc_id)
        merged.whole_references = True
        merged.cite_evidence = document_evidence(
            text, merged.references, merged.reference_span or (0, 0)
        )
    return merged


def _tag_evidence(nlp: Language, text: str, spans: list[tuple[int, int]]) -> list[Any]:
    """The whole document's evidence for the tagger, as each chunk is given it
    (:func:`araseclit.tag.evidence.whole_document`), from a first pass over the chunks:
    tokens, the components before the tagger that set sentences (not ``cite``: citations
    only keep mentions out of the records, the tagger's decisions do not read them) and the
    tagger's ``find``. Empty when the pipeline has no tagger that reads its document."""
    from araseclit.tag.component import MentionTagger
    from araseclit.tag.evidence import whole_document

    before = []
    for name, component in nlp.pipeline:
        if isinstance(component, MentionTagger):
            break
        if nlp.get_pipe_meta(name).factory != CITE_FACTORY:
            before.append((name, component))
    else:
        return []
    if not component.context or component.model is not None:
        return []
    own = []
    for start, end in spans:
        doc = run_components_on(nlp, before, text[start:end])
        own.append(component.evidence(doc))
        del doc
    return list(whole_document(own))


def run_components_on(nlp: Language, components: list[tuple[str, Any]], text: str) -> Doc:
    """``text`` through the tokenizer and ``components`` only (``doc._.chunk`` unset)."""
    try:
        doc = nlp.make_doc(text)
    except Exception as exc:
        raise StageError("tokenizer", exc) from exc
    for name, component in components:
        try:
            doc = component(doc)
        except Exception as exc:
            raise StageError(name, exc) from exc
    return doc


def _reference_headings(text: str) -> list[int]:
    """End of every line that is only a references heading, as
    :func:`araseclit.claims.detect.references_start` reads lines (it takes the last)."""
    from araseclit.claims.patterns import REFERENCES_HEADING
    from araseclit.normalize import normalize_token

    ends: list[int] = []
    pos = 0
    for line in _lines(text):
        if REFERENCES_HEADING.fullmatch(normalize_token(line.strip())):
            ends.append(pos + len(line))
        pos += len(line)
    return ends


#: characters of a text split into lines at a time by :func:`_lines`
LINES_BLOCK_CHARS = 1_000_000


def _lines(text: str, block: int = LINES_BLOCK_CHARS) -> Iterator[str]:
    """``text.splitlines(keepends=True)``, a block of about ``block`` characters at a time
    (not a list of a whole book's lines): each block ends just after a line feed, which is
    the last character of any line break it ends ("\r\n" included), so its lines are the
    whole text's."""
    start, n = 0, len(text)
    while start < n:
        cut = text.find("\n", start + block)
        end = n if cut < 0 else cut + 1
        yield from text[start:end].splitlines(keepends=True)
        start = end
