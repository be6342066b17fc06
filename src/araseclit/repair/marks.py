"""Put back the tanween fath that pypdfium2 drew away from its word (Noto fonts).

With Noto Naskh and Noto Sans Arabic (LibreOffice), pypdfium2 gives the tanween fath
(U+064B) of an indefinite word at the wrong place of its line. Each mark leaves its word
and lands earlier in the line: at the start of the line (``ً منهجًا وصفيًا تحليليا``),
on the first letter of a word (``ًشرط``), inside the word itself (``قيًودا``) or between the
letter and the alef of the tanween word before (``منهج ً ا``, the alef then stands alone).
In logical order a displaced mark therefore lies *before* the word that lost it, and
the marks of a line are shifted one word each: every mark goes to the nearest word after
it that ends in a bare alef and has no mark (:func:`restore_shifted_marks`).

The evidence is in the text itself: a tanween fath only ever ends a word (``غطاءً``) or
stands before its final alef or alef maksura (``جديدًا``, ``هدًى``); anywhere else it was
displaced. A word that lost its mark ends in alef after a letter that can carry one; the
pronoun suffix ``ها`` never carries it, and a bare form the document writes several times
elsewhere is an ordinary word (``هذا``, ``كما``), not one that lost a mark.
"""

from __future__ import annotations

import re
from collections import Counter

from araseclit.document import Line
from araseclit.repair import patterns as P

TANWEEN_FATH = "\u064b"
#: a bare word the document writes at least this often is an ordinary word, not one that
#: lost its mark
ORDINARY_WORD = 2
#: displaced marks a document must show before its marks are moved
MIN_DISPLACED = 3

_L = P.ARABIC_LETTER
_M = P.ARABIC_MARK
# a tanween fath followed by a space and a lone alef: "منهجً ا" -> "منهجًا"
_DETACHED_ALEF = re.compile(rf"(?<=[{_L}]{TANWEEN_FATH}) (?=ا(?![{_L}{_M}]))")
# a tanween fath where none can stand: not after a letter, or followed by letters other
# than the final alef or alef maksura of its word ("ً منهج", "ًشرط", "قيًودا")
_DISPLACED = re.compile(
    rf"(?<![{_L}]){TANWEEN_FATH}|{TANWEEN_FATH}(?=[{_L}])(?![اى](?![{_L}{_M}]))"
)
# an Arabic word (letters and marks)
_WORD = re.compile(rf"[{_L}{_M}]+")
# a word of a line, with the lone alef pypdfium2 cut off it: "تراجع ا"
_LINE_WORD = re.compile(rf"[{_L}{_M}]+(?: ا(?![{_L}{_M}]))?")
# a word cut where the mark fell into it, the mark kept on its first piece: "الأثً ر"
_CUT_WORD = re.compile(rf"(?<![{_L}{_M}])([{_L}]+)(?<![ءأئؤةاى]){TANWEEN_FATH} ([{_L}]+)")
_DEFINITE = re.compile(r"(?:[وفبك]?ال|لل)")


def join_detached_alef(text: str) -> str:
    """The alef of a tanween word pypdfium2 cut off after the mark: ``منهجً ا`` -> ``منهجًا``."""
    return _DETACHED_ALEF.sub("", text)


def _join_cut_word(m: re.Match[str], common: Counter[str]) -> str:
    """Rejoin a word the mark cut (the mark goes before it, still displaced) when the
    document writes the whole word elsewhere or the first piece is a lone letter."""
    head, tail = m.group(1), m.group(2)
    if (len(head) == 1 and head != "و") or common[head + tail]:
        return TANWEEN_FATH + head + tail
    return m.group()


def _is_slot(word: str, common: Counter[str]) -> bool:
    """A word that ends in a bare alef and may have lost its tanween fath."""
    if TANWEEN_FATH in word or len(word) < 3 or not word.endswith("ا"):
        return False
    if _DEFINITE.match(word) or word.endswith("ها"):
        return False
    return common[word] < ORDINARY_WORD


def _restore_line(text: str, common: Counter[str]) -> str:
    """Every displaced mark of a line to the nearest word after it that lost its own."""
    marks = [m.start() for m in _DISPLACED.finditer(text)]
    if not marks:
        return text
    words = [(m.start(), m.end()) for m in _LINE_WORD.finditer(text)]
    chars = list(text)
    taken: set[int] = set()
    moved: list[int] = []
    for pos in marks:
        for k, (a, b) in enumerate(words):
            word = text[a:b].replace(TANWEEN_FATH, "").replace(" ", "")
            if b <= pos or k in taken:
                continue
            if TANWEEN_FATH in text[max(a, pos + 1) : b] or not _is_slot(word, common):
                continue
            taken.add(k)
            moved.append(pos)
            chars[b - 1] = TANWEEN_FATH + chars[b - 1]
            if chars[b - 2] == " ":  # the alef cut off its word comes back
                chars[b - 2] = ""
            break
    for pos in moved:
        chars[pos] = ""
    return re.sub(r"  +", " ", "".join(chars)).strip()


def restore_shifted_marks(lines: list[Line]) -> None:
    """Undo pypdfium2's shifted tanween: a mark where none can stand goes to the nearest
    word after it, in its line, that ends in a bare alef lacking one; the alef it cut off
    goes back to its word first. Only in documents with several displaced marks."""
    texts = [join_detached_alef(ln.text) for ln in lines]
    common = Counter(w for t in texts for w in _WORD.findall(t))
    texts = [_CUT_WORD.sub(lambda m: _join_cut_word(m, common), t) for t in texts]
    if sum(len(_DISPLACED.findall(t)) for t in texts) < MIN_DISPLACED:
        return
    for ln, text in zip(lines, texts, strict=True):
        fixed = _restore_line(text, common)
        if fixed != ln.text:
            ln.text, ln.changed = fixed, True
