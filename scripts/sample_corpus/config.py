"""Paths and fixed choices of the sample corpus."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "corpora" / "sample"
MARKED = SAMPLE / "gold" / "marked"
JOURNAL = "مجلة دراسات الأمن والمجتمع المدني – المجلد 14، العدد 2، 2026"
FONTS = {"amiri": "Amiri", "noto-naskh": "Noto Naskh Arabic", "noto-sans": "Noto Sans Arabic"}
CHROMIUM_FONT = "Noto Naskh Arabic"
# Which rendition of each document goes into docs/ (the corpus `araseclit analyze` runs on).
DOCS_CHOICE = {
    "01_ngos_national_security": "source.txt",
    "02_water_crisis_dams": "libreoffice-amiri.pdf",
    "03_disinformation_digital_security": "source.txt",
    "04_armed_groups_mediation": "word.docx",
    "05_corruption_kurdistan_watchdog": "chromium.pdf",
    "06_youth_october_protests": "libreoffice-amiri.pypdfium2.txt",
}
CURRENT_YEAR = 2026  # a cited Gregorian year above this is a "future_year" problem
PAGE_CSS = SAMPLE / "templates" / "page.css"  # page style of the Chromium rendition
README_HEAD = SAMPLE / "templates" / "readme_head.md"  # README text before the generated table
