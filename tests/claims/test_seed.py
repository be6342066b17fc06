"""End to end on the real scrambled seed chapter: repair -> segment -> cite -> claims."""

from __future__ import annotations

from pathlib import Path

import pytest

from araseclit import cite, repair, segment
from araseclit.claims import find_claims
from araseclit.normalize import normalize_token

pytestmark = pytest.mark.slow


def test_claims_on_repaired_seed_chapter(seed_path: Path) -> None:
    text = repair.repair_text(seed_path.read_text(encoding="utf-8"))
    sents = [(s, e, f"s{i}") for i, (s, e) in enumerate(segment.split_sentences(text))]
    claims = find_claims(text, sents, cite.find_citations(text, sents), [], doc_id="seed")
    assert len(claims) > len(sents) / 2  # an argued chapter is mostly claims
    for c in claims:
        assert text[c["start"] : c["end"]] == c["text"]
    claimed = {c["sent_id"] for c in claims}
    # the chapter's own roadmap ("يسعى هذا البحث …") is never a claim
    roadmap = [
        sid for s, e, sid in sents
        if "يسعي هذا البحث" in " ".join(normalize_token(w) for w in text[s:e].split())
    ]  # fmt: skip
    assert roadmap and not claimed & set(roadmap)
    cited = [c for c in claims if c["cit_ids"]]
    assert cited and all(c["attributed_to"] != "author" for c in cited)
    assert {c["claim_type"] for c in claims} >= {"empirical", "causal", "prescriptive"}
