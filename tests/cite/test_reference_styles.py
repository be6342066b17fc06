"""Reference lists as books write them (issue 13): headings with marks, ordinals and
subheadings, author–year entries with no brackets, an author line above the years of their
works, entries the source wrapped over several lines."""

from __future__ import annotations

import pytest

from araseclit.cite import find_citations, find_references

BOOK_LIST = """ويرى ابن خلدون أن العصبية أساس الملك (ابن خلدون، 1988: 4).

ثبت المراجع

أولاً: المراجع العربية
ابن خلدون، عبد الرحمن. المقدمة. بيروت: دار الفكر، 1988.
الطبري، محمد بن جرير. تاريخ الرسل والملوك. القاهرة: دار المعارف، 1967.

ثانياً: المراجع الأجنبية
Buzan, Barry. People, States and Fear. Brighton: Wheatsheaf, 1983.
Hough, Peter. Understanding Global Security. London: Routledge, 2008.
"""


def test_a_list_under_a_heading_and_its_subheadings_is_one_list() -> None:
    _, refs = find_references(BOOK_LIST)
    assert [(r["authors"], r["year"]) for r in refs] == [
        ("ابن خلدون، عبد الرحمن", 1988),
        ("الطبري، محمد بن جرير", 1967),
        ("Buzan, Barry", 1983),
        ("Hough, Peter", 2008),
    ]


@pytest.mark.parametrize(
    "heading", ["# | المراجع", "ثبت المراجع العربية", "مراجع البحث", "## Bibliography"]
)
def test_headings_as_books_and_markdown_write_them(heading: str) -> None:
    text = (
        "وتناولت الدراسات المجتمع المدني في العراق.\n\n"
        f"{heading}\n\n"
        "الجبوري، سعد 2018: الإرهاب والمجتمع المدني. بيروت: مركز دراسات الوحدة العربية.\n"
        "العاني، سامر 2020: المنظمات غير الحكومية والدولة. بغداد: دار الحكمة.\n"
    )
    span, refs = find_references(text)
    assert span is not None
    assert [(r["authors"], r["year"]) for r in refs] == [
        ("الجبوري، سعد", 2018),
        ("العاني، سامر", 2020),
    ]


WRAPPED = """نص الكتاب ينتهي هنا.

# | المراجع

Althusser, L. 1971: Ideology and ideological state
apparatuses. In L. Althusser (ed.),

Lenin and Philosophy and Other Essays, London: New Left
Books.

Edelman, M. 1974: The political language of the helping
professions. Politics and Society (Winter, 1974), 4.

Bagguley, P. 1990: Post-Fordism and enterprise
culture: flexibility and change.
In Keat and Abercrombie 1990.

Bakhtin, M.:

1981:

The Dialogical Imagination,

ed. M. Holquist. Austin: University of Texas
Press.

1986:

Speech Genres and
Other Late Essays.

Austin: University of Texas Press.

van Dijk, T. 1988:

News as Discourse.

Hillsdale, New Jersey:
Erlbaum.
"""


def test_wrapped_author_year_entries_and_an_author_line_above_its_works() -> None:
    _, refs = find_references(WRAPPED)
    assert [(r["authors"], r["year_text"]) for r in refs] == [
        ("Althusser, L.", "1971"),
        ("Edelman, M.", "1974"),
        ("Bagguley, P.", "1990"),
        ("Bakhtin, M.", "1981"),
        ("Bakhtin, M.", "1986"),
        ("van Dijk, T.", "1988"),
    ]
    assert refs[0]["title"] == "Ideology and ideological state apparatuses"


def test_no_citation_is_read_inside_a_book_style_list() -> None:
    text = WRAPPED.replace("نص الكتاب ينتهي هنا.", "ويرى ألتوسير أن الأيديولوجيا مادية.")
    assert find_citations(text) == []


def test_a_marked_heading_run_into_its_first_entry_starts_the_list() -> None:
    body = "وهذه خلاصة الفصل الأخير من الكتاب. " * 30
    text = (
        f"{body}\n\n# | المراجع Althusser, L. 1971: Ideology and ideological state apparatuses."
        "\n\nArgyle, M. 1978: The Psychology of Interpersonal Behaviour.\n"
    )
    span, refs = find_references(text)
    assert span is not None and text[span[0] :].startswith("# | المراجع")
    assert [(r["authors"], r["year"]) for r in refs] == [
        ("Althusser, L.", 1971),
        ("Argyle, M.", 1978),
    ]
