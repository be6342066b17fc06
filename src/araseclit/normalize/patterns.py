"""Regular expressions of the normalisation stage (one place, each with an example it matches)."""

from __future__ import annotations

import re

# Arabic diacritics: fatha..sukun, tanween, shadda, dagger alef, Quranic marks — "مُنَظَّمَةٌ"
DIACRITICS_RE = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]"
)
# tatweel (kashida) used for justification — "المنظمـــات"
TATWEEL_RE = re.compile("\u0640+")
# Arabic presentation forms A and B (PDF extraction artefacts) — "ﺍﻟﻌﺮﺍﻕ", "ﻻ"
PRESENTATION_FORMS_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")
# zero-width and directional controls that PDFs and word processors leave in text — "\u200fالعراق"
INVISIBLES_RE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c]")
# a word with its diacritics and tatweel (for topic tokens) — "والمُنظّمـات", "NGOs"
WORD_RE = re.compile(r"[^\W_]+(?:[\u0640\u064b-\u065f\u0670][^\W_]*)*")
