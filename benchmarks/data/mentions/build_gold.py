"""Turn the inline annotation into ``gold.jsonl`` (character offsets).

``annotated.txt`` is the development split (the lexicon was tuned on its errors);
``heldout.txt`` was written and annotated afterwards and is never used for tuning.

Run: ``.venv/bin/python benchmarks/data/mentions/build_gold.py``. Markup is
``[[surface|LABEL|entity_id]]`` (``?`` = entity not in the lexicon); see GUIDELINES.md.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = {"ACTOR", "THREAT", "SECURITY_CONCEPT", "NGO_ROLE"}
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


def main() -> None:
    rows = []
    for split, name in (("dev", "annotated.txt"), ("heldout", "heldout.txt")):
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            text, spans = parse(line)
            if "[[" in text or "]]" in text:
                raise ValueError(f"unbalanced markup in: {line}")
            row_id = f"{split[0]}{len(rows) + 1:03d}"
            rows.append({"id": row_id, "split": split, "text": text, "spans": spans})
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences, {sum(len(r['spans']) for r in rows)} gold mentions")


if __name__ == "__main__":
    main()
