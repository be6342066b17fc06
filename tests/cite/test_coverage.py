"""audit() keys, coverage and problems; JSON/Markdown/HTML renderers."""

from __future__ import annotations

import json

import pytest

from araseclit.cite import (
    audit,
    audit_to_html,
    audit_to_json,
    audit_to_markdown,
    find_citations,
    find_references,
)

TEXT = """يعد الأمن مفهومًا معقدًا (الحميد، 2019: 27). وتزايدت التدخلات (Hiltermann, 2017: 88).
وأكد آخرون ذلك (Dodge, 2020: 56). ويرى »خسروي« (1402: 68) أن الثقة أساس (الحميد، 2019: 30).

المصادر

الحميد، عبد الله (2019). الأمن الوطني. بغداد.
Hiltermann, J. (2017). Iraq after ISIS. Foreign Affairs.
Marr, P. (2012). The Modern History of Iraq. Boulder.
"""


def _audit(text: str, **kw: object) -> dict:
    _, refs = find_references(text, doc_id="d1")
    return audit(find_citations(text, doc_id="d1"), refs, doc_id="d1", **kw)


def test_keys_and_coverage() -> None:
    a = _audit(TEXT, as_of=2026)
    for key in ("citations", "works_cited", "references", "matched", "missing_references",
                "uncited_references", "coverage", "problems", "by_script", "by_decade", "recency"):  # fmt: skip
        assert key in a
    assert (a["citations"], a["works_cited"], a["references"], a["matched"]) == (5, 4, 3, 2)
    assert a["coverage"] == 0.5
    assert sorted(m["author"] for m in a["missing_references"]) == ["Dodge", "خسروي"]
    assert [r["authors"] for r in a["uncited_references"]] == ["Marr, P."]
    assert a["by_script"] == {"arabic": 3, "latin": 2}
    assert a["by_decade"] == {"2010s": 3, "2020s": 2}
    assert a["recency"]["median_age"] == 7 and a["recency"]["newest"] == 2023


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("نص (الحميد، 2031: 5).", "future_year"),
        ("نص (الحميد، 2019: 0).", "impossible_page"),
        ("نص (الحميد، 2019: 40-9000).", "impossible_page"),
        ("نص (الحميد، 2019: 5). ونص (الحميد، 2018: 5).", "two_years_same_work"),
        ("نص (Al-Tamimi, 2021: 5). ونص (Al Tamimi, 2021: 7).", "author_spelling_variants"),
        ("نص (الكعبي، 2020: 5). ونص (الکعبی، 2020: 7).", "author_spelling_variants"),
        ("نص (الحميد، 2019: 5).", "no_reference_list"),
        ("نص (الحميد، د.ت).", "undated"),
    ],
)
def test_problems(text: str, kind: str) -> None:
    assert kind in {p["kind"] for p in _audit(text, as_of=2026)["problems"]}


def test_clean_document_has_no_problems_but_missing_list() -> None:
    kinds = {
        p["kind"]
        for p in _audit("نص (الحميد، 2019: 5). ونص (Dodge, 2020: 7).", as_of=2026)["problems"]
    }
    assert kinds == {"no_reference_list"}


def test_two_years_resolving_to_one_entry() -> None:
    text = "نص (الحميد، 2019: 5). ونص (الحميد، 2019a: 9).\n\nالمصادر\n\nالحميد، عبد الله (2019). الأمن. بغداد."
    assert "two_years_same_work" in {p["kind"] for p in _audit(text)["problems"]}


def test_renderers() -> None:
    a = _audit(TEXT + "\nEvil, <script>alert(1)</script> (2010). X & Y. Z.\n", as_of=2026)
    assert json.loads(audit_to_json(a))["matched"] == 2
    assert "خسروي" in audit_to_json(a)  # UTF-8, not \\u escapes
    md = audit_to_markdown(a)
    assert "| coverage | 50.0% |" in md and "خسروي" in md
    frag = audit_to_html(a)
    assert frag.startswith('<section class="araseclit-audit">') and "<script>" not in frag
    assert "&lt;script&gt;" in frag
    page = audit_to_html(a, standalone=True)
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page


def test_records_read_back_from_dataframes() -> None:
    import pandas as pd

    from araseclit.store.schema import columns

    text = TEXT
    _, refs = find_references(text, doc_id="d1")
    cits = find_citations(text, doc_id="d1")
    expected = _audit(text, as_of=2026)
    cits_df = pd.DataFrame(cits, columns=columns("citations")).convert_dtypes()
    refs_df = pd.DataFrame(refs, columns=columns("references"))
    got = audit(cits_df.to_dict("records"), refs_df.to_dict("records"), doc_id="d1", as_of=2026)
    for key in ("works_cited", "matched", "coverage", "by_decade", "recency"):
        assert got[key] == expected[key]


# a paper citing in brackets and in footnotes: a note names the author given name first,
# the bracket by the family name alone; neither work is listed
BRACKETS_AND_NOTES = """وقد تناولت دراسات عديدة بناء الدولة بعد 2003 (Dodge, 2003: 12)، كما درس آخرون الإدارة البريطانية للعراق(1). ورصد الموسوي تحول الأمن المجتمعي في البصرة (الموسوي، 2018: 40)، وأكد ذلك في موضع آخر(2).

الهوامش

(1) Toby Dodge, Inventing Iraq: The Failure of Nation Building and a History Denied (New York: Columbia University Press, 2003), 64.

(2) حيدر كاظم الموسوي، الأمن المجتمعي في البصرة (البصرة: دار الفيحاء، 2018)، ص 77.

المصادر

Marr, P. (2012). The Modern History of Iraq. Boulder: Westview Press.
"""


def test_a_work_cited_in_a_bracket_and_a_note_is_one_missing_work_under_its_family_name() -> None:
    result = _audit(BRACKETS_AND_NOTES)
    assert result["works_cited"] == 2  # not "Dodge" and "Toby Dodge"
    missing = [
        (m["family"], m["year_text"], len(m["cit_ids"])) for m in result["missing_references"]
    ]
    assert sorted(missing) == [("Dodge", "2003", 2), ("الموسوي", "2018", 2)]


@pytest.mark.parametrize("body", ["Refugees International", "Mercy Corps", "Human Rights Watch"])
def test_a_body_named_in_a_note_keeps_its_whole_name_in_the_audit(body: str) -> None:
    # a note's "Given Family" person gives its family name; a body's name is no person's (and
    # the note's imprint "(London, 2019)" is no citation of a note of prose)
    text = (
        "وثقت المنظمات الدولية أوضاع النازحين في مخيمات نينوى(1)، وأكدت تقارير أخرى ذلك(2).\n\n"
        "الهوامش\n\n"
        f"(1) {body}, Iraq: Displaced and Forgotten (London, 2019), 12.\n\n"
        f"(2) {body}, Iraq: Displaced and Forgotten, 14.\n"
    )
    result = _audit(text)
    assert [m["family"] for m in result["missing_references"]] == [body]


@pytest.mark.parametrize(
    ("author", "family"),
    [
        ("Médecins Sans Frontières", "Médecins Sans Frontières"),
        ("Jan van der Berg", "van der Berg"),
        ("van der Berg", "van der Berg"),
        ("Nasr Abu Zayd", "Abu Zayd"),
        ("Charles de Gaulle", "de Gaulle"),
        ("Toby Dodge", "Dodge"),
        ("ابن خلدون", "ابن خلدون"),
        ("عبد الرحمن ابن خلدون", "ابن خلدون"),
        ("نصر حامد أبو زيد", "أبو زيد"),
        ("أبو زيد", "أبو زيد"),
    ],
)
def test_a_particle_or_body_name_in_a_note_keeps_its_whole_family_name(
    author: str, family: str
) -> None:
    from araseclit.cite.coverage import note_family

    assert note_family(author) == family


def test_a_body_with_no_entry_is_missing_under_its_whole_name() -> None:
    # dev9_en_chicago_negotiation: MSF is cited in a note and has no entry in the bibliography
    text = (
        "Humanitarian access in Nineveh was negotiated checkpoint by checkpoint.1 Medical "
        "agencies described the same pattern.2\n\n"
        "Notes\n\n"
        "1. Toby Dodge, Iraq: From War to a New Authoritarianism (London: IISS, 2012), 44.\n"
        "2. Médecins Sans Frontières, International Activity Report 2018 (Geneva: MSF, 2019), 5.\n\n"
        "Bibliography\n\n"
        "Dodge, Toby. Iraq: From War to a New Authoritarianism. London: IISS, 2012.\n"
    )
    result = _audit(text)
    assert [(m["family"], m["year_text"]) for m in result["missing_references"]] == [
        ("Médecins Sans Frontières", "2019")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "جمعیت هلال احمر جمهوری اسلامی ایران",
        "ستاد کل نیروهای مسلح",
        "کانون وکلای دادگستری مرکز",
        "خبرگزاری جمهوری اسلامی",
        "سپاه پاسداران انقلاب اسلامی",
    ],
)
def test_a_persian_body_named_in_a_note_is_missing_under_its_whole_name(body: str) -> None:
    text = (
        "در سال‌های اخیر امدادرسانی به آوارگان عراقی در استان‌های مرزی گسترش یافت.۱ "
        "گزارش‌های بعدی نیز همین روند را تأیید کردند.۲\n\n"
        "یادداشت‌ها\n\n"
        f"۱. {body}، گزارش سالانه امداد و نجات (تهران، ۱۳۹۸)، ۱۲.\n"
        f"۲. {body}، گزارش سالانه امداد و نجات، ۱۴.\n"
    )
    result = _audit(text)
    assert [m["family"] for m in result["missing_references"]] == [body]
