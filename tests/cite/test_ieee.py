"""IEEE style (issue 13): numeric citations with a locator or as a range of brackets, and
reference entries with initials first, quoted titles and vol./no./pp. items."""

from __future__ import annotations

import pytest

from araseclit.cite import find_citations, find_references
from araseclit.cite.fields import parse_fields

IEEE_TEXT = """Checkpoint delays were the obstacle staff reported most often [2, p. 14], and convoy logs show the same [1], [3]. Several studies agree on it [1]–[4], and one places it in the history of security governance [5, pp. 60–71].

References

[1] A. Hamdan and J. Weller, "Permits and the politics of humanitarian movement in Anbar," Journal of Humanitarian Logistics, vol. 9, no. 3, pp. 210–231, 2021, doi: 10.5555/jhl.2021.093.
[2] R. Al-Tamimi, L. Novak, and S. Kareem, "Counting delays at checkpoints with convoy logs," in Proc. Int. Conf. Information and Communication Technologies and Development, 2022, pp. 77–85.
[3] Shelter Cluster Iraq, "Movement restrictions and shelter delivery: Review 2022," Shelter Cluster, Erbil, Iraq, Rep., 2023. Accessed: Jan. 5, 2024. [Online]. Available: https://example.org/shelter-review
[4] D. Okafor, "Access negotiations in Ninewa after 2017," Third World Quarterly, vol. 43, no. 5, pp. 1001–1019, 2022.
[5] K. Dawood, Security Governance in Iraq after 2003, 2nd ed. London, U.K.: Hurst, 2019.
"""


def test_an_ieee_bracket_with_a_page_and_a_range_of_brackets_are_citations() -> None:
    got = [(c["number"], c["page"]) for c in find_citations(IEEE_TEXT) if c["kind"] == "numeric"]
    # "[2, p. 14]" and "[5, pp. 60–71]" were missed, "[1]–[4]" gave 1 and 4 only
    assert got == [(2, "14"), (1, None), (3, None), (1, None), (2, None), (3, None), (4, None),
                   (5, "60–71")]  # fmt: skip


IEEE_ENTRIES = [
    (
        '[1] A. Hamdan and J. Weller, "Permits and the politics of humanitarian movement in '
        'Anbar," Journal of Humanitarian Logistics, vol. 9, no. 3, pp. 210–231, 2021, doi: '
        "10.5555/jhl.2021.093.",
        ("Hamdan", "Permits and the politics of humanitarian movement in Anbar",
         "Journal of Humanitarian Logistics", "9", "3", "210–231", None, None, "article"),
    ),
    (
        '[2] R. Al-Tamimi, L. Novak, and S. Kareem, "Counting delays at checkpoints with convoy '
        'logs," in Proc. Int. Conf. Information and Communication Technologies and Development, '
        "2022, pp. 77–85.",
        ("Al-Tamimi", "Counting delays at checkpoints with convoy logs",
         "Proc. Int. Conf. Information and Communication Technologies and Development", None,
         None, "77–85", None, None, "chapter"),
    ),
    (
        '[3] Shelter Cluster Iraq, "Movement restrictions and shelter delivery: Review 2022," '
        "Shelter Cluster, Erbil, Iraq, Rep., 2023. Accessed: Jan. 5, 2024. [Online]. Available: "
        "https://example.org/shelter-review",
        ("Shelter Cluster Iraq", "Movement restrictions and shelter delivery: Review 2022", None,
         None, None, None, "Shelter Cluster", "Erbil, Iraq", "report"),
    ),
    (
        "[5] K. Dawood, Security Governance in Iraq after 2003, 2nd ed. London, U.K.: Hurst, 2019.",
        ("Dawood", "Security Governance in Iraq after 2003", None, None, None, None, "Hurst",
         "London, U.K.", "book"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "expected"), IEEE_ENTRIES)
def test_an_ieee_entry_gives_its_fields(raw: str, expected: tuple) -> None:
    f = parse_fields(raw)
    got = (f["authors"][0]["family"], f["title"], f["container"], f["volume"], f["issue"],
           f["pages"], f["publisher"], f["place"], f["type"])  # fmt: skip
    assert got == expected


def test_an_ieee_list_gives_authors_as_written_and_the_year_after_the_title() -> None:
    _, refs = find_references(IEEE_TEXT)
    got = [(r["label"], r["authors"], r["year"]) for r in refs]
    # the authors were cut at the first initial ("A"), and the report's year was the 2022 of
    # its quoted title
    assert got[:3] == [
        ("1", "A. Hamdan and J. Weller", 2021),
        ("2", "R. Al-Tamimi, L. Novak, and S. Kareem", 2022),
        ("3", "Shelter Cluster Iraq", 2023),
    ]


def test_an_undated_ieee_entry_of_a_body_or_a_person_keeps_its_authors() -> None:
    text = (
        "Text [1], [2].\n\nReferences\n\n"
        '[1] Nineveh Returns Working Group, "Access map of Sinjar district," n.d. [Online]. '
        "Available: https://nrwg.example.org/sinjar\n\n"
        '[2] K. Jalal, "Checkpoints and aid convoys," n.d. [Online]. Available: '
        "https://kj.example.org/convoys\n"
    )
    _, refs = find_references(text)
    got = [(r["authors"], r["year_text"], r["title"], r["entry_type"]) for r in refs]
    # the whole entry up to "n.d." was the body's name, and the person's name was "K"; the
    # "n.d" was the page's publisher, so the page a report
    assert got == [
        ("Nineveh Returns Working Group", "n.d.", "Access map of Sinjar district", "web"),
        ("K. Jalal", "n.d.", "Checkpoints and aid convoys", "web"),
    ]
