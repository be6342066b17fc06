"""Whole-document evidence handed to the chunks of a long document (issue 12)."""

from __future__ import annotations

import json

from araseclit.tag.evidence import DocumentEvidence, whole_document


def test_every_chunk_gets_the_whole_documents_names_and_the_organisations_before_it() -> None:
    first = DocumentEvidence(
        {"actor.state.france": 3},
        frozenset({"actor.person.macron"}),
        frozenset({"فرويد"}),
        {"اتحاد": ("international_org", "actor.io.au")},
    )
    second = DocumentEvidence({"actor.state.france": 1, "actor.state.germany": 2})
    third = DocumentEvidence(
        surnames=frozenset({"داروين"}),
        organisations={"اتحاد": ("international_org", "actor.io.eu")},
        cited=frozenset({"Heydemann"}),
    )
    given = whole_document([first, second, third])
    # a scholar named in the first chunk is cited in the third
    assert all(g.cited == {"Heydemann"} for g in given)
    assert [g.state_counts for g in given] == [
        {"actor.state.france": 4, "actor.state.germany": 2}
    ] * 3
    assert all(g.surnames == {"فرويد", "داروين"} for g in given)
    # الاتحاد in a chunk takes up the union named last before that chunk, not after it
    assert [dict(g.organisations) for g in given] == [
        {},
        {"اتحاد": ("international_org", "actor.io.au")},
        {"اتحاد": ("international_org", "actor.io.au")},
    ]


def test_the_evidence_a_chunk_carries_is_plain_json() -> None:
    """doc._ values stay JSON-serialisable (DocBin keeps them)."""
    evidence = DocumentEvidence(
        {"actor.state.uk": 2}, frozenset({"actor.io.un"}), frozenset({"كوربين"}),
        {"منظمه": ("international_org", "actor.io.un")}, frozenset({"Sims"}),
    )  # fmt: skip
    data = json.loads(json.dumps(evidence.to_dict(), ensure_ascii=False))
    assert DocumentEvidence.from_dict(data) == evidence


def test_arabic_citations_and_full_names_reach_every_chunk_and_survive_json() -> None:
    """A surname cited in Arabic script, one named after a given name and a full name found
    in one chunk are the whole document's (issue 14, review): ``ويرى جمعة`` in the next chunk
    is the scholar of ``نبيل جمعة ... (جمعة، 2011)``."""
    first = DocumentEvidence(
        arabic_cited=frozenset({"جمعه"}), arabic_named=frozenset({"جمعه"}),
        full_names=frozenset({"ناديه علي"}),
    )  # fmt: skip
    second = DocumentEvidence(arabic_cited=frozenset({"هلال"}))
    given = whole_document([first, second])
    assert all(g.arabic_cited == {"جمعه", "هلال"} for g in given)
    assert all(g.arabic_named == {"جمعه"} and g.full_names == {"ناديه علي"} for g in given)
    data = json.loads(json.dumps(given[0].to_dict(), ensure_ascii=False))
    assert DocumentEvidence.from_dict(data) == given[0]


def test_each_chunk_learns_where_the_last_reference_list_is() -> None:
    """The chunks before the one with the last references heading keep their mentions, the
    ones after it are in the list (reviewer finding 12, session 10)."""
    own = [
        DocumentEvidence(references="here"),  # an earlier paper's list, then more text
        DocumentEvidence(),
        DocumentEvidence(references="here"),
        DocumentEvidence(),
        DocumentEvidence(),
    ]
    given = [g.references for g in whole_document(own)]
    assert given == ["after", "after", "here", "before", "before"]
    assert [g.references for g in whole_document([DocumentEvidence()] * 2)] == ["", ""]
    round_trip = DocumentEvidence.from_dict(json.loads(json.dumps(own[0].to_dict())))
    assert round_trip.references == "here"


def test_a_family_name_introduced_in_one_chunk_is_the_person_in_the_next() -> None:
    """``الباحث سامر المصري`` on one page makes ``وأضاف المصري`` on the next the person, not
    Egypt, as in one pass (brief h11/F6)."""
    from araseclit.document import Document
    from araseclit.pipeline.annotate import annotate
    from araseclit.pipeline.loader import load_pipeline
    from araseclit.pipeline.records import doc_records

    paragraphs = [
        "ويرى الباحث سامر المصري أن شبكات التهريب استفادت من ضعف الرقابة على الحدود الشرقية.",
        "وأضاف المصري أن السلطات المحلية لم تنشر أي أرقام عن المضبوطات منذ عام 2019.",
    ]
    text = "\n\n".join(paragraphs) + "\n"
    nlp = load_pipeline("default")
    document = Document(doc_id="dfam", path="x.txt", source_format="txt", text=text)
    found = annotate(nlp, document, max_chars=100)
    assert found.n_chunks == 2
    for records in (doc_records(document, found), doc_records(document, annotate(nlp, document))):
        people = [(m["text"], m["category"]) for m in records["mentions"]]
        assert ("سامر المصري", "person") in people and ("المصري", "person") in people, people
        assert not any(m["entity_id"] == "actor.state.egypt" for m in records["mentions"])
