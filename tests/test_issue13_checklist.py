"""Rows of issue 13's checklist (``benchmarks/results/issue13_checklist.md``) that no other
test held: every secondary-citation marker the issue names, in both scripts, with and without
the original's year; suffixed years written with a space (``2020 ب``) in entries and
citations; and, as strict xfails, the secondary forms still read wrong.
"""

from __future__ import annotations

import pytest

from araseclit.cite import audit, find_citations, find_references

LATIN_MARKERS = ["cited in", "quoted in", "as cited in", "in"]
ARABIC_MARKERS = ["نقلاً عن", "نقلا عن", "عن", "ورد في", "أورده", "ذكره", "في"]
_LEAD = "ويعرّف الباحثون الأمن المجتمعي بأنه بقاء الهوية "


@pytest.mark.parametrize("year", [", 1983", ""], ids=["original-dated", "original-undated"])
@pytest.mark.parametrize("marker", LATIN_MARKERS)
def test_a_latin_secondary_citation_cites_the_work_read(marker: str, year: str) -> None:
    got = find_citations(f"{_LEAD}(Buzan{year}, {marker} Hough, 2008: 14).")
    assert [(c["author"], c["via_original"], c["year"], c["page"]) for c in got] == [
        ("Hough", "Buzan", 2008, "14")
    ]


@pytest.mark.parametrize("year", ["، 1983", ""], ids=["original-dated", "original-undated"])
@pytest.mark.parametrize("marker", ARABIC_MARKERS)
def test_an_arabic_secondary_citation_cites_the_work_read(marker: str, year: str) -> None:
    got = find_citations(f"{_LEAD}(بوزان{year}، {marker} الخفاجي، 2017: 21).")
    assert [(c["author"], c["via_original"], c["year"], c["page"]) for c in got] == [
        ("الخفاجي", "بوزان", 2017, "21")
    ]


# the original named in the sentence, the bracket opening with the marker: English gives
# ``(cited in Hough, 2008: 14)`` -> Hough, and so do the Arabic markers, a colon after one too
@pytest.mark.parametrize("marker", ["نقلاً عن", "ورد في", "أورده", "ذكره", "ورد في:"])
def test_a_bracket_opening_with_an_arabic_marker_cites_the_work_read(marker: str) -> None:
    text = (
        f"ويرى بوزان أن الأمن المجتمعي هو بقاء الهوية ({marker} الخفاجي، 2017: 21).\n\n"
        "المراجع\n\nالخفاجي، علي (2017). الأمن المجتمعي. بغداد: دار الحكمة.\n"
    )
    cits = find_citations(text)
    assert [(c["author"], c["year"], c["page"]) for c in cits] == [("الخفاجي", 2017, "21")]
    result = audit(cits, find_references(text)[1])
    assert (result["missing_references"], result["uncited_references"]) == ([], [])


def test_the_work_read_first_and_its_original_after_citing() -> None:
    got = find_citations(f"{_LEAD}(Hough, 2008: 14, citing Buzan, 1983).")
    assert [(c["author"], c["year"]) for c in got] == [("Hough", 2008)]


SUFFIXED = """وتؤكد الدراسات العربية ذلك (العاني وآخرون، 2020 أ: 33؛ العاني وآخرون، 2020 ب: 12)، \
وكذلك الدراسات الأجنبية (Dodge, 2020a: 5; Dodge, 2020b: 7).

المراجع

العاني، سامر وآخرون (2020 أ). الأمن المجتمعي في العراق. بغداد: دار الحكمة.
العاني، سامر وآخرون (2020 ب). المنظمات غير الحكومية والدولة. بغداد: دار الحكمة.
Dodge, T. (2020a). Iraq's informal consociationalism. London: LSE.
Dodge, T. (2020b). The failure of sanctions. London: LSE.
Hough, P. (2008). Understanding Global Security. London: Routledge.
"""


def test_suffixed_years_with_a_space_parse_in_entries_and_citations_alike() -> None:
    """``2020 ب`` (a space before the letter) as well as ``2020أ`` and ``2020a``: each entry
    whole (the one after them too), each citation meets its own entry, Hough is uncited."""
    cits = find_citations(SUFFIXED)
    assert [(c["author"], c["year_text"]) for c in cits] == [
        ("العاني وآخرون", "2020 أ"),
        ("العاني وآخرون", "2020 ب"),
        ("Dodge", "2020a"),
        ("Dodge", "2020b"),
    ]
    refs = find_references(SUFFIXED)[1]
    assert [(r["year_text"], r["title"]) for r in refs] == [
        ("2020 أ", "الأمن المجتمعي في العراق"),
        ("2020 ب", "المنظمات غير الحكومية والدولة"),
        ("2020a", "Iraq's informal consociationalism"),
        ("2020b", "The failure of sanctions"),
        ("2008", "Understanding Global Security"),
    ]
    result = audit(cits, refs)
    assert result["matched"] == 4 and result["missing_references"] == []
    assert [u["authors"] for u in result["uncited_references"]] == ["Hough, P."]


# A translated book's English list in the form ``Name, X. [year]: Title.``, each part of an
# entry on a line of its own (how the history-of-science book writes its list; these
# entries are written for this test). The whole-book run of bench_citations_ood.py finds 0
# entries in that book (``results/bench_citations_ood.md``, book_weinert).
BRACKETED_YEARS = """ويرى الباحثون أن الدولة العراقية الحديثة ولدت من رحم الانتداب (دودج ٢٠٠٣، ٤٥).

# | المراجع

Batatu, H. [1978]:

The Old Social Classes and the Revolutionary Movements of Iraq.

Princeton, NJ: Princeton
University Press.

Dodge, T. [2003]:

Inventing Iraq.

New York: Columbia University
Press.
"""


def test_an_entry_with_its_year_in_square_brackets_has_a_clean_title() -> None:
    refs = find_references(BRACKETED_YEARS)[1]
    assert [(r["authors"], r["year_text"], r["title"]) for r in refs] == [
        ("Batatu, H.", "1978", "The Old Social Classes and the Revolutionary Movements of Iraq"),
        ("Dodge, T.", "2003", "Inventing Iraq"),
    ]
