"""How much of a source survives an extractor, and what the extractor's text looks like."""

from __future__ import annotations

import re
import unicodedata

# Bidi formatting characters extractors emit: LRM, RLM, ALM, LRE..RLO, LRI..PDI.
BIDI = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
BIDI_RE = re.compile(f"[{BIDI}]")
# An Arabic-script word: letters (Arabic and Persian/Urdu), harakat, dagger alif, ZWNJ;
# tatweel (U+0640) is not a word character, so kashida junk splits a word.
WORD_RE = re.compile(r"[\u0621-\u063a\u0641-\u065f\u0670-\u06d3\u06d5\u200c]+")
# Presentation forms, but not the ornate parentheses U+FD3E/U+FD3F (﴾ ﴿): they sit in the
# same block yet are punctuation a source types itself (Qur'an quotes), not an extractor's glyph.
FORMS_RE = re.compile(r"[\ufb50-\ufd3d\ufd40-\ufdff\ufe70-\ufeff]")
ARABIC_LETTER_RE = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]")
SHOW = {
    "\u200e": "<LRM>",
    "\u200f": "<RLM>",
    "\u061c": "<ALM>",
    "\u202a": "<LRE>",
    "\u202b": "<RLE>",
    "\u202c": "<PDF>",
    "\u202d": "<LRO>",
    "\u202e": "<RLO>",
    "\u2066": "<LRI>",
    "\u2067": "<RLI>",
    "\u2068": "<FSI>",
    "\u2069": "<PDI>",
    "\u200c": "<ZWNJ>",
    "\u200d": "<ZWJ>",
    "\r": "<CR>",
}


def words(text: str) -> set[str]:
    """Arabic-script word types (two characters or more) of ``text``, bidi controls removed."""
    return {w for w in WORD_RE.findall(BIDI_RE.sub("", text)) if len(w.replace("\u200c", "")) > 1}


def stats(raw: str, source: str) -> dict[str, float]:
    """``coverage``: share of the source's Arabic word types found verbatim in ``raw`` (bidi
    controls removed); ``nfkc``: the same after NFKC (presentation forms -> letters);
    ``reversed``: share found only letter-reversed (visual order); per page: bidi controls,
    presentation forms, tatweel beyond the source's, CR LF."""
    pages = max(raw.count("\f"), 1)
    src = words(source)
    found = words(raw)
    found_nfkc = words(unicodedata.normalize("NFKC", raw))
    reversed_ = {w for w in src - found_nfkc if w[::-1] != w and w[::-1] in found_nfkc}
    extra_tatweel = max(raw.count("\u0640") - source.count("\u0640"), 0)
    return {
        "coverage": len(src & found) / len(src),
        "nfkc": len(src & found_nfkc) / len(src),
        "reversed": len(reversed_) / len(src),
        "letters": len(ARABIC_LETTER_RE.findall(unicodedata.normalize("NFKC", raw)))
        / max(len(ARABIC_LETTER_RE.findall(source)), 1),
        "pages": raw.count("\f"),
        "bidi": len(BIDI_RE.findall(raw)) / pages,
        "forms": len(FORMS_RE.findall(raw)) / pages,
        "tatweel": extra_tatweel / pages,
        "crlf": raw.count("\r\n") / pages,
    }


def show(line: str) -> str:
    """A raw line with invisible characters named (``<RLE>``, ``<PDF>``, ``<CR>``, ...)."""
    return "".join(SHOW.get(ch, ch) for ch in line)


def excerpt(raw: str, n: int = 3) -> list[str]:
    """``n`` consecutive raw lines of body text: from the first line that mixes Arabic words,
    digits and Latin letters (a citation, usually), else from the first line of six Arabic
    words or more, else from the fourth non-empty line."""
    lines = [line for line in raw.replace("\f", "\n").split("\n") if line.strip()]

    def citation_like(line: str) -> bool:
        return (
            len(WORD_RE.findall(line)) >= 5
            and re.search(r"[0-9\u0660-\u0669\u06f0-\u06f9]", line) is not None
            and re.search(r"[A-Za-z]{2}", line) is not None
        )

    start = next((i for i, line in enumerate(lines) if citation_like(line)), None)
    if start is None:
        start = next((i for i, line in enumerate(lines) if len(WORD_RE.findall(line)) >= 6), None)
    if start is None:
        start = min(3, max(len(lines) - n, 0))
    return [show(line) for line in lines[start : start + n]]
