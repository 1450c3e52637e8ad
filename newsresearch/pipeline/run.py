"""extract and features: chunks of a corpus through the engines, merged with the cache, in order."""

from __future__ import annotations

import json
import os
import time
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .. import config
from .cache import KEY_COLUMN, AnalysisCache, atomic_write_bytes, doc_keys, key_material
from .chunk import ChunkResult, Task
from .engines import DaskEngine, LocalEngine, available_cores
from .progress import Progress
from .registry import (
    DOCUMENT_TABLES,
    TABLES,
    Analysis,
    options_for,
    resolve_analyses,
    validate_options,
)
from .sink import TableSink, conform

__all__ = ["DEFAULT_CACHE_DIR", "ROW_GROUP_SIZE", "Extraction", "extract", "features"]

#: Where :func:`features` caches by default (``NEWSRESEARCH_CACHE_DIR`` overrides it).
DEFAULT_CACHE_DIR = config.CACHE_DIR
#: Rows per Parquet row group in the output files (fixed, so files do not depend on chunking).
ROW_GROUP_SIZE = 65_536
#: Finished chunks held per worker before the oldest must be taken (bounds memory).
CHUNKS_IN_FLIGHT_PER_JOB = 2
_Engine = Literal["local", "dask"]


@dataclass
class Extraction:
    """The result of :func:`extract`: feature tables, where they were written, and counts.

    ``extraction["attributions"]`` gives a table as a DataFrame (read from its
    Parquet file when ``out`` was given). Tables with one row per document
    (``documents``, ``frames``) are indexed by a named ``doc_id`` index so that
    ``corpus.join(extraction["frames"])`` works; the others have a ``doc_id``
    column and a default index.

    Attributes
    ----------
    tables : dict of str to DataFrame
        The tables held in memory (when ``out`` was not given).
    paths : dict of str to Path
        The Parquet file of each table (when ``out`` was given).
    stats : dict
        ``documents``, ``computed`` and ``cached`` (documents per analysis),
        ``sentences`` (sentences of the documents computed), ``rows`` (per
        table), ``seconds`` (wall time), ``analysis_seconds`` and
        ``analysis_cpu_seconds`` (wall and CPU time per analysis, summed over
        workers; sentence splitting and actor finding are charged to the first
        analysis that reads them), ``jobs``, ``engine`` and ``chunks``.
    """

    tables: dict[str, pd.DataFrame]
    paths: dict[str, Path]
    stats: dict[str, Any]

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name in self.tables:
            return self.tables[name]
        if name in self.paths:
            return _to_pandas(pq.read_table(self.paths[name]), name)
        raise KeyError(f"table {name!r} is invalid; valid values are {self.names}")

    def __contains__(self, name: object) -> bool:
        return name in self.tables or name in self.paths

    @property
    def names(self) -> list[str]:
        """The table names, in the order of :data:`TABLES`."""
        return [t for t in TABLES if t in self]

    def __repr__(self) -> str:
        s = self.stats
        where = f" in {Path(next(iter(self.paths.values()))).parent}" if self.paths else ""
        return (
            f"Extraction({s['documents']:,} documents, tables {self.names}{where}; "
            f"computed {s['computed']}, cached {s['cached']}, {s['seconds']:.1f} s)"
        )


def _to_pandas(table: pa.Table, name: str) -> pd.DataFrame:
    frame = table.to_pandas()
    if name in DOCUMENT_TABLES:
        frame = frame.set_index("doc_id")
    return frame


class _Texts:
    """The corpus texts, handed out a slice at a time.

    The corpus keeps its texts in Arrow memory; turning all of them into Python
    strings at once would take several hundred MB more on a large corpus (a
    text with one curly quote takes two bytes per character as a Python
    string), so they are converted chunk by chunk.
    """

    def __init__(self, series: pd.Series):
        self._series = series

    def __len__(self) -> int:
        return len(self._series)

    def __getitem__(self, where: slice) -> list[str | None]:
        return [t if isinstance(t, str) else None for t in self._series.iloc[where].tolist()]


def _corpus_arrays(corpus: pd.DataFrame | pd.Series) -> tuple[list[str], _Texts]:
    from ..text import corpus_texts

    texts = corpus_texts(corpus)
    doc_ids = [str(i) for i in texts.index]
    if len(set(doc_ids)) != len(doc_ids):
        dupes = pd.Index(doc_ids)[pd.Index(doc_ids).duplicated()].unique()[:5].tolist()
        raise ValueError(f"doc_id values must be unique; repeated: {dupes}")
    return doc_ids, _Texts(texts)


def _resolve_cache(cache: str | Path | bool | None) -> Path | None:
    if cache is None or cache is False:
        return None
    if cache is True:  # the variable is read at call time, so a test or a job can redirect it
        return Path(os.environ.get("NEWSRESEARCH_CACHE_DIR", DEFAULT_CACHE_DIR))
    return Path(cache)


def _check_arguments(engine: str, chunk_size: Any, jobs: Any, scheduler: Any) -> None:
    if engine not in ("local", "dask"):
        raise ValueError(f"engine {engine!r} is invalid; valid values are ['dask', 'local']")
    if not isinstance(chunk_size, int) or chunk_size < 1:
        raise ValueError(f"chunk_size must be a positive integer, not {chunk_size!r}")
    if jobs is not None and (not isinstance(jobs, int) or jobs < 1):
        raise ValueError(f"jobs must be a positive integer, not {jobs!r}")
    if scheduler is not None and engine != "dask":
        raise ValueError("scheduler= is for engine='dask'")


@dataclass
class _Plan:
    """What one extraction computes: analyses, options, keys, schemas, caches, missing rows."""

    chosen: list[Analysis]
    options: dict[str, dict[str, Any]]
    material: dict[str, dict[str, Any]]
    schemas: dict[str, pa.Schema]
    caches: dict[str, AnalysisCache]
    missing: dict[str, set[int]]


def _plan(
    analyses: Sequence[str] | str | None,
    options: Mapping[str, Mapping[str, Any]] | None,
    keys: list[str],
    root: Path | None,
) -> _Plan:
    validate_options(options)
    chosen = resolve_analyses(analyses)
    if not chosen:
        raise ValueError(f"analyses is empty; valid values are {sorted(TABLES.values())}")
    per_options = {a.name: options_for(a, options) for a in chosen}
    material, schemas, caches, missing = {}, {}, {}, {}
    for a in chosen:
        material[a.name] = key_material(a, per_options[a.name])
        schemas.update(a.schemas(per_options[a.name]))
        if root is not None:
            caches[a.name] = AnalysisCache(root, a, material[a.name])
        cache = caches.get(a.name)
        missing[a.name] = {i for i, k in enumerate(keys) if cache is None or k not in cache}
    return _Plan(chosen, per_options, material, schemas, caches, missing)


def _prepare(plan: _Plan) -> None:
    """Load what the analyses with documents to compute read in every chunk (their models)."""
    for a in plan.chosen:
        if a.prepare is not None and plan.missing[a.name]:
            a.prepare(plan.options[a.name])


def extract(
    corpus: pd.DataFrame | pd.Series,
    *,
    analyses: Sequence[str] | str | None = None,
    jobs: int | None = None,
    engine: _Engine = "local",
    cache: str | Path | bool | None = None,
    out: str | Path | None = None,
    chunk_size: int = 200,
    scheduler: Any = None,
    progress: bool | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
) -> Extraction:
    """Compute feature tables for a corpus: every analysis, all cores, cached, streamed.

    Parameters
    ----------
    corpus : DataFrame or Series
        A corpus table (its ``doc_id`` and cleaned ``text``) or a Series of texts
        whose index serves as ``doc_id``. ``doc_id`` values must be unique.
    analyses : sequence of str, optional
        Names from :data:`ANALYSES`: ``"sentiment"`` (tables ``documents`` and
        ``sentences``), ``"frames"``, ``"attributions"``, ``"actors"``
        (``actor_sentiment``), ``"stance"`` (``stance_triples``) and the opt-in
        ``"sentence_frames"``. Default: :data:`DEFAULT_ANALYSES`.
    jobs : int, optional
        Worker processes (default: the cores available to this process). With
        ``jobs=1`` and the local engine everything runs in this process.
    engine : {"local", "dask"}
        ``"local"``: a process pool on this machine. ``"dask"``: the same chunk
        function on a ``dask.distributed`` cluster (see *scheduler*).
    cache : str, Path or bool, optional
        A folder for the content-addressed cache (``True``: :data:`DEFAULT_CACHE_DIR`).
        Documents whose results are cached for the current key are not computed again.
    out : str or Path, optional
        A folder to write ``<table>.parquet`` files and ``manifest.json`` to,
        streaming chunk by chunk (memory stays bounded). Without it the tables
        are returned in memory.
    chunk_size : int
        Documents per task. Results do not depend on it.
    scheduler : str or distributed.Client, optional
        With ``engine="dask"``: a scheduler address (``"tcp://10.0.0.5:8786"``) or a
        client. Default: a ``LocalCluster`` of *jobs* single-threaded processes.
    progress : bool, optional
        Show a progress bar (documents, rate, time left). Default: when a person
        is watching (a terminal or a notebook); otherwise log lines at INFO level.
    options : mapping, optional
        Per-analysis options, part of the cache key:
        ``{"frames": {"scheme": "policy"}, "sentiment": {"method": "vader"}}``.
        ``sentiment``: ``method`` (``"vader"``, ``"vader-nltk"`` or a dictionary
        file) and ``whole_text`` (default ``False``: the ``documents`` table
        aggregates the sentence scores; ``True`` adds VADER over each whole text
        in ``*_whole_text`` columns, which saturate near ±1 on articles and cost
        about five times the sentence pass because VADER's run time grows with
        the square of the text's length).
        ``frames`` and ``sentence_frames``: ``scheme`` (a name or a lexicon file).

    Returns
    -------
    Extraction
        ``result["attributions"]`` and so on; ``result.paths`` when written;
        ``result.stats`` counts computed and cached documents.

    Notes
    -----
    Memory: with ``out`` the process holds the corpus, at most ``2 * jobs``
    finished chunks and one row group per table; without it, the whole tables.

    The local engine forks its workers where the platform allows it (as
    :func:`newsresearch.load_corpus` does), so they start with the lexicons
    already loaded.

    Dask workers may run several threads: each chunk parses its own articles
    and makes its own scorers, so chunks that run at once share nothing but
    read-only lexicons and models. The analyses are pure Python and hold the
    GIL, though, so one thread per worker process (``dask worker ADDRESS
    --nworkers N --nthreads 1``) is the fast setting.

    Examples
    --------
    >>> import newsresearch as nr
    >>> corpus = nr.load_corpus("sample", progress=False)
    >>> feats = extract(corpus, analyses=["attributions", "frames"], jobs=1)
    >>> feats.names
    ['frames', 'attributions']
    >>> feats["frames"].index.equals(corpus.index)
    True
    >>> feats.stats["computed"]["attributions"] == len(corpus)
    True

    With a cache, a second run computes nothing:

    >>> import tempfile
    >>> folder = tempfile.mkdtemp()
    >>> first = extract(corpus, analyses=["attributions"], cache=folder, jobs=1)
    >>> again = extract(corpus, analyses=["attributions"], cache=folder, jobs=1)
    >>> again.stats["computed"], again.stats["cached"]
    ({'attributions': 0}, {'attributions': 64})
    >>> again["attributions"].equals(first["attributions"])
    True

    On a cluster (the workers need ``newsresearch`` installed; they get the texts
    from this process and need no shared disk)::

        feats = extract(corpus, engine="dask", scheduler="tcp://scheduler:8786",
                        out="features/", cache="cache/")
    """
    _check_arguments(engine, chunk_size, jobs, scheduler)
    t_start = time.perf_counter()
    doc_ids, texts = _corpus_arrays(corpus)
    keys = doc_keys(doc_ids, texts)
    n = len(doc_ids)
    plan = _plan(analyses, options, keys, _resolve_cache(cache))
    to_compute = sorted(set().union(*plan.missing.values()))
    stats: dict[str, Any] = {
        "documents": n,
        "computed": {a: len(rows) for a, rows in plan.missing.items()},
        "cached": {a: n - len(rows) for a, rows in plan.missing.items()},
        "sentences": 0,
        "engine": engine,
        "chunk_size": chunk_size,
        "chunks": 0,
        "analysis_seconds": dict.fromkeys(plan.missing, 0.0),
        "analysis_cpu_seconds": dict.fromkeys(plan.missing, 0.0),
    }
    out_dir = Path(out) if out is not None else None
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    sinks = {
        name: TableSink(schema, out_dir / f"{name}.parquet" if out_dir else None, ROW_GROUP_SIZE)
        for name, schema in plan.schemas.items()
    }

    def tasks() -> Iterator[Task]:
        for number, lo in enumerate(range(0, n, chunk_size)):
            hi = min(n, lo + chunk_size)
            work = {
                name: (plan.options[name], [i - lo for i in range(lo, hi) if i in rows])
                for name, rows in plan.missing.items()
            }
            yield Task(number, doc_ids[lo:hi], texts[lo:hi], keys[lo:hi], work)

    workers = min(jobs or available_cores(), max(1, -(-len(to_compute) // chunk_size)))
    engine_impl: LocalEngine | DaskEngine | None = None
    bar = Progress(len(to_compute), n - len(to_compute), progress)
    try:
        if to_compute:
            engine_impl = (
                DaskEngine(jobs or available_cores(), scheduler)
                if engine == "dask"
                else LocalEngine(workers, prepare=lambda: _prepare(plan))
            )
        stats["jobs"] = engine_impl.jobs if engine_impl is not None else 0
        window: deque[tuple[Task, Any]] = deque()
        limit = CHUNKS_IN_FLIGHT_PER_JOB * max(1, stats["jobs"])
        for task in tasks():
            stats["chunks"] += 1
            pending = None
            if any(todo for _, todo in task.work.values()):
                assert engine_impl is not None
                pending = engine_impl.submit(task)
            window.append((task, pending))
            while len(window) > limit or (window and window[0][1] is None):
                _finish(*window.popleft(), plan, sinks, bar, stats)
        while window:
            _finish(*window.popleft(), plan, sinks, bar, stats)
        tables_out = {name: sink.close() for name, sink in sinks.items()}
    except BaseException:
        for sink in sinks.values():
            sink.abort()
        raise
    finally:
        bar.close()
        if engine_impl is not None:
            engine_impl.close()

    stats["rows"] = {name: sink.rows for name, sink in sinks.items()}
    stats["seconds"] = time.perf_counter() - t_start
    if out_dir is None:
        tables = {name: _to_pandas(t, name) for name, t in tables_out.items() if t is not None}
        return Extraction(tables, {}, stats)
    paths = {name: out_dir / f"{name}.parquet" for name in sinks}
    _write_manifest(out_dir, n, paths, plan, stats)
    return Extraction({}, paths, stats)


def _write_manifest(
    out_dir: Path, n: int, paths: dict[str, Path], plan: _Plan, stats: dict[str, Any]
) -> None:
    """``manifest.json``: rows and file per table, each analysis' key material (no dates)."""
    manifest = {
        "documents": n,
        "tables": {
            name: {"rows": stats["rows"][name], "file": p.name} for name, p in paths.items()
        },
        "analyses": {
            name: {k: v for k, v in material.items() if k != "analysis"}
            for name, material in plan.material.items()
        },
        "row_group_size": ROW_GROUP_SIZE,
    }
    atomic_write_bytes(
        out_dir / "manifest.json", json.dumps(manifest, indent=2, sort_keys=True).encode()
    )


def _finish(
    task: Task,
    pending: Any,
    plan: _Plan,
    sinks: Mapping[str, TableSink],
    bar: Progress,
    stats: dict[str, Any],
) -> None:
    """Take one chunk's results in corpus order: cache the new rows, merge cached rows, emit."""
    result: ChunkResult | None = pending.result() if pending is not None else None
    if result is not None:
        stats["sentences"] += result.sentences
        for name, seconds in result.seconds.items():
            stats["analysis_seconds"][name] += seconds
            stats["analysis_cpu_seconds"][name] += result.cpu[name]
    order = pa.array(task.keys, pa.string())
    computed_docs: set[int] = set()
    for a in plan.chosen:
        todo = task.work[a.name][1]
        computed_docs.update(todo)
        fresh = {}
        if result is not None and todo:
            fresh = {t: conform(result.tables[t], plan.schemas[t], t) for t in a.tables}
            if a.name in plan.caches:
                plan.caches[a.name].write([task.keys[i] for i in todo], fresh)
        todo_set = set(todo)
        cached_keys = [task.keys[i] for i in range(len(task.keys)) if i not in todo_set]
        for name in a.tables:
            pieces = [fresh[name]] if name in fresh else []
            if cached_keys:
                cached = plan.caches[a.name].read(name, cached_keys)
                pieces += [conform(t, plan.schemas[name], name) for t in cached]
            pieces = [p for p in pieces if p.num_rows]
            if pieces:
                sinks[name].add(_in_corpus_order(pa.concat_tables(pieces), order))
    bar.update(len(computed_docs))


def _in_corpus_order(rows: pa.Table, order: pa.Array) -> pa.Table:
    """Rows sorted (stably) by their document's place in the chunk, without the key column."""
    position = pc.index_in(rows.column(KEY_COLUMN), value_set=order).to_numpy(zero_copy_only=False)
    if len(position) > 1 and (np.diff(position) < 0).any():
        rows = rows.take(pa.array(np.argsort(position, kind="stable")))
    return rows.drop_columns([KEY_COLUMN])


def features(
    corpus: pd.DataFrame | pd.Series,
    table: str,
    *,
    cache: str | Path | bool | None = True,
    jobs: int | None = None,
    engine: _Engine = "local",
    scheduler: Any = None,
    progress: bool | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
) -> pd.DataFrame:
    """One feature table for *corpus*, read through the cache (computing what is missing).

    This is how notebooks get features: the first run computes and caches them,
    a re-run (or a run over a grown corpus) reads what is cached and computes
    only new or changed documents.

    Parameters
    ----------
    corpus : DataFrame or Series
        As for :func:`extract`.
    table : str
        One of :data:`TABLES`: ``documents``, ``sentences``, ``frames``,
        ``sentence_frames``, ``attributions``, ``actor_sentiment``, ``stance_triples``.
    cache : str, Path or bool
        The cache folder; ``True`` (default) is :data:`DEFAULT_CACHE_DIR`
        (``NEWSRESEARCH_CACHE_DIR`` overrides it); ``None`` computes without caching.
    jobs, engine, scheduler, progress, options
        As for :func:`extract`.

    Returns
    -------
    pandas.DataFrame
        The table in corpus order; per-document tables are indexed by ``doc_id``.

    Examples
    --------
    >>> import tempfile
    >>> import newsresearch as nr
    >>> corpus = nr.load_corpus("sample", progress=False)
    >>> folder = tempfile.mkdtemp()
    >>> quotes = features(corpus, "attributions", cache=folder, jobs=1)
    >>> quotes.columns[:3].tolist()
    ['doc_id', 'attribution_id', 'kind']
    >>> features(corpus.head(10), "attributions", cache=folder, jobs=1).equals(
    ...     quotes[quotes["doc_id"].isin(corpus.index[:10])].reset_index(drop=True))
    True
    """
    if table not in TABLES:
        raise ValueError(f"table {table!r} is invalid; valid values are {sorted(TABLES)}")
    result = extract(
        corpus,
        analyses=[TABLES[table]],
        jobs=jobs,
        engine=engine,
        cache=cache,
        scheduler=scheduler,
        progress=progress,
        options=options,
    )
    return result[table]
