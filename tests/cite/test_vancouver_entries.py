"""Vancouver entries (issue 13): the year is the one after the publisher's semicolon or
before a journal's volume, not an access date or a year in the title; a numbered entry run
into the DOI ending the entry before it is its own entry."""

from __future__ import annotations

import pytest

from araseclit.cite import find_references, parse_fields

LIST = """تتزايد إصابات المخلفات الحربية بين العائدين [1، 2]، وتتأخر عمليات المسح [3، 4].

المراجع

1. UNMAS. Iraq: mine action programme annual report 2018. New York: United Nations Mine \
Action Service; 2019. Available from: https://www.unmas.org/en/programmes/iraq [cited 2021 \
Feb 2].

2. الحديثي سعد، العبيدي منى. إصابات المخلفات الحربية في الأنبار بعد عام ٢٠١٦: دراسة \
ميدانية. مجلة البحوث الأمنية. ٢٠٢٠؛٨(٢):٣٣–٥٨. doi:10.5555/mba.2020.0033

3. Karim A, Lund P. Survey of contaminated farmland in Nineveh, 2017-2019. Confl Health. \
2021;15(1):40. doi:10.5555/ch.2021.040 4. الموسوي هدى. المسح غير التقني للأراضي الزراعية. \
البصرة: دار الكتب والوثائق؛ ٢٠١٧.
"""


def test_vancouver_years_and_a_numbered_entry_after_a_doi() -> None:
    _, refs = find_references(LIST)
    assert [(r["label"], r["year"]) for r in refs] == [
        ("1", 2019),  # not the access date 2021 nor the title's 2018
        ("2", 2020),  # not the title's "بعد عام ٢٠١٦:" read as "Name year:"
        ("3", 2021),  # not the title's 2017-2019
        ("4", 2017),  # its own entry, not the tail of entry 3
    ]
    assert refs[1]["authors"] == "الحديثي سعد، العبيدي منى"


CHICAGO = """ويرى الحيدري أن العنف يعيد إنتاج نفسه (الحيدري 2015، 44؛ Keen 2012, 19).

المصادر والمراجع

الجميلي، نادية. 2019أ. المنظمات غير الحكومية والأمن المحلي في الأنبار. بغداد: بيت الحكمة.
الجميلي، نادية. 2019ب. "التمويل الخارجي والمجتمع المدني في العراق." مجلة العلوم السياسية 58 \
(1): 33–60. الحيدري، إبراهيم. 2015. سوسيولوجيا العنف والإرهاب. بيروت: دار الساقي.
Dodge, Toby. 2013. "State and Society in Iraq Ten Years after Regime Change." International \
Affairs 89 (2): 241–57. Keen, David. 2012. Useful Enemies. New Haven: Yale University Press.
Marr, Phebe, I. Al-Marashi, and J. R. Smith, eds. 2017. The Modern History of Iraq. Boulder: Westview Press.
"""


def test_chicago_author_date_entries_run_together_are_split() -> None:
    # ingest.read of a .txt list of one entry a line can join an entry to the one before it
    _, refs = find_references(CHICAGO)
    assert [(r["authors"], r["year_text"]) for r in refs] == [
        ("الجميلي، نادية", "2019أ"),
        ("الجميلي، نادية", "2019ب"),
        ("الحيدري، إبراهيم", "2015"),
        ("Dodge, Toby", "2013"),
        ("Keen, David", "2012"),
        ("Marr, Phebe, I. Al-Marashi, and J. R. Smith, eds", "2017"),  # one entry
    ]


# A numbered Vancouver list in Arabic: names family first, separated by commas; the journal
# part after an Arabic semicolon, once with an issue and no volume; a ministry and its
# department as the author of a report whose title holds a year.
ARABIC_VANCOUVER = [
    "4. الكرخي باسم، الزبيدي سلوى. عودة النازحين إلى سنجار بعد عام ٢٠١٧: دراسة ميدانية. "
    "مجلة دراسات السلام. ٢٠٢١؛٩(٢):١٠١–١٢٨.",
    "5. العزاوي مهند. الحماية المدنية في المدن المحررة. مجلة القانون والسياسة. ٢٠١٩؛(٣١):٥٥–٨٠.",
    "6. وزارة التخطيط العراقية، الجهاز المركزي للإحصاء. مسح الأسر النازحة لعام ٢٠١٨. بغداد: "
    "وزارة التخطيط؛ ٢٠١٩.",
]


@pytest.mark.parametrize(
    ("entry", "want"),
    [
        (ARABIC_VANCOUVER[0], {
            "family": "الكرخي", "title": "عودة النازحين إلى سنجار بعد عام 2017: دراسة ميدانية",
            "container": "مجلة دراسات السلام", "volume": "9", "issue": "2", "pages": "101–128",
            "publisher": None, "place": None,
        }),
        (ARABIC_VANCOUVER[1], {
            "family": "العزاوي", "title": "الحماية المدنية في المدن المحررة",
            "container": "مجلة القانون والسياسة", "volume": None, "issue": "31",
            "pages": "55–80", "publisher": None,
        }),
        (ARABIC_VANCOUVER[2], {
            "family": "وزارة التخطيط العراقية", "title": "مسح الأسر النازحة لعام 2018",
            "publisher": "وزارة التخطيط", "place": "بغداد", "container": None,
        }),
    ],
)  # fmt: skip
def test_arabic_vancouver_entry_fields(entry: str, want: dict) -> None:
    f = parse_fields(entry)
    got = {k: f["authors"][0]["family"] if k == "family" else f[k] for k in want}  # type: ignore[literal-required]
    assert got == want


def test_arabic_vancouver_names_are_family_first() -> None:
    f = parse_fields(ARABIC_VANCOUVER[0])
    assert f["authors"] == [
        {"family": "الكرخي", "given": "باسم"},
        {"family": "الزبيدي", "given": "سلوى"},
    ]


def test_a_page_range_broken_at_its_hyphen_is_one_range() -> None:
    # a PDF line that breaks after "1221-" gives "1221- 39"
    f = parse_fields("7. Salih K, Rowe P. Mine risk education in Kirkuk. Disasters. "
                     "2020;44(3):610- 27.")  # fmt: skip
    assert (f["container"], f["volume"], f["issue"], f["pages"]) == (
        "Disasters",
        "44",
        "3",
        "610-27",
    )
