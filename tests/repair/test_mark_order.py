"""Marks given before their letters, and words cut at every marked letter (pdftotext on
diacritised Chromium and Scheherazade PDFs): the document's marks go back after their
letters and its words are read back, while clean diacritised text is never touched."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rapidfuzz.distance import Levenshtein

from araseclit.repair import RepairConfig, repair_lines, repair_text
from araseclit.repair.clusters import cluster_gapped, segment_clusters
from araseclit.repair.mark_order import marks_after_letter, marks_first, violations
from araseclit.scramble import scramble
from araseclit.scramble.ops import marks_first as give_marks_first
from araseclit.textmodel.scorer import default_scorer

ROOT = Path(__file__).resolve().parents[2]
DIACRITISED = ROOT / "corpora" / "clean" / "diacritised_prose.txt"
_BIDI = re.compile("[\u202a-\u202e]")

# written for these tests: fully diacritised prose about a river and a village
CLEAN = (
    "يَجْرِي النَّهْرُ بَيْنَ الْقُرَى الصَّغِيرَةِ، وَيَسْقِي الْحُقُولَ وَالْبَسَاتِينَ طَوَالَ الْعَامِ.\n"
    "وَكَانَ الْفَلَّاحُونَ يَجْتَمِعُونَ عِنْدَ الْجِسْرِ الْقَدِيمِ لِيَتَحَدَّثُوا عَنِ الْمَطَرِ وَالْحَصَادِ.\n"
    "وَفِي الْمَسَاءِ تَعُودُ النِّسَاءُ مِنَ السُّوقِ، وَيَلْعَبُ الْأَطْفَالُ عَلَى الضِّفَّةِ حَتَّى تَغِيبَ الشَّمْسُ."
)


def _cer(hypothesis: str, reference: str) -> float:
    ref = " ".join(_BIDI.sub("", reference).split())
    return Levenshtein.distance(" ".join(_BIDI.sub("", hypothesis).split()), ref) / len(ref)


def _marks_first(text: str, gap: float) -> str:
    import random

    return give_marks_first(text, random.Random(0), gap)


def test_clean_diacritised_text_shows_no_violation_and_is_not_read_marks_first() -> None:
    lines = CLEAN.split("\n") + DIACRITISED.read_text(encoding="utf-8").split("\n")
    assert sum(violations(t) for t in CLEAN.split("\n")) == 0
    assert not marks_first(lines)
    paragraphs = CLEAN.replace("\n", "\n\n")
    assert repair_text(paragraphs) == paragraphs


def test_marks_given_first_go_back_after_their_letters() -> None:
    scrambled = [_marks_first(t, gap=0.0) for t in CLEAN.split("\n")]
    assert scrambled != CLEAN.split("\n")
    assert marks_first(scrambled)
    assert [marks_after_letter(t) for t in scrambled] == CLEAN.split("\n")


def test_a_mark_before_a_comma_placed_between_it_and_its_letter_moves_across() -> None:
    # pdftotext puts the comma of the word before between the next word's mark and letter
    before, after = _marks_first("الصَّغِيرَةِ", 0.0), _marks_first("يَسْقِي", 0.0)
    line = f"{before} \u064e ،و{after}"
    assert marks_after_letter(line) == "الصَّغِيرَةِ  ،وَيَسْقِي"


def test_words_cut_at_every_marked_letter_are_read_back_by_the_word_model() -> None:
    cut = [marks_after_letter(_marks_first(t, gap=1.0)) for t in CLEAN.split("\n")]
    assert cluster_gapped(cut)
    model = default_scorer().arabic
    joined = [segment_clusters(t, model) for t in cut]
    assert _cer("\n".join(joined), CLEAN) <= 0.02


def test_clean_text_is_not_taken_for_cluster_gapped() -> None:
    assert not cluster_gapped(DIACRITISED.read_text(encoding="utf-8").split("\n"))


@pytest.mark.parametrize("seed", [1, 2])
def test_forward_scramble_of_diacritised_prose_is_undone(seed: int) -> None:
    clean = DIACRITISED.read_text(encoding="utf-8")
    scrambled = scramble(clean, "pdftotext-marks-first", seed=seed).text
    assert _cer(scrambled, clean) > 0.4
    assert _cer(repair_text(scrambled), clean) <= 0.01


def test_the_change_is_logged_and_can_be_switched_off() -> None:
    scrambled = scramble(CLEAN, "pdftotext-marks-first", seed=3).text
    lines = repair_lines(scrambled).lines
    ops = {op.name for ln in lines for op in ln.ops}
    assert {"araseclit.repair.mark_order.v1", "araseclit.repair.cluster_gaps.v1"} <= ops
    off = RepairConfig.make(disable=["mark_order"])
    assert _cer(repair_text(scrambled, off), CLEAN) > 0.2
