"""Pieces of a justified visual line on lines of their own, given end first: a scored inverse.

A line ended by a line break inside a justified paragraph (list items, header fields, a
sheet typed one sentence a line) is stretched by LibreOffice to the full width; in
unvowelled text set in Thabit or Amiri the stretch opens a few wide gaps, most of them
inside words, where a kashida could go. ``pdftotext -layout`` keeps such a line on one row
with its gaps padded; plain ``pdftotext`` gives each stretch between two wide gaps as a text
line of its own, from the line's left end, its reading end, back to its start (the forward
operation is :func:`araseclit.scramble.layout.cut_justified_line`)::

    visual line:   [تس][تلم الأس][رة م][رة واح][دة في الش][هر.]
    as extracted:  هر. / دة في الش / رة واح / رة م / تلم الأس / تس

The inverse is a choice among readings of each stretch of consecutive lines, scored by the
text model on the words the pieces make where they meet (:class:`.diacritics_pieces.Links`:
glued into one word or kept apart by a space, whichever it finds likelier): the stretch is
split into runs of consecutive lines, each run read back to front; "leave it" (every run one
line long) is always a candidate, and a meeting must gain :data:`JOIN_COST` (glued) or
:data:`APART_COST` to be taken; no run is longer than the document's longest line, and two
pieces that meet at a mark are not glued (a gap a justification opens lies between two
letters; a line cut at a marked letter is :mod:`.mark_cuts`'s). Lines another pass already
put back (a line cut at lifted tanween) take no part, and a ``pdftotext -layout`` document,
which keeps a stretched line on one row, is left to :mod:`.laid_out_pieces`.

Which extractor wrote the document is a latent state of the document too: the pass reads
plain pdftotext, which leaves its bidi controls in its lines (the ``embedded`` order); once
they are stripped, the document is read in the ``stripped`` order, as a pypdfium2 document
with its neutrals out of place may be (heldout7's e-mail thread, which lost 4.9 points to
this pass). Stripping leaves a trace on the lines where pdftotext embedded a left-to-right
run: the space before the embedding and the run's own first space meet
(``المجلد <LRE> ،14<PDF>العدد`` -> ``المجلد  ،14العدد``), two spaces inside a line that
plain pdftotext never writes and pypdfium2 and pdfplumber did not write in any rendition of
the corpora (:func:`stripped_pdftotext`; every one of the 469 plain pdftotext renditions of
corpora/clean and heldout2-10 shows it stripped, none of their 938 pypdfium2 and pdfplumber
ones). A document with no number or Latin run shows none and is left as it was.

Whether a document's lines are cut at all is the document's (a latent state, like the cut
vowelled lines of :mod:`.diacritics_pieces`, which reads vowelled documents; a vowelled line
of an unvowelled one, a verse quoted in full, is left to it too):
only where the meetings glued inside a word recur (:data:`MIN_GLUED` of the document's
lines, gaining :data:`STRONG_GLUE` or more each). The pass runs through the guard, so a
reading stands only when the scorer finds it likelier than the lines as they were read.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from araseclit.charsets import ARABIC_MARK, BIDI_CONTROL_RE
from araseclit.document import Line
from araseclit.repair.diacritics_pieces import MIN_VOWELLED, Links, glue_pieces, vowelled_share
from araseclit.repair.laid_out_pieces import laid_out

#: the most lines one visual line is cut into
LONGEST_RUN = 8
#: log probability a meeting of two pieces pays, glued into one word or apart (a clean
#: line's last words read before the line above rarely gain this much). Fitted on the
#: plain pdftotext renditions of corpora/calibration (with and without their controls;
#: only its LibreOffice Thabit ones change): mean CER 4.84% with the pass off; (join, apart)
#: (3, 8) 3.68%, (5, 6) 3.81%, (5, 8) 3.61%, (5, 12) 3.61%, (8, 8) 3.61%: the middle of
#: the plateau
JOIN_COST = 5.0
APART_COST = 8.0
#: a document's full visual line: its longest body line (characters)
FULL_QUANTILE = 1.0
#: no run is longer than this share of a full line
OVER_FULL = 1.0
#: a meeting glued inside a word that gains at least this much (the glued word some 400
#: times likelier than its two halves apart; set by hand) is evidence of cut lines
STRONG_GLUE = 6.0
#: share of a document's non-blank body lines that must be such evidence for the document's
#: lines to be read as cut: the least that corpora/calibration's plain pdftotext renditions
#: read where LibreOffice Thabit cut the lines (0.070 to 0.165; 0.029 at most elsewhere)
MIN_GLUED = 0.07
#: the fewest such meetings a document needs
MIN_GLUED_COUNT = 3
#: lines with the trace of stripped embeddings (two spaces between words) that show a
#: document read in the stripped order is plain pdftotext's: the least that any of
#: corpora/calibration's 56 plain pdftotext renditions shows with its controls stripped (1 to
#: 18, the running head's number the only one in 11 of them); its 112 pypdfium2 and
#: pdfplumber renditions show none, and plain pdftotext with its controls none either
MIN_TRACES = 1
_TRACE = re.compile(r"\S  \S")

Scorer = Callable[[str], float]

#: operations that read a raw line (logged on it before any pass runs)
_READING = frozenset(
    {
        "normalise",
        "read_order",
        "lam_alef",
        "mark_order",
        "cluster_gaps",
        "kashida_glyphs",
        "split_citations",
        "mark_pieces",
        "cut_citations",
    }
)
# a piece that ends or starts with a mark
_MARK_EDGE = re.compile(f"[{ARABIC_MARK}]$")
_MARK_START = re.compile(f"^[{ARABIC_MARK}]")
# a line of marks alone (a tanween lifted off its word)
_MARKS_ONLY = re.compile(f"^[{ARABIC_MARK}\\s]+$")


def stripped_pdftotext(raws: list[str]) -> bool:
    """Whether raw lines with no bidi controls are plain pdftotext's with its controls
    stripped: :data:`MIN_TRACES` or more of them hold two spaces between words, where an
    embedding of a left-to-right run stood (see the module docstring)."""
    found = 0
    for raw in raws:
        found += bool(_TRACE.search(raw))  # a non-space each side: strip changes nothing
        if found >= MIN_TRACES:
            return True
    return False


def _unvowelled_body(ln: Line) -> bool:
    """A body line with text and not vowelled: a vowelled line (a verse quoted in full) is
    cut at its stacked marks anywhere, its pieces not always end first
    (:mod:`.diacritics_pieces`), so it takes no part here."""
    text = BIDI_CONTROL_RE.sub("", ln.text).strip()
    return (
        bool(text)
        and ln.kind == "body"
        and vowelled_share([text]) < MIN_VOWELLED
        and not (_MARKS_ONLY.match(text))
    )


def _put_back(ln: Line) -> bool:
    """A line a pass before this one already changed (a line cut at lifted tanween, whose
    pieces :mod:`.lifted_tanween` joined): what reading alone did to it does not count."""
    return any(op.name.split(".")[2] not in _READING for op in ln.ops)


def stretches(lines: list[Line]) -> list[list[int]]:
    """Runs of two or more consecutive unvowelled body lines of one page that no pass before
    this one changed."""
    out: list[list[int]] = []
    current: list[int] = []
    for i, ln in enumerate(lines):
        piece = _unvowelled_body(ln) and not _put_back(ln)
        if piece and (not current or lines[current[-1]].page == ln.page):
            current.append(i)
            continue
        if len(current) > 1:
            out.append(current)
        current = [i] if piece else []
    if len(current) > 1:
        out.append(current)
    return out


def _meeting(links: Links, texts: list[str], a: int, b: int) -> tuple[float, str]:
    """How well piece ``b`` reads after piece ``a`` (:class:`.diacritics_pieces.Links`),
    glued or apart; a justification gap opens between two letters, so two pieces that meet
    at a mark (a line cut at a marked letter, :mod:`.mark_cuts`) are not glued here."""
    gain, sep = links.get(a, b)
    if sep == "" and (_MARK_EDGE.search(texts[a]) or _MARK_START.match(texts[b])):
        alone = links.score(links.tails[a]) + links.score(links.heads[b])
        return links.score(f"{links.tails[a]} {links.heads[b]}") - alone, " "
    return gain, sep


def _value(links: Links, texts: list[str], order: tuple[int, ...]) -> float:
    """The summed meetings of a run less what they pay."""
    total = 0.0
    for a, b in itertools.pairwise(order):
        gain, sep = _meeting(links, texts, a, b)
        total += gain - (JOIN_COST if sep == "" else APART_COST)
    return total


def full_line(lines: list[Line]) -> float:
    """The characters of a full visual line of the document (:data:`FULL_QUANTILE`)."""
    sizes = sorted(
        len(BIDI_CONTROL_RE.sub("", ln.text).strip())
        for ln in lines
        if ln.kind == "body" and ln.text.strip()
    )
    return float(sizes[int(FULL_QUANTILE * (len(sizes) - 1))]) if sizes else 0.0


def best_runs(links: Links, texts: list[str], full: float) -> tuple[list[tuple[int, ...]], float]:
    """The best split of pieces ``texts`` into runs of consecutive
    pieces, each read back to front and no longer than :data:`OVER_FULL` of a ``full``
    line: (the runs, in order, their summed links less what their meetings pay)."""
    n = len(texts)
    sizes = [len(t) for t in texts]
    best: list[tuple[float, list[tuple[int, ...]]]] = [(0.0, [])]
    for end in range(1, n + 1):
        top: tuple[float, list[tuple[int, ...]]] | None = None
        for k in range(1, min(LONGEST_RUN, end) + 1):
            if k > 1 and sum(sizes[end - k : end]) + k - 1 > OVER_FULL * full:
                break
            order = tuple(range(end - 1, end - k - 1, -1))
            value = best[end - k][0] + _value(links, texts, order)
            if top is None or value > top[0]:
                top = (value, [*best[end - k][1], order])
        assert top is not None
        best.append(top)
    value, runs = best[n]
    return runs, value


def read_stretch(texts: list[str], score: Scorer, full: float) -> tuple[list[str], int]:
    """A stretch's lines after its best reading (a run's pieces on its first line, glued or
    apart as the model prefers, the run's other lines blank) and the number of its meetings
    glued inside a word that gain :data:`STRONG_GLUE` or more."""
    links = Links(texts, score)
    runs, _ = best_runs(links, texts, full)
    out: list[str] = []
    strong = 0
    for run in runs:
        text = texts[run[0]]
        for a, b in itertools.pairwise(run):
            gain, sep = _meeting(links, texts, a, b)
            if sep == "":
                strong += gain >= STRONG_GLUE
                text = glue_pieces(text, texts[b])
            else:
                text = f"{text} {texts[b]}"
        out += [text] + [""] * (len(run) - 1)
    return out, strong


def restore_justified_pieces(
    lines: list[Line],
    score: Scorer | None = None,
    read: Callable[[Line], str] | None = None,
    raws: list[str] | None = None,
) -> int:
    """In an unvowelled document whose lines are cut (see the module docstring), put the
    pieces of each cut visual line back in reading order on its first line, the run's other
    lines blank. ``read`` gives a line's piece as read from its raw line, before the fixes
    that judge a line as a whole (a gap inside a fragment is no split word); a line left
    alone keeps its text. ``raws``, the document's raw lines: rows ``pdftotext -layout``
    placed by column keep a stretched line on one row (:mod:`.laid_out_pieces` reads
    them), so such a document is left alone. Returns the lines changed."""
    texts = [ln.text for ln in lines]
    if vowelled_share(texts) >= MIN_VOWELLED or (raws is not None and laid_out(raws)):
        return 0
    if score is None:
        from araseclit.textmodel.scorer import default_scorer

        score = default_scorer().score
    found = stretches(lines)
    body = sum(1 for ln in lines if ln.kind == "body" and ln.text.strip())
    full = full_line(lines)
    pieces = [[(read(lines[i]) if read else lines[i].text).strip() for i in st] for st in found]
    readings = [read_stretch(p, score, full) for p in pieces]
    strong = sum(s for _, s in readings)
    if strong < MIN_GLUED_COUNT or strong < MIN_GLUED * body:
        return 0
    changed = 0
    for stretch, own, (merged, _) in zip(found, pieces, readings, strict=True):
        for slot, piece, text in zip(stretch, own, merged, strict=True):
            ln = lines[slot]
            if text != piece:  # (a line left alone keeps its text)
                ln.text, ln.changed = text, True
                changed += 1
    return changed
