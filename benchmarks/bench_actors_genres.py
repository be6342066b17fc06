"""Actors in domain, by genre and country: news, op-eds and academic prose on Egypt, Syria,
Lebanon, Palestine, Yemen, the Gulf, Iraq and the Maghreb.

Run: ``.venv/bin/python benchmarks/bench_actors_genres.py [--heldout] [--show-errors]``. Writes
``benchmarks/results/bench_actors_genres.md``.

Gold: ``benchmarks/data/actors_genres/{news,oped,academic}.txt`` (300 sentences written for
this benchmark, see SOURCES.md there), ``[[surface|ACTOR|entity_id]]``, one document per
``=== genre country`` block; every third document is held out. Scored: strict span + label
P/R/F1 of ACTOR mentions; social groups (refugees, youth, citizens) are neither annotated
consistently nor scored (their predictions and gold spans are dropped). Entity-id accuracy
is over correct spans whose gold id is in the lexicon. False-positive rate: share of
sentences without a gold actor where the tagger finds one. Iraq-default: gold generic
institutions (``actor.generic.*``) of documents about another state that the tagger resolves
to an Iraqi body, and every predicted Iraqi body in documents that never name Iraq.
"before" = the tagger at commit fb1493e (``before_fb1493e.json`` there).

``--heldout5 FILE`` scores only FILE, a new held-out set in the same block format whose every
document is held out (its genre is read from each ``=== genre country`` header), beside the
gazetteer lookup of the same lexicon with no context (``bench_actors_wiki.gazetteer``), and
writes ``benchmarks/results/bench_actors_genres_<FILE's stem>.md`` (``heldout6.txt`` ->
``bench_actors_genres_heldout6.md``); ``--no-write`` prints only, in either mode (a set scored once before,
re-run as development data, keeps its file).

``--english FILE`` scores an English set in the same block format (``english_dev.txt``,
``english_heldout.txt``, issue 13 row L5; every document in one split named by FILE's stem)
as the pipeline tags an English document: the same tagger, which reads each sentence's script
(no language is passed: a sentence most of whose words are Latin is read as English, see
``tag.english``). Beside it, two baselines: the lexicon gazetteer (as above) and plain spaCy,
``spacy.blank("en")`` with an ``EntityRuler`` of the lexicon's English names and Latin
variants, case as written (what a user would build; ``name_en``'s parenthesis dropped and its
``a / b`` alternatives split, capitals left out as places), and the tagger's F1 over theirs as a
ratio. Writes ``benchmarks/results/bench_actors_english.md`` for ``english_dev.txt`` and
``bench_actors_english_<rest of the stem>.md`` otherwise (``english_heldout.txt`` ->
``bench_actors_english_heldout.md``). Iraq-default here: a document "names Iraq" when its text
has ``Iraq``.

Persons: predicted = category ``person``; gold = spans with a person id, and ``?`` spans (not
in the lexicon) that a predicted person overlaps, so a person found with wrong boundaries
counts as a miss as well as a false positive. An unlisted person the tagger misses entirely
is not counted (the gold gives no class for ``?``): recall is an upper bound.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_actors import iraqi  # noqa: E402

from araseclit.tag import load_lexicon, tag_text  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "actors_genres"
RESULT = ROOT / "benchmarks" / "results" / "bench_actors_genres.md"
GENRES = ("news", "oped", "academic")
# [[منظمة العفو الدولية|ACTOR|actor.ngo.amnesty]]
MARK_RE = re.compile(r"\[\[([^|\]]+)\|(ACTOR)\|([^\]]+)\]\]")
NOT_SCORED = frozenset({"social_group", "private_sector"})


def parse(path: Path, genre: str | None = None, split: str | None = None) -> list[dict]:
    """Documents of ``path``; ``genre`` None = each block's own (``=== oped lebanon``);
    ``split`` None = every third document held out, else every document in ``split``."""
    docs: list[dict] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("=== "):
            block_genre, *place = line[4:].split()  # === news saudi_arabia
            country = "_".join(place)
            where = split or ("heldout" if len(docs) % 3 == 2 else "dev")
            docs.append({"genre": genre or block_genre, "country": country, "text": "",
                         "spans": [], "sentences": [], "split": where})  # fmt: skip
            continue
        doc = docs[-1]
        if doc["text"]:
            doc["text"] += "\n"
        base, pos, parts = len(doc["text"]), 0, []
        for m in MARK_RE.finditer(line):
            parts.append(line[pos : m.start()])
            start = base + sum(map(len, parts))
            parts.append(m.group(1))
            entity = None if m.group(3) == "?" else m.group(3)
            doc["spans"].append(
                {"start": start, "end": start + len(m.group(1)), "entity_id": entity}
            )
            pos = m.end()
        parts.append(line[pos:])
        plain = "".join(parts)
        doc["sentences"].append((base, base + len(plain)))
        doc["text"] += plain
    return docs


def scored_gold(lexicon, doc: dict) -> list[dict]:
    out = []
    for g in doc["spans"]:
        entry = lexicon.get(g["entity_id"] or "")
        if entry is None or entry.category not in NOT_SCORED:
            out.append(g)
    return out


def scored_pred(pred: list[dict]) -> list[dict]:
    return [p for p in pred if p["label"] == "ACTOR" and p["category"] not in NOT_SCORED]


def score(lexicon, docs: list[dict], preds: list[list[dict]]) -> dict:
    tp = fp = fn = ent_ok = ent_n = 0
    quiet = quiet_fp = 0
    for doc, pred in zip(docs, preds, strict=True):
        gold = {(g["start"], g["end"]): g["entity_id"] for g in scored_gold(lexicon, doc)}
        seen = {(p["start"], p["end"]): p["entity_id"] for p in scored_pred(pred)}
        for key, entity in seen.items():
            if key in gold:
                tp += 1
                if gold[key] is not None:
                    ent_n += 1
                    ent_ok += entity == gold[key]
            else:
                fp += 1
        fn += len(gold.keys() - seen.keys())
        for s, e in doc["sentences"]:
            if not any(s <= a < e for a, _ in gold):
                quiet += 1
                quiet_fp += any(s <= a < e for a, _ in seen)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f1, "support": tp + fn, "ent": ent_ok / ent_n if ent_n else 0.0,
            "quiet": quiet, "quiet_fp": quiet_fp}  # fmt: skip


def iraq_default(
    lexicon, docs: list[dict], preds: list[list[dict]], iraq_word: str = "عراق"
) -> tuple[int, int, int]:
    """(generic institutions of non-Iraqi documents resolved to an Iraqi body, such gold
    institutions, predicted Iraqi bodies in documents that never name Iraq: whose text lacks
    ``iraq_word``)."""
    wrong = total = stray = 0
    for doc, pred in zip(docs, preds, strict=True):
        if doc["country"] in ("iraq", "kurdistan"):
            continue
        by_span = {(p["start"], p["end"]): p for p in pred if p["label"] == "ACTOR"}
        for g in doc["spans"]:
            if (g["entity_id"] or "").startswith("actor.generic."):
                total += 1
                hit = [p for (s, e), p in by_span.items() if s < g["end"] and g["start"] < e]
                wrong += any(iraqi(lexicon, p["entity_id"]) for p in hit)
        if iraq_word not in doc["text"]:
            stray += sum(iraqi(lexicon, p["entity_id"]) for p in by_span.values())
    return wrong, total, stray


#: error-analysis groups of actor categories (person, state, institution, NGO, IO, group)
GROUP_OF = {
    "person": "persons", "state": "states", "regional_power": "states", "great_power": "states",
    "government_body": "institutions", "parliament": "institutions",
    "security_force": "institutions", "local_council": "institutions",
    "foreign_force": "institutions", "foreign_authority": "institutions",
    "ngo_named": "NGOs", "ngo_generic": "NGOs", "donor": "NGOs", "research_body": "NGOs",
    "media": "NGOs", "religious_body": "NGOs",
    "international_org": "IOs", "international_community": "IOs",
    "armed_group": "groups", "political_party": "groups",
}  # fmt: skip
GROUPS = ("persons", "states", "institutions", "NGOs", "IOs", "groups", "other")


def group_scores(lexicon, docs: list[dict], preds: list[list[dict]]) -> dict[str, dict]:
    """Strict P/R/F1 per category group: a gold span's group from its entity (or, for a
    ``?`` span, from the prediction on it), a prediction's from its category."""
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    for doc, pred in zip(docs, preds, strict=True):
        seen = {(p["start"], p["end"]): GROUP_OF.get(p["category"], "other")
                for p in scored_pred(pred)}  # fmt: skip
        for g in scored_gold(lexicon, doc):
            key = (g["start"], g["end"])
            entry = lexicon.get(g["entity_id"] or "")
            group = GROUP_OF.get(entry.category, "other") if entry else seen.get(key, "other")
            if key in seen:
                tp[group] += 1
                del seen[key]
            else:
                fn[group] += 1
        for group in seen.values():
            fp[group] += 1
    out = {}
    for group in GROUPS:
        p = tp[group] / (tp[group] + fp[group]) if tp[group] + fp[group] else 0.0
        r = tp[group] / (tp[group] + fn[group]) if tp[group] + fn[group] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        out[group] = {"support": tp[group] + fn[group], "fp": fp[group], "fn": fn[group], "f1": f1}
    return out


def group_rows(
    lexicon, docs: list[dict], preds: list, before: list | None, base_name: str = "before"
) -> list[str]:
    lines = [
        f"| category | support | FN | FP | F1 | {base_name} F1 |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    ours = group_scores(lexicon, docs, preds)
    base = group_scores(lexicon, docs, before) if before else None
    for group in GROUPS:
        a = ours[group]
        b = f"{base[group]['f1']:.3f}" if base else ""
        lines.append(f"| {group} | {a['support']} | {a['fn']} | {a['fp']} | {a['f1']:.3f} | {b} |")
    return lines


def person_scores(docs: list[dict], preds: list[list[dict]]) -> tuple[float, float, int]:
    """(precision, recall, gold persons) of person mentions: gold = spans with a person id
    or a ``?`` span a predicted person overlaps; predicted = category ``person``."""
    tp = fp = n_gold = 0
    for doc, pred in zip(docs, preds, strict=True):
        gold = {(g["start"], g["end"]) for g in doc["spans"]
                if (g["entity_id"] or "").startswith("actor.person.")}  # fmt: skip
        unknown = {(g["start"], g["end"]) for g in doc["spans"] if g["entity_id"] is None}
        seen = {(p["start"], p["end"]) for p in pred if p["category"] == "person"}
        gold |= {(a, b) for a, b in unknown if any(s < b and a < e for s, e in seen)}
        n_gold += len(gold)
        tp += len(seen & gold)
        fp += len(seen - gold)
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / n_gold if n_gold else 0.0), n_gold


def homograph_rows(lexicon, docs: list[dict], preds: list[list[dict]]) -> list[str]:
    """Per homograph entry: occurrences of its ambiguous forms, how many name the entry
    (gold), how many v2 keeps, and its precision / recall on them."""
    import spacy

    from araseclit.tag.component import MentionTagger, set_norms

    nlp = spacy.blank("ar")
    nlp.add_pipe("sentencizer")
    bare = MentionTagger(nlp, "v1", lexicon, context=False)
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for doc, pred in zip(docs, preds, strict=True):
        sdoc = nlp(doc["text"])
        set_norms(sdoc)
        gold = {(g["start"], g["end"]): g["entity_id"] for g in doc["spans"]}
        kept = {(p["start"], p["end"]): p["entity_id"] for p in pred}
        found = bare.find(sdoc)
        for f in found:
            if not f.homograph or any(
                g.entity_id == f.entity_id and not g.homograph and g.start <= f.start
                and f.end <= g.end for g in found
            ):  # fmt: skip
                continue  # inside the full name: عباس of محمود عباس
            span = sdoc[f.start : f.end]
            key = (span.start_char, span.end_char)
            is_true = gold.get(key) == f.entity_id
            is_kept = kept.get(key) == f.entity_id
            st = stats[f.entity_id]
            st[0] += 1
            st[1] += is_true
            st[2] += is_kept
            st[3] += is_true and is_kept
    lines = ["", "| homograph entry | occurrences | name the entry | kept | P | R |",
             "|---|---:|---:|---:|---:|---:|"]  # fmt: skip
    for entity, (n, true, kept, both) in sorted(stats.items()):
        p = f"{both / kept:.2f}" if kept else "n/a"
        r = f"{both / true:.2f}" if true else "n/a"
        lines.append(f"| {entity} | {n} | {true} | {kept} | {p} | {r} |")
    return lines


def row(name: str, a: dict, b: dict | None) -> str:
    line = (f"| {name} | {a['support']} | {a['p']:.3f} | {a['r']:.3f} | {a['f1']:.3f} "
            f"| {a['ent']:.3f} | {a['quiet_fp']}/{a['quiet']} |")  # fmt: skip
    if b:
        line += f" {b['f1']:.3f} | {b['ent']:.3f} | {b['quiet_fp']}/{b['quiet']} |"
    return line


def doc_groups(docs: list[dict]) -> dict[str, list[int]]:
    """Indices of the documents of each genre, then of each country, then all of them."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(docs):
        groups[f"genre {d['genre']}"].append(i)
    for i, d in enumerate(docs):
        groups[f"country {d['country']}"].append(i)
    groups["all"] = list(range(len(docs)))
    return groups


def split_lines(lexicon, split: str, docs: list[dict], preds: list, base: list | None,
                base_name: str) -> list[str]:  # fmt: skip
    """The results of one split: groups, persons, academic categories, homographs,
    Iraq-default; ``base`` (the predictions of ``base_name``) beside, when given."""
    n_sent = sum(len(d["sentences"]) for d in docs)
    head = "| group | support | P | R | F1 | ent | FP sent. |"
    rule = "|---|---:|---:|---:|---:|---:|---:|"
    if base:
        head += f" {base_name} F1 | ent | FP sent. |"
        rule += "---:|---:|---:|"
    lines = ["", f"**{split}** ({len(docs)} documents, {n_sent} sentences)", "", head, rule]
    groups = doc_groups(docs)
    for name, members in groups.items():
        sub = [docs[i] for i in members]
        a = score(lexicon, sub, [preds[i] for i in members])
        b = score(lexicon, sub, [base[i] for i in members]) if base else None
        lines.append(row(name, a, b))
    pp, pr, pn = person_scores(docs, preds)
    line = f"Persons ({split}): {pn} gold, precision {pp:.3f}, recall {pr:.3f}"
    if base:
        bp, br, _ = person_scores(docs, base)
        line += f" ({base_name}: precision {bp:.3f}, recall {br:.3f})"
    lines += ["", line + "."]
    acad = [i for i, d in enumerate(docs) if d["genre"] == "academic"]
    lines += ["", f"Academic genre by category ({split}): where the errors are.", ""]
    lines += group_rows(lexicon, [docs[i] for i in acad], [preds[i] for i in acad],
                        [base[i] for i in acad] if base else None, base_name)  # fmt: skip
    lines += homograph_rows(lexicon, docs, preds)
    wrong, total, stray = iraq_default(lexicon, docs, preds)
    was = ""
    if base:
        bw, _, bs = iraq_default(lexicon, docs, base)
        was = f" ({base_name}: {bw} of {total}; {bs})"
    lines += ["", f"Iraq-default ({split}): {wrong} of {total} generic institutions in "
              f"documents about another state resolved to an Iraqi body; {stray} Iraqi "
              f"bodies found in documents that never name Iraq{was}."]  # fmt: skip
    return lines


def show_errors(lexicon, docs: list[dict], preds: list) -> None:
    for d, pred in zip(docs, preds, strict=True):
        gold = {(g["start"], g["end"]): g["entity_id"] for g in scored_gold(lexicon, d)}
        seen = {(p["start"], p["end"]): p["entity_id"] for p in scored_pred(pred)}
        where = f"{d['split']} {d['genre']} {d['country']}"
        for k in sorted(gold.keys() - seen.keys()):
            print("FN", where, d["text"][k[0] : k[1]], gold[k])
        for k in sorted(seen.keys() - gold.keys()):
            print("FP", where, d["text"][k[0] : k[1]], seen[k])
        for k in sorted(seen.keys() & gold.keys()):
            if gold[k] and seen[k] != gold[k]:
                print("ID", where, d["text"][k[0] : k[1]], seen[k], gold[k])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--heldout", action="store_true", help="also score the held-out split")
    ap.add_argument("--heldout5", type=Path, metavar="FILE",
                    help="score only FILE (every document held out, genre from its block "
                         "header), beside the gazetteer lookup; writes RESULT_<stem>.md")  # fmt: skip
    ap.add_argument("--english", type=Path, metavar="FILE",
                    help="score an English set beside the gazetteer and plain spaCy; writes "
                         "bench_actors_english*.md")  # fmt: skip
    ap.add_argument("--no-write", action="store_true",
                    help="print the results, write no file")  # fmt: skip
    ap.add_argument("--dump", type=Path, help="write this tagger's predictions to a JSON file")
    ap.add_argument(
        "--show-errors", action="store_true", help="print the errors of the scored splits"
    )
    args = ap.parse_args()
    lexicon = load_lexicon()
    if args.english:
        english(lexicon, args.english, args.show_errors, not args.no_write)
        return
    if args.heldout5:
        heldout5(lexicon, args.heldout5, args.show_errors, not args.no_write)
        return
    docs = [d for g in GENRES for d in parse(DATA / f"{g}.txt", g)]
    preds = [tag_text(d["text"]) for d in docs]
    if args.dump:
        args.dump.write_text(json.dumps(preds, ensure_ascii=False), encoding="utf-8")
        return
    path = DATA / "before_fb1493e.json"
    before = json.loads(path.read_text("utf-8")) if path.is_file() else None
    lines = [
        "# bench_actors_genres: actors in domain, by genre and country",
        "",
        f"Lexicon versions {lexicon.versions}. ACTOR mentions, strict span; social groups not "
        "scored; `ent` = entity-id accuracy on correct spans; `FP sent.` = sentences without a "
        "gold actor where one was found. `before` = commit fb1493e. See the docstring of "
        "`benchmarks/bench_actors_genres.py`.",
    ]
    splits = ["dev", "heldout"] if args.heldout else ["dev"]
    for split in splits:
        idx = [i for i, d in enumerate(docs) if d["split"] == split]
        lines += split_lines(lexicon, split, [docs[i] for i in idx], [preds[i] for i in idx],
                             [before[i] for i in idx] if before else None, "before")  # fmt: skip
    text = "\n".join(lines) + "\n"
    print(text)
    if not args.no_write:
        RESULT.write_text(text, encoding="utf-8")
    if args.show_errors:
        keep = [i for i, d in enumerate(docs) if d["split"] in splits]
        show_errors(lexicon, [docs[i] for i in keep], [preds[i] for i in keep])


def heldout5(lexicon, path: Path, errors: bool, write: bool = True) -> None:
    """Score every document of ``path`` (a new held-out set, looked at once) beside the
    gazetteer lookup of the same lexicon (``bench_actors_wiki.gazetteer``)."""
    from bench_actors_wiki import gazetteer

    name = path.stem  # heldout5, heldout6
    docs = parse(path, None, name)
    cpu = time.process_time()
    preds = [tag_text(d["text"]) for d in docs]
    cpu = time.process_time() - cpu
    base = gazetteer([d["text"] for d in docs])
    lines = [
        f"# bench_actors_genres --heldout5: {name}, a new in-domain held-out set, scored once",
        "",
        f"File `{path.relative_to(ROOT) if path.is_absolute() else path}`, lexicon versions "
        f"{lexicon.versions}. ACTOR mentions, strict span; social groups not scored; `ent` = "
        "entity-id accuracy on correct spans; `FP sent.` = sentences without a gold actor "
        "where one was found; `gazetteer` = the same lexicon looked up with no context "
        "(what a user would otherwise run). See the docstring of "
        "`benchmarks/bench_actors_genres.py`.",
    ]
    lines += split_lines(lexicon, name, docs, preds, base, "gazetteer")
    lines += ["", f"Tagging CPU time: {cpu:.2f} s for {len(docs)} documents."]
    text = "\n".join(lines) + "\n"
    print(text)
    if write:
        RESULT.with_name(f"{RESULT.stem}_{name}.md").write_text(text, encoding="utf-8")
    if errors:
        show_errors(lexicon, docs, preds)


def spacy_ruler(lexicon, texts: list[str]) -> list[list[dict]]:
    """Plain spaCy: ``spacy.blank("en")`` and an ``EntityRuler`` of the lexicon's English
    names and Latin variants (ORTH, case as written), longest match first as the ruler keeps
    them; capitals are places and left out."""
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    patterns, category = [], {}
    for entry in lexicon.entries:
        if entry.label != "ACTOR" or entry.category == "capital":
            continue
        name = re.sub(r"\s*\([^)]*\)", "", entry.name_en).strip()
        names = [n.strip() for n in name.split(" / ")]
        names += [v for v in entry.variants if re.search("[A-Za-z]", v)]
        for n in dict.fromkeys(x for x in names if x):
            patterns.append({"label": "ACTOR", "pattern": n, "id": entry.id})
        category[entry.id] = entry.category
    ruler.add_patterns(patterns)
    out = []
    for doc in nlp.pipe(texts):
        out.append([{"start": e.start_char, "end": e.end_char, "label": "ACTOR",
                     "category": category[e.ent_id_], "entity_id": e.ent_id_}
                    for e in doc.ents])  # fmt: skip
    return out


def english(lexicon, path: Path, errors: bool, write: bool = True) -> None:
    """Score the English set ``path`` beside the gazetteer and plain spaCy."""
    from bench_actors_wiki import gazetteer

    name = path.stem  # english_dev, english_heldout
    docs = parse(path, None, name)
    cpu = time.process_time()
    preds = [tag_text(d["text"]) for d in docs]
    cpu = time.process_time() - cpu
    bases = {"gazetteer": gazetteer([d["text"] for d in docs]),
             "spaCy": spacy_ruler(lexicon, [d["text"] for d in docs])}  # fmt: skip
    n_sent = sum(len(d["sentences"]) for d in docs)
    lines = [
        f"# bench_actors_genres --english: {name}, actors in English prose",
        "",
        f"File `{path.relative_to(ROOT) if path.is_absolute() else path}` ({len(docs)} "
        f"documents, {n_sent} sentences), lexicon versions {lexicon.versions}. ACTOR mentions, "
        "strict span; social groups not scored; `ent` = entity-id accuracy on correct spans; "
        "`FP sent.` = sentences without a gold actor where one was found; `gazetteer` = the "
        "lexicon looked up with no context (the v1 tagger: its English names are "
        "`tag.english`'s, so it gains from that module's changes too); "
        '`spaCy` = `spacy.blank("en")` with an '
        "`EntityRuler` of the lexicon's English names and Latin variants (what a user would "
        "build); `x` = the tagger's F1 over the baseline's. See the docstring of "
        "`benchmarks/bench_actors_genres.py`.",
        "",
        "| group | support | P | R | F1 | ent | FP sent. | gazetteer P | R | F1 | x "
        "| spaCy P | R | F1 | x |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    groups = doc_groups(docs)
    for group, members in groups.items():
        sub = [docs[i] for i in members]
        a = score(lexicon, sub, [preds[i] for i in members])
        line = (f"| {group} | {a['support']} | {a['p']:.3f} | {a['r']:.3f} | {a['f1']:.3f} "
                f"| {a['ent']:.3f} | {a['quiet_fp']}/{a['quiet']} |")  # fmt: skip
        for base in bases.values():
            b = score(lexicon, sub, [base[i] for i in members])
            ratio = f"{a['f1'] / b['f1']:.2f}" if b["f1"] else "n/a"
            line += f" {b['p']:.3f} | {b['r']:.3f} | {b['f1']:.3f} | {ratio} |"
        lines.append(line)
    lines += ["", "| baseline | ent | FP sent. | persons P | R |", "|---|---:|---:|---:|---:|"]
    persons: dict[str, int] = {}  # gold persons, the same for every baseline
    for base_name, base in [("tagger", preds), *bases.items()]:
        b = score(lexicon, docs, base)
        pp, pr, persons[base_name] = person_scores(docs, base)
        lines.append(f"| {base_name} | {b['ent']:.3f} | {b['quiet_fp']}/{b['quiet']} "
                     f"| {pp:.3f} | {pr:.3f} |")  # fmt: skip
    pn = persons["tagger"]
    lines += ["", f"Persons: {pn} gold (listed, and unlisted ones a predicted person overlaps)."]
    lines += ["", "By category (all documents): where the errors are.", ""]
    lines += group_rows(lexicon, docs, preds, bases["spaCy"], "spaCy")
    wrong, total, stray = iraq_default(lexicon, docs, preds, "Iraq")
    lines += ["", f"Iraq-default: {wrong} of {total} generic institutions in documents about "
              f"another state resolved to an Iraqi body; {stray} Iraqi bodies found in "
              f"documents that never name Iraq (plain spaCy: "
              f"{iraq_default(lexicon, docs, bases['spaCy'], 'Iraq')[0]} of {total})."]  # fmt: skip
    lines += ["", f"Tagging CPU time: {cpu:.2f} s for {len(docs)} documents."]
    text = "\n".join(lines) + "\n"
    print(text)
    if write:
        rest = name.removeprefix("english").removeprefix("_").removeprefix("dev")
        out = RESULT.with_name("bench_actors_english" + (f"_{rest}" if rest else "") + ".md")
        out.write_text(text, encoding="utf-8")
    if errors:
        show_errors(lexicon, docs, preds)


if __name__ == "__main__":
    main()
