"""Output: tables cast to their declared schema, collected in order or streamed to Parquet."""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .cache import KEY_COLUMN

__all__ = ["TableSink", "conform"]


def conform(table: pa.Table, schema: pa.Schema, name: str) -> pa.Table:
    """Cast *table* to the table's declared schema (the ``_key`` column, when present, is kept).

    Examples
    --------
    >>> schema = pa.schema([("doc_id", pa.large_string()), ("n", pa.int64())])
    >>> conform(pa.table({"doc_id": ["a"], "n": [1.0]}), schema, "t").schema.types
    [DataType(large_string), DataType(int64)]
    """
    names = [f.name for f in schema]
    have = [c for c in table.column_names if c != KEY_COLUMN]
    if have != names:
        raise RuntimeError(
            f"table {name!r} does not have its declared columns: expected {names}, got {have}; "
            "the analysis and its declaration in newsresearch/pipeline/schemas.py disagree"
        )
    if all(table.field(f.name).type == f.type for f in schema):
        return table.replace_schema_metadata(schema.metadata)  # read from the cache
    columns = [table.column(f.name).cast(f.type) for f in schema]
    fields = list(schema)
    if KEY_COLUMN in table.column_names:
        columns.append(table.column(KEY_COLUMN))
        fields.append(pa.field(KEY_COLUMN, pa.string()))
    return pa.Table.from_arrays(columns, schema=pa.schema(fields, metadata=schema.metadata))


class TableSink:
    """Collect a table's rows in order: in memory, or streamed to a Parquet file.

    The file is written under a temporary name with row groups of a fixed
    size (so it does not depend on the chunking) and renamed when complete.
    """

    def __init__(self, schema: pa.Schema, path: Path | None, row_group_size: int):
        self.schema = schema
        self.path = path
        self.row_group_size = row_group_size
        self.pending: list[pa.Table] = []
        self.pending_rows = 0
        self.rows = 0
        self.writer: pq.ParquetWriter | None = None
        self.tmp: Path | None = None
        if path is not None:
            self.tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
            self.writer = pq.ParquetWriter(
                self.tmp, schema, compression="zstd", use_dictionary=True, write_statistics=True
            )

    def add(self, table: pa.Table) -> None:
        """Append rows (in corpus order)."""
        if not table.num_rows:
            return
        self.rows += table.num_rows
        self.pending.append(table)
        self.pending_rows += table.num_rows
        if self.writer is not None:
            while self.pending_rows >= self.row_group_size:
                self._flush(self.row_group_size)

    def _flush(self, n: int) -> None:
        assert self.writer is not None
        whole = pa.concat_tables(self.pending)
        head, rest = whole.slice(0, n), whole.slice(n)
        self.writer.write_table(head.combine_chunks(), row_group_size=n)
        self.pending = [rest] if rest.num_rows else []
        self.pending_rows = rest.num_rows

    def close(self) -> pa.Table | None:
        """Finish the file (returns None), or return the whole table when in memory."""
        if self.writer is None:
            if not self.pending:
                return self.schema.empty_table()
            return pa.concat_tables(self.pending).combine_chunks()
        if self.pending_rows:
            self._flush(self.pending_rows)
        self.writer.close()
        assert self.tmp is not None and self.path is not None
        os.replace(self.tmp, self.path)
        return None

    def abort(self) -> None:
        """Close and delete a half-written file."""
        if self.writer is not None:
            self.writer.close()
            if self.tmp is not None and self.tmp.exists():
                self.tmp.unlink()
