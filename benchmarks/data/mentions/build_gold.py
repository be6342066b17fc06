"""Turn the inline annotation into ``gold.jsonl`` (character offsets).

Development split (the lexicon was tuned on its errors): ``annotated.txt`` and
``annotated2.txt`` (written for this benchmark) and ``sample_dev.txt`` (sentences 9-15 of each
``corpora/sample/sources/*.txt`` file). Inspected split: ``sample_annotated.txt`` (sentences
1-8 of each sample file, annotated before the tagger was run on them; it was the held-out
split until its errors were read, so it no longer counts as independent). The independent
held-out split is the seed chapter, ``seed_heldout.json`` (see ``build_seed_gold.py``). Sample lines start ``file:offset|``; the sentence is checked against the file.

Run: ``.venv/bin/python benchmarks/data/mentions/build_gold.py``. Markup is
``[[surface|LABEL|entity_id]]`` (``?`` = entity not in the lexicon); see GUIDELINES.md.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
LABELS = {"ACTOR", "THREAT", "SECURITY_CONCEPT", "NGO_ROLE"}
# 01_ngos_national_security.txt:114|
SOURCE_RE = re.compile(r"^(?P<file>[\w.-]+\.txt):(?P<offset>\d+)\|")
# [[والحشد الشعبي|ACTOR|actor.sec.pmf]]
MARK_RE = re.compile(r"\[\[([^|\]]+)\|([A-Z_]+)\|([^\]]+)\]\]")


def parse(line: str) -> tuple[str, list[dict]]:
    """Plain sentence and gold spans of one annotated line."""
    text, spans, pos = [], [], 0
    offset = 0
    for m in MARK_RE.finditer(line):
        plain = line[pos : m.start()]
        text.append(plain)
        offset += len(plain)
        surface, label, entity = m.groups()
        if label not in LABELS:
            raise ValueError(f"unknown label {label!r} in: {line}")
        spans.append(
            {
                "start": offset,
                "end": offset + len(surface),
                "text": surface,
                "label": label,
                "entity_id": None if entity == "?" else entity,
            }
        )
        text.append(surface)
        offset += len(surface)
        pos = m.end()
    text.append(line[pos:])
    return "".join(text), spans


def _source(line: str) -> tuple[dict | None, str]:
    """``01_x.txt:114|sentence`` -> ({source, offset}, sentence); other lines unchanged."""
    match = SOURCE_RE.match(line)
    if not match:
        return None, line
    source = {"source": f"corpora/sample/sources/{match['file']}", "offset": int(match["offset"])}
    return source, line[match.end() :]


def _check_source(row: dict) -> None:
    path = REPO / row["source"]
    if path.is_file():
        text = path.read_text(encoding="utf-8")
        if text[row["offset"] : row["offset"] + len(row["text"])] != row["text"]:
            raise ValueError(f"sentence differs from {row['source']} at {row['offset']}")


def main() -> None:
    rows = []
    files = (
        ("dev", "annotated.txt"),
        ("dev", "annotated2.txt"),
        ("dev", "sample_dev.txt"),
        ("inspected", "sample_annotated.txt"),
    )
    for split, name in files:
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            source, line = _source(line)
            text, spans = parse(line)
            if "[[" in text or "]]" in text:
                raise ValueError(f"unbalanced markup in: {line}")
            row = {"id": f"{split[0]}{len(rows) + 1:03d}", "split": split, "text": text}
            if source:
                row.update(source)
                _check_source(row)
            rows.append({**row, "spans": spans})
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences, {sum(len(r['spans']) for r in rows)} gold mentions")


if __name__ == "__main__":
    main()
