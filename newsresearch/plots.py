"""The matplotlib figures the notebooks show. Each returns the Axes it drew on."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

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


def _finish(
    ax: Axes,
    *,
    title: str | None = None,
    xlabel: str | None = None,
    ylabel: str | None = None,
    legend: bool | list = False,
) -> Axes:
    """Labels, a small frameless legend outside the plot on the right, no top/right spines.

    *legend*: ``True`` for the axes' own handles, a list of handles, or ``False``.
    """
    if title is not None:
        ax.set_title(title)
    if xlabel is not None:
        ax.set_xlabel(xlabel)
    if ylabel is not None:
        ax.set_ylabel(ylabel)
    if legend:
        handles = {} if legend is True else {"handles": legend}
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False, **handles)
    ax.spines[["top", "right"]].set_visible(False)
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
    for y, v in enumerate(counts.to_numpy()):
        ax.text(v, y, f" {v:,}", va="center", fontsize=9)
    return _finish(ax, title=title, xlabel=xlabel)


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
    return _finish(ax, title="Articles per month", xlabel="month", ylabel="articles")


def length_histogram(words: pd.Series, *, ax: Axes | None = None, bins: int = 30) -> Axes:
    """Distribution of article lengths in words, with the median marked."""
    ax = _axes(ax)
    ax.hist(words.dropna(), bins=bins, color="#4c72b0", edgecolor="white")
    median = float(words.median()) if len(words) else 0.0
    ax.axvline(median, color="#222", linestyle="--", linewidth=1)
    ax.text(median, ax.get_ylim()[1] * 0.95, f" median {median:,.0f}", fontsize=9)
    return _finish(ax, title="Article length", xlabel="words", ylabel="articles")


def heatmap(
    table: pd.DataFrame,
    *,
    title: str,
    fmt: str = "{:.2f}",
    cmap: str = "RdBu",
    center: float | None = None,
    ax: Axes | None = None,
) -> Axes:
    """A labelled heatmap of a small table (rows x columns), values written in the cells.

    Examples
    --------
    >>> import pandas as pd
    >>> ax = heatmap(pd.DataFrame({"a": [0.1, -0.2]}, index=["x", "y"]), title="t", center=0)
    >>> ax.get_title()
    't'
    """
    values = table.to_numpy(dtype=float)
    ax = _axes(ax, (1.2 + 0.9 * table.shape[1], 1.0 + 0.45 * table.shape[0]))
    if center is not None and values.size:
        span = (
            max(abs(float(np.nanmin(values)) - center), abs(float(np.nanmax(values)) - center))
            or 1.0
        )
        image = ax.imshow(values, cmap=cmap, vmin=center - span, vmax=center + span, aspect="auto")
    else:
        image = ax.imshow(values, cmap=cmap, aspect="auto")
    ax.set_xticks(range(table.shape[1]), [str(c) for c in table.columns], rotation=40, ha="right")
    ax.set_yticks(range(table.shape[0]), [str(i) for i in table.index])
    for (i, j), v in np.ndenumerate(values):
        if v == v:  # not NaN
            ax.text(j, i, fmt.format(v), ha="center", va="center", fontsize=8)
    ax.figure.colorbar(image, ax=ax, shrink=0.8)
    ax.set_title(title)
    return ax


def stacked_shares(table: pd.DataFrame, *, title: str, ax: Axes | None = None) -> Axes:
    """Horizontal 100 % stacked bars: one bar per row, segments per column."""
    ax = _axes(ax, (9, 0.5 * len(table) + 1.8))
    table.plot(kind="barh", stacked=True, ax=ax, width=0.75, colormap="tab20")
    ax.set_xlim(0, 1)
    return _finish(ax, title=title, xlabel="share", legend=True)


STANCE_COLOURS = {
    "accusation": "#b2182b",
    "denial": "#ef8a62",
    "assertive": "#7b3294",
    "concession": "#1b7837",
    "question": "#2166ac",
    "neutral": "#9e9e9e",
    "other": "#c2a5cf",
    "negative": "#b2182b",
    "positive": "#1b7837",
}


def stance_network(
    triples: pd.DataFrame, *, top: int = 8, colour: str = "cue_stance", ax: Axes | None = None
) -> Axes:
    """Who speaks about whom: the top actors on a circle, an arrow per speaker -> target pair.

    Arrow width is the number of triples; colour is the most common value of
    *colour* (``cue_stance``, or ``sentiment`` for the polarity toward the target).
    *triples* is the output of :func:`newsresearch.stance_triples`.
    """

    ax = _axes(ax, (8, 8))
    ax.set_axis_off()
    people = triples[triples["speaker"].notna() & (triples["speaker"] != "anonymous")]
    counts = pd.concat([people["speaker"], people["target"]]).value_counts()
    nodes = list(counts.head(top).index)
    if not nodes:
        ax.set_title("Who speaks about whom (no pairs found)")
        return ax
    angle = np.linspace(0, 2 * np.pi, len(nodes), endpoint=False)
    pos = {n: (np.cos(a), np.sin(a)) for n, a in zip(nodes, angle, strict=True)}
    edges = people[people["speaker"].isin(nodes) & people["target"].isin(nodes)]
    grouped = edges.groupby(["speaker", "target"])[colour].agg(["size", lambda s: s.mode().iloc[0]])
    grouped.columns = ["n", "stance"]
    for (src, dst), row in grouped.iterrows():
        (x0, y0), (x1, y1) = pos[src], pos[dst]
        ax.annotate(
            "",
            xy=(x1 * 0.88, y1 * 0.88),
            xytext=(x0 * 0.88, y0 * 0.88),
            arrowprops={
                "arrowstyle": "-|>",
                "lw": 0.8 + 1.2 * row["n"],
                "color": STANCE_COLOURS.get(row["stance"], "#666"),
                "alpha": 0.75,
                "connectionstyle": "arc3,rad=0.12",
            },
        )
    for n, (x, y) in pos.items():
        ax.scatter([x], [y], s=60 + 25 * counts[n], color="#333", zorder=3)
        ax.text(x * 1.13, y * 1.13, n, ha="center", va="center", fontsize=9)
    handles = [
        Line2D([], [], color=c, lw=3, label=s)
        for s, c in STANCE_COLOURS.items()
        if s in set(grouped["stance"])
    ]
    ax.legend(handles=handles, loc="lower center", ncol=4, frameon=False, fontsize=8)
    ax.set_xlim(-1.4, 1.4)
    ax.set_ylim(-1.4, 1.4)
    ax.set_title("Who speaks about whom (arrow: source -> target)")
    return ax


def effect_forest(
    table: pd.DataFrame,
    *,
    title: str,
    labels: dict[str, str] | None = None,
    scale: float = 1.0,
    unit: str = "",
    ax: Axes | None = None,
) -> Axes:
    """Differences with their intervals, one line per (metric, group) of a comparison table.

    *table* is the output of :func:`newsresearch.stats.compare_groups`.
    Differences that hold up are drawn dark, the others grey; *scale*
    multiplies the values (100 turns shares into percentage points).

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"metric": ["tone"], "group": ["left"], "difference": [0.2],
    ...                   "ci_low": [0.1], "ci_high": [0.3], "holds_up": [True]})
    >>> effect_forest(t, title="Tone").get_title()
    'Tone'
    """
    labels = labels or {}
    rows = table.reset_index(drop=True)
    ax = _axes(ax, (8, max(2.5, 0.32 * len(rows) + 1.2)))
    y = np.arange(len(rows))[::-1]
    for yi, (_, row) in zip(y, rows.iterrows(), strict=True):
        colour = "#1f3b73" if bool(row["holds_up"]) else "#a0a0a0"
        ax.plot(
            [row["ci_low"] * scale, row["ci_high"] * scale], [yi, yi], color=colour, linewidth=2
        )
        ax.plot(row["difference"] * scale, yi, "o", color=colour, markersize=5)
    names = [
        f"{labels.get(str(m), str(m))}: {g}"
        for m, g in zip(rows["metric"], rows["group"], strict=True)
    ]
    ax.set_yticks(y, names, fontsize=8)
    ax.axvline(0, color="#222", linewidth=0.8)
    handles = [
        Line2D([], [], color="#1f3b73", lw=2, marker="o", label="holds up"),
        Line2D([], [], color="#a0a0a0", lw=2, marker="o", label="does not hold up"),
    ]
    xlabel = "difference from the comparison group" + (f" ({unit})" if unit else "")
    return _finish(ax, title=title, xlabel=xlabel, legend=handles)


def frame_prevalence(
    table: pd.DataFrame,
    *,
    title: str,
    xlabel: str = "share of articles with the frame",
    ax: Axes | None = None,
) -> Axes:
    """Frame prevalence per group with intervals: one row per frame, one dot per group.

    *table* is the output of :func:`newsresearch.framing.prevalence` (``group``,
    ``frame``, ``estimate``, ``low``, ``high``); leanings get their usual colours.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"group": ["left", "right"], "frame": ["conflict"] * 2,
    ...                   "estimate": [0.5, 0.7], "low": [0.3, 0.5], "high": [0.7, 0.9]})
    >>> frame_prevalence(t, title="Frames").get_title()
    'Frames'
    """
    frames_ = list(pd.unique(table["frame"]))
    groups = list(pd.unique(table["group"]))
    ax = _axes(ax, (8, 0.55 * len(frames_) * max(1, len(groups)) ** 0.5 + 1.5))
    palette = plt.get_cmap("tab10")
    step = 0.7 / max(1, len(groups))
    for g, group in enumerate(groups):
        rows = table[table["group"] == group].set_index("frame").reindex(frames_)
        y = np.arange(len(frames_)) - 0.35 + step * (g + 0.5)
        colour = LEANING_COLOURS.get(str(group).lower(), palette(g % 10))
        value = rows["estimate"].to_numpy(dtype=float)
        err = np.vstack(
            [value - rows["low"].to_numpy(dtype=float), rows["high"].to_numpy(dtype=float) - value]
        )
        ax.errorbar(
            value,
            y,
            xerr=np.clip(err, 0, None),
            fmt="o",
            color=colour,
            ms=4,
            capsize=2,
            lw=1,
            label=str(group),
        )
    ax.set_yticks(range(len(frames_)), [str(f).replace("_", " ") for f in frames_])
    ax.invert_yaxis()
    return _finish(ax, title=title, xlabel=xlabel, legend=len(groups) > 1)


def frame_trends(
    table: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str,
    ylabel: str = "share of articles with the frame",
) -> Axes:
    """One line per frame over periods (the output of :func:`newsresearch.framing.over_time`).

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"conflict": [0.5, 0.7], "n": [4, 6]},
    ...                  index=pd.period_range("2024-01", periods=2, freq="M"))
    >>> frame_trends(t, title="Over time").get_title()
    'Over time'
    """
    ax = _axes(ax, (9, 4))
    values = table.drop(columns=["n"], errors="ignore")
    labels = [str(p) for p in values.index]
    for col in values.columns:
        ax.plot(
            labels,
            values[col].to_numpy(dtype=float),
            marker="o",
            ms=3,
            label=str(col).replace("_", " "),
        )
    if len(labels) > 12:
        for i, tick in enumerate(ax.get_xticklabels()):
            tick.set_visible(i % max(1, len(labels) // 12) == 0)
    ax.tick_params(axis="x", rotation=45)
    return _finish(ax, title=title, ylabel=ylabel, legend=True)


def interval_dots(
    table: pd.DataFrame,
    *,
    title: str,
    xlabel: str = "mean tone",
    colours: dict[str, str] | None = None,
    ax: Axes | None = None,
) -> Axes:
    """One dot per group with its interval, groups sorted by estimate (``n`` annotated).

    *table* is the output of :func:`newsresearch.stats.group_intervals`
    (``group``, ``n``, ``estimate``, ``low``, ``high``); *colours* maps group
    names to colours (default: leaning colours).

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"group": ["left", "right"], "n": [3, 4], "estimate": [0.1, -0.2],
    ...                   "low": [0.0, -0.3], "high": [0.2, -0.1]})
    >>> interval_dots(t, title="Tone").get_title()
    'Tone'
    """
    colours = colours or {}
    table = table.sort_values("estimate").set_index("group")
    ax = _axes(ax, (8, max(2.5, 0.4 * len(table) + 1.2)))
    y = np.arange(len(table))
    for yi, (group, row) in zip(y, table.iterrows(), strict=True):
        colour = colours.get(str(group), LEANING_COLOURS.get(str(group).lower(), "#1f3b73"))
        ax.plot([row["low"], row["high"]], [yi, yi], color=colour, linewidth=2)
        ax.plot(row["estimate"], yi, "o", color=colour, markersize=6)
        if "n" in table:
            ax.text(row["high"], yi, f"  n={int(row['n'])}", va="center", fontsize=8)
    ax.set_yticks(y, [str(g) for g in table.index])
    ax.axvline(0, color="#222", linewidth=0.8)
    return _finish(ax, title=title, xlabel=xlabel)


def mean_over_time(
    dates: pd.Series,
    values: pd.Series,
    *,
    by: pd.Series | None = None,
    freq: str = "W",
    title: str,
    ax: Axes | None = None,
    ylabel: str = "mean tone",
) -> Axes:
    """Mean of *values* per period (``freq``: "D", "W", "M"), one line per group of *by*.

    Examples
    --------
    >>> import pandas as pd
    >>> d = pd.Series(pd.to_datetime(["2026-01-01", "2026-01-09", "2026-01-20"], utc=True))
    >>> mean_over_time(d, pd.Series([0.1, -0.1, 0.3]), title="Tone").get_title()
    'Tone'
    """
    ax = _axes(ax, (9, 4))
    dates = pd.to_datetime(dates, utc=True).dt.tz_convert(None)
    frame = pd.DataFrame(
        {"period": dates.dt.to_period(freq), "value": pd.to_numeric(values, errors="coerce")}
    )
    frame["group"] = by.fillna("unknown").astype(str) if by is not None else "all"
    frame = frame.dropna(subset=["period", "value"])
    table = frame.pivot_table(index="period", columns="group", values="value", aggfunc="mean")
    order = [c for c in LEANING_COLOURS if c in table.columns]
    table = table[order + [c for c in table.columns if c not in order]]
    x = table.index.to_timestamp()
    for col in table.columns:
        colour = LEANING_COLOURS.get(str(col).lower())
        ax.plot(x, table[col].to_numpy(dtype=float), marker="o", ms=3, label=str(col), color=colour)
    ax.axhline(0, color="#222", linewidth=0.8)
    ax.tick_params(axis="x", rotation=45)
    return _finish(ax, title=title, ylabel=ylabel, legend=by is not None)


def raw_and_corrected(table: pd.DataFrame, *, title: str, ax: Axes | None = None) -> Axes:
    """Per group the raw share and the share corrected for measured error, each with its interval.

    *table* is the output of :func:`newsresearch.validation.corrected_prevalence`.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"group": ["a"], "raw": [0.3], "raw_low": [0.2], "raw_high": [0.4],
    ...                   "corrected": [0.25], "low": [0.1], "high": [0.4]})
    >>> raw_and_corrected(t, title="Conflict").get_title()
    'Conflict'
    """
    ax = _axes(ax, (8, max(2.5, 0.5 * len(table) + 1.2)))
    y = np.arange(len(table))
    for offset, (est, lo, hi, colour, label) in {
        -0.15: ("raw", "raw_low", "raw_high", "#9a9a9a", "raw"),
        0.15: ("corrected", "low", "high", "#1f3b73", "corrected for measured error"),
    }.items():
        ax.hlines(y + offset, table[lo], table[hi], color=colour, linewidth=2)
        ax.plot(table[est], y + offset, "o", color=colour, markersize=6, label=label)
    ax.set_yticks(y, [str(g) for g in table["group"]])
    ax.set_xlim(0, 1)
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    return _finish(ax, title=title, xlabel="share of units (95 % interval)")
