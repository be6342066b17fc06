"""find_citations on clean Arabic academic text: forms, fields, spans, and non-citations."""

from __future__ import annotations

import pytest

from araseclit.cite import find_citations
from araseclit.store.schema import columns

# (text, [(author, via_original, year, calendar, gregorian_year, page, kind), ...])
CASES = [
    ("وهو مفهوم معقد (الحميد، 2019: 27).", [("الحميد", None, 2019, "gregorian", 2019, "27", "parenthetical")]),
    ("تزايدت التدخلات الإقليمية (Hiltermann, 2017: 88).", [("Hiltermann", None, 2017, "gregorian", 2017, "88", "parenthetical")]),
    ("وهذا ما يذهب إليه Lindqvist (2017: 89) في دراسته.", [("Lindqvist", None, 2017, "gregorian", 2017, "89", "narrative")]),
    ("وهو ما يذهب إليه الطائي (2019: 12) أيضًا.", [("الطائي", None, 2019, "gregorian", 2019, "12", "narrative")]),
    ("ويخلص Ismael & Ismael (2015: 203) إلى أن", [("Ismael & Ismael", None, 2015, "gregorian", 2015, "203", "narrative")]),
    ("بحسب التقرير الأممي (UNDP, 2020, p. 31).", [("UNDP", None, 2020, "gregorian", 2020, "31", "parenthetical")]),
    ("في العقد الأول (Ismael & Ismael، 2015: 121).", [("Ismael & Ismael", None, 2015, "gregorian", 2015, "121", "parenthetical")]),
    ("ارتفعت الملوحة (Al-Ansari et al., 2018: 112).", [("Al-Ansari et al.", None, 2018, "gregorian", 2018, "112", "parenthetical")]),
    ("وتراجعت الموارد (الموسوي وآخرون، 2019).", [("الموسوي وآخرون", None, 2019, "gregorian", 2019, None, "parenthetical")]),
    ("منظمة نشطة فعليًا (وزارة العمل، 2023: 9).", [("وزارة العمل", None, 2023, "gregorian", 2023, "9", "parenthetical")]),
    ("حماية الإنسان (بوزان، عن الخفاجي، 2017: 21).", [("الخفاجي", "بوزان", 2017, "gregorian", 2017, "21", "parenthetical")]),
    ("الأمن المجتمعي (Buzan, cited in Smith, 2010: 4).", [("Smith", "Buzan", 2010, "gregorian", 2010, "4", "parenthetical")]),
    ("ويرى »خسروي« (1402: 68) أن الثقة أساس.", [("خسروي", None, 1402, "solar_hijri", 2023, "68", "narrative")]),
    ("فبحسب الكربلائي (2022: 28)، فإن التشريعات ضعيفة.", [("الكربلائي", None, 2022, "gregorian", 2022, "28", "narrative")]),
    ("ويبرز تقرير »مركز الدراسات الاستراتيجية في بغداد« (2023: 51) ذلك.", [("مركز الدراسات الاستراتيجية في بغداد", None, 2023, "gregorian", 2023, "51", "narrative")]),
    ("ويرى فيبر، نقلًا عن الكعبي (2020: 15)، أن التفاوض ضرورة.", [("الكعبي", "فيبر", 2020, "gregorian", 2020, "15", "narrative")]),
    ("ويرى Le Billon (2005: 690) أن اقتصاد الريع.", [("Le Billon", None, 2005, "gregorian", 2005, "690", "narrative")]),
    ("As Hiltermann (2017: 90) notes, وهذا واضح.", [("Hiltermann", None, 2017, "gregorian", 2017, "90", "narrative")]),
    ("وهو أمر قديم (الحميد، د.ت).", [("الحميد", None, None, None, None, None, "parenthetical")]),
    ("وهو أمر قديم (Dodge, n.d.).", [("Dodge", None, None, None, None, None, "parenthetical")]),
    ("وتوسعت المنظمات (Dodge, 2020a: 5).", [("Dodge", None, 2020, "gregorian", 2020, "5", "parenthetical")]),
    ("انظر الفصل (الحميد، 2019، ص 45).", [("الحميد", None, 2019, "gregorian", 2019, "45", "parenthetical")]),
    ("انظر الفصل (الحميد، 2019، ص. 45-47).", [("الحميد", None, 2019, "gregorian", 2019, "45-47", "parenthetical")]),
    ("انظر الفصل (الحميد، 2019، ص. 47-45).", [("الحميد", None, 2019, "gregorian", 2019, "45-47", "parenthetical")]),
    ("انظر الفصل (Marr, 2012, pp. 3–5).", [("Marr", None, 2012, "gregorian", 2012, "3–5", "parenthetical")]),
    ("وفق الفقه (الطوسي، 1444هـ: 12).", [("الطوسي", None, 1444, "lunar_hijri", 2023, "12", "parenthetical")]),
    ("وفق الفقه (الطوسي، 1444هـ/2023م: 12).", [("الطوسي", None, 1444, "lunar_hijri", 2023, "12", "parenthetical")]),
    ("وفي إيران (صالحی، 1399ش/2020م: 3).", [("صالحی", None, 1399, "solar_hijri", 2020, "3", "parenthetical")]),
    ("وفي الدراسات الإيرانية (صالحی، 1399: 34).", [("صالحی", None, 1399, "solar_hijri", 2020, "34", "parenthetical")]),
    ("بالأرقام الهندية (الحميد، ٢٠١٩: ٢٧).", [("الحميد", None, 2019, "gregorian", 2019, "27", "parenthetical")]),
    ("وهو رأي شائع (الشمري، 2021، 2022).", [("الشمري", None, 2021, "gregorian", 2021, None, "parenthetical"), ("الشمري", None, 2022, "gregorian", 2022, None, "parenthetical")]),
]  # fmt: skip


def _fields(rec: dict) -> tuple:
    keys = ("author", "via_original", "year", "calendar", "gregorian_year", "page", "kind")
    return tuple(rec[k] for k in keys)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_citation_forms(text: str, expected: list[tuple]) -> None:
    assert [_fields(r) for r in find_citations(text)] == expected


NOT_CITATIONS = [
    "صدر القانون رقم 12 لسنة 2010 لتنظيم العمل.",
    "منذ سقوط النظام عام 2003 تغير كل شيء.",
    "وفي احتجاجات البصرة (2018) والناصرية (2020) تعرض الناشطون للتهديد.",
    "نشأت المنظمات غير الحكومية (NGOs) بسرعة.",
    "وانخفضت النزاعات بنسبة (18%) في المناطق المتوترة.",
    "كما ورد في القسم (2.3) أعلاه.",
    "خلال احتجاجات (تشرين/أكتوبر 2019) في بغداد.",
    "وصدر القرار (الرقم 12 لسنة 2010) المعدل.",
    "في الفترة (2014-2017) تصاعد العنف.",
    "أعلن في (12/3/2020) عن الخطة.",
    "ووصل عدد المنظمات إلى (5000) منظمة.",
    "وبلغ عدد المنظمات بعد عام 2003: 15 منظمة في بغداد.",
    "وسجلت البصرة 2019: 40 حالة اعتداء.",
    # reference entries whose list heading the extraction lost: not narrative citations
    "في لجان الوساطة المحلية. ICG (2018). Iraq's Paramilitary Groups. Brussels: ICG.",
]


@pytest.mark.parametrize("text", NOT_CITATIONS)
def test_not_citations(text: str) -> None:
    assert find_citations(text) == []


def test_several_citations_in_one_bracket_each_span_its_part() -> None:
    text = "وهي مقاربة متداولة (Dodge, 2012: 45; Marr & Al-Marashi, 2017: 301؛ الحميد، 2019)."
    recs = find_citations(text)
    assert [r["raw"] for r in recs] == [
        "Dodge, 2012: 45",
        "Marr & Al-Marashi, 2017: 301",
        "الحميد، 2019",
    ]
    assert all(text[r["start"] : r["end"]] == r["raw"] for r in recs)


@pytest.mark.parametrize(
    ("text", "numbers", "raw"),
    [
        ("كما في الدراسات السابقة [3].", [3], "[3]"),
        ("كما في الدراسات السابقة [2، 3].", [2, 3], "[2، 3]"),
        ("كما في الدراسات السابقة [4–6].", [4, 5, 6], "[4–6]"),
        ("كما في الدراسات السابقة [6–4].", [4, 5, 6], "[6–4]"),
        ("كما في الدراسات السابقة [1, 7-8].", [1, 7, 8], "[1, 7-8]"),
        ("كما في الدراسات السابقة [٣].", [3], "[٣]"),
    ],
)
def test_numeric_one_record_per_number(text: str, numbers: list[int], raw: str) -> None:
    recs = find_citations(text)
    assert [r["number"] for r in recs] == numbers
    assert {r["kind"] for r in recs} == {"numeric"} and {r["raw"] for r in recs} == {raw}


def test_records_have_exactly_the_schema_fields_and_ids() -> None:
    text = "أولًا (الحميد، 2019: 27). ثانيًا (Dodge, 2020: 56)."
    sentences = [(0, 25, "dX-s0000"), (26, len(text), "dX-s0001")]
    recs = find_citations(text, sentences, doc_id="dX")
    assert all(list(r) == columns("citations") for r in recs)
    assert [r["cit_id"] for r in recs] == ["dX-c0000", "dX-c0001"]
    assert [r["sent_id"] for r in recs] == ["dX-s0000", "dX-s0001"]
    assert [r["script"] for r in recs] == ["arabic", "latin"]
    assert all(r["doc_id"] == "dX" and r["ref_id"] is None for r in recs)


def test_narrative_span_runs_from_the_opening_guillemet_to_the_bracket() -> None:
    text = "ويرى »خسروي« (1402: 68) أن الثقة أساس."
    (rec,) = find_citations(text)
    assert rec["raw"] == "»خسروي« (1402: 68)"


def test_brackets_in_the_reference_list_are_not_in_text_citations() -> None:
    text = "يرى الباحث ذلك (الحميد، 2019: 27).\n\nالمصادر\n\nالحميد، عبد الله (2019). الأمن. بغداد."
    assert [r["author"] for r in find_citations(text)] == ["الحميد"]


@pytest.mark.parametrize(
    ("text", "calendar"),
    [
        ("في إيران (محمدي، 1400: 63).", "solar_hijri"),
        ("في مصر (المقريزي، 1400: 63).", "solar_hijri"),
        ("توفي سنة 845هـ في مصر (المقريزي، 1400: 63).", "lunar_hijri"),
        ("توفي سنة 845هـ (صالحی، 1399: 34).", "solar_hijri"),
        ("(Hourani, 1400: 5) on medieval trade.", "gregorian"),
        ("في مصر (المقريزي، 1430: 63).", "lunar_hijri"),
    ],
)
def test_bare_ambiguous_year_rule(text: str, calendar: str) -> None:
    (rec,) = find_citations(text)
    assert rec["calendar"] == calendar


# Residual damage a repair can leave: mirrored "(", a ")" moved away, the name pushed out.
DAMAGED = [
    ("تعتمد المنظمات على الدعم المحلي .)UNAMI، 2021: 12) الأمنية.", ("UNAMI", 2021, "12")),
    ("في السنوات الأخيرة (طالبي، 1399: 90 جتمع المدني العراقي يعيش.", ("طالبي", 1399, "90")),
    ("تسجيل أكثر من 3500 منظمة وزارة التخطيط، (2019: 11). وقد بدأت.", ("وزارة التخطيط", 2019, "11")),
    ("روجت لها المؤسسات حسيني، (1398: 78 سيس). غير أن هذا.", ("حسيني", 1398, "78")),
    ("ويرى (Le Billon)2005: 690 أن اقتصاد الريع.", ("Le Billon", 2005, "690")),
    ("(ويرى «خسروي»1402: 68) أن مستقبل الأمن.", ("خسروي", 1402, "68")),
    ("ويؤكد Kibaroğlu )2019: 21( أن الدبلوماسية.", ("Kibaroğlu", 2019, "21")),
    ("مستقبلها (وزارة الهجرة والمهجرين، 2018:& 11). ويذهب.", ("وزارة الهجرة والمهجرين", 2018, "11")),
    ("ويرى الربيعي (1443ه-/2022م: 88) أن الإقصاء.", ("الربيعي", 1443, "88")),
    ("الجماعات المتطرفة (UNDP, p. 31 2020,). وتبين.", ("UNDP", 2020, "31")),
    ("والجريمة (IOM, 17 2022:). وتبين التقديرات.", ("IOM", 2022, "17")),
    ("الجماعات المتطرفة (UNDP, p. 31, 2020). وتبين.", ("UNDP", 2020, "31")),
    ("وبحسب الîكربلائي (2022: 28) فإن الفساد.", ("الكربلائي", 2022, "28")),
    ("وت دراسة مركز الدراسات التنموية في بغداد (2022: 32 جزء) إلى أن.", ("مركز الدراسات التنموية في بغداد", 2022, "32")),
    # the "(" moved away (or came back mirrored far before): the word before the comma
    ("بل كان ) إعادة تعريف لحدود المجال العام نفسه الحميد، 2019: 27). غير أن.", ("الحميد", 2019, "27")),
    ("في أغلب المحافظات العبيدي، 2016: 33).", ("العبيدي", 2016, "33")),
    ("العامة ) لمجلس الوزراء دائرة المنظمات غير الحكومية، 2022: 9). وتشير.", ("دائرة المنظمات غير الحكومية", 2022, "9")),
    ("في المحافظات الإيرانية نفسها رضایی و نیکپور، 1402: 112). ويعترف.", ("رضایی و نیکپور", 1402, "112")),
    ("نادرًا ما يحضر في الدراسات العراقية كاظمي، 1399: 45. ثانيًا", ("كاظمي", 1399, "45")),
    ("من المنظمات المسجلة ) (حتى عام 2014 وزارة التخطيط، 2021: 15. أما", ("وزارة التخطيط", 2021, "15")),
    # both brackets gone: only after a reporting cue
    ("ثقة المواطنين ) (بالمؤسسات. ويرى الجبوري 2020: 54 أن الأمن المجتمعي.", ("الجبوري", 2020, "54")),
    ("ويلاحظ محمدی 1401: 23 أن غياب اتفاق ثنائي ملزم.", ("محمدی", 1401, "23")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DAMAGED)
def test_residual_extraction_damage(text: str, expected: tuple) -> None:
    assert [(r["author"], r["year"], r["page"]) for r in find_citations(text)] == [expected]


# a name and a date that are no work: a place where something happened, a span of years (a
# life, a term of office, a period); a listed author stays a citation either way
DATED_NAMES = """\
تطور العمل الإنساني في الموصل

عقدت الورشة الأولى للمنظمات المحلية في الخارج (دمشق، 2010) ثم الثانية (Amman, 2019). وتولى \
المحافظ منصبه مدة طويلة (أثيل النجيفي، 2009–2015). ويرى الطائي أن التنسيق ظل ضعيفاً \
(الطائي، 2020، ص 14)، وتؤكد ذلك دراسات المنظمات الدولية (Slim, 2015–2016; Slim, 2015).

المصادر

الطائي، حازم (2020). المنظمات المحلية في نينوى. الموصل: دار الكتب.
Slim, H. (2015). Humanitarian ethics. London: Hurst.
"""


def test_a_place_or_a_span_of_years_with_no_entry_is_no_citation() -> None:
    got = [(c["author"], c["year"]) for c in find_citations(DATED_NAMES)]
    assert got == [("الطائي", 2020), ("Slim", 2015), ("Slim", 2015)]


def test_a_place_name_that_is_a_listed_author_is_still_cited() -> None:
    text = DATED_NAMES.replace("Slim, H. (2015)", "Amman, K. (2019). Local NGOs. Amman: Dar.\n"
                               "Slim, H. (2015)")  # fmt: skip
    got = [(c["author"], c["year"]) for c in find_citations(text)]
    assert ("Amman", 2019) in got


def test_a_name_in_the_same_place_continues_that_authors_last_citation() -> None:
    # heldout12's op-ed form: "X في الموضع نفسه" is a prose ibid of X's last citation
    text = (
        "يرى الحسني (٢٠١٨، ص ٧٧) أن إدارة المخيمات انتقلت من الدولة إلى المنظمات. "
        "وينقل الحسني في الموضع نفسه رأياً قديماً للباحث سامي العبيدي في العشيرة والدولة. "
        "وقد وقع الانفجار الثاني في الموضع نفسه بعد يومين."
    )
    got = [(c["author"], c["year_text"], c["page"], c["kind"]) for c in find_citations(text)]
    assert got == [
        ("الحسني", "2018", "77", "narrative"),
        ("الحسني", "2018", "77", "narrative"),
    ]


def test_the_author_quoted_in_the_same_place_is_the_original_of_that_citation() -> None:
    # "وينقل X في الموضع نفسه رأياً … لـ Y": X's last citation again, read by X from Y (a
    # secondary citation); the same place with nothing quoted keeps no original
    text = (
        "ويرى يونس الكبيسي (٢٠١٩، ص ٢١٠) أن وثائق البراءة عدالة موازية. "
        "ويورد الكبيسي في الموضع نفسه قولاً لعالم الاجتماع حسين الدوري، مفاده أن العشيرة "
        "تعاقب الجماعة لا الفرد. ويعود الكبيسي في الموضع نفسه إلى لجان الأحياء."
    )
    got = [
        (c["author"], c["year_text"], c["page"], c["via_original"]) for c in find_citations(text)
    ]
    assert got == [
        ("الكبيسي", "2019", "210", None),
        ("الكبيسي", "2019", "210", "حسين الدوري"),
        ("الكبيسي", "2019", "210", None),
    ]
