"""The tagger's CPU time per character, in and out of the sample's template, against
``spacy.blank("ar")`` with a sentencizer on the same texts (issue 12).

Run: ``.venv/bin/python benchmarks/bench_tag_speed.py`` (``--src DIR`` runs another copy of
``src``, e.g. one with the tagger as at an earlier commit, for a before/after pair: run the two
one after the other, in the same minutes).

Texts:

* in domain: the six sources of the bundled sample (``corpora/sample/sources``, one document
  each);
* out of domain: the 121 NTREX-128 news articles without ``عراق``
  (``benchmarks/data/mentions_ood/ntrex_no_iraq.txt``, CC BY-SA 4.0, see SOURCES.md there),
  professionally translated news, one document per article.

Each document goes through the araseclit tokenizer and the sentencizer untimed; the tagger
(``araseclit_tag_v2``) is then timed alone, in CPU seconds, on a warm process (every text tagged
once before, so lexicon tables and word lists are built): the least of three passes. The blank
pipeline is timed the same way on the same texts. Printed per set: characters, tagger CPU
seconds, characters per CPU second, the blank pipeline's CPU seconds, their ratio, and a digest
of the mentions (equal digests: the same mentions).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpora" / "sample" / "sources"
NTREX = ROOT / "benchmarks" / "data" / "mentions_ood" / "ntrex_no_iraq.txt"


def in_domain() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt"))]


def out_of_domain() -> list[str]:
    articles = NTREX.read_text(encoding="utf-8").split("=== ")
    return [a.split("\n", 1)[1] for a in articles if "\n" in a and a.split("\n", 1)[1].strip()]


def best_cpu(step: Callable[[], object], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        step()
        best = min(best, time.process_time() - start)
    return best


def measure(name: str, texts: list[str]) -> str:
    import spacy

    from araseclit.tag.component import _tagging_pipeline

    nlp = _tagging_pipeline(None)
    tagger = nlp.get_pipe("araseclit_tag_v2")
    sentencizer = nlp.get_pipe("sentencizer")
    docs = [sentencizer(nlp.make_doc(t)) for t in texts]
    blank = spacy.blank("ar")
    blank.add_pipe("sentencizer")

    def tag_all() -> list[list[dict]]:
        return [tagger(doc)._.mentions for doc in docs]

    def blank_all() -> None:
        for text in texts:
            blank(text)

    mentions = tag_all()
    blank_all()
    tag_s, blank_s = best_cpu(tag_all), best_cpu(blank_all)
    chars = sum(map(len, texts))
    digest = hashlib.sha1(repr(mentions).encode()).hexdigest()[:12]
    return (
        f"{name}: {len(texts)} documents, {chars:,} chars; tag {tag_s:.3f} CPU s "
        f"({chars / tag_s:,.0f} chars/s); spacy.blank + sentencizer {blank_s:.3f} s; "
        f"tag / blank {tag_s / blank_s:.1f}; mentions digest {digest}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the src to import")
    args = parser.parse_args()
    sys.path.insert(0, str(args.src.resolve()))
    import araseclit

    print(f"araseclit from {Path(araseclit.__file__).parent}")
    print(measure("in domain (sample sources)", in_domain()))
    print(measure("out of domain (NTREX-128 news)", out_of_domain()))


if __name__ == "__main__":
    main()
