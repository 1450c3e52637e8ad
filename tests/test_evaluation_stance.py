"""Stance evaluation: gold reader, name matching, scores, baseline, agreement, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from newsresearch.datasets.stance import read_stance_gold
from newsresearch.evaluation import EvaluationError
from newsresearch.evaluation.stance import (
    cooccurrence_triples,
    names_match,
    score_stance,
    stance_agreement,
)

FIXTURES = Path(__file__).parent / "fixtures"

GOLD = FIXTURES / "stance" / "stance" / "dev"


def test_read_gold_and_refuse_heldout():
    gold = read_stance_gold(GOLD)
    assert set(gold["annotator"]) == {"s1", "s2"} and len(gold) == 8
    assert len(read_stance_gold(GOLD, annotator="s2")) == 3
    with pytest.raises(ValueError, match="blind held-out"):
        read_stance_gold(FIXTURES / "stance" / "stance" / "heldout")


def test_every_heldout_folder_is_refused(tmp_path):
    """A later blind set (``heldout2``) is as protected as the first."""
    folder = tmp_path / "stance" / "heldout2"
    folder.mkdir(parents=True)
    line = {
        "doc_id": "x", "start": 0, "end": 3, "sentence": "abc", "source": "Ada Voss",
        "target": "Tom Reyes", "source_type": "person", "target_type": "person",
        "polarity": "negative", "kind": "quote", "cue": "accused",
    }  # fmt: skip
    (folder / "x_s5.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="blind held-out"):
        read_stance_gold(folder)
    gold = read_stance_gold(folder, heldout=True)
    assert gold[["doc_id", "annotator", "source", "polarity"]].values.tolist() == [
        ["x", "s5", "Ada Voss", "negative"]
    ]


def test_names_match_bare_names_surnames_and_heads():
    assert names_match("Donald Trump", "Trump")
    assert names_match("The Tax Bill", "tax bill")
    assert names_match("census citizenship question", "citizenship question")
    assert not names_match("Donald Trump", "Ivanka Trump")
    assert not names_match("Trump", "Trump administration")


def test_names_match_short_given_names_and_party_names():
    # gold "Michael Korda" for an article that writes "Mike Korda" throughout
    assert names_match("Michael Korda", "Mike Korda")
    assert names_match("Bob Tillane", "Robert Tillane")
    assert not names_match("Michael Korda", "Mike Tillane")
    # gold "Democratic Party" for an article that says "Democrats"; "House Democrats" is a part
    assert names_match("Democratic Party", "Democrats")
    assert names_match("the Republican Party", "GOP")
    assert not names_match("Democratic Party", "Republicans")
    assert not names_match("Democratic Party", "House Democrats")
    assert names_match("House Democrats", "Democrats")


def test_names_match_a_company_with_and_without_its_legal_form():
    # gold "Halvorsen" for an article that names "Halvorsen Inc." once and then "Halvorsen"
    assert names_match("Halvorsen", "Halvorsen Inc")
    assert names_match("Tarrow Motors, Inc.", "Tarrow Motors")
    assert names_match("Brisk Co.", "the Brisk Co")
    assert not names_match("Halvorsen", "Tarrow Inc")
    assert not names_match("Inc", "Halvorsen")


def test_names_match_one_name_spaced_two_ways():
    # gold "HarborTV" for an article that writes "Harbor TV"
    assert names_match("HarborTV", "Harbor TV")
    assert names_match("health care", "Healthcare")
    assert not names_match("HarborTV", "Harbor")


def test_scores_on_the_fixture_gold():
    e = score_stance(GOLD)
    table = e.table
    assert e["f1"] == 1.0 and e["polarity_accuracy"] == 1.0
    assert table.loc[("stance_triples", "act"), "gold"] == 3  # B2 scored on s1 only
    assert table.loc[("co-occurrence", "all"), "f1"] == pytest.approx(e["baseline_f1"])
    assert e["baseline_f1"] < e["f1"]
    assert {"cue", "model", "vader", "always negative", "combined"} <= set(
        e.details["signals"].index
    )


def test_gold_actors_setting_and_bad_gold(tmp_path):
    assert score_stance(GOLD, actors="gold")["f1"] == 1.0
    with pytest.raises(EvaluationError, match="does not exist"):
        score_stance(tmp_path / "none")
    with pytest.raises(EvaluationError, match="blind held-out"):
        score_stance(FIXTURES / "stance" / "stance" / "heldout")


def test_baseline_pairs_named_actors_signed_by_vader():
    texts = pd.Series(
        ["Sen. Ada Voss attacked Gov. Helena Strand in a bitter, hateful row. Voss left."],
        index=["d"],
    )
    assert cooccurrence_triples(texts).values.tolist() == [
        ["d", "Ada Voss", "Helena Strand", "negative"]
    ]


def test_agreement_between_annotators():
    gold = read_stance_gold(GOLD)
    e = stance_agreement(gold[gold["annotator"] == "s1"], gold[gold["annotator"] == "s2"])
    # B2: s1 has 2 triples, s2 3; they agree on Strand->Berg positive only
    assert e.n == 1
    assert e["triple_f1"] == pytest.approx(2 * (1 / 3 * 1 / 2) / (1 / 3 + 1 / 2))
    assert e["polarity_agreement"] == 0.5


def test_cli_evaluate_stance(capsys):
    from newsresearch.cli import main

    assert main(["evaluate", "stance", "--gold", str(GOLD)]) == 0
    assert "co-occurrence" in capsys.readouterr().out
    assert main(["evaluate", "stance", "--gold", str(GOLD.parent / "heldout")]) == 2


def test_actor_sentiment_against_the_gold_entities():
    from newsresearch.evaluation.stance import score_actor_sentiment

    e = score_actor_sentiment(GOLD)
    # A1: Lindqvist, Voss, the tax bill; B2 (s1): Berg -> 4 gold entities, the tax bill unseen
    assert e.n == 4 and e["coverage"] == 0.75
    assert score_actor_sentiment(GOLD, actors="gold")["coverage"] == 1.0
    assert set(e.table.index) == {"negative", "positive"}
    with pytest.raises(ValueError, match="valid values"):
        score_actor_sentiment(GOLD, by="mood")


def test_entity_stance_method_and_mentioned_coverage(capsys):
    from newsresearch.cli import main
    from newsresearch.evaluation.stance import mentioned_in, score_actor_sentiment

    e = score_actor_sentiment(GOLD, method="entity_stance")
    assert e.n == 4 and 0 < e["coverage"] <= 1 and e["mentioned"] == 1.0
    assert e["coverage_mentioned"] == e["coverage"]
    with pytest.raises(ValueError, match="valid values"):
        score_actor_sentiment(GOLD, method="mood")
    assert mentioned_in("Ada Voss", "Voss left.") and not mentioned_in("wall offer", "a proposal")
    assert main(["evaluate", "actor-sentiment", "--gold", str(GOLD)]) == 0
    assert "entity_stance" in capsys.readouterr().out
    assert main(["evaluate", "actor-sentiment", "--gold", str(GOLD.parent / "heldout")]) == 2


def test_names_match_acronyms_and_their_names():
    assert names_match("IRS", "Internal Revenue Service")
    assert names_match("the Federal Bureau of Investigation", "FBI")
    assert names_match("U.S.", "United States")
    assert not names_match("IRS", "Internal Revenue")
    assert not names_match("CBO", "Congressional Budget Committee")
    assert not names_match("Ira", "Internal Revenue Association")
