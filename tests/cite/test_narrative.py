"""Narrative citations: the name before a bracketed year (issue 13, review 10 finding 10)."""

from __future__ import annotations

from araseclit.cite import find_citations
from araseclit.cite.coverage import audit
from araseclit.cite.references import find_references

PERSIAN = """\
نقش نهادهای مدنی در بازسازی پس از جنگ

در میان پژوهش‌های داخلی، کریمی و همکاران (۱۳۹۹) نشان دادند که مشارکت محلی به پایداری \
طرح‌ها کمک می‌کند و نادری (۱۴۰۱، ص ۱۲) نیز بر همین نکته تأکید دارد.

منابع

کریمی، حسن، صالحی، مریم، و رستمی، امید. (۱۳۹۹). مشارکت محلی و بازسازی. تهران: نشر آگه.
نادری، لیلا. (۱۴۰۱). نهادهای مدنی پس از جنگ. فصلنامهٔ توسعه، ۸(۲)، ۵-۳۰.
"""


def test_the_name_before_a_persian_et_al_is_the_author() -> None:
    cits = find_citations(PERSIAN)
    assert [(c["author"], c["year"]) for c in cits] == [
        ("کریمی و همکاران", 1399),
        ("نادری", 1401),
    ]
    result = audit(cits, find_references(PERSIAN)[1])
    assert result["missing_references"] == []


def test_a_body_named_at_a_sentence_end_is_cited_not_read_as_an_entry() -> None:
    text = (
        "Displacement figures fell after 2019, according to the International Organization "
        "for Migration (2021). Returns, however, stalled in Sinjar.\n\n"
        "References\n\n"
        "International Organization for Migration (2021) Iraq displacement tracking. Erbil: IOM.\n"
        "Sassoon, J. (2009) The Iraqi refugees. London: I.B. Tauris.\n"
    )
    got = [(c["author"], c["year"]) for c in find_citations(text)]
    assert got == [("International Organization for Migration", 2021)]


def test_a_work_read_in_another_gives_no_page_from_its_year() -> None:
    text = "ويذهب الربيعي (2018، نقلاً عن Hammond, 2011) إلى أن العودة لا تنهي النزوح."
    got = [(c["author"], c["year"], c["page"], c["via_original"]) for c in find_citations(text)]
    # the work read is the citation, its original named before the bracket, as the bracket
    # form "(Buzan, 1983, cited in Hough, 2008: 14)" gives Hough (issue 13 S1/S2)
    assert got == [("Hammond", 2011, None, "الربيعي")]
