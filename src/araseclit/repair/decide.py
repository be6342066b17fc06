"""Which reading of each line to keep: a latent document order, then each line's posterior.

An extractor scrambles a whole document the same way, so the order is a property of the
document, inferred from all its lines at once (:func:`document_order`): for each order, the
log-likelihood ratio of "the lines are in this order" against "the lines are as they
stand", under the scorer (:mod:`araseclit.textmodel`), with each line allowed to be an
exception (prior :data:`LINE_PRIOR`) so that one odd line neither makes nor breaks the
case. The order wins only when its ratio passes :data:`DOC_THRESHOLD` (fitted on clean
text); otherwise the document is ``logical`` and its lines stay as they are. Of the orders
that pass, the one that fits the lines best is taken, where a line the order reads worse
than it stands counts against it as fully as a gain counts for it (up to the cap).

Then each line keeps the reading with the highest posterior (:func:`choose`): the scorer's
log-likelihood plus the prior the document order gives it. "Leave it" is always a
candidate, and it is scored kindly: the typing habits of clean text (``كلمة ،كلمة``, a space
before a full stop) are not damage, so leaving is scored as the likelier of the line and the
line without them (:meth:`Judge.leave_score`).
"""

from __future__ import annotations

import bisect
import difflib
import functools
import itertools
import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import resources

from araseclit.repair.chars import tidy_spacing
from araseclit.repair.patterns import ANY_ARABIC, ARABIC_LETTER, ARABIC_MARK, CELL_SEP, DIGIT
from araseclit.repair.readings import (
    ORDERS,
    as_it_stands,
    has_controls,
    normalise,
    read_line,
    word_flips,
)
from araseclit.textmodel.scorer import TextScorer, _differing
from araseclit.textmodel.tokens import tokenize

#: prior probability that a line of a document in order X is in order X too
LINE_PRIOR = 0.9
#: a line's evidence for an order counts up to this many nats (one line cannot decide alone)
LINE_CAP = 20.0


def calibrated(key: str, default: float) -> float:
    """A threshold fitted by ``scripts/calibrate_repair.py`` (on ``corpora/calibration``,
    never on reported data), from ``calibration.json`` beside this module."""
    path = resources.files("araseclit.repair") / "calibration.json"
    try:
        return float(json.loads(path.read_text(encoding="utf-8"))[key])
    except (FileNotFoundError, KeyError, ValueError):
        return default


#: log-likelihood ratio (nats) an order needs over "as it stands" to become the document's
DOC_THRESHOLD = calibrated("doc_threshold", 30.0)
#: share of non-blank lines carrying bidi controls that makes a document pdftotext's
CONTROLLED_SHARE = 0.3
#: share of a document's word forms that must read backwards for the ``words`` order
FLIPPED_SHARE = 0.05
#: a line is decisive for or against an order when its reading changes the score this much
DECISIVE = 2.0
#: share of decisive lines that must favour an order for it to become the document's
SUPPORT_SHARE = 0.6
#: how much likelier (nats) a reading in another order than the document's must be
OTHER_ORDER_MARGIN = 12.0
#: the most lines read to infer the order (spread over the document)
SAMPLE_LINES = 80
#: the lines read first; the rest of the sample only when these leave the order open
FIRST_SAMPLE = 24
#: the first sample settles the order when one passes the threshold this many times over...
SETTLED = 5.0
#: ... and explains the lines better than any other by this many nats
SETTLED_MARGIN = 30.0
#: an order whose evidence in the first sample is below minus this is not read further
HOPELESS = 30.0

# typing habits of clean text, undone before "leave it" is scored: a comma or stop typed
# against the next word "كلمة ،كلمة" / "نص .وفي", a space before one "كلمة ، كلمة" / "نص ."
_AGAINST_NEXT = re.compile(r"(?<=\S) (?:([،؛!؟])(?=[^\s.])|([.:,;])(?=[^\s\d.]))")
_SPACE_BEFORE = re.compile(r"(?<=[^\s\d]) ([،؛.:!؟,;])(?=\s|$)")
_WIDE = re.compile(r"[ \t\u00a0]{2,}")
# ... and one typed against both words: "نص.وفي", "كلمة،كلمة", "الراوي...كانت"
_GLUED_BOTH = re.compile(rf"(?<=[{ARABIC_LETTER}])([.،؛]+|…)(?=[{ARABIC_LETTER}])")
# a line ending in a comma or semicolon on its word, the clause going on below: "في الشمس،"
_COMMA_ENDS = re.compile(rf"[{ARABIC_LETTER}{ARABIC_MARK}][،؛]\s*$")
# a line opening with a comma, semicolon or stop typed against its first word: "،كلمة"
_COMMA_OPENS = re.compile(r"^\s*[،؛.](?=\S)")
# a number glued to the word after it: "2022الذي" (not "2003م", one letter: a year suffix)
_NUMBER_GLUED = re.compile(rf"([{DIGIT}]+)([{ARABIC_LETTER}]{{2,}})")
# a note marker after the stop or comma it belongs before, glued to both, as a word processor
# exports a superscript marker: "حسابات الأمن.1 وقد", "أي مساعدة،5 وأن". No extractor leaves
# a marker so (pypdfium2 gives "الأمن .1 وقد", pdftotext "الأمن 1.وقد"): a habit, which
# "leave it" is scored as "الأمن 1. وقد", the reading the islands order would give
_NOTE_AFTER_STOP = re.compile(
    rf"(?<=[{ARABIC_LETTER}{ARABIC_MARK}])([.،؛,])([{DIGIT}]{{1,3}})(?=\s|$)"
)


def typed_against_next(raws: Sequence[str]) -> bool:
    """Whether a document's commas typed against the next word (``كلمة ،كلمة``) may be a
    typing habit, or must be an extractor's doing. Someone who types a comma against the next
    word does so where a line wraps too, so the comma opens a line (``،كلمة``); pdftotext
    without its bidi controls puts the comma against the next word only inside a line and
    leaves the one where a line wraps on its word (``في الشمس،``). A wrap is a line followed
    by another of the same paragraph (no blank line between: a paragraph that ends on a comma
    is an author's, not a wrap). A document whose lines wrap on such a comma more often than
    they open with one has no such habit: its commas against the next word are damage, and
    "leave it" gets no kindness for them."""
    if any(_NUMBER_GLUED.search(r) for r in raws):
        # a number glued to the next word ("المجلد  ،14العدد") is what pdftotext leaves
        # without its controls, never a typing habit: the document's commas against the
        # next word are the same extractor's doing
        return False
    ends = opens = 0
    for above, below in itertools.pairwise(raws):
        if above.strip() and below.strip():
            ends += bool(_COMMA_ENDS.search(above))
            opens += bool(_COMMA_OPENS.match(below))
    return ends <= opens


def unhabit(text: str, glued: bool = False, against: bool = True) -> str:
    """``text`` with the typing habits of clean text undone (with ``against``, ``كلمة ،كلمة``
    -> ``كلمة، كلمة``; two spaces for one, a bracket glued to its word; with ``glued``, also
    ``نص.وفي`` -> ``نص. وفي``) and spaced as every reading is
    (:func:`araseclit.repair.chars.tidy_spacing`), so that a reading gains on the line as it
    stands by its order alone."""
    text = _NOTE_AFTER_STOP.sub(r" \2\1", text)
    if against:
        text = _AGAINST_NEXT.sub(lambda m: (m.group(1) or m.group(2)) + " ", text)
    if glued:
        text = _GLUED_BOTH.sub(r"\1 ", text)
    return tidy_spacing(_WIDE.sub(" ", _SPACE_BEFORE.sub(r"\1", text)))


#: separators (:data:`~araseclit.repair.patterns.CELL_SEP`) a line needs to be read as a
#: table row. Extractors lay a table's cells out with spaces, never these; so the order of the
#: cells is the writer's, and only what is inside a cell can be an extractor's order (read
#: cell by cell, a clean row has no other reading)
MIN_CELL_SEPS = 2


class Judge:
    """The scorer with a cache, and "leave it" scored kindly (see the module docstring).
    Every raw line it reads or leaves is normalised first by :attr:`norm` (the config's:
    :func:`~araseclit.repair.readings.normalise`, or the line as given where the config
    switches it off); the readings themselves do not normalise."""

    def __init__(
        self,
        scorer: TextScorer,
        fix: Callable[[str], str] | None = None,
        norm: Callable[[str], str] = normalise,
    ) -> None:
        self.scorer = scorer
        self.fix = fix  # damage that is not about order, undone in every reading alike
        self.norm = norm
        self._normal: dict[str, str] = {}
        self.against = True  # commas against the next word may be a habit (typed_against_next)
        self._cache: dict[str, float] = {}
        self._readings: dict[tuple[str, str, str, int], str] = {}
        # a document's lines are left and scored kindly once per order weighed: remembered
        self._left: dict[str, str] = {}
        self._kind: dict[tuple[str, bool], float] = {}

    def read(self, raw: str, order: str, before: str = "AL", flips: set[str] | None = None) -> str:
        """:func:`~araseclit.repair.readings.read_line`, remembered per line."""
        key = (raw, order, before, id(flips))
        text = self._readings.get(key)
        if text is None:
            cells = CELL_SEP.split(raw)
            if len(cells) > 2 * MIN_CELL_SEPS:  # a typed table row: read cell by cell
                text = self._read_cells(cells, order, before, flips)
            else:
                text = read_line(self.normal(raw), order, before, flips, self.better)
            if self.fix is not None:
                text = self.fix(text)
            self._readings[key] = text
        return text

    def _read_cells(self, cells: list[str], order: str, before: str, flips: set[str] | None) -> str:
        """A table row (cells and separators, :data:`CELL_SEP`) read cell by cell in
        ``order``, each cell's spacing and the cells' order kept ("" when a cell has no
        reading in ``order``). Each cell is normalised, and the row again once read (a mark
        the reading of a cell left after a space goes back)."""
        out = []
        for k, cell in enumerate(cells):
            inner = cell.strip()
            if k % 2 or not inner:
                out.append(cell)
                continue
            text = read_line(self.norm(inner), order, before, flips, self.better)
            if not text:
                return ""
            head = cell[: len(cell) - len(cell.lstrip())]
            out.append(head + text + cell[len(cell.rstrip()) :])
        return as_it_stands(self.norm("".join(out)))

    def normal(self, raw: str) -> str:
        """``raw`` normalised as the config says, once per distinct line."""
        text = self._normal.get(raw)
        if text is None:
            text = self._normal[raw] = self.norm(raw)
        return text

    def leave(self, raw: str) -> str:
        """The line as it stands, with what :attr:`fix` undoes undone (as in every reading)."""
        text = self._left.get(raw)
        if text is None:
            text = as_it_stands(self.normal(raw))
            if self.fix is not None and text:
                text = self.fix(text)
            self._left[raw] = text
        return text

    def score(self, text: str) -> float:
        s = self._cache.get(text)
        if s is None:
            s = self.scorer.score(text) if text.strip() else 0.0
            self._cache[text] = s
        return s

    def leave_score(self, text: str) -> float:
        """The line's score with the kindest reading of its typing habits (``ق.م`` is no
        stop typed against two words, so the glued habit is one more candidate, not a rule)."""
        key = (text, self.against)
        best = self._kind.get(key)
        if best is None:
            best = self._kind[key] = self._leave_score(text)
        return best

    def _leave_score(self, text: str) -> float:
        best = self.score(text)
        habits = {unhabit(text, against=self.against), unhabit(text, True, self.against)}
        # a number glued to the next word is no typing habit but what pdftotext leaves
        # without its controls ("عام  ،2022الذي" for "عام 2022، الذي"): not forgiven
        glued = set(_NUMBER_GLUED.findall(text))
        if glued:
            habits = {_reglue(h, glued) for h in habits}
        for plain in habits - {text}:
            best = max(best, self.score(plain))
        return best

    def better(self, old: str, new: str) -> float:
        """How much likelier line ``new`` is than line ``old`` (raw scores, no kindness)."""
        return self.scorer.gain(old, new)


def _reglue(text: str, glued: set[tuple[str, str]]) -> str:
    """``text`` with each (number, word) pair of ``glued`` glued again: "2022 الذي" ->
    "2022الذي"."""
    for number, word in glued:
        text = text.replace(f"{number} {word}", f"{number}{word}")
    return text


@functools.lru_cache(maxsize=4096)
def distinct_share(text: str) -> float:
    """The share of ``text``'s words (Arabic, Latin, numbers) that are distinct forms: how
    much of a line's evidence is its own. A reading gains the same on each repeat of a word
    it reads better, so a line of one or two words repeated ("الأمن الأمن في. الأمن ...")
    would buy a document order by repetition alone; its gain counts once per distinct form
    (the mean over its repeats), as prose, whose words seldom repeat within a line, keeps
    nearly all of its own."""
    words = [t.text for t in tokenize(text) if t.kind in "ALD"]
    return len(set(words)) / len(words) if words else 1.0


#: the most words (both sides) of a line's changed stretch matched word by word in :func:`edits`
EDIT_WORDS = 80


def edits(base: str, text: str) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The changes a reading makes to a line, as (words of the line, words of the reading)
    pairs of the stretches that differ (words split at spaces): ``'الرئيس في. في في'`` read
    ``'الرئيس في .في في'`` is the one change ``(('في.', 'في'), ('في', '.في'))``."""
    old, new = base.split(), text.split()
    # the words the two share at either end first (linear); the rest is matched word by
    # word only when short, as a line read backwards or a long line with many changes is
    # one change of its own anyway (difflib is quadratic: minutes on a 20,000-letter line)
    start, old_end, new_end = _differing(old, new)
    old, new = old[start:old_end], new[start:new_end]
    if len(old) + len(new) > EDIT_WORDS:
        return {(tuple(old), tuple(new))}
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return {
        (tuple(old[i1:i2]), tuple(new[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    }


# a number as a reader reads it: digits, with a clock's colons one number ("00:01:02")
_NUMBER = re.compile(rf"[{DIGIT}]+(?::[{DIGIT}]+)*")


#: shapes of plain numbers held to rise along a line; a clock's numbers (two parts or more)
#: always count. None: small numbers do not rise ("المجلد 4، العدد 1", a note marker after a
#: page), and years do not either, often enough to matter (a history names 1990 before 1978):
#: with years in, pdfplumber's reversed lines of such prose lost their order's evidence and
#: came back word by word (tests/repair/test_model_properties.py, pdfplumber, 57% CER)
RISING_SHAPES: frozenset[tuple[int, ...]] = frozenset()


def _numbers(text: str) -> dict[tuple[int, ...], list[tuple[int, ...]]]:
    """The numbers of ``text`` in order, by shape (the digits of each part: a clock's stamps
    apart from a year, a year apart from a note marker)."""
    out: dict[tuple[int, ...], list[tuple[int, ...]]] = {}
    for m in _NUMBER.finditer(text):
        parts = m.group().split(":")
        out.setdefault(tuple(map(len, parts)), []).append(tuple(map(int, parts)))
    return out


def reverses_numbers(base: str, text: str) -> bool:
    """Whether reading line ``base`` as ``text`` puts numbers of one shape that rise along it
    in falling order: a clock's (``[00:01:02] ... [00:01:05]``, ``10:05 ... 10:55``) or years
    (:data:`RISING_SHAPES`). Such numbers mostly rise along a line, and a right-to-left line in display order
    (what the orders that move whole runs undo) shows them falling; a line whose numbers rise
    as it stands is in logical order, whatever the scorer makes of its clauses swapped about
    them (it may prefer a line that ends in a full stop to one that ends mid-clause)."""
    new = _numbers(text)
    for shape, old in _numbers(base).items():
        if shape not in RISING_SHAPES and len(shape) < 2:
            continue
        if len(old) > 1 and all(a < b for a, b in itertools.pairwise(old)):
            if new.get(shape) == old[::-1]:
                return True
    return False


# a group with no Arabic letter glued inside a pair of brackets ("[00:01:02]", "(Smith, 2019)",
# "[12]", or turned: "]12[", ")2019("), and a list number opening the line ("4. Securitization",
# "4. ينظر"). An extractor keeps such a group whole where it stands among the words (pypdfium2
# and pdftotext without controls turn its brackets, "]00:01:02[", and leave it there); only
# one that moves whole runs takes it away from them, and that one splits the brackets from
# it ("] رغد ... 00:01:02 ... [") and puts a list number's stop before it (".4 ينظر")
_INNER = rf"[^\s\[\](){ARABIC_LETTER}](?:[^\[\](){ARABIC_LETTER}]*[^\s\[\](){ARABIC_LETTER}])?"
_WHOLE_GROUP = re.compile(
    rf"\[({_INNER})\]|\]({_INNER})\[|\(({_INNER})\)|\)({_INNER})\(|^\s*([{DIGIT}]{{1,3}})\.(?=\s+\S)"
)
_NOT_WORD = re.compile(r"\W+")


class _Neighbours:
    """The words either side of a span of one text, letters and digits only ("" at an
    edge), each as the lesser of it and its reverse and on either side (a reading that turns
    the whole line keeps a group among the same words). The text's words are cleaned once and
    found by bisection, so a line's every group costs a logarithm, not the line again."""

    def __init__(self, text: str) -> None:
        self.text = text
        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]
        self.clean = [_NOT_WORD.sub("", text[a:b]) for a, b in spans]
        last, self.prev = -1, []  # the nearest word with letters or digits at or before i
        for i, w in enumerate(self.clean):
            last = i if w else last
            self.prev.append(last)
        nxt, self.next = len(spans), [0] * len(spans)  # ... at or after i
        for i in range(len(spans) - 1, -1, -1):
            nxt = i if self.clean[i] else nxt
            self.next[i] = nxt

    def _before(self, start: int) -> str:
        i = bisect.bisect_left(self.starts, start) - 1  # the last word opening before start
        if i >= 0 and self.ends[i] > start:  # cut by the span: its part before it
            cut = _NOT_WORD.sub("", self.text[self.starts[i] : start])
            if cut:
                return cut
            i -= 1
        j = self.prev[i] if i >= 0 else -1
        return self.clean[j] if j >= 0 else ""

    def _after(self, end: int) -> str:
        k = bisect.bisect_right(self.ends, end)  # the first word closing after end
        if k < len(self.starts) and self.starts[k] < end:  # cut by the span: its part after
            cut = _NOT_WORD.sub("", self.text[end : self.ends[k]])
            if cut:
                return cut
            k += 1
        j = self.next[k] if k < len(self.starts) else len(self.starts)
        return self.clean[j] if j < len(self.starts) else ""

    def __call__(self, start: int, end: int) -> frozenset[str]:
        return frozenset(min(w, w[::-1]) for w in (self._before(start), self._after(end)))


_TOKEN = re.compile(r"\S+")
#: groups of a line :func:`moves_whole_group` looks at: a line of a few hundred citations (a
#: reference list run into one line) would otherwise cost its length squared; the damage it
#: looks for (a transcript's stamps, a note's number) shows in a line's first groups
MAX_GROUPS = 12


def _words(text: str) -> list[str]:
    return sorted(w for w in (_NOT_WORD.sub("", t) for t in text.split()) if w)


def moves_whole_group(base: str, text: str) -> bool:
    """Whether reading line ``base`` as ``text`` moves a group an extractor keeps whole
    (:data:`_WHOLE_GROUP`) away from the words about it: a transcript's stamp opening the
    line read to its end, two clauses swapped about it. The line stands in the order it was
    written, or in one that keeps its groups where they are; the scorer's liking for the
    reading (a line that ends in a full stop, a bracketed number at a line's end as
    citations have it) is no evidence for an order that moves them. A group the reading
    rewrites (a Latin run read backwards) says nothing, nor does a reading that rewrites
    words (one read backwards, pieces joined: pdfplumber's lines), whose neighbours cannot be
    told apart from moved ones."""
    if _words(base) != _words(text):
        return False
    around, around_reading = _Neighbours(base), _Neighbours(text)
    for m in itertools.islice(_WHOLE_GROUP.finditer(base), MAX_GROUPS):
        k = next(i for i in range(1, 6) if m.group(i) is not None)
        inner = m.group(k)
        if not _NOT_WORD.sub("", inner):
            continue  # "(.)": pdftotext's brackets left about a stop, no group
        where = around(m.start(k), m.end(k))
        spots = {around_reading(i.start(), i.end()) for i in re.finditer(re.escape(inner), text)}
        if spots and where not in spots:
            return True
    return False


def _line_evidence(d: float, cap: float = LINE_CAP) -> float:
    """log of P(line | order) / P(line | as it stands) with the line allowed an exception;
    ``d`` (the line's log-likelihood gain under the order) counts up to ``cap``."""
    d = min(d, cap)
    if d > 0:
        return d + math.log(LINE_PRIOR + (1 - LINE_PRIOR) * math.exp(-d))
    return math.log(LINE_PRIOR * math.exp(max(d, -50.0)) + (1 - LINE_PRIOR))


@dataclass
class DocumentOrder:
    """The inferred order, the evidence for every order, the word forms ``words`` turns."""

    order: str
    evidence: dict[str, float] = field(default_factory=dict)
    flips: set[str] = field(default_factory=set)
    support: dict[str, float] = field(default_factory=dict)


def candidate_orders(raws: Sequence[str]) -> list[str]:
    """The orders worth trying on a document: ``embedded`` where pdftotext's controls are,
    ``stripped`` where they are not."""
    controls = any(has_controls(r) for r in raws)
    return [o for o in ORDERS if o != ("stripped" if controls else "embedded")]


def document_order(
    raws: Sequence[str],
    judge: Judge,
    words: Callable[[], list[str]] | None = None,
) -> DocumentOrder:
    """The order the document's lines show (``logical`` when none passes the threshold)."""
    filled = [r for r in raws if r.strip()]
    if not filled:
        return DocumentOrder("logical")
    if sum(has_controls(r) for r in filled) >= CONTROLLED_SHARE * len(filled):
        # pdftotext's embeddings say exactly which order it wrote: nothing to infer
        return DocumentOrder("embedded", {"embedded": math.inf})
    judge.against = typed_against_next(raws)
    forms = set(words()) if words else set()
    flips = word_flips(forms, judge.scorer.arabic)
    if len(flips) < FLIPPED_SHARE * len(forms):
        flips = set()  # a few unknown names read backwards do not make a reversed document
    orders = [o for o in candidate_orders(raws) if o != "words" or flips]
    if flips:  # the words order is weighed as it would read: every form judged (see below)
        flips = word_flips(forms, judge.scorer.arabic, document=True)
    # first a few lines spread over the document; more only if they leave the order open
    evidence, support, fit = _weigh(
        _spread(filled, FIRST_SAMPLE), orders, judge, flips, len(filled)
    )
    if not _settled(evidence, support, fit) and len(filled) > FIRST_SAMPLE:
        orders = [o for o in orders if evidence[o] > -HOPELESS]
        evidence, support, fit = _weigh(
            _spread(filled, SAMPLE_LINES), orders, judge, flips, len(filled)
        )
    passing = [o for o in evidence if evidence[o] > DOC_THRESHOLD and support[o] >= SUPPORT_SHARE]
    # among the orders the evidence supports, the one that explains the lines best
    order = max(passing, key=lambda o: fit[o], default="logical")
    return DocumentOrder(order, evidence, flips if order == "words" else set(), support)


def _spread(lines: list[str], n: int) -> list[str]:
    """At most ``n`` of ``lines``, evenly spread over them."""
    step = max(1, len(lines) // n)
    return lines[::step]


def _weigh(
    sample: list[str], orders: list[str], judge: Judge, flips: set[str], total_lines: int
) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
    """Per order: the evidence (capped, scaled to the whole document), the share of decisive
    lines in favour, and the fit: the log-likelihood ratio over the sample, each line's
    gain uncapped but its loss counted down to -:data:`LINE_CAP` (an order that passes by
    undoing brackets or ``%6`` in some lines must not rotate the rest for free)."""
    scale = total_lines / max(1, len(sample))
    evidence: dict[str, float] = {}
    support: dict[str, float] = {}
    fit: dict[str, float] = {}
    for order in orders:
        total, likelihood, ayes, noes = 0.0, 0.0, 0, 0
        seen: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
        for raw in sample:
            base = judge.leave(raw)
            if not ANY_ARABIC.search(base):
                # a line with no Arabic letter says nothing about how an extractor ordered
                # right-to-left text, only where the scorer likes a line's edge neutrals: a
                # clean paper's note lines "(1) Friedrich Ratzel, ..." read as "... (1)" won
                # it for the islands order (ten of them) or the reversed one (twenty)
                continue
            text = _same_order_reading(raw, order, judge, flips)
            if text == base:
                continue
            d = judge.score(text) - judge.leave_score(base)
            # a line that shows the order is not its own is no evidence for it, nor a fit
            odd = d > 0 and (reverses_numbers(base, text) or moves_whole_group(base, text))
            if odd:
                d = 0.0
            # a change the order makes counts once in the document: near-repeated lines
            # ('الرئيس في. في' in three of four lines, read 'الرئيس في .في') would otherwise
            # buy the order with one word pair's evidence (a line's gain is shared out over
            # its changes, and those already seen in the sample add nothing; a loss counts
            # in full: clean text is never bought the order by a discount)
            changes = edits(base, text)
            fresh = len(changes - seen) / len(changes) if changes and d > 0 else 1.0
            seen |= changes
            total += _line_evidence(d * distinct_share(base) * fresh)
            # which order explains the lines best is asked once the document is known to be
            # scrambled: a line left as it stands is then scored as it stands, no typing
            # habit forgiven (as :func:`choose` does), or an order that leaves a line's
            # commas against the next word would lose nothing there to one that puts them
            # right
            gain = judge.score(text) - judge.score(base)
            likelihood += max(min(gain, 0.0) if odd else gain, -LINE_CAP)
            ayes += d > DECISIVE
            noes += d < -DECISIVE
        evidence[order] = total * scale
        support[order] = ayes / (ayes + noes) if ayes + noes else 0.0
        fit[order] = likelihood
    return evidence, support, fit


def _same_order_reading(raw: str, order: str, judge: Judge, flips: set[str]) -> str:
    """The likeliest of the readings of ``raw`` that are ``order`` (:data:`SAME_ORDER`)."""
    texts = [judge.read(raw, order, "AL", flips)]
    texts += [t for o in SAME_ORDER.get(order, ()) if (t := judge.read(raw, o, "AL", flips))]
    return max(texts, key=judge.score) if len(texts) > 1 else texts[0]


def _settled(evidence: dict[str, float], support: dict[str, float], fit: dict[str, float]) -> bool:
    """The first sample already decides: one order passes by far and fits far better than
    any other, or no order shows any evidence at all."""
    if all(e <= 0 for e in evidence.values()):
        return True
    passing = [
        o for o in evidence if evidence[o] > SETTLED * DOC_THRESHOLD and support[o] >= SUPPORT_SHARE
    ]
    if not passing:
        return False
    # two orders that both pass by far are weighed on the full sample: a few lines that
    # the one reads better (a lifted mark put back at the line's end by reading the runs
    # backwards) must not settle it against the order that explains the rest
    if len(passing) > 1:
        return False
    best = passing[0]
    others = [fit[o] for o in fit if o != best]
    return not others or fit[best] - max(others) > SETTLED_MARGIN


@dataclass(frozen=True)
class Choice:
    """The reading kept for one line, the order it undoes and how sure the choice is."""

    text: str
    order: str
    gain: float  # log-likelihood gain over leaving the line (0 when left)
    confidence: float  # posterior probability of the kept reading against leaving the line


#: orders a line of a document in a given order may be in instead: pdftotext lays some lines
#: out left to right (a reference entry, a line opening with Latin text), and without its
#: controls such a line is read as one (or as runs in display order)
COMPANION_ORDERS: dict[str, tuple[str, ...]] = {"stripped": ("ltr_stripped", "runs")}
#: readings of a line that are the same order as the document's, and share its prior:
#: pdftotext -layout gives a row spread over the line's width (a justified list item, a
#: table row) as embeddings left to right as they stand (``columns``); the scorer tells it
#: from a row that is one embedding
SAME_ORDER: dict[str, tuple[str, ...]] = {
    "embedded": ("columns",),
    "stripped": ("stripped_columns",),
}


def choose(raw: str, doc: DocumentOrder, judge: Judge, before: str = "AL") -> Choice:
    """The reading of ``raw`` with the highest posterior given the document order.

    The document's order has the prior :data:`LINE_PRIOR`; a line that its reading does not
    explain may be in a companion order (:data:`COMPANION_ORDERS`), which must then be
    likelier by :data:`OTHER_ORDER_MARGIN`.
    """
    base = judge.leave(raw)
    if not base or doc.order == "logical":
        return Choice(base, "logical", 0.0, 1.0)
    # (typing habits are a property of clean documents: in a scrambled one, a line left as
    # it stands is scored as it stands)
    stay = judge.score(base)
    prior_doc = math.log(LINE_PRIOR / (1 - LINE_PRIOR))
    best = Choice(base, "logical", 0.0, 0.5)
    best_post = 0.0  # posterior log odds of the best reading against leaving the line
    same = (doc.order, *SAME_ORDER.get(doc.order, ()))
    for order in (*same, *COMPANION_ORDERS.get(doc.order, ())):
        text = judge.read(raw, order, before, doc.flips)
        if not text or text == base:  # (``columns`` has no reading of a row not spread out)
            continue
        gain = judge.score(text) - stay
        post = gain + (prior_doc if order in same else -_other_margin(order, before))
        if post > best_post:
            best_post = post
            best = Choice(text, order, gain, _sigmoid(post))
    if best.order == "logical":
        best = Choice(base, "logical", 0.0, _sigmoid(-best_post))
    return best


#: the margin a line laid out left to right needs after a line that ends in Latin text
#: (a reference list's Latin entry): pdftotext lays out the lines of a left-to-right
#: paragraph so, and the Arabic entry after a Latin one is likelier in it than elsewhere
LTR_AFTER_LATIN_MARGIN = 6.0


def _other_margin(order: str, before: str) -> float:
    """How much likelier a reading in companion ``order`` must be than the document order's."""
    if order == "ltr_stripped" and before == "L":
        return LTR_AFTER_LATIN_MARGIN
    return OTHER_ORDER_MARGIN


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, x))))
