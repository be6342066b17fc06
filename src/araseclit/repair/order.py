"""Reading-order repairs: put the runs of one extracted line back into logical order.

Extractors leave Arabic lines in one of a few orders; each function here undoes one:

- :func:`reverse_line` -- the whole line in visual (display) order, Arabic letters backwards
  (pdfplumber): the inverse bidi reordering of :mod:`araseclit.repair.bidi`.
- :func:`reorder_runs` -- runs in visual order, but each Arabic run already in logical order
  (many PDF text layers, the seed chapter): reverse the runs, keep each Arabic run.
- :func:`reorder_embedded` -- logical order with each LTR run wrapped in LRE ... PDF and
  given in visual order (pdftotext): reorder inside the embeddings only.
- :func:`reorder_islands` -- logical order except that the words of each Latin run come
  last-to-first, with punctuation stuck to the wrong end (pypdfium2).

Brackets are not mirrored here; :func:`araseclit.repair.chars.unmirror_brackets` decides
from context, because extractors differ in whether they mirror.
"""

from __future__ import annotations

import re

from araseclit.repair import bidi
from araseclit.repair import patterns as P

# where an Arabic run splits into chunks (raw): a wide gap "بمنهج    تبرز", or punctuation
# glued to the start of a word "الماضيين، .بدور", "تغيّر:إطار", or a mirrored bracket ending a
# sentence "سيس (. غير"
_CHUNK_SPLIT = re.compile(
    rf"[ \t\u00a0]{{2,}}|\s(?=[.،؛:]+[{P.ARABIC_LETTER}])"
    rf"|(?<=[{P.ARABIC_LETTER}{P.ARABIC_MARK}])(?=[.،؛:]+[{P.ARABIC_LETTER}])|\s(?=[()][.،]\s)"
)
# punctuation glued to the first word of a chunk (raw): ".بدور"
_GLUED_PUNCT = re.compile(rf"^[.،؛:]+(?=[{P.ARABIC_LETTER}])")
# neutral characters at the left edge of an Arabic run, and the space after them: ") العراق"
# (a letter must follow: checked apart, as a lookahead would rescan the rest of the run for
# every character of a long run of neutrals)
_LEFT_EDGE = re.compile(rf"^([^\s{P.ARABIC_LETTER}]+)(\s*)")
_LETTER = re.compile(f"[{P.ARABIC_LETTER}]")
# the same at the right edge: "بيئة .(" (the space before, then the punctuation), matched on the
# reversed run, from its end: searched from the front, a long run of neutrals followed by a
# word is tried at each of its characters to its end
_RIGHT_EDGE_REVERSED = re.compile(rf"\s*([^\s{P.ARABIC_LETTER}{P.ARABIC_MARK}]*)(\s*)")
_HAS_BRACKET = re.compile(r"[()\[\]«»]")
# a chunk that closes a citation and starts a sentence, rotated by one word (raw): "الدعم(. وأسهم
# هذا" for "). وأسهم هذا الدعم", "ن(. وم" for "). ومن" (a lone letter ends the last word),
# "عي ( إلى ... الاجتما" for ") إلى ... الاجتما عي" (the split word rejoins later)
_ROTATED_CHUNK = re.compile(
    rf"^([{P.ARABIC_LETTER}{P.ARABIC_MARK}]+)(?:([()][.،])|\s([()]))(\s.*)$"
)
# a chunk led by the citation opener that ends it (raw): ")نظامي، أن تصبح ... في إيران" for
# "أن تصبح ... في إيران (نظامي،"
_OPENER_FIRST_CHUNK = re.compile(rf"^([()][{P.ARABIC_LETTER}][^\s()]*[،,])\s+([^()]+)$")
# LRE ... PDF: an LTR run embedded by pdftotext, maybe after a stray bracket (raw):
# "\u202a .)45\u202c", ")\u202a Kaldor (2003: 78\u202c"
_EMBEDDED = re.compile("(\\)\\s*)?\u202a([^\u202a-\u202c]*)\u202c")
# RLE ... PDF: an RTL run embedded in an LTR line (raw): "\u202bالخفاجي\u202c"
_RTL_EMBEDDED = re.compile("\u202b([^\u202a-\u202c]*)\u202c")
# a maximal stretch of tokens without Arabic letters (raw pypdfium2): ")2019: ،Kaldor"
_ISLAND = re.compile(rf"[^\s{P.ARABIC_LETTER}](?:[^{P.ARABIC_LETTER}]*[^\s{P.ARABIC_LETTER}])?")
# a Latin run that reads forwards, its comma after the word ("Buzan, cited", "al., 2019"), and
# one that reads backwards, as pypdfium2 gives it inside a right-to-left line (",Jabar")
_FORWARD_LATIN = re.compile(r"[A-Za-z]{2,}\.?[,;]\s")
_BACKWARD_LATIN = re.compile(r"(?:^|\s)[,;][A-Za-z]")
# a word-final tanween alef such a line gives first ("اًحلول" for "حلولًا"): no word starts so
_LEADING_TANWEEN_ALEF = re.compile(f"(?<![{P.ARABIC_LETTER}])\u0627\u064b([{P.ARABIC_LETTER}]+)")
# punctuation pypdfium2 puts in front of the word it follows: ".،al" for "al.،", "%35" for "35%"
_LEADING = re.compile(r"^([.،,؛;:%\-]+)(.+)$")
# an empty bracket pair the font split left before the numbers it held: ") ( 2003: 78"
_EMPTY_PAIR = re.compile(r"\)\s*\(\s*((?:\d{4}[a-z]?:\s*)?\d+(?:[-\u2013]\d+)?)(?![\d)])")
# a number range as pypdfium2 gives it inside a right-to-left line, maybe with punctuation
_RANGE = re.compile(r"(\d+)([-\u2013])(\d+)([.,،؛:]*)")
# the opener of a citation the next line finishes, drawn mirrored after the line's last
# Arabic word (raw): "ويرى الجبوري )"
_OPENER_AT_END = re.compile(rf"(?<=[{P.ARABIC_LETTER}{P.ARABIC_MARK}]) \)\s*$")
# brackets at the edges of an island (and sentence punctuation after the last) stay in place
_EDGE_LEFT = re.compile(r"^[()\[\]«»\"' ]+")
_EDGE_RIGHT = re.compile(r"[()\[\]«»\"' ]+[.،:؛]*$")
# a number standing before a bracketed island in a right-to-left line: "1917 )31 :2007 ,Tripp("
_NUMBER_BEFORE_ISLAND = re.compile(r"^(\d+)(\s+)([)\]].*)$", re.S)


def reverse_line(line: str) -> str:
    """A line in full visual order -> logical order (``ةلودلاو`` -> ``والدولة``)."""
    return bidi.reorder(line)


def _split_edges(text: str, left: bool, right: bool) -> tuple[str, str, str]:
    """Peel the punctuation placed next to an LTR neighbour off the edges of an Arabic run.

    ``" وقد أسهمت ... بيئة .("`` before ``88``: ``" .("`` was placed by the layout next to
    the number and is in visual order (so is anything holding a bracket); punctuation glued
    to an Arabic word (``"الأمن``, ``البعث،``) travelled with that word and is logical.
    """
    lead = trail = ""
    if not P.ANY_ARABIC.search(text):
        return "", text, ""
    if left:
        m = _LEFT_EDGE.match(text)
        if m and m.group(2) and _LETTER.search(text, m.end()):
            lead, text = m.group(), text[m.end() :]
    if right:
        edge = _right_edge(text)
        if edge and (edge[1] or _HAS_BRACKET.search(edge[2])):
            trail, text = text[edge[0] :], text[: edge[0]]
    return lead, text, trail


def _right_edge(text: str) -> tuple[int, str, str] | None:
    """(start, space, punctuation) of the neutral characters ending ``text`` after a word,
    with the space before them; None when ``text`` ends in a word."""
    m = _RIGHT_EDGE_REVERSED.match(text[::-1])
    if not m.group(1):
        return None
    start = len(text) - m.end()
    if start == 0:  # nothing but neutrals: the first stays, as it follows no character
        punctuation = m.group(1)[::-1][1:]
        return (len(text) - len(text.lstrip()) + 1, "", punctuation) if punctuation else None
    return start, m.group(2)[::-1], m.group(1)[::-1]


def _reverse_chunks(text: str) -> str:
    """Chunks of an Arabic run come in visual order: swap them back.

    Chunks are separated by wide gaps (``"هذا البحث، بمنهج    تبرز"``) or start with
    punctuation glued to their first word (``"الماضيين، .بدور"``): that punctuation ends the
    chunk in logical order.
    """
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    chunks = [c for c in _CHUNK_SPLIT.split(text.strip()) if c.strip()]
    fixed = []
    for chunk in chunks:
        m = _GLUED_PUNCT.match(chunk)
        if m:
            chunk = chunk[m.end() :] + m.group()[::-1]
        elif o := _OPENER_FIRST_CHUNK.match(chunk):
            chunk = o.group(2).rstrip() + " " + o.group(1)
        elif (r := _ROTATED_CHUNK.match(chunk)) and P.ANY_ARABIC.search(r.group(4)):
            word = r.group(1)
            gap = "" if len(word) == 1 and word != "و" else " "
            chunk = (r.group(2) or r.group(3)) + r.group(4).rstrip() + gap + word
        fixed.append(chunk)
    if len(fixed) == 1 and fixed[0] == text.strip():
        return text
    return lead + " ".join(reversed(fixed)) + trail


def reorder_runs(line: str) -> str:
    """Runs in visual order, Arabic runs internally logical -> logical order.

    ``، واجه  2003يُعدّ ... عام`` -> ``يُعدّ ... عام 2003، واجه``.
    """
    runs = bidi.runs(line, bidi.resolve_levels(line))
    pieces: list[str] = []  # in visual order; each already in logical order
    for k, run in enumerate(runs):
        if run.level == 2:
            pieces.append(run.text)
            continue
        left = k > 0 and runs[k - 1].level == 2
        right = k + 1 < len(runs) and runs[k + 1].level == 2
        lead, core, trail = _split_edges(run.text, left, right)
        if not P.ANY_ARABIC.search(core):
            # bare punctuation between runs is in visual order; a bracket opening the line
            # (the logical end, "(. " for ").") came as one piece with its neighbour
            logical = k == 0 and _HAS_BRACKET.search(core) and _HAS_BRACKET.match(core.strip())
            pieces.append(core if logical else core[::-1])
            continue
        pieces.extend([lead[::-1], _reverse_chunks(core), trail[::-1]])
    return "".join(reversed(pieces))


def reorder_embedded(line: str, before: str = "AL") -> str:
    """pdftotext's ``\u202a...\u202c`` LTR embeddings (visual) -> logical order.

    Each embedding is reordered in the direction of the text before it (``before`` is the
    last strong class of the previous line, for an embedding that opens the line). A bracket
    pdftotext left just outside an embedding that needs it moves inside
    (``)\u202a Kaldor (2003: 78\u202c`` -> ``Kaldor (2003: 78)``).
    """
    if not P.BIDI_CONTROLS.search(line):  # an LTR line: visual order (".Buzan, B. (1991)...")
        return bidi.reorder(line, start=before)
    if line.lstrip(" \u202c").startswith("\u202b") or "\u202b" not in line:
        return _reorder_segments(line, before)
    return reorder_ltr_line(line, before)


# a top-level embedding of a laid-out row, either direction, with no other inside it:
# "‫مجانًا.‬" in "‫مجانًا.‬    ‫أو‬"
_TOP_EMBEDDING = re.compile("[‪‫][^‪-‬]*(?:[‪‫][^‪-‬]*‬[^‪-‬]*)*‬")


# anything but a mark or a control: a piece without it is a lifted mark ("‫ً‬")
_NOT_MARK = re.compile(f"[^{P.ARABIC_MARK}\u202a-\u202c\\s]")


# a piece that ends in a mark set off by a space, left by a lifted tanween: "تهديدا ً"
_DETACHED_MARK_END = re.compile(f" [{P.ARABIC_MARK}]+[\u202a-\u202c]*$")


def reorder_columns(line: str, before: str = "AL") -> str | None:
    """A ``pdftotext -layout`` row whose words are spread over the line's width (a
    justified list item, a table row): pdftotext writes each stretch between wide gaps as an
    embedding of its own, and the stretches left to right as they stand on the page. In a
    right-to-left paragraph they are read right to left, each as an embedding. None when the
    row is not two or more embeddings with only spaces between them."""
    pieces = _TOP_EMBEDDING.findall(line)
    gaps = _TOP_EMBEDDING.split(line.strip(" \f"))[1:-1]
    # a wide gap between every two (plain pdftotext gives several lines' embeddings glued,
    # top to bottom; a row cut at a lifted mark, its pieces a space apart or touching, is
    # read by position by :mod:`.laid_out`)
    if len(pieces) < 2 or any(len(g) < 2 or g.strip(" ") for g in gaps):
        return None
    if any(not _NOT_MARK.search(p) or _DETACHED_MARK_END.search(p) for p in pieces):
        return None  # a lifted mark, or a word that lost one, among them (the same)
    if _TOP_EMBEDDING.sub("", line).strip(" \f"):
        return None
    return " ".join(reorder_embedded(p, before).strip() for p in reversed(pieces))


# the wide gap pdftotext -layout pads between two stretches of a spread-out row: two spaces
# or more with Arabic on both sides, or three or more (a number inside a stretch leaves a
# double space of its own: "لسنة  :2023")
_WIDE_GAP = re.compile(
    f"(?<=[{P.ARABIC_LETTER}{P.ARABIC_MARK}]) {{2,}}(?=[{P.ARABIC_LETTER}{P.ARABIC_MARK}])| {{3,}}"
)


def split_columns(line: str) -> list[str] | None:
    """The stretches of a spread-out ``pdftotext -layout`` row whose controls were
    stripped, right to left (:func:`reorder_columns` for the row with its controls); None
    when the row has no wide gap."""
    pieces = [p for p in _WIDE_GAP.split(line.strip(" \f")) if p.strip()]
    return pieces[::-1] if len(pieces) > 1 else None


def reorder_ltr_line(line: str, before: str = "AL") -> str:
    """A line laid out left to right that holds right-to-left embeddings (``\u202b...\u202c``,
    logical inside): the line is in visual order, the embeddings are not."""
    visual = _RTL_EMBEDDED.sub(lambda m: m.group(1)[::-1], _reorder_segments(line, before))
    return bidi.reorder(P.BIDI_CONTROLS.sub("", visual), start=before)


# an Arabic stretch of a line, with the space before it (raw, pdftotext's embeddings lost):
# " بيت الحكمة" in ". بيت الحكمة: بغداد", and the bracket or guillemet pdftotext put in
# the embedding before its first word: "»التنقل الرعوي", "[ محمد ولد أحمد"
_ARABIC_STRETCH = re.compile(
    rf"(?: ?[«»\[\]()](?= ?[{P.ARABIC_LETTER}]))?"
    f" ?[{P.ARABIC_LETTER}{P.ARABIC_MARK}](?:[{P.ARABIC_LETTER}{P.ARABIC_MARK} ]*[{P.ARABIC_LETTER}{P.ARABIC_MARK}])?"
)


def rewrap_ltr_line(line: str) -> str:
    """A left-to-right line whose controls were stripped, with its Arabic stretches wrapped
    again as pdftotext wraps them (each in ``\u202b...\u202c``), ready for
    :func:`reorder_ltr_line`."""
    return _ARABIC_STRETCH.sub(lambda m: f"\u202b{m.group()}\u202c", line)


def _reorder_segments(line: str, before: str) -> str:
    out: list[str] = []
    pos = 0
    strong = before  # the last strong class of what is already out (carried, not re-scanned)
    for m in _EMBEDDED.finditer(line):
        head = line[pos : m.start()]
        segment = m.group(2)
        stray = m.group(1)
        if stray and segment.count("(") > segment.count(")"):
            head, segment = head + " ", segment + ")"
        elif stray:
            head += stray
        start = bidi.last_strong(P.BIDI_CONTROLS.sub("", head), strong)
        piece = head + bidi.reorder(segment, start=start)
        out.append(piece)
        strong = bidi.last_strong(P.BIDI_CONTROLS.sub("", piece), strong)
        pos = m.end()
    out.append(line[pos:])
    return "".join(out)


def _fix_island_word(word: str) -> str:
    """One token of a pypdfium2 island: leading punctuation to the end, hyphenated Latin
    parts and a descending number range (``47-45``: pages always ascend) turned round."""
    m = _LEADING.match(word)
    if m and re.search(r"[A-Za-z0-9]", m.group(2)):
        word = m.group(2) + m.group(1)
    r = _RANGE.fullmatch(word)
    if r and int(r.group(1)) > int(r.group(3)):
        return f"{r.group(3)}{r.group(2)}{r.group(1)}{r.group(4)}"
    if re.fullmatch(r"[A-Za-z]+(?:-[A-Za-z]+)+", word):
        word = "-".join(reversed(word.split("-")))
    return word


def _fix_island(island: str) -> str:
    left = _EDGE_LEFT.match(island)
    right = _EDGE_RIGHT.search(island)
    a = left.end() if left else 0
    b = right.start() if right else len(island)
    if a >= b:
        return island
    core = island[a:b]
    words = core.split()
    if P.ANY_LATIN.search(core):
        words = _semicolons_back(list(reversed(words)))
    words = [_fix_island_word(w) for w in words]
    text = _interleave_fonts(words) or " ".join(words)
    return island[:a] + _EMPTY_PAIR.sub(r"(\1)", text) + island[b:]


def _semicolons_back(words: list[str]) -> list[str]:
    """A semicolon pypdfium2 left after the author it precedes goes back after the citation
    before it: ``45 Marr; &`` -> ``45; Marr &`` (words in logical order)."""
    out = list(words)
    for k in range(1, len(out)):
        if out[k].endswith(";") and len(out[k]) > 1 and not out[k - 1].endswith(";"):
            out[k - 1], out[k] = out[k - 1] + ";", out[k][:-1]
    return out


def _interleave_fonts(words: list[str]) -> str | None:
    """A citation whose Latin words and whose numbers came out as two blocks -> one citation.

    With Noto fonts the Latin words of a citation and its commas and numbers are drawn in
    different fonts, and pypdfium2 gives the one block after the other:
    ``Dodge ; Marr & Al-Marashi , 2012: 45 , 2017: 301`` -> ``Dodge, 2012: 45; Marr &
    Al-Marashi, 2017: 301``, ``UNDP p , 2020, . 31`` -> ``UNDP, 2020, p. 31``. The Latin
    block splits at ``;`` into authors, the other at its lone commas into what follows each
    author; None when the two do not pair up.
    """
    split = next((k for k, w in enumerate(words) if w in (",", ".,")), None)
    if split is None or split == 0 or any(P.ANY_LATIN.search(w) for w in words[split:]):
        return None
    names, tail = words[:split], words[split:]
    if any(re.search(r"\d", w) for w in names):
        return None
    locator = [w for w in names if w in ("p", "pp")]
    dash = [w for w in names if w in ("-", "\u2013")]
    names = [w for w in names if w not in ("p", "pp", "-", "\u2013")]
    authors = [a.split() for a in " ".join(names).split(";")]
    tails: list[list[str]] = []
    for w in tail:
        if w in (",", ".,") or not tails:
            tails.append([w])
        else:
            tails[-1].append(w)
    if len(authors) != len(tails) or not all(authors):
        return None
    if dash and len(tails[-1]) >= 2 and tails[-1][-1].isdigit() and tails[-1][-2].isdigit():
        tails[-1][-2:] = [tails[-1][-2] + dash[0] + tails[-1][-1]]
    if locator and tails[-1][-2:-1] == ["."]:  # "2020, . 31" -> "2020, p. 31"
        tails[-1][-2] = locator[0] + "."
    parts = [
        " ".join(a) + t[0] + " " + " ".join(t[1:]) for a, t in zip(authors, tails, strict=True)
    ]
    return "; ".join(p.strip() for p in parts)


def reorder_islands(line: str) -> str:
    """pypdfium2's reversed Latin runs -> logical order.

    ``)112 2021: .،al et Ansari-Al).`` -> ``)Al-Ansari et al.، 2021: 112).``; a line without
    Arabic is an LTR line in visual order (``.)Marashi, 2017: 301``).
    """
    if not P.ANY_ARABIC.search(line):
        return bidi.reorder(line)
    line = _OPENER_AT_END.sub(" (", line)
    forward = any(_interleave_fonts(m.group().split()) for m in _ISLAND.finditer(line))
    if (_FORWARD_LATIN.search(line) or forward) and not _BACKWARD_LATIN.search(line):
        return _reorder_ltr_line(line)
    return _ISLAND.sub(lambda m: _fix_island_after_number(m.group()), line)


def _fix_island_after_number(island: str) -> str:
    """A number of the Arabic text before a bracketed Latin island is no part of it:
    ``1917 )31 :2007 ,Tripp(`` is ``1917`` and then ``(Tripp, 2007: 31)``."""
    m = _NUMBER_BEFORE_ISLAND.match(island)
    if m and P.ANY_LATIN.search(m.group(3)):
        return m.group(1) + m.group(2) + _fix_island(m.group(3))
    return _fix_island(island)


def _reorder_ltr_line(line: str) -> str:
    """A line pypdfium2 laid out left to right (it opens or closes with a Latin citation):
    its Latin run reads forwards, its Arabic words are each in logical order but stand in
    visual order: ``وتقدر .(Buzan, cited in X, 2018: 91( الأمني الهجين`` -> ``الهجين الأمني
    (Buzan, cited in X, 2018: 91). وتقدر``. The Arabic words are turned into their visual
    form, then the whole line is read back as a right-to-left paragraph."""
    line = _ISLAND.sub(lambda m: _interleave_fonts(m.group().split()) or m.group(), line)
    visual = P.ARABIC_RUN.sub(lambda m: m.group()[::-1], line)
    return _LEADING_TANWEEN_ALEF.sub(lambda m: m.group(1) + "\u064b\u0627", bidi.reorder(visual))
