"""annotate(): a document cut into chunks gives the records of one pass, op. cit. included."""

from __future__ import annotations

import pytest
from spacy.language import Language

from araseclit.chunking import MAX_CHUNK_CHARS, plan_chunks
from araseclit.document import Document
from araseclit.pipeline.annotate import annotate
from araseclit.pipeline.loader import load_pipeline
from araseclit.pipeline.records import doc_records

# written for these tests: the works are cited in the first section, op. cit. (with the
# author in its bracket, and after the author's name) cites them again in the second
FIRST = """1. المقدمة

تواجه منظمات المجتمع المدني في العراق قيودًا متزايدة على عملها الميداني منذ عام 2014 \
(الخفاجي، 2017: 21). ويرى باحثون أن الدولة بعد عام 2003 أعادت بناء أجهزتها الأمنية على \
أسس طائفية (Dodge, 2012: 44).
"""

SECOND = """
2. المنظمات والأمن

ويرى الباحث أن المنظمات الصغيرة هي الأكثر تضررًا من إجراءات التسجيل الجديدة \
(الخفاجي، مرجع سابق، ص 45). ويعود Dodge (op. cit., 61) إلى الفكرة نفسها في حديثه عن \
الرقابة على التمويل الخارجي.

المصادر

الخفاجي، علي. (2017). المجتمع المدني والأمن في العراق. بغداد: دار الشؤون الثقافية.
Dodge, T. (2012). Iraq: From War to a New Authoritarianism. London: IISS.
"""

# prose between the two sections, so that the op. cit. sits chunks after its work
FILLER = (
    "وتتباين تقديرات الباحثين لأثر هذه القيود بحسب المحافظة ونوع المنظمة وحجم تمويلها، "
    "وتبقى البيانات المتاحة عنها متفرقة بين تقارير المنظمات نفسها وتقارير الجهات المانحة.\n\n"
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline("default")


def _op_cits(found: object, text: str) -> dict[str, tuple]:
    return {
        c["raw"]: (c["author"], c["year"], c["page"], c["ref_id"])
        for c in found.citations  # type: ignore[attr-defined]
        if "op. cit." in c["raw"] or "مرجع سابق" in c["raw"]
    }


WANT = {
    "(الخفاجي، مرجع سابق، ص 45)": ("الخفاجي", 2017, "45", "dopcit-r0000"),
    "Dodge (op. cit., 61)": ("Dodge", 2012, "61", "dopcit-r0001"),
}


def test_an_op_cit_in_a_later_chunk_cites_the_work_of_an_earlier_chunk(nlp: Language) -> None:
    text = FIRST + "\n" + FILLER * 4 + SECOND
    document = Document(doc_id="dopcit", path="opcit.txt", source_format="txt", text=text)
    one = annotate(nlp, document)
    assert one.n_chunks == 1 and _op_cits(one, text) == WANT
    found = annotate(nlp, document, max_chars=400)
    op_cit_at = text.index("مرجع سابق")
    assert found.n_chunks >= 3
    assert sum(1 for s, _ in plan_chunks(text, 400) if s <= op_cit_at) >= 2  # a later chunk
    assert _op_cits(found, text) == WANT
    one_tables, many_tables = doc_records(document, one), doc_records(document, found)
    for table, rows in one_tables.items():
        assert many_tables[table] == rows, table


@pytest.mark.slow
def test_an_op_cit_after_the_chunk_bound_cites_the_work_before_it(nlp: Language) -> None:
    filler = FILLER * (MAX_CHUNK_CHARS // len(FILLER) + 1)
    text = FIRST + "\n" + filler + SECOND
    document = Document(doc_id="dopcit", path="opcit.txt", source_format="txt", text=text)
    found = annotate(nlp, document)
    assert found.n_chunks >= 2 and plan_chunks(text)[0][1] < text.index("مرجع سابق")
    assert _op_cits(found, text) == WANT


# written for these tests: what a citation decision reads from the whole document sits in
# another chunk than the citation it decides
NO_LIST = """1. الهجرة والأمن

تقدّر التقارير الدولية أعداد النازحين داخليًا في العراق بأكثر من مليون شخص \
(المنظمة الدولية للهجرة، 2021: 7)، ويعيش معظمهم خارج المخيمات الرسمية.
"""
NO_LIST_LATER = """
2. العودة

تباطأت العودة إلى المناطق المحررة بعد عام 2019، ولا سيما في محافظتي نينوى وصلاح الدين.

جدول 1: النازحون داخليًا حسب المحافظة، 2021
المصدر: المنظمة الدولية للهجرة (2021، ص 7).
"""

VANCOUVER = """1. المقدمة

تعتمد المنظمات الإنسانية على الشركاء المحليين في الوصول إلى المناطق المتضررة.1 ويزداد هذا \
الاعتماد في المناطق التي تشهد نزاعًا مسلحًا.2 وقد وثّقت التقارير قيود الوصول في المخيمات.3
"""
VANCOUVER_LATER = """
2. التمويل

وتتأثر قدرة المنظمات المحلية بشروط التمويل الخارجي.4 وتفرض الجهات المانحة متطلبات تدقيق \
متزايدة.5،6 ويرى باحثون أن هذه المتطلبات تُضعف استقلالية المنظمات.7

المراجع

1. الخفاجي ع. المجتمع المدني والأمن في العراق. بغداد: دار الشؤون الثقافية؛ 2017.
2. Dodge T. Iraq: From War to a New Authoritarianism. London: IISS; 2012.
3. OCHA. Humanitarian Access Report: Iraq. Baghdad: OCHA; 2020.
4. السامرائي م. الاحتجاجات والمجتمع المدني في جنوب العراق. مجلة دراسات دولية. 2020؛82:71-96.
5. UNDP. Funding Civil Society in Iraq. New York: UNDP; 2020.
6. الحميد ه. المجتمع المدني وإعادة تشكيل المجال العام. بيروت: مركز دراسات الوحدة العربية؛ 2019.
7. Hiltermann J. NGOs and the State in Iraq. Middle East Report. 2017;284:20-25.
"""

MLA = """1. Introduction

Local brokers decide which neighbourhoods aid reaches (Hassan 45), and donors rarely see \
them (Dodge, Iraq 33). Access is negotiated case by case (Hassan 52).
"""
MLA_LATER = """
2. Conclusion

Brokers remain the hinge of access in the governorates we studied.

Works Cited

Dodge, Toby. Inventing Iraq. Columbia UP, 2003.
Dodge, Toby. Iraq: From War to a New Authoritarianism. IISS, 2012.
Hassan, Layla. Brokers of Access. Beirut UP, 2019.
"""


@pytest.mark.parametrize(
    ("head", "tail", "raw", "evidence"),
    [
        (NO_LIST, NO_LIST_LATER, "المنظمة الدولية للهجرة (2021، ص 7)", "(المنظمة الدولية"),
        (VANCOUVER, VANCOUVER_LATER, "3", "المراجع"),
        (MLA, MLA_LATER, "(Hassan 52)", "Works Cited"),
    ],
    ids=["body-before-its-bracketed-year", "superscript-numbers", "mla-author-page"],
)
def test_a_citation_read_on_another_chunks_evidence_is_read_as_in_one_pass(
    nlp: Language, head: str, tail: str, raw: str, evidence: str
) -> None:
    """The evidence a citation needs (its work cited in brackets, the numbered list and the
    order of the paper's numbers, the list of works cited) is in another chunk than the
    citation: chunked gives the tables of one pass."""
    text = head + "\n" + FILLER * 4 + tail
    document = Document(doc_id="devid", path="evidence.txt", source_format="txt", text=text)
    one = annotate(nlp, document)
    cited = [c for c in one.citations if c["raw"] == raw]
    assert one.n_chunks == 1 and len(cited) == 1
    found = annotate(nlp, document, max_chars=400)
    assert found.n_chunks >= 3

    def chunk(at: int) -> int:
        return next(k for k, (s, e) in enumerate(plan_chunks(text, 400)) if s <= at < e)

    assert chunk(cited[0]["start"]) != chunk(text.index(evidence))
    one_tables, many_tables = doc_records(document, one), doc_records(document, found)
    for table, rows in one_tables.items():
        assert many_tables[table] == rows, table


@pytest.mark.parametrize("block", [1, 5, 40, 10**6])
def test_a_texts_lines_read_a_block_at_a_time_are_its_lines(block: int) -> None:
    """The reference headings are looked for line by line, a block of the text at a time (no
    list of a book's lines): the lines are ``splitlines``' whatever the line breaks, a block
    ending inside a paragraph, a Windows line end or a run of blank lines."""
    from araseclit.pipeline.annotate import _lines

    text = (
        "الفصل الأول\r\nتعمل المنظمات المدنية في العراق.\n\n\nالمراجع\r\n"
        "بوزان، باري. الناس والدول والخوف.\u2028سطر\x0cصفحة\rنهاية\n"
    )
    assert list(_lines(text, block)) == text.splitlines(keepends=True)
    assert list(_lines("", block)) == []
