"""A document's text quality counted block by block (:func:`araseclit.repair.body_text_quality`):
the figures of :func:`~araseclit.repair.text_quality` over the whole body, without the tokens of
a whole book at once (issue 12: memory flat in document length)."""

from __future__ import annotations

import gc
import tracemalloc
from pathlib import Path

import pytest

import araseclit.repair as repair
from araseclit.document import NOISE_KINDS
from araseclit.repair import body_text_quality, repair_lines, text_quality
from araseclit.textmodel.frequency import word_frequencies
from araseclit.textmodel.scorer import default_scorer

CORPORA = Path(__file__).resolve().parents[2] / "corpora"
SAMPLE = CORPORA / "sample"


def _body(raw: str) -> list[str]:
    """The body lines' texts of ``raw`` once repaired, as :func:`repair_lines` scores them."""
    return [ln.text for ln in repair_lines(raw).lines if ln.kind not in NOISE_KINDS]


def _renditions() -> list[Path]:
    """A clean paper and what two extractors made of it, and two more papers' renditions."""
    variants = SAMPLE / "variants"
    return [
        SAMPLE / "sources" / "01_ngos_national_security.txt",
        variants / "01_ngos_national_security" / "chromium.pdfplumber.txt",
        variants / "01_ngos_national_security" / "libreoffice-amiri.pypdfium2.txt",
        variants / "03_disinformation_digital_security" / "libreoffice-amiri.pdftotext.txt",
        variants / "05_corruption_kurdistan_watchdog" / "chromium.pypdfium2.txt",
    ]


@pytest.mark.parametrize("path", _renditions(), ids=lambda p: f"{p.parent.name}/{p.name}")
@pytest.mark.parametrize("block", [1, 300, 5_000, 10**9])
def test_the_blocks_give_the_whole_bodys_quality(
    path: Path, block: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Blocks of one line (1), of a few lines, of many lines, and one block: the quality of
    the whole body, as ``text_quality`` gives it, field for field."""
    raw = path.read_text(encoding="utf-8")
    body = _body(raw)
    monkeypatch.setattr(repair, "QUALITY_BLOCK_CHARS", block)
    scorer = default_scorer()
    whole = text_quality(" ".join(body), scorer, raw=raw)
    assert body_text_quality(iter(body), scorer, raw=raw) == whole
    assert repair_lines(raw).quality == whole


def test_damage_counted_in_blocks_is_the_whole_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Private-use glyphs, unmapped glyph runs (more than a font's few ids), lifted marks and
    lone letters spread over many blocks: the shares and the verdict stay the whole text's;
    and a Persian paper's words counted against Persian's list too."""
    clean = (SAMPLE / "sources" / "02_water_crisis_dams.txt").read_text(encoding="utf-8")
    lines = [ln for ln in clean.splitlines() if ln.strip()][:60]
    damaged = [f"{ln} \ue012\ue013 ب ـ ً" if k % 3 == 0 else ln for k, ln in enumerate(lines)]
    raw = "\n".join(
        f"{ln} (cid:{k})(cid:{k + 1})" if k % 4 == 0 else ln for k, ln in enumerate(damaged)
    )
    scorer = default_scorer()
    for texts, also in ((damaged, None), (lines, word_frequencies("fa")), ([], None)):
        whole = text_quality(" ".join(texts), scorer, also, raw=raw)
        assert whole.malformed_share > 0 or texts is not damaged
        for block in (1, 700, 10**9):
            monkeypatch.setattr(repair, "QUALITY_BLOCK_CHARS", block)
            assert body_text_quality(iter(texts), scorer, also, raw=raw) == whole


def _peak(step: object) -> float:
    """Traced peak (MB) of ``step()`` over what was allocated before it."""
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        step()  # type: ignore[operator]
        return (tracemalloc.get_traced_memory()[1] - base) / 1e6
    finally:
        tracemalloc.stop()


def test_four_times_the_body_takes_no_more_memory_to_score(monkeypatch: pytest.MonkeyPatch) -> None:
    """Four times the body (the sample papers' lines again and again) peaks within 1.3x while
    its quality is counted in blocks; the whole text's tokens at once, as before, take about
    4x (the test's own check that it can fail)."""
    monkeypatch.setattr(repair, "QUALITY_BLOCK_CHARS", 20_000)
    lines = [
        ln
        for p in sorted((SAMPLE / "sources").glob("*.txt"))
        for ln in p.read_text(encoding="utf-8").splitlines()
        if ln.strip()
    ]
    scorer = default_scorer()
    text_quality(lines[0], scorer)  # the model loaded before anything is measured
    short, long = lines, lines * 4

    def blocks(texts: list[str]) -> float:
        return min(_peak(lambda: body_text_quality(iter(texts), scorer)) for _ in range(2))

    def whole(texts: list[str]) -> float:
        return min(_peak(lambda: text_quality(" ".join(texts), scorer)) for _ in range(2))

    flat = blocks(long) / blocks(short)
    assert flat <= 1.3, f"4x the body: {flat:.2f}x the traced peak in blocks"
    grows = whole(long) / whole(short)
    assert grows >= 2.5, f"the whole text's tokens at once gave only {grows:.2f}x"
