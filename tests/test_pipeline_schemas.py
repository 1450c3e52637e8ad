"""Declared table schemas: what every analysis returns, including for an empty corpus."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from newsresearch import pipeline
from newsresearch.pipeline.chunk import _to_arrow
from newsresearch.pipeline.registry import ANALYSES, DOCUMENT_TABLES
from newsresearch.pipeline.schemas import arrow_schema, frame_columns
from newsresearch.text import parse

FIXTURES = Path(__file__).parent / "fixtures"
OPTIONS = {
    "sentiment": [
        {},
        {"whole_text": True},
        {"method": "vader-nltk"},
        {"method": str(FIXTURES / "dictionaries" / "tone.dic")},
    ],
    "frames": [{}, {"scheme": "policy"}],
    "sentence_frames": [{}, {"scheme": "policy"}],
}


@pytest.mark.parametrize(
    ("name", "options"),
    [(name, options) for name in ANALYSES for options in OPTIONS.get(name, [{}])],
)
def test_each_analysis_returns_its_declared_schema(sample, name, options):
    analysis = ANALYSES[name]
    tables = analysis.run(parse(sample.head(12)), options)
    for table, schema in analysis.schemas(options).items():
        got = _to_arrow(tables[table], table).schema
        # Names, Arrow types and the pandas metadata (dtypes, attrs) all as declared.
        assert got.equals(schema, check_metadata=True), (table, got, schema)


@pytest.mark.parametrize("name", list(ANALYSES))
def test_an_empty_corpus_gives_the_declared_columns_and_dtypes(name):
    empty = pd.Series([], index=pd.Index([], dtype=object), dtype=object, name="text")
    feats = pipeline.extract(empty, analyses=[name], jobs=1)
    for table, schema in ANALYSES[name].schemas({}).items():
        frame = feats[table]
        expected = schema.empty_table().to_pandas()
        if table in DOCUMENT_TABLES:
            expected = expected.set_index("doc_id")
            assert frame.index.name == "doc_id"
        else:
            assert "doc_id" in frame.columns and isinstance(frame.index, pd.RangeIndex)
        assert list(frame.columns) == list(expected.columns)
        assert frame.dtypes.astype(str).tolist() == expected.dtypes.astype(str).tolist()


def test_frame_columns_follow_the_lexicon():
    from newsresearch.framing import load_lexicon

    lexicon = load_lexicon({"frames": {"a": {"terms": ["x"]}, "b": {"terms": ["y"]}}})
    columns = frame_columns(lexicon, level="sentence")
    assert list(columns)[:6] == ["doc_id", "sent_id", "start", "end", "text", "n_tokens"]
    assert [c for c in columns if c.endswith("_b")] == [
        "density_b",
        "present_b",
        "hits_b",
        "quoted_b",
    ]
    schema = ANALYSES["frames"].schemas({"scheme": "policy"})["frames"]
    assert schema.pandas_metadata["attributes"]["lexicon"] == "policy"


def test_arrow_schema_restores_the_declared_dtypes():
    columns = {"doc_id": "str", "label": "string", "n": "Int64", "content_spans": "object"}
    schema = arrow_schema(columns)
    assert schema.field("content_spans").type == pa.list_(pa.list_(pa.int64()))
    restored = schema.empty_table().to_pandas()
    assert restored.dtypes.astype(str).tolist() == ["str", "string", "Int64", "object"]
