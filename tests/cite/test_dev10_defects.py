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
