"""Numeric brackets read only as far as the document's numbering reaches (issue 13)."""

from __future__ import annotations

from araseclit.cite import find_citations
from araseclit.cite.coverage import audit
from araseclit.cite.references import find_references

# a Vancouver paper with five numbered entries whose prose also writes quantities in brackets
SURVEY = """\
واقع التعليم في مخيمات النزوح

تشير التقارير إلى تسرب واسع من المدارس [1]، ويعزى ذلك إلى الفقر والعمل المبكر [2، 3]. \
وتتفق دراسات أخرى على أثر النزوح الطويل [4-5].

شملت المقابلات أطفالاً تتراوح أعمارهم بين [7–15] عاماً في [21] مدرسة، وأجاب عن الاستبانة \
[340] ولي أمر. وقد أكدت دراسة لاحقة النتيجة نفسها [3].

المراجع

1. منظمة اليونيسف. التعليم في حالات الطوارئ في العراق. بغداد؛ 2021.
2. الجنابي م. عمل الأطفال في المخيمات. مجلة دراسات اجتماعية. 2020؛ 14(2): 77-95.
3. Ahmed S, Karim L. Schooling after displacement. Int J Educ Dev. 2019;68:40-8.
4. الدوري ن. النزوح الممتد وأثره في الأسرة. الموصل: دار ابن الأثير؛ 2018.
5. Brown K. Protracted displacement and learning. Oxford: RSC; 2017.
"""


def test_a_quantity_in_brackets_past_the_numbered_list_is_no_citation() -> None:
    cits = find_citations(SURVEY)
    assert [c["number"] for c in cits] == [1, 2, 3, 4, 5, 3]
    result = audit(cits, find_references(SURVEY)[1])
    assert result["missing_references"] == []
    assert result["coverage"] == 1.0


def test_a_number_a_work_past_the_list_is_still_reported_missing() -> None:
    # one work the list lacks, cited next in order: a citation the audit reports, not a quantity
    text = SURVEY.replace("النتيجة نفسها [3]", "النتيجة نفسها [6]")
    cits = find_citations(text)
    assert [c["number"] for c in cits] == [1, 2, 3, 4, 5, 6]
    assert [m["number"] for m in audit(cits, find_references(text)[1])["missing_references"]] == [6]


def test_a_range_that_reaches_past_the_list_is_read_whole_or_not_at_all() -> None:
    # "[3–40]" is an interval of years, not works 3 to 40: none of its numbers is a citation
    text = SURVEY.replace("بين [7–15] عاماً", "بين [3–40] عاماً")
    assert [c["number"] for c in find_citations(text)] == [1, 2, 3, 4, 5, 3]
