"""Sentence ids and offsets shared by every stage."""

from __future__ import annotations

import araseclit
from araseclit.pipeline.extensions import sent_id_at, sentence_ids


def test_sentence_spans_exclude_paragraph_breaks() -> None:
    nlp = araseclit.load_pipeline("audit")
    text = (
        "1. المقدمة\n\nتعمل المنظمات المدنية في العراق (Dodge, 2020: 56). "
        "وتواجه تحديات كبيرة.\n\nالفقرة الثانية عن الأمن المجتمعي."
    )
    doc = nlp.make_doc(text)
    doc._.doc_id = "dtest"
    doc = nlp(doc)
    spans = sentence_ids(doc)
    assert [text[s:e] for s, e, _ in spans] == [
        "1. المقدمة",
        "تعمل المنظمات المدنية في العراق (Dodge, 2020: 56).",
        "وتواجه تحديات كبيرة.",
        "الفقرة الثانية عن الأمن المجتمعي.",
    ]
    assert [i for _, _, i in spans] == [f"dtest-s{n:04d}" for n in range(4)]
    assert sent_id_at(spans, text.index("(Dodge")) == "dtest-s0001"
    assert doc._.citations[0]["sent_id"] == "dtest-s0001"
