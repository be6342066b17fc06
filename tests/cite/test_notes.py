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
