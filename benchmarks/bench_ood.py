"""Repair on scrambled text it was never tuned on: real renditions and forward scrambles.

Out-of-domain, reported apart from the sample corpus (``bench_scrambled.py``):

1. **Real renditions** of ``corpora/clean`` (13 documents in genres unlike the sample's):
   each rendered by seven PDF producers (the sample's LibreOffice Amiri and Noto Naskh and
   Chromium, and four it never saw: XeLaTeX with Amiri, LibreOffice with Scheherazade and
   with Thabit, Chromium with KacstBook) and extracted by pdftotext, pdftotext -layout,
   pdfplumber and pypdfium2; pdftotext's output also with its bidi controls stripped.
2. **Forward scrambles** (``araseclit.scramble``) of the same clean texts, two seeds per
   extractor recipe.
3. **Third-party text** (``--third-party DIR``, optional, not in the repository): forward
   scrambles of real clean text fetched for local measurement.
4. **Held-out** (``--heldout``): ``corpora/heldout2``, written after the repair model was
   built and looked at once (``results/bench_heldout2_first_look.md``); in-domain since.
   ``--heldout3``: ``corpora/heldout3`` (six documents in other genres, written on
   2026-12-06 after the repair changes b467854 and f62e084), measured once, at the end of
   that day's work (``results/bench_heldout3.md``); any repair change after that look makes
   it in-domain too (several have since). ``--heldout4``: ``corpora/heldout4`` (six documents
   written in the fourth session of 2026-12-06, after its repair changes), measured once, at
   the end of that session (``results/bench_heldout4.md``); development data since.
   ``--heldout5``: ``corpora/heldout5`` (written in the eighth session of 2026-12-07 while
   its repair changes were being made, by annotators who did not see them), measured once,
   at the end of that session (``results/bench_heldout5.md``); development data since.
   ``--heldout6``: ``corpora/heldout6`` (written at the start of the ninth session of
   2026-12-07, before its repair changes, by an annotator who saw none of them), measured once,
   at the end of that session (``results/bench_heldout6.md``); development data since.
   ``--heldout7``: ``corpora/heldout7`` (written at the start of the tenth session of
   2026-12-07, before its repair changes, by an annotator who saw none of them), measured once,
   at the end of that session (``results/bench_heldout7.md``); development data since.
   ``--heldout8``: ``corpora/heldout8`` (written at the start of the eleventh session of
   2026-12-07, before its repair changes, by an annotator who saw none of them), measured once,
   at the end of that session (``results/bench_heldout8.md``); development data since.
   ``--heldout9``: ``corpora/heldout9`` (written at the start of the twelfth session of
   2026-12-07, before its repair changes, by an annotator who saw none of them), measured once,
   at the end of that session (``results/bench_heldout9.md``); development data since.
   ``--heldout10``: ``corpora/heldout10`` (written at the start of the thirteenth session of
   2026-12-07, before its repair changes, by an annotator who saw none of them), measured once,
   at the end of that session (``results/bench_heldout10.md``); development data since.
   ``--heldout11``: ``corpora/heldout11`` (written at the start of the fourteenth session, of
   2026-12-08, before its repair changes, by an annotator who saw none of them), measured once,
   at the end of that session (``results/bench_heldout11.md``).

Measure: character error rate (Levenshtein distance / reference length, whitespace
collapsed, bidi controls not scored, both sides in Unicode's NFC so that canonically
equivalent text counts as the same: ``نَّ`` typed shadda first or vowel first; figures
before the fourth session of 2026-12-06 compared code points as they stood) against the clean
source, for the raw text, python-bidi's ``get_display`` per line (the usual quick fix) and
``repair_text``. Target: CER ≤ 2%
in every cell, no cell worse than raw, stripped cells within 0.5 points of the same text
with its controls.

Run: ``.venv/bin/python benchmarks/bench_ood.py [--third-party DIR] [--heldout | --heldout3 | ... | --heldout11]``
(writes ``benchmarks/results/bench_ood.md``, or ``bench_heldout2.md`` / ``bench_heldout3.md`` /
``bench_heldout4.md`` / ... / ``bench_heldout11.md``). ``--by-kind`` writes ``bench_ood_kinds.md``; with
``--examples KIND [--top N]`` it also prints each cell's N costliest stretches of that kind
(for ``"word order"``, the stretches whose words moved, with the cost of their moves).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from araseclit.document import assemble  # noqa: E402
from araseclit.repair import repair_lines, repair_text  # noqa: E402
from araseclit.scramble import RECIPES, scramble  # noqa: E402

CLEAN = ROOT / "corpora" / "clean"
HELDOUT = ROOT / "corpora" / "heldout2"
HELDOUT3 = ROOT / "corpora" / "heldout3"
HELDOUT4 = ROOT / "corpora" / "heldout4"
HELDOUT5 = ROOT / "corpora" / "heldout5"
HELDOUT6 = ROOT / "corpora" / "heldout6"
HELDOUT7 = ROOT / "corpora" / "heldout7"
HELDOUT8 = ROOT / "corpora" / "heldout8"
HELDOUT9 = ROOT / "corpora" / "heldout9"
HELDOUT10 = ROOT / "corpora" / "heldout10"
HELDOUT11 = ROOT / "corpora" / "heldout11"
RESULTS = ROOT / "benchmarks" / "results"
EXTRACTORS = ("pdftotext", "pdftotext-layout", "pdfplumber", "pypdfium2")
#: producers the sample corpus has (the repair rules of v1 were fitted on them)
SAMPLE_PRODUCERS = ("libreoffice-amiri", "libreoffice-noto-naskh", "chromium-noto-naskh")
TARGET = 0.02
_BIDI = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")

try:
    from bidi import get_display
except ImportError:  # pragma: no cover
    get_display = None


def _plain(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", _BIDI.sub("", text)).split())


def cer(hypothesis: str, reference: str) -> float:
    ref = _plain(reference)
    return Levenshtein.distance(_plain(hypothesis), ref) / max(1, len(ref))


def bidi_display(raw: str) -> str:
    if get_display is None:
        return raw
    return "\n".join(get_display(_BIDI.sub("", ln), base_dir="R") for ln in raw.split("\n"))


Row = tuple[str, float, float, float]  # document, raw, python-bidi, araseclit


#: a repaired file this far from its source is text a reader cannot use as it stands
UNUSABLE = 0.10
#: (repaired CER, whether repair flagged the text layer as damaged) of one rendition
Flag = tuple[float, bool]


#: (producer, extractor) -> kind -> character edits; kind "" holds the reference's length
Kinds = dict[tuple[str, str], dict[str, int]]


def renditions(
    corpus: Path,
    sources: Path,
    kinds: Kinds | None = None,
    examples: dict[tuple[str, str], list[Stretch]] | None = None,
) -> tuple[dict[tuple[str, str], list[Row]], list[Flag], int, float]:
    """Rows per (producer, extractor), stripped pdftotext as extractor "<x> (controls
    stripped)"; every file's repaired CER and damage flag; lines and seconds repaired.
    With ``kinds``, the repaired files' errors by kind (:func:`error_kinds`) are added to it,
    for every document but the diacritised one, and with ``examples`` their differing
    stretches, per (producer, extractor)."""
    cells: dict[tuple[str, str], list[Row]] = defaultdict(list)
    flags: list[Flag] = []
    lines, seconds = 0, 0.0
    for folder in sorted(p for p in (corpus / "variants").iterdir() if p.is_dir()):
        reference = (sources / f"{folder.name}.txt").read_text(encoding="utf-8")
        for path in sorted(folder.glob("*.txt")):
            producer, extractor = path.name[: -len(".txt")].split(".", 1)
            raw = path.read_text(encoding="utf-8")
            versions = [(extractor, raw)]
            if extractor.startswith("pdftotext"):
                versions.append((f"{extractor} (controls stripped)", _BIDI.sub("", raw)))
            for label, text in versions:
                t0 = time.perf_counter()
                result = repair_lines(text)
                repaired, _ = assemble(result.lines)
                seconds += time.perf_counter() - t0
                lines += text.count("\n") + 1
                flags.append(
                    (cer(repaired, reference), bool(result.quality and result.quality.damaged))
                )
                if kinds is not None and "diacritised" not in folder.name:
                    tally = kinds.setdefault((producer, label), defaultdict(int))
                    tally[""] += len(_plain(reference))
                    found = (
                        examples.setdefault((producer, label), []) if examples is not None else None
                    )
                    for kind, n in error_kinds(repaired, reference, found).items():
                        tally[kind] += n
                cells[(producer, label)].append(
                    (
                        folder.name,
                        cer(text, reference),
                        cer(bidi_display(text), reference),
                        cer(repaired, reference),
                    )
                )
    return cells, flags, lines, seconds


def forward(texts: list[tuple[str, str]], seeds: tuple[int, ...] = (1, 2)) -> dict[str, list[Row]]:
    """Rows per recipe for forward scrambles of ``texts``."""
    from araseclit.repair.diacritics_pieces import MIN_VOWELLED, vowelled_share

    out: dict[str, list[Row]] = defaultdict(list)
    for name, text in texts:
        vowelled = vowelled_share(text.split("\n")) >= MIN_VOWELLED
        for recipe in RECIPES:
            if RECIPES[recipe].cut_vowelled and not vowelled:
                continue  # stacked marks cut the lines of vowelled text only
            for seed in seeds:
                raw = scramble(text, recipe, seed=seed).text
                out[recipe].append(
                    (
                        name,
                        cer(raw, text),
                        cer(bidi_display(raw), text),
                        cer(repair_text(raw), text),
                    )
                )
    return out


# ---- error breakdown by kind (--by-kind) ----------------------------------------------------

#: the error kinds, in the order they are tried on one differing stretch of words
KINDS = (
    "word order",
    "marks only",
    "split or joined words",
    "lam-alef swapped",
    "letters reversed",
    "digits",
    "punctuation or brackets",
    "words lost",
    "words invented",
    "letters changed",
)
_MARK = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_SWAPPED_LAM_ALEF = re.compile("([\u0622\u0623\u0625\u0627])\u0644")  # "أل" for "لأ"
_DIGITS = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
_NOT_WORD = re.compile(r"[^\w]|_")


def _kind(a: str, b: str) -> str:
    """The kind of one differing stretch: reference words ``a``, repaired words ``b``."""
    if not b:
        return "words lost"
    if not a:
        return "words invented"
    if _MARK.sub("", a) == _MARK.sub("", b):
        return "marks only"
    a0, b0 = _MARK.sub("", a), _MARK.sub("", b)
    if a0.replace(" ", "") == b0.replace(" ", ""):
        return "split or joined words"
    lam = _SWAPPED_LAM_ALEF.sub(r"l\1", a0.replace(" ", ""))
    if lam == _SWAPPED_LAM_ALEF.sub(r"l\1", b0.replace(" ", "")):
        return "lam-alef swapped"
    if any(w[::-1] in a0.split() for w in b0.split() if len(w) > 2):
        return "letters reversed"
    if _DIGITS.sub("", a0) == _DIGITS.sub("", b0):
        return "digits"
    if _NOT_WORD.sub("", a0) == _NOT_WORD.sub("", b0):
        return "punctuation or brackets"
    return "letters changed"


#: (kind, character edits, reference words, repaired words) of one differing stretch
Stretch = tuple[str, int, str, str]


def error_kinds(
    hypothesis: str, reference: str, stretches: list[Stretch] | None = None
) -> dict[str, int]:
    """Character edits of ``hypothesis`` against ``reference``, per kind of error.

    Words are aligned (difflib); a word deleted in one place and inserted in another is a
    move ("word order", its length on each side); every other differing stretch costs its
    Levenshtein distance and gets the first kind of :data:`KINDS` it fits. The sum is close
    to, not equal to, the character distance :func:`cer` counts. With ``stretches``, every
    differing stretch is appended to it (a stretch with moved words once more, as word order)."""
    import difflib
    from collections import Counter

    ref, hyp = _plain(reference).split(), _plain(hypothesis).split()
    ops = [
        o
        for o in difflib.SequenceMatcher(None, ref, hyp, autojunk=False).get_opcodes()
        if o[0] != "equal"
    ]
    gone = Counter(w for _, i1, i2, _, _ in ops for w in ref[i1:i2])
    came = Counter(w for _, _, _, j1, j2 in ops for w in hyp[j1:j2])
    moved = gone & came
    out: dict[str, int] = defaultdict(int)
    left = {"ref": moved.copy(), "hyp": moved.copy()}

    def unmoved(words: list[str], side: str) -> list[str]:
        kept = []
        for w in words:
            if left[side][w] > 0:
                left[side][w] -= 1
                out["word order"] += len(w) + 1
            else:
                kept.append(w)
        return kept

    for _, i1, i2, j1, j2 in ops:
        moved = out["word order"]
        sa, sb = " ".join(unmoved(ref[i1:i2], "ref")), " ".join(unmoved(hyp[j1:j2], "hyp"))
        if stretches is not None and out["word order"] > moved:  # (the stretch, moves and all)
            whole = (" ".join(ref[i1:i2]), " ".join(hyp[j1:j2]))
            stretches.append(("word order", out["word order"] - moved, *whole))
        if sa != sb:
            kind, cost = _kind(sa, sb), Levenshtein.distance(sa, sb)
            out[kind] += cost
            if stretches is not None:
                stretches.append((kind, cost, sa, sb))
    return out


def kind_table(kinds: Kinds, by: int) -> str:
    """Errors by kind (rows) per extractor (``by=1``) or producer (``by=0``), in points of
    CER: character edits of that kind over the reference characters of the column."""
    cols = sorted({key[by] for key in kinds})
    sums: dict[str, dict[str, int]] = {c: defaultdict(int) for c in cols}
    for key, tally in kinds.items():
        for kind, n in tally.items():
            sums[key[by]][kind] += n
    lines = [
        "| kind | " + " | ".join(cols) + " | all |",
        "|---|" + "---:|" * (len(cols) + 1),
    ]
    total = sum(s[""] for s in sums.values())
    for kind in KINDS:
        row = [sums[c][kind] / sums[c][""] for c in cols]
        every = sum(s[kind] for s in sums.values()) / total
        lines.append(f"| {kind} | " + " | ".join(f"{v:.2%}" for v in row) + f" | {every:.2%} |")
    row = [sum(v for k, v in sums[c].items() if k) / sums[c][""] for c in cols]
    every = sum(v for s in sums.values() for k, v in s.items() if k) / total
    lines.append("| **sum** | " + " | ".join(f"{v:.2%}" for v in row) + f" | {every:.2%} |")
    return "\n".join(lines)


def print_examples(examples: dict[tuple[str, str], list[Stretch]], kind: str, n: int) -> None:
    """The ``n`` costliest stretches of ``kind`` in each cell, to standard output."""
    for (producer, label), found in sorted(examples.items()):
        top = sorted((s for s in found if s[0] == kind), key=lambda s: -s[1])[:n]
        if top:
            print(f"## {producer} / {label}: {kind}")
            for _, cost, a, b in top:
                print(f"{cost:5d}  {a}\n   => {b}")


def by_kind_report(examples: tuple[str, int] | None = None) -> list[str]:
    """The by-kind tables; with ``examples`` (kind, n), the ``n`` costliest stretches of
    that kind per cell are printed too (not written to the results file)."""
    kinds: Kinds = {}
    found: dict[tuple[str, str], list[Stretch]] | None = {} if examples else None
    renditions(CLEAN, CLEAN, kinds, found)
    if examples and found is not None:
        print_examples(found, *examples)
    return [
        "# Repair errors out of domain, by kind (`araseclit.repair`)",
        "",
        "The real renditions of `corpora/clean` (see `bench_ood.md`) but the diacritised "
        "document, repaired; each differing stretch of words against the clean source is "
        "counted under the first kind it fits (`error_kinds` in `benchmarks/bench_ood.py`: "
        "a moved word is word order; marks only; words split or joined; lam-alef swapped; "
        "letters reversed; digits; punctuation or brackets; words lost; words invented; "
        "otherwise letters changed). Figures are points of CER: the kind's character edits "
        "over the reference characters, summed over the files of a column (weighted by "
        "length, so the sum differs a little from the mean of file CERs in `bench_ood.md`).",
        "",
        "## By extractor",
        "",
        kind_table(kinds, 1),
        "",
        "## By producer",
        "",
        kind_table(kinds, 0),
    ]


def _mean(rows: list[Row], k: int) -> float:
    return statistics.mean(r[k] for r in rows)


def cell_table(cells: dict[tuple[str, str], list[Row]]) -> str:
    head = [
        "| producer | extractor | files | raw | python-bidi | **araseclit** | worst file | ≤ 2% |",
        "|---|---|---:|---:|---:|---:|---|---|",
    ]
    body = []
    order = {e: i for i, e in enumerate(EXTRACTORS)}
    for (producer, extractor), rows in sorted(
        cells.items(),
        key=lambda kv: (
            kv[0][0] not in SAMPLE_PRODUCERS,
            kv[0][0],
            order.get(kv[0][1].split(" ")[0], 9),
            kv[0][1],
        ),
    ):
        worst = max(rows, key=lambda r: r[3])
        mark = "yes" if _mean(rows, 3) <= TARGET else "no"
        body.append(
            f"| {producer}{'' if producer in SAMPLE_PRODUCERS else ' (new)'} | {extractor} | {len(rows)} | "
            f"{_mean(rows, 1):.2%} | {_mean(rows, 2):.2%} | **{_mean(rows, 3):.2%}** | "
            f"{worst[0]} ({worst[3]:.1%}) | {mark} |"
        )
    return "\n".join(head + body)


def summary(cells: dict[tuple[str, str], list[Row]]) -> str:
    every = [r for rows in cells.values() for r in rows]
    groups = {
        "all cells": every,
        "sample's producers": [
            r for (p, _), rows in cells.items() if p in SAMPLE_PRODUCERS for r in rows
        ],
        "new producers": [
            r for (p, _), rows in cells.items() if p not in SAMPLE_PRODUCERS for r in rows
        ],
        "without the diacritised document": [r for r in every if "diacritised" not in r[0]],
    }
    over = sum(1 for rows in cells.values() if _mean(rows, 3) > TARGET)
    worse = sum(1 for rows in cells.values() if _mean(rows, 3) > _mean(rows, 1))
    gaps = []
    for (p, e), rows in cells.items():
        if e.endswith("(controls stripped)"):
            kept = cells.get((p, e.split(" ")[0]))
            if kept:
                gaps.append(_mean(rows, 3) - _mean(kept, 3))
    lines = [
        "| group | files | raw | python-bidi | araseclit | raw / araseclit |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for label, rows in groups.items():
        if rows:
            raw, rep = _mean(rows, 1), _mean(rows, 3)
            lines.append(
                f"| {label} | {len(rows)} | {raw:.2%} | {_mean(rows, 2):.2%} | {rep:.2%} | {raw / rep if rep else 0:.1f}× |"
            )
    lines += [
        "",
        f"Cells over {TARGET:.0%}: {over} of {len(cells)}; cells worse than their raw input: {worse}. "
        f"Controls-stripped cells are {statistics.mean(gaps) * 100:.2f} points above the same text "
        f"with its controls on average (worst {max(gaps) * 100:.2f})."
        if gaps
        else "",
    ]
    return "\n".join(lines)


def flag_table(flags: list[Flag]) -> str:
    """How well the damage warning (W101 "text layer damaged; OCR advised") tells the
    repaired files a reader cannot use (CER over :data:`UNUSABLE`) from the rest."""
    bad = [f for c, f in flags if c > UNUSABLE]
    fine = [f for c, f in flags if c <= TARGET]
    flagged = [c for c, f in flags if f]
    return "\n".join(
        [
            "| repaired files | files | flagged damaged |",
            "|---|---:|---:|",
            f"| CER over {UNUSABLE:.0%} (unusable as they stand) | {len(bad)} | {sum(bad)} ({sum(bad) / max(1, len(bad)):.0%}) |",
            f"| CER {TARGET:.0%} or less (good) | {len(fine)} | {sum(fine)} ({sum(fine) / max(1, len(fine)):.0%}) |",
            f"| all | {len(flags)} | {len(flagged)}; of them {sum(1 for c in flagged if c > UNUSABLE)} over {UNUSABLE:.0%} |",
        ]
    )


def forward_table(rows: dict[str, list[Row]]) -> str:
    lines = [
        "| recipe | documents | raw | python-bidi | **araseclit** | worst |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for recipe, items in rows.items():
        worst = max(items, key=lambda r: r[3])
        lines.append(
            f"| {recipe} | {len(items)} | {_mean(items, 1):.2%} | {_mean(items, 2):.2%} | "
            f"**{_mean(items, 3):.2%}** | {worst[0]} ({worst[3]:.1%}) |"
        )
    return "\n".join(lines)


def _clean_texts(folder: Path) -> list[tuple[str, str]]:
    return [
        (p.stem, p.read_text(encoding="utf-8"))
        for p in sorted(folder.glob("*.txt"))
        if "one_sentence" not in p.name
    ]


def heldout_parts(corpus: Path, intro: str, with_flags: bool = False) -> list[str]:
    """The report of a held-out corpus's renditions and of forward scrambles of its sources."""
    cells, flags, _, _ = renditions(corpus, corpus / "sources")
    parts = [f"# Repair on the held-out set `corpora/{corpus.name}`", "", intro, ""]
    parts += [summary(cells), "", cell_table(cells), ""]
    if with_flags:
        parts += ["Damage warnings on these files:", "", flag_table(flags), ""]
    forward_rows = forward(_clean_texts(corpus / "sources"))
    return [*parts, "Forward scrambles of the held-out sources:", "", forward_table(forward_rows)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--third-party", type=Path)
    parser.add_argument(
        "--heldout", action="store_true", help="re-measure corpora/heldout2 (in-domain since)"
    )
    parser.add_argument(
        "--heldout3", action="store_true", help="re-measure corpora/heldout3 (in-domain since)"
    )
    parser.add_argument(
        "--heldout4", action="store_true", help="re-measure corpora/heldout4 (development since)"
    )
    parser.add_argument(
        "--heldout5", action="store_true", help="re-measure corpora/heldout5 (development since)"
    )
    parser.add_argument(
        "--heldout6", action="store_true", help="re-measure corpora/heldout6 (development since)"
    )
    parser.add_argument(
        "--heldout7", action="store_true", help="re-measure corpora/heldout7 (development since)"
    )
    parser.add_argument(
        "--heldout8", action="store_true", help="re-measure corpora/heldout8 (development since)"
    )
    parser.add_argument(
        "--heldout9", action="store_true", help="re-measure corpora/heldout9 (development since)"
    )
    parser.add_argument(
        "--heldout10", action="store_true", help="re-measure corpora/heldout10 (development since)"
    )
    parser.add_argument(
        "--heldout11", action="store_true", help="measure corpora/heldout11 (once, at the end)"
    )
    parser.add_argument(
        "--by-kind",
        action="store_true",
        help="break the renditions' errors down by kind (writes results/bench_ood_kinds.md)",
    )
    parser.add_argument(
        "--examples",
        metavar="KIND",
        choices=KINDS,
        help="with --by-kind: print each cell's costliest stretches of this kind",
    )
    parser.add_argument(
        "--top", type=int, default=5, help="how many stretches --examples prints per cell"
    )
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    flag = next(
        (
            f" --{n}"
            for n in (
                "heldout",
                "heldout3",
                "heldout4",
                "heldout5",
                "heldout6",
                "heldout7",
                "heldout8",
                "heldout9",
                "heldout10",
                "heldout11",
            )
            if getattr(args, n)
        ),
        "",
    )
    if args.third_party and not flag:
        flag = f" --third-party {args.third_party}"
    if args.by_kind:
        flag = " --by-kind"
        parts = by_kind_report((args.examples, args.top) if args.examples else None)
        out = RESULTS / "bench_ood_kinds.md"
    elif args.heldout11:
        parts = heldout_parts(
            HELDOUT11,
            "Six documents written at the start of the fourteenth session, of 2026-12-08, before "
            "its repair changes, by an annotator who saw none of them, in genres and typography "
            "unlike every other corpus here, measured once, here; see the module docstring of "
            "`benchmarks/bench_ood.py` for the measure.",
            with_flags=True,
        )
        out = RESULTS / "bench_heldout11.md"
    elif args.heldout10:
        parts = heldout_parts(
            HELDOUT10,
            "Six documents written at the start of the thirteenth session of 2026-12-07, before "
            "its repair changes, by an annotator who saw none of them, in genres and typography "
            "unlike every other corpus here, measured once, here; see the module docstring of "
            "`benchmarks/bench_ood.py` for the measure.",
            with_flags=True,
        )
        out = RESULTS / "bench_heldout10.md"
    elif args.heldout9:
        parts = heldout_parts(
            HELDOUT9,
            "Six documents written at the start of the twelfth session of 2026-12-07, before "
            "its repair changes, by an annotator who saw none of them, in genres and typography "
            "unlike every other corpus here, measured once, here; see the module docstring of "
            "`benchmarks/bench_ood.py` for the measure.",
            with_flags=True,
        )
        out = RESULTS / "bench_heldout9.md"
    elif args.heldout8:
        parts = heldout_parts(
            HELDOUT8,
            "Six documents written at the start of the eleventh session of 2026-12-07, before "
            "its repair changes, by an annotator who saw none of them, in genres and typography "
            "unlike every other corpus here, measured once, here; see the module docstring of "
            "`benchmarks/bench_ood.py` for the measure.",
            with_flags=True,
        )
        out = RESULTS / "bench_heldout8.md"
    elif args.heldout7:
        parts = heldout_parts(
            HELDOUT7,
            "Six documents written at the start of the tenth session of 2026-12-07, before its "
            "repair changes, by an annotator who saw none of them, in genres and typography "
            "unlike every other corpus here, measured once, here; see the module docstring of "
            "`benchmarks/bench_ood.py` for the measure.",
            with_flags=True,
        )
        out = RESULTS / "bench_heldout7.md"
    elif args.heldout6:
        parts = heldout_parts(
            HELDOUT6,
            "Six documents written at the start of the ninth session of 2026-12-07, before its "
            "repair changes (mark order, laid-out pieces, stripped -layout rows, reference "
            "entries, section numbers), by an annotator who saw none of them, in genres and "
            "typography unlike every other corpus here, measured once, here; see the module "
            "docstring of `benchmarks/bench_ood.py` for the measure.",
            with_flags=True,
        )
        out = RESULTS / "bench_heldout6.md"
    elif args.heldout5:
        parts = heldout_parts(
            HELDOUT5,
            "Documents written in the eighth session of 2026-12-07 by annotators who did not "
            "see that session's repair changes (pypdfium2 in-line cuts, word order and letters "
            "changed out of domain), measured once, here; see the module docstring of "
            "`benchmarks/bench_ood.py` for the measure.",
            with_flags=True,
        )
        out = RESULTS / "bench_heldout5.md"
    elif args.heldout4:
        parts = heldout_parts(
            HELDOUT4,
            "Six documents written after the repair changes of the fourth session of "
            "2026-12-06 (marks given before their letters, words cut at every marked letter), "
            "in genres and typography unlike every other corpus here, measured once, here; see "
            "the module docstring of `benchmarks/bench_ood.py` for the measure.",
            with_flags=True,
        )
        out = RESULTS / "bench_heldout4.md"
    elif args.heldout3:
        parts = heldout_parts(
            HELDOUT3,
            "Six documents in genres unlike the sample's (syllabus, committee minutes, book "
            "review, NGO report, interview, biography with Hijri dates), written after the "
            "repair changes of 2026-12-06 and measured once, here; see the module docstring of "
            "`benchmarks/bench_ood.py` for the measure.",
            with_flags=True,
        )
        out = RESULTS / "bench_heldout3.md"
    elif args.heldout:
        parts = heldout_parts(
            HELDOUT,
            "Written after the repair model was built. Its one look, before the last repair "
            "changes, is kept in `bench_heldout2_first_look.md`; since then the set is "
            "in-domain and this file is a re-measure (see the module docstring of "
            "`benchmarks/bench_ood.py` for the measure).",
        )
        out = RESULTS / "bench_heldout2.md"
    else:
        cells, flags, lines, seconds = renditions(CLEAN, CLEAN)
        parts = [
            "# Repair out of domain (`araseclit.repair`)",
            "",
            "Scrambled text the repair model was never tuned on; see the module docstring of "
            "`benchmarks/bench_ood.py` for what each part is and how it is measured.",
            "",
            "## Real renditions of `corpora/clean`",
            "",
            summary(cells),
            "",
            cell_table(cells),
            "",
            f"Repair speed on these files: {lines / seconds:,.0f} lines/s.",
            "",
            "Damage warnings (`RepairResult.quality.damaged`, the warning `analyze` records) on "
            "these files:",
            "",
            flag_table(flags),
            "",
            "## Forward scrambles of `corpora/clean`",
            "",
            forward_table(forward(_clean_texts(CLEAN))),
        ]
        if args.third_party and args.third_party.is_dir():
            parts += [
                "",
                f"## Forward scrambles of third-party text (`{args.third_party.name}/`, not in the repository)",
                "",
                forward_table(forward(_clean_texts(args.third_party), seeds=(1,))),
            ]
        out = RESULTS / "bench_ood.md"
    parts += [
        "",
        f"Produced by `.venv/bin/python benchmarks/bench_ood.py{flag}` in {time.perf_counter() - t0:.0f} s.",
    ]
    out.write_text("\n".join(parts) + "\n", encoding="utf-8")
    print("\n".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
