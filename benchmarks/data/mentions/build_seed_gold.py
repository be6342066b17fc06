"""Turn a private annotation of the seed chapter into ``seed_heldout.json`` (offsets only).

The seed chapter (``<repo>/../shared/seed/000_4ff1dd722d5fe153.txt``) is a real Arabic chapter
that may not be copied into the project, so its gold lives here as offsets into the text that
``araseclit.read(path).text`` returns (extraction + repair), with a SHA-256 of that text: no
sentence and no mention surface is stored. The benchmark re-reads the chapter at run time and
skips this split when the chapter is absent. Spans are anchored to words (``seed_anchor.py``:
16-bit salted word hashes), so the gold survives changes of the repair stage: sentences whose
words are all found again are scored, the others are left out and counted.

The committed ``seed_heldout.json`` is authoritative: rebuilding needs the repaired text of
annotation time (its SHA-256 is recorded), since the selection depends on it.

Sentences: every sentence of ``split_sentences`` with at least 40 characters that is not a
heading, then 85 of them spread evenly (``eligible[round(k * n / 85)]``), fixed before any
tagging. The annotation (kept outside the repository, it quotes the chapter) is a TSV with
one line per mention, ``sentence_index<TAB>surface<TAB>LABEL<TAB>entity_id`` (``?`` = not in
the lexicon), in reading order, or a bare ``sentence_index`` for a sentence without mentions.
A surface is looked up in its sentence after the previous mention of that sentence.

Run: ``.venv/bin/python benchmarks/data/mentions/build_seed_gold.py /path/to/annotation.tsv``
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "src"))

from araseclit.segment import split_sentences  # noqa: E402
from araseclit.segment.sentences import parse_heading  # noqa: E402

sys.path.insert(0, str(HERE))
from seed_anchor import anchor  # noqa: E402

SEED_NAME = "000_4ff1dd722d5fe153.txt"
SEED = REPO / ".." / "shared" / "seed" / SEED_NAME
OUT = HERE / "seed_heldout.json"
LABELS = {"ACTOR", "THREAT", "SECURITY_CONCEPT", "NGO_ROLE"}
N_SENTENCES = 85
MIN_CHARS = 40


def seed_text(path: Path = SEED) -> str:
    """The repaired chapter text, exactly as a user gets it."""
    import araseclit

    return araseclit.read(path).text


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def select_sentences(text: str) -> list[tuple[int, int, int]]:
    """``(index, start, end)`` of the annotated sentences, spread over the chapter."""
    spans = split_sentences(text)
    eligible = [
        i for i, (a, b) in enumerate(spans) if b - a >= MIN_CHARS and not parse_heading(text[a:b])
    ]
    picked = [eligible[round(k * len(eligible) / N_SENTENCES)] for k in range(N_SENTENCES)]
    return [(i, *spans[i]) for i in picked]


def read_annotation(path: Path) -> dict[int, list[tuple[str, str, str]]]:
    rows: dict[int, list[tuple[str, str, str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        mentions = rows.setdefault(int(parts[0]), [])
        if len(parts) == 1:
            continue
        surface, label, entity = parts[1:4]
        if label not in LABELS:
            raise ValueError(f"unknown label {label!r}: {line}")
        mentions.append((surface, label, entity))
    return rows


def build(annotation: Path) -> dict:
    text = seed_text()
    chosen = select_sentences(text)
    rows = read_annotation(annotation)
    missing = {i for i, _, _ in chosen} - rows.keys()
    extra = rows.keys() - {i for i, _, _ in chosen}
    if missing or extra:
        raise ValueError(f"annotation does not cover the selection: {missing=} {extra=}")
    sentences = []
    for index, start, end in chosen:
        sentence, pos, spans = text[start:end], 0, []
        for surface, label, entity in rows[index]:
            at = sentence.find(surface, pos)
            if at < 0:
                raise ValueError(f"sentence {index}: {surface!r} not found after {pos}")
            spans.append(
                {
                    "start": start + at,
                    "end": start + at + len(surface),
                    "label": label,
                    "entity_id": None if entity == "?" else entity,
                }
            )
            pos = at + len(surface)
        sentences.append(
            {
                "index": index,
                "start": start,
                "end": end,
                "sha256": text_hash(sentence),
                **anchor(text, start, end, spans),
            }
        )
    return {
        "source": f"../shared/seed/{SEED_NAME}",
        "text": "araseclit.read(path).text",
        "sha256": text_hash(text),
        "selection": f"{N_SENTENCES} of the sentences with >= {MIN_CHARS} characters, "
        "headings excluded, spread evenly",
        "sentences": sentences,
    }


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    gold = build(Path(sys.argv[1]))
    head = {k: v for k, v in gold.items() if k != "sentences"}
    lines = [json.dumps(s, ensure_ascii=False) for s in gold["sentences"]]
    body = json.dumps(head, ensure_ascii=False, indent=1)[:-2]
    OUT.write_text(
        body + ',\n "sentences": [\n' + ",\n".join(lines) + "\n ]\n}\n", encoding="utf-8"
    )
    n = sum(len(s["spans"]) for s in gold["sentences"])
    print(f"{len(gold['sentences'])} sentences, {n} gold mentions -> {OUT.name}")


if __name__ == "__main__":
    main()
