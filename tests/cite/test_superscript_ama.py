"""AMA superscript citation numbers as plain-text extraction gives them (issue 13,
heldout11): glued after the stop or comma, ``shelters.2,3``, ``roads.4-6``, with a page
locator glued after the number, ``closed.3(p57)``. A numbered reference list with entries for
the numbers is the evidence that they are citations, whatever order they are cited in."""

from __future__ import annotations

from araseclit.cite import find_citations, find_references, match

LIST = """
References

1. Aziz F, Lund M. Water trucking in protracted displacement: costs and risks. J Refug Health. 2019;6(3):140-151.
2. Norwegian Refugee Council. Camp Closures in Northern Iraq: Protection Concerns. Oslo, Norway: NRC; 2020.
3. Barzani H. Security and Aid in Kurdistan. 2nd ed. Erbil, Iraq: Salahaddin University Press; 2018.
4. Price D, Khalil S. Checkpoints and humanitarian access in Nineveh. Disasters Secur Rev. 2021;12(1):23-39.
5. Omar N. Returnees and local councils in Sinjar. In: Hale J, ed. Aid After the Caliphate. London, UK: Crane; 2022:88-104.
"""

# cited first in order 1, 2, 3 ... with AMA page locators; numbers of the prose around them
IN_ORDER = (
    "Displacement camps in Dohuk housed more than 12,000 families in 2019, and water "
    "trucking was their most expensive service.1 Closures began in late 2020 without "
    "consultation with the families or the agencies that served them.2,3 Barzani notes that "
    "the regional security services treated the camps as a threat to be managed rather than "
    "a population to be protected.3(p57) The same pattern appears in the return areas, where "
    "checkpoints delayed convoys for hours.4-5 Section 4.1 of the plan set a target of 2.5 "
    "litres per person, which was met in only one camp.3(pp60-62)\n" + LIST
)

# a list in the order of the authors' names, cited out of that order: 4, 2, 5, 1, 3
OUT_OF_ORDER = (
    "Access negotiations in Nineveh turned on the checkpoints rather than on the law.4 "
    "Agencies protested the closures publicly,2 while councils in Sinjar quietly absorbed "
    "returnees.5 Trucking costs rose by a third after 2020,1 and the regional services kept "
    "a list of staff allowed to pass.3 Later reports repeat these findings.2,4\n" + LIST
)


def _numbers(text: str) -> list[int]:
    _, entries = find_references(text)
    cits = [c for c in find_citations(text, references=entries) if c["kind"] == "numeric"]
    return [c["number"] for c in cits]


def test_glued_numbers_with_page_locators_are_citations_linked_to_the_list() -> None:
    _, entries = find_references(IN_ORDER)
    cits = [c for c in find_citations(IN_ORDER, references=entries) if c["kind"] == "numeric"]
    match(cits, entries)
    # "3(p57)" and "3(pp60-62)" were missed, and with them the order that made 1, 2 ... count;
    # 12,000, 2019, 4.1 and 2.5 are quantities, a year, a section and a decimal
    assert [c["number"] for c in cits] == [1, 2, 3, 3, 4, 5, 3]
    assert all(c["ref_id"] == entries[c["number"] - 1]["ref_id"] for c in cits)
    located = [IN_ORDER[c["start"] : c["end"]] for c in cits if c["number"] == 3][1:]
    assert located == ["3", "3"]  # the number is the citation, not its locator


def test_a_numbered_list_is_the_evidence_for_numbers_cited_out_of_order() -> None:
    assert _numbers(OUT_OF_ORDER) == [4, 2, 5, 1, 3, 2, 4]


def test_the_same_numbers_with_no_list_are_no_citations() -> None:
    # out of order and no list to resolve them to: nothing says they are citations
    assert _numbers(OUT_OF_ORDER.split("\nReferences")[0]) == []
