"""Latin runs that pypdfium2 ended at an Arabic semicolon, read again across it.

pypdfium2 gives the text of a right-to-left line in logical order, each left-to-right run
(Latin words with their numbers and punctuation) word by word backwards. An Arabic
semicolon between two citations of one Latin run is a strong right-to-left character, so
it ends the run and starts the next, and turning the runs round swaps the citations and
their numbers; such a line is read again with a letter in the semicolon's place
(:func:`reread_semicolon_islands`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from araseclit.document import Line
from araseclit.repair import patterns as P

_L = P.ARABIC_LETTER

# an Arabic semicolon with a Latin word, a number or punctuation on both sides, before any
# Arabic letter (raw): "2019,؛ 9 2020: ,HRW", "71؛ 70 2010: ,Natali"
_ISLAND_SEMICOLON = re.compile(rf"(?<=[^\s{_L}])\s*\u061b\s*(?=[^\s{_L}])")
# an Arabic letter no text of the documents uses, read in the semicolon's place: a strong
# right-to-left character, as the semicolon is, that the line passes take for a letter
_STRONG = "\u06d0"
_MARKED = re.compile(rf"\s*{_STRONG}\s*")
# a line that opens with the Latin run of a citation begun on the line before, up to the
# semicolon (raw: "p 2 . 2019,"): the passes that join the two lines read it whole
_CONTINUED = re.compile(rf"^[^{_L}]*[A-Za-z][^{_L}]*$")


def reread_semicolon_islands(
    lines: list[Line], texts: list[str], doc_order: str, read: Callable[[str], str]
) -> None:
    """Read again, piece by piece, a line whose Latin run holds an Arabic semicolon.

    pypdfium2 gives the text of a right-to-left line in logical order, each left-to-right
    run (Latin words with their numbers and punctuation) word by word backwards, and the
    line is repaired by turning every such run round. The Arabic semicolon that separates
    two citations (``Amnesty International, 2019, p. 2؛ HRW, 2020: 9``) is a strong
    right-to-left character, so it ends one run and starts the next, in logical order:
    turning the runs round across it swaps the citations and their numbers
    (``HRW, 2020: 9 Amnesty؛ International``). Such a line (``texts``: the raw lines as the
    line passes read them) is read again (``read``) with a letter in the semicolon's place,
    which the reading takes for the strong character it is, in documents whose lines
    pypdfium2 gave so (``doc_order`` ``"islands"``); not when the line opens with the
    run of a citation begun on the line before.
    """
    if doc_order != "islands":
        return
    for ln, raw in zip(lines, texts, strict=True):
        m = _ISLAND_SEMICOLON.search(raw)
        if m is None or _STRONG in raw or _CONTINUED.match(raw[: m.start()]):
            continue
        marked = _ISLAND_SEMICOLON.sub(f" {_STRONG} ", raw)
        text = _MARKED.sub("\u061b ", read(marked)).strip()
        if text != ln.text:
            ln.text, ln.changed = text, True
