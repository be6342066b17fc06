"""The local-model embedding option, with a tiny BERT the test builds itself (no download)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from corpus import THEMES, make_units

from araseclit.store.schema import columns
from araseclit.topics import ArabicAnalyzer, fit_topics
from araseclit.topics.embedding import (
    embedding_dimension,
    fit_lsa_embedder,
    load_local_model,
    st_modules,
)

UNITS = ["doc_id", "unit_id", "text"]


def _vocabulary() -> list[str]:
    words = {
        w
        for pool in THEMES.values()
        for phrases in pool.values()
        for p in phrases
        for w in p.replace(".", " ").split()
    }
    return ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *sorted(words)]


def _tiny_bert(directory: Path) -> Path:
    """A 2-layer BertModel with a WordPiece vocabulary of the test corpus, saved as a plain
    transformers model directory."""
    import torch
    from transformers import BertConfig, BertModel, BertTokenizerFast

    directory.mkdir(parents=True, exist_ok=True)
    vocab = directory / "vocab.txt"
    vocab.write_text("\n".join(_vocabulary()) + "\n", encoding="utf-8")
    tokenizer = BertTokenizerFast(
        vocab_file=str(vocab),
        do_lower_case=False,
        tokenize_chinese_chars=False,
        strip_accents=False,
    )
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=len(_vocabulary()),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=128,
    )
    BertModel(config).save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    return _tiny_bert(tmp_path_factory.mktemp("models") / "tiny-bert")


@pytest.fixture(scope="module")
def tiny_sentence_transformer(tiny_model, tmp_path_factory) -> Path:
    """The same tiny model saved in sentence-transformers layout (Transformer + Pooling)."""
    SentenceTransformer, models = st_modules()

    word = models.Transformer(str(tiny_model))
    pooling = models.Pooling(embedding_dimension(word), pooling_mode="mean")
    out = tmp_path_factory.mktemp("models") / "tiny-st"
    SentenceTransformer(modules=[word, pooling], device="cpu").save(str(out))
    return out


@pytest.mark.parametrize("layout", ["transformers", "sentence-transformers"])
def test_local_model_directory_embeds_arabic(layout, tiny_model, tiny_sentence_transformer) -> None:
    path = tiny_model if layout == "transformers" else tiny_sentence_transformer
    model = load_local_model(path)
    vectors = model.encode(["تعمل المنظمات غير الحكومية", "تنظيم داعش"])
    assert vectors.shape == (2, 32)
    assert not np.allclose(vectors[0], vectors[1])


def test_fit_topics_with_a_local_model(tiny_sentence_transformer) -> None:
    units = make_units(30, seed=5)[UNITS]
    result = fit_topics(units, embedding=str(tiny_sentence_transformer))
    assert list(result.topics.columns) == columns("topics")
    assert len(result.assignments) == len(units)
    words = {w for ws in result.topics["words"] for w in ws}
    assert {"منظم", "داعش", "فساد"} & words


def test_offline_default_embedding_separates_themes() -> None:
    units = make_units(10, seed=2, themes=["civil_society", "armed_violence"])
    pipe = fit_lsa_embedder(units["text"].tolist(), seed=0)
    vectors = pipe.transform(units["text"].tolist())
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
    same = vectors[units["theme"] == "civil_society"]
    other = vectors[units["theme"] == "armed_violence"]
    assert (same @ same.T).mean() > (same @ other.T).mean() + 0.2
    # the pipeline embeds new text (seed words of guided topics) in the same space
    seed = pipe.transform([" ".join(ArabicAnalyzer()("المنظمات غير الحكومية"))])
    assert (seed @ same.T).mean() > (seed @ other.T).mean()


SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "000_4ff1dd722d5fe153.txt"


def test_small_corpus_lsa_is_the_exact_truncated_svd() -> None:
    """Below EXACT_SVD_MAX units the LSA space is the exact rank-200 SVD: the randomized SVD's
    tail components depended on its random state (the seed chapter's topics moved between
    states at ARI 0.55)."""
    if not SEED.is_file():
        pytest.skip(f"shared seed chapter not found at {SEED}")
    lines = [ln.strip() for ln in SEED.read_text("utf-8").splitlines() if len(ln.split()) >= 6]
    texts = lines[:400]
    pipe = fit_lsa_embedder(texts)
    tfidf = pipe.steps[0][1]
    matrix = tfidf.transform(texts).toarray()
    u, s, _ = np.linalg.svd(matrix, full_matrices=False)
    exact = u[:, :200] * s[:200]
    exact /= np.linalg.norm(exact, axis=1, keepdims=True)
    ours = pipe.transform(texts)
    # the same space: the same cosine between every pair of units
    assert np.abs(ours @ ours.T - exact @ exact.T).max() < 1e-8
    again = fit_lsa_embedder(texts, seed=7).transform(texts)
    assert np.array_equal(ours, again)
