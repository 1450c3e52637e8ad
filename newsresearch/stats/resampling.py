"""Effect sizes, bootstrap intervals, permutation tests and Holm's correction (the building blocks).

Resampling is scipy's and the correction statsmodels', both imported when first
used. See :mod:`newsresearch.stats` for the overview.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "GROUP_INTERVAL_COLUMNS",
    "STATISTICS",
    "bootstrap_ci",
    "cliffs_delta",
    "cohens_d",
    "group_intervals",
    "holm",
    "permutation_test",
]


RandomState = int | np.random.Generator | None

#: Statistics accepted by name in :func:`bootstrap_ci` and :func:`permutation_test`.
STATISTICS = ("mean", "median", "cohens_d", "cliffs_delta")
_ALTERNATIVES = ("two-sided", "greater", "less")
# Resampling works on blocks of at most this many numbers, so that a corpus of
# tens of thousands of articles does not need a resamples x articles matrix.
_BLOCK = 2_000_000


def _as_float(values: Any) -> pd.Series:
    """Numbers (booleans as 0/1) as a float Series; anything else becomes NaN."""
    s = values if isinstance(values, pd.Series) else pd.Series(np.asarray(values, dtype=object))
    if pd.api.types.is_bool_dtype(s.dtype) or pd.api.types.is_numeric_dtype(s.dtype):
        return pd.Series(s.astype("Float64").to_numpy(dtype=float, na_value=np.nan), index=s.index)
    return pd.to_numeric(s.astype(object), errors="coerce").astype(float)


def _values(x: Any, name: str) -> np.ndarray:
    """A float array without missing values; raise when nothing is left."""
    arr = _as_float(x).to_numpy(dtype=float)
    arr = arr[~np.isnan(arr)]
    if arr.size == 0:
        raise ValueError(f"{name} has no numeric values (after dropping missing ones)")
    return arr


def _rng(random_state: RandomState) -> np.random.Generator:
    if isinstance(random_state, np.random.Generator):
        return random_state
    return np.random.default_rng(random_state)


def _check_choice(name: str, value: str, valid: Sequence[str]) -> None:
    if value not in valid:
        raise ValueError(f"{name} {value!r} is invalid; valid values are {list(valid)}")


def cohens_d(x: Any, y: Any) -> float:
    """Cohen's d: difference in means divided by the pooled standard deviation.

    Returns NaN when the pooled standard deviation is zero or a group has fewer
    than two values.

    Examples
    --------
    >>> round(cohens_d([2, 4, 6], [1, 2, 3]), 3)
    1.265
    """
    a, b = _values(x, "x"), _values(y, "y")
    if a.size < 2 or b.size < 2:
        return float("nan")
    pooled = ((a.size - 1) * a.var(ddof=1) + (b.size - 1) * b.var(ddof=1)) / (a.size + b.size - 2)
    if pooled <= 0:
        return float("nan")
    return float((a.mean() - b.mean()) / np.sqrt(pooled))


def cliffs_delta(x: Any, y: Any) -> float:
    """Cliff's delta: P(x > y) - P(x < y) over all pairs, from -1 to 1 (ties count zero).

    Conventional reading of ``|delta|``: below 0.147 negligible, below 0.33
    small, below 0.474 medium, otherwise large (Romano et al. 2006).

    Examples
    --------
    >>> cliffs_delta([3, 4, 5], [1, 2, 3])
    0.8888888888888888
    >>> cliffs_delta([1, 2], [1, 2])
    0.0
    """
    a, b = _values(x, "x"), np.sort(_values(y, "y"))
    below = np.searchsorted(b, a, side="left")  # y values smaller than each x
    above = b.size - np.searchsorted(b, a, side="right")  # y values larger than each x
    return float((below.sum() - above.sum()) / (a.size * b.size))


def _statistic(name: str | Callable[..., float]) -> Callable[..., float]:
    if callable(name):
        return name
    _check_choice("statistic", name, STATISTICS)
    return {
        "mean": np.mean,
        "median": np.median,
        "cohens_d": cohens_d,
        "cliffs_delta": cliffs_delta,
    }[name]


def _mean_difference(x: np.ndarray, y: np.ndarray, axis: int = -1) -> np.ndarray:
    return np.mean(x, axis=axis) - np.mean(y, axis=axis)


def _median_difference(x: np.ndarray, y: np.ndarray, axis: int = -1) -> np.ndarray:
    return np.median(x, axis=axis) - np.median(y, axis=axis)


def _batch(*samples: np.ndarray) -> int:
    """Resamples per batch, so that one batch holds at most :data:`_BLOCK` numbers."""
    return max(1, _BLOCK // max(1, sum(s.size for s in samples)))


def _resampling_plan(
    statistic: str | Callable[..., float], a: np.ndarray, b: np.ndarray | None
) -> tuple[tuple[np.ndarray, ...], Callable[..., Any], bool, Callable[..., float]]:
    """What :func:`bootstrap_ci` hands to scipy: samples, statistic, vectorised, and the estimate."""
    if statistic in ("mean", "median"):
        one = np.mean if statistic == "mean" else np.median
        if b is None:
            return (a,), one, True, lambda: float(one(a))
        two = _mean_difference if statistic == "mean" else _median_difference
        return (a, b), two, True, lambda: float(two(a, b))
    func = _statistic(statistic)
    if b is None:
        return (a,), func, False, lambda: float(func(a))
    if statistic in ("cohens_d", "cliffs_delta") or _takes_two(func):
        return (a, b), func, False, lambda: float(func(a, b))

    def difference(p: np.ndarray, q: np.ndarray) -> float:
        return float(func(p) - func(q))

    return (a, b), difference, False, lambda: difference(a, b)


def bootstrap_ci(
    x: Any,
    y: Any = None,
    *,
    statistic: str | Callable[..., float] = "mean",
    n_resamples: int = 2000,
    confidence: float = 0.95,
    random_state: RandomState = None,
) -> pd.Series:
    """Percentile bootstrap confidence interval of a statistic, or of a two-group difference.

    Resampling is :func:`scipy.stats.bootstrap` (``method="percentile"``; with
    two groups each is resampled within itself).

    Parameters
    ----------
    x : array-like or Series
        The values (missing values are dropped).
    y : array-like or Series, optional
        A second group. Then the interval is for ``stat(x) - stat(y)`` when
        *statistic* is ``"mean"``, ``"median"`` or a one-sample callable, and
        for the effect size itself when it is ``"cohens_d"`` or
        ``"cliffs_delta"``. Each group is resampled within itself.
    statistic : {"mean", "median", "cohens_d", "cliffs_delta"} or callable
        A callable takes one array (one-sample statistics) or two arrays (when
        *y* is given and the callable accepts two arguments).
    n_resamples : int
        Number of bootstrap resamples.
    confidence : float
        Coverage of the interval, between 0 and 1.
    random_state : int, numpy Generator or None
        Seed for the resampling.

    Returns
    -------
    pandas.Series
        ``estimate`` (the statistic on the data), ``low``, ``high``,
        ``n_resamples`` and ``confidence``.

    Examples
    --------
    >>> ci = bootstrap_ci([1, 2, 3, 4, 5], random_state=0)
    >>> float(ci["estimate"]), bool(ci["low"] <= 3 <= ci["high"])
    (3.0, True)
    >>> diff = bootstrap_ci([5, 6, 7, 8], [1, 2, 3, 4], random_state=0)
    >>> float(diff["estimate"]), bool(diff["low"] > 0)
    (4.0, True)
    """
    from scipy.stats import DegenerateDataWarning, bootstrap

    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be between 0 and 1, not {confidence!r}")
    if n_resamples < 1:
        raise ValueError(f"n_resamples must be a positive integer, not {n_resamples!r}")
    a = _values(x, "x")
    b = None if y is None else _values(y, "y")
    if statistic in ("cohens_d", "cliffs_delta") and b is None:
        raise ValueError(f"statistic {statistic!r} compares two groups: pass y as well")
    samples, func, vectorized, estimate = _resampling_plan(statistic, a, b)
    # scipy needs two values per sample; a single value resamples to itself anyway.
    samples = tuple(np.repeat(s, 2) if s.size == 1 else s for s in samples)
    with warnings.catch_warnings():
        # Constant data give a point distribution; its interval (low == high) is right.
        warnings.simplefilter("ignore", DegenerateDataWarning)
        res = bootstrap(
            samples,
            func,
            n_resamples=n_resamples,
            batch=_batch(*samples),
            vectorized=vectorized,
            confidence_level=confidence,
            method="percentile",
            rng=_rng(random_state),
        )
    low, high = res.confidence_interval
    draws = np.asarray(res.bootstrap_distribution, dtype=float)
    if np.isnan(draws).any():
        # scipy's percentiles are NaN as soon as one resample is (an effect size of two
        # constant resamples); like before, the interval is taken over the defined ones.
        tail = (1 - confidence) / 2
        finite = np.isfinite(draws).any()
        low, high = np.nanquantile(draws, [tail, 1 - tail]) if finite else (np.nan, np.nan)
    return pd.Series(
        {
            "estimate": estimate(),
            "low": float(low),
            "high": float(high),
            "n_resamples": n_resamples,
            "confidence": confidence,
        }
    )


def _takes_two(func: Callable[..., float]) -> bool:
    import inspect

    try:
        params = inspect.signature(func).parameters.values()
    except (TypeError, ValueError):
        return False
    positional = [
        p
        for p in params
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty
    ]
    return len(positional) >= 2


def permutation_test(
    x: Any,
    y: Any,
    *,
    statistic: str | Callable[..., float] = "mean",
    n_resamples: int = 2000,
    alternative: str = "two-sided",
    random_state: RandomState = None,
) -> pd.Series:
    """Permutation test of a difference between two groups (:func:`scipy.stats.permutation_test`).

    The group labels are shuffled *n_resamples* times; the p-value is the share
    of shuffles with a difference at least as extreme as the observed one,
    counting the observed labelling (``(k + 1) / (n_resamples + 1)``), so it is
    never zero. When the groups have fewer distinct relabellings than
    *n_resamples*, every relabelling is used once (an exact test). A two-sided
    p-value is twice the smaller one-sided one (at most 1).

    Parameters
    ----------
    x, y : array-like or Series
        The two groups (missing values are dropped).
    statistic : {"mean", "median", "cohens_d", "cliffs_delta"} or callable
        ``"mean"`` and ``"median"`` test ``stat(x) - stat(y)``; the effect sizes
        test themselves; a callable takes ``(x, y)`` and returns a number.
    n_resamples : int
        Number of random relabellings.
    alternative : {"two-sided", "greater", "less"}
        ``"greater"`` tests whether x tends to be larger than y.
    random_state : int, numpy Generator or None
        Seed for the shuffles.

    Returns
    -------
    pandas.Series
        ``statistic`` (observed), ``p_value``, ``n_resamples`` and ``alternative``.

    Examples
    --------
    >>> res = permutation_test([5, 6, 7, 8, 9], [1, 2, 3, 4, 5], random_state=0)
    >>> res["statistic"], bool(res["p_value"] < 0.05)
    (4.0, True)
    >>> bool(permutation_test([1, 2, 3], [1, 2, 3], random_state=0)["p_value"] > 0.5)
    True
    """
    from scipy.stats import permutation_test as scipy_permutation_test

    _check_choice("alternative", alternative, _ALTERNATIVES)
    if n_resamples < 1:
        raise ValueError(f"n_resamples must be a positive integer, not {n_resamples!r}")
    a, b = _values(x, "x"), _values(y, "y")
    vectorized = statistic in ("mean", "median")
    if statistic == "mean":
        func: Callable[..., Any] = _mean_difference
    elif statistic == "median":
        func = _median_difference
    elif callable(statistic):
        func = statistic
    else:
        _check_choice("statistic", statistic, STATISTICS)
        func = {"cohens_d": cohens_d, "cliffs_delta": cliffs_delta}[statistic]
    res = scipy_permutation_test(
        (a, b),
        func,
        permutation_type="independent",
        vectorized=vectorized,
        n_resamples=n_resamples,
        batch=_batch(a, b),
        alternative=alternative,
        rng=_rng(random_state),
    )
    return pd.Series(
        {
            "statistic": float(res.statistic),
            "p_value": float(res.pvalue),
            "n_resamples": n_resamples,
            "alternative": alternative,
        }
    )


def holm(p_values: Any) -> pd.Series:
    """Holm's step-down adjustment of a family of p-values (index preserved; NaN stays NaN).

    Controls the family-wise error rate without assuming independence. The
    adjustment is statsmodels' ``multipletests(method="holm")``; missing
    p-values are left out of the family.

    Examples
    --------
    >>> holm([0.01, 0.04, 0.03]).round(3).tolist()
    [0.03, 0.06, 0.06]
    """
    p = pd.Series(p_values, dtype=float)
    valid = p.dropna()
    out = p.copy()
    if valid.empty:
        return out
    from statsmodels.stats.multitest import multipletests

    out[valid.index] = multipletests(valid.to_numpy(), method="holm")[1]
    return out


#: Columns and dtypes of :func:`group_intervals`.
GROUP_INTERVAL_COLUMNS: dict[str, str] = {
    "group": "object",
    "n": "int64",
    "estimate": "float64",
    "low": "float64",
    "high": "float64",
}


def group_intervals(
    values: Any,
    groups: Any,
    *,
    statistic: str | Callable[..., float] = "mean",
    level: float = 0.95,
    n_resamples: int = 2000,
    random_state: RandomState = 0,
) -> pd.DataFrame:
    """A statistic per group with a percentile bootstrap interval (units resampled within groups).

    The one grouped-interval helper of the package: share of articles with a
    frame per outlet (values 0/1, ``statistic="mean"``), mean tone per leaning,
    and so on. Each group is one :func:`bootstrap_ci` call; all groups draw,
    in group order, from one generator seeded by *random_state*, so a seed
    gives the same table every time.

    Parameters
    ----------
    values : array-like or Series
        One number per unit (booleans count as 0/1); missing values are left out.
    groups : array-like or Series
        The group of each unit, aligned with *values* by position (or by index
        when both are Series); units without a group are left out.
    statistic : {"mean", "median"} or callable
        A one-sample statistic.
    level : float
        Coverage of the intervals, between 0 and 1.
    n_resamples : int
        Bootstrap resamples per group.
    random_state : int, numpy Generator or None
        Seed for the resampling.

    Returns
    -------
    pandas.DataFrame
        One row per group with at least one value, groups sorted; columns
        :data:`GROUP_INTERVAL_COLUMNS` (``group``, ``n``, ``estimate``,
        ``low``, ``high``) and a default index. Empty input gives an empty
        table with the same columns and dtypes.

    Examples
    --------
    >>> t = group_intervals([0.5, 0.4, 0.6, -0.2, -0.3, -0.1], list("aaabbb"), random_state=1)
    >>> t[["group", "n", "estimate"]].round(2).values.tolist()
    [['a', 3, 0.5], ['b', 3, -0.2]]
    >>> bool((t["low"] <= t["estimate"]).all() and (t["estimate"] <= t["high"]).all())
    True
    """
    if statistic in ("cohens_d", "cliffs_delta"):
        raise ValueError(f"statistic {statistic!r} compares two groups; use compare_groups")
    if isinstance(values, pd.Series) and isinstance(groups, pd.Series):
        frame = pd.DataFrame({"value": _as_float(values), "group": groups})  # aligned by index
    else:
        numbers, labels = _as_float(values).to_numpy(), pd.Series(list(groups), dtype=object)
        if len(labels) != len(numbers):
            raise ValueError(f"values ({len(numbers)}) and groups ({len(labels)}) differ in length")
        frame = pd.DataFrame({"value": numbers, "group": labels})
    frame = frame.dropna()
    rng = _rng(random_state)
    rows = []
    for key, block in frame.groupby("group", sort=True, observed=True)["value"]:
        ci = bootstrap_ci(
            block.to_numpy(),
            statistic=statistic,
            n_resamples=n_resamples,
            confidence=level,
            random_state=rng,
        )
        rows.append((key, len(block), ci["estimate"], ci["low"], ci["high"]))
    out = pd.DataFrame(rows, columns=list(GROUP_INTERVAL_COLUMNS))
    return out.astype(GROUP_INTERVAL_COLUMNS)
