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
