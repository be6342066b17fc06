"""In-text forms the twelfth session's development documents showed the finder missing
(first look, ``bench_citations_styles.py --split dev12``): author–date in square brackets,
Markdown footnotes with shortened notes, Persian lead-ins and calendar marks, a secondary
mark with a colon, and an ibid with no page. Each is the general form, not the document's
sentence."""

from __future__ import annotations

from araseclit.cite import find_citations, find_references, match
from araseclit.cite.years import parse_year


def _cits(text: str) -> list[tuple]:
    return [(c["author"], c["year"], c["page"], c["via_original"]) for c in find_citations(text)]


SQUARE = """تراجع حضور المنظمات الدولية في قضاء تلعفر بعد عام ٢٠١٨ [الشمري، ٢٠١٩: ٧١]، وانتقلت \
إدارة المشاريع إلى فرق محلية [انظر: الدوري، ٢٠١٧: ٢٠٤؛ Keane, 2016: 33]. ويؤكد الشمري [٢٠١٩: ٨٠] \
أن هذه الفرق عملت بلا تأمين [المرجع نفسه: ٨٢]، وأنها "تحملت [أي الفرق] كلفة الوصول" [المرجع نفسه].

المراجع

الدوري، سعد (٢٠١٧). المجتمع المدني في نينوى. الموصل: دار ابن الأثير.

الشمري، ليلى (٢٠١٩). الأمن المحلي والعمل الإنساني. بغداد: بيت الحكمة.

Keane, D. (2016). Aid at the checkpoint. London: Hurst.
"""


def test_author_date_in_square_brackets_reads_as_in_round_ones() -> None:
    assert _cits(SQUARE) == [
        ("الشمري", 2019, "71", None),
        ("الدوري", 2017, "204", None),
        ("Keane", 2016, "33", None),
        ("الشمري", 2019, "80", None),  # a narrative name with [year: page] after it
        ("الشمري", 2019, "82", None),  # [المرجع نفسه: ٨٢]
        ("الشمري", 2019, "82", None),  # [المرجع نفسه] alone: the same place
    ]


def test_square_brackets_that_are_no_citations_stay_none() -> None:
    text = (
        'قال أحد الموظفين إن المنظمات "دكاكين [كذا] للمشاريع"، وإن الدعم [...] لم يصل. '
        "وتراوحت أعمار المستفيدين [18–65] سنة، كما يظهر في المرجع [3]."
    )
    assert [c for c in find_citations(text) if c["kind"] != "numeric"] == []


def test_a_square_bracket_glossing_inside_a_round_one_stays_a_gloss() -> None:
    text = (
        "Camps closed quickly (Human Rights Watch [HRW], 2020, p. 3) and later (HRW, 2020, p. 9)."
    )
    assert [(c["author"], c["page"]) for c in find_citations(text)] == [
        ("Human Rights Watch", "3"),
        ("HRW", "9"),
    ]


PANDOC = """Checkpoints multiplied after 2017.[^1] Brokers vouched for aid workers at them.[^2] \
The brokers called this hospitality.[^3] Staff did not see a difference.[^4]

Notes

[^1]: Karim Aziz, *Guarding the Plains: Militias in Nineveh* (London: Hurst, 2020), 31.
[^2]: Aziz, *Guarding the Plains*, 40–42.
[^3]: Ibid., 44.
[^4]: Ibid.

Bibliography

Aziz, Karim. *Guarding the Plains: Militias in Nineveh*. London: Hurst, 2020.
"""


def test_markdown_footnotes_with_emphasised_short_titles_are_notes() -> None:
    got = [
        (c["kind"], c["number"], c["author"], c["year"], c["page"]) for c in find_citations(PANDOC)
    ]
    assert got == [
        ("note", 1, "Karim Aziz", 2020, "31"),
        ("note", 2, "Karim Aziz", 2020, "40–42"),  # the short note, its title in *asterisks*
        ("note", 3, "Karim Aziz", 2020, "44"),
        ("note", 4, "Karim Aziz", 2020, "44"),  # "Ibid." alone: the same work at the same page
    ]
    refs = find_references(PANDOC)[1]
    cits = find_citations(PANDOC, references=refs)
    match(cits, refs)
    assert {c["ref_id"] for c in cits} == {refs[0]["ref_id"]}


def test_persian_lead_ins_send_to_the_work_that_follows() -> None:
    text = (
        "بازگشت آوارگان کند بود (رک: نوری، ۱۳۹۵ ش: ۴۵). دو الگو را از هم جدا کرده‌اند "
        "(ر.ک: صادقی، ۱۳۹۸، ص ۱۱۰؛ Parker, 2019: 77) و نتیجه همانند است (نک: کاظمی، ۱۴۰۰ش: ۳۳)."
    )
    assert [(a, y, p) for a, y, p, _ in _cits(text)] == [
        ("نوری", 1395, "45"),
        ("صادقی", 1398, "110"),
        ("Parker", 2019, "77"),
        ("کاظمی", 1400, "33"),
    ]


def test_a_name_that_starts_like_a_persian_lead_in_is_kept_whole() -> None:
    assert [a for a, *_ in _cits("این را پیش‌تر گفته‌اند (رکنی، ۱۳۹۵: ۴۵).")] == ["رکنی"]


def test_persian_lunar_and_solar_marks_give_their_calendar() -> None:
    assert parse_year("1438 ه.ق")["calendar"] == "lunar_hijri"
    assert parse_year("1438ق")["gregorian_year"] == 2017
    assert parse_year("1398 ه.ش")["calendar"] == "solar_hijri"
    got = find_citations("سنت خیریه‌ی مذهبی ادامه یافت (الحسینی، ۱۴۳۸ ه.ق: ۶۴).")
    assert [(c["author"], c["calendar"], c["gregorian_year"], c["page"]) for c in got] == [
        ("الحسینی", "lunar_hijri", 2017, "64")
    ]


def test_a_secondary_mark_with_a_colon_cites_the_work_read() -> None:
    assert _cits("قامت على شبكات العشائر (الطائي، ٢٠١٥، نقلاً عن: الجبوري، ٢٠١٦: ١٣٠).") == [
        ("الجبوري", 2016, "130", "الطائي")
    ]
    assert _cits("Security was local (Buzan, 1983, cited in: Hough, 2008: 14).") == [
        ("Hough", 2008, "14", "Buzan")
    ]


def test_markdown_footnotes_run_into_one_paragraph_are_still_one_note_each() -> None:
    # a PDF of the page prints the notes, one a line in the source, as one paragraph
    head, notes = PANDOC.split("Notes\n\n")
    notes, bib = notes.split("\n\nBibliography")
    text = f"{head}Notes\n\n{' '.join(notes.split(chr(10)))}\n\nBibliography{bib}"
    got = [(c["number"], c["author"], c["page"]) for c in find_citations(text)]
    assert got == [
        (1, "Karim Aziz", "31"),
        (2, "Karim Aziz", "40–42"),
        (3, "Karim Aziz", "44"),
        (4, "Karim Aziz", "44"),
    ]


REPRINTS = """Aid stayed local (Batatu [1978] 2004, 45; Hassan 2019, 45n12), as others found \
(Freud, 1900/1953, p. 7).

References

Batatu, Hanna. 2004. The Old Social Classes and the Revolutionary Movements of Iraq. London: Saqi.

Freud, S. (1953). The interpretation of dreams. Hogarth Press. (Original work published 1900)

Hassan, Omar. 2019. Militias and the State. London: Hurst.
"""


def test_a_reprint_date_and_a_note_locator_are_parts_of_the_citation() -> None:
    refs = find_references(REPRINTS)[1]
    got = [
        (c["author"], c["calendar"], c["gregorian_year"], c["page"])
        for c in find_citations(REPRINTS, references=refs)
    ]
    assert got == [
        ("Batatu", "gregorian", 2004, "45"),  # "[1978]": the original date, not the edition's
        ("Hassan", "gregorian", 2019, "45"),  # "45n12": note 12 on page 45
        ("Freud", "gregorian", 1953, "7"),  # "1900/1953" is no Hijri/Gregorian pair
    ]


_NUMBERED = "\n\nالمراجع\n\n" + "\n".join(
    f"{i}. الكاتب {name}. عنوان البحث {i}. مجلة الدراسات الأمنية. 2019؛ {i}: 1-10."
    for i, name in enumerate(("أحمد", "باسم", "جواد", "داود", "هادي", "وليد", "زياد"), 1)
)


def _numbers(body: str) -> list[int]:
    text = body + _NUMBERED + "\n"
    refs = find_references(text)[1]
    return [c["number"] for c in find_citations(text, references=refs) if c["kind"] == "numeric"]


def test_unicode_superscript_numbers_cite_a_numbered_list() -> None:
    body = (
        "ارتفعت الاعتداءات على العاملين الصحيين بعد عام ٢٠١٧.¹⁻³ وأغلقت عيادات في الأطراف⁴،⁵ "
        "وغادر موظفون محليون⁶، وتبلغ مساحة المخيم ٤٠ كم² وعدد سكانه ١٠⁴ تقريباً.⁷ وتكررت الحوادث.²"
    )
    assert _numbers(body) == [1, 2, 3, 4, 5, 6, 7, 2]  # "كم²" and "١٠⁴" are powers


def test_numbers_in_round_brackets_cite_a_numbered_list_on_evidence() -> None:
    body = (
        "ارتفعت الاعتداءات على العاملين الصحيين (1-3). وأغلقت عيادات في الأطراف (4، 5)، "
        "وغادر موظفون محليون (6). وتكررت الحوادث في العام التالي (2)."
    )
    assert _numbers(body) == [1, 2, 3, 4, 5, 6, 2]
    # each number new and alone, as note markers are: no evidence that they cite the list
    markers = "ارتفعت الاعتداءات (1). وأغلقت العيادات (2). وغادر الموظفون (3). وتكررت الحوادث (4)."
    assert _numbers(markers) == []
    # an enumeration opens its clauses
    listed = "وللقانون ثلاثة أهداف: (1) النظام، (2) الإغاثة، (3) الثقة، كما تقول المادة (4)."
    assert _numbers(listed) == []


def test_square_brackets_of_numeric_citations_a_pdf_damaged_stay_numeric() -> None:
    # a right-to-left PDF draws "[4–6]" as "]4–6" and leaves a "[" of another citation before
    # it; "[ 10]" keeps a space the extraction put in: neither is a bracket of words
    text = (
        "وتنتشر الشائعات [ً. وتعد الشائعات خطراً على الثقة العامة بالمؤسسات]4–6 في المدن. "
        "وتراجعت الثقة بالأخبار [ 10] بعد الانتخابات."
    )
    got = [(c["kind"], c["number"]) for c in find_citations(text)]
    assert ("numeric", 10) in got
    assert [n for k, n in got if k == "numeric" and n in (4, 5, 6)] == [4, 5, 6]


def test_a_persian_verb_before_a_bracketed_year_is_no_author() -> None:
    # "it seems (1395)": the verb's prefix می‌ (ZWNJ) opens no name; "میرزایی" is a name
    assert _cits("به نظر می‌رسد (۱۳۹۵) بازگشت آوارگان کند بوده است.") == []
    assert [a for a, *_ in _cits("میرزایی (۱۳۹۵: ۴) نشان می‌دهد که بازگشت کند بود.")] == ["میرزایی"]
