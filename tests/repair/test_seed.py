"""The real scrambled chapter the tool exists for (``../shared/seed``): citations, sections,
running headers. Skipped when ``../shared`` is not beside the checkout."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from araseclit.repair import repair_lines, repair_text

# a Latin author as the seed cites them: "Dodge", "Al-Marashi", "Keck & Sikkink", "X et al."
NAME = r"[A-Z][A-Za-z\-]+(?: et al\.)?(?: & [A-Z][A-Za-z\-]+)?"
# raw (visual) form of a Latin citation's author and year: "Hiltermann  ،2017"
RAW_LATIN = re.compile(rf"(?<![A-Za-z] )(?<![A-Za-z])({NAME})\s+،\s*(\d{{4}})")
# repaired form: "(Hiltermann، 2017: 88)", "(Transparency International، 2020: 14)" (the last
# word of the name is what RAW_LATIN sees)
WHOLE_LATIN = re.compile(rf"\((?:[A-Z][A-Za-z\-]+ )*({NAME})، (\d{{4}}): (\d+)\)")
# raw Arabic-script citation locator, page before year: "27:  2019"
RAW_ARABIC_LOCATOR = re.compile(r"\d+:\s+(?:1[34]\d\d|20\d\d)")
# repaired Arabic-script citation: "(الحميد، 2019: 27)", "(بوزان، عن الخفاجي، 2017: 21)"
WHOLE_ARABIC = re.compile(r"\(([^()A-Za-z]+)، (\d{4}): (\d+)\)")


@pytest.fixture(scope="module")
def raw(seed_path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def text(raw: str) -> str:
    return repair_text(raw)


def _latin_pairs(raw: str, text: str) -> tuple[Counter, Counter]:
    cited = Counter(RAW_LATIN.findall(raw))
    whole = Counter((a, y) for a, y, _ in WHOLE_LATIN.findall(text))
    return cited, whole


def test_latin_citations_come_out_whole(raw: str, text: str) -> None:
    cited, whole = _latin_pairs(raw, text)
    assert sum(cited.values()) >= 50
    assert sum((cited & whole).values()) >= 0.96 * sum(cited.values())  # measured 55 of 56


@pytest.mark.xfail(strict=True, reason="lines whose justified chunks interleave words")
def test_every_latin_citation_comes_out_whole(raw: str, text: str) -> None:
    cited, whole = _latin_pairs(raw, text)
    assert not cited - whole


def test_arabic_citations_come_out_whole(raw: str, text: str) -> None:
    cited = len(RAW_ARABIC_LOCATOR.findall(raw))
    whole = len(WHOLE_ARABIC.findall(text))
    assert cited >= 60
    assert whole >= 0.76 * cited  # measured 54 of 71; see the xfail below
    assert all(1 <= int(p) < 1000 for _, _, p in WHOLE_ARABIC.findall(text))


@pytest.mark.xfail(strict=True, reason="words split between chunks (للمنظما|ت) carry brackets")
def test_every_arabic_citation_comes_out_whole(raw: str, text: str) -> None:
    assert len(WHOLE_ARABIC.findall(text)) >= len(RAW_ARABIC_LOCATOR.findall(raw))


def test_brackets_balance_in_most_paragraphs(text: str) -> None:
    paragraphs = text.split("\n\n")
    balanced = [p for p in paragraphs if p.count("(") == p.count(")")]
    assert len(paragraphs) >= 25
    assert len(balanced) >= 0.87 * len(paragraphs)  # measured 28 of 32


def test_first_section_reads_in_order(text: str) -> None:
    heading, rest = text.split("\n\n", 1)
    assert heading == "2.1 المقدّمة"
    section = rest.split("\n\n2.2 ")[0]
    assert section.startswith("يُعدّ") and section.endswith(".")
    assert section.count("(") == section.count(")") == 4  # three citations and "(NGOs)"
    assert [a for a, _, _ in WHOLE_LATIN.findall(section)] == ["Hiltermann", "Dodge", "Ezzat"]
    assert "(NGOs) أهمية" in section
    # the split citation is rejoined across the line end, and its sentence goes on after it
    assert "(Hiltermann، 2017: 88). وقد" in section
    sentences = re.split(r"(?<=\.) ", section)
    assert len(sentences) >= 6
    assert all(re.match(r"[\u0621-\u064a]", s) for s in sentences)


def test_running_header_and_page_number_leave_the_body(raw: str, text: str) -> None:
    lines = repair_lines(raw).lines
    headers = [ln for ln in lines if ln.kind == "header"]
    numbers = [ln for ln in lines if ln.kind == "page_number"]
    assert headers and all("2026" in ln.text and "6202" not in ln.text for ln in headers)
    assert [ln.text for ln in numbers][:1] == ["491"]
    assert numbers[0].page == 491 and lines[numbers[0].line].page == 492
    assert "6202" not in text and "مجلة الجامعة" not in text.split("\n\n")[0]
    assert not any(p.strip() == "491" for p in text.split("\n\n"))


def test_seed_repair_is_a_fixed_point(text: str) -> None:
    assert repair_text(text) == text
