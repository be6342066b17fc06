"""match() compares a cited name with the entries that can match it, not with every entry: a
book's citations and its reference list both grow with its length, and comparing each
citation with each entry grew with their product. The number of name comparisons (calls of
the author rule) is counted, not time; the matches are those of comparing every entry."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from araseclit.cite import find_citations, find_references, matching
from araseclit.cite.translit import script

ROOT = Path(__file__).resolve().parents[2]
TEXTS = sorted((ROOT / "corpora" / "sample" / "sources").glob("*.txt")) + sorted(
    (ROOT / "benchmarks" / "data" / "citations" / "styles").glob("dev_*.txt")
)
SEED = ROOT.parent / "shared" / "seed" / "000_4ff1dd722d5fe153.txt"


@pytest.fixture(scope="module")
def papers() -> list[tuple[list[dict], list[dict]]]:
    """(citations, entries) of each sample paper and house-style text, as the finder gives them."""
    out = []
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")
        entries = find_references(text, doc_id=path.stem)[1]
        out.append((find_citations(text, doc_id=path.stem, references=entries), entries))
    return out


def _joined(papers: list[tuple[list[dict], list[dict]]]) -> tuple[list[dict], list[dict]]:
    """All the papers' citations against all their entries, as one book would cite its list."""
    citations = [copy.deepcopy(c) for cits, _ in papers for c in cits]
    entries = [e for _, ents in papers for e in ents]
    return citations, [{**e, "ref_id": f"r{i}"} for i, e in enumerate(entries)]


def _comparisons(
    monkeypatch: pytest.MonkeyPatch, citations: list[dict], entries: list[dict]
) -> int:
    calls = 0
    rule = matching._author_rule

    def counted(*args: object) -> object:
        nonlocal calls
        calls += 1
        return rule(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(matching, "_author_rule", counted)
    getattr(matching, "_INDEXES", {}).clear()
    matching.match(citations, entries)
    monkeypatch.setattr(matching, "_author_rule", rule)
    return calls


def _one_script(papers: list[tuple[list[dict], list[dict]]], kind: str) -> tuple[list, list]:
    """The papers' citations and entries written in one script, joined (Arabic with Arabic,
    Latin with Latin): names that only the key, organisation and one-edit rules can match."""
    return _joined(
        [
            (
                [c for c in cits if c.get("script") == kind and c.get("kind") != "numeric"],
                [e for e in ents if script((e.get("authors") or "-")[:1]) == kind],
            )
            for cits, ents in papers
        ]
    )


def test_twice_the_citations_and_entries_at_most_about_twice_the_comparisons(
    monkeypatch: pytest.MonkeyPatch, papers: list
) -> None:
    for kind in ("arabic", "latin"):
        small, large = _one_script(papers[::2], kind), _one_script(papers, kind)
        assert len(large[0]) >= 1.9 * len(small[0]) and len(large[1]) >= 1.8 * len(small[1])
        growth = _comparisons(monkeypatch, *large) / _comparisons(monkeypatch, *small)
        bound = max(len(large[0]) / len(small[0]), len(large[1]) / len(small[1]))
        # comparing every citation with every entry grows with the product of both (4-5x)
        assert growth <= 1.25 * bound, f"{kind}: comparisons {growth:.2f}x for inputs {bound:.2f}x"


def test_a_name_cited_again_is_not_compared_again(
    monkeypatch: pytest.MonkeyPatch, papers: list
) -> None:
    """A book cites the same names again and again, in both scripts (``بوزان`` for Buzan): four
    times the citations against the same list add no comparison."""
    citations, entries = _joined(papers)
    once = _comparisons(monkeypatch, citations, entries)
    again = _comparisons(monkeypatch, [copy.deepcopy(c) for c in citations * 4], entries)
    assert once < len(citations) * len(entries) / 4
    assert again == once


def test_a_chunk_does_not_key_the_whole_list_again(
    monkeypatch: pytest.MonkeyPatch, papers: list
) -> None:
    """Each chunk of a book finds its citations with the whole reference list (bare brackets
    are citations when their author is listed): the entries' keys are made once, not again
    in every chunk (a 5 MB text of 413 chunks keyed its 125 entries 51,750 times: the cite
    stage grew with exponent 1.19 from 1 to 5 MB)."""
    entries = _joined(papers)[1]
    chunk = TEXTS[0].read_text(encoding="utf-8")
    first = find_citations(chunk, references=entries)
    made = 0
    key = matching._key

    def counted(text: str) -> str:
        nonlocal made
        made += 1
        return key(text)

    monkeypatch.setattr(matching, "_key", counted)
    again = find_citations(chunk, references=entries)
    assert again == first
    assert made == 0, f"{made} keys made again for {len(entries)} entries"


def _every_entry(citations: list[dict], entries: list[dict]) -> list[dict | None]:
    """The best entry of each citation when it is compared with every entry (the rules of
    :mod:`araseclit.cite.matching`, in list order): what the index must give."""
    out: list[dict | None] = []
    entry_keys = [
        matching._with_family(
            matching.reference_keys(entry.get("authors")), (entry.get("families") or (None,))[0]
        )
        for entry in entries
    ]
    for cit in citations:
        key, author = matching.author_key(cit.get("author") or ""), cit.get("author") or ""
        best = None
        for entry, keys in zip(entries, entry_keys, strict=True):
            a = matching._author_rule(key, keys, author)
            if a is None and cit.get("kind") == "note":
                a = matching._given_first_rule(key, keys)
            y = matching.year_rule(cit, entry) if a else None
            if a and y and (best is None or a[0] + y[0] > best[0]):
                best = (a[0] + y[0], {"ref_id": entry["ref_id"], "author_rule": a[1]})
        out.append(best[1] if best else None)
    return out


def test_the_index_finds_what_comparing_every_entry_finds(papers: list) -> None:
    """All citations of the sample papers, the house-style texts and the seed chapter (when
    ../shared is there) against all their entries joined: Arabic and Latin names in both
    directions, organisations, spelling variants, notes."""
    seed = [(find_citations(SEED.read_text(encoding="utf-8")), [])] if SEED.exists() else []
    citations, entries = _joined([*papers, *seed])
    expected = _every_entry(citations, entries)
    getattr(matching, "_INDEXES", {}).clear()
    explained = matching.match(
        [c for c in citations if c.get("kind") != "numeric"], entries
    )  # numeric citations match by label, not by name
    got = [
        {"ref_id": e["ref_id"], "author_rule": e["author_rule"]} if e["ref_id"] else None
        for e in explained
    ]
    want = [e for c, e in zip(citations, expected, strict=True) if c.get("kind") != "numeric"]
    assert sum(e is not None for e in want) >= 140
    assert any("other script" in e["author_rule"] for e in want if e)
    assert got == want


def test_one_letter_deletions_are_made_only_for_a_long_enough_cited_name() -> None:
    """The one-edit rule's index (every one-letter deletion of every key of every entry) is
    made when a cited name of 5+ letters first needs it: a paper cited by number or by short
    names never pays for it, and a misspelt long name is still found one edit away."""
    entries = [
        {"ref_id": "r1", "label": "1", "authors": "الخفاجي، علي", "year_text": "2017",
         "year": 2017, "gregorian_year": 2017, "calendar": "gregorian"},
        {"ref_id": "r2", "label": "2", "authors": "Buzan, B.", "year_text": "1991",
         "year": 1991, "gregorian_year": 1991, "calendar": "gregorian"},
    ]  # fmt: skip
    getattr(matching, "_INDEXES", {}).clear()
    numeric = [{"cit_id": "c1", "kind": "numeric", "number": 2}]
    matching.match(numeric, entries)
    assert numeric[0]["ref_id"] == "r2"
    assert matching._entries(entries)._by_deletion is None
    misspelt = [{"cit_id": "c2", "kind": "author_year", "author": "الخفاجى", "year_text": "2017",
                 "year": 2017, "gregorian_year": 2017, "calendar": "gregorian"},
                {"cit_id": "c3", "kind": "author_year", "author": "الخفاجيي", "year_text": "2017",
                 "year": 2017, "gregorian_year": 2017, "calendar": "gregorian"}]  # fmt: skip
    explained = matching.match(misspelt, entries)
    assert [c["ref_id"] for c in misspelt] == ["r1", "r1"]
    assert "one edit" in explained[1]["author_rule"]
    assert matching._entries(entries)._by_deletion is not None
