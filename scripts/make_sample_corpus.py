"""Regenerate the bundled sample corpus (``corpora/sample/``) from its marked sources.

Steps (``--step``, default ``all``):

* ``gold``    ``gold/marked/<name>.txt`` (citations wrapped in ``⟦…⟧``) -> ``sources/<name>.txt``
              and ``gold/<name>.{citations,references}.jsonl``, ``gold/<name>.audit.json``,
              ``README.md``. Offsets are verified (``source[start:end] == raw``).
* ``render``  ``sources/`` -> ``variants/<name>/word.docx`` (python-docx), ``libreoffice-<font>.pdf``
              (that docx per font, LibreOffice) and ``chromium.pdf`` (HTML + headless Chromium).
* ``extract`` every variant PDF -> ``<pdfstem>.<extractor>.txt`` (pdftotext, pdftotext -layout,
              pdfplumber, pypdfium2).
* ``docs``    copy one rendition of each document into ``docs/`` (the default corpus).

Needs LibreOffice (``soffice``), ``chromium`` and poppler (``pdftotext``) for ``render`` and
``extract``: ``apt-get install -y libreoffice-writer fonts-hosny-amiri fonts-noto-core chromium
poppler-utils``. Run: ``.venv/bin/python scripts/make_sample_corpus.py [--step STEP]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from sample_corpus.config import MARKED, SAMPLE
from sample_corpus.docs import copy_docs
from sample_corpus.extract import extract_all
from sample_corpus.gold import build_gold
from sample_corpus.readme import write_readme
from sample_corpus.render import render


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--step", choices=["all", "gold", "render", "extract", "docs"])
    parser.add_argument("names", nargs="*", help="document names (default: all)")
    args = parser.parse_args(argv)
    names = args.names or sorted(p.stem for p in MARKED.glob("*.txt"))
    step = args.step or "all"
    if step in ("all", "gold"):
        audits = build_gold(names)
        write_readme(sorted(p.stem for p in MARKED.glob("*.txt")), _all_audits(audits))
    if step in ("all", "render"):
        render(names)
    if step in ("all", "extract"):
        extract_all(names)
    if step in ("all", "docs"):
        copy_docs(names)
    if step == "all":
        write_readme(sorted(p.stem for p in MARKED.glob("*.txt")), _all_audits({}))
    return 0


def _all_audits(audits: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    out = {}
    for path in sorted(MARKED.glob("*.txt")):
        audit_path = SAMPLE / "gold" / f"{path.stem}.audit.json"
        out[path.stem] = audits.get(path.stem) or json.loads(audit_path.read_text("utf-8"))
    return out


if __name__ == "__main__":
    sys.exit(main())
