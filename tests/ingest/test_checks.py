"""Checks on a read document: text-layer quality (W101) and low-confidence repair (W102)."""

from __future__ import annotations

from pathlib import Path

import pytest

from araseclit.document import Line, LineKind, RepairOp
from araseclit.ingest import read
from araseclit.ingest.checks import (
    LOW_CONFIDENCE,
    body_quality,
    body_text,
    document_warnings,
    low_confidence_lines,
)
from araseclit.repair.quality import TextQuality
from conftest import ARABIC_PARAGRAPH

READ_ORDER = "araseclit.repair.read_order.v1"
CLEAN = TextQuality(known_share=0.98, malformed_share=0.01, words=400, damaged=False)
DAMAGED = TextQuality(known_share=0.31, malformed_share=0.02, words=400, damaged=True)
# a font whose glyphs map to the wrong letters: each Arabic letter shifted five places on
_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
_SHIFT = str.maketrans(_LETTERS, _LETTERS[5:] + _LETTERS[:5])


def _read_back(n: int, score: float, kind: LineKind = "body") -> Line:
    """A line read back from a scrambled order, as repair leaves it."""
    raw = "أن )56 :2020 ,Dodge( يرى الباحثون"
    line = Line("يرى الباحثون (Dodge, 2020: 56) أن", 1, n, kind, raw=raw)
    line.changed = True
    line.score = score
    line.ops.append(RepairOp(READ_ORDER, 13, 30, ")56 :2020 ,Dodge(", "(Dodge, 2020: 56)", 31.2))
    return line


def test_body_text_leaves_out_layout_noise() -> None:
    lines = [
        Line("مجلة دراسات الأمن – المجلد 14، العدد 2، 2026", 1, 1, "header"),
        Line("أولًا: المقدمة", 1, 2, "heading"),
        Line("تعمل المنظمات في العراق", 1, 3),
        Line("7", 1, 4, "page_number"),
    ]
    assert body_text(lines) == "أولًا: المقدمة تعمل المنظمات في العراق"


def test_only_lines_read_back_with_low_confidence_count() -> None:
    normalised = Line("فضلًا عن حملات خطف", 1, 4, raw="فضل ًا عن حملات خطف", changed=True, score=0.5)
    normalised.ops.append(RepairOp("araseclit.repair.normalise.v1", 4, 4, " ", "", 0.0))
    pdf_line = Line("المجلد 14، العدد 2", 1, 5, raw="2 العدد ،14 المجلد", changed=True, score=0.3)
    lines = [
        _read_back(1, 0.7),  # counts
        _read_back(2, 0.97),  # sure enough
        _read_back(3, 0.6, kind="header"),  # not part of the text
        normalised,  # a normalisation is not a choice between readings
        pdf_line,  # a PDF line's score is the share layout moved, not a confidence
    ]
    assert [ln.line for ln in low_confidence_lines(lines)] == [1]
    assert [ln.line for ln in low_confidence_lines(lines, threshold=0.99)] == [1, 2]


@pytest.mark.parametrize(
    ("quality", "scores", "codes"),
    [
        (CLEAN, [0.99, 1.0], []),
        (DAMAGED, [0.99], ["W101"]),
        (CLEAN, [0.99, LOW_CONFIDENCE - 0.01], ["W102"]),
        (DAMAGED, [0.5], ["W101", "W102"]),
    ],
)
def test_document_warnings(quality: TextQuality, scores: list[float], codes: list[str]) -> None:
    lines = [_read_back(n, s) for n, s in enumerate(scores, start=1)]
    warnings = document_warnings("paper.txt", quality, lines)
    assert [w.code for w in warnings] == codes
    assert all(str(w).startswith(f"[{w.code}] ") and "paper.txt" in w.message for w in warnings)


def test_warning_messages_say_what_to_check() -> None:
    lines = [_read_back(n, 0.6) for n in range(10, 23)]
    damaged, doubtful = document_warnings("paper.txt", DAMAGED, lines)
    assert "OCR advised" in damaged.message and DAMAGED.describe() in damaged.message
    assert doubtful.message.startswith("13 line(s) repaired with low confidence (below 90%")
    assert "10, 11, 12, 13, 14, 15, 16, 17, 18, 19 and 3 more" in doubtful.message


def test_a_text_layer_with_wrong_glyphs_is_read_with_W101(tmp_path: Path) -> None:
    path = tmp_path / "wrong_glyphs.txt"
    path.write_text(ARABIC_PARAGRAPH.translate(_SHIFT), encoding="utf-8")
    document = read(path)  # still read: a warning, not an error
    quality = document.metadata["text_quality"]
    assert isinstance(quality, dict) and quality["damaged"] is True
    assert [w.code for w in document.coded_warnings] == ["W101"]
    assert any(
        note.startswith("[W101] text layer damaged; OCR advised") for note in document.warnings
    )


def test_clean_text_has_no_coded_warnings(arabic_txt: Path) -> None:
    document = read(arabic_txt)
    assert document.coded_warnings == []
    quality = document.metadata["text_quality"]
    assert isinstance(quality, dict)
    assert set(quality) == {"known_share", "malformed_share", "words", "damaged"}
    assert quality["known_share"] > 0.9 and quality["damaged"] is False


def test_glyphs_repair_dropped_still_count_against_a_persian_body() -> None:
    """A Persian page whose words came through but whose other letters the layer gave as
    unmapped glyphs: repair drops the ``(cid:N)`` runs, the body quality still sees them."""
    words = "سازمان‌های مردم‌نهاد در شهر مشهد به مهاجران افغان کمک می‌کنند و گزارش می‌دهند"
    glyphs = " ".join(f"(cid:{100 + i})(cid:{140 + i})" for i in range(12))
    lines = [Line(words, 1, i + 1, raw=f"{words} {glyphs}", changed=True) for i in range(6)]
    with_raw = body_quality(lines, persian=True)
    without = body_quality([Line(ln.text, 1, ln.line) for ln in lines], persian=True)
    assert without.malformed_share < with_raw.malformed_share
    assert with_raw.damaged and not without.damaged
