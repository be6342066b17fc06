"""Reference fields the session-9 review found misread (issue 13): an access-date word inside
a title, an imprint read as a journal by its pages, an inverted author whose title is short."""

from __future__ import annotations

import pytest

from araseclit.cite.fields import parse_fields


@pytest.mark.parametrize(
    ("raw", "title", "publisher"),
    [
        (
            "Smith, John. How Aid Is Viewed in Northern Iraq. London: Zed Books, 2015.",
            "How Aid Is Viewed in Northern Iraq",
            "Zed Books",
        ),
        (
            "Smith, J. (2015). How aid is viewed in northern Iraq. London: Zed Books.",
            "How aid is viewed in northern Iraq",
            "Zed Books",
        ),
        (
            "Brown, Sarah. Peer-reviewed Evidence on Humanitarian Access in Syria. Geneva:"
            " ICRC, 2019.",
            "Peer-reviewed Evidence on Humanitarian Access in Syria",
            "ICRC",
        ),
        (
            "Jones, K. A Retrieved Past: Memory and Militias in Iraq. Oxford: Hart, 2018.",
            "A Retrieved Past: Memory and Militias in Iraq",
            "Hart",
        ),
    ],
)
def test_access_word_inside_a_title_is_no_access_date(raw: str, title: str, publisher: str) -> None:
    f = parse_fields(raw)
    assert f["accessed"] is None
    assert (f["title"], f["publisher"]) == (title, publisher)


def test_retrieved_from_a_url_is_the_url_not_a_date() -> None:
    f = parse_fields(
        "UNHCR. (2019). Iraq: Protection monitoring report. Retrieved from"
        " https://www.unhcr.org/iraq/report-2019"
    )
    assert f["accessed"] is None
    assert f["url"] == "https://www.unhcr.org/iraq/report-2019"
    assert f["title"] == "Iraq: Protection monitoring report"


def test_access_dates_still_read() -> None:
    f = parse_fields(
        "Human Rights Watch. (2020). Iraq: Families of ISIS suspects denied documents."
        " Retrieved June 5, 2021, from https://www.hrw.org/news/2020/iraq"
    )
    assert f["accessed"] == "June 5, 2021"
    f = parse_fields(
        "الأمم المتحدة. (2020). تقرير الاستجابة الإنسانية. تم الاطلاع عليه في 5 حزيران 2021،"
        " من https://www.un.org/ar/iraq"
    )
    assert (f["accessed"], f["title"]) == ("5 حزيران 2021", "تقرير الاستجابة الإنسانية")


@pytest.mark.parametrize(
    ("raw", "place", "publisher", "pages"),
    [
        (
            "Hamdan, L. 2017. Militias and the State in Iraq. Abingdon: Routledge, 2017,"
            " pp. 45–67.",
            "Abingdon",
            "Routledge",
            "45–67",
        ),
        (
            "الحكيم، محمد حسين. الدولة والمجتمع في العراق. بيروت: دار الرافدين، 2009، ص 120-145.",
            "بيروت",
            "دار الرافدين",
            "120-145",
        ),
        ("UNHCR (2020) Global Trends. Geneva: UNHCR, 2020, 120-125.", "Geneva", "UNHCR", "120-125"),
    ],
)
def test_an_imprint_with_its_year_and_pages_is_no_journal(
    raw: str, place: str, publisher: str, pages: str
) -> None:
    f = parse_fields(raw)
    assert f["container"] is None
    assert (f["place"], f["publisher"], f["pages"]) == (place, publisher, pages)
    assert f["type"] == "book"


def test_a_journal_with_its_year_and_pages_is_still_a_journal() -> None:
    f = parse_fields(
        "Mansour, R. (2021). The Popular Mobilisation Forces. Middle East Report, 2021, 45-67."
    )
    assert (f["container"], f["pages"], f["publisher"]) == ("Middle East Report", "45-67", None)


@pytest.mark.parametrize(
    ("raw", "family", "given", "title", "publisher", "place"),
    [
        (
            "ابن خلدون، عبد الرحمن، المقدمة، دار الفكر، بيروت، 2004.",
            "ابن خلدون",
            "عبد الرحمن",
            "المقدمة",
            "دار الفكر",
            "بيروت",
        ),
        (
            "ابن منظور، محمد بن مكرم، لسان العرب، دار صادر، بيروت، د.ت.",
            "ابن منظور",
            "محمد بن مكرم",
            "لسان العرب",
            "دار صادر",
            "بيروت",
        ),
        (
            "أبو زيد، نصر حامد، النص والسلطة والحقيقة، المركز الثقافي العربي، بيروت، 1995.",
            "أبو زيد",
            "نصر حامد",
            "النص والسلطة والحقيقة",
            "المركز الثقافي العربي",
            "بيروت",
        ),
        (
            "Smith, J., Violence Incited by Militias in Iraq, Zed Books, London, 2015.",
            "Smith",
            "J.",
            "Violence Incited by Militias in Iraq",
            "Zed Books",
            "London",
        ),
    ],
)
def test_an_inverted_author_then_a_short_title_reads_by_the_given_name(
    raw: str, family: str, given: str, title: str, publisher: str, place: str
) -> None:
    f = parse_fields(raw)
    assert [(a["family"], a["given"]) for a in f["authors"]] == [(family, given)]
    assert (f["title"], f["publisher"], f["place"]) == (title, publisher, place)


def test_given_name_first_entries_keep_their_title() -> None:
    f = parse_fields("محمد حسين الحكيم، الدولة والمجتمع في العراق، دار الرافدين، بيروت، 2009.")
    assert [(a["family"], a["given"]) for a in f["authors"]] == [("الحكيم", "محمد حسين")]
    assert (f["title"], f["publisher"], f["place"]) == (
        "الدولة والمجتمع في العراق",
        "دار الرافدين",
        "بيروت",
    )


def test_a_title_of_name_words_after_a_given_name_first_author_stays_the_title() -> None:
    f = parse_fields("ساطع الحصري، العرب، دار الطليعة، بيروت، 1965.")
    assert [(a["family"], a["given"]) for a in f["authors"]] == [("الحصري", "ساطع")]
    assert (f["title"], f["publisher"]) == ("العرب", "دار الطليعة")
