"""The document's order and each line's reading, judged against "leave it"."""

from __future__ import annotations

from araseclit.repair import repair_lines, repair_text

BUDGET = [
    "جدول (2): كلفة أنشطة الحماية المجتمعية في مخيمات دهوك لعام 2022",
    "| النشاط | الكلفة (دولار) | الجهة المنفذة |",
    "| جلسات التوعية | 8,400 | فرق المنظمة |",
    "| الدعم النفسي | 15,750 | مركز الأمل |",
    "| الإحالات القانونية | 3,100 | — |",
]
BENEFICIARIES = [
    "القضاء\tالأسر\tالأفراد",
    "زاخو\t412\t2,031",
    "سميل\t288\t1,460",
    "الشيخان\t190\t977",
]


def test_a_clean_table_typed_with_bars_or_tabs_is_left_as_it_stands() -> None:
    """Issue 11, finding 4: a Markdown row was read with its cells turned round (confidence
    1.00), and a few such rows tipped a whole clean document into "runs" order, tab rows
    reversed with it. The cells' order is the writer's: only a cell can be an extractor's."""
    prose = (
        "وتظهر الأرقام أن الإنفاق على الدعم النفسي فاق مجموع النشاطين الآخرين، وهو ما يعكس "
        "أولويات المانحين في المرحلة التي تلت العمليات العسكرية."
    )
    lines = [*BUDGET, prose, *BENEFICIARIES]
    result = repair_lines("\n".join(lines))
    assert result.order == "logical"
    assert [ln.text for ln in result.lines] == lines
    assert not any(ln.changed for ln in result.lines)
    assert repair_text("\n".join(lines)).split("\n\n") == lines  # a row ends on its line


def test_a_reversed_cell_is_still_read_back() -> None:
    """The cells are read one by one, not left alone: in a scrambled document a cell's
    words in visual order come back, and the cells keep their places."""
    from araseclit.scramble import ops
    from araseclit.scramble.layout import paragraph_levels

    prose = [
        "تناولت الدراسة أوضاع النازحين في المخيمات الواقعة شمال البلاد خلال السنوات الأخيرة،",
        "واعتمدت على مقابلات مع الأسر وممثلي المنظمات المحلية والدولية العاملة هناك.",
        "وبينت النتائج أن فرص العمل والتعليم ما زالت محدودة رغم تحسن الوضع الأمني.",
    ]
    raw = [ops.visual_order(p, tuple(paragraph_levels(p))) for p in prose]
    cell = "الدعم النفسي"
    raw.append("| " + ops.visual_order(cell, tuple(paragraph_levels(cell))) + " | 15,750 |")
    got = repair_lines("\n".join(raw))
    assert got.order != "logical"
    assert got.lines[-1].text == "| الدعم النفسي | 15,750 |"


def test_the_kindness_for_typed_commas_follows_the_document_not_the_judges_memory() -> None:
    """A stop typed against the next word ('اتفاق .وفي') is a typing habit in one document
    and pdftotext's damage in another: "leave it" is scored kindly only in the first, even
    when the judge has already scored the same line for the other (its scores are remembered
    per line and per habit)."""
    from araseclit.repair.decide import Judge
    from araseclit.repair.readings import as_it_stands, normalise
    from araseclit.textmodel.scorer import default_scorer

    line = "وانتهى الاجتماع دون اتفاق .وفي اليوم التالي أعلنت الحكومة عن لجنة جديدة"
    judge = Judge(default_scorer())
    judge.against = True
    kind = judge.leave_score(line)
    judge.against = False
    strict = judge.leave_score(line)
    assert strict < kind
    assert strict == judge.score(line)
    judge.against = True
    assert judge.leave_score(line) == kind
    assert judge.leave(" " + line) == as_it_stands(normalise(" " + line))
