"""In-text defects the tenth session's development documents (dev10_c*) showed on their first
look (issue 13): a book review's page-only brackets, a given name or a lead-in before a listed
name, a secondary marker with a colon, remarks and law dates in brackets, MLA short titles in
quotes and a short title that continues the paragraph's author."""

from araseclit.cite import audit, find_citations, find_references, match
from araseclit.cite.citations import document_evidence

REVIEW = (
    "مراجعة كتاب: الحدود الرخوة\n\n"
    "عنوان الكتاب: الحدود الرخوة: التهريب والأمن المحلي في غرب العراق\n"
    "المؤلف: سامر عبد الله الدليمي\n"
    "الناشر: دار الرافدين، بيروت، ٢٠٢٢\n\n"
    "يرصد هذا الكتاب تحوّل طرق التهريب في الأنبار إلى شبكات أمن موازية تديرها العشائر، ويرى "
    "المؤلف أن الدولة تفاوض هذه الشبكات ولا تواجهها (ص ٢٣). ويعتمد على مقابلات أجراها مع "
    "ضباط حدود متقاعدين (ص ص ٦١-٦٨)، ويقارن نتائجه بما وجده في دراسته الأولى عن القائم "
    "(الدليمي، ٢٠١٥، ص ٤٠). ويرى الدليمي (ص ١١٢) أن المنظمات المحلية صارت وسيطاً بين "
    "الطرفين، كما يبين الجدول الذي يلخص المقابلات (ص ١٣٠، الجدول ٣-١). وقد شمل المسح "
    "(٤٥٠) أسرة في ثلاث مدن.\n\n"
    "المراجع\n\n"
    "الدليمي، سامر عبد الله (٢٠١٥). القائم: مدينة على الحدود. بغداد: بيت الحكمة.\n\n"
    "الدليمي، سامر عبد الله (٢٠٢٢). الحدود الرخوة: التهريب والأمن المحلي في غرب العراق. "
    "بيروت: دار الرافدين.\n\n"
    "الكبيسي، عمر (٢٠١٩). اقتصاد الحرب في الأنبار. عمّان: دار الشروق.\n"
)


def _cits(text: str) -> list[tuple[str | None, int | None, str | None]]:
    refs = find_references(text)[1]
    return [(r["author"], r["year"], r["page"]) for r in find_citations(text, references=refs)]


def test_a_review_cites_its_book_with_the_page_alone():
    got = _cits(REVIEW)
    assert ("الدليمي", 2022, "23") in got
    assert ("الدليمي", 2022, "61-68") in got
    assert ("الدليمي", 2022, "112") in got  # the author named, his book picked by the review
    assert ("الدليمي", 2022, "130") in got
    assert ("الدليمي", 2015, "40") in got  # his earlier book, cited with its year
    assert len(got) == 5  # "(٤٥٠) أسرة" is a count


def test_a_later_part_of_a_review_knows_the_book_from_the_whole_document():
    text = REVIEW
    _, refs = find_references(text)
    cut = text.index("ويرى الدليمي")
    part = text[cut:]
    evidence = document_evidence(text, refs, None)
    alone = [r["year"] for r in find_citations(part, references=refs) if r["year"] == 2022]
    whole = [r for r in find_citations(part, references=refs, evidence=evidence)]
    assert alone == []  # the part does not open with the book
    assert [(r["year"], r["page"]) for r in whole] == [(2022, "112"), (2022, "130")]


def test_a_page_alone_in_a_paper_about_no_one_work_is_no_citation():
    text = REVIEW.replace("عنوان الكتاب: الحدود الرخوة: التهريب والأمن المحلي في غرب العراق\n", "")
    text = text.replace("مراجعة كتاب: الحدود الرخوة", "التهريب في غرب العراق")
    assert all(r[1] != 2022 for r in _cits(text))


def test_a_given_name_or_a_lead_in_before_a_listed_name_links_to_its_entry():
    text = (
        "ويلتقي هذا مع ما ذهب إليه فالح عبد الجبار (٢٠١٧) في قراءته للفصائل. كما يتضح عند "
        "كل من الحمداني (٢٠١٤) والعزاوي (٢٠١٥) أن الثقة تبنى محلياً، فالحمداني (٢٠١٤، ص ١٠٢) "
        "يقر بدور المنظمات.\n\n"
        "المراجع\n\n"
        "الحمداني، ليث (٢٠١٤). الرقابة المدنية على القطاع الأمني. بيروت: دار الساقي.\n\n"
        "العزاوي، مازن (٢٠١٥). بناء الثقة. بغداد: بيت الحكمة.\n\n"
        "عبد الجبار، فالح (٢٠١٧). دولة الخلافة: التقدم إلى الماضي. الدوحة: المركز العربي.\n"
    )
    _, refs = find_references(text)
    cits = find_citations(text, references=refs)
    match(cits, refs)
    assert [c["author"] for c in cits] == ["عبد الجبار", "الحمداني", "العزاوي", "الحمداني"]
    result = audit(cits, refs, "d")
    assert result["missing_references"] == [] and result["uncited_references"] == []


def test_a_secondary_marker_with_a_colon_reads_the_work_read():
    got = find_citations("قول الفقيه (الحلي، ورد في: العاني، ٢٠٢٠أ، ص ٤٢). ثم")
    assert [(r["author"], r["year_text"], r["page"], r["via_original"]) for r in got] == [
        ("العاني", "2020أ", "42", "الحلي")
    ]


def test_an_interview_a_focus_group_or_a_law_date_in_brackets_is_no_citation():
    text = (
        "Staff described the delays (interview, Erbil, March 2022) and women-led groups said "
        "permits took weeks (focus group, Sinjar, 2022). The committees vet staff (Hassan, "
        "2019, 45; for a review, see Dodge, 2012).\n\n"
        "References\n\n"
        "Dodge, Toby. 2012. Iraq: From War to a New Authoritarianism. London: Routledge.\n\n"
        "Hassan, Zainab. 2019. Checkpoints and Charity. London: Hurst.\n"
    )
    assert _cits(text) == [("Hassan", 2019, "45"), ("Dodge", 2012, None)]
    persian = "آیین‌نامه اجرایی سازمان‌های مردم‌نهاد (مصوب ۱۳۹۵) استعلام امنیتی را پیش‌بینی کرده است."
    assert find_citations(persian) == []


MLA = (
    "The legal frame is older than the war. Jaafar argues that registration handed the state "
    'an inventory of civic life ("Registration" 121). Her later fieldwork follows the same logic '
    "into the permit regime (Licensed 64-67). The answer is not yet clear (Jaafar, "
    '"Registration" 133). Aid workers agree (Salman et al. 29; Kadhim 150-52).\n\n'
    "Works Cited\n\n"
    "Jaafar, Huda. Licensed to Help: Humanitarian Work under Iraq's Security Regime. Hurst, 2022.\n\n"
    'Jaafar, Huda. "Registration as Surveillance: The NGO Directorate in Iraq." Journal of Middle '
    "East Civil Society, vol. 8, no. 2, 2020, pp. 117-40.\n\n"
    "Kadhim, Ali. Checkpoint Politics. Routledge, 2019.\n\n"
    "Salman, Omar, et al. Access Denied. Polity, 2021.\n"
)


def test_mla_short_titles_in_quotes_and_after_the_paragraphs_author():
    got = _cits(MLA)
    assert ("Jaafar", 2020, "121") in got
    assert ("Jaafar", 2022, "64") in got
    assert ("Jaafar", 2020, "133") in got


def test_a_listed_latin_name_of_several_capitalised_words_is_read_whole():
    text = (
        "Hybrid orders are no empty space. Mac Ginty (2011, p. 72) argues that intervention "
        "meets local forms of order. Médecins Sans Frontières (2018) reported closed clinics, "
        "and Toby Dodge (2012) reads the state's return as authoritarian.\n\n"
        "References\n\n"
        "Dodge, T. (2012) Iraq: From War to a New Authoritarianism. London: Routledge.\n\n"
        "Mac Ginty, R. (2011) International Peacebuilding and Local Resistance. Basingstoke: "
        "Palgrave Macmillan.\n\n"
        "Médecins Sans Frontières (2018) Access Denied: Medical Care in Retaken Areas of Iraq. "
        "Geneva: MSF.\n"
    )
    got = _cits(text)
    assert got == [("Mac Ginty", 2011, "72"), ("Médecins Sans Frontières", 2018, None),
                   ("Dodge", 2012, None)]  # fmt: skip


def test_a_latin_name_a_pdf_put_after_its_bracket_in_arabic_text():
    # Chromium's right-to-left line gives "وتلاحظ Lindgren (2019) أن" as "(2019) Lindgren"
    text = (
        "وتلاحظ (2019) Lindgren أن المانحين قرنوا التمويل بأهداف أمنية، وهو ما يراه "
        "(2020) Keen أيضاً.\n\n"
        "المراجع\n\n"
        'Lindgren, Eva (2019): "Donor Money and Humanitarian Aid in Iraq", Journal of Civil '
        "Society, vol. 11, no. 3, pp. 249-270.\n"
    )
    assert _cits(text) == [("Lindgren", 2019, None)]  # Keen 2020: listed nowhere


def test_a_latin_note_whose_label_a_persian_pdf_put_last():
    from araseclit.cite.notes import find_notes

    text = (
        "کریمی و اوکس از شبکه‌ای از گروه‌های داوطلب گزارش می‌دهند(۱). این همکاری‌ها بر اعتماد "
        "شخصی استوار است(۲).\n\n"
        "پی‌نوشت‌ها\n\n"
        '۱- Parisa Karimi and John Oakes, "Transboundary Dust Storms in Iran and Iraq," Journal '
        "of Borderland Ecology 12, no. 4 (2021): 305.\n\n"
        "Ibid., 310 -۲.\n"
    )
    notes = find_notes(text)
    assert [n.number for n in notes] == [1, 2]
    got = find_citations(text)
    assert [(r["year"], r["page"]) for r in got] == [(2021, "305"), (2021, "310")]
    assert all("Karimi" in r["author"] for r in got)


def test_a_later_part_of_an_mla_paper_reads_a_page_alone_on_the_whole_papers_style():
    text = (
        "Permits multiplied after 2017 (Salman et al. 29). Checkpoints became offices (Kadhim "
        "150). Registration was surveillance (Jaafar, Registration 121).\n\n"
        "Mary Kaldor describes such orders as new wars (12).\n\n"
        "Works Cited\n\n"
        'Jaafar, Huda. "Registration as Surveillance." Journal of Middle East Civil Society, '
        "vol. 8, no. 2, 2020, pp. 117-40.\n\n"
        "Kadhim, Ali. Checkpoint Politics. Routledge, 2019.\n\n"
        "Kaldor, Mary. New and Old Wars. Polity, 2012.\n\n"
        "Salman, Omar, et al. Access Denied. Polity, 2021.\n"
    )
    span, refs = find_references(text)
    whole = [(r["author"], r["page"]) for r in find_citations(text, references=refs)]
    assert ("Kaldor", "12") in whole
    part = text[text.index("Mary Kaldor") :]
    pages = [r["page"] for r in find_citations(part, references=refs)]
    assert "12" not in pages  # the part alone shows no author–page style
    evidence = document_evidence(text, refs, span)
    assert evidence.author_page_style
    got = find_citations(part, references=refs, evidence=evidence)
    assert [(r["author"], r["year"], r["page"]) for r in got] == [("Kaldor", 2012, "12")]


def test_a_later_part_of_a_no_comma_paper_keeps_its_style():
    text = (
        "تتفق الدراسات على ذلك (الجبوري ٢٠١٥، ٤٤؛ العزاوي ٢٠١٨، ١٢). ويؤكده آخرون (الحمداني "
        "٢٠١٤، ٩٠).\n\n"
        "ويخالفهم في ذلك باحث واحد (فرويد ١٩٢٠، ٢٢).\n\n"
        "المراجع\n\n"
        "الجبوري، أحمد. ٢٠١٥. الأمن المحلي. بغداد: بيت الحكمة.\n\n"
        "الحمداني، ليث. ٢٠١٤. الرقابة المدنية. بيروت: دار الساقي.\n\n"
        "العزاوي، مازن. ٢٠١٨. بناء الثقة. بغداد: بيت الحكمة.\n"
    )
    span, refs = find_references(text)
    assert ("فرويد", 1920) in [
        (r["author"], r["year"]) for r in find_citations(text, references=refs)
    ]
    part = text[text.index("ويخالفهم") :]
    assert find_citations(part, references=refs) == []  # one no-comma bracket is no style
    evidence = document_evidence(text, refs, span)
    assert evidence.no_comma_style
    got = find_citations(part, references=refs, evidence=evidence)
    assert [(r["author"], r["year"], r["page"]) for r in got] == [("فرويد", 1920, "22")]


def test_a_latin_name_opening_with_a_particle_is_still_an_author():
    got = find_citations("Relief agencies were few (al-Jubouri, 2016, 88; d'Aubigné, 1999).")
    assert [(r["author"], r["year"]) for r in got] == [("al-Jubouri", 2016), ("d'Aubigné", 1999)]


def test_a_later_part_reads_a_bare_year_in_the_calendar_the_whole_document_marks():
    text = (
        "عالج ابن خلدون قيام الدول وسقوطها بالعصبية (ابن خلدون، ١٤٠٦هـ، ص ٣٣).\n\n"
        "وروى المؤرخون أخبار الفتن في بغداد بتفصيل (الطبري، ١٣٨٧، ص ٤٥).\n"
    )
    part = text[text.index("وروى") :]
    alone = find_citations(part)
    assert [r["calendar"] for r in alone] == ["solar_hijri"]  # nothing in the part says lunar
    evidence = document_evidence(text, [], None)
    got = find_citations(part, evidence=evidence)
    assert [(r["year"], r["calendar"]) for r in got] == [(1387, "lunar_hijri")]
    assert got[0]["calendar"] == find_citations(text)[1]["calendar"]
