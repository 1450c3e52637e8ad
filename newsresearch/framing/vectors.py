"""Word vectors learnt from a corpus (LSA), and text vectors built from them.

:func:`train_word_vectors` learns one vector per word from the paragraphs of a
corpus with latent semantic analysis: TF-IDF of words over paragraphs, then a
truncated SVD (scikit-learn only; nothing is downloaded). Words used in the
same paragraphs get similar vectors, so a classifier trained on a few hundred
headlines can generalise from *rifle* to *AR-15*. :class:`WordVectors` holds
them (save and load as ``.npz``) and turns texts into vectors: the
IDF-weighted sum of their words' unit vectors, scaled to unit length.

``"news"`` names the packaged vectors: 20,000 words x 200 dimensions learnt
by word2vec (skip-gram, gensim, 5 epochs) from the 37,554 articles of the
Article-Bias-Prediction corpus (AllSides, Apache-2.0) by
``scripts/train_news_vectors.py --method word2vec``; on GVFC they beat the
LSA vectors in cross-validation inside the training files (macro-F1 0.669 vs 0.656). :class:`WordVectorFeatures`
is the scikit-learn transformer used by
:class:`~newsresearch.framing.FrameClassifier`.
"""

from __future__ import annotations

import re
import zlib
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin

from ..text import corpus_texts

__all__ = ["WordVectorFeatures", "WordVectors", "load_word_vectors", "train_word_vectors"]

#: Tokens: a word character, then word characters, apostrophes or hyphens (lower-cased).
TOKEN_PATTERN = r"(?u)\b\w[\w'’-]*\b"
_TOKEN = re.compile(TOKEN_PATTERN)
#: Names of packaged vectors and their files in ``newsresearch/data``.
PACKAGED = {"news": "word_vectors_news.npz"}
# Lines shorter than this (characters) are skipped when training: bylines, captions.
_MIN_PARAGRAPH = 25


class WordVectors:
    """Word vectors with the IDF of each word: ``vector(text)`` and ``transform(texts)``.

    Parameters
    ----------
    words : sequence of str
        The vocabulary (lower-case).
    vectors : array, shape (n_words, n_dims)
        One row per word (rows are scaled to unit length).
    idf : array, shape (n_words,)
        Inverse document frequency of each word in the training paragraphs.
    name : str
        Where the vectors come from (shown in ``repr``).

    Examples
    --------
    >>> wv = WordVectors(["gun", "rifle", "tax"], [[1, 0], [0.9, 0.1], [0, 1]], [1, 2, 1])
    >>> wv.transform(["a rifle", "tax cuts"]).round(2).tolist()
    [[0.99, 0.11], [0.0, 1.0]]
    >>> wv.most_similar("gun", n=1)
    ['rifle']
    """

    def __init__(self, words: Any, vectors: Any, idf: Any, *, name: str = "custom") -> None:
        vectors = np.asarray(vectors, dtype=np.float32)
        idf = np.asarray(idf, dtype=np.float32)
        words = [str(w) for w in words]
        if vectors.ndim != 2 or len(words) != len(vectors) or len(idf) != len(words):
            raise ValueError(
                f"expected {len(words)} words, a ({len(words)}, dims) array and {len(words)} "
                f"IDF values; got vectors of shape {vectors.shape} and {len(idf)} IDF values"
            )
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        self.words = words
        self.vectors = np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)
        self.idf = idf
        self.name = name
        self.index = {w: i for i, w in enumerate(words)}

    @property
    def dims(self) -> int:
        """Number of dimensions."""
        return int(self.vectors.shape[1])

    def __repr__(self) -> str:
        return f"WordVectors({self.name!r}, {len(self.words):,} words x {self.dims} dims)"

    def __len__(self) -> int:
        return len(self.words)

    def transform(self, texts: Any) -> np.ndarray:
        """One unit vector per text (zeros for a text without a known word)."""
        out = np.zeros((len(texts), self.dims), dtype=np.float64)
        for row, text in enumerate(texts):
            ids = [self.index[w] for w in _TOKEN.findall(str(text).lower()) if w in self.index]
            if ids:
                out[row] = self.idf[ids] @ self.vectors[ids]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return np.divide(out, norms, out=out, where=norms > 0)

    def most_similar(self, word: str, *, n: int = 10) -> list[str]:
        """The *n* words whose vectors are closest (cosine) to *word*'s."""
        if word.lower() not in self.index:
            raise KeyError(f"{word!r} is not among the {len(self):,} words of {self!r}")
        sims = self.vectors @ self.vectors[self.index[word.lower()]]
        order = [i for i in np.argsort(-sims) if self.words[i] != word.lower()]
        return [self.words[i] for i in order[:n]]

    def save(self, path: str | Path) -> Path:
        """Write the vectors to *path* (``.npz``, vectors stored as float16)."""
        path = Path(path)
        np.savez_compressed(
            path,
            words=np.asarray(self.words, dtype=str),
            vectors=self.vectors.astype(np.float16),
            idf=self.idf.astype(np.float32),
            name=np.asarray(self.name),
        )
        return path


def load_word_vectors(source: str | Path | WordVectors = "news") -> WordVectors:
    """Word vectors: packaged (``"news"``), from a ``.npz`` file, or *source* itself.

    Examples
    --------
    >>> wv = load_word_vectors("news")
    >>> wv.dims, "gun" in wv.index
    (200, True)
    """
    if isinstance(source, WordVectors):
        return source
    if isinstance(source, str) and source in PACKAGED:
        with resources.as_file(resources.files("newsresearch.data") / PACKAGED[source]) as p:
            return _read(p, source)
    path = Path(source)
    if not path.is_file():
        raise ValueError(
            f"word vectors {source!r} not found; valid values are {list(PACKAGED)}, the path "
            "of a .npz file written by WordVectors.save, or a WordVectors"
        )
    return _read(path, path.stem)


def _read(path: Path, name: str) -> WordVectors:
    try:
        with np.load(path, allow_pickle=False) as z:
            return WordVectors(z["words"], z["vectors"], z["idf"], name=name)
    except (KeyError, ValueError, OSError) as exc:
        raise ValueError(
            f"{path}: not a word-vector file (expected arrays words, vectors, idf "
            f"as written by WordVectors.save): {exc}"
        ) from exc


def _paragraphs(texts: pd.Series) -> list[str]:
    out = []
    for text in texts:
        if isinstance(text, str):
            out.extend(p for p in text.split("\n") if len(p.strip()) >= _MIN_PARAGRAPH)
    return out


def train_word_vectors(
    corpus: pd.DataFrame | pd.Series,
    *,
    dims: int = 200,
    max_words: int = 20000,
    min_df: int = 5,
    method: str = "lsa",
    epochs: int = 5,
    window: int = 5,
    random_state: int | None = 0,
) -> WordVectors:
    """Learn word vectors from the paragraphs of *corpus* (LSA or word2vec).

    ``"lsa"`` (scikit-learn only): TF-IDF of words over paragraphs, then a
    truncated SVD. ``"word2vec"`` (needs gensim): skip-gram vectors from
    each word's neighbours within ``window`` words, trained on the same paragraphs.
    Either way the vocabulary and the IDF weights come from the paragraphs' TF-IDF.

    Parameters
    ----------
    corpus : DataFrame or Series
        Texts whose paragraphs (lines of at least 25 characters) are the contexts.
    dims : int
        Dimensions kept (at most the number of words - 1).
    max_words : int
        Vocabulary size: the commonest words (after ``min_df``).
    min_df : int
        Minimum number of paragraphs a word must occur in.
    method : {"lsa", "word2vec"}
        How the vectors are learnt (see above).
    epochs : int
        Passes over the paragraphs (``word2vec`` only).
    window : int
        Neighbours on each side of a word that are its context (``word2vec`` only).
    random_state : int or None
        Seed of the randomised SVD.

    Examples
    --------
    >>> import pandas as pd
    >>> texts = pd.Series(["the rifle and the gun were seized by police officers today"] * 3
    ...                   + ["the tax bill passed the senate after a long debate today"] * 3)
    >>> wv = train_word_vectors(texts, dims=2, min_df=1)
    >>> sims = wv.transform(["rifle", "gun", "tax"])
    >>> bool(sims[0] @ sims[1] > sims[0] @ sims[2])
    True
    """
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer

    if method not in ("lsa", "word2vec"):
        raise ValueError(f"method {method!r} is invalid; valid values are ['lsa', 'word2vec']")
    paragraphs = _paragraphs(corpus_texts(corpus))
    if len(paragraphs) < 2:
        raise ValueError(
            f"train_word_vectors needs at least 2 paragraphs of {_MIN_PARAGRAPH}+ characters; "
            f"got {len(paragraphs)}: pass a larger corpus"
        )
    tfidf = TfidfVectorizer(
        min_df=min_df,
        max_df=0.5,
        max_features=max_words,
        sublinear_tf=True,
        token_pattern=TOKEN_PATTERN,
        dtype=np.float32,
    )
    X = tfidf.fit_transform(paragraphs)
    words = tfidf.get_feature_names_out()
    if method == "word2vec":
        vectors = _word2vec(paragraphs, words, dims, epochs, window, random_state)
        return WordVectors(words, vectors, tfidf.idf_, name="trained")
    k = max(1, min(dims, X.shape[1] - 1, X.shape[0] - 1))
    svd = TruncatedSVD(k, random_state=random_state).fit(X)
    vectors = svd.components_.T * svd.singular_values_
    return WordVectors(words, vectors, tfidf.idf_, name="trained")


def _stable_hash(text: str) -> int:
    """A hash that does not change between runs (Python's ``hash`` of str does)."""
    return zlib.crc32(text.encode("utf-8"))


def _word2vec(
    paragraphs: list[str],
    words: Any,
    dims: int,
    epochs: int,
    window: int,
    random_state: int | None,
) -> np.ndarray:
    """Skip-gram word2vec vectors (gensim) of *words*, trained on the tokens of *paragraphs*."""
    try:
        from gensim.models import Word2Vec
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "method='word2vec' needs gensim: pip install gensim (or use method='lsa')"
        ) from exc
    sentences = [_TOKEN.findall(p.lower()) for p in paragraphs]
    model = Word2Vec(
        sentences,
        vector_size=dims,
        window=window,
        min_count=1,
        sg=1,
        negative=10,
        sample=1e-4,
        epochs=epochs,
        workers=1 if random_state is not None else 4,
        seed=0 if random_state is None else random_state,
        hashfxn=_stable_hash,
    )
    out = np.zeros((len(words), dims), dtype=np.float32)
    for i, w in enumerate(words):
        if w in model.wv.key_to_index:
            out[i] = model.wv[w]
    return out


class WordVectorFeatures(TransformerMixin, BaseEstimator):
    """scikit-learn transformer: texts -> their vectors (see :class:`WordVectors`), times ``weight``.

    Examples
    --------
    >>> t = WordVectorFeatures("news").fit(["x"])
    >>> t.transform(["Senators debate gun laws"]).shape
    (1, 200)
    """

    def __init__(self, vectors: str | Path | WordVectors = "news", weight: float = 1.0):
        self.vectors = vectors
        self.weight = weight

    def fit(self, X: Any, y: Any = None) -> WordVectorFeatures:
        self.vectors_ = load_word_vectors(self.vectors)
        return self

    def transform(self, X: Any) -> np.ndarray:
        if not hasattr(self, "vectors_"):
            raise ValueError("this WordVectorFeatures is not fitted yet; call fit first")
        texts = X.tolist() if hasattr(X, "tolist") else list(X)
        return self.vectors_.transform(texts) * self.weight

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.asarray([f"dim{i}" for i in range(self.vectors_.dims)], dtype=object)
