"""Every feature table's declared columns as an Arrow schema.

Each analysis declares its own columns and pandas dtypes next to the code
that makes them (``ATTRIBUTION_COLUMNS`` in :mod:`newsresearch.attribution.tables`,
:func:`newsresearch.sentiment.tone.sentence_columns`, ...); this module only
adds ``doc_id`` as a column where a per-document table's index becomes one,
and :func:`arrow_schema` turns a declaration into the Arrow schema that every
chunk is cast to and that the Parquet files carry (the pandas metadata in it
restores the same dtypes when a table is read back). Two tables have columns
that depend on the options: the sentiment tables on the method and the frame
tables on the lexicon's frame names.

Examples
--------
>>> from newsresearch.framing import load_lexicon
>>> list(frame_columns(load_lexicon("generic"), level="document"))[:3]
['doc_id', 'n_tokens', 'density_conflict']
>>> from newsresearch.sentiment.actors import ACTOR_SENTIMENT_COLUMNS
>>> arrow_schema(ACTOR_SENTIMENT_COLUMNS).field("mentions").type
DataType(int64)
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import pandas as pd
import pyarrow as pa
from pyarrow.pandas_compat import get_logical_type

__all__ = [
    "arrow_schema",
    "document_sentiment_columns",
    "frame_columns",
    "sentence_sentiment_columns",
]

#: Arrow types of the columns whose pandas dtype (object) does not say what they hold.
ARROW_TYPES: dict[str, pa.DataType] = {
    "content_spans": pa.list_(pa.list_(pa.int64())),
    "cue_spans": pa.list_(pa.list_(pa.int64())),
}

#: The dtype of ``doc_id`` when a per-document table's index becomes a column.
DOC_ID_DTYPE = "str"


def document_sentiment_columns(method: Any, *, whole_text: bool) -> dict[str, str]:
    """The ``documents`` table: ``doc_id``, then :func:`newsresearch.sentiment.tone.document_columns`."""
    from ..sentiment.tone import document_columns

    return {"doc_id": DOC_ID_DTYPE, **document_columns(method, whole_text=whole_text)}


def sentence_sentiment_columns(method: Any) -> dict[str, str]:
    """The ``sentences`` table: :func:`newsresearch.sentiment.tone.sentence_columns`."""
    from ..sentiment.tone import sentence_columns

    return sentence_columns(method)


def frame_columns(lexicon: Any, *, level: str) -> dict[str, str]:
    """The ``frames`` or ``sentence_frames`` table: :func:`newsresearch.framing.frame_columns`."""
    from ..framing.measures import frame_columns as columns

    ids = {"doc_id": DOC_ID_DTYPE} if level == "document" else {}
    return {**ids, **columns(lexicon, level)}


def arrow_schema(columns: Mapping[str, str], attrs: Mapping[str, Any] | None = None) -> pa.Schema:
    """The Arrow schema of a declared table, with the pandas metadata that restores its dtypes.

    *attrs* are the table's ``DataFrame.attrs`` (the frame tables name their
    frames, lexicon and level); they are restored on reading too.

    Examples
    --------
    >>> schema = arrow_schema({"doc_id": "string", "content_spans": "object"})
    >>> [str(t) for t in schema.types]
    ['large_string', 'list<item: list<item: int64>>']
    >>> pa.Table.from_pylist([], schema=schema).to_pandas().dtypes.astype(str).tolist()
    ['string', 'object']
    """
    empty = pd.DataFrame({name: pd.Series([], dtype=dtype) for name, dtype in columns.items()})
    empty.attrs.update(attrs or {})
    schema = pa.Schema.from_pandas(empty, preserve_index=False)
    pandas_meta = json.loads(schema.metadata[b"pandas"])
    for entry in pandas_meta["columns"]:
        arrow_type = ARROW_TYPES.get(entry["name"])
        if arrow_type is not None and columns[entry["name"]] == "object":
            index = schema.get_field_index(entry["name"])
            schema = schema.set(index, pa.field(entry["name"], arrow_type))
            entry["pandas_type"] = get_logical_type(arrow_type)
    return schema.with_metadata({b"pandas": json.dumps(pandas_meta).encode("utf-8")})
