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
