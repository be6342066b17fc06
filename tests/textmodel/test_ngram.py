"""Character n-gram models: Kneser-Ney training on a tiny corpus, conditional probabilities
that form a distribution, and storage that keeps the scores."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from araseclit.textmodel.ngram import EOS, NgramModel

CORPUS = [
    "تعمل المنظمات في العراق",
    "تعمل الدولة في بغداد",
    "المجتمع المدني في العراق",
    "الدولة والمجتمع",
]
PROBES = [*CORPUS, "في الدولة", "المنظمات المدنية في البصرة", "Dodge"]


def _train(order: int) -> NgramModel:
    return NgramModel.train(((line, 1) for line in CORPUS), order)


def _vocabulary(model: NgramModel) -> set[str]:
    return {g for g in model.logp if len(g) == 1}


@pytest.mark.parametrize("order", [2, 3, 5])
@pytest.mark.parametrize("context", ["", "ال", "في ", "تعمل ", "العراق", "xyz"])
def test_next_character_probabilities_sum_to_about_one(order: int, context: str) -> None:
    """Over the training characters (end of sequence included), a little short of one: the
    rest is kept for characters never seen (observed 0.988 to 0.999)."""
    model = _train(order)
    vocabulary = _vocabulary(model)
    assert EOS in vocabulary and len(vocabulary) == 19
    total = sum(math.exp(model.cond_logp(context, c)) for c in vocabulary)
    assert 0.98 < total <= 1.0 + 1e-9


@pytest.mark.parametrize("order", [2, 3, 5])
def test_seen_text_scores_above_unseen_text(order: int) -> None:
    model = _train(order)
    assert model.score("في العراق") > model.score("قاعلا يف")
    assert model.cond_logp("", "ž") == model.floor < min(model.logp.values())


@pytest.mark.parametrize("order", [2, 3, 5])
def test_save_and_load_keep_the_scores(tmp_path: Path, order: int) -> None:
    """Storage rounds log probabilities to 0.01 nats (back-off weights too), so a loaded
    model scores within half of that per term of each lookup; loaded again, exactly."""
    trained = _train(order)
    trained.save(tmp_path / "m.json.gz")
    loaded = NgramModel.load(tmp_path / "m.json.gz")
    for text in PROBES:
        terms = (len(text) + 1) * order  # at most `order` stored numbers per character
        assert loaded.score(text) == pytest.approx(trained.score(text), abs=0.005 * terms)
    loaded.save(tmp_path / "again.json.gz")
    again = NgramModel.load(tmp_path / "again.json.gz")
    assert again == loaded
    assert [again.score(t) for t in PROBES] == [loaded.score(t) for t in PROBES]


def test_min_count_prunes_rare_ngrams() -> None:
    full = NgramModel.train(((line, 1) for line in CORPUS), 3)
    pruned = NgramModel.train(((line, 1) for line in CORPUS), 3, min_count=2)
    assert len(pruned.logp) < len(full.logp)
    assert "\x02\x02ت" in pruned.logp  # "تعمل" opens two lines
