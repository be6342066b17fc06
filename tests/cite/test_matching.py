"""match(): author keys, year/calendar equivalence, numeric labels, explanations."""

from __future__ import annotations

import pytest

from araseclit.cite import audit, author_key, find_citations, match, parse_reference_entry


@pytest.mark.parametrize(
    ("author", "key"),
    [
        ("الحميد", "حميد"),
        ("Al-Ansari et al.", "ansari"),
        ("al-Ansari", "ansari"),
        ("Ismael & Ismael", "ismael"),
        ("الموسوي وآخرون", "موسوي"),
        ("الکعبی", "كعبي"),
        ("UNDP", "undp"),
        ("وزارة العمل", "وزاره عمل"),
    ],
)
def test_author_key(author: str, key: str) -> None:
    assert author_key(author) == key


def _refs(*entries: str) -> list[dict]:
    refs = [parse_reference_entry(e) for e in entries]
    for i, r in enumerate(refs):
        r["ref_id"] = f"r{i}"
    return refs


# (citation text, reference entry, expected words in the explanation)
MATCHES = [
    ("(الحميد، 2019: 27)", "الحميد، عبد الله (2019). الأمن. بغداد.", "same year"),
    ("(Al-Ansari et al., 2018: 112)", "Al-Ansari, N., Knutsson, S. (2018). Water. Lulea.", "surname"),
    ("(الکعبی، 2020: 116)", "الكعبي، علي (2020). الوساطة. بغداد.", "surname"),
    ("(UNDP, 2020, p. 31)", "United Nations Development Programme (UNDP) (2020). Report. New York.", "acronym"),
    ("(وزارة العمل، 2023: 9)", "وزارة العمل والشؤون الاجتماعية (2023). التقرير السنوي. بغداد.", "organisation"),
    ("(صالحی، 1399: 34)", "Salehi, R. (2020). Civil society. Tehran.", "other script"),
    ("(بوزان، 1991: 19)", "Buzan, B. (1991). People, States and Fear. Boulder.", "other script"),
    ("(Kibaroglu, 2019: 12)", "كيباراوغلو، أيسغول (2019). الدبلوماسية المائية. أنقرة.", "other script"),
    ("(بوزان، 1991: 19)", "Bozorgmehr, N. (1991). Iran. Tehran.", None),
    ("(بوزان، 1983: 19)", "Buzan, B. (1991). People, States and Fear. Boulder.", None),
    ("(Hiltermann, 2017: 88)", "Hilterman, J. (2017). Iraq after ISIS. Foreign Affairs.", "one edit"),
    ("(الطوسي، 1444هـ/2023م: 5)", "الطوسي، محمد (2023). الأمن. النجف.", "Gregorian"),
    ("(صالحی، 1398: 34)", "صالحي، رضا (2020). المجتمع المدني. طهران.", "across calendars"),
    ("(صالحی، 1399: 34)", "صالحي، رضا (2020). المجتمع المدني. طهران.", "same Gregorian year 2020"),
    # across calendars the years' Gregorian ranges must share a year, in either direction:
    # 1399ش is March 2020 to March 2021, so it meets 2021 but not 2019
    ("(صالحی، 1399: 34)", "صالحي، رضا (2021). المجتمع المدني. طهران.", "across calendars"),
    ("(صالحی، 1399: 34)", "صالحي، رضا (2019). المجتمع المدني. طهران.", None),
    ("(صالحي، 2019: 34)", "صالحي، رضا (1399ش). المجتمع المدني. طهران.", None),
    ("(صالحي، 2021: 34)", "صالحي، رضا (1399ش). المجتمع المدني. طهران.", "across calendars"),
    # 1444هـ is July 2022 to July 2023; 1429هـ lies inside 2008 (January to December)
    ("(الطوسي، 1444هـ: 5)", "الطوسي، محمد (2022). الأمن. النجف.", "across calendars"),
    ("(الطوسي، 1429هـ: 5)", "الطوسي، محمد (2007). الأمن. النجف.", None),
    ("(الطوسي، 2009: 5)", "الطوسي، محمد (1429هـ). الأمن. النجف.", None),
    ("(الطوسي، 2008: 5)", "الطوسي، محمد (1429هـ). الأمن. النجف.", "same Gregorian year 2008"),
]  # fmt: skip


@pytest.mark.parametrize(("citation", "entry", "why"), MATCHES)
def test_match_and_explain(citation: str, entry: str, why: str | None) -> None:
    cits = find_citations("نص " + citation + ".")
    refs = _refs(entry)
    (exp,) = match(cits, refs)
    if why is None:  # another name, or the same name with another year
        assert cits[0]["ref_id"] is None
    else:
        assert cits[0]["ref_id"] == "r0"
        assert why in exp["author_rule"] + " " + exp["year_rule"]


def test_author_found_but_year_differs_is_explained() -> None:
    cits = find_citations("نص (الحميد، 2015: 3).")
    (exp,) = match(cits, _refs("الحميد، عبد الله (2019). الأمن. بغداد."))
    assert exp["ref_id"] is None and "2019" in exp["reason"]


def test_best_of_several_entries_by_the_same_author() -> None:
    cits = find_citations("نص (Dodge, 2020: 5).")
    refs = _refs("Dodge, T. (2012). Iraq. London.", "Dodge, T. (2020). Iraq again. London.")
    match(cits, refs)
    assert cits[0]["ref_id"] == "r1"


def test_numeric_citations_match_labels() -> None:
    cits = find_citations("كما في [1، 3].")
    refs = _refs("[1] Dodge, T. (2012). Iraq. London.", "[2] Marr, P. (2012). Iraq. Boulder.")
    exps = match(cits, refs)
    assert [c["ref_id"] for c in cits] == ["r0", None]
    assert "numeric label" in exps[0]["author_rule"] and "[3]" in exps[1]["reason"]


# Cross-script matching is scored (issue 13): names a consonant skeleton cannot compare or
# compares wrongly, from an Arabic translation citing an English reference list.
CROSS_SCRIPT = [
    # the closest reading wins among entries of the cited year (the skeleton rule took the first)
    ("(طومسون، 1984: 12)", ["Jameson, F. (1984). Postmodernism. New Left Review.",
                            "Thompson, J. B. (1984). Studies in the theory of ideology. Cambridge."], "r1"),
    # too few consonants for a skeleton
    ("(زين، 1968: 119)", ["Zinn, H. (1968). Disobedience and democracy. New York: Random House."], "r0"),
    ("(روا، 1994: 25)", ["Roy, O. (1994). The failure of political Islam. Cambridge, MA."], "r0"),
    # co-authors joined by و, a particle, the article that is part of a name
    ("(سنكلير وكولتارد، 1975: 24)", ["Sinclair, J. and Coulthard, M. (1975). Towards an analysis of discourse. London."], "r0"),
    ("(فان دييك، 1985)", ["van Dijk, T. (1985). Handbook of discourse analysis. London: Academic Press."], "r0"),
    ("(ألتوسير، 1971: 160)", ["Althusser, L. (1971). Lenin and philosophy. London: New Left Books."], "r0"),
    ("(ليتش، 1983: 8)", ["Leech, G. (1983). Principles of pragmatics. London: Longman."], "r0"),
    # the year must agree, and a name that reads otherwise is no match
    ("(براونلي، 2010: 19)", ["Brownlee, K. (2012). Conscience and conviction. Oxford."], None),
    ("(بوزان، 1991: 19)", ["Bozeman, A. (1991). Strategic intelligence. Washington."], None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entries", "ref_id"), CROSS_SCRIPT)
def test_cross_script_match_is_scored(text: str, entries: list[str], ref_id: str | None) -> None:
    cits = find_citations(text)
    (exp,) = match(cits, _refs(*entries))
    assert exp["ref_id"] == ref_id
    if ref_id is not None:
        assert "other script" in exp["author_rule"] and "similarity" in exp["author_rule"]


def test_a_name_with_and_without_its_zwnj_is_one_work() -> None:
    # Chromium's print drops the ZWNJ of a Persian compound name from the text layer; a
    # writer types it in one citation and not in the other: one work, not two
    text = (
        "امنیت اجتماعی در مرزهای غربی از دغدغه‌های دیرینه است (عبداللهخانی، ۱۳۸۹: ۳۳). "
        "این رویکرد در سیاست‌گذاری ملی نیز دیده می‌شود (عبدالله\u200cخانی، ۱۳۸۹: ۴۰).\n"
    )
    result = audit(find_citations(text), [])
    assert result["works_cited"] == 1
    assert author_key("عبدالله\u200cخانی") == author_key("عبداللهخانی")


def test_a_second_author_joined_by_wa_without_the_article_is_matched_by_the_entry() -> None:
    # "(الدوري وعباس، 2016)": no article after the و, so the reader keeps one name; the
    # entry listing عباس as its co-author is the evidence that it is two
    cits = find_citations("نص (الدوري وعباس، 2016: 8) ونص آخر (الدوري، 2016ب).")
    refs = _refs(
        "الدوري، سلمى، وعباس، يوسف. (2016). الإغاثة في ديالى. بغداد: دار الكتب.",
        "الدوري، سلمى. (2016ب). النازحون. بغداد: دار الكتب.",
    )
    exps = match(cits, refs)
    assert [c["ref_id"] for c in cits] == ["r0", "r1"]
    assert "co-author 'عباس'" in exps[0]["author_rule"]


def test_a_wa_split_needs_the_co_author_in_the_entry() -> None:
    # the entry is the first author's alone: "وعباس" is no co-author it lists
    cits = find_citations("نص (الدوري وعباس، 2016: 8).")
    match(cits, _refs("الدوري، سلمى. (2016). الإغاثة في ديالى. بغداد: دار الكتب."))
    assert cits[0]["ref_id"] is None


def test_a_note_names_the_first_of_two_given_first_authors_with_his_title() -> None:
    # Iraqi law journals: the note and the list both write "د." and the given names first;
    # the list files the entry under the first author's last name
    cit = {"cit_id": "c0", "author": "د. حسن كريم الربيعي", "year": 2017, "year_text": "2017",
           "page": "54", "kind": "note"}  # fmt: skip
    refs = _refs(
        "1. د. علي هادي الشكراوي، الرقابة على أعمال الإدارة، دار الكتب، بغداد، 2015.",
        "2. د. حسن كريم الربيعي ود. سعد عبد الله الجنابي، القضاء الإداري في العراق، ط3، "
        "مكتبة السنهوري، بغداد، 2017.",
    )
    match([cit], refs)
    assert cit["ref_id"] == "r1"


_NARRATIVE_LIST = (
    "\n\nالمراجع\n\n"
    "علي، حيدر (٢٠١٨). تمويل المنظمات غير الحكومية في العراق. بغداد: دار الشؤون الثقافية.\n"
    "حسين، سعاد (٢٠١٨). المجتمع المدني في البصرة. البصرة: دار الكتب.\n"
)


def _narrative_ref_ids(text: str) -> list[str | None]:
    from araseclit.cite import find_references

    _span, refs = find_references(text)
    cits = find_citations(text, references=refs)
    match(cits, refs)
    return [c["ref_id"] for c in cits if c["kind"] == "narrative"]


def test_a_narrative_citation_names_its_author_given_name_first() -> None:
    # prose writes "حيدر علي", the list files him under "علي، حيدر": the audit said the
    # citation was missing from the list and the entry uncited
    text = (
        "وفي دراسة حيدر علي الصادرة عام ٢٠١٨ تتبع الباحث تمويل المنظمات غير الحكومية. "
        "وقد رأى حيدر علي (٢٠١٨) أن التمويل الخارجي يقيد استقلالها." + _NARRATIVE_LIST
    )
    ids = _narrative_ref_ids(text)
    assert ids and all(i == "doc-r0000" for i in ids)


@pytest.mark.parametrize(
    ("author", "ref_id"),
    [
        ("حيدر علي", "r0"),  # given name, then the entry's surname
        ("Toby Dodge", "r2"),  # the entry writes the given name's initial
        ("Sara Dodge", None),
        ("سعاد علي", None),  # ends with the surname, but another given name
        ("حيدر", None),  # the entry's given name alone is no author
        ("الباحث علي", None),  # a word of prose before the surname
    ],
)
def test_a_narrative_name_given_first_needs_the_entry_s_given_name(
    author: str, ref_id: str | None
) -> None:
    cit = {"cit_id": "c0", "author": author, "year": 2018, "year_text": "2018", "page": None,
           "kind": "narrative"}  # fmt: skip
    refs = _refs(
        "علي، حيدر (2018). تمويل المنظمات غير الحكومية في العراق. بغداد: دار الشؤون الثقافية.",
        "حسين، سعاد (2018). المجتمع المدني في البصرة. البصرة: دار الكتب.",
        "Dodge, T. (2018). Iraq and the NGOs. London: Routledge.",
    )
    match([cit], refs)
    assert cit["ref_id"] == ref_id
