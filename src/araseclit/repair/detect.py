"""Is a line scrambled, and in which way? Evidence is counted, never guessed from one sign."""

from __future__ import annotations

from typing import Literal

from araseclit.repair import patterns as P

Order = Literal["logical", "reversed", "runs", "islands", "embedded", "words"]

#: Arabic words that legitimately end in what looks like a reversed article ``لا``
_ENDS_IN_LA = frozenset({"لا", "ولا", "إلا", "ألا", "فلا", "كلا", "بلا", "هلا", "الا"})
_FINAL_ONLY = ("ة", "ى")  # letters that only ever end a word
#: "وال", "بال", "فال", "كال", "لل" read backwards at a word end: "ةلودلاو"
_REVERSED_PREFIX = ("لاو", "لاب", "لاف", "لاك", "لل")
#: plural endings "ين", "ون", "ات" read backwards at a word start: "نيثحابلا", "تامظنملا"
_REVERSED_SUFFIX = ("ني", "نو", "تا")


def word_direction(word: str) -> tuple[float, float]:
    """(backwards, forwards) evidence for one Arabic word (see :func:`reversed_words`)."""
    back = fwd = 0.0
    if len(word) < 3:
        return back, fwd
    if word.startswith(_FINAL_ONLY) or word.endswith(_REVERSED_PREFIX):
        back += 1
    elif word.startswith(_REVERSED_SUFFIX):
        back += 0.3
    if word.endswith("لا") and word not in _ENDS_IN_LA:
        back += 0.4  # also adverbs such as "مثلا", "أولا": weak evidence alone
    if word.startswith("ال") or word.endswith(_FINAL_ONLY):
        fwd += 1
    return back, fwd


def reversed_words(line: str) -> tuple[float, float]:
    """(backwards, forwards): Arabic words that read as reversed vs. as normal.

    ``ةلودلاو`` is backwards (teh marbuta first, article last); ``والدولة`` forwards.
    """
    back = fwd = 0.0
    for m in P.ARABIC_RUN.finditer(line):
        b, f = word_direction(m.group())
        back, fwd = back + b, fwd + f
    return back, fwd


def evidence(line: str) -> dict[Order, float]:
    """How strongly ``line`` looks like each scrambled order (0 = no sign of it)."""
    back, fwd = reversed_words(line)
    reversed_score = back / (back + fwd) if back > 2 * fwd and back >= 1.2 else 0.0
    # some words backwards, others not (pypdfium2 on Chromium PDFs): words, not the line
    words_score = 0.5 if back >= 1 and fwd >= 1 and not reversed_score else 0.0
    runs = 0.0
    runs += 0.5 * bool(P.LEADING_PUNCT.match(line))
    runs += 0.4 * len(P.DIGIT_THEN_ARABIC.findall(line))
    runs += 0.4 * len(P.PAGE_BEFORE_YEAR.findall(line))
    runs += 0.5 * bool(P.TRAILING_PUNCT_NUMBER.search(line))
    runs += 0.4 * len(P.LATIN_SPACE_COMMA_YEAR.findall(line))
    runs += 0.5 * bool(P.LATIN_MIRRORED_START.match(line))
    runs += 0.4 * len(P.GLUED_LEADING_PUNCT.findall(line))
    mirrored = 0.3 * len(P.MIRRORED_BRACKET.findall(line))
    islands = 0.6 * len(P.COMMA_BEFORE_LATIN.findall(line))
    islands += 0.4 * len(P.COLON_BEFORE_YEAR.findall(line))
    islands += 0.4 * len(P.PUNCT_BEFORE_NUMBER.findall(line))
    return {
        "logical": 0.0,
        "reversed": reversed_score,
        "runs": min(1.0, runs + mirrored) if runs > 0 else mirrored,
        "islands": min(1.0, islands + mirrored) if islands > 0 else mirrored,
        "embedded": 1.0 if "\u202a" in line or "\u202b" in line else 0.0,
        "words": words_score,
    }


def detect_scramble(line: str) -> float:
    """0..1: how scrambled ``line`` looks (0 = reads as clean logical-order text)."""
    ev = evidence(line)
    # mixed word directions alone are too common in clean text to count (they decide only
    # for a whole document, in :func:`document_order`)
    return min(1.0, max(v for k, v in ev.items() if k != "words"))


def document_order(lines: list[str]) -> Order:
    """The scrambled order most lines of a document show ("logical" if none does).

    Lines with only ambiguous signs (a mirrored bracket) are repaired in this order.
    """
    filled = [ln for ln in lines if ln.strip()]
    if sum("\u202b" in ln for ln in filled) > 0.3 * len(filled):
        return "embedded"
    evidences = [evidence(ln) for ln in filled]
    # lines holding both backwards and forwards words: rare in a reversed extraction
    mixed = sum(1 for ln in filled if min(reversed_words(ln)) >= 1)
    if mixed > 0.3 * len(filled):
        return "words"
    if sum(ev["reversed"] > 0 for ev in evidences) > 0.3 * len(filled):
        return "reversed"
    totals: dict[Order, float] = {"runs": 0.0, "islands": 0.0}
    for ev in evidences:
        for key in totals:
            totals[key] += ev[key]
    best = max(totals, key=lambda k: totals[k])
    return best if totals[best] > 0 else "logical"
