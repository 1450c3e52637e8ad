"""Comparing groups on many metrics at once: effect sizes, intervals, adjusted tests, verdicts."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from .resampling import (
    RandomState,
    _as_float,
    _rng,
    bootstrap_ci,
    cliffs_delta,
    cohens_d,
    holm,
    permutation_test,
)

__all__ = ["compare_groups", "summarize_comparisons"]


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
    >>> tone = [0.5, 0.6, 0.4, 0.55, 0.65, 0.5, -0.2, 0.0, -0.1, 0.1, -0.3, 0.0]
    >>> out = compare_groups(pd.DataFrame({"leaning": ["left"] * 6 + ["right"] * 6, "tone": tone}),
    ...                      by="leaning", reference="right", random_state=0)
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
