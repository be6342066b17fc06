"""One visual line back from the two lines pdfplumber made of it, one per font (Chromium).

Chromium draws the Latin words, brackets, semicolons and dashes of an Arabic line in a Latin
font and its Arabic letters, digits, commas and colons in an Arabic one; the Latin glyphs sit
higher, and pdfplumber, which groups characters into lines by their top edge, gives them as a
line of their own before the line that keeps the rest. Both lines are in visual order (left
to right as drawn), so the visual line is an order-keeping merge of the two::

    (Buzan cited in Mansour & Jabar ; Hiltermann )
    ردقتو . , , 2017: 6 , 2018: 91 ينمألا
    ->  ردقتو . (Buzan , cited in Mansour & Jabar , 2017: 6 ; Hiltermann , 2018: 91 ) ينمألا

:func:`interleave` chooses the merge whose neighbours fit best (dynamic programming over
both lines, the price of each pair of neighbours from :func:`_pair_cost`). The rules are
those of how a citation is drawn, read left to right: a bracket hugs what it encloses (so a
bare ``(`` or ``)`` in the Latin line stands apart from the Latin word next to it only because
drawn characters stood between them), a Latin name takes the comma after it, a semicolon
follows a page number and precedes a name, ``p`` stands between ``2020,`` and ``.``, a dash
between two numbers, a hyphenated word part (``COVID-``) before a number.

A ``)`` between two Arabic words is the mirrored opener of a citation whose author is an
Arabic name: it goes by the name's last word (the one that carries the comma before the
year); how many words the name has is for the document-level pass that knows the reference
list's names (:func:`araseclit.repair.lifted.merge_lifted_lines`). :func:`tighten` sets the
spaces of the merged line as drawn.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
# a drawn token that is (or ends in) a number: "2017:", "88", ":2020", "؛36", "2020,"
_NUMBERISH = re.compile(r"\d[,:]?$")
_NUM_START = re.compile(r"^[:؛،]?\d")
# a year with its colon, read left to right: the locator follows it, no range ends at it
_YEAR_COLON = re.compile(r"^(?:1[3-9]|20)\d\d[a-z]?:$")
_YEAR = re.compile(r"^(?:1[3-9]|20)\d\d$")
_LONE_COMMA = (",", ".,", "،")
# a glued Latin chunk's parts: "؛Marr&Al-Marashi" -> ";", "Marr", "&", "Al-Marashi"
_GLUE_SPLIT = re.compile(r"([;&])")
# "et al" run into the name before it by a font that lost its narrow spaces: "Ansarietal"
_ET_AL_GLUED = re.compile(r"^([A-Z][A-Za-z\u00c0-\u024f-]{2,})etal$")

# a tanween the Latin line took along (it sits as high as the Latin glyphs)
_TANWEEN = "\u064b"
#: a pair of neighbours that the drawing never gives (a bare bracket apart from its word...)
NEVER = 5.0


@dataclass(frozen=True)
class _Item:
    """A chunk of the Latin line or a token of the drawn line, with what it is."""

    text: str
    kind: str
    latin: bool


def _chunk_kind(chunk: str) -> str:
    """What a Latin chunk is in a citation: an opener, a closer, a name word..."""
    if chunk in ("(", "["):
        return "open"
    if chunk in (")", "]"):
        return "close"
    if chunk.startswith(("(", "[")) and _LATIN.search(chunk):
        return "openname"
    if chunk.endswith("(") and _LATIN.search(chunk):
        return "nameopen"  # "UNAMI(" before its year
    if chunk.endswith(")") and _LATIN.search(chunk) and "(" not in chunk:
        return "nameclose"  # "Al-)": a name and its mirrored opener ending the line
    if chunk == ";":
        return "sep"
    if chunk == "&":
        return "amp"
    if chunk in ("p", "pp"):
        return "loc"
    if chunk in ("-", "\u2013"):
        return "dash"
    if chunk == "%":
        return "pct"
    if re.fullmatch(r"[a-z]|et|al", chunk):
        return "short"  # a year suffix, "n" "d" of n.d., "et" "al"
    return "name"


def _token_kind(token: str) -> str:
    """What a drawn token is: Arabic, a number, a lone comma, a full stop..."""
    if _ARABIC.search(token) and not _NUM_START.match(token):
        return "ar"
    if _NUMBERISH.search(token) or _NUM_START.match(token):
        return "num"
    if token in _LONE_COMMA:
        return "comma"
    if token == ".":
        return "stop"
    return "punct"


def split_chunks(latin: str) -> list[str]:
    """The chunks of a Latin line, with glued separators set apart (``;Marr&Al-Marashi``)."""
    out: list[str] = []
    for chunk in latin.split():
        m = _ET_AL_GLUED.match(chunk)
        if m:
            out += [m.group(1), "et", "al"]
            continue
        out += [p for p in _GLUE_SPLIT.split(chunk) if p]
    return out


def _plain(item: _Item) -> str:
    """The kind of a drawn token, a name's last word counted as any Arabic word."""
    return "ar" if item.kind == "name_ar" else item.kind


def _after_open(b: _Item | None) -> float:
    """A bare opener hugs what it encloses: a number, or a word in an Arabic bracket."""
    if b is None:
        return 1.0
    if b.latin:
        return NEVER
    return {"num": -1.0, "ar": 1.0}.get(_plain(b), 2.0)


def _before_close(a: _Item | None) -> float:
    """A bare closer follows a number, an Arabic name (the closer is then its mirrored
    opener) or a comma."""
    if a is None:
        return 1.0
    if a.latin:
        return NEVER
    if a.kind == "name_ar":  # the name's last word, with the comma before the year
        return -0.5
    if a.kind == "ar":
        return 0.5
    return {"num": -1.0, "comma": -0.5}.get(a.kind, 2.0)


def _latin_left(a: _Item, b: _Item | None) -> float:
    """The price of what follows the Latin chunk ``a``."""
    k = a.kind
    if k == "open":
        return _after_open(b)
    if k == "close" and b is not None and not b.latin:
        # a number goes inside; a comma on a word ends the name before the year it goes with
        lead = b.text.startswith(("،", ",")) and len(b.text) > 1
        return 1.5 if lead or b.kind == "num" else 0.0
    if k == "short" and a.text == "et":
        return -0.3 if b is not None and b.text == "al" else 2.0
    if b is None:
        return {"openname": 0.5, "name": 0.3, "sep": 1.0, "amp": 2.0}.get(k, 0.5)
    if k in ("openname", "nameopen") and a.text.endswith("-"):
        return -1.0 if b.kind == "num" else 2.0  # "(COVID-" + "19"
    if k == "openname":
        if b.latin:
            return 0.0 if b.kind in ("name", "amp", "short") else 1.0
        return {"comma": -1.0, "num": 0.5}.get(b.kind, 2.0)
    if k == "nameopen":
        return -1.0 if b.kind == "num" else 2.0
    if k == "nameclose":
        return 0.0 if _plain(b) == "ar" else 2.0
    if k == "name":
        if b.latin:
            return {"name": 0.0, "amp": 0.0, "short": 0.0, "open": -0.3}.get(b.kind, 1.0)
        return {"comma": -0.5, "ar": 0.2, "num": 1.0}.get(_plain(b), 0.5)
    if k == "sep":
        return -0.3 if b.latin and b.kind in ("name", "openname") else 1.0
    if k == "amp":
        return 0.0 if b.latin and b.kind in ("name", "openname") else 2.0
    if k in ("loc", "short"):
        return -0.5 if b.text in (".", ".,") else 0.5
    if k == "dash":  # a range's second number (a token led by a colon is a year)
        return -0.5 if b.kind == "num" and not b.latin and not b.text.startswith(":") else 2.0
    if k == "pct":
        return 0.0
    return 0.0  # a closer: whatever follows it


def _latin_right(a: _Item | None, b: _Item) -> float:
    """The price of what precedes the Latin chunk ``b``."""
    k = b.kind
    if k == "close":
        return _before_close(a)
    if a is None:
        return {"name": 0.2, "sep": 1.0, "amp": 2.0, "dash": 2.0}.get(k, 0.0)
    if k in ("open", "openname"):
        if a.latin:
            return -0.3 if a.kind == "name" else (NEVER if a.kind == "open" else 1.0)
        if a.kind == "num" and a.text.isdigit() and len(a.text) <= 3:
            return 0.5  # a volume before its issue: "8(5)"
        return {"stop": -0.2, "ar": 0.0, "num": 1.0}.get(_plain(a), 0.5)
    if k == "sep":
        if a.latin:
            return NEVER
        return -1.0 if a.kind == "num" else 1.0
    if k == "amp":
        return 0.0 if a.latin and a.kind in ("name", "openname") else 2.0
    if k in ("name", "nameopen"):
        if a.latin:
            return {"sep": -0.3, "close": 1.0}.get(a.kind, 0.0)
        return {"comma": 0.0, "ar": 0.2, "stop": 0.3, "num": 1.0}.get(_plain(a), 0.5)
    if k == "loc":
        return -0.5 if not a.latin and a.text.endswith(",") else 1.0
    if k == "short":
        if not a.latin and _YEAR.match(a.text):
            return -0.5  # a year's suffix letter: "2020" + "a"
        if a.latin:
            return -0.3 if a.kind == "short" else 0.0 if a.kind == "name" else 0.5
        return -0.3 if a.text in (".", ".,") else 0.5
    if k == "dash":
        return -0.5 if a.kind == "num" and not a.latin and not _YEAR_COLON.match(a.text) else 2.0
    if k == "pct":
        return -1.0 if a.kind == "num" and not a.latin else 2.0
    if k == "nameclose":
        return 0.5  # it ends the line: nothing is drawn to its left
    return 0.0


def _pair_cost(a: _Item | None, b: _Item | None) -> float:
    """How unlikely it is that ``a`` was drawn just left of ``b`` (None: the line's edge)."""
    cost = 0.0
    if a is not None and a.latin:
        cost += _latin_left(a, b)
    if b is not None and b.latin:
        cost += _latin_right(a, b)
    if a is not None and b is not None and not a.latin and not b.latin:
        if b.kind == "comma" and a.kind in ("comma", "stop"):
            cost += 1.0  # a lone comma follows the Latin word it belongs to
        if a.text.isdigit() and b.text.isdigit():
            cost += 1.0  # two bare numbers: a dash or a bracket stood between them
    return cost


def _merge(chunks: list[_Item], tokens: list[_Item]) -> tuple[float, list[_Item]]:
    """The cheapest order-keeping merge of the two lines and its price."""
    n, m, inf = len(chunks), len(tokens), float("inf")
    # best[i][j][s]: first i chunks and j tokens placed, the last one a chunk (s=0) or a token
    best = [[[inf, inf] for _ in range(m + 1)] for _ in range(n + 1)]
    back: dict[tuple[int, int, int], tuple[int, int, int]] = {}

    def last(i: int, j: int, s: int) -> _Item | None:
        if i == j == 0:
            return None
        return chunks[i - 1] if s == 0 else tokens[j - 1]

    best[0][0] = [0.0, 0.0]
    for i in range(n + 1):
        for j in range(m + 1):
            for s in (0, 1):
                c = best[i][j][s]
                if c == inf or (i == j == 0 and s == 1):
                    continue
                prev = last(i, j, s)
                if i < n:
                    d = c + _pair_cost(prev, chunks[i])
                    if d < best[i + 1][j][0]:
                        best[i + 1][j][0], back[(i + 1, j, 0)] = d, (i, j, s)
                if j < m:
                    d = c + _pair_cost(prev, tokens[j])
                    if d < best[i][j + 1][1]:
                        best[i][j + 1][1], back[(i, j + 1, 1)] = d, (i, j, s)
    ends = [best[n][m][s] + _pair_cost(last(n, m, s), None) for s in (0, 1)]
    s = 0 if ends[0] <= ends[1] else 1
    total = ends[s]
    items: list[_Item] = []
    state = (n, m, s)
    while state != (0, 0, 0) and state in back:
        i, j, s = state
        items.append(chunks[i - 1] if s == 0 else tokens[j - 1])
        state = back[state]
    return total, items[::-1]


def _marked(token: str) -> str | None:
    """``token`` with a tanween put back on its last letter, when the word (drawn right to
    left, so read from its left end) ends in an alef that has none: ``الولح`` -> ``اًلولح``."""
    plain = unicodedata.normalize("NFKC", token)
    if (
        _TANWEEN in token
        or len(plain) < 3
        or plain[0] != "\u0627"
        or not _ARABIC.fullmatch(plain[1])
    ):
        return None
    return token[0] + _TANWEEN + token[1:]


def _with_marks(items: list[_Item], marks: list[int]) -> tuple[list[str], int]:
    """The merged items as text, each lifted tanween (``marks``: how many chunks precede it
    in the Latin line) on the first word after its place that ends in a bare alef; and how
    many marks found no such word."""
    out: list[str] = []
    seen = 0  # chunks placed so far
    pending = marks.count(0)
    for it in items:
        text = it.text
        if it.latin:
            seen += 1
            pending += marks.count(seen)
        elif pending:
            marked = _marked(text)
            if marked is not None:
                text, pending = marked, pending - 1
        out.append(text)
    return out, pending


def split_marks(latin: str) -> tuple[str, list[int]]:
    """The Latin line without the tanween marks it took along, and where they stood (how
    many chunks precede each)."""
    marks: list[int] = []
    kept: list[str] = []
    chunks = 0  # chunks of what is kept so far (split_chunks splits each word on its own)
    for chunk in latin.split():
        rest = chunk.replace(_TANWEEN, "")
        if rest:
            kept.append(rest)
            chunks += len(split_chunks(rest))
        marks += [chunks] * chunk.count(_TANWEEN)
    return " ".join(kept), marks


def _tokens(drawn: str) -> list[_Item]:
    """The drawn tokens with their kinds; an Arabic word that carries a comma and follows
    (as drawn, right to left) a number is the last word of a citation's name."""
    tokens = [_Item(t, _token_kind(t), False) for t in drawn.split()]
    for k in range(1, len(tokens)):
        t = tokens[k]
        if t.kind == "ar" and t.text.startswith(("،", ",")) and tokens[k - 1].kind == "num":
            tokens[k] = _Item(t.text, "name_ar", False)
    return tokens


def interleave(latin: str, drawn: str) -> tuple[str, str] | None:
    """The visual line merged from its Latin line and its drawn line (None when no merge
    fits every chunk). Tanween marks the Latin line took along go back on a word; those
    that found none are returned apart."""
    latin, marks = split_marks(latin)
    chunks = [_Item(c, _chunk_kind(c), True) for c in split_chunks(latin)]
    tokens = _tokens(drawn)
    if not chunks:
        return None
    total, items = _merge(chunks, tokens)
    if total > 0:
        return None
    texts, left = _with_marks(items, marks)
    return " ".join(texts), " ".join(_TANWEEN * left)


def tighten(line: str) -> str:
    """Spaces as drawn around the restored chunks: ``( 2017``, ``Name ,``, ``2020 a :``."""
    line = re.sub(r"([(\[])\s+", r"\1", line)
    line = re.sub(r"\s+([)\]])", r"\1", line)
    line = re.sub(r"(?<=[A-Za-z0-9.])\s+(?=[.,;]*[,;](?:[\s)]|$))", "", line)
    line = re.sub(r"(?<=\.)\s+(?=\()", "", line)
    line = re.sub(r"(?<=\d)\s+([a-d])\s*(?=[:,)\s])", r"\1", line)
    line = re.sub(r"\b(pp?)\s+\.", r"\1.", line)
    line = re.sub(r"\bn\s*\.\s*d\s*\.", "n.d.", line)  # "n . d.," (no date)
    line = re.sub(r"(?<=[A-Za-z]-)\s+(?=\d)", "", line)  # "(COVID- 19"
    return re.sub(r"(?<=\d)\s*([\u2013-])\s*(?=\d)", r"\1", line)
