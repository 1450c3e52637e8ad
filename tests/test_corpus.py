"""The corpus schema, validation and descriptive helpers."""

from __future__ import annotations

import pandas as pd
import pytest

import newsresearch as nr
from newsresearch.corpus import empty_corpus, normalise_leaning


def test_empty_corpus_has_schema():
    frame = empty_corpus()
    assert list(frame.columns) == nr.COLUMNS
    nr.validate_corpus(frame)


def test_validate_corpus_messages():
    with pytest.raises(ValueError, match="columns .* are missing"):
        nr.validate_corpus(pd.DataFrame({"text": ["x"]}))
    dup = pd.concat([empty_corpus(), empty_corpus()])
    dup = nr.load_corpus("sample", progress=False).head(2)
    dup = pd.concat([dup, dup])
    with pytest.raises(ValueError, match="must be unique"):
        nr.validate_corpus(dup)


def test_normalise_leaning():
    values = pd.Series(["Left", "lean left", "Centre", "Leans Right", "far right", "2", None, "??"])
    assert normalise_leaning(values).tolist() == [
        "left",
        "lean left",
        "center",
        "lean right",
        "right",
        "right",
        pd.NA,
        pd.NA,
    ]


def test_describe_corpus(sample):
    table = nr.describe_corpus(sample)
    assert table["articles"].sum() == len(sample)
    assert table.loc["The Harbor Ledger", "leaning"] == "left"
    assert (table["median_words"] > 300).all()
