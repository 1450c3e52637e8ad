"""The declared columns of every feature table, as pandas dtypes and as Arrow schemas.

Each table's columns are declared here, in output order, with their pandas
dtype names; :func:`arrow_schema` turns a declaration into the Arrow schema
that every chunk is cast to and that the Parquet files carry (the pandas
metadata in it restores the same dtypes when a table is read back). Two
tables have columns that depend on the options: the sentiment tables on the
method (VADER's ``neg neu pos compound`` or a dictionary's
``positive negative tokens tone``) and the frame tables on the lexicon's
frame names.

Examples
--------
>>> frame_columns(["conflict"], level="document")
{'doc_id': 'str', 'n_tokens': 'int64', 'density_conflict': 'float64', \
'present_conflict': 'bool', 'dominant': 'string', 'hits_conflict': 'int64', \
'quoted_conflict': 'int64'}
>>> arrow_schema(ACTOR_SENTIMENT_COLUMNS).field("mentions").type
DataType(int64)
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
import pyarrow as pa
from pyarrow.pandas_compat import get_logical_type

__all__ = [
    "ACTOR_SENTIMENT_COLUMNS",
    "ATTRIBUTION_COLUMNS",
    "STANCE_TRIPLE_COLUMNS",
    "arrow_schema",
    "document_sentiment_columns",
    "frame_columns",
    "sentence_sentiment_columns",
]

#: The score columns of each kind of sentiment method.
VADER_SCORES: dict[str, str] = dict.fromkeys(("neg", "neu", "pos", "compound"), "float64")
DICTIONARY_SCORES: dict[str, str] = {
    "positive": "float64",
    "negative": "float64",
    "tokens": "int64",
    "tone": "float64",
}

#: Arrow types of the columns whose pandas dtype (object) does not say what they hold.
ARROW_TYPES: dict[str, pa.DataType] = {"content_spans": pa.list_(pa.list_(pa.int64()))}

ATTRIBUTION_COLUMNS: dict[str, str] = {
    "doc_id": "string",
    "attribution_id": "string",
    "kind": "string",
    "source": "string",
    "source_start": "Int64",
    "source_end": "Int64",
    "cue": "string",
    "cue_start": "Int64",
    "cue_end": "Int64",
    "content": "string",
    "content_start": "Int64",
    "content_end": "Int64",
    "content_spans": "object",
    "speaker": "string",
    "speaker_type": "string",
    "cue_lemma": "string",
    "cue_stance": "string",
    "anonymous": "bool",
}

ACTOR_SENTIMENT_COLUMNS: dict[str, str] = {
    "doc_id": "string",
    "actor": "string",
    "actor_type": "string",
    "mentions": "Int64",
    "mean_score": "float64",
    "label": "str",
}

STANCE_TRIPLE_COLUMNS: dict[str, str] = {
    "doc_id": "str",
    "attribution_id": "str",
    "speaker": "str",
    "speaker_type": "str",
    "target": "str",
    "target_type": "str",
    "sentiment": "str",
    "score": "float64",
    "cue_stance": "str",
    "cue_lemma": "str",
}

_SENTENCE_IDS: dict[str, str] = {
    "doc_id": "string",
    "sent_id": "int64",
    "start": "int64",
    "end": "int64",
}


def _scores(dictionary: bool) -> dict[str, str]:
    return dict(DICTIONARY_SCORES if dictionary else VADER_SCORES)


def document_sentiment_columns(*, dictionary: bool, whole_text: bool) -> dict[str, str]:
    """The ``documents`` table: tone from the sentence scores, then the whole-text scores.

    The whole-text scores of a text without sentences are missing, so a
    dictionary's ``tokens`` count is a float there.
    """
    out = {
        "doc_id": "str",
        "n_sentences": "int64",
        "mean_score": "float64",
        "share_negative": "float64",
        "share_positive": "float64",
        "label": "string",
    }
    if whole_text:
        out.update(dict.fromkeys(_scores(dictionary), "float64"))
    return out


def sentence_sentiment_columns(*, dictionary: bool) -> dict[str, str]:
    """The ``sentences`` table: one row per sentence, the method's scores, score and label."""
    return {**_SENTENCE_IDS, **_scores(dictionary), "score": "float64", "label": "string"}


def frame_columns(frames: Sequence[str], *, level: str) -> dict[str, str]:
    """The ``frames`` (``level="document"``) or ``sentence_frames`` table of a lexicon."""
    ids = {"doc_id": "str"} if level == "document" else {**_SENTENCE_IDS, "text": "string"}
    out = {**ids, "n_tokens": "int64"}
    out.update({f"density_{k}": "float64" for k in frames})
    out.update({f"present_{k}": "bool" for k in frames})
    out["dominant"] = "string"
    out.update({f"hits_{k}": "int64" for k in frames})
    out.update({f"quoted_{k}": "int64" for k in frames})
    return out


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
