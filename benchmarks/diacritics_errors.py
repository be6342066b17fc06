"""What damage makes up the CER of the diacritised document, per producer x extractor.

``corpora/clean/diacritised_prose.txt`` (fully vowelled prose) is the worst file of almost
every cell of ``bench_ood.py``. For each rendition under
``corpora/clean/variants/diacritised_prose`` this splits its character error rate (the
measure of ``bench_ood.py``: Levenshtein distance over the reference length, whitespace
collapsed, bidi controls dropped, NFC) into nested parts, each the CER of a coarser view of
both texts, so the parts add up to the whole:

* **marks**: CER minus the CER with every combining mark removed from both sides (marks
  lost, invented or put on the wrong letter);
* **spaces**: the unmarked CER minus the unmarked CER with every space removed (words
  split or glued);
* **order**: the unmarked, spaceless CER minus the letter-bag error (letters present but in
  the wrong place: reversed words, lines out of order);
* **letters**: the letter-bag error, sum over characters of |count in hypothesis - count in
  reference| over the reference length (letters lost or invented, ligatures, glyph junk).

Each is given for the raw text (bidi controls stripped), and for ``repair_lines`` output;
pdftotext's renditions are also repaired with their bidi controls stripped (rows "controls
stripped"), as ``bench_ood.py`` measures them.
It also counts the raw lines made only of marks (lifted-mark lines) and the share of raw
tokens that are one letter with its marks (mark-split words).

Run: ``.venv/bin/python benchmarks/diacritics_errors.py [--doc NAME | --doc CORPUS/NAME]
[--out PATH]`` (writes ``benchmarks/results/diacritics_errors.md``; ``CORPUS/NAME`` is a
document of a development corpus, ``heldout9/56_friday_sermon_rumours_after_market_blast``,
never of the held-out one). ``--fit`` and ``--fit-marks`` print the fits
of the lifted-mark margin and the space cost on ``corpora/calibration`` (fitting data, not
results); ``--forward DIR`` measures lifted-mark forward scrambles of the texts in ``DIR``
with and without the reading (writes ``benchmarks/results/diacritics_forward.md``);
``--forward-cut PATH...`` measures cut-line forward scrambles of vowelled texts with and
without :mod:`araseclit.repair.diacritics_pieces` (adds its table to that file), and
``--fit-pieces`` prints that step's fit on ``corpora/calibration`` (fitting data), and
``--fit-written`` the fit of its margin for pieces read as written in documents without
bidi controls. ``--forward-marks PATH...`` prints, for vowelled texts, how many words
:func:`araseclit.scramble.diacritics.misplace_marks` (rate 0.3, seeds 1-4) damages, how
many :func:`araseclit.repair.mark_spelling.settle_line` restores and how many correct words
it changes, with the CER before and after.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from araseclit.charsets import ARABIC_LETTER, ARABIC_MARK, BIDI_CONTROL  # noqa: E402
from araseclit.document import assemble  # noqa: E402
from araseclit.repair import repair_lines  # noqa: E402

CLEAN = ROOT / "corpora" / "clean"
CALIBRATION = ROOT / "corpora" / "calibration"
#: corpora still held out (measured once, at the end of their session, by bench_ood.py)
HELD_OUT = frozenset({"heldout11"})
#: margins tried by ``--fit`` (log-probability a reading must gain over the lines as they are)
FIT_MARGINS = (1e9, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 12.0)
#: visual line width (characters) of ``--forward`` renditions
WIDTH = 60
#: space costs tried by ``--fit-marks``
FIT_COSTS = (float("inf"), 1.0, 2.0, 3.0, 4.0, 6.0, 8.0)
RESULTS = ROOT / "benchmarks" / "results"
#: forward-scrambled texts of the project (written for it; their PDF renditions are the
#: development set the pieces step was looked at on)
IN_DOMAIN = frozenset({"diacritised_prose"})
SOURCES_NOTE = (
    "`diacritised_prose` is in domain (written for the project; its PDF renditions are the "
    "development set the pieces step was looked at on). `abdari_madkhal_1..3` are out of "
    "domain: three passages of Ibn al-Hajj al-Abdari's *al-Madkhal* (14th century, public "
    "domain) as fully vowelled in the Tashkeela corpus, copied from "
    "`github.com/AliOsm/shakkelha`, file `comparisons/abandah/books/المدخل للعبدري.txt` "
    "(repository MIT; Tashkeela's own licence is given as GPL-2.0 or unknown), so they are not "
    "in the repository. The step's costs and thresholds were fitted on other texts "
    "(`--fit-pieces`, `--fit-written`: `corpora/calibration`, heldout4's little-palm story and "
    "four Tashkeela-derived news passages, none of them measured here)."
)
_BIDI = re.compile(f"[{BIDI_CONTROL}]")
_MARK = re.compile(f"[{ARABIC_MARK}]")
_MARK_LINE = re.compile(f"^[{ARABIC_MARK}\\s]+$")
_ONE_LETTER = re.compile(f"^[{ARABIC_LETTER}][{ARABIC_MARK}]*$")
PARTS = ("marks", "spaces", "order", "letters")


def _plain(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", _BIDI.sub("", text)).split())


def _cer(hyp: str, ref: str) -> float:
    return Levenshtein.distance(hyp, ref) / max(1, len(ref))


def breakdown(hypothesis: str, reference: str) -> dict[str, float]:
    """The CER of ``hypothesis`` and its nested parts (see the module docstring)."""
    hyp, ref = _plain(hypothesis), _plain(reference)
    n = max(1, len(ref))
    full = _cer(hyp, ref)
    hyp_u = " ".join(_MARK.sub("", hyp).split())
    ref_u = " ".join(_MARK.sub("", ref).split())
    unmarked = Levenshtein.distance(hyp_u, ref_u) / n
    hyp_s, ref_s = hyp_u.replace(" ", ""), ref_u.replace(" ", "")
    spaceless = Levenshtein.distance(hyp_s, ref_s) / n
    bag_h, bag_r = Counter(hyp_s), Counter(ref_s)
    letters = sum(abs(bag_h[c] - bag_r[c]) for c in bag_h.keys() | bag_r.keys()) / n
    return {
        "cer": full,
        "marks": full - unmarked,
        "spaces": unmarked - spaceless,
        "order": spaceless - min(letters, spaceless),
        "letters": min(letters, spaceless),
    }


def layout(raw: str) -> tuple[int, float]:
    """Lines made only of marks, and the share of tokens that are one letter with marks."""
    lines = [_BIDI.sub("", ln) for ln in raw.split("\n")]
    mark_lines = sum(1 for ln in lines if ln.strip() and _MARK_LINE.match(ln))
    tokens = [t for ln in lines for t in ln.split()]
    split = sum(1 for t in tokens if _ONE_LETTER.match(t))
    return mark_lines, split / max(1, len(tokens))


def document_paths(doc: str) -> tuple[Path, Path]:
    """(source text, folder of renditions) of ``doc``: a name in ``corpora/clean``
    (``diacritised_prose``), or ``CORPUS/NAME`` for a corpus with ``sources/`` and
    ``variants/`` (``heldout9/56_friday_sermon_rumours_after_market_blast``)."""
    if "/" not in doc:
        return CLEAN / f"{doc}.txt", CLEAN / "variants" / doc
    corpus, name = doc.split("/", 1)
    if corpus in HELD_OUT:
        raise SystemExit(f"corpora/{corpus} is held out: it is measured once, by bench_ood.py")
    root = ROOT / "corpora" / corpus
    return root / "sources" / f"{name}.txt", root / "variants" / name


def rows(doc: str) -> list[tuple[str, str, dict[str, float], dict[str, float], int, float]]:
    source, variants = document_paths(doc)
    reference = source.read_text(encoding="utf-8")
    out = []
    for path in sorted(variants.glob("*.txt")):
        producer, extractor = path.name[: -len(".txt")].split(".", 1)
        raw = path.read_text(encoding="utf-8")
        versions = [(extractor, raw)]
        if extractor.startswith("pdftotext"):  # as bench_ood.py also measures it
            versions.append((f"{extractor} (controls stripped)", _BIDI.sub("", raw)))
        for name, text in versions:
            repaired, _ = assemble(repair_lines(text).lines)
            out.append(
                (
                    producer,
                    name,
                    breakdown(text, reference),
                    breakdown(repaired, reference),
                    *layout(text),
                )
            )
    return out


def table(found: list[tuple[str, str, dict[str, float], dict[str, float], int, float]]) -> str:
    parts = " | ".join(PARTS)
    head = [
        f"| producer | extractor | mark lines | 1-letter tokens | raw CER | {parts} "
        f"| repaired CER | {parts} |",
        "|---|---|---:|---:|---:|" + "---:|" * len(PARTS) + "---:|" + "---:|" * len(PARTS),
    ]
    body = []
    for producer, extractor, raw, rep, mark_lines, split in found:
        cells = [f"{raw['cer']:.1%}", *(f"{raw[p]:.1%}" for p in PARTS)]
        cells += [f"**{rep['cer']:.1%}**", *(f"{rep[p]:.1%}" for p in PARTS)]
        body.append(
            f"| {producer} | {extractor} | {mark_lines} | {split:.0%} | " + " | ".join(cells) + " |"
        )
    totals = []
    for k in (2, 3):
        totals += [f"{sum(r[k][p] for r in found) / len(found):.1%}" for p in ("cer", *PARTS)]
    body.append(f"| **mean** | | | | {' | '.join(totals)} |")
    return "\n".join(head + body)


def fit_margin(margins: tuple[float, ...] = FIT_MARGINS) -> list[tuple[float, float, int, int]]:
    """Per margin of :func:`araseclit.repair.diacritics_lifted.restore_lifted_marks`, the
    mean CER of the ``corpora/calibration`` renditions that have lifted-mark lines and how
    many of them read worse than with the step off (fitting data, never reported as a
    result): (margin, mean CER, files, files made worse). The first margin is "off"."""
    from araseclit.repair import diacritics_lifted as D

    pairs = []
    for folder in sorted(p for p in (CALIBRATION / "variants").iterdir() if p.is_dir()):
        reference = (CALIBRATION / f"{folder.name}.txt").read_text(encoding="utf-8")
        for path in sorted(folder.glob("*.txt")):
            raw = path.read_text(encoding="utf-8")
            versions = [raw, _BIDI.sub("", raw)] if ".pdftotext" in path.name else [raw]
            pairs += [(v, reference) for v in versions if layout(v)[0]]
    saved, out, off = D.MARGIN, [], None
    try:
        for margin in margins:
            D.MARGIN = margin
            errors = [
                breakdown(assemble(repair_lines(raw).lines)[0], ref)["cer"] for raw, ref in pairs
            ]
            off = errors if off is None else off
            worse = sum(1 for e, o in zip(errors, off, strict=True) if e > o + 1e-9)
            out.append((margin, sum(errors) / len(errors), len(errors), worse))
    finally:
        D.MARGIN = saved
    return out


def fit_space_cost(costs: tuple[float, ...] = FIT_COSTS) -> list[tuple[float, float, int]]:
    """Mean CER of the vowelled ``corpora/calibration`` document's renditions per space cost
    of :func:`araseclit.repair.diacritics_marks.resegment` (fitting data, never reported):
    (cost, mean CER, files); cost inf leaves every space as it is."""
    from araseclit.repair import diacritics_marks as D

    pairs = []
    for folder in sorted(p for p in (CALIBRATION / "variants").iterdir() if p.is_dir()):
        reference = (CALIBRATION / f"{folder.name}.txt").read_text(encoding="utf-8")
        if D.mark_damage(reference.split("\n"))[1] < D.MIN_VOWELLED:
            continue
        for path in sorted(folder.glob("*.txt")):
            pairs.append((path.read_text(encoding="utf-8"), reference))
    saved, out = D.SPACE_COST, []
    try:
        for cost in costs:
            D.SPACE_COST = cost
            errors = [
                breakdown(assemble(repair_lines(raw).lines)[0], ref)["cer"] for raw, ref in pairs
            ]
            out.append((cost, sum(errors) / len(errors), len(errors)))
    finally:
        D.SPACE_COST = saved
    return out


def wrap(paragraph: str, width: int = WIDTH) -> list[str]:
    """A paragraph as visual lines of at most ``width`` characters (whole words)."""
    lines: list[str] = []
    for word in paragraph.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def forward_lifted(
    folder: Path, seeds: tuple[int, ...] = (1, 2)
) -> list[tuple[str, float, float, float]]:
    """Forward lifted-mark scrambles (:func:`araseclit.repair.diacritics_lifted.lift_marks`)
    of every text in ``folder``, as pdftotext writes them (each line in its right-to-left
    embedding): (document, raw CER, repaired CER with the reading, without it)."""
    from araseclit.repair import diacritics_lifted as D
    from araseclit.repair import lifted_tanween as T

    out = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for seed in seeds:
            lines: list[str] = []
            for k, para in enumerate(p for p in text.split("\n") if p.strip()):
                lines += [*D.lift_marks(wrap(para), rate=0.3, seed=seed * 1000 + k), ""]
            raw = "\n".join(f"\u202b{ln}\u202c" if ln else "" for ln in lines)
            found = []
            for hook in (T.restore_lifted_marks, lambda *a, **k: 0):
                saved, T.restore_lifted_marks = T.restore_lifted_marks, hook
                try:
                    found.append(breakdown(assemble(repair_lines(raw).lines)[0], text)["cer"])
                finally:
                    T.restore_lifted_marks = saved
            out.append((path.stem, breakdown(raw, text)["cer"], found[0], found[1]))
    return out


@contextlib.contextmanager
def pieces_in_any_order() -> Iterator[None]:
    """What-if: the vowelled-pieces pass runs in every document order, ``logical`` too (it
    runs for the scrambled orders only, and a vowelled text of Arabic only, its controls
    stripped, shows no order: a change to ``repair/passes.py`` proposed to its owner)."""
    import araseclit.repair as R
    from araseclit.repair.passes import ANY

    saved = R.BEFORE_LAYOUT
    R.BEFORE_LAYOUT = tuple(
        dataclasses.replace(p, orders=ANY) if p.op == "vowelled_pieces" else p for p in saved
    )
    try:
        yield
    finally:
        R.BEFORE_LAYOUT = saved


def forward_cut(
    paths: list[Path],
    widths: tuple[int, ...] = (WIDTH, 90),
    seeds: tuple[int, ...] = (1, 2),
    stripped: bool = False,
) -> list[tuple[str, int, float, float, float]]:
    """Forward cut-line scrambles (:func:`araseclit.scramble.diacritics.cut_vowelled_lines`)
    of every vowelled text in ``paths`` (files or folders), each paragraph wrapped at each of
    ``widths``: (document, width, raw CER, repaired CER with the reading, without it). With
    ``stripped``, the lines carry no bidi controls and their commas are typed against the
    next word, as pdftotext's text reads with its controls stripped."""
    from araseclit.repair import diacritics_pieces as P
    from araseclit.scramble.diacritics import cut_vowelled_lines

    files = [f for p in paths for f in (sorted(p.glob("*.txt")) if p.is_dir() else [p])]
    out = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        paras = [p for p in text.split("\n") if p.strip()]
        for width in widths:
            for seed in seeds:
                lines: list[str] = []
                for para in paras:
                    lines += [*wrap(para, width), ""]
                if stripped:  # controls stripped, commas after the space as pdftotext puts them
                    lines = [ln.replace("، ", " ،") for ln in lines]
                raw = "\n".join(cut_vowelled_lines(lines, seed=seed, wrapped=not stripped))
                found = []
                for least in (P.MIN_CUT, 2.0):  # the reading, then the reading off
                    saved, P.MIN_CUT = P.MIN_CUT, least
                    try:
                        found.append(breakdown(assemble(repair_lines(raw).lines)[0], text)["cer"])
                    finally:
                        P.MIN_CUT = saved
                out.append((path.stem, width, breakdown(raw, text)["cer"], found[0], found[1]))
    return out


#: settings of :mod:`araseclit.repair.diacritics_pieces` tried by ``--fit-pieces``: (short-line
#: cost, move cost, margin per piece, document gain per piece, full-line tie per piece)
PIECES_GRID: tuple[tuple[float, float, float, float, float], ...] = (
    (8.0, 8.0, 0.0, 1.3, 0.0),
    (8.0, 4.0, 0.0, 1.3, 0.0),
    (4.0, 8.0, 0.0, 1.3, 0.0),
    (12.0, 8.0, 0.0, 1.3, 0.0),
    (16.0, 8.0, 0.0, 1.3, 0.0),
    (24.0, 8.0, 0.0, 1.3, 0.0),
    (8.0, 12.0, 0.0, 1.3, 0.0),
    (12.0, 12.0, 0.0, 1.3, 0.0),
    (16.0, 12.0, 0.0, 1.3, 0.0),
    (8.0, 8.0, 1.0, 1.3, 0.0),
    (8.0, 8.0, 2.0, 1.3, 0.0),
    (8.0, 8.0, 0.0, 2.0, 0.0),
    (8.0, 8.0, 0.0, 3.0, 0.0),
    (8.0, 8.0, 0.0, 1.3, 0.05),
    (8.0, 8.0, 0.0, 1.3, 0.1),
    (8.0, 8.0, 0.0, 1.3, 0.2),
    (8.0, 8.0, 0.0, 1.3, 0.4),
)


def _pieces_fitting_pairs(paths: list[Path]) -> list[tuple[str, str]]:
    """(raw, reference) pairs the pieces step is fitted on: the pdftotext renditions of
    ``corpora/calibration``'s vowelled text, and forward cut-line scrambles
    (:func:`araseclit.scramble.diacritics.cut_vowelled_lines`, widths 60 and 90, seeds 1 and
    2) of the vowelled texts in ``paths``."""
    from araseclit.scramble.diacritics import cut_vowelled_lines

    folder = CALIBRATION / "variants" / "cal_diacritised_fable"
    reference = (CALIBRATION / "cal_diacritised_fable.txt").read_text(encoding="utf-8")
    pairs = [
        (p.read_text(encoding="utf-8"), reference) for p in sorted(folder.glob("*.pdftotext*"))
    ]
    files = [f for p in paths for f in (sorted(p.glob("*.txt")) if p.is_dir() else [p])]
    for path in files:
        text = path.read_text(encoding="utf-8")
        paras = [p for p in text.split("\n") if p.strip()]
        for width in (WIDTH, 90):
            for seed in (1, 2):
                lines = [ln for para in paras for ln in (*wrap(para, width), "")]
                pairs.append(("\n".join(cut_vowelled_lines(lines, seed=seed)), text))
    return pairs


def fit_pieces(
    paths: list[Path], grid: tuple[tuple[float, float, float, float, float], ...] = PIECES_GRID
) -> list[tuple[tuple[float, ...], float, int, int]]:
    """Mean CER of :func:`_pieces_fitting_pairs` per setting of :data:`PIECES_GRID` (fitting
    data, never reported): (setting, mean CER, files, files worse than the step off). The
    step off comes first."""
    from araseclit.repair import diacritics_pieces as P

    pairs = _pieces_fitting_pairs(paths)
    names = ("SHORT_COST", "MOVE_COST", "MARGIN", "MIN_GAIN", "FULL_TIE")
    saved = {n: getattr(P, n) for n in (*names, "MIN_CUT")}
    out, off = [], None
    try:
        for setting in ((0.0, 0.0, 0.0, 0.0, 0.0), *grid):
            for name, value in zip(names, setting, strict=True):
                setattr(P, name, value)
            P.MIN_CUT = 2.0 if off is None else saved["MIN_CUT"]
            errors = [breakdown(assemble(repair_lines(r).lines)[0], t)["cer"] for r, t in pairs]
            off = errors if off is None else off
            worse = sum(1 for e, o in zip(errors, off, strict=True) if e > o + 1e-9)
            out.append((setting, sum(errors) / len(errors), len(errors), worse))
            print(out[-1], flush=True)
    finally:
        for name, value in saved.items():
            setattr(P, name, value)
    return out


def fit_written(
    margins: tuple[float, ...] = (float("inf"), 0.0, 0.5, 1.0, 2.0, 3.0, 4.0),
) -> list[tuple[float, float, int, int]]:
    """Mean CER of ``corpora/calibration``'s vowelled renditions without bidi controls
    (pdftotext's with them stripped, pdfplumber's, pypdfium2's) per
    :data:`araseclit.repair.diacritics_pieces.WRITTEN_MARGIN` (fitting data, never
    reported): (margin, mean CER, files, files worse than the candidate off). The first
    margin (inf) is the candidate off."""
    from araseclit.repair import diacritics_pieces as P

    folder = CALIBRATION / "variants" / "cal_diacritised_fable"
    reference = (CALIBRATION / "cal_diacritised_fable.txt").read_text(encoding="utf-8")
    raws = [_BIDI.sub("", p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    saved, out, off = P.WRITTEN_MARGIN, [], None
    try:
        for margin in margins:
            P.WRITTEN_MARGIN = margin
            errors = [breakdown(assemble(repair_lines(r).lines)[0], reference)["cer"] for r in raws]
            off = errors if off is None else off
            worse = sum(1 for e, o in zip(errors, off, strict=True) if e > o + 1e-9)
            out.append((margin, sum(errors) / len(errors), len(errors), worse))
    finally:
        P.WRITTEN_MARGIN = saved
    return out


def _cut_table(
    found: list[tuple[str, int, float, float, float]],
    sources: str,
    stripped: bool = False,
    found_any: list[tuple[str, int, float, float, float]] | None = None,
) -> str:
    n = len(found)
    how = (
        "with no bidi control and every comma typed against the next word, as pdftotext's "
        "text reads with its controls stripped"
        if stripped
        else "wrapped in pdftotext's right-to-left embedding"
    )
    extra = found_any or []
    head = "| document | width | raw | repaired without | repaired with |"
    rule = "|---|---:|---:|---:|---:|"
    if extra:
        head += " with, pass in any order |"
        rule += "---:|"
    rows = []
    for k, (a, w, b, c, d) in enumerate(found):
        rows.append(f"| {a} | {w} | {b:.2%} | {d:.2%} | {c:.2%} |")
        if extra:
            rows[-1] += f" {extra[k][3]:.2%} |"
    total = (
        f"| **mean of {n}** | | {sum(r[2] for r in found) / n:.2%} | "
        f"{sum(r[4] for r in found) / n:.2%} | {sum(r[3] for r in found) / n:.2%} |"
    )
    if extra:
        total += f" {sum(r[3] for r in extra) / n:.2%} |"

    def means(rows: list[tuple[str, int, float, float, float]], k: int) -> str:
        inside = [r[k] for r in rows if r[0] in IN_DOMAIN]
        outside = [r[k] for r in rows if r[0] not in IN_DOMAIN]
        part = [f"in domain {sum(inside) / len(inside):.1%}"] if inside else []
        part += [f"out of domain {sum(outside) / len(outside):.1%}"] if outside else []
        return ", ".join(part)

    def worse(rows: list[tuple[str, int, float, float, float]]) -> str:
        out = [r for r in rows if r[3] > r[4] + 1e-9]
        return f"{len(out)} of {len(rows)} rows worse with the pass than without"

    groups = [
        f"Raw {means(found, 2)}; without the pass {means(found, 4)}; with it {means(found, 3)} "
        f"({worse(found)})"
        + (f"; pass in any order {means(extra, 3)} ({worse(extra)})." if extra else "."),
        "",
        SOURCES_NOTE,
        "",
    ]
    note = groups + (
        [
            "Last column: the same with the pass allowed in every document order "
            "(`pieces_in_any_order`): such a text of Arabic only shows no order and its "
            "lines are read as they stand. Since `vowelled_pieces.v2` the pass runs in every "
            "order (`repair/passes.py`), so this column equals the one before it; under v1 "
            "(scrambled orders only) the pass never saw these texts.",
            "",
        ]
        if extra
        else []
    )
    return "\n".join(
        [
            "# Cut vowelled lines: forward scrambles" + (", controls stripped" if stripped else ""),
            "",
            f"From `benchmarks/diacritics_errors.py --forward-cut {sources}"
            f"{' --stripped' if stripped else ''}`: each paragraph "
            "wrapped at 60 and 90 characters, every visual line cut by `cut_vowelled_lines` "
            f"(2-4 pieces given last first, seeds 1 and 2), {how}; CER of the raw text and of "
            "`repair_lines` with and without `restore_vowelled_pieces` (same run).",
            "",
            head,
            rule,
            *rows,
            total,
            "",
            *note,
        ]
    )


def forward_marks(paths: list[Path], seeds: tuple[int, ...] = (1, 2, 3, 4)) -> list[str]:
    """Rows of misplaced-mark forward scrambles of the vowelled texts in ``paths`` and of
    their reading by spelling (see the module docstring)."""
    from araseclit.repair.mark_spelling import settle_line
    from araseclit.scramble.diacritics import misplace_marks

    out = [
        "| document | seed | words | damaged | restored | correct words changed | raw CER | settled CER |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    files = [f for p in paths for f in (sorted(p.glob("*.txt")) if p.is_dir() else [p])]
    for path in files:
        text = path.read_text(encoding="utf-8")
        clean = text.split()
        for seed in seeds:
            damaged = misplace_marks(text, rate=0.3, seed=seed)
            settled = "\n".join(settle_line(line) for line in damaged.split("\n"))
            hit = fixed = broken = 0
            for ref, dam, new in zip(clean, damaged.split(), settled.split(), strict=True):
                hit += dam != ref
                fixed += dam != ref and new == ref
                broken += dam == ref and new != ref
            out.append(
                f"| {path.stem} | {seed} | {len(clean)} | {hit} | {fixed} | {broken} | "
                f"{_cer(_plain(damaged), _plain(text)):.2%} | {_cer(_plain(settled), _plain(text)):.2%} |"
            )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--doc",
        default="diacritised_prose",
        help="a document of corpora/clean, or CORPUS/NAME (a corpus with sources/ and variants/)",
    )
    parser.add_argument("--out", type=Path, default=RESULTS / "diacritics_errors.md")
    parser.add_argument(
        "--fit", action="store_true", help="print the calibration CER per lifted-mark margin"
    )
    parser.add_argument(
        "--fit-marks", action="store_true", help="print the calibration CER per space cost"
    )
    parser.add_argument(
        "--forward", type=Path, help="lifted-mark forward scrambles of the texts in this folder"
    )
    parser.add_argument(
        "--forward-cut",
        type=Path,
        nargs="+",
        help="cut-line forward scrambles of the vowelled texts in these files or folders",
    )
    parser.add_argument(
        "--stripped",
        action="store_true",
        help="with --forward-cut: no bidi controls, commas against the next word",
    )
    parser.add_argument(
        "--fit-pieces",
        type=Path,
        nargs="*",
        help="print the CER per pieces setting on the calibration renditions and forward "
        "scrambles of the vowelled texts in these files or folders (fitting data)",
    )
    parser.add_argument(
        "--fit-written",
        action="store_true",
        help="print the calibration CER per margin of the pieces-as-written candidate",
    )
    parser.add_argument(
        "--forward-marks",
        type=Path,
        nargs="+",
        help="misplaced-mark forward scrambles of the vowelled texts in these files or folders",
    )
    args = parser.parse_args(argv)
    if args.forward_marks:
        print("\n".join(forward_marks(args.forward_marks)))
        return 0
    if args.fit_written:
        for margin, mean, files, worse in fit_written():
            print(
                f"margin {margin}: mean CER {mean:.3%} on {files} calibration files, {worse} worse"
            )
        return 0
    if args.forward_cut:
        sources = " ".join(str(p) for p in args.forward_cut)
        out = RESULTS / "diacritics_forward.md"
        parts = out.read_text(encoding="utf-8").split("# Cut vowelled lines")
        if args.stripped:
            found = forward_cut(args.forward_cut, stripped=True)
            with pieces_in_any_order():
                found_any = forward_cut(args.forward_cut, stripped=True)
            text = _cut_table(found, sources, True, found_any)
            kept = "# Cut vowelled lines".join(parts[:2]).rstrip()
        else:
            text = _cut_table(forward_cut(args.forward_cut), sources)
            kept = parts[0].rstrip()
        print(text)
        out.write_text(f"{kept}\n\n{text}", encoding="utf-8")
        return 0
    if args.fit_pieces is not None:
        for setting, mean, files, worse in fit_pieces(args.fit_pieces):
            print(f"{setting}: mean CER {mean:.3%} on {files} calibration files, {worse} worse")
        return 0
    if args.forward:
        found = forward_lifted(args.forward)
        n = len(found)
        text = "\n".join(
            [
                f"# Lifted-mark forward scrambles of `{args.forward.name}/`",
                "",
                "From `benchmarks/diacritics_errors.py --forward DIR`: each paragraph wrapped at "
                f"{WIDTH} characters, `lift_marks` (rate 0.3, seeds 1 and 2) run on it, every line "
                "wrapped in pdftotext's right-to-left embedding; CER of the raw text and of "
                "`repair_lines` with and without `restore_lifted_marks` (same run).",
                "",
                "| document | raw | repaired without | repaired with |",
                "|---|---:|---:|---:|",
                *(f"| {a} | {b:.2%} | {d:.2%} | {c:.2%} |" for a, b, c, d in found),
                f"| **mean of {n}** | {sum(r[1] for r in found) / n:.2%} | "
                f"{sum(r[3] for r in found) / n:.2%} | {sum(r[2] for r in found) / n:.2%} |",
                "",
            ]
        )
        (RESULTS / "diacritics_forward.md").write_text(text, encoding="utf-8")
        print(text)
        return 0
    if args.fit_marks:
        for cost, mean, files in fit_space_cost():
            print(f"space cost {cost:5.1f}: mean CER {mean:.3%} on {files} calibration files")
        return 0
    if args.fit:
        for margin, mean, files, worse in fit_margin():
            print(
                f"margin {margin:5.1f}: mean CER {mean:.3%} on {files} calibration files, {worse} worse than off"
            )
        return 0
    found = rows(args.doc)
    text = "\n".join(
        [
            f"# Damage in `{document_paths(args.doc)[0].relative_to(ROOT)}` renditions, by kind",
            "",
            "From `benchmarks/diacritics_errors.py` (see its docstring for the parts; they add "
            "up to the CER). Raw = the extractor's text with bidi controls stripped.",
            "",
            table(found),
            "",
        ]
    )
    args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
