"""Actors in English text (araseclit.tag.english): the lexicon's English names, listed
people's surnames and states' demonyms, with case as the evidence of a name."""

from __future__ import annotations

import pytest

from araseclit.tag import explain_text, tag_text
from araseclit.tag.english import load_demonyms

PARAGRAPH = (
    "In its 2019 report, the UN accused the Iraqi government of tolerating militias close to "
    "Hezbollah. Former prime minister Nouri al-Maliki told reporters that the Popular "
    "Mobilization Forces answer to the state, while Human Rights Watch urged the United "
    "States and Iran to stop arming them. In Ankara, Turkish forces were put on alert and "
    "Syria's parliament met in an emergency session."
)


def found(text: str) -> set[tuple[str, str | None]]:
    return {(m["text"], m["entity_id"]) for m in tag_text(text) if m["label"] == "ACTOR"}


def test_english_paragraph_names_its_actors() -> None:
    got = found(PARAGRAPH)
    for expected in [
        ("UN", "actor.io.un"),
        ("Iraqi government", "actor.gov.iraq_government"),
        ("Hezbollah", "actor.arm.hezbollah"),
        ("Nouri al-Maliki", "actor.person.maliki"),
        ("Popular Mobilization Forces", "actor.sec.pmf"),
        ("Human Rights Watch", "actor.ngo.hrw"),
        ("United States", "actor.state.usa"),
        ("Iran", "actor.state.iran"),
    ]:
        assert expected in got


def test_a_surname_written_with_a_lowercase_article_is_found() -> None:
    """English writes the article in lowercase (``al-Halbousi``): the capital after it is
    the name's."""
    got = found("Speaker al-Halbousi met al-Amiri in Baghdad.")
    assert ("al-Halbousi", "actor.person.halbousi") in got
    assert ("al-Amiri", "actor.person.amiri") in got


def test_an_institution_named_with_another_state_is_that_states_not_iraqs() -> None:
    records = {m["text"]: m for m in explain_text(PARAGRAPH)}
    forces = records["Turkish forces"]
    assert forces["state_id"] == "actor.state.turkey"
    assert records["Syria's parliament"]["state_id"] == "actor.state.syria"
    assert not any(
        (m["state_id"] or "") == "actor.state.iraq" for m in (forces, records["Syria's parliament"])
    )


def test_a_title_before_a_name_is_no_institution() -> None:
    got = found("Iraqi Prime Minister Nouri al-Maliki visited Tehran.")
    assert ("Nouri al-Maliki", "actor.person.maliki") in got
    assert not any(entity == "actor.gov.council_of_ministers" for _, entity in got)


@pytest.mark.parametrize(
    "text",
    [
        "We roasted a turkey and a chicken for the guests.",
        "The government of the university approved a new syllabus.",
        "The prime minister of the students' union spoke about the iranian carpets.",
    ],
)
def test_lowercase_words_are_not_names(text: str) -> None:
    assert found(text) == set()


def test_demonyms_come_from_countryinfo_and_are_unambiguous() -> None:
    demonyms = load_demonyms()
    assert demonyms["actor.state.iraq"] == ["Iraqi"]
    assert demonyms["actor.state.usa"] == ["American"]  # not the US Virgin Islands
    assert demonyms["actor.state.saudi_arabia"] == ["Saudi"]
    words = [w for ws in demonyms.values() for w in ws]
    assert len(words) == len(set(words))
    assert len(demonyms) >= 190


def test_arabic_text_is_unchanged_by_english_names() -> None:
    text = "قالت الحكومة العراقية إن القوات التركية قصفت قرى في دهوك."
    assert ("الحكومة العراقية", "actor.gov.iraq_government") in found(text)


def test_a_latin_gloss_in_an_arabic_sentence_is_no_actor() -> None:
    text = "تتألف كلمة جوردان (Jordan) من مقطعين، ويكتب اسم الرئيس بالإنجليزية Donald Trump أحيانا."
    assert not any(m["evidence"] == "english" for m in explain_text(text))


def test_a_listed_surname_after_another_given_name_is_not_the_listed_person() -> None:
    """Reviewer finding 7 (session 10): Ali Allawi, a finance minister, is not Ayad Allawi;
    a title or a sentence's first English word before the surname leaves it his."""
    text = (
        "The former finance minister Ali Allawi warned that the budget depended on oil. "
        "When Allawi later led the government, Prime Minister Allawi faced the same problem."
    )
    people = [(m["start"], m["entity_id"]) for m in tag_text(text) if m["category"] == "person"]
    assert people == [
        (text.index("Allawi later"), "actor.person.allawi"),
        (text.index("Allawi faced"), "actor.person.allawi"),
    ]


def test_a_generic_institution_named_by_its_english_variant_takes_the_state_before_it() -> None:
    records = tag_text(
        "Iran's Ministry of Intelligence said it had arrested two men near Kermanshah, "
        "and drug trafficking across the border had doubled since 2021."
    )
    got = {(m["text"], m["entity_id"], m["state_id"]) for m in records}
    assert (
        "Iran's Ministry of Intelligence",
        "actor.generic.intelligence",
        "actor.state.iran",
    ) in got
    assert ("drug trafficking", "threat.drugs", None) in got


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Dr Ahmed Hassan argued that the UN failed in Mosul.", ["Ahmed Hassan"]),
        ("Prof. Sarah Lewis and Mr J. Smith disagreed with the report.",
         ["Sarah Lewis", "J. Smith"]),
        ("Ms Abu-Lughod wrote that Iraqi NGOs depend on donors.", ["Abu-Lughod"]),
        # a listed person keeps the lexicon's entity; a title with no name after it is none
        ("Dr. Nouri al-Maliki spoke in Baghdad.", ["Nouri al-Maliki"]),
        ("Mr President, the Professor of Law said that donors matter.", []),
    ],
)  # fmt: skip
def test_the_name_after_a_title_only_a_person_bears_is_a_person(
    text: str, persons: list[str]
) -> None:
    """An English paper names unlisted people after ``Dr``, ``Prof.``, ``Mr``: the name,
    without its title, is a person (no English person but a listed one was found before)."""
    got = [m["text"] for m in tag_text(text) if m["category"] == "person"]
    assert got == persons
