"""The sample corpus answer key: every gold citation and reference field, on the clean sources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from araseclit.cite import audit, find_citations, find_references

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "corpora" / "sample" / "gold"
NAMES = sorted(p.name.split(".")[0] for p in GOLD.glob("*.citations.jsonl"))
CIT_FIELDS = ("raw", "author", "via_original", "year", "year_text", "calendar",
              "gregorian_year", "page", "kind", "number", "script", "start", "end")  # fmt: skip
REF_FIELDS = ("authors", "year", "year_text", "calendar", "gregorian_year", "title", "label")


def _load(name: str, kind: str) -> list[dict]:
    lines = (GOLD / f"{name}.{kind}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(x) for x in lines if x.strip()]


def _source(name: str) -> str:
    return (REPO / "corpora" / "sample" / "sources" / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.skipif(not NAMES, reason="sample corpus gold files not present")
@pytest.mark.parametrize("name", NAMES)
def test_citations_equal_the_answer_key(name: str) -> None:
    got = [{k: r[k] for k in CIT_FIELDS} for r in find_citations(_source(name))]
    assert got == [{k: r[k] for k in CIT_FIELDS} for r in _load(name, "citations")]


@pytest.mark.skipif(not NAMES, reason="sample corpus gold files not present")
@pytest.mark.parametrize("name", NAMES)
def test_references_equal_the_answer_key(name: str) -> None:
    _, refs = find_references(_source(name))
    got = [{k: r[k] for k in REF_FIELDS} for r in refs]
    assert got == [{k: r[k] for k in REF_FIELDS} for r in _load(name, "references")]


@pytest.mark.skipif(not NAMES, reason="sample corpus gold files not present")
@pytest.mark.parametrize("name", NAMES)
def test_audit_equals_the_answer_key(name: str) -> None:
    gold = json.loads((GOLD / f"{name}.audit.json").read_text(encoding="utf-8"))
    text = _source(name)
    _, refs = find_references(text)
    got = audit(find_citations(text), refs, as_of=2026)
    for key in ("citations", "works_cited", "references", "matched", "coverage"):
        assert got[key] == gold[key], key
    assert len(got["uncited_references"]) == len(gold["uncited_references"])
    assert len(got["missing_references"]) == len(gold["missing_references"])
    kinds = {p["kind"] for p in got["problems"]} - {"undated"}
    assert kinds == {p["kind"] for p in gold["problems"]}
