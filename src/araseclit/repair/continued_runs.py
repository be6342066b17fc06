"""A Latin citation that runs on across a line break, read with the context of its real line.

pdftotext writes the Latin words of an Arabic line inside a left-to-right embedding. Where
such a run opens with numbers and neutrals only (``2019: 33; Haddad, 2011: 140``: the
citation began on the line before), their order depends on the strong letter before the
run, which is the end of the previous line: after a Latin word the numbers belong to the
Latin text, after an Arabic one each number stands apart and the run reads backwards
(``Haddad, 2011: 140 33; 2019:``). Lines are repaired in extraction order, but the passes
that undo cut lines (:mod:`.lifted_tanween`, :mod:`.laid_out`) put some lines after another
line than the one they were read after, so their reading is redone with the line that now
precedes them (:func:`reread_continued_runs`).

At the other end of such a run pdftotext keeps a comma that ends it inside the embedding
(``Cambanis et al.,``); read against the end of the Arabic line it goes first, after the
bracket (``(,Gaston, ... et al.``), where no text ever has it; it goes back to the end
(:func:`restore_run_final_comma`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from araseclit.document import Line
from araseclit.repair import patterns as P
from araseclit.repair.bidi import last_strong

# a raw pdftotext line that opens with a left-to-right embedding whose first strong letter
# comes after numbers or neutrals: "\u202b\u202a .)2019: 33; Haddad\u202c..."
_WEAK_LED_RUN = re.compile(r"^[\f ]*\u202b?[\f ]*\u202a[^A-Za-z\u202a-\u202c]*[0-9]")
# an opening bracket with a comma right after it, then Latin text to the end of the line:
# "(,Gaston, cited in Cambanis et al." (group 1: the run)
_COMMA_AFTER_OPENER = re.compile(rf"\(,([A-Za-z][^()\[\]{P.ARABIC_LETTER}]*?)\s*$")


def _previous_text(lines: list[Line], i: int) -> str | None:
    """The text of the nearest line before ``i`` that has any (same page), or None."""
    for j in range(i - 1, -1, -1):
        if lines[j].page != lines[i].page:
            return None
        if lines[j].text.strip():
            return lines[j].text
    return None


def reread_continued_runs(
    lines: list[Line], repair: Callable[[str, str], str], cleaned: list[str]
) -> None:
    """Read again, with the line now before it, a line whose opening Latin run starts with
    numbers (``cleaned`` holds the raw lines by source number; ``repair(raw, before)``
    repairs one with ``before`` the bidi class of the text before it). Only a line whose
    text is still what one of the two contexts gave is changed."""
    for i, ln in enumerate(lines):
        raw = cleaned[ln.line - 1] if 0 < ln.line <= len(cleaned) else ""
        if not _WEAK_LED_RUN.match(raw):
            continue
        before = _previous_text(lines, i)
        if before is None:
            continue
        wanted = last_strong(before)
        other = "AL" if wanted == "L" else "L"
        right, wrong = repair(raw, wanted), repair(raw, other)
        if right != wrong and ln.text.strip() == wrong.strip():
            ln.text, ln.changed = right, True


def restore_run_final_comma(lines: list[Line]) -> None:
    """``... (,Gaston, cited in Cambanis et al.`` -> ``... (Gaston, cited in Cambanis et al.,``:
    the comma ending a Latin run at a line break goes back to its end."""
    for ln in lines:
        fixed = _COMMA_AFTER_OPENER.sub(r"(\1,", ln.text.rstrip())
        if fixed != ln.text.rstrip():
            ln.text, ln.changed = fixed, True
