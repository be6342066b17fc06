"""Footnote and endnote citations (issue 13): note markers in the text linked to the notes
that cite, ibid and short notes continuing the note before, imprints left out of the in-text
finders. The papers are in the notes styles Arabic journals on Iraq's security use."""

from __future__ import annotations

from araseclit.cite import find_citations, find_references, match
from araseclit.cite.notes import find_notes

ENDNOTES = """تعرضت المنظمات غير الحكومية في العراق بعد عام 2003 لضغوط متزايدة من الجماعات المسلحة(1)، كما ارتبط تمويلها بأولويات المانحين أكثر من حاجات المجتمع المحلي(2). ويرى دودج أن الدولة العراقية أعيد بناؤها على أسس طائفية(3)، وهو ما انعكس على عمل هذه المنظمات(4).

وتشير تقارير بعثة الأمم المتحدة إلى أن عدد المنظمات المسجلة تضاعف بين عامي 2005 و2010(5)، غير أن نسبة كبيرة منها بقيت على الورق فقط(6).

الهوامش

(1) Toby Dodge, Iraq: From War to a New Authoritarianism (London: Routledge, 2012), 45.

(2) عبد الجبار أحمد عبد الله، المجتمع المدني في العراق (بغداد: بيت الحكمة، 2010)، ص 112.

(3) Dodge, Iraq, 67.

(4) المصدر نفسه، ص 70.

(5) Zainab Saleh, "On Iraqi Nationality," Comparative Studies in Society and History 55, no. 1 (2013): 48–78.

(6) Ibid., 52.
"""


def test_endnotes_give_one_citation_per_note_with_the_work_of_the_note_it_continues() -> None:
    got = [
        (c["kind"], c["number"], c["author"], c["year"], c["page"])
        for c in find_citations(ENDNOTES)
    ]
    assert got == [
        ("note", 1, "Toby Dodge", 2012, "45"),
        ("note", 2, "عبد الجبار أحمد عبد الله", 2010, "112"),
        ("note", 3, "Toby Dodge", 2012, "67"),
        ("note", 4, "Toby Dodge", 2012, "70"),
        ("note", 5, "Zainab Saleh", 2013, "48–78"),
        ("note", 6, "Zainab Saleh", 2013, "52"),
    ]


def test_a_note_citation_spans_its_marker_and_keeps_the_note_as_raw() -> None:
    first = find_citations(ENDNOTES)[0]
    assert ENDNOTES[first["start"] : first["end"]] == "(1)"
    assert first["raw"].startswith("(1) Toby Dodge, Iraq")
    assert ENDNOTES.index("المسلحة(1)") < first["start"] < ENDNOTES.index("الهوامش")


FOOTNOTES = """ويعد قانون المنظمات غير الحكومية رقم 12 لسنة 2010 الإطار الناظم لعمل هذه المنظمات(١)، وقد انتقدته منظمات حقوقية لتقييده حرية التمويل(٢).

(١) علي عبد الرزاق، القانون والمجتمع المدني في العراق، بغداد: دار الكتب، ٢٠١٥، ص ٣٣.
(٢) المرجع السابق، ص ٤٠.

ويرى باحثون أن الإشكال في التطبيق لا في النص(٣).

(٣) Nadia Al-Ali, Iraqi Women: Untold Stories from 1948 to the Present (London: Zed Books, 2007), 210.
"""


def test_footnotes_at_the_foot_of_a_page_with_arabic_indic_digits_and_no_heading() -> None:
    got = [(c["number"], c["author"], c["year"], c["page"]) for c in find_citations(FOOTNOTES)]
    assert got == [
        (1, "علي عبد الرزاق", 2015, "33"),
        (2, "علي عبد الرزاق", 2015, "40"),
        (3, "Nadia Al-Ali", 2007, "210"),
    ]


def test_a_numbered_list_is_no_notes() -> None:
    text = (
        "وتتلخص مطالب المحتجين في ثلاث نقاط:\n"
        "(1) توفير فرص العمل للخريجين منذ عام 2019.\n"
        "(2) محاسبة الفاسدين في مؤسسات الدولة منذ 2003.\n"
        "(3) إجراء انتخابات مبكرة.\n"
    )
    assert find_notes(text) == []
    assert find_citations(text) == []


def test_a_chicago_note_with_a_range_in_its_title_takes_the_imprint_year() -> None:
    text = (
        "وقد تبنت الإدارة الفرنسية سياسة الدمج ثم تخلت عنها(1).\n\nNotes\n\n"
        "(1) Raymond F. Betts, Assimilation and Association in French Colonial Theory, "
        "1890–1914 (New York: Columbia University Press, 1961), 10.\n"
    )
    ((c),) = find_citations(text)
    assert (c["author"], c["year"], c["page"]) == ("Raymond F. Betts", 1961, "10")


NOTES_AND_BIBLIOGRAPHY = """ويرى دودج أن الدولة العراقية أعيد بناؤها على أسس طائفية(1)، وهو ما انعكس على عمل المنظمات(2).

الهوامش

(1) Toby Dodge, Iraq: From War to a New Authoritarianism (London: Routledge, 2012), 45.

(2) فالح عبد الجبار، العمامة والأفندي: سوسيولوجيا خطاب وحركات الاحتجاج الديني (بيروت: منشورات الجمل، 2010)، ص 88.

ثبت المراجع

Dodge, Toby. Iraq: From War to a New Authoritarianism. London: Routledge, 2012.

Tripp, Charles. A History of Iraq. 3rd ed. Cambridge: Cambridge University Press, 2007.

عبد الجبار، فالح. العمامة والأفندي: سوسيولوجيا خطاب وحركات الاحتجاج الديني. بيروت: منشورات الجمل، 2010.
"""


def test_note_citations_meet_the_bibliography_entries_of_their_works() -> None:
    _, refs = find_references(NOTES_AND_BIBLIOGRAPHY)
    cits = find_citations(NOTES_AND_BIBLIOGRAPHY, references=refs)
    explanations = match(cits, refs)
    by_id = {r["ref_id"]: r["authors"] for r in refs}
    assert [by_id.get(e["ref_id"]) for e in explanations] == ["Dodge, Toby", "عبد الجبار، فالح"]
    assert all("ends with the entry surname" in e["author_rule"] for e in explanations)


def test_a_notes_heading_run_into_its_first_note() -> None:
    # as ingest.read leaves a .txt whose heading stands alone above its notes
    text = (
        "ويرى دودج أن الدولة العراقية أعيد بناؤها على أسس طائفية(1)، وهو ما انعكس على عمل "
        "المنظمات(2).\n\nالهوامش (1) Toby Dodge, Iraq: From War to a New Authoritarianism "
        "(London: Routledge, 2012), 45.\n\n(2) Charles Tripp, A History of Iraq (Cambridge: "
        "Cambridge University Press, 2007), 12."
    )
    got = [(c["number"], c["author"], c["year"], c["page"]) for c in find_citations(text)]
    assert got == [(1, "Toby Dodge", 2012, "45"), (2, "Charles Tripp", 2007, "12")]


# Chicago notes whose heading was lost (a reader ran "Notes" into the paragraph before): the
# run of numbered notes holds short notes with no year, which continue an author cited before
HEADLESS_SHORT_NOTES = """The war began in the Ohio Country in 1754.¹ The British took Montreal in 1760.² Trent's company withdrew in April.³ The French built Fort Duquesne on the site.⁴ Notes

1. Fred Anderson, Crucible of War: The Seven Years' War and the Fate of Empire in British North America (New York: Alfred A. Knopf, 2000), 45.

2. Walter R. Borneman, The French and Indian War: Deciding the Fate of North America (New York: HarperCollins, 2006), 21.

3. Borneman, French and Indian War, 14.

4. Anderson, Crucible of War, 52.
"""


def test_headless_notes_with_short_notes_are_notes() -> None:
    got = [
        (c["number"], c["author"], c["year"], c["page"])
        for c in find_citations(HEADLESS_SHORT_NOTES)
    ]
    assert got == [
        (1, "Fred Anderson", 2000, "45"),
        (2, "Walter R. Borneman", 2006, "21"),
        (3, "Walter R. Borneman", 2006, "14"),
        (4, "Fred Anderson", 2000, "52"),
    ]


def test_a_numbered_list_with_a_name_is_still_no_notes() -> None:
    # a short line that names someone with no year, after a line with a year: no short note
    text = (
        "وتتلخص مطالب المحتجين في ثلاث نقاط:\n"
        "(1) توفير فرص العمل للخريجين منذ عام 2019.\n"
        "(2) محاسبة الفاسدين، ومنهم المحافظ السابق، 12.\n"
    )
    assert find_notes(text) == []


# a secondary note whose work read is a short note of a work cited in full before it (the
# original has no year), and one whose work read is given in full, in both scripts
SECONDARY_NOTES = """يذهب الباحثون إلى أن المدن الجنوبية عرفت أشكالا من التنظيم الأهلي قبل قيام الدولة(1)، وأن العشيرة ظلت وسيطا بين الفرد والسلطة(2). ويرى آخرون أن الإدارة البريطانية عززت سلطة الشيوخ(3)، وأن الأحزاب ورثت هذا الدور لاحقا(4).

الهوامش

(1) سعاد الحسيني، «الجمعيات الأهلية في الناصرية»، مجلة آداب ذي قار، العدد 14 (2017)، ص 55.

(2) علي الوردي، لمحات اجتماعية من تاريخ العراق الحديث، نقلاً عن: الحسيني، «الجمعيات الأهلية»، ص 61.

(3) Gertrude Bell, Review of the Civil Administration of Mesopotamia, quoted in Peter Sluglett, Britain in Iraq: Contriving King and Country (London: I.B. Tauris, 2007), 23.

(4) Ibid., 31.
"""


def test_a_secondary_note_cites_the_work_read_with_the_original_beside_it() -> None:
    got = [
        (c["number"], c["author"], c["via_original"], c["year"], c["page"])
        for c in find_citations(SECONDARY_NOTES)
    ]
    assert got == [
        (1, "سعاد الحسيني", None, 2017, "55"),
        (2, "سعاد الحسيني", "علي الوردي", 2017, "61"),
        (3, "Peter Sluglett", "Gertrude Bell", 2007, "23"),
        (4, "Peter Sluglett", "Gertrude Bell", 2007, "31"),
    ]


# a short imprint, place and year only, as Chicago notes give a report's
SHORT_IMPRINT = """وثقت المنظمات الدولية أوضاع النازحين في مخيمات نينوى(1)، وأكدت تقارير أخرى ذلك(2).

الهوامش

(1) Refugees International, Iraq: Displaced and Forgotten (Washington, 2019), 12.

(2) ريم العبيدي، النزوح في نينوى بعد 2014 (بيروت، 2021)، ص 33.
"""


def test_a_notes_place_and_year_imprint_is_no_citation_of_its_own() -> None:
    # "(Washington, 2019)" was read as a citation of Washington, and the note as prose
    got = [(c["kind"], c["author"], c["year"], c["page"]) for c in find_citations(SHORT_IMPRINT)]
    assert got == [
        ("note", "Refugees International", 2019, "12"),
        ("note", "ريم العبيدي", 2021, "33"),
    ]


# Footnotes at the foot of each page as a PDF reader joins them: the rule (tatweel, not
# underscores) run into the page's first note, notes numbered on across pages, lead-in words
# before a note's work, "م.ن" for ibid, two works in one note, a web page with an access date.
PAGE_FOOT = """ارتبط انتشار المخدرات في المحافظات الجنوبية بضعف الرقابة على المنافذ الحدودية(١)، وقد وثقت المنظمات المحلية ارتفاع أعداد المدمنين بين الشباب بعد عام ٢٠١٥ (٢).

ــــــــــــــــــــــــــ (١) ينظر: كريم حسن الزيدي، المخدرات والأمن الاجتماعي في العراق، بغداد، دار الرافدين، ٢٠١٩، ص ٤١. (٢) انظر أيضاً: نادية عباس المالكي، «الإدمان في محافظة ميسان»، مجلة آداب ميسان، العدد ١٢، ٢٠٢١، ص ٩٠؛ وكذلك: الزيدي، المصدر السابق، ص ٥٥.

وتعمل منظمات التوعية في المدارس بالتنسيق مع مديريات الشرطة(٣)، غير أن تمويلها ما زال محدوداً(٤). وتنشر وزارة الصحة بيانات سنوية عن حالات الإدمان على موقعها(٥).

ــــــــــــــــــــــــــ (٣) للمزيد ينظر: المالكي، «الإدمان في محافظة ميسان»، ص ٩٤. (٤) م.ن، ص ٩٦. (٥) وزارة الصحة العراقية، «التقرير السنوي للصحة النفسية»، الموقع الرسمي للوزارة، ٢٠٢٢، تاريخ الزيارة: ٢/٥/٢٠٢٣.
"""


def test_page_foot_notes_under_a_tatweel_rule_with_lead_ins_and_an_abbreviated_ibid() -> None:
    got = [(c["number"], c["author"], c["year_text"], c["page"]) for c in find_citations(PAGE_FOOT)]
    # the tatweel rule hid every note: the notes' imprints were read as in-text citations
    # ("الرافدين، ٢٠١٩، ص ٤١" with the publisher as author), "ينظر:" led the author's name,
    # "م.ن" was no ibid and the web page took the year it was read (2023)
    assert got == [
        (1, "كريم حسن الزيدي", "2019", "41"),
        (2, "نادية عباس المالكي", "2021", "90"),
        (2, "كريم حسن الزيدي", "2019", "55"),
        (3, "نادية عباس المالكي", "2021", "94"),
        (4, "نادية عباس المالكي", "2021", "96"),
        (5, "وزارة الصحة العراقية", "2022", None),
    ]


def test_a_rule_of_dashes_run_into_english_notes_with_markers_glued_to_the_stop() -> None:
    text = (
        "Aid convoys waited for days at the checkpoints.1 Local staff negotiated passage.2\n\n"
        "———————— 1. Hamid Saleh, Roads of Permission (Erbil: Aras, 2019), 45. 2. Ibid., 52.\n"
    )
    assert [(c["number"], c["author"], c["page"]) for c in find_citations(text)] == [
        (1, "Hamid Saleh", "45"),
        (2, "Hamid Saleh", "52"),
    ]


def test_a_tatweel_rule_a_pdf_reader_folded_to_two_marks_still_heads_the_notes() -> None:
    # Chromium's PDF read back folds the rule as it folds a kashida: "ــ (١) …"
    folded = PAGE_FOOT.replace("ــــــــــــــــــــــــــ", "ــ")
    got = [(c["number"], c["author"]) for c in find_citations(folded)]
    assert got[:2] == [(1, "كريم حسن الزيدي"), (2, "نادية عباس المالكي")]
    assert all(c["kind"] == "note" for c in find_citations(folded))


def test_a_title_with_cited_or_a_persian_access_word_keeps_the_notes_year() -> None:
    # "Uncited", "incited" and Persian "دسترسی در مناطق" are words of titles, not an access
    # date: the note's year was blanked with them and the note lost its work
    text = (
        "Aid agencies avoided the contested districts.(1) Militias exploited the gap.(2) "
        "Border crossings stayed closed.(3) The ministry's portal records the closures.(4)\n\n"
        "Notes\n\n"
        "(1) Layla Hassan, Uncited Victims: Aid in Nineveh, London: Hurst, 2019, 45.\n\n"
        "(2) Renad Mansour, Violence Incited by Militias, Doha: ACRPS, 2021, 12.\n\n"
        "(3) حمید احمدی، چالش‌های دسترسی در مناطق مرزی، تهران: نشر نی، ۱۳۹۸، ص ۳۳.\n\n"
        "(4) Ministry of Interior, Crossings Report, 2022, accessed 3 May 2023, https://moi.gov.iq.\n"
    )
    got = [(c["number"], c["year_text"]) for c in find_citations(text)]
    assert got == [(1, "2019"), (2, "2021"), (3, "1398"), (4, "2022")]


# A law-review page as a PDF's text gives it: OSCOLA footnotes at the foot, each opening with
# its flattened number and a space, markers glued after a stop, a semicolon or a quote
OSCOLA_PAGE = """The licensing regime for relief agencies in Nineveh was tightened twice after 2017.1 Officials cited the 'risk of diversion' as the reason;2 critics saw a quieter aim, the control of who may speak for the displaced.3 The courts have said little.4 One study of the camps found the same pattern in the north,5 and the Directorate's own figures confirm the trend.6

1 Mariam Al-Tikriti, Licensing Charity: Aid Law in Iraq (Dar Al-Mada 2018) 54.
2 Khalid Sarraf, 'Diversion and Control in Post-Conflict Relief' (2020) 9(2) Middle East Law Quarterly 101, 117.
3 ibid 120.
4 The Federal Supreme Court has not ruled on the point since 2015.
5 Rana Aziz, 'Camp Governance in Nineveh' (PhD thesis, University of Leeds 2019) 88; Al-Tikriti (n 1) 61.
6 Sarraf (n 2) 130.
12

13 RELIEF LAW REVIEW
"""


def test_oscola_footnotes_give_their_works_with_cross_references_and_ibid() -> None:
    got = [
        (c["kind"], c["number"], c["author"], c["year"], c["page"])
        for c in find_citations(OSCOLA_PAGE)
    ]
    assert got == [
        ("note", 1, "Mariam Al-Tikriti", 2018, "54"),
        ("note", 2, "Khalid Sarraf", 2020, "117"),  # the pinpoint, not the first page 101
        ("note", 3, "Khalid Sarraf", 2020, "120"),
        ("note", 5, "Rana Aziz", 2019, "88"),
        ("note", 5, "Mariam Al-Tikriti", 2018, "61"),
        ("note", 6, "Khalid Sarraf", 2020, "130"),
    ]


def test_no_citation_is_read_from_the_brackets_inside_oscola_notes() -> None:
    raws = [c["raw"] for c in find_citations(OSCOLA_PAGE)]
    assert not any(r.startswith(("(PhD", "Relief' (", "(Dar")) for r in raws)
    assert all(c["kind"] == "note" for c in find_citations(OSCOLA_PAGE))


# A Chicago page whose first footnote a reader ran into the paragraph above it (the running
# header between them dropped), with an article's page range before its pinpoint
CHICAGO_JOINED = """Screening rules reached the smallest partners by 2019.1 Agencies passed the burden down the chain.2 The partners bore it alone.3 1 Nadia Karimi, Risk and Relief: Aid Partnerships in Iraq (London: Hurst, 2019), 14.

2 Omar Talib, "Vetting the Local Partner," Journal of Aid Policy 8, no. 2 (2021): 117–39, 121.

3 Karimi, Risk and Relief, 30.
"""


def test_a_chicago_first_note_run_into_the_paragraph_above_and_a_pinpoint_after_the_range() -> None:
    got = [(c["number"], c["author"], c["year"], c["page"]) for c in find_citations(CHICAGO_JOINED)]
    assert got == [
        (1, "Nadia Karimi", 2019, "14"),
        (2, "Omar Talib", 2021, "121"),
        (3, "Nadia Karimi", 2019, "30"),
    ]


# Three pages of an Arabic thesis, the notes numbered from (١) again on every page
THESIS_PAGES = """توسع عمل المنظمات المحلية في نينوى بعد عام ٢٠١٧(١). ونعني بها المنظمات المسجلة وفق المادة (٢) من القانون(٢).

- ٣٧ -

ـــــــــــــــ
(١) د. سلمان داود الطائي، المنظمات المحلية وإعادة الإعمار، دار الحكمة، بغداد، ٢٠١٦، ص ٢٢.
(٢) يقصد بالقانون، في هذا الموضع، قانون المنظمات غير الحكومية رقم (١٢) لسنة ٢٠١٠.

وقد رصدت بعثة الأمم المتحدة حالات احتجاز لموظفي المنظمات(١)، وهو ما سبق أن حذر منه الباحثون(٢).

- ٣٨ -

ـــــــــــــــ
(١) بعثة الأمم المتحدة لمساعدة العراق (يونامي)، تقرير حقوق الإنسان في العراق، بغداد، ٢٠١٨، ص ١٢.
(٢) المرجع السابق، ص ١٥.

ويبقى قرار المنع بيد الجهات الأمنية(١)، وقد عاد الطائي إلى المسألة في خاتمة كتابه(٢).

- ٣٩ -

ـــــــــــــــ
(١) الطائي، المنظمات المحلية، ص ٩٠.
(٢) الطائي، مرجع سبق ذكره، ص ٢٠١.
"""


def test_thesis_notes_numbered_again_on_every_page() -> None:
    got = [(c["number"], c["author"], c["year"], c["page"]) for c in find_citations(THESIS_PAGES)]
    assert got == [
        (1, "د. سلمان داود الطائي", 2016, "22"),
        # the note on a statute (its number and year) cites no work
        (1, "بعثة الأمم المتحدة لمساعدة العراق", 2018, "12"),  # its acronym is no part of it
        (2, "بعثة الأمم المتحدة لمساعدة العراق", 2018, "15"),
        # a short note whose author a note two pages before cited in full
        (1, "د. سلمان داود الطائي", 2016, "90"),
        (2, "د. سلمان داود الطائي", 2016, "201"),
    ]


def test_a_page_number_after_the_last_footnote_is_no_part_of_it() -> None:
    notes = find_notes(OSCOLA_PAGE)
    assert [n.number for n in notes] == [1, 2, 3, 4, 5, 6]
    assert notes[-1].body == "Sarraf (n 2) 130."


def test_numbered_headings_with_a_space_after_the_number_are_no_notes() -> None:
    text = """The report has three parts.

1 Background to the 2003 invasion and the first NGO laws
2 Registration after 2010, with the figures of the Directorate
3 Suspensions in 2021 and the appeals that followed
"""
    assert find_notes(text) == []
    assert not [c for c in find_citations(text) if c["kind"] == "note"]


# The same kind of page as a reader that joins a page's lines gives it: the body, the footnote
# rule and the notes in one paragraph, each note running on after the stop of the one before
OSCOLA_JOINED = (
    "Officials cited the 'risk of diversion' as the reason;1 critics saw a quieter aim.2 The"
    " courts have said little.3 ____________ 1 Khalid Sarraf, 'Diversion and Control in"
    " Post-Conflict Relief' (2020) 9(2) Middle East Law Quarterly 101, 117. 2 ibid 120."
    " 3 Mariam Al-Tikriti, Licensing Charity: Aid Law in Iraq (Dar Al-Mada 2018) 54. 14\n"
)


def test_a_footnote_rule_and_notes_run_into_the_paragraph_above() -> None:
    got = [(c["number"], c["author"], c["year"], c["page"]) for c in find_citations(OSCOLA_JOINED)]
    assert got == [
        (1, "Khalid Sarraf", 2020, "117"),
        (2, "Khalid Sarraf", 2020, "120"),
        (3, "Mariam Al-Tikriti", 2018, "54"),
    ]


# A US law review's footnotes (Bluebook): the year last in its own bracket, the pinpoint before
# it, "Id." and "supra note"
BLUEBOOK_PAGE = """Registration became a tool of control after 2010.1 The courts deferred to the executive.2 Scholars disagree on why;3 the record is thin.4

1 Ahmed Al-Kubaisi, Associations and the State in Iraq 45 (2d ed. 2017).
2 Layla Haddad, Registration as Control, 11 J. Arab Pub. L. 233, 236 (2019).
3 Id. at 240; Al-Kubaisi, supra note 1, at 62.
4 Haddad, supra note 2, at 251.
"""


def test_bluebook_footnotes_give_the_pinpoint_before_the_year() -> None:
    got = [(c["number"], c["author"], c["year"], c["page"]) for c in find_citations(BLUEBOOK_PAGE)]
    assert got == [
        (1, "Ahmed Al-Kubaisi", 2017, "45"),
        (2, "Layla Haddad", 2019, "236"),
        (3, "Layla Haddad", 2019, "240"),
        (3, "Ahmed Al-Kubaisi", 2017, "62"),
        (4, "Layla Haddad", 2019, "251"),
    ]


def test_a_thesis_page_with_a_single_footnote() -> None:
    one_note_page = (
        THESIS_PAGES
        + """
وقد خلص الباحث إلى أن المنظمات المحلية تحتاج إلى إطار قانوني يحدد مسؤوليتها(١).

- ٤٠ -

ـــــــــــــــ
(١) الطائي، المنظمات المحلية، ص ٢١٥.
"""
    )
    got = [(c["number"], c["author"], c["page"]) for c in find_citations(one_note_page)]
    assert got[-1] == (1, "د. سلمان داود الطائي", "215")
    assert len(got) == 6


def test_a_lone_numbered_line_in_a_document_of_running_notes_is_no_note() -> None:
    text = (
        OSCOLA_PAGE
        + "\nThe Directorate answered in one line (1).\n\n1 Report of 2021 on the appeals.\n"
    )
    assert [n.number for n in find_notes(text)] == [1, 2, 3, 4, 5, 6]


def test_aglc_and_persian_cross_references() -> None:
    text = """Local partners carried the risk.1 Donors kept the decision.2 Courts stayed away.3

1 Mariam Al-Tikriti, Licensing Charity: Aid Law in Iraq (Dar Al-Mada, 2018) 54.
2 Mariam Al-Tikriti, 'Diversion and Control' (2020) 9 Middle East Law Quarterly 101, 117.
3 Al-Tikriti, above n 2, 120.
"""
    got = [(c["number"], c["author"], c["year"], c["page"]) for c in find_citations(text)]
    assert got[-1] == (3, "Mariam Al-Tikriti", 2020, "120")  # the work of note 2, not the book
    persian = """سازمان‌های محلی بار خطر را به دوش کشیدند(۱). اهداکنندگان تصمیم را نگه داشتند(۲).

(۱) علی موسوی، جامعه مدنی در عراق پس از ۲۰۰۳، تهران: نشر نی، ۱۳۹۸، ص ۴۵.
(۲) موسوی، جامعه مدنی در عراق پس از ۲۰۰۳، پیشین، ص ۶۰.
"""
    got = [(c["number"], c["year_text"], c["page"]) for c in find_citations(persian)]
    # "پیشین" (op. cit.): the work of the note before, not one of 2003 from its short title
    assert got == [(1, "1398", "45"), (2, "1398", "60")]


def test_a_rule_of_hyphens_run_into_the_paragraph_above_heads_the_notes_as_other_rules_do() -> None:
    # a page typed in a plain-text editor, its rule of hyphens, read back with its lines joined:
    # a rule of hyphens on a line of its own heads notes, so it does run into the line above
    page = (
        "وتراجع عدد المنظمات العاملة في سنجار بعد عام ٢٠١٧.١ وربط الباحثون ذلك بقيود التنقل"
        " التي فرضتها الجهات الأمنية.٢ {rule} ١ حيدر كاظم الموسوي، المنظمات غير الحكومية في"
        " العراق، دار الرافدين، بغداد، ٢٠١٥، ص ٤٥. ٢ الموسوي، المنظمات غير الحكومية، ص ٥٠.\n"
    )
    for rule in ("_______________", "---------------"):
        got = [
            (c["number"], c["author"], c["year"], c["page"])
            for c in find_citations(page.format(rule=rule))
        ]
        assert got == [
            (1, "حيدر كاظم الموسوي", 2015, "45"),
            (2, "حيدر كاظم الموسوي", 2015, "50"),
        ], rule


# A Persian article's page: notes in the author، year: page form, a Latin author among them,
# notes that give a term's or a name's Latin form alone, and a body's note with no date
PERSIAN_GLOSS_PAGE = """پژوهش‌های تازه از مفهوم تاب‌آوری اجتماعی۱ برای فهم زندگی روستاهای مرزی بهره می‌گیرند.۲ مارتا لیندگرن۳ نشان می‌دهد که گروه‌های امدادی در مرز میان بی‌طرفی و نظارت گرفتار می‌شوند.۴ کانون حمایت از کودکان مرزی نیز همین نکته را در معرفی خود آورده است.۵ پژوهشگران داخلی هم به نتیجه‌ای مشابه رسیده‌اند.۶
ــــــــــــــــــــ
۱. Social Resilience
۲. موسوی، ۱۳۹۷: ۱۲؛ Lindgren, 2018: 33.
۳. Marta Lindgren
۴. Lindgren, 2018: 57.
۵. کانون حمایت از کودکان مرزی، بی‌تا.
۶. صالحی، ۱۴۰۰: ۸۱.
۴۱
"""


def test_latin_glosses_leave_a_persian_page_s_notes_read_with_their_latin_author() -> None:
    got = [
        (c["number"], c["author"], c["year_text"], c["page"])
        for c in find_citations(PERSIAN_GLOSS_PAGE)
    ]
    assert got == [
        (2, "موسوی", "1397", "12"),
        (2, "Lindgren", "2018", "33"),
        (4, "Lindgren", "2018", "57"),
        (5, "کانون حمایت از کودکان مرزی", "بی‌تا", None),  # a body's note with no date
        (6, "صالحی", "1400", "81"),
    ]


def test_numbered_latin_terms_are_no_notes_without_a_right_to_left_note_beside_them() -> None:
    # an English text's numbered list of terms and two dated items: no footnotes
    text = """The survey covered three fields.1 Each was scored apart.2

1. Social Resilience
2. Smith, 2018: 4.
3. Border Governance
4. Jones, 2019: 7.
"""
    assert [c for c in find_citations(text) if c["kind"] == "note"] == []


def test_a_translator_named_bita_is_no_missing_date() -> None:
    page = """این کتاب به فارسی ترجمه شده است.۱ نویسنده بعدها دیدگاه خود را تغییر داد.۲
ــــــــــــــــــــ
۱. هالینگ، جامعه مدنی، ترجمه‌ی بیتا کریمی.
۲. هالینگ، ۱۳۹۹: ۴۰.
"""
    assert not any(c["year_text"] == "بیتا" for c in find_citations(page))


# The same kind of page as a PDF's reader gives an Arabic page's Latin notes: the closing
# numbers of a note moved before its words in reverse (each with its mark before it), the
# note's stop after the comma they followed, and a note whose label went to its end
RTL_PDF_LATIN_NOTES = """ويرى الباحثون أن التصريح الأمني صار أداة لفرز الشركاء.1 وقد تكرر ذلك في تقارير أخرى.2 ولا يقتصر الأمر على العراق.3 وهو ما لاحظته دراسات أخرى.4
ــــــــــــــــــــ
1. Clara Weiss, Gatekeepers of Relief (Oxford: Berghahn, 2020), 31.
2. 64–61 Ibid.,.
Tom Ferrand, Sahel Borders (Paris: Karthala, 2016), 12 .3.
4. 118 :2020 Weiss,.
44

المراجع
Ferrand, Tom. Sahel Borders. Paris: Karthala, 2016.
Weiss, Clara. Gatekeepers of Relief. Oxford: Berghahn, 2020.
"""


def test_latin_notes_a_pdf_of_a_right_to_left_page_moved_are_read_in_order() -> None:
    got = [
        (c["number"], c["author"], c["year"], c["page"])
        for c in find_citations(RTL_PDF_LATIN_NOTES)
    ]
    assert got == [
        (1, "Clara Weiss", 2020, "31"),
        (2, "Clara Weiss", 2020, "61–64"),
        (3, "Tom Ferrand", 2016, "12"),
        (4, "Weiss", 2020, "118"),
    ]


# Author-date notes with no comma after the name, and the same notes as a PDF's reading order
# leaves them on a right-to-left page
AUTHOR_DATE_NOTES = """سازمان‌های داوطلب در روستاهای مرزی فعال بوده‌اند.۱ این فعالیت‌ها با نظارت همراه بود.۲ برخی پژوهشگران نقش آنان را مثبت دانسته‌اند.۳
ــــــــــــــــــــ
۱. {one}
۲. Ibid.
۳. {three}
۵۲

منابع
کاظمی، رضا (۱۳۹۸). جامعه‌ی مدنی در کردستان. سنندج: نشر کردستان.
Lindgren, M. (2018). Border relief. Lund: Lund University Press.
"""


def test_author_date_notes_with_no_comma_after_the_name_are_read_by_the_list() -> None:
    expected = [
        (1, "Lindgren", "2018", "33"),
        (2, "Lindgren", "2018", "33"),
        (3, "کاظمی", "1398", "45"),
    ]
    for one, three in (
        ("Lindgren 2018, 33.", "کاظمی ۱۳۹۸: ۴۵."),
        ("33 ,2018 Lindgren.", "کاظمی ۱۳۹۸: ۴۵."),  # the PDF's order of the Latin note
    ):
        text = AUTHOR_DATE_NOTES.format(one=one, three=three)
        got = [(c["number"], c["author"], c["year_text"], c["page"]) for c in find_citations(text)]
        assert got == expected, one
    # with no list, nothing says "Lindgren 2018" is a work's author and year
    bare = AUTHOR_DATE_NOTES.format(one="Lindgren 2018, 33.", three="کاظمی ۱۳۹۸: ۴۵.")
    bare = bare[: bare.index("منابع")]
    assert all(c["author"] != "Lindgren" for c in find_citations(bare))


def test_a_decision_s_number_and_year_in_a_note_date_no_work() -> None:
    # the statute pattern narrative shares: a cabinet decision "رقم ٥٥ ٢٠١٩" and a law "لسنه"
    # (the ta marbuta written as ha) are acts, not works of that year
    text = """نظم القانون تسجيل المنظمات غير الحكومية(١)، وألزمها بتقديم تقارير سنوية(٢)، ثم عدل ذلك بقرار لاحق(٣).

الهوامش
(١) أحمد الحسني، المنظمات غير الحكومية في العراق، بغداد، ٢٠١٥، ص ٣٣.
(٢) قانون المنظمات غير الحكومية رقم (١٢) لسنه ٢٠١٠، المادة ٢.
(٣) مجلس الوزراء، القرار رقم ٥٥ ٢٠١٩، الفقرة ثانياً.
"""
    got = [(c["number"], c["author"], c["year"]) for c in find_citations(text)]
    assert got == [(1, "أحمد الحسني", 2015)]


def test_a_short_note_with_no_full_note_before_it_takes_the_work_its_title_names_in_the_list() -> (
    None
):
    # a chapter opening with short notes beside a bibliography (issue 13): the short title
    # names one of the author's listed works, whose year the note takes; a title that names
    # none of them, or no title at all, gives no work (no year is guessed)
    text = """شهدت مدينة الموصل بعد عام ٢٠١٧ توسعاً في عمل الجمعيات المحلية(١)، وتراجع التمويل الدولي بعد ذلك(٢)، ثم عادت الجمعيات إلى العمل التطوعي(٣)، وظهرت لجان الأحياء(٤).

الهوامش
(١) حسن، المجتمع المدني في الموصل، ص ٤٥.
(٢) الجبوري، الأمن المحلي والمنظمات، ص ١١٢.
(٣) حسن، الجمعيات الخيرية في تلعفر، ص ٩.
(٤) الجبوري، مرجع سابق، ص ١١٥.

المراجع
الجبوري، سعد. الأمن المحلي والمنظمات الإنسانية في العراق. بغداد: دار الشؤون الثقافية، ٢٠١٩.
حسن، علي. المجتمع المدني في الموصل بعد الحرب. أربيل: دار آراس، ٢٠٢١.
حسن، علي. المنظمات الدولية في نينوى. أربيل: دار آراس، ٢٠١٦.
"""
    got = [(c["number"], c["author"], c["year_text"], c["page"]) for c in find_citations(text)]
    assert got == [(1, "حسن", "2021", "45"), (2, "الجبوري", "2019", "112")]

    english = """Local charities filled the gap the state left after 2014.1 Their funding came mostly from abroad.2 The same holds for Basra.3

Notes
1. Hassan, Civil Society, 45.
2. Okafor and Brandt, "Aid and Order," 38.
3. Hassan, Civil Society, 51.

Bibliography
Hassan, Ali. Civil Society in Mosul after the War. London: Hurst, 2021.
Hassan, Ali. Relief and Rule in Nineveh. London: Hurst, 2016.
Okafor, Chidi, and Lena Brandt. "Aid and Order in Northern Iraq." Journal of Humanitarian Affairs 4, no. 2 (2022): 30-51.
"""
    got = [(c["number"], c["author"], c["year_text"], c["page"]) for c in find_citations(english)]
    assert got == [(1, "Hassan", "2021", "45"), (2, "Okafor", "2022", "38"),
                   (3, "Hassan", "2021", "51")]  # fmt: skip


def test_a_place_of_the_entry_s_imprint_is_no_short_title() -> None:
    # "Hassan, London, 45.": London is in Hassan's entry, but opens no title of it
    text = """Local charities filled the gap the state left after 2014.1 Their funding came mostly from abroad.2

Notes
1. Hassan, London, 45.
2. Hassan, Civil Society, 38.

Bibliography
Hassan, Ali. Civil Society in Mosul after the War. London: Hurst, 2021.
"""
    got = [(c["number"], c["author"], c["year_text"], c["page"]) for c in find_citations(text)]
    assert got == [(2, "Hassan", "2021", "38")]
