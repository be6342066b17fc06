"""Reporting verbs of news and policy writing (حذّر, صرّح, أعلن, نفى, أقر, شدد, نبّه, لفت,
اعتبر) attribute a claim to their subject, read up to the reported clause; a time adverb or
``في بيان`` between the subject and the clause does not hide it."""

from __future__ import annotations

import pytest

from araseclit.claims import find_claims


def source(text: str) -> str | None:
    claims = find_claims(text, [(0, len(text), "s0")], [], [])
    return claims[0]["attributed_to"] if claims else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وحذّر وزير الخارجية من أن استمرار القتال سيقود إلى انهيار الدولة.", "وزير الخارجية"),
        ("وحذرت منظمة العفو الدولية من أن الاعتقالات التعسفية تقوض الثقة بالقضاء.",
         "منظمة العفو الدولية"),
        ("ونبّه التقرير إلى أن الهجمات تضاعفت خلال العام الماضي.", "التقرير"),
        ("وشدد رئيس الوزراء على أن الحكومة لن تتفاوض مع الجماعات المسلحة.", "رئيس الوزراء"),
        ("ولفت المرصد إلى أن عدد الضحايا ارتفع إلى ثلاثمئة.", "المرصد"),
        ("ونفى المتحدث باسم الجيش أن تكون القوات قد قصفت المدنيين.", "المتحدث باسم الجيش"),
        ("وأعلن الجيش أن العملية انتهت بالسيطرة على المدينة.", "الجيش"),
        ("وصرّح الوزير بأن المفاوضات وصلت إلى طريق مسدود.", "الوزير"),
        ("وأقر المسؤول بأن الأجهزة الأمنية أخفقت في منع الهجوم.", "المسؤول"),
        ("واعتبر المحلل السياسي أن الدولة فقدت احتكار العنف.", "المحلل السياسي"),
        ("وأعلن رئيس البرلمان يوم الأحد أن الجلسة تأجلت إلى الشهر المقبل.", "رئيس البرلمان"),
        ("ونفى الوزير أيضا أن تكون الحكومة قد فاوضت المسلحين.", "الوزير"),
        ("وأعلنت الحكومة في بيان أن الانتخابات ستجري في موعدها.", "الحكومة"),
        ("وصرّح المتحدث قائلا إن الوضع الأمني تحت السيطرة.", "المتحدث"),
    ],
)  # fmt: skip
def test_reporting_verb_subject_is_the_source(text: str, expected: str) -> None:
    assert source(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a passive-like "is considered" with no reported clause names no source
        "ويعتبر الأمن الغذائي من أهم التحديات التي تواجه الدولة.",
        # the subject is followed by an object, not a clause: no source is read
        "وأعلن الجيش حالة الطوارئ في المحافظات الشمالية.",
    ],
)
def test_no_reported_clause_no_source(text: str) -> None:
    assert source(text) in ("author", None)


def test_unterminated_line_that_reports_a_statement_is_a_claim() -> None:
    # news lines often lack a final full stop; a heading has no reporting verb and source
    assert source("صرح رئيس الحزب بأن الحكومة فشلت في إدارة الأزمة الاقتصادية") == "رئيس الحزب"
    assert source("دور المنظمات غير الحكومية في بناء السلام في العراق") is None
