"""Words an extractor split with a space (``الع راق``), rejoined from the document itself.

Some fonts and justified lines make extractors put a space inside a word. Two neighbouring
fragments are joined when the joined form occurs as a word elsewhere in the same document
more often than the pair is seen split (:func:`join_split_words`). In a document whose
justified lines left a gap at every kashida, runs of pieces are read back as the likeliest
words under the word model of :mod:`araseclit.textmodel` (:func:`join_kashida_gaps`).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable
from typing import Protocol

from araseclit.document import NOISE_KINDS, Line
from araseclit.repair import patterns as P

# an Arabic word with its marks: "العراق", "جديدًا"
_WORD = re.compile(f"[{P.ARABIC_LETTER}{P.ARABIC_MARK}\u0640]+")
# the Arabic letters ending a token / starting the next: "(الع" + "راقي،"
_TAIL = re.compile(f"(?<![{P.ARABIC_LETTER}{P.ARABIC_MARK}])[{P.ARABIC_LETTER}{P.ARABIC_MARK}]+$")
_HEAD = re.compile(f"^[{P.ARABIC_LETTER}{P.ARABIC_MARK}]+")
_MARKS = re.compile(f"[{P.ARABIC_MARK}]")
#: joined forms must be seen at least this often, as whole words, to be trusted
MIN_SEEN = 2


# an Arabic word not written against a number ("2003م" ends in a calendar suffix, not a word)
_WORD_NOT_SUFFIX = re.compile(f"(?<![{P.DIGIT}])[{P.ARABIC_LETTER}{P.ARABIC_MARK}\u0640]+")


def word_counts(lines: list[Line]) -> Counter[str]:
    """How often each Arabic word occurs in the body lines (a calendar suffix written against
    its year, ``2003م``, is no word: counted as one, it made clean text look gap-ridden)."""
    return Counter(
        w for ln in lines if ln.kind not in NOISE_KINDS for w in _WORD_NOT_SUFFIX.findall(ln.text)
    )


#: one-letter Arabic words: the conjunction; any other lone letter is a piece of a word
_ONE_LETTER_WORDS = frozenset("و")


def _alone(fragment: str, counts: Counter[str]) -> int:
    """How often ``fragment`` occurs as a word of its own (a lone letter never does)."""
    if len(_MARKS.sub("", fragment)) == 1 and fragment[0] not in _ONE_LETTER_WORDS:
        return 0
    return counts.get(fragment, 0)


#: letters that only ever end a word, so a piece opening with one belongs to the word before
_ONLY_FINAL = frozenset("ةى")


def _joins(a: str, b: str, counts: Counter[str]) -> bool:
    if a == "ا" and b.startswith("ل") and len(b) > 2:
        return True  # the article broken after its alef: "ا لهاشمي"
    seen = counts.get(a + b, 0)
    if seen and max(_alone(a, counts), _alone(b, counts)) <= 1:
        return True  # neither fragment is a word of the document (seen here only)
    return seen >= MIN_SEEN and seen > min(counts.get(a, 0), counts.get(b, 0))


def join_split_words(text: str, counts: Counter[str]) -> str:
    """``الع راق`` -> ``العراق`` when ``العراق`` is a frequent word of the document and
    the fragments are rarer on their own."""
    parts = text.split(" ")
    out: list[str] = []
    for part in parts:
        a = _TAIL.search(out[-1]) if out else None
        b = _HEAD.match(part)
        if a and b and _joins(a.group(), b.group(), counts):
            out[-1] += part
            continue
        out.append(part)
    return " ".join(out)


#: letters that join the next one, so a kashida (and the gap some fonts leave for it) can follow
_JOINS_NEXT = frozenset(P.JOINING_LETTERS + "ـ")
#: share of lone letters among the Arabic tokens above which a document has kashida gaps
KASHIDA_GAP_SHARE = 0.04


# a letter standing alone (or after the conjunction) and another one right after it, a space or a
# dot between: the letters of an abbreviation or a list typed in clean text ("ص ص", "ق.م",
# "وق م", "أ ب ج د")
_LETTER_RUN = re.compile(
    f"(?<![{P.ARABIC_LETTER}{P.ARABIC_MARK}{P.DIGIT}])و?[{P.ARABIC_LETTER}][{P.ARABIC_MARK}]*"
    f"(?:[ .]{{1,2}}[{P.ARABIC_LETTER}][{P.ARABIC_MARK}]*(?![{P.ARABIC_LETTER}{P.ARABIC_MARK}]))+"
)


# a letter standing alone (with its marks, which a font may draw apart before it): not
# written against a letter, a digit or a zero-width non-joiner (Persian's "دهه‌ی" is
# one word), nor an initial or abbreviation with its dot ("ع. رحیمی", "ص. ۱۴"; a word's final
# letter cut off, "المنظم ة.", still counts), nor an item's letter in brackets ("(ب)")
_LONE = re.compile(
    f"(?<![{P.ARABIC_LETTER}{P.ARABIC_MARK}{P.DIGIT}\u200c\u0640])(?<!\\()"
    f"[{P.ARABIC_MARK}]*(?:[{P.ARABIC_LETTER}][{P.ARABIC_MARK}]*"
    f"(?![{P.ARABIC_LETTER}{P.ARABIC_MARK}\u200c\u0640.])"
    f"|[{''.join(sorted(_ONLY_FINAL))}][{P.ARABIC_MARK}]*(?=\\.))"
    "|(?<=\\()[{L}][{M}]*(?![{L}{M}\u200c\u0640.)])".format(L=P.ARABIC_LETTER, M=P.ARABIC_MARK)
)


def _lone_pieces(lines: list[Line]) -> int:
    """Letters standing alone (not ``و``) that are not one of a run of such letters: a gap a
    justified line left at a kashida cuts a word once, so it leaves one lone letter beside a
    longer piece (``المنظم ة``); letters in a row are typed so (``ص ص``, ``ق م``, ``أ ب ج د``,
    ``وق م``), and so are initials and abbreviations with their dot (``ع. رحیمی``)."""
    lone = 0
    for ln in lines:
        if ln.kind in NOISE_KINDS:
            continue
        text = _LETTER_RUN.sub(" ", ln.text)
        lone += sum(1 for w in _LONE.findall(text) if _MARKS.sub("", w) != "و")
    return lone


#: lone letters a document must show, whatever their share, before its gaps are taken for a
#: font's: a short clean text with one letter typed on its own ("بالقسم ب من") is no evidence
MIN_LONE_PIECES = 3


def _kashida_gaps(lines: list[Line], counts: Counter[str]) -> bool:
    """The document's justified lines left gaps at kashidas: lone letters (outside runs of
    them) are at least :data:`KASHIDA_GAP_SHARE` of its Arabic words and at least
    :data:`MIN_LONE_PIECES`. The evidence is the document's pieces, not the scorer's gain:
    the word model finds any lone letter unlikely, so closing the gap after one always
    "gains"."""
    tokens = sum(counts.values())
    lone = _lone_pieces(lines)
    return tokens > 0 and lone >= MIN_LONE_PIECES and lone / tokens >= KASHIDA_GAP_SHARE


#: letters each of two pieces needs before the document's use of both vetoes joining them
MIN_WORD_LETTERS = 4


#: uses of a word of one or two letters (``لم``, ``عن``) after which it is taken for a word
MIN_SHORT_WORD = 8


def _short_word(x: str, counts: Counter[str]) -> bool:
    """``x`` is a particle the document uses often (the article ``ال`` never stands alone)."""
    return len(x) <= 2 and x != "ال" and counts.get(x, 0) >= MIN_SHORT_WORD


# a piece that opens with the article, with a conjunction or preposition before it or not,
# and three letters or more after it: "والقضاء", "الفقر" (never "الية" of a cut "المالية")
_ARTICLE_WORD = re.compile(rf"^[وفبك]?ال[{P.ARABIC_LETTER}]{{3,}}$")


def _two_words(x: str, y: str, counts: Counter[str] | None) -> bool:
    """Both pieces are words the document uses on their own and never joined: ``العراق`` +
    ``ساحة`` (a letter model would still join them, having learnt from split words), or the
    first is a particle it uses often: ``لم`` + ``يعد``; or the second opens with the
    article, which starts a word, after a first piece of three letters or more (``يعمق`` +
    ``الفقر``, ``البرلمان`` + ``والقضاء``)."""
    if len(x) >= 3 and _ARTICLE_WORD.match(y):
        return True
    if counts is None:
        return False
    if _short_word(x, counts) and not counts.get(x + y, 0):
        return True
    seen = min(counts.get(x, 0), counts.get(y, 0))
    long = min(len(x), len(y)) >= MIN_WORD_LETTERS
    return long and seen >= MIN_SEEN and not counts.get(x + y, 0)


def _article_split(prev: str, y: str, counts: Counter[str] | None) -> bool:
    """``لا ذي`` for ``الذي``: the article cut by a kashida gap after its lam, then read as
    a lam-alef its font swapped (``ال`` standing alone is ``لا`` in such documents), where
    the joined word is one of the document's and the piece after the gap is not."""
    if counts is None or prev != "لا":
        return False
    return counts.get("ال" + y, 0) >= MIN_SEEN and counts.get(y, 0) < MIN_SEEN


class _WordScore(Protocol):
    def logp(self, word: str) -> float: ...


#: the most pieces a kashida-gapped word is read back from (``أيل ول``: two; three is rare)
MAX_PIECES = 4


def join_kashida_gaps(text: str, model: _WordScore, counts: Counter[str] | None = None) -> str:
    """``الع راقي`` -> ``العراقي``: the spaces a kashida gap left inside words closed where the
    word model finds the words likelier joined. Every run of pieces that gaps may separate
    (a space after a letter that joins the next, before a piece that opens with a letter) is
    read as the sequence of words with the highest total log probability (dynamic
    programming over where the words start), so ``تتض ح في`` becomes ``تتضح في``, not
    ``تتض حفي``. Two pieces the document ``counts`` show as words of their own and never
    joined stay apart (:func:`_two_words`); a piece opening with a letter that only ends words
    always joins (``المنظم ة``); ``لا ذي`` -> ``الذي`` (:func:`_article_split`)."""
    parts: list[str] = []
    for part in text.split(" "):
        b = _HEAD.match(part)
        if parts and b and _article_split(parts[-1], _MARKS.sub("", b.group()), counts):
            parts[-1] = "ال" + part
            continue
        parts.append(part)
    # link[i]: the space before parts[i] may be a gap (None: no), True when it must be one
    link: list[bool | None] = [None] * len(parts)
    for i in range(1, len(parts)):
        a, b = _TAIL.search(parts[i - 1]), _HEAD.match(parts[i])
        if not (a and b and a.group()[-1] in _JOINS_NEXT):
            continue
        if b.end() != len(parts[i].rstrip(".،؛:)»")):
            continue
        x, y = _MARKS.sub("", a.group()), _MARKS.sub("", b.group())
        if y[:1] in _ONLY_FINAL:
            link[i] = True
        elif x and y and not _two_words(x, y, counts):
            link[i] = False
    out: list[str] = []
    i = 0
    while i < len(parts):
        j = i + 1
        while j < len(parts) and link[j] is not None:
            j += 1
        out += _best_words(parts[i:j], link[i + 1 : j], model)
        i = j
    return " ".join(out)


def _best_words(parts: list[str], link: list[bool | None], model: _WordScore) -> list[str]:
    """``parts`` (each space between them a possible gap; ``link[k]`` True where the space
    before ``parts[k + 1]`` must close) read as the likeliest words."""
    n = len(parts)
    if n == 1:
        return parts

    def letters(k: int, opens: bool, closes: bool) -> str:
        """The letters piece ``k`` gives a word it opens and/or closes: the letters at its end
        (``(الع`` -> ``الع``) when more follow, those at its start (``راقي،``) when it closes
        a word others opened, all of them when it stands alone."""
        part = parts[k]
        if opens and closes:
            found = "".join(_WORD.findall(part))
        elif opens:
            m = _TAIL.search(part)
            found = m.group() if m else part
        elif closes:
            m = _HEAD.match(part)
            found = m.group() if m else part
        else:
            found = part
        return _MARKS.sub("", found)

    def logp(start: int, end: int) -> float:
        word = "".join(letters(k, k == start, k == end - 1) for k in range(start, end))
        return model.logp(word) if word else 0.0

    spans = best_split(n, logp, MAX_PIECES, lambda end: bool(link[end - 1]))
    return parts if spans is None else ["".join(parts[a:b]) for a, b in spans]


def best_split(
    n: int,
    word_logp: Callable[[int, int], float],
    max_pieces: int,
    closed: Callable[[int], bool] | None = None,
) -> list[tuple[int, int]] | None:
    """The likeliest reading of ``n`` pieces as words, by dynamic programming over where words
    start: the spans ``(start, end)`` of the words, each at most ``max_pieces`` pieces and
    scored by ``word_logp(start, end)``; no word ends before a piece where ``closed(end)``
    says the space after it must close. None when no reading has a probability."""
    best = [0.0] + [-math.inf] * n  # best[k]: the likeliest reading of pieces[:k]
    back = [0] * (n + 1)
    for end in range(1, n + 1):
        if end < n and closed is not None and closed(end):
            continue
        for start in range(max(0, end - max_pieces), end):
            if best[start] == -math.inf:
                continue
            score = best[start] + word_logp(start, end)
            if score > best[end]:
                best[end], back[end] = score, start
    if best[n] == -math.inf:
        return None
    spans: list[tuple[int, int]] = []
    end = n
    while end > 0:
        spans.append((back[end], end))
        end = back[end]
    return spans[::-1]


def _join_kashida_gaps(lines: list[Line]) -> None:
    """In a document with kashida gaps (:func:`_kashida_gaps`), every line's gaps closed by
    the word model of :mod:`araseclit.textmodel` (word frequencies and letter n-grams from
    outside the document)."""
    counts = word_counts(lines)
    if not _kashida_gaps(lines, counts):
        return
    from araseclit.textmodel.scorer import default_scorer

    model = default_scorer().arabic
    for ln in lines:
        if ln.kind not in NOISE_KINDS:
            joined = join_kashida_gaps(ln.text, model, counts)
            if joined != ln.text:
                ln.text, ln.changed = joined, True


def rejoin_words(lines: list[Line], rounds: int = 5) -> None:
    """Apply :func:`join_split_words` to every body line, with the document's own counts,
    until nothing changes (each join can make a joined form frequent enough for the next);
    then, in documents with kashida gaps, :func:`join_kashida_gaps`."""
    for _ in range(rounds):
        counts = word_counts(lines)
        changed = False
        for ln in lines:
            if ln.kind in NOISE_KINDS:
                continue
            joined = join_split_words(ln.text, counts)
            if joined != ln.text:
                ln.text, ln.changed, changed = joined, True, True
        changed = _join_across_lines(lines, counts) or changed
        if not changed:
            break
    _join_kashida_gaps(lines)
    _join_hamza_gaps(lines)


# a space before a hamza-alef, between two Arabic pieces: "ال أحزاب", "بد أت", "أسو أ" (a font
# that draws the hamza-alef as a glyph apart leaves the gap inside the word)
_BEFORE_HAMZA = re.compile(
    f"(?<![{P.ARABIC_LETTER}{P.ARABIC_MARK}])([{P.ARABIC_LETTER}][{P.ARABIC_LETTER}{P.ARABIC_MARK}]*)"
    f" (?=([أإآ][{P.ARABIC_LETTER}{P.ARABIC_MARK}]*)(?![{P.ARABIC_LETTER}{P.ARABIC_MARK}]))"
)
#: how much likelier (nats) the word model must find a piece and a hamza-alef piece joined
#: than apart for the gap to count as damage ("ال أحزاب" 9.2, "ب أن" 4.7; "على أن", "في
#: أي", "من أجل" are far below 0; in corpora/clean and the sample's sources no pair is above 0)
HAMZA_GAP_EVIDENCE = 3.0
#: such gaps a document must show before it is taken to have them (one font's damage recurs
#: all through its document) ...
MIN_HAMZA_GAPS = 3
#: ... and their share of all its pieces followed by a hamza-alef piece (most such pairs are
#: two words: "غير أن", "في أسماء"; LibreOffice's Scheherazade leaves 15-40% gaps)
HAMZA_GAP_SHARE = 0.05
#: pieces clean text writes apart before a hamza-alef word: the vocative, never joined ("يا
#: أيها", "يا أخي"), and the conjunction some writers type apart ("و أكد"); a gap after one
#: is no evidence of a font's damage, and is never closed, unless the document shows that it
#: joins the conjunction (:func:`words_apart`)
WORDS_APART = frozenset({"و", "يا"})
#: the conjunction is a word on its own in a document that writes it apart before a word not
#: opening with a hamza-alef ("و قال", "و الحدود") in at least this share of the words it
#: opens, written apart or joined ...
APART_SHARE = 0.2
#: ... or that joins it to fewer such words than this (nothing shows how it is typed)
MIN_JOINED = 5
# a word the conjunction (or a root's و) opens: "وقال", "وزير"
_OPENS_WAW = re.compile(f"(?<![{P.ARABIC_LETTER}{P.ARABIC_MARK}])و[{P.ARABIC_LETTER}]")
_APART = re.compile(
    f"(?<![{P.ARABIC_LETTER}{P.ARABIC_MARK}])([{P.ARABIC_LETTER}][{P.ARABIC_LETTER}{P.ARABIC_MARK}]*)"
    f" (?=[{P.ARABIC_LETTER}])(?![أإآ])"
)


class _WordList(_WordScore, Protocol):
    def frequency(self, word: str) -> float: ...


def _hamza_gaps(text: str, model: _WordList) -> list[tuple[int, str, float]]:
    """(index of the space, the piece before it, gain of closing it) for every space before a
    hamza-alef piece; a pair whose joined form the frequency list lacks gains nothing (the gap
    is inside real words: "ما أاكثر", letters an extractor garbled, stays)."""
    out = []
    for m in _BEFORE_HAMZA.finditer(text):
        x, y = _MARKS.sub("", m.group(1)), _MARKS.sub("", m.group(2))
        known = model.frequency(x + y) > 0
        gain = model.logp(x + y) - model.logp(x) - model.logp(y) if known else -math.inf
        out.append((m.end() - 1, x, gain))
    return out


def words_apart(texts: list[str]) -> frozenset[str]:
    """The pieces of :data:`WORDS_APART` these texts write as words on their own: the
    vocative always, and the conjunction unless the text shows it joined: written apart
    before a word not opening with a hamza-alef (``و قال``) in under :data:`APART_SHARE` of
    the at least :data:`MIN_JOINED` words it opens (a writer who types ``و قال`` types ``و
    أكد`` too; a damaged text layer's few stray ``و من`` among its ``وقال`` are the font's)."""
    apart = sum(1 for t in texts for m in _APART.finditer(t) if _MARKS.sub("", m.group(1)) == "و")
    joined = sum(len(_OPENS_WAW.findall(t)) for t in texts)
    typed = joined < MIN_JOINED or apart >= APART_SHARE * (apart + joined)
    return frozenset({"يا", "و"} if typed else {"يا"})


def close_hamza_gaps(text: str, model: _WordList, apart: frozenset[str] = frozenset()) -> str:
    """``ال أحزاب`` -> ``الأحزاب``, ``بد أت`` -> ``بدأت``, ``و أن`` -> ``وأن``: in a
    document known to have such gaps, each space before a hamza-alef piece closed where the
    word model finds the joined form (a word of its list) likelier (``على أن`` stays), unless
    the piece before it is a word on its own here (``apart``, :func:`words_apart`) or the
    vocative (``يا أيها`` stays)."""
    cut = {
        i for i, x, gain in _hamza_gaps(text, model) if gain > 0 and x != "يا" and x not in apart
    }
    return "".join(c for i, c in enumerate(text) if i not in cut) if cut else text


def _join_hamza_gaps(lines: list[Line]) -> None:
    """In a document whose font leaves a gap before the hamza-alef inside words (at least
    :data:`MIN_HAMZA_GAPS` of them, :data:`HAMZA_GAP_SHARE` of its pieces before a
    hamza-alef piece; LibreOffice's Scheherazade), every such gap the word model closes is
    closed (:func:`close_hamza_gaps`). Only gaps after a piece that is no word on its own
    count, never those after :data:`WORDS_APART`: a clean text that types ``و أكد`` or ``يا
    أيها`` has no font damage, whether or not it joins ``و`` elsewhere. Once the damage is
    shown, a gap after ``و`` is closed where the document joins its ``و``
    (:func:`words_apart`)."""
    from araseclit.textmodel.scorer import default_scorer

    model = default_scorer().arabic
    body = [ln for ln in lines if ln.kind not in NOISE_KINDS]
    apart = words_apart([ln.text for ln in body])
    gains = [(x, g) for ln in body for _, x, g in _hamza_gaps(ln.text, model)]
    # only a gap after a piece that is never a word on its own is evidence of the font's
    # damage: a gap after the conjunction is not, even where the document joins it elsewhere
    # (a writer may type "و أكد" apart and "وقال" joined)
    gaps = sum(1 for x, g in gains if g > HAMZA_GAP_EVIDENCE and x not in WORDS_APART)
    if gaps < MIN_HAMZA_GAPS or gaps < HAMZA_GAP_SHARE * len(gains):
        return
    for ln in body:
        joined = close_hamza_gaps(ln.text, model, apart)
        if joined != ln.text:
            ln.text, ln.changed = joined, True


# the last word of a line / the first word of the next: "هذ" + "ه المنظمات"
_LAST = re.compile(f"(?:^|(?<=\\s))([{P.ARABIC_LETTER}{P.ARABIC_MARK}]+)$")
_FIRST = re.compile(f"^([{P.ARABIC_LETTER}{P.ARABIC_MARK}]+)(?=\\s|$)")


def _join_across_lines(lines: list[Line], counts: Counter[str]) -> bool:
    """A word split at a line end: the second line is marked ``glue`` (joined without a space
    when the text is assembled), so each line keeps its own characters."""
    body = [ln for ln in lines if ln.kind not in NOISE_KINDS and ln.text.strip()]
    changed = False
    for a, b in itertools.pairwise(body):
        if a.kind != b.kind or "heading" in (a.kind, b.kind) or b.glue:
            continue
        x, y = _LAST.search(a.text), _FIRST.match(b.text)
        if not (x and y):
            continue
        if _joins(x.group(1), y.group(1), counts):
            b.glue = b.changed = changed = True
    return changed


# a word opening with hamza-alef then lam, maybe after the conjunction: "ألنه", "وإلعادة"
_HAMZA_LAM = re.compile(
    f"(?<![{P.ARABIC_LETTER}{P.ARABIC_MARK}])([وف]?)([أإآ])ل([{P.ARABIC_LETTER}{P.ARABIC_MARK}]+)"
)
#: how often the word without the preposition must be seen before a swap is undone
MIN_HAMZA_WORD = 2
# an attached pronoun ending a word: "أنه", "أغلبهم"
_PRONOUN_SUFFIX = re.compile("(?:ه|ها|هم|هما|هن|ي|نا|كم)$")


def _hamza_word_seen(word: str, counts: Counter[str]) -> bool:
    """``word`` (``أنه``, ``أغراض``) is a word of the document: as it is, with the article
    (``الأغراض``) or without an attached pronoun (``أن``)."""
    bare = _PRONOUN_SUFFIX.sub("", word)
    forms = {word, "ال" + word} | ({bare} if len(bare) > 1 else set())
    return sum(counts.get(f, 0) for f in forms) >= MIN_HAMZA_WORD


def fix_swapped_lam_hamza(text: str, counts: Counter[str]) -> str:
    """``ألنه`` -> ``لأنه``, ``وإلعادة`` -> ``ولإعادة``: the preposition lam before a hamza-alef
    word, its ligature read alef first, for documents whose font gives every lam-alef so.
    ``أل`` also opens real words (``ألف``, ``إلغاء``), so the swap is undone only when the
    word after the preposition (``أنه``, ``إعادة``) is itself a word of the document."""

    def swap(m: re.Match[str]) -> str:
        prefix, hamza, rest = m.groups()
        if _hamza_word_seen(hamza + rest, counts):
            return f"{prefix}ل{hamza}{rest}"
        return m.group()

    return _HAMZA_LAM.sub(swap, text)


def fix_swapped_lam_hamza_lines(lines: list[Line]) -> None:
    """:func:`fix_swapped_lam_hamza` on every body line, with the document's own counts."""
    counts = word_counts(lines)
    for ln in lines:
        if ln.kind not in NOISE_KINDS:
            fixed = fix_swapped_lam_hamza(ln.text, counts)
            if fixed != ln.text:
                ln.text, ln.changed = fixed, True
