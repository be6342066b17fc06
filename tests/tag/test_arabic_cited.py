"""Scholars the text cites in Arabic script (araseclit.tag.arabic_cited), and Latin citations
of double-barrelled or و-initial surnames (araseclit.tag.cited_names). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from araseclit.tag import explain_text
from araseclit.tag.cited_names import cited_latin_names


def actors(text: str) -> list[tuple[str, str]]:
    return [(m["text"], m["category"]) for m in explain_text(text) if m["label"] == "ACTOR"]


def persons(text: str) -> list[str]:
    return [name for name, category in actors(text) if category == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name and a surname that are ordinary words too (نبيل, جمعة 'Friday'),
        # read as a name because the text cites جمعة as an author; then جمعة alone
        ("ينطلق الفصل من قراءة نبيل جمعة لتاريخ النقابات في الدلتا (جمعة، 2011).\n"
         "ويرى جمعة أن النقابات المستقلة ولدت من رحم الإضرابات.", ["نبيل جمعة", "جمعة"]),
        # a cited two-word surname after a compound given name is one name, not two
        ("وتستعين الورقة بأعمال عبد الله علي إبراهيم عن الثقافة والسياسة في السودان "
         "(علي إبراهيم، 2008).", ["عبد الله علي إبراهيم"]),
    ],
)  # fmt: skip
def test_scholar_cited_in_arabic_is_a_person(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


def test_state_adjective_cited_as_surname_is_the_scholar() -> None:
    """المصري is cited as an author: عادل المصري is a scholar and neither المصري is Egypt."""
    text = "ويرى عادل المصري أن المجالس المنتخبة بقيت بلا صلاحيات مالية حقيقية (المصري، 2020)."
    assert actors(text) == [("عادل المصري", "person")]


def test_the_state_adjective_elsewhere_stays_the_state() -> None:
    """The surname alone, not after a view or reporting verb, is still the adjective."""
    text = (
        "ويرى عادل المصري أن المجالس بقيت بلا صلاحيات (المصري، 2020). "
        "وقد شدد القانون المصري قيود التمويل الأجنبي."
    )
    assert actors(text) == [("عادل المصري", "person"), ("المصري", "state")]


@pytest.mark.parametrize(
    "text",
    [
        # a body cited as author names no person, nor does على (normalised علي) before it
        "واعتمد المجلس على تقارير اللجنة في تقدير الأضرار (علي، 2015).",
        # a surname cited but never written with a given name: no person from the citation
        "وتراجعت المشاركة في الانتخابات البلدية إلى أدنى مستوياتها (هلال، 2006).",
    ],
)
def test_no_scholar_without_a_given_name(text: str) -> None:
    assert persons(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a double-barrelled citation, the Arabic text naming the scholar by one part
        ("وتنطلق الورقة من تحليل إيبرهارد كينله لتحالفات النخب الاقتصادية "
         "(Kienle-Haddad, 2012).", ["إيبرهارد كينله"]),
        ("وتعتمد الدراسة على تحليل كاثرين هوف لتحالفات الأحزاب في الريف (Hoff-Ramirez, 2010).",
         ["كاثرين هوف"]),
        # a surname that reads as و + a common word (جدي) after a listed given name
        ("وتستفيد الورقة من نقد مروة وجدي لخطاب التنمية في الصعيد (Wagdy, 2019).",
         ["مروة وجدي"]),
    ],
)  # fmt: skip
def test_latin_cited_surname_forms(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name starting with و or ف whose rest is a rare word (يندي, ولكر) keeps it
        ("وتبين ويندي بيرغ أن النقابات المهنية قادت الانتفاضات المتعاقبة في الخرطوم "
         "(Berg, 2016).", ["ويندي بيرغ"]),
        ("ويعرض فولكر بيرتس قراءة لتحولات النخبة الحاكمة في دمشق بعد عام 2000 "
         "(Perthes, 2004).", ["فولكر بيرتس"]),
        # ف + a common verb is no given name
        ("وفيرى المحللون أن الأزمة طويلة (Fiore, 2018).", []),
    ],
)  # fmt: skip
def test_given_name_with_its_own_wa_or_fa(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


def test_hyphenated_citation_gives_both_parts() -> None:
    assert {"Kienle", "Haddad"} <= cited_latin_names("(Kienle-Haddad, 2012)")


def test_conjunct_common_word_is_no_surname_without_a_given_name() -> None:
    """و + a common word (وجدي: and my grandfather) is read as Wagdy only after a given
    name: here it starts no name."""
    text = "ووجدي في الأرشيف رسائل كثيرة عن النقابات (Wagdy, 2019)."
    assert persons(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare بين is "between": the nisba after it is the state (issue 14, review)
        ("ويرى عادل المصري أن الدولة فقدت احتكار العنف (المصري، 2020). ويقارن الباحث بين "
         "المصري والأردني في إدارة الحدود.", ["عادل المصري"]),
        ("ويرى عادل المصري أن الدولة فقدت احتكار العنف (المصري، 2020). وتختلف العلاقة بين "
         "المصري والسعودي في الخليج.", ["عادل المصري"]),
    ],
)  # fmt: skip
def test_between_reports_no_view(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # بيّن with its shadda reports the view; و + the verb is no given name (issue 14)
        ("ويرى عادل المصري أن الدولة فقدت احتكار العنف (المصري، 2020). وبيّن المصري أن "
         "الحدود بقيت مفتوحة.", ["عادل المصري", "المصري"]),
        ("ويرى سامي الحلبي أن الفصائل تقاسمت المعابر (الحلبي، 2017). وبيّن الحلبي أن "
         "الضرائب على الشاحنات مولت الحرب.", ["سامي الحلبي", "الحلبي"]),
    ],
)  # fmt: skip
def test_bayyana_reports_a_view_and_is_no_given_name(text: str, expected: list[str]) -> None:
    assert persons(text) == expected
