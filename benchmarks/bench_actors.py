"""Actors out of domain: persons, states, institutions in real third-party political news.

Run: ``.venv/bin/python benchmarks/bench_actors.py [--heldout]``. Writes
``benchmarks/results/bench_actors.md`` (``--heldout`` adds the held-out split, to be looked at
once, at the end).

Gold: ``benchmarks/data/mentions_ood/{dev,heldout}.txt``, 14 NTREX-128 news articles (real
news of 2018, professionally translated into Arabic; CC BY-SA 4.0, see SOURCES.md there)
that never mention Iraq, ACTOR mentions annotated by hand in classes ``person``, ``state``,
``gov`` (government bodies, offices, parliaments, police and armies), ``org``
(international, non-governmental, media and research organisations) and ``group``
(parties and armed groups); social groups are not annotated and predictions of them are
ignored. Each article is tagged as one document (context counts). Strict = same span and
class. ``Iraq-default`` counts predicted mentions resolved to an Iraqi body or to Iraq in
articles that never name Iraq, over the annotated articles and over every NTREX-128 article
without Iraq (``ntrex_no_iraq.txt``, no gold needed).

"before" is the tagger at commit ``fb1493e`` (before issue 14): its predictions are stored in
``before_fb1493e.json`` (written by ``--dump`` at that commit) and scored with today's rules.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from araseclit.tag import load_lexicon, tag_text  # noqa: E402
from araseclit.tag.lexicon import Lexicon  # noqa: E402
from araseclit.tag.resolve import state_of  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "mentions_ood"
RESULT = ROOT / "benchmarks" / "results" / "bench_actors.md"
CLASSES = ("person", "state", "gov", "org", "group")
#: predicted category -> annotation class (None: not scored)
CLASS_OF = {
    "person": "person",
    "state": "state",
    "regional_power": "state",
    "great_power": "state",
    "government_body": "gov",
    "parliament": "gov",
    "security_force": "gov",
    "local_council": "gov",
    "foreign_force": "gov",
    "foreign_authority": "gov",
    "international_org": "org",
    "international_community": "org",
    "ngo_named": "org",
    "ngo_generic": "org",
    "donor": "org",
    "research_body": "org",
    "media": "org",
    "religious_body": "org",
    "candidate": "org",
    "armed_group": "group",
    "political_party": "group",
}
# [[surface|class]]
MARK_RE = re.compile(r"\[\[([^|\]]+)\|([a-z]+)\]\]")
IRAQ = "actor.state.iraq"


def parse(path: Path) -> list[dict]:
    """Documents of one annotated file: id, text (one sentence a line) and gold spans."""
    docs: list[dict] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            docs.append({"id": line[4:].strip(), "text": "", "spans": []})
            continue
        doc = docs[-1]
        if doc["text"]:
            doc["text"] += "\n"
        base, pos, plain = len(doc["text"]), 0, []
        for m in MARK_RE.finditer(line):
            plain.append(line[pos : m.start()])
            start = base + sum(map(len, plain))
            plain.append(m.group(1))
            doc["spans"].append({"start": start, "end": start + len(m.group(1)), "cls": m.group(2)})
            pos = m.end()
        plain.append(line[pos:])
        doc["text"] += "".join(plain)
    return docs


def predicted(records: list[dict]) -> list[dict]:
    """ACTOR predictions in a scored class."""
    out = []
    for r in records:
        cls = CLASS_OF.get(r["category"]) if r["label"] == "ACTOR" else None
        if cls:
            out.append({**r, "cls": cls})
    return out


def iraqi(lexicon: Lexicon, entity_id: str | None) -> bool:
    """Whether an entity is Iraq or an Iraqi body: its state (own ``state`` field, or along
    ``part_of``) is Iraq. Ids of the tagger before issue 14 are read with today's lexicon,
    where every Iraqi body carries ``state: actor.state.iraq``."""
    return state_of(lexicon, entity_id) == IRAQ


def score(docs: list[dict], preds: list[list[dict]]) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    for doc, pred in zip(docs, preds, strict=True):
        gold = Counter((g["start"], g["end"], g["cls"]) for g in doc["spans"])
        seen = Counter((p["start"], p["end"], p["cls"]) for p in pred)
        for key in gold | seen:
            hit = min(gold[key], seen[key])
            tp[key[2]] += hit
            fp[key[2]] += seen[key] - hit
            fn[key[2]] += gold[key] - hit
    out = {}
    for cls in (*CLASSES, "all"):
        t = sum(tp.values()) if cls == "all" else tp[cls]
        p_ = sum(fp.values()) if cls == "all" else fp[cls]
        n_ = sum(fn.values()) if cls == "all" else fn[cls]
        prec = t / (t + p_) if t + p_ else 0.0
        rec = t / (t + n_) if t + n_ else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[cls] = {"p": prec, "r": rec, "f1": f1, "support": t + n_}
    return out


def iraq_default(lexicon: Lexicon, texts: list[str], preds: list[list[dict]]) -> tuple[int, int]:
    """(mentions resolved to Iraq or an Iraqi body, all ACTOR mentions) in texts without Iraq."""
    bad = total = 0
    for text, pred in zip(texts, preds, strict=True):
        if "عراق" in text:
            continue
        actors = [p for p in pred if p["label"] == "ACTOR"]
        total += len(actors)
        bad += sum(iraqi(lexicon, p["entity_id"]) for p in actors)
    return bad, total


def ntrex_documents() -> list[str]:
    path = DATA / "ntrex_no_iraq.txt"
    return [d["text"] for d in parse(path)] if path.is_file() else []


def table(title: str, ours: dict, base: dict | None) -> list[str]:
    head = "| class | support | P | R | F1 |"
    rule = "|---|---:|---:|---:|---:|"
    if base:
        head += " before P | R | F1 |"
        rule += "---:|---:|---:|"
    lines = ["", f"**{title}**", "", head, rule]
    for cls in (*CLASSES, "all"):
        a = ours[cls]
        row = f"| {cls} | {a['support']} | {a['p']:.3f} | {a['r']:.3f} | {a['f1']:.3f} |"
        if base:
            b = base[cls]
            row += f" {b['p']:.3f} | {b['r']:.3f} | {b['f1']:.3f} |"
        lines.append(row)
    return lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--heldout", action="store_true", help="also score the held-out split")
    ap.add_argument("--dump", type=Path, help="write this tagger's predictions to a JSON file")
    ap.add_argument(
        "--baseline-from",
        type=Path,
        default=DATA / "before_fb1493e.json",
        help="predictions of the tagger before",
    )
    ap.add_argument("--show-errors", action="store_true", help="print dev errors")
    args = ap.parse_args()
    lexicon = load_lexicon()
    splits = ["dev", "heldout"] if args.heldout or args.dump else ["dev"]
    docs = {s: parse(DATA / f"{s}.txt") for s in splits}
    ntrex = ntrex_documents()
    start = time.perf_counter()
    preds = {s: [tag_text(d["text"], doc_id=d["id"]) for d in docs[s]] for s in splits}
    preds["ntrex"] = [tag_text(t) for t in ntrex]
    seconds = time.perf_counter() - start
    if args.dump:
        args.dump.write_text(json.dumps(preds, ensure_ascii=False), encoding="utf-8")
    before = None
    if args.baseline_from and args.baseline_from.is_file():
        before = json.loads(args.baseline_from.read_text("utf-8"))
    lines = [
        "# bench_actors: actors in real third-party political news (out of domain)",
        "",
        f"Lexicon versions {lexicon.versions}. `before` = the tagger at commit fb1493e "
        "(before issue 14) on the same documents. See the docstring of "
        "`benchmarks/bench_actors.py` for the data and the rules.",
    ]
    for s in splits:
        n_sent = sum(d["text"].count("\n") + 1 for d in docs[s])
        n_gold = sum(len(d["spans"]) for d in docs[s])
        ours = score(docs[s], [predicted(p) for p in preds[s]])
        base = score(docs[s], [predicted(p) for p in before[s]]) if before else None
        lines += table(
            f"{s} ({len(docs[s])} articles, {n_sent} sentences, {n_gold} gold mentions)",
            ours,
            base,
        )
    lines += [
        "",
        "| Iraq-default (texts never naming Iraq) | mentions resolved to Iraq or an "
        "Iraqi body | ACTOR mentions | before |",
        "|---|---:|---:|---:|",
    ]
    for s in [*splits, "ntrex"]:
        texts = [d["text"] for d in docs[s]] if s in docs else ntrex
        bad, total = iraq_default(lexicon, texts, preds[s])
        was = ""
        if before and s in before:
            b_bad, b_total = iraq_default(lexicon, texts, before[s])
            was = f"{b_bad} of {b_total}"
        name = f"all NTREX-128 articles without Iraq ({len(ntrex)})" if s == "ntrex" else s
        lines.append(f"| {name} | {bad} | {total} | {was} |")
    lines += ["", f"Tagging time: {seconds:.2f} s for all documents above."]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.show_errors:
        show_errors(docs["dev"], preds["dev"])
    RESULT.write_text(text, encoding="utf-8")


def show_errors(docs: list[dict], preds: list[list[dict]]) -> None:
    for doc, pred in zip(docs, preds, strict=True):
        gold = {(g["start"], g["end"], g["cls"]) for g in doc["spans"]}
        got = {(p["start"], p["end"], p["cls"]): p for p in predicted(pred)}
        for key in sorted(gold - got.keys()):
            print("FN", doc["id"], key[2], doc["text"][key[0] : key[1]])
        for key in sorted(got.keys() - gold):
            p = got[key]
            print("FP", doc["id"], key[2], doc["text"][key[0] : key[1]], p["entity_id"])


if __name__ == "__main__":
    main()
