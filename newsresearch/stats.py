"""Effect sizes, bootstrap intervals and permutation tests for comparing outlets.

Everything here is plain numpy under a pandas interface: values in as a Series
(or anything array-like), results out as a Series or DataFrame. Missing values
are dropped. Every function that draws random numbers takes ``random_state``
(an int seed, a :class:`numpy.random.Generator` or None), so a report run with
``seed=42`` gives the same intervals every time.

* :func:`cohens_d` and :func:`cliffs_delta`: effect sizes of a difference
  between two groups (standardised mean difference; probability of
  superiority minus inferiority, robust to skew and outliers).
* :func:`bootstrap_ci`: percentile bootstrap interval of a statistic of one
  sample, or of the difference between two samples (each resampled within
  itself).
* :func:`permutation_test`: two-sided (or one-sided) p-value of a difference
  between two samples under random relabelling.
* :func:`holm`: Holm's step-down adjustment of a family of p-values.
* :func:`compare_groups`: all of the above for every metric and every group of
  a table (one group against the rest, or against a reference group), with a
  verdict column saying which differences hold up;
  :func:`summarize_comparisons` says them in plain language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "STATISTICS",
    "bootstrap_ci",
    "cliffs_delta",
    "cohens_d",
    "compare_groups",
    "holm",
    "permutation_test",
    "summarize_comparisons",
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


def _boot_means(a: np.ndarray, n: int, rng: np.random.Generator, median: bool) -> np.ndarray:
    """Means (or medians) of *n* bootstrap resamples of *a*, computed block by block."""
    out = np.empty(n)
    step = max(1, _BLOCK // max(a.size, 1))
    reduce = np.median if median else np.mean
    for lo in range(0, n, step):
        hi = min(n, lo + step)
        idx = rng.integers(0, a.size, size=(hi - lo, a.size))
        out[lo:hi] = reduce(a[idx], axis=1)
    return out


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
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be between 0 and 1, not {confidence!r}")
    if n_resamples < 1:
        raise ValueError(f"n_resamples must be a positive integer, not {n_resamples!r}")
    rng = _rng(random_state)
    a = _values(x, "x")
    b = None if y is None else _values(y, "y")
    two_sample_stat = statistic in ("cohens_d", "cliffs_delta")
    if two_sample_stat and b is None:
        raise ValueError(f"statistic {statistic!r} compares two groups: pass y as well")
    func = _statistic(statistic)
    if statistic in ("mean", "median"):
        median = statistic == "median"
        draws = _boot_means(a, n_resamples, rng, median)
        if b is not None:
            draws = draws - _boot_means(b, n_resamples, rng, median)
        estimate = func(a) - (func(b) if b is not None else 0.0)
    else:
        pairwise = two_sample_stat or (b is not None and _takes_two(func))
        draws = np.empty(n_resamples)
        for i in range(n_resamples):
            ra = a[rng.integers(0, a.size, a.size)]
            if b is None:
                draws[i] = func(ra)
                continue
            rb = b[rng.integers(0, b.size, b.size)]
            draws[i] = func(ra, rb) if pairwise else func(ra) - func(rb)
        estimate = func(a, b) if pairwise else func(a) - (func(b) if b is not None else 0.0)
    tail = (1 - confidence) / 2
    low, high = (
        np.nanquantile(draws, [tail, 1 - tail]) if np.isfinite(draws).any() else (np.nan,) * 2
    )
    return pd.Series(
        {
            "estimate": float(estimate),
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
    """Permutation test of a difference between two groups.

    The group labels are shuffled *n_resamples* times; the p-value is the share
    of shuffles with a difference at least as extreme as the observed one,
    counting the observed labelling (``(k + 1) / (n_resamples + 1)``), so it is
    never zero.

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
    _check_choice("alternative", alternative, _ALTERNATIVES)
    if n_resamples < 1:
        raise ValueError(f"n_resamples must be a positive integer, not {n_resamples!r}")
    rng = _rng(random_state)
    a, b = _values(x, "x"), _values(y, "y")
    pooled = np.concatenate([a, b])
    n = a.size
    if statistic == "mean":
        observed = a.mean() - b.mean()
        total = pooled.sum()
        null = np.empty(n_resamples)
        step = max(1, _BLOCK // pooled.size)
        for lo in range(0, n_resamples, step):
            hi = min(n_resamples, lo + step)
            shuffled = rng.permuted(np.tile(pooled, (hi - lo, 1)), axis=1)
            first = shuffled[:, :n].sum(axis=1)
            null[lo:hi] = first / n - (total - first) / b.size
    else:
        if callable(statistic):
            func = statistic
        else:
            _check_choice("statistic", statistic, STATISTICS)
            func = {
                "median": lambda p, q: float(np.median(p) - np.median(q)),
                "cohens_d": cohens_d,
                "cliffs_delta": cliffs_delta,
            }[statistic]
        observed = func(a, b)
        null = np.empty(n_resamples)
        for i in range(n_resamples):
            perm = rng.permutation(pooled)
            null[i] = func(perm[:n], perm[n:])
    # A small tolerance so that ties with the observed value count as extreme
    # despite floating-point noise in the sums.
    tol = 1e-12 * max(1.0, abs(float(observed)))
    if alternative == "two-sided":
        extreme = np.abs(null) >= abs(observed) - tol
    elif alternative == "greater":
        extreme = null >= observed - tol
    else:
        extreme = null <= observed + tol
    p = (int(np.sum(extreme)) + 1) / (n_resamples + 1)
    return pd.Series(
        {
            "statistic": float(observed),
            "p_value": float(p),
            "n_resamples": n_resamples,
            "alternative": alternative,
        }
    )


def holm(p_values: Any) -> pd.Series:
    """Holm's step-down adjustment of a family of p-values (index preserved; NaN stays NaN).

    Controls the family-wise error rate without assuming independence.

    Examples
    --------
    >>> holm([0.01, 0.04, 0.03]).round(3).tolist()
    [0.03, 0.06, 0.06]
    """
    p = pd.Series(p_values, dtype=float)
    valid = p.dropna()
    m = len(valid)
    if m == 0:
        return p.copy()
    order = valid.sort_values(kind="mergesort")
    adjusted = np.minimum(1.0, np.maximum.accumulate(order.to_numpy() * (m - np.arange(m))))
    out = p.copy()
    out[order.index] = adjusted
    return out


def _magnitude(delta: float) -> str:
    if np.isnan(delta):
        return ""
    d = abs(delta)
    if d < 0.147:
        return "negligible"
    if d < 0.33:
        return "small"
    if d < 0.474:
        return "medium"
    return "large"


def compare_groups(
    data: pd.DataFrame,
    *,
    by: str,
    metrics: Sequence[str] | None = None,
    reference: str | None = None,
    strata: str | None = None,
    min_n: int = 3,
    n_resamples: int = 2000,
    confidence: float = 0.95,
    alpha: float = 0.05,
    random_state: RandomState = None,
) -> pd.DataFrame:
    """Compare every group of *by* on every metric: effect sizes, intervals, tests, verdicts.

    Each group is compared with all other rows (the default) or with one
    *reference* group. The unit is the row (for us: the article), so write one
    row per article before calling this.

    Parameters
    ----------
    data : DataFrame
        One row per unit, a grouping column and numeric metric columns
        (booleans count as 0/1, so their mean is a share).
    by : str
        The grouping column (for example ``"leaning"`` or ``"outlet"``).
    metrics : list of str, optional
        Columns to compare (default: every numeric or boolean column but *by*).
    reference : str, optional
        A value of *by* to compare the other groups with, instead of "the rest".
    strata : str, optional
        A column (for example ``"story"``): each metric is centred on its mean
        within each stratum before comparing, so that a group is not credited
        with which strata it covers; rows without a stratum are left out.
        ``mean`` and ``mean_other`` are then centred values.
    min_n : int
        Groups (and comparison sets) with fewer non-missing values are skipped.
    n_resamples : int
        Bootstrap resamples and permutations per comparison.
    confidence : float
        Coverage of the bootstrap intervals.
    alpha : float
        Significance level for the verdict, after Holm's adjustment over all
        the rows of the result.
    random_state : int, numpy Generator or None
        Seed; each comparison draws from one generator seeded by it.

    Returns
    -------
    pandas.DataFrame
        One row per (metric, group): ``metric``, ``group``, ``compared_with``,
        ``n``, ``n_other``, ``mean``, ``mean_other``, ``difference`` (group
        minus other), ``ci_low``, ``ci_high`` (bootstrap interval of the
        difference), ``cohens_d``, ``cliffs_delta``, ``magnitude`` (of Cliff's
        delta), ``p_value`` (permutation test of the difference in means),
        ``p_adjusted`` (Holm) and ``holds_up`` (adjusted p below *alpha* and
        interval excluding zero).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"leaning": ["left"] * 6 + ["right"] * 6,
    ...                    "tone": [0.5, 0.6, 0.4, 0.55, 0.65, 0.5, -0.2, 0.0, -0.1, 0.1, -0.3, 0.0]})
    >>> out = compare_groups(df, by="leaning", reference="right", random_state=0)
    >>> out[["group", "compared_with", "difference", "holds_up"]].round(2).values.tolist()
    [['left', 'right', 0.62, True]]
    """
    if by not in data.columns:
        raise ValueError(f"by={by!r} is invalid; valid values are {sorted(map(str, data.columns))}")
    if metrics is None:
        metrics = [
            c
            for c in data.columns
            if c != by
            and (pd.api.types.is_numeric_dtype(data[c]) or pd.api.types.is_bool_dtype(data[c]))
        ]
    unknown = sorted(set(metrics) - set(data.columns))
    if unknown:
        raise ValueError(
            f"metrics {unknown} are invalid; valid values are {sorted(map(str, data.columns))}"
        )
    if strata is not None:
        if strata not in data.columns:
            raise ValueError(
                f"strata={strata!r} is invalid; valid values are {sorted(map(str, data.columns))}"
            )
        data = data[data[strata].notna()]
    groups = data[by].dropna()
    labels = list(pd.unique(groups))
    if reference is not None and reference not in labels:
        raise ValueError(
            f"reference {reference!r} is invalid; valid values are {sorted(map(str, labels))}"
        )
    rng = _rng(random_state)
    rows = []
    for metric in metrics:
        values = _as_float(data[metric])
        if strata is not None:
            values = values - values.groupby(data[strata]).transform("mean")
        for label in labels:
            if label == reference:
                continue
            mine = values[data[by] == label].dropna()
            if reference is None:
                other = values[(data[by] != label) & data[by].notna()].dropna()
            else:
                other = values[data[by] == reference].dropna()
            if len(mine) < min_n or len(other) < min_n:
                continue
            ci = bootstrap_ci(
                mine, other, n_resamples=n_resamples, confidence=confidence, random_state=rng
            )
            test = permutation_test(mine, other, n_resamples=n_resamples, random_state=rng)
            delta = cliffs_delta(mine, other)
            rows.append(
                {
                    "metric": metric,
                    "group": label,
                    "compared_with": "rest" if reference is None else reference,
                    "n": len(mine),
                    "n_other": len(other),
                    "mean": float(mine.mean()),
                    "mean_other": float(other.mean()),
                    "difference": ci["estimate"],
                    "ci_low": ci["low"],
                    "ci_high": ci["high"],
                    "cohens_d": cohens_d(mine, other),
                    "cliffs_delta": delta,
                    "magnitude": _magnitude(delta),
                    "p_value": test["p_value"],
                }
            )
    columns = [
        "metric",
        "group",
        "compared_with",
        "n",
        "n_other",
        "mean",
        "mean_other",
        "difference",
        "ci_low",
        "ci_high",
        "cohens_d",
        "cliffs_delta",
        "magnitude",
        "p_value",
        "p_adjusted",
        "holds_up",
    ]
    out = pd.DataFrame(rows, columns=columns[:-2])
    out["p_adjusted"] = holm(out["p_value"]) if len(out) else pd.Series(dtype=float)
    excludes_zero = (out["ci_low"] > 0) | (out["ci_high"] < 0)
    out["holds_up"] = (out["p_adjusted"] < alpha) & excludes_zero
    out.attrs.update(
        {
            "by": by,
            "reference": reference,
            "strata": strata,
            "alpha": alpha,
            "confidence": confidence,
        }
    )
    return out[columns]


def _fmt_diff(value: float, unit: str, *, with_unit: bool = True) -> str:
    if unit == "%":
        return f"{100 * value:+.1f}" + (" percentage points" if with_unit else "")
    return f"{value:+.3g}" + (f" {unit}" if unit and with_unit else "")


def _fmt_level(value: float, unit: str) -> str:
    if unit == "%":
        return f"{100 * value:.1f} %"
    return f"{value:.3g}" + (f" {unit}" if unit else "")


def summarize_comparisons(
    table: pd.DataFrame,
    *,
    labels: dict[str, str] | None = None,
    units: dict[str, str] | None = None,
    group_format: str = "{}",
) -> list[str]:
    """Plain-language sentences for the differences in a :func:`compare_groups` table that hold up.

    Parameters
    ----------
    table : DataFrame
        The output of :func:`compare_groups`.
    labels : dict, optional
        Readable names of metrics (``{"density_conflict": "conflict-frame density"}``).
    units : dict, optional
        Units of metrics: ``"%"`` for shares (differences shown in percentage
        points), or a word such as ``"per 1,000 words"``.
    group_format : str
        How a group is named in a sentence (``"{} outlets"`` for leanings).

    Returns
    -------
    list of str
        One sentence per difference that holds up, largest Cliff's delta first;
        then one sentence on how many comparisons did not.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"leaning": ["left"] * 6 + ["right"] * 6,
    ...                    "tone": [0.5, 0.6, 0.4, 0.55, 0.65, 0.5, -0.2, 0.0, -0.1, 0.1, -0.3, 0.0]})
    >>> out = compare_groups(df, by="leaning", reference="right", random_state=0)
    >>> summarize_comparisons(out, labels={"tone": "mean tone"}, group_format="{} outlets")[0][:74]
    'Articles from left outlets have a higher mean tone than those from right o'
    """
    labels = labels or {}
    units = units or {}
    if table.empty:
        return ["No group had enough articles to compare."]
    held = table[table["holds_up"]].copy()
    held = held.reindex(held["cliffs_delta"].abs().sort_values(ascending=False).index)
    sentences = []
    for _, row in held.iterrows():
        metric = str(row["metric"])
        name = labels.get(metric, metric)
        unit = units.get(metric, "")
        other = (
            "the other articles"
            if row["compared_with"] == "rest"
            else "those from " + group_format.format(row["compared_with"])
        )
        direction = "higher" if row["difference"] > 0 else "lower"
        level, other_level = _fmt_level(row["mean"], unit), _fmt_level(row["mean_other"], unit)
        coverage = int(round(100 * table.attrs.get("confidence", 0.95)))
        sentences.append(
            f"Articles from {group_format.format(row['group'])} have a {direction} {name} than {other}: "
            f"{level} against {other_level} (difference {_fmt_diff(row['difference'], unit)}, "
            f"{coverage} % interval {_fmt_diff(row['ci_low'], unit, with_unit=False)} to "
            f"{_fmt_diff(row['ci_high'], unit, with_unit=False)}; Cliff's delta {row['cliffs_delta']:+.2f}, "
            f"{row['magnitude']}; Holm-adjusted p = {row['p_adjusted']:.3f})."
        )
    rest = len(table) - len(held)
    if rest:
        sentences.append(
            f"The other {rest} of {len(table)} comparisons do not hold up: their differences are "
            "within what random relabelling of the articles produces, or their interval includes zero."
        )
    return sentences
