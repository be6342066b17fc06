"""Helpers for tests that build their own input files, hold a run folder's lock, or time
a step."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


def make_docx(path: Path, paragraphs: list[tuple[str | None, str]]) -> Path:
    """Write an RTL Word document; each item is ``(style or None, text)``."""
    import docx
    from docx.oxml.shared import OxmlElement

    document = docx.Document()
    for style, text in paragraphs:
        para = document.add_paragraph(text, style=style) if style else document.add_paragraph(text)
        bidi = OxmlElement("w:bidi")
        para._p.get_or_add_pPr().append(bidi)
        for run in para.runs:
            rtl = OxmlElement("w:rtl")
            run._r.get_or_add_rPr().append(rtl)
            run._r.get_or_add_rPr().append(OxmlElement("w:cs"))
    document.save(str(path))
    return path


# lines as pdfplumber gives a Chromium PDF: visual order, the Latin words of each citation
# (with its brackets, as drawn) on a line of their own before the Arabic line
CHROMIUM_SPLIT_LINES = [
    "(Salih )",
    ". , 2014: 33 فيرلا نم ةرجهلا تديازتو",
    "Owen ( )",
    "نأ 2016: 12 ىريو .ةيعارزلا ضرلأا تصلقت",
    "(Hamid p )",
    ". , 2019, . 7 رهنلا ضوح يف",
]


_LOCK_HOLDER = """
import sys
sys.path.insert(0, {src!r})
from araseclit.store.lock import run_lock
with run_lock({out!r}):
    print("locked", flush=True)
    sys.stdin.read()  # until the test closes stdin
"""


@contextmanager
def lock_held_elsewhere(out: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the writers' lock of the run folder ``out`` for the block
    (it lets go when its stdin closes, or when it is killed)."""
    src = str(Path(__file__).resolve().parents[1] / "src")
    holder = subprocess.Popen(
        [sys.executable, "-c", _LOCK_HOLDER.format(src=src, out=str(out))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "locked"
        yield holder
    finally:
        if not holder.stdin.closed:
            holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()


def best_cpu_seconds(step: Callable[[], object], runs: int = 3) -> float:
    """The least CPU time ``step`` takes over ``runs`` calls (the machine may be busy)."""
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        step()
        best = min(best, time.process_time() - t0)
    return best


def best_cpu_seconds_alternating(
    first: Callable[[], object], second: Callable[[], object], runs: int = 5
) -> tuple[float, float]:
    """The least CPU time of each of two steps, run in turn (first, second, first, ...), so
    that a change in the machine's load during the measurement falls on both alike."""
    best = [float("inf"), float("inf")]
    for _ in range(runs):
        for i, step in enumerate((first, second)):
            t0 = time.process_time()
            step()
            best[i] = min(best[i], time.process_time() - t0)
    return best[0], best[1]


#: one claims record as the claims stage writes it (store and schema-check tests)
CLAIM = {
    "doc_id": "d1",
    "claim_id": "d1-k0000",
    "sent_id": "d1-s0003",
    "start": 0,
    "end": 40,
    "text": "تعمل المنظمات وسيطًا بين الدولة والمجتمع.",
    "claim_type": "evaluative",
    "hedged": False,
    "attributed_to": "الحميد",
    "cit_ids": ["d1-c0000"],
    "entity_ids": ["actor.ngo.generic"],
}


def citation_key(author: str | None, year: object, page: str | None, number: object) -> tuple:
    """How the sample's citation keys compare a citation: author key, year as written (digits
    folded) and page range, or the number alone for a numeric citation."""
    import re

    from araseclit.cite import author_key
    from araseclit.cite.patterns import fold_digits

    if number is not None and not author:
        return ("#", int(str(number)))
    y = fold_digits(str(year)) if year not in (None, "") else "nd"
    p = re.sub(r"\s*[-–—]\s*", "-", fold_digits(page)) if page else None
    return (author_key(author or ""), y, p)
