"""Page layout on repaired lines: reference-list headings and running headers."""

from __future__ import annotations

from araseclit.document import Line
from araseclit.repair import layout


def _lines(texts: list[str], page: int = 1) -> list[Line]:
    return [Line(t, page, i) for i, t in enumerate(texts, start=1)]


def test_a_reference_heading_after_a_line_without_a_stop_is_a_heading() -> None:
    """The last line of the text lost its full stop to a stray tanween; the heading alone
    on its line, before an entry, still opens the list."""
    lines = _lines([
        "وتوصي الدراسة بإجراء مسوح ميدانية في المحافظات لقياس أثر البرامج",
        "قياسا ً",
        "المصادر",
        "العبيدي، سلمان (2018). المجتمع المدني في العراق. بغداد: دار الشؤون الثقافية.",
    ])  # fmt: skip
    layout.classify(lines)
    assert [ln.kind for ln in lines] == ["body", "body", "heading", "body"]


def test_a_word_alone_on_a_line_inside_a_paragraph_is_no_heading() -> None:
    lines = _lines([
        "واعتمدت الورقة على طائفة واسعة من",
        "المصادر",
        "الميدانية التي جمعتها فرق المنظمات في البصرة والناصرية خلال عامين.",
    ])  # fmt: skip
    layout.classify(lines)
    assert lines[1].kind == "body"


def test_a_persian_year_at_a_page_edge_is_not_a_reversed_running_header() -> None:
    """``1402`` reads as 2041 backwards, but it is a solar Hijri year: the entry stays text."""
    text = "\n".join([
        "مجلة دراسات الأمن – العدد 2، 2026",
        "\f",
        "مجلة دراسات الأمن – العدد 2، 2026",
        "كريمي، حسن (1399). سياسة المياه في إيران. طهران: نشر ني.",
        "رضايي، مهدي (1402). الأنهار الحدودية. طهران: نشر ني.",
        "3",
    ])  # fmt: skip
    lines = _lines(text.split("\n"))
    layout.classify(lines)
    assert lines[4].kind == "body" and "(1402)" in lines[4].text


def test_a_running_header_with_its_year_reversed_is_still_a_header() -> None:
    lines = _lines([
        "مجلة دراسات الأمن – العدد 2، 6202",
        "تواجه المنظمات تحديات جدية في عملها الميداني.",
        "1",
    ])  # fmt: skip
    layout.classify(lines)
    assert lines[0].kind == "header" and lines[0].text.endswith("2026")


def test_a_paragraph_typed_as_one_line_is_never_a_running_head() -> None:
    """A long line at a page edge whose figures look turned round (``4107`` / ``7014``) was
    taken for a header with a reversed year, leaving a one-line document empty (E002)."""
    from araseclit.repair import repair_lines
    from araseclit.scramble import scramble

    words = "تعمل المنظمات المحلية على رصد الانتهاكات".split()
    line = " ".join(f"{words[i % len(words)]} {i * 37 % 10000} {i % 97}" for i in range(400))
    raw = scramble(line, "pdftotext", seed=5, width=10**7).text  # one line and a page number
    body = [ln for ln in repair_lines(raw).lines if ln.kind == "body"]
    assert len(body) == 1 and len(body[0].text) > 0.9 * len(line)


ONE_PAGE = (
    "حولية الدراسات الاجتماعية – المجلد 7، العدد 3، 2021\n"
    "أثر النزوح الطويل على شبكات التضامن المحلي في ديالى\n"
    "تتناول هذه الورقة ما يحدث لشبكات التضامن بين الجيران حين يطول النزوح، وتعتمد على "
    "مقابلات مع أربعين أسرة عادت إلى قراها بعد سنوات من الغياب.\n"
    "\f"
)


def test_a_journal_head_on_a_one_page_document_leaves_the_body() -> None:
    """A running head recurs on every page; on a one-page paper (an abstract, a short
    article) it appears once, and its volume and issue are what mark it."""
    from araseclit.repair import repair_lines, repair_text

    lines = repair_lines(ONE_PAGE).lines
    assert lines[0].kind == "header"
    assert "المجلد" not in repair_text(ONE_PAGE)


def test_a_reference_entry_with_volume_and_issue_at_a_page_edge_stays() -> None:
    from araseclit.repair import repair_text

    entries = (
        "الكبيسي، سعد (2020). النزوح والعودة. مجلة العلوم الاجتماعية، المجلد 5، العدد 2، ص 45-67.\n"
        "Dodge, T. (2012). Iraq. Survival, Vol. 54, No. 3, pp. 33-52.\n"
        "\f"
    )
    text = repair_text(entries)
    assert "المجلد 5" in text and "Vol. 54" in text


def test_a_reference_entry_or_a_sentence_naming_a_volume_at_a_page_break_stays() -> None:
    from araseclit.repair import repair_text

    text = (
        "تناولت دراسات كثيرة أثر النزوح على الأسر في محافظة نينوى خلال العقد الماضي.\n"
        "ونشر الباحث دراسته الأولى في مجلة العلوم السياسية، المجلد 12، العدد 3، وأثارت\n"
        "\f"
        "جدلاً واسعاً بين الباحثين في جامعة الموصل.\n"
        "الحسني، علي (2019). العودة بعد النزوح. مجلة الدراسات العراقية، المجلد 7، العدد 2،\n"
        "\f"
        "ص 45-67.\n"
        "Middle East Journal, Vol. 61, No. 2 (2007): 249-272\n"
        "\f"
    )
    got = " ".join(repair_text(text).split())
    for kept in ("المجلد 12، العدد 3، وأثارت", "المجلد 7، العدد 2،", "Vol. 61, No. 2 (2007)"):
        assert kept in got


def test_a_title_without_a_stop_before_a_blank_line_is_its_own_paragraph() -> None:
    """Where blank lines mark paragraphs, an unnumbered title was run into the first
    paragraph (and so were the headings of a notes list)."""
    from araseclit.repair import repair_text

    paragraph = (
        "يتناول هذا الفصل كيف انتقلت صور الشرق من كتب الرحالة إلى الصحافة ثم إلى المدارس، "
        "وكيف صارت جزءًا من الخطاب السياسي في القرن التاسع عشر."
    )
    text = (
        "الإمبريالية الثقافية: قراءة في الخطاب\n\n"
        + f"{paragraph}\n\n{paragraph}\n\n{paragraph}\n\n"
        + "الهوامش\n\n"
        + "(1) إدوارد سعيد، الاستشراق، ص 39.\n"
    )
    paragraphs = repair_text(text).split("\n\n")
    assert paragraphs[0] == "الإمبريالية الثقافية: قراءة في الخطاب"
    assert paragraphs[4] == "الهوامش"


def test_a_note_marker_after_the_stop_ends_the_paragraph() -> None:
    """A sentence may end with its note's superscript marker (``…ومونتريال.²``): the blank
    line after it, the notes heading and the notes stay where they are, not run into it."""
    from araseclit.repair import repair_text

    text = (
        "انتهت الحرب بمعاهدة باريس التي وقعتها القوى في\n"
        "شباط 1763 بعد سقوط كيبك ومونتريال.²\n\n"
        "الهوامش\n\n"
        "1. أحمد علي، الحرب (بيروت: دار الساقي، 2000)، 45."
    )
    paragraphs = repair_text(text).split("\n\n")
    assert paragraphs[0].endswith("ومونتريال.²")
    assert paragraphs[1] == "الهوامش"
    assert paragraphs[2].startswith("1. أحمد علي")


def test_a_running_head_given_in_another_word_order_on_one_page_is_still_a_head() -> None:
    """pdftotext without its controls may lay a page's running head out left to right and
    give its words in another order there than on the other pages; the words are the same,
    so it is the same head (it was left in the text of paper_numeric_citations' XeLaTeX
    renditions of corpora/clean)."""
    head = "نشرة مركز البحوث الاجتماعية – السنة 7، الإصدار 3، 2025"
    turned = "2025 ،3 الإصدار،7 نشرة مركز البحوث الاجتماعية – السنة"
    pages = [
        (head, "تتناول هذه الورقة أثر الهجرة الداخلية في بنية الأسرة الريفية خلال العقدين",
         "الماضيين، وتعتمد على مسح ميداني شمل ثلاث محافظات في جنوب البلاد"),
        (head, "وتبين النتائج أن الأسر التي هاجر أحد أبنائها إلى المدينة أعادت توزيع",
         "أعمال الزراعة بين النساء والأطفال، وأن دخلها النقدي ارتفع قليلا"),
        (turned, "غير أن هذا الارتفاع لم يعوض ما خسرته الأسر من يد عاملة في مواسم",
         "الحصاد، فلجأ كثير منها إلى استئجار عمال من القرى المجاورة"),
    ]  # fmt: skip
    lines = [Line(t, page, 0) for page, texts in enumerate(pages, start=1) for t in texts]
    layout.classify(lines)
    assert [ln.kind for ln in lines[::3]] == ["header", "header", "header"]
    assert all(ln.kind == "body" for i, ln in enumerate(lines) if i % 3)


def test_titles_standing_between_blank_lines_end_their_paragraphs() -> None:
    """Issue 11, finding 6: where most lines before a blank line are a title and headings,
    blank lines were taken for an extractor's and the whole text ran into one paragraph."""
    from araseclit.repair import repair_text

    blocks = [
        "النزوح الداخلي في محافظة نينوى بعد عام 2017",
        "تمهيد",
        "شهدت المحافظة موجات نزوح متتالية خلال العمليات العسكرية، وعاد جزء من الأسر إلى "
        "مناطقها الأصلية بينما بقي آخرون في المخيمات.",
        "ثانياً: منهج الدراسة",
        "اعتمدت الدراسة على مقابلات مع ممثلي المنظمات المحلية وعلى سجلات دائرة الهجرة.",
    ]
    assert repair_text("\n\n".join(blocks)).split("\n\n") == blocks


def test_a_list_and_an_interview_typed_one_item_per_line_keep_their_lines() -> None:
    """Items opened by marks that recur (``١.``, ``-``/``•``, ``س:``/``ج:``) each start a
    paragraph, repaired or read as it stands (``--no-repair``)."""
    from araseclit.repair import RepairConfig, repair_text

    lines = [
        "وخلص التقرير إلى التوصيات الآتية:",
        "١. توسيع برامج الدعم النفسي في المدارس",
        "٢. إشراك الشيوخ والوجهاء في لجان المصالحة",
        "- متابعة ملفات المفقودين مع الجهات الرسمية",
        "• تخصيص موارد للنساء المعيلات",
        "س: كيف تغير الوضع في القرية بعد عودة الأهالي؟",
        "ج: تحسن قليلاً، لكن فرص العمل ما زالت نادرة.",
        "س: هل زاركم موظفو المنظمات؟",
    ]
    for config in (RepairConfig(), RepairConfig(enabled=False)):
        assert repair_text("\n".join(lines), config).split("\n\n") == lines


def test_a_text_typed_one_paragraph_per_line_is_read_so() -> None:
    """No line runs on into the next at the line width (or after ``،``): each line is the
    writer's paragraph or heading, even without blank lines between."""
    from araseclit.repair import repair_text

    lines = [
        "دور المنظمات غير الحكومية في إعادة الإعمار",
        "أسهمت المنظمات المحلية في ترميم المدارس والمراكز الصحية في الأحياء التي تضررت من "
        "القتال، واعتمدت في ذلك على تمويل من المانحين الدوليين وعلى متطوعين من أبناء المنطقة.",
        "غير أن ضعف التنسيق مع السلطات المحلية أخّر عدداً من المشاريع.",
        "ويرى بعض الباحثين أن استدامة هذه الجهود تتوقف على إشراك المجتمع في التخطيط لها منذ "
        "البداية.",
    ]
    assert repair_text("\n".join(lines)).split("\n\n") == lines


def test_wrapped_lines_of_a_paragraph_stay_one_paragraph() -> None:
    """Precision: lines an extractor wrapped (full width, running on) are one paragraph, and
    one wrapped line that happens to open with a dash is no list."""
    from araseclit.repair import repair_text

    lines = [
        "وتشير بيانات المفوضية إلى أن أعداد العائدين تضاعفت خلال العامين الماضيين، غير أن",
        "كثيراً منهم عاد إلى بيوت مدمرة أو إلى مناطق لا تتوافر فيها الخدمات الأساسية، وهو ما",
        "- بحسب تقديرات المنظمات العاملة هناك - دفع بعض الأسر إلى النزوح مرة ثانية نحو",
        "المدن الكبيرة بحثاً عن العمل والسكن والتعليم لأبنائها في ظروف أكثر استقراراً.",
    ]
    assert repair_text("\n".join(lines)) == " ".join(lines)


def _paged(pages: list[list[str]]) -> list[Line]:
    """Lines of a text with form feeds: each line knows its page."""
    out: list[Line] = []
    for page, texts in enumerate(pages, start=1):
        out += [Line(t, page, len(out) + k) for k, t in enumerate(texts, start=1)]
    return out


def test_a_number_of_a_list_given_one_word_per_line_is_text_not_a_page_number() -> None:
    """Plain pdftotext gave a justified list one word per line: ``64`` and ``412`` stand
    alone like page numbers, but only ``1`` and ``2`` are their pages' numbers."""
    lines = _paged([
        [
            "يعرض هذا الملحق البيانات التفصيلية التي استند إليها التقرير السنوي.",
            "عدد", "الخطوط", "العاملة:", "64", "خطًا",
            "عدد", "الحافلات", "في", "الخدمة:", "412", "حافلة",
            "1",
        ],
        ["وشهد عدد الركاب نموًا متواصلًا خلال المدة 2010–2019.", "2"],
    ])  # fmt: skip
    layout.classify(lines)
    numbers = {ln.text: ln.kind for ln in lines if ln.text.isdigit()}
    assert numbers == {"64": "body", "412": "body", "1": "page_number", "2": "page_number"}


def test_a_list_items_number_with_its_dash_is_text_not_a_page_number() -> None:
    """``1-`` opens a list item whose words came one per line; a page number is drawn bare
    or between two dashes (``- 3 -``)."""
    lines = _lines(["تهدف المكتبات العامة إلى تحقيق ما يلي:", "1-", "إتاحة", "- 3 -"])
    layout.classify(lines)
    assert [ln.kind for ln in lines[1:]] == ["body", "body", "page_number"]


def test_lines_no_stop_ever_ends_are_the_writers_lines() -> None:
    """A text none of whose lines ends a sentence or runs on has no wrapped paragraph: a
    table aligned with spaces, two verses, a letter's header keep their lines, repaired or
    read as they stand (``--no-repair``), though each line is near the others' length."""
    from araseclit.repair import RepairConfig, repair_text

    texts = [
        [
            "القضاء          عدد الأسر العائدة     نسبة المساكن المتضررة",
            "سنجار           ١٢٤٠                 ٦٣٪",
            "تلعفر           ٨٧٥                  ٤١٪",
        ],
        [
            "سَلامٌ عَلى بَغْدادَ في كُلِّ مَوْطِنٍ ... وَحَقَّ لَها مِنّي السَّلامُ مُضاعَفُ",
            "فَوَاللهِ ما فارَقْتُها عَنْ قِلًى لَها ... وَإِنّي بِشَطَّيْ جانِبَيْها لَعارِفُ",
        ],
        [
            "إلى: السيد محافظ نينوى المحترم",
            "من: منسق شبكة منظمات المجتمع المدني في الموصل",
            "الموضوع: تسهيل دخول فرق الإغاثة إلى المدينة القديمة",
            "التاريخ: 2024/03/17",
        ],
    ]
    for lines in texts:
        for config in (RepairConfig(), RepairConfig(enabled=False)):
            assert repair_text("\n".join(lines), config).split("\n\n") == lines


def test_a_short_line_among_wrapped_paragraphs_ends_where_its_writer_ended_it() -> None:
    """Among wrapped lines, a line the next word would have fitted on with room to spare is
    the writer's (a letter's header above its text); wrapped lines stay one paragraph."""
    from araseclit.repair import repair_text

    body = [
        "نرجو التفضل بالموافقة على تسهيل دخول فرق الإغاثة التابعة للشبكة إلى أحياء المدينة",
        "القديمة، إذ ما زالت عشرات الأسر تقيم بين الأنقاض دون ماء صالح للشرب أو رعاية صحية،",
        "وقد وثقت فرقنا خلال الأسبوع الماضي حالات إسهال بين الأطفال في ثلاثة أحياء متجاورة.",
    ]
    head = ["إلى: السيد محافظ نينوى المحترم", "الموضوع: تسهيل دخول فرق الإغاثة"]
    assert repair_text("\n".join(head + body)).split("\n\n") == [*head, " ".join(body)]
