"""DOCX reading: the lines python-docx gave for real documents, and a coded refusal, in
well under a second and a few MB, for packages that unpack too far (decompression bombs)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from araseclit.errors import InputError
from araseclit.ingest import read
from araseclit.ingest.docx import DocxLimits, read_docx_lines
from reading_support import (
    DOCUMENT_HEAD,
    DOCUMENT_TAIL,
    deflate_repeated,
    deflated,
    docx_package,
    read_isolated,
)

REPO = Path(__file__).resolve().parents[2]
DOCX_FILES = sorted(REPO.glob("corpora/**/*.docx"))
PARAGRAPH = (
    "<w:p><w:r><w:t>تعمل المنظمات المدنية في البصرة على رصد أزمة المياه وتوثيق آثارها على "
    "الأسر الريفية (الساعدي، 2021: 44).</w:t></w:r></w:p>"
).encode()
posix_only = pytest.mark.skipif(os.name != "posix", reason="resource limits are POSIX")


def _python_docx_lines(path: Path) -> list[tuple[int, str, str, str | None]]:
    """(line, kind, text, raw) as the reader this module replaced gave them: python-docx's
    paragraphs and table cells, each merged cell once."""
    import docx
    from docx.table import Table

    from araseclit.ingest.docx import _HEADING_STYLE

    document = docx.Document(str(path))
    paragraphs = []
    for block in document.iter_inner_content():
        if not isinstance(block, Table):
            paragraphs.append(block)
            continue
        seen: list[object] = []  # the elements themselves: ids of freed proxies are reused
        for row in block.rows:
            for cell in row.cells:
                if not any(cell._tc is tc for tc in seen):
                    seen.append(cell._tc)
                    paragraphs.extend(cell.paragraphs)
    lines = []
    for n, para in enumerate(paragraphs, start=1):
        text = para.text.strip()
        style = para.style.name if para.style is not None else ""
        kind = "heading" if text and _HEADING_STYLE.match(style or "") else "body"
        lines.append((n, kind if text else "blank", text, para.text))
    return lines


def _lines(path: Path) -> list[tuple[int, str, str, str | None]]:
    return [(ln.line, ln.kind, ln.text, ln.raw) for ln in read_docx_lines(path)[0]]


@pytest.mark.parametrize("path", DOCX_FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_corpus_documents_read_as_python_docx_read_them(path: Path) -> None:
    import docx

    assert _lines(path) == _python_docx_lines(path)
    props = docx.Document(str(path)).core_properties
    assert read_docx_lines(path)[1] == {"title": props.title, "author": props.author}


def _structured_document(path: Path) -> Path:
    """Headings, a table with horizontal and vertical merges and a nested table, a
    hyperlink, breaks, tabs, a content control and a tracked insertion."""
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    document.add_paragraph("الأمن الإنساني والمجتمع المدني", style="Title")
    document.add_paragraph("1. مدخل", style="Heading 1")
    para = document.add_paragraph("تتابع المنظمات حالات النزوح")
    para.add_run().add_break()
    para.add_run("في أطراف الموصل\tوسنجار")
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "توزيع المنظمات بحسب المحافظة (2022)"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "نينوى"
    table.cell(1, 1).text = "إغاثة"
    table.cell(1, 2).add_table(rows=1, cols=1).cell(0, 0).text = "جدول داخل خلية"
    table.cell(2, 1).text = "مناصرة"
    body = document.element.body
    extra = [
        f'<w:p {w}><w:pPr><w:pStyle w:val="NoSuchStyle"/></w:pPr><w:r><w:t>نمط مجهول</w:t>'
        "</w:r></w:p>",
        f'<w:p {w}><w:r><w:t xml:space="preserve">يُنظر </w:t></w:r><w:hyperlink><w:r>'
        "<w:t>تقرير البعثة</w:t></w:r></w:hyperlink><w:r><w:noBreakHyphen/><w:t>2020</w:t>"
        '<w:br w:type="page"/><w:cr/><w:ptab/></w:r></w:p>',
        f"<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>عنصر تحكم</w:t></w:r></w:p></w:sdtContent>"
        "</w:sdt>",
        f"<w:p {w}><w:r><w:t>نص ثابت</w:t></w:r><w:ins><w:r><w:t> وإضافة متعقبة</w:t></w:r>"
        "</w:ins></w:p>",
    ]
    for xml in extra:
        body.insert(len(body) - 1, parse_xml(xml))  # before the section properties
    document.add_paragraph("")
    document.core_properties.title = "دراسة تجريبية"
    document.save(str(path))
    return path


def test_structures_read_as_python_docx_read_them(tmp_path: Path) -> None:
    path = _structured_document(tmp_path / "structured.docx")
    lines = _lines(path)
    assert lines == _python_docx_lines(path)
    texts = [text for _, _, text, _ in lines]
    assert texts.count("نينوى") == 1 and "جدول داخل خلية" not in texts
    assert "يُنظر تقرير البعثة-2020\n\t" in [raw for _, _, _, raw in lines]  # page break: ""
    assert [kind for _, kind, _, _ in lines[:3]] == ["heading", "heading", "body"]


def test_a_sample_document_reads_whole(sample_docs: Path) -> None:
    document = read(sample_docs / "04_armed_groups_mediation.docx")
    assert document.source_format == "docx"
    assert document.title and document.title.startswith("الجماعات المسلحة")
    assert len(document.text) > 5_000


# ---- decompression bombs: refused before or while inflating, never parsed into a tree


def _bomb_of_paragraphs(path: Path, mb: int) -> Path:
    block = PARAGRAPH * (2**20 // len(PARAGRAPH))
    return docx_package(path, deflate_repeated(DOCUMENT_HEAD, block, mb, DOCUMENT_TAIL))


def _bomb_of_one_text_node(path: Path, mb: int) -> Path:
    head = DOCUMENT_HEAD + b"<w:p><w:r><w:t>"
    block = "المياه ".encode() * (2**20 // 13)
    return docx_package(
        path, deflate_repeated(head, block, mb, b"</w:t></w:r></w:p>" + DOCUMENT_TAIL)
    )


@posix_only
@pytest.mark.parametrize(
    ("build", "mb"), [(_bomb_of_paragraphs, 100), (_bomb_of_one_text_node, 1024)]
)
def test_a_bomb_is_refused_before_it_is_inflated(tmp_path: Path, build: object, mb: int) -> None:
    path = build(tmp_path / "bomb.docx", mb)  # type: ignore[operator]
    assert path.stat().st_size < 4 * 2**20
    result = read_isolated(path, timeout=30)
    assert result.code == "E014"
    assert result.message.startswith("DOCX expands beyond 64 MB when unpacked (word/document.xml")
    assert "ARASECLIT_MAX_UNZIPPED_MB" in result.message
    assert result.cpu_s < 2 and result.peak_mb < 32 and result.maxrss_mb < 200


@posix_only
def test_a_part_that_understates_its_size_is_cut_at_the_size_it_states(tmp_path: Path) -> None:
    data, crc, _ = deflate_repeated(DOCUMENT_HEAD, PARAGRAPH * 1000, 5000, DOCUMENT_TAIL)
    path = docx_package(tmp_path / "lying.docx", (data, crc, 4096))  # inflates to 1 GB
    result = read_isolated(path, timeout=30)
    assert result.code == "E013"
    assert result.cpu_s < 2 and result.peak_mb < 32


@pytest.mark.parametrize(
    ("block", "what"),
    [
        (b"<w:p/>", "paragraphs"),  # each paragraph becomes a Line: a fifth of the limit
        (b"<w:p><w:r/><w:r/><w:r/><w:r/><w:r/><w:r/><w:r/><w:r/><w:r/></w:p>", "XML elements"),
    ],
)
def test_element_floods_are_refused_by_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: bytes, what: str
) -> None:
    monkeypatch.setenv("ARASECLIT_MAX_XML_NODES", "20000")
    path = docx_package(
        tmp_path / "flood.docx", deflate_repeated(DOCUMENT_HEAD, block, 30_000, b"")
    )
    with pytest.raises(InputError) as info:
        read(path)
    assert info.value.code == "E016"
    limit = "4,000" if what == "paragraphs" else "20,000"
    assert info.value.message.startswith(f"DOCX has more than {limit} {what} (in word/document")


def test_deep_nesting_is_refused_before_the_parser_holds_it(tmp_path: Path) -> None:
    nested = deflate_repeated(DOCUMENT_HEAD, b"<w:tbl><w:tr><w:tc>", 300_000, b"")  # 900,000
    with pytest.raises(InputError) as info:
        read(docx_package(tmp_path / "deep.docx", nested))
    assert info.value.code == "E013"
    assert "XML nested deeper than 1000 levels" in info.value.message


def test_a_flood_at_the_default_limits_is_refused_in_seconds(tmp_path: Path) -> None:
    import time

    path = tmp_path / "flood.docx"
    docx_package(path, deflate_repeated(DOCUMENT_HEAD, b"<w:p/>" * 1000, 1000, DOCUMENT_TAIL))
    started = time.process_time()
    with pytest.raises(InputError) as info:
        read_docx_lines(path, limits=DocxLimits())
    assert info.value.code == "E016"
    assert time.process_time() - started < 5


def test_a_styles_part_has_a_cap_of_its_own(tmp_path: Path) -> None:
    styles_head = DOCUMENT_HEAD.replace(b"w:document", b"w:styles").replace(b"<w:body>", b"")
    block = b'<w:style w:type="paragraph" w:styleId="x"><w:name w:val="x"/></w:style>' * 100
    styles = deflate_repeated(styles_head, block, 20_000, b"</w:styles>")  # 140 MB
    path = docx_package(
        tmp_path / "styles.docx", deflated(DOCUMENT_HEAD + PARAGRAPH + DOCUMENT_TAIL), styles
    )
    with pytest.raises(InputError) as info:
        read(path)
    assert info.value.code == "E014"
    assert "beyond 8 MB when unpacked (word/styles.xml takes it to" in info.value.message


def test_limits_come_from_the_environment(
    sample_docs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = sample_docs / "04_armed_groups_mediation.docx"
    monkeypatch.setenv("ARASECLIT_MAX_UNZIPPED_MB", "0.02")
    with pytest.raises(InputError) as info:
        read_docx_lines(path)
    assert info.value.code == "E014"
    assert "beyond 0.0025 MB when unpacked (word/styles.xml" in info.value.message  # 1/8
    monkeypatch.setenv("ARASECLIT_MAX_UNZIPPED_MB", "4")  # styles.xml: 0.3 MB
    monkeypatch.setenv("ARASECLIT_MAX_XML_NODES", "500")
    with pytest.raises(InputError) as info:
        read_docx_lines(path)
    assert info.value.code == "E016"


@pytest.mark.parametrize(
    "document",
    [
        # "billion laughs": entities that expand each other
        (
            '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "ضحك">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
        ).encode(),
        b"<w:document>not a namespace</w:document>",
        DOCUMENT_HEAD + PARAGRAPH,  # truncated
    ],
)
def test_malformed_xml_is_a_corrupt_document(tmp_path: Path, document: bytes) -> None:
    path = docx_package(tmp_path / "bad.docx", deflated(document))
    with pytest.raises(InputError) as info:
        read(path)
    assert info.value.code == "E013"


def test_a_zip_that_declares_too_many_parts_is_refused_unopened(tmp_path: Path) -> None:
    path = docx_package(
        tmp_path / "parts.docx", deflated(DOCUMENT_HEAD + PARAGRAPH + DOCUMENT_TAIL)
    )
    data = bytearray(path.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    data[end + 8 : end + 12] = (60_000).to_bytes(2, "little") * 2
    path.write_bytes(bytes(data))
    with pytest.raises(InputError) as info:
        read(path)
    assert (info.value.code, info.value.fields["detail"]) == (
        "E013",
        "60000 parts, more than 10000",
    )


def test_a_macro_enabled_document_is_not_read_as_a_word_document(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "macro.docx"
    docx.Document().save(str(path))
    import zipfile

    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"document.main+xml", b"document.macroEnabled.main+xml"
    )
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    with pytest.raises(InputError) as info:
        read(path)
    assert info.value.code == "E013"
    assert "content type of word/document.xml" in info.value.message


def test_a_bomb_in_a_corpus_run_is_an_errors_row(tmp_path: Path) -> None:
    from araseclit.repair.ops import DEFAULT
    from araseclit.run import process_file

    path = _bomb_of_paragraphs(tmp_path / "bomb.docx", 100)
    records, error = process_file(None, path, DEFAULT)  # type: ignore[arg-type]
    assert records is None and error is not None
    assert (error["code"], error["stage"]) == ("E014", "ingest")


def _zip(path: Path, members: dict[str, str]) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as package:
        for name, text in members.items():
            package.writestr(name, text)
    return path


ODT = {
    "mimetype": "application/vnd.oasis.opendocument.text",
    "content.xml": "<office:document-content><text:p>المنظمات غير الحكومية</text:p>"
    "</office:document-content>",
}


@pytest.mark.parametrize(
    ("name", "members", "named"),
    [
        ("report.odt", ODT, "'.odt'"),
        (
            "book.epub",
            {"mimetype": "application/epub+zip", "OEBPS/ch1.xhtml": "<p>نص</p>"},
            "'.epub'",
        ),
        (
            "data.xlsx",
            {"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"},
            "'.xlsx'",
        ),
        # an OpenDocument file under a Word name: its mimetype member says what it is
        ("renamed.docx", ODT, "'application/vnd.oasis.opendocument.text'"),
    ],
)
def test_a_zip_package_that_is_not_a_word_document_is_an_unsupported_type(
    tmp_path: Path, name: str, members: dict[str, str], named: str
) -> None:
    with pytest.raises(InputError) as info:
        read(_zip(tmp_path / name, members))
    assert info.value.code == "E004"
    assert info.value.message.startswith(f"unsupported file type {named}: ")


def test_a_docx_without_its_parts_is_still_a_corrupt_docx(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read(_zip(tmp_path / "broken.docx", {"docProps/app.xml": "<Properties/>"}))
    assert info.value.code == "E013"
