"""Actors of interest: reading the table, alias matching, use in actor_sentiment."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import newsresearch as nr
from newsresearch.actors_of_interest import mentions_with, read_actors
from newsresearch.text import Article

FIXTURES = Path(__file__).parent / "fixtures"

YAML = FIXTURES / "stance" / "actors.yaml"


def test_yaml_csv_frame_and_list_give_the_same_names(tmp_path):
    csv = tmp_path / "actors.csv"
    csv.write_text(
        "name,type,aliases\nDonald Trump,person,Trump; the president; Mr. Trump\n"
        "the tax bill,issue,tax overhaul; tax plan\n"
    )
    from_yaml, from_csv = read_actors(YAML), read_actors(csv)
    assert from_yaml.names == from_csv.names == ["Donald Trump", "the tax bill"]
    assert from_csv.type_of("the tax bill") == "issue"
    assert read_actors(["Ada Voss"]).names == ["Ada Voss"]
    one_per_row = pd.DataFrame({"name": ["Donald Trump"] * 2, "alias": ["Trump", "the president"]})
    assert read_actors(one_per_row).canonical("THE PRESIDENT") == "Donald Trump"


def test_every_alias_counts_and_names_stay_bare():
    aoi = read_actors(YAML)
    text = "The president signed the tax overhaul. Mr. Trump praised the Tax Plan, Trump said."
    found = [(m.text, m.name) for m in aoi.find(text)]
    assert found == [
        ("The president", "Donald Trump"),
        ("tax overhaul", "the tax bill"),
        ("Mr. Trump", "Donald Trump"),
        ("Tax Plan", "the tax bill"),
        ("Trump", "Donald Trump"),
    ]


def test_capitalised_aliases_match_as_written():
    aoi = read_actors({"Affordable Care Act": ["ACA", "Obamacare"]})
    assert [m.text for m in aoi.find("The aca is not the ACA; obamacare is.")] == [
        "ACA",
        "obamacare",
    ]


@pytest.mark.parametrize(
    "bad, message",
    [
        (pd.DataFrame({"who": ["x"]}), "needs a 'name' column"),
        ({"X": {"type": "party", "aliases": []}}, "are invalid; valid values"),
        ("no/such/file.csv", "does not exist"),
    ],
)
def test_bad_tables_say_what_to_do(bad, message):
    with pytest.raises(ValueError, match=message):
        read_actors(bad)


def test_mentions_with_maps_found_actors_and_adds_issues():
    article = Article("President Donald Trump signed the tax plan. The president smiled.")
    got = [(m.text, m.actor, m.type) for m in mentions_with(article, read_actors(YAML))]
    assert ("tax plan", "the tax bill", "issue") in got
    assert ("The president", "Donald Trump", "person") in got
    assert mentions_with(article, None) == list(article.actors.mentions)


def test_actor_sentiment_scores_aliases_and_issues():
    texts = pd.Series(["Critics slammed the tax overhaul. The president defended the tax plan."])
    plain = nr.actor_sentiment(texts)
    with_list = nr.actor_sentiment(texts, actors=YAML)
    assert "the tax bill" not in set(plain["actor"])
    row = with_list.set_index("actor").loc["the tax bill"]
    assert row["mentions"] == 2 and row["actor_type"] == "issue"


def test_an_issue_phrase_is_mentioned_by_its_content_words():
    aoi = read_actors(
        {
            "Tobin Marsh": {"type": "person", "aliases": []},
            "strikes on Velmoria": {"type": "issue", "aliases": []},
        }
    )
    article = Article(
        "Tobin Marsh ordered the strike. Critics said the strikes hit Velmoria hard. "
        "Marshes flooded."
    )
    found = [(m.text, m.actor, m.kind) for m in mentions_with(article, aoi)]
    assert ("strikes", "strikes on Velmoria", "words") in found
    # the first sentence lacks "Velmoria"; a person's name keeps its exact matching
    assert not any(m[0] == "strike" for m in found)
    assert not any(m[0] == "Marshes" for m in found)


def test_issue_words_can_be_turned_off():
    aoi = read_actors({"minimum wage increase": []}, issue_words=False)
    article = Article("Councillor Ada Pell wants to increase the minimum wage.")
    assert [m for m in mentions_with(article, aoi) if m.actor == "minimum wage increase"] == []
    on = read_actors({"minimum wage increase": []})
    assert [m.text for m in mentions_with(article, on) if m.kind == "words"] == ["increase"]


def test_issue_words_score_a_paraphrased_issue_in_actor_sentiment():
    texts = pd.Series(["Critics said Velmoria illegally annexed Corvania."], index=["d"])
    rows = nr.actor_sentiment(texts, actors={"annexation of Corvania": []})
    assert rows["actor"].tolist() == ["annexation of Corvania"]
