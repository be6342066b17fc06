"""``README.md`` of the sample corpus: document table, expected audits, garbling table."""

from __future__ import annotations

from typing import Any

from .config import DOCS_CHOICE, README_HEAD, SAMPLE
from .docs import docs_format, docs_name
from .extract import garbling_table

GARBLING_NOTE = (
    "Mean over the six documents (measured by `scripts/make_sample_corpus.py`): share of the "
    "source's distinct Arabic words (letters only, NFKC) found intact in the extractor output, "
    "share found only with their letters reversed, share of the distinct gold citation strings "
    "found verbatim once bidi controls and line breaks are removed, and per-page counts of bidi embedding "
    "controls (U+202A–U+202E), Arabic presentation-form characters and CR LF line ends."
)


def word_count(text: str) -> int:
    return len(text.split())


def write_readme(names: list[str], audits: dict[str, dict[str, Any]]) -> None:
    rows = []
    for name in names:
        source = (SAMPLE / "sources" / f"{name}.txt").read_text(encoding="utf-8")
        title = source.split("\n", 1)[0]
        a = audits[name]
        fmt = f"`docs/{docs_name(name)}`: {docs_format(DOCS_CHOICE[name])}"
        row = f"| `{name}` | {title} | {fmt} | {word_count(source)} | "
        rows.append(row + f"{a['citations']} | {a['works_cited']} | {a['references']} |")
    parts = [
        README_HEAD.read_text(encoding="utf-8").rstrip(),
        "\n".join(rows),
        "",
        "## Expected audit (answer key)",
        "",
    ]
    for name in names:
        parts.append(_readme_audit(name, audits[name]))
    if table := garbling_table(names):
        parts += ["## How the extractors garble these PDFs", "", GARBLING_NOTE, "", table]
    (SAMPLE / "README.md").write_text("\n".join(parts).rstrip() + "\n", encoding="utf-8")


def _readme_audit(name: str, a: dict[str, Any]) -> str:
    lines = [f"### `{name}`", ""]
    lines.append(f"- matched works: {a['matched']} of {a['works_cited']}")
    missing = ", ".join(f"`{m}`" for m in a["missing_references"]) or "none"
    lines.append(f"- cited but missing from the reference list: {missing}")
    lines.append("- entries never cited:" + ("" if a["uncited_references"] else " none"))
    lines += [f"  - `{r}`" for r in a["uncited_references"]]
    lines.append("- problems:" + ("" if a["problems"] else " none"))
    lines += [f"  - {p['kind']}: `{p['detail']}`" for p in a["problems"]]
    return "\n".join(lines) + "\n"
