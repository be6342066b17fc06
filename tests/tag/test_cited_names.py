"""Scholars named in Arabic letters whose work the text cites in Latin script
(araseclit.tag.cited_names). Sentences written for these tests."""

from __future__ import annotations

import pytest

from araseclit.tag import explain_text
from araseclit.tag.cited_names import cited_latin_names


def persons(text: str) -> list[str]:
    return [m["text"] for m in explain_text(text) if m["category"] == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # unlisted foreign given names, no title or reporting verb before them
        ("ويميز ستاثيس كاليفاس بين العنف الانتقائي والعنف العشوائي في الحروب الأهلية "
         "(Kalyvas, 2006).", ["ستاثيس كاليفاس"]),
        ("وتقترح كاثرين بون مقاربة تقوم على الجغرافيا السياسية للسلطة (Boone, 2003).",
         ["كاثرين بون"]),
        # the surname alone names her again once the full name was found
        ("وتبين جيليان شويدلر أن المشاركة لا تقود بالضرورة إلى الاعتدال (Schwedler, 2006)، "
         "وتضيف شويدلر أن السياق المؤسسي حاسم.", ["جيليان شويدلر", "شويدلر"]),
    ],
)  # fmt: skip
def test_cited_scholar_is_a_person(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # ordinary words that read like the cited names (Muggah, Sedra)
        "وتكشف الدراسة مواجهة حادة بين البلديات والمركز حول الموارد (Muggah, 2018).",
        "وكان القرار صادرا عن المحكمة العليا بعد سنوات من النزاع (Sedra, 2015).",
        # a verb with its object pronoun before the name is no given name
        "وهي أطروحة انتقدها كاليفاس في عمله اللاحق (Kalyvas, 2006).",
        # an accusative with tanwin is no name (a guard: Amin is not similar enough today)
        "وتوفر الروابط العائلية أمنًا اجتماعيًا للنازحين (Amin, 2019).",
        # a body cited as author: Iraq names the state, not a scholar
        "وتشير دراسات عراق ما بعد الحرب إلى تفكك الدولة (Iraq Study Group, 2006).",
    ],
)
def test_no_person_from_a_word_like_a_cited_name(text: str) -> None:
    assert persons(text) == []


def test_common_noun_before_a_listed_given_name_is_no_name() -> None:
    """An unlisted word is taken only right before the surname: before a listed given name
    it is the noun the name depends on."""
    text = "وتتبنى الورقة أطروحة ليزا أندرسون عن الدولة الريعية في ليبيا (Anderson, 1986)."
    assert "ليزا أندرسون" in persons(text)


def test_cited_latin_names() -> None:
    names = cited_latin_names("كما في (Krieg & Rickli, 2019؛ الحلبي، 2021) و(della Porta, 2013)")
    assert names == {"Krieg", "Rickli", "della", "Porta"}


@pytest.mark.parametrize(
    "text",
    [
        # و + a common word whose stem is a listed given name (وجود: جود) opens no name
        "حذر التقرير من وجود سيول جارفة في محافظة نينوى خلال الشتاء، وهو ما تناولته دراسات "
        "سابقة (Sowell, 2010; Davis, 2015).",
        "وأشارت التقارير إلى وجود سيول في أطراف المدينة بعد العاصفة (Sowell, 2012).",
        # a feminine noun is no surname (دافئة ~ Davis)
        "ولكن المنطقة الاستوائية ستظل دافئة جدا خلال الشهر المقبل (Davis, 2015).",
        # a Persian sentence's words are no scholar's name (کشور ~ Kishore, فشار ~ Fisher)
        "رای‌گیری از مردم در راستای حل اختلاف با کشور همسایه یونان است (Kishore, 2003). "
        "دولت زیر فشار شدید مخالفان قرار دارد (Fisher, 2010).",
    ],
)  # fmt: skip
def test_common_word_is_no_cited_scholar(text: str) -> None:
    assert persons_by_citation(text) == []


def persons_by_citation(text: str) -> list[str]:
    return [m["text"] for m in explain_text(text) if m.get("evidence") == "citation"]


def test_unlisted_given_name_needs_a_citation_nearby() -> None:
    """An unlisted word before a surname (اجتياح سيول ~ Sowell) names a scholar only in
    the paragraph that cites the work or one beside it; a listed given name anywhere."""
    text = (
        "وتفسر الثقافة تفاوت الدخل بين الجماعات في بعض الدراسات (Sowell, 1994).\n"
        "وتتناول الدراسة الحالية أوضاع المحافظات الجنوبية بعد عام 2003.\n"
        "ويعاني سكان القرى النائية من ضعف الخدمات الصحية والتعليمية.\n"
        "وأدى اجتياح سيول جارفة للمنطقة إلى تهجير مئات العائلات.\n"
        "وتبين جيليان شويدلر أن المشاركة لا تقود إلى الاعتدال (Schwedler, 2006)."
    )
    found = persons(text)
    assert "جيليان شويدلر" in found
    assert not [name for name in found if "سيول" in name]
