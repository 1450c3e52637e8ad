"""Attribution tables: declared schemas, corpus inputs, one extraction per parsed article."""

from __future__ import annotations

import pandas as pd
import pytest

import newsresearch as nr
from newsresearch.attribution import (
    ATTRIBUTION_COLUMNS,
    STANCE_TRIPLE_COLUMNS,
    Attribution,
    Cue,
    attributions,
    find_attributions,
    share_by,
    stance_triples,
)
from newsresearch.text import Article

STANCES = {"neutral", "assertive", "denial", "accusation", "concession", "question", "other", ""}


def dtypes(frame: pd.DataFrame) -> dict[str, str]:
    return frame.dtypes.astype(str).to_dict()


def test_corpus_input_and_columns(sample):
    frame = nr.attributions(sample.head(5))
    assert dtypes(frame) == ATTRIBUTION_COLUMNS
    assert isinstance(frame.index, pd.RangeIndex)
    assert set(frame["doc_id"]) <= set(sample.head(5).index)
    assert frame["cue_stance"].isin(STANCES).all()
    # a Series of texts and a parsed corpus give the same table
    texts = pd.Series(sample.head(5)["text"].to_numpy(), index=sample.head(5).index)
    pd.testing.assert_frame_equal(attributions(texts), frame)
    pd.testing.assert_frame_equal(attributions(nr.parse(sample.head(5))), frame)


@pytest.mark.parametrize(
    "corpus",
    [
        pd.DataFrame(
            {"doc_id": pd.Series([], dtype="string"), "text": pd.Series([], dtype=object)}
        ),
        pd.Series([], dtype=object),
        pd.Series([None, "", "No one spoke here."], index=["a", "b", "c"]),
    ],
    ids=["empty table", "empty series", "no hits"],
)
def test_empty_results_keep_the_declared_schema(corpus):
    found = attributions(corpus)
    assert found.empty and dtypes(found) == ATTRIBUTION_COLUMNS
    triples = stance_triples(corpus)
    assert triples.empty and dtypes(triples) == STANCE_TRIPLE_COLUMNS


def test_stance_triples_schema_and_targets(sample):
    triples = stance_triples(sample.head(8))
    assert not triples.empty
    assert dtypes(triples) == STANCE_TRIPLE_COLUMNS
    assert isinstance(triples.index, pd.RangeIndex)
    assert (triples["target"] != triples["speaker"]).all()
    assert triples["sentiment"].isin({"negative", "neutral", "positive"}).all()
    assert triples["score"].between(-1, 1).all()
    assert not triples.duplicated(["attribution_id", "target"]).any()


def test_stance_triples_reuse_the_parsed_articles(sample, monkeypatch):
    corpus = sample.head(6)
    expected = stance_triples(corpus)
    parsed = nr.parse(corpus)
    attributions(parsed)
    assert all({"attributions", "actors"} <= set(a.__dict__) for a in parsed if a is not None)

    def no_second_pass(*args, **kwargs):
        raise AssertionError("extracted again")

    monkeypatch.setattr("newsresearch.attribution.find_attributions", no_second_pass)
    monkeypatch.setattr("newsresearch.actors.find_actors", no_second_pass)
    pd.testing.assert_frame_equal(stance_triples(parsed), expected)


def test_find_attributions_reads_the_parsed_article():
    article = Article(
        'Sen. Ada Voss spoke. "We will win," she said. She denied that she was tired.'
    )
    found = find_attributions(article)
    assert {"sentences", "quotes", "actors"} <= set(article.__dict__)
    assert all(isinstance(a, Attribution) for a in found)
    assert [(a.kind, a.lemma, a.stance, a.speaker) for a in found] == [
        ("direct", "say", "neutral", "Ada Voss"),
        ("indirect", "deny", "denial", "Ada Voss"),
    ]
    assert article.attributions == tuple(article.attributions)  # kept on the article
    assert find_attributions(Article("   ")) == []


def test_continuation_links_the_earlier_attribution():
    article = Article("“We did not choose this,” Marta Ilves said.\n\n“Nor did the drivers.”")
    first, second = article.attributions
    assert second.speaker_from is first and second.speaker == "Marta Ilves"
    assert second.cue == first.cue and second.lemma == "say"


def test_cue_is_a_named_tuple():
    cue = Cue(3, 7, "say", "neutral")
    assert cue.span == (3, 7) and cue._asdict()["stance"] == "neutral"


def test_share_by_rejects_unknown_columns(sample):
    found = attributions(sample.head(3))
    with pytest.raises(ValueError, match="by='nope' is invalid"):
        share_by(found, sample, by="nope")
    with pytest.raises(ValueError, match="column='nope' is invalid"):
        share_by(found, sample, column="nope")
    table = share_by(found, sample, by="outlet", column="kind", top=2)
    assert table.shape[1] <= 2


def test_tables_parse_with_collection_off_and_restore_the_collector():
    import gc

    from newsresearch._gc import fewer_collections
    from newsresearch.attribution import stance, tables

    @fewer_collections
    def parse_and_look(texts: pd.Series) -> tuple[bool, pd.DataFrame]:
        return gc.isenabled(), attributions(texts)

    text = pd.Series(['Sen. Ada Voss said the plan "will not pass." She denied it.'], index=["d1"])
    before = gc.isenabled(), gc.get_threshold()
    during, found = parse_and_look(text)
    assert not during
    assert (gc.isenabled(), gc.get_threshold()) == before
    gc.disable()  # off before the call: it stays off
    try:
        assert parse_and_look(text)[0] is False and not gc.isenabled()
    finally:
        if before[0]:
            gc.enable()
    assert list(found["speaker"]) == ["Ada Voss", "Ada Voss"]
    # the per-article loops of the attribution and stance tables run that way
    assert tables._attribution_table.__wrapped__ is not None
    assert stance.stance_triples.__wrapped__ is not None
