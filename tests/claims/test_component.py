"""The spaCy component araseclit_claims_v1 on a blank Arabic pipeline."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

import araseclit.claims.component  # noqa: F401  (registers the factory)

TEXT = (
    "أدى انهيار الجيش عام 2014 إلى سيطرة داعش على الموصل (Dodge، 2020: 56). "
    "يتناول هذا البحث أدوار المنظمات المدنية بعد التحرير. "
    "ويرى الباحثون أن المنظمات المدنية أسهمت في إعادة الثقة."
)


@Language.component("test_sentences_by_period")
def sentences_by_period(doc: Doc) -> Doc:
    for i, token in enumerate(doc):
        token.is_sent_start = i == 0 or doc[i - 1].text.endswith(".")
    return doc


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("ar")
    nlp.add_pipe("test_sentences_by_period")
    nlp.add_pipe("araseclit_claims_v1")
    return nlp


def make_doc(nlp: Language) -> Doc:
    doc = nlp.make_doc(TEXT)
    doc._.doc_id = "dtest"
    raw = "(Dodge، 2020: 56)"
    start = TEXT.index(raw)
    doc._.citations = [
        {"doc_id": "dtest", "cit_id": "dtest-c0000", "sent_id": "dtest-s0000", "start": start,
         "end": start + len(raw), "raw": raw, "author": "Dodge", "year": 2020},
    ]  # fmt: skip
    m = TEXT.index("داعش")
    doc._.mentions = [
        {"doc_id": "dtest", "mention_id": "dtest-m0000", "sent_id": "dtest-s0000", "start": m,
         "end": m + 4, "text": "داعش", "label": "THREAT", "category": "terrorism",
         "entity_id": "T:isis"},
    ]  # fmt: skip
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def test_component_fills_claims(nlp: Language) -> None:
    claims = make_doc(nlp)._.claims
    assert [c["claim_id"] for c in claims] == ["dtest-k0000", "dtest-k0001"]
    assert [c["sent_id"] for c in claims] == ["dtest-s0000", "dtest-s0002"]
    assert claims[0]["attributed_to"] == "Dodge"
    assert claims[0]["cit_ids"] == ["dtest-c0000"]
    assert claims[0]["entity_ids"] == ["T:isis"]
    assert claims[0]["claim_type"] == "causal"
    assert claims[1]["attributed_to"] == "الباحثون"


def test_claims_survive_docbin_round_trip(nlp: Language) -> None:
    doc = make_doc(nlp)
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    (back,) = DocBin().from_bytes(data).get_docs(nlp.vocab)
    # msgpack turns lists into tuples; the JSON view (what the store writes) is unchanged
    assert json.dumps(back._.claims, ensure_ascii=False) == json.dumps(
        doc._.claims, ensure_ascii=False
    )


def test_component_without_citations_or_mentions(nlp: Language) -> None:
    doc = nlp(TEXT)
    assert [c["attributed_to"] for c in doc._.claims] == ["author", "الباحثون"]
    assert doc._.claims[0]["claim_id"] == "doc-k0000"
