"""Benchmark: the document language detector (``araseclit.ingest.language``, issue 13).

Run: ``.venv/bin/python benchmarks/bench_language.py [--split dev|heldout] [--out FILE]``
(prints Markdown; ``langdetect`` is compared when it is installed: ``pip install langdetect``).

Documents and the language each is written in:

- in-domain, Arabic in the sample's template: ``corpora/sample/sources/*.txt`` (6),
  ``corpora/clean/*.txt`` (14, Arabic, one about Persian novels), and the scrambled seed
  chapter(s) in ``../shared/seed/`` when present; and each of them again with the Persian ye
  and kaf (ی ک) for the Arabic ones (ي ك), as typed on a Persian keyboard;
- out-of-domain: the citation-style documents of ``benchmarks/data/citations/styles/``
  (dev: 5 Arabic, 1 English, 1 Persian; heldout: 2 Arabic, 1 English; language as in its
  ``SOURCES.tsv``), and NTREX-128 news (``benchmarks/data/language/``, CC BY-SA 4.0, see its
  ``SOURCES.tsv``) cut into documents of 20 sentences: 20 Arabic, 20 Persian, 20 English,
  10 Arabic+English (an Arabic document followed by an English one of the same lines: both
  must be named), the 20 Arabic typed with the Persian ye and kaf (ی ک, as on a Persian
  keyboard) and the 20 Persian with the Arabic ones (ي ك), 10 of random Latin letters (must
  be refused: a supported script, no supported language), 5 Russian (must be refused: no supported script) and 5 Sorani Kurdish
  (Arabic script, not a supported language: its labels are counted, not scored).

Scored: the main language (the first named) against the document's (a paper's reference
list may be a quarter of its words in another language); for a news document, which is in
one language or, mixed, in two, and for a keyboard variant, the set of named languages (``langdetect``: those with probability >= 0.25, as ours use a
quarter of the words). "today" is ``ingest.read`` before issue 13: Arabic when Arabic letters
are at least 10 % of letters, else refused.
"""

from __future__ import annotations

import argparse
import csv
import random
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from araseclit.ingest.language import MIN_LANGUAGE_SHARE, SUPPORTED, detect_language
from araseclit.ingest.text import arabic_share

ROOT = Path(__file__).resolve().parents[1]
STYLES = ROOT / "benchmarks" / "data" / "citations" / "styles"
NTREX = ROOT / "benchmarks" / "data" / "language"
SEED = ROOT.parent / "shared" / "seed"
CHUNK = 20  # sentences (lines) a news document
_PERSIAN_KEYS = str.maketrans({"ي": "ی", "ك": "ک"})
_ARABIC_KEYS = str.maketrans({"ی": "ي", "ک": "ك"})

Doc = tuple[str, str, tuple[str, ...]]  # group, text, the languages it is written in
Detector = Callable[[str], tuple[str, ...]]


def _chunks(name: str, n: int) -> list[str]:
    lines = (NTREX / name).read_text(encoding="utf-8").splitlines()
    return ["\n".join(lines[i : i + CHUNK]) for i in range(0, CHUNK * n, CHUNK)]


def in_domain() -> list[Doc]:
    paths = sorted((ROOT / "corpora" / "sample" / "sources").glob("*.txt"))
    paths += sorted((ROOT / "corpora" / "clean").glob("*.txt"))
    paths += sorted(SEED.glob("*.txt")) if SEED.is_dir() else []
    texts = [p.read_text(encoding="utf-8") for p in paths]
    docs = [("ar", t, ("ar",)) for t in texts]
    # the same papers typed with the Persian ye and kaf, as some Iraqi Kurdish producers do
    return docs + [("ar, Persian ye/kaf", t.translate(_PERSIAN_KEYS), ("ar",)) for t in texts]


def out_of_domain(split: str) -> list[Doc]:
    with (STYLES / "SOURCES.tsv").open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["split"] == split]
    docs = [
        (
            f"styles {r['language']}",
            (STYLES / f"{r['doc']}.txt").read_text(encoding="utf-8"),
            (r["language"],),
        )
        for r in rows
    ]
    if split != "dev":
        return docs
    for lang, n in (("ar", 20), ("fa", 20), ("en", 20), ("ru", 5), ("ckb", 5)):
        expected = () if lang == "ru" else (lang,)
        docs += [(f"news {lang}", t, expected) for t in _chunks(f"ntrex_{lang}.txt", n)]
    arabic, persian = _chunks("ntrex_ar.txt", 20), _chunks("ntrex_fa.txt", 20)
    # the same news typed on the other language's keyboard (ye and kaf swapped)
    docs += [("news ar, Persian ye/kaf", t.translate(_PERSIAN_KEYS), ("ar",)) for t in arabic]
    docs += [("news fa, Arabic ye/kaf", t.translate(_ARABIC_KEYS), ("fa",)) for t in persian]
    rng = random.Random(13)  # random Latin letters, as benchmarks/fuzz_inputs.py makes them
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = [" ".join("".join(rng.choices(letters, k=rng.randint(2, 8))) for _ in range(240)) for _ in range(10)]  # fmt: skip
    docs += [("random Latin letters", t, ()) for t in words]
    english = _chunks("ntrex_en.txt", 10)
    docs += [("news ar+en", a + "\n" + e, ("ar", "en")) for a, e in zip(arabic, english, strict=False)]  # fmt: skip
    return docs


def ours(text: str) -> tuple[str, ...]:
    found = detect_language(text)
    return found.languages if found.script_share >= 0.1 else ()


def today(text: str) -> tuple[str, ...]:
    return ("ar",) if arabic_share(text) >= 0.1 else ()


def langdetect_languages(text: str) -> tuple[str, ...]:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        found = detect_langs(text)
    except LangDetectException:
        return ()
    # a language we do not read (ru) is a refusal, as ours refuses a script it does not read
    return tuple(str(x.lang) for x in found if x.prob >= MIN_LANGUAGE_SHARE and x.lang in SUPPORTED)


def _right(found: tuple[str, ...], expected: tuple[str, ...], exact: bool) -> bool:
    if exact or len(expected) > 1:
        return set(found) == set(expected)
    return (found[:1] == expected) if expected else not found


def score(docs: list[Doc], detector: Detector) -> tuple[Counter[str], Counter[str], float, Counter[str]]:  # fmt: skip
    """Right and all documents by expected language, seconds, and the Kurdish labels."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    kurdish: Counter[str] = Counter()
    start = time.perf_counter()
    for group, text, expected in docs:
        found = detector(text)
        if group == "news ckb":
            kurdish["+".join(found) or "refused"] += 1
            continue
        key = group + (" (refused)" if not expected else "")
        total[key] += 1
        exact = group.startswith("news") or "ye/kaf" in group
        right[key] += _right(found, expected, exact=exact)
    return right, total, time.perf_counter() - start, kurdish


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout"), default="dev")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    detectors: dict[str, Detector] = {"araseclit": ours, "today (arabic_share)": today}
    try:
        import langdetect  # noqa: F401

        detectors["langdetect 1.0.9"] = langdetect_languages
    except ImportError:
        pass
    sets = [("out-of-domain", out_of_domain(args.split))]
    if args.split == "dev":
        sets.insert(0, ("in-domain", in_domain()))
    out = [f"# Document language ({args.split})", ""]
    out += ["| set | detector | " + "accuracy (right/all) by group | overall | s/doc | Sorani Kurdish labels |"]  # fmt: skip
    out += ["|---|---|---|---|---|---|"]
    for set_name, docs in sets:
        for det_name, detector in detectors.items():
            ours_right, total, seconds, kurdish = score(docs, detector)
            per = "; ".join(f"{k} {ours_right[k]}/{total[k]}" for k in sorted(total))
            overall = sum(ours_right.values()) / max(sum(total.values()), 1)
            labels = ", ".join(f"{k} {v}" for k, v in kurdish.most_common()) or "-"
            out.append(
                f"| {set_name} | {det_name} | {per} | {overall:.3f} | "
                f"{seconds / len(docs):.4f} | {labels} |"
            )
    text = "\n".join(out) + "\n"
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
