"""read_pdf_lines on real LibreOffice and Chromium PDFs: logical order, layout noise, errors."""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest
from rapidfuzz.distance import Levenshtein

from araseclit.document import assemble
from araseclit.errors import InputError
from araseclit.ingest.pdf import PdfResult, read_pdf_lines

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
_spec = importlib.util.spec_from_file_location("pdf_sources", HERE / "test_pdf_sources.py")
assert _spec and _spec.loader
src = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(src)

LIBREOFFICE = sorted(f"{stem}.pdf" for stem in src.LIBREOFFICE_FONTS)
PAGED = [*LIBREOFFICE, "chromium_footnotes.pdf"]


@cache
def read(name: str) -> PdfResult:
    return read_pdf_lines(DATA / name)


def body_text(result: PdfResult, kinds: tuple[str, ...] = ("body", "heading")) -> str:
    return assemble([ln for ln in result.lines if ln.kind in kinds])[0]


def cer(hypothesis: str, reference: str) -> float:
    hyp, ref = (" ".join(t.split()) for t in (hypothesis, reference))
    return Levenshtein.distance(hyp, ref) / len(ref)


@pytest.mark.parametrize("name", LIBREOFFICE)
def test_libreoffice_text_is_in_logical_order(name: str) -> None:
    assert cer(body_text(read(name)), src.expected_text(src.ESSAY)) < 0.005


@pytest.mark.parametrize("name", LIBREOFFICE)
def test_libreoffice_paragraphs_are_kept(name: str) -> None:
    paragraphs = body_text(read(name)).split("\n\n")
    assert len(paragraphs) == len(src.ESSAY)


FRAGMENTS = [
    "(Al-Ansari et al., 2021: 14)",  # Latin run inside an Arabic line, brackets outside it
    "(الخفاجي، 2017: 21)",  # Arabic citation: digits re-reversed, brackets un-mirrored
    "(Buzan & Wæver, 2003)",
    "بعد عام 2003، فلم",
    "أن 45% من",  # percent drawn on the left of the number
    "(الجبوري، 2023: 102-105)",  # page range drawn as 105-102
    "«الأمن الإنساني»",  # guillemets
    "بالأحزاب [3]،",
    "رضائي (1399: 77)",
    "يُعدّ",  # damma and shadda on their letters
    "لا غنى عنه",  # lam-alef ligature decomposed
    "(Hiltermann, 2017: 88).",
    "بنسبة 60% عند",
    "(Buzan, 1991: 19).",
    "«شريك»",
    "(الحيدري، 2022: 45).",
]
SOURCES = {
    **{name: src.ESSAY for name in LIBREOFFICE},
    "chromium_footnotes.pdf": [b for page in src.FOOTNOTED for b in page],
    "chromium_two_columns.pdf": src.TWO_COLUMNS,
}
CASES = [
    (name, fragment)
    for name, blocks in SOURCES.items()
    for fragment in FRAGMENTS
    if fragment in src.expected_text(blocks)
]


@pytest.mark.parametrize(("name", "fragment"), CASES)
def test_citations_and_numbers_come_back_whole(name: str, fragment: str) -> None:
    text = body_text(read(name), ("body", "heading", "footnote"))
    # a line may break inside the fragment ("Al-" / "Ansari"): compare without spaces
    assert fragment.replace(" ", "") in text.replace(" ", "").replace("\n", "")


@pytest.mark.parametrize("name", PAGED)
def test_running_headers_and_page_numbers_leave_the_body(name: str) -> None:
    result = read(name)
    assert result.metadata["running_headers"] == [src.RUNNING_HEADER]
    assert result.metadata["page_labels"] == [str(p) for p in range(1, result.n_pages + 1)]
    for page in range(1, result.n_pages + 1):
        on_page = [ln for ln in result.lines if ln.page == page]
        assert [ln.text for ln in on_page if ln.kind == "header"] == [src.RUNNING_HEADER]
        assert [ln.text for ln in on_page if ln.kind == "page_number"] == [str(page)]
    text, _ = assemble(result.lines)
    assert src.RUNNING_HEADER not in text
    assert not re.search(r"(^|\n)\d+(\n|$)", text)


@pytest.mark.parametrize("name", [*PAGED, "chromium_two_columns.pdf"])
def test_every_line_has_page_and_line_number(name: str) -> None:
    result = read(name)
    for page in range(1, result.n_pages + 1):
        numbers = [ln.line for ln in result.lines if ln.page == page]
        assert numbers == list(range(1, len(numbers) + 1))


@pytest.mark.parametrize(
    ("name", "fragment", "page"),
    [
        ("lo_amiri.pdf", "المقدمة", 1),
        ("lo_amiri.pdf", "التحديات الراهنة", 2),
        ("lo_sans.pdf", "الإطار النظري", 1),
        ("chromium_footnotes.pdf", "غير أن هذا الدور", 2),
        ("chromium_footnotes.pdf", "² مقابلة مع مدير", 2),
    ],
)
def test_page_provenance(name: str, fragment: str, page: int) -> None:
    result = read(name)
    text, spans = assemble(result.lines)
    offset = text.index(fragment)
    assert next(s.page for s in spans if s.start <= offset < s.end) == page


@pytest.mark.parametrize("name", LIBREOFFICE)
def test_headings_are_marked(name: str) -> None:
    headings = [ln.text for ln in read(name).lines if ln.kind == "heading"]
    assert headings == [text for kind, text in src.ESSAY if kind == "heading"]


def test_footnotes_are_kept_apart() -> None:
    result = read("chromium_footnotes.pdf")
    notes = [(ln.page, ln.text) for ln in result.lines if ln.kind == "footnote"]
    expected = [
        (i + 1, text)
        for i, page in enumerate(src.FOOTNOTED)
        for kind, text in page
        if kind == "footnote"
    ]
    assert notes == expected
    body = [b for page in src.FOOTNOTED for b in page if b[0] != "footnote"]
    assert cer(body_text(result), src.expected_text(body)) < 0.005


def test_two_columns_are_read_right_column_first() -> None:
    text = body_text(read("chromium_two_columns.pdf"))
    assert cer(text, src.expected_text(src.TWO_COLUMNS)) < 0.005
    starts = [text.index(block[:25]) for _, block in src.TWO_COLUMNS]
    assert starts == sorted(starts)


@pytest.mark.parametrize("name", [*PAGED, "chromium_two_columns.pdf"])
def test_no_presentation_forms_or_persian_letters(name: str) -> None:
    text = "\n".join(ln.text for ln in read(name).lines)
    assert not [ch for ch in text if 0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF]
    assert not set(text) & set("یکۀھ")
    assert unicodedata.normalize("NFC", text) == text


@pytest.mark.parametrize(
    ("name", "producer", "font"),
    [
        ("lo_amiri.pdf", "LibreOffice", "Amiri-Regular"),
        ("lo_naskh.pdf", "LibreOffice", "NotoNaskhArabic-Regular"),
        ("chromium_two_columns.pdf", "Skia/PDF", "NotoNaskhArabic-Regular"),
    ],
)
def test_metadata(name: str, producer: str, font: str) -> None:
    meta = read(name).metadata
    assert producer in str(meta["producer"])
    assert font in meta["fonts"]  # type: ignore[operator]
    assert meta["needs_ocr_pages"] == []
    assert meta["title"] is None  # "chromium_two_columns.html", python-docx: not titles


@pytest.mark.parametrize(
    ("name", "code"),
    [("encrypted.pdf", "E010"), ("truncated.pdf", "E011"), ("image_only.pdf", "E012")],
)
def test_unreadable_pdfs_raise_coded_errors(name: str, code: str) -> None:
    with pytest.raises(InputError) as err:
        read_pdf_lines(DATA / name)
    assert err.value.code == code
    assert name in err.value.message


def test_not_a_pdf_is_corrupt(tmp_path: Path) -> None:
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"%PDF-1.7\n" + "نص عربي ليس PDF".encode() * 20)
    with pytest.raises(InputError) as err:
        read_pdf_lines(fake)
    assert err.value.code == "E011"


def test_partly_scanned_pdf_reports_pages_needing_ocr() -> None:
    result = read_pdf_lines(DATA / "partly_scanned.pdf")
    assert result.n_pages == 3
    assert result.metadata["needs_ocr_pages"] == [2]
    assert {ln.page for ln in result.lines} == {1, 3}
    assert "غير أن هذا الدور" in body_text(result)


def test_lines_keep_the_drawing_order_for_diffs() -> None:
    body = [ln for ln in read("lo_amiri.pdf").lines if ln.kind == "body"]
    assert all(ln.raw and ln.changed and ln.score > 0.5 for ln in body)
    # the first line ends "... إذ تتداخل": drawn leftmost, its letters left to right
    assert body[0].raw.startswith("لخادتت ذإ")
    assert body[0].text.endswith("إذ تتداخل")


def test_left_to_right_document_keeps_its_order_and_reverses_arabic_quotes() -> None:
    result = read("chromium_english.pdf")
    assert cer(body_text(result), src.expected_text(src.ENGLISH)) < 0.005
    assert "«المجتمع المدني»" in body_text(result)


def test_blank_page_is_not_reported_as_needing_ocr(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(DATA / "chromium_footnotes.pdf"))
    pdf.new_page(595, 842)
    pdf.save(str(tmp_path / "with_blank.pdf"))
    result = read_pdf_lines(tmp_path / "with_blank.pdf")
    assert result.n_pages == 3
    assert result.metadata["needs_ocr_pages"] == []
    assert result.metadata["page_labels"] == ["1", "2", None]


def test_latin_entries_of_a_right_to_left_list_keep_their_labels() -> None:
    # Chromium draws "1." of a Latin entry in an Arabic list at the right end of its first
    # line; read left to right it came back mid-entry ("… in northern .1 Iraq after …")
    text = body_text(read("chromium_latin_list.pdf"))
    entries = [p for p in text.split("\n\n") if p[:2] in ("1.", "2.", "3.", "4.")]
    assert [e[:12] for e in entries] == [
        "1. Mercer A.",
        "2. Hartley E",
        "3. الدليمي خ",
        "4. Kell T, F",
    ]
    assert not re.search(r" \.\d ", text)
    # entry 2's digits-only last line stays in it, not a paragraph of its own
    assert entries[1].endswith("904.") and "\n\n904." not in text


@pytest.mark.parametrize("name", ["lo_table.pdf", "chromium_table.pdf"])
def test_table_cells_stay_apart_in_logical_order(name: str) -> None:
    """A right-to-left table (LibreOffice and Chromium): each row one paragraph, its cells
    apart with the right-hand cell first, and the paragraph after the table its own."""
    blocks = body_text(read(name)).split("\n\n")
    rows = [" ".join(row) for row in src.TABLE_ROWS]
    assert blocks[-len(rows) - 1 : -1] == rows  # "2022 3,410 87 نينوى", not "873,4102022نينوى"
    assert blocks[-1] == src.TABLE_AFTER
    assert cer(body_text(read(name)), src.table_text()) < 0.005
