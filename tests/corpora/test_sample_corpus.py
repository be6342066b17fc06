"""The bundled sample corpus is complete and its gold data agree with its texts.

Regenerate with ``.venv/bin/python scripts/make_sample_corpus.py`` (needs LibreOffice,
Chromium, poppler); these tests only read the committed files.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "corpora" / "sample"
NAMES = sorted(p.stem for p in (SAMPLE / "sources").glob("*.txt"))
EXTRACTORS = ("pdftotext", "pdftotext-layout", "pdfplumber", "pypdfium2")
PDF_STEMS = ("libreoffice-amiri", "libreoffice-noto-naskh", "libreoffice-noto-sans", "chromium")
JOURNAL = "مجلة دراسات الأمن والمجتمع المدني"
ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
FOLD = str.maketrans({"ی": "ي", "ى": "ي", "ک": "ك", "أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه"})


def _source(name: str) -> str:
    return (SAMPLE / "sources" / f"{name}.txt").read_text(encoding="utf-8")


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _gold(name: str, kind: str) -> Any:
    if kind == "audit":
        return json.loads((SAMPLE / "gold" / f"{name}.audit.json").read_text(encoding="utf-8"))
    return _jsonl(SAMPLE / "gold" / f"{name}.{kind}.jsonl")


def _arabic_letters(text: str) -> int:
    return len(ARABIC_LETTER.findall(unicodedata.normalize("NFKC", text)))


def test_six_documents_each_once_in_docs() -> None:
    assert len(NAMES) == 6
    docs = sorted((SAMPLE / "docs").iterdir())
    assert sorted(p.stem for p in docs) == NAMES
    suffixes = sorted(p.suffix for p in docs)
    assert suffixes == [".docx", ".pdf", ".pdf", ".txt", ".txt", ".txt"]


def test_docs_mix_clean_scrambled_and_two_pdf_producers() -> None:
    import pypdfium2 as pdfium

    texts = [p for p in (SAMPLE / "docs").glob("*.txt")]
    clean = [p for p in texts if p.read_bytes() == (SAMPLE / "sources" / p.name).read_bytes()]
    assert 1 <= len(clean) <= 2
    scrambled = [p for p in texts if p not in clean]
    assert len(scrambled) == 1
    raw = scrambled[0].read_text(encoding="utf-8")
    # pypdfium2 reverses Latin runs and mirrors brackets: "(Jabar, 2018: 23)" -> ")23 2018: ,Jabar)"
    assert re.search(r"\)\d+ \d{4}: ,\w+\)", raw), "docs/ scrambled text is not really scrambled"
    producers = set()
    for pdf in (SAMPLE / "docs").glob("*.pdf"):
        doc = pdfium.PdfDocument(str(pdf))
        producers.add(doc.get_metadata_dict().get("Producer", "").split()[0])
        doc.close()
    assert len(producers) == 2 and any("LibreOffice" in p for p in producers)


@pytest.mark.parametrize("name", NAMES)
def test_word_count_within_brief(name: str) -> None:
    assert 800 <= len(_source(name).split()) <= 2000


@pytest.mark.parametrize("name", NAMES)
def test_source_is_marked_text_without_marks(name: str) -> None:
    marked = (SAMPLE / "gold" / "marked" / f"{name}.txt").read_text(encoding="utf-8")
    assert re.sub("[⟦⟧]", "", marked) == _source(name)


@pytest.mark.parametrize("name", NAMES)
def test_gold_citation_offsets_match_source(name: str) -> None:
    source, citations = _source(name), _gold(name, "citations")
    assert 15 <= len({(c["start"], c["end"]) for c in citations}) <= 40
    for c in citations:
        assert source[c["start"] : c["end"]] == c["raw"]
    starts = [c["start"] for c in citations]
    assert starts == sorted(starts)


@pytest.mark.parametrize("name", NAMES)
def test_gold_reference_offsets_match_source(name: str) -> None:
    source = _source(name)
    for r in _gold(name, "references"):
        assert source[r["start"] : r["end"]] == r["raw"]
        assert r["raw"].startswith((f"[{r['label']}] " if r["label"] else "") + r["authors"])
        assert r["title"] in r["raw"]


@pytest.mark.parametrize(
    ("non_citation", "name"),
    [
        ("القانون رقم 12 لسنة 2010", "01_ngos_national_security"),
        ("البصرة (2018)", "01_ngos_national_security"),
        ("(NGOs)", "01_ngos_national_security"),
        ("(20%)", "01_ngos_national_security"),
        ("(COVID-19)", "03_disinformation_digital_security"),
        ("(PMF)", "04_armed_groups_mediation"),
        ("رقم 40 لسنة 2016", "04_armed_groups_mediation"),
    ],
)
def test_non_citations_are_in_text_but_not_gold(non_citation: str, name: str) -> None:
    start = _source(name).index(non_citation)
    end = start + len(non_citation)
    for c in _gold(name, "citations"):
        assert c["end"] <= start or c["start"] >= end, c


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("(بوزان، عن الخفاجي، 2017: 21)", {"author": "الخفاجي", "via_original": "بوزان"}),
        ("Buzan, cited in Mansour & Jabar, 2017: 6", {"author": "Mansour & Jabar"}),
        ("»خسروي« (1402: 68)", {"kind": "narrative", "calendar": "solar_hijri"}),
        ("الربيعي (1443هـ/2022م: 88)", {"calendar": "lunar_hijri", "gregorian_year": 2022}),
        ("(الحسيني، د.ت: 45)", {"year": None, "year_text": "د.ت", "calendar": None}),
        ("(Hasan, n.d., p. 4)", {"year_text": "n.d.", "page": "4", "script": "latin"}),
        ("(UNAMI, 2020a: 3)", {"year": 2020, "year_text": "2020a"}),
        ("(الحميد، 2019، ص. 45-47)", {"page": "45-47", "script": "arabic"}),
        ("(Ismael & Ismael، 2015: 121)", {"author": "Ismael & Ismael", "script": "latin"}),
        ("(الأسدي، 2031: 14)", {"gregorian_year": 2031}),
        ("[4–6]", {"kind": "numeric", "author": None}),
    ],
)
def test_gold_covers_the_citation_forms_of_the_brief(raw: str, expected: dict) -> None:
    found = [c for name in NAMES for c in _gold(name, "citations") if c["raw"] == raw]
    assert found, raw
    assert {k: found[0][k] for k in expected} == expected


def test_numeric_bracket_gives_one_record_per_number() -> None:
    numbers = [
        c["number"]
        for c in _gold("03_disinformation_digital_security", "citations")
        if c["raw"] == "[4–6]"
    ]
    assert numbers == [4, 5, 6]


def _key(author: str, year_text: str | None) -> tuple[str, str | None]:
    first = re.split(r" et al\.| وآخرون| & | و |[،,؛;]", author, maxsplit=1)[0].strip()
    return first.translate(FOLD).lower(), year_text


@pytest.mark.parametrize("name", NAMES)
def test_gold_audit_agrees_with_gold_citations_and_references(name: str) -> None:
    citations, references, audit = (_gold(name, k) for k in ("citations", "references", "audit"))
    assert audit["citations"] == len(citations)
    assert audit["references"] == len(references)
    if citations[0]["kind"] == "numeric":
        cited = {str(c["number"]) for c in citations}
        labels = {r["label"] for r in references}
        missing = {f"[{n}]" for n in cited - labels}
        uncited = {r["raw"] for r in references if r["label"] not in cited}
    else:
        cited_keys = {_key(c["author"], c["year_text"]): c for c in citations}
        ref_keys = {_key(r["authors"], r["year_text"]): r for r in references}
        missing = {
            f"{c['author']}{'، ' if c['script'] == 'arabic' else ', '}{c['year_text']}"
            for k, c in cited_keys.items()
            if k not in ref_keys
        }
        uncited = {r["raw"] for k, r in ref_keys.items() if k not in cited_keys}
    assert set(audit["missing_references"]) == missing
    assert set(audit["uncited_references"]) == uncited
    assert audit["matched"] == audit["works_cited"] - len(missing)


def test_at_least_four_documents_have_deliberate_reference_problems() -> None:
    flawed = [n for n in NAMES if any(_gold(n, "audit")[k] for k in ("missing_references",))]
    assert len(flawed) >= 4
    kinds = {p["kind"] for n in NAMES for p in _gold(n, "audit")["problems"]}
    assert kinds >= {"author_spelling_variants", "two_years_same_work", "future_year"}


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("stem", PDF_STEMS)
def test_variant_pdf_opens_has_text_layer_and_is_small(name: str, stem: str) -> None:
    import pypdfium2 as pdfium

    pdf = SAMPLE / "variants" / name / f"{stem}.pdf"
    assert pdf.stat().st_size < 300_000
    doc = pdfium.PdfDocument(str(pdf))
    try:
        assert len(doc) >= 2
        texts = [page.get_textpage().get_text_range() for page in doc]
        assert all(len(t.strip()) > 100 for t in texts)
        assert _arabic_letters("".join(texts)) > 0.9 * _arabic_letters(_source(name))
    finally:
        doc.close()


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("stem", PDF_STEMS)
@pytest.mark.parametrize("extractor", EXTRACTORS)
def test_extractor_output_is_the_same_document(name: str, stem: str, extractor: str) -> None:
    raw = (SAMPLE / "variants" / name / f"{stem}.{extractor}.txt").read_bytes().decode("utf-8")
    source = _source(name)
    assert raw != source
    # Same letters give or take the running header on every page.
    assert 0.9 < _arabic_letters(raw) / _arabic_letters(source) < 1.25
    assert raw.count("\f") >= 2


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(
    ("stem", "extractor", "garbled"),
    [
        # pdfplumber gives visual order: letters of each line reversed, brackets mirrored.
        ("libreoffice-amiri", "pdfplumber", "ةمدقملا"),
        # pdftotext wraps runs in bidi embedding controls (U+202B ... U+202C).
        ("libreoffice-amiri", "pdftotext", "\u202b"),
        # pypdfium2 keeps CR LF line ends.
        ("libreoffice-amiri", "pypdfium2", "\r\n"),
    ],
)
def test_extractor_garbling_is_real(name: str, stem: str, extractor: str, garbled: str) -> None:
    raw = (SAMPLE / "variants" / name / f"{stem}.{extractor}.txt").read_bytes().decode("utf-8")
    assert garbled in raw
    assert garbled not in _source(name)


@pytest.mark.parametrize("name", NAMES)
def test_libreoffice_pdfs_carry_running_header_on_every_page(name: str) -> None:
    raw = (SAMPLE / "variants" / name / "libreoffice-amiri.pypdfium2.txt").read_text("utf-8")
    pages = [p for p in raw.split("\f") if p.strip()]
    assert all(JOURNAL in p for p in pages)
    assert JOURNAL not in _source(name)


@pytest.mark.parametrize("name", NAMES)
def test_readme_answer_key_lists_every_document_and_missing_work(name: str) -> None:
    readme = (SAMPLE / "README.md").read_text(encoding="utf-8")
    assert f"### `{name}`" in readme
    for missing in _gold(name, "audit")["missing_references"]:
        assert f"`{missing}`" in readme


def _body_blocks(name: str) -> list[str]:
    body = re.split(r"^(?:المصادر|المراجع|References)$", _source(name), flags=re.M)[0]
    return [b.strip() for b in body.split("\n\n")[1:] if b.strip()]


# "1. المقدمة" | "2.1 مفهوم الأمن" | "أولًا: المقدمة"
HEADING = re.compile(r"^(?:\d+(?:\.\d+)*\.? \S|(?:أولًا|ثانيًا|ثالثًا|رابعًا|خامسًا):)")


@pytest.mark.parametrize("name", NAMES)
def test_numbered_headings_and_five_to_ten_paragraphs(name: str) -> None:
    blocks = _body_blocks(name)
    headings = [b for b in blocks if HEADING.match(b) and "\n" not in b and len(b) < 90]
    paragraphs = [b for b in blocks if b not in headings]
    assert len(headings) >= 4
    assert 5 <= len(paragraphs) <= 10
    assert all("\n" not in p for p in paragraphs)


def test_docs_docx_is_rtl_with_heading_styles() -> None:
    import docx

    (path,) = (SAMPLE / "docs").glob("*.docx")
    document = docx.Document(str(path))
    styles = {p.style.name for p in document.paragraphs}
    assert {"Heading 1", "Heading 2"} <= styles
    bidi = [
        p
        for p in document.paragraphs
        if p._p.pPr is not None
        and p._p.pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidi")
        is not None
    ]
    assert len(bidi) == len(document.paragraphs)
    lines = [line for line in _source(path.stem).splitlines() if line.strip()]
    assert [p.text for p in document.paragraphs] == lines
