"""Agreement between coders, and accuracy of the machine against them.

* :func:`agreement`: Krippendorff's alpha among the coders, of each coder with
  the machine, and of the coders' reference (majority) with the machine,
  computed by the maintained ``krippendorff`` package (Castro's
  implementation of Krippendorff 2011), with the share of units on which all
  available coders agree.
* :func:`validation_pairs`: per unit the human reference (majority of the
  coders, or one coder) beside the machine's answer: the input of
  :func:`accuracy` and of
  :func:`~newsresearch.validation.correction.corrected_prevalence`.
* :func:`accuracy`: precision, recall and F1 per category with percentile
  bootstrap intervals (units resampled; every category's figures from the same
  resamples), accuracy and macro-F1, and the confusion table, as an
  :class:`~newsresearch.evaluation.Evaluation`.

The bootstrap here is written out in numpy rather than through
:func:`newsresearch.stats.bootstrap_ci` because all categories' precision,
recall and F1 come from one set of resampled confusion tables (one
``bincount`` per batch), where ``bootstrap_ci`` resamples once per statistic.

Examples
--------
>>> import pandas as pd
>>> codes = pd.DataFrame({"ana": ["yes", "no", "yes", "no"], "ben": ["yes", "no", "no", "no"]},
...                      index=pd.Index(["u1", "u2", "u3", "u4"], name="unit_id"))
>>> machine = pd.Series(["yes", "no", "yes", "yes"], index=codes.index)
>>> agreement(codes, machine=machine)["alpha"].round(3).tolist()
[0.533, 0.533, 0.125, 0.444]
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..evaluation.result import Evaluation

__all__ = ["AGREEMENT_COLUMNS", "accuracy", "agreement", "confusion", "validation_pairs"]

#: Columns and dtypes of :func:`agreement` (one row per comparison).
AGREEMENT_COLUMNS: dict[str, str] = {
    "comparison": "str",
    "alpha": "float64",
    "percent_agreement": "float64",
    "units": "int64",
    "coders": "int64",
}
LEVELS = ("nominal", "ordinal", "interval", "ratio")


def _domain(
    frames: Sequence[pd.Series | pd.DataFrame], categories: Sequence[str] | None
) -> list[str]:
    if categories is not None:
        return [str(c) for c in categories]
    seen: set[str] = set()
    for f in frames:
        values = f.stack() if isinstance(f, pd.DataFrame) else f
        seen |= {str(v) for v in values.dropna()}
    return sorted(seen)


def _alpha(block: pd.DataFrame, domain: list[str] | None, level: str) -> tuple[float, float, int]:
    """(alpha, percent agreement, units coded by at least two) of units x raters."""
    import krippendorff

    if level in ("interval", "ratio"):
        codes = block.apply(pd.to_numeric, errors="coerce").astype(float)
        domain = None
    else:
        codes = block.apply(lambda col: col.map({c: i for i, c in enumerate(domain)})).astype(float)
    pairable = codes.notna().sum(axis=1) >= 2
    codes = codes[pairable]
    agree = float(codes.nunique(axis=1).eq(1).mean()) if len(codes) else float("nan")
    if len(codes) == 0 or codes.stack().nunique() < 2:
        # One value everywhere: alpha is undefined (no variation to agree on).
        return float("nan"), agree, int(len(codes))
    value = krippendorff.alpha(
        reliability_data=codes.to_numpy().T,
        value_domain=None if domain is None else list(range(len(domain))),
        level_of_measurement=level,
    )
    return float(value), agree, int(len(codes))


def agreement(
    codes: pd.DataFrame,
    *,
    machine: pd.Series | None = None,
    categories: Sequence[str] | None = None,
    level: str = "nominal",
) -> pd.DataFrame:
    """Krippendorff's alpha among the coders, and between each coder and the machine.

    Parameters
    ----------
    codes : DataFrame
        One row per unit, one column per coder (:func:`~newsresearch.validation.read_sheets`);
        missing codes are NA.
    machine : Series, optional
        The machine's answer per unit (same index), e.g. ``sample.set_index("unit_id")["machine"]``.
    categories : sequence of str, optional
        The value domain, in order (needed for ordinal data; default: the values seen, sorted).
    level : {"nominal", "ordinal", "interval", "ratio"}
        Krippendorff's level of measurement.

    Returns
    -------
    DataFrame
        Columns :data:`AGREEMENT_COLUMNS`; rows ``coders`` (with two coders
        or more), ``<coder> vs machine`` for each coder and ``majority vs
        machine`` (with a machine). ``alpha`` is NaN when undefined (a single
        value throughout).
    """
    if level not in LEVELS:
        raise ValueError(f"level {level!r} is invalid; valid values are {list(LEVELS)}")
    codes = codes.astype(object).where(codes.notna(), None)
    if machine is not None:
        machine = machine.astype(object).reindex(codes.index)
        machine = machine.where(machine.notna() & (machine.astype(str) != ""), None)
    domain = _domain([codes] + ([machine] if machine is not None else []), categories)
    rows = []
    if codes.shape[1] >= 2:
        rows.append(("coders", *_alpha(codes, domain, level), codes.shape[1]))
    if machine is not None:
        for coder in codes.columns:
            block = pd.DataFrame({"coder": codes[coder], "machine": machine})
            rows.append((f"{coder} vs machine", *_alpha(block, domain, level), 1))
        if codes.shape[1] >= 2:
            block = pd.DataFrame({"majority": _majority(codes), "machine": machine})
            rows.append(("majority vs machine", *_alpha(block, domain, level), codes.shape[1]))
    out = pd.DataFrame(rows, columns=list(AGREEMENT_COLUMNS))
    return out.astype(AGREEMENT_COLUMNS)


def _majority(codes: pd.DataFrame) -> pd.Series:
    """Per unit the most frequent code; None on a tie or when nobody coded the unit."""

    def vote(row: pd.Series) -> Any:
        counts = row.dropna().value_counts()
        if counts.empty or (len(counts) > 1 and counts.iloc[0] == counts.iloc[1]):
            return None
        return counts.index[0]

    return codes.apply(vote, axis=1).astype(object)


def validation_pairs(
    codes: pd.DataFrame,
    sample: pd.DataFrame,
    *,
    reference: str = "majority",
) -> pd.DataFrame:
    """The human reference and the machine's answer per coded unit.

    Parameters
    ----------
    codes : DataFrame
        Units x coders, from :func:`~newsresearch.validation.read_sheets`.
    sample : DataFrame
        The sample (``unit_id``, ``machine``, ``stratum``, ``weight``).
    reference : str
        ``"majority"`` (the most frequent code; ties and uncoded units are
        left out) or the name of one coder.

    Returns
    -------
    DataFrame
        Index ``unit_id``; columns ``human``, ``machine``, ``stratum``, ``weight``.
    """
    if reference == "majority":
        human = _majority(codes)
    elif reference in codes.columns:
        human = codes[reference].astype(object)
    else:
        raise ValueError(
            f"reference {reference!r} is invalid; valid values are ['majority', "
            f"{', '.join(map(repr, codes.columns))}]"
        )
    keyed = sample.set_index(sample["unit_id"].astype(str))
    out = pd.DataFrame(
        {
            "human": human.to_numpy(),
            "machine": keyed["machine"].reindex(codes.index.astype(str)).to_numpy(),
            "stratum": keyed["stratum"].reindex(codes.index.astype(str)).to_numpy(),
            "weight": keyed["weight"].reindex(codes.index.astype(str)).to_numpy(),
        },
        index=codes.index,
    )
    out = out[out["human"].notna() & (out["human"].astype(str) != "")]
    out.attrs["reference"] = reference
    return out


def confusion(human: pd.Series, machine: pd.Series, categories: Sequence[str]) -> pd.DataFrame:
    """Units per (human code, machine answer): rows human, columns machine, with totals.

    Examples
    --------
    >>> confusion(pd.Series(["a", "b", "b"]), pd.Series(["a", "a", "b"]), ["a", "b"]).values.tolist()
    [[1, 0, 1], [1, 1, 2], [2, 1, 3]]
    """
    table = pd.crosstab(
        pd.Categorical(human.astype(str), categories),
        pd.Categorical(machine.astype(str), categories),
        dropna=False,
        margins=True,
        margins_name="total",
    )
    table.index.name, table.columns.name = "human", "machine"
    return table


def _scores(counts: np.ndarray, k: int) -> np.ndarray:
    """Precision, recall, F1 per category from confusion tables (... x k*k) -> (... x 3 x k)."""
    m = counts.reshape(*counts.shape[:-1], k, k).astype(float)  # [human, machine]
    tp = np.diagonal(m, axis1=-2, axis2=-1)
    predicted, gold = m.sum(axis=-2), m.sum(axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = np.where(predicted > 0, tp / predicted, np.nan)
        r = np.where(gold > 0, tp / gold, np.nan)
        f = np.where(p + r > 0, 2 * p * r / (p + r), 0.0)
    f = np.where(np.isnan(p) | np.isnan(r), np.nan, f)
    return np.stack([p, r, f], axis=-2)


def accuracy(
    pairs: pd.DataFrame,
    *,
    categories: Sequence[str] | None = None,
    n_resamples: int = 2000,
    level: float = 0.95,
    random_state: int | None = 0,
    name: str = "validation",
) -> Evaluation:
    """Precision, recall and F1 of the machine per category, with bootstrap intervals.

    Parameters
    ----------
    pairs : DataFrame
        ``human`` and ``machine`` per unit (:func:`validation_pairs`).
    categories : sequence of str, optional
        The categories, in order (default: those seen, sorted).
    n_resamples : int
        Bootstrap resamples of the units.
    level : float
        Coverage of the percentile intervals.
    random_state : int or None
        Seed.
    name : str
        What was validated, for the report's first line.

    Returns
    -------
    Evaluation
        ``table``: per category ``precision``, ``recall``, ``f1`` each with
        ``_low``/``_high``, and ``support`` (human codes); ``scores``:
        ``accuracy``, ``macro_f1`` and their intervals; ``details["confusion"]``.

    Examples
    --------
    >>> pairs = pd.DataFrame({"human": list("aabbbb"), "machine": list("abbbba")})
    >>> ev = accuracy(pairs, random_state=1)
    >>> ev.table["f1"].round(3).tolist(), round(ev["accuracy"], 3)
    ([0.5, 0.75], 0.667)
    """
    if not 0 < level < 1:
        raise ValueError(f"level must be between 0 and 1, not {level!r}")
    human, machine = pairs["human"].astype(str), pairs["machine"].astype(str)
    cats = _domain([human, machine], categories)
    k, n = len(cats), len(pairs)
    index = {c: i for i, c in enumerate(cats)}
    unknown = sorted((set(human) | set(machine)) - set(index))
    if unknown:
        raise ValueError(f"values {unknown} are not among the categories {cats}")
    cell = (human.map(index) * k + machine.map(index)).to_numpy(dtype=np.int64)
    point = _scores(np.bincount(cell, minlength=k * k), k)
    rng = np.random.default_rng(random_state)
    draws = []
    batch = max(1, 2_000_000 // max(n, 1))
    for start in range(0, n_resamples, batch):
        b = min(batch, n_resamples - start)
        picked = cell[rng.integers(0, n, size=(b, n))] if n else np.zeros((b, 0), dtype=np.int64)
        flat = (np.arange(b)[:, None] * k * k + picked).ravel()
        draws.append(np.bincount(flat, minlength=b * k * k).reshape(b, k * k))
    counts = np.concatenate(draws)
    boot = _scores(counts, k)  # resamples x 3 x k
    tail = (1 - level) / 2
    with warnings.catch_warnings():  # a category absent from a resample: all-NaN slices
        warnings.simplefilter("ignore", RuntimeWarning)
        low, high = np.nanquantile(boot, [tail, 1 - tail], axis=0)
    table = pd.DataFrame(index=pd.Index(cats, name="category"))
    for j, measure in enumerate(("precision", "recall", "f1")):
        table[measure] = point[j]
        table[f"{measure}_low"] = low[j]
        table[f"{measure}_high"] = high[j]
    table["support"] = [int((human == c).sum()) for c in cats]
    correct = np.trace(counts.reshape(-1, k, k), axis1=1, axis2=2) / max(n, 1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        macro = np.nanmean(boot[:, 2, :], axis=1)
    scores = {
        "accuracy": float((human == machine).mean()) if n else float("nan"),
        "accuracy_low": float(np.quantile(correct, tail)),
        "accuracy_high": float(np.quantile(correct, 1 - tail)),
        "macro_f1": float(np.nanmean(point[2])) if k else float("nan"),
        "macro_f1_low": float(np.nanquantile(macro, tail)),
        "macro_f1_high": float(np.nanquantile(macro, 1 - tail)),
    }
    return Evaluation(
        task="machine vs human codes",
        gold=f"{name} ({pairs.attrs.get('reference', 'human')} of the coders)",
        n=n,
        unit="units",
        scores=scores,
        table=table,
        details={"confusion": confusion(human, machine, cats)},
        method=f"{int(level * 100)} % percentile bootstrap over units, {n_resamples} resamples",
    )
