"""The target-sentiment estimator: :class:`TargetSentimentClassifier` (a scikit-learn classifier).

Saving and loading (JSON + ``.npz``, no pickle) live in
:mod:`newsresearch.sentiment.model_io`; the features in
:mod:`newsresearch.sentiment.features` (as strings, for ``fit``) and
:mod:`newsresearch.sentiment.counts` (counted in batch, for ``transform``).
"""

from __future__ import annotations

import math
from collections import Counter
from itertools import repeat
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.validation import check_is_fitted

from .counts import FeatureIndex, target_counts
from .features import BLOCKS, PRUNED_BLOCKS, char_grams, target_features

__all__ = ["TargetSentimentClassifier"]


class TargetSentimentClassifier(ClassifierMixin, BaseEstimator):
    """Sentiment toward a mention (negative, neutral, positive) from its context.

    Features, each block TF-IDF weighted (sublinear term frequency) and
    normalised on its own, then one multinomial logistic regression:

    ``sentence``
        words and word pairs of the sentence with the mention masked (``<t>``);
    ``window``
        words and pairs within *window* tokens left and right of the mention;
    ``mention``
        the words of the mention (so that the model learns how actors tend to
        be written about) and whether it is a pronoun;
    ``clause``
        words of the clause holding the mention (up to commas, semicolons,
        dashes, "but", "although", ...);
    ``role``
        whether the mention is the speaker of a quote (``X said``, ``said X``,
        ``according to X``), inside a quote, first in the sentence, or after
        "by";
    ``lexicon``
        VADER-lexicon polarity of the context words (negated within three
        words) by distance from the mention, side, whether the word shares the
        mention's quote state, and whether the mention is a speaker;
    ``stems``
        the first five letters of each context word;
    ``chars``
        character n-grams of the masked, lower-cased sentence (optional).

    Texts longer than :data:`MAX_CONTEXT` characters are cut to the
    sentence(s) holding the mention.

    Parameters
    ----------
    C : float
        Inverse regularisation strength of the logistic regression.
    window : int
        Tokens on each side of the mention in the ``window`` block.
    char_ngrams : tuple of int or None
        Smallest and largest character n-gram of the ``chars`` block; None
        (the default) leaves the block empty. Character n-grams (3, 4) add
        about 0.3 points of cross-validated macro-F1 on NewsMTSC but make
        prediction three times slower.
    min_df : int
        Words, word pairs and character n-grams of the ``sentence`` and
        ``chars`` blocks seen in fewer training targets are dropped.
    class_weight : dict, "balanced" or None
        Passed to :class:`sklearn.linear_model.LogisticRegression`.
    max_iter : int
        Iterations of the solver.
    random_state : int or None
        Passed to the solver (kept for reproducible pipelines).

    Attributes
    ----------
    classes_ : ndarray
        The labels, sorted.
    vocabulary_ : dict
        ``block -> {feature: column}``.
    idf_ : ndarray
        Inverse document frequency of each column.
    coef_, intercept_ : ndarray
        The fitted logistic regression.

    Examples
    --------
    >>> import pandas as pd
    >>> X = pd.DataFrame({
    ...     "text": ["Critics slammed Voss.", "Fans praised Voss.", "Voss met Strand."] * 4,
    ...     "start": [16, 13, 0] * 4, "end": [20, 17, 4] * 4})
    >>> y = ["negative", "positive", "neutral"] * 4
    >>> clf = TargetSentimentClassifier(min_df=1).fit(X, y)
    >>> clf.predict(X.head(3)).tolist()
    ['negative', 'positive', 'neutral']
    """

    def __init__(
        self,
        *,
        C: float = 10.0,
        window: int = 6,
        char_ngrams: tuple[int, int] | None = None,
        min_df: int = 2,
        class_weight: dict | str | None = None,
        max_iter: int = 3000,
        random_state: int | None = None,
    ) -> None:
        self.C = C
        self.window = window
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.class_weight = class_weight
        self.max_iter = max_iter
        self.random_state = random_state

    def _check_params(self) -> tuple[int, int]:
        if self.char_ngrams is None:
            return 0, 0
        lo, hi = tuple(self.char_ngrams)
        if not 1 <= lo <= hi:
            raise ValueError(
                f"char_ngrams must be (low, high) with 1 <= low <= high, not {self.char_ngrams!r}"
            )
        if int(self.window) < 1:
            raise ValueError(f"window must be a positive integer, not {self.window!r}")
        return int(lo), int(hi)

    def fit(self, X: Any, y: Any) -> TargetSentimentClassifier:
        """Learn the vocabulary, IDF weights and the logistic regression."""
        from sklearn.linear_model import LogisticRegression

        lo, hi = self._check_params()
        y = np.asarray(y, dtype=object).astype(str)
        feats = target_features(X, int(self.window))
        if len(feats) != len(y):
            raise ValueError(f"X has {len(feats)} targets but y has {len(y)} labels")
        if len(set(y)) < 2:
            raise ValueError(f"y must hold at least two classes, got {sorted(set(y))}")
        n = len(feats)
        vocabulary: dict[str, dict[str, int]] = {}
        idf: list[float] = []
        offset = 0
        for b, block in enumerate(BLOCKS):
            df: Counter[str] = Counter()
            for f in feats:
                if block != "chars":
                    df.update(set(f[b]))
                elif hi:
                    df.update(set(char_grams(f[b], lo, hi)))
            floor = self.min_df if block in PRUNED_BLOCKS else 1
            kept = sorted(k for k, c in df.items() if c >= floor)
            vocabulary[block] = {k: offset + i for i, k in enumerate(kept)}
            idf.extend(math.log((1 + n) / (1 + df[k])) + 1.0 for k in kept)
            offset += len(kept)
        self.vocabulary_ = vocabulary
        self.idf_ = np.asarray(idf, dtype=float)
        self._set_blocks()
        matrix = self._matrix(feats)
        model = LogisticRegression(
            C=self.C,
            max_iter=self.max_iter,
            class_weight=self.class_weight,
            random_state=self.random_state,
        ).fit(matrix, y)
        self.classes_ = model.classes_
        self.coef_ = model.coef_
        self.intercept_ = model.intercept_
        self.n_features_in_ = 3  # text, start, end
        return self

    def _set_blocks(self) -> None:
        block_of = np.empty(len(self.idf_), dtype=np.int32)
        for b, block in enumerate(BLOCKS):
            cols = list(self.vocabulary_[block].values())
            if cols:
                block_of[min(cols) : max(cols) + 1] = b
        self._block_of = block_of

    def _matrix(self, feats: list[tuple]) -> sp.csr_matrix:
        """TF-IDF rows of feature strings (:func:`~newsresearch.sentiment.features.target_features`)."""
        lo, hi = self._check_params()
        n = len(feats)
        col_parts = []
        row_parts = []
        rows_index = np.arange(n, dtype=np.int64)
        for b, block in enumerate(BLOCKS):
            get = self.vocabulary_[block].get
            strings: list[str] = []
            lengths = np.empty(n, dtype=np.int64)
            if block == "chars" and not hi:
                lengths[:] = 0
            elif block == "chars":
                for r, f in enumerate(feats):
                    before = len(strings)
                    strings.extend(char_grams(f[b], lo, hi))
                    lengths[r] = len(strings) - before
            else:
                for r, f in enumerate(feats):
                    strings.extend(f[b])
                    lengths[r] = len(f[b])
            ids = np.fromiter(
                map(get, strings, repeat(-1, len(strings))), dtype=np.int64, count=len(strings)
            )
            rows = np.repeat(rows_index, lengths)
            keep = ids >= 0
            col_parts.append(ids[keep])
            row_parts.append(rows[keep])
        rows, cols = np.concatenate(row_parts), np.concatenate(col_parts)
        matrix = sp.csr_matrix((np.ones(len(cols)), (rows, cols)), shape=(n, len(self.idf_)))
        matrix.sum_duplicates()
        return self._weigh(matrix)

    def _weigh(self, matrix: sp.csr_matrix) -> sp.csr_matrix:
        """TF-IDF rows from feature counts (sublinear tf, each block L2-normalised on its own).

        *matrix* holds the counts, its indices sorted and without explicit zeros,
        so the same counts give the same bits however they were found.
        """
        n = matrix.shape[0]
        rows_index = np.arange(n, dtype=np.int64)
        data = (1.0 + np.log(matrix.data)) * self.idf_[matrix.indices]
        row_of = np.repeat(rows_index, np.diff(matrix.indptr))
        key = row_of * len(BLOCKS) + self._block_of[matrix.indices]
        norms = np.sqrt(np.bincount(key, weights=data * data, minlength=n * len(BLOCKS)))
        matrix.data = data / norms[key]
        return matrix

    def transform(self, X: Any) -> sp.csr_matrix:
        """The feature matrix of targets (one row each).

        Without character n-grams the features are looked up in batch, once per
        context (:func:`~newsresearch.sentiment.counts.target_counts`); the
        matrix is the same as from the feature strings.
        """
        check_is_fitted(self, "coef_")
        _, hi = self._check_params()
        window = int(self.window)
        if hi or window < 1:
            return self._matrix(target_features(X, window))
        return self._weigh(target_counts(X, window, self._index(), width=len(self.idf_)))

    def _index(self) -> FeatureIndex:
        """The integer index of the vocabulary: one per fitted vocabulary, built on first use."""
        index = self.__dict__.get("_feature_index")
        if index is None or index.vocabulary is not self.vocabulary_:
            index = self._feature_index = FeatureIndex(self.vocabulary_)
        return index

    def prepare(self) -> TargetSentimentClassifier:
        """Build now what :meth:`transform` would build on first use (the vocabulary's index).

        A process that forks workers calls this first, so that the workers share
        one index instead of each building its own.
        """
        check_is_fitted(self, "coef_")
        _, hi = self._check_params()
        if not hi and int(self.window) >= 1:
            self._index()
        return self

    def __getstate__(self) -> dict[str, Any]:
        # the integer index of the vocabulary is rebuilt on demand (it holds a lock), the
        # memo of probabilities (proba_memo) started afresh
        state = super().__getstate__()
        state.pop("_feature_index", None)
        state.pop("_proba_memo", None)  # the probabilities of the targets read last
        return state

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """``block:feature`` for every column of :meth:`transform`."""
        check_is_fitted(self, "vocabulary_")
        names = np.empty(len(self.idf_), dtype=object)
        for block in BLOCKS:
            for k, i in self.vocabulary_[block].items():
                names[i] = f"{block}:{k}"
        return names

    def decision_function(self, X: Any) -> np.ndarray:
        matrix = self.transform(X)
        scores = np.asarray(matrix @ self.coef_.T) + self.intercept_
        return scores.ravel() if scores.shape[1] == 1 else scores

    def predict_proba(self, X: Any) -> np.ndarray:
        """Class probabilities, columns in the order of ``classes_``."""
        scores = self.decision_function(X)
        if scores.ndim == 1:
            p = 1.0 / (1.0 + np.exp(-scores))
            return np.column_stack([1 - p, p])
        scores = scores - scores.max(axis=1, keepdims=True)
        e = np.exp(scores)
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, X: Any) -> np.ndarray:
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]

    # -- safe persistence: JSON + .npz, no pickle (see model_io) ------------

    def save(
        self, path: str | Path, *, metadata: dict[str, Any] | None = None
    ) -> tuple[Path, Path]:
        """Write ``<path>.json.gz`` (parameters, classes, vocabulary) and ``<path>.npz`` (arrays).

        Neither file can run code when loaded (no pickle). The gzip stream has no
        time stamp, so the same model always gives the same bytes.
        """
        from .model_io import save_model

        return save_model(self, path, metadata=metadata)

    @classmethod
    def load(cls, path: str | Path) -> TargetSentimentClassifier:
        """Read a model written by :meth:`save` (``path`` with or without suffix).

        The parameters file may be ``.json.gz`` or plain ``.json``.
        """
        from .model_io import read_model

        return read_model(path, cls)
