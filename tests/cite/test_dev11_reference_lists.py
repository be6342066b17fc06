"""Reference lists and entry fields of the eleventh session's development documents (issue 13,
brief h11/E6): lists a PDF reader joins into paragraphs (grouped numbered lists whose
subheadings run into their first entry, unnumbered lists run together, a part's heading and
its colon joined to the entry after it), and the fields of entries in Arabic bibliographies
(مج/ع, د.م: د.ن), Persian lists (سال/شماره‌ی, در … به کوشش, پایان‌نامه‌ی) and Elsevier's
Harvard ("Publisher, Place", "16 (3), 233–251"), with the entry types newspaper, web, report,
thesis and chapter."""

from __future__ import annotations

import pytest

from araseclit.cite import find_references
from araseclit.cite.fields import parse_fields

BODY = (
    "تناولت الدراسات العراقية علاقة المنظمات غير الحكومية بالأجهزة الأمنية بعد عام 2003، "
    "ورأت أن التسجيل صار أداة رقابة (الشمري، 2016: 40).\n\n"
)


def _families(text: str) -> list[tuple[str, str]]:
    _, entries = find_references(text)
    return [(e["raw"].split("،")[0].split(",")[0].lstrip("0123456789. "), e["year_text"])
            for e in entries]  # fmt: skip


def test_a_grouped_numbered_list_joined_by_the_pdf_keeps_every_entry() -> None:
    # Chromium's PDF of a list whose type subheadings and entries share a paragraph: the reader
    # joins each into one line and puts the ordinal's tanween after the colon ("ثانيا:ً")
    text = BODY + (
        "قائمة المصادر والمراجع\n\n"
        "أولا:ً الكتب العربية 1. الساعدي، نوال جبار، المجتمع المدني والدولة في العراق، "
        "دار الشؤون الثقافية، بغداد، 2014. 2. الربيعي، فاضل عباس، الأمن الإنساني: المفهوم "
        "والتطبيق، دار الرافدين، بيروت، 2018.\n\n"
        "ثانيا:ً الرسائل والأطاريح الجامعية 3. الجبوري، هالة سعد، المنظمات المحلية وإدارة "
        "النزوح في صلاح الدين، رسالة ماجستير غير منشورة، كلية العلوم السياسية، جامعة تكريت، "
        "تكريت، 2019.\n\n"
        "ثالثا:ً الصحف 4. العبيدي، ليث، «المنظمات تطالب بحماية متطوعيها»، جريدة الصباح، "
        "العدد 5012، 3 آذار 2021، ص 5.\n"
    )
    _, entries = find_references(text)
    assert [e["raw"][:3] for e in entries] == ["1. ", "2. ", "3. ", "4. "]
    assert [e["year_text"] for e in entries] == ["2014", "2018", "2019", "2021"]
    fields = parse_fields(entries[2]["raw"])
    assert (fields["publisher"], fields["place"], fields["type"]) == ("جامعة تكريت", "تكريت",
                                                                      "thesis")  # fmt: skip
    assert parse_fields(entries[3]["raw"])["type"] == "newspaper"


def test_an_unnumbered_list_run_together_is_cut_before_each_name_and_body() -> None:
    text = BODY + (
        "المصادر والمراجع\n\n"
        "أولا:ً المراجع العربية والمعرّبة الشمري، علي حسين. التسجيل والرقابة على المنظمات. ط2. "
        "بغداد: بيت الحكمة، 2016. مركز البيان للدراسات والتخطيط. «المنظمات والأمن المحلي في "
        "البصرة». 2020. متاح على: https://www.bayan.example.org/reports/2019 (تاريخ الزيارة: "
        "4/2/2021). الكعبي، سامر. المنظمات الإنسانية في زمن الحرب. ترجمة: هدى علي. القاهرة: "
        "دار العين، 2012.\n"
    )
    assert _families(text) == [("الشمري", "2016"), ("مركز البيان للدراسات والتخطيط. «المنظمات "
                                "والأمن المحلي في البصرة». 2020. متاح على: https://www.bayan."
                                "example.org/reports/2019 (تاريخ الزيارة: 4/2/2021).", "2020"),
                               ("الكعبي", "2012")]  # fmt: skip


def test_a_body_opening_the_first_entry_is_no_adjective_of_the_subheading() -> None:
    text = BODY + (
        "المصادر والمراجع\n\n"
        "أولا:ً المراجع العربية وزارة التخطيط. مسح الهشاشة في العراق. بغداد: الجهاز المركزي "
        "للإحصاء، 2016. الشمري، علي حسين. التسجيل والرقابة على المنظمات. بغداد: بيت الحكمة، "
        "2016. الكعبي، سامر. الحرب والإغاثة. القاهرة: دار العين، 2012.\n"
    )
    _, entries = find_references(text)
    assert [e["raw"].split(".")[0].split("،")[0] for e in entries] == [
        "وزارة التخطيط", "الشمري", "الكعبي"]  # fmt: skip


def test_a_part_heading_joined_to_its_first_entry_is_no_part_of_it() -> None:
    text = (
        "پژوهش‌ها نشان می‌دهند که سمن‌ها در عراق زیر فشار بوده‌اند (کاظمی ۱۳۹۷: ۲۲).\n\n"
        "کتابنامه\n\n"
        "منابع فارسی: کاظمی، رضا. سمن‌ها و امنیت در عراق. تهران: نشر نی، ۱۳۹۷.\n\n"
        "نوری، لیلا. امنیت مرزی و جامعه‌ی مدنی. مشهد: انتشارات آستان، ۱۳۹۹.\n\n"
        "منابع لاتین: Hadi, Sara. Aid and Order in Iraq. London: Hurst, 2019.\n"
    )
    _, entries = find_references(text)
    assert [parse_fields(e["raw"])["authors"][0]["family"] for e in entries] == [
        "کاظمی", "نوری", "Hadi"]  # fmt: skip


def test_an_imprint_year_closing_a_comma_entry_beats_a_year_in_its_title() -> None:
    fields = parse_fields(
        "الحلفي، كريم عبد الله، الأمن الوطني بعد عام 2003: قراءة في المؤسسات، ط2، دار دجلة، "
        "عمّان، 2017."
    )
    assert fields["year_text"] == "2017"


def test_the_digits_of_a_link_are_no_year() -> None:
    _, entries = find_references(
        BODY + "المراجع\n\n"
        "الشمري، علي. التسجيل والرقابة. بغداد: بيت الحكمة، 2016.\n"
        "شبكة رصد العراق. «الاعتداءات على المتطوعين». 2021. متاح على: "
        "https://www.rasd.example.org/reports/2019 (تاريخ الزيارة: 3/3/2022).\n"
        "الكعبي، سامر. الحرب والإغاثة. القاهرة: دار العين، 2012.\n"
    )
    assert [e["year_text"] for e in entries] == ["2016", "2021", "2012"]


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        (
            'الزبيدي، هادي. "المنظمات في المناطق المحررة". مجلة العلوم السياسية، مج 14، ع 2 '
            "(2019): ص ص 51-80.",
            ("مجلة العلوم السياسية", "14", "2", "51-80"),
        ),
        (
            'العاني، ريم. "الإغاثة وإعادة الاستقرار". مجلة دراسات دولية، ع 71 (2018): 9-33.',
            ("مجلة دراسات دولية", None, "71", "9-33"),
        ),
        (
            "رضایی، مینا. «سمن‌ها در بصره». فصلنامه‌ی مطالعات خاورمیانه، سال ۲۷، شماره‌ی ۱ "
            "(بهار ۱۳۹۹): ۱۱–۳۶.",
            ("فصلنامه‌ی مطالعات خاورمیانه", "27", "1", "11–36"),
        ),
        (
            "Karim, S., 2019. Registration and its discontents. Journal of Civil Society 15 (2), "
            "140–158.",
            ("Journal of Civil Society", "15", "2", "140–158"),
        ),
        (
            "Lewis, R., Ali, B., 2016. Remote management in Iraq. Humanitarian Exchange 67, 22–25.",
            ("Humanitarian Exchange", "67", None, "22–25"),
        ),
    ],
)
def test_a_journal_part_in_any_order_and_abbreviation(raw: str, want: tuple) -> None:
    f = parse_fields(raw)
    assert (f["container"], f["volume"], f["issue"], f["pages"]) == want
    assert f["type"] == "article"


@pytest.mark.parametrize(
    ("raw", "container"),
    [
        (
            'الساعدي، منى. "متطوعون تحت التهديد". جريدة المدى، ع 4410، 2 شباط 2020، ص 6.',
            "جريدة المدى",
        ),
        (
            "امیری، نرگس. «سمن‌های بصره زیر فشار». روزنامه‌ی شرق، شماره‌ی ۳۹۰۱، ۵ دی ۱۳۹۹، ص ۴.",
            "روزنامه‌ی شرق",
        ),
        (
            "Haddad, L., 2020. Aid workers detained in Mosul. The National (Abu Dhabi), 11 June, "
            "p. 7.",
            "The National (Abu Dhabi)",
        ),
        (
            "Rahim, K., 2021. Activists fear new law. The Guardian, 4 April. Available at: "
            "https://www.theguardian.example.com/world/2021/apr/04/iraq [Accessed 9 May 2021].",
            "The Guardian",
        ),
        (
            'Salim, Omar. 2020. "Returnees Fear Night Raids." Kurdistan Weekly Observer, June 2, '
            "2020.",
            "Kurdistan Weekly Observer",
        ),
    ],
)
def test_a_newspaper_article_is_a_newspaper(raw: str, container: str) -> None:
    f = parse_fields(raw)
    assert (f["container"], f["type"]) == (container, "newspaper")
    assert f["volume"] is None


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        # a page of a site, its title in quotes: a web page, though it calls itself a report
        (
            "شبكة رصد العراق. «تقرير الاعتداءات على المتطوعين». 2021. متاح على: "
            "https://www.rasd.example.org/r/2021 (تاريخ الزيارة: 3/3/2022).",
            "web",
        ),
        (
            "انجمن حمایت از آوارگان. «گزارش اردوگاه‌های نینوا». ۱۴۰۰. در دسترس در: "
            "https://www.avaregan.example.ir/ninawa (تاریخ دسترسی: ۵ آبان ۱۴۰۰).",
            "web",
        ),
        # a report of its own at its link keeps its type
        (
            "مرکز پژوهش‌های مجلس (۱۳۹۹). گزارش ارزیابی همکاری‌های مرزی. بازیابی‌شده از "
            "https://rc.majlis.example.ir/fa/report/1399",
            "report",
        ),
        # a body's own page in MLA stays a web page
        (
            'Human Rights Watch. "Iraq: Families Denied Aid." Human Rights Watch, 5 Feb. 2019, '
            "www.hrw.example.org/news/2019/02/05/iraq.",
            "web",
        ),
    ],
)
def test_web_pages_and_reports_at_a_link(raw: str, kind: str) -> None:
    f = parse_fields(raw)
    assert f["type"] == kind
    assert f["publisher"] is None


@pytest.mark.parametrize(
    ("raw", "publisher", "place"),
    [
        (
            "Barnett, M., 2011. Empire of Humanity. Cornell University Press, Ithaca, NY.",
            "Cornell University Press",
            "Ithaca, NY",
        ),
        (
            "UNAMI, 2019. Human Rights in Detention in Iraq. UNAMI/OHCHR, Baghdad.",
            "UNAMI/OHCHR",
            "Baghdad",
        ),
        (
            "Hughes, D., 2017. Militias and the State. Palgrave Macmillan, Cham.",
            "Palgrave Macmillan",
            "Cham",
        ),
        (
            "International Crisis Group, 2019. Iraq's Displaced. Middle East Report No. 201. "
            "International Crisis Group, Brussels.",
            "International Crisis Group",
            "Brussels",
        ),
        (
            "Mahdi, S., 2015. Tribes and NGOs in Anbar. PhD thesis. University of Exeter, Exeter.",
            "University of Exeter",
            "Exeter",
        ),
    ],
)
def test_an_imprint_written_publisher_first(raw: str, publisher: str, place: str) -> None:
    f = parse_fields(raw)
    assert (f["publisher"], f["place"]) == (publisher, place)


def test_a_un_symbol_still_leaves_the_imprint() -> None:
    f = parse_fields(
        "United Nations Security Council, 2017. Resolution 2379 (2017). S/RES/2379 (2017). "
        "United Nations, New York."
    )
    assert (f["title"], f["publisher"], f["place"]) == (
        "Resolution 2379 (2017)", "United Nations", "New York")  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "container", "pages", "publisher"),
    [
        (
            "Corbin, G., Hassan, M., 2018. Return and local protection in Nineveh, in: Rowe, P., "
            "Salem, A. (Eds.), Security after ISIS. Palgrave Macmillan, Cham, pp. 97–121.",
            "Security after ISIS",
            "97–121",
            "Palgrave Macmillan",
        ),
        (
            "رستمی، فرزاد. «جامعه‌ی مدنی و امنیت در موصل». در مجموعه‌مقالات امنیت در غرب آسیا، "
            "به کوشش محسن طاهری، ۴۱–۶۰. تهران: دانشگاه علامه طباطبائی، ۱۴۰۰.",
            "مجموعه‌مقالات امنیت در غرب آسیا",
            "41–60",
            "دانشگاه علامه طباطبائی",
        ),
        (
            "الركابي، مهند، «العشيرة والدولة»، في: حسن الربيعي (محرر)، المجتمع والدولة في "
            "العراق، دار الرافدين، بيروت، 2018، ص 77-98.",
            "المجتمع والدولة في العراق",
            "77-98",
            "دار الرافدين",
        ),
    ],
)
def test_a_chapter_and_its_book(raw: str, container: str, pages: str, publisher: str) -> None:
    f = parse_fields(raw)
    assert (f["type"], f["container"], f["pages"], f["publisher"]) == (
        "chapter", container, pages, publisher)  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "publisher"),
    [
        (
            "سلیمانی، زهرا. «سمن‌ها در اقلیم کردستان». پایان‌نامه‌ی کارشناسی ارشد، دانشکده‌ی حقوق، "
            "دانشگاه تهران، ۱۳۹۷.",
            "دانشگاه تهران",
        ),
        (
            'Ozturk, Ayse. 2016. "Hybrid Security in Iraq." PhD diss., University of St Andrews.',
            "University of St Andrews",
        ),
        (
            "العكيلي، سهى، التنمية المحلية في واسط، رسالة ماجستير غير منشورة، كلية القانون، جامعة "
            "واسط، الكوت، 2019.",
            "جامعة واسط",
        ),
    ],
)
def test_a_thesis_is_issued_by_its_university(raw: str, publisher: str) -> None:
    f = parse_fields(raw)
    assert (f["type"], f["publisher"]) == ("thesis", publisher)


def test_no_place_and_no_publisher_written_as_such() -> None:
    f = parse_fields("الحديثي، سعاد. تسجيل الجمعيات في العراق. د.م: د.ن، د.ت.")
    assert (f["place"], f["publisher"], f["type"]) == (None, None, "book")
    assert f["year_text"].rstrip(".") == "د.ت"


def test_a_comma_inside_chicago_quotes_ends_the_title() -> None:
    f = parse_fields(
        'Rennick, Owen, "NGOs and Tribal Mediation in Basra," Middle East Civil Society '
        "Review, vol. 6, no. 2, 2021, pp. 233-251."
    )
    assert (f["title"], f["container"], f["volume"], f["issue"]) == (
        "NGOs and Tribal Mediation in Basra", "Middle East Civil Society Review", "6", "2")  # fmt: skip


@pytest.mark.parametrize(
    "raw",
    [
        "وزارة الهجرة والمهجرين، دليل عودة النازحين إلى مناطقهم، مديرية التخطيط، بغداد، د.ت.",
        "Iraqi Ministry of Planning. 2018. Poverty Indicators by Governorate. Baghdad: Central "
        "Statistical Organization.",
        "IOM (2020). Displacement in Sinjar: Returns and Barriers. Baghdad: IOM Iraq.",
    ],
)
def test_a_bodys_own_publication_is_a_report(raw: str) -> None:
    assert parse_fields(raw)["type"] == "report"


def test_two_authors_given_name_first_each_with_a_title() -> None:
    f = parse_fields(
        "4. د. سعدي حسين الطائي ود. نوال كريم العبيدي، التنظيم الإداري للجمعيات، ط2، "
        "مكتبة السنهوري، بغداد، 2015."
    )
    assert [(p["family"], p["given"]) for p in f["authors"]] == [
        ("الطائي", "سعدي حسين"), ("العبيدي", "نوال كريم")]  # fmt: skip
    assert (f["title"], f["publisher"], f["place"]) == (
        "التنظيم الإداري للجمعيات", "مكتبة السنهوري", "بغداد")  # fmt: skip


def test_a_journals_house_is_no_publisher_of_its_article() -> None:
    f = parse_fields(
        "6. د. رنا فاضل الحسني، «حل الجمعيات بقرار إداري»، مجلة العلوم القانونية، كلية "
        "القانون – جامعة بغداد، المجلد 30، العدد 1، 2015، ص 12-40."
    )
    assert (f["container"], f["volume"], f["issue"], f["publisher"]) == (
        "مجلة العلوم القانونية", "30", "1", None)  # fmt: skip
