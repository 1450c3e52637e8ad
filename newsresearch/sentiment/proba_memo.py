"""The target model's probabilities kept for the targets read last: :func:`memo_proba`.

The analyses of one chunk of articles ask the target-sentiment model about the
same targets: :func:`~newsresearch.sentiment.actor_sentiment` reads every actor
mention in its sentence, and :func:`~newsresearch.attribution.stance_triples`
reads many of the same mentions in the same sentences (the sentence tone of a
triple, the context of an act). A target's probabilities depend on its
``(text, start, end)`` alone (each row of the feature matrix is counted,
weighed and scored on its own), so a target read again takes the row read
before, bit for bit, instead of its features being counted anew.

The memo holds two generations of at most :data:`MEMO_SIZE` targets each (the
older one dropped when the newer one fills), on the model object, and is
started afresh when the model's coefficients are replaced (a new ``fit``).

Examples
--------
>>> from newsresearch.sentiment import load_model
>>> from newsresearch.sentiment.target import target_table
>>> model = load_model()
>>> table = target_table(["Critics accused Voss of lying."] * 2, [16, 16], [20, 20])
>>> first = memo_proba(model, table)
>>> bool((memo_proba(model, table) == first).all())
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from .features import _as_targets

if TYPE_CHECKING:
    from .estimator import TargetSentimentClassifier

__all__ = ["MEMO_SIZE", "ProbaMemo", "memo_proba"]

#: Targets in each of the memo's two generations (a chunk of 200 articles has about 8,000
#: actor mentions).
MEMO_SIZE = 20_000

Target = tuple[str, int, int]


class ProbaMemo:
    """The probabilities of the targets one model read last, by ``(text, start, end)``."""

    def __init__(self, model: TargetSentimentClassifier, *, size: int = MEMO_SIZE) -> None:
        self.model = model
        self.coef = model.coef_
        self.size = size
        self._new: dict[Target, tuple[float, ...]] = {}
        self._old: dict[Target, tuple[float, ...]] = {}

    def predict_proba(self, X: Any) -> np.ndarray:
        """``model.predict_proba(X)``, reading only the targets not in the memo."""
        from .target import target_table

        texts, starts, ends = _as_targets(X)
        keys = list(zip(texts, starts, ends, strict=True))
        rows: list[tuple[float, ...] | None] = list(map(self._new.get, keys))
        if self._old:
            rows = [self._old.get(k) if r is None else r for k, r in zip(keys, rows, strict=True)]
        missing = rows.count(None)
        if missing == len(keys):  # none read before (the first analysis of a chunk)
            proba = self.model.predict_proba(X)
            self._keep(dict(zip(keys, map(tuple, proba.tolist()), strict=True)))
            return proba
        if missing:
            todo = list(dict.fromkeys(k for k, r in zip(keys, rows, strict=True) if r is None))
            fresh = self.model.predict_proba(target_table(*zip(*todo, strict=True)))
            found = dict(zip(todo, map(tuple, fresh.tolist()), strict=True))
            rows = [found[k] if r is None else r for k, r in zip(keys, rows, strict=True)]
            self._keep(found)
        width = len(self.model.classes_)
        return np.array(rows, dtype=np.float64).reshape(len(keys), width)

    def _keep(self, found: dict[Target, tuple[float, ...]]) -> None:
        if len(self._new) + len(found) > self.size:
            self._old, self._new = self._new, {}
        self._new.update(found)


def memo_proba(model: TargetSentimentClassifier, X: Any) -> np.ndarray:
    """``model.predict_proba(X)`` through the model's :class:`ProbaMemo` (made on first use)."""
    memo = model.__dict__.get("_proba_memo")
    if memo is None or memo.coef is not model.coef_:
        memo = model.__dict__["_proba_memo"] = ProbaMemo(model)
    return memo.predict_proba(X)
