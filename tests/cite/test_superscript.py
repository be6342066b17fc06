"""Vancouver citation numbers printed raised after the stop, as PDF text gives them glued to
it (issue 13, dev9): ``…الحدود.٣``, ``…التمويل،٥ ثم``, ``…المدن.٦–٨``. Read only when the
document's numbers come in citation order and stay within its numbered list."""

from __future__ import annotations

from araseclit.cite import find_citations, find_references, match

CAMPS = """تعاني محافظة الأنبار من نقص حاد في مراكز إعادة التأهيل بعد عام ٢٠١٧.١ وقد أغلقت معظم المراكز التي افتتحتها المنظمات الدولية بعد انتهاء التمويل في عام ٢٠٢٠.٢ ويشير الأطباء إلى أن ٤٢٫٥٪ من المصابين لم يتلقوا أي علاج طبيعي.٣،٤

ويرتبط ذلك بضعف التنسيق بين وزارة الصحة والمنظمات غير الحكومية،٥ وبغياب قاعدة بيانات موحدة للمصابين.٢–٤ وقد صدر القرار رقم ٢٨٩ لسنة ٢٠١٩، لكنه لم يطبق حتى الآن.٦

المراجع

١. وزارة الصحة. التقرير السنوي للتأهيل الطبي. بغداد: الوزارة؛ ٢٠٢١.
٢. الدليمي سعد. المنظمات الدولية والخدمات الصحية في الأنبار. مجلة جامعة الأنبار. ٢٠٢٢؛١٤(٢):٥٥-٧٠.
٣. Hassan R, Ali M. Disability after conflict in western Iraq. Confl Health. 2020;14(1):33-41.
٤. Handicap International. Rehabilitation needs in Anbar. Lyon: HI; 2019.
٥. العبيدي منى. التنسيق الصحي في المحافظات المحررة. بغداد: بيت الحكمة؛ ٢٠٢٠.
"""


def test_glued_numbers_after_stops_are_vancouver_citations_linked_to_the_list() -> None:
    _, entries = find_references(CAMPS)
    cits = find_citations(CAMPS, references=entries)
    match(cits, entries)
    # every number was missed; "٢٠١٧.١" is a year then its citation, not a decimal
    assert [c["number"] for c in cits] == [1, 2, 3, 4, 5, 2, 3, 4, 6]
    linked = {c["number"]: c["ref_id"] for c in cits}
    assert linked[1] == entries[0]["ref_id"] and linked[5] == entries[4]["ref_id"]
    assert linked[6] is None  # a work the list lacks: the audit reports it


def test_a_decimal_a_resolution_number_and_abbreviations_are_no_citations() -> None:
    # each text has MIN_MARKERS glued numbers and more, in citation order (1, 2, 3, 4): only
    # the shape of what is before the stop says they are no citations
    decimals = (
        "ارتفعت نسبة التقزم بين الأطفال إلى 14.1 في الأنبار و15.2 في نينوى و16.3 في صلاح الدين، "
        "واعتمد المسح الإصدار v2.4 من الأداة بعد القرار 2379 لعام 2017."
    )
    abbreviations = (
        "Malnutrition in the camps is mapped in Fig.1 above and listed in Table No.2 of the "
        "annex; the legal basis is in Vol.3 of the gazette and its para.4 on permits."
    )
    assert find_citations(decimals) == []  # a number glued to a number is a decimal
    assert find_citations(abbreviations) == []  # a stop after "Fig", "No", "Vol", "para"


def test_numbers_out_of_citation_order_are_left_alone() -> None:
    # counts glued to a comma in a table-like sentence, no citation order: 7, 3, 9
    text = "بلغ عدد المراكز في الرمادي،7 وفي الفلوجة،3 وفي هيت،9 بحسب إحصاءات الدائرة لعام 2021."
    assert [c for c in find_citations(text) if c["kind"] == "numeric"] == []


def test_numbers_past_a_list_the_reader_cut_short_are_read_as_far_as_the_order_goes() -> None:
    # a PDF reader merged the last entries of the list: the numbers cited in order (1 to 6)
    # still say how far the numbering runs
    cut = CAMPS.split("٤. Handicap")[0]
    got = [c["number"] for c in find_citations(cut) if c["kind"] == "numeric"]
    assert got == [1, 2, 3, 4, 5, 2, 3, 4, 6]
