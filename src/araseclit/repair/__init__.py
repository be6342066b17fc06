"""Repair Arabic text that a PDF extractor already turned into scrambled lines.

>>> repair_text("\u202b\u202a 3.1\u202cالإطار المفاهيمي\u202c")
'3.1 الإطار المفاهيمي'

Repair is a choice between readings, made by a scoring model of clean Arabic text
(:mod:`araseclit.textmodel`: word frequencies, letter and structure n-grams, all from
outside this project), and "leave it as it is" is always one of the readings:

1. **Order.** Every raw line is normalised once (operation ``normalise``:
   :func:`.readings.normalise`), and has a reading under each order an extractor leaves
   (:mod:`.readings`; :mod:`araseclit.scramble` runs them forward). Which order the
   document is in is a latent property of the whole document, inferred from all its lines
   (:func:`.decide.document_order`); each line then keeps the reading with the highest
   posterior (:func:`.decide.choose`). A clean document stays as it is.
2. **Damage beyond order.** Passes that undo what extractors do besides order (kashida
   junk, lifted brackets and tanween, cut lines, lam-alef read alef first, split words,
   citation pieces; :mod:`.passes`) run only for the orders whose extractors do it, and
   through a guard (:mod:`.guard`): a change stands only where the scorer finds the text
   likelier.
3. **Layout.** Running heads, page numbers, headings, footnotes and paragraphs
   (:mod:`.layout`).

Every change is logged on its line (:class:`~araseclit.document.RepairOp`, versioned
operation names in :mod:`.ops`); :class:`RepairConfig` switches operations, or repair, off.
:func:`text_quality` says when a text layer is beyond repair. Repairing twice changes
nothing. Regular expressions live in :mod:`.patterns`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from araseclit.charsets import ARABIC_RUN_RE
from araseclit.document import NOISE_KINDS, Line, assemble
from araseclit.repair import layout
from araseclit.repair.bidi import last_strong
from araseclit.repair.chars import (
    decompose_presentation_forms,
    drop_bidi_controls,
    drop_unmapped_glyphs,
    fix_latin_comma,
    fix_ligature_order,
    fix_locator_order,
    fix_reversed_digits,
    fix_swapped_lam_alef,
    join_detached_marks,
    join_stray_last_letter,
    move_heading_number,
    swapped_lam_alef_signs,
    tidy_spacing,
    unify_persian_letters,
    unmirror_brackets,
)
from araseclit.repair.clusters import cluster_gapped, segment_clusters
from araseclit.repair.cut_citations import restore_cut_citations
from araseclit.repair.decide import (
    Choice,
    DocumentOrder,
    Judge,
    choose,
    document_order,
)
from araseclit.repair.guard import guarded, guarded_texts
from araseclit.repair.kashida import drop_kashida_junk
from araseclit.repair.mark_order import marks_after_letter, marks_first
from araseclit.repair.marks import join_detached_alef, rejoin_mark_pieces
from araseclit.repair.ops import DEFAULT, OPERATIONS, RepairConfig, op_name, record
from araseclit.repair.order import reorder_embedded, reorder_islands, reorder_runs, reverse_line
from araseclit.repair.passes import AFTER_LAYOUT, AFTER_PARAGRAPHS, BEFORE_LAYOUT, Context
from araseclit.repair.quality import (
    _PRIVATE_USE,
    MAX_MALFORMED_SHARE,
    MIN_KNOWN_SHARE,
    MIN_WORDS,
    TextQuality,
    text_quality,
    unmapped_runs,
)
from araseclit.repair.readings import as_it_stands, normalise, read_line
from araseclit.repair.split_lines import merge_split_citations
from araseclit.repair.words import join_split_words, rejoin_words
from araseclit.textmodel.scorer import TextScorer, reads_text
from araseclit.textmodel.tokens import _TOKEN

__all__ = [
    "OPERATIONS",
    "RepairConfig",
    "RepairResult",
    "TextQuality",
    "decompose_presentation_forms",
    "drop_bidi_controls",
    "drop_unmapped_glyphs",
    "fix_latin_comma",
    "fix_ligature_order",
    "fix_locator_order",
    "fix_reversed_digits",
    "fix_swapped_lam_alef",
    "join_detached_marks",
    "join_split_words",
    "join_stray_last_letter",
    "move_heading_number",
    "read_line",
    "reorder_embedded",
    "reorder_islands",
    "reorder_runs",
    "repair_line",
    "repair_lines",
    "repair_text",
    "reverse_line",
    "text_quality",
    "tidy_spacing",
    "unify_persian_letters",
    "unmirror_brackets",
]

#: log prior odds (nats) a pass's change has in a document whose order shows its damage: the
#: passes undo damage the document's extractor is known to do, so in such a document a change
#: of theirs is taken unless the scorer finds the text clearly worse for it
PASS_PRIOR = 6.0
#: lam-alef ligatures read alef first in a document before all of its lam-alefs are taken so
SWAPPED_LAM_ALEF_SIGNS = 5
#: characters of body text whose tokens are listed at a time for the document's text quality
#: (:func:`body_text_quality`): the whole text's tokens at once took about 50 bytes a character
QUALITY_BLOCK_CHARS = 100_000


@dataclass
class RepairResult:
    """Repaired lines (logical order, with layout kinds), the share of body lines repaired,
    the document order that was undone and the text quality of the result."""

    lines: list[Line]
    score: float
    order: str = "logical"
    evidence: dict[str, float] = field(default_factory=dict)
    quality: TextQuality | None = None


def _judge(
    fix: Callable[[str], str] | None = None, norm: Callable[[str], str] = normalise
) -> Judge:
    from araseclit.textmodel.scorer import default_scorer

    return Judge(default_scorer(), fix, norm)


def _character_fix(raw_lines: list[str], config: RepairConfig) -> Callable[[str], str] | None:
    """Damage a font does under any order, undone in every reading alike so that readings
    differ by order alone: lam-alef ligatures read alef first (``األمن``, forms no word has;
    and, where the document shows it at least :data:`SWAPPED_LAM_ALEF_SIGNS` times, every
    lam-alef: ``ال يعد`` for ``لا يعد``)."""
    if not config.allows(op_name("lam_alef")):
        return None
    from araseclit.textmodel.scorer import default_scorer

    gain = default_scorer().gain
    swapped = _swapped_lam_alefs(raw_lines)

    def fix(text: str) -> str:
        fixed = fix_ligature_order(text)
        if swapped:
            fixed = fix_swapped_lam_alef(fixed, gain)  # swap, join or leave each "ال"
        return fixed if fixed != text and gain(text, fixed) > 0 else text  # must read better

    return fix


def repair_line(
    raw: str, doc_order: str = "logical", before: str = "AL", flips: set[str] | None = None
) -> tuple[str, float]:
    """One raw line -> (its reading, how sure the choice is that it needed repair, 0..1).

    ``doc_order`` is the document's order (:func:`.decide.document_order`), ``before`` the
    bidi class of the last strong character of the previous line, ``flips`` the word forms
    the ``words`` order turns round. The line keeps the reading with the highest posterior.
    """
    doc = DocumentOrder(doc_order, flips=flips or set())
    choice = choose(raw, doc, _judge(), before)
    return choice.text, (choice.confidence if choice.order != "logical" else 0.0)


#: what one raw pass did: its operation, the lines before and after it, the gain of each
#: changed line it kept
RawStep = tuple[str, list[str], list[str], dict[int, float]]


def _raw_passes(
    raw_lines: list[str],
    doc: DocumentOrder,
    judge: Judge,
    config: RepairConfig,
    unstretched: list[str],
    norm: Callable[[str], str],
) -> tuple[list[str], list[RawStep]]:
    """Passes over raw lines (before reading), each guarded on the lines' readings (``norm``
    normalises a line before it is read); ``unstretched`` is ``raw_lines`` without the
    kashida glyphs, found once for the order. Returns the lines and what each pass did."""
    texts = list(raw_lines)
    order = doc.order
    done: list[RawStep] = []

    def read(raw: str) -> str:
        return (
            read_line(norm(raw), order, flips=doc.flips, better=judge.better)
            if order != "logical"
            else as_it_stands(norm(raw))
        )

    # (the first step: its input is raw_lines, whose glyph-free form is already known)
    steps = [("kashida_glyphs", lambda lines: unstretched, True)]
    if order == "reversed":
        steps.append(("split_citations", merge_split_citations, True))
    if order in ("islands", "words", "runs", "stripped"):
        # (not in the words order: Chromium's pypdfium2 cuts a line at any marked letter, and
        # the tanween pieces, glued here two by two, are the pieces :mod:`.mark_cuts` puts
        # back whole; with them glued first, corpora/calibration's Chromium renditions and
        # forward scrambles read 7.62% CER, without 7.10%)
        if order != "words":
            steps.append(("mark_pieces", rejoin_mark_pieces, True))
        steps.append(("cut_citations", restore_cut_citations, True))
    for short, run, _ in steps:
        name = op_name(short)
        if config.allows(name):
            old = texts
            texts, gains = guarded_texts(name, run, texts, judge.score, read, _margin(order))
            if gains:
                done.append((short, old, texts, gains))
    return texts, done


def _read(
    sources: tuple[list[str], list[str]],
    raw_lines: list[str],
    texts: list[str],
    done: list[RawStep],
    doc: DocumentOrder,
    judge: Judge,
    feeds: bool,
    config: RepairConfig,
) -> list[Line]:
    """Every line read (``texts``: the raw lines after the raw passes; the judge normalises
    them), each change to it logged under its operation (``done``: what the raw passes did)."""
    lines: list[Line] = []
    page = 1
    before = "AL"
    allow_order = config.allows(op_name("read_order"))
    for number, (src, marked, raw, cleaned) in enumerate(
        zip(*sources, raw_lines, texts, strict=True), start=1
    ):
        head = len(raw) - len(raw.lstrip("\f \t"))
        page += raw[:head].count("\f")  # a form feed before the text opens its page
        base = judge.leave(cleaned)
        choice = (
            choose(cleaned, doc, judge, before)
            if allow_order
            else Choice(base, "logical", 0.0, 1.0)
        )
        text = choice.text
        before = last_strong(text, before)
        ln = Line(text, page if feeds else None, number, raw=src)
        if text != src.strip():
            ln.changed = True
            _log_steps(ln, (src, marked, raw, cleaned, base), done, judge)
            if text != base:
                ln.ops.append(record(op_name("read_order"), base, text, choice.gain))
        ln.score = choice.confidence if choice.order != "logical" else 1.0 - choice.confidence
        lines.append(ln)
        page += raw[head:].count("\f")
    return lines


def _log_steps(ln: Line, forms: tuple[str, ...], done: list[RawStep], judge: Judge) -> None:
    """What each step before reading did to line ``ln``, logged with how much likelier the
    scorer finds the line after it (the raw passes' gains are their guards'): ``forms`` are
    the line as the extractor gave it, with its marks moved, with its clusters joined, after
    the raw passes, normalised, and left with its lam-alefs fixed."""
    src, marked, raw, cleaned, base = forms
    plain = drop_bidi_controls(raw.strip())
    moved = drop_bidi_controls(marked.strip())
    steps: list[tuple[str, str, str, float | None]] = [
        ("mark_order", drop_bidi_controls(src.strip()), moved, None),
        ("cluster_gaps", moved, plain, None),
    ]
    k = ln.line - 1
    for short, old, new, gains in done:
        if k in gains:
            steps.append(
                (
                    short,
                    drop_bidi_controls(old[k].strip()),
                    drop_bidi_controls(new[k].strip()),
                    gains[k],
                )
            )
    normal = as_it_stands(judge.normal(cleaned))
    steps += [
        ("normalise", drop_bidi_controls(cleaned.strip()), normal, None),
        ("lam_alef", normal, base, None),
    ]
    for short, old, new, gain in steps:
        if old != new:
            if gain is None:
                gain = judge.score(new) - judge.score(old)
            ln.ops.append(record(op_name(short), old, new, gain))


def _normaliser(config: RepairConfig) -> Callable[[str], str]:
    """What each raw line is read from: normalised (:func:`.readings.normalise`) unless the
    config switches ``normalise`` off, when it is read as the extractor gave it."""
    return normalise if config.allows(op_name("normalise")) else _as_given


def _as_given(raw: str) -> str:
    return raw


@reads_text  # a Persian text's words are scored as Persian
def repair_lines(raw_text: str, config: RepairConfig = DEFAULT) -> RepairResult:
    """Every raw line -> a :class:`Line` in logical order with kind, page and paragraph start."""
    source = [r.removesuffix("\r") for r in raw_text.split("\n")]
    feeds = "\f" in raw_text
    if not config.enabled:
        return _unrepaired(source, feeds)
    marked, raw_lines = _glyph_order(source, config)
    fix = _character_fix(raw_lines, config)
    # each line normalised once (by the judge): every reading of it starts from that
    norm = _normaliser(config)
    judge = _judge(fix, norm)

    # the order is judged on the lines without the font's kashida glyphs: a glyph that is a
    # full stop or a comma (``اق..تراب``) otherwise reads as clauses in the wrong order
    unstretched = (
        drop_kashida_junk(raw_lines) if config.allows(op_name("kashida_glyphs")) else raw_lines
    )

    def words() -> Iterator[str]:
        """Every Arabic-script word form of the document, as it comes (the order's decision
        keeps the distinct ones: no list of every word of a book)."""
        forms = (
            m.group() for r in unstretched for m in ARABIC_RUN_RE.finditer(drop_bidi_controls(r))
        )
        return (fix(w) for w in forms) if fix is not None else forms

    if config.allows(op_name("read_order")):
        doc = document_order(unstretched, judge, words)  # type: ignore[arg-type]
    else:
        doc = DocumentOrder("logical")
    texts, done = _raw_passes(raw_lines, doc, judge, config, unstretched, norm)
    lines = _read((source, marked), raw_lines, texts, done, doc, judge, feeds, config)
    ligatures = config.allows(op_name("lam_alef"))

    def reread(raw: str, before: str) -> str:
        """A raw line read again by a pass, as the lines before it were read and fixed."""
        if doc.order == "logical":
            return as_it_stands(norm(raw))
        text = read_line(norm(raw), doc.order, before, doc.flips, judge.better)
        return fix_ligature_order(text) if ligatures else text

    swapped = _swapped_lam_alefs(texts)
    ctx = Context(doc.order, texts, reread, swapped, lambda t: as_it_stands(norm(t)))
    _run_passes(BEFORE_LAYOUT, lines, ctx, judge, config)
    laid_out = config.allows(op_name("layout"))
    if laid_out:
        _logged_layout(lines, feeds, judge.score)
    else:
        _blank_line_paragraphs(lines)
    for short, run in (("split_pieces", layout.move_split_pieces), ("split_words", rejoin_words)):
        if config.allows(op_name(short)):
            guarded(op_name(short), run, lines, judge.score, _margin(doc.order))
    _run_passes(AFTER_LAYOUT, lines, ctx, judge, config)
    if laid_out:
        layout.mark_paragraphs(lines)
    _run_passes(AFTER_PARAGRAPHS, lines, ctx, judge, config)
    body = [ln for ln in lines if ln.kind not in NOISE_KINDS]
    repaired = sum(1 for ln in body if ln.changed)
    quality = body_text_quality((ln.text for ln in body), judge.scorer, raw=raw_text)
    return RepairResult(
        lines, repaired / len(body) if body else 0.0, doc.order, doc.evidence, quality
    )


def _swapped_lam_alefs(lines: list[str]) -> bool:
    """Whether ``lines`` show at least :data:`SWAPPED_LAM_ALEF_SIGNS` lam-alefs read alef
    first (:func:`.chars.swapped_lam_alef_signs`), each line looked at as it comes."""
    plain = (decompose_presentation_forms(drop_bidi_controls(r)) for r in lines)
    return swapped_lam_alef_signs(plain) >= SWAPPED_LAM_ALEF_SIGNS  # type: ignore[arg-type]


def body_text_quality(
    texts: Iterable[str],
    scorer: TextScorer,
    also: Mapping[str, float] | None = None,
    raw: str | None = None,
) -> TextQuality:
    """:func:`.quality.text_quality` of ``" ".join(texts)`` (a document's body lines), counted
    a block of about :data:`QUALITY_BLOCK_CHARS` at a time: the same figures, without the
    tokens of a whole book at once. A token never crosses the space that joins two lines
    (only white space can run on across it, and white space is neither a word nor a token
    the shares count), so the blocks' counts add up to the whole text's."""
    words = known = tokens = bad = unreadable = 0
    for block in _blocks(texts, QUALITY_BLOCK_CHARS):
        q = scorer.quality(block, also)
        n = sum(1 for m in _TOKEN.finditer(block) if m.lastgroup != "S")  # tokenize's kinds
        words += q.words
        known += round(q.known_share * q.words)  # (shares of whole counts: exact)
        tokens += n
        bad += round(q.malformed_share * n)
        unreadable += len(_PRIVATE_USE.findall(block))
    # from here as text_quality, on the whole text's counts
    known_share = known / words if words else 0.0
    malformed = bad / tokens if tokens else 0.0
    runs = unmapped_runs(raw) if raw else 0
    if unreadable or runs:
        malformed = (malformed * tokens + unreadable + runs) / (tokens + runs)
    enough = words >= MIN_WORDS or unreadable + runs >= MIN_WORDS
    damaged = enough and (known_share < MIN_KNOWN_SHARE or malformed > MAX_MALFORMED_SHARE)
    return TextQuality(round(known_share, 4), round(malformed, 4), words, damaged)


def _blocks(texts: Iterable[str], size: int) -> Iterator[str]:
    """``texts`` joined with a space, a block of at least ``size`` characters at a time (the
    last may be shorter; none for no texts)."""
    block: list[str] = []
    n = 0
    for text in texts:
        block.append(text)
        n += len(text) + 1
        if n >= size:
            yield " ".join(block)
            block, n = [], 0
    if block:
        yield " ".join(block)


def _logged_layout(lines: list[Line], feeds: bool, score: Callable[[str], float]) -> None:
    """Running heads, page numbers, headings and footnotes found and pages inferred
    (:mod:`.layout`); where that rewrote a line (a running head's reversed year turned
    round, a heading's number moved to its front), the change is logged as ``layout``, with
    how much likelier the line reads after it."""
    before = [ln.text for ln in lines]
    layout.classify(lines)
    layout.infer_pages(lines, has_form_feeds=feeds)
    name = op_name("layout")
    for ln, old in zip(lines, before, strict=True):
        if ln.text != old:
            ln.changed = True
            ln.ops.append(record(name, old, ln.text, score(ln.text) - score(old)))


def _blank_line_paragraphs(lines: list[Line]) -> None:
    """Layout switched off: no line is a running head, page number, heading or footnote
    (all stay in the text), pages come from form feeds alone, and a paragraph starts at the
    first line and after each blank line, as the text draws them."""
    blank = True
    for ln in lines:
        if not ln.text.strip():
            ln.kind, blank = "blank", True
            continue
        ln.para_start, blank = blank, False


def _glyph_order(raw_lines: list[str], config: RepairConfig) -> tuple[list[str], list[str]]:
    """The raw lines of a document that gives every mark before its letter, marks after
    their letters (:mod:`.mark_order`; the alef a tanween word lost to a space joined back,
    ``فاعًل ا`` -> ``فاعلًا``) and, where it also put a space after every glyph
    cluster, its words read back (:mod:`.clusters`); other documents' lines as they are.
    Done before the lines are read: reading glues a mark after a space to the word before.
    Returns the lines with their marks moved, then with their words read back."""
    if not config.allows(op_name("mark_order")):
        return raw_lines, raw_lines
    if not marks_first([drop_bidi_controls(r) for r in raw_lines]):
        return raw_lines, raw_lines
    marked = [join_detached_alef(marks_after_letter(r)) for r in raw_lines]
    if not (config.allows(op_name("cluster_gaps")) and cluster_gapped(marked)):
        return marked, marked
    from araseclit.textmodel.scorer import default_scorer

    model = default_scorer().arabic
    return marked, [segment_clusters(r, model) for r in marked]


def _margin(order: str) -> float:
    """What a pass's change must gain: in a scrambled document, whose lines show the damage
    the pass undoes, the change has the prior of the document's order on its side."""
    return -PASS_PRIOR if order != "logical" else 0.0


def _run_passes(
    passes: tuple, lines: list[Line], ctx: Context, judge: Judge, config: RepairConfig
) -> None:
    for p in passes:
        name = op_name(p.op)
        if ctx.order in p.orders and config.allows(name):
            guarded(name, lambda ls, p=p: p.run(ls, ctx), lines, judge.score, _margin(ctx.order))


def _unrepaired(raw_lines: list[str], feeds: bool) -> RepairResult:
    """The lines as they stand, bidi controls and glyphs with no text (``(cid:30)``, control
    characters) dropped, laid out in pages and paragraphs (noise lines are marked, but no
    line's text is changed)."""
    lines: list[Line] = []
    page = 1
    for number, raw in enumerate(raw_lines, start=1):
        head = len(raw) - len(raw.lstrip("\f \t"))
        page += raw[:head].count("\f")
        text = drop_bidi_controls(drop_unmapped_glyphs(raw.replace("\f", ""))).strip()
        lines.append(Line(text, page if feeds else None, number, raw=raw))
        page += raw[head:].count("\f")
    texts = [ln.text for ln in lines]
    layout.classify(lines)
    layout.infer_pages(lines, has_form_feeds=feeds)
    layout.mark_paragraphs(lines)
    for ln, text in zip(lines, texts, strict=True):
        ln.text = text  # (layout turns a header's reversed year round: no repair here)
    return RepairResult(lines, 0.0)


def repair_text(raw_text: str, config: RepairConfig = DEFAULT) -> str:
    """The repaired text in logical reading order (what ``araseclit text`` prints)."""
    text, _ = assemble(repair_lines(raw_text, config).lines)
    return text
