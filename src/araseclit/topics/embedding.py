"""Embeddings for topic modelling, all offline.

The default is a latent-semantic embedding fitted on the units themselves (TF-IDF over the
Arabic analyzer, then truncated SVD, then L2 normalisation). A user with a sentence-transformers
or plain transformers model on disk passes its directory; nothing is ever downloaded.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from scipy.linalg import eigh
from scipy.sparse import csr_matrix
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import Normalizer

from araseclit.errors import ConfigError
from araseclit.topics.analyzer import ArabicAnalyzer

#: random state and power iterations of the LSA embedding's randomized SVD (see
#: :func:`fit_lsa_embedder`)
SVD_STATE = 0
SVD_ITER = 10
#: below this many units the LSA embedding's SVD is exact (:class:`GramSVD`), above it randomized
EXACT_SVD_MAX = 1000
#: files that mark a directory as a (sentence-)transformers model
_MODEL_MARKERS = ("config.json", "modules.json", "config_sentence_transformers.json")


def oriented(vectors: np.ndarray) -> np.ndarray:
    """Eigenvectors (columns) with the sign made definite: an eigenvector's sign is arbitrary,
    so its largest coordinate is made positive (an all-zero column stays as it is)."""
    signs = np.sign(vectors[np.argmax(np.abs(vectors), axis=0), np.arange(vectors.shape[1])])
    return np.asarray(vectors * np.where(signs == 0, 1.0, signs))


class GramSVD(TransformerMixin, BaseEstimator):  # type: ignore[misc]
    """Exact truncated SVD of a (sparse) unit x term matrix, from the eigenvectors of its Gram
    matrix ``X X^T`` (dense LAPACK ``eigh``): no random draw, so the same components in every
    run, unlike the randomized SVD (its state moved the topics of the seed chapter: ARI 0.55
    between five states, ``benchmarks/results/bench_topic_stability.md``) or ARPACK (a random
    start vector). Each component's sign is fixed so its largest unit coordinate is positive.
    Costs O(n² terms) for the product and O(n³) for ``eigh``: meant for n up to a few thousand.
    """

    def __init__(self, n_components: int = 200) -> None:
        self.n_components = n_components

    def fit(self, X: Any, y: Any = None) -> GramSVD:
        self.fit_transform(X)
        return self

    def fit_transform(self, X: Any, y: Any = None) -> np.ndarray:
        matrix = csr_matrix(X, dtype=np.float64)
        gram = (matrix @ matrix.T).toarray()
        n = gram.shape[0]
        k = min(self.n_components, n)
        values, vectors = eigh(gram, subset_by_index=[n - k, n - 1])
        values, vectors = values[::-1], vectors[:, ::-1]
        singular = np.sqrt(np.maximum(values, 0.0))
        keep = singular > singular[0] * 1e-10 if k else np.zeros(0, dtype=bool)
        singular, vectors = singular[keep], vectors[:, keep]
        vectors = oriented(vectors)
        self.components_ = np.asarray((matrix.T @ vectors) / singular).T
        self.singular_values_ = singular
        return np.asarray(vectors * singular)

    def transform(self, X: Any) -> np.ndarray:
        return np.asarray(csr_matrix(X, dtype=np.float64) @ self.components_.T)


def fit_lsa_embedder(texts: list[str], *, seed: int = 42, dim: int = 200) -> Pipeline:
    """TF-IDF + truncated SVD + L2 normaliser fitted on ``texts``.

    Below :data:`EXACT_SVD_MAX` units the SVD is exact (:class:`GramSVD`: nothing drawn at
    random). Above, a randomized SVD draws from a fixed stream (:data:`SVD_STATE`), not from
    ``seed``; ARPACK is no answer there, as it returns a different basis in different processes
    when singular values are close. 200 dimensions, not 100: clustered directly, the 100-dimensional space lost topic
    structure (Ward: NPMI 0.125 against 0.254 on the sample corpus's sentences). ``seed`` is
    kept for the signature.

    BERTopic accepts the fitted pipeline as ``embedding_model`` (it calls ``transform``), so
    seed words of guided topics are embedded in the same space as the units.
    """
    tfidf = TfidfVectorizer(analyzer=ArabicAnalyzer(), sublinear_tf=True, min_df=1)
    n_terms = len(tfidf.fit(texts).vocabulary_)
    n_components = max(2, min(dim, n_terms - 1, len(texts) - 1))
    svd: Any = GramSVD(n_components)
    if len(texts) >= EXACT_SVD_MAX:
        svd = TruncatedSVD(
            n_components=n_components,
            random_state=SVD_STATE,
            algorithm="randomized",
            n_iter=SVD_ITER,
        )
    pipe = make_pipeline(tfidf, svd, Normalizer(copy=False))
    pipe.fit(texts)
    return pipe


def st_modules() -> tuple[Any, Any]:
    """``(SentenceTransformer, modules namespace)`` across sentence-transformers versions."""
    from sentence_transformers import SentenceTransformer

    try:  # sentence-transformers >= 6
        from sentence_transformers.sentence_transformer import modules
    except ImportError:  # pragma: no cover - older releases
        from sentence_transformers import models as modules
    return SentenceTransformer, modules


def embedding_dimension(word: Any) -> int:
    getter = getattr(word, "get_embedding_dimension", None) or word.get_word_embedding_dimension
    return int(getter())


def load_local_model(path: str | Path) -> Any:
    """A sentence-transformers model from a local directory, never from the network.

    A directory saved by sentence-transformers loads as is; a plain transformers model
    (``config.json`` + weights + tokenizer) is wrapped with mean pooling.
    Raises ``ConfigError("E061")`` when the path is not a model directory.
    """
    model_dir = Path(path).expanduser()
    if not model_dir.is_dir() or not any((model_dir / m).is_file() for m in _MODEL_MARKERS):
        raise ConfigError("E061", path=str(path))
    SentenceTransformer, models = st_modules()

    kwargs: dict[str, Any] = {"device": "cpu", "local_files_only": True}
    if (model_dir / "modules.json").is_file():
        return SentenceTransformer(str(model_dir), **kwargs)
    word = models.Transformer(
        str(model_dir),
        model_args={"local_files_only": True},
        tokenizer_args={"local_files_only": True},
        config_args={"local_files_only": True},
    )
    pooling = models.Pooling(embedding_dimension(word), pooling_mode="mean")
    return SentenceTransformer(modules=[word, pooling], device="cpu")


def encode(model: Any, texts: list[str]) -> np.ndarray:
    """Embeddings of ``texts`` by ``model``, an embedding model :func:`embed` returned."""
    if isinstance(model, Pipeline):  # the LSA embedding
        return np.asarray(model.transform(texts), dtype=np.float64)
    vectors = model.encode(texts, batch_size=32, show_progress_bar=False)
    return np.asarray(vectors, dtype=np.float64)


def embed(texts: list[str], embedding: str | Path | None, *, seed: int) -> tuple[Any, np.ndarray]:
    """``(embedding_model, embeddings)`` for ``texts``: the offline LSA default, or a local model."""
    if embedding is None:
        model: Any = fit_lsa_embedder(texts, seed=seed)
    else:
        model = load_local_model(embedding)
    return model, encode(model, texts)
