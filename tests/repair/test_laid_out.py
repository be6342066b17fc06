"""``pdftotext -layout`` rows of a visual line cut at its lifted marks (:mod:`araseclit.repair.laid_out`).

Fonts that draw marks high above their letters (Thabit, Noto Naskh through LibreOffice) make
pdftotext lift the mark onto a row of its own and cut the visual line at the word that
carried it; with ``-layout`` every piece and every mark keeps its column.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rapidfuzz.distance import Levenshtein

from araseclit.repair import repair_text

RLE, PDF = "\u202b", "\u202c"
CLEAN = Path(__file__).resolve().parents[2] / "corpora" / "clean"


def _run(text: str) -> str:
    return RLE + text + PDF


def _cut_line_document(shadda_over: bool = True) -> str:
    """Three full rows around one visual line cut into three pieces: the tanween word's
    piece (left), the middle piece under a lifted shadda, the line's first word (right),
    each on a row of its own, a mark before the piece on its row (without ``shadda_over``
    the shadda stands over no piece: after the right one)."""
    left, middle, right = "ثابتا يترك مدرسته", "والمعلم الذي لا يجد راتبًا", "الأساسية؛"
    middle_at = len(left) + 2
    right_at = middle_at + len(middle) + 1
    shadda_at = right_at - 2 - 5  # over the sixth letter of "والمعلم", its second lam
    last_row = " " * shadda_at + _run("\u0651") + " " * (right_at - shadda_at - 1) + _run(right)
    if not shadda_over:
        last_row = " " * right_at + _run(right) + "    " + _run("\u0651")
    return "\n".join(
        [
            _run("تعمل الجمعية منذ سنوات على دعم الأسر في الأحياء الفقيرة وتقدم"),
            _run("لها المساعدة في الصحة والتعليم والسكن والعمل والحاجات"),
            _run(left),
            " " * (len(left) - 1) + _run("\u064b") + "  " + _run(middle),
            last_row,
            _run("وقد قال أحد المتطوعين إن المشكلة أكبر من أن تحلها جمعية واحدة"),
        ]
    )


def test_a_lifted_shadda_goes_back_on_the_letter_under_it() -> None:
    text = repair_text(_cut_line_document())
    assert "والمعلّم الذي" in text
    assert "\u0651 " not in text and " \u0651" not in text  # no stray mark left


def test_the_pieces_of_a_cut_line_are_read_right_to_left() -> None:
    text = repair_text(_cut_line_document())
    assert "والحاجات الأساسية؛ والمعلّم الذي لا يجد راتبًا ثابتًا يترك مدرسته وقد قال" in text


def test_a_lone_mark_with_no_letter_under_it_stays() -> None:
    """A mark over no piece's letter is not dropped: repair invents and loses nothing."""
    assert repair_text(_cut_line_document(shadda_over=False)).count("\u0651") == 1


def test_a_lifted_mark_goes_to_the_word_that_opens_a_piece() -> None:
    """pdftotext cuts the line before the word whose mark it lifts: a fatha between a full
    row and a row of two pieces goes on the word that opens the left piece under it, not on
    the full row's word that happens to share its column."""
    left, right = "المدينة أسرة قوية من الشمال", "وبعد سنوات طويلة حكمت"
    mark_at = len(left) - 1 - 6  # over the seventh letter of "المدينة", its final teh marbuta
    raw = "\n".join(
        [
            _run("تعمل الجمعية منذ سنوات على دعم الأسر في الأحياء الفقيرة وتقدم"),
            _run("لها المساعدة في الصحة والتعليم والسكن والعمل والحاجات اليومية"),
            " " * mark_at + _run("\u064e"),
            _run(left) + " " + _run(right),
            _run("وقد قال أحد المتطوعين إن المشكلة أكبر من أن تحلها جمعية واحدة"),
        ]
    )
    text = repair_text(raw)
    assert "اليومية وبعد سنوات طويلة حكمت المدينةَ أسرة قوية من الشمال وقد قال" in text


def _cer(hypothesis: str, reference: str) -> float:
    import re

    bidi = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
    ref = " ".join(bidi.sub("", reference).split())
    return Levenshtein.distance(" ".join(bidi.sub("", hypothesis).split()), ref) / len(ref)


# (document, producer, controls stripped, CER the repair must stay under): real renditions
# of corpora/clean whose lifted shadda and vowel rows broke the visual line they came from
# (the rows were no pieces of one line, a mark among them being read as a piece of text)
RENDITIONS = [
    ("mixed_english_methods", "libreoffice-thabit", False, 0.045),  # was 10.2%
    ("interview_qa", "libreoffice-thabit", False, 0.03),  # was 6.3%
    ("abstract_medicine", "libreoffice-noto-naskh", True, 0.03),  # was 7.9%
    ("opinion_essay", "libreoffice-noto-naskh", False, 0.025),  # was 4.5%
    # stripped: a piece that ends in a Latin run, "(purposive  بطريقة", was read with the
    # piece after it as one, and the whole visual line around it was left unread
    ("abstract_social_science", "libreoffice-thabit", True, 0.045),  # was 6.6%
]


@pytest.mark.parametrize(("document", "producer", "stripped", "limit"), RENDITIONS)
def test_the_layout_rendition_stays_repaired(
    document: str, producer: str, stripped: bool, limit: float
) -> None:
    import re

    raw = (CLEAN / "variants" / document / f"{producer}.pdftotext-layout.txt").read_text(
        encoding="utf-8"
    )
    if stripped:
        raw = re.sub("[\u202a-\u202e]", "", raw)
    clean = (CLEAN / f"{document}.txt").read_text(encoding="utf-8")
    assert _cer(repair_text(raw), clean) <= limit
