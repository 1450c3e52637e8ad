"""Load news corpora from the formats researchers have, with a load report.

The flow is: sources (files, folders, globs, archives) -> readers (JSON, JSONL,
CSV/TSV, Parquet, text, HTML) -> formats (field maps, detected per record) ->
cleaning -> de-duplication -> dates -> the corpus table.
"""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
import re
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from tqdm import tqdm

from .. import config
from ..clean import clean_text, fix_mojibake, normalise_unicode
from ..corpus import COLUMNS, SCHEMA, LoadReport, empty_corpus, normalise_leaning
from .formats import FORMATS, Format, detect, map_record
from .readers import decode, read_items, split_first_line
from .sources import RawFile, expand, iter_files

__all__ = ["load_corpus", "FORMATS", "outlet_table", "canonical_outlets"]

_DEFAULT_BOUNDS = ("1900-01-01", None)
_URL_NORM_RE = re.compile(r"^https?://(www\.)?|[?#].*$|/+$", re.I)


def _hash_id(value: str) -> str:
    return "h" + hashlib.sha1(value.encode("utf-8")).hexdigest()[:12]


def _resolve(source: str | Path | Iterable[str | Path]) -> tuple[list[Path], Path | None]:
    """Paths to read and, for the sample, its outlets table."""
    if isinstance(source, str) and source == "sample":
        folder = config.SAMPLE_DIR / "articles"
        if not folder.is_dir():
            raise FileNotFoundError(
                f"the sample corpus is missing from {folder}; "
                "are you running from a checkout of the project?"
            )
        return [folder], config.SAMPLE_DIR / "outlets.csv"
    if isinstance(source, str | Path):
        return [Path(source)], None
    return [Path(s) for s in source], None


def outlet_table(path: str | Path | None = None) -> pd.DataFrame:
    """Read an outlets table: columns ``outlet``, ``leaning`` and ``aliases`` ("|"-separated).

    Without *path* the table shipped with the package is returned (spelling
    variants of outlets in the AllSides corpus).

    Examples
    --------
    >>> table = outlet_table()
    >>> {"outlet", "leaning", "aliases"} <= set(table.columns)
    True
    """
    if path is None:
        from importlib.resources import files

        handle = files("newsresearch").joinpath("data/outlets.csv")
        table = pd.read_csv(handle.open("r", encoding="utf-8"), dtype="string", comment="#")
    else:
        table = pd.read_csv(path, dtype="string", comment="#")
    missing = {"outlet", "leaning", "aliases"} - set(table.columns)
    if missing:
        raise ValueError(
            f"outlets table {path}: columns {sorted(missing)} are missing; "
            "expected outlet, leaning, aliases"
        )
    return table


def canonical_outlets(outlets: pd.Series, table: pd.DataFrame | None = None) -> pd.Series:
    """Map outlet spellings onto canonical names through an outlets table.

    Names not in the table are returned unchanged (stripped). Matching ignores
    case and punctuation.

    Examples
    --------
    >>> import pandas as pd
    >>> canonical_outlets(pd.Series(["Fox Online News", "Reuters"])).tolist()
    ['Fox News', 'Reuters']
    """
    table = outlet_table() if table is None else table
    lookup: dict[str, str] = {}
    for name, aliases in zip(table["outlet"], table["aliases"].fillna(""), strict=True):
        for alias in [name, *str(aliases).split("|")]:
            if alias.strip():
                lookup[_outlet_key(alias)] = name
    values = outlets.astype("string").str.strip()
    return values.map(lambda v: lookup.get(_outlet_key(v), v) if isinstance(v, str) else v).astype(
        "string"
    )


def _outlet_key(name: str) -> str:
    return re.sub(r"[\W_]+", " ", name).strip().casefold()


def load_corpus(
    source: str | Path | Iterable[str | Path],
    *,
    format: str | None = None,
    strict: bool = False,
    clean: bool = True,
    dedupe: bool = True,
    require_text: bool = True,
    metadata: Mapping[str, str] | None = None,
    outlets: str | Path | pd.DataFrame | None = None,
    date_bounds: tuple[str | None, str | None] = _DEFAULT_BOUNDS,
    limit: int | None = None,
    jobs: int | None = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Load a news corpus into a corpus table, accounting for every record.

    Parameters
    ----------
    source : str, path or list of paths
        ``"sample"`` for the bundled sample corpus, a file, a folder (read
        recursively), a glob (``"data/*.jsonl"``) or an archive (``.tar.gz``,
        ``.tgz``, ``.tar``, ``.zip``) read in place.
    format : str, optional
        Force a format (one of ``newsresearch.loaders.FORMATS``); by default
        the format of each record is detected from its fields.
    strict : bool, default False
        Raise :class:`~newsresearch.corpus.LoadError` on the first rejected or
        repaired record instead of reporting it.
    clean : bool, default True
        Remove aggregator chrome, headline and byline lines from the text (see
        :mod:`newsresearch.clean`); unicode is normalised either way.
    dedupe : bool, default True
        Reject records whose text or URL repeats an earlier record.
    require_text : bool, default True
        Reject records without text (set False to keep metadata-only rows, for
        example Media Cloud exports).
    metadata : mapping, optional
        Values for missing fields, for example ``{"outlet": "Daily Planet"}`` for
        a folder of ``.txt`` files.
    outlets : path or DataFrame, optional
        An outlets table (see :func:`outlet_table`) used to fill a missing
        ``leaning`` from the outlet name. The sample corpus brings its own.
    date_bounds : (str or None, str or None)
        Plausible publication dates; dates outside become NaT and are reported.
        The default upper bound is tomorrow.
    limit : int, optional
        Stop after this many input records (for a quick look at a big corpus).
    jobs : int, optional
        Processes for parsing and cleaning. Default: all available cores for
        inputs over 50 MB, else 1. The result does not depend on ``jobs``.
    progress : bool, optional
        Show a progress bar (default: when running in a terminal or notebook).

    Returns
    -------
    pandas.DataFrame
        The corpus table (see :mod:`newsresearch.corpus` for columns and dtypes)
        with the :class:`~newsresearch.corpus.LoadReport` in
        ``.attrs["load_report"]``.

    Examples
    --------
    >>> import newsresearch as nr
    >>> corpus = nr.load_corpus("sample")
    >>> report = corpus.attrs["load_report"]
    >>> report.inputs == report.loaded + report.rejected
    True
    >>> corpus["outlet"].nunique() >= 5
    True
    """
    if format is not None and format not in FORMATS:
        raise ValueError(f"format {format!r} is invalid; valid values are {sorted(FORMATS)}")
    paths_in, sample_outlets = _resolve(source)
    if outlets is None and sample_outlets is not None and sample_outlets.exists():
        outlets = sample_outlets
    report = LoadReport(strict=strict)
    paths: list[Path] = []
    for p in paths_in:
        paths.extend(expand(p, report.skipped_files))
    opts = _Options(format, clean, dict(metadata or {}), require_text)
    if jobs is None:
        size = sum(p.stat().st_size for p in paths)
        jobs = _available_cores() if size > _PARALLEL_BYTES else 1

    table = _TableBuilder()
    seen_text: dict[str, str] = {}
    seen_url: dict[str, str] = {}
    seen_id: dict[str, int] = {}
    files = iter_files(paths, report.skipped_files)
    bar = tqdm(
        desc="loading",
        unit=" records",
        disable=None if progress is None else not progress,
        leave=False,
    )
    for result in _read_all(files, opts, jobs):
        if limit is not None and report.inputs >= limit:
            break
        report.files += 1
        for note in result.notes:
            report.add(result.name, None, *note)
        for outcome in result.outcomes:
            if limit is not None and report.inputs >= limit:
                break
            report.inputs += 1
            bar.update()
            row = outcome.row
            doc_id = row["doc_id"] if row else outcome.doc_id
            for reason, detail, action in outcome.problems:
                report.add(result.name, outcome.position, reason, detail, action, doc_id)
            if row is None:
                continue
            where = (result.name, outcome.position)
            text = row["text"] or ""
            if dedupe and text:
                digest = hashlib.sha1(_key_text(text).encode("utf-8")).hexdigest()
                if digest in seen_text:
                    detail = f"same text as doc_id {seen_text[digest]}"
                    report.add(*where, "duplicate_text", detail, "rejected", doc_id)
                    continue
                url_key = _URL_NORM_RE.sub("", row["url"].strip().lower()) if row["url"] else None
                if url_key and url_key in seen_url:
                    detail = f"same URL as doc_id {seen_url[url_key]}"
                    report.add(*where, "duplicate_url", detail, "rejected", doc_id)
                    continue
                seen_text[digest] = doc_id
                if url_key:
                    seen_url[url_key] = doc_id
            if doc_id in seen_id:
                seen_id[doc_id] += 1
                new_id = f"{doc_id}~{seen_id[doc_id]}"
                detail = f"doc_id {doc_id!r} already used by a different record; renamed {new_id!r}"
                report.add(*where, "duplicate_id", detail, "repaired", new_id)
                row["doc_id"] = new_id
            seen_id.setdefault(row["doc_id"], 1)
            table.append(row)
    bar.close()

    corpus = table.frame(report, date_bounds)
    if outlets is not None:
        known = outlets if isinstance(outlets, pd.DataFrame) else outlet_table(outlets)
        canon = canonical_outlets(corpus["outlet"], known)
        leaning = canon.map(dict(zip(known["outlet"], known["leaning"], strict=True)))
        corpus["leaning"] = corpus["leaning"].fillna(normalise_leaning(leaning))
    report.loaded = len(corpus)
    report.finalize()
    corpus.attrs["load_report"] = report
    return corpus


_PARALLEL_BYTES = 50_000_000
_BATCH_BYTES = 4_000_000


def _available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class _Options:
    format: str | None
    clean: bool
    metadata: dict[str, str]
    require_text: bool


@dataclass
class _Outcome:
    """One input record: its row, or None when rejected; and what happened to it."""

    position: int | None
    row: dict[str, Any] | None
    problems: list[tuple[str, str, str]] = field(default_factory=list)
    doc_id: str | None = None


@dataclass
class _FileResult:
    name: str
    notes: list[tuple[str, str, str]]
    outcomes: list[_Outcome]


def _read_file(raw: RawFile, opts: _Options) -> _FileResult:
    """Everything about one file that does not depend on other files."""
    if raw.error:
        return _FileResult(
            raw.name, [], [_Outcome(None, None, [("unreadable_file", raw.error, "rejected")])]
        )
    decoded = decode(raw.data)
    notes = [("encoding_repaired", decoded.repaired, "repaired")] if decoded.repaired else []
    forced = FORMATS[opts.format] if opts.format else None
    outcomes = []
    for item in read_items(raw, decoded):
        if item.record is None:
            outcomes.append(
                _Outcome(item.position, None, [("unparseable", item.error or "", "rejected")])
            )
            continue
        fmt: Format = forced or (
            FORMATS[item.container] if item.container in ("txt", "html") else detect(item.record)
        )
        row = map_record(item.record, fmt)
        for key, value in opts.metadata.items():
            if row.get(key) is None:
                row[key] = value
        row["format"] = fmt.name
        row["source_file"] = raw.name
        row["source_record"] = item.position
        outcome = _Outcome(item.position, row)
        _finish_row(row, raw.stem, item.position is None, opts.clean, outcome.problems)
        if fmt.name == "txt" and not row["title"]:
            row["title"], row["text"] = split_first_line(row["text"])
        if opts.require_text and not row["text"]:
            if not any(k in item.record for k in fmt.fields["text"]):
                found = sorted(map(str, item.record))[:12]
                problem = (
                    "no_text_field",
                    f"no text field; looked for {list(fmt.fields['text'])}, found {found}",
                    "rejected",
                )
            else:
                after = " after cleaning" if opts.clean else ""
                problem = ("empty_text", f"the text is empty{after}", "rejected")
            outcome.problems.append(problem)
            outcome.doc_id = row["doc_id"]
            outcome.row = None
        outcomes.append(outcome)
    return _FileResult(raw.name, notes, outcomes)


def _read_batch(raws: list[RawFile], opts: _Options) -> list[_FileResult]:
    return [_read_file(raw, opts) for raw in raws]


def _batches(files: Iterator[RawFile]) -> Iterator[list[RawFile]]:
    batch: list[RawFile] = []
    size = 0
    for raw in files:
        batch.append(raw)
        size += len(raw.data)
        if size >= _BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _read_all(files: Iterator[RawFile], opts: _Options, jobs: int) -> Iterator[_FileResult]:
    """Read files in order, on *jobs* processes when more than one."""
    if jobs <= 1:
        for raw in files:
            yield _read_file(raw, opts)
        return
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(max_workers=jobs, mp_context=mp.get_context(method)) as pool:
        pending: deque = deque()
        for batch in _batches(files):
            pending.append(pool.submit(_read_batch, batch, opts))
            while len(pending) > 2 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


class _TableBuilder:
    """Collect rows, converting them to Arrow-backed columns every few thousand rows.

    This bounds the memory taken by Python string objects on big corpora.
    """

    CHUNK = 4000

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self.pieces: list[pd.DataFrame] = []

    def append(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        if len(self.rows) >= self.CHUNK:
            self._flush()

    def _flush(self) -> None:
        if not self.rows:
            return
        data = {}
        for col in COLUMNS:
            dtype = "string" if col == "published" else SCHEMA[col][0]
            data[col] = pd.array([r.get(col) for r in self.rows], dtype=dtype)
        self.pieces.append(pd.DataFrame(data))
        self.rows = []

    def frame(self, report: LoadReport, bounds: tuple[str | None, str | None]) -> pd.DataFrame:
        self._flush()
        if self.pieces:
            frame = pd.concat(self.pieces, ignore_index=True)
        else:
            frame = empty_corpus().astype({"published": "string"})
        self.pieces = []
        frame["published"] = _parse_dates(frame["published"], frame, report, bounds)
        frame["leaning"] = normalise_leaning(frame["leaning"]).where(frame["leaning"].notna())
        frame.index = pd.Index(frame["doc_id"].to_numpy(dtype=object), name=None)
        return frame[COLUMNS]


def _key_text(text: str) -> str:
    return " ".join(text.split())


def _finish_row(
    row: dict[str, Any], stem: str, single: bool, clean: bool, problems: list[tuple[str, str, str]]
) -> None:
    """Unicode repair, cleaning and the doc_id of one mapped record (in place)."""
    for col in ("text", "title", "outlet", "authors"):
        value = row.get(col)
        if value and not value.isascii():
            fixed, changed = fix_mojibake(value)
            if changed:
                problems.append(
                    ("mojibake_repaired", f"repaired mis-decoded characters in {col}", "repaired")
                )
                row[col] = fixed
    for col in ("title", "outlet", "authors", "url", "leaning", "story", "topic", "language"):
        if row.get(col):
            row[col] = normalise_unicode(row[col]).replace("\n", " ") or None
    text = row.get("text") or ""
    row["dateline"] = None
    if clean and text:
        result = clean_text(text, title=row.get("title"), outlet=row.get("outlet"))
        text = result.text
        row["title"] = row.get("title") or result.title
        row["authors"] = row.get("authors") or result.authors
        row["dateline"] = result.dateline
        if result.removed:
            shown = " | ".join(result.removed[:8]) + (" | ..." if len(result.removed) > 8 else "")
            problems.append(("chrome_removed", f"{len(result.removed)} lines: {shown}", "cleaned"))
    else:
        text = normalise_unicode(text)
    row["text"] = text
    if not row.get("doc_id"):
        if single:
            row["doc_id"] = stem
        else:
            key = row.get("url") or text or f"{row['source_file']}:{row['source_record']}"
            row["doc_id"] = _hash_id(key)
    row["doc_id"] = str(row["doc_id"]).strip()


def _parse_dates(
    raw: pd.Series, frame: pd.DataFrame, report: LoadReport, bounds: tuple[str | None, str | None]
) -> pd.Series:
    """Parse publication dates to UTC; report unparseable and implausible ones."""
    values = pd.Series(
        [v.strip() if isinstance(v, str) else None for v in raw.astype(object)],
        index=raw.index,
        dtype=object,
    )
    present = pd.Series([bool(v) for v in values], index=raw.index, dtype=bool)
    parsed = pd.to_datetime(values, utc=True, errors="coerce", format="ISO8601")
    retry = present & parsed.isna()
    if retry.any():
        parsed[retry] = pd.to_datetime(values[retry], utc=True, errors="coerce", format="mixed")
    lo = pd.Timestamp(bounds[0] or "1900-01-01", tz="UTC")
    hi = (
        pd.Timestamp(bounds[1], tz="UTC")
        if bounds[1]
        else pd.Timestamp.now(tz="UTC").normalize() + pd.Timedelta(days=2)
    )
    bad_parse = present & parsed.isna()
    implausible = parsed.notna() & ((parsed < lo) | (parsed > hi))
    for i in bad_parse[bad_parse].index:
        report.add(
            frame.at[i, "source_file"],
            _na(frame.at[i, "source_record"]),
            "unparseable_date" if not _out_of_range(values[i]) else "implausible_date",
            f"date {values[i]!r} could not be read; set to NaT",
            "repaired",
            frame.at[i, "doc_id"],
        )
    for i in implausible[implausible].index:
        report.add(
            frame.at[i, "source_file"],
            _na(frame.at[i, "source_record"]),
            "implausible_date",
            f"date {values[i]!r} is outside {lo.date()}..{hi.date()}; set to NaT",
            "repaired",
            frame.at[i, "doc_id"],
        )
    parsed[implausible] = pd.NaT
    return parsed.astype("datetime64[ns, UTC]")


def _out_of_range(value: Any) -> bool:
    """A date that is well-formed but outside what pandas can hold (year 0001)."""
    return isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}", value) is not None


def _na(value: Any) -> int | None:
    return None if pd.isna(value) else int(value)
