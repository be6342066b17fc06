"""Precision on ordinary Arabic academic prose (issue 13 review): brackets that hold a noun
and a year, a paragraph that opens with ``مصادر``, ``(نفسه)`` in prose, year ranges and life
dates after a reporting cue, and years no work can have. Every sentence here is prose a
reviewer would see in a paper on Iraq's security or NGOs; none of it may become a citation."""

from __future__ import annotations

import pytest

from araseclit.cite import find_citations

# A noun and a year with no comma in brackets: a plan, a law, an event, not an author.
NOUN_YEAR = [
    "وصدر قرار مجلس الوزراء (رقم 2564) بتشكيل لجنة لمتابعة ملف النازحين.",
    "وترتبط هذه الإصلاحات بالخطة الوطنية للتنمية (رؤية 2030) التي أعلنتها الحكومة.",
    "وأظهرت نتائج الاقتراع الأخير (انتخابات 2021) تراجعًا واضحًا في نسب المشاركة.",
    "ولم تخصص الحكومة في قانون الموازنة العامة (موازنة 2021) أي مبلغ لإعادة الإعمار.",
    "ونص الدستور العراقي الدائم (دستور 2005) على حماية حقوق الأقليات.",
    "وانسحبت القوات الأمريكية وفق الاتفاق الأمني (اتفاقية 2008) بحلول نهاية عام 2011.",
    "وتعود جذور الحركة الوطنية إلى الانتفاضة المسلحة ضد البريطانيين (ثورة 1920) في الفرات الأوسط.",
    "وشهدت محافظات الجنوب أحداثًا دامية (انتفاضة 1991) بعد انسحاب الجيش من الكويت.",
    "وتبنت الوزارة خطة خمسية (خطة 2018-2022) لمكافحة الفقر في المحافظات المحررة.",
    "وناقش المشاركون في المؤتمر الدولي للمانحين (مؤتمر 2021) سبل دعم المنظمات المحلية.",
    "وأكدت المنظمات الموقعة على البيان المشترك (بيان 2019) ضرورة حماية الناشطين.",
    "وقد أسهم فوز المنتخب الوطني بالبطولة (كأس آسيا 2007) في تعزيز الشعور بالهوية المشتركة.",
]


@pytest.mark.parametrize("text", NOUN_YEAR)
def test_a_noun_and_a_year_without_a_comma_is_no_citation(text: str) -> None:
    assert find_citations(text) == []


REFS = """

المراجع
هاليداي، مايكل (1973). استكشافات في وظائف اللغة. لندن: إدوارد أرنولد.
الجبوري، سعد (2019). المجتمع المدني في العراق. بغداد: دار الشؤون الثقافية.
"""


def test_a_name_without_a_comma_counts_when_the_list_names_that_author() -> None:
    text = "وترتبط وظائف اللغة بالسياق الاجتماعي (هاليداي 1973، 65) ارتباطًا وثيقًا." + REFS
    got = [(c["author"], c["year"], c["page"]) for c in find_citations(text)]
    assert got == [("هاليداي", 1973, "65")]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("ويرى المؤرخون أن الثورة العلمية بدأت ببطء (كوستلر ١٩٦٤، ٢٠٣) في أوروبا.", "كوستلر"),
        ("وقد بيّن أن اللغة نظام من الخيارات (هاليداي ١٩٧٣م، ٦٥).", "هاليداي"),
    ],
)
def test_a_rare_name_without_a_comma_counts_without_a_reference_list(
    text: str, author: str
) -> None:
    # a book excerpt with no reference list: a name general Arabic rarely uses is evidence
    assert [c["author"] for c in find_citations(text)] == [author]


def test_a_name_without_a_comma_counts_when_a_comma_citation_names_that_author() -> None:
    text = (
        "ويرتبط النشاط المدني بالتمويل الخارجي (الجبوري، 2019: 33). وقد توسع النقاش لاحقًا "
        "في أعمال أخرى (الجبوري 2021، 12) تناولت المنظمات المحلية."
    )
    got = [(c["author"], c["year"], c["page"]) for c in find_citations(text)]
    assert got == [("الجبوري", 2019, "33"), ("الجبوري", 2021, "12")]


def test_a_noun_and_a_year_stay_out_when_the_document_has_other_citations() -> None:
    text = (
        "وتعد مشاركة النساء ضعيفة في الاقتراع الأخير (انتخابات 2021) كما تبين الدراسات "
        "(الجبوري، 2019: 33)." + REFS
    )
    got = [(c["author"], c["year"]) for c in find_citations(text)]
    assert got == [("الجبوري", 2019)]


@pytest.mark.parametrize(
    "text",
    [
        "وشهدت البلاد موجتين من الاحتجاج (انتفاضة 1991، 2019) تركتا أثرًا عميقًا.",
        "وتكررت الأزمة نفسها في دورتين متتاليتين (انتخابات 2018، 34؛ 2021، 12) بحسب المراقبين.",
    ],
)
def test_several_years_after_a_noun_give_no_author_evidence(text: str) -> None:
    assert find_citations(text) == []


# A paper's body: an introduction, then paragraphs in the last two-thirds that open with the
# words a reference list is headed by, a bracketed year soon after, and citations in them.
BODY = """تتناول هذه الدراسة العلاقة بين المنظمات غير الحكومية والأمن المحلي في العراق بعد عام \
2003، وتركز على محافظات الوسط والجنوب حيث تتداخل سلطة الدولة مع سلطة العشيرة والجماعات المسلحة.

ويرى الباحثون أن ضعف المؤسسات الرسمية فتح المجال أمام فاعلين جدد (الجبوري، 2019: 33).

{opening} متعددة، منها الجماعات المسلحة والنزاعات العشائرية (العاني، 2020: 14)، فضلًا عن \
الجريمة المنظمة (Dodge, 2012: 45).

وتخلص الدراسة إلى أن بناء الثقة شرط للاستقرار (الكعبي، 2021: 8).
"""


@pytest.mark.parametrize(
    "opening",
    [
        "مصادر التهديد بعد الغزو (2003)",
        "المصادر المتاحة عن مرحلة الاحتلال (2003-2011)",
        "مراجع التقييم التي اعتمدتها الوزارة (2019)",
    ],
)
def test_a_body_paragraph_opening_with_masadir_is_no_reference_list(opening: str) -> None:
    from araseclit.cite.references import find_references

    text = BODY.format(opening=opening)
    assert find_references(text) == (None, [])
    got = [(c["author"], c["year"]) for c in find_citations(text)]
    assert got == [("الجبوري", 2019), ("العاني", 2020), ("Dodge", 2012), ("الكعبي", 2021)]


def test_a_heading_run_into_a_run_of_entries_still_opens_the_list() -> None:
    from araseclit.cite.references import find_references

    text = (
        BODY.format(opening="وتتعدد مصادر التهديد بعد الغزو")
        + "ثبت المراجع الجبوري، سعد (2019). المجتمع المدني في العراق. بغداد. العاني، "
        "ليث (2020). الأمن المحلي. عمّان. الكعبي، علي (2021). بناء الثقة. بيروت.\n"
    )
    span, refs = find_references(text)
    assert span is not None and text[span[0] :].startswith("ثبت المراجع")
    assert [(r["authors"], r["year"]) for r in refs] == [
        ("الجبوري، سعد", 2019),
        ("العاني، ليث", 2020),
        ("الكعبي، علي", 2021),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ويرتبط الأمن بالتمويل الخارجي (الجبوري، 2019: 33). وهذا الشيء (نفسه) يتكرر في البصرة.",
        "وتتحمل الحكومة المحلية جزءًا من المسؤولية (العاني، 2020: 14)، وقد التقى الوفد "
        "بالمحافظ الحالي والمحافظ (السابق) في مبنى المحافظة.",
    ],
)
def test_a_bare_nafsuhu_or_al_sabiq_in_prose_is_no_ibid(text: str) -> None:
    got = [c["raw"] for c in find_citations(text)]
    assert all("نفسه" not in r and "السابق" not in r for r in got)
    assert len(got) == 1


def test_nafsuhu_with_a_locator_is_an_ibid() -> None:
    text = (
        "ويرتبط الأمن بالتمويل الخارجي (الجبوري، 2019: 33)، ويضيف أن المنظمات ضعيفة (نفسه، ص 35)."
    )
    got = [(c["author"], c["year"], c["page"]) for c in find_citations(text)]
    assert got == [("الجبوري", 2019, "33"), ("الجبوري", 2019, "35")]


# A range of years after a reporting cue: a period, a term of office, a life; and a clause
# (a complementiser, a preposition) read as the name before a bracketed year.
RANGES_AND_CLAUSES = [
    "ويرى الباحث أن مرحلة الاحتلال (2003-2011) شهدت تحولات عميقة في بنية الدولة.",
    "ويشير التقرير إلى أن حكومة المالكي (2006-2014) أخفقت في بناء الثقة مع المحافظات الغربية.",
    "ويرى ماكس فيبر (1864–1920) أن الدولة تحتكر الاستخدام المشروع للعنف.",
    "ويؤكد الكاتب أن حقبة البعث (1968–2003) قامت على مركزية أمنية صارمة.",
    "ويرى الباحث أن الجبوري (2019) قد بالغ في تقدير دور العشائر.",
    "ويشير الكاتب لحكومة عبد الكريم قاسم (1958) بوصفها بداية الدولة الحديثة، لأن حكومة الملكية سقطت.",
]


@pytest.mark.parametrize("text", RANGES_AND_CLAUSES)
def test_a_range_or_a_clause_after_a_cue_is_no_narrative_citation(text: str) -> None:
    assert find_citations(text) == []


def test_a_range_is_a_narrative_citation_when_the_list_has_that_work() -> None:
    text = (
        "ويرى الجبوري (2019-2020) أن المنظمات المحلية ملأت فراغ الدولة.\n\n"
        "المراجع\nالجبوري، سعد (2019). المجتمع المدني في العراق. بغداد: دار الشؤون الثقافية.\n"
    )
    got = [(c["author"], c["year"], c["kind"]) for c in find_citations(text)]
    assert got == [("الجبوري", 2019, "narrative")]


@pytest.mark.parametrize(
    "text",
    [
        "وقد ورد في الحديث النبوي ما يحث على الرفق (البخاري، 6018) في التعامل مع الجار.",
        "ورد هذا المعنى في كتب السنة (مسلم، 2585) بألفاظ متقاربة.",
    ],
)
def test_a_number_after_the_current_year_is_no_citation_year(text: str) -> None:
    assert find_citations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وصدر التقرير الأول للبعثة في نهاية العام (كانون الأول، 2017) بعد إعلان النصر.",
        "واندلعت الاحتجاجات في بغداد والناصرية (تشرين الأول، 2019) واستمرت أشهرًا.",
        "وأُعلنت النتائج النهائية للانتخابات (تشرين الثاني، 2021) بعد الطعون.",
        "وعُقد المؤتمر في النجف (ربيع الأول، 1440هـ) بحضور عدد من العلماء.",
        "وصدرت الفتوى في ظرف استثنائي (جمادى الآخرة، 1435هـ) بعد سقوط الموصل.",
    ],
)
def test_a_two_word_month_is_no_author(text: str) -> None:
    assert find_citations(text) == []


def test_a_bare_year_after_the_solar_year_in_progress_is_lunar() -> None:
    # a Persian author's bare 1399 is solar (2020); a bare 1410 has not happened as a solar
    # year (it would be 2031), so it is the lunar year 1410 (1989-1990)
    text = "وتناول الباحث الإيراني المسألة (کاظمی، 1399: 45)، وسبقه آخر (محمدی، 1410: 12)."
    got = [(c["author"], c["calendar"], c["gregorian_year"]) for c in find_citations(text)]
    assert got == [("کاظمی", "solar_hijri", 2020), ("محمدی", "lunar_hijri", 1990)]


# A Latin place or noun and a year with no comma: a printing place in a bibliographic note, an
# edition, an event. Like ``(رؤية 2030)``, a Latin name with no comma before its year is a
# citation only when the document names that author elsewhere.
LATIN_NOUN_YEAR = [
    "وقد نشر برجشتراسر رسالة حنين بن إسحاق في ترجمة كتب جالينوس (Leibzig 1925) مع ترجمة ألمانية.",
    "وقد طبعت الترجمة الفرنسية للرحلة أول مرة في فرنسا (Paris 1858) ثم أعيد طبعها.",
    "وتعود فكرة التدخل الإنساني إلى أزمة البلقان (Kosovo 1999) التي غيرت عقيدة الحلف.",
]


@pytest.mark.parametrize("text", LATIN_NOUN_YEAR)
def test_a_latin_noun_and_a_year_without_a_comma_is_no_citation(text: str) -> None:
    assert find_citations(text) == []


def test_a_latin_name_without_a_comma_counts_when_the_list_names_that_author() -> None:
    text = (
        "ويرتبط النمو الطويل بقوة بالمساواة في توزيع الدخل (Berg and Ostry 2011, 3)."
        "\n\nالمراجع\nBerg, A., & Ostry, J. D. (2011). Inequality and unsustainable growth. "
        "International Monetary Fund.\nKuznets, S. (1955). Economic growth and income "
        "inequality. The American Economic Review, 45(1), 1–28.\n"
    )
    got = [(c["author"], c["year"], c["page"]) for c in find_citations(text)]
    assert got == [("Berg and Ostry", 2011, "3")]


# The imprint of a note or of a Chicago entry, place and publisher before the year: no author.
IMPRINTS = [
    "(1) Toby Dodge, Iraq: From War to a New Authoritarianism (London: Routledge, 2012), 45.",
    "(2) عبد الجبار أحمد عبد الله، المجتمع المدني في العراق (بغداد: بيت الحكمة، 2010)، ص 112.",
    "Huxley, T. H. [1863a]: Man’s Place in Nature (Chicago: The University of Chicago Press, "
    "1959); reprinted in 2003.",
]


@pytest.mark.parametrize("text", IMPRINTS)
def test_a_place_and_publisher_before_a_year_is_no_author(text: str) -> None:
    assert [c for c in find_citations(text) if c["kind"] != "note"] == []


# Evidence a no-comma name can carry itself, with no reference list: a suffixed year (works of
# one author in one year; an event's year has none), or a bracket whose other works are
# citations. Brackets of nouns with no such evidence still give nothing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("فلا حركة من دون محرك (أرسطو ١٩٥٢أ، الكتاب الثامن) في الطبيعة.", [("أرسطو", 1952)]),
        (
            "وهذا سيجعل الحجر يتبع الأرض المتحركة (كون، ١٩٥٧، ١٢١؛ ماسون ١٩٥٦؛ ولف ١٩٧٨).",
            [("كون", 1957), ("ماسون", 1956), ("ولف", 1978)],
        ),
        ("ونصت الخطط الحكومية على ذلك (رؤية 2030؛ خطة 2018) بوضوح.", []),
    ],
)
def test_a_no_comma_name_with_its_own_evidence(text: str, expected: list[tuple]) -> None:
    assert [(c["author"], c["year"]) for c in find_citations(text)] == expected


def test_a_latin_place_with_a_diacritic_is_no_rare_arabic_name() -> None:
    # the rare-name evidence is for Arabic-script names; "München" is not ASCII, but Latin
    text = "وقد نشرت الطبعة الألمانية الأولى من الكتاب (München 1897) ثم ترجمت إلى العربية."
    assert find_citations(text) == []


# A place with the Arabic article and a year: neither its rarity nor a consonant skeleton it
# shares with a listed author (الإسماعيلية / إسماعيل: s-m-l) makes it a citation.
@pytest.mark.parametrize(
    "text",
    [
        "وقد استعادت القوات العراقية القاعدة الجوية في معركة طويلة (القيارة ٢٠١٦) قبل التقدم.",
        "وقد نشأت الجماعة في مدن القناة (الإسماعيلية ١٩٢٨) ثم انتقلت قيادتها إلى القاهرة."
        "\n\nالمراجع\nإسماعيل، حسن (2015). الحركات الإسلامية في مصر. القاهرة: دار الشروق.\n"
        "الجبوري، سعد (2019). المجتمع المدني في العراق. بغداد: دار الشؤون الثقافية.\n",
    ],
)
def test_a_place_with_the_article_is_no_evidenced_name(text: str) -> None:
    assert [c for c in find_citations(text) if c["kind"] != "numeric"] == []
