"""araseclit.read: one Document per readable file, one coded error for everything else."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from araseclit.document import Line, content_id
from araseclit.errors import InputError
from araseclit.ingest import read
from conftest import ARABIC_PARAGRAPH
from tests_support import make_docx


def _code(path: Path) -> str:
    with pytest.raises(InputError) as info:
        read(path)
    return info.value.code


def test_clean_text_reads_whole(arabic_txt: Path) -> None:
    document = read(arabic_txt)
    assert "(الحميد، 2019: 27)" in document.text
    assert "(Dodge, 2020: 56)" in document.text
    assert document.source_format == "txt"
    assert document.encoding == "utf-8"
    assert document.doc_id.startswith("d") and len(document.doc_id) == 16


def test_doc_id_depends_on_content_not_path(arabic_txt: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy" / "other-name.md"
    copy.parent.mkdir()
    copy.write_bytes(arabic_txt.read_bytes())
    assert read(copy).doc_id == read(arabic_txt).doc_id
    arabic_txt.write_text(arabic_txt.read_text(encoding="utf-8") + "\nسطر إضافي.", encoding="utf-8")
    assert read(arabic_txt).doc_id != read(copy).doc_id


def test_one_text_in_several_encodings_has_one_doc_id(tmp_path: Path) -> None:
    text = ARABIC_PARAGRAPH.replace("\n", "\r\n")
    saved = {
        "utf8.txt": ARABIC_PARAGRAPH.encode("utf-8"),
        "utf8-bom.txt": codecs.BOM_UTF8 + ARABIC_PARAGRAPH.encode("utf-8"),
        "utf16.txt": text.encode("utf-16"),
        "utf16be.txt": text.encode("utf-16-be"),
        "cp1256.txt": text.encode("cp1256"),
        "rlm.md": ARABIC_PARAGRAPH.replace("، ", "،\u200f ").encode("utf-8"),
    }
    ids = set()
    for name, data in saved.items():
        (tmp_path / name).write_bytes(data)
        ids.add(read(tmp_path / name).doc_id)
    assert ids == {content_id(ARABIC_PARAGRAPH.encode("utf-8"))}  # the id of the UTF-8 bytes


def test_a_text_too_long_for_the_pipeline_is_a_coded_error(arabic_txt: Path) -> None:
    from araseclit.ingest import check_length

    document = read(arabic_txt)
    check_length(document, len(document.text))  # at the limit: fine
    with pytest.raises(InputError) as info:
        check_length(document, len(document.text) - 1)
    assert info.value.code == "E015"
    assert info.value.message.startswith(f"text too long for one pass: {arabic_txt} has ")


def test_provenance_points_back_to_source_lines(arabic_txt: Path) -> None:
    document = read(arabic_txt)
    offset = document.text.index("ويرى")
    where = document.locate(offset)
    assert where is not None and where.line >= 1


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.txt", b"", "E002"),
        ("blank.txt", b"  \n\n\t \n", "E002"),
        ("noise.txt", bytes(range(256)) * 50, "E003"),
        ("scan.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "E004"),
        ("russian.txt", "Неправительственные организации в Ираке.".encode(), "E007"),
        ("chinese.txt", "伊拉克的非政府组织在安全限制下工作。".encode(), "E007"),
        ("digits.txt", b"2014 2015 2016\n12, 13, 14\n", "E007"),
        ("letters.txt", b"qzv hkrtwm ejx pfolq zbnd uyxqa wvkej tnfz qox yrhbl gxwz\n" * 5, "E007"),
        ("fake.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 4, "E011"),
        ("fake.docx", b"PK\x03\x04" + bytes(300), "E013"),
    ],
)
def test_bad_input_gets_a_coded_error(tmp_path: Path, name: str, content: bytes, code: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert _code(path) == code


def test_missing_file(tmp_path: Path) -> None:
    assert _code(tmp_path / "nope.txt") == "E001"


def test_huge_file_is_refused(arabic_txt: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARASECLIT_MAX_MB", "0.0001")
    assert _code(arabic_txt) == "E006"


def _saved_again(path: Path, copy: Path) -> Path:
    """``path`` as Word writes it again: each zip entry dated anew, the paragraphs marked with
    an editing session's revision id, the core properties' revision and date moved on."""
    import zipfile

    with zipfile.ZipFile(path) as old, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:p>", b'<w:p w:rsidR="00B41C7E" w:rsidRDefault="00B41C7E">')
            if info.filename == "docProps/core.xml":
                data = data.replace(b"<cp:revision>1<", b"<cp:revision>2<")
                data = data.replace(
                    b"2013-12-23T23:15:00Z</dcterms:modified",
                    b"2026-03-02T09:41:00Z</dcterms:modified",
                )
            new.writestr(zipfile.ZipInfo(info.filename, (2026, 3, 2, 9, 41, 0)), data)
    assert copy.read_bytes() != path.read_bytes()
    return copy


_PAPER = [
    ("Heading 1", "الأمن المائي في البصرة ودور المنظمات المدنية"),
    (None, "تعمل المنظمات المدنية في البصرة على رصد أزمة المياه (Al-Ansari et al., 2018: 112)."),
    ("Heading 2", "1.1 الإطار النظري"),
    (None, "يرى بوزان أن الأمن مفهوم متعدد الأبعاد (Buzan, 1991: 19)."),
]


def test_a_docx_saved_again_is_the_same_document(tmp_path: Path) -> None:
    """A DOCX is a zip whose entries carry the dates they were written: its id is of what it
    says, so a copy saved again is the same document, and an edited one is another."""
    paper = make_docx(tmp_path / "paper.docx", _PAPER)
    again = _saved_again(paper, tmp_path / "paper (2).docx")
    assert read(again).doc_id == read(paper).doc_id
    edited = [*_PAPER[:3], (None, "يرى بوزان أن الأمن مفهوم متعدد الأبعاد (Buzan, 1991: 21).")]
    assert read(make_docx(tmp_path / "edited.docx", edited)).doc_id != read(paper).doc_id
    # a heading made body text is another document too
    plain = [(None, text) for _, text in _PAPER]
    assert read(make_docx(tmp_path / "plain.docx", plain)).doc_id != read(paper).doc_id


def test_a_docx_saved_again_enters_a_corpus_once(tmp_path: Path) -> None:
    import araseclit

    paper = make_docx(tmp_path / "a.docx", _PAPER)
    again = _saved_again(paper, tmp_path / "b.docx")
    run = araseclit.analyze([paper, again], pipeline="audit", out=tmp_path / "run")
    assert list(run.documents["path"]) == [str(paper)]
    assert run.errors[["path", "code"]].to_dict("records") == [{"path": str(again), "code": "E008"}]
    # added to a stored run later, the copy is still the stored document's duplicate
    araseclit.analyze([paper], pipeline="audit", out=tmp_path / "later")
    later = araseclit.analyze([paper, again], pipeline="audit", out=tmp_path / "later")
    assert list(later.documents["path"]) == [str(paper)]
    assert later.errors[["path", "code"]].to_dict("records") == [
        {"path": str(again), "code": "E008"}
    ]


def test_docx_headings_and_paragraphs(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "paper.docx",
        [
            ("Heading 1", "1. المقدمة"),
            (
                None,
                "تعمل المنظمات المدنية في البصرة على رصد أزمة المياه (Al-Ansari et al., 2018: 112).",
            ),
            ("Heading 2", "1.1 الإطار النظري"),
            (None, "يرى بوزان أن الأمن مفهوم متعدد الأبعاد (Buzan, 1991: 19)."),
        ],
    )
    document = read(path)
    assert document.source_format == "docx"
    assert document.text.split("\n\n") == [
        "1. المقدمة",
        "تعمل المنظمات المدنية في البصرة على رصد أزمة المياه (Al-Ansari et al., 2018: 112).",
        "1.1 الإطار النظري",
        "يرى بوزان أن الأمن مفهوم متعدد الأبعاد (Buzan, 1991: 19).",
    ]
    assert [ln.kind for ln in document.lines][:3] == ["heading", "body", "heading"]


def test_non_utf8_encoding_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(
        "تعمل المنظمات المدنية في العراق على بناء الثقة (الحميد، 2019: 27).".encode("cp1256")
    )
    document = read(path)
    assert document.encoding == "cp1256"
    assert "decoded as cp1256" in document.warnings
    assert "(الحميد، 2019: 27)" in document.text


def test_extractor_control_characters_are_not_binary(tmp_path: Path) -> None:
    # pypdfium2 leaves U+001F where a PDF had a justification glyph
    line = "تعمل\x1f المنظمات\x1f المدنية في العراق\x1f على بناء الثقة.\r\n"
    path = tmp_path / "pypdfium2.txt"
    path.write_text(line * 40, encoding="utf-8")
    document = read(path)
    assert "\x1f" not in document.text
    assert "تعمل المنظمات المدنية" in document.text


def test_a_stray_nul_from_an_extractor_is_not_binary(tmp_path: Path) -> None:
    # pdfplumber writes U+0000 for a glyph with no text (a lam-alef ligature it cannot map)
    lines = ["تعمل المنظمات المدنية في العراق على بناء الثقة.\n"] * 40
    lines[7] = "بوصفها فاع\x00ًا جديدًا في الحياة العامة.\n"
    path = tmp_path / "pdfplumber.txt"
    path.write_text("".join(lines), encoding="utf-8")
    assert "\x00" not in read(path).text


def test_nul_rich_data_is_still_binary(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_text("المنظمات\x00\x00" * 200, encoding="utf-8")
    with pytest.raises(InputError) as info:
        read(path)
    assert info.value.code == "E003"


def test_docx_tables_in_place_and_merged_cells_once(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("قبل الجدول: المنظمات الناشطة في البصرة.")
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 2))
    merged.text = "أعداد المنظمات المسجلة (وزارة التخطيط، 2022: 14)"
    table.cell(1, 0).text = "البصرة"
    table.cell(1, 1).text = "ذي قار"
    table.cell(1, 2).text = "ميسان"
    document.add_paragraph("بعد الجدول: خلاصة.")
    path = tmp_path / "table.docx"
    document.save(str(path))
    text = read(path).text
    assert text.count("(وزارة التخطيط، 2022: 14)") == 1
    order = [
        text.index(s) for s in ("قبل الجدول", "أعداد المنظمات", "ذي قار", "ميسان", "بعد الجدول")
    ]
    assert order == sorted(order)


# the sample paper as pypdfium2 gave it: runs of digits and Latin moved within the line
SCRAMBLED = "06_youth_october_protests.txt"
JABAR_RAW = ")23 2018: ,Jabar)"
JABAR = "(Jabar, 2018: 23)"


@pytest.mark.parametrize(
    "name",
    ["01_ngos_national_security.txt", "02_water_crisis_dams.pdf", "04_armed_groups_mediation.docx"],
)
def test_every_format_gets_its_text_quality(sample_docs: Path, name: str) -> None:
    document = read(sample_docs / name)
    quality = document.metadata["text_quality"]
    assert isinstance(quality, dict)
    assert quality["words"] > 300 and quality["known_share"] > 0.9
    assert quality["damaged"] is False
    assert "W101" not in {w.code for w in document.coded_warnings}
    if document.source_format != "txt":  # read from their layout: no repair order, no W102
        assert "repair_order" not in document.metadata
        assert document.coded_warnings == []


def test_scrambled_text_records_the_order_undone(sample_docs: Path) -> None:
    from araseclit.ingest.checks import low_confidence_lines

    document = read(sample_docs / SCRAMBLED)
    assert JABAR in document.text
    assert document.metadata["repair_order"] not in (None, "logical")
    assert isinstance(document.metadata["repair_evidence"], dict)
    doubtful = low_confidence_lines(document.lines)
    codes = [w.code for w in document.coded_warnings]
    assert codes == (["W102"] if doubtful else [])
    if doubtful:
        listed = f"source line(s) {', '.join(str(ln.line) for ln in doubtful[:10])}"
        assert listed in document.coded_warnings[0].message


def test_repair_config_reaches_text_files(sample_docs: Path) -> None:
    from araseclit.repair.ops import RepairConfig

    as_it_stands = read(sample_docs / SCRAMBLED, RepairConfig(enabled=False))
    assert JABAR_RAW in as_it_stands.text and JABAR not in as_it_stands.text
    assert as_it_stands.metadata["repair_order"] is None
    assert as_it_stands.repair_score == 0.0
    assert not any(ln.ops for ln in as_it_stands.lines)
    no_reading = read(sample_docs / SCRAMBLED, RepairConfig.make(disable=["read_order"]))
    assert JABAR not in no_reading.text
    assert not any(op.name.endswith("read_order.v1") for ln in no_reading.lines for op in ln.ops)


ENGLISH_PAPER = """Non-governmental organisations in Iraq have operated under tightening security
and administrative constraints since 2014 (Keck & Sikkink, 1998, p. 12). Donor funding has
shaped their priorities more than local needs have (Hough, 2008).

References

Hough, P. (2008). Understanding global security (2nd ed.). London: Routledge.

Keck, M. E., & Sikkink, K. (1998). Activists beyond borders. Ithaca: Cornell University Press.
"""

PERSIAN_PAPER = """سازمان‌های غیردولتی در عراق پس از سال ۱۳۹۳ با محدودیت‌های امنیتی و اداری
بیشتری روبه‌رو شده‌اند. به گفته پژوهشگران، کمک‌های مالی خارجی اولویت‌های این سازمان‌ها را
بیش از نیازهای جامعه محلی شکل داده است (رضایی، ۱۳۹۸: ۴۵).
"""


@pytest.mark.parametrize(("text", "language"), [(ENGLISH_PAPER, "en"), (PERSIAN_PAPER, "fa")])
def test_english_and_persian_papers_are_read_with_their_language(
    tmp_path: Path, text: str, language: str
) -> None:
    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    document = read(path)
    assert document.metadata["language"] == language
    assert document.metadata["language_shares"][language] > 0.9  # type: ignore[index]
    assert document.text.split() == text.split()  # repair moved no word


def test_repair_leaves_an_english_paper_as_it_is(tmp_path: Path) -> None:
    from araseclit.repair.ops import RepairConfig

    path = tmp_path / "paper.txt"
    path.write_text(ENGLISH_PAPER, encoding="utf-8")
    assert read(path).text == read(path, RepairConfig(enabled=False)).text


def test_an_arabic_paper_is_ar(arabic_txt: Path) -> None:
    assert read(arabic_txt).metadata["language"] == "ar"


def test_e007_names_the_supported_scripts(tmp_path: Path) -> None:
    path = tmp_path / "russian.txt"
    path.write_text("Неправительственные организации в Ираке работают.", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read(path)
    assert "no text in a supported script (Arabic, Persian, English)" in info.value.message
    assert "0% of letters" in info.value.message


def test_an_english_pdf_and_docx_are_read_as_english(tmp_path: Path) -> None:
    pdf = read(Path(__file__).parent / "data" / "chromium_english.pdf")
    assert pdf.metadata["language"] == "en"  # with one Arabic phrase: 0.09 of its words
    docx = make_docx(
        tmp_path / "paper.docx",
        [
            ("Heading 1", "NGOs and security in Iraq"),
            (None, ENGLISH_PAPER.split("\n\n")[0].replace("\n", " ")),
        ],
    )
    assert read(docx).metadata["language"] == "en"


def test_a_markdown_papers_title_has_no_heading_marks(tmp_path: Path) -> None:
    """A paper written in Markdown stores its title, not ``## title``, in ``documents``."""
    path = tmp_path / "paper.md"
    path.write_text(
        "## دور المنظمات غير الحكومية في حماية النازحين\n\n"
        "تتناول هذه الورقة عمل المنظمات المحلية في مخيمات نينوى بعد عام 2017.\n",
        encoding="utf-8",
    )
    assert read(path).title == "دور المنظمات غير الحكومية في حماية النازحين"


def test_a_title_wrapped_over_two_lines_is_one_title(sample_docs: Path, tmp_path: Path) -> None:
    """Text extracted from a PDF gives a title set in a larger type as two lines of the body;
    the section heading after it (``أولًا: المقدمة``, a new paragraph) closes it."""
    paper = read(sample_docs / "06_youth_october_protests.txt")
    assert paper.title == (
        "الشباب واحتجاجات تشرين 2019 والعنف ضد الناشطين: المنظمات النسوية والشبابية في مواجهة"
        " الإقصاء"
    )
    extracted = tmp_path / "extracted.txt"
    extracted.write_text(
        "المنظمات غير الحكومية ومكافحة الاتجار بالبشر في إقليم كوردستان:\n"
        "دراسة ميدانية في أربيل ودهوك\n"
        "1. المقدمة\n"
        "شهد إقليم كوردستان منذ عام 2014 تدفقًا كبيرًا للنازحين واللاجئين، ما جعل النساء\n"
        "والأطفال عرضة لشبكات الاتجار التي تستغل هشاشة أوضاعهم (الجاف، 2019: 41).\n",
        encoding="utf-8",
    )
    assert read(extracted).title == (
        "المنظمات غير الحكومية ومكافحة الاتجار بالبشر في إقليم كوردستان: دراسة ميدانية في أربيل"
        " ودهوك"
    )


def test_lines_that_run_on_after_a_first_line_are_not_its_title(tmp_path: Path) -> None:
    """A first line followed by the body's lines, or by a sentence, keeps its title alone."""
    body = (
        "وتبحث هذه الدراسة في العلاقة بين المنظمات المدنية والأمن الوطني في البصرة\n"
        "من خلال مقابلات مع ناشطين وموظفين في المنظمات المحلية والدولية العاملة\n"
        "في المحافظة، وتحليل تقاريرها المنشورة بين عامي 2015 و2022.\n"
    )
    path = tmp_path / "paper.txt"
    path.write_text("المنظمات المدنية والأمن الوطني في البصرة\n" + body, encoding="utf-8")
    assert read(path).title == "المنظمات المدنية والأمن الوطني في البصرة"
    short = "أزمة المياه في البصرة\nتراجعت الإيرادات المائية لنهري دجلة والفرات.\n\nنص آخر."
    path.write_text(short, encoding="utf-8")
    assert read(path).title == "أزمة المياه في البصرة"
    diary = (
        "أوراق من دفتر رحلة إلى أهوار الجبايش\n"
        "تمهيد\n\n"
        "خرجنا من الناصرية قبل الفجر بقليل، والطريق إلى الجبايش يمر بين حقول الشلب وبساتين\n"
        "النخيل التي يبس أكثرها، وكان السائق يحدثنا عن سنوات الجفاف التي أخرجت الصيادين\n"
    )
    path.write_text(diary, encoding="utf-8")  # a short title on one line, then a heading
    assert read(path).title == "أوراق من دفتر رحلة إلى أهوار الجبايش"


def test_a_pdf_title_is_its_heading_lines_of_one_paragraph() -> None:
    """Without a title property, the heading lines the PDF reader put in one paragraph."""
    from araseclit.ingest import _title

    lines = [
        Line("مجلة دراسات الأمن والمجتمع المدني – المجلد 14، العدد 2، 2026", 1, 1, "header"),
        Line("الفساد والدور الرقابي للمنظمات غير الحكومية في العراق وإقليم", 1, 2, "heading", True),
        Line("كوردستان: دراسة مقارنة", 1, 3, "heading"),
        Line("1. المقدمة", 1, 4, "heading", True),
        Line("يحتل الفساد موقعًا متقدمًا في قائمة التهديدات التي تواجه الأمن الوطني", 1, 5),
    ]
    assert _title(lines, {}) == (
        "الفساد والدور الرقابي للمنظمات غير الحكومية في العراق وإقليم كوردستان: دراسة مقارنة"
    )
    assert _title(lines, {"title": "عنوان الملف"}) == "عنوان الملف"  # the property first
