"""Citation precision and links the session-11 review found: towns with a year in brackets,
a year letter written apart, a bracketed number labelling a part of the text, a citation that
names fewer authors than its entry, and a numbered list's age and scripts in the audit."""

from __future__ import annotations

import pytest

from araseclit.cite import audit, find_citations, find_references
from araseclit.cite.matching import match


def _cited(text: str) -> list[str]:
    return [r["raw"] for r in find_citations(text)]


def _audited(text: str) -> tuple[list[dict], dict]:
    refs = find_references(text)[1]
    cits = find_citations(text, references=refs)
    match(cits, refs)
    return cits, audit(cits, refs, as_of=2026)


# --- a town of the region and a year in brackets is a place and a date -------------------------


@pytest.mark.parametrize(
    "bracket",
    ["(الرمادي، 2015)", "(دهوك، 2014)", "(الناصرية، 2019)", "(حمص، 2012)", "(الموصل: 2017)"],
)
def test_a_town_of_the_region_and_a_year_is_no_citation(bracket: str) -> None:
    text = (
        f"شهدت المدينة موجة نزوح واسعة {bracket} بعد سيطرة التنظيم عليها، "
        "وهو ما وثقته دراسات ميدانية لاحقة (الساعدي، 2018)."
    )
    assert _cited(text) == ["(الساعدي، 2018)"]


def test_a_town_gazetteers_lack_is_a_place_when_its_run_of_brackets_is_towns() -> None:
    text = (
        "وتكررت الهجمات على الأقضية الغربية (هيت، 2014) و(حديثة، 2014) و(الصقلاوية، 2015)، "
        "كما يبين التقرير الأممي (الدليمي، 2019)."
    )
    assert _cited(text) == ["(الدليمي، 2019)"]


def test_a_town_the_prose_calls_a_district_is_a_place() -> None:
    text = (
        "عاد أغلب سكان ناحية الصقلاوية بعد التحرير، وقد أُعيد افتتاح المدارس فيها "
        "(الصقلاوية، 2017)، بحسب ما يذكره الباحث (الفهداوي، 2020، ص 41)."
    )
    assert _cited(text) == ["(الفهداوي، 2020، ص 41)"]


def test_a_name_persons_bear_stays_a_citation_though_a_town_bears_it_too() -> None:
    # رشيد is a town of Egypt and a family name: the gazetteer leaves it out
    text = "ويرى بعض الباحثين أن التمويل الأجنبي يقيّد استقلال المنظمات (رشيد، 2016)."
    assert _cited(text) == ["(رشيد، 2016)"]


def test_a_single_town_bracket_does_not_take_a_citation_beside_it() -> None:
    text = "وقعت المعارك الأولى في المدينة (الرمادي، 2015) و(العاني، 2016) يفصّل ذلك."
    assert _cited(text) == ["(العاني، 2016)"]


# --- a year letter written apart links to the entry that writes it joined -------------------------


def test_a_year_letter_written_apart_links_to_its_entry() -> None:
    text = (
        "تناول الباحث تمويل المنظمات (الدليمي، 2018 أ) ثم رقابتها (الدليمي، 2018 ب)، "
        "وهو ما يؤكده (Khalil, 2011 b).\n\nالمراجع\n"
        "الدليمي، حازم. (2018أ). تمويل المنظمات المحلية. بغداد: دار الشؤون الثقافية.\n"
        "الدليمي، حازم. (2018ب). الرقابة على المنظمات. بغداد: دار الشؤون الثقافية.\n"
        "Khalil, S. (2011a). Aid in Iraq. London: Hurst.\n"
        "Khalil, S. (2011b). Donors and the state. London: Hurst.\n"
    )
    cits, result = _audited(text)
    refs = {r["ref_id"]: r["year_text"] for r in find_references(text)[1]}
    assert [refs.get(c["ref_id"]) for c in cits] == ["2018أ", "2018ب", "2011b"]
    assert result["missing_references"] == []


# --- a bracketed number after a part of the text numbers that part -------------------------------


def test_a_number_after_an_appendix_table_or_page_is_no_numeric_citation() -> None:
    text = (
        "تؤثر الرقابة الحكومية في عمل المنظمات [1]، ويعرض الجدول [2] أعداد المنظمات المسجلة، "
        "وترد الاستبانة كاملة في الملحق [3]، كما أشار المؤلف في الصفحة [2] من تقريره، "
        "وتؤكد ذلك دراسة أخرى [2].\n\nالمراجع\n"
        "[1] الحمداني، نور. الرقابة والمنظمات. بغداد، 2020.\n"
        "[2] Saleh, A. Civil society in Iraq. London, 2018.\n"
        "[3] العبيدي، سامر. المانحون. عمّان، 2016.\n"
    )
    cits = find_citations(text)
    assert [(c["raw"], c["number"]) for c in cits] == [("[1]", 1), ("[2]", 2)]
    assert cits[1]["start"] > text.index("تؤكد")


# --- a citation naming fewer people than its entry ----------------------------------------------


SHORT = (
    "{cite} أن العمل الإنساني صار أداة أمنية.\n\nالمراجع\n"
    "الكبيسي، عمر، والنعيمي، سلمى. (2019). العمل الإنساني والأمن. بغداد: بيت الحكمة.\n"
)


@pytest.mark.parametrize(
    ("cite", "flagged"),
    [
        ("يرى الكبيسي (2019)", True),
        ("يرى الكبيسي والنعيمي (2019)", False),
        ("يرى الكبيسي وآخرون (2019)", False),
    ],
)
def test_a_citation_naming_fewer_authors_than_its_entry_is_a_problem(
    cite: str, flagged: bool
) -> None:
    cits, result = _audited(SHORT.format(cite=cite))
    assert [c["ref_id"] is not None for c in cits] == [True]
    kinds = [p["kind"] for p in result["problems"]]
    assert ("fewer_authors" in kinds) is flagged


# --- a numbered list's audit reports its ages and scripts ----------------------------------------


def test_a_numbered_list_audit_reports_ages_decades_and_scripts() -> None:
    text = (
        "تعتمد المنظمات على التمويل الخارجي [1]، وتخضع لرقابة متزايدة [2].\n\nالمراجع\n"
        "[1] الجبوري، علي. التمويل الخارجي. بغداد: دار الحكمة، 2016.\n"
        "[2] Hassan, R. Oversight of NGOs. London: Routledge, 2021.\n"
    )
    _, result = _audited(text)
    assert result["by_decade"] == {"2010s": 1, "2020s": 1}
    assert result["by_script"] == {"arabic": 1, "latin": 1}
    assert result["recency"]["median_age"] == 7.5


# --- with no reference list, numbers cite as far as their first-citation order reaches ---------


def test_without_a_list_a_number_far_past_the_numbering_is_a_quantity() -> None:
    text = (
        "تعتمد المنظمات المحلية على المانحين [1]، وتتعرض لضغوط أمنية [2]، وتضعف استقلاليتها [3، 4]. "
        "وشملت العينة أسراً تراوح عدد أفرادها [12–20] فرداً، وأجاب المشاركون عن [36] سؤالاً."
    )
    assert [c["number"] for c in find_citations(text)] == [1, 2, 3, 4]
