from __future__ import annotations

from collections import Counter

import pytest

from araseclit.topics import ArabicAnalyzer, lexicon_seed_topics
from araseclit.topics.labels import lexicon_terms, load_glossary, make_label

# entries shaped like araseclit.tag's lexicon (dicts here; objects with attributes work too)
LEXICON = [
    {
        "id": "actor.state.iraq",
        "label": "ACTOR",
        "name_ar": "العراق",
        "name_en": "Iraq",
        "variants": ["الدولة العراقية"],
        "nisba": ["عراقي"],
    },
    {
        "id": "threat.terrorism",
        "label": "THREAT",
        "name_ar": "الإرهاب",
        "name_en": "terrorism",
        "variants": ["الأعمال الإرهابية"],
    },
    {
        "id": "concept.national_security",
        "label": "SECURITY_CONCEPT",
        "name_ar": "الأمن الوطني",
        "name_en": "national security",
        "variants": [],
    },
]
GLOSSARY = {t: e["name_en"] for terms, _, e in lexicon_terms(LEXICON) for t in terms}
TEXTS = ["يهدد الإرهاب الأمن الوطني في العراق", "الإرهاب في العراق", "المجتمع العراقي"]


def test_lexicon_terms_use_topic_forms() -> None:
    assert GLOSSARY["عراق"] == "Iraq"
    assert GLOSSARY["عراقي"] == "Iraq"
    assert GLOSSARY["ارهاب"] == "terrorism"
    assert GLOSSARY["امن وطني"] == "national security"


@pytest.mark.parametrize(
    ("words", "label_ar", "label_en"),
    [
        (
            ["ارهاب", "عراق", "امن وطني"],
            "الإرهاب، العراق، الأمن الوطني",
            "terrorism, Iraq, national security",
        ),
        # a unigram inside a chosen bigram is skipped; unknown words get no gloss
        (["امن وطني", "امن", "مجتمع"], "الأمن الوطني، المجتمع", "national security"),
        (["مجتمع"], "المجتمع", None),
        # a top unigram gives way to the top bigram containing it
        (["امن", "وطني", "امن وطني", "مجتمع"], "الأمن الوطني، المجتمع", "national security"),
    ],
)
def test_make_label(words, label_ar, label_en) -> None:
    forms: dict[str, Counter[str]] = ArabicAnalyzer().surface_forms(TEXTS)
    assert make_label(words, forms, GLOSSARY) == (label_ar, label_en)


def test_lexicon_seed_topics_by_label() -> None:
    assert lexicon_seed_topics(LEXICON, labels=["THREAT"]) == [["الإرهاب", "الأعمال الإرهابية"]]
    assert len(lexicon_seed_topics(LEXICON)) == 3


def test_summary_reads_labels_from_stored_tables() -> None:
    """Run tables read back from the store carry pd.NA for a missing gloss."""
    import pandas as pd

    from araseclit.store import to_frame
    from araseclit.topics import framing_summary

    topics = to_frame(
        "topics",
        [
            {
                "topic_id": 0,
                "label_ar": "أمن المياه",
                "label_en": None,
                "words": ["مياه"],
                "size": 12,
            }
        ],
    )
    framing = pd.DataFrame(
        [
            {
                "topic_id": 0,
                "label": "THREAT",
                "entity_id": "threat.water_crisis",
                "category": "water_crisis",
                "n_mentions": 5,
                "n_docs": 2,
                "n_units": 5,
                "share": 1.0,
                "breakdown": "all",
                "key": "",
                "entity_text": "أزمة المياه",
                "topic_label": "أمن المياه",
            }
        ]
    )
    summary = framing_summary(framing, topics)
    assert "0 (أمن المياه)" in summary  # the Arabic label stands in for the missing gloss


def test_a_place_is_not_glossed_as_the_university_named_after_it() -> None:
    # the bundled lexicon has جامعة البصرة "University of Basrah"; جامعة is a stop word, so
    # that name analyses to the bare city, which must not take the university's gloss. بغداد
    # is a lexicon entry of its own (capitals.json): its gloss is the city's name_en.
    glossary = load_glossary()
    forms = {"بصر": Counter({"البصرة": 3}), "بغداد": Counter({"بغداد": 2})}
    assert "بصر" not in glossary
    assert glossary["بغداد"] == "Baghdad"
    label_ar, label_en = make_label(["بصر", "بغداد"], forms, glossary)
    assert label_ar == "البصرة، بغداد"
    assert label_en == "Baghdad"


def test_a_bigram_is_glossed_word_by_word_without_inventing_a_name() -> None:
    glossary = load_glossary()
    _, label_en = make_label(["بغداد iom"], {"بغداد iom": Counter({"بغداد IOM": 2})}, glossary)
    # each word's own lexicon name, never run together into "University of Baghdad ..."
    assert label_en == "Baghdad, International Organization for Migration"
    _, label_en = make_label(["جامع بصر"], {}, {"جامع بصر": "University of Basrah"})
    assert label_en == "University of Basrah"  # the text says جامعة البصرة: the name holds


def test_a_lexicon_homograph_gets_no_gloss() -> None:
    # مالي is Mali in the lexicon, which marks the name as a homograph of the adjective
    # "financial": the topic of الرقابة المالية is not about Mali
    glossary = load_glossary()
    forms = {
        "نفط": Counter({"النفط": 5}),
        "رقاب مالي": Counter({"الرقابة المالية": 4}),
        "مالي": Counter({"المالية": 6}),
    }
    label_ar, label_en = make_label(["نفط", "مالي", "رقاب مالي"], forms, glossary)
    assert label_ar == "النفط، الرقابة المالية"
    assert "Mali" not in (label_en or "")
    assert "مالي" not in glossary
    assert glossary.get("عراقي") == "Iraq"  # a nisba that is no homograph keeps its gloss
