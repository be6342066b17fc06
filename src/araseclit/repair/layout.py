"""Page layout: which lines are headers, footers, page numbers, headings; pages; paragraphs.

Works on lines already in logical order. Blank lines in PDF extractions are often not
paragraph ends, so paragraphs are inferred from sentence-final punctuation and line length.
"""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from collections import Counter

from araseclit.cite.patterns import REF_HEADING_RE
from araseclit.document import NOISE_KINDS, Line
from araseclit.repair import patterns as P
from araseclit.repair.chars import fix_reversed_digits, move_heading_number

#: a line shorter than this share of the typical line ends its paragraph (if it ends a sentence)
SHORT_LINE = 0.8
#: the most words a heading may have
HEADING_WORDS = 12
# a footnote separator rule: "________" or "-----"
_RULE = re.compile(r"^\s*[_\-–—]{5,}\s*$")
# digits of any script, for comparing running headers across pages: "2026" ~ "2027"
_ANY_DIGITS = re.compile(rf"[{P.DIGIT}]+")
# a year in a reference entry's first words: "الجبوري، سعد (2020)." | "Dodge, T. (2012)."
_EARLY_YEAR = re.compile(rf"(?<![{P.DIGIT}])[{P.DIGIT}]{{4}}(?![{P.DIGIT}])")


def _shape(text: str) -> str:
    return _ANY_DIGITS.sub("#", " ".join(text.split()))


def _repeated(texts: list[str]) -> set[str]:
    """Shapes of non-body-looking lines that recur on several pages (running heads)."""
    counts = Counter(_shape(t) for t in texts if t.strip())
    return {
        shape
        for shape, n in counts.items()
        if n >= 2 and len(shape) >= 8 and not P.SENTENCE_END.search(shape)
    }


# a journal's running head names its volume and issue: "المجلد 14، العدد 2" | "مج 3، ع 1" |
# "Vol. 14, No. 2"; a page-edge line with both is a running head even on a one-page
# document, where it cannot recur
_VOLUME = re.compile(rf"(?<!\w)(?:المجلد|مج\.?|Vol\.?|Volume)[\s،,:.]*[{P.DIGIT}]+", re.IGNORECASE)
_ISSUE = re.compile(rf"(?<!\w)(?:العدد|ع\.?|No\.?|Issue)[\s،,:.]*[{P.DIGIT}]+", re.IGNORECASE)


# what a reference entry or a sentence that names a volume and issue has and a running head
# has not: pages ("pp. 5-20", "ص 45-67", "249-272"), a year in brackets ("(2007)"), a
# closing full stop, or an end that continues on the next line ("العدد 3،")
_ENTRY_LIKE = re.compile(
    rf"\bpp?\.|(?<!\w)ص\.?\s*[{P.DIGIT}]|[{P.DIGIT}]\s*[-–]\s*[{P.DIGIT}]"
    rf"|\(\s*[{P.DIGIT}]{{4}}|[.،,;؛:\-–]\s*$"
)
# the year a running head ends its volume and issue with: "... العدد 2، 2026"
_HEAD_YEAR = re.compile(rf"(?<![{P.DIGIT}])[{P.DIGIT}]{{4}}\s*$")
#: the longest running head (the sample's are 50 to 90 characters)
MAX_JOURNAL_HEAD = 120


def _journal_head(text: str) -> bool:
    """A short line naming a volume and an issue and ending with the year, and nothing that
    makes it a reference entry or a sentence."""
    text = text.strip()
    return (
        len(text) <= MAX_JOURNAL_HEAD
        and bool(_VOLUME.search(text) and _ISSUE.search(text) and _HEAD_YEAR.search(text))
        and not _ENTRY_LIKE.search(text)
    )


def _raw_shape(ln: Line) -> str:
    return _shape(P.BIDI_CONTROLS.sub("", ln.raw or ""))


# a word of a line, for comparing running heads as bags of words
_BAG_WORD = re.compile(r"[^\W_]+")
#: words a line needs before its bag of words names it as a running head
BAG_WORDS = 4


def _bag(text: str) -> str:
    """A line's words, digits as ``#``, in sorted order: a running head that one page gives
    in another order than the others (pdftotext laid it out left to right there: "2026 ،2
    العدد،14 مجلة ... المجلد") has the same bag as theirs."""
    words = sorted(_BAG_WORD.findall(_shape(text)))
    return " ".join(words) if len(words) >= BAG_WORDS else ""


def _near_page_edge(lines: list[Line], i: int, reach: int = 2) -> bool:
    """Within ``reach`` non-blank lines of a page break (form feed or page-number line)."""
    for step in (-1, 1):
        seen, j = 0, i + step
        while 0 <= j < len(lines) and seen < reach:
            ln = lines[j]
            if ln.kind == "page_number" or (ln.page is not None and ln.page != lines[i].page):
                return True
            if ln.text.strip():
                seen += 1
            j += step
        if not 0 <= j < len(lines) and seen < reach and lines[i].page is not None:
            return True
    return False


def _is_heading(text: str) -> bool:
    words = text.split()
    if not words or len(words) > HEADING_WORDS or P.SENTENCE_END.search(text):
        return False
    return bool(P.HEADING_NUMBER_START.match(text)) and bool(P.ANY_ARABIC.search(text))


#: the longest line taken for a running header or footer: one line of a page (the sample's
#: are 50 to 90 characters); a longer line at a page edge is text
MAX_RUNNING_LINE = 250


def classify(lines: list[Line]) -> None:
    """Set ``kind`` of every line in place (noise first, then headings and footnotes)."""
    for ln in lines:
        if not ln.text.strip():
            ln.kind = "blank"
    for i in _page_numbers(lines):
        lines[i].kind = "page_number"
    repeated = _repeated([ln.text for ln in lines])
    # a running head read one way on one page and another way on the next (its reading
    # depends on the line before it) is still the same raw line
    raw_repeated = _repeated([P.BIDI_CONTROLS.sub("", ln.raw or "") for ln in lines])
    bags = _repeated([_bag(ln.text) for ln in lines if not P.SENTENCE_END.search(ln.text)])
    for i, ln in enumerate(lines):
        if ln.kind != "body":
            continue
        flipped = fix_reversed_digits(ln.text) != ln.text
        head = _shape(ln.text) in repeated or (
            ln.raw is not None and _raw_shape(ln) in raw_repeated
        )
        head = head or (_bag(ln.text) in bags and not P.SENTENCE_END.search(ln.text))
        head = head or (_journal_head(ln.text) and _near_page_edge(lines, i, reach=1))
        if (head or flipped) and len(ln.text) <= MAX_RUNNING_LINE and _near_page_edge(lines, i):
            before = any(x.kind == "body" for x in lines[:i] if x.page == ln.page)
            ln.kind = "footer" if before and ln.page is not None and not flipped else "header"
            ln.text = fix_reversed_digits(ln.text)
    _mark_headings(lines)
    _mark_footnotes(lines)


# a number with a dash on one side only is a list item's ("1-", "-2"), not a page's ("- 3 -")
_ONE_DASH = re.compile(r"^\s*(?:[-–—]\s*[^-–—]*|[^-–—]*[-–—])\s*$")


def _page_numbers(lines: list[Line]) -> list[int]:
    """The lines that are page numbers: a number alone on its line (:data:`P.PAGE_NUMBER_LINE`,
    not a list item's ``1-``). Where form feeds tell each line's page, a page number is its
    page's number, give or take the offset most of them share (the first page numbered 1, or
    13 in a journal issue): a number in a list whose words came one per line (``64`` of
    ``عدد الخطوط العاملة: 64 خطًا``, plain pdftotext) is text, not a page number."""
    found = [
        (i, _number(m.group(1)))
        for i, ln in enumerate(lines)
        if (m := P.PAGE_NUMBER_LINE.match(ln.text)) and not _ONE_DASH.match(ln.text)
    ]
    found = [(i, n) for i, n in found if n >= 1]
    if not found or any(lines[i].page is None for i, _ in found):
        return [i for i, _ in found]
    offsets = Counter(n - int(lines[i].page or 0) for i, n in found)
    best = max(offsets, key=lambda k: (offsets[k], -abs(k)))
    return [i for i, n in found if n - int(lines[i].page or 0) == best]


def _opens_reference_list(lines: list[Line], i: int) -> bool:
    """``المصادر`` / ``References`` alone on line ``i`` and the next text line carries a year
    early on, as a reference entry does. Such a line is the list's heading even when the line
    before it does not end a sentence (an extractor left a tanween or a digit at its end)."""
    if not REF_HEADING_RE.fullmatch(lines[i].text.strip()):
        return False
    nxt = next((ln for ln in lines[i + 1 :] if ln.kind not in NOISE_KINDS), None)
    return nxt is not None and bool(_EARLY_YEAR.search(nxt.text[:120]))


def _mark_headings(lines: list[Line]) -> None:
    """Short numbered lines after a sentence end are headings; a number stranded at the end
    (``المقدّمة 2.1``) moves to the front, but only there: ``... إلى 3.5`` in the middle of a
    paragraph is a number, not a heading. A reference-list heading alone on its line, before
    an entry, is a heading wherever it stands."""
    prev: Line | None = None
    for i, ln in enumerate(lines):
        if ln.kind in NOISE_KINDS:
            continue
        if ln.kind == "body" and _opens_reference_list(lines, i):
            ln.kind = "heading"
        after_break = prev is None or prev.kind == "heading"
        after_break = after_break or bool(P.SENTENCE_END.search(prev.text if prev else ""))
        if ln.kind == "body" and after_break:
            moved = move_heading_number(ln.text)
            if _is_heading(moved):
                ln.changed = ln.changed or moved != ln.text
                ln.text, ln.kind = moved, "heading"
        prev = ln


def _mark_footnotes(lines: list[Line]) -> None:
    """Lines after a separator rule, up to the page break, are footnotes."""
    in_notes = False
    page = None
    for ln in lines:
        if ln.page != page or ln.kind in ("page_number", "header"):
            in_notes, page = False, ln.page
        if _RULE.match(ln.text):
            in_notes = True
            ln.kind = "blank"
        elif in_notes and ln.kind == "body":
            ln.kind = "footnote"


def _number(digits: str) -> int:
    return int("".join(str(unicodedata.digit(c)) for c in digits))


def infer_pages(lines: list[Line], has_form_feeds: bool) -> None:
    """Without form feeds, a page-number line closes its page: pages are numbered from it.

    Only an increasing sequence of page numbers counts (a stray number is not a page break).
    """
    if has_form_feeds:
        return
    start, value = 0, 0
    for i, ln in enumerate(lines):
        m = P.PAGE_NUMBER_LINE.match(ln.text) if ln.kind == "page_number" else None
        if m is None or _number(m.group(1)) <= value:
            continue
        value = _number(m.group(1))
        for x in lines[start : i + 1]:
            x.page = value
        start = i + 1
    if value:
        for x in lines[start:]:
            x.page = value + 1


# an opening bracket left at the end of a line: "والدولة (" ; a Latin word broken at a hyphen: "Al-"
_DANGLING_OPENER = re.compile(r"\s*([(\[«])$")
_DANGLING_HYPHEN = re.compile(r"(?<=\s)([A-Za-z]+-)$")


def move_split_pieces(lines: list[Line]) -> None:
    """Give the next line what belongs to it: a dangling ``(`` or a hyphenated word start.

    Lines of a paragraph are joined with a space, so ``... (`` + ``2020: 54)`` would read
    ``( 2020: 54)`` and ``Al-`` + ``Marashi`` would read ``Al- Marashi``.
    """
    body = [ln for ln in lines if ln.kind not in NOISE_KINDS]
    for a, b in itertools.pairwise(body):
        if a.kind != b.kind or b.kind == "heading" or not b.text:
            continue
        for pattern in (_DANGLING_OPENER, _DANGLING_HYPHEN):
            m = pattern.search(a.text)
            if m and len(a.text) > len(m.group()):
                a.text = a.text[: m.start()].rstrip()
                b.text = m.group(1) + b.text
                a.changed = b.changed = True


# a line end that continues on the next line: "... العقد الاجتماعي (Dodge، 2020:"
_RUNS_ON = re.compile(r"[،,:;؛(\-–]\s*$")


def _blanks_mean_breaks(lines: list[Line]) -> bool:
    """Blank lines mark paragraphs when most of them follow the end of a sentence.

    (Some extractions put a blank line after every other line, mid-sentence.)
    """
    gaps = after_sentence = 0
    lengths = [len(ln.text.strip()) for ln in lines if ln.kind == "body"]
    typical = statistics.median(lengths) if lengths else 0
    alone = True  # the line after a blank (or the first) may be a block of its own
    for a, b in itertools.pairwise(lines):
        if a.kind == "blank":
            alone = True
            continue
        if a.kind in ("body", "footnote", "heading") and b.kind == "blank":
            gaps += 1
            # a heading, or a short line that does not run on and stands between blanks (a
            # title, ``المقدمة``), ends its block as a sentence does; a blank after a full
            # line mid-sentence, or after a piece of a cut line, does not
            text = a.text.strip()
            short = len(text) < SHORT_LINE * typical and not _RUNS_ON.search(text) and alone
            after_sentence += a.kind == "heading" or short or bool(P.SENTENCE_END.search(text))
        if a.kind not in NOISE_KINDS:
            alone = False
    return gaps > 0 and after_sentence >= 0.5 * gaps


#: the share of a document's widest lines (by length) its line width is read from
WIDTH_QUANTILE = 0.9
#: a line that runs on into the next at this share of the line width or more is a wrap
WRAP_SHARE = 0.7


def _line_width(body: list[Line]) -> int:
    """The document's line width: the length of its widest lines (:data:`WIDTH_QUANTILE`)."""
    lengths = sorted(len(ln.text.strip()) for ln in body)
    return lengths[min(len(lengths) - 1, int(WIDTH_QUANTILE * len(lengths)))] if lengths else 0


def _lines_are_wrapped(body: list[Line]) -> bool:
    """The document's line ends may be wraps inside paragraphs (an extractor's, a fixed-width
    editor's): some line runs on into the next one at the line width, or ends in a mark that
    runs on (``،``, ``:``). A text typed one paragraph, heading or item per line has no such
    line: its lines without a stop are short (a heading, a title) or there are none. Nor
    has a text none of whose lines ends a sentence: a wrapped text's paragraphs end at a
    line end, with their stop; lines that never do are a table's rows, a poem's verses, a
    letter's header (``إلى: …`` / ``الموضوع: …``), each ended by the writer (where repair
    changed none of them: an extraction's lines are its extractor's)."""
    if len(body) < 2:
        return True
    texts = [ln.text.strip() for ln in body if ln.kind == "body"]
    ended = any(P.SENTENCE_END.search(t) or _RUNS_ON.search(t) for t in texts)
    if not ended and not any(ln.changed for ln in body):  # (repaired lines are an extractor's)
        return False
    width = _line_width(body)
    for a, b in itertools.pairwise(body):
        text = a.text.strip()
        if a.kind != "body" or b.kind != "body" or P.SENTENCE_END.search(text):
            continue
        if len(text) >= WRAP_SHARE * width or _RUNS_ON.search(text):
            return True
    return False


# what opens an item typed on a line of its own: a bullet or Markdown's marks ("- ", "• ",
# "## ", "> "), or a number or a letter with its stop ("١- ", "2. ", "أ) ", "س: ")
_ITEM_MARK = re.compile(
    rf"^\s*(?:[-–•*#>]+|[{P.DIGIT}]{{1,3}}[-.)]|[{P.ARABIC_LETTER}a-zA-Z][.):])(?=\s)"
)
#: lines of a document that must open with the same kind of mark for it to mark items
MIN_ITEMS = 2
#: cell separators (tabs, bars) that make a line a table row
MIN_CELLS = 2


def _item_shape(text: str) -> str | None:
    """The kind of item mark ``text`` opens with (digits, letters and bullets each as one), or None."""
    m = _ITEM_MARK.match(text)
    if not m:
        return None
    mark = _ANY_DIGITS.sub("#", m.group().strip())
    return re.sub(rf"[{P.ARABIC_LETTER}a-zA-Z]", "a", re.sub("[-–•*]+", "-", mark))


def _item_starts(body: list[Line]) -> set[int]:
    """Indices (in ``body``) of the lines that open an item of a list, dialogue, table or
    Markdown text: lines opening with a kind of mark that at least :data:`MIN_ITEMS` lines open with
    (one line that happens to start with a dash or a number is no list)."""
    shapes = [_item_shape(ln.text) for ln in body]
    for i, ln in enumerate(body):  # a table row typed with tabs or bars is an item too
        if shapes[i] is None and len(P.CELL_SEP.findall(ln.text)) >= MIN_CELLS:
            shapes[i] = "|"
    counts = Counter(s for s in shapes if s is not None)
    return {i for i, s in enumerate(shapes) if s is not None and counts[s] >= MIN_ITEMS}


def _ended_short(text: str, following: str, width: int) -> bool:
    """A line the writer ended: it does not run on (``،``, ``:``) and the next line's first
    word would have fitted on it with room to spare (under :data:`WRAP_SHARE` of the line
    width), which no wrapping does: a table's row, a letter's ``إلى: …`` among wrapped
    paragraphs."""
    words = following.split()
    if not text or not words or _RUNS_ON.search(text):
        return False
    return len(text) + 1 + len(words[0]) < WRAP_SHARE * width


def mark_paragraphs(lines: list[Line]) -> None:
    """Set ``para_start``: a line starts a paragraph after a heading, a footnote switch, a
    line that ends a sentence and is short or followed by a blank line, or a short line
    followed by a blank line where blank lines mark paragraphs (an unnumbered title); every
    line does in a text whose lines are not wrapped (:func:`_lines_are_wrapped`), and a line
    opening an item of a list (:func:`_item_starts`) does in any text."""
    body = [ln for ln in lines if ln.kind not in NOISE_KINDS]
    lengths = [len(ln.text.strip()) for ln in body if ln.kind == "body"]
    typical = statistics.median(lengths) if lengths else 0
    blanks_mean_breaks = _blanks_mean_breaks(lines)
    typed = not _lines_are_wrapped(body)  # every line end is the writer's
    width = _line_width([ln for ln in body if ln.kind == "body"])
    # a text repair left as it stands: its short lines are as their writer typed them (an
    # extraction's may be an extractor's pieces of a cut line)
    as_typed = not any(ln.changed for ln in body)
    items = {id(body[i]) for i in _item_starts(body)}
    rows = {id(ln) for ln in body if len(P.CELL_SEP.findall(ln.text)) >= MIN_CELLS}
    prev: Line | None = None
    blank_since = False
    for ln in lines:
        if ln.kind == "blank":
            blank_since = True
            continue
        if ln.kind in NOISE_KINDS:
            continue
        if prev is None or ln.kind == "heading" or prev.kind == "heading":
            ln.para_start = True
        elif typed or id(ln) in items or id(prev) in rows:  # (a table row ends on its line)
            ln.para_start = True
        elif ln.kind != prev.kind:
            ln.para_start = True
        else:
            prev_text = prev.text.strip()
            ends = bool(P.SENTENCE_END.search(prev_text))
            short = len(prev_text) < SHORT_LINE * typical
            # where blank lines mark paragraphs, a short line before one that does not run on
            # (``،``, ``:``) is a title or a heading even without a stop; a full line without
            # one is a line of text (extractions leave blank lines inside paragraphs too)
            gap = blank_since and blanks_mean_breaks
            title = short and not _RUNS_ON.search(prev_text)
            ln.para_start = (ends and (short or gap)) or (gap and title)
            ended = as_typed and _ended_short(prev_text, ln.text, width)
            ln.para_start = ln.para_start or ended
        prev, blank_since = ln, False
