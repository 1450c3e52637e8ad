"""Framing evaluation: a lexicon, the classifier or a learned lexicon against coded frames.

:func:`evaluate_framing` returns an :class:`~newsresearch.evaluation.Evaluation`
(task ``"framing"``): macro precision, recall and F1 over the frames, the
first-frame accuracy and macro-F1 when the gold has primary frames, and one
row per frame. Gold readers are in :mod:`newsresearch.datasets.frames`.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from ..datasets.frames import FrameGold, read_frame_gold
from ..framing.lexicon import Lexicon, load_lexicon
from ..framing.measures import frames
from ..framing.summaries import frame_matrix
from .result import Evaluation, EvaluationError

if TYPE_CHECKING:
    from ..framing.classifier import FrameClassifier

__all__ = ["METHODS", "evaluate_framing"]

METHODS = ("lexicon", "classifier", "learned")
# Values of C tried by the inner cross-validation of the classifier, per model.
_C_GRIDS = {"svm": (0.1, 0.3, 1.0), "logistic": (1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0)}
# Folds of the inner cross-validation that chooses C.
_INNER_FOLDS = 3


def _scores(Y: pd.DataFrame, P: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, float]]:
    from sklearn.metrics import precision_recall_fscore_support

    rows = []
    for col in Y.columns:
        y, p = Y[col].to_numpy().astype(int), P[col].to_numpy().astype(int)
        prec, rec, f1, _ = precision_recall_fscore_support(
            y, p, average="binary", pos_label=1, zero_division=0
        )
        rows.append((float(prec), float(rec), float(f1), int(y.sum()), int(p.sum())))
    table = pd.DataFrame(
        rows, index=Y.columns, columns=["precision", "recall", "f1", "support", "predicted"]
    )
    macro = {m: float(table[m].mean()) for m in ("precision", "recall", "f1")}
    return table, macro


def _first_scores(gold: pd.Series, pred: pd.Series) -> dict[str, float]:
    """Accuracy, macro-F1 over the gold's labels and Cohen's kappa; no prediction is "none"."""
    from sklearn.metrics import accuracy_score, cohen_kappa_score, f1_score

    ok = gold.notna().to_numpy()
    g = gold[ok].astype(str).to_numpy()
    p = pred[ok].fillna("none").astype(str).to_numpy()
    labels = sorted(set(g))
    kappa = float(cohen_kappa_score(g, p)) if len(set(g) | set(p)) > 1 else float("nan")
    return {
        "accuracy": float(accuracy_score(g, p)),
        "macro_f1": float(f1_score(g, p, labels=labels, average="macro", zero_division=0)),
        "kappa": kappa,
        "n": int(ok.sum()),
    }


def _splits(gold: FrameGold, folds: int | None, seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    from sklearn.model_selection import KFold

    if folds is None and gold.splits:
        return gold.splits
    k = 5 if folds is None else folds
    if not isinstance(k, int) or k < 2 or k > len(gold.texts):
        raise ValueError(f"folds must be an integer from 2 to {len(gold.texts)}, not {folds!r}")
    return list(KFold(k, shuffle=True, random_state=seed).split(np.arange(len(gold.texts))))


def _tuned(
    estimator: FrameClassifier,
    texts: list[str],
    y: Any,
    *,
    inner: int,
    scoring: str,
    grid: Sequence[float],
    seed: int,
) -> FrameClassifier:
    """Choose C by inner cross-validation on the training part, then refit."""
    from sklearn.base import clone
    from sklearn.model_selection import GridSearchCV, KFold, StratifiedKFold

    y_arr = np.asarray(y)
    if y_arr.ndim == 1:
        counts = np.unique(y_arr, return_counts=True)[1]
        if counts.min() < inner:
            return estimator.fit(texts, y)
        cv: Any = StratifiedKFold(inner, shuffle=True, random_state=seed)
    else:
        cv = KFold(inner, shuffle=True, random_state=seed)
    # Decisions do not depend on calibration: search without it, refit the best with it.
    search = GridSearchCV(
        clone(estimator).set_params(calibration=None),
        {"C": list(grid)},
        cv=cv,
        scoring=scoring,
        refit=False,
    )
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=UserWarning)
        warnings.filterwarnings("ignore", message=".*ill-defined.*")
        search.fit(texts, y)
    return clone(estimator).set_params(**search.best_params_).fit(texts, y)


def evaluate_framing(
    gold: str | Path | pd.DataFrame | FrameGold | None = None,
    *,
    method: str = "lexicon",
    scheme: str | Path | Lexicon = "generic",
    folds: int | None = None,
    corpus: str | pd.DataFrame = "sample",
    tune: bool = True,
    k: int = 100,
    seed: int = 42,
    estimator: FrameClassifier | None = None,
    subset: str | None = None,
    coder: str | None = None,
    combine: str = "union",
) -> Evaluation:
    """Score a framing method against coded data: per frame and macro P/R/F1, first frame.

    Parameters
    ----------
    gold : path, DataFrame, FrameGold or None
        See :func:`~newsresearch.datasets.frames.read_frame_gold` (None: our
        sample gold, 27 articles, 5 generic frames).
    method : {"lexicon", "classifier", "learned"}
        ``lexicon``: the lexicon *scheme* zero-shot, presence flags against the
        coded frames (frames present in both), dominant frame against the
        primary frame. ``classifier``: :class:`~newsresearch.framing.FrameClassifier`
        (with *scheme*'s densities as features) fitted on each training fold,
        multi-label for the per-frame scores and single-label on the primary
        frame for the first-frame scores; C chosen by inner 3-fold
        cross-validation on the training part when ``tune``. ``learned``:
        :func:`~newsresearch.framing.learn_lexicon` (k words per frame) on each
        training fold, counted on the test fold; a text with no hit gets the
        training fold's most common primary frame.
    folds : int, optional
        Number of shuffled folds; default: the data's own folds (GVFC, or a
        ``fold`` column), else 5.
    corpus : str or DataFrame
        Where texts come from when the gold names documents by ``doc_id`` only.
    tune, k, seed
        Choose C by inner cross-validation (classifier); words per frame
        (learned); seed for shuffled folds and the classifier.
    estimator : FrameClassifier, optional
        The classifier's settings (cloned in each fold); default
        ``FrameClassifier(lexicon=scheme, random_state=seed)``.
    subset, coder, combine
        Real-news gold in coder files (``data/gold/frames/``): the part to score
        (``"dev"``), one coder or all, and how several coders' codes combine
        (``"union"`` or ``"consensus"``); see
        :func:`~newsresearch.datasets.frames.read_coded_frames`.

    Returns
    -------
    Evaluation
        Out-of-fold predictions pooled over folds are scored. ``scores``:
        ``macro_precision``, ``macro_recall``, ``macro_f1`` and, with primary
        frames, ``first_frame_accuracy``, ``first_frame_macro_f1``,
        ``first_frame_kappa`` (Cohen's), ``first_frame_n`` (and ``first_frame_macro_f1_fold_mean`` when
        cross-validated); ``table``: precision, recall, f1, support and
        predicted per frame.

    Raises
    ------
    EvaluationError
        On gold that cannot be read, a lexicon file that cannot be read, or a
        lexicon sharing no frame with the gold.

    Examples
    --------
    >>> ev = evaluate_framing()
    >>> list(ev.table.index)
    ['conflict', 'human_interest', 'economic', 'morality', 'responsibility']
    >>> round(ev["macro_f1"], 3), ev.n
    (0.7, 27)
    """
    if method not in METHODS:
        raise ValueError(f"method {method!r} is invalid; valid values are {list(METHODS)}")
    data = (
        gold
        if isinstance(gold, FrameGold)
        else read_frame_gold(gold, corpus=corpus, subset=subset, coder=coder, combine=combine)
    )
    scheme_name = scheme.name if isinstance(scheme, Lexicon) else str(scheme)
    if method == "lexicon":
        return _evaluate_lexicon(data, _lexicon(scheme), scheme_name)
    if method == "classifier":
        _lexicon(scheme)  # a lexicon that cannot be read fails here, as bad input
    splits = _splits(data, folds, seed)
    P, first_pred, notes = _cross_validated(
        data, splits, method=method, scheme=scheme, tune=tune, k=k, seed=seed, estimator=estimator
    )
    per_frame, macro = _scores(data.labels, P)
    scores = _macro_scores(macro)
    if data.primary is not None and data.primary.notna().any():
        scores.update(_prefixed(_first_scores(data.primary, first_pred)))
        fold_f1 = [
            _first_scores(data.primary.iloc[te], first_pred.iloc[te])["macro_f1"]
            for _, te in splits
        ]
        scores["first_frame_macro_f1_fold_mean"] = float(np.mean(fold_f1))
        notes.insert(
            0,
            f"first-frame macro-F1 per fold: {', '.join(f'{v:.3f}' for v in fold_f1)} "
            f"(mean {np.mean(fold_f1):.3f})",
        )
    how = {
        "classifier": f"FrameClassifier, {len(splits)}-fold cross-validation",
        "learned": f"PMI-learned lexicon, {len(splits)}-fold cross-validation",
    }[method]
    return _result(data, scores, per_frame, how, notes)


def _lexicon(scheme: str | Path | Lexicon) -> Lexicon:
    """The lexicon of *scheme*; a malformed file is bad evaluation input."""
    try:
        return load_lexicon(scheme)
    except ValueError as exc:
        raise EvaluationError(str(exc)) from exc


def _result(
    data: FrameGold, scores: dict[str, float], table: pd.DataFrame, how: str, notes: list[str]
) -> Evaluation:
    return Evaluation(
        "framing",
        data.name,
        len(data.texts),
        "documents",
        scores,
        table,
        method=how,
        notes=tuple(notes),
    )


def _macro_scores(macro: dict[str, float]) -> dict[str, float]:
    return {f"macro_{m}": macro[m] for m in ("precision", "recall", "f1")}


def _prefixed(first: dict[str, float]) -> dict[str, float]:
    return {f"first_frame_{k}": v for k, v in first.items()}


def _evaluate_lexicon(data: FrameGold, lex: Lexicon, scheme_name: str) -> Evaluation:
    """The lexicon zero-shot: presence flags against the coded frames, dominant vs primary."""
    Y = data.labels
    common = [f for f in Y.columns if f in lex.frames]
    if not common:
        raise EvaluationError(
            f"the lexicon's frames {lex.frame_names} and the gold's frames "
            f"{list(Y.columns)} have none in common: name them alike"
        )
    notes = []
    skipped = [f for f in Y.columns if f not in lex.frames]
    if skipped:
        notes.append(f"gold frames without a lexicon frame, not scored: {skipped}")
    table = frames(data.texts, scheme=lex)
    P = frame_matrix(table, "present")[common].astype(int)
    per_frame, macro = _scores(Y[common], P)
    scores = _macro_scores(macro)
    if data.primary is not None and data.primary.notna().any():
        if set(data.primary.dropna()) - {"none"} <= set(lex.frames):
            dominant = pd.Series(table["dominant"].to_numpy(), index=data.primary.index)
            scores.update(_prefixed(_first_scores(data.primary, dominant)))
        else:
            notes.append("first frame not scored: some primary frames have no lexicon frame")
    return _result(data, scores, per_frame, f"lexicon {scheme_name!r}, zero-shot", notes)


def _cross_validated(
    data: FrameGold,
    splits: list[tuple[np.ndarray, np.ndarray]],
    *,
    method: str,
    scheme: str | Path | Lexicon,
    tune: bool,
    k: int,
    seed: int,
    estimator: FrameClassifier | None,
) -> tuple[pd.DataFrame, pd.Series, list[str]]:
    """Out-of-fold predictions: 0/1 per frame, the first frame, and notes on the choices made."""
    from sklearn.base import clone

    from ..framing.classifier import FrameClassifier
    from ..framing.induction import learn_lexicon

    Y, text_list = data.labels, data.texts.tolist()
    P = pd.DataFrame(0, index=Y.index, columns=Y.columns)
    first_pred = pd.Series(pd.NA, index=Y.index, dtype="string")
    has_primary = data.primary is not None and data.primary.notna().any()
    chosen: list[float] = []
    chosen_first: list[float] = []

    def fit(est: FrameClassifier, texts: list[str], y: Any) -> FrameClassifier:
        if not tune:
            return est.fit(texts, y)
        return _tuned(
            est,
            texts,
            y,
            inner=_INNER_FOLDS,
            scoring="f1_macro",
            grid=_C_GRIDS[est.model],
            seed=seed,
        )

    for train, test in splits:
        tr_texts = [text_list[i] for i in train]
        te_texts = [text_list[i] for i in test]
        Ytr = Y.iloc[train]
        if method == "classifier":
            est = (
                clone(estimator)
                if estimator is not None
                else FrameClassifier(lexicon=scheme, random_state=seed)
            )
            model = fit(est, tr_texts, Ytr)
            chosen.append(model.C)
            P.iloc[test] = model.predict(te_texts)
            if has_primary:
                prim = data.primary.iloc[train]
                ok = prim.notna().to_numpy()
                tr1 = [t for t, o in zip(tr_texts, ok, strict=True) if o]
                m1 = fit(clone(est), tr1, prim[ok].astype(str).to_numpy())
                chosen_first.append(m1.C)
                first_pred.iloc[test] = m1.predict(te_texts)
        else:
            lex = learn_lexicon(tr_texts, Ytr, k=k)
            table = frames(pd.Series(te_texts), scheme=lex)
            pres = frame_matrix(table, "present")
            P.iloc[test] = pres.reindex(columns=Y.columns, fill_value=False).astype(int).to_numpy()
            if has_primary:
                fallback = data.primary.iloc[train].mode().iloc[0]
                first_pred.iloc[test] = table["dominant"].fillna(fallback).to_numpy()
    notes = []
    if method == "classifier" and tune:
        notes.append(f"C chosen by inner 3-fold CV per fold, multi-label: {chosen}")
        if chosen_first:
            notes.append(f"C chosen by inner 3-fold CV per fold, first frame: {chosen_first}")
    if method == "learned":
        notes.append(
            f"k={k} words per frame, hits counted; no hit -> training fold's commonest frame"
        )
    return P, first_pred, notes
