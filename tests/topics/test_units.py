"""Topic units are body text: reference lists, titles and tables are left out, with a reason."""

from __future__ import annotations

import pandas as pd
import pytest

from araseclit.store import to_frame
from araseclit.topics import LEFT_OUT_COLUMNS, sentence_types, topic_units

DOC = "d1"
#: (paragraph, section, text) of one short paper, written for this test. Section "sec1" is the
#: body, "sec2" the reference list under its heading; the second document's reference entries
#: come with no heading (a garbled PDF lost it) and are found through the cite stage's entries.
ROWS = [
    ("p0", None, "المنظمات غير الحكومية والأمن الوطني في العراق بعد عام 2003:"),
    ("p0", None, "من الإغاثة إلى الشراكة 1."),
    ("p1", "sec1", "شهد العراق منذ عام 2003 تحولات جذرية في بنية الدولة وعلاقتها بالمجتمع."),
    ("p1", "sec1", "وظهرت المنظمات غير الحكومية فاعلًا جديدًا في الحياة العامة (الحميد، 2019: 27)."),
    ("p2", "sec1", "2019 41 35 2020 38 44 2021 52 47"),
    ("p2", "sec1", "وتبين أرقام التسجيل أن عدد المنظمات تضاعف بين عامي 2019 و2021."),
    ("p3", "sec1", "نعم."),
    ("p4", "sec2", "المصادر"),
    ("p5", "sec2", "الحميد، هدى (2019)."),
    ("p5", "sec2", "المجتمع المدني في العراق."),
    ("p5", "sec2", "بغداد: بيت الحكمة."),
]
OTHER = [
    ("q0", None, "تعمل الجمعيات الأهلية في البصرة على رصد تلوث المياه ونقل شكاوى السكان."),
    ("q1", None, "Dodge, T. (2012)."),
    ("q1", None, "Iraq: From War to a New Authoritarianism."),
    ("q1", None, "London: IISS."),
]


TITLE = "المنظمات غير الحكومية والأمن الوطني في العراق بعد عام 2003: من الإغاثة إلى الشراكة"
DODGE = "Dodge, T. (2012). Iraq: From War to a New Authoritarianism. London: IISS."


def _section(section_id: str, title: str, start: int, end: int) -> dict[str, object]:
    return {"doc_id": DOC, "section_id": section_id, "title": title, "start": start, "end": end}


@pytest.fixture
def tables() -> dict[str, pd.DataFrame]:
    sentences = [
        {
            "doc_id": doc,
            "sent_id": f"{doc}-s{i:04d}",
            "section_id": section,
            "para_id": f"{doc}-{para}",
            "text": text,
        }
        for doc, rows in ((DOC, ROWS), ("d2", OTHER))
        for i, (para, section, text) in enumerate(rows)
    ]
    sections = [_section("sec1", "المقدمة", 60, 400), _section("sec2", "المصادر", 402, 480)]
    references = [
        {"doc_id": DOC, "ref_id": "r1", "raw": "الحميد، هدى (2019). المجتمع المدني في العراق."},
        {"doc_id": "d2", "ref_id": "r2", "raw": DODGE},
    ]
    documents = [
        {"doc_id": DOC, "title": TITLE, "year": 2024},
        {"doc_id": "d2", "title": "المياه والمجتمع المدني", "year": 2021},
    ]
    return {
        "sentences": to_frame("sentences", sentences),
        "sections": to_frame("sections", sections),
        "references": to_frame("references", references),
        "documents": to_frame("documents", documents),
    }


def _kinds(tables: dict[str, pd.DataFrame]) -> list[str]:
    return list(
        sentence_types(
            tables["sentences"], tables["sections"], tables["references"], tables["documents"]
        )
    )


def test_every_sentence_gets_its_section_type(tables: dict[str, pd.DataFrame]) -> None:
    assert _kinds(tables) == [
        *["front_matter"] * 2,  # the title, with a heading number repair left after it
        "body",
        "body",
        "table",
        "body",
        "body",
        *["reference_list"] * 4,  # under the heading المصادر
        "body",
        *["reference_list"] * 3,  # no heading: inside an entry the cite stage parsed
    ]


def test_sentence_units_are_the_body_and_the_rest_has_a_reason(
    tables: dict[str, pd.DataFrame],
) -> None:
    units, left = topic_units(
        tables["sentences"],
        "sentence",
        sections=tables["sections"],
        references=tables["references"],
        documents=tables["documents"],
    )
    assert list(left.columns) == list(LEFT_OUT_COLUMNS)
    assert not units["text"].str.contains("IISS|بيت الحكمة").any()
    assert list(units["unit_id"]) == ["d1-s0002", "d1-s0003", "d1-s0005", "d1-s0006", "d2-s0000"]
    assert dict(left["reason"].value_counts()) == {
        "reference_list": 7,
        "front_matter": 2,
        "table": 1,
    }
    # no silent drops: each sentence is a unit or a left-out row, once
    ids = sorted([*units["unit_id"], *left["unit_id"]])
    assert ids == sorted(tables["sentences"]["sent_id"])


def test_paragraph_units_join_body_paragraphs(tables: dict[str, pd.DataFrame]) -> None:
    units, left = topic_units(
        tables["sentences"],
        "paragraph",
        sections=tables["sections"],
        references=tables["references"],
        documents=tables["documents"],
    )
    assert list(units["unit_id"]) == ["d1-p1", "d1-p2", "d1-p3", "d2-q0"]
    assert (
        units["text"].iloc[0].startswith("شهد العراق")
        and "(الحميد، 2019: 27)." in (units["text"].iloc[0])
    )
    # p2: a table row and a longer body sentence; the body has most of its characters
    assert "تضاعف" in units["text"].iloc[1]
    reasons = dict(zip(left["unit_id"], left["reason"], strict=True))
    assert reasons == {
        "d1-p0": "front_matter",
        "d1-p4": "reference_list",
        "d1-p5": "reference_list",
        "d2-q1": "reference_list",
    }


def test_an_unknown_unit_is_refused(tables: dict[str, pd.DataFrame]) -> None:
    with pytest.raises(ValueError, match="paragraph"):
        topic_units(tables["sentences"], "section")


def test_a_document_with_no_body_sentence_leaves_the_others_units(
    tables: dict[str, pd.DataFrame],
) -> None:
    """A paper whose every line is its title or a reference entry has no body left to scan for
    table rows; the topic step must still give the other papers' units (it raised an
    IndexError on a 200-document corpus, and the run had no topics at all)."""
    rows = [
        {
            "doc_id": "d3",
            "sent_id": "d3-s0000",
            "section_id": None,
            "para_id": "d3-p0",
            "text": "المياه والمجتمع المدني",
        },
        {
            "doc_id": "d3",
            "sent_id": "d3-s0001",
            "section_id": None,
            "para_id": "d3-p1",
            "text": DODGE,
        },
    ]
    sentences = pd.concat([tables["sentences"], to_frame("sentences", rows)], ignore_index=True)
    references = pd.concat(
        [
            tables["references"],
            to_frame("references", [{"doc_id": "d3", "ref_id": "r3", "raw": DODGE}]),
        ],
        ignore_index=True,
    )
    documents = pd.concat(
        [
            tables["documents"],
            to_frame("documents", [{"doc_id": "d3", "title": "المياه والمجتمع المدني"}]),
        ],
        ignore_index=True,
    )
    units, left = topic_units(
        sentences,
        "sentence",
        sections=tables["sections"],
        references=references,
        documents=documents,
    )
    assert list(units["unit_id"]) == ["d1-s0002", "d1-s0003", "d1-s0005", "d1-s0006", "d2-s0000"]
    assert dict(
        zip(
            left.loc[left["doc_id"] == "d3", "unit_id"],
            left.loc[left["doc_id"] == "d3", "reason"],
            strict=True,
        )
    ) == {
        "d3-s0000": "front_matter",
        "d3-s0001": "reference_list",
    }
