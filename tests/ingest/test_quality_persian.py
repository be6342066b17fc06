"""A Persian paper is judged against Persian words too: no false "text layer damaged"
warning (W101) on clean Persian, while the same paper with a garbled text layer still gets it."""

from __future__ import annotations

from pathlib import Path

import araseclit
from araseclit.ingest.language import detect_language

ROOT = Path(__file__).resolve().parents[2]
# a Persian news story in a journal's house style (NTREX-128, CC BY-SA 4.0; see SOURCES.tsv)
PERSIAN = ROOT / "benchmarks" / "data" / "citations" / "styles" / "dev_fa_korea.txt"


def _codes(path: Path) -> list[str]:
    return [w.code for w in araseclit.read(path).coded_warnings]


def test_a_clean_persian_paper_is_recognised_and_not_flagged(tmp_path: Path) -> None:
    document = araseclit.read(PERSIAN)
    assert document.metadata["language"].startswith("fa")
    assert document.metadata["text_quality"]["known_share"] >= 0.9
    assert "W101" not in _codes(PERSIAN)


def test_a_persian_paper_whose_glyphs_map_to_wrong_letters_is_still_flagged(
    tmp_path: Path,
) -> None:
    # a broken font's text layer: every letter given as another one, consistently
    letters = "ابتثجحخدذرزسشصضطظعغفقلمنهوی"
    wrong = str.maketrans(letters, letters[3:] + letters[:3])
    garbled = PERSIAN.read_text(encoding="utf-8").translate(wrong)
    assert detect_language(garbled).label is not None  # still read, not refused
    path = tmp_path / "garbled.txt"
    path.write_text(garbled, encoding="utf-8")
    assert "W101" in _codes(path)
