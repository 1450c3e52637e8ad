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
    prev = framing.prevalence(table, "leaning", n_resamples=300, random_state=1)
    assert list(prev.columns) == ["group", "frame", "n", "estimate", "low", "high"]
    est = prev["estimate"]
    assert ((prev["low"] <= est + 1e-9) & (est <= prev["high"] + 1e-9)).all()
    assert prev.groupby("group")["n"].first().sum() == len(sample)
    # the estimate is the share of the group's documents with the frame
    left = table[table["leaning"] == "left"]
    got = prev.set_index(["group", "frame"]).loc[("left", "conflict"), "estimate"]
    assert got == pytest.approx(left["present_conflict"].mean())
    assert list(prev["frame"].unique()) == list(load_lexicon("generic").frames)
    again = framing.prevalence(table, "leaning", n_resamples=300, random_state=1)
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


def test_framing_notebook_parameters():
    # Clean storage and parameter help of every notebook: tests/test_project.py.
    from newsresearch import config
    from newsresearch.reporting import notebook_parameters

    params = notebook_parameters(config.NOTEBOOKS_DIR / "03_framing.ipynb")
    assert list(params) == [
        "corpus",
        "scheme",
        "start",
        "end",
        "outlets",
        "examples_per_outlet",
        "seed",
    ]
    assert params["scheme"]["default"] == "generic"
