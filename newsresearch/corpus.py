"""The corpus table: its schema, validation, and the load report.

A *corpus table* is a :class:`pandas.DataFrame` with one row per article. Its
index holds the ``doc_id`` values (so feature tables join on it) and it has
these columns, in this order:

==================  =========================  ===============================================
column              dtype                      meaning
==================  =========================  ===============================================
``doc_id``          ``string``                 unique, stable across runs (see below)
``outlet``          ``string``                 outlet exactly as the source spells it
``leaning``         ``string`` (nullable)      left, lean left, center, lean right, right, ...
``published``       ``datetime64[ns, UTC]``    NaT when unknown or implausible
``title``           ``string`` (nullable)      headline
``text``            ``string``                 cleaned body; all analysis offsets index into it
``url``             ``string`` (nullable)
``authors``         ``string`` (nullable)      several authors joined with ``"; "``
``story``           ``string`` (nullable)      story / event id when the source has one
``topic``           ``string`` (nullable)      topic label when the source has one
``language``        ``string`` (nullable)
``dateline``        ``string`` (nullable)      e.g. ``"PORT HALDEN (Meridian Wire)"``
``format``          ``string``                 the input format the row was read as
``source_file``     ``string``                 file (``archive.tar.gz::member`` for archives)
``source_record``   ``Int64`` (nullable)       1-based line/row/item in multi-record files
==================  =========================  ===============================================

``doc_id`` is the record's own id field when it has one (ABP ``ID``, Media
Cloud ``id``/``stories_id``, ...), else the file name stem for one-article
files, else ``"h"`` + 12 hex digits of the SHA-1 of the URL (or of the text).

The load report (:class:`LoadReport`) lists every input record that did not
make it into the table, and every repair made to one that did; it is stored in
``corpus.attrs["load_report"]``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from typing import Literal

import pandas as pd

#: Column name -> (pandas dtype, description). The order is the column order.
SCHEMA: dict[str, tuple[str, str]] = {
    "doc_id": ("string", "unique id, stable across runs"),
    "outlet": ("string", "outlet as spelled in the source"),
    "leaning": ("string", "political leaning of the outlet, when known"),
    "published": ("datetime64[ns, UTC]", "publication time in UTC; NaT when unknown/implausible"),
    "title": ("string", "headline"),
    "text": ("string", "cleaned article body"),
    "url": ("string", "article URL"),
    "authors": ("string", "authors joined with '; '"),
    "story": ("string", "story or event id"),
    "topic": ("string", "topic label"),
    "language": ("string", "language code"),
    "dateline": ("string", "dateline recognised at the start of the text"),
    "format": ("string", "input format the row was read as"),
    "source_file": ("string", "file the row came from (archive::member for archives)"),
    "source_record": ("Int64", "1-based record number within a multi-record file"),
}
COLUMNS: list[str] = list(SCHEMA)

#: Canonical leaning labels; :func:`normalise_leaning` maps common variants onto them.
LEANINGS = ("left", "lean left", "center", "lean right", "right", "mixed")

_LEANING_VARIANTS = {
    "left": "left",
    "far left": "left",
    "lean left": "lean left",
    "leans left": "lean left",
    "left-center": "lean left",
    "left center": "lean left",
    "center-left": "lean left",
    "centre-left": "lean left",
    "center": "center",
    "centre": "center",
    "least biased": "center",
    "neutral": "center",
    "lean right": "lean right",
    "leans right": "lean right",
    "right-center": "lean right",
    "right center": "lean right",
    "center-right": "lean right",
    "centre-right": "lean right",
    "right": "right",
    "far right": "right",
    "mixed": "mixed",
    "0": "left",
    "1": "center",
    "2": "right",
}

Action = Literal["rejected", "repaired", "cleaned"]

# What a user can do about each kind of problem (used in messages and strict mode).
ADVICE: dict[str, str] = {
    "unreadable_file": "check that the file is not truncated and that you can open it",
    "unparseable": "fix or remove the malformed record; other records are unaffected",
    "unknown_format": "pass format=... explicitly (see newsresearch.loaders.FORMATS)",
    "no_text_field": "rename the text column to 'text' or pass format=... explicitly",
    "empty_text": "the record has no article text; pass require_text=False to keep metadata-only rows",
    "duplicate_text": "the same text was already loaded; pass dedupe=False to keep duplicates",
    "duplicate_url": "the same URL was already loaded; pass dedupe=False to keep duplicates",
    "duplicate_id": "two different records share an id; the later one was given a suffixed id",
    "encoding_repaired": "save the file as UTF-8 to avoid guessing its encoding",
    "mojibake_repaired": "the text had been decoded with the wrong encoding upstream; check it",
    "implausible_date": "the date is outside the plausible range (see date_bounds=)",
    "unparseable_date": "write dates as ISO 8601 (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)",
    "chrome_removed": "pass clean=False to keep the raw text",
    "headline_removed": "pass clean=False to keep the raw text",
    "byline_removed": "pass clean=False to keep the raw text",
}


class LoadError(ValueError):
    """Raised by ``load_corpus(..., strict=True)`` on the first problem."""


@dataclass(frozen=True)
class Problem:
    """One entry of the load report."""

    file: str
    record: int | None
    reason: str
    detail: str
    action: Action
    doc_id: str | None = None

    @property
    def where(self) -> str:
        return self.file if self.record is None else f"{self.file}, record {self.record}"

    def message(self) -> str:
        advice = ADVICE.get(self.reason, "")
        text = f"{self.where}: {self.reason}: {self.detail}"
        return f"{text} (what to do: {advice})" if advice else text


class LoadReport(dict):
    """Accounts for every input record: ``inputs == loaded + rejected``.

    The report is also a ``dict`` holding its :meth:`summary`, so that a corpus
    carrying it in ``attrs`` can still be written with ``to_parquet`` (pandas
    stores ``attrs`` as JSON; the summary travels with the file). Copies of the
    corpus share one report instead of deep-copying it.

    Attributes
    ----------
    inputs : int
        Number of input records seen (lines of JSONL, rows of CSV, items of a
        JSON array, one per single-article file; an unreadable file counts 1).
    loaded : int
        Rows in the returned table.
    problems : list of Problem
        Rejected records, and repairs or cleaning applied to loaded records.
    files : int
        Number of files (or archive members) read.
    skipped_files : list of str
        Files ignored because their extension is not an article format
        (README, LICENSE, checksums, ...). They hold no records.

    Examples
    --------
    >>> import newsresearch as nr
    >>> report = nr.load_corpus("sample").attrs["load_report"]
    >>> (report.inputs, report.rejected)
    (64, 0)
    """

    def __init__(self, *, strict: bool = False) -> None:
        super().__init__()
        self.inputs = 0
        self.loaded = 0
        self.files = 0
        self.problems: list[Problem] = []
        self.skipped_files: list[str] = []
        self.strict = strict

    def __deepcopy__(self, memo: dict) -> LoadReport:
        return self

    def __copy__(self) -> LoadReport:
        return self

    def __repr__(self) -> str:
        return str(self)

    __hash__ = object.__hash__

    def __eq__(self, other: object) -> bool:
        return self is other

    def finalize(self) -> None:
        """Refresh the dict view (the summary) once loading is complete."""
        self.clear()
        self.update(self.summary())

    def add(
        self,
        file: str,
        record: int | None,
        reason: str,
        detail: str,
        action: Action,
        doc_id: str | None = None,
    ) -> None:
        problem = Problem(file, record, reason, detail, action, doc_id)
        if self.strict and action != "cleaned":
            raise LoadError(problem.message())
        self.problems.append(problem)

    @property
    def rejected(self) -> int:
        return sum(p.action == "rejected" for p in self.problems)

    @property
    def balanced(self) -> bool:
        """True when every input record is either loaded or rejected."""
        return self.inputs == self.loaded + self.rejected

    def counts(self) -> pd.Series:
        """Number of problems per (action, reason)."""
        c = Counter((p.action, p.reason) for p in self.problems)
        idx = pd.MultiIndex.from_tuples(sorted(c), names=["action", "reason"])
        return pd.Series([c[k] for k in sorted(c)], index=idx, name="records", dtype="int64")

    def to_frame(self) -> pd.DataFrame:
        """All problems as a table (file, record, doc_id, action, reason, detail)."""
        cols = ["file", "record", "doc_id", "action", "reason", "detail"]
        frame = pd.DataFrame([asdict(p) for p in self.problems], columns=cols)
        return frame.astype({"record": "Int64"})

    def summary(self) -> dict:
        """Plain-dict summary, suitable for ``run.json``."""
        by = Counter(f"{p.action}:{p.reason}" for p in self.problems)
        return {
            "files": self.files,
            "inputs": self.inputs,
            "loaded": self.loaded,
            "rejected": self.rejected,
            "balanced": self.balanced,
            "problems": dict(sorted(by.items())),
        }

    def __str__(self) -> str:
        lines = [
            f"Load report: {self.inputs} input records from {self.files} files -> "
            f"{self.loaded} loaded, {self.rejected} rejected"
            + ("" if self.balanced else "  [UNBALANCED: please report a bug]"),
        ]
        if self.skipped_files:
            lines.append(f"  skipped {len(self.skipped_files)} non-article files")
        for (action, reason), n in self.counts().items():
            lines.append(f"  {action:9s} {reason:18s} {n:7d}")
        rejected = [p for p in self.problems if p.action == "rejected"]
        for p in rejected[:10]:
            lines.append(f"    - {p.where}: {p.reason}: {p.detail}")
        if len(rejected) > 10:
            lines.append(f"    ... and {len(rejected) - 10} more (report.to_frame())")
        return "\n".join(lines)

    def _repr_html_(self) -> str:  # pragma: no cover - display only
        import html

        return "<pre>" + html.escape(str(self)) + "</pre>"


def normalise_leaning(values: pd.Series) -> pd.Series:
    """Map leaning spellings onto :data:`LEANINGS` (unknown values become NA).

    Examples
    --------
    >>> import pandas as pd
    >>> normalise_leaning(pd.Series(["Lean Left", "centre", "RIGHT", "?"])).tolist()
    ['lean left', 'center', 'right', <NA>]
    """
    keys = values.astype("string").str.strip().str.lower().str.replace(r"\s+", " ", regex=True)
    return keys.map(_LEANING_VARIANTS).astype("string")


def empty_corpus() -> pd.DataFrame:
    """An empty table with the corpus schema."""
    return pd.DataFrame({c: pd.Series(dtype=d) for c, (d, _) in SCHEMA.items()})


def validate_corpus(corpus: pd.DataFrame) -> None:
    """Raise ``ValueError`` if *corpus* does not follow the corpus schema.

    Examples
    --------
    >>> validate_corpus(empty_corpus())
    """
    missing = [c for c in COLUMNS if c not in corpus.columns]
    if missing:
        raise ValueError(
            f"not a corpus table: columns {missing} are missing; expected {COLUMNS}. "
            "Build corpus tables with newsresearch.load_corpus()."
        )
    if not corpus["doc_id"].is_unique:
        dup = corpus["doc_id"][corpus["doc_id"].duplicated()].head(5).tolist()
        raise ValueError(f"doc_id values must be unique; duplicated: {dup}")
    if str(corpus["published"].dtype) != "datetime64[ns, UTC]":
        raise ValueError(
            f"'published' must be datetime64[ns, UTC], not {corpus['published'].dtype}"
        )


def describe_corpus(corpus: pd.DataFrame) -> pd.DataFrame:
    """One row per outlet: leaning, articles, first and last date, median words.

    Examples
    --------
    >>> import newsresearch as nr
    >>> table = describe_corpus(nr.load_corpus("sample"))
    >>> int(table["articles"].sum()) == len(nr.load_corpus("sample"))
    True
    """
    words = corpus["text"].str.count(r"\S+")
    frame = pd.DataFrame(
        {
            "outlet": corpus["outlet"].fillna("(unknown)"),
            "leaning": corpus["leaning"],
            "published": corpus["published"],
            "words": words,
        }
    )
    grouped = frame.groupby("outlet", sort=False)
    table = pd.DataFrame(
        {
            "leaning": grouped["leaning"].agg(
                lambda s: s.mode().iloc[0] if s.notna().any() else pd.NA
            ),
            "articles": grouped.size(),
            "first": grouped["published"].min(),
            "last": grouped["published"].max(),
            "median_words": grouped["words"].median(),
        }
    )
    return table.sort_values("articles", ascending=False)


def filter_corpus(
    corpus: pd.DataFrame,
    *,
    start: str | None = None,
    end: str | None = None,
    outlets: list[str] | None = None,
) -> pd.DataFrame:
    """Rows published in ``[start, end]`` (ISO dates, inclusive; empty means open) from *outlets*.

    Outlet names match case-insensitively, as spelled in the corpus. Unknown
    outlet names raise ``ValueError`` listing the valid ones.

    Examples
    --------
    >>> import newsresearch as nr
    >>> c = nr.load_corpus("sample")
    >>> len(filter_corpus(c, start="2026-09-01", end="2026-09-30")) < len(c)
    True
    """
    keep = pd.Series(True, index=corpus.index)
    if start:
        keep &= corpus["published"] >= pd.Timestamp(start, tz="UTC")
    if end:
        keep &= corpus["published"] < pd.Timestamp(end, tz="UTC") + pd.Timedelta(days=1)
    if outlets:
        known = {str(o).casefold(): o for o in corpus["outlet"].dropna().unique()}
        wanted = [str(o).casefold() for o in outlets]
        unknown = sorted(o for o in outlets if str(o).casefold() not in known)
        if unknown:
            raise ValueError(
                f"outlets {unknown} are invalid; valid values are {sorted(known.values())}"
            )
        keep &= corpus["outlet"].str.casefold().isin(wanted).fillna(False)
    return corpus[keep.fillna(False).astype(bool)]
