"""Fit the repair stage's thresholds on data that is never reported on.

Repair leaves a document alone unless one scrambled order explains its lines far better
than the lines as they stand (:func:`araseclit.repair.decide.document_order`). How far is
far enough is fitted here, on:

- **negatives**: the clean documents of ``corpora/calibration/`` (and each line of its
  one-sentence file as a document of its own), each also in every typing variant of
  :data:`araseclit.scramble.TYPING_VARIANTS`, and optionally clean third-party prose
  (``--prose DIR``: paragraphs grouped into documents); repair must leave all of these;
- **positives**: the same documents run through every extractor recipe of
  :data:`araseclit.scramble.RECIPES`, whole and cut to their first 3, 6 and 12 lines.

The document threshold is the highest evidence any negative reaches, times
:data:`SAFETY`; the script reports how many positives of each size pass it.

The text-quality thresholds (:mod:`araseclit.repair.quality`) come from the renditions of
the same documents (``corpora/calibration/variants``, seven producers, four extractors):
repaired, every one whose character error rate stays under :data:`USABLE_CER` must count as
a usable text layer, so the share of recognised words may go down to the lowest such a
rendition shows, less :data:`QUALITY_MARGIN`, and the share of malformed tokens up to the
highest, plus it. Neither ``corpora/clean`` nor ``corpora/sample`` nor any held-out set is
read. Writes ``src/araseclit/repair/calibration.json``.

Run: ``.venv/bin/python scripts/calibrate_repair.py [--prose DIR]``
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from araseclit.charsets import ARABIC_RUN_RE, BIDI_CONTROL_RE  # noqa: E402
from araseclit.repair import decide  # noqa: E402
from araseclit.scramble import RECIPES, TYPING_VARIANTS, scramble, typing_variant  # noqa: E402
from araseclit.textmodel.scorer import default_scorer  # noqa: E402

CALIBRATION = ROOT / "corpora" / "calibration"
OUT = ROOT / "src" / "araseclit" / "repair" / "calibration.json"
#: the threshold is the largest negative evidence times this
SAFETY = 1.25
#: a repaired rendition this close to its source is a usable text layer
USABLE_CER = 0.2
#: room left between the worst usable rendition and the quality thresholds
QUALITY_MARGIN = 0.05
#: the lowest threshold allowed (a document must show at least this much)
FLOOR = 12.0
CUTS = (3, 6, 12)
#: a scrambled positive counts only if the scramble changed at least this share of it
MIN_DAMAGE = 0.03


def _cer(a: str, b: str) -> float:
    from rapidfuzz.distance import Levenshtein

    a, b = " ".join(BIDI_CONTROL_RE.sub("", a).split()), " ".join(b.split())
    return Levenshtein.distance(a, b) / max(1, len(b))


def _documents() -> list[tuple[str, str]]:
    docs = []
    for path in sorted(CALIBRATION.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if "one_sentence" in path.name:
            docs += [
                (f"{path.stem}:{i}", ln) for i, ln in enumerate(text.splitlines()) if ln.strip()
            ]
        else:
            docs.append((path.stem, text))
    return docs


def _prose_documents(dirs: list[Path], per_doc: int = 20, limit: int = 60) -> list[tuple[str, str]]:
    rng = random.Random(7)
    docs = []
    for d in dirs:
        for path in sorted(d.glob("*.txt")):
            paras = [p for p in path.read_text(encoding="utf-8").splitlines() if p.strip()]
            rng.shuffle(paras)
            for k in range(0, min(len(paras), per_doc * limit // 4), per_doc):
                docs.append((f"{path.stem}#{k}", "\n\n".join(paras[k : k + per_doc])))
    return docs


def _evidence(
    text: str, judge: decide.Judge
) -> tuple[str, float, dict[str, float], dict[str, float]]:
    raws = text.split("\n")

    def words() -> list[str]:
        return [m.group() for r in raws for m in ARABIC_RUN_RE.finditer(BIDI_CONTROL_RE.sub("", r))]

    saved = decide.DOC_THRESHOLD
    decide.DOC_THRESHOLD = -1e9  # see every order's evidence
    try:
        doc = decide.document_order(raws, judge, words)
    finally:
        decide.DOC_THRESHOLD = saved
    supported = {
        o: e for o, e in doc.evidence.items() if doc.support.get(o, 0) >= decide.SUPPORT_SHARE
    }
    best = max(supported.values(), default=0.0)
    return doc.order, best, doc.evidence, doc.support


def _quality_bounds() -> tuple[float, float, int]:
    """(lowest recognised-word share, highest malformed share, how many) over the repaired
    calibration renditions whose CER is under :data:`USABLE_CER`."""
    from araseclit.document import assemble
    from araseclit.repair import repair_lines

    scorer = default_scorer()
    known, malformed = [], []
    for path in sorted((CALIBRATION / "variants").glob("*/*.txt")):
        source = (CALIBRATION / f"{path.parent.name}.txt").read_text(encoding="utf-8")
        text = assemble(repair_lines(path.read_text(encoding="utf-8")).lines)[0]
        if _cer(text, source) < USABLE_CER:
            q = scorer.quality(text)
            known.append(q.known_share)
            malformed.append(q.malformed_share)
    return min(known), max(malformed), len(known)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--prose", type=Path, action="append", default=[])
    args = parser.parse_args(argv)
    judge = decide.Judge(default_scorer())
    base = _documents()
    negatives = list(base) + _prose_documents(args.prose)
    for name, text in base:
        negatives += [(f"{name}~{v}", typing_variant(text, v)) for v in TYPING_VARIANTS]
    worst = (0.0, "", "")
    for name, text in negatives:
        order, best, _, _ = _evidence(text, judge)
        if best > worst[0]:
            worst = (best, name, order)
    threshold = max(FLOOR, worst[0] * SAFETY)
    print(f"negatives: {len(negatives)}; highest evidence {worst[0]:.1f} ({worst[1]}, {worst[2]})")
    print(f"document threshold: {threshold:.1f}")
    recall: dict[str, list[int]] = {}
    for name, text in base:
        if ":" in name:
            continue
        for recipe, how in RECIPES.items():
            if how.order == "embedded_order":
                continue  # pdftotext's controls say which order it is: nothing to detect
            scrambled = scramble(text, recipe, seed=1).text
            lines = scrambled.split("\n")
            clean = text.split("\n")
            for cut in (*CUTS, None):
                part = "\n".join(lines[:cut]) if cut else scrambled
                if _cer(part, "\n".join(clean[: cut or len(clean)])) < MIN_DAMAGE:
                    continue  # the scramble barely changed these lines
                _, best, _, _ = _evidence(part, judge)
                key = f"{cut or 'whole'} lines"
                hit = recall.setdefault(key, [0, 0])
                hit[0] += best > threshold
                hit[1] += 1
    for key, (hit, n) in recall.items():
        print(f"positives, {key}: {hit}/{n} detected")
    min_known, max_malformed, usable = _quality_bounds()
    print(
        f"quality: {usable} usable renditions; recognised words >= {min_known:.2f}, malformed <= {max_malformed:.3f}"
    )
    OUT.write_text(
        json.dumps(
            {
                "doc_threshold": round(threshold, 2),
                "min_known_share": round(min_known - QUALITY_MARGIN, 3),
                "max_malformed_share": round(max_malformed + QUALITY_MARGIN, 3),
                "fitted_on": {
                    "negatives": len(negatives),
                    "highest_negative": round(worst[0], 2),
                    "highest_negative_document": worst[1],
                    "safety_factor": SAFETY,
                    "positives_detected": {k: f"{h}/{n}" for k, (h, n) in recall.items()},
                    "sources": ["corpora/calibration"] + [str(p) for p in args.prose],
                },
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
