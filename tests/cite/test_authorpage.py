"""MLA author–page citations with no year (issue 13, dev9), read on the evidence of the
reference list: ``(Hassan 45)``, ``(Dodge, Iraq 33)``, ``(qtd. in Hassan 52)``, a page alone
after the author named in the sentence, and a name with no entry once the document's style
is clear."""

from __future__ import annotations

from araseclit.cite import audit, find_citations, find_references, match

MLA = """Registration rules for NGOs in Kurdistan changed three times between 2011 and 2019 (Rasheed 23). Each change followed a security incident rather than a policy review (Rasheed 40; see also Natali, Kurdish Quasi-State 88). Denise Natali calls this the logic of the "permanent emergency" (Kurdish Quasi-State 102). Some donors accepted the logic (qtd. in Rasheed 51), others withdrew (Oxfam). Earlier periods show the same pattern (Stansfield 77; Batatu 310), as do the 2014 rules (Natali, Kurdish Spring 12). The ministry counted 1,400 registered groups (Table 3) by the end of the decade.

Works Cited

Natali, Denise. The Kurdish Quasi-State: Development and Dependency in Post-Gulf War Iraq. Syracuse UP, 2010.

---. The Kurdish Spring: Geopolitical Changes and the Kurds. Mazda, 2016.

Oxfam. Civil Society in the Kurdistan Region. Oxfam International, 2018.

Rasheed, Kawa. Permits and Power: NGO Regulation in Erbil. Aras, 2021.

Stansfield, Gareth. Iraqi Kurdistan: Political Development and Emergent Democracy. Routledge, 2003.
"""


def _cits(text: str) -> tuple[list[dict], list[dict]]:
    _, entries = find_references(text)
    cits = find_citations(text, references=entries)
    match(cits, entries)
    return cits, entries


def test_mla_citations_take_the_year_of_the_work_they_name() -> None:
    cits, _ = _cits(MLA)
    got = [(c["author"], c["year_text"], c["page"]) for c in cits]
    # none was read: an MLA bracket has no year
    assert got == [
        ("Rasheed", "2021", "23"),
        ("Rasheed", "2021", "40"),
        ("Natali", "2010", "88"),  # the short title picks one of her two works
        ("Natali", "2010", "102"),  # a short title alone, its author named in the sentence
        ("Rasheed", "2021", "51"),
        ("Oxfam", "2018", None),
        ("Stansfield", "2003", "77"),
        ("Batatu", None, "310"),  # no entry, a rare name: a missing work
        ("Natali", "2016", "12"),  # "---." in the list is Natali's second work
    ]


def test_the_audit_reports_the_work_the_list_lacks() -> None:
    cits, entries = _cits(MLA)
    missing = [m["author"] for m in audit(cits, entries, "mla")["missing_references"]]
    assert "Batatu" in missing
    assert not {"Rasheed", "Oxfam", "Stansfield"} & set(missing)


def test_a_page_alone_after_an_author_of_two_works_is_left_out() -> None:
    # "Natali … (102)": which of her works? A link a reviewer cannot trust is not made
    text = MLA.replace("(Kurdish Quasi-State 102)", "(102)")
    assert "102" not in [c["page"] for c in _cits(text)[0]]


def test_without_a_reference_list_a_name_and_a_number_is_no_citation() -> None:
    text = MLA.split("Works Cited")[0]
    assert find_citations(text) == []


def test_one_coincidence_is_no_style_so_only_names_of_entries_are_read() -> None:
    text = (
        "Permits were issued by the governor's office (Rasheed 23). The figures are in the "
        "annex (Appendix 4), and the rule dates from the 2014 order (Decree 112).\n\n"
        "Works Cited\n\nRasheed, Kawa. Permits and Power: NGO Regulation in Erbil. Aras, 2021.\n"
    )
    cits, _ = _cits(text)
    assert [(c["author"], c["page"]) for c in cits] == [("Rasheed", "23")]
