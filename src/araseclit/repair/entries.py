"""Latin reference entries whose punctuation and digits came apart from their words, put back.

When the punctuation and digits of a Latin line inside an Arabic document are drawn in the
Arabic font, an extractor may give them as one block after the line's Latin words, left to
right (:func:`split_block`; LibreOffice's Noto fonts read by pypdfium2 do this);
:func:`merge_trailing_blocks` puts them back between the words, in documents where such
lines recur. Where each token goes is the
cheapest order-keeping placement (:func:`cheapest_split`) under the rules of an author-date
reference list (:func:`render_entry`: a surname takes a comma, an initial and a closing
bracket their stop, a year its brackets, the entry's last colon stands between place and
publisher), with what the document's other entries know (:func:`render_entries`). The same
rules place the punctuation and digits pdfplumber gives as a line of their own
(:func:`araseclit.repair.split_lines.merge_latin_lines`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from araseclit.charsets import ARABIC_BLOCK, PRESENTATION_FORM
from araseclit.document import Line
from araseclit.repair import patterns as P

# a token of the block pypdfium2 gives after the Latin words (raw): ",", ".,", "1991", "2022.",
# "17,", a hyphen the Arabic font drew, and the entry number "]3[" (drawn at the right, mirrored)
_BLOCK_TOKEN = re.compile(r"^(?:[.,:;!?]+|\d+(?:[-\u2013]\d+)?[.,:;]*|[-\u2013]|\]\d+\[)$")
# what the Latin words of such a line never hold: digits and stops went to the block
_WORDS_NOT = re.compile(f"[\\d.,:;{ARABIC_BLOCK}{PRESENTATION_FORM}\ufeff]")
# a Latin chunk: it carries a letter, a bracket or an ampersand
_LATIN_CHUNK = re.compile(r"[A-Za-z\u00c0-\u024f()&]")
_INITIAL = re.compile(r"^[A-Z]$")
_LOWER_WORD = re.compile(r"^[a-z]+$")
_LETTER = re.compile(r"^\(?[a-z]$")  # a lone letter inside brackets: "(n d )" for "(n.d.)"
_ORDINAL_WORD = re.compile(r"^(?:st|nd|rd|th)$")
_NUMBER_TOKEN = re.compile(r"^\d+(?:[-\u2013]\d+)?[.,:;]*$")
# a token of punctuation only: ".", ".,"
_PUNCT = re.compile(r"^[.,:;!?]+$")
# the dashes of a page range or a hyphenated word: "45-47", "45–47", "Al-Marashi"
DASHES = ("-", "\u2013")
# a line of a page range alone, its dash drawn in the Latin font and given last (raw)
_PAGES_LINE = re.compile(r"^\.(\d+) (\d+) ([-\u2013])$")
#: lines of Latin words with a trailing block a document needs before they are put back
MIN_BLOCK_LINES = 3


@dataclass
class Entry:
    """One raw line of a Latin reference entry, taken apart as pypdfium2 gave it."""

    chunks: list[str]  # the Latin words (and brackets), in logical order
    tokens: list[str]  # their punctuation and digits, in logical order
    closed: bool  # the line ends its entry (its final stop was given first)
    number: str = ""  # the entry number, "[3]"


def split_block(raw: str) -> Entry | None:
    """A raw line -> its Latin words and the block of their punctuation and digits, or None.

    With Noto fonts LibreOffice draws the punctuation and digits of a Latin line inside an
    Arabic document in the Arabic font, and pypdfium2 gives them as one block after the
    line's Latin words, left to right; the entry's final full stop, drawn at the far left,
    comes first: ``.Buzan B ( ) People ... Rienner , . 1991 . , . 2 . :``.

    >>> e = split_block(".Smith J ( ) Rivers and Power Leiden Brill , . 2014 . . :")
    >>> (e.chunks[:3], e.tokens[:3], e.closed)
    (['Smith', 'J', '('], [',', '.', '2014'], True)
    """
    text = raw.replace("\f", "").strip()
    pages = _PAGES_LINE.match(text)
    if pages:  # the last line of a journal entry: "100-125." as ".100 125 -"
        return Entry([pages.group(3)], [pages.group(1), pages.group(2)], True)
    closed = bool(re.match(r"^\.[A-Za-z\u00c0-\u024f(]", text))
    words = (text[1:] if closed else text).split()
    k = max((i + 1 for i, w in enumerate(words) if _LATIN_CHUNK.search(w)), default=0)
    chunks, tokens = words[:k], words[k:]
    if not chunks or not P.ANY_LATIN.search(" ".join(chunks)):
        return None
    if any(_WORDS_NOT.search(c) for c in chunks) or not all(map(_BLOCK_TOKEN.match, tokens)):
        return None
    number = ""
    if tokens and tokens[-1].startswith("]"):
        number, tokens = f"[{tokens[-1][1:-1]}]", tokens[:-1]
    if any(t.startswith("]") for t in tokens):
        return None
    return Entry(chunks, tokens, closed, number)


def _bracket_depths(chunks: list[str]) -> list[int]:
    """How many brackets are open after each chunk."""
    depths, depth = [], 0
    for c in chunks:
        depth += c.count("(") - c.count(")")
        depths.append(depth)
    return depths


def _punct_cost(
    chunks: list[str], i: int, p: str, closed: bool, depth: int, continued: bool = False
) -> float:
    """How unlikely punctuation ``p`` is in the gap before chunk ``i`` of a reference entry.

    The rules are those of any author-date reference list: a closing bracket and an initial
    take a stop, a surname before an initial a comma, an edition's ``ed`` its stop; inside
    the entry a stop or colon neither follows a lowercase title word (``and``, ``of``) nor
    precedes one; nothing but the final stop ends a closed entry, and a line the entry goes on
    after (``continued``) may end in any stop.
    """
    left = chunks[i - 1] if i > 0 else None
    right = chunks[i] if i < len(chunks) else None
    if left is None:
        return 10.0
    if right is None and closed:
        return 10.0
    cost = 0.5 if right is None and not continued else 0.0
    if left.endswith(")") and p[0] in ".,":
        cost -= 1.5
    if (_INITIAL.match(left) or (depth and _LETTER.match(left))) and p in (".", ".,"):
        cost -= 1.5
    if right and _INITIAL.match(right) and p == ",":
        cost -= 1.0
    after_ordinal = i >= 2 and bool(_ORDINAL_WORD.match(chunks[i - 2]))
    if after_ordinal and p == ".":
        cost -= 1.0  # "2nd ed."
    elif _LOWER_WORD.match(left) and not depth:
        cost += 2.0
    if right and _LOWER_WORD.match(right) and p in (".", ":") and not depth:
        if not _ORDINAL_WORD.match(right):
            cost += 2.0
    return cost


def _number_cost(chunks: list[str], i: int, t: str, first: bool, last: bool) -> float:
    """How unlikely number ``t`` is in the gap before chunk ``i``: a year or an issue inside
    ``( )``, a volume before its issue's bracket, an edition before ``nd``, the ends of a
    page range around its dash, a whole page range last."""
    left = chunks[i - 1] if i > 0 else None
    right = chunks[i] if i < len(chunks) else None
    cost = 1.0
    digits = t.isdigit()
    if first and digits and left and left.endswith("("):
        cost -= 3.0
    if last and right is None and re.match(r"^\d+[-\u2013]\d+", t):
        cost -= 1.0
    if last and digits and right and _ORDINAL_WORD.match(right):
        cost -= 3.0
    if last and digits and right == "(":
        cost -= 2.0
    if first and left in DASHES:
        cost -= 2.0
    if last and digits and right in DASHES:
        cost -= 2.0
    return cost


@dataclass
class _Context:
    """What the placement of one line's tokens knows beyond its own words."""

    closed: bool  # the line ends its entry
    after: int = 0  # words of the entry on the lines after this one
    colon: int | None = None  # index of the token that is the entry's last colon
    allowed: dict[int, tuple[int, ...]] | None = None  # token index -> gaps it may take
    names: frozenset[str] = frozenset()  # capitalised words that recur in the entries
    head: tuple[str, ...] = ()  # the first words of the entry (its author)
    later: tuple[str, ...] = ()  # the words of the entry on the lines after this one
    small: frozenset[str] = frozenset()  # words the entries write in lowercase ("the", "a")


def _entry_gap_cost(
    chunks: list[str],
    i: int,
    start: int,
    tokens: list[str],
    ctx: _Context,
    depths: list[int] | None = None,
) -> float:
    """How unlikely it is that ``tokens`` (from token ``start`` on) stood just before chunk
    ``i`` (``len(chunks)``: after the last one) of a reference entry whose words pypdfium2
    gave apart from them."""
    left = chunks[i - 1] if i > 0 else None
    right = chunks[i] if i < len(chunks) else None
    depths = depths if depths is not None else _bracket_depths(chunks)
    depth = depths[i - 1] if i > 0 else 0
    # a dash drawn among the words is a page range's: numbers stand on both its sides
    lone_dash = 3.0 * (right in DASHES and not (tokens and _NUMBER_TOKEN.match(tokens[-1])))
    lone_dash += 3.0 * (left in DASHES and not (tokens and _NUMBER_TOKEN.match(tokens[0])))
    if not tokens:
        if left and left.endswith("(") and right and right.startswith(")"):
            return 5.0  # an empty year bracket
        if left and (left.endswith(")") or _INITIAL.match(left)) and right is not None:
            return 1.0  # a bracket or initial without its stop
        return lone_dash
    if ctx.allowed and any(i not in ctx.allowed.get(start + k, (i,)) for k in range(len(tokens))):
        return float("inf")
    cost = lone_dash + 0.3 * (len(tokens) - 1)
    if len(tokens) == 2 and _PUNCT.match(tokens[0]) and _NUMBER_TOKEN.match(tokens[1]):
        cost -= 0.6  # "Fear. 2nd", "Engineering, 8(4)"
    for k, t in enumerate(tokens):
        if _NUMBER_TOKEN.match(t):
            cost += _number_cost(chunks, i, t, k == 0, k == len(tokens) - 1)
        elif t in DASHES:  # a hyphen the Arabic font drew joins two words
            cost += _hyphen_cost(left, right, i) + 5.0 * (len(tokens) - 1)
        elif k > 0:
            cost += 5.0  # two stops are drawn as one token (".,")
        else:
            ends = ctx.closed and k == len(tokens) - 1  # a number may follow: "), 45-47."
            cost += _punct_cost(chunks, i, t, ends, depth, ctx.after > 0 or not ends)
            if start == ctx.colon:
                cost += _colon_cost(chunks, i, ctx)
            elif t in (".", ":") and right and right.lower() in ctx.small and right[0].isupper():
                cost -= 0.6  # "Groups: The Challenge": a small word capitalised opens a unit
    return cost


def _hyphen_cost(left: str | None, right: str | None, i: int) -> float:
    """A hyphen joins two words, in a title most often two capitalised ones
    (``Counter-Insurgency``, ``Al-Marashi``); the earlier gap wins a tie."""
    if not (left and right and left[-1].isalpha() and right[0].isalpha()):
        return 5.0
    lower = bool(_LOWER_WORD.match(left) or _LOWER_WORD.match(right))
    return 1.0 * lower + 0.01 * i


#: how unlikely a publisher of 1, 2, 3, 4 words is (after the entry's last colon)
_PUBLISHER_WORDS = {1: 0.1, 2: 0.0, 3: 0.2, 4: 0.4}


def _colon_cost(chunks: list[str], i: int, ctx: _Context) -> float:
    """The entry's last colon stands between place and publisher (``Boulder: Lynne
    Rienner.``): one to four words follow it, and the place before it is a name the
    reference list uses more than once."""
    words = len(chunks) - i + ctx.after
    cost = _PUBLISHER_WORDS.get(words, 1.5)
    publisher = (*chunks[i:], *ctx.later)
    if publisher and ctx.head[: len(publisher)] == publisher:
        cost -= 0.5  # the author publishes its own work: "HRW (2019). ... New York: HRW."
    if i > 0 and chunks[i - 1] in ctx.names:
        cost -= 0.4
    return cost


#: the most punctuation and digit tokens one gap between words of an entry takes
#: ("), 45-47." is four); bounds the split search, which is otherwise cubic in the entry
MAX_GAP_TOKENS = 6


def cheapest_split(
    n: int, tokens: list[str], cost: Callable[[int, int, int], float], most: int | None = None
) -> tuple[float, list[list[str]]]:
    """The cheapest order-keeping split of ``tokens`` into ``n`` gaps (dynamic programming):
    ``cost(i, j, k)`` prices ``tokens[j:k]`` in gap ``i``; a gap takes at most ``most``."""
    m, inf = len(tokens), float("inf")
    # best[i][j]: cost of the first i gaps holding the first j tokens
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n):
        for j in range(m + 1):
            if best[i][j] == inf:
                continue
            for k in range(j, m + 1 if most is None else min(m, j + most) + 1):
                c = best[i][j] + cost(i, j, k)
                if c < best[i + 1][k]:
                    best[i + 1][k], back[i + 1][k] = c, j
    gaps: list[list[str]] = []
    k = m
    for i in range(n, 0, -1):
        j = back[i][k]
        gaps.append(tokens[j:k])
        k = j
    return best[n][m], gaps[::-1]


def _assign_entry(
    chunks: list[str],
    tokens: list[str],
    ctx: _Context,
    memo: dict[tuple[int, int, int], float] | None = None,
) -> tuple[float, list[list[str]]]:
    """The cheapest order-keeping split of ``tokens`` into the gaps before each chunk and
    after the last one (the tokens of gap ``i`` stand just before chunk ``i``).

    ``memo`` keeps the price of each (gap, tokens) between calls that differ only in the
    gaps ``ctx.allowed`` forces (:func:`_assign_with_place` tries one per gap)."""
    depths = _bracket_depths(chunks)  # once per entry, not once per gap
    free = _Context(**{**ctx.__dict__, "allowed": None})
    forced = list(ctx.allowed.items()) if ctx.allowed else []
    prices = {} if memo is None else memo
    inf = float("inf")

    def cost(i: int, j: int, k: int) -> float:
        for t, gaps in forced:
            if j <= t < k and i not in gaps:
                return inf
        price = prices.get((i, j, k))
        if price is None:
            price = prices[i, j, k] = _entry_gap_cost(chunks, i, j, tokens[j:k], free, depths)
        return price

    return cheapest_split(len(chunks) + 1, tokens, cost, MAX_GAP_TOKENS)


def _assign_with_place(
    chunks: list[str], tokens: list[str], ctx: _Context
) -> tuple[float, list[list[str]]]:
    """:func:`_assign_entry`, with the place before the entry's last colon one word long (or
    two, less likely): the stop before the colon ends the title just before the place."""
    c = ctx.colon
    if c is None or c == 0 or tokens[c - 1] != ".":
        return _assign_entry(chunks, tokens, ctx)
    best: tuple[float, list[list[str]]] = (float("inf"), [])
    memo: dict[tuple[int, int, int], float] = {}
    for g in range(2, len(chunks) + 1):
        for place, extra in ((1, 0.0), (2, 0.5)):
            if g - place < 1:
                continue
            forced = _Context(**{**ctx.__dict__, "allowed": {c: (g,), c - 1: (g - place,)}})
            cost, gaps = _assign_entry(chunks, tokens, forced, memo)
            if cost + extra < best[0]:
                best = (cost + extra, gaps)
    return best if best[1] else _assign_entry(chunks, tokens, ctx, memo)


def _tight(before: str, item: str, item_is_token: bool) -> bool:
    """No space between the text ``before`` and ``item``: a stop after its word,
    ``(1991)``, ``8(4)``, ``2nd``, ``45-47``, ``Al-Marashi``, ``(2020a)``, ``(n.d.)``."""
    if item_is_token and (_PUNCT.match(item) or item in DASHES):
        return True
    if before.endswith(("(", *DASHES)) or item.startswith(")"):
        return True
    if re.search(r"\([a-z]\.$", before) and re.match(r"^[a-z]\)?$", item):
        return True  # "(n." + "d"
    if before[-1].isdigit():
        ordinal = bool(_ORDINAL_WORD.match(item))
        return ordinal or item == "(" or item in DASHES or bool(re.match(r"^[a-d]\)", item))
    return False


def _layout(
    chunks: list[str], tokens: list[str], ctx: _Context
) -> tuple[float, list[tuple[str, bool]]]:
    """The cheapest placement of ``tokens`` among ``chunks``: (cost, (item, is_token)...)."""
    cost, gaps = _assign_with_place(chunks, tokens, ctx)
    items = [(t, True) for t in gaps[0]]
    for chunk, placed in zip(chunks, gaps[1:], strict=True):
        items.extend([(chunk, False), *((t, True) for t in placed)])
    return cost, items


def render_entry(entry: Entry, ctx: _Context | None = None) -> str:
    """A reference entry line put back together (see :func:`split_block`).

    A dash between the words and the block may belong to either font (a page range's dash
    drawn in the Latin font, a hyphen drawn in the Arabic one): both readings are tried.

    >>> render_entry(split_block(".Smith J ( ) Rivers and Power Leiden Brill , . 2014 . . :"))
    'Smith, J. (2014). Rivers and Power. Leiden: Brill.'
    """
    ctx = ctx or _Context(entry.closed, colon=_last_colon(entry.tokens))
    chunks, tokens = entry.chunks, entry.tokens
    cost, items = _layout(chunks, tokens, ctx)
    if tokens and tokens[0] in DASHES:
        colon = None if ctx.colon is None else ctx.colon - 1
        other = _layout(
            [*chunks, tokens[0]], tokens[1:], _Context(**{**ctx.__dict__, "colon": colon})
        )
        if other[0] < cost:
            cost, items = other
    out = ""
    for item, is_token in items:
        out += item if not out or _tight(out, item, is_token) else " " + item
    out += "." if entry.closed else ""
    return f"{entry.number} {out}" if entry.number else out


def _last_colon(tokens: list[str]) -> int | None:
    return max((k for k, t in enumerate(tokens) if t == ":"), default=None)


def _loose(tokens: list[str]) -> bool:
    """A block holding punctuation on its own (``,`` ``.`` ``:``), not only numbers."""
    return any(_PUNCT.match(t) for t in tokens)


def _entries(found: list[tuple[Line, Entry]], lines: list[Line]) -> list[list[Entry]]:
    """The lines of each reference entry: an entry runs up to the line that ends it (a new
    entry number, more lines between than a page's furniture, or a line between that holds
    an entry's final stop, also ends it)."""
    index = {id(ln): k for k, ln in enumerate(lines)}
    groups: list[list[Entry]] = []
    last: Line | None = None
    for ln, e in found:
        between = lines[index[id(last)] + 1 : index[id(ln)]] if last is not None else []
        near = last is not None and len(between) <= 2
        near = near and not any((b.raw or "").lstrip("\f").startswith(".") for b in between)
        if groups and near and not groups[-1][-1].closed and not e.number:
            groups[-1].append(e)
        else:
            groups.append([e])
        last = ln
    return groups


def render_entries(entries: list[tuple[Line, Entry]], lines: list[Line]) -> dict[int, str]:
    """Each entry line rendered (:func:`render_entry`) with what its entry and the other
    entries know: recurring names, lowercase words, the entry's first and later words."""
    counts = Counter(c for _, e in entries for c in e.chunks if c[:1].isupper())
    names = frozenset(c for c, n in counts.items() if n >= 2)
    small = frozenset(c for _, e in entries for c in e.chunks if _LOWER_WORD.match(c))
    texts: dict[int, str] = {}
    for group in _entries(entries, lines):
        head = tuple(group[0].chunks[:4])
        for k, e in enumerate(group):
            later = [w for x in group[k + 1 :] for w in x.chunks]
            colon = None if any(":" in x.tokens for x in group[k + 1 :]) else _last_colon(e.tokens)
            ctx = _Context(e.closed, len(later), colon, None, names, head, tuple(later), small)
            texts[id(e)] = render_entry(e, ctx)
    return texts


def merge_trailing_blocks(lines: list[Line]) -> None:
    """Put the punctuation and digits pypdfium2 gave at the end of Latin reference lines back
    between their words (see :func:`split_block`), in documents where such lines recur.

    The words on an entry's later lines count when its last colon looks for its publisher,
    and so do its first words (an organisation publishes its own report).
    """
    found = [(ln, split_block(ln.raw or "")) for ln in lines if ln.raw]
    # a stop or comma standing alone after a space: never so in clean text
    entries = [(ln, e) for ln, e in found if e is not None and (e.closed or _loose(e.tokens))]
    if sum(_loose(e.tokens) for _, e in entries) < MIN_BLOCK_LINES:
        return
    texts = render_entries(entries, lines)
    for ln, e in entries:
        text = texts[id(e)]
        ln.changed, ln.text = ln.changed or text != ln.text, text
