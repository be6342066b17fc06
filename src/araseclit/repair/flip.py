"""Words reversed one by one (pypdfium2 on some PDFs): turning a word round.

Such extractions keep the words of a line in logical order but give some words letter by
letter backwards (``نمألا`` for ``الأمن``, ``يف`` for ``في``), always the same form for the
same word. Which forms to turn is the word model's call
(:func:`araseclit.repair.readings.word_flips`); this module turns them.

A word read backwards also shows it in its letter shapes: a letter that only ends a word
comes first, the article and its prefixes come last (``ةلودلاو``). :func:`word_direction`
weighs these cues for one word, where a pass must tell a line's direction without the
scorer (:func:`araseclit.repair.marks.reverse_beside_plain_marks`).
"""

from __future__ import annotations

import re

from araseclit.repair import patterns as P

# tanween fath and alef ending a word, which such extractions leave at the end of a reversed
# word (raw): "لعافًا" for "فاعلًا"
_TANWEEN_ALEF = re.compile("\u064bا$")
# an Arabic letter with the marks that follow it: "دّ"
_CLUSTER = re.compile(f"[{P.ARABIC_LETTER}\u0640][{P.ARABIC_MARK}]*|.")

#: Arabic words that legitimately end in what looks like a reversed article ``لا``
_ENDS_IN_LA = frozenset({"لا", "ولا", "إلا", "ألا", "فلا", "كلا", "بلا", "هلا", "الا"})
_FINAL_ONLY = ("ة", "ى")  # letters that only ever end a word
#: "وال", "بال", "فال", "كال", "لل" read backwards at a word end: "ةلودلاو"
_REVERSED_PREFIX = ("لاو", "لاب", "لاف", "لاك", "لل")
#: plural endings "ين", "ون", "ات" read backwards at a word start: "نيثحابلا", "تامظنملا"
_REVERSED_SUFFIX = ("ني", "نو", "تا")


def flip_word(word: str) -> str:
    """``نمألا`` -> ``الأمن``: letters reversed, each keeping its marks; a final ``ًا`` stays."""
    m = _TANWEEN_ALEF.search(word)
    stem, tail = (word[: m.start()], m.group()) if m and m.start() > 0 else (word, "")
    return "".join(reversed(_CLUSTER.findall(stem))) + tail


def flip_words(line: str, flips: set[str]) -> str:
    """Turn round the words of ``line`` that :func:`learn_flips` found backwards."""
    return P.ARABIC_RUN.sub(
        lambda m: flip_word(m.group()) if m.group() in flips else m.group(), line
    )


def word_direction(word: str) -> tuple[float, float]:
    """(backwards, forwards) evidence for one Arabic word: ``ةلودلاو`` is backwards (teh
    marbuta first, article last), ``والدولة`` forwards."""
    back = fwd = 0.0
    if len(word) < 3:
        return back, fwd
    if word.startswith(_FINAL_ONLY) or word.endswith(_REVERSED_PREFIX):
        back += 1
    elif word.startswith(_REVERSED_SUFFIX):
        back += 0.3
    if word.endswith("لا") and word not in _ENDS_IN_LA:
        back += 0.4  # also adverbs such as "مثلا", "أولا": weak evidence alone
    if word.startswith("ال") or word.endswith(_FINAL_ONLY):
        fwd += 1
    return back, fwd
