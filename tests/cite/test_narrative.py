"""Narrative citations: the name before a bracketed year (issue 13, review 10 finding 10)."""

from __future__ import annotations

from araseclit.cite import find_citations
from araseclit.cite.coverage import audit
from araseclit.cite.references import find_references

PERSIAN = """\
نقش نهادهای مدنی در بازسازی پس از جنگ

در میان پژوهش‌های داخلی، کریمی و همکاران (۱۳۹۹) نشان دادند که مشارکت محلی به پایداری \
طرح‌ها کمک می‌کند و نادری (۱۴۰۱، ص ۱۲) نیز بر همین نکته تأکید دارد.

منابع

کریمی، حسن، صالحی، مریم، و رستمی، امید. (۱۳۹۹). مشارکت محلی و بازسازی. تهران: نشر آگه.
نادری، لیلا. (۱۴۰۱). نهادهای مدنی پس از جنگ. فصلنامهٔ توسعه، ۸(۲)، ۵-۳۰.
"""


def test_the_name_before_a_persian_et_al_is_the_author() -> None:
    cits = find_citations(PERSIAN)
    assert [(c["author"], c["year"]) for c in cits] == [
        ("کریمی و همکاران", 1399),
        ("نادری", 1401),
    ]
    result = audit(cits, find_references(PERSIAN)[1])
    assert result["missing_references"] == []


def test_a_body_named_at_a_sentence_end_is_cited_not_read_as_an_entry() -> None:
    text = (
        "Displacement figures fell after 2019, according to the International Organization "
        "for Migration (2021). Returns, however, stalled in Sinjar.\n\n"
        "References\n\n"
        "International Organization for Migration (2021) Iraq displacement tracking. Erbil: IOM.\n"
        "Sassoon, J. (2009) The Iraqi refugees. London: I.B. Tauris.\n"
    )
    got = [(c["author"], c["year"]) for c in find_citations(text)]
    assert got == [("International Organization for Migration", 2021)]


def test_a_work_read_in_another_gives_no_page_from_its_year() -> None:
    text = "ويذهب الربيعي (2018، نقلاً عن Hammond, 2011) إلى أن العودة لا تنهي النزوح."
    got = [(c["author"], c["year"], c["page"], c["via_original"]) for c in find_citations(text)]
    # the work read is the citation, its original named before the bracket, as the bracket
    # form "(Buzan, 1983, cited in Hough, 2008: 14)" gives Hough (issue 13 S1/S2)
    assert got == [("Hammond", 2011, None, "الربيعي")]


# --- narrative citations with no bracket (issue 13; heldout12's op-ed gave 0 of 16) ---------

ESSAY = """\
المجتمع المحلي والعائدون إلى سنجار

يرى الباحث كريم حسون الساعدي في كتابه «العودة المؤجلة» الصادر عام ٢٠٢٠ أن المخيمات صارت \
مدناً مؤقتة، ويكتب الساعدي في الصفحة ٦٣ من الكتاب نفسه أن الخوف يسبق العائدين إلى قراهم.

في عام ٢٠١٤ سيطر التنظيم على سنجار، والتقى الكاتب عام ٢٠١٦ بالناشطة سلمى الدخيل في دهوك. \
وأعلن الشيخ حامد الشمري في آب ٢٠١٧ تشكيل لجنة للمصالحة.

ومن جهتها أشارت الهيئة الوطنية لحقوق الإنسان في تقريرها السنوي لعام ٢٠٢١ إلى حالات منع \
عودة من دون قرار قضائي. وقد عاد الساعدي إلى المسألة في خاتمة كتابه (ص ١٩٠).

مصادر المقال
- كريم حسون الساعدي، العودة المؤجلة: النازحون وسؤال المكان، دار المدى، بغداد، ٢٠٢٠.
- ليلى ناصر العبيدي، المخيم والمدينة، دار الكتب، أربيل، ٢٠١٨.
"""


def _cits(text: str) -> list[tuple]:
    entries = find_references(text)[1]
    return [(c["author"], c["year"], c["page"]) for c in find_citations(text, references=entries)]


def test_an_essay_names_its_sources_in_the_prose() -> None:
    got = _cits(ESSAY)
    # the listed book at its year, its later pages (in prose and in a bracket after its
    # author's name, a paragraph on), the body's report with a work noun, a verb and its year
    assert ("كريم حسون الساعدي", 2020, None) in got
    paged = [(a.split()[-1], y, p) for a, y, p in got if p]
    assert paged == [("الساعدي", 2020, "63"), ("الساعدي", 2020, "190")]
    assert ("الهيئة الوطنية لحقوق الإنسان", 2021, None) in got
    # years of events beside the names of people who wrote nothing: no citation
    assert not [g for g in got if g[1] in (2014, 2016, 2017)]
    assert len(got) == 4


def test_the_essay_list_under_its_heading_is_found_and_linked() -> None:
    entries = find_references(ESSAY)[1]
    assert [e["gregorian_year"] for e in entries] == [2020, 2018]
    result = audit(find_citations(ESSAY, references=entries), entries)
    # the body's report has no entry; العبيدي is listed and never cited
    assert [m["author"] for m in result["missing_references"]] == ["الهيئة الوطنية لحقوق الإنسان"]
    assert len(result["uncited_references"]) == 1


POLICY = """\
Checkpoints and Aid

In a 2019 report, Amnesty International found that aid workers were held for days at \
checkpoints near Tal Afar. Kamal Othman argued in his 2021 book, Brokers of Order, that \
militias license protection. He writes on page 77 that access is bought, not granted.

Prime Minister Haider al-Abadi declared victory in 2017, and the 2005 constitution bans \
militias. Nour, a 29-year-old nurse interviewed in Mosul in 2022, said she was warned twice. \
In 2014, the Islamic State seized Mosul.

Writing in 2020, the journalist Rami Haddad showed in a 2020 investigation how fees rose.

Sources

Amnesty International. 2019. Held at the Gate. London: Amnesty International.
Othman, Kamal. 2021. Brokers of Order. London: Hurst.
"""


def test_an_english_essay_cites_in_the_prose_and_not_its_events() -> None:
    got = _cits(POLICY)
    assert got == [
        ("Amnesty International", 2019, None),
        ("Othman", 2021, None),
        ("Othman", 2021, "77"),
        ("Haddad", 2020, None),
    ]


def test_a_bare_year_near_a_name_needs_a_work_without_a_list() -> None:
    # no list: a reporting verb and a name by a year are not enough, the work must be named
    assert _cits("وقال الوزير سعد الحلفي عام ٢٠١٩ إن الحدود آمنة.") == []
    assert _cits("وتحدث الباحث سعد الحلفي عام ٢٠١٩ في ندوة عن الحدود.") == []
    assert _cits("وقد بيّن الباحث سعد الحلفي في دراسته المنشورة عام ٢٠١٩ أن الحدود آمنة.") == [
        ("الحلفي", 2019, None)
    ]


PERSIAN_PROSE = """\
نهادهای مدنی و امنیت محلی در عراق

به گفتهٔ رضا کاظمی در کتاب «امنیت محلی و جامعهٔ مدنی» (۱۴۰۰)، سازمان‌های محلی میان مردم و \
نیروهای امنیتی میانجی‌اند. کاظمی در صفحهٔ ۴۵ همین کتاب می‌نویسد که اعتماد پیش از امنیت می‌آید.

مریم احمدی در پژوهشی که در سال ۱۳۹۸ منتشر شد نشان داد که زنان بیشترین هزینه را می‌پردازند. \
گزارش سازمان عفو بین‌الملل در سال ۲۰۲۱ نیز از بازداشت امدادگران خبر داد.

در سال ۱۳۹۳ داعش موصل را تصرف کرد و در سال ۲۰۱۷ شهر آزاد شد.

منابع

کاظمی، رضا. (۱۴۰۰). امنیت محلی و جامعهٔ مدنی. تهران: نشر نی.
احمدی، مریم. (۱۳۹۸). زنان و بازسازی. فصلنامهٔ مطالعات زنان، ۱۲(۳)، ۴۵-۷۰.
"""


def test_persian_prose_names_its_sources_with_solar_and_gregorian_years() -> None:
    got = [(a.split()[-1], y, p) for a, y, p in _cits(PERSIAN_PROSE)]
    # a title's bracketed year after a listed author, a page of "this book", a study "published
    # in the year 1398", a body's report of 2021; the years of the fall and the liberation of
    # Mosul are no citations
    assert got == [
        ("کاظمی", 1400, None),
        ("کاظمی", 1400, "45"),
        ("احمدی", 1398, None),
        ("بین‌الملل", 2021, None),
    ]


def test_a_later_author_of_a_listed_work_cites_it_under_its_first_author() -> None:
    text = (
        "Hameed studied moral policing in Basra. Hameed's later work with Peter Doyle (2023) "
        "extends the argument to Erbil.\n\nSources\n\n"
        "Hameed, Layla, and Peter Doyle. 2023. Gender and Risk. Erbil: KIPS.\n"
        "Doyle, Peter. 2019. Aid Under Fire. London: Hurst.\n"
    )
    # "Doyle (2023)" alone would cite a work no entry holds under Doyle in 2023
    assert [(c["author"], c["year"]) for c in find_citations(text)] == [("Hameed & Doyle", 2023)]


def test_a_body_named_in_prose_cites_its_undated_listed_page() -> None:
    text = (
        "يقدم الدليل الذي ينشره مركز حماية العائدين في سنجار على موقعه شرحاً لخطوات العودة. "
        "ويعمل مركز حماية العائدين في سنجار منذ سنوات مع العائلات.\n\n"
        "المصادر\n"
        "- مركز حماية العائدين في سنجار، دليل العودة الآمنة، د.ت، متاح على: "
        "https://sinjar-return.example.org/guide\n"
        "- سامي حسن الجبوري، العودة إلى سنجار، دار الرافدين، بغداد، ٢٠٢١.\n"
    )
    got = [(c["author"], c["year"], c["year_text"]) for c in find_citations(text)]
    # the sentence with its guide and "publishes" cites the undated entry; the second names
    # the body at work, no publication of it
    assert got == [("مركز حماية العائدين في سنجار", None, "د.ت")]


def test_a_work_after_the_event_of_a_year_is_not_its_year() -> None:
    # a researcher's arrest in a year, his book named after it: the book is not of that year
    assert _cits("وكان الباحث سعد الربيعي قد اعتقل عام ٢٠١٩ بعد نشر كتابه عن الفساد.") == []
    assert _cits("واعتقلت السلطات الباحث سعد الربيعي عام ٢٠١٩ بسبب كتابه عن الفساد.") == []
    # the work right after its year is the year's: "a 2021 policy paper from …"
    assert _cits(
        "Second, a 2021 policy paper from the Iraq Civil Society Forum estimated the cost."
    ) == [("Iraq Civil Society Forum", 2021, None)]


ALI = """\
المنظمات المحلية والتمويل

وفي دراسة حيدر علي الصادرة عام ٢٠١٨ تتبع الباحث تمويل المنظمات في أربيل. وأكد الكاتب على أن \
الدراسة الصادرة عام ٢٠١٩ لم تنشر بعد.

المراجع

علي، حيدر (٢٠١٨). تمويل المنظمات غير الحكومية. أربيل: مطبعة هيفي.
علي، سامر (٢٠١٩). العمل الأهلي في كردستان. أربيل: دار آراس.
"""


def test_a_family_name_ali_is_a_name_where_the_preposition_ala_is_not() -> None:
    # "علي" is how "على" normalises: the listed "علي، حيدر" named given name first is the
    # author of 2018 (not "تمويل المنظمات" after the trade); "على أن" before the listed
    # year 2019 of another علي names nobody
    got = [(c["author"], c["gregorian_year"]) for c in find_citations(ALI)]
    assert got == [("حيدر علي", 2018)]


# --- the scorer's negative weights: the gate passes (a work noun by the year, a name) and
# only the weighed evidence decides (review of session 13: none of them was pinned) ----------

HILFI_LIST = """

المراجع

الحلفي، سعد. ٢٠١٩. أمن الحدود في العراق. بغداد: دار الشؤون الثقافية.
الحلفي، سعد. ٢٠١٤. المخيمات في دهوك. بغداد: دار الشؤون الثقافية.
العبيدي، علي. ٢٠١٨. الحدود والمخيمات. عمّان: دار الفكر.
"""


def test_a_month_before_the_year_makes_it_a_days_date_unless_the_work_is_listed() -> None:
    seminar = "وعرض الباحث سعد الحلفي في آذار ٢٠١٩ دراسته في ندوة ببغداد عن أمن الحدود."
    # a trade, a verb, his study right after the year: without the month this is cited. With
    # it the year dates the seminar (a day's event), and with no list nothing says the study
    # came out that year
    assert _cits(seminar) == []
    # the document lists his study of 2019: the seminar presented that work
    assert _cits(seminar + HILFI_LIST) == [("الحلفي", 2019, None)]


def test_since_before_the_year_makes_it_the_start_of_a_period() -> None:
    # "his study follows the camps since 2014": the period studied, not the study's year
    text = "ويرصد الباحث سعد الحلفي في دراسته أوضاع المخيمات منذ عام ٢٠١٤ في دهوك."
    assert _cits(text) == []


def test_an_office_before_the_name_makes_its_statement_an_act_not_a_source() -> None:
    said = "In Kirkuk, the {} Najm al-Jubouri said in his 2017 statement that the city was safe."
    # a governor's statement is news of what he did in office; a journalist's is his writing
    assert _cits(said.format("governor")) == []
    assert _cits(said.format("journalist")) == [("al-Jubouri", 2017, None)]


def test_a_period_bound_tips_a_year_one_piece_of_evidence_over_the_threshold() -> None:
    # a trade, a reporting verb, "his studies" by the year and the name near it weigh one over
    # the threshold: "since" (منذ) takes it one under, the years of his studies, not one work
    assert _cits("ويعرض الباحث سعد الحلفي في دراساته منذ عام ٢٠١٤ أوضاع المخيمات في دهوك.") == []
    # a listed name instead of the trade and the verb: exactly at the threshold with "since",
    # and the work of 2014 the document lists is cited
    listed = "وتتبع سعد الحلفي في دراسته منذ عام ٢٠١٤ أوضاع المخيمات في دهوك." + HILFI_LIST
    assert _cits(listed) == [("الحلفي", 2014, None)]


def test_an_office_opening_the_name_a_verb_took_makes_its_report_an_act() -> None:
    said = "قال {} سامر الدليمي في تقريره الصادر عام ٢٠٢١ إن عدد المنظمات في الأنبار تضاعف."
    # after the verb the name run opens with the office: a governor's report is his office's
    # act, as "the governor X said" is; the researcher's is his writing
    assert _cits(said.format("المحافظ")) == []
    assert _cits(said.format("الباحث")) == [("الدليمي", 2021, None)]


KUBAISI_LIST = """

المراجع

الكبيسي، أحمد (١٤٠٠هـ). الجمعيات الخيرية في بغداد. بغداد: دار الرشيد.
الجبوري، سامر (٢٠١٩). الأمن المحلي في الأنبار. بغداد: دار الرافدين.
"""


def test_a_hijri_year_the_list_marks_is_the_same_year_written_bare_in_the_prose() -> None:
    # the list dates the book 1400هـ (1980); the prose writes 1400 with no mark, which read
    # with no calendar is another year: the number as written is the same work's
    for text in (
        "وتوسعت الجمعيات الخيرية في بغداد مع الكبيسي (١٤٠٠) توسعاً كبيراً.",
        "وقد سبق ذلك ما كتبه أحمد الكبيسي (١٤٠٠) عن الجمعيات الخيرية.",
    ):
        got = [
            (c["author"], c["year_text"], c["gregorian_year"])
            for c in find_citations(
                text + KUBAISI_LIST, references=find_references(text + KUBAISI_LIST)[1]
            )
        ]
        assert got == [("الكبيسي", "1400", 1980)], text


def test_the_preposition_ala_before_a_listed_given_name_joins_no_first_author() -> None:
    # "على" folds to the family name "علي" of the one author of "علي، حيدر": no "علي & حيدر"
    text = (
        "وقد أكد الباحث على أن التمويل الخارجي مشروط، كما يرى حيدر (2018) في دراسته عن الأنبار."
        "\n\nالمراجع\nعلي، حيدر (2018). تمويل المنظمات المحلية. بغداد: دار الحكمة.\n"
    )
    assert [c["author"] for c in find_citations(text, references=find_references(text)[1])] == [
        "حيدر"
    ]
