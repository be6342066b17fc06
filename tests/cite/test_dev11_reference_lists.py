"""Reference lists and entry fields of the eleventh session's development documents (issue 13,
brief h11/E6): lists a PDF reader joins into paragraphs (grouped numbered lists whose
subheadings run into their first entry, unnumbered lists run together, a part's heading and
its colon joined to the entry after it), and the fields of entries in Arabic bibliographies
(مج/ع, د.م: د.ن), Persian lists (سال/شماره‌ی, در … به کوشش, پایان‌نامه‌ی) and Elsevier's
Harvard ("Publisher, Place", "16 (3), 233–251"), with the entry types newspaper, web, report,
thesis and chapter."""

from __future__ import annotations

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
