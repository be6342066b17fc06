"""Defects heldout8 showed at its one look (issue 13), each on text written for its test: a
list's language subheading, a Persian et-al narrative citation, pages marked "ص ص" in a note,
a journal's volume word, a Persian edition in a title."""

from __future__ import annotations

from araseclit.cite import find_citations, find_references, match
from araseclit.cite.fields import parse_fields

PERSIAN = """امنیت مرزی در ایام زیارت به همکاری نهادهای امدادی وابسته است (هلال احمر جمهوری اسلامی ایران، ۱۴۰۰: ۱۲). حسینی و همکاران (۱۳۹۸) نیز بر این باورند که ازدحام در پایانه‌ها امنیت زائران را تهدید می‌کند.

منابع

الف) فارسی

هلال احمر جمهوری اسلامی ایران (۱۴۰۰). گزارش عملیات امدادی در ایام اربعین. تهران: هلال احمر.

حسینی، علی، کاظمی، رضا و نوری، سارا (۱۳۹۸). مدیریت پایانه‌های مرزی در ایام زیارت. فصلنامه مطالعات مرزی، ۴(۲)، ۳۳–۵۸.

ب) انگلیسی

Haddad, F. (2020). Understanding sectarianism. London: Hurst.
"""


def test_a_language_subheading_is_no_part_of_the_next_entry() -> None:
    # "الف) فارسی" was read as the first words of the body's entry, whose citation then
    # matched nothing: a missing work and an uncited entry
    _, refs = find_references(PERSIAN)
    assert [r["authors"] for r in refs][:2] == [
        "هلال احمر جمهوری اسلامی ایران",
        "حسینی، علی، کاظمی، رضا و نوری، سارا",
    ]
    cits = find_citations(PERSIAN, references=refs)
    match(cits, refs)
    assert cits[0]["ref_id"] == refs[0]["ref_id"]


def test_a_persian_et_al_name_before_a_bracketed_year_is_a_narrative_citation() -> None:
    got = [(c["kind"], c["author"], c["year_text"]) for c in find_citations(PERSIAN)]
    assert ("narrative", "حسینی و همکاران", "1398") in got


NOTES = """تراجعت قدرة المنافذ الحدودية على ضبط التهريب بعد عام 2014(1).

الهوامش

(1) سامر الدليمي، «التهريب عبر الحدود الغربية»، مجلة الدراسات الأمنية، العدد 41، 2021، ص ص 55–70.
"""


def test_pages_marked_twice_in_a_note_are_its_page() -> None:
    got = [(c["author"], c["year"], c["page"]) for c in find_citations(NOTES)]
    assert got == [("سامر الدليمي", 2021, "55–70")]


def test_a_journals_volume_word_is_no_part_of_its_name() -> None:
    f = parse_fields(
        "الدليمي، سامر. «التهريب عبر الحدود الغربية». مجلة جامعة تكريت للعلوم السياسية، المجلد 7، "
        "العدد 3 (2021): 101–130."
    )
    assert (f["container"], f["volume"], f["issue"], f["pages"]) == (
        "مجلة جامعة تكريت للعلوم السياسية",
        "7",
        "3",
        "101–130",
    )


def test_a_persian_edition_is_no_part_of_the_title() -> None:
    f = parse_fields("کاظمی، رضا (۱۳۹۹). امنیت مرزی و زیارت (چاپ سوم). تهران: انتشارات سمت.")
    assert (f["title"], f["place"], f["publisher"]) == (
        "امنیت مرزی و زیارت",
        "تهران",
        "انتشارات سمت",
    )
