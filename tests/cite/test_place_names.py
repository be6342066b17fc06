"""A place the document's prose names is no author in a Chicago author–date bracket with no
comma (issue 13): ``(Mosul 2014, 12)`` in a paper that writes ``(Dodge 2012, 45)``."""

from __future__ import annotations

from araseclit.cite import find_citations

PAPER = """Return to the city has been slow since the battle ended (Dodge 2012, 45). Local \
councils in Mosul reported thousands of families still displaced (Mosul 2014, 12), and aid \
agencies counted the damage (Isakhan 2015, 8). Families from Sinjar have not returned \
(Sinjar 2017, 4), as Tripp (2007, 33) expected. The argument in Dodge's book is echoed by \
later work on militias (Marr 2012, 9).

References

Dodge, Toby. 2012. Iraq: From War to a New Authoritarianism. London: Routledge.

Isakhan, Benjamin. 2015. The Legacy of Iraq. Edinburgh: Edinburgh University Press.

Tripp, Charles. 2007. A History of Iraq. Cambridge: Cambridge University Press.
"""


def test_a_place_the_prose_names_is_no_author_in_a_no_comma_bracket() -> None:
    cits = [(c["author"], c["year"], c["page"]) for c in find_citations(PAPER)]
    assert cits == [
        ("Dodge", 2012, "45"),
        ("Isakhan", 2015, "8"),
        ("Tripp", 2007, "33"),
        ("Marr", 2012, "9"),  # no entry, but the document's style: a missing reference
    ]


def test_an_author_after_in_with_a_year_stays_an_author() -> None:
    # "as cited in Marr 2012" and "in Marr's book" name the author, not a place
    text = PAPER.replace("The argument in Dodge's book", "The argument cited in Marr 2012")
    cits = [(c["author"], c["year"]) for c in find_citations(text)]
    assert ("Marr", 2012) in cits


def test_a_solar_hijri_month_and_year_is_a_date_not_an_author() -> None:
    text = (
        "پس از سقوط موصل (خرداد ۱۳۹۳) بیشتر سازمان‌های بین‌المللی شهر را ترک کردند و تنها "
        "چند گروه محلی ماندند (کاظمی، ۱۳۹۹: ۴۵؛ رضایی ۱۴۰۰، ۱۲)."
    )
    assert [(c["author"], c["year"]) for c in find_citations(text)] == [
        ("کاظمی", 1399),
        ("رضایی", 1400),
    ]


def test_the_name_particle_di_is_no_persian_month() -> None:
    # "دی" (the month Dey) folds to "دي", the particle of "دي سولا برايس" (de Solla Price)
    text = "كان النظامان متكافئين رصديا (دي سولا برايس ١٩٦٢، ٢١٥؛ روزن ١٩٨٤، ١٨٣)."
    authors = [(c["author"], c["year"]) for c in find_citations(text)]
    assert ("دي سولا برايس", 1962) in authors


LISTED = """

References

Batatu, Hanna. 1978. The Old Social Classes and the Revolutionary Movements of Iraq. \
Princeton: Princeton University Press.

Dodge, Toby. 2012. Iraq: From War to a New Authoritarianism. London: Routledge.

Tripp, Charles. 2007. A History of Iraq. Cambridge: Cambridge University Press.
"""


def test_a_name_after_to_is_no_place() -> None:
    # the reviewer's document (issue 13): "According to Dodge," and "much to Tripp" took
    # Dodge and Tripp for places, the style lost its evidence and the unlisted works went
    text = (
        "According to Dodge, the occupation dismantled the state (Dodge 2012, 45), much to "
        "Tripp surprise as a reader of the monarchy (Tripp 2007, 12). The landed families kept "
        "their hold (Batatu 1978, 5), sanctions hollowed the ministries (Watson 1997, 3), and "
        "the Kurdish parties split (Hiltermann 2017, 8)." + LISTED
    )
    assert [(c["author"], c["year"]) for c in find_citations(text)] == [
        ("Dodge", 2012), ("Tripp", 2007), ("Batatu", 1978), ("Watson", 1997),
        ("Hiltermann", 2017),
    ]  # fmt: skip


def test_a_listed_author_the_prose_writes_after_in_is_still_evidence() -> None:
    # of the same kind: "in Dodge," and "from Tripp on" are a book and a reading, and a listed
    # author is evidence of the style whatever word comes before the name
    text = (
        "As argued in Dodge, the occupation dismantled the state (Dodge 2012, 45); from Tripp "
        "on, historians read the monarchy as weak (Tripp 2007, 12). The landed families kept "
        "their hold (Batatu 1978, 5), sanctions hollowed the ministries (Watson 1997, 3), and "
        "the Kurdish parties split (Hiltermann 2017, 8)." + LISTED
    )
    assert [c["author"] for c in find_citations(text)] == [
        "Dodge", "Tripp", "Batatu", "Watson", "Hiltermann",
    ]  # fmt: skip
