"""Actors in real encyclopedic Arabic (out of domain, academic register): Arabic Wikipedia
paragraphs of ARCD, annotated by hand.

Run: ``.venv/bin/python benchmarks/bench_actors_wiki.py [--heldout] [--show-errors]``.
Writes ``benchmarks/results/bench_actors_wiki.md``: ``dev`` and ``heldout`` (ARCD, the first
held-out set, scored once at 0.741 and read since, so a development split now), and with
``--heldout`` ``heldout2`` (XQuAD, another producer and other topics, to be looked at once, at
the end). ``--splits NAME ...`` scores the named files only and writes nothing.

Gold: ``benchmarks/data/actors_wiki/{dev,heldout,heldout2}.txt`` (source, licence, SHA-256
and the annotation rules in SOURCES.md there), ACTOR mentions in classes ``person``, ``state``,
``gov``, ``org``, ``group`` as in ``bench_actors.py``, whose parser and scorer this reuses:
strict = same span and same class; each article is tagged as one document. The naive
baseline a user would otherwise run is a gazetteer lookup of the same lexicon with no
context (``MentionTagger`` v1 without context), reported beside.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_actors import CLASSES, parse, predicted, score  # noqa: E402

from araseclit.tag import load_lexicon, tag_text  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "actors_wiki"
RESULT = ROOT / "benchmarks" / "results" / "bench_actors_wiki.md"


#: what each split is, for the results file
SPLIT_NOTES = {
    "dev": ": ARCD, tuned on",
    "heldout": ": ARCD, scored once at 0.741 (plain lookup 0.705), its errors read since",
    "heldout2": ": XQuAD (human translation, other topics), annotated before tagging, scored once",
}


def gazetteer(texts: list[str]) -> list[list[dict]]:
    """The lexicon's surface forms matched with no context (what a plain lookup gives)."""
    import spacy

    from araseclit.tag.component import MentionTagger, set_norms

    nlp = spacy.blank("ar")
    nlp.add_pipe("sentencizer")
    bare = MentionTagger(nlp, "v1", load_lexicon(), context=False)
    out = []
    for text in texts:
        doc = nlp(text)
        set_norms(doc)
        records, taken = [], set()
        # longest match first, no overlaps: what a plain gazetteer lookup returns
        for f in sorted(bare.find(doc), key=lambda f: (f.start - f.end, f.start)):
            if f.label != "ACTOR" or taken & set(range(f.start, f.end)):
                continue
            taken |= set(range(f.start, f.end))
            span = doc[f.start : f.end]
            records.append({"start": span.start_char, "end": span.end_char, "label": "ACTOR",
                            "category": f.category, "entity_id": f.entity_id})  # fmt: skip
        out.append(records)
    return out


def table(title: str, ours: dict, base: dict) -> list[str]:
    lines = ["", f"**{title}**", "", "| class | support | P | R | F1 | gazetteer P | R | F1 |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
    for cls in (*CLASSES, "all"):
        a, b = ours[cls], base[cls]
        lines.append(f"| {cls} | {a['support']} | {a['p']:.3f} | {a['r']:.3f} | {a['f1']:.3f} "
                     f"| {b['p']:.3f} | {b['r']:.3f} | {b['f1']:.3f} |")  # fmt: skip
    return lines


def errors(docs: list[dict], preds: list[list[dict]]) -> Counter:
    """Error counts by (kind, class): FN / FP, and FP whose span overlaps a gold span."""
    out: Counter = Counter()
    for doc, pred in zip(docs, preds, strict=True):
        gold = {(g["start"], g["end"], g["cls"]) for g in doc["spans"]}
        got = {(p["start"], p["end"], p["cls"]): p for p in predicted(pred)}
        for s, e, c in gold - got.keys():
            print("FN", doc["id"], c, doc["text"][s:e])
            out["FN", c] += 1
        for (s, e, c), p in sorted(got.items()):
            if (s, e, c) not in gold:
                near = any(s < ge and gs < e for gs, ge, _ in gold)
                print("FP" + ("~" if near else ""), doc["id"], c, doc["text"][s:e], p["entity_id"])
                out["FP~" if near else "FP", c] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--heldout", action="store_true", help="also score the held-out split (heldout2)"
    )
    ap.add_argument("--show-errors", action="store_true", help="print the errors of the splits")
    ap.add_argument(
        "--splits", nargs="+", help="score these splits (files under the data folder) only"
    )
    args = ap.parse_args()
    lexicon = load_lexicon()
    splits = args.splits or ["dev", "heldout", *(["heldout2"] if args.heldout else [])]
    lines = [
        "# bench_actors_wiki: actors in real Arabic Wikipedia prose (out of domain)",
        "",
        f"Lexicon versions {lexicon.versions}. Strict span + class. `gazetteer` = the same "
        "lexicon looked up with no context. See the docstring of "
        "`benchmarks/bench_actors_wiki.py` and `benchmarks/data/actors_wiki/SOURCES.md`.",
    ]
    for split in splits:
        docs = parse(DATA / f"{split}.txt")
        start = time.perf_counter()
        preds = [tag_text(d["text"], doc_id=d["id"]) for d in docs]
        seconds = time.perf_counter() - start
        base = gazetteer([d["text"] for d in docs])
        n_sent = sum(d["text"].count("\n") + 1 for d in docs)
        n_gold = sum(len(d["spans"]) for d in docs)
        title = f"{split} ({len(docs)} articles, {n_sent} sentences, {n_gold} gold mentions)"
        title += SPLIT_NOTES.get(split, "")
        ours = score(docs, [predicted(p) for p in preds])
        lines += table(title, ours, score(docs, [predicted(p) for p in base]))
        lines += ["", f"Tagging time ({split}): {seconds:.2f} s."]
        if args.show_errors:
            counts = errors(docs, preds)
            print(sorted(counts.items()))
    text = "\n".join(lines) + "\n"
    print(text)
    if not args.splits:
        RESULT.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
