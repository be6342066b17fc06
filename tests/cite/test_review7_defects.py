"""Defects a reviewer found in the citation stage (issue 13, seventh session): a paragraph
opening with a word the reference heading starts with, an edition or volume number read as
the next label of a numbered list or notes, and an inverted Arabic name in a numbered entry."""

from __future__ import annotations

from araseclit.cite import find_citations, find_reference_span

INTRO = (
    "تتناول هذه الدراسة دور المنظمات غير الحكومية في العراق بعد عام 2003 (الساعدي، 2015: 12)، "
    "وتبحث في علاقتها بالدولة والمجتمع (Dodge, 2012). "
) * 3
OUTRO = (
    "\nوخلاصة القول إن المنظمات بقيت ضعيفة (الجميلي، 2020)، وإن الدولة لم تتغير (Haddad, 2011).\n"
)


def test_a_paragraph_opening_with_masadir_is_no_reference_heading() -> None:
    para = (
        "المصادر الأمنية، أكدت ذلك مرارا. وفي بغداد، تضاعفت الحالات بعد 2014. "
        "وفي البصرة، ظهرت شكاوى كثيرة. وبعد عام 2016 صدر قانون جديد (العبيدي، 2017: 45). "
        "وفي أربيل، رفعت قضايا عديدة. وبعد 2019 تغيرت السياسة (Keen, 2019). "
        "وفي الأنبار، بقيت المشكلة. وحتى 2021 لم تحل."
    )
    text = INTRO + "\n" + para + OUTRO
    assert find_reference_span(text) is None
    assert len(find_citations(text)) == 10


def test_a_paragraph_opening_with_musadara_is_no_reference_heading() -> None:
    para = (
        "مصادرة الأموال، ظلت أداة بيد الفصائل. وفي الموصل، صودرت البيوت بعد 2014. "
        "وفي سنجار، هجرت عائلات كثيرة. وبعد عام 2017 عادت بعضها (الحمداني، 2018: 77). "
        "وفي تلعفر، ضاعت سجلات الملكية. وبعد 2018 بدأت التعويضات (Mansour, 2021). "
        "وفي بيجي، بقي الملف معلقا. وحتى 2022 لم يحسم."
    )
    text = INTRO + "\n" + para + OUTRO
    assert find_reference_span(text) is None
    assert len(find_citations(text)) == 10
