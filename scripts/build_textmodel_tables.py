"""Write the memory-mapped tables (``NAME.tab``) of the shipped text models from their JSON
forms (``NAME.json.gz``, written by ``scripts/build_textmodel.py``).

The scorer loads a table in milliseconds, mapped and read only where it looks; parsing the
JSON into dicts took 1.5 s and some 120 MB in every process (``araseclit.textmodel.table``).
Each table is read back from the JSON, not from a model still in memory, so that it holds
exactly the rounded numbers the JSON holds; ``tests/textmodel/test_compact_models.py``
checks every number and the scores bit for bit.

Run after every ``scripts/build_textmodel.py``:
``.venv/bin/python scripts/build_textmodel_tables.py``
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from araseclit.textmodel.ngram import NgramModel  # noqa: E402
from araseclit.textmodel.pairs import WordPairs  # noqa: E402

DATA = ROOT / "src" / "araseclit" / "textmodel" / "data"
NGRAM_MODELS = ("letters_ar", "letters_latin", "structure")


def main() -> int:
    for name in NGRAM_MODELS:
        NgramModel.load(DATA / f"{name}.json.gz").save_table(DATA / f"{name}.tab")
    WordPairs.load(DATA / "wordpairs.json.gz").save_table(DATA / "wordpairs.tab")
    for path in sorted(DATA.glob("*.tab")):
        print(f"{path.name}: {path.stat().st_size:,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
