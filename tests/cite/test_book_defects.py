"""Defects seen on real books and on the house-style benchmark (issue 13): note markers glued
to the word, a four-digit page read as a second year, reference lists under headings the
sample never uses, entries that a reader or a digit system ran together, Persian forms."""

from __future__ import annotations

import pytest

from araseclit.cite import find_citations, find_references, match
from araseclit.cite.fields import parse_fields

_BODY = (
    "تناولت الدراسات الحديثة دور المنظمات غير الحكومية في إعادة بناء الثقة بين المجتمع "
    "والدولة{m1} بعد عام 2003، إذ رأى باحثون أن هذه المنظمات سدت فراغا خلفه انهيار المؤسسات "
    "الرسمية في المحافظات الشمالية.\n\n"
    "وقد أشار تقرير أممي إلى أن التمويل الخارجي جعل أولويات هذه المنظمات تابعة لأولويات "
    "المانحين أكثر من حاجات السكان المحليين{m2}، وهو ما انعكس على استدامة برامجها.\n\n"
)
# footnotes at the foot of the page, no heading: read only when their numbers are markers
_FOOT = (
    "1. علي عبد الأمير، المجتمع المدني في العراق بعد الاحتلال (بغداد: دار الشؤون الثقافية، "
    "2010)، ص 45.\n"
    "2. فالح عبد الجبار، الدولة والمجتمع المدني في العراق (بيروت: دار الساقي، 1427هـ/2006م)، "
    "ج2، ص 112.\n"
)


@pytest.mark.parametrize(
    ("m1", "m2"),
    [("1", "2"), ("(1)", "(2)"), ("¹", "²")],
    ids=["digit-glued", "bracket-glued", "superscript"],
)
def test_glued_note_markers_link_page_footnotes(m1: str, m2: str) -> None:
    text = _BODY.format(m1=m1, m2=m2) + _FOOT
    got = [(c["kind"], c["number"], c["author"], c["page"]) for c in find_citations(text)]
    assert got == [
        ("note", 1, "علي عبد الأمير", "45"),
        ("note", 2, "فالح عبد الجبار", "112"),  # the page after the volume "ج2"
    ]
    spans = [text[c["start"] : c["end"]] for c in find_citations(text)]
    assert spans == [m1, m2]  # the marker after the claim, not the note


def test_a_note_keeps_a_dual_date_as_written() -> None:
    rec = find_citations(_BODY.format(m1="1", m2="2") + _FOOT)[1]
    assert (rec["year"], rec["year_text"], rec["calendar"]) == (1427, "1427هـ/2006م", "lunar_hijri")


def test_glued_digit_is_no_marker_when_it_is_a_locator() -> None:
    text = (
        "وقد ذكر الباحث أن الإصلاح تأخر كثيرا في المحافظات ج2 وأن التمويل بقي محدودا ص1.\n\n"
        "1. رأي شخصي للمؤلف.\n2. ملاحظة ثانية.\n"
    )
    assert find_citations(text) == []


@pytest.mark.parametrize(
    ("bracket", "works"),
    [
        ("(جولد ٢٠٠٢، ١٢١٦)", [("جولد", "2002", "1216")]),  # a page of four digits
        ("(Gould 2002, 1216)", [("Gould", "2002", "1216")]),
        ("(جولد ١٩٧٧، ١٩٩٩)", [("جولد", "1977", None), ("جولد", "1999", None)]),  # two works
        ("(Gould 2010, 2008)", [("Gould", "2010", None), ("Gould", "2008", None)]),
    ],
)
def test_four_digit_page_after_a_year_is_no_second_year(bracket: str, works: list) -> None:
    text = (
        f"ونقل التقرير تاريخ ذوبان الأنهار الجليدية عن مصدر ثانوي {bracket}. "
        "وقد سبق أن نشر (جولد، ٢٠٠٢) و(Gould, 2002) و(جولد، ١٩٧٧) و(جولد، ١٩٩٩) "
        "و(Gould, 2010) و(Gould, 2008) دراسات عن المنطقة."
    )
    recs = [c for c in find_citations(text) if c["start"] < text.index(bracket) + len(bracket)]
    assert [(c["author"], c["year_text"], c["page"]) for c in recs] == works


_PARA = (
    "تواجه المنظمات غير الحكومية في العراق تحديات أمنية متزايدة منذ عام 2003، ويرى الباحثون "
    "أن ضعف التمويل وتعدد الجهات المانحة أضعفا استقلالها (الربيعي، 2018: 44)، كما أن القيود "
    "الإدارية حدت من قدرتها على العمل في المناطق المحررة (Dodge, 2012: 67).\n\n"
)
_ENTRIES = (
    "الربيعي، سعد (2018). المجتمع المدني والأمن في العراق. بغداد: دار الشؤون الثقافية.\n\n"
    "الجبوري، أحمد (2020). المنظمات الإنسانية في مناطق النزاع. بيروت: دار الساقي.\n\n"
    "Dodge, T. (2012). Iraq: From war to a new authoritarianism. London: Routledge.\n\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "منابع",  # Persian
        "منابع و مآخذ",
        "فهرست منابع",
        "المراجع المعتمدة في البحث",
        "ببليوغرافيا",
        "مكتبة البحث",  # no pattern names it: the run of entries under it does
    ],
)
def test_reference_list_under_an_unusual_heading(heading: str) -> None:
    text = _PARA + heading + "\n\n" + _ENTRIES
    span, refs = find_references(text)
    assert span is not None and text[span[0] :].startswith(heading)
    assert [r["year_text"] for r in refs] == ["2018", "2020", "2012"]


def test_notes_under_their_heading_are_no_reference_list() -> None:
    text = _BODY.format(m1="(1)", m2="(2)") + "الهوامش\n\n" + _FOOT.replace("1.", "(1)", 1)
    assert find_references(text) == (None, [])


def test_a_short_line_before_a_paragraph_of_prose_is_no_heading() -> None:
    text = (
        _PARA
        + "خاتمة\n\n"
        + "خلصت الدراسة إلى أن الأمن شرط لعمل المنظمات، وأن (الربيعي، 2018) محق.\n"
    )
    assert find_references(text) == (None, [])


def test_chicago_entries_with_arabic_indic_years_are_separate_entries() -> None:
    text = _PARA + (
        "المصادر\n\n"
        "Hulme, Mike. 2009. Why We Disagree about Climate Change. Cambridge: Cambridge "
        "University Press.\n\n"
        'جولد، سامي. ٢٠٠٢. "الأنهار الجليدية في الهيمالايا". مجلة العلوم البيئية ١٤، العدد ٣: '
        "١٢٠٠–١٢٢٠.\n\n"
        "هولم، مايك. ٢٠١٠. لماذا نختلف حول تغير المناخ. القاهرة: المركز القومي للترجمة.\n"
    )
    _, refs = find_references(text)
    assert [(r["authors"], r["year"]) for r in refs] == [
        ("Hulme, Mike", 2009),
        ("جولد، سامي", 2002),
        ("هولم، مايك", 2010),
    ]


def test_an_entry_after_a_doi_that_a_reader_joined_to_it_is_split() -> None:
    text = _PARA + (
        "المراجع\n\n"
        "Ikenberry, G. J. (1986). The irony of state strength. International Organization, "
        "40(1), 105–137. https://doi.org/10.1017/S0020818300004495 Licklider, R. (1988a). "
        "The power of oil. International Studies Quarterly, 32(2), 205–226.\n\n"
        "Venn, F. (2002). The oil crisis. London: Longman.\n"
    )
    _, refs = find_references(text)
    assert [r["year_text"] for r in refs] == ["1986", "1988a", "2002"]


def test_an_entry_keeps_its_dual_date() -> None:
    text = _PARA + (
        "المصادر والمراجع\n\n"
        "ابن الأثير، عز الدين. الكامل في التاريخ. بيروت: دار صادر، 1409هـ/1989م.\n\n"
        "الربيعي، سعد (2018). المجتمع المدني والأمن في العراق. بغداد: دار الشؤون الثقافية.\n"
    )
    _, refs = find_references(text)
    assert (refs[0]["year"], refs[0]["year_text"], refs[0]["gregorian_year"]) == (
        1409,
        "1409هـ/1989م",
        1989,
    )


def test_persian_secondary_citation_and_year_suffix() -> None:
    text = (
        "شورای امنیت تحریم‌های کره شمالی را افزایش داده است (Waltz, 1979، به نقل از "
        "مشیرزاده، ۱۳۸۶: ۱۱۲). واشنگتن همچنین مقاومت کرده است (کرمی، ۱۳۹۹الف: ۲۳)."
    )
    got = [
        (c["author"], c["via_original"], c["year_text"], c["page"]) for c in find_citations(text)
    ]
    assert got == [("مشیرزاده", "Waltz", "1386", "112"), ("کرمی", None, "1399الف", "23")]
    entry = "کرمی، جهانگیر (۱۳۹۹الف). سیاست خارجی روسیه در شرق آسیا. تهران: دانشگاه تهران."
    assert parse_fields(entry)["year_text"] == "1399الف"


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        (
            "Bolin, Bert. 2007. A History of the Science and Politics of Climate Change. "
            "Cambridge: Cambridge University Press.",
            ("Bolin", "2007", "A History of the Science and Politics of Climate Change", None),
        ),
        (
            'جولد، سامي. ٢٠٠٢. "الأنهار الجليدية في الهيمالايا". مجلة العلوم البيئية ١٤، العدد ٣: '
            "١٢٠٠–١٢٢٠.",
            ("جولد", "2002", "الأنهار الجليدية في الهيمالايا", "مجلة العلوم البيئية"),
        ),
        (
            "Bagguley, P. and Lash, S. 1988: Labour relations in disorganized capitalism. "
            "Environment and Planning D, 6, 321–338.",
            (
                "Bagguley",
                "1988",
                "Labour relations in disorganized capitalism",
                "Environment and Planning D",
            ),
        ),
        (
            "3. Cheeseman N. The Kenyan elections of 2007: an introduction. J East Afr Stud. "
            "2008;2(2):166-84.",
            (
                "Cheeseman",
                "2008",
                "The Kenyan elections of 2007: an introduction",
                "J East Afr Stud",
            ),
        ),
        (
            "Cairney, P., & McGarvey, N. (2013). Scottish politics (2nd ed.). Basingstoke: "
            "Palgrave Macmillan.",
            ("Cairney", "2013", "Scottish politics", None),
        ),
    ],
    ids=["chicago-author-date", "chicago-arabic-journal", "harvard", "vancouver", "edition"],
)
def test_entry_fields_in_other_styles(raw: str, want: tuple) -> None:
    f = parse_fields(raw)
    assert (f["authors"][0]["family"], f["year_text"], f["title"], f["container"]) == want


def test_vancouver_names_and_journal_parts() -> None:
    f = parse_fields(
        "2. Kanyinga K, Long JD. The political economy of reforms in Kenya. Afr Stud Rev. "
        "2012;55(1):31-51."
    )
    assert [p["family"] for p in f["authors"]] == ["Kanyinga", "Long"]
    assert (f["container"], f["volume"], f["issue"], f["pages"]) == (
        "Afr Stud Rev",
        "55",
        "1",
        "31-51",
    )


_CHICAGO_AD = (
    "ترأس الفريق بيرت بولين منذ عام 1988 (Bolin 2007, 45–47)، ويساعد الرئيس مكتب منتخب (Watson "
    "1997, 3). وقد ارتفعت الحرارة بنحو 0.3 درجة لكل عقد (IPCC 1990, 4)، وهو ما أكدته "
    "مراجعات لاحقة (Hulme 2009, 87). وعقدت قمة كيوتو بعد ذلك (Kyoto 1997).\n\n"
    "المصادر\n\n"
    "Bolin, Bert. 2007. A History of the Science and Politics of Climate Change. Cambridge: "
    "Cambridge University Press.\n\n"
    "Hulme, Mike. 2009. Why We Disagree about Climate Change. Cambridge: Cambridge University "
    "Press.\n\n"
    "IPCC. 1990. Policymakers Summary of the Scientific Assessment. Geneva: WMO.\n"
)


def test_chicago_no_comma_citation_of_an_unlisted_work_in_a_chicago_document() -> None:
    got = [(c["author"], c["year_text"], c["page"]) for c in find_citations(_CHICAGO_AD)]
    assert ("Watson", "1997", "3") in got  # the document's style, though its entry is missing
    assert all(a != "Kyoto" for a, _, _ in got)  # no page: a place and a year stay prose


def test_a_short_note_takes_the_work_its_title_names() -> None:
    text = (
        "The war began in the Ohio Country in 1754.¹ The British took Montreal in 1760.² "
        "Trent's company withdrew in April.³\n\n"
        "Notes\n\n"
        "1. Fred Anderson, Crucible of War (New York: Knopf, 2000), 45.\n\n"
        "2. Fred Anderson, The War That Made America (New York: Viking, 2005), 39.\n\n"
        "3. Anderson, War That Made America, 41.\n"
    )
    got = [(c["number"], c["author"], c["year"], c["page"]) for c in find_citations(text)]
    assert got[2] == (3, "Fred Anderson", 2005, "41")  # not Crucible of War (2000)


def test_chicago_author_date_list_with_a_hijri_entry_and_a_doi() -> None:
    text = _PARA + (
        "المراجع\n\n"
        "ابن الخطيب، لسان الدين. 776هـ. مقنعة السائل عن المرض الهائل. تونس: المجمع التونسي.\n\n"
        'Haensch, Stephanie, et al. 2010. "Distinct Clones of Yersinia pestis Caused the Black '
        'Death." PLoS Pathogens 6, no. 10: e1001134. https://doi.org/10.1371/journal.ppat.1001134 '
        "Horrox, Rosemary, ed. 1994. The Black Death. Manchester: Manchester University Press.\n\n"
        "Twigg, Graham. 1984. The Black Death: A Biological Reappraisal. London: Batsford.\n"
    )
    _, refs = find_references(text)
    assert [r["year_text"] for r in refs] == ["776هـ", "2010", "1994", "1984"]


def test_a_given_and_family_name_meets_its_entry_in_the_other_script() -> None:
    text = _PARA.replace("(الربيعي، 2018: 44)", "") + (
        "واقترح غراهام تويج (1984) أن السبب شكل من أشكال الجمرة الخبيثة.\n\n"
        "المراجع\n\n"
        "Twigg, Graham. 1984. The Black Death: A Biological Reappraisal. London: Batsford.\n\n"
        "Dodge, T. (2012). Iraq: From war to a new authoritarianism. London: Routledge.\n"
    )
    _, refs = find_references(text)
    cits = find_citations(text, references=refs)
    match(cits, refs)
    twigg = next(c for c in cits if c["year"] == 1984)
    assert twigg["ref_id"] == refs[0]["ref_id"]


def test_persian_ibid_with_a_locator_takes_the_work_before_it() -> None:
    text = (
        "واشنگتن همچنین در برابر درخواست‌ها مقاومت کرده است (کرمی، ۱۳۹۹: ۲۳). این رویکرد در "
        "سال بعد نیز ادامه یافت (همان: ۲۵). در همان سال تحریم‌ها افزایش یافت (همان) و همان روز."
    )
    got = [(c["author"], c["year_text"], c["page"]) for c in find_citations(text)]
    assert got == [("کرمی", "1399", "23"), ("کرمی", "1399", "25")]  # "(همان)" alone is prose


@pytest.mark.parametrize(
    ("bracket", "author"),
    [
        ("(انظر الوصف المعياري الجيد له عند ليتش وشورت، ١٩٨١م)", "ليتش وشورت"),
        ("(انظر الحديث عن الجمل المنفية في ليتش، ١٩٨٣م)", "ليتش"),
        ("(للاطلاع على بناء المواد الخبرية انظر فان دييك، ١٩٨٨م)", "فان دييك"),
        # no pointer to a name: the bracket's words stay as written; a place is no name
        ("(المنظمات غير الحكومية في العراق، 2019)", "المنظمات غير الحكومية في العراق"),
        ("(انظر التقرير السنوي عن الأوضاع في العراق، 2019)", "التقرير السنوي عن الأوضاع في العراق"),
    ],
)
def test_a_bracket_of_prose_cites_the_name_it_points_to(bracket: str, author: str) -> None:
    text = f"وقد تناولت دراسات عديدة بنية الخطاب السياسي في الصحافة {bracket} بالتفصيل."
    (rec,) = find_citations(text)
    assert rec["author"] == author


_BOOK_STYLE = (
    "رأى كوستلر أن الثورة العلمية بدأت بالفلك (كوستلر ١٩٥٩، ٢١٥)، وأكد ذلك مؤرخ آخر "
    "(كويريه ١٩٥٧، ٤٦). أما فرويد فكان يرى أن لا شيء في النفس اعتباطي (فرويد ١٩١٠، ٢٢؛ ولكن "
    "قارن ذلك مع كون ١٩٥٧، ١٢١). وتستهدف (رؤية 2030) تنويع الاقتصاد.\n"
)


def test_a_books_no_comma_style_counts_for_common_names_with_a_page() -> None:
    got = [(c["author"], c["year_text"], c["page"]) for c in find_citations(_BOOK_STYLE)]
    assert got == [
        ("كوستلر", "1959", "215"),
        ("كويريه", "1957", "46"),
        ("فرويد", "1910", "22"),  # "فرويد" is a common word: the book's style is the evidence
        ("كون", "1957", "121"),  # "قارن ذلك مع" is a lead-in, not part of the name
    ]


def test_without_that_style_a_common_name_and_year_stay_prose() -> None:
    text = "أما فرويد فكان يرى أن لا شيء في النفس اعتباطي (فرويد ١٩١٠، ٢٢). وتستهدف (رؤية 2030) التنويع."
    assert find_citations(text) == []


_HARVARD_NO_COMMA = (
    "انتشر الطاعون في موانئ البحر الأسود (Horrox 1994, 158)، ثم بلغ أوروبا الغربية (Haensch "
    "et al. 2010, 1304). وما زالت الحالات تظهر في آسيا الوسطى (Scott and Duncan 2001, 356)، "
    "وقد سجلت الهيئات الصحية حالات معزولة (Public Health England 2014)، كما تابعتها "
    "(منظمة الصحة العالمية 2017) في تقاريرها. ولم يتكرر ذلك منذ (Vision 2030) ولا بعد "
    "(Mosul 2014).\n\n"
    "المراجع\n\n"
    "Haensch, S. et al. 2010. Distinct clones of Yersinia pestis caused the Black Death. PLoS "
    "Pathogens 6, no. 10: e1001134.\n\n"
    "Horrox, Rosemary. 1994. The Black Death. Manchester: Manchester University Press.\n\n"
    "Scott, Susan, and Christopher Duncan. 2001. Biology of Plagues. Cambridge: Cambridge "
    "University Press.\n"
)


def test_an_organisation_cited_with_no_comma_in_a_no_comma_document() -> None:
    # the document writes "(Name year, page)" with no comma: an organisation's "(Name year)"
    # is a citation of it though it has no page and no entry; a place or a plan stays prose
    _, entries = find_references(_HARVARD_NO_COMMA)
    got = {
        (c["author"], c["year_text"]) for c in find_citations(_HARVARD_NO_COMMA, references=entries)
    }
    assert ("Public Health England", "2014") in got
    assert ("منظمة الصحة العالمية", "2017") in got
    assert not {a for a, _ in got} & {"Vision", "Mosul"}


def test_an_organisation_with_no_comma_needs_the_documents_style() -> None:
    # one bracket of a body and a year, in a document that writes its citations with a comma
    text = (
        "وقد سجلت الهيئات الصحية حالات معزولة (Public Health England 2014) في لندن، كما يرى "
        "الباحثون (العاني، 2019: 12).\n"
    )
    assert [c["author"] for c in find_citations(text)] == ["العاني"]


def test_a_subheading_whose_tanween_a_reader_moved_after_its_colon_is_a_subheading() -> None:
    # a PDF reader gives "ثانياً:" as "ثانيا:ً" (the mark after the colon)
    text = (
        "وقد أكدت المحكمة أسبقية القانون الأوروبي (عبد الحميد، 2018: 44؛ Craig, 2011, 12).\n\n"
        "المراجع\n\n"
        "أولا:ً المراجع العربية\n\n"
        "عبد الحميد، سارة (2018). المحاكم الدستورية ومبدأ أسبقية القانون الأوروبي. بيروت: "
        "منشورات الحلبي الحقوقية.\n\n"
        "ثانيا:ً المراجع الأجنبية\n\n"
        "Craig, P. (2011). EU law: Text, cases, and materials. Oxford: Oxford University Press.\n"
    )
    _, entries = find_references(text)
    assert [(e["place"], e["publisher"]) for e in entries] == [
        ("بيروت", "منشورات الحلبي الحقوقية"),
        ("Oxford", "Oxford University Press"),
    ]


def test_a_books_no_comma_style_makes_no_author_of_a_common_noun_or_place() -> None:
    # the style counts for names, not for "the study" or "Mosul" before a year and a number
    text = _BOOK_STYLE + (
        "وقد أكدت ذلك (الدراسة ٢٠١٨، ١٢) التي أجريت بعد سقوط (الموصل ٢٠١٤، ٣) بقليل، كما يرى "
        "مؤرخ مصري (المصري ٢٠١٠، ٤٥).\n"
    )
    got = {(c["author"], c["year_text"]) for c in find_citations(text)}
    assert ("المصري", "2010") in got  # a nisba: a family name with the article
    assert not {a for a, _ in got} & {"الدراسة", "الموصل"}
