"""The chunk function: every analysis of one chunk over the same parsed articles.

:func:`run_chunk` is what a worker runs (a local process or a Dask worker
thread): it parses the chunk's texts once into a
:class:`~newsresearch.text.ParsedCorpus` and hands the same
:class:`~newsresearch.text.Article` objects to every analysis, so sentences,
actors and attributions found for one analysis are there for the next. An
analysis that computes only part of the chunk (the rest is cached) gets a
ParsedCorpus of the same articles for those documents. Nothing is shared
between chunks: two chunks can run at once in one process.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..text import ParsedCorpus, parse
from .cache import KEY_COLUMN
from .registry import ANALYSES, DOCUMENT_TABLES

__all__ = ["ChunkResult", "Task", "run_chunk"]


@dataclass
class Task:
    """One chunk: its documents and, per analysis, which of them to compute."""

    number: int
    doc_ids: list[str]
    texts: list[str | None]
    keys: list[str]
    work: dict[str, tuple[dict[str, Any], list[int]]]  # analysis -> (options, doc positions)


@dataclass
class ChunkResult:
    """What a chunk sends back: its tables (with the ``_key`` column) and timings."""

    number: int
    tables: dict[str, pa.Table]
    sentences: int = 0  # sentences of the documents computed
    seconds: dict[str, float] = field(default_factory=dict)  # wall time per analysis
    cpu: dict[str, float] = field(default_factory=dict)  # CPU time per analysis (this thread)


def _subset(parsed: ParsedCorpus, positions: list[int]) -> ParsedCorpus:
    """The same Article objects for the documents at *positions*."""
    if len(positions) == len(parsed):
        return parsed
    return ParsedCorpus(parsed.index[positions], [parsed[i] for i in positions])


def run_chunk(task: Task) -> ChunkResult:
    """Run the analyses of one chunk over one parse of its texts.

    Examples
    --------
    >>> task = Task(0, ["a"], ["Ms. Ada Voss said no."], ["k"], {"attributions": ({}, [0])})
    >>> result = run_chunk(task)
    >>> result.tables["attributions"].column("_key").to_pylist(), result.sentences
    (['k'], 1)
    """
    texts = pd.Series(task.texts, index=pd.Index(task.doc_ids, dtype=object), dtype=object)
    parsed = parse(texts)
    result = ChunkResult(task.number, {})
    for name, (options, positions) in task.work.items():
        if not positions:
            continue
        analysis = ANALYSES[name]
        t0, c0 = time.perf_counter(), time.thread_time()
        subset = _subset(parsed, positions)
        frames = analysis.run(subset, options)
        keys = pa.array([task.keys[i] for i in positions], type=pa.string())
        ids = pa.array([task.doc_ids[i] for i in positions], type=pa.string())
        for table_name in analysis.tables:
            table = _to_arrow(frames[table_name], table_name)
            where = pc.index_in(table.column("doc_id").cast(pa.string()), value_set=ids)
            if table.num_rows and where.null_count:
                raise RuntimeError(f"analysis {name!r} returned unknown doc_ids")
            result.tables[table_name] = table.append_column(KEY_COLUMN, pc.take(keys, where))
        result.seconds[name] = time.perf_counter() - t0
        result.cpu[name] = time.thread_time() - c0
    computed = {i for _, positions in task.work.values() for i in positions}
    result.sentences = sum(len(parsed[i].sentences) for i in computed if parsed[i] is not None)
    return result


def _to_arrow(frame: pd.DataFrame, name: str) -> pa.Table:
    """A feature table as Arrow, with ``doc_id`` as the first column and no index."""
    if "doc_id" not in frame.columns:
        if name not in DOCUMENT_TABLES:
            raise RuntimeError(f"table {name!r} has no doc_id column")
        frame = frame.rename_axis("doc_id").reset_index()
    else:
        frame = frame.reset_index(drop=True)
    return pa.Table.from_pandas(frame, preserve_index=False)
