"""MLA author–page citations with no year (issue 13, dev9), read on the evidence of the
reference list: ``(Hassan 45)``, ``(Dodge, Iraq 33)``, ``(qtd. in Hassan 52)``, a page alone
after the author named in the sentence, and a name with no entry once the document's style
is clear."""

from __future__ import annotations

from araseclit.cite import audit, find_citations, find_references, match

MLA = """Registration rules for NGOs in Kurdistan changed three times between 2011 and 2019 (Rasheed 23). Each change followed a security incident rather than a policy review (Rasheed 40; see also Natali, Kurdish Quasi-State 88). Denise Natali calls this the logic of the "permanent emergency" (Kurdish Quasi-State 102). Some donors accepted the logic (qtd. in Rasheed 51), others withdrew (Oxfam). Earlier periods show the same pattern (Stansfield 77; Batatu 310), as do the 2014 rules (Natali, Kurdish Spring 12). The ministry counted 1,400 registered groups (Table 3) by the end of the decade.

Works Cited

Natali, Denise. The Kurdish Quasi-State: Development and Dependency in Post-Gulf War Iraq. Syracuse UP, 2010.

---. The Kurdish Spring: Geopolitical Changes and the Kurds. Mazda, 2016.

Oxfam. Civil Society in the Kurdistan Region. Oxfam International, 2018.

Rasheed, Kawa. Permits and Power: NGO Regulation in Erbil. Aras, 2021.

Stansfield, Gareth. Iraqi Kurdistan: Political Development and Emergent Democracy. Routledge, 2003.
"""


def _cits(text: str) -> tuple[list[dict], list[dict]]:
    _, entries = find_references(text)
    cits = find_citations(text, references=entries)
    match(cits, entries)
    return cits, entries


def test_mla_citations_take_the_year_of_the_work_they_name() -> None:
    cits, _ = _cits(MLA)
    got = [(c["author"], c["year_text"], c["page"]) for c in cits]
    # none was read: an MLA bracket has no year
    assert got == [
        ("Rasheed", "2021", "23"),
        ("Rasheed", "2021", "40"),
        ("Natali", "2010", "88"),  # the short title picks one of her two works
        ("Natali", "2010", "102"),  # a short title alone, its author named in the sentence
        ("Rasheed", "2021", "51"),
        ("Oxfam", "2018", None),
        ("Stansfield", "2003", "77"),
        ("Batatu", None, "310"),  # no entry, a rare name: a missing work
        ("Natali", "2016", "12"),  # "---." in the list is Natali's second work
    ]


def test_the_audit_reports_the_work_the_list_lacks() -> None:
    cits, entries = _cits(MLA)
    missing = [m["author"] for m in audit(cits, entries, "mla")["missing_references"]]
    assert "Batatu" in missing
    assert not {"Rasheed", "Oxfam", "Stansfield"} & set(missing)


def test_a_page_alone_after_an_author_of_two_works_is_left_out() -> None:
    # "Natali … (102)": which of her works? A link a reviewer cannot trust is not made
    text = MLA.replace("(Kurdish Quasi-State 102)", "(102)")
    assert "102" not in [c["page"] for c in _cits(text)[0]]


def test_without_a_reference_list_a_name_and_a_number_is_no_citation() -> None:
    text = MLA.split("Works Cited")[0]
    assert find_citations(text) == []


def test_one_coincidence_is_no_style_so_only_names_of_entries_are_read() -> None:
    text = (
        "Permits were issued by the governor's office (Rasheed 23). The figures are in the "
        "annex (Appendix 4), and the rule dates from the 2014 order (Decree 112).\n\n"
        "Works Cited\n\nRasheed, Kawa. Permits and Power: NGO Regulation in Erbil. Aras, 2021.\n"
    )
    cits, _ = _cits(text)
    assert [(c["author"], c["page"]) for c in cits] == [("Rasheed", "23")]


CHECKPOINTS = """Checkpoints shaped how aid moved through Nineveh after 2017 (Hassan 45). Brokers negotiated every convoy (Hassan 52), and local councils kept lists of approved staff (Dodge 33). Militias taxed the roads (Mansour 12).

Hassan counts the checkpoints on the Mosul road in detail (Table 3). The Security Council, Hassan notes, renewed the mission under one resolution (Resolution 2379). Dodge describes the return of some 4,000 families (Figure 2), as his later book does (Iraq 140).

Works Cited

Dodge, Toby. Iraq: From War to a New Authoritarianism. Routledge, 2012.
Hassan, Layla. Brokers of Access: Aid and Checkpoints in Northern Iraq. Hurst, 2019.
Mansour, Renad. The Popular Mobilisation Forces and the Balancing of Iraq. Chatham House, 2021.
"""

NINEVEH = """ضيّقت نقاط التفتيش حركة المساعدات في نينوى بعد عام 2017 (حسن 45). وتفاوض الوسطاء على كل قافلة (حسن 52)، واحتفظت المجالس المحلية بقوائم الموظفين المعتمدين (الجبوري 33). وفرضت الفصائل رسوماً على الطرق (منصور 12).

ويحصي حسن نقاط التفتيش على طريق الموصل بالتفصيل (الجدول 3). ويذكر الجبوري أن مجلس الأمن جدّد ولاية البعثة بموجب القرار (المادة 25). ويعود حسن إلى الوسطاء أنفسهم (وسطاء الوصول 71).

المراجع

الجبوري، سعد. العودة إلى نينوى: المجالس المحلية والمنظمات. بغداد: دار الشؤون الثقافية، 2018.
حسن، ليلى. وسطاء الوصول: المساعدات ونقاط التفتيش في شمال العراق. بيروت: دار الساقي، 2019.
منصور، ريناد. الحشد الشعبي وتوازن العراق. الدوحة: المركز العربي، 2021.
"""


def test_a_table_a_resolution_or_an_article_after_a_named_author_is_no_citation() -> None:
    # an author-page document names Hassan and Dodge before "(Table 3)", "(Resolution 2379)",
    # "(Figure 2)": a word of document structure or law is no short title of their works
    cits, _ = _cits(CHECKPOINTS)
    got = [(CHECKPOINTS[c["start"] : c["end"]], c["year_text"]) for c in cits]
    assert got == [
        ("(Hassan 45)", "2019"),
        ("(Hassan 52)", "2019"),
        ("(Dodge 33)", "2012"),
        ("(Mansour 12)", "2021"),
        ("(Iraq 140)", "2012"),  # the first word of Dodge's title: a short title
    ]


def test_arabic_table_and_article_numbers_after_a_named_author_are_no_citations() -> None:
    cits, _ = _cits(NINEVEH)
    got = [NINEVEH[c["start"] : c["end"]] for c in cits]
    assert "(الجدول 3)" not in got and "(المادة 25)" not in got
    assert got[-1] == "(وسطاء الوصول 71)"  # the opening words of Hassan's title
    assert cits[-1]["year_text"] == "2019"


# An Arabic essay citing by author and short title with no year (issue 13, heldout13's shape):
# the short title drops the rest of the title, or its article, or stands in guillemets; two
# works of one author; a volume/page locator; an undated body; an ibid; a Latin work.
SHORT_TITLES = """تعود النزاعات على مياه شط العرب إلى ما قبل تأسيس الدولة، وقد ربط الساعدي بين تراجع الزراعة وهجرة الأسر إلى أطراف البصرة (الساعدي، اقتصاد الأهوار، ص ٥٨). ثم عاد إلى المسألة في دراسة لاحقة عن الجمعيات التي نشأت لتوزيع الحصص المائية (الساعدي، «جمعيات السقي»، ص ١٢). ويرى ناصر الكعبي في رسالته أن تلك الجمعيات صارت وسيطاً بين العشائر ودوائر الري (ص ٩٠). وتشير الخطة التي أصدرتها الوزارة إلى أن ثلث الجداول خرج من الخدمة (وزارة الموارد المائية، الخطة الوطنية للمياه، ص ٧). ويقدّر بعض الباحثين أن المنظمات المحلية عالجت ربع النزاعات قبل وصولها إلى المحاكم (الكعبي، الوساطة العشائرية، ٢/١١٤-١١٦)، وأن نصفها انتهى بالصلح (المصدر نفسه، ص ١٢٠). وتتفق مع ذلك قراءة برينر للتجربة (Brenner, Water Brokers, p. 41)، وإن خالفها الزبيدي (الزبيدي، النهر والقبيلة، ص ٣٣).

المصادر

الساعدي (حسن علي): اقتصاد الأهوار بعد التجفيف، دار الفراهيدي، بغداد، ٢٠١٢.
الساعدي (حسن علي): «جمعيات السقي في ريف البصرة»، مجلة الخليج العربي، المجلد ٤٤، العدد ٣، ٢٠١٧، ص ص ١-٢٥.
الكعبي (ناصر جاسم): الوساطة العشائرية في نزاعات المياه، رسالة ماجستير، جامعة البصرة، البصرة، ٢٠١٩.
وزارة الموارد المائية: الخطة الوطنية للمياه في العراق، بغداد، د.ت.
Brenner, Tom. Water Brokers: NGOs and Tribes on the Shatt al-Arab. Leiden: Brill, 2020.
"""


def test_short_title_citations_take_the_author_and_year_of_the_entry_they_name() -> None:
    cits, entries = _cits(SHORT_TITLES)
    got = [(c["author"], c["year_text"], c["page"]) for c in cits]
    assert got == [
        ("الساعدي", "2012", "58"),  # the short title is the head of the title
        ("الساعدي", "2017", "12"),  # in guillemets: his other work
        ("الكعبي", "2019", "90"),  # a page alone after the name in the sentence
        ("وزارة الموارد المائية", "د.ت.", "7"),  # a body whose work has no date (year None)
        ("الكعبي", "2019", "114"),  # volume/page: the page
        ("الكعبي", "2019", "120"),  # the ibid continues it
        ("Brenner", "2020", "41"),
        ("الزبيدي", None, "33"),  # no entry: the name, never the title, with no year
    ]
    # the audit lists the one work the list lacks and no cited entry as uncited
    result = audit(cits, entries, "short")
    assert [m["author"] for m in result["missing_references"]] == ["الزبيدي"]
    assert result["uncited_references"] == []


def test_a_title_is_never_read_as_an_author() -> None:
    # one such bracket in a document with no list: no evidence for the name, and the title
    # is no author either
    text = "وقد عالجت المنظمات ربع النزاعات (الكعبي، الوساطة العشائرية، ص ٤٤)."
    assert [c["author"] for c in find_citations(text)] == []
    # nor in a document written so, against its list: the name with no year
    cits, _ = _cits(SHORT_TITLES)
    assert not {"النهر والقبيلة", "اقتصاد الأهوار", "Water Brokers"} & {c["author"] for c in cits}


def test_english_short_titles_in_quotes_or_without_their_article() -> None:
    text = """The guilds read their lists aloud before each distribution (al-Hashimi, Guild and the Mosque, 88), and the lists served the tax collectors (Ibid., 91). The women's committees raised more in three weeks than the Red Crescent in a year (al-Hashimi, "Women's Committees," 40). Each of the three kings (Faisal I, Ghazi, and Faisal II) used the law, and the first congress (Baghdad, 1932) asked in vain for its repeal (Okafor, "Mandate Charity," 17–19).

Bibliography

al-Hashimi, Samir. The Guild and the Mosque: Welfare and Piety in Ottoman Baghdad. Beirut: Maktabat al-Mashriq, 2008.
al-Hashimi, Samir. "Women's Committees and the Flood of 1954." Journal of Iraqi Social History 12, no. 2 (2015): 33–58.
Okafor, Daniel. "Mandate Charity and the Politics of Gratitude." Middle Eastern Archives Review 4, no. 1 (2019): 5–29.
"""
    got = [(c["author"], c["year_text"], c["page"]) for c in _cits(text)[0]]
    assert got == [
        ("al-Hashimi", "2008", "88"),
        ("al-Hashimi", "2008", "91"),
        ("al-Hashimi", "2015", "40"),
        ("Okafor", "2019", "17"),
    ]


def test_a_volume_before_the_page_and_and_before_the_second_name() -> None:
    text = """وصف الجنابي أسواق الحلة في القرن الماضي (الجنابي، تاريخ الفرات الأوسط، ج٢، ص ٤٥)، ثم عاد إليها في الجزء الثالث (الجنابي، تاريخ الفرات الأوسط، ص ٩٩؛ والخزرجي، «أسواق الحلة»، ص ١٤)، وتابعته الخزرجي في دراستها (الخزرجي، أسواق الحلة، ٢٠).

المصادر

الجنابي (كاظم): تاريخ الفرات الأوسط، ٣ أجزاء، دار الضياء، النجف، ١٩٨٨.
الخزرجي (هدى): «أسواق الحلة بين الحربين»، مجلة بابل للدراسات الإنسانية، المجلد ٧، العدد ١، ٢٠١٥، ص ص ٩-٣٠.
"""
    got = [(c["author"], c["year_text"], c["page"]) for c in _cits(text)[0]]
    assert got == [
        ("الجنابي", "1988", "45"),
        ("الجنابي", "1988", "99"),
        ("الخزرجي", "2015", "14"),
        ("الخزرجي", "2015", "20"),
    ]


def test_a_work_the_list_lacks_takes_no_year_and_places_are_no_author() -> None:
    text = """The guild lists were read aloud (al-Hashimi, Guild and the Mosque, 88), kept for the tax collectors (al-Hashimi, Guild and the Mosque, 91, 93) and copied by the societies (Okafor, "Mandate Charity," 17). Branches in three towns (Mosul, Basra, 12) kept their own lists. Okafor's later book with a co-author (Okafor and Rahim, Lists and Loyalties, 30) is not in the list, nor is one scholar's thesis (Sayegh, Notables and Nurses, 63).

Bibliography

al-Hashimi, Samir. The Guild and the Mosque: Welfare and Piety in Ottoman Baghdad. Beirut: Maktabat al-Mashriq, 2008.
Okafor, Daniel. "Mandate Charity and the Politics of Gratitude." Middle Eastern Archives Review 4, no. 1 (2019): 5–29.
"""
    got = [(c["author"], c["year_text"], c["page"]) for c in _cits(text)[0]]
    assert got == [
        ("al-Hashimi", "2008", "88"),
        ("al-Hashimi", "2008", "91"),  # two pages: the first
        ("Okafor", "2019", "17"),
        # no (Mosul, …): a town and a one-word "title"
        ("Okafor and Rahim", None, "30"),  # Okafor's listed work is another: no year from it
        ("Sayegh", None, "63"),
    ]


def test_a_short_title_before_the_year_is_no_part_of_the_author() -> None:
    text = """Growth stalled after the oil price fell (World Bank, Iraq Economic Monitor, 2019, p. 4), as it had a decade before (Dodge, Inventing Iraq, 2003, 12).

Bibliography

World Bank. Iraq Economic Monitor: Seizing the Opportunity. Washington, DC: World Bank, 2019.
Dodge, Toby. Inventing Iraq: The Failure of Nation Building. New York: Columbia University Press, 2003.
"""
    got = [(c["author"], c["year_text"], c["page"]) for c in _cits(text)[0]]
    assert got == [("World Bank", "2019", "4"), ("Dodge", "2003", "12")]


def test_a_chapter_for_the_page_and_a_first_publication_year_after_the_short_title() -> None:
    # "(X, Title, ch. 3)" cites the listed work with no page; "(X, Title [2011], 7)" the
    # edition the list gives (its year), the bracketed year being the first publication's
    english = """Aid to the camps fell after 2019 (Hassan, Civil Society [2011], 7). The committees were older than the war (Dodge, Inventing Iraq, ch. 3).

References
Dodge, Toby. Inventing Iraq: The Failure of Nation Building. New York: Columbia University Press, 2003.
Hassan, Ali. Civil Society in Mosul. 2nd ed. London: Hurst, 2020.
"""
    arabic = """تراجع التمويل بعد عام ٢٠١٩ (حسن، المجتمع المدني [٢٠١١]، ص ٧). وكانت اللجان أقدم من الحرب (الدوري، العشيرة والدولة، الفصل الثالث).

المراجع
الدوري، حسين. العشيرة والدولة في العراق الحديث. بغداد: دار الحكمة، ٢٠١٥.
حسن، علي. المجتمع المدني في الموصل. ط٢. أربيل: دار آراس، ٢٠٢٠.
"""
    for text, expected in (
        (english, [("Hassan", "2020", "7"), ("Dodge", "2003", None)]),
        (arabic, [("حسن", "2020", "7"), ("الدوري", "2015", None)]),
    ):
        cits, _ = _cits(text)
        assert [(c["author"], c["year_text"], c["page"]) for c in cits] == expected
