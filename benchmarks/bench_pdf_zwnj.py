"""Benchmark: ZWNJs a PDF dropped from Persian text, put back by ``ingest.pdf_zwnj``.

Run: ``.venv/bin/python benchmarks/bench_pdf_zwnj.py [--ntrex DIR] [--out FILE]`` (prints
Markdown). ``--ntrex``: a checkout (or bare mirror, read with ``git show``) of
``MicrosoftTranslator/NTREX`` (CC BY-SA 4.0); without it only the in-domain text is scored.

Chromium's print of a Persian page keeps no ZWNJ in its text layer (``بی‌بازگشت`` comes
back ``بیبازگشت``), and pdftotext, pdfplumber and pypdfium2 read that layer as it is, so what
a user gets otherwise is the joined text. Each text is scored as that PDF text: every ZWNJ
removed, then :func:`restore_zwnj` run over it.

- words with a ZWNJ in the source: share given back exactly (recall);
- words the restorer changed: share equal to the source word (precision);
- word accuracy of the whole text: joined (what the readers give) and restored.

Sets: in domain, ``benchmarks/data/citations/styles/dev_fa_korea.txt`` (its words were read
while the restorer was written) and the four other Persian documents of the styles
benchmark (``dev9_fa_*``, ``dev9_rfa_*``, ``heldout6_fa_*``, ``heldout8_fa_*``: their
references' names and titles, read as the restorer was extended); out of domain, NTREX-128 ``newstest2019-ref.fas.txt``
(Persian news, the 23 lines the styles document took left out) and ``.prs.txt`` (the same
stories in Dari, another orthographic tradition). The Persian file is split by line parity
(of the lines left after the styles lines are taken out) before any error was looked at:
the odd lines are the fitting half (the margins and affix classes were chosen on it), the
even lines the reporting half (scored only to report). The Dari file has no ZWNJ: every
word changed there is a false change (its share of the words is the false-change rate).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from araseclit.ingest.pdf_zwnj import ZWNJ, restore_zwnj  # noqa: E402

STYLES = ROOT / "benchmarks" / "data" / "citations" / "styles"
IN_DOMAIN = STYLES / "dev_fa_korea.txt"
#: the other Persian documents of the styles benchmark (names, titles, references)
PERSIAN_DOCS = (
    "dev9_fa_basra_notes",
    "dev9_rfa_types_apa",
    "heldout6_fa_ngo_apa",
    "heldout8_fa_arbaeen_authordate",
)
NTREX_FILES = {
    "fas": "NTREX-128/newstest2019-ref.fas.txt",
    "prs": "NTREX-128/newstest2019-ref.prs.txt",
}
#: lines (1-based, inclusive) of the .fas file the styles document was written from
STYLES_LINES = range(746, 769)
_WORD_RE = re.compile(r"\S+")


def ntrex_text(root: Path, lang: str, half: int | None = None) -> str:
    """The NTREX file of ``lang``; ``half`` 0 or 1: its odd or even lines only (1-based)."""
    path = NTREX_FILES[lang]
    if (root / path).exists():
        text = (root / path).read_text(encoding="utf-8")
    else:  # a bare mirror
        git = ["git", "--git-dir", str(root), "show", f"HEAD:{path}"]
        text = subprocess.run(git, check=True, capture_output=True, text=True).stdout
    lines = text.splitlines()
    if lang == "fas":
        lines = [x for i, x in enumerate(lines, start=1) if i not in STYLES_LINES]
    if half is not None:
        lines = lines[half::2]
    return "\n".join(lines)


def score(source: str) -> dict[str, float | int]:
    joined = source.replace(ZWNJ, "")
    restored = restore_zwnj(joined)
    gold, before, after = (_WORD_RE.findall(t) for t in (source, joined, restored))
    assert len(gold) == len(before) == len(after)
    with_zwnj = [i for i, w in enumerate(gold) if ZWNJ in w]
    changed = [i for i in range(len(gold)) if after[i] != before[i]]
    return {
        "words": len(gold),
        "zwnj_words": len(with_zwnj),
        "recall": sum(after[i] == gold[i] for i in with_zwnj) / max(len(with_zwnj), 1),
        "changed": len(changed),
        "precision": sum(after[i] == gold[i] for i in changed) / max(len(changed), 1),
        "acc_before": sum(b == g for b, g in zip(before, gold, strict=True)) / len(gold),
        "acc_after": sum(a == g for a, g in zip(after, gold, strict=True)) / len(gold),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ntrex", type=Path, help="NTREX checkout or bare mirror")
    ap.add_argument("--out", type=Path, help="write the Markdown here as well")
    args = ap.parse_args()
    sets = {"in domain: dev_fa_korea (styles benchmark)": IN_DOMAIN.read_text(encoding="utf-8")}
    sets["in domain: the other Persian styles documents (seen)"] = "\n".join(
        (STYLES / f"{name}.txt").read_text(encoding="utf-8") for name in PERSIAN_DOCS
    )
    if args.ntrex is not None:
        fas = "out of domain: NTREX-128 Persian (fas), styles lines left out"
        sets[f"{fas}, fitting half (odd lines)"] = ntrex_text(args.ntrex, "fas", 0)
        sets[f"{fas}, reporting half (even lines)"] = ntrex_text(args.ntrex, "fas", 1)
        sets["out of domain: NTREX-128 Dari (prs)"] = ntrex_text(args.ntrex, "prs")
    lines = [
        "# Persian ZWNJ restored in PDF text",
        "",
        "Each text with every ZWNJ removed (what Chromium's PDF text layer, and so every "
        "reader of it, gives), then `ingest.pdf_zwnj.restore_zwnj`. Method: the docstring "
        "of `benchmarks/bench_pdf_zwnj.py`.",
        "",
        "| set | words | words with ZWNJ | recall | words changed | precision | word accuracy "
        "joined (readers) | restored | share of words changed |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, text in sets.items():
        s = score(text)
        lines.append(
            f"| {name} | {s['words']} | {s['zwnj_words']} | {s['recall']:.3f} | {s['changed']} "
            f"| {s['precision']:.3f} | {s['acc_before']:.3f} | {s['acc_after']:.3f} "
            f"| {s['changed'] / s['words']:.4f} |"
        )
    md = "\n".join(lines) + "\n"
    if args.out is not None:
        args.out.write_text(md, encoding="utf-8")
    print(md)


if __name__ == "__main__":
    main()
