"""Repairing text loads no NLP or table library: ``araseclit text`` and the benchmarks pay
for the text model only."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("spacy", "thinc", "torch", "pandas", "duckdb", "pyarrow", "camel_tools")


def test_repair_imports_no_heavy_library() -> None:
    code = (
        "import sys\n"
        "from araseclit.repair import repair_text\n"
        "repair_text('وأشار محلل عراقي إلى تاريخ نيسان.')\n"
        f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout.split()
    assert loaded == []


def test_lazy_citation_api_gives_the_functions() -> None:
    import araseclit.cite as cite

    assert callable(cite.audit) and callable(cite.audit_to_html)
    assert cite.find_citations("نص (Tripp, 2007: 31) نص")[0]["author"] == "Tripp"


def test_text_command_loads_no_nlp_library(tmp_path) -> None:  # type: ignore[no-untyped-def]
    paper = tmp_path / "paper.txt"
    paper.write_text("تعمل المنظمات المحلية على رصد الانتهاكات في المخيمات.\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from araseclit.cli import app\n"
        f"sys.argv = ['araseclit', 'text', {str(paper)!r}]\n"
        "try:\n"
        "    app()\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print('LOADED', ' '.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert "تعمل المنظمات" in done.stdout
    loaded = done.stderr.split("LOADED", 1)[1].split()
    assert loaded == []
