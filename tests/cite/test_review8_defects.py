"""Defects a reviewer found in the citation stage (issue 13, eighth session): an ibid read
before op. cit. records existed, a journal swallowed into a title, a body list of languages
read as the reference list, a place or event before a bracketed year read as an author, and a
body's note cut to its last word."""

from __future__ import annotations

from araseclit.cite import audit, find_citations, parse_fields
from araseclit.cite.coverage import note_family


def _works(text: str) -> list[tuple[str, str, str | None]]:
    return [(c["kind"], c["author"], c["year"]) for c in find_citations(text)]


def test_an_ibid_after_op_cit_cites_the_op_cit_work() -> None:
    text = (
        "تناول دودج بناء الدولة (Dodge, 2003: 12)، وتناولت كالدور الحروب الجديدة "
        "(Kaldor, 2007: 5). ورأى دودج أن الإدارة صنعت صورة نمطية (Dodge, op. cit., p. 64)، "
        "وأن ذلك استمر (Ibid., p. 65).\n"
    )
    cits = find_citations(text)
    assert (cits[-1]["author"], cits[-1]["year"]) == ("Dodge", 2003)


def test_an_arabic_ibid_after_op_cit_never_takes_the_phrase_as_author() -> None:
    text = (
        "ورصد الموسوي تحول الأمن (الموسوي، 2018: 40)، وتناولت كالدور الحروب (Kaldor, 2007: 5). "
        "ثم عاد الموسوي (مصدر سبق ذكره، ص 90) إلى العشائر (المصدر نفسه، ص 91).\n"
    )
    cits = find_citations(text)
    assert all("سبق" not in (c["author"] or "") for c in cits)
    assert (cits[-1]["author"], cits[-1]["year"]) == ("الموسوي", 2018)


def test_a_variant_ibid_after_an_arabic_op_cit() -> None:
    text = (
        "وعالج الجبوري دور العشائر (الجبوري، 2016: 33)، ثم قارنه هادي بالمدن (هادي، 2019: 8). "
        "ويعود الجبوري (مرجع سابق، ص 70) إلى الأنبار، ويرى أنها تغيرت (المرجع نفسه، ص 72).\n"
    )
    cits = find_citations(text)
    assert all("سابق" not in (c["author"] or "") for c in cits)
    assert (cits[-1]["author"], cits[-1]["year"]) == ("الجبوري", 2016)


def test_an_arabic_journal_part_is_no_part_of_the_title() -> None:
    f = parse_fields(
        "الحمداني، علي. الأمن المحلي في العراق. مجلة دراسات في الأمن الإقليمي. "
        "المجلد 12، العدد 3، 2019."
    )
    assert f["title"] == "الأمن المحلي في العراق"


def test_an_english_journal_part_is_no_part_of_the_title() -> None:
    f = parse_fields(
        "Smith, John. 2019. Militias and the State. Journal of the Middle East and Africa. "
        "10(2): 1-20."
    )
    assert f["title"] == "Militias and the State"


LANGUAGES_BODY = """1. المقدمة

وُزّع الاستبيان بلغتين اختارهما المشاركون:

أ) العربية
ب) الإنجليزية

وتشير الدراسات إلى أن المنظمات تواجه قيودا متزايدة (الخفاجي، 2017: 21). ويرى دودج أن الدولة \
ضعيفة (Dodge, 2020: 56). وتؤكد تقارير أخرى ذلك (Marr, 2012).

الخفاجي، علي. (2017). المجتمع المدني والأمن في العراق. بغداد: دار الشؤون الثقافية.
Dodge, T. (2020). Iraq and the politics of security. London: Routledge.
"""


def test_a_body_list_of_languages_is_no_reference_list() -> None:
    assert [(c["author"], c["year"]) for c in find_citations(LANGUAGES_BODY)] == [
        ("الخفاجي", 2017),
        ("Dodge", 2020),
        ("Marr", 2012),
    ]


def test_interview_languages_in_a_lettered_body_list_with_no_references() -> None:
    text = (
        "2. المنهجية\n\nأجريت المقابلات بإحدى اللغات الآتية بحسب رغبة المبحوث:\n\n"
        "أ- العربية\nب- الإنجليزية\n\n"
        "وقد أشار المبحوثون إلى ضعف التنسيق بين المنظمات والحكومة المحلية في نينوى "
        "(الطائي، 2019: 14)، وهو ما لاحظته دراسات أخرى (Kaldor, 2012: 77).\n"
    )
    assert [(c["author"], c["year"]) for c in find_citations(text)] == [
        ("الطائي", 2019),
        ("Kaldor", 2012),
    ]


def test_an_iraqi_event_and_its_place_before_a_year_is_no_citation() -> None:
    assert _works("وشكلت مجزرة سبايكر (2014) نقطة تحول في تعبئة الفصائل المسلحة.") == []
    assert _works("وبعد تحرير تلعفر (2017) عادت بعض العائلات إلى منازلها.") == []


def test_more_iraqi_events_before_a_year_are_no_citations() -> None:
    for text in (
        "وكانت معركة آمرلي (2014) أول اختبار للفصائل بعد سقوط الموصل.",
        "وبعد تحرير سنجار (2015) عاد بعض السكان إلى قراهم.",
        "وجاء اتفاق سنجار (2020) بين بغداد وأربيل لتطبيع الوضع الأمني.",
    ):
        assert _works(text) == [], text


def test_a_rare_name_after_a_preposition_or_verb_is_still_cited() -> None:
    text = "وتتفق هذه الملاحظة مع جوفمان (1974) في تحليل الأطر، كما يقترح شوتز (1967) قراءة أخرى."
    assert [(a, y) for _, a, y in _works(text)] == [("جوفمان", 1974), ("شوتز", 1967)]


def test_notes_citing_two_bodies_of_one_year_are_two_works() -> None:
    text = (
        "تناولت التقارير الدولية أوضاع الحريات في العراق(1)، وأكدت تقارير أخرى ذلك(2).\n\n"
        "الهوامش\n\n"
        "(1) Chatham House, Iraq's Political Economy (London: Chatham House, 2019), 12.\n\n"
        "(2) Freedom House, Freedom in the World: Iraq (Washington: Freedom House, 2019), 5.\n"
    )
    assert audit(find_citations(text), [])["works_cited"] == 2


def test_notes_of_two_bodies_sharing_a_last_word_are_two_works() -> None:
    text = (
        "تناولت التقارير أوضاع الأطفال في مخيمات النزوح(1)، وأكدت تقارير أخرى ذلك(2).\n\n"
        "الهوامش\n\n"
        "(1) Save the Children, Childhood under Siege in Mosul (London: Save the Children, "
        "2017), 4.\n\n"
        "(2) Stop the War on Children, Iraq Country Report (London: Stop the War on Children, "
        "2017), 9.\n"
    )
    assert audit(find_citations(text), [])["works_cited"] == 2


def test_a_given_name_opening_with_waw_is_one_person() -> None:
    assert note_family("محمد وليد الزبيدي") == "الزبيدي"
    assert note_family("سعد وهبي") == "وهبي"
    assert note_family("علي خالد وحسن محمد") == "علي خالد وحسن محمد"
