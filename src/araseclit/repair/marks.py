"""Put back the tanween fath that an extractor gave away from its word, and the word pieces.

Fonts that draw the tanween fath (U+064B) high (Amiri, Noto Naskh and Noto Sans Arabic
through LibreOffice) make pypdfium2 damage indefinite words in three ways, undone here:

* the visual line is cut at the word, its pieces given out of order, on the raw lines
  (:func:`rejoin_mark_pieces`: ``ا من إدارة النزاعات`` / ``ً`` / ``... صار جزء``, or
  ``ًزءا من`` / ``... صار ج``);
* the mark is shifted before its word, in the repaired lines (:func:`restore_shifted_marks`,
  below);
* with Noto Sans, the letters before a lam-alef carrying the tanween come backwards
  (:func:`restore_lam_alef_tanween`: ``لعافًا`` for ``فاعلًا``).

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

Two other extractors leave the mark out of place beside a line cut at its word
(:mod:`.lifted_tanween`): pdftotext may leave it at the end of the piece before the word,
on a word that cannot carry it (:func:`pass_displaced_marks`); pdfplumber, which gives
every line in visual order, puts the marks on a line of their own, and the words that lost
them can hide that the line beside it reads backwards (:func:`reverse_beside_plain_marks`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable

from araseclit.document import Line
from araseclit.repair import patterns as P
from araseclit.repair.chars import (
    decompose_presentation_forms,
    drop_unmapped_glyphs,
    join_detached_marks,
    join_stray_last_letter,
)
from araseclit.repair.diacritics_marks import restore_diacritics
from araseclit.repair.flip import word_direction
from araseclit.repair.lifted_tanween import (
    DISPLACED_FINAL_MARK,
    EMBEDDED_LINE,
    LONE_TANWEEN,
    with_tanween,
)

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
# a line opened by the alef of a tanween word cut before it: "ا أجد في الهوامش"
_CUT_ALEF = re.compile(rf"^ا(?![{_L}{_M}])")


def join_detached_alef(text: str) -> str:
    """The alef of a tanween word pypdfium2 cut off after the mark: ``منهجً ا`` -> ``منهجًا``."""
    return _DETACHED_ALEF.sub("", text)


def _join_cut_word(m: re.Match[str], common: Counter[str]) -> str:
    """Rejoin a word the mark cut (the mark goes before it, still displaced) when the
    document writes the whole word elsewhere, the first piece is a lone letter, or the
    document writes neither piece as a word anywhere else."""
    head, tail = m.group(1), m.group(2)
    unknown = common[head] + common[head + TANWEEN_FATH] <= 1 and common[tail] <= 1
    if (len(head) == 1 and head != "و") or common[head + tail] or unknown:
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
    """Undo pypdfium2's shifted tanween (:func:`restore_shifted_tanween`), then, in fully
    vowelled text, marks sorted onto the wrong letter and the spaces they moved
    (:func:`araseclit.repair.diacritics_marks.restore_diacritics`)."""
    restore_shifted_tanween(lines)
    restore_diacritics(lines)


def restore_shifted_tanween(lines: list[Line]) -> None:
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


# --- a visual line cut at its tanween word (pypdfium2, raw lines) -------------------------

#: the pieces of one cut visual line are together at most this share of a full line
PAIR_SHARE = 1.12
#: a full line is this quantile of the lengths of the document's non-blank lines
FULL_LINE_QUANTILE = 0.8

# control characters an extractor writes for glyphs the font left unmapped
_UNMAPPED = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
# a raw line that opens with the mark, then the head up to the hamza word that lost it,
# the start of the line and the piece after the word, opening with its cut alef
_PIECES_IN_LINE = re.compile(
    rf"^[ \f]*{TANWEEN_FATH}\s+(?P<head>[^{TANWEEN_FATH}]*?[{_L}]ء)\s+"
    rf"(?P<start>[^{TANWEEN_FATH}]*?[^\s{TANWEEN_FATH}{_M}])\s+(?P<piece>ا(?:\s.*)?)\s*$"
)
# a piece that opens with the mark and the rest of a word cut before it, which ends in
# alef or hamza ("ًزءا من", "ًاء بقوات", Noto Sans: "ً دريجيا"), or in its own detached
# mark and alef, the first mark then shifted from a later word ("ًفي ً ا تحليليا")
_MARK_REST = re.compile(
    rf"^[ \f]*{TANWEEN_FATH}(?P<space> ?)(?P<rest>[{_L}]+?)(?P<end>ا|ء|\s*{TANWEEN_FATH}\s*ا)"
    rf"(?![{_L}{_M}])(?P<after>(?:\s+.*)?)$"
)
#: letters at most of a word start whose rest follows a mark and a space ("ً دريجيا")
SPACED_START = 2
# the start of a word ending a line, cut before the rest of it: "صار ج", "وانته"
_WORD_START = re.compile(rf"(?<![{_L}{_M}])[{_L}]+(?<![اىة])(?=\s*$)")
# a raw line made only of tanween fath, without the embedding pdftotext wraps lines in
_MARK_LINE = re.compile(rf"^[ \f]*{TANWEEN_FATH}+[ \r]*$")
# the line head up to a word that lacks its mark, and what follows it when that holds no
# Arabic word (the end of the line, drawn after the word): "صار جزء", "الحكومية وسيط"
_HAMZA_HEAD = re.compile(rf"^(?P<head>.*[{_L}]ء)(?P<tail>(?:[^{_L}{_M}]|(?<![{_L}])[{_L}]\.)*)$")
_WORD_HEAD = re.compile(rf"^(?P<head>.*[{_L}](?<![اىة]))(?P<tail>\s*)$")
# a line that ends on a word whose mark pypdfium2 kept but whose alef it cut: "مرادفً"
_KEPT_MARK = re.compile(rf"[{_L}](?<![ءأئؤاةى]){TANWEEN_FATH}\s*$")
# a line that is the piece after such a word, opening with its alef: "ا لحماية الحدود"
_ALEF_LINE = re.compile(r"^\s*ا(?:[\s:،,.؛][^\n]*)?$")
# a raw line opening with a mark before its text: "ً بقوات الحشد"
_LEADING_MARK = re.compile(rf"^[ \f]*{TANWEEN_FATH}\s+(?=[{_L}])")
# a piece that opens with the alef cut off a tanween word: "ا من إدارة النزاعات"
_ALEF_PIECE = re.compile(r"(?:^|(?<=\s))ا(?:\s+[^\n]*)?$")
# the last run of Arabic text of a raw line, after a number or a Latin word
_LAST_ARABIC = re.compile(rf"(?<=[0-9A-Za-z)(:])\s+(?P<rest>[{_L}][^0-9A-Za-z()]*)$")


def _full(texts: list[str]) -> float:
    lengths = sorted(len(t.strip()) for t in texts if t.strip())
    if not lengths:
        return 0.0
    return float(lengths[min(len(lengths) - 1, int(FULL_LINE_QUANTILE * len(lengths)))])


def _split_before(prev: str, alef: bool) -> tuple[str, str] | None:
    """The line before the cut word's line -> (start of the visual line, piece after the
    word): the piece opens with the cut alef, or is the last Arabic run after a number or
    a Latin word (the whole line when it has none)."""
    text = prev.strip()
    if alef:
        m = _ALEF_PIECE.search(text)
        return (text[: m.start()].strip(), m.group()) if m else None
    m = _LAST_ARABIC.search(text)
    return (text[: m.start()].strip(), m.group("rest")) if m else ("", text)


def _rejoin(prev: str, line: str, full: float, lone: bool) -> tuple[str, bool] | None:
    """The cut word's ``line`` put back together with its piece from ``prev`` (the line
    before, without the mark) -> (the new line, whether ``prev`` was used up), or None.
    The word ends in hamza, or, next to a line of the mark alone, ends the line."""
    m = _HAMZA_HEAD.match(line.rstrip("\r")) or (lone and _WORD_HEAD.match(line.rstrip()))
    if not m:
        return None
    head, tail = m.group("head").strip(), m.group("tail").strip()
    hamza = head.endswith("ء")  # only a word ending in hamza carries the mark without alef
    for alef in (True, False) if hamza else (True,):
        split = _split_before(prev, alef)
        if split is None or not split[1]:
            continue
        start, piece = split
        if len(start) + len(piece) + len(line.strip()) > PAIR_SHARE * full:
            continue
        joined = " ".join(p for p in (start, head) if p)
        joined += TANWEEN_FATH + (piece if alef else " " + piece)
        return " ".join(p for p in (joined, tail) if p), True
    if not hamza:
        return None
    return " ".join(p for p in (head + TANWEEN_FATH, tail) if p), False


def _rejoin_in_line(text: str) -> str:
    """One raw line holding all the pieces (Noto): the mark, the line up to the hamza word
    that lost it, the start of the line, then the piece after the word with its cut alef:
    ``ً أن ... صار جزء التي تتوسط ... Kaldor ا من`` -> ``التي تتوسط ... Kaldor أن ... صار
    جزءًا من``."""
    m = _PIECES_IN_LINE.match(text)
    if m is None:
        return text
    return f"{m.group('start')} {m.group('head')}{TANWEEN_FATH}{m.group('piece')}"


def rejoin_mark_pieces(raw: list[str]) -> list[str]:
    """Raw lines with a visual line that pypdfium2 cut at a tanween word put back together.

    With a font that draws the tanween high (Amiri), pypdfium2 ends the visual line's
    text before the mark: what follows the word (the cut-off alef and the rest of the
    line, ``ا من إدارة النزاعات``) comes first, often after the start of the line, then
    the mark (a line of its own, or the start of the piece's line), then the line up to
    the word, which ends in hamza (``... صار جزء``). The word gets its mark and alef back
    and the piece after it, with the start before it, goes into the word's line; the
    lines they came from are left empty; when one line holds all the pieces they are
    reordered in it (:func:`_rejoin_in_line`); a word cut after its first letters takes
    back the piece with the rest of it (:func:`_rejoin_word_starts`). When pypdfium2 kept the mark on its word
    (Noto, ``... مرادفً`` after ``ا لحماية الحدود``), the piece just follows it. Without a cut alef (``غطاءً``) the piece is the
    last Arabic run of the line before. A piece is taken only when the pieces together
    are about one line; otherwise the mark just goes back on the word.
    """
    clean = [_UNMAPPED.sub("", r) for r in raw]  # glyphs the font left unmapped do not count
    out = list(clean)
    full = _full(clean)
    out = [_rejoin_in_line(t) for t in out]
    for i in range(len(out) - 1):
        if _KEPT_MARK.search(out[i + 1]) and (m := _ALEF_LINE.match(out[i])):
            if len(out[i].strip()) + len(out[i + 1].strip()) <= PAIR_SHARE * full:
                out[i], out[i + 1] = "", out[i + 1].rstrip() + m.group().strip()
            continue
        lone = _MARK_LINE.match(out[i]) is not None
        if lone and i > 0 and out[i - 1].strip():
            before, after, prev = i - 1, i + 1, out[i - 1]
        elif (m := _LEADING_MARK.match(out[i])) is not None:
            before, after, prev = i, i + 1, out[i][m.end() :]
        else:
            continue
        if not out[after].strip() or (found := _rejoin(prev, out[after], full, lone)) is None:
            continue
        if not (lone or found[1]):
            continue  # a mark opening a full line is shifted there from a word of its own
        out[after] = found[0]
        if lone:
            out[i] = ""
        if found[1]:
            out[before] = ""
    _rejoin_word_starts(out, full)
    return [new if new != old else r for r, old, new in zip(raw, clean, out, strict=True)]


def _give_next(after: str) -> str | None:
    """``after`` with a shifted mark on its first word that lacks one, or None."""
    for w in _LINE_WORD.finditer(after):
        if _is_slot(w.group().replace(" ", ""), Counter()):
            head = w.group()[:-1].rstrip()
            return after[: w.start()] + head + TANWEEN_FATH + "ا" + after[w.end() :]
    return None


def _rejoin_word_starts(out: list[str], full: float) -> None:
    """A line ending in the start of a word (``... صار ج``) after a piece that opens with
    the mark and the rest of that word (``ًزءا من``, Noto): the piece follows the start,
    the mark back before the word's final alef or after its hamza. Again while the line
    ends in such a start, as a line cut at two words gives two pieces."""
    for k in range(1, len(out)):
        j = k - 1
        while j >= 0 and (m := _MARK_REST.match(out[j])) and (e := _WORD_START.search(out[k])):
            if len(out[j].strip()) + len(out[k].strip()) > PAIR_SHARE * full:
                break
            if m.group("space") and len(e.group()) > SPACED_START:
                break
            word = e.group() + m.group("rest")
            end, after = m.group("end"), m.group("after").rstrip()
            word += "ء" + TANWEEN_FATH if end == "ء" else TANWEEN_FATH + "ا"
            line = out[k].rstrip()[: e.start()] + word
            if len(end) > 1:  # the first mark was shifted there from a later word
                given = _give_next(after)
                line = line if given is not None else TANWEEN_FATH + " " + line
                after = given if given is not None else after
            out[k] = line + after
            out[j] = ""
            j -= 1


# --- the lam-alef with tanween read backwards (Noto Sans) --------------------------------

# a word ending in the tanween of a lam-alef whose lam came first: "لعافًا", "ملخدًا"
_LAM_FIRST = re.compile(
    rf"(?<![{_L}{_M}])(?P<pre>[{_L}]?)(?P<seg>ل[{_L}]*[{_L}](?<!ل)){TANWEEN_FATH}ا(?![{_L}{_M}])"
)


def _support(stem: str, types: set[str], skip: str) -> int:
    """How many other word types of the document hold ``stem``."""
    return sum(1 for t in types if stem in t and skip not in t)


def restore_lam_alef_tanween(lines: list[Line]) -> None:
    """Noto Sans draws a lam-alef that carries tanween (``فاعلًا``) as one glyph, and
    pypdfium2 gives the letters before it from the lam backwards, up to a kashida break:
    ``لعافًا``, ``ملخدًا`` (for ``مدخلًا``). Such a word is read forwards again when the
    document's other words hold the forward letters (``الفاعلين``) and not the given ones.
    """
    types = {w for ln in lines for w in _WORD.findall(ln.text)}

    def turn(m: re.Match[str]) -> str:
        seg = m.group("seg")
        given, fwd = m.group("pre") + seg, m.group("pre") + seg[::-1]
        if _support(fwd, types, m.group()) > _support(given, types, m.group()):
            return fwd + TANWEEN_FATH + "ا"
        return m.group()

    for ln in lines:
        fixed = _LAM_FIRST.sub(turn, ln.text)
        if fixed != ln.text:
            ln.text, ln.changed = fixed, True


# --- pdftotext: a mark left at the end of the piece before its word -------------------------


def pass_displaced_marks(lines: list[Line]) -> None:
    """A tanween fath pdftotext left at the end of a piece, on a word that cannot carry it,
    belongs to the word that lost it: the first word of what is read next, when that word
    lacks one ("... أدتً" + "دورا مهمًا ..." -> "... أدت" + "دورًا مهمًا ...").
    Not where the line before opens with the alef the word was cut from (``ا أجد ...``
    given before ``... أحيانً``, or ``ا: المشترك`` before ``عً``): pypdfium2 cut the word
    before its alef and gave the pieces last first (:mod:`.mark_cuts`), and the mark is
    where it belongs, before that alef."""
    text_lines = [ln for ln in lines if ln.text.strip() and not LONE_TANWEEN.match(ln.text)]
    for k, (a, b) in enumerate(itertools.pairwise(text_lines)):
        if a.page != b.page or not DISPLACED_FINAL_MARK.search(a.text.rstrip()):
            continue
        if k and _CUT_ALEF.match(text_lines[k - 1].text.strip()):
            continue
        fixed = with_tanween(b.text.strip())
        if fixed is not None:
            a.text, a.changed = a.text.rstrip()[:-1].rstrip(), True
            b.text, b.changed = fixed, True


# --- pdfplumber: the lifted marks on a line of their own, the text line in visual order ---

# an Arabic word as a visual-order line gives it: "الخدم" (for "مدخلا")
_ARABIC_WORD = re.compile(rf"[{_L}][{_L}{P.ARABIC_MARK}]*")


def _backwards(text: str, lost: int) -> bool:
    """The words of ``text`` read backwards once ``lost`` words that look definite are not
    counted as reading forwards: a word ending in lam-alef that lost its tanween ("مدخلا"),
    read backwards, opens like the article ("الخدم")."""
    back = fwd = 0.0
    for word in _ARABIC_WORD.findall(text):
        b, f = word_direction(word)
        if f and lost and word.startswith("ال"):
            lost, f = lost - 1, 0.0
        back, fwd = back + b, fwd + f
    return back >= REVERSED_MIN and back > 2 * fwd


#: backward evidence (:func:`.flip.word_direction`) a line needs to be read backwards
REVERSED_MIN = 1.2


def reverse_beside_plain_marks(
    lines: list[Line], cleaned: list[str], reverse: Callable[[str], str]
) -> None:
    """A line of a visual-order extraction (pdfplumber) left unreversed because the words
    whose tanween was lifted onto the mark line beside it read forwards.

    pdfplumber gives the lifted marks a line of their own, without any embedding (``ً ً``);
    a word ending in lam-alef that lost one reads backwards like a definite word, and two
    such words can outweigh the line's other evidence. As many of the line's definite-looking
    words as the mark line holds marks are not counted; a line that then reads backwards is
    turned round by ``reverse`` (from its ``cleaned`` raw line)."""
    for i, ln in enumerate(lines):
        if not LONE_TANWEEN.match(ln.raw or "") or EMBEDDED_LINE.match(ln.raw or ""):
            continue
        lost = (ln.raw or "").count(TANWEEN_FATH)
        for j in (i + 1, i - 1):
            if not 0 <= j < len(lines) or lines[j].page != ln.page:
                continue
            target = lines[j]
            if _ARABIC_WORD.search(target.text) and _backwards(target.text, lost):
                raw = cleaned[target.line - 1] if 0 < target.line <= len(cleaned) else ""
                text = decompose_presentation_forms(drop_unmapped_glyphs(raw.replace("\f", "")))
                target.text = reverse(join_stray_last_letter(join_detached_marks(text)))
                target.changed = True
                break
