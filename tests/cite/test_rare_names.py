"""A transliterated name before a bracketed year with no reporting cue and no reference list
(issue 13, out of domain: real Arabic books cite ``مع جوفمان (١٩٧٤م)`` in running prose and
keep their bibliography elsewhere). The evidence is the name's rarity in general Arabic
(wordfreq), not a list of names; frequent words, the article, titles and lives stay out."""

from __future__ import annotations

import pytest

from araseclit.cite import find_citations

UNCUED = (
    "انطلقت مدرسة كوبنهاغن من توسيع مفهوم الأمن، فاقترح بوزان (١٩٨٣م) قطاعات خمسة له، ثم "
    "عاد بوزان ووويفر (١٩٩٨م) إلى فكرة الأمننة، على حين اتجهت البنائية مع كاتزنشتاين (١٩٩٦م، ٢٤٦) "
    "إلى الهويات، وتأثر بها علم الاجتماع السياسي المرتبط باسم أنتوني جيدنز (١٩٨٤م، ١٩٩١م)."
)


def test_a_rare_name_before_a_bracketed_year_is_a_narrative_citation() -> None:
    got = [(c["author"], c["year"], c["page"], c["kind"]) for c in find_citations(UNCUED)]
    assert got == [
        ("بوزان", 1983, None, "narrative"),
        ("بوزان ووويفر", 1998, None, "narrative"),
        ("كاتزنشتاين", 1996, "246", "narrative"),
        ("جيدنز", 1984, None, "narrative"),
        ("جيدنز", 1991, None, "narrative"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # places with the article behind a conjunction, a frequent noun
        "وفي احتجاجات البصرة (2019) والناصرية (2020) قتل عشرات من المتظاهرين.",
        "وتضاعف عدد المنظمات بعد الحرب (٢٠٠٣م) أضعافا.",
        # a title in guillemets, a life, a name whose particle folds to a conjunction
        "ومن ذلك ما كتبه الصحفي في «أيام جيدنز» (٢٠٠٥م) عن المدينة.",
        "وعاش الفيلسوف توماس هوبز (١٥٨٨–١٦٧٩م) في زمن الحرب الأهلية.",
        "وهو ما نجده في فان دييك (١٩٨٨م) من تحليل لأخبار الصحف.",
    ],
)
def test_no_citation_from_a_frequent_word_a_title_a_life_or_a_particle(text: str) -> None:
    assert find_citations(text) == []
