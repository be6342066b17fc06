"""Reference-list splitting defects the session-9 review found (issue 13): where an entry of a
list starts, on the forms Arabic and foreign bibliographies of the field are written in."""

from araseclit.cite import audit, find_citations, find_references
from araseclit.cite.patterns import fold_digits
from araseclit.cite.references import ND_RE, _entry_year, parse_reference_entry
from araseclit.cite.years import YearContext

BODY = "نص البحث عن المنظمات غير الحكومية والأمن الإنساني في نينوى بعد عام 2017. " * 8

AR_NUMBERED = (
    "1. عبد الأمير كاظم الموسوي، الأمن الإنساني في العراق، دار الكتب العلمية، بيروت، 2015.\n"
    "2. محمد حسين الحكيم، الدولة والمجتمع في العراق، دار الرافدين، بيروت، 2009.\n"
)


def _refs(lst: str) -> list[dict]:
    return find_references(BODY + "\n\n" + lst)[1]


def test_unnumbered_foreign_part_after_a_numbered_arabic_part_keeps_its_entries():
    refs = _refs(
        "المراجع\n" + AR_NUMBERED + "المراجع الأجنبية\n"
        "Dodge, Toby. Iraq: From War to a New Authoritarianism. London: Routledge, 2012.\n"
        "Kaldor, Mary. Human Security. Cambridge: Polity, 2007.\n"
        "Mansour, Renad. The Popular Mobilisation Forces. Washington: Carnegie, 2021.\n"
    )
    assert [r["year_text"] for r in refs] == ["2015", "2009", "2012", "2007", "2021"]
    assert refs[1]["raw"].endswith("2009.")
    assert refs[4]["raw"].startswith("Mansour, Renad.")


def test_unnumbered_web_sources_after_a_numbered_list_are_entries_under_their_subheading():
    refs = _refs(
        "المراجع\n" + AR_NUMBERED + "مواقع إلكترونية\n"
        "الأمم المتحدة، تقرير الاستجابة الإنسانية في العراق، 2020، https://www.un.org/iraq\n"
        "منظمة العفو الدولية، العراق: العودة المستحيلة، 2019.\n"
    )
    assert [r["year_text"] for r in refs] == ["2015", "2009", "2020", "2019"]
    assert "مواقع" not in refs[1]["raw"]
    assert refs[3]["raw"].startswith("منظمة العفو الدولية")


def test_a_wrapped_line_of_a_numbered_entry_still_joins_it():
    refs = _refs(
        "المراجع\n"
        "1. الموسوي، عبد الأمير. الأمن الإنساني في العراق.\n"
        "بيروت: دار الكتب العلمية، 2015.\n"
        "2. الحكيم، محمد حسين. الدولة والمجتمع في العراق.\n"
        "بيروت: دار الرافدين، 2009.\n"
    )
    assert [r["year_text"] for r in refs] == ["2015", "2009"]


def test_short_numbered_entries_are_entries_not_subheadings():
    refs = _refs(
        "المصادر والمراجع\n"
        "1. القرآن الكريم\n"
        "2. ابن خلدون، عبد الرحمن، المقدمة، دار الفكر، بيروت، 2004.\n"
        "3. محمد حسين الحكيم، الدولة والمجتمع في العراق، دار الرافدين، بيروت، 2009.\n"
    )
    assert [r["label"] for r in refs] == ["1", "2", "3"]
    assert refs[0]["raw"] == "1. القرآن الكريم"
    refs = _refs(
        "References\n"
        "1. Kaldor M. Human security. Cambridge: Polity; 2007.\n"
        "2. Interview with UNHCR protection officer\n"
        "3. Dodge T. Iraq: from war to a new authoritarianism. London: Routledge; 2012.\n"
    )
    assert [r["label"] for r in refs] == ["1", "2", "3"]


def test_a_numbered_interview_cited_by_number_is_no_missing_reference():
    text = (
        "تشير الدراسات إلى أن المنظمات غير الحكومية أدت دوراً مهماً في حماية النازحين [1]. "
        "وأكد مدير إحدى المنظمات الإغاثية أن الوصول إلى المخيمات ما زال صعباً [2]. "
        "كما أن الأمن الإنساني مفهوم متعدد الأبعاد [3].\n\nالمراجع\n"
        "1. محمد حسين الحكيم، الدولة والمجتمع في العراق، دار الرافدين، بيروت، 2009.\n"
        "2. مقابلة مع مدير منظمة إغاثية\n"
        "3. عبد الأمير كاظم الموسوي، الأمن الإنساني في العراق، دار الكتب العلمية، بيروت، 2015.\n"
    )
    result = audit(find_citations(text), find_references(text)[1], as_of=2026)
    assert result["missing_references"] == []


def test_a_numbered_subheading_over_unnumbered_entries_is_still_blanked():
    refs = _refs(
        "المراجع\n\n"
        "1. الكتب\n"
        "الحكيم، محمد حسين، الدولة والمجتمع في العراق، دار الرافدين، بيروت، 2009.\n"
        "الموسوي، عبد الأمير، الأمن الإنساني في العراق، دار الكتب العلمية، بيروت، 2015.\n"
    )
    assert [r["year_text"] for r in refs] == ["2009", "2015"]
    assert not any("الكتب\n" in r["raw"] for r in refs)


def _year(raw: str) -> str | None:
    info, _, _ = _entry_year(fold_digits(raw), raw.isascii(), YearContext(persian=True))
    return info["year_text"] if info else None


def test_words_of_a_title_are_no_access_date():
    assert (
        _year("Smith, John. How Aid Is Viewed in Northern Iraq. London: Zed Books, 2015.") == "2015"
    )
    assert _year("Jones, K. A Retrieved Past: Memory and Militias. Oxford: Hart, 2018.") == "2018"
    assert _year("Lee, A. Uncited Voices of Mosul. London: Saqi, 2016.") == "2016"
    assert (
        _year("احمدی، حمید. چالش‌های دسترسی در مناطق مرزی غرب ایران. تهران: نشر نی، ۱۳۹۸.") == "1398"
    )


def test_an_access_date_is_still_left_out():
    assert _year("UN. Report on Iraq. New York: UN, 2019. Accessed 3 March 2023.") == "2019"
    assert _year("Kaldor M. Human security [Internet]. 2019 [cited 2021 Mar 14].") == "2019"
    assert _year("سازمان ملل. گزارش عراق. ۱۳۹۸. دسترسی در ۲۰ مهر ۱۴۰۱ از https://un.org") == "1398"


def test_a_doctor_or_a_name_is_no_missing_date():
    assert ND_RE.search("تحقيق: د. تيسير شيخ الأرض. دمشق: دار الفكر.") is None
    assert ND_RE.search("ترجمة د. تركي الحمد. بيروت: المنظمة العربية للترجمة.") is None
    assert ND_RE.search("ترجمه بیتا کریمی. تهران: نشر نی.") is None
    for no_date in (
        "بيروت: دار الفكر، د.ت.",
        "القاهرة، (د. ت)",
        "تهران: سمت، بی‌تا.",
        "Oxford, n.d.",
    ):
        assert ND_RE.search(no_date), no_date


def test_a_wrapped_translator_line_is_no_entry():
    refs = _refs(
        "المراجع\n\n"
        "ابن خلدون، عبد الرحمن (2004). المقدمة.\n"
        "تحقيق: د. تيسير شيخ الأرض. دمشق: دار الفكر.\n"
        "الحكيم، محمد حسين (2009). الدولة والمجتمع في العراق. بيروت: دار الرافدين.\n"
    )
    assert [r["year_text"] for r in refs] == ["2004", "2009"]
    refs = find_references(
        BODY + "\n\nمنابع\n\n"
        "هابز، توماس (۱۳۹۰). لویاتان.\n"
        "ترجمه بیتا کریمی. تهران: نشر نی.\n"
        "کریمی‌پور، یدالله (۱۳۹۷). سازمان‌های مردم‌نهاد و امنیت مرزی. تهران: سمت.\n"
    )[1]
    assert [r["year_text"] for r in refs] == ["1390", "1397"]


def test_a_bracketed_year_on_a_wrapped_title_line_starts_no_entry():
    refs = _refs(
        "References\n\n"
        "Hamdan, L. (2017) The humanitarian response after the Mosul offensive\n"
        "Operation (2016) and its aftermath. Abingdon: Routledge.\n"
        "Kaldor, M. (2007) Human Security. Cambridge: Polity.\n"
    )
    assert [r["year_text"] for r in refs] == ["2017", "2007"]
    refs = _refs(
        "المراجع\n\n"
        "الجبوري، سعد (2019). المنظمات الإنسانية بعد معركة تحرير الموصل\n"
        "عام (2017) وتحديات العودة. بغداد: دار الشؤون الثقافية.\n"
        "الحكيم، محمد حسين (2009). الدولة والمجتمع في العراق. بيروت: دار الرافدين.\n"
    )
    assert [r["year_text"] for r in refs] == ["2019", "2009"]


def test_a_body_dated_in_brackets_after_a_url_entry_is_still_an_entry():
    refs = _refs(
        "References\n\n"
        "UNHCR (2019) Iraq protection update. Available at: https://www.unhcr.org/iraq\n"
        "Norwegian Refugee Council (2020) Barriers from birth. Oslo: NRC.\n"
    )
    assert [r["year_text"] for r in refs] == ["2019", "2020"]


def test_a_numbered_author_date_list_keeps_its_labels_and_its_citations():
    text = (
        "The state in Iraq rebuilt its coercive apparatus after 2003 [1], while the idea of human "
        "security moved the referent from the state to the person [2].\n\nReferences\n"
        "1. Dodge, T. (2012). Iraq: From war to a new authoritarianism. London: Routledge.\n"
        "2. Kaldor, M. (2007). Human security. Cambridge: Polity.\n"
    )
    refs = find_references(text)[1]
    assert [r["label"] for r in refs] == ["1", "2"]
    assert refs[0]["raw"].startswith("1. Dodge, T. (2012).")
    result = audit(find_citations(text), refs, as_of=2026)
    assert result["missing_references"] == [] and result["uncited_references"] == []
    refs = _refs(
        "المراجع\n"
        "١. الموسوي، عبد الأمير كاظم (٢٠١٥). الأمن الإنساني في العراق. بيروت: دار الكتب العلمية.\n"
        "٢. الحكيم، محمد حسين (٢٠٠٩). الدولة والمجتمع في العراق. بيروت: دار الرافدين.\n"
    )
    assert [r["label"] for r in refs] == ["1", "2"]


def test_a_bibliography_of_paragraphs_with_the_year_on_a_wrapped_last_line():
    refs = _refs(
        "Bibliography\n\n"
        "Dodge, Toby. Iraq: From War to a New Authoritarianism. London:\nRoutledge, 2012.\n\n"
        "Hamdan, Layla. Militias and the State in Iraq. Abingdon:\nRoutledge, 2017.\n\n"
        "Kaldor, Mary. Human Security: Reflections on Globalization and Intervention.\n"
        "Cambridge: Polity, 2007.\n\n"
        "Weiss, Thomas G. Humanitarian Business. Cambridge: Polity, 2013.\n"
    )
    assert [r["raw"].split(",")[0] for r in refs] == ["Dodge", "Hamdan", "Kaldor", "Weiss"]
    assert refs[0]["raw"].endswith("London: Routledge, 2012.")
    refs = _refs(
        "المراجع\n\n"
        "الحكيم، محمد حسين. الدولة والمجتمع في العراق. بيروت: دار\nالرافدين، 2009.\n\n"
        "الجبوري، سعد. العودة إلى نينوى. بغداد: دار الشؤون\nالثقافية، 2018.\n\n"
        "الشمري، علي حسن. التمويل الدولي ومنظمات المجتمع المدني. بغداد: دار الكتب، 2020.\n"
    )
    assert [r["raw"].split("،")[0] for r in refs] == ["الحكيم", "الجبوري", "الشمري"]


def test_an_entry_keeps_a_url_the_reader_broke_after_its_slash_and_its_language_note():
    refs = _refs(
        "References\n\n"
        "ICRC. (2021). Iraq: Humanitarian access in retaken areas. https://www.icrc.org/en/\n"
        "document/iraq-humanitarian-access-retaken-areas\n\n"
        "UNAMI. (2020). Report on the protection of civilians. "
        "https://unami.unmissions.org/en/poc-report In Arabic\n\n"
        "Kaldor, M. (2007). Human Security. Cambridge: Polity.\n"
    )
    assert len(refs) == 3
    assert refs[0]["raw"].endswith("document/iraq-humanitarian-access-retaken-areas")
    assert refs[1]["raw"].endswith("poc-report In Arabic")
    refs = _refs(
        "References\n\n"
        "Saleh, A. (2021) 'Checkpoint regimes and aid delivery', Disasters, 45(3), pp. 510–533. "
        "doi:10.5555/disa.2021.045 Reports\n\n"
        "Norwegian Refugee Council (2019) Barriers from Birth. Oslo: NRC.\n"
    )
    assert refs[0]["raw"].endswith("doi:10.5555/disa.2021.045")


def test_an_entry_after_an_undated_web_page_keeps_its_own_author() -> None:
    # the entry above ends with its URL: it is whole though undated, and "name، year." after
    # it opens the next entry instead of being read as that entry's wrapped tail
    body = "نما قطاع المنظمات في العراق بعد 2003 (البنك الدولي، 2018؛ المفوضية السامية، 2019). " * 6
    refs = (
        "المراجع\n"
        "وزارة الداخلية العراقية. بوابة تسجيل المنظمات. https://moi.gov.iq/ngo\n"
        "المفوضية السامية، 2019. الاتجاهات العالمية للنزوح القسري. جنيف.\n"
        "البنك الدولي، 2018. المرصد الاقتصادي للعراق. واشنطن.\n"
    )
    entries = find_references(body + "\n\n" + refs)[1]
    assert [e["raw"][:18] for e in entries if e.get("year_text")] == [
        "المفوضية السامية، ",
        "البنك الدولي، 2018",
    ]


def test_an_access_date_with_a_comma_after_its_month_is_not_the_year() -> None:
    for entry, year in (
        ('Human Rights Watch. "Iraq: Displaced Families Barred." 2019. '
         "https://www.hrw.org/news/2019/iraq. Accessed September, 2023.", 2019),
        ("IOM. Displacement Tracking Matrix. 2016. Last accessed March, 2020.", 2016),
    ):  # fmt: skip
        assert parse_reference_entry(entry)["year"] == year
