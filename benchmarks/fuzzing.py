"""Hostile inputs for araseclit, made on the spot from a seed, and how a run on one is judged.

Shared by ``benchmarks/bench_robustness.py`` (the full set, through the command line) and
``tests/test_fuzz.py`` (a short subset, mostly in-process). Nothing is downloaded: bad
files are built from the bundled sample corpus (``corpora/sample``) and from bytes drawn
from ``random.Random(seed)``, so the same seed gives the same files
(:mod:`fuzz_inputs`: text; :mod:`fuzz_packages`: PDF and DOCX).

Each input says what a correct reader does with it: read it (``ok``), refuse it with a
coded error (``fail``, with the codes expected) or either (``any``: a damaged file may still
hold readable text). Whatever it does, it must never show a traceback, fail without a code,
hang, or take more than :data:`MAX_MEMORY_MB`.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from fuzz_inputs import (
    BENCH,
    CI,
    FAIL,
    OK,
    FuzzInput,
    Scale,
    binary_noise,
    empty_files,
    encodings,
    foreign_scripts,
    long_lines,
    long_runs,
    long_text,
    mutations,
    odd_names,
    special_files,
)
from fuzz_packages import corrupt_docx, corrupt_pdfs, docx_bombs, encrypted_pdfs, image_only_pdfs

__all__ = ["BENCH", "CI", "KINDS", "FuzzInput", "Scale", "Verdict", "generate", "judge_cli"]

#: the time budget: no input may take more than this many seconds per 100 KB (at least 10 s)
SECONDS_PER_100KB = 10.0
MAX_MEMORY_MB = 2048
#: a coded error line as the CLI prints it: ``araseclit: error [E012]: ...``
CODED_LINE = re.compile(r"^araseclit: error \[(E0\d\d|E9\d\d)\]: ")
TRACEBACK = "Traceback (most recent call last)"

#: the kinds, in the order they are made and reported
KINDS = (
    "empty",
    "binary_noise",
    "corrupt_pdf",
    "encrypted_pdf",
    "image_only_pdf",
    "corrupt_docx",
    "docx_bomb",
    "encoding",
    "no_arabic",
    "odd_name",
    "special_file",
    "long_text",
    "long_line",
    "long_run",
    "mutation",
)


def generate(seed: int = 17, scale: Scale = BENCH) -> list[FuzzInput]:
    """Every input of every kind, the same for the same ``seed`` and ``scale``."""
    rng = random.Random(seed)
    return [
        *empty_files(),
        *binary_noise(rng, scale.noise),
        *corrupt_pdfs(rng, scale.corrupt_pdf),
        *encrypted_pdfs(),
        *image_only_pdfs(rng),
        *corrupt_docx(rng, scale.corrupt_docx),
        *docx_bombs(scale.bomb_mb),
        *encodings(),
        *foreign_scripts(rng),
        *odd_names(),
        *special_files(),
        *long_text(scale.long_text_chars),
        *long_lines(rng, scale.line_kb),
        *long_runs(scale.line_kb // 2, scale.line_kb * 300),
        *mutations(rng, scale.mutations, scale.mutated_copies),
    ]


def skipped_kinds(inputs: list[FuzzInput]) -> list[str]:
    """Kinds that could not be made here (no pypdf or Pillow), to say so in a report."""
    return [kind for kind in KINDS if not any(i.kind == kind for i in inputs)]


# --- judging one run ---------------------------------------------------------------------


def time_budget(size: int) -> float:
    """Seconds an input of ``size`` bytes may take: 10 s per 100 KB, at least 10 s."""
    return SECONDS_PER_100KB * max(1.0, size / 100_000)


@dataclass
class Verdict:
    """What went wrong with one command on one input (nothing, when every flag is off)."""

    traceback: bool = False
    uncoded: bool = False
    hang: bool = False
    memory: bool = False
    code: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.traceback or self.uncoded or self.hang or self.memory


def judge_cli(inp: FuzzInput, command: str, returncode: int, stderr: str) -> Verdict:
    """Judge ``araseclit text|citations FILE`` on ``inp`` by its exit status and stderr."""
    outcome, codes = inp.expected(command)
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    verdict = Verdict(traceback=TRACEBACK in stderr)
    if returncode == 0:
        if outcome == FAIL:
            verdict.uncoded = True
            verdict.notes.append("exit 0 on an input that should fail")
        return verdict
    match = CODED_LINE.match(lines[0]) if len(lines) == 1 else None
    if match is None:
        verdict.uncoded = True
        return verdict
    verdict.code = match.group(1)
    if outcome == OK:
        verdict.notes.append(f"valid input refused with {verdict.code}")
    elif codes and verdict.code not in codes:
        verdict.notes.append(f"{verdict.code}, expected {'/'.join(codes)}")
    return verdict
