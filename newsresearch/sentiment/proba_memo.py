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
    """The probabilities of the targets one model read last, by ``(text, start, end)``.

    The rows are kept in the arrays the model returned; the memo maps each target to its
    row's number (plain integers and tuples of a string and integers, which the garbage
    collector stops tracking, so that a full collection does not walk the memo's rows).
    """

    def __init__(self, model: TargetSentimentClassifier, *, size: int = MEMO_SIZE) -> None:
        self.model = model
        self.coef = model.coef_
        self.size = size
        self._new: dict[Target, int] = {}  # target -> row number
        self._old: dict[Target, int] = {}
        self._blocks: list[np.ndarray] = []  # the rows, numbered on from _first
        self._first = 0  # the number of the first row of _blocks
        self._new_first = 0  # the number of the first row of the newer generation
        self._next = 0

    def predict_proba(self, X: Any) -> np.ndarray:
        """``model.predict_proba(X)``, reading only the targets not in the memo."""
        from .target import target_table

        texts, starts, ends = _as_targets(X)
        keys = list(zip(texts, starts, ends, strict=True))
        at: list[int | None] = list(map(self._new.get, keys))
        if self._old:
            at = [self._old.get(k) if r is None else r for k, r in zip(keys, at, strict=True)]
        missing = at.count(None)
        if missing == len(keys):  # none read before (the first analysis of a chunk)
            proba = self.model.predict_proba(X)
            self._keep(keys, proba)
            return proba
        rows = np.concatenate(self._blocks)
        hit = [k for k, r in enumerate(at) if r is not None]
        out = np.empty((len(keys), rows.shape[1]), dtype=np.float64)
        out[hit] = rows[np.asarray([at[k] for k in hit], dtype=np.int64) - self._first]
        if missing:
            todo = list(dict.fromkeys(k for k, r in zip(keys, at, strict=True) if r is None))
            fresh = self.model.predict_proba(target_table(*zip(*todo, strict=True)))
            slot = dict(zip(todo, range(len(todo)), strict=True))
            miss = [k for k, r in enumerate(at) if r is None]
            out[miss] = fresh[[slot[keys[k]] for k in miss]]
            self._keep(todo, fresh)
        return out

    def _keep(self, keys: list[Target], proba: np.ndarray) -> None:
        if len(self._new) + len(keys) > self.size:  # the newer generation becomes the older
            self._old, self._new = self._new, {}
            while self._blocks and self._first < self._new_first:  # the older one's rows
                self._first += len(self._blocks.pop(0))
            self._new_first = self._next
        self._blocks.append(proba)
        self._new.update(zip(keys, range(self._next, self._next + len(keys)), strict=True))
        self._next += len(keys)


def memo_proba(model: TargetSentimentClassifier, X: Any) -> np.ndarray:
    """``model.predict_proba(X)`` through the model's :class:`ProbaMemo` (made on first use)."""
    memo = model.__dict__.get("_proba_memo")
    if memo is None or memo.coef is not model.coef_:
        memo = model.__dict__["_proba_memo"] = ProbaMemo(model)
    return memo.predict_proba(X)
