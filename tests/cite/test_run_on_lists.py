"""A Chicago author–date reference list that a PDF reading gives back as one paragraph
(issue 13): a browser prints a list written one entry a line as one justified paragraph, so
the heading runs into its first entry and the entries into each other. The list is found
after its heading, split into its entries (a dual Hijri/Gregorian year, a death year, a group
author), and each entry's fields read as from the list written one entry a line."""

from __future__ import annotations

import pytest

from araseclit.cite import audit, find_citations, find_references, match, parse_fields

BODY = (
    "تناولت دراسات كثيرة علاقة الدولة بالجماعات المسلحة في العراق بعد 2003، وركز بعضها على "
    "الاقتصاد السياسي للفصائل (Mansour 2021, 190)، وبعضها على جذور المسألة في تاريخ المدن "
    "العراقية (الدوري 1404هـ/1984م، 33؛ ابن الأثير ت 630هـ، 112). وترى منظمات حقوق الإنسان أن "
    "غياب المساءلة شجع على الانتهاكات (Human Rights Watch 2019, 7)، وهو ما يذهب إليه الكبيسي "
    "(2016، 58) في دراسته عن الأنبار (Tripp 2007, 277)."
)

ENTRIES = [
    "الكبيسي، حامد. 2016. العشائر والدولة في الأنبار بعد الاحتلال. عمّان: دار الشروق.",
    "ابن الأثير، عز الدين علي. ت 630هـ. الكامل في التاريخ. تحقيق عمر تدمري. بيروت: دار الكتاب "
    "العربي.",
    "الدوري، عبد العزيز. 1404هـ/1984م. مقدمة في تاريخ صدر الإسلام. بيروت: مركز دراسات الوحدة "
    "العربية.",
    "Human Rights Watch. 2019. Life in the Shadows: Abuses by Armed Groups in Iraq. New York: "
    "Human Rights Watch.",
    'Mansour, Renad. 2021. "Networks of Power: The Popular Mobilization Forces and the State '
    'in Iraq." Middle East Journal 75 (2): 187–205.',
    "Tripp, Charles. 2007. A History of Iraq. 3rd ed. Cambridge: Cambridge University Press.",
]

#: what a browser's PDF gives back: the heading and every entry in one paragraph
RUN_ON = BODY + "\n\nقائمة المصادر " + " ".join(ENTRIES) + "\n"
#: the same list as written, one entry a line under its heading
LINES = BODY + "\n\nقائمة المصادر\n" + "\n".join(ENTRIES) + "\n"

WANT = [
    (("الكبيسي",), "2016"),
    (("ابن الأثير",), "630هـ"),
    (("الدوري",), "1404هـ/1984م"),
    (("Human Rights Watch",), "2019"),
    (("Mansour",), "2021"),
    (("Tripp",), "2007"),
]


@pytest.mark.parametrize("text", [RUN_ON, LINES], ids=["run-on", "lines"])
def test_the_list_and_its_entries_are_found(text: str) -> None:
    span, refs = find_references(text)
    assert span is not None
    assert text[span[0] :].startswith("قائمة المصادر")
    assert [(r["families"], r["year_text"]) for r in refs] == WANT


def test_prose_with_a_name_and_a_year_after_a_heading_word_is_still_no_list() -> None:
    """The inverted-name allowance is one name and its stop, not a sentence."""
    text = BODY + "\n\nالمصادر التي اعتمدها الباحثون كثيرة. وأهمها ما نشر بعد 2003. ثم 2010. "
    text += "وكذلك 2015. " * 2
    assert find_references(text) == (None, [])


@pytest.mark.parametrize(
    ("entry", "field", "value"),
    [
        (ENTRIES[2], "title", "مقدمة في تاريخ صدر الإسلام"),  # not the dual year
        (ENTRIES[2], "place", "بيروت"),
        (ENTRIES[1], "title", "الكامل في التاريخ"),
        (ENTRIES[1], "publisher", "دار الكتاب العربي"),
        (ENTRIES[4], "container", "Middle East Journal"),  # the issue in brackets
        (ENTRIES[4], "volume", "75"),
        (ENTRIES[4], "issue", "2"),
        (ENTRIES[4], "pages", "187–205"),
        (ENTRIES[4], "publisher", None),
        (ENTRIES[5], "publisher", "Cambridge University Press"),
    ],
)
def test_fields_of_chicago_author_date_entries(entry: str, field: str, value: str | None) -> None:
    assert parse_fields(entry)[field] == value  # type: ignore[literal-required]


def test_a_journal_issue_in_brackets_in_arabic() -> None:
    f = parse_fields(
        'الزبيدي، كريم. 2018. "الفصائل المسلحة والاقتصاد المحلي." مجلة دراسات عراقية 12 (3): 40–66.'
    )
    assert (f["container"], f["volume"], f["issue"], f["pages"]) == (
        "مجلة دراسات عراقية",
        "12",
        "3",
        "40–66",
    )
    assert f["type"] == "article"


@pytest.mark.parametrize("text", [RUN_ON, LINES], ids=["run-on", "lines"])
def test_every_citation_meets_its_entry(text: str) -> None:
    """A dual date and a death year in a citation, ``(الدوري 1404هـ/1984م، 33)`` and
    ``(ابن الأثير ت 630هـ، 112)``, cite the entries of those years."""
    _, refs = find_references(text)
    cits = find_citations(text, references=refs)
    match(cits, refs)
    got = [(c["author"], c["year_text"], c["page"], c["ref_id"] is not None) for c in cits]
    assert got == [
        ("Mansour", "2021", "190", True),
        ("الدوري", "1404هـ/1984م", "33", True),
        ("ابن الأثير", "630هـ", "112", True),
        ("Human Rights Watch", "2019", "7", True),
        ("الكبيسي", "2016", "58", True),
        ("Tripp", "2007", "277", True),
    ]
    result = audit(cits, refs)
    assert result["missing_references"] == [] and result["uncited_references"] == []


@pytest.mark.parametrize(
    ("bracket", "author", "year"),
    [
        ("(ابن الأثير، ت 630هـ، 112)", "ابن الأثير", "630هـ"),
        ("(الطبري، ت. 310هـ: 45)", "الطبري", "310هـ"),
    ],
)
def test_a_death_year_after_a_comma_is_the_work_s_year(
    bracket: str, author: str, year: str
) -> None:
    cits = find_citations(f"ووصف المؤرخون اضطراب الأمن في بغداد {bracket}.")
    assert [(c["author"], c["year_text"]) for c in cits] == [(author, year)]


def test_a_life_date_after_a_name_is_no_citation() -> None:
    assert find_citations("ولد الطبري (ت 310هـ) في آمل، وتوفي في بغداد (توفي بعد ١٣٥٠).") == []


PROSE = BODY + " " + "ويتناول هذا الفصل علاقة المنظمات المحلية بالفصائل بعد تحرير المدن. " * 6

#: Chicago notes–bibliography and Harvard lists printed as one paragraph: the year ends each
#: entry (or follows its initials in brackets), so an entry opens with the inverted name
RUN_ON_STYLES = {
    "chicago-bibliography": (
        "Bibliography Dodge, Toby. Inventing Iraq: The Failure of Nation Building and a History "
        "Denied. New York: Columbia University Press, 2003. Haddad, Fanar. Sectarianism in "
        "Iraq: Antagonistic Visions of Unity. London: Hurst, 2011. Tripp, Charles. A History "
        "of Iraq. Cambridge: Cambridge University Press, 2007.",
        [("Dodge", "2003"), ("Haddad", "2011"), ("Tripp", "2007")],
    ),
    "arabic-bibliography": (
        "المصادر الكبيسي، حامد. العشائر والدولة في الأنبار. عمان: دار الشروق، 2016. الزبيدي، "
        "كريم. الأمن المحلي في العراق بعد 2003. بغداد: بيت الحكمة، 2019. Tripp, Charles. A "
        "History of Iraq. Cambridge: Cambridge University Press, 2007.",
        [("الكبيسي", "2016"), ("الزبيدي", "2019"), ("Tripp", "2007")],
    ),
    "harvard": (
        "References Dodge, T. (2003) Inventing Iraq. New York: Columbia University Press. "
        "Haddad, F. (2011) Sectarianism in Iraq. London: Hurst. Keen, D. (2012) Useful "
        "enemies. New Haven: Yale University Press.",
        [("Dodge", "2003"), ("Haddad", "2011"), ("Keen", "2012")],
    ),
}


@pytest.mark.parametrize("style", list(RUN_ON_STYLES))
def test_run_on_lists_in_other_styles(style: str) -> None:
    block, want = RUN_ON_STYLES[style]
    _, refs = find_references(PROSE + "\n\n" + block + "\n")
    assert [(r["families"][0], r["year_text"]) for r in refs] == want


def test_a_year_in_an_arabic_title_is_not_the_entry_s_year() -> None:
    f = parse_fields("الزبيدي، كريم. الأمن المحلي في العراق بعد 2003. بغداد: بيت الحكمة، 2019.")
    assert (f["year_text"], f["title"], f["publisher"]) == (
        "2019",
        "الأمن المحلي في العراق بعد 2003",
        "بيت الحكمة",
    )


def test_names_and_years_in_prose_after_a_heading_word_make_no_list() -> None:
    text = PROSE + (
        "\n\nSources close to the ministry, Baghdad. said in 2003. that Smith, John. met them in "
        "2004. and Jones, Ann. in 2005. Nothing came of it.\n"
    )
    assert find_references(text) == (None, [])


NOTED = (
    "شهد العراق بعد 2003 تحولات كبيرة في بنية الأمن المحلي(1)، وتولت الفصائل المسلحة أدواراً "
    "اقتصادية جديدة(2). وقد توسطت المنظمات المحلية بين السكان والقوات في المدن المحررة(3)."
)
NOTES = [
    "1. Toby Dodge, Iraq: From War to a New Authoritarianism (London: Routledge, 2012), 45.",
    "2. المصدر نفسه، 50.",
    "3. حامد الكبيسي، العشائر والدولة في الأنبار (عمان: دار الشروق، 2016)، 88.",
]


@pytest.mark.parametrize("heading", ["الهوامش\n", "الهوامش "], ids=["heading-line", "run-in"])
def test_notes_run_into_one_paragraph_are_each_a_note(heading: str) -> None:
    text = NOTED + "\n\n" + heading + " ".join(NOTES) + "\n"
    got = [(c["number"], c["author"], c["year_text"], c["page"]) for c in find_citations(text)]
    assert got == [
        (1, "Toby Dodge", "2012", "45"),
        (2, "Toby Dodge", "2012", "50"),  # the ibid takes note 1's work, with its own page
        (3, "حامد الكبيسي", "2016", "88"),
    ]


def test_a_number_out_of_sequence_inside_a_note_cuts_nothing() -> None:
    text = NOTED + "\n\nالهوامش\n" + NOTES[0][:-1] + "، ج. 4. 7. وانظر أيضاً الفصل الثاني.\n"
    notes = [c for c in find_citations(text) if c["kind"] == "note"]
    assert [(c["number"], c["author"]) for c in notes] == [(1, "Toby Dodge")]


def test_a_death_year_in_brackets_is_the_entry_s_date() -> None:
    """APA-like entries of old authors give the death year where a modern work has its
    year; the edition's year at the end is not it."""
    f = parse_fields("ابن خلدون، عبد الرحمن (ت 808هـ). المقدمة. بيروت: دار الفكر، 1988.")
    assert (f["year_text"], f["title"], f["publisher"]) == ("808هـ", "المقدمة", "دار الفكر")


# A reader that joins a text's lines (``ingest.read`` of a .txt hard-wrapped one entry or
# note a line, or a PDF of it) leaves headings run into the text before or after them.
PERSIAN = (
    "پس از سقوط رژیم بعث، نهادهای مدنی در عراق نقش تازه‌ای در تأمین امنیت محلی یافتند "
    "(حسینی، ۱۳۹۶: ۲۲). به باور رضایی (۱۳۹۸: ۴۵) سازمان‌های محلی میان مردم و نیروهای مسلح "
    "میانجی‌گری می‌کنند (Kaldor, 2012, p. 31).\n\n"
    "منابع حسینی، علی (۱۳۹۶). جامعه مدنی در عراق. تهران: نشر نی. رضایی، مریم (۱۳۹۸). "
    "سازمان‌های غیردولتی و امنیت محلی. فصلنامه مطالعات خاورمیانه، ۲۶(۲)، ۳۳–۶۰. Kaldor, M. "
    "(2012). New and old wars (3rd ed.). Polity.\n"
)
ENGLISH_NOTES = (
    "After 2014 the Iraqi state shared the provision of security with armed groups and local "
    "organisations.1 Aid agencies negotiated access with the factions that held the "
    "checkpoints,2 and some hired staff the factions proposed.3 Notes 1. Toby Dodge, Iraq: "
    "From War to a New Authoritarianism (London: Routledge, 2012), 45. 2. Renad Mansour, "
    '"Networks of Power," Middle East Journal 75, no. 2 (2021): 190. 3. Ibid., 192.\n\n'
    "Bibliography Dodge, Toby. Iraq: From War to a New Authoritarianism. London: Routledge, "
    '2012. Mansour, Renad. "Networks of Power." Middle East Journal 75, no. 2 (2021): 187–205.\n'
)


def test_a_persian_heading_run_into_its_first_entry() -> None:
    _, refs = find_references(PERSIAN)
    assert [(r["families"][0], r["year_text"]) for r in refs] == [
        ("حسینی", "1396"),  # year_text in ASCII digits, as every record gives it
        ("رضایی", "1398"),
        ("Kaldor", "2012"),
    ]


def test_notes_and_a_two_entry_bibliography_run_into_the_text() -> None:
    _, refs = find_references(ENGLISH_NOTES)
    assert [(r["families"][0], r["year_text"]) for r in refs] == [
        ("Dodge", "2012"),
        ("Mansour", "2021"),
    ]
    cits = find_citations(ENGLISH_NOTES, references=refs)
    match(cits, refs)
    assert [(c["number"], c["author"], c["page"], c["ref_id"] is not None) for c in cits] == [
        (1, "Toby Dodge", "45", True),
        (2, "Renad Mansour", "190", True),
        (3, "Renad Mansour", "192", True),
    ]


AR_NOTES = (
    PROSE
    + "\n\nالهوامش (1) حامد الكبيسي، العشائر والدولة في الأنبار (عمان: دار الشروق، 2016)، ص 45. "
    "(2) المرجع السابق، ص 61. (3) Human Rights Watch, Life in the Shadows (New York: HRW, "
    "2019), 7.\n\nالمصادر الكبيسي، حامد. العشائر والدولة في الأنبار. عمان: دار الشروق، 2016. "
    "حداد، فنار. الطائفية في العراق. ترجمة سامي الخفاجي. بيروت: دار الساقي، 2014. Human "
    "Rights Watch. Life in the Shadows. New York: HRW, 2019.\n"
)


def test_bracketed_notes_and_a_group_author_run_together() -> None:
    _, refs = find_references(AR_NOTES)
    assert [(r["families"][0], r["year_text"]) for r in refs] == [
        ("الكبيسي", "2016"),
        ("حداد", "2014"),
        ("Human Rights Watch", "2019"),  # cut at the body's name, not merged into حداد's
    ]
    notes = [c for c in find_citations(AR_NOTES, references=refs) if c["kind"] == "note"]
    assert [(c["number"], c["year_text"], c["page"]) for c in notes] == [
        (1, "2016", "45"),
        (2, "2016", "61"),
        (3, "2019", "7"),
    ]


VANCOUVER_RUN_ON = (
    PROSE.replace("(Mansour 2021, 190)", "[1، 2]").replace("(Tripp 2007, 277)", "[3]")
    + "\n\nالمراجع 1. الدليمي عمر، الحديثي سارة. إصابات المخلفات الحربية في الأنبار: مسح "
    "ميداني. مجلة الدراسات الأمنية. ٢٠٢١؛١٣(٢):٥٥–٨٠. 2. UNMAS. Iraq annual report 2020. New "
    "York: United Nations Mine Action Service; 2021. 3. Karim A, Lund P. Child casualties of "
    "explosive remnants in western Iraq. Confl Health. 2020;14(1):33.\n"
)


def test_a_numbered_list_run_into_its_heading_is_cut_at_its_labels() -> None:
    _, refs = find_references(VANCOUVER_RUN_ON)
    assert [(r["label"], r["families"][0], r["year"]) for r in refs] == [
        ("1", "الدليمي", 2021),
        ("2", "UNMAS", 2021),
        ("3", "Karim", 2020),  # not cut at "Confl Health." though Health names bodies
    ]


# Page footnotes as a journal's plain text gives them: each page's notes numbered from 1, run
# together by a line-joining reader, one of them prose, one a body's long name.
PAGES = (
    "تراجعت قدرة الدولة على ضبط الأمن في المدينة بعد الانسحاب(1)، وتقدمت الفصائل لملء الفراغ(2). "
    "ووثقت الهيئات الرسمية حالات الاعتقال(3).\n\n"
    "(1) Charles Tripp, A History of Iraq (Cambridge: Cambridge University Press, 2007), p. 277. "
    "(2) Ibid., p. 280. (3) المفوضية العليا لحقوق الإنسان في العراق، التقرير السنوي لعام 2018 "
    "(بغداد: المفوضية، 2019)، ص 44.\n\n"
    "وعملت المنظمات المحلية مع الشرطة المجتمعية في الأحياء(1)، وبقيت برامجها معزولة عن الأجهزة "
    "الرسمية(2)، كما يلاحظ الكبيسي(3).\n\n"
    "(1) يقصد بالشرطة المجتمعية الأقسام التي استحدثتها وزارة الداخلية للتواصل مع الأحياء. "
    "(2) حامد الكبيسي، العشائر والدولة في الأنبار (عمان: دار الشروق، 2016)، ص 61. (3) المصدر "
    "نفسه، ص 64.\n"
)


def test_page_footnotes_numbered_per_page_with_a_prose_note() -> None:
    got = [(c["number"], c["author"], c["year_text"], c["page"])
           for c in find_citations(PAGES) if c["kind"] == "note"]  # fmt: skip
    assert got == [
        (1, "Charles Tripp", "2007", "277"),  # "p. 277. (2)": a number before the next note
        (2, "Charles Tripp", "2007", "280"),
        (3, "المفوضية العليا لحقوق الإنسان في العراق", "2019", "44"),  # a body's long name
        (2, "حامد الكبيسي", "2016", "61"),  # the page's notes count though note 1 is prose,
        (3, "حامد الكبيسي", "2016", "64"),
    ]


def test_a_footnote_rule_run_into_the_first_note_heads_the_notes() -> None:
    text = (
        "تقدمت الفصائل لملء الفراغ الأمني في المدينة(1)، ثم تراجعت بعد الانتخابات(2).\n\n"
        "__________ (1) حامد الكبيسي، العشائر والدولة في الأنبار (عمان: دار الشروق، 2016)، ص 61. "
        "(2) المصدر نفسه، ص 64.\n"
    )
    got = [(c["number"], c["year_text"], c["page"]) for c in find_citations(text)]
    assert got == [(1, "2016", "61"), (2, "2016", "64")]


@pytest.mark.parametrize(
    ("entry", "want"),
    [
        # Harvard: a title in single quotes, then the journal after a comma
        ("Jabar, S. (2019) 'Checkpoints, permits and aid convoys in Nineveh', Journal of Iraqi "
         "Studies, 7(2), pp. 51–70.",
         {"title": "Checkpoints, permits and aid convoys in Nineveh",
          "container": "Journal of Iraqi Studies", "volume": "7", "issue": "2", "pages": "51–70"}),
        # a Harvard chapter: editors with no comma after '(ed.)', pages after the imprint
        ("Saleh, N. (2017) 'Aid and tribal mediation in Anbar', In: Grant, P. (ed.) Security "
         "after the War. London: Hurst, pp. 88–104.",
         {"title": "Aid and tribal mediation in Anbar", "container": "Security after the War",
          "publisher": "Hurst", "place": "London", "pages": "88–104"}),
        # an Arabic journal with an issue and no volume
        ("الكبيسي، حامد. «العشائر والأمن في الأنبار». مجلة دراسات عراقية، العدد 14 (2018): 33–58.",
         {"container": "مجلة دراسات عراقية", "volume": None, "issue": "14", "pages": "33–58"}),
    ],
)  # fmt: skip
def test_harvard_quoted_titles_and_issue_only_journals(entry: str, want: dict) -> None:
    f = parse_fields(entry)
    assert {k: f[k] for k in want} == want  # type: ignore[literal-required]
