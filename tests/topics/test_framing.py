from __future__ import annotations

import json

import pandas as pd
import pytest

from araseclit.store.schema import columns
from araseclit.topics import FRAMING_COLUMNS, framing_map, framing_summary, plot_framing, save_png


def _frame(table: str, rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows).reindex(columns=columns(table))


@pytest.fixture()
def tables() -> dict[str, pd.DataFrame]:
    """Two papers: A (2021) with sentences in two sections, B (2023) with paragraph units."""
    sentences = _frame(
        "sentences",
        [
            {
                "doc_id": "A",
                "sent_id": "A-s0",
                "section_id": "A-sec0",
                "para_id": "A-p0",
                "text": "تؤدي المنظمات غير الحكومية دورًا في المصالحة بعد هزيمة داعش.",
            },
            {
                "doc_id": "A",
                "sent_id": "A-s1",
                "section_id": "A-sec0",
                "para_id": "A-p0",
                "text": "وتواجه المنظمات تضييقًا من الحكومة العراقية.",
            },
            {
                "doc_id": "A",
                "sent_id": "A-s2",
                "section_id": "A-sec1",
                "para_id": "A-p1",
                "text": "ويهدد الإرهاب الأمن الوطني (Buzan, 1991: 19).",
            },
            {
                "doc_id": "B",
                "sent_id": "B-s0",
                "section_id": "B-sec0",
                "para_id": "B-p0",
                "text": "تراقب المنظمات أداء الحكومة العراقية.",
            },
            {
                "doc_id": "B",
                "sent_id": "B-s1",
                "section_id": "B-sec0",
                "para_id": "B-p0",
                "text": "ويغذي الفساد الإرهاب (الخفاجي، 2017: 21).",
            },
        ],
    )
    mention = [
        ("A", "A-s0", "المنظمات غير الحكومية", "ACTOR", "civil_society", "ngo"),
        ("A", "A-s0", "المصالحة", "NGO_ROLE", "peacebuilding", "reconciliation"),
        ("A", "A-s0", "داعش", "ACTOR", "armed_group", "isis"),
        ("A", "A-s1", "المنظمات", "ACTOR", "civil_society", "ngo"),
        ("A", "A-s1", "الحكومة العراقية", "ACTOR", "state", "iraq_gov"),
        ("A", "A-s2", "الإرهاب", "THREAT", "violence", "terrorism"),
        ("A", "A-s2", "الأمن الوطني", "SECURITY_CONCEPT", "national", "national_security"),
        ("B", "B-s0", "المنظمات", "ACTOR", "civil_society", "ngo"),
        ("B", "B-s0", "الحكومة العراقية", "ACTOR", "state", "iraq_gov"),
        ("B", "B-s1", "الفساد", "THREAT", "governance", "corruption"),
        ("B", "B-s1", "الإرهاب", "THREAT", "violence", "terrorism"),
    ]
    mentions = _frame(
        "mentions",
        [
            {
                "doc_id": d,
                "mention_id": f"{s}-m{i}",
                "sent_id": s,
                "text": t,
                "label": lab,
                "category": cat,
                "entity_id": ent,
            }
            for i, (d, s, t, lab, cat, ent) in enumerate(mention)
        ],
    )
    documents = _frame("documents", [{"doc_id": "A", "year": 2021}, {"doc_id": "B", "year": 2023}])
    citations = _frame(
        "citations",
        [
            {"doc_id": "A", "cit_id": "A-c0", "sent_id": "A-s2", "gregorian_year": 1991},
            {"doc_id": "B", "cit_id": "B-c0", "sent_id": "B-s1", "gregorian_year": 2017},
        ],
    )
    # A is modelled by sentence, B by paragraph; topic 0 = civil society, 1 = threats
    assignments = _frame(
        "topic_assignments",
        [
            {"doc_id": "A", "unit_id": "A-s0", "topic_id": 0, "probability": 0.9},
            {"doc_id": "A", "unit_id": "A-s1", "topic_id": 0, "probability": 0.8},
            {"doc_id": "A", "unit_id": "A-s2", "topic_id": 1, "probability": 0.7},
            {"doc_id": "B", "unit_id": "B-p0", "topic_id": 1, "probability": 0.6},
        ],
    )
    topics = _frame(
        "topics",
        [
            {
                "topic_id": -1,
                "label_ar": "وحدات غير مصنفة",
                "label_en": None,
                "words": [],
                "size": 0,
            },
            {
                "topic_id": 0,
                "label_ar": "المنظمات، المصالحة",
                "label_en": "NGOs",
                "words": [],
                "size": 2,
            },
            {
                "topic_id": 1,
                "label_ar": "الإرهاب، الفساد",
                "label_en": None,
                "words": [],
                "size": 2,
            },
        ],
    )
    return {
        "assignments": assignments,
        "mentions": mentions,
        "sentences": sentences,
        "documents": documents,
        "citations": citations,
        "topics": topics,
    }


@pytest.fixture()
def framing(tables) -> pd.DataFrame:
    t = tables
    return framing_map(
        t["assignments"],
        t["mentions"],
        t["sentences"],
        t["documents"],
        t["citations"],
        topics=t["topics"],
    )


def _row(framing, breakdown, key, topic_id, entity_id) -> pd.Series:
    sel = framing[
        (framing.breakdown == breakdown)
        & (framing.key == key)
        & (framing.topic_id == topic_id)
        & (framing.entity_id == entity_id)
    ]
    assert len(sel) == 1, sel
    return sel.iloc[0]


def test_columns_are_fixed(framing) -> None:
    assert tuple(framing.columns) == FRAMING_COLUMNS
    assert set(framing.breakdown) == {"all", "section", "doc", "year", "cited_year"}


@pytest.mark.parametrize(
    ("breakdown", "key", "topic_id", "entity_id", "n_mentions", "n_docs", "n_units", "share"),
    [
        ("all", "", 0, "ngo", 2, 1, 2, 2 / 5),
        ("all", "", 1, "ngo", 1, 1, 1, 1 / 6),  # B's paragraph unit reaches its sentences
        ("all", "", 1, "terrorism", 2, 2, 2, 2 / 6),
        ("doc", "B", 1, "iraq_gov", 1, 1, 1, 1 / 4),
        ("section", "A-sec1", 1, "national_security", 1, 1, 1, 1 / 2),
        ("year", "2023", 1, "corruption", 1, 1, 1, 1 / 4),
        ("year", "2021", 0, "isis", 1, 1, 1, 1 / 5),
        ("cited_year", "1991", 1, "terrorism", 1, 1, 1, 1 / 2),
        ("cited_year", "2017", 1, "corruption", 1, 1, 1, 1 / 2),
    ],
)
def test_counts(
    framing, breakdown, key, topic_id, entity_id, n_mentions, n_docs, n_units, share
) -> None:
    row = _row(framing, breakdown, key, topic_id, entity_id)
    assert (row.n_mentions, row.n_docs, row.n_units) == (n_mentions, n_docs, n_units)
    assert row.share == pytest.approx(share)


def test_entity_text_and_topic_label(framing) -> None:
    row = _row(framing, "all", "", 0, "ngo")
    assert row.entity_text == "المنظمات"  # one mention each: the tie goes to code-point order
    assert row.topic_label == "المنظمات، المصالحة"
    assert row.label == "ACTOR" and row.category == "civil_society"


def test_the_most_frequent_written_form_names_the_entity(tables) -> None:
    """Count before code-point order: a second 'المنظمات غير الحكومية' in topic 0 outnumbers
    'المنظمات', which sorts first."""
    t = dict(tables)
    extra = t["mentions"].iloc[[0]].assign(mention_id="A-s1-m99", sent_id="A-s1")
    t["mentions"] = pd.concat([t["mentions"], extra], ignore_index=True)
    framing = framing_map(
        t["assignments"], t["mentions"], t["sentences"], t["documents"], t["citations"]
    )
    row = _row(framing, "all", "", 0, "ngo")
    assert (row.n_mentions, row.entity_text) == (3, "المنظمات غير الحكومية")


def test_row_order_of_the_inputs_does_not_change_the_map(framing, tables) -> None:
    t = {name: frame.iloc[::-1].reset_index(drop=True) for name, frame in tables.items()}
    reordered = framing_map(
        t["assignments"],
        t["mentions"],
        t["sentences"],
        t["documents"],
        t["citations"],
        topics=t["topics"],
    )
    pd.testing.assert_frame_equal(reordered, framing)


def test_no_mentions_gives_an_empty_map_with_the_columns(tables) -> None:
    t = tables
    empty = framing_map(
        t["assignments"], t["mentions"].iloc[:0], t["sentences"], t["documents"], None
    )
    assert empty.empty and tuple(empty.columns) == FRAMING_COLUMNS
    assert "No actor" in framing_summary(empty)


def test_summary_is_bilingual_and_uses_the_figures(framing, tables) -> None:
    text = framing_summary(framing, tables["topics"])
    arabic, english = text.split("\n\n")
    assert "المنظمات" in arabic and "«الإرهاب، الفساد»" in arabic
    assert "Most mentioned actors: ngo (3)" in english
    assert "Most mentioned threats: terrorism (2), corruption (1)" in english
    assert "2 topics in 2 document(s)" in english


def test_plot_html_is_self_contained_and_png_renders(framing, tables, tmp_path) -> None:
    fig = plot_framing(framing, tables["topics"])
    assert list(fig.data[0].y) == ["0: المنظمات، المصالحة", "1: الإرهاب، الفساد"]
    html = fig.to_html(include_plotlyjs=True, full_html=False)
    assert json.dumps("المنظمات")[1:-1] in html or "المنظمات" in html  # JSON-escaped by plotly
    assert "<script" in html and "<script src=" not in html  # plotly.js inlined
    for source in (fig, framing):
        out = save_png(source, tmp_path / "framing.png")
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 5000
