"""Tables made from a frames table or a corpus: matrices, coverage, terms, examples, prevalence.

:func:`frame_matrix`, :func:`coverage`, :func:`prevalence`, :func:`over_time`
and :func:`cooccurrence` summarise a table from :func:`frames`;
:func:`frame_terms` and :func:`frame_examples` go back to the corpus for the
words and sentences that carry each frame.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from ..text import ParsedCorpus, parse
from .lexicon import Lexicon, load_lexicon
from .measures import MEASURES, frames

__all__ = [
    "cooccurrence",
    "coverage",
    "frame_examples",
    "frame_matrix",
    "frame_terms",
    "over_time",
    "prevalence",
]


def _frames_of(table: pd.DataFrame) -> list[str]:
    names = table.attrs.get("frames")
    if names:
        return list(names)
    names = [c[len("density_") :] for c in table.columns if str(c).startswith("density_")]
    if not names:
        raise ValueError(
            "expected a frames table (columns density_<frame>, present_<frame>, ...) "
            f"from newsresearch.frames(); got columns {list(table.columns)[:8]}"
        )
    return names


def frame_matrix(table: pd.DataFrame, measure: str = "present") -> pd.DataFrame:
    """One measure of a frames table with frame names as columns (index preserved).

    Examples
    --------
    >>> import pandas as pd
    >>> ft = frames(pd.Series(["A bitter feud over taxes."], index=["d1"]))
    >>> frame_matrix(ft, "hits").loc["d1", ["conflict", "economic"]].tolist()
    [2, 1]
    """
    if measure not in MEASURES:
        raise ValueError(f"measure {measure!r} is invalid; valid values are {list(MEASURES)}")
    names = _frames_of(table)
    out = table[[f"{measure}_{k}" for k in names]].copy()
    out.columns = names
    return out


def coverage(table: pd.DataFrame) -> pd.Series:
    """Share of documents (or sentences) with at least one hit, per frame.

    Examples
    --------
    >>> import pandas as pd
    >>> ft = frames(pd.Series(["They clashed.", "Nothing here."], index=["a", "b"]))
    >>> float(coverage(ft)["conflict"])
    0.5
    """
    hits = frame_matrix(table, "hits")
    if not len(hits):
        return pd.Series(np.nan, index=hits.columns, name="coverage")
    return (hits > 0).mean().rename("coverage")


def frame_terms(
    corpus: pd.DataFrame | pd.Series | ParsedCorpus,
    *,
    scheme: str | Path | Lexicon = "generic",
    n: int | None = 10,
    negation: bool = True,
) -> pd.DataFrame:
    """The words and phrases that carry each frame: hits and documents per matched form.

    Returns one row per (frame, matched form as written, lower-cased), the
    ``n`` most frequent per frame (all when ``n`` is None), sorted by frame in
    lexicon order then hits.

    Examples
    --------
    >>> import pandas as pd
    >>> t = frame_terms(pd.Series(["Rivals clashed. Rivals feuded.", "The rivals met."]), n=1)
    >>> t[["frame", "term", "hits", "documents"]].values.tolist()
    [['conflict', 'rivals', 3, 2]]
    """
    lex = load_lexicon(scheme)
    matcher = lex.matcher()
    hits: Counter = Counter()
    docs: Counter = Counter()
    for article in parse(corpus):
        if article is None:
            continue
        seen: Counter = Counter()
        matcher.tally_text(article.text, negation=negation, collect=seen)
        hits.update(seen)
        docs.update(seen.keys())
    rows = [(f, t, c, docs[(f, t)]) for (f, t), c in hits.items()]
    out = pd.DataFrame(rows, columns=["frame", "term", "hits", "documents"])
    order = {k: i for i, k in enumerate(lex.frame_names)}
    out = out.assign(_o=out["frame"].map(order)).sort_values(
        ["_o", "hits", "term"], ascending=[True, False, True]
    )
    if n is not None:
        out = out.groupby("_o", sort=False).head(n)
    return out.drop(columns="_o").reset_index(drop=True)


def frame_examples(
    corpus: pd.DataFrame | pd.Series | ParsedCorpus,
    *,
    scheme: str | Path | Lexicon = "generic",
    n: int = 3,
    min_tokens: int = 8,
    negation: bool = True,
    quote_weight: float = 1.0,
) -> pd.DataFrame:
    """The sentences that carry each frame most strongly (highest density, then most hits).

    Returns ``frame``, ``doc_id``, ``sent_id``, ``density``, ``hits`` and the
    sentence ``text`` (plain text: display it with pandas, which escapes it),
    plus ``outlet`` when *corpus* is a corpus table with outlets. Sentences
    shorter than ``min_tokens`` words are skipped.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.Series(["Voters are angry. The rivals clashed bitterly over the plan."], index=["d"])
    >>> frame_examples(t, n=1, min_tokens=3)[["frame", "text"]].values.tolist()
    [['conflict', 'The rivals clashed bitterly over the plan.']]
    """
    table = frames(
        corpus, scheme=scheme, level="sentence", negation=negation, quote_weight=quote_weight
    )
    table = table[table["n_tokens"] >= min_tokens]
    rows = []
    for name in _frames_of(table) if len(table) else []:
        col = table[table[f"hits_{name}"] > 0]
        top = col.sort_values(
            [f"density_{name}", f"hits_{name}"], ascending=False, kind="stable"
        ).head(n)
        columns = ("doc_id", "sent_id", f"density_{name}", f"hits_{name}", "text")
        rows.extend((name, *values) for values in zip(*(top[c] for c in columns), strict=True))
    out = pd.DataFrame(rows, columns=["frame", "doc_id", "sent_id", "density", "hits", "text"])
    if isinstance(corpus, pd.DataFrame) and "outlet" in corpus.columns and len(out):
        outlets = corpus["outlet"]
        if "doc_id" in corpus.columns:
            outlets = pd.Series(corpus["outlet"].to_numpy(), index=corpus["doc_id"].to_numpy())
        out.insert(2, "outlet", outlets.reindex(out["doc_id"]).to_numpy())
    return out


def _group_key(table: pd.DataFrame, by: str | pd.Series | None) -> pd.Series:
    if by is None:
        return pd.Series("all", index=table.index)
    if isinstance(by, str):
        if by not in table.columns:
            raise ValueError(
                f"column {by!r} is not in the table; join the corpus first "
                f"(corpus[[{by!r}]].join(frames_table)) or pass a Series"
            )
        key = table[by]
    else:
        key = by.reindex(table.index)
    return key.astype("object").where(key.notna(), "unknown")


def prevalence(
    table: pd.DataFrame,
    by: str | pd.Series | None = None,
    *,
    measure: str = "present",
    n_resamples: int = 1000,
    level: float = 0.95,
    random_state: int | None = 42,
) -> pd.DataFrame:
    """Mean of a frame measure per group, with a percentile bootstrap interval.

    Parameters
    ----------
    table : DataFrame
        A frames table from :func:`frames` (joined with corpus columns when
        grouping by one of them).
    by : str, Series or None
        Column of *table* or a Series aligned on its index (outlet, leaning,
        month, ...); None for the whole table. Missing values form "unknown".
    measure : {"present", "density", "hits", "quoted"}
        ``present`` gives the share of documents with the frame.
    n_resamples, level, random_state
        Bootstrap resamples (documents resampled within each group), interval
        level and seed, as in :func:`newsresearch.stats.group_intervals`.

    Returns
    -------
    pandas.DataFrame
        One row per (group, frame): ``group``, ``frame``, ``n`` (documents in
        the group), ``estimate``, ``low``, ``high`` — the columns of
        :func:`~newsresearch.stats.group_intervals` plus ``frame``.

    Examples
    --------
    >>> import pandas as pd
    >>> ft = frames(pd.Series(["They clashed.", "Taxes rose.", "They clashed again."]))
    >>> p = prevalence(ft, pd.Series(["x", "x", "y"]), n_resamples=200)
    >>> p[p["frame"] == "conflict"][["group", "estimate", "n"]].values.tolist()
    [['x', 0.5, 2], ['y', 1.0, 1]]
    """
    from ..stats import group_intervals

    values = frame_matrix(table, measure).astype(float)
    key = _group_key(table, by)
    rng = np.random.default_rng(random_state)  # one stream for every frame, in frame order
    parts = [
        group_intervals(
            values[name], key, n_resamples=n_resamples, level=level, random_state=rng
        ).assign(frame=name)
        for name in values.columns
    ]
    out = pd.concat(parts, ignore_index=True)
    out = out.sort_values(["group", "frame"], key=_frame_order(values.columns), kind="stable")
    return out[["group", "frame", "n", "estimate", "low", "high"]].reset_index(drop=True)


def _frame_order(names: pd.Index):
    """A sort key that keeps frames in lexicon order (groups sort as usual)."""
    rank = {name: i for i, name in enumerate(names)}

    def key(column: pd.Series) -> pd.Series:
        return column.map(rank) if column.name == "frame" else column

    return key


def over_time(
    table: pd.DataFrame,
    published: str | pd.Series = "published",
    *,
    measure: str = "present",
    freq: str = "M",
) -> pd.DataFrame:
    """Mean of a frame measure per period (share of documents with each frame, by default).

    Rows without a date are left out. Returns one row per period (a
    :class:`pandas.Period` index) with one column per frame plus ``n``.

    Examples
    --------
    >>> import pandas as pd
    >>> ft = frames(pd.Series(["They clashed.", "Taxes rose."], index=["a", "b"]))
    >>> dates = pd.Series(pd.to_datetime(["2024-01-05", "2024-02-01"]), index=["a", "b"])
    >>> over_time(ft, dates)["conflict"].tolist()
    [1.0, 0.0]
    """
    valid = ("D", "W", "M", "Q", "Y")
    if freq not in valid:
        raise ValueError(f"freq {freq!r} is invalid; valid values are {list(valid)}")
    if isinstance(published, str):
        if published not in table.columns:
            raise ValueError(
                f"column {published!r} is not in the table; join the corpus first or pass a Series"
            )
        dates = table[published]
    else:
        dates = published.reindex(table.index)
    dates = pd.to_datetime(dates)
    if getattr(dates.dt, "tz", None) is not None:
        dates = dates.dt.tz_convert(None)
    values = frame_matrix(table, measure).astype(float)
    ok = dates.notna().to_numpy()
    period = dates[ok].dt.to_period(freq)
    out = values[ok].groupby(period.to_numpy()).mean()
    out["n"] = values[ok].groupby(period.to_numpy()).size()
    out.index.name = "period"
    return out


def cooccurrence(table: pd.DataFrame, *, normalize: bool = True) -> pd.DataFrame:
    """How often frames appear together.

    With ``normalize=True`` cell (row A, column B) is the share of documents
    with frame A present that also have frame B (the diagonal is 1); otherwise
    the number of documents with both.

    Examples
    --------
    >>> import pandas as pd
    >>> ft = frames(pd.Series(["Rivals clashed over taxes.", "They clashed."]))
    >>> float(cooccurrence(ft).loc["conflict", "economic"])
    0.5
    """
    present = frame_matrix(table, "present").astype(int)
    both = present.T @ present
    if not normalize:
        return both
    diag = np.diag(both.to_numpy()).astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = both.to_numpy() / diag[:, None]
    return pd.DataFrame(share, index=both.index, columns=both.columns)
