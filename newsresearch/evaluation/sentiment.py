"""Target sentiment scored against NewsMTSC-style gold labels: :func:`evaluate_target_sentiment`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ..datasets.newsmtsc import read_newsmtsc
from ..sentiment.target import LABELS, target_sentiment
from .result import Evaluation, EvaluationError

if TYPE_CHECKING:
    from ..sentiment.estimator import TargetSentimentClassifier

__all__ = ["evaluate_target_sentiment"]

#: Decimals of the probabilities written with ``predictions_out``.
PROBABILITY_DECIMALS = 6


def _read_gold(gold_path: Path) -> pd.DataFrame:
    if not gold_path.exists():
        raise FileNotFoundError(f"gold file not found: {gold_path}")
    try:
        gold = read_newsmtsc(gold_path)
    except ValueError as exc:
        raise EvaluationError(
            f"{exc}; the gold file must be NewsMTSC JSONL (one sentence per line with "
            "'sentence_normalized' and 'targets' holding 'from', 'to' and 'polarity')"
        ) from exc
    gold = gold[gold["label"].notna()].reset_index(drop=True)
    if gold.empty:
        raise EvaluationError(
            f"{gold_path}: no labelled targets; give each target a 'polarity' "
            "(2.0 negative, 4.0 neutral, 6.0 positive)"
        )
    return gold


def _write_predictions(path: Path, gold: pd.DataFrame, pred: pd.DataFrame) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for (_, g), (_, q) in zip(gold.iterrows(), pred.iterrows(), strict=True):
            record = {
                "primary_gid": g["primary_gid"],
                "target": int(g["target"]),
                "from": int(g["start"]),
                "to": int(g["end"]),
                "mention": g["mention"],
                "gold": g["label"],
                "predicted": q["label"],
                **{
                    f"p_{label}": round(float(q[f"p_{label}"]), PROBABILITY_DECIMALS)
                    for label in LABELS
                },
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def evaluate_target_sentiment(
    gold_path: str | Path,
    *,
    model: TargetSentimentClassifier | None = None,
    predictions_out: str | Path | None = None,
) -> Evaluation:
    """Score :func:`~newsresearch.sentiment.target_sentiment` against NewsMTSC JSONL gold labels.

    Parameters
    ----------
    gold_path : path
        NewsMTSC JSONL (the sample gold ``data/sample/gold/target_sentiment.jsonl``
        uses the same form). Targets without a polarity are left out.
    model : TargetSentimentClassifier, optional
        Default the shipped model.
    predictions_out : path, optional
        Write one JSON line per target: ``primary_gid``, ``target``, ``from``,
        ``to``, ``mention``, ``gold``, ``predicted`` and the three
        probabilities.

    Returns
    -------
    Evaluation
        Scores ``macro_f1`` (over the classes present in the gold labels) and
        ``accuracy``; the table holds per-class ``precision``, ``recall``,
        ``f1`` and ``support``; ``details["confusion"]`` the confusion matrix
        (rows gold, columns predicted). Print it for the report.

    Raises
    ------
    FileNotFoundError
        When *gold_path* does not exist.
    EvaluationError
        When the gold file is not NewsMTSC JSONL or holds no labelled target.

    Examples
    --------
    >>> from newsresearch import config
    >>> result = evaluate_target_sentiment(config.SAMPLE_DIR / "gold" / "target_sentiment.jsonl")
    >>> result.unit, result.table.index.tolist()
    ('targets', ['negative', 'neutral', 'positive'])
    """
    from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

    gold = _read_gold(Path(gold_path))
    pred = target_sentiment(gold, model=model)
    y_true = gold["label"].astype(str).to_numpy()
    y_pred = pred["label"].astype(str).to_numpy()
    labels = list(LABELS)
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=labels, zero_division=0)
    table = pd.DataFrame({"precision": p, "recall": r, "f1": f, "support": s}, index=labels)
    present = [k for k in range(len(labels)) if s[k] > 0]
    confusion = pd.DataFrame(
        confusion_matrix(y_true, y_pred, labels=labels), index=labels, columns=labels
    )
    confusion.index.name, confusion.columns.name = "gold", "predicted"
    if predictions_out is not None:
        _write_predictions(Path(predictions_out), gold, pred)
    macro_f1 = float(np.mean(f[present])) if present else 0.0
    accuracy = float((y_true == y_pred).mean())
    return Evaluation(
        task="target sentiment",
        gold=str(gold_path),
        n=len(gold),
        unit="targets",
        scores={"macro_f1": macro_f1, "accuracy": accuracy},
        table=table,
        details={"confusion": confusion},
        method="shipped model" if model is None else type(model).__name__,
    )
