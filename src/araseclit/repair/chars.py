"""Character-level repairs: one small ``str -> str`` function per phenomenon.

Each is safe on clean logical text (it changes nothing there), so the orchestrator may run
them on every line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from araseclit.repair import patterns as P

#: what NFKC makes of presentation forms that is not Arabic proper -> the Arabic letter
_URDU_TO_ARABIC = str.maketrans({"\u06c1": "ه", "\u06be": "ه", "\u06cc": "ي", "\u06a9": "ك"})
#: Persian keyboard letters inside Arabic words -> the Arabic letters they stand for
_PERSIAN_TO_ARABIC = str.maketrans({"\u06cc": "ي", "\u06a9": "ك"})
_OPENERS = {"(": ")", "[": "]", "«": "»"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
#: characters after which a bracket reads as closing: "2017)." "(88)،"
_AFTER_CLOSER = set(".،,:;؛!?؟") | set(_CLOSERS)


def drop_bidi_controls(line: str) -> str:
    """Remove bidi embeddings, overrides, isolates and marks (``\\u202b...\\u202c``)."""
    return P.BIDI_CONTROLS.sub("", line)


def decompose_presentation_forms(line: str) -> str:
    """NFKC on Arabic presentation forms only (``\\ufefb`` -> ``لا``), never yielding Urdu letters."""
    if not P.PRESENTATION_FORM.search(line):
        return line
    return P.PRESENTATION_FORM.sub(
        lambda m: unicodedata.normalize("NFKC", m.group()).translate(_URDU_TO_ARABIC), line
    )


def drop_unmapped_glyphs(line: str) -> str:
    """Remove glyphs with no text (kashida, ligature parts): pdfminer's ``(cid:30)``, control
    characters and asterisks inside words (``الدول**ة`` -> ``الدولة``)."""
    return P.KASHIDA_GLYPH.sub("", P.UNMAPPED_GLYPH.sub("", line))


def _ligature(m: re.Match[str]) -> str:
    text = m.group()
    if m.group(1):
        return "ال" + m.group(1)  # "األ" -> "الأ"
    if m.group(2):
        return "ل\u064bا"  # "اًل" -> "لًا"
    return "لا" if text == "ال" else "لى"


def _unmarked_ligature(m: re.Match[str]) -> str:
    if m.group(2) is not None:
        return m.group(2) + "لا"  # "ولًا" -> "ولا"
    if m.group(3) is not None:
        return m.group(3) + "لا"  # "واًل" -> "ولا"
    return "الا" if m.group(1) else "لا"  # "اًال" -> "الا", "اًل" -> "لا"


def _swapped(m: re.Match[str]) -> str:
    if m.group(2):
        return "لل" + m.group(2)  # "لألمن" -> "للأمن"
    if m.group(3) is not None:
        return m.group(3) + "للا"  # "لالستقرار" -> "للاستقرار"
    return (m.group(1) or "") + "لا"


#: how much likelier (nats) a standalone "ال" joined to the next word must read than swapped
#: ("الذي" against "لا ذي"), fitted on the 48 Thabit renditions of ``corpora/calibration``
#: (with and without bidi controls; mean CER with the swap alone 12.98%): 0 -> 12.95%, 24
#: files better and 8 worse; 4 -> 12.92%, 24/8; 8 -> 12.92%, 20/2; 12 -> 12.94%, 12/0
JOIN_MARGIN = 8.0
# a word after a standalone "ال" and the space before it: "ال ذي" (group 1: the word)
_WORD_AFTER = re.compile(f" ([{P.ARABIC_LETTER}][{P.ARABIC_LETTER}{P.ARABIC_MARK}]*)")


def fix_swapped_lam_alef(line: str, better: Callable[[str, str], float] | None = None) -> str:
    """``ال يعد`` -> ``لا يعد``, ``لألمن`` -> ``للأمن``, ``تحوالت`` -> ``تحولات``,
    ``لالستقرار`` -> ``للاستقرار``: for documents
    whose font gives every lam-alef alef first (see :func:`fix_ligature_order`).

    A standalone ``ال`` may also be an article a gap parted from its word (``ال ذي`` for
    ``الذي``, a font that sets letters apart): with ``better`` (how much likelier a line is
    than another, :meth:`araseclit.textmodel.scorer.TextScorer.gain`), each such token is
    joined to the next word where that reads better than the swap (``الذي``, not ``لا ذي``).
    "Leave it" is weighed on the whole line by the callers (the line as fixed must read
    better than as it stands): weighed per token, it lost the swap where the scorer prefers
    a lone ``ال`` in context (``الأمن ال يتحقق``), and 32 of 78 Thabit renditions of
    ``corpora/clean`` read worse."""
    if better is None:
        return P.LAM_ALEF_SWAPPED.sub(_swapped, line)
    out: list[str] = []
    pos = 0
    for m in P.LAM_ALEF_SWAPPED.finditer(line):
        out.append(line[pos : m.start()])
        pos = m.end()
        if m.group(1) is None:  # forms no word has ("لألمن", "تحوالت"): the swap is the reading
            out.append(_swapped(m))
            continue
        swap, tail = _swapped(m), line[m.end() :]
        after = _WORD_AFTER.match(tail)
        if after:
            head, joined = "".join(out), m.group() + after.group(1)
            rest = tail[len(after.group()) :]
            if better(head + swap + tail, head + joined + rest) > JOIN_MARGIN:
                out.append(joined)
                pos += len(after.group())
                continue
        out.append(swap)
    out.append(line[pos:])
    return "".join(out)


def swapped_lam_alef_signs(lines: list[str]) -> int:
    """How many lam-alef ligatures the raw lines show read alef first (``األمن``, ``مجاالت``),
    in either direction: visual-order extractions (pdfplumber) give the same signs backwards
    (``نمألا``), so each line is read reversed too (a logical line shows almost none so)."""
    find = P.LIGATURE_ALEF_FIRST.findall
    return sum(len(find(line)) + len(find(line[::-1])) for line in lines)


def fix_ligature_order(line: str) -> str:
    """A lam-alef ligature read alef first: ``األمن`` -> ``الأمن``, ``االستقرار`` ->
    ``الاستقرار``, ``فاعاًل`` -> ``فاعلًا``, ``عىل`` -> ``على``, ``الآالف`` -> ``الآلاف``; and
    one given a fathatan it cannot carry: ``اًلحقًا`` -> ``لاحقًا``, ``ولًا`` -> ``ولا``."""
    return P.LIGATURE_ALEF_FIRST.sub(_ligature, P.LIGATURE_FATHATAN.sub(_unmarked_ligature, line))


def join_detached_marks(line: str) -> str:
    """A diacritic never follows a space, and tanween fath sits on the letter before the
    final alef: ``جديد ًا`` -> ``جديدًا``, ``فاعًلا`` -> ``فاعلًا``."""
    return P.EARLY_TANWEEN.sub(r"\2\1\3", P.DETACHED_MARK.sub("", line))


def join_stray_last_letter(line: str) -> str:
    """``،ی)الکعب`` -> ``)الکعبی،`` (raw): the letter, and the comma after it, rejoin the word
    as in the other citations of such a line (``)الحميد،``)."""
    return P.STRAY_LAST_LETTER.sub(r"\3\4\2\1", line)


def unify_persian_letters(line: str) -> str:
    """Farsi yeh and keheh typed into Arabic words become Arabic yeh and kaf (``الکعبی``)."""
    return line.translate(_PERSIAN_TO_ARABIC)


#: four-digit numbers that are solar or lunar Hijri years (``1402``, ``1444``)
HIJRI_YEARS = (1300, 1500)


def fix_reversed_digits(line: str, lo: int = 1900, hi: int = 2100) -> str:
    """Read four-digit numbers backwards when only the reverse is a plausible year.

    Meant for running headers and footers, where ``6202`` stands for 2026. A Hijri year is a
    year too: ``(1402)`` in a reference entry is not 2041 backwards.
    """

    def flip(m: re.Match[str]) -> str:
        s = m.group()
        value, back = _int(s), _int(s[::-1])
        hijri = HIJRI_YEARS[0] <= value <= HIJRI_YEARS[1]
        if not (lo <= value <= hi or hijri) and lo <= back <= hi:
            return s[::-1]
        return s

    return P.FOUR_DIGITS.sub(flip, line)


def _int(digits: str) -> int:
    return int("".join(str(unicodedata.digit(c)) for c in digits))


def _bracket_role(line: str, i: int) -> str | None:
    """``open``/``close`` when the spacing around ``line[i]`` says so, None if it is ambiguous."""
    before = line[i - 1] if i else " "
    after = line[i + 1] if i + 1 < len(line) else " "
    if P.LOCATOR_LEAD.match(line, 0, i):
        return "close"  # "81(وفي": the page of a citation continued from the line before
    open_like = (before.isspace() or before in _OPENERS) and not (
        after.isspace() or after in _AFTER_CLOSER
    )
    close_like = not (before.isspace() or before in _OPENERS) and (
        after.isspace() or after in _AFTER_CLOSER
    )
    if open_like != close_like:
        return "open" if open_like else "close"
    return None


def unmirror_brackets(line: str) -> str:
    """Turn brackets and guillemets the right way round, judged by their spacing and balance.

    ``)الحميد، 2019: 27(`` -> ``(الحميد، 2019: 27)``; a lone ``(`` at the end of a line is
    left alone (the citation goes on in the next line).
    """
    chars = list(line)
    spots = [
        (i, ch if ch in _OPENERS else _CLOSERS[ch], _bracket_role(line, i))
        for i, ch in enumerate(line)
        if ch in _OPENERS or ch in _CLOSERS
    ]
    # for each bracket, whether a bracket of its pair that its spacing calls a closer comes
    # later in the line (one pass from the end, so the whole line is linear)
    closes_later: list[bool] = [False] * len(spots)
    seen: set[str] = set()
    for k in range(len(spots) - 1, -1, -1):
        closes_later[k] = spots[k][1] in seen
        if spots[k][2] == "close":
            seen.add(spots[k][1])
    depth = {o: 0 for o in _OPENERS}
    for k, (i, opener, role) in enumerate(spots):
        ch = line[i]
        if role is None:  # glued on both sides: keep the line balanced
            role = "close" if depth[opener] > 0 else ("open" if ch == opener else "close")
        elif role == "open" and depth[opener] > 0 and not closes_later[k]:
            role = "close"  # a second opener with nothing left to close it closes the first
        chars[i] = opener if role == "open" else _OPENERS[opener]
        depth[opener] = depth[opener] + 1 if role == "open" else max(0, depth[opener] - 1)
    return "".join(chars)


def fix_latin_comma(line: str) -> str:
    """``Hiltermann  ،2017`` -> ``Hiltermann، 2017`` (comma glued to the year)."""
    return P.LATIN_COMMA_YEAR.sub(r"\1، ", line)


def fix_locator_order(line: str) -> str:
    """Year before page in a citation locator: ``58:  2021`` / ``:2021 58`` -> ``2021: 58``."""
    line = P.COLON_BEFORE_YEAR.sub(r"\1: \2", line)
    return P.PAGE_BEFORE_YEAR.sub(r"\2: \1", line)


def tidy_spacing(line: str) -> str:
    """One space between words and around brackets, none before ``، : . )`` or inside brackets."""
    line = join_detached_marks(P.SEPARATOR_SPACE_FLIPPED.sub(r"\1 ", line))
    line = P.NEEDS_SPACE.sub(" ", line)
    line = P.MULTI_SPACE.sub(" ", line.strip())
    line = P.SPACE_BEFORE_PUNCT.sub(r"\1", line)
    line = P.SPACE_INSIDE_OPEN.sub(r"\1", line)
    return P.SPACE_INSIDE_CLOSE.sub(r"\1", line)


def move_heading_number(line: str) -> str:
    """``المقدّمة 2.1`` -> ``2.1 المقدّمة`` (a section number stranded at the line end)."""
    m = P.HEADING_NUMBER_END.search(line)
    if m is None or P.HEADING_NUMBER_START.match(line):
        return line
    return f"{m.group(1)} {line[: m.start()].strip()}"
