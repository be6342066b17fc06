"""sentence_ids is worked out once per doc (cite, tag and claims each ask for it), gives what
``Doc.sents`` gives, and follows the doc when its sentence starts or its id change."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import araseclit
from araseclit.pipeline import extensions
from araseclit.pipeline.extensions import sentence_ids
from araseclit.pipeline.texts import doc_text

TEXT = (
    "أولًا: الإطار النظري\n\n"
    "تعمل منظمات المجتمع المدني في العراق منذ عام 2003 (Dodge, 2020: 56). "
    "وتواجه تحديات أمنية كبيرة في محافظة نينوى.\n\n"
    "ثانيًا: المنهجية\n\n"
    "اعتمدت الدراسة على مقابلات مع العاملين في المنظمات الإنسانية (الكبيسي، 2019، ص. 45).  \n"
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return araseclit.load_pipeline("default")


def _doc(nlp: Language, doc_id: str = "dtest") -> Doc:
    doc = nlp.make_doc(TEXT)
    doc._.doc_id = doc_id
    return nlp(doc)


def _from_spans(doc: Doc) -> list[tuple[int, int, str]]:
    text = doc_text(doc)
    return [
        (s.start_char, s.start_char + len(text[s.start_char : s.end_char].rstrip()), f"s{i}")
        for i, s in enumerate(doc.sents)
    ]


def test_the_sentences_are_doc_sents(nlp: Language) -> None:
    doc = _doc(nlp)
    got = sentence_ids(doc)
    assert [(s, e) for s, e, _ in got] == [(s, e) for s, e, _ in _from_spans(doc)]
    assert len(got) == 5
    assert TEXT[got[1][0] : got[1][1]].endswith("(Dodge, 2020: 56).")
    assert [i for _, _, i in got] == [f"dtest-s{n:04d}" for n in range(5)]


def test_worked_out_once_per_doc(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    work = extensions._sentence_ids

    def counted(doc: Doc, text: str) -> list[tuple[int, int, str]]:
        calls.append(doc)
        return work(doc, text)

    monkeypatch.setattr(extensions, "_sentence_ids", counted)
    doc = _doc(nlp)  # cite, tag and claims ask for the sentences while it is made
    first = sentence_ids(doc)
    first.append((0, 0, "a caller's own change"))
    assert sentence_ids(doc) == first[:-1]
    assert len(calls) == 1


def test_new_sentence_starts_or_a_new_id_are_followed(nlp: Language) -> None:
    doc = _doc(nlp)
    before = sentence_ids(doc)
    split = next(t for t in doc if t.text == "وتواجه").nbor(2)  # 'أمنية' starts one now
    split.is_sent_start = True
    after = sentence_ids(doc)
    assert len(after) == len(before) + 1
    assert [(s, e) for s, e, _ in after] == [(s, e) for s, e, _ in _from_spans(doc)]
    doc._.doc_id = "dother"
    assert {i[:7] for _, _, i in sentence_ids(doc)} == {"dother-"}


def test_a_doc_without_sentences_raises(nlp: Language) -> None:
    with pytest.raises(ValueError, match="E030"):
        sentence_ids(nlp.make_doc(TEXT))
