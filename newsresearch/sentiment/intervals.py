"""Mean tone per group with bootstrap intervals: :func:`tone_intervals`."""

from __future__ import annotations

import pandas as pd

__all__ = ["tone_intervals"]


def tone_intervals(
    scores: pd.Series,
    by: pd.Series,
    *,
    n_resamples: int = 2000,
    confidence: float = 0.95,
    random_state: int | None = 42,
) -> pd.DataFrame:
    """Mean score per group with a percentile bootstrap interval (documents resampled).

    A thin layer over :func:`newsresearch.stats.bootstrap_ci`, one call per
    group, for the tone-by-outlet and tone-by-leaning figures.

    Returns
    -------
    pandas.DataFrame
        Indexed by group, columns ``n``, ``estimate``, ``low``, ``high``;
        sorted by ``estimate``.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.Series([0.5, 0.4, 0.6, -0.2, -0.3, -0.1])
    >>> t = tone_intervals(s, pd.Series(list("aaabbb")))
    >>> t["n"].tolist(), t["estimate"].round(2).tolist()
    ([3, 3], [-0.2, 0.5])
    """
    from ..stats import bootstrap_ci

    rows = []
    frame = pd.DataFrame({"score": pd.to_numeric(scores, errors="coerce"), "group": by})
    frame = frame.dropna()
    for i, (key, group) in enumerate(frame.groupby("group", sort=True, observed=True)):
        seed = None if random_state is None else random_state + i
        ci = bootstrap_ci(
            group["score"], n_resamples=n_resamples, confidence=confidence, random_state=seed
        )
        rows.append((key, len(group), ci["estimate"], ci["low"], ci["high"]))
    out = pd.DataFrame(rows, columns=["group", "n", "estimate", "low", "high"]).set_index("group")
    out.index.name = getattr(by, "name", None)
    return out.sort_values("estimate")
