"""``docs/``: one rendition of each document, the corpus ``araseclit analyze`` runs on."""

from __future__ import annotations

import shutil
from pathlib import Path

from .config import DOCS_CHOICE, SAMPLE


def docs_format(choice: str) -> str:
    """``libreoffice-amiri.pypdfium2.txt`` -> ``scrambled text: pypdfium2 of libreoffice-amiri.pdf``"""
    if choice == "source.txt":
        return "clean text"
    if choice.endswith(".txt"):
        stem, extractor, _ = choice.rsplit(".", 2)
        return f"scrambled text: {extractor} of {stem}.pdf"
    return {"word.docx": "RTL Word document"}.get(choice, f"PDF ({Path(choice).stem})")


def docs_name(name: str) -> str:
    choice = DOCS_CHOICE[name]
    if choice == "source.txt" or choice.endswith(".txt"):
        return f"{name}.txt"
    return f"{name}{Path(choice).suffix}"


def copy_docs(names: list[str]) -> None:
    """docs/: each document once, in the format chosen in ``DOCS_CHOICE``."""
    docs = SAMPLE / "docs"
    docs.mkdir(exist_ok=True)
    for name in names:
        choice = DOCS_CHOICE[name]
        if choice == "source.txt":
            src = SAMPLE / "sources" / f"{name}.txt"
        elif choice.endswith(".docx"):
            src = SAMPLE / "variants" / name / "word.docx"
        else:
            src = SAMPLE / "variants" / name / choice
        shutil.copyfile(src, docs / docs_name(name))
