"""Reference entries as data (issue 13): authors split into family and given names in both
scripts, year, title, container, volume, issue, pages, publisher, place, DOI, URL, access
date and entry type, for the APA, Arabic author–date and Chicago entries of papers on Iraq."""

from __future__ import annotations

import pytest

from araseclit.cite.fields import parse_fields

CASES = [
    (
        "Dodge, T. (2013). State and society in Iraq ten years after regime change: The rise "
        "of a new authoritarianism. International Affairs, 89(2), 241–257. "
        "https://doi.org/10.1111/1468-2346.12016",
        {"authors": [("Dodge", "T.")], "year_text": "2013", "container": "International Affairs",
         "title": "State and society in Iraq ten years after regime change: The rise of a new "
         "authoritarianism", "volume": "89", "issue": "2", "pages": "241–257",
         "doi": "10.1111/1468-2346.12016", "type": "article"},
    ),
    (
        "Keck, M. E., & Sikkink, K. (1998). Activists beyond borders: Advocacy networks in "
        "international politics. Ithaca: Cornell University Press.",
        {"authors": [("Keck", "M. E."), ("Sikkink", "K.")], "year_text": "1998",
         "place": "Ithaca", "publisher": "Cornell University Press", "type": "book"},
    ),
    (
        "الجبوري، سعد عبد الله (2020). الأمن المجتمعي في العراق بعد 2003. بغداد: بيت الحكمة.",
        {"authors": [("الجبوري", "سعد عبد الله")], "year_text": "2020",
         "title": "الأمن المجتمعي في العراق بعد 2003", "place": "بغداد",
         "publisher": "بيت الحكمة", "type": "book"},
    ),
    (
        "الربيعي، فاضل ومحمود، هالة (٢٠١٨). المنظمات غير الحكومية وبناء السلام في العراق. "
        "مجلة العلوم السياسية، ٥٦، ١٢٣-١٥٠.",
        {"authors": [("الربيعي", "فاضل"), ("محمود", "هالة")], "year_text": "2018",
         "container": "مجلة العلوم السياسية", "volume": "56", "pages": "123-150",
         "type": "article"},
    ),
    (
        'Tripp, Charles. "The United States and State-Building in Iraq." Review of '
        "International Studies 30, no. 4 (2004): 545–558.",
        {"authors": [("Tripp", "Charles")], "year_text": "2004",
         "title": "The United States and State-Building in Iraq",
         "container": "Review of International Studies", "volume": "30", "issue": "4",
         "pages": "545–558", "type": "article"},
    ),
    (
        "Dodge, Toby. Inventing Iraq: The Failure of Nation Building and a History Denied. "
        "New York: Columbia University Press, 2003.",
        {"authors": [("Dodge", "Toby")], "year_text": "2003",
         "title": "Inventing Iraq: The Failure of Nation Building and a History Denied",
         "place": "New York", "publisher": "Columbia University Press", "type": "book"},
    ),
    (
        "بطاطو، حنا. العراق: الطبقات الاجتماعية والحركات الثورية. ترجمة عفيف الرزاز. "
        "بيروت: مؤسسة الأبحاث العربية، 1990.",
        {"authors": [("بطاطو", "حنا")], "year_text": "1990",
         "title": "العراق: الطبقات الاجتماعية والحركات الثورية", "place": "بيروت",
         "publisher": "مؤسسة الأبحاث العربية", "type": "book"},
    ),
    (
        "UNAMI (2020). Human rights in the administration of justice in Iraq. Baghdad: United "
        "Nations. https://www.ohchr.org/iraq-report.pdf (accessed 12 May 2021).",
        {"authors": [("UNAMI", None)], "year_text": "2020", "place": "Baghdad",
         "publisher": "United Nations", "url": "https://www.ohchr.org/iraq-report.pdf",
         "accessed": "12 May 2021"},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_reference_fields(raw: str, expected: dict) -> None:
    got = parse_fields(raw)
    for field, want in expected.items():
        if field == "authors":
            assert [(a["family"], a["given"]) for a in got["authors"]] == want
        else:
            assert got[field] == want, field


def test_an_edition_statement_is_no_publisher() -> None:
    got = parse_fields(
        "Tripp, Charles. A History of Iraq. 3rd ed. Cambridge: Cambridge University Press, 2007."
    )
    assert (got["place"], got["publisher"]) == ("Cambridge", "Cambridge University Press")
    got = parse_fields(
        "الجابري، محمد عابد. تكوين العقل العربي. ط 4، بيروت: مركز دراسات الوحدة العربية، 1989."
    )
    assert (got["place"], got["publisher"]) == ("بيروت", "مركز دراسات الوحدة العربية")


def test_a_question_ends_a_title_before_the_last_part_or_a_translator() -> None:
    got = parse_fields(
        "Ghosn, F. (2019). Can civil society make peace? Lessons from Iraq. Cambridge, MA: "
        "Harvard University Press."
    )
    assert got["title"] == "Can civil society make peace? Lessons from Iraq"  # a subtitle
    assert (got["place"], got["publisher"]) == ("Cambridge, MA", "Harvard University Press")
    got = parse_fields("Kaldor, M. (2013). Is civil society the answer? Open Society Foundations.")
    assert (got["title"], got["publisher"]) == (
        "Is civil society the answer?",
        "Open Society Foundations",
    )
    got = parse_fields(
        "العاني، سامر (2020). هل تصنع المنظمات السلام؟ ترجمة علي حسن. بغداد: دار الشؤون الثقافية."
    )
    assert got["title"] == "هل تصنع المنظمات السلام؟"
    assert got["publisher"] == "دار الشؤون الثقافية"


# A chapter in an edited book: the book is the container, its volume and the chapter's pages
# are read from the bracket after it (APA) or the pages after the editors (Chicago)
CHAPTERS = [
    (
        "Dodge, T. (2012). Iraq's road back to dictatorship. In S. Mansour & F. Haddad (Eds.), "
        "State and society in Iraq (Vol. 2, pp. 45–78). London: Hurst.",
        {"container": "State and society in Iraq", "volume": "2", "pages": "45–78",
         "place": "London", "publisher": "Hurst", "type": "chapter"},
    ),
    (
        "Haddad, F. (2016). Shia-centric state building. In T. Dodge (Ed.), Iraq after ISIS "
        "(pp. 11–30). Routledge.",
        {"container": "Iraq after ISIS", "volume": None, "pages": "11–30",
         "publisher": "Routledge", "type": "chapter"},
    ),
    (
        "الحسني، علي (٢٠١٩). المنظمات الإنسانية في نينوى. في: سامي الخفاجي (محرر)، المجتمع "
        "المدني في العراق (ص ٢٠٣-٢٣٠). بغداد: بيت الحكمة.",
        {"container": "المجتمع المدني في العراق", "pages": "203-230", "place": "بغداد",
         "publisher": "بيت الحكمة", "type": "chapter"},
    ),
    (
        'Tripp, Charles. "Militias and the State." In Iraq in Transition, edited by Toby Dodge '
        "and Fanar Haddad, 112–134. London: Hurst, 2015.",
        {"container": "Iraq in Transition", "pages": "112–134", "place": "London",
         "publisher": "Hurst", "type": "chapter"},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "expected"), CHAPTERS)
def test_a_chapter_names_its_book_volume_and_pages(raw: str, expected: dict) -> None:
    got = parse_fields(raw)
    for field, want in expected.items():
        assert got[field] == want, field


@pytest.mark.parametrize(
    ("raw", "family", "given"),
    [
        # a numbered (Vancouver) list writes the family name first, with no comma: a compound
        # name (عبد الله, أبو زيد, ابن خلدون, صلاح الدين) is one unit
        ("6. عبد الله محمد. عمالة الأطفال في العراق. بغداد: بيت الحكمة؛ 2011.", "عبد الله", "محمد"),
        ("3. الخفاجي سامي. المنظمات غير الحكومية في البصرة. البصرة: دار الفيحاء؛ 2015.",
         "الخفاجي", "سامي"),
        ("[4] أبو زيد نصر حامد. نقد الخطاب الديني. القاهرة: سينا للنشر؛ 1992.", "أبو زيد",
         "نصر حامد"),
    ],
)  # fmt: skip
def test_a_numbered_arabic_entry_puts_the_family_name_first(
    raw: str, family: str, given: str
) -> None:
    authors = parse_fields(raw)["authors"]
    assert (authors[0]["family"], authors[0]["given"]) == (family, given)


def test_an_arabic_author_date_entry_keeps_its_comma_split() -> None:
    # unnumbered, with the comma: as before
    got = parse_fields("عبد الله، محمد (2011). عمالة الأطفال في العراق. بغداد: بيت الحكمة.")
    assert (got["authors"][0]["family"], got["authors"][0]["given"]) == ("عبد الله", "محمد")


def test_a_numbered_entry_in_natural_order_takes_the_nisba_as_family_name() -> None:
    got = parse_fields(
        "2. سامي الخفاجي. المنظمات غير الحكومية في البصرة. البصرة: دار الفيحاء؛ 2015."
    )
    assert (got["authors"][0]["family"], got["authors"][0]["given"]) == ("الخفاجي", "سامي")


@pytest.mark.parametrize(
    ("raw", "family", "given"),
    [
        # numbered, but not Vancouver (no "; year"): the name is in natural order, not split
        # family name first ("عزمي" is no family name)
        ("1. عزمي بشارة. في المسألة العربية. بيروت: المركز العربي، 2018.", "عزمي بشارة", None),
        (
            "2. فالح عبد الجبار. الدولة والمجتمع المدني. بيروت: دار الساقي، 2006.",
            "فالح عبد الجبار",
            None,
        ),
        # Vancouver, but the last unit is a nasab: written last, so the family name
        ("4. عبد الرحمن بن خلدون. المقدمة. بيروت: دار الفكر؛ 2004.", "بن خلدون", "عبد الرحمن"),
        # Vancouver with a Persian name: Persian lists keep the natural order
        ("3. علی رضایی. امنیت ملی و جامعه مدنی. تهران: نشر نی؛ 1398.", "علی رضایی", None),
    ],
)
def test_only_a_vancouver_list_writes_an_arabic_family_name_first(
    raw: str, family: str, given: str | None
) -> None:
    assert [(a["family"], a["given"]) for a in parse_fields(raw)["authors"]] == [(family, given)]


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        (
            "[5] منظمة الصحة العالمية (2021). الوباء المعلوماتي في إقليم شرق المتوسط. القاهرة: "
            "المكتب الإقليمي.",
            "منظمة الصحة العالمية",
        ),
        (
            "8. مرصد الحريات الصحفية. الحريات الرقمية في العراق: التقرير السنوي. بغداد: المرصد؛ "
            "2020.",
            "مرصد الحريات الصحفية",
        ),
        (
            "Human Rights Watch. (2016). Iraq: Ban abusive militias from Mosul operation. HRW.",
            "Human Rights Watch",
        ),
    ],
)
def test_an_organisation_author_is_one_family_name(raw: str, name: str) -> None:
    """A guard for the family-name-first reading of numbered lists: a body's name (an
    organisation word leads it) is not split into family and given names."""
    assert [(a["family"], a["given"]) for a in parse_fields(raw)["authors"]] == [(name, None)]


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        # the last co-author takes the list's و onto the family name; a later one before its
        # article too; a given name opening with و keeps it
        ("الراوي، سهى، وجاسم، نبيل. (2015). الإغاثة. بغداد.",
         [("الراوي", "سهى"), ("جاسم", "نبيل")]),
        ("العبيدي، ليلى، والزبيدي، كرار، وناصر، هيفاء. (2022). النزوح. أربيل.",
         [("العبيدي", "ليلى"), ("الزبيدي", "كرار"), ("ناصر", "هيفاء")]),
        ("الراوي، وليد، وجاسم، نبيل. (2015). الإغاثة. بغداد.",
         [("الراوي", "وليد"), ("جاسم", "نبيل")]),
        # Persian: a comma and a و of its own before the last name
        ("صادقی، نرگس، رحیمی، امید، و مرادی، لیلا. (۱۴۰۱). امنیت اجتماعی. تهران: نشر نی.",
         [("صادقی", "نرگس"), ("رحیمی", "امید"), ("مرادی", "لیلا")]),
    ],
)  # fmt: skip
def test_co_authors_lose_the_and_written_onto_their_names(raw: str, want: list) -> None:
    assert [(a["family"], a["given"]) for a in parse_fields(raw)["authors"]] == want


@pytest.mark.parametrize(
    ("raw", "year", "title"),
    [
        ("Tripp, C. [2000]: A History of Iraq. Cambridge: Cambridge University Press.",
         "2000", "A History of Iraq"),
        ("Marr, P. [1985]. The Modern History of Iraq. Boulder, CO: Westview Press.",
         "1985", "The Modern History of Iraq"),
    ],
)  # fmt: skip
def test_a_year_in_square_brackets_before_the_title_is_the_date(
    raw: str, year: str, title: str
) -> None:
    got = parse_fields(raw)
    assert (got["year_text"], got["title"]) == (year, title)


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        # the bracket APA writes after a title for the book's volume, edition, translator or
        # report number is no part of the title (dev12: 4 of 12 Persian titles kept it)
        ("کریمی، حسن (۱۳۹۵). تاریخ سیاسی عراق معاصر (ج ۳، چ ۲). تهران: سمت.",
         "تاریخ سیاسی عراق معاصر"),
        ("باتاتو، حنا (۱۳۹۰). طبقات اجتماعی در عراق (مریم کاظمی، مترجم). تهران: نشر نی.",
         "طبقات اجتماعی در عراق"),
        ("مرکز مطالعات راهبردی (۱۴۰۱). امنیت مرزهای غربی (شماره‌ی گزارش ۲۳۱). تهران: مرکز.",
         "امنیت مرزهای غربی"),
        ("Batatu, H. (2004). The old social classes (Vol. 2, 2nd ed.). Saqi Books.",
         "The old social classes"),
        ("Crisis Group. (2019). Iraq's paramilitaries (Report No. 188). Crisis Group.",
         "Iraq's paramilitaries"),
        # a bracket of the title's own words stays
        ("Tripp, C. (2010). A history of Iraq (1958–2003). Cambridge University Press.",
         "A history of Iraq (1958–2003)"),
        ("الحيالي، سعد (2019). تنظيم الدولة الإسلامية (داعش) في الموصل. بغداد: بيت الحكمة.",
         "تنظيم الدولة الإسلامية (داعش) في الموصل"),
    ],
)  # fmt: skip
def test_a_bracket_of_front_matter_after_the_title_is_no_part_of_it(raw: str, title: str) -> None:
    assert parse_fields(raw)["title"] == title


@pytest.mark.parametrize(
    ("raw", "given", "year"),
    [
        # a Persian newspaper's solar date in the bracket, as APA writes a dated work
        ("یگانه، سارا (۱۴۰۰، ۳ مهر). صف زائران در مرز. روزنامه‌ی شرق، شماره‌ی ۴۱۲۰، ص ۵.",
         "سارا", "1400"),
        # an editor's role in Persian before the year
        ("رضایی، امید (ویراستار). (۱۳۹۸). جامعه‌ی مدنی در عراق. تهران: نشر نی.", "امید", "1398"),
    ],
)  # fmt: skip
def test_given_names_keep_no_date_or_role_bracket(raw: str, given: str, year: str) -> None:
    got = parse_fields(raw)
    assert (got["authors"][0]["given"], got["year_text"]) == (given, year)


def test_an_arabic_comma_style_thesis_after_a_bracketed_year_names_its_university() -> None:
    got = parse_fields(
        "الدوري، سناء كريم (٢٠١٩)، المنظمات النسوية وأمن المرأة في كركوك، أطروحة دكتوراه "
        "غير منشورة، جامعة كركوك، كركوك."
    )
    assert (got["title"], got["publisher"], got["place"], got["type"]) == (
        "المنظمات النسوية وأمن المرأة في كركوك", "جامعة كركوك", "كركوك", "thesis"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        # AMA: "City, Country: Publisher; year" (the country a places list names)
        ("3. Rahim K. Community Health Workers in Conflict. Amman, Jordan: Dar Al-Shorouk; 2017.",
         {"place": "Amman, Jordan", "publisher": "Dar Al-Shorouk", "type": "book"}),
        # a translator in AMA's form before the imprint
        ("4. Lindqvist M. Risk and Aid. Saleh R, trans. Uppsala, Sweden: Nordic Press; 2014.",
         {"place": "Uppsala, Sweden", "publisher": "Nordic Press"}),
        # a chapter: the editors with initials before the book, the pages after the year
        ("5. Karim A. Clinics under fire. In: Jones P, Aziz L, eds. Health in Crisis. Erbil, "
         "Iraq: Salahaddin University Press; 2020:45-67.",
         {"container": "Health in Crisis", "pages": "45-67", "place": "Erbil, Iraq",
          "publisher": "Salahaddin University Press", "type": "chapter"}),
        # a newspaper: its name, then the day's date and the page
        ("6. Hadi S. Nurses protest in Basra. Iraq Daily Monitor. June 3, 2022:5.",
         {"container": "Iraq Daily Monitor", "pages": "5", "volume": None,
          "publisher": None, "type": "newspaper"}),
        # "n.d." as a part of its own is the date, no publisher
        ("7. Basra Health Network. Guidance for field clinics. n.d. Accessed May 2, 2023. "
         "https://bhn.example.org/guidance",
         {"publisher": None, "type": "web"}),
    ],
)  # fmt: skip
def test_ama_entries_read_their_imprint_contributors_and_dates(raw: str, want: dict) -> None:
    got = parse_fields(raw)
    assert {k: got[k] for k in want} == want  # type: ignore[literal-required]


def test_markdown_emphasis_is_no_part_of_a_title_or_journal() -> None:
    got = parse_fields(
        'Jaber, Hana. "Aid in Mosul." *Journal of Humanitarian Affairs* 4, no. 1 (2022): 12–30.'
    )
    assert (got["container"], got["volume"]) == ("Journal of Humanitarian Affairs", "4")
    got = parse_fields("Dodge, Toby. *Inventing Iraq*. New York: Columbia University Press, 2003.")
    assert got["title"] == "Inventing Iraq"


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        # Turabian's archival document: its day is no part of its title
        ("Baghdad Relief Council. Minutes of the Coordination Meeting, March 3, 1992. Council "
         "Papers, box 2. Zheen Archive Center, Sulaymaniyah.",
         "Minutes of the Coordination Meeting"),
        # a date in a title of another year is the title's own
        ("Khalil, Samir. Baghdad, July 14, 1958. London: Hurst, 2011.", "Baghdad, July 14, 1958"),
    ],
)  # fmt: skip
def test_an_archival_documents_day_is_no_part_of_its_title(raw: str, title: str) -> None:
    assert parse_fields(raw)["title"] == title


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        # IEEE in Arabic script: initials before the family name, pieces cut by commas, a
        # book's imprint after a stop
        ("[۳] م. کاظمی، مرزنشینان و دولت در غرب ایران. کرمانشاه: نشر طاق بستان، ۱۳۹۷.",
         {"authors": [{"family": "کاظمی", "given": "م."}],
          "title": "مرزنشینان و دولت در غرب ایران", "place": "کرمانشاه",
          "publisher": "نشر طاق بستان", "type": "book"}),
        # a journal with صص. before its pages (an abbreviation's stop, no sentence's)
        ("[۴] ن. احمدی، «قاچاق سوخت در مرز»، فصلنامه‌ی مطالعات مرزی، دوره‌ی ۵، شماره‌ی ۳، صص. "
         "۴۵-۶۷، ۱۴۰۱.",
         {"title": "قاچاق سوخت در مرز", "container": "فصلنامه‌ی مطالعات مرزی", "volume": "5",
          "issue": "3", "pages": "45-67", "type": "article"}),
        # the editor of a chapter's book, the role after the name, is no publisher
        ("[۵] ر. نادری، «بازارچه‌های مرزی»، در مجموعه‌مقالات همایش مرز و توسعه، س. امینی، "
         "ویراستار. سنندج: دانشگاه کردستان، ۱۳۹۶، صص. ۳۳-۵۰.",
         {"container": "مجموعه‌مقالات همایش مرز و توسعه", "publisher": "دانشگاه کردستان",
          "place": "سنندج", "pages": "33-50", "type": "chapter"}),
        # a thesis's faculty is no journal
        ("[۶] ز. رستمی، «امنیت اجتماعی کولبران»، پایان‌نامه‌ی کارشناسی ارشد، دانشکده‌ی علوم "
         "انسانی، دانشگاه رازی، کرمانشاه، ۱۳۹۸.",
         {"container": None, "publisher": "دانشگاه رازی", "place": "کرمانشاه",
          "type": "thesis"}),
        # a body's name before the first comma
        ("[۷] مرکز آمار ایران، گزارش وضعیت بازارچه‌های مرزی. سنندج: دفتر آمار، ۱۳۹۹.",
         {"authors": [{"family": "مرکز آمار ایران", "given": None}],
          "title": "گزارش وضعیت بازارچه‌های مرزی", "place": "سنندج",
          "publisher": "دفتر آمار"}),
    ],
)  # fmt: skip
def test_an_ieee_entry_in_arabic_script_reads_its_initials_and_pieces(raw: str, want: dict) -> None:
    got = parse_fields(raw)
    assert {k: got[k] for k in want} == want  # type: ignore[literal-required]


def test_an_undated_chicago_author_date_entry_starts_its_title_after_nd() -> None:
    got = parse_fields(
        'Basra Civil Forum. n.d. "Neighbourhood Protection Groups: A Field Note." Accessed '
        "June 2, 2023. https://basraforum.example.org/notes/npg."
    )
    assert (got["year_text"], got["title"]) == (
        "n.d.",
        "Neighbourhood Protection Groups: A Field Note",
    )


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        # a site's page read on a day: its link and access date, no newspaper's name
        ('Rasul, Dana. "Why Duhok\'s Shelters Are Full." Iraq Policy Forum, March 2, 2022. '
         "Accessed April 5, 2022. https://www.ipf.example.org/duhok-shelters.", "web"),
        # a newspaper read online stays one
        ('Rasul, Dana. "Shelters in Duhok Are Full." The Kurdistan Times, March 2, 2022. '
         "Accessed April 5, 2022. https://www.kt.example.com/shelters.", "newspaper"),
        ('Rasul, Dana. "Shelters in Duhok Are Full." Kurdistan Chronicle, March 2, 2022.',
         "newspaper"),
    ],
)  # fmt: skip
def test_a_sites_page_read_on_a_day_is_web_and_a_newspapers_piece_a_newspaper(
    raw: str, kind: str
) -> None:
    assert parse_fields(raw)["type"] == kind


OSCOLA_CASES = [
    (
        "Hamdan R, Charities under Suspicion: Security Law in the Gulf (3rd edn, Dunn J tr, "
        "Hart Publishing 2019)",
        {
            "authors": [("Hamdan", "R")],
            "title": "Charities under Suspicion: Security Law in the Gulf",
            "publisher": "Hart Publishing",
            "place": None,
            "type": "book",
        },
    ),
    (
        "Levine P, 'Registration Regimes' in Costa M and Ibrahim T (eds), Civil Society and the "
        "State (Routledge 2018)",
        {
            "authors": [("Levine", "P")],
            "title": "Registration Regimes",
            "type": "chapter",
            "container": "Civil Society and the State",
            "publisher": "Routledge",
        },
    ),
    (
        "Saleh K and Omar D, 'Vetting and Association in Iraq' (2020) 12(2) Middle East Law "
        "Review 145",
        {
            "authors": [("Saleh", "K"), ("Omar", "D")],
            "title": "Vetting and Association in Iraq",
            "container": "Middle East Law Review",
            "volume": "12",
            "issue": "2",
            "pages": "145",
            "type": "article",
        },
    ),
    (
        "Kareem H, 'Governor Closes Twelve Relief Offices' Basra Courier (Basra, 9 June 2022) 3",
        {
            "title": "Governor Closes Twelve Relief Offices",
            "container": "Basra Courier",
            "place": "Basra",
            "pages": "3",
            "type": "newspaper",
        },
    ),
    (
        "Jabbar Z, 'Security Clearances for Humanitarian Workers' (LLM thesis, University of "
        "Edinburgh 2021)",
        {
            "title": "Security Clearances for Humanitarian Workers",
            "type": "thesis",
            "publisher": "University of Edinburgh",
        },
    ),
    (
        "Iraqi Civic Forum, 'Position Paper on the Draft Associations Law' (n.d.) "
        "<https://civic-forum.example.org/position> accessed 2 April 2024",
        {
            "authors": [("Iraqi Civic Forum", None)],
            "year_text": "n.d.",
            "title": "Position Paper on the Draft Associations Law",
            "type": "web",
            "url": "https://civic-forum.example.org/position",
            "accessed": "2 April 2024",
        },
    ),
    (
        "Civic Space Watch Iraq, Closing Doors: NGO Registration 2015–2022 (CSWI 2023)",
        {
            "title": "Closing Doors: NGO Registration 2015–2022",
            "publisher": "CSWI",
            "type": "report",
        },
    ),
]


@pytest.mark.parametrize(("raw", "expected"), OSCOLA_CASES)
def test_oscola_entries(raw: str, expected: dict) -> None:
    # OSCOLA: family name and bare initials, no closing stop, the imprint in brackets with
    # no place; an edition and a translator are neither title nor publisher
    f = parse_fields(raw)
    got = {k: f[k] for k in expected if k != "authors"}
    assert got == {k: v for k, v in expected.items() if k != "authors"}
    if "authors" in expected:
        assert [(a["family"], a["given"]) for a in f["authors"]] == expected["authors"]


@pytest.mark.parametrize(
    ("raw", "container", "pages"),
    [
        (
            "[٤] الكعبي، سلام. «الوساطة المحلية في النزاعات العشائرية». في: رائد الموسوي (محرر)، "
            "المجتمع والأمن في الفرات الأوسط، ص ص ٥٥-٨٢. الحلة: دار الفيحاء، ٢٠١٨.",
            "المجتمع والأمن في الفرات الأوسط",
            "55-82",
        ),
        (
            "[٩] الحسناوي، عقيل. «المنظمات الإغاثية وحماية النازحين». في: وقائع المؤتمر العلمي "
            "الأول لكلية القانون، ص ص ١٠١-١١٩. كربلاء: جامعة كربلاء، ٢٠٢٠.",
            "وقائع المؤتمر العلمي الأول لكلية القانون",
            "101-119",
        ),
    ],
)
def test_a_chapter_gives_its_pages_after_its_book_and_a_comma(
    raw: str, container: str, pages: str
) -> None:
    # a proceedings volume with no editors, and an edited book, each with "ص ص" after it
    f = parse_fields(raw)
    assert (f["type"], f["container"], f["pages"]) == ("chapter", container, pages)


@pytest.mark.parametrize(
    ("raw", "family"),
    [
        (
            "[٣] وزارة الصحة، دائرة الصحة العامة. التقرير السنوي لرصد الأمراض الانتقالية في "
            "المحافظات الجنوبية. بغداد: وزارة الصحة، ٢٠٢١.",
            "وزارة الصحة",
        ),
        (
            "سازمان بهزیستی کشور، اداره‌ی کل امور آسیب‌دیدگان اجتماعی (1399). گزارش عملکرد "
            "سالانه. تهران: سازمان بهزیستی.",
            "سازمان بهزیستی کشور",
        ),
    ],
)
def test_a_body_and_its_department_are_filed_under_the_body(raw: str, family: str) -> None:
    f = parse_fields(raw)
    assert [(a["family"], a["given"]) for a in f["authors"]] == [(family, None)]


def test_a_persian_title_between_mirrored_guillemets_is_still_the_quoted_title() -> None:
    # a PDF reader may give Chromium's Persian guillemets the wrong way round (»…«); the
    # title, journal and locators read as they do from «…»
    written = (
        "[۳] ن. رستمی، «شبکه‌های امدادی محلی و امنیت راه‌های مرزی»، فصلنامه‌ی پژوهش‌های "
        "مرزی، دوره‌ی ۹، شماره‌ی ۱، صص. ۳۱-۵۸، ۱۴۰۱."
    )
    mirrored = written.replace("«", "\0").replace("»", "«").replace("\0", "»")
    got, want = parse_fields(mirrored), parse_fields(written)
    assert got["title"] == "شبکه‌های امدادی محلی و امنیت راه‌های مرزی"
    assert {k: got[k] for k in ("authors", "container", "volume", "issue", "pages", "type")} == {
        k: want[k] for k in ("authors", "container", "volume", "issue", "pages", "type")
    }


@pytest.mark.parametrize(
    ("raw", "title", "publisher", "year"),
    [
        # a Persian mark naming the calendar, after the names or ending the imprint
        ("سروش، عبد الكريم. ۱۳۹۹ هـ.ش. بسط التجربة النبوية. طهران: صدرا.",
         "بسط التجربة النبوية", "صدرا", "1399هـ.ش"),
        ("سروش، عبد الكريم. بسط التجربة النبوية. طهران: صدرا، ۱۳۷۹ هـ.ش.",
         "بسط التجربة النبوية", "صدرا", "1379هـ.ش"),
        ("مطهری، مرتضی. ۱۴۰۰ ه.ق. عدل الهی. قم: صدرا.", "عدل الهی", "صدرا", "1400ه.ق"),
        ("مطهری، مرتضی. عدل الهی. قم: انتشارات صدرا، ۱۴۰۰ ه.ق.", "عدل الهی", "انتشارات صدرا",
         "1400ه.ق"),
        ("سروش، عبد الكريم. 1399هـ.ش/2020م. بسط التجربة النبوية. طهران: صدرا.",
         "بسط التجربة النبوية", "صدرا", "1399هـ.ش/2020م"),
    ],
)  # fmt: skip
def test_a_persian_calendar_mark_is_the_year_not_the_title_or_publisher(
    raw: str, title: str, publisher: str, year: str
) -> None:
    f = parse_fields(raw)
    assert (f["title"], f["publisher"], f["year_text"]) == (title, publisher, year)


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        # the older Arab house style: family name, given names in brackets, a colon, then
        # comma-separated pieces; a count of volumes is no publisher
        ("الدليمي (عمر خالد): المجتمع الأهلي في الفلوجة بعد ٢٠١٦، ط٢، ٢ أجزاء، دار الكتب "
         "العلمية، بيروت، ٢٠٢٠.",
         {"authors": [("الدليمي", "عمر خالد")], "title": "المجتمع الأهلي في الفلوجة بعد 2016",
          "publisher": "دار الكتب العلمية", "place": "بيروت", "type": "book"}),
        ("الجبوري (هدى سالم): «العشيرة والمنظمة في تكريت»، مجلة العلوم السياسية، المجلد ١٢، "
         "العدد ٣، ٢٠١٨، ص ص ٥٥-٨٠.",
         {"authors": [("الجبوري", "هدى سالم")], "title": "العشيرة والمنظمة في تكريت",
          "container": "مجلة العلوم السياسية", "volume": "12", "issue": "3", "pages": "55-80",
          "type": "article"}),
        # a body's name before the colon, whether or not a list of bodies knows its first word
        ("مستشارية الأمن الوطني: دليل العمل مع المنظمات غير الحكومية، دار الشؤون الثقافية، "
         "بغداد، ٢٠٢١.",
         {"authors": [("مستشارية الأمن الوطني", None)],
          "title": "دليل العمل مع المنظمات غير الحكومية", "publisher": "دار الشؤون الثقافية",
          "place": "بغداد"}),
        # an author-date entry whose title holds a colon is read as before
        ("Haddad, F. (2011). Sectarianism in Iraq: Antagonistic visions of unity. London: Hurst.",
         {"authors": [("Haddad", "F.")], "title": "Sectarianism in Iraq: Antagonistic visions "
          "of unity", "publisher": "Hurst", "place": "London"}),
    ],
)  # fmt: skip
def test_names_ended_by_a_colon_open_a_comma_separated_entry(raw: str, want: dict) -> None:
    f = parse_fields(raw)
    got = {k: f[k] for k in want if k != "authors"}  # type: ignore[literal-required]
    got["authors"] = [(p["family"], p["given"]) for p in f["authors"]]
    assert got == want


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        # ASA: the chapter's pages before its book
        ('Karim, Dana. 2017. "Militias and Relief Committees in Diyala." Pp. 33–58 in Local '
         "Orders in Iraq, edited by M. Hassan. Chicago: University of Chicago Press.",
         {"container": "Local Orders in Iraq", "pages": "33–58", "type": "chapter",
          "publisher": "University of Chicago Press"}),
        # the access date before a bracketed link, and a Hijri one before "من" and the link
        ('Basra Civic Network. n.d. "Who We Are." Retrieved May 4, 2022 '
         "(https://bcn.example.org/about).",
         {"accessed": "May 4, 2022", "url": "https://bcn.example.org/about", "publisher": None,
          "type": "web"}),
        ("الهيئة الوطنية للإغاثة (١٤٤٣هـ). دليل المتطوع. استرجع بتاريخ ١٢ شوال ١٤٤٣هـ، من "
         "https://relief.example.org/guide",
         {"accessed": "12 شوال 1443هـ", "url": "https://relief.example.org/guide"}),
        # a thesis's genre in round brackets after the title, then the university and its city
        ("المطيري، سارة بنت عبدالله (١٤٤٢هـ/٢٠٢١م). التطوع ومنع الجريمة في الكويت (رسالة "
         "ماجستير غير منشورة). جامعة الملك سعود، الرياض.",
         {"title": "التطوع ومنع الجريمة في الكويت", "publisher": "جامعة الملك سعود",
          "place": "الرياض", "type": "thesis"}),
        ("نوروزی، علی (۱۴۰۰). امنیت مرزی و نهادهای مدنی [پایان‌نامه‌ی دکتری]. دانشگاه تبریز، "
         "مراغه.",
         {"title": "امنیت مرزی و نهادهای مدنی", "publisher": "دانشگاه تبریز", "place": "مراغه"}),
        # "Place: د.ن": a place and no publisher
        ("العنزي، فهد (١٤٣٩هـ). الجريمة المنظمة عبر الحدود (ط٢). الرياض: د.ن.",
         {"title": "الجريمة المنظمة عبر الحدود", "publisher": None, "place": "الرياض"}),
        # a Gulf journal's locators with their numbers in brackets
        ("الحربي، نورة (١٤٤٠هـ). الأمن الأسري. مجلة الدراسات الاجتماعية، مج(١٤)، ع(٣)، "
         "٢١-٤٤.",
         {"container": "مجلة الدراسات الاجتماعية", "volume": "14", "issue": "3",
          "pages": "21-44", "type": "article"}),
        # a newspaper's day after a year marked م
        ("العمري، خالد (٢٠٢١م، ٩ مايو). المنظمات الإغاثية في تلعفر. صحيفة الرياض، ص ٨.",
         {"title": "المنظمات الإغاثية في تلعفر", "container": "صحيفة الرياض", "pages": "8",
          "type": "newspaper"}),
    ],
)  # fmt: skip
def test_imprints_dates_and_locators_of_other_house_styles(raw: str, want: dict) -> None:
    f = parse_fields(raw)
    assert {k: f[k] for k in want} == want  # type: ignore[literal-required]


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        # a comma-style Persian imprint: publisher, city, then the year with its calendar;
        # a city that ط opens is no edition
        ("سروش، عبد الكريم، بسط التجربة النبوية، صدرا، طهران، ۱۳۷۹ ه.ش.",
         {"publisher": "صدرا", "place": "طهران", "year_text": "1379ه.ش"}),
        ("الموسوي، عبد الأمير كاظم، الأمن الوطني، الطبعة الثانية، دار الرافدين، طرابلس، 2015.",
         {"publisher": "دار الرافدين", "place": "طرابلس"}),
        # a body's acronym in brackets after its name
        ("بعثة الأمم المتحدة لمساعدة العراق (يونامي)، تقرير عن حماية المدنيين في نينوى، بغداد، "
         "٢٠١٩.",
         {"title": "تقرير عن حماية المدنيين في نينوى", "place": "بغداد"}),
        # a chapter in a book by a group of authors
        ("الكعبي، سالم حمد، \"الإغاثة والأمن\"، في: مجموعة باحثين، العراق بعد الحرب، مركز "
         "دراسات الوحدة العربية، بيروت، ٢٠١٨.",
         {"container": "العراق بعد الحرب", "publisher": "مركز دراسات الوحدة العربية",
          "place": "بيروت", "type": "chapter"}),
        # a thesis whose pieces name its faculty and university but no city
        ("الراشد، منى علي، الجمعيات الخيرية في البصرة، رسالة ماجستير غير منشورة، كلية الآداب، "
         "جامعة البصرة، ٢٠١٩.",
         {"publisher": "جامعة البصرة", "place": None, "type": "thesis"}),
    ],
)  # fmt: skip
def test_comma_separated_imprints(raw: str, want: dict) -> None:
    f = parse_fields(raw)
    assert {k: f[k] for k in want} == want  # type: ignore[literal-required]


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        # a body's name with lower-case words of its own, then its year between stops
        ("Danish Institute for Human Rights. 2020. Local Partners under Pressure: Aid in "
         "Nineveh. Copenhagen: DIHR.",
         {"authors": [("Danish Institute for Human Rights", None)],
          "title": "Local Partners under Pressure: Aid in Nineveh", "publisher": "DIHR",
          "place": "Copenhagen"}),
        # a report's number in its series is no publisher; numbered, a quoted title is a report
        ("Basra Policy Network. 2021. Guarding the Guards: Security Costs of Local NGOs. "
         "Policy Paper 6. https://bpn.example.org/papers/6.",
         {"publisher": None, "type": "report"}),
        ('Sinjar Relief Forum. "Convoys and Checkpoints." Policy Brief no. 3, May 2021. '
         "https://srf.example.org/briefs/3.",
         {"title": "Convoys and Checkpoints", "type": "report"}),
    ],
)  # fmt: skip
def test_a_bodys_author_date_entry_and_a_numbered_report(raw: str, want: dict) -> None:
    f = parse_fields(raw)
    got = {k: f[k] for k in want if k != "authors"}  # type: ignore[literal-required]
    if "authors" in want:
        got["authors"] = [(p["family"], p["given"]) for p in f["authors"]]
    assert got == want
