"""Tables from a frames table or a corpus: coverage, prevalence, trends, co-occurrence, terms, examples."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from newsresearch import framing
from newsresearch.framing import coverage, frames, load_lexicon


def test_coverage_prevalence_over_time_cooccurrence(sample):
    ft = frames(sample)
    cov = coverage(ft)
    assert cov.between(0, 1).all() and cov["conflict"] > 0.9
    table = sample[["outlet", "leaning", "published"]].join(ft)
    prev = framing.prevalence(table, "leaning", n_boot=300, seed=1)
    assert set(prev.columns) == {"group", "frame", "value", "low", "high", "n"}
    assert ((prev["low"] <= prev["value"] + 1e-9) & (prev["value"] <= prev["high"] + 1e-9)).all()
    assert prev.groupby("group")["n"].first().sum() == len(sample)
    again = framing.prevalence(table, "leaning", n_boot=300, seed=1)
    pd.testing.assert_frame_equal(prev, again)
    trend = framing.over_time(table, "published", freq="Q")
    assert trend["n"].sum() == sample["published"].notna().sum()
    co = framing.cooccurrence(ft)
    assert np.allclose(np.diag(co.fillna(1.0)), 1.0)
    with pytest.raises(ValueError, match="join the corpus first"):
        framing.prevalence(ft, "outlet")


def test_terms_and_example_sentences(sample):
    terms = framing.frame_terms(sample, n=5)
    assert terms.groupby("frame").size().max() <= 5
    assert (terms["documents"] <= terms["hits"]).all()
    examples = framing.frame_examples(sample, n=2)
    assert set(examples["frame"]) <= set(load_lexicon("generic").frames)
    assert {"outlet", "text", "density"} <= set(examples.columns)
    for _, r in examples.iterrows():
        assert r["text"] in sample.loc[r["doc_id"], "text"]
