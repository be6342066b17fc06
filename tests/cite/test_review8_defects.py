"""Defects a reviewer found in the citation stage (issue 13, eighth session): an ibid read
before op. cit. records existed, a journal swallowed into a title, a body list of languages
read as the reference list, a place or event before a bracketed year read as an author, and a
body's note cut to its last word."""

from __future__ import annotations

from araseclit.cite import find_citations, parse_fields


def _works(text: str) -> list[tuple[str, str, str | None]]:
    return [(c["kind"], c["author"], c["year"]) for c in find_citations(text)]


def test_an_ibid_after_op_cit_cites_the_op_cit_work() -> None:
    text = (
        "تناول دودج بناء الدولة (Dodge, 2003: 12)، وتناولت كالدور الحروب الجديدة "
        "(Kaldor, 2007: 5). ورأى دودج أن الإدارة صنعت صورة نمطية (Dodge, op. cit., p. 64)، "
        "وأن ذلك استمر (Ibid., p. 65).\n"
    )
    cits = find_citations(text)
    assert (cits[-1]["author"], cits[-1]["year"]) == ("Dodge", 2003)


def test_an_arabic_ibid_after_op_cit_never_takes_the_phrase_as_author() -> None:
    text = (
        "ورصد الموسوي تحول الأمن (الموسوي، 2018: 40)، وتناولت كالدور الحروب (Kaldor, 2007: 5). "
        "ثم عاد الموسوي (مصدر سبق ذكره، ص 90) إلى العشائر (المصدر نفسه، ص 91).\n"
    )
    cits = find_citations(text)
    assert all("سبق" not in (c["author"] or "") for c in cits)
    assert (cits[-1]["author"], cits[-1]["year"]) == ("الموسوي", 2018)


def test_a_variant_ibid_after_an_arabic_op_cit() -> None:
    text = (
        "وعالج الجبوري دور العشائر (الجبوري، 2016: 33)، ثم قارنه هادي بالمدن (هادي، 2019: 8). "
        "ويعود الجبوري (مرجع سابق، ص 70) إلى الأنبار، ويرى أنها تغيرت (المرجع نفسه، ص 72).\n"
    )
    cits = find_citations(text)
    assert all("سابق" not in (c["author"] or "") for c in cits)
    assert (cits[-1]["author"], cits[-1]["year"]) == ("الجبوري", 2016)


def test_an_arabic_journal_part_is_no_part_of_the_title() -> None:
    f = parse_fields(
        "الحمداني، علي. الأمن المحلي في العراق. مجلة دراسات في الأمن الإقليمي. "
        "المجلد 12، العدد 3، 2019."
    )
    assert f["title"] == "الأمن المحلي في العراق"


def test_an_english_journal_part_is_no_part_of_the_title() -> None:
    f = parse_fields(
        "Smith, John. 2019. Militias and the State. Journal of the Middle East and Africa. "
        "10(2): 1-20."
    )
    assert f["title"] == "Militias and the State"
