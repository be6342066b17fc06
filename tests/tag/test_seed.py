"""The tagger on the real scrambled seed chapter (../shared, skipped when absent)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
import spacy

from araseclit.tag import tag_text

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "000_4ff1dd722d5fe153.txt"
pytestmark = pytest.mark.skipif(not SEED.is_file(), reason=f"seed chapter not found at {SEED}")


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_mentions(seed_text: str) -> list[dict]:
    return tag_text(seed_text, doc_id="seed")


@pytest.mark.parametrize(
    "entity_id",
    [
        "actor.arm.isis",
        "actor.state.iran",
        "actor.state.turkey",
        "actor.state.saudi_arabia",
        "actor.ngo.civil_society",
        "actor.ngo.ngos",
        "actor.io.undp",
        "concept.national",
        "concept.human",
        "threat.corruption",
        "threat.sectarianism",
    ],
)
def test_seed_names_the_actors_and_concepts_of_its_introduction(
    seed_mentions: list[dict], entity_id: str
) -> None:
    assert entity_id in {m["entity_id"] for m in seed_mentions}


def test_seed_records_point_into_the_text(seed_text: str, seed_mentions: list[dict]) -> None:
    assert len(seed_mentions) > 200
    assert {m["label"] for m in seed_mentions} == {
        "ACTOR",
        "THREAT",
        "SECURITY_CONCEPT",
        "NGO_ROLE",
    }
    for m in seed_mentions:
        assert seed_text[m["start"] : m["end"]] == m["text"]
    starts = [m["start"] for m in seed_mentions]
    assert starts == sorted(starts)
    assert all(a["end"] <= b["start"] for a, b in itertools.pairwise(seed_mentions))


@pytest.mark.slow
def test_seed_in_the_full_pipeline_excludes_citations(seed_text: str) -> None:
    """repair -> araseclit tokenizer -> segment -> cite -> tag, as ``araseclit analyze`` runs."""
    import araseclit.cite.component  # noqa: F401  (registers araseclit_cite_v1)
    from araseclit import repair
    from araseclit.segment import tokenizer

    nlp = spacy.blank("ar")
    nlp.tokenizer = tokenizer.make_tokenizer(nlp)
    for name in ("araseclit_segment_v1", "araseclit_cite_v1", "araseclit_tag_v1"):
        nlp.add_pipe(name)
    text = repair.repair_text(seed_text)
    doc = nlp.make_doc(text)
    doc._.doc_id = "seed"
    doc = nlp(doc)
    citations = doc._.citations or []
    assert citations, "the seed chapter has in-text citations"
    mentions = doc._.mentions
    assert len(mentions) > 200
    assert all(m["sent_id"] is not None and m["sent_id"].startswith("seed-s") for m in mentions)
    for m in mentions:
        assert text[m["start"] : m["end"]] == m["text"]
        assert not any(c["start"] < m["end"] and m["start"] < c["end"] for c in citations)
