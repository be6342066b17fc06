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


NARRATIVE = """يرى الباحث خالد الزبيدي (٢٠١٤، ص ٥٦) أن التطرف العنيف في المدن العراقية نتاج \
للتهميش. ويضيف (ص ٦٠) أن الأجهزة الأمنية عاملته ملفاً عسكرياً. أما سعاد الجنابي (٢٠١٩: ٨٨) \
فتلاحظ أن المنظمات المحلية سبقت الدولة، وتضيف (ص ٩٥) أن الثقة بها أعلى، ويستند الزبيدي \
(ص ٧٠) إلى تجربة مماثلة.

ويشير تقرير للمنظمة الدولية للهجرة (٢٠٢٠، ص ٩) إلى ضعف الثقة بالجهات الرسمية، وفي تقرير \
آخر (٢٠٢١، ص ٢٢) تعود المنظمة إلى المسألة نفسها. وقد استعار الباحثون مفهوم «الحروب الجديدة» \
من Kaldor (2012, p. 72). ويصف الصحفي أحمد السعدي (٢٠٢١) لجان المصالحة في القرى. وشارك في \
المسح (٤٥٠) شاباً (ص ١٢).

المراجع

الجنابي، سعاد كريم (٢٠١٩). العودة والمصالحة في الموصل. بغداد: بيت الحكمة.

الزبيدي، خالد عبد الله (٢٠١٤). جذور التطرف العنيف في المدن العراقية. بيروت: مركز دراسات الوحدة العربية.

المنظمة الدولية للهجرة (٢٠٢٠). العودة إلى الموصل. بغداد: المنظمة الدولية للهجرة.

المنظمة الدولية للهجرة (٢٠٢١). التماسك الاجتماعي في المناطق المحررة. بغداد: المنظمة الدولية للهجرة.

Kaldor, M. (2012). New and old wars. Cambridge: Polity.
"""


def test_a_paper_whose_opening_names_a_work_in_its_prose_is_no_review_of_it():
    # the first sentence holds الزبيدي and his title's words, but no imprint as a review's
    # header gives: "(ص ٦٠)" continues the citation before it, not a "reviewed book"
    got = _cits(NARRATIVE)
    assert ("الزبيدي", 2014, "60") in got
    # "(ص ١٢)" in the last paragraph follows a count in a paragraph that cites
    # السعدي: it continues that work, never the "subject" الزبيدي
    assert ("الزبيدي", 2014, "12") not in got


def test_a_page_alone_continues_the_work_cited_before_it_or_the_one_its_words_name():
    got = _cits(NARRATIVE)
    assert got[:5] == [
        ("الزبيدي", 2014, "56"),
        ("الزبيدي", 2014, "60"),
        ("الجنابي", 2019, "88"),
        ("الجنابي", 2019, "95"),  # the latest work cited, not the first sentence's
        ("الزبيدي", 2014, "70"),  # "ويستند الزبيدي (ص ٧٠)": the name before it, not الجنابي
    ]


def test_a_page_alone_with_no_citation_before_it_in_its_paragraph_is_nothing():
    text = "شارك في المسح (٤٥٠) شاباً من المدينة القديمة (ص ١٢).\n"
    assert _cits(text) == []


def test_a_body_after_the_preposition_li_and_another_report_of_it():
    got = _cits(NARRATIVE)
    assert ("المنظمة الدولية للهجرة", 2020, "9") in got
    assert ("المنظمة الدولية للهجرة", 2021, "22") in got  # "تقرير آخر": the same body's
    assert all(a != "آخر" for a, _, _ in got)


def test_another_report_with_no_citation_before_it_is_nothing():
    assert _cits("وفي تقرير آخر (٢٠٢١، ص ٢٢) تعود المنظمة إلى المسألة.\n") == []


def test_a_latin_name_after_a_quoted_title_is_the_author():
    got = _cits(NARRATIVE)
    assert ("Kaldor", 2012, "72") in got
    assert all(a != "الحروب الجديدة" for a, _, _ in got)


def test_an_unlisted_person_named_with_a_role_and_given_name_is_cited_by_family_name():
    cits = find_citations(NARRATIVE)
    assert ("السعدي", 2021, None) in [(c["author"], c["year"], c["page"]) for c in cits]
    result = audit(cits, find_references(NARRATIVE)[1])
    assert result["uncited_references"] == []


CRITICISM = """يرى محسن الموسوي أن الرواية العربية نشأت في ظل توتر بين الكاتب والرقيب (٤٥)، \
وأن هذا التوتر ترك أثره في بنيتها (الموسوي ٥٢). وتذهب عواطف عبد الرحمن إلى أن الرقابة صارت \
جزءاً من وعي الكاتب (عبد الرحمن، ص ١١١). ويرى علي الوردي أن المثقف تأرجح بين السلطان ونقده \
(الوردي، وعاظ السلاطين ٩٠)، وأن المجتمع عاش ازدواجية مماثلة (الوردي، لمحات اجتماعية ٢: ١٤٠).

يظهر العميد مديراً لدائرة تستعين بالمنجمين (سعداوي ٢١٣). ويصف الراوي مكتبه بأنه «غرفة بلا \
نوافذ» (٢١٥). ويرى ناقد عراقي أنها امتداد لصورة الجندي (فيصل ٢٣؛ انظر أيضاً: الربيعي ٦٦). \
وشارك في الاستبيان (٤٥٠) قارئاً.

المصادر والمراجع

سعداوي، أحمد. فرانكشتاين في بغداد. بيروت: منشورات الجمل، ٢٠١٣.

عبد الرحمن، عواطف. الرقيب والرواية. القاهرة: دار العين، ٢٠١٥.

فيصل، سمر روحي. «صورة الجندي في الرواية العراقية». مجلة الأقلام، العدد ٤، ٢٠١٠، ص ١٥-٣٤.

الموسوي، محسن جاسم. الرواية العربية: النشأة والتحول. بيروت: دار الآداب، ٢٠٠٨.

الوردي، علي. لمحات اجتماعية من تاريخ العراق الحديث. ج٢. بغداد: مطبعة الإرشاد، ١٩٧١.

الوردي، علي. وعاظ السلاطين. بغداد: مطبعة الرابطة، ١٩٥٤.
"""


def test_arabic_author_page_citations_take_the_year_of_their_entry():
    got = _cits(CRITICISM)
    assert ("عبد الرحمن", 2015, "111") in got  # the comma and ص form
    assert ("الوردي", 1971, "140") in got  # a short title, then volume and page
    assert ("الوردي", 1954, "90") in got


def test_a_page_after_a_quotation_and_an_unlisted_name_beside_a_listed_one():
    got = _cits(CRITICISM)
    assert ("سعداوي", 2013, "215") in got  # the quotation's page, of the novel cited before
    assert ("الربيعي", None, "66") in got  # beside فيصل in one bracket: a work the list lacks
    assert len(got) == 9  # "(٤٥٠) قارئاً" is a count
    result = audit(find_citations(CRITICISM), find_references(CRITICISM)[1])
    assert result["uncited_references"] == []


def test_a_narrative_original_with_its_year_then_the_work_read_in_the_bracket():
    # the work read is the citation, as "(Buzan, 1983, cited in Hough, 2008: 14)" gives Hough;
    # the 2016 of the original was read as the citation's year and Edwards lost
    text = (
        "ويرى غرامشي (1971، نقلاً عن Edwards, 2004: 12) أن الهيمنة ثقافية، ويرى بوزان "
        "(1983، ورد في: الخفاجي، 2017: 21) أن الأمن مجتمعي أيضاً.\n\n"
        "المراجع\n\n"
        "الخفاجي، علي (2017). الأمن المجتمعي. بغداد: دار الحكمة.\n\n"
        "Edwards, M. (2004). Civil society. Cambridge: Polity.\n"
    )
    cits = find_citations(text)
    assert [(c["author"], c["year"], c["page"], c["via_original"]) for c in cits] == [
        ("Edwards", 2004, "12", "غرامشي"),
        ("الخفاجي", 2017, "21", "بوزان"),
    ]
    result = audit(cits, find_references(text)[1])
    assert (result["missing_references"], result["uncited_references"]) == ([], [])


def test_a_long_body_name_with_no_comma_before_its_year_is_cited():
    # six words, led by an organisation word: longer than a person's name may run
    text = (
        "وتخبر گزارش‌ها از حضور امدادگران در ایام اربعین (جمعیت هلال احمر جمهوری اسلامی ایران "
        "۱۳۹۹: ۹) و (احمدی ۱۳۹۸: ۵۵).\n\nمنابع\n\n"
        "احمدی، علی (۱۳۹۸). زیارت و امنیت. تهران: نشر نی.\n\n"
        "جمعیت هلال احمر جمهوری اسلامی ایران (۱۳۹۹). گزارش عملیات اربعین. تهران: جمعیت هلال احمر.\n"
    )
    got = [(c["author"], c["year"], c["page"]) for c in find_citations(text)]
    assert ("جمعیت هلال احمر جمهوری اسلامی ایران", 1399, "9") in got


def test_notes_whose_label_a_pdf_moved_into_a_latin_note_keep_their_citations():
    # Chromium's print of a right-to-left page with notes run into one paragraph: the label
    # "(11)" came out inside note 9's Latin title, so note 10 ran on into note 11 and, with
    # no (11) after it, into every note after
    text = (
        "يفحص القاضي الوقائع(9)، ولا يكتفي بتكييف الإدارة(10)، فالقرار يستند إلى سبب صحيح(11)، "
        "ويسبب(12).\n\nالهوامش\n\n"
        "(9) Jean Rivero et Jean Waline, Droit (11) administratif, 21e éd., Dalloz, Paris, "
        "2006, p. 412. (10) Ibid., p. 415. د. ماهر صالح علاوي الجبوري، مبادئ القانون الإداري، "
        "دار ابن الأثير، الموصل، 2009، ص 64. (12) الجبوري، المرجع السابق، ص 71.\n"
    )
    got = _cits(text)
    assert got == [
        ("Jean Rivero", 2006, "412"),
        ("Jean Rivero", 2006, "415"),
        ("د. ماهر صالح علاوي الجبوري", 2009, "64"),
        ("د. ماهر صالح علاوي الجبوري", 2009, "71"),
    ]


def test_page_foot_notes_whose_labels_a_pdf_moved_stay_one_run_of_notes():
    # heldout10's thesis as Chromium's PDF gives it: a page's notes run into one paragraph
    # after the rule; "(30)" came out after "no." inside note 29 and "(37)" inside note 36's
    # imprint, so notes 31 and 38 follow a gap, and note 37 sits at the end of note 36
    text = (
        "تبقى العشيرة المرجع الأول(27)، كما يرى الباحثون(28)، وتؤكده دراسة ميدانية(29). "
        "وبدأ برنامج الشرطة المجتمعية(30)، وأصدرت الوزارة دليلاً(31).\n\n"
        "ويرى باحث أجنبي أن الأمن مساومة يومية(36)، ويقترح المترجم مصطلحاً آخر(37)، "
        "ونخلص إلى ثلاثة شروط(38).\n\n"
        "ــ (27) إليزابيث هارتمان، المجتمع المدني وإصلاح القطاع الأمني، بغداد، 2015، ص 88. "
        '(28) المرجع السابق، ص 90. (29) Owen Rennick, "NGOs and Tribal Mediation," Middle '
        "East Civil Society Review, vol. 6, no. (30) 2 (2021), p. 241. الشرطة المجتمعية "
        "مبادرة أطلقتها الوزارة. (31) وزارة الداخلية العراقية، دليل عمل الشرطة المجتمعية، "
        "بغداد، 2019، ص 9.\n\n"
        "ــ (36) Dana Hollister, Community Security and the State in Iraq (Bristol: Bristol "
        "University (37) Press, 2020), p. 58. هارتمان، مرجع سبق ذكره، ص 12. (38) للتوسع "
        "ينظر: Hollister, op. cit., pp. 140-146.\n"
    )
    got = _cits(text)
    assert ("وزارة الداخلية العراقية", 2019, "9") in got
    assert got[-3:] == [
        ("Dana Hollister", 2020, "58"),
        ("إليزابيث هارتمان", 2015, "12"),
        ("Dana Hollister", 2020, "140-146"),
    ]
