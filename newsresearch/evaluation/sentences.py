"""Sentence boundaries against hand-split sentences: :func:`score_sentences`."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import config
from .result import Evaluation, EvaluationError, prf

__all__ = ["score_sentences"]


def score_sentences(gold: str | Path | None = None) -> Evaluation:
    """Score :func:`newsresearch.text.split_sentences` against a sentence gold set.

    A boundary is the end offset of a sentence that is not the last of its item;
    a predicted boundary is correct when it falls on a gold boundary.

    Parameters
    ----------
    gold : path, optional
        A JSON Lines file read by :func:`newsresearch.datasets.sentences.read_sentence_gold`
        (default: the development set ``data/sample/gold/sentences.jsonl``).

    Returns
    -------
    Evaluation
        ``scores``: ``precision``, ``recall``, ``f1`` of boundaries; ``n``: gold
        sentences; ``details["counts"]``: true positives, false positives, false
        negatives.

    Raises
    ------
    EvaluationError
        When the gold file is missing, malformed or holds no sentence.

    Examples
    --------
    >>> e = score_sentences()
    >>> e.n >= 300, e["f1"] > 0.9
    (True, True)
    """
    from ..datasets.sentences import read_sentence_gold
    from ..text import split_sentences

    path = Path(gold) if gold else config.SAMPLE_DIR / "gold" / "sentences.jsonl"
    try:
        items = read_sentence_gold(path)
    except (OSError, ValueError) as exc:
        raise EvaluationError(
            f"cannot read the sentence gold {path}: {exc}; give a JSON Lines file with one "
            '{"id": ..., "paragraphs": [["sentence", ...], ...]} per line'
        ) from exc
    if not items:
        raise EvaluationError(f"the sentence gold {path} holds no item; give at least one line")
    tp = fp = fn = n = 0
    for _, text, spans in items:
        n += len(spans)
        gold_ends = {e for _, e in spans[:-1]}
        predicted = {e for _, e in split_sentences(text)[:-1]}
        tp += len(gold_ends & predicted)
        fp += len(predicted - gold_ends)
        fn += len(gold_ends - predicted)
    precision, recall, f1 = prf(tp, tp + fp, tp + fn)
    counts = pd.DataFrame(
        {"true_positives": [tp], "false_positives": [fp], "false_negatives": [fn]},
        index=pd.Index(["boundaries"]),
    )
    return Evaluation(
        task="sentence boundaries",
        gold=str(path),
        n=n,
        unit="sentences",
        scores={"precision": precision, "recall": recall, "f1": f1},
        table=pd.DataFrame(),
        details={"counts": counts},
        method="split_sentences",
    )
