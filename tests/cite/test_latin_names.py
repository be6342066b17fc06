"""Capitalised Latin names before a bracketed year with no cue (issue 13, English papers):
an organisation's whole name is the author, a name that ends a title, an operation, a law or
a place is none, and a person's surname stays one."""

from __future__ import annotations

import pytest

from araseclit.cite import audit, find_citations, find_references, match


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Human Rights Watch (2019) documented the camps, and Amnesty International (2018) "
            "the detentions.",
            [("Human Rights Watch", 2019), ("Amnesty International", 2018)],
        ),
        (
            "The Kurdistan Regional Government (2019) reported the numbers, and NGOs disputed "
            "them.",
            [("Kurdistan Regional Government", 2019)],
        ),
        ("The coalition launched Operation Inherent Resolve (2014) against the group.", []),
        ("Article 140 of the Iraqi Constitution (2005) was never implemented, and so on.", []),
        ("Registration follows the NGO Law (2010), and many groups complied.", []),
        (
            "As Tripp (2007) argues, the state was weak; Keck and Sikkink (1998) and "
            "Al-Ansari et al. (2021) agree, as does Van Ruymbeke (2006).",
            [("Tripp", 2007), ("Keck and Sikkink", 1998), ("Al-Ansari et al.", 2021),
             ("Van Ruymbeke", 2006)],
        ),
    ],
)  # fmt: skip
def test_latin_narrative_names(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(c["author"], c["year"]) for c in find_citations(sentence)] == expected


def test_a_listed_surname_after_capitalised_words_is_still_cited() -> None:
    text = (
        "The Iraq chapter of Toby Dodge (2012) shows the state's weakness.\n\n"
        "References\n\n"
        "Dodge, T. (2012). Iraq: From war to a new authoritarianism. Routledge.\n"
    )
    assert [(c["author"], c["year"]) for c in find_citations(text)] == [("Dodge", 2012)]


GROUP_AUTHORS = """Camps closed quickly (Human Rights Watch [HRW], 2020, p. 3) and families were \
left without papers (HRW, 2020, p. 9). Returns slowed (International Organization for Migration \
[IOM], 2021, p. 4; IOM, 2021, p. 7), as the refugee agency had warned (UNHCR, 2019).

References

Human Rights Watch. (2020). Iraq: Camp closures leave families stranded. Human Rights Watch.

International Organization for Migration. (2021). Return index: Findings round 12. IOM.

United Nations High Commissioner for Refugees. (2019). Global trends: Forced displacement in \
2018. UNHCR.
"""


def test_an_apa_group_author_and_its_abbreviation_cite_one_entry() -> None:
    _, refs = find_references(GROUP_AUTHORS)
    cits = find_citations(GROUP_AUTHORS, references=refs)
    match(cits, refs)
    assert [(c["author"], c["page"]) for c in cits] == [
        ("Human Rights Watch", "3"),  # "[HRW]" defines the abbreviation, no part of the name
        ("HRW", "9"),
        ("International Organization for Migration", "4"),
        ("IOM", "7"),
        ("UNHCR", None),
    ]
    ids = [r["ref_id"] for r in refs]
    assert [c["ref_id"] for c in cits] == [ids[0], ids[0], ids[1], ids[1], ids[2]]
    result = audit(cits, refs)
    assert result["missing_references"] == [] and result["uncited_references"] == []


def test_a_long_group_author_with_its_abbreviation_is_one_citation() -> None:
    text = (
        "Funding fell by a third after 2018 (United Nations Office for the Coordination of "
        "Humanitarian Affairs [OCHA], 2019, p. 4), and later still (OCHA, 2020)."
    )
    assert [(c["author"], c["year"], c["page"]) for c in find_citations(text)] == [
        ("United Nations Office for the Coordination of Humanitarian Affairs", 2019, "4"),
        ("OCHA", 2020, None),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the reviewer's inputs (issue 13): a person's given names before the surname
        ("Toby Dodge (2012) argues that the state was hollowed out by sanctions.", [("Dodge", 2012)]),
        ("As Hanna Batatu (1978) showed, the old landed classes survived the revolution.",
         [("Batatu", 1978)]),
        ("According to Charles Tripp (2007), the monarchy never won the towns.", [("Tripp", 2007)]),
        ("Bolin (2007) and Carl Schmitt (1922) disagree on who decides the exception.",
         [("Bolin", 2007), ("Schmitt", 1922)]),
        # of the same kind: an initial, and two persons each with a given name
        ("As Faleh A. Jabar (2003) noted, the tribes returned as brokers of the state.",
         [("Jabar", 2003)]),
        ("Margaret Keck and Kathryn Sikkink (1998) describe such advocacy networks.",
         [("Keck and Sikkink", 1998)]),
        # a title, a treaty, a law: still none
        ("The Treaty of Lausanne (1923) fixed the border, and the Mosul question stayed open.", []),
        ("The Iraqi Personal Status Law (1959) was amended under the Baath.", []),
    ],
)  # fmt: skip
def test_a_full_personal_name_before_a_year_is_the_surname(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert [(c["author"], c["year"]) for c in find_citations(sentence)] == expected


def test_an_unlisted_full_name_is_a_missing_reference() -> None:
    text = (
        "Toby Dodge (2012) reads the state as hollow, while Hiltermann (2017) looks at the "
        "Kurds.\n\nReferences\n\n"
        "Hiltermann, J. (2017). The Kurds: A divided future? Washington: Brookings.\n"
    )
    _, refs = find_references(text)
    cits = find_citations(text, references=refs)
    match(cits, refs)
    missing = audit(cits, refs)["missing_references"]
    assert [(m["author"], m["year_text"]) for m in missing] == [("Dodge", "2012")]
