"""Reference lists and entries of the forms the ninth session's development documents showed
the list reader missing (issue 13): lists split by type subheadings, undated entries, numbered
lists with wrapped lines, access dates, journal locators after commas, volumes of works in
several volumes, theses."""

from __future__ import annotations

import pytest

from araseclit.cite import find_references
from araseclit.cite.fields import parse_fields

BODY = "نص البحث عن المنظمات غير الحكومية والأمن الإنساني في نينوى بعد عام 2017. " * 8


def _entries(lst: str) -> list[dict]:
    return find_references(BODY + "\n\n" + lst)[1]


def test_type_subheadings_are_no_part_of_an_entry() -> None:
    entries = _entries(
        "المراجع\n\nأولاً: الكتب\n\n"
        "هوبز، توماس. (2011). اللفياثان: الأصول الطبيعية والسياسية لسلطة الدولة. أبوظبي: هيئة"
        " أبوظبي للثقافة والتراث.\n\nثانياً: الدوريات\n\n"
        "العزاوي، نادية حسين. (2021). المنظمات غير الحكومية والوساطة الأمنية. مجلة العلوم"
        " السياسية، 62(2)، 115-140.\n\nثالثاً: الرسائل والأطاريح الجامعية\n\n"
        "الجميلي، مروة عادل. (2018). دور المنظمات الإنسانية في حماية النازحين [أطروحة دكتوراه]."
        " جامعة بغداد.\n"
    )
    assert [e["year_text"] for e in entries] == ["2011", "2021", "2018"]
    first = parse_fields(entries[0]["raw"])
    assert (first["publisher"], first["place"]) == ("هيئة أبوظبي للثقافة والتراث", "أبوظبي")
    assert "الرسائل" not in entries[1]["raw"]


def test_latin_type_subheadings_and_a_harvard_organisation_entry() -> None:
    entries = _entries(
        "References\n\nBooks\n\nHamdan, L. (2017) Militias and the State in Iraq. 2nd edn."
        " Abingdon: Routledge.\n\nReports\n\nNorwegian Refugee Council (2019) Barriers from"
        " Birth: Undocumented Children in Iraq. Oslo: NRC.\n\nWeb pages\n\nHuman Rights Watch"
        " (n.d.) Iraq: Events of 2022. Available at: https://www.hrw.org/world-report/iraq"
        " (Accessed: 12 March 2023).\n"
    )
    assert [e["year_text"] for e in entries] == ["2017", "2019", "n.d."]
    assert parse_fields(entries[0]["raw"])["publisher"] == "Routledge"


@pytest.mark.parametrize("nd", ["(بی‌تا)", "(د.ت)", "(n.d.)"])
def test_an_undated_entry_starts_an_entry_of_its_own(nd: str) -> None:
    entries = _entries(
        "منابع\n\nاحمدی، حمید (۱۳۹۰). قومیت و قوم‌گرایی در ایران. تهران: نشر نی.\n"
        f"طبری، محمد بن جریر {nd}. تاریخ الرسل و الملوک، ج ۳. بیروت: دار التراث.\n"
        "کریمی‌پور، یدالله (۱۳۹۷). سازمان‌های مردم‌نهاد و امنیت مرزی. فصلنامه ژئوپلیتیک،"
        " ۱۴(۳)، ۲۵–۵۲.\n"
    )
    assert len(entries) == 3
    assert entries[1]["raw"].startswith("طبری")
    assert entries[1]["year"] is None
    f = parse_fields(entries[1]["raw"])
    assert (f["title"], f["volume"]) == ("تاریخ الرسل و الملوک", "3")


def test_a_numbered_list_with_wrapped_lines_starts_entries_at_its_labels() -> None:
    entries = _entries(
        "المراجع\n"
        "١. عبد الأمير كاظم الموسوي، الأمن الإنساني في العراق: دراسة في المفهوم، ط٢، دار\n"
        "الكتب العلمية، بيروت، ٢٠١٥.\n"
        "٢. إريك هوبزباوم، عصر التطرفات: القرن العشرون الوجيز، ترجمة: فايز الصياغ، المنظمة العربية\n"
        "للترجمة، بيروت،\n"
        "٢٠١١.\n"
        "٣. محمد حسين الحكيم، الدولة والمجتمع في العراق، دار الرافدين، بيروت، د.ت.\n"
    )
    assert [e["label"] for e in entries] == ["1", "2", "3"]
    assert [e["year_text"] for e in entries] == ["2015", "2011", "د.ت."]


def test_entries_a_reader_ran_together_in_a_numbered_list_are_cut_at_the_skipped_label() -> None:
    entries = _entries(
        "المراجع\n\n"
        "٤. وزارة التخطيط العراقية، مسح الأمن الغذائي والفئات الهشة في العراق، بغداد، ٢٠١٧."
        " ٥. إريك هوبزباوم، عصر التطرفات، ترجمة: فايز الصياغ، ج٢، المنظمة العربية للترجمة،"
        " بيروت، ٢٠١١.\n\n"
        "٦. سارة حميد الخفاجي، دور المنظمات الإنسانية في حماية النازحين، رسالة ماجستير، جامعة"
        " النهرين، بغداد، ٢٠٢٠.\n\n"
        "ثانياً: المراجع الأجنبية ٧. Toby Dodge, Iraq: From War to a New Authoritarianism"
        ' (London: Routledge, 2012). ٨. Renad Mansour, "The Popular Mobilisation Forces,"'
        " Middle East Report, vol. 10, no. 2, pp. 1–20, 2021.\n"
    )
    assert [e["label"] for e in entries] == ["4", "5", "6", "7", "8"]


def test_an_access_date_is_not_the_year_of_the_work() -> None:
    entries = _entries(
        "المراجع\n\n١. منظمة أطباء بلا حدود، «العراق: الاحتياجات الصحية في المناطق المستعادة»،"
        " ٢٠١٨، متاح على: https://www.msf.org/ar/iraq-health-needs، تاريخ الزيارة: ١٢/٣/٢٠٢٣.\n\n"
        "٢. محمد حسين الحكيم، الدولة والمجتمع في العراق، دار الرافدين، بيروت، ٢٠٠٩.\n"
    )
    assert entries[0]["year_text"] == "2018"


@pytest.mark.parametrize(
    ("raw", "title", "accessed"),
    [
        (
            "Kaldor, M. (n.d.). Human security in the Middle East. Retrieved March 3, 2023,"
            " from https://www.lse.ac.uk/human-security/middle-east",
            "Human security in the Middle East",
            "March 3, 2023",
        ),
        (
            "المفوضية العليا لحقوق الإنسان في العراق. (2022). واقع النازحين بعد إغلاق المخيمات."
            " تاريخ الاطلاع 3 أيار 2023، من https://ihchr.iq/reports/2022/idps",
            "واقع النازحين بعد إغلاق المخيمات",
            "3 أيار 2023",
        ),
    ],
)
def test_retrieved_date_from_url_leaves_the_title_alone(
    raw: str, title: str, accessed: str
) -> None:
    f = parse_fields(raw)
    assert (f["title"], f["accessed"]) == (title, accessed)
    assert f["url"] and f["url"].startswith("https://")


def test_a_subheading_run_into_an_entry_after_its_url_is_dropped() -> None:
    entries = _entries(
        "References\n\nSaleh, A. et al. (2021) 'Checkpoint regimes and aid delivery in"
        " post-ISIS Iraq', Disasters, vol. 45, no. 3, pp. 510–533. doi:10.5555/disa.2021.045"
        " Reports\n\nNorwegian Refugee Council (2019) Barriers from Birth. Oslo: NRC.\n"
    )
    assert entries[0]["raw"].endswith("doi:10.5555/disa.2021.045")
    assert parse_fields(entries[0]["raw"])["publisher"] is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Saleh, A. et al. (2021) 'Checkpoint regimes and aid delivery in post-ISIS Iraq',"
            " Disasters, vol. 45, no. 3, pp. 510–533.",
            {"container": "Disasters", "volume": "45", "issue": "3", "pages": "510–533"},
        ),
        (
            "الربيعي، أحمد كاظم، والشمري، علي حسن. (2020). التمويل الدولي ومنظمات المجتمع المدني"
            " في العراق. مجلة قضايا سياسية، ع 61، ص ص 33-58.",
            {"container": "مجلة قضايا سياسية", "volume": None, "issue": "61", "pages": "33-58"},
        ),
    ],
)
def test_journal_locators_after_commas(raw: str, expected: dict) -> None:
    f = parse_fields(raw)
    assert {k: f[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("raw", "title", "volume"),
    [
        (
            "ابن خلدون، عبد الرحمن بن محمد. (د.ت). تاريخ ابن خلدون، ج3. بيروت: دار الفكر.",
            "تاريخ ابن خلدون",
            "3",
        ),
        (
            "Ibn Khaldun (1967) The Muqaddimah: An Introduction to History. Translated by"
            " F. Rosenthal. Vol. 2. Princeton: Princeton University Press.",
            "The Muqaddimah: An Introduction to History",
            "2",
        ),
    ],
)
def test_the_volume_of_a_work_in_several_volumes(raw: str, title: str, volume: str) -> None:
    f = parse_fields(raw)
    assert (f["title"], f["volume"], f["container"]) == (title, volume, None)


@pytest.mark.parametrize(
    ("raw", "title", "publisher"),
    [
        (
            "الجميلي، مروة عادل. (2018). دور المنظمات الإنسانية في حماية النازحين في العراق"
            " 2014-2017 [أطروحة دكتوراه]. جامعة بغداد.",
            "دور المنظمات الإنسانية في حماية النازحين في العراق 2014-2017",
            "جامعة بغداد",
        ),
        (
            "Jaber, N. (2015) Tribal mediation and state security in Anbar, 2003–2011. PhD"
            " thesis. University of Exeter.",
            "Tribal mediation and state security in Anbar, 2003–2011",
            "University of Exeter",
        ),
        (
            "نوری‌زاده، مریم (۱۳۹۹). نقش سازمان‌های امدادی ایرانی در بحران عراق [پایان‌نامه کارشناسی"
            " ارشد]. دانشگاه تهران.",
            "نقش سازمان‌های امدادی ایرانی در بحران عراق",
            "دانشگاه تهران",
        ),
    ],
)
def test_a_thesis_names_its_university_not_its_genre(raw: str, title: str, publisher: str) -> None:
    f = parse_fields(raw)
    assert (f["title"], f["publisher"], f["pages"]) == (title, publisher, None)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "١. د. عبد الأمير كاظم الموسوي، الأمن الإنساني في العراق: دراسة في المفهوم والتطبيق،"
            " ط٢، دار الكتب العلمية، بيروت، ٢٠١٥.",
            {
                "family": "الموسوي",
                "title": "الأمن الإنساني في العراق: دراسة في المفهوم والتطبيق",
                "publisher": "دار الكتب العلمية",
                "place": "بيروت",
            },
        ),
        (
            "٢. ليث عبد الحسن الزبيدي وآخرون، «المنظمات غير الحكومية والمصالحة المجتمعية في صلاح"
            " الدين»، مجلة العلوم السياسية، مج ٥٨، ع ٢، ٢٠١٩، ص ص ١–٢٠.",
            {
                "family": "الزبيدي",
                "container": "مجلة العلوم السياسية",
                "volume": "58",
                "issue": "2",
                "pages": "1–20",
            },
        ),
        (
            "أبو الحسن الماوردي، الأحكام السلطانية والولايات الدينية، تحقيق: أحمد مبارك البغدادي،"
            " مكتبة دار ابن قتيبة، الكويت، ١٤٠٩هـ/١٩٨٩م.",
            {
                "family": "الماوردي",
                "title": "الأحكام السلطانية والولايات الدينية",
                "publisher": "مكتبة دار ابن قتيبة",
                "place": "الكويت",
            },
        ),
        (
            "إريك هوبزباوم، عصر التطرفات: القرن العشرون الوجيز ١٩١٤–١٩٩١، ترجمة: فايز الصياغ، ج٢،"
            " المنظمة العربية للترجمة، بيروت، ٢٠١١.",
            {
                "family": "هوبزباوم",
                "volume": "2",
                "pages": None,
                "publisher": "المنظمة العربية للترجمة",
                "place": "بيروت",
            },
        ),
        (
            "فالح عبد الجبار، العمامة والأفندي: سوسيولوجيا خطاب وحركات الاحتجاج الديني، منشورات"
            " الجمل، بيروت، ٢٠١٠.",
            {"family": "عبد الجبار", "publisher": "منشورات الجمل", "place": "بيروت"},
        ),
        (
            "سارة حميد الخفاجي، دور المنظمات الإنسانية في حماية النازحين في محافظة الأنبار، رسالة"
            " ماجستير، جامعة النهرين، بغداد، ٢٠٢٠.",
            {"family": "الخفاجي", "publisher": "جامعة النهرين", "place": "بغداد"},
        ),
        (
            "Toby Dodge, Iraq: From War to a New Authoritarianism (London: Routledge, 2012).",
            {
                "family": "Dodge",
                "title": "Iraq: From War to a New Authoritarianism",
                "publisher": "Routledge",
                "place": "London",
            },
        ),
        (
            "عبد الله علي إبراهيم، الثقافة والديمقراطية في السودان، الخرطوم، دار عزة للنشر، ٢٠٠٨.",
            {"family": "إبراهيم", "publisher": "دار عزة للنشر", "place": "الخرطوم"},
        ),
    ],
)
def test_an_entry_of_comma_separated_pieces_given_name_first(raw: str, expected: dict) -> None:
    f = parse_fields(raw)
    got = {**{k: f[k] for k in expected if k != "family"}, "family": f["authors"][0]["family"]}
    assert got == expected


@pytest.mark.parametrize(
    "raw",
    [
        'Mackinder, Halford J. "The Geographical Pivot of History." The Geographical Journal 23,'
        " no. 4 (1904): 421–437.",
        "Hassan, R. (2020) 'Registration, visas and the shrinking space for NGOs in Iraq',"
        " Journal of Humanitarian Affairs, 2(1), pp. 33–49.",
        "الجبوري، محمد علي. الأمن الوطني العراقي: المفهوم والتحديات، بغداد، ٢٠١٦.",
    ],
)
def test_an_inverted_name_or_a_dated_entry_is_not_read_as_comma_pieces(raw: str) -> None:
    from araseclit.cite.fields import comma_fields

    assert comma_fields(raw) is None


def test_a_numbered_entry_names_an_author_in_natural_order_by_the_family_name() -> None:
    f = parse_fields(
        '[11] Renad Mansour, "The Popular Mobilisation Forces and the Balancing of Formal and'
        ' Informal Power," Middle East Report, vol. 10, no. 2, pp. 1–20, 2021.'
    )
    assert f["authors"][0] == {"family": "Mansour", "given": "Renad"}
    assert (f["container"], f["volume"], f["issue"]) == ("Middle East Report", "10", "2")


def test_an_articled_place_of_the_cldr_list_is_found_with_its_article_dropped() -> None:
    from araseclit.cite.segment import _norm_word, imprint_places

    assert all(_norm_word(w) in imprint_places() for w in ("الخرطوم", "الجزائر", "القدس"))


def test_mla_dashes_stand_for_the_author_of_the_entry_above() -> None:
    entries = _entries(
        "Works Cited\n\nDodge, Toby. Inventing Iraq: The Failure of Nation Building and a History"
        " Denied. Columbia UP, 2003.\n\n---. Iraq: From War to a New Authoritarianism. Routledge,"
        " 2012.\n\nHassan, Layla. Brokers of Access: Humanitarian Work in Northern Iraq. Hurst,"
        " 2019.\n"
    )
    assert [(e["authors"], e["year_text"]) for e in entries] == [
        ("Dodge, Toby", "2003"),
        ("Dodge, Toby", "2012"),
        ("Hassan, Layla", "2019"),
    ]
    assert entries[1]["raw"].startswith("---.")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (  # an acronym author, then a title that ends with a year
            "OCHA. Iraq: Humanitarian Response Plan 2019. United Nations Office for the"
            " Coordination of Humanitarian Affairs, 2019.",
            {
                "title": "Iraq: Humanitarian Response Plan 2019",
                "year_text": "2019",
                "publisher": "United Nations Office for the Coordination of Humanitarian Affairs",
            },
        ),
        (  # MLA: a web page's site is its container, its date and a www address after it
            'Human Rights Watch. "Iraq: Families of Alleged ISIS Members Denied Aid." Human'
            " Rights Watch, 5 Feb. 2019, www.hrw.example.org/news/2019/02/05/iraq-families."
            " Accessed 3 Mar. 2024.",
            {
                "container": "Human Rights Watch",
                "publisher": None,
                "accessed": "3 Mar. 2024",
                "url": "www.hrw.example.org/news/2019/02/05/iraq-families",
                "type": "web",
            },
        ),
        (  # Vancouver: an editor's role, the medium after the title, a [cited] date
            "١٠. Médecins Sans Frontières. Iraq: mental health needs in camps [Internet]. Geneva:"
            " MSF; 2021 [cited 2023 Apr 2]. Available from: https://msf.example.org/iraq-camps",
            {
                "title": "Iraq: mental health needs in camps",
                "year_text": "2021",
                "publisher": "MSF",
                "place": "Geneva",
                "accessed": "2023 Apr 2",
            },
        ),
        (
            "٥. Heymann DL, editor. Control of communicable diseases manual. 20th ed."
            " Washington: APHA Press; 2015.",
            {"title": "Control of communicable diseases manual", "publisher": "APHA Press"},
        ),
        (  # an issue in brackets and the pages after a colon
            "الكبيسي، عمر. (2012أ). مفهوم الأمن الإنساني في الأدبيات العربية. مجلة العلوم"
            " السياسية، (44): 1-22.",
            {"container": "مجلة العلوم السياسية", "volume": None, "issue": "44", "pages": "1-22"},
        ),
        (  # Chicago thesis: the genre, a college and the university after the title
            "الحلفي، زينب كاظم. دور المنظمات غير الحكومية في إدارة أزمة المياه في البصرة. رسالة"
            " ماجستير غير منشورة، كلية العلوم السياسية، جامعة البصرة، ٢٠٢٢.",
            {
                "title": "دور المنظمات غير الحكومية في إدارة أزمة المياه في البصرة",
                "publisher": "جامعة البصرة",
                "year_text": "2022",
            },
        ),
        (  # Chicago author-date thesis: the genre and the university in one part
            "الدوري، سارة أحمد. ٢٠٢١. «المنظمات المحلية والعودة في صلاح الدين». رسالة ماجستير، جامعة"
            " تكريت.",
            {"title": "المنظمات المحلية والعودة في صلاح الدين", "publisher": "جامعة تكريت"},
        ),
        (  # IEEE thesis
            '[9] H. Jawad, "Remote management and local partners in Nineveh, 2014–2018," M.S.'
            " thesis, Dept. Political Sci., Univ. Mosul, Mosul, Iraq, 2019.",
            {"publisher": "Univ. Mosul", "place": "Mosul, Iraq"},
        ),
        (  # Chicago: the year in brackets after a journal's issue, not after the names
            'von Lossow, Tobias. "Water as a Weapon: IS on the Euphrates and Tigris." SWP'
            " Comments, no. 3 (2016).",
            {
                "title": "Water as a Weapon: IS on the Euphrates and Tigris",
                "container": "SWP Comments",
                "issue": "3",
            },
        ),
        (  # an organisation's website as the container of its page
            "المنظمة الدولية للهجرة. «النزوح المناخي في جنوب العراق». الموقع الرسمي للمنظمة، ٢٠٢٢."
            " تاريخ الزيارة: ١٥/٣/٢٠٢٣. https://iraq.iom.example.org/climate-displacement",
            {"container": "الموقع الرسمي للمنظمة", "publisher": None, "year_text": "2022"},
        ),
    ],
)
def test_entry_forms_of_the_dev9_documents(raw: str, expected: dict) -> None:
    f = parse_fields(raw)
    assert {k: f[k] for k in expected} == expected


def test_an_editor_role_is_no_part_of_the_family_name() -> None:
    f = parse_fields(
        "٥. Heymann DL, editor. Control of communicable diseases manual. 20th ed."
        " Washington: APHA Press; 2015."
    )
    assert f["authors"][0]["family"] == "Heymann"


def test_an_entry_wrapped_inside_its_paragraph_is_one_entry_even_where_a_line_looks_like_one() -> (
    None
):
    text = BODY + (
        "\n\nالمراجع\n\nأولاً: الكتب\n\n"
        "ابن خلدون، عبد الرحمن بن محمد. (د.ت). تاريخ ابن خلدون، ج3. بيروت: دار\nالفكر.\n\n"
        "الطائي، خالد عبد الله. (2016). الأمن الوطني في العراق بعد عام 2003: المفاهيم والسياسات\n"
        "(ط2). القاهرة: مكتبة مدبولي.\n\n"
        "ثانياً: التقارير\n\n"
        "المفوضية العليا لحقوق الإنسان في العراق. (2022). واقع النازحين بعد إغلاق المخيمات.\n"
        "تاريخ الاطلاع 3 أيار 2023، من https://ihchr.iq/reports/2022/idps\n\n"
        "Saleh, A. et al. (2021) 'Checkpoint regimes and aid delivery in post-ISIS Iraq',\n"
        "Disasters, vol. 45, no. 3, pp. 510–533. doi:10.5555/disa.2021.045\n\n"
        "Kaldor, M. (n.d.). Human security in the Middle East. Retrieved March 3, 2023,\n"
        "from https://www.lse.ac.uk/human-security/middle-east\n"
    )
    entries = find_references(text)[1]
    assert [e["year_text"] for e in entries] == ["د.ت", "2016", "2022", "2021", "n.d."]
    assert parse_fields(entries[3]["raw"])["container"] == "Disasters"


def test_a_work_in_press_has_its_date_and_its_title() -> None:
    entries = _entries(
        "References\n\nAl-Rawi, S. (2019). Tribal guarantees and humanitarian access in Anbar."
        " Middle East Policy, 26(3), 88–104.\n\nHassan, R., & Miller, J. (in press). Sheikhs and"
        " convoys in Salahuddin. Disasters.\n\nIOM. (2020). Iraq displacement tracking matrix."
        " IOM.\n"
    )
    assert [e["year_text"] for e in entries] == ["2019", "in press", "2020"]
    f = parse_fields(entries[1]["raw"])
    assert (f["year_text"], f["title"]) == ("in press", "Sheikhs and convoys in Salahuddin")


def test_a_volume_of_a_work_in_several_makes_no_article() -> None:
    f = parse_fields("طبری، محمد بن جریر (بی‌تا). تاریخ الرسل و الملوک، ج ۳. بیروت: دار التراث.")
    assert (f["year_text"], f["volume"], f["type"]) == ("بی\u200cتا", "3", "book")


def test_a_numbered_list_run_into_one_paragraph_is_cut_after_a_url_the_pdf_broke() -> None:
    entries = _entries(
        "المراجع\n\n"
        "٩. كاظم هدى. المنظمات غير الحكومية والقطاع الصحي في العراق [أطروحة دكتوراه]. بغداد: جامعة"
        " بغداد؛ ٢٠٢٠. ١٠. Médecins Sans Frontières. Iraq: mental health needs in camps [Internet]."
        " Geneva: MSF; 2021 [cited 2023 Apr 2]. Available from: https://msf.example.org/iraq-"
        " mental-health ١١. وزارة الهجرة والمهجرين. التقرير السنوي لعام ٢٠٢٠. بغداد: الوزارة؛ ٢٠٢١."
        " ١٢. Cetorelli V, Burnham G. Health needs of Yazidis displaced by ISIS. PLoS One."
        " 2017;12(8):e0181028.\n"
    )
    assert [e["label"] for e in entries] == ["9", "10", "11", "12"]
    f = parse_fields(entries[1]["raw"])
    assert (f["url"], f["year_text"]) == ("https://msf.example.org/iraq-mental-health", "2021")


def test_a_range_a_pdf_broke_after_its_dash_is_joined_in_the_title() -> None:
    f = parse_fields(
        "Jaber, N. (2015) Tribal mediation and state security in Anbar, 2003– 2011. PhD thesis."
        " University of Exeter."
    )
    assert f["title"] == "Tribal mediation and state security in Anbar, 2003–2011"


def test_a_family_name_cited_from_a_given_name_first_entry_links_and_the_record_names_the_author() -> (
    None
):
    from araseclit.cite import find_citations, match

    text = (
        "يرى الباحثون أن الأمن الإنساني أوسع من أمن الحدود (الموسوي، 2015: 45)، وأن ضعف الدولة"
        " يعود إلى بنية المجتمع الديني والسياسي (عبد الجبار، 2010: 12). " * 3 + "\n\nالمراجع\n\n"
        "عبد الأمير كاظم الموسوي، الأمن الإنساني في العراق: دراسة في المفهوم والتطبيق، ط2، دار"
        " الكتب العلمية، بيروت، 2015.\n\n"
        "فالح عبد الجبار، العمامة والأفندي: سوسيولوجيا خطاب وحركات الاحتجاج الديني، منشورات"
        " الجمل، بيروت، 2010.\n\n"
        "محمد حسين الحكيم، الدولة والمجتمع في العراق، دار الرافدين، بيروت، 2009.\n"
    )
    _, refs = find_references(text)
    assert [r["authors"] for r in refs] == [
        "عبد الأمير كاظم الموسوي",
        "فالح عبد الجبار",
        "محمد حسين الحكيم",
    ]
    cits = find_citations(text, references=refs)
    explained = match(cits, refs)
    assert [e["ref_id"] for e in explained[:2]] == [refs[0]["ref_id"], refs[1]["ref_id"]]
    assert "family name of the entry's fields" in explained[0]["author_rule"]


@pytest.mark.parametrize(
    ("raw", "publisher", "place"),
    [
        (
            "الطبري، محمد بن جرير. تاريخ الرسل والملوك. تحقيق محمد أبو الفضل إبراهيم. ج4. القاهرة:"
            " دار المعارف، د.ت.",
            "دار المعارف",
            "القاهرة",
        ),
        (
            "Marr, Phebe. The Modern History of Iraq. Boulder: Westview Press, n.d.",
            "Westview Press",
            "Boulder",
        ),
    ],
)
def test_an_undated_imprint_leaves_its_publisher_alone(
    raw: str, publisher: str, place: str
) -> None:
    f = parse_fields(raw)
    assert (f["publisher"], f["place"]) == (publisher, place)
