"""The spaCy component araseclit_cite_v1."""

from __future__ import annotations

from spacy.tokens import Doc, DocBin

TEXT = (
    "يعد الأمن الوطني مفهومًا معقدًا (الحميد، 2019: 27). وتزايدت التدخلات الإقليمية "
    "(Hiltermann, 2017: 88؛ Dodge، 2020). ويرى »خسروي« (1402: 68) أن الثقة أساس.\n\n"
    "المصادر\n\n[1] الحميد، عبد الله (2019). الأمن الوطني. بغداد.\n"
    "[2] Hiltermann, J. (2017). Iraq after ISIS. Foreign Affairs."
)


def _segmented(nlp, text: str) -> Doc:
    """A Doc with a sentence after each token ending in a full stop (the project's segmenter
    does this properly; the test only needs known boundaries)."""
    doc = nlp.make_doc(text)
    for i, tok in enumerate(doc):
        tok.is_sent_start = i == 0 or doc[i - 1].text.endswith(".")
    return doc


def test_component_fills_extensions_and_spans(nlp) -> None:
    doc = _segmented(nlp, TEXT)
    doc._.doc_id = "dT"
    doc = nlp.get_pipe("araseclit_cite_v1")(doc)
    cits = doc._.citations
    assert [c["author"] for c in cits] == ["الحميد", "Hiltermann", "Dodge", "خسروي"]
    assert [c["sent_id"] for c in cits] == ["dT-s0000", "dT-s0001", "dT-s0001", "dT-s0002"]
    assert [r["ref_id"] for r in doc._.references] == ["dT-r0000", "dT-r0001"]
    assert [c["ref_id"] for c in cits] == ["dT-r0000", "dT-r0001", None, None]
    spans = doc.spans["citations"]
    assert len(spans) == 4 and [s.label_ for s in spans][-1] == "narrative"
    assert all(
        s.start_char <= c["start"] and s.end_char >= c["end"]
        for s, c in zip(spans, cits, strict=True)
    )


def test_docbin_round_trip(nlp) -> None:
    doc = nlp(TEXT)
    db = DocBin(store_user_data=True)
    db.add(doc)
    (back,) = DocBin().from_bytes(db.to_bytes()).get_docs(nlp.vocab)
    assert list(back._.citations) == list(doc._.citations)
    assert list(back._.references) == list(doc._.references)
    assert [s.text for s in back.spans["citations"]] == [s.text for s in doc.spans["citations"]]


def test_component_without_sentence_boundaries(nlp) -> None:
    doc = nlp.get_pipe("araseclit_cite_v1")(nlp.make_doc("نص (الحميد، 2019: 27)."))
    assert doc._.citations[0]["sent_id"] is None and doc._.references == []
