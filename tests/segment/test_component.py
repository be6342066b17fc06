"""The araseclit_segment_v1 component: sentences, sections, paragraphs on a Doc."""

from __future__ import annotations

import pytest
from spacy.tokens import DocBin

from araseclit.pipeline.extensions import make_id
from araseclit.store.schema import columns

TEXT = (
    "2.1 المقدّمة\n\n"
    "يرى بوزان أن الأمن متعدد الأبعاد (Buzan، 1991: 19). تراجعت الثقة بالمؤسسات. "
    "(Dodge، 2020: 56)\n\n"
    "2.2 خلفية الأمن  الوطني\n\n"
    "ويؤكد د. محمد (د.ت، ص. 45) أن الدولة ضعيفة؛ إذ تصاعد العنف. وهذا واضح.\n\n"
    "المصادر\n\n"
    "Buzan, B. (1991). People, States and Fear."
)


@pytest.fixture
def doc(nlp):
    d = nlp.make_doc(TEXT)
    d._.doc_id = "d0123"
    return nlp.get_pipe("araseclit_segment_v1")(d)


def test_sentences(doc):
    assert [s.text.strip() for s in doc.sents][:6] == [
        "2.1 المقدّمة",
        "يرى بوزان أن الأمن متعدد الأبعاد (Buzan، 1991: 19).",
        "تراجعت الثقة بالمؤسسات. (Dodge، 2020: 56)",
        "2.2 خلفية الأمن  الوطني",
        "ويؤكد د. محمد (د.ت، ص. 45) أن الدولة ضعيفة؛ إذ تصاعد العنف.",
        "وهذا واضح.",
    ]


def test_sections_records_follow_the_schema(doc):
    assert [list(rec) for rec in doc._.sections] == [columns("sections")] * 3
    assert [(r["section_id"], r["number"], r["level"]) for r in doc._.sections] == [
        (make_id("d0123", "sec", 0), "2.1", 2),
        (make_id("d0123", "sec", 1), "2.2", 2),
        (make_id("d0123", "sec", 2), None, 1),
    ]
    assert all(r["doc_id"] == "d0123" for r in doc._.sections)


def test_paragraphs(doc):
    assert [TEXT[s:e][:7] for s, e in doc._.paragraphs] == [
        "2.1 الم",
        "يرى بوز",
        "2.2 خلف",
        "ويؤكد د",
        "المصادر",
        "Buzan, ",
    ]


def test_docbin_round_trip_keeps_extensions(nlp, doc):
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    (back,) = DocBin().from_bytes(data).get_docs(nlp.vocab)
    assert back._.doc_id == "d0123"
    # srsly's msgpack gives tuples for lists: compare the values, not the container type
    assert list(back._.sections) == doc._.sections
    assert [tuple(p) for p in back._.paragraphs] == doc._.paragraphs
    assert [s.text for s in back.sents] == [s.text for s in doc.sents]


def test_whole_pipeline_call(nlp):
    doc = nlp("تراجعت الثقة. ثم تغير الوضع.")
    assert len(list(doc.sents)) == 2
    assert doc._.sections == []
