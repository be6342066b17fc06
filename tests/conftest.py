"""Shared fixtures: paths to the shared seed chapter and the bundled sample corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_4ff1dd722d5fe153.txt"
SAMPLE_DOCS = REPO / "corpora" / "sample" / "docs"

# A short paragraph in the register of the corpus (written for these tests), with an
# Arabic-script and a Latin-script citation.
ARABIC_PARAGRAPH = (
    "أولًا: المقدمة\n\n"
    "تؤدي المنظمات غير الحكومية في العراق دورًا متزايدًا في تعزيز الأمن المجتمعي بعد عام 2003، "
    "إذ تعمل وسيطًا بين الدولة والمجتمع المحلي (الحميد، 2019: 27). "
    "ويرى باحثون أن ضعف المؤسسات الرسمية يفتح المجال أمام الجماعات المسلحة (Dodge, 2020: 56).\n"
)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip(f"shared seed chapter not found at {SEED} (run from a checkout beside shared/)")
    return SEED


@pytest.fixture(scope="session")
def sample_docs() -> Path:
    if not SAMPLE_DOCS.is_dir() or not any(SAMPLE_DOCS.iterdir()):
        pytest.skip(f"sample corpus missing at {SAMPLE_DOCS}")
    return SAMPLE_DOCS


@pytest.fixture()
def arabic_txt(tmp_path: Path) -> Path:
    path = tmp_path / "paper.txt"
    path.write_text(ARABIC_PARAGRAPH, encoding="utf-8")
    return path
