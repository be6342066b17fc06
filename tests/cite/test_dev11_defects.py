"""Defects the eleventh session's development documents (dev11_c*) and the tenth held-out
look (heldout10, development data since) showed (issue 13): op. cit. notes whose short title
holds a year, notes with no date, a second work joined by و, a lead-in saying what a work is
read for, co-authors in a note's head."""

from araseclit.cite import audit, find_citations, find_references

THESIS = """تعد المنظمات المحلية قناة وسيطة بين الدولة والمجتمع(1). وقد نبّه الدراجي إلى ذلك مبكراً(2). \
وأصدرت وزارة الداخلية دليلاً للشرطة المجتمعية(3). ويرى الدراجي أن الثقة تبنى ببطء(4)، \
وتتفق معه دراسات ميدانية(5).

الهوامش

(1) سهى حميد العكيلي، المنظمات غير الحكومية والتنمية المحلية في محافظة واسط، رسالة ماجستير، جامعة واسط، 2019، ص 63.
(2) د. كريم عبد الله الدراجي، الأمن الوطني العراقي بعد عام 2003: دراسة في المفهوم والمؤسسات، دار دجلة، عمّان، 2017، ص 45.
(3) وزارة الداخلية العراقية، دليل عمل الشرطة المجتمعية، مديرية الشرطة المجتمعية، بغداد، د.ت، ص 9.
(4) الدراجي، الأمن الوطني العراقي بعد عام 2003، مرجع سبق ذكره، ص 131 (الهامش).
(5) ينظر: الدراجي، مرجع سبق ذكره، ص 140؛ والعكيلي، مرجع سبق ذكره، ص 101.
"""


def _cits(text: str) -> list[tuple[str | None, int | None, str | None]]:
    return [(c["author"], c["year"], c["page"]) for c in find_citations(text)]


def test_op_cit_takes_the_year_of_the_earlier_note_not_of_its_short_title():
    got = _cits(THESIS)
    # "بعد عام 2003" is in the title: the work is the 2017 book of note (2), page 131
    assert got[3] == ("د. كريم عبد الله الدراجي", 2017, "131")
    assert ("الدراجي", 2003, None) not in got


def test_a_note_with_no_date_cites_its_work_with_no_year():
    got = find_citations(THESIS)
    ministry = [c for c in got if c["author"] == "وزارة الداخلية العراقية"]
    assert [(c["year"], c["year_text"], c["page"]) for c in ministry] == [(None, "د.ت", "9")]


def test_a_second_work_joined_by_waw_continues_its_author():
    got = _cits(THESIS)
    assert got[4:] == [
        ("د. كريم عبد الله الدراجي", 2017, "140"),
        ("سهى حميد العكيلي", 2019, "101"),
    ]


LAW = """وقد أيدت المحكمة قرار التعليق لأن الإدارة قدمت تقريراً أمنياً(1). ويرى الفقه الفرنسي \
أن القاضي يفحص الوقائع(2)، ولا يكتفي بتكييف الإدارة لها(3).

الهوامش

(1) قرار المحكمة الإدارية العليا رقم (88/إداري – تمييز/2019) في 17/4/2019، غير منشور؛ وينظر في التعليق عليه: د. غازي فيصل مهدي ود. عدنان عاجل عبيد، القضاء الإداري، ط2، مؤسسة النبراس، النجف، 2013، ص 97.
(2) Jean Rivero et Jean Waline, Droit administratif, 21e éd., Dalloz, Paris, 2006, p. 412.
(3) Ibid., p. 415.

قائمة المصادر

1. Rivero, Jean, et Jean Waline. Droit administratif. 21e éd. Paris: Dalloz, 2006.
"""


def test_a_lead_in_saying_what_the_work_is_read_for_and_two_authors_in_a_note():
    # a ruling is no work; the commentary the note sends the reader to is, by its first author
    # (not the place "النجف" before the year, as the lead-in "وينظر في التعليق عليه:" left it)
    assert _cits(LAW)[0] == ("د. غازي فيصل مهدي", 2013, "97")


def test_a_french_co_author_joined_by_et_leaves_the_first_author_cited_in_the_audit():
    cits = find_citations(LAW)
    assert [(c["author"], c["page"]) for c in cits[1:]] == [
        ("Jean Rivero", "412"),
        ("Jean Rivero", "415"),
    ]
    result = audit(cits, find_references(LAW)[1])
    assert result["uncited_references"] == []
    assert [m for m in result["missing_references"] if "waline" in str(m).casefold()] == []
