"""Words reversed one by one (pypdfium2 on some PDFs): turning a word round.

Such extractions keep the words of a line in logical order but give some words letter by
letter backwards (``نمألا`` for ``الأمن``, ``يف`` for ``في``), always the same form for the
same word. Which forms to turn is the word model's call
(:func:`araseclit.repair.readings.word_flips`); this module turns them.
"""

from __future__ import annotations

import re

from araseclit.repair import patterns as P

# tanween fath and alef ending a word, which such extractions leave at the end of a reversed
# word (raw): "لعافًا" for "فاعلًا"
_TANWEEN_ALEF = re.compile("\u064bا$")
# an Arabic letter with the marks that follow it: "دّ"
_CLUSTER = re.compile(f"[{P.ARABIC_LETTER}\u0640][{P.ARABIC_MARK}]*|.")


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
