"""Pieces of vowelled visual lines in ``pdftotext -layout`` rows, read back by their columns."""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import pytest
from rapidfuzz.distance import Levenshtein

from araseclit.charsets import ARABIC_MARK
from araseclit.repair import RepairConfig, repair_text
from araseclit.repair.laid_out_pieces import Piece, read_block, row_pieces, visual_lines

ROOT = Path(__file__).resolve().parents[2]
RENDITIONS = ROOT / "corpora" / "clean" / "variants" / "diacritised_prose"
_BIDI = re.compile("[\u202a-\u202e]")
_MARK = re.compile(f"[{ARABIC_MARK}]")

# fully vowelled prose about a coastal town, a visual line each (written for this test)
VOWELLED = [
    "تَقَعُ الْمَدِينَةُ الصَّغِيرَةُ عَلَى شَاطِئِ الْبَحْرِ، وَيَعْمَلُ أَكْثَرُ سُكَّانِهَا فِي",
    "الصَّيْدِ وَالتِّجَارَةِ مُنْذُ زَمَنٍ بَعِيدٍ، فَيَخْرُجُ الصَّيَّادُونَ قَبْلَ الْفَجْرِ",
    "بِقَوَارِبِهِمُ الْخَشَبِيَّةِ، وَيَعُودُونَ عِنْدَ الظُّهْرِ مُحَمَّلِينَ بِالسَّمَكِ الطَّازَجِ.",
    "وَفِي السُّوقِ الْقَدِيمِ يَجْتَمِعُ التُّجَّارُ وَالْمُشْتَرُونَ، فَتَعْلُو أَصْوَاتُهُمْ",
    "وَتَخْتَلِطُ بِرَائِحَةِ الْبَحْرِ، ثُمَّ يَهْدَأُ كُلُّ شَيْءٍ حِينَ تَغِيبُ الشَّمْسُ.",
]


def _plain(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", _BIDI.sub("", text)).split())


def _cer(hypothesis: str, reference: str) -> float:
    ref = _plain(reference)
    return Levenshtein.distance(_plain(hypothesis), ref) / len(ref)


def lay_out(visual: list[str], seed: int, rows_per_line: int = 3) -> list[str]:
    """Forward: each visual line cut at 2-3 random places (inside words too) and its pieces
    spread over ``rows_per_line`` rows in random order, each written at the column of its
    left edge in a right-to-left embedding, as ``pdftotext -layout`` writes the cut lines of
    vowelled text. Columns count letters and spaces (marks take none); a row is padded with
    spaces up to a piece's column, or one space where the row is already past it."""
    rng = random.Random(seed)
    out: list[str] = []
    for line in visual:
        starts = [k for k in range(1, len(line)) if not _MARK.match(line[k])]
        cuts = sorted(rng.sample(starts, rng.choice([2, 3])))
        bounds = [0, *cuts, len(line)]
        width = len(_MARK.sub("", line))
        rows: list[list[tuple[int, str]]] = [[] for _ in range(rows_per_line)]
        order = list(range(len(bounds) - 1))
        rng.shuffle(order)
        for slot, k in enumerate(order):
            a, b = bounds[k], bounds[k + 1]
            left = width - len(_MARK.sub("", line[:b]))  # right to left: the end is leftmost
            rows[slot % rows_per_line].append((left, line[a:b].strip()))
        for row in rows:
            text = ""
            for col, piece in sorted(row):
                pad = max(col - len(text), 1 if text else 0)
                text += " " * pad + f"\u202b{piece}\u202c"
            out.append(text)
        out.append("")
    return out


def test_a_row_is_parted_into_pieces_at_runs_of_spaces_and_between_embeddings() -> None:
    row = "   \u202bاف\u202c      \u202bالر ِ\u202c \u202bادي\u202c"
    assert [(c, _BIDI.sub("", t)) for c, t in row_pieces(row)] == [
        (3, "اف"),
        (11, "الر ِ"),
        (17, "ادي"),
    ]


def test_a_row_whose_pieces_stand_where_the_line_so_far_stands_opens_a_new_visual_line() -> None:
    pieces = [
        Piece(0, 0, 10, "a"),
        Piece(1, 12, 8, "b"),  # beside the first: the same visual line
        Piece(2, 3, 6, "c"),  # under the first: the next one
    ]
    assert [[p.raw for p in line] for line in visual_lines(pieces)] == [["a", "b"], ["c"]]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_forward_laid_out_pieces_are_read_back(seed: int) -> None:
    clean = " ".join(VOWELLED)
    raw = "\n".join(lay_out(VOWELLED * 2, seed))
    assert _cer(raw, clean + " " + clean) > 0.3
    off = RepairConfig.make(disable=["laid_out_pieces"])
    without = _cer(repair_text(raw, off), clean + " " + clean)
    found = _cer(repair_text(raw), clean + " " + clean)
    assert found <= 0.05
    assert found < without


@pytest.mark.parametrize(
    ("rendition", "most"),
    [
        ("libreoffice-amiri", 0.12),  # was 24.8% CER
        ("xelatex-amiri", 0.18),  # was 47.7%
        ("libreoffice-noto-naskh", 0.30),  # was 58.8%
    ],
)
def test_real_laid_out_renditions_of_vowelled_prose_read_back(rendition: str, most: float) -> None:
    clean = (RENDITIONS.parent.parent / "diacritised_prose.txt").read_text(encoding="utf-8")
    raw = (RENDITIONS / f"{rendition}.pdftotext-layout.txt").read_text(encoding="utf-8")
    assert _cer(repair_text(raw), clean) <= most


def test_whole_rows_are_left_as_they_are_read() -> None:
    # Chromium keeps each visual line whole on its row (a lifted letter beside it): the
    # document's lines are not cut, and the pass changes nothing
    raw = (RENDITIONS / "chromium-noto-naskh.pdftotext-layout.txt").read_text(encoding="utf-8")
    off = RepairConfig.make(disable=["laid_out_pieces"])
    assert repair_text(raw) == repair_text(raw, off)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def test_a_lifted_shadda_goes_to_the_letter_under_its_column() -> None:
    # "النَّخْلَةُ" with its shadda drawn apart on the row above, over the nun (the third
    # letter from the right edge at column 15: column 13)
    host = Piece(1, 10, 6, "النَخْلَةُ")
    shadda = Piece(0, 13, 0, "\u0651")
    from araseclit.textmodel.scorer import default_scorer

    read = read_block([shadda, host], ["\u0651", "النَخْلَةُ"], default_scorer().score)
    assert [_nfc(t) for t in read] == [_nfc("النَّخْلَةُ")]


def test_a_lifted_vowel_with_no_bare_letter_near_its_column_stays_apart() -> None:
    # every letter near the column has its vowel: a second one on any breaks a rule
    host = Piece(1, 10, 4, "كَتَبَ")
    vowel = Piece(0, 12, 0, "\u064f")
    from araseclit.textmodel.scorer import default_scorer

    read = read_block([vowel, host], ["\u064f", "كَتَبَ"], default_scorer().score)
    assert "\u064f" in read[0] and _nfc("كَتَبَ") in _nfc(read[0])
