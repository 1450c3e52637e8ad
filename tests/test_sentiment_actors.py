"""Sentiment toward actors: actor_sentiment() over the parsed articles."""

from __future__ import annotations

import pandas as pd
import pytest

import newsresearch as nr
from newsresearch.sentiment import ACTOR_SENTIMENT_COLUMNS, actor_sentiment, target_sentiment

TEXT = (
    "Critics accused Sen. Ada Voss of lying to voters. Voss denied it. "
    "Supporters praised Gov. Helena Strand for a brilliant reform, and she thanked them."
)


def test_one_row_per_document_and_actor_from_its_mentions():
    texts = pd.Series([TEXT, None, "Nobody is named here."], index=["d1", "d2", "d3"])
    table = actor_sentiment(texts)
    assert isinstance(table.index, pd.RangeIndex)
    assert table.dtypes.astype(str).to_dict() == ACTOR_SENTIMENT_COLUMNS
    assert set(table["doc_id"]) == {"d1"}
    voss = table.set_index("actor").loc["Ada Voss"]
    assert voss["mentions"] == 2 and voss["actor_type"] == "person"
    # the mean score is that of target_sentiment on each mention within its sentence
    article = nr.parse(texts)[0]
    spans = [m for m in article.actors.mentions if m.actor == "Ada Voss"]
    rows = []
    for m in spans:
        a, b = article.sentences[article.sentence_at(m.start)]
        rows.append((TEXT[a:b], m.start - a, m.end - a))
    scored = target_sentiment(pd.DataFrame(rows, columns=["text", "start", "end"]))
    assert voss["mean_score"] == pytest.approx((scored["p_positive"] - scored["p_negative"]).mean())
    assert voss["label"] == "negative"


def test_pronouns_are_scored_only_when_asked():
    texts = pd.Series([TEXT], index=["d1"])
    without = actor_sentiment(texts).set_index("actor")["mentions"]
    with_pronouns = actor_sentiment(texts, pronouns=True).set_index("actor")["mentions"]
    assert with_pronouns["Helena Strand"] == without["Helena Strand"] + 1  # "she"


@pytest.mark.parametrize(
    "corpus",
    [
        pd.DataFrame({"doc_id": pd.Series([], dtype="string"), "text": []}),
        pd.Series(["Nobody is named here.", None], index=["a", "b"]),
    ],
)
def test_no_actors_give_the_declared_schema(corpus):
    table = actor_sentiment(corpus)
    assert table.empty
    assert table.dtypes.astype(str).to_dict() == ACTOR_SENTIMENT_COLUMNS


def test_parsed_corpus_is_read_not_parsed_again(sample):
    docs = sample.head(5)
    parsed = nr.parse(docs)
    table = actor_sentiment(parsed)
    assert all("actors" in vars(a) and "sentences" in vars(a) for a in parsed)
    actors = [a.actors for a in parsed]
    pd.testing.assert_frame_equal(table, actor_sentiment(parsed))
    assert [a.actors for a in parsed] == actors  # the same objects, found once
    pd.testing.assert_frame_equal(table, actor_sentiment(docs))
    pd.testing.assert_frame_equal(table, nr.actor_sentiment(docs))


def test_aggregate_matches_a_pandas_group_by():
    """The one-pass aggregation gives what a pandas group-by gave: first type, size,
    mean (bit for bit), majority label with ties to the alphabetically first."""
    import numpy as np

    from newsresearch.sentiment.actors import _aggregate

    rng = np.random.default_rng(7)
    n = 5000
    docs = [f"d{k}" for k in rng.integers(0, 40, n)]
    names = [f"Actor {k}" for k in rng.integers(0, 30, n)]
    types = [str(t) for t in rng.choice(["person", "organisation"], n)]
    scores = (rng.normal(size=n) * 10.0 ** rng.integers(-6, 2, n)).tolist()
    labels = [str(x) for x in rng.choice(["negative", "neutral", "positive"], n)]
    found = pd.DataFrame(
        {"doc_id": docs, "actor": names, "type": types, "score": scores, "label": labels}
    )
    want = (
        found.groupby(["doc_id", "actor"], sort=False)
        .agg(type=("type", "first"), n=("actor", "size"), mean=("score", "mean"))
        .reset_index()
    )
    votes = found.groupby(["doc_id", "actor", "label"], sort=False).size().rename("v")
    votes = votes.reset_index().sort_values(["v", "label"], ascending=[False, True], kind="stable")
    majority = votes.drop_duplicates(["doc_id", "actor"]).set_index(["doc_id", "actor"])["label"]
    got = _aggregate(docs, names, types, scores, labels)
    assert got["doc_id"] == want["doc_id"].tolist()
    assert got["actor"] == want["actor"].tolist()
    assert got["actor_type"] == want["type"].tolist()
    assert got["mentions"] == want["n"].tolist()
    assert got["mean_score"] == want["mean"].tolist()  # exact, not approximate
    keys = pd.MultiIndex.from_frame(want[["doc_id", "actor"]])
    assert got["label"] == majority.reindex(keys).tolist()
