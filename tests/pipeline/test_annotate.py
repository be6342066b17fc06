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
