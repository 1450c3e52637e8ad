"""The matplotlib figures the notebooks show. Each returns the Axes it drew on."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes

LEANING_COLOURS = {
    "left": "#2166ac",
    "lean left": "#67a9cf",
    "center": "#8c8c8c",
    "lean right": "#ef8a62",
    "right": "#b2182b",
    "mixed": "#7b3294",
}


def _axes(ax: Axes | None, size: tuple[float, float] = (8, 4)) -> Axes:
    if ax is None:
        _, ax = plt.subplots(figsize=size)
    return ax


def bar_counts(
    counts: pd.Series, *, title: str, xlabel: str = "articles", ax: Axes | None = None
) -> Axes:
    """Horizontal bars of counts, largest at the top.

    Examples
    --------
    >>> import pandas as pd
    >>> ax = bar_counts(pd.Series({"A": 3, "B": 1}), title="Articles per outlet")
    >>> ax.get_title()
    'Articles per outlet'
    """
    counts = counts.sort_values()
    ax = _axes(ax, (8, max(2.5, 0.35 * len(counts) + 1)))
    colours = [LEANING_COLOURS.get(str(k).lower(), "#4c72b0") for k in counts.index]
    ax.barh([str(k) for k in counts.index], counts.to_numpy(), color=colours)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    for y, v in enumerate(counts.to_numpy()):
        ax.text(v, y, f" {v:,}", va="center", fontsize=9)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def monthly_counts(
    published: pd.Series, *, by: pd.Series | None = None, ax: Axes | None = None
) -> Axes:
    """Articles per month, optionally stacked by a grouping (such as leaning)."""
    ax = _axes(ax)
    months = published.dt.tz_convert(None).dt.to_period("M")
    if by is None:
        table = months.value_counts().sort_index().to_frame("articles")
    else:
        table = pd.crosstab(months, by.fillna("unknown"))
        order = [c for c in LEANING_COLOURS if c in table.columns]
        table = table[order + [c for c in table.columns if c not in order]]
    colours = [LEANING_COLOURS.get(str(c), "#4c72b0") for c in table.columns]
    table.index = table.index.astype(str)
    table.plot(kind="bar", stacked=True, ax=ax, color=colours, width=0.8)
    ax.set_title("Articles per month")
    ax.set_xlabel("month")
    ax.set_ylabel("articles")
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def length_histogram(words: pd.Series, *, ax: Axes | None = None, bins: int = 30) -> Axes:
    """Distribution of article lengths in words, with the median marked."""
    ax = _axes(ax)
    ax.hist(words.dropna(), bins=bins, color="#4c72b0", edgecolor="white")
    median = float(words.median()) if len(words) else 0.0
    ax.axvline(median, color="#222", linestyle="--", linewidth=1)
    ax.text(median, ax.get_ylim()[1] * 0.95, f" median {median:,.0f}", fontsize=9)
    ax.set_title("Article length")
    ax.set_xlabel("words")
    ax.set_ylabel("articles")
    ax.spines[["top", "right"]].set_visible(False)
    return ax
