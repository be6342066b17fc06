"""Zero-width non-joiners a PDF dropped from Persian text.

Persian writes a ZWNJ (U+200C) inside many words: between a stem and a plural or adjective
suffix (``هسته‌ای``, ``تحریم‌های``), after the verbal prefix ``می``/``نمی`` and the privative
``بی``, and inside compounds (``بین‌المللی``). It draws nothing, so some producers (Chromium's
print, among others) leave it out of the text layer, and the words come back joined
(``بیبازگشت``, ``هستهای``): they no longer match the same words in a reference list, a
lexicon or a search.

:func:`restore_zwnj` puts them back where the evidence says the word is spelt with one,
each reading scored against "leave it joined":

- Persian's word list (``wordfreq``, through the text model's table) gives the spelling with
  the ZWNJ at least :data:`MARGIN` times as often as the joined one; where the ZWNJ sets off
  the verbal prefix ``می``/``نمی`` or an ending after a final ``ه`` (``داشته‌اند``), which
  the orthography always writes apart, :data:`AFFIX_MARGIN` times is enough (the list counts
  the web's careless ``میشد`` too);
- for a joined word the list does not know: a known stem with one of the affixes Persian
  writes apart (closed grammatical classes, not fitted to any corpus: the plural, ``تر``/
  ``ترین``, the endings after ``ه``, the prefixes, the family-name parts ``زاده نیا پور فر
  راد``, compounding parts such as ``سازی``/``گرایی``), the most frequent stem winning; a stem is known when the list holds it or the
  document itself writes it as a word (a name in one reference entry and, compounded, in
  the next), and a reading that needs no ZWNJ (``خطر`` + ``های``) keeps the word joined.

The margins were chosen on one half of NTREX's Persian news and are reported on the other
(``benchmarks/bench_pdf_zwnj.py``). Only a letter that joins the next one can take a ZWNJ
after it (after ``ا د ذ ر ز ژ و`` it would change nothing), and only in a line with a letter
Arabic does not write (``ی ک گ پ چ ژ``): an Arabic quotation keeps ``دولتها`` ("her
state"). :func:`needs_zwnj` says when to try: the document is mainly Persian and its text
has no ZWNJ at all (a text that has some kept them).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from araseclit.charsets import HAMZA_TO_YEH, PERSIAN_ONLY, PERSIAN_ONLY_RE

ZWNJ = "\u200c"
#: letters that never join the letter after them: a ZWNJ after one is never restored
NON_JOINING = frozenset("اآأإٱدذرزژوؤةء")
#: the ZWNJ spelling of a listed word must be this many times as frequent as the joined one
MARGIN = 2.0
#: ... unless the split is one Persian orthography writes apart (the verbal prefix, the plural
#: and the endings after a final ``ه``): then a fraction of it is enough, since the list
#: counts the web's careless joined spellings (``میشد`` half as often as ``می‌شد``)
AFFIX_MARGIN = 0.5
#: suffixes written after a ZWNJ after any joining letter: the plural ``ها``/``های`` (with a
#: possessive), ``ترین``/``تر``
SUFFIXES = (
    "هایشان",
    "هایمان",
    "هایتان",
    "هایی",
    "هایش",
    "هایم",
    "هایت",
    "های",
    "ها",
    "ترین",
    "تر",
)
#: suffixes written after a ZWNJ after a final ``ه`` only (``داشته‌اند``, ``خانه‌اش``,
#: ``شعبه‌ی``): the indefinite/adjective ``ای``, the verb's person endings, the possessives
#: and the ezafe ``ی``
AFTER_HE = ("ای", "اند", "ایم", "اید", "ام", "اش", "ات", "شان", "تان", "مان", "ی")
#: prefixes written before a ZWNJ: the continuous ``می``/``نمی`` and the privative ``بی``
PREFIXES = ("نمی", "می", "بی")
VERB_PREFIXES = ("نمی", "می")
#: person endings a verb after ``می`` may carry (``می‌پوشاندند``: ``پوشاند`` is listed)
VERB_ENDINGS = ("یم", "ید", "ند", "م", "ی", "د")
#: second parts of compounds written apart from a noun (``دولت‌سازی``, ``قوم‌گرایی``,
#: ``طرح‌ریزی``): the present stems of productive compounding verbs and their derivatives
COMPOUND_PARTS = (
    "گرایی",
    "گرا",
    "سازی",
    "ساز",
    "ریزی",
    "گذاری",
    "گذار",
    "نگاری",
    "نگار",
    "محور",
    "شناسی",
    "شناس",
    "پذیری",
    "پذیر",
    "آمیز",
    "آور",
    "طلبان",
    "طلب",
    "کنندگان",
    "کننده",
    "دهندگان",
    "دهنده",
    "گیری",
    "خواهان",
    "خواه",
)
#: second parts of family names written apart (``عبدالله‌زاده``, ``محمدی‌نیا``)
NAME_SUFFIXES = ("زاده", "نیا", "پور", "فر", "راد")
#: Persian-script words, no ZWNJ inside: "بیبازگشت" | "هستهای"
_WORD_RE = re.compile(f"[{HAMZA_TO_YEH}{PERSIAN_ONLY}]{{4,}}")
#: the document's own words, stems among them: "عبدالله" | "کیم"
_STEM_RE = re.compile(f"[{HAMZA_TO_YEH}{PERSIAN_ONLY}]{{2,}}")
#: the frequency a stem only the document attests is given
DOC_FREQ = 1e-7


@lru_cache(maxsize=1)
def _persian() -> Mapping[str, float]:
    from araseclit.textmodel.frequency import word_frequencies

    return word_frequencies("fa")


def needs_zwnj(text: str) -> bool:
    """Whether ``text`` is mainly Persian and holds no ZWNJ (a producer dropped them)."""
    if ZWNJ in text:
        return False
    from araseclit.ingest.language import detect_language

    shares = detect_language(text).shares
    return shares.get("fa", 0.0) > shares.get("ar", 0.0)


def _affix_class(word: str, i: int) -> bool:
    """Whether a ZWNJ at ``i`` in ``word`` is one Persian orthography writes (an affix)."""
    head, tail = word[:i], word[i:]
    return head in VERB_PREFIXES or (head.endswith("ه") and tail in AFTER_HE)


def _listed_split(word: str, freq: Mapping[str, float]) -> str | None:
    """The ZWNJ spelling of ``word`` the list prefers: by :data:`MARGIN` over the joined one,
    by :data:`AFFIX_MARGIN` where the ZWNJ sets off an affix."""
    joined = freq.get(word) or 0.0
    best, best_f = None, 0.0
    for i in range(2, len(word) - 1):
        if word[i - 1] in NON_JOINING:
            continue
        cand = word[:i] + ZWNJ + word[i:]
        f = freq.get(cand) or 0.0
        margin = AFFIX_MARGIN if _affix_class(word, i) else MARGIN
        if f > margin * joined and f > best_f:
            best, best_f = cand, f
    return best


def _affix_split(
    word: str, freq: Mapping[str, float], doc: frozenset[str] = frozenset()
) -> str | None:
    """A word the list does not know as a known stem (listed, or a word of the document
    itself) and an affix written apart: ``بیبازگشت`` -> ``بی‌بازگشت``, ``گامهایی`` ->
    ``گام‌هایی``, ``شنیدهاند`` -> ``شنیده‌اند``, ``کریمیراد`` -> ``کریمی‌راد``. Of several
    readings, the one whose stem is the most frequent; a reading with the affix after a letter
    that does not join (``خطرهای``: ``خطر`` + ``های``) is one of them, and keeps the word."""

    def known(stem: str) -> float:
        f = freq.get(stem)
        return f if f is not None else (DOC_FREQ if stem in doc else 0.0)

    cands: list[tuple[float, str]] = []
    for suffixes, min_stem, after_he in (
        (SUFFIXES, 2, False),
        (AFTER_HE, 3, True),
        (NAME_SUFFIXES, 3, False),
        (COMPOUND_PARTS, 3, False),
    ):
        for suffix in suffixes:
            stem = word[: -len(suffix)]
            if not word.endswith(suffix) or len(stem) < min_stem:
                continue
            if after_he and stem[-1] != "ه":
                continue
            if not (f := known(stem)):
                continue
            if stem[-1] in NON_JOINING:  # a reading spelt joined: "leave it" competes
                cands.append((f, word))
            else:
                cands.append((f, (_listed_split(stem, freq) or stem) + ZWNJ + suffix))
    for prefix in PREFIXES:
        rest = word[len(prefix) :]
        if not word.startswith(prefix) or len(rest) < 3:
            continue
        f = known(rest)
        if not f and prefix in VERB_PREFIXES:
            f = max(
                (
                    known(rest[: -len(e)])
                    for e in VERB_ENDINGS
                    if rest.endswith(e) and len(rest) - len(e) >= 3
                ),
                default=0.0,
            )
        if f:
            cands.append((f, prefix + ZWNJ + rest))
    best = max(cands)[1] if cands else word
    return best if best != word else None


@lru_cache(maxsize=65536)
def _restore_listed(word: str) -> str:
    freq = _persian()
    listed = _listed_split(word, freq)
    if listed is not None:
        return listed
    if freq.get(word) is None:
        return _affix_split(word, freq) or word
    return word


def restore_word(word: str, doc: frozenset[str] = frozenset()) -> str:
    """``word`` with the ZWNJ Persian spells it with (see the module docstring), else as is;
    ``doc``: the document's own words, evidence for a stem the list does not know."""
    new = _restore_listed(word)
    if new == word and doc and _persian().get(word) is None:
        return _affix_split(word, _persian(), doc) or word
    return new


restore_word.cache_clear = _restore_listed.cache_clear  # type: ignore[attr-defined]


def restore_zwnj(text: str, context: str | None = None) -> str:
    """``text`` with each joined Persian word given back its ZWNJ (:func:`restore_word`), in
    the lines that hold a letter only Persian writes; other lines (Arabic) as they are.
    ``context``: the whole document when ``text`` is a part of it (a line): its words are
    the stems the document attests (a name in a reference entry and in a citation)."""
    doc = frozenset(_STEM_RE.findall(text if context is None else context))
    return "".join(
        _WORD_RE.sub(lambda m: restore_word(m.group(), doc), line)
        if PERSIAN_ONLY_RE.search(line)  # a line with no letter only Persian writes is Arabic
        else line
        for line in text.splitlines(keepends=True)
    )
