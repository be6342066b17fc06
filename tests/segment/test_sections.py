"""Paragraphs and section headings."""

from __future__ import annotations

import pytest

from araseclit.segment import find_paragraphs, find_sections, parse_heading
from araseclit.segment.sections import heading_type, type_sections

CHAPTER = """2.1 المقدّمة

يُعدّ الأمن الوطني في العراق من أكثر المفاهيم تعقيدًا (Buzan، 1991: 19).

2.2 خلفية الأمن الوطني

يرتبط الأمن الوطني بعوامل سياسية واقتصادية.

أولًا: الإطار النظري

تتعدد المقاربات النظرية للأمن.

2.2.1 التحديات الأمنية

تصاعد العنف الطائفي بين عامي 2014 و2017.

خلاصة القسم الثاني

تظهر الحاجة إلى مقاربة جديدة.

٢٫٦. الخاتمة

يعتمد مستقبل الأمن على قدرة المجتمع على الصمود.

1. سن قانون يضمن المشاركة المدنية في الأمن.

المصادر

Buzan, B. (1991). People, States and Fear."""


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("2.4.2 التحديات المؤسسية والبنيوية", ("2.4.2", "التحديات المؤسسية والبنيوية", 3)),
        ("1. المقدمة", ("1", "المقدمة", 1)),
        ("3) النتائج والمناقشة", ("3", "النتائج والمناقشة", 1)),
        ("٢.٦. الخاتمة", ("2.6", "الخاتمة", 2)),
        ("المقدّمة 2.1", ("2.1", "المقدّمة", 2)),
        ("الخاتمةُ 3.", ("3", "الخاتمةُ", 1)),
        ("الخاتمة.٢.٦", ("2.6", "الخاتمة", 2)),
        (
            "الجماعات المسلحة في العراق: من التمرد إلى المأسسة 2.",
            ("2", "الجماعات المسلحة في العراق: من التمرد إلى المأسسة", 1),
        ),
        ("المبحث الأول: مفهوم الأمن الوطني", ("المبحث الأول", "مفهوم الأمن الوطني", 2)),
        ("الفصل الثاني - المنظمات المدنية", ("الفصل الثاني", "المنظمات المدنية", 1)),
        ("المقدمة", (None, "المقدمة", 1)),
        ("الخاتمة:", (None, "الخاتمة", 1)),
        ("قائمة المصادر والمراجع", (None, "قائمة المصادر والمراجع", 1)),
        ("References", (None, "References", 1)),
    ],
)
def test_parse_heading(paragraph, expected):
    h = parse_heading(paragraph)
    assert h is not None
    assert (h.number, h.title, h.level) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "يُعدّ الأمن الوطني في العراق من أكثر المفاهيم تعقيدًا.",
        "1. سن قانون يضمن المشاركة المدنية في الأمن.",
        "2003 شهد العراق تحولات كبيرة",
        "وهذا ما يبينه الجدول 2",
        "شهد العراق تحولات كبيرة عام 2003.",
        "2.1",
        "(Buzan، 1991: 19)",
        "المقدمة التي كتبها الباحث في بداية دراسته الطويلة عن الأمن الوطني العراقي وأبعاده "
        "السياسية والاقتصادية والاجتماعية المتعددة",
    ],
)
def test_body_paragraphs_are_not_headings(paragraph):
    assert parse_heading(paragraph) is None


def test_find_paragraphs_strips_and_skips_blank_runs():
    text = "  أول فقرة\nتكملة  \n\n\n  \nثاني فقرة\n"
    assert [text[s:e] for s, e in find_paragraphs(text)] == ["أول فقرة\nتكملة", "ثاني فقرة"]


def test_find_sections_levels_and_spans():
    got = [
        (s["number"], s["title"], s["level"], CHAPTER[s["start"] : s["end"]].split("\n")[0])
        for s in find_sections(CHAPTER)
    ]
    assert got == [
        ("2.1", "المقدّمة", 2, "2.1 المقدّمة"),
        ("2.2", "خلفية الأمن الوطني", 2, "2.2 خلفية الأمن الوطني"),
        ("أولًا", "الإطار النظري", 3, "أولًا: الإطار النظري"),
        ("2.2.1", "التحديات الأمنية", 3, "2.2.1 التحديات الأمنية"),
        (None, "خلاصة القسم الثاني", 3, "خلاصة القسم الثاني"),
        ("2.6", "الخاتمة", 2, "٢٫٦. الخاتمة"),
        (None, "المصادر", 1, "المصادر"),
    ]


@pytest.mark.parametrize(
    ("number", "last_words"),
    [
        ("2.1", "(Buzan، 1991: 19)."),  # ends before 2.2
        ("2.2", "مقاربة جديدة."),  # runs over its subsections up to 2.6
        ("2.2.1", "تصاعد العنف الطائفي بين عامي 2014 و2017."),  # ends at the summary (sibling)
        ("2.6", "في الأمن."),  # ends before المصادر (level 1)
    ],
)
def test_section_ends_before_next_heading_of_same_or_higher_level(number, last_words):
    sec = next(s for s in find_sections(CHAPTER) if s["number"] == number)
    assert CHAPTER[sec["start"] : sec["end"]].endswith(last_words)


def test_references_section_runs_to_the_end():
    last = find_sections(CHAPTER)[-1]
    assert last["end"] == len(CHAPTER)


@pytest.mark.parametrize(
    ("headings", "levels"),
    [
        # a paper numbered 1, 2, 2.1, 3, 4: bare numbers continue the top level
        (
            ["1. المقدمة", "2. الإطار النظري", "2.1 المفهوم", "3. النتائج", "4. الخاتمة"],
            [1, 1, 2, 1, 1],
        ),
        # a chapter numbered 2.x: a bare "1." inside 2.4 is a sub-heading, not a chapter
        (
            ["2.3 الآفاق", "2.4 دور المنظمات", "1. المسار التاريخي", "2.4.2 الأمن الإنساني"],
            [2, 2, 3, 3],
        ),
        (["2.5.3 التحديات المؤسسية", "4. دور التكنولوجيا", "2.5.5 التحليل"], [3, 4, 3]),
    ],
)
def test_levels_follow_the_numbering_in_force(headings, levels):
    text = "\n\n".join(f"{h}\n\nنص الفقرة." for h in headings)
    assert [s["level"] for s in find_sections(text)] == levels


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("المصادر", "reference_list"),
        ("قائمة المصادر والمراجع:", "reference_list"),
        ("المراجع الأجنبية", "reference_list"),
        ("References", "reference_list"),
        ("الملخّص", "abstract"),
        ("الكلمات المفتاحية", "abstract"),
        ("الهوامش.", "footnotes"),
        ("شكر وتقدير", "front_matter"),
        ("الملاحق", "appendix"),
        # body headings, some sharing a first word with a typed one
        ("الخاتمة", "body"),
        ("المصادر المائية في جنوب العراق", "body"),
        ("ملخص القسم الثاني", "body"),
        ("المنظمات غير الحكومية والأمن الوطني", "body"),
        ("", "body"),
    ],
)
def test_heading_type(title: str, kind: str) -> None:
    assert heading_type(title) == kind


def test_a_sub_heading_of_a_reference_list_is_a_reference_list() -> None:
    text = CHAPTER.replace(
        "المصادر\n\nBuzan",
        "المصادر\n\nأولًا: المصادر العربية\n\nالخفاجي، علي (2018). الأمن المجتمعي.\n\n"
        "ثانيًا: الكتب الإنجليزية\n\nBuzan",
    )
    sections = find_sections(text)
    kinds = dict(zip((s["title"] for s in sections), type_sections(sections), strict=True))
    assert kinds["المصادر"] == "reference_list"
    assert kinds["المصادر العربية"] == "reference_list"
    assert kinds["الكتب الإنجليزية"] == "reference_list"  # untyped title, inside the list
    assert kinds["الخاتمة"] == "body"
    assert kinds["التحديات الأمنية"] == "body"


@pytest.mark.parametrize(
    "separator",
    ["ـــــــــ ـــــــــ", "ـ ـ", "َ َ", "ً ُ"],
    ids=["tatweel-rule", "two-tatweels", "two-fathas", "marks"],
)
def test_a_paragraph_of_tatweels_or_marks_is_no_heading_and_no_failure(separator: str) -> None:
    # a decorative rule typed with tatweels (or stray marks) normalises to spaces only; it
    # made parse_heading raise IndexError and the whole document fail its segment stage
    assert parse_heading(separator) is None
    text = f"مقدمة\n\n{separator}\n\nتناولت الدراسة دور المنظمات في الموصل."
    assert [s["title"] for s in find_sections(text)] == ["مقدمة"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # tanween typed on the alef, as most keyboards put it (the data writes أولًا)
        ("أولاً: دور المنظمات في حماية الحدود", ("أولاً", "دور المنظمات في حماية الحدود")),
        ("ثانياً - النتائج الميدانية", ("ثانياً", "النتائج الميدانية")),
        ("رابعا: التوصيات", ("رابعا", "التوصيات")),
        ("المبحث الثانى: التحديات", ("المبحث الثانى", "التحديات")),
    ],
)
def test_ordinal_and_division_words_match_however_their_marks_are_typed(
    paragraph: str, expected: tuple[str, str]
) -> None:
    h = parse_heading(paragraph)
    assert h is not None
    assert (h.number, h.title) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("١-٢ مفهوم الأمن الإنساني", ("1.2", "مفهوم الأمن الإنساني", 2)),
        ("3-1-2 تمويل المنظمات المحلية", ("3.1.2", "تمويل المنظمات المحلية", 3)),
        ("3- النتائج", ("3", "النتائج", 1)),
    ],
)
def test_hyphenated_section_numbers(paragraph: str, expected: tuple[str, str, int]) -> None:
    h = parse_heading(paragraph)
    assert h is not None
    assert (h.number, h.title, h.level) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "1-2 مليون نازح في المخيمات.",
        "1-2 مليون نازح في المخيمات",  # no final stop: the range's counted word tells
        "3-5 سنوات من العمل الميداني",
        "2014-2017 سنوات الحرب على التنظيم",
    ],
)
def test_a_range_opening_a_paragraph_is_no_section_number(paragraph: str) -> None:
    assert parse_heading(paragraph) is None


MARKDOWN = """# المنظمات والأمن على الحدود

## المقدمة

تتناول الورقة دور المنظمات غير الحكومية في الرقابة على المنافذ. #البصرة #المنافذ

## ١. الإطار النظري

### ١.١ الأمن الإنساني ###

يعرّف الباحثون الأمن الإنساني بأنه التحرر من الخوف.

## المراجع

الكبيسي، سامر (2021). المنظمات والحدود. بغداد."""


def test_markdown_headings_are_sections_at_the_level_of_their_marks() -> None:
    sections = find_sections(MARKDOWN)
    got = [(s["number"], s["title"], s["level"], s["section_type"]) for s in sections]
    assert got == [
        (None, "المنظمات والأمن على الحدود", 1, "body"),
        (None, "المقدمة", 2, "body"),
        ("1", "الإطار النظري", 2, "body"),
        ("1.1", "الأمن الإنساني", 3, "body"),
        (None, "المراجع", 2, "reference_list"),
    ]
    assert MARKDOWN[sections[3]["start"] :].startswith("### ١.١")
    assert parse_heading("#البصرة #المنافذ") is None  # hashtags are no heading
