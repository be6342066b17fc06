"""araseclit_tag_v1 on realistic Arabic sentences: what a user sees in the mention records."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from araseclit.errors import ConfigError
from araseclit.store.schema import columns
from araseclit.tag import tag_text

ISIS, PMF, TURKEY, IRAN = (
    "actor.arm.isis",
    "actor.sec.pmf",
    "actor.state.turkey",
    "actor.state.iran",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # proclitics and the article
        ("وأكد الباحث أن والحشد الشعبي لم يشارك.", [("والحشد الشعبي", "ACTOR", PMF)]),
        ("قدمت الدعم للناشطين في البصرة.", [("للناشطين", "ACTOR", "actor.social.activists")]),
        (
            "وقد تعاونت الوزارة وبالمنظمات غير الحكومية.",
            [("وبالمنظمات غير الحكومية", "ACTOR", "actor.ngo.ngos")],
        ),
        (
            "وقدمت المساعدات للاجئين السوريين.",
            [("للاجئين السوريين", "ACTOR", "actor.social.refugees")],
        ),
        # variants: abbreviations, transliterations, other names
        ("هاجم تنظيم الدولة القرى.", [("تنظيم الدولة", "ACTOR", ISIS)]),
        ("وصف التقرير ISIL بأنه تهديد.", [("ISIL", "ACTOR", ISIS)]),
        ("موّل UNDP المشروع.", [("UNDP", "ACTOR", "actor.io.undp")]),
        ("نشرت HRW تقريراً.", [("HRW", "ACTOR", "actor.ngo.hrw")]),
        # Persian letters, diacritics, tatweel, hamza-less alef, ha for teh marbuta
        (
            "تدعم ایران الفصائل.",
            [("ایران", "ACTOR", IRAN), ("الفصائل", "ACTOR", "actor.arm.armed_factions")],
        ),
        ("يهدد الإرهـــاب البلاد.", [("الإرهـــاب", "THREAT", "threat.terrorism")]),
        ("تعمل المُنظّمات غير الحكومية هنا.", [("المُنظّمات غير الحكومية", "ACTOR", "actor.ngo.ngos")]),
        ("اكدت الامم المتحدة ذلك.", [("الامم المتحدة", "ACTOR", "actor.io.un")]),
        (
            "تسعى الحكومه العراقيه إلى الإصلاح.",
            [("الحكومه العراقيه", "ACTOR", "actor.gov.iraq_government")],
        ),
        # number, gender, pronoun suffixes
        (
            "وقعت المنظمتان غير الحكوميتين.",
            [("المنظمتان غير الحكوميتين", "ACTOR", "actor.ngo.ngos")],
        ),
        ("تواجه منظماتنا صعوبات.", [("منظماتنا", "ACTOR", "actor.ngo.ngos")]),
        ("عاد النازحين إلى قراهم.", [("النازحين", "ACTOR", "actor.social.idps")]),
        ("موجات نزوح متتالية.", [("نزوح", "THREAT", "threat.displacement")]),
        ("أدت منظمات نسوية دوراً.", [("منظمات نسوية", "ACTOR", "actor.ngo.womens_orgs")]),
        ("هي قضية أمن إنساني.", [("أمن إنساني", "SECURITY_CONCEPT", "concept.human")]),
        ("استهدفت ناشطين بارزين.", [("ناشطين", "ACTOR", "actor.social.activists")]),
        ("وقد أسهمت مدرسة كوبنهاغن في ذلك.", []),
        # nisba adjectives name the state
        (
            "أثرت السدود التركية في الزراعة.",
            [("السدود", "THREAT", "threat.upstream_dams"), ("التركية", "ACTOR", TURKEY)],
        ),
        ("انتقد المسؤولون الإيرانيون القرار.", [("الإيرانيون", "ACTOR", IRAN)]),
        ("رفضت الحكومة التركية الطلب.", [("الحكومة التركية", "ACTOR", TURKEY)]),
        # multiword terms, longest wins
        (
            "يرتبط الأمن الإنساني بالأمن الغذائي.",
            [
                ("الأمن الإنساني", "SECURITY_CONCEPT", "concept.human"),
                ("بالأمن الغذائي", "SECURITY_CONCEPT", "concept.food"),
            ],
        ),
        ("أعلن جهاز مكافحة الإرهاب النتائج.", [("جهاز مكافحة الإرهاب", "ACTOR", "actor.sec.cts")]),
        (
            "للمنظمات دور في بناء القدرات والمناصرة.",
            [
                ("للمنظمات", "ACTOR", "actor.ngo.ngos"),
                ("بناء القدرات", "NGO_ROLE", "role.capacity_building"),
                ("والمناصرة", "NGO_ROLE", "role.advocacy"),
            ],
        ),
        # texts that must stay untagged
        ("ذهب الطالب إلى السوق صباحاً.", []),
        ("who is the author?", []),
        ("تقع القرية في مركز المدينة.", []),
    ],
)
def test_mentions(tag, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert tag(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وتعمل منظمة تموز الجديدة للتنمية الاجتماعية في بغداد.", None),
        ("تعمل منظمة الرافدين للتنمية المستدامة في الحويجة.", "منظمة الرافدين للتنمية المستدامة"),
        ("أسهم مركز النور للدراسات المجتمعية في البحث.", "مركز النور للدراسات المجتمعية"),
        # a definite head named by its adjective and purpose (tag.institutions)
        ("وحذر المرصد العراقي لحقوق الإنسان من ذلك.", "المرصد العراقي لحقوق الإنسان"),
        ("أعلنت جمعية «الأمل الجديد» برنامجاً.", "جمعية «الأمل الجديد»"),
        ("وأكدت مؤسسة بيت السلام للثقافة والحوار ذلك.", "مؤسسة بيت السلام للثقافة والحوار"),
        ("تعمل منظمة غير حكومية للإغاثة هناك.", None),
        ("تعمل منظمة دولية لحقوق الإنسان هناك.", None),
        ("يقع مركز المدينة للتسوق قرب النهر.", None),
    ],
)
def test_candidate_organisations(nlp: Language, text: str, name: str | None) -> None:
    candidates = [m["text"] for m in nlp(text)._.mentions if m["category"] == "candidate"]
    assert candidates == ([name] if name else [])
    assert all(m["entity_id"] is None for m in nlp(text)._.mentions if m["category"] == "candidate")


def test_records_follow_the_schema(nlp: Language) -> None:
    doc = nlp.make_doc("يهدد الفساد الأمن الوطني. وتراقب منظمات المجتمع المدني الحكومة.")
    doc._.doc_id = "d42"
    doc = nlp(doc)
    records = doc._.mentions
    assert [list(r) for r in records] == [columns("mentions")] * len(records)
    assert [r["mention_id"] for r in records] == [f"d42-m{i:04d}" for i in range(len(records))]
    assert [r["sent_id"] for r in records] == ["d42-s0000", "d42-s0000", "d42-s0001", "d42-s0001"]
    assert all(doc.text[r["start"] : r["end"]] == r["text"] for r in records)


def test_overlapping_spans_kept_in_span_group(nlp: Language) -> None:
    doc = nlp("وأكدت الحكومة العراقية ذلك.")
    assert [(m["text"], m["entity_id"]) for m in doc._.mentions] == [
        ("الحكومة العراقية", "actor.gov.iraq_government")
    ]
    spans = {(s.text, s.label_, s.kb_id_) for s in doc.spans["mentions"]}
    assert ("العراقية", "ACTOR", "actor.state.iraq") in spans
    assert [s.text for s in doc.spans["mentions_adjectival"]] == ["العراقية"]


def test_citation_spans_are_not_mentions(nlp: Language) -> None:
    text = "ويرى التقرير (UNDP، 2019) أن الفساد يهدد برنامج الأمم المتحدة الإنمائي."
    doc = nlp.make_doc(text)
    start = text.index("(")
    doc._.citations = [{"start": start, "end": text.index(")") + 1}]
    doc = nlp(doc)
    assert [m["text"] for m in doc._.mentions] == ["الفساد", "برنامج الأمم المتحدة الإنمائي"]
    assert all(s.start_char > start + 10 or s.end_char < start for s in doc.spans["mentions"])


def test_docbin_round_trip(nlp: Language) -> None:
    doc = nlp("تواجه المنظمات المحلية شح التمويل والقيود القانونية.")
    restored = next(iter(DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab)))
    assert list(restored._.mentions) == doc._.mentions
    assert [s.kb_id_ for s in restored.spans["mentions"]] == [
        s.kb_id_ for s in doc.spans["mentions"]
    ]


def test_works_without_sentence_boundaries_and_with_preset_norms(nlp: Language) -> None:
    tagger = nlp.get_pipe("araseclit_tag_v2")
    doc = Doc(nlp.vocab, words=["دعم", "UNAMI", "المنظمات", "الإنسانية"])
    for token in doc:
        token.norm_ = token.text.lower()  # a tokenizer that sets other norms
    doc = tagger(doc)
    assert [(m["text"], m["sent_id"]) for m in doc._.mentions] == [
        ("UNAMI", "doc-s0000"),
        ("المنظمات الإنسانية", "doc-s0000"),
    ]


def test_tag_text_and_unknown_backend() -> None:
    records = tag_text("سيطر داعش على الموصل عام 2014.", doc_id="x1")
    assert [(r["text"], r["entity_id"], r["mention_id"]) for r in records] == [
        ("داعش", ISIS, "x1-m0000")
    ]
    import spacy

    with pytest.raises(ConfigError, match="backend must be one of"):
        spacy.blank("ar").add_pipe("araseclit_tag_v1", config={"backend": "regex"})


@pytest.mark.parametrize(
    "text",
    [
        "وقال رئيس الوزراء نوري المالكي إن وزارة الدفاع العراقية ستتسلم الملف الأمني.",
        "وأكد الرئيس الأسد أن الجيش السوري سيواصل عملياته في إدلب، وقالت دمشق إن الحل سياسي.",
    ],
)
def test_explain_text_keeps_the_records_state(text: str) -> None:
    from araseclit.tag import explain_text

    tagged = [(m["text"], m["state_id"]) for m in tag_text(text)]
    explained = [(m["text"], m["state_id"]) for m in explain_text(text)]
    assert explained == tagged
    assert any(state for _, state in tagged)


#: a literature review with its reference list: publishers, their cities and the bodies
#: that wrote reports are the sources' records, not actors of the review
REVIEW_WITH_REFERENCES = """دور الجمعيات الخيرية في إغاثة النازحين

تناولت دراسات عدة عمل الجمعيات الخيرية مع النازحين في مخيمات دهوك، ورأى بعضها أن الحكومة \
العراقية تركت لها سد الفجوة في الخدمات، فيما وثقت منظمة العفو الدولية انتهاكات في المخيمات.

قائمة المراجع

الحديثي، سلمى. (2018). العمل الخيري في زمن الحرب. بيروت: مركز دراسات الوحدة العربية.
منظمة العفو الدولية. (2019). حياة معلقة: النازحون في العراق. لندن: منظمة العفو الدولية.
الربيعي، كريم. (2020). الدولة والمجتمع في العراق. عمّان: دار الشروق.
"""


def test_reference_list_gives_no_mentions() -> None:
    """Reviewer finding 12 (session 10): mentions after the references heading were half a
    paper's mentions (بيروت -> Lebanon, the publishers)."""
    found = tag_text(REVIEW_WITH_REFERENCES)
    heading = REVIEW_WITH_REFERENCES.index("قائمة المراجع")
    assert found and all(m["start"] < heading for m in found)
    ids = {m["entity_id"] for m in found}
    assert {"actor.ngo.amnesty", "actor.gov.iraq_government"} <= ids
    assert "actor.state.lebanon" not in ids


def test_a_heading_word_inside_prose_cuts_nothing() -> None:
    """Only a line that is a references heading alone starts the list."""
    text = "وتعرض المراجع الحديثة دور الحكومة العراقية وحزب الله في الأزمة."
    assert {m["entity_id"] for m in tag_text(text)} >= {
        "actor.gov.iraq_government",
        "actor.arm.hezbollah",
    }
