"""Train the text models of :mod:`araseclit.textmodel` and write them as package data.

- ``letters_ar.json.gz`` / ``letters_latin.json.gz``: letter 5-gram models (interpolated
  Kneser-Ney) over the word lists of ``wordfreq`` (Arabic / English ``best`` lists), each word
  weighted by its Zipf value (rounded; frequent words count more, no word counts for nothing).
- ``structure.json.gz``: an 8-gram model over the structure strings
  (:func:`araseclit.textmodel.tokens.structure`) of real third-party Arabic prose, wrapped
  into lines of random width the way a page wraps them, a share of its sentences given
  in-text citations in the published author-date and numeric conventions
  (``scripts/textmodel_citations.py``), which the prose itself seldom has. The prose is not shipped: only
  these n-gram statistics are. Its sources and licences are listed in
  ``src/araseclit/textmodel/data/MODEL_CARD.md``, which this script rewrites.

The training prose must come from outside the project's own corpora (``corpora/``), so that
what the scorer knows about clean Arabic text is not fitted to the texts it is measured on.

Run: ``.venv/bin/python scripts/build_textmodel.py --prose DIR [--prose DIR ...]``
(``DIR`` holds UTF-8 ``.txt`` files, one paragraph per line, and a ``MANIFEST.tsv`` naming
each file's source and licence), or ``--letters-only`` to rebuild the letter models alone.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from textmodel_citations import add_citations  # noqa: E402

from araseclit.charsets import PERSIAN_TO_ARABIC  # noqa: E402
from araseclit.textmodel.ngram import NgramModel  # noqa: E402
from araseclit.textmodel.pairs import WordPairs, pair_words  # noqa: E402
from araseclit.textmodel.tokens import structure  # noqa: E402

DATA = ROOT / "src" / "araseclit" / "textmodel" / "data"
LETTER_ORDER = 5
#: letter n-grams seen (weighted) fewer times than this are pruned
LETTER_MIN_COUNT = 3
STRUCTURE_ORDER = 8
SEED = 20261206
#: characters taken from one source at most, so that no genre outweighs the others
CAP_CHARS = 1_500_000
#: words whose pairs are counted (the commonest of the training prose)
PAIR_VOCABULARY = 30_000
_ARABIC_WORD = re.compile("^[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06fc]{1,30}$")
_LATIN_WORD = re.compile("^[a-z\u00e0-\u024f]{1,30}$")


def _zipf_weight(freq: float) -> int:
    import math

    from wordfreq import zipf_frequency  # noqa: F401  (the list's own scale)

    zipf = math.log10(freq) + 9
    return max(1, round(zipf - 1))


def letter_model(lang: str, pattern: re.Pattern[str], fold: bool) -> NgramModel:
    from wordfreq import get_frequency_dict

    words = []
    for word, freq in get_frequency_dict(lang, "best").items():
        w = word.translate(PERSIAN_TO_ARABIC) if fold else word
        if pattern.match(w):
            words.append((w, _zipf_weight(freq)))
    print(f"{lang}: {len(words):,} words", file=sys.stderr)
    return NgramModel.train(words, LETTER_ORDER, min_count=LETTER_MIN_COUNT)


def wrapped_lines(paragraph: str, rng: random.Random) -> list[str]:
    """``paragraph`` broken at spaces into lines of 35 to 110 characters."""
    width = rng.randint(35, 110)
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


def sample_paragraphs(dirs: list[Path]) -> tuple[list[list[str]], list[dict[str, str]]]:
    """A seeded sample of each source's paragraphs (at most :data:`CAP_CHARS`, so that no
    genre outweighs the others), and what each source is."""
    rng = random.Random(SEED)
    samples: list[list[str]] = []
    sources: list[dict[str, str]] = []
    for d in dirs:
        manifest = d / "MANIFEST.tsv"
        if not manifest.exists() and (d.parent / "MANIFEST.tsv").exists():
            manifest = d.parent / "MANIFEST.tsv"
        rows = {}
        if manifest.exists():
            with manifest.open(encoding="utf-8") as fh:
                for row in csv.DictReader(fh, delimiter="\t"):
                    rows[Path(row.get("path") or row.get("local_path") or "").name] = row
        for path in sorted(d.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            paras = [p.strip() for p in text.splitlines() if p.strip()]
            rng.shuffle(paras)  # a sample of each source, not its first pages
            kept, size = [], 0
            for p in paras:
                if size > CAP_CHARS:
                    break
                kept.append(p)
                size += len(p)
            samples.append(kept)
            row = rows.get(path.name, {})
            sources.append(
                {
                    "file": path.name,
                    "sha256": hashlib.sha256(text.encode()).hexdigest()[:16],
                    "paragraphs": str(len(kept)),
                    "source": row.get("source", "(not in MANIFEST.tsv)"),
                    "licence": row.get("licence", row.get("license", "(unknown)")),
                }
            )
    return samples, sources


def prose_lines(samples: list[list[str]]) -> list[str]:
    """The sampled paragraphs, given citations, wrapped into lines."""
    rng = random.Random(SEED + 1)
    lines: list[str] = []
    for paras in samples:
        for p in paras:
            lines += wrapped_lines(add_citations(p, rng), rng)
    return lines


def word_pairs(samples: list[list[str]]) -> WordPairs:
    """Counts of the commonest words and of the pairs they form, over the same sample (no
    citations added: word order is what they teach)."""
    unigrams: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    for paras in samples:
        for para in paras:
            words = pair_words(para)
            unigrams.update(w for w in words if w)
            pairs.update(f"{a} {b}" for a, b in pairwise(words) if a and b)
    top = dict(unigrams.most_common(PAIR_VOCABULARY))
    kept = {k: c for k, c in pairs.items() if c >= 2 and all(w in top for w in k.split(" "))}
    print(f"pairs: {len(kept):,} of {len(pairs):,}", file=sys.stderr)
    return WordPairs(sum(unigrams.values()), top, kept)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--prose", type=Path, action="append", default=[])
    parser.add_argument("--letters-only", action="store_true")
    args = parser.parse_args(argv)
    DATA.mkdir(parents=True, exist_ok=True)
    if not args.letters_only and not args.prose:
        parser.error("--prose DIR is required (or --letters-only)")
    letter_model("ar", _ARABIC_WORD, True).save(DATA / "letters_ar.json.gz")
    letter_model("en", _LATIN_WORD, False).save(DATA / "letters_latin.json.gz")
    if args.letters_only:
        return build_tables()
    samples, sources = sample_paragraphs(args.prose)
    lines = prose_lines(samples)
    print(f"structure: {len(lines):,} lines from {len(sources)} files", file=sys.stderr)
    model = NgramModel.train(((structure(ln), 1) for ln in lines), STRUCTURE_ORDER, min_count=2)
    model.save(DATA / "structure.json.gz")
    word_pairs(samples).save(DATA / "wordpairs.json.gz")
    write_card(sources, len(lines))
    return build_tables()


def build_tables() -> int:
    """The memory-mapped tables the scorer loads, written from the JSON just saved."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from build_textmodel_tables import main as write_tables

    return write_tables()


def write_card(sources: list[dict[str, str]], n_lines: int) -> None:
    """MODEL_CARD.md, keeping its section on the tables (``scripts/build_textmodel_tables.py``)."""
    from importlib.metadata import version

    card = DATA / "MODEL_CARD.md"
    old = card.read_text(encoding="utf-8") if card.is_file() else ""
    mark = "\n## Memory-mapped tables"
    tables = old[old.index(mark) :] if mark in old else ""

    wordfreq_version = version("wordfreq")
    rows = "\n".join(
        f"| `{s['file']}` | {s['paragraphs']} | {s['source']} | {s['licence']} | `{s['sha256']}` |"
        for s in sources
    )
    card.write_text(
        f"""# Text models of `araseclit.textmodel`

Built by `scripts/build_textmodel.py` (seed {SEED}). Only n-gram statistics are shipped, no
text. The three n-gram models are interpolated Kneser-Ney character models
(`araseclit.textmodel.ngram`); the word pairs are counts (`araseclit.textmodel.pairs`).

| file | order | trained on |
|---|---:|---|
| `letters_ar.json.gz` | {LETTER_ORDER} | the Arabic word list of `wordfreq` {wordfreq_version} (`best`), Persian ی/ک read as ي/ك, each word weighted by its rounded Zipf value − 1 (at least 1); n-grams of weight under {LETTER_MIN_COUNT} pruned |
| `letters_latin.json.gz` | {LETTER_ORDER} | the English word list of `wordfreq` {wordfreq_version}, lower-case Latin words only, weighted the same way |
| `wordpairs.json.gz` | 2 | counts of the {PAIR_VOCABULARY:,} commonest words of the paragraphs below and of the neighbouring pairs among them seen twice or more (`araseclit.textmodel.pairs`) |
| `structure.json.gz` | {STRUCTURE_ORDER} | structure strings of {n_lines:,} lines: the paragraphs below, a share of their sentences given in-text citations in the author-date and numeric conventions (`scripts/textmodel_citations.py`), wrapped at 35–110 characters |

`wordfreq`'s word lists are CC BY-SA 4.0 (its code Apache-2.0); they are read from the
installed package at run time and only letter statistics derived from them are stored here.

## Prose behind the structure model

Third-party text, none of it from `corpora/` or `../shared/seed`; fetched from the sources
named, used for counting only and not redistributed.

| file | paragraphs | source | licence | sha256 (first 16) |
|---|---:|---|---|---|
{rows}
"""
        + tables,
        encoding="utf-8",
    )


if __name__ == "__main__":
    sys.exit(main())
