"""Reference fields the tenth session's development lists (dev10_r*) showed wrong on their
first look (issue 13): an inverted name whose given names no list holds, in the comma style
of Iraqi theses; a newspaper's date and lettered page; a journal in a part of its own (ISO
690); a link's lead-in left behind; a UN document's symbol, an ISBN or ISSN read as a field;
APA's dated bracket; a title's bracketed year taken for the entry's; ISO 690 editors before a
chapter's book."""

from __future__ import annotations

import pytest

from araseclit.cite import find_references
from araseclit.cite.fields import is_date_piece, parse_fields


def _fields(raw: str) -> dict:
    f = parse_fields(raw)
    return {k: v for k, v in f.items() if v and k not in ("names", "authors")} | {
        "family": f["authors"][0]["family"] if f["authors"] else None
    }


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        (  # a translated book: the family name is one word, the given name is in no list
            "3- هنتنغتون، صموئيل، النظام السياسي لمجتمعات متغيرة، ترجمة: سمية فلو عبود، ط2، "
            "دار الساقي، بيروت، 1993.",
            {
                "family": "هنتنغتون",
                "title": "النظام السياسي لمجتمعات متغيرة",
                "publisher": "دار الساقي",
                "place": "بيروت",
                "year_text": "1993",
            },
        ),
        (  # an Arabic family name with a compound given name, a city no list names
            "الحمداني، عبد الستار جبار، الأمن الإقليمي والتحولات في الخليج، دار الحامد، عمان، 2012.",
            {
                "family": "الحمداني",
                "title": "الأمن الإقليمي والتحولات في الخليج",
                "publisher": "دار الحامد",
                "place": "عمان",
            },
        ),
        (  # a Latin name with its given name spelt out, Publisher then Place
            "2- Tripp, Charles, A History of Iraq, Cambridge University Press, Cambridge, 2007.",
            {
                "family": "Tripp",
                "title": "A History of Iraq",
                "publisher": "Cambridge University Press",
                "place": "Cambridge",
            },
        ),
    ],
)
def test_a_comma_style_entry_reads_its_inverted_name_by_the_shape_of_its_pieces(
    raw: str, want: dict
) -> None:
    got = _fields(raw)
    assert {k: got.get(k) for k in want} == want


def test_a_title_after_a_one_word_name_is_no_given_name() -> None:
    """``Machiavelli, The Prince, …``: capitalised, but a title's opener, not a given name."""
    f = parse_fields("Machiavelli, The Prince, Penguin Books, London, 2003.")
    assert f["title"] != "2003"
    assert f["authors"][0]["given"] is None or "Prince" not in f["authors"][0]["given"]


@pytest.mark.parametrize(
    ("piece", "is_date"),
    [("14 نيسان 2019", True), ("٣ تشرين الأول", True), ("3 July 2014", True),
     ("12 March", True), ("June 22", True), ("بغداد", False), ("دار الرافدين", False),
     ("العدد 4672", False), ("2019", False)],
)  # fmt: skip
def test_a_date_piece_is_told_from_a_place(piece: str, is_date: bool) -> None:
    assert is_date_piece(piece) is is_date


@pytest.mark.parametrize(
    ("raw", "container", "issue", "pages"),
    [
        ("الساعدي، حيدر، \"الفصائل وقانون الحشد\"، جريدة المدى، العدد 5120، 2 آب 2021، ص 5.",
         "جريدة المدى", "5120", "5"),
        ("Arango, T. (2017) 'Iran dominates in Iraq after U.S. pulled out', The New York Times, "
         "15 July, p. A1.", "The New York Times", None, "A1"),
        ("4. ROSE, Sam. Aid convoys stopped at Mosul checkpoints. The Guardian. 9 May 2018, "
         "p. 14.", "The Guardian", None, "14"),
    ],
)  # fmt: skip
def test_a_newspaper_article_has_its_paper_and_page_and_its_date_is_no_place(
    raw: str, container: str, issue: str | None, pages: str
) -> None:
    f = parse_fields(raw)
    assert (f["container"], f["issue"], f["pages"]) == (container, issue, pages)
    assert f["place"] is None and f["publisher"] is None


def test_an_iso_690_journal_in_a_part_of_its_own_keeps_its_locators() -> None:
    f = parse_fields(
        "5. KAREEM, Nadia. NGO registration and the security services in Iraq. Middle East "
        "Law and Governance. 2021, vol. 13, no. 1, pp. 45–70. ISSN 1876-3367. Available from: "
        "doi:10.5555/melg.2021.045"
    )
    assert (f["container"], f["volume"], f["issue"], f["pages"]) == (
        "Middle East Law and Governance", "13", "1", "45–70",
    )  # fmt: skip
    assert f["publisher"] is None and f["doi"] == "10.5555/melg.2021.045"


def test_a_links_lead_in_goes_with_its_link() -> None:
    f = parse_fields(
        "Saleh, K. (2020) 'Militias and aid in Diyala', Conflict, Security & Development, "
        "20(3), pp. 301–322. Available at: https://doi.org/10.5555/csd.2020.301 "
        "(Accessed: 5 March 2022)."
    )
    assert f["publisher"] is None and f["doi"] == "10.5555/csd.2020.301"
    g = parse_fields(
        'مفوضية حقوق الإنسان، "تقرير عن أوضاع السجون في العراق"، 2020، متاح على الموقع: '
        "https://ihchr.iq/prisons-2020، تاريخ الزيارة: 1/2/2022."
    )
    assert g["container"] is None and g["url"] == "https://ihchr.iq/prisons-2020"


@pytest.mark.parametrize(
    ("raw", "title", "publisher", "place"),
    [
        ("مجلس الأمن، تقرير الأمين العام عن الحالة في العراق، الوثيقة S/2020/140، نيويورك، 2020.",
         "تقرير الأمين العام عن الحالة في العراق", None, "نيويورك"),
        ("الجمعية العامة. (٢٠١٥). تحويل عالمنا: خطة التنمية المستدامة لعام ٢٠٣٠ (A/RES/70/1). "
         "نيويورك: الأمم المتحدة.", "تحويل عالمنا: خطة التنمية المستدامة لعام 2030",
         "الأمم المتحدة", "نيويورك"),
        ("1. DODGE, Toby. Inventing Iraq. New York: Columbia University Press, 2003. "
         "ISBN 978-0-231-13167-7.", "Inventing Iraq", "Columbia University Press", "New York"),
    ],
)  # fmt: skip
def test_a_document_symbol_or_isbn_is_no_field(
    raw: str, title: str, publisher: str | None, place: str
) -> None:
    f = parse_fields(raw)
    assert (f["title"], f["publisher"], f["place"]) == (title, publisher, place)


@pytest.mark.parametrize(
    ("raw", "year", "title"),
    [
        ("الخفاجي، سلام. (٢٠٢٠، ١٥ شباط). الحشد والمنظمات في ديالى. جريدة الصباح، ص ٤.",
         "2020", "الحشد والمنظمات في ديالى"),
        ("Amnesty International. (2018, March 6). Iraq: Women with perceived ISIS ties "
         "abused. https://www.amnesty.org/en/latest/news/2018/03/iraq-women/", "2018",
         "Iraq: Women with perceived ISIS ties abused"),
    ],
)  # fmt: skip
def test_apas_dated_bracket_gives_the_year_and_the_title_after_it(
    raw: str, year: str, title: str
) -> None:
    f = parse_fields(raw)
    assert (f["year_text"], f["title"]) == (year, title)


def test_a_titles_bracketed_year_is_not_the_entrys_when_the_imprint_closes_with_one() -> None:
    raw = (
        "3. UNITED NATIONS SECURITY COUNCIL. Report of the Secretary-General pursuant to "
        "resolution 2107 (2013). S/2016/372. New York: United Nations, 2016."
    )
    f = parse_fields(raw)
    assert f["year_text"] == "2016"
    assert f["title"] == "Report of the Secretary-General pursuant to resolution 2107 (2013)"
    # APA keeps the bracket after its names, and a Chicago journal's year before its pages
    assert parse_fields("Dodge, T. (2012). Iraq. London: Routledge, 2019.")["year_text"] == "2012"
    chicago = 'Haddad, Fanar. "Sectarian Relations." Middle East Journal 71, no. 2 (2017): 9–30.'
    assert parse_fields(chicago)["year_text"] == "2017"


def test_iso_690_editors_before_a_chapters_book_are_not_its_title() -> None:
    f = parse_fields(
        "8. JABAR, Faleh. Clerics and tribes in Iraqi politics. In: DAWOD, Hosham and "
        "Faleh JABAR, eds. Tribes and Power. London: Saqi, 2003, pp. 69–109."
    )
    assert (f["container"], f["pages"], f["place"], f["publisher"]) == (
        "Tribes and Power", "69–109", "London", "Saqi",
    )  # fmt: skip


def test_a_thesis_bibliography_grouped_by_type_gives_every_entry_its_fields() -> None:
    text = (
        "المصادر\n\n"
        "أولاً: الكتب\n\n"
        "1- هنتنغتون، صموئيل، النظام السياسي لمجتمعات متغيرة، ترجمة: سمية فلو عبود، دار الساقي، "
        "بيروت، 1993.\n\n"
        "ثانياً: الصحف\n\n"
        '1- الساعدي، حيدر، "الفصائل وقانون الحشد"، جريدة المدى، العدد 5120، 2 آب 2021، ص 5.\n\n'
        "ثالثاً: الوثائق\n\n"
        "1- مجلس الأمن، تقرير الأمين العام عن الحالة في العراق، الوثيقة S/2020/140، نيويورك، "
        "2020.\n"
    )
    _, entries = find_references(text)
    got = [(e["year_text"], e["title"], e["place"]) for e in entries]
    assert got == [
        ("1993", "النظام السياسي لمجتمعات متغيرة", "بيروت"),
        ("2021", "الفصائل وقانون الحشد", None),
        ("2020", "تقرير الأمين العام عن الحالة في العراق", "نيويورك"),
    ]


def test_unnumbered_web_entries_after_a_numbered_list_are_entries_of_their_own() -> None:
    """A numbered list that ends in unnumbered web sources (``Org. Title. 2019. URL``): each
    line is its own entry, not the tail of the last numbered one (5 entries read as 3)."""
    text = (
        "المراجع\n\n"
        "1. الحيالي، نور (2019). المنظمات المحلية في الموصل. الموصل: مركز الدراسات الإقليمية.\n"
        "2. Mansour, R. (2018). Iraq after the fall of ISIS. Chatham House.\n"
        "3. الطائي، سامر (2016). الأمن الوطني في العراق. القاهرة: مكتبة مدبولي.\n\n"
        "IOM. Iraq displacement tracking: Round 120. 2021. https://iraqdtm.iom.int/round-120\n"
        "المرصد العراقي لحقوق الإنسان. حالة المدافعين عن حقوق الإنسان. 2022. "
        "https://www.iraqoto.org/defenders-2022\n"
    )
    _, entries = find_references(text)
    assert [(e["label"], e["year_text"]) for e in entries] == [
        ("1", "2019"), ("2", "2018"), ("3", "2016"), (None, "2021"), (None, "2022"),
    ]  # fmt: skip
    assert entries[2]["raw"].endswith("مكتبة مدبولي.")
    assert entries[4]["url"] == "https://www.iraqoto.org/defenders-2022"


def test_an_undated_line_after_a_whole_entry_is_an_entry_not_its_tail() -> None:
    text = (
        "المصادر\n\n"
        "الدليمي، قاسم (2017). العشائر والأمن في الأنبار. بغداد: دار الكتب والوثائق.\n"
        "مقابلة مع ضابط في شرطة الرمادي، الرمادي، تشرين الثاني.\n"
        "Dodge, T. (2012). Iraq: From war to a new authoritarianism. Routledge.\n"
    )
    _, entries = find_references(text)
    assert [e["raw"][:12] for e in entries] == ["الدليمي، قاس", "مقابلة مع ضا", "Dodge, T. (2"]
    assert entries[0]["raw"].endswith("دار الكتب والوثائق.")
    assert entries[1]["year_text"] is None


def test_a_wrapped_imprint_line_stays_with_its_entry() -> None:
    """The counterpart: a closed line that a field reads (an imprint, a link, an access date)
    continues the entry above, though the entry above is closed and dated."""
    text = (
        "المصادر\n\n"
        "الدليمي، قاسم (2017). العشائر والأمن في الأنبار.\n"
        "بغداد: دار الكتب والوثائق.\n"
        "Hassan, R. (2020). Militia media in Iraq. Middle East Report, 12(3), 5-9.\n"
        "Accessed 3 March 2023.\n"
    )
    _, entries = find_references(text)
    assert len(entries) == 2
    assert entries[0]["place"] == "بغداد" and entries[1]["accessed"] == "3 March 2023"


def test_an_article_in_press_names_its_journal_alone() -> None:
    f = parse_fields(
        "Karim, S., & Lewis, D. (in press). Aid, arms and access in Sinjar. Disasters."
    )
    assert (f["container"], f["publisher"]) == ("Disasters", None)
    book = parse_fields("Karim, S. (forthcoming). Aid and arms in Sinjar. Hurst Publishers.")
    assert (book["container"], book["publisher"]) == (None, "Hurst Publishers")


def test_a_numeral_before_the_publishers_acronym_ends_the_title() -> None:
    f = parse_fields(
        "International Organization for Migration. (2021). Iraq mission: Return index round IV. IOM."
    )
    assert (f["title"], f["publisher"]) == ("Iraq mission: Return index round IV", "IOM")
    g = parse_fields("Tripp, C. (2007). A history of Iraq, ed. by J. Smith. Cambridge UP.")
    assert g["title"].startswith("A history of Iraq")


def test_a_newspapers_city_in_brackets_is_its_place() -> None:
    f = parse_fields(
        'الحيدري، سعد. "المنظمات والحشد في سامراء". جريدة الزمان (بغداد)، 4 آذار 2019.'
    )
    assert (f["container"], f["place"], f["year_text"]) == ("جريدة الزمان", "بغداد", "2019")
    # a bracket that names no place stays the container's own
    g = parse_fields('Aziz, L. (2020). "Aid under fire". Middle East Report (Online), p. 4.')
    assert g["place"] is None


def test_a_word_a_pdf_broke_after_its_hyphen_is_one_word_again() -> None:
    f = parse_fields(
        "3. UNITED NATIONS SECURITY COUNCIL. Report of the Secretary- General on Iraq. "
        "S/2021/120. New York: United Nations, 2021."
    )
    assert f["title"] == "Report of the Secretary-General on Iraq"
    g = parse_fields("al-Hakim, Sami. 2017. Al-Dawla wa-l-Mujtama'. Baghdad: Dar al- Rafidain.")
    assert g["publisher"] == "Dar al-Rafidain"
    # a suspended hyphen keeps its space
    h = parse_fields("Smith, J. (2019). Pre- and post-war aid in Iraq. Disasters, 4(2), 1-9.")
    assert h["title"] == "Pre- and post-war aid in Iraq"


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("العبيدي، هالة سامي. (2019). المنظمات النسوية في كركوك [رسالة ماجستير غير منشورة]. "
         "جامعة كركوك.", "thesis"),
        ("Hamid, O. (2016) Aid brokers in Diyala, 2014–2015. PhD thesis. University of Leeds.",
         "thesis"),
        ("الزبيدي، رنا. «الأمن المحلي في الكوت». أطروحة دكتوراه، جامعة واسط، 2020.", "thesis"),
        ("سازمان ملل متحد (۱۳۹۹). گزارش وضعیت بازگشت آوارگان عراقی. تهران: مرکز اطلاعات.",
         "report"),
        ('[7] REACH, "Iraq returns dashboard," 2022. Accessed: Feb. 2, 2023. [Online]. '
         "Available: https://reach.example.org/iraq", "web"),
    ],
)  # fmt: skip
def test_an_entry_is_typed_by_what_it_says_it_is(raw: str, kind: str) -> None:
    assert parse_fields(raw)["type"] == kind


@pytest.mark.parametrize(
    ("raw", "people"),
    [
        ("رضایی‌فر، مهدی، صادقی، لیلا و امینی، رضا (۱۳۹۸). امنیت مرزی و سازمان‌های مردم‌نهاد. "
         "فصلنامه مطالعات راهبردی، ۲۲(۱)، ۷–۳۰.",
         [("رضایی‌فر", "مهدی"), ("صادقی", "لیلا"), ("امینی", "رضا")]),
        ("الراوي، خالد عمر، وآخرون. (2020). النزوح والأمن في الأنبار. الرمادي: دار الأنبار.",
         [("الراوي", "خالد عمر")]),
        ("Karim, S. et al. (2022) 'Aid and checkpoints in Kirkuk', Disasters, 46(1), pp. 1–20.",
         [("Karim", "S.")]),
    ],
)  # fmt: skip
def test_authors_in_turn_and_et_al_give_each_their_given_names(raw: str, people: list) -> None:
    got = [(p["family"], p["given"]) for p in parse_fields(raw)["authors"]]
    assert got == people
