"""Sentiment toward a target (a mention given by its character span): :func:`target_sentiment`."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from .estimator import TargetSentimentClassifier

__all__ = ["LABELS", "TARGET_COLUMNS", "target_sentiment", "target_table"]

#: Sentiment labels, in the order of the probability columns.
LABELS: tuple[str, str, str] = ("negative", "neutral", "positive")
#: Columns and dtypes of :func:`target_sentiment` (indexed like its input).
TARGET_COLUMNS: dict[str, str] = {
    "label": "string",
    "p_negative": "float64",
    "p_neutral": "float64",
    "p_positive": "float64",
}
_NEEDED = ("text", "start", "end")


def target_table(texts: Sequence[str], starts: Sequence[int], ends: Sequence[int]) -> pd.DataFrame:
    """A table of targets for :func:`target_sentiment` whose texts stay the Python strings given.

    A ``str`` column would copy every text into Arrow and back again when the
    model reads it; this one holds them as they are (object dtype).

    Examples
    --------
    >>> target_table(["Critics accused Voss."], [16], [20]).dtypes.astype(str).tolist()
    ['object', 'int64', 'int64']
    """
    return pd.DataFrame(
        {
            "text": pd.Series(list(texts), dtype=object),
            "start": np.asarray(starts, dtype=np.int64),
            "end": np.asarray(ends, dtype=np.int64),
        }
    )


def _predict_proba(model: TargetSentimentClassifier, frame: pd.DataFrame) -> np.ndarray:
    """The model's probabilities; the shipped estimator's through its memo of the targets
    read last (:mod:`.proba_memo`), which gives the same rows."""
    from .estimator import TargetSentimentClassifier
    from .proba_memo import memo_proba

    if isinstance(model, TargetSentimentClassifier):
        return memo_proba(model, frame)
    return model.predict_proba(frame)


def _check_model(model: TargetSentimentClassifier) -> list[str]:
    from sklearn.utils.validation import check_is_fitted

    check_is_fitted(model, "coef_")
    classes = [str(c) for c in model.classes_]
    if sorted(classes) != sorted(LABELS):
        raise ValueError(
            f"the model's classes {classes} are invalid; valid classes are {list(LABELS)}"
        )
    return classes


def _cut_overruns(frame: pd.DataFrame) -> pd.DataFrame:
    """Cut spans that run past the end of their text at it, with a warning."""
    texts = frame["text"].tolist()
    if set(map(type, texts)) <= {str}:  # every text a str: their lengths at C speed
        lengths = np.fromiter(map(len, texts), np.int64, len(texts))
    else:
        lengths = np.array([len(t) if isinstance(t, str) else -1 for t in texts], dtype=np.int64)
    ends = pd.to_numeric(frame["end"], errors="coerce").to_numpy()
    starts = pd.to_numeric(frame["start"], errors="coerce").to_numpy()
    overrun = (ends > lengths) & (starts < lengths) & (lengths >= 0)
    if not overrun.any():
        return frame
    # A mention that runs past the end of its (sentence) text: score what is there
    # rather than lose the whole table, and say so.
    where = np.flatnonzero(overrun)
    warnings.warn(
        f"{len(where)} target span(s) ran past the end of their text and were cut at it "
        f"(rows {where[:5].tolist()}{' ...' if len(where) > 5 else ''}); pass the whole "
        "document as text and target_sentiment uses the sentence(s) holding each mention",
        UserWarning,
        stacklevel=3,
    )
    return frame.assign(end=np.where(overrun, lengths, frame["end"].to_numpy()))


def target_sentiment(
    frame: pd.DataFrame, *, model: TargetSentimentClassifier | None = None
) -> pd.DataFrame:
    """Sentiment toward each target (a mention given by its character span).

    Parameters
    ----------
    frame : DataFrame
        Columns ``text`` (a sentence, or a longer text: then the sentence
        holding the mention is used), ``start`` and ``end`` (character offsets
        of the mention, end exclusive).
    model : TargetSentimentClassifier, optional
        A fitted classifier (for example retrained on your own labels with
        :func:`newsresearch.datasets.newsmtsc.read_newsmtsc`); default the
        shipped model (:func:`~newsresearch.sentiment.load_model`).

    Returns
    -------
    pandas.DataFrame
        Same index as *frame*, the columns of :data:`TARGET_COLUMNS`:
        ``label`` (negative, neutral, positive) and ``p_negative``,
        ``p_neutral``, ``p_positive`` (summing to 1).

    Examples
    --------
    >>> import pandas as pd
    >>> text = "Critics accused Voss of lying to voters."
    >>> out = target_sentiment(pd.DataFrame({"text": [text], "start": [16], "end": [20]}))
    >>> out["label"].tolist()
    ['negative']
    """
    if model is None:
        from .model_io import load_model

        model = load_model()
    classes = _check_model(model)
    if len(frame) == 0:
        return pd.DataFrame(index=frame.index, columns=list(TARGET_COLUMNS)).astype(TARGET_COLUMNS)
    missing = [c for c in _NEEDED if c not in frame.columns]
    if missing:
        raise ValueError(
            f"target table lacks columns {missing}; it needs 'text', 'start' and 'end' "
            f"(got {list(frame.columns)})"
        )
    frame = _cut_overruns(frame)
    proba = _predict_proba(model, frame)
    proba = proba[:, [classes.index(label) for label in LABELS]]
    labels = np.asarray(LABELS, dtype=object)[proba.argmax(axis=1)]
    return pd.DataFrame(
        {
            "label": pd.array(labels, dtype="string"),
            "p_negative": proba[:, 0],
            "p_neutral": proba[:, 1],
            "p_positive": proba[:, 2],
        },
        index=frame.index,
    )
