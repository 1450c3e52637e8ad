"""Stances named by a holder noun (newsresearch.attribution.stance_holders)."""

import pandas as pd

from newsresearch.attribution.stance import stance_triples
from newsresearch.attribution.stance_holders import coordinated_sources, holder_rows
from newsresearch.text import Article


def _triples(text):
    article = Article(text)
    rows = holder_rows("d", article, article.actors.mentions)
    return [(r["speaker"], r["target"], r["cue_polarity"], r["kind"]) for r in rows]


def test_apposition_with_a_name_before_the_noun():
    text = (
        "Gov. Piotr Lindqvist signed the order on Monday. "
        "Sen. Ada Voss, a longtime Lindqvist ally, praised the timing."
    )
    assert _triples(text) == [("Ada Voss", "Piotr Lindqvist", "positive", "act")]


def test_noun_before_the_holder_and_criticism_as_a_quote():
    text = "Gov. Piotr Lindqvist spoke first. Lindqvist critic Tom Reyes walked out."
    assert _triples(text) == [("Tom Reyes", "Piotr Lindqvist", "negative", "quote")]


def test_copula_with_a_pronoun_holder_and_of():
    text = (
        "Tom Reyes chairs the Harwick County panel. "
        "He has been an outspoken critic of Gov. Piotr Lindqvist."
    )
    assert _triples(text) == [("Tom Reyes", "Piotr Lindqvist", "negative", "quote")]


def test_parenthetical_party_before_the_apposition():
    text = "Rep. Tom Reyes (R-Ore.), an ally of Gov. Piotr Lindqvist, spoke on Friday."
    assert _triples(text) == [("Tom Reyes", "Piotr Lindqvist", "positive", "act")]


def test_no_holder_named_no_triple():
    # a group of unnamed supporters, and a noun with no name on either side
    text = (
        "Gov. Piotr Lindqvist spoke at noon. Lindqvist supporters gathered outside. "
        "Lindqvist thanked his allies."
    )
    assert _triples(text) == []


def test_holder_rows_reach_stance_triples():
    text = (
        "Gov. Piotr Lindqvist signed the order on Monday. "
        "Sen. Ada Voss, a longtime Lindqvist ally, spoke next."
    )
    out = stance_triples(pd.Series([text], index=["d1"]))
    got = out[["kind", "speaker", "target", "sentiment"]].values.tolist()
    assert ["act", "Ada Voss", "Piotr Lindqvist", "positive"] in got


def test_party_rival_is_no_target_and_a_place_gives_way_to_its_person():
    rival = "Gov. Piotr Lindqvist trails his GOP opponent Ada Voss in a new Harwick poll."
    assert _triples(rival) == []
    place = (
        "Gov. Piotr Lindqvist arrived. Sen. Ada Voss of Oregon, a steadfast supporter of "
        "Lindqvist, met him."
    )
    out = stance_triples(pd.Series([place], index=["d1"]))  # the places are mentions there
    got = out[["speaker", "target", "sentiment"]].values.tolist()
    assert ["Ada Voss", "Piotr Lindqvist", "positive"] in got
    assert all(speaker != "Oregon" for speaker, _, _ in got)


def test_a_group_of_supporters_is_no_holder():
    text = (
        "Gov. Piotr Lindqvist spoke at the Harwick Civic Forum. On Monday, the Harwick Civic "
        "Forum, a loud group of Lindqvist supporters, met."
    )
    assert _triples(text) == []


def _sources(text, cue, target):
    article = Article(text)
    row = {
        "speaker": "",
        "target": target,
        "cue": cue,
        "target_start": text.index(target),
        "attribution_id": "d:v1",
        "speaker_type": "person",
    }
    mentions = article.actors.mentions
    subject = [m for m in mentions if m.end < text.index(cue)][-1]
    row["speaker"] = subject.actor
    return [r["speaker"] for r in coordinated_sources([row], article, mentions)]


def test_coordinated_subjects_share_the_act():
    text = "Sen. Ada Voss, Tom Reyes and Gov. Piotr Lindqvist sued the Harwick Water Board."
    assert _sources(text, "sued", "Harwick Water Board") == [
        "Piotr Lindqvist",
        "Tom Reyes",
        "Ada Voss",
    ]


def test_an_introductory_phrase_is_no_coordination():
    text = "In an interview with the Harwick Ledger, Tom Reyes backed Sen. Ada Voss."
    assert _sources(text, "backed", "Ada Voss") == ["Tom Reyes"]
    text = "A meeting with Sen. Ada Voss and Tom Reyes opposed the Harwick levy."
    assert _sources(text, "opposed", "Harwick levy") == ["Tom Reyes"]


def test_listed_holders_and_a_possessive_owner():
    text = (
        "Gov. Piotr Lindqvist won the primary. Tom Reyes joins other Lindqvist endorsers "
        "like former senator Ada Voss, Harwick Post columnist Mara Lin, a friend of Norway "
        "and Kai Brandt."
    )
    assert _triples(text) == [
        ("Ada Voss", "Piotr Lindqvist", "positive", "act"),
        ("Mara Lin", "Piotr Lindqvist", "positive", "act"),
        ("Kai Brandt", "Piotr Lindqvist", "positive", "act"),
    ]
    text = (
        "Gov. Piotr Lindqvist spoke. Lindqvist's harshest critics, including Sen. Ada Voss, "
        "stayed away."
    )
    assert _triples(text) == [("Ada Voss", "Piotr Lindqvist", "negative", "quote")]


def test_one_of_a_possessor_s_supporters():
    text = (
        "Gov. Piotr Lindqvist arrived late. Ada Voss, one of Lindqvist's earliest supporters, "
        "introduced him."
    )
    assert _triples(text) == [("Ada Voss", "Piotr Lindqvist", "positive", "act")]


def test_an_electoral_opponent_and_a_nested_list_are_left_out():
    text = "Gov. Piotr Lindqvist trails. Lindqvist's opponent, Sen. Ada Voss, leads the race."
    assert _triples(text) == []
    text = (
        "Gov. Piotr Lindqvist spoke. The panel holds Lindqvist defenders such as Ada Voss and "
        "several senators, including Tom Reyes."
    )
    assert _triples(text) == [("Ada Voss", "Piotr Lindqvist", "positive", "act")]


def test_a_relative_clause_between_holder_and_copula():
    text = (
        "Gov. Piotr Lindqvist won in May. Sen. Ada Voss, who lost the primary to Lindqvist "
        "last spring, has been a frequent critic of Lindqvist."
    )
    assert _triples(text) == [("Ada Voss", "Piotr Lindqvist", "negative", "quote")]
    text = text.replace("Gov.", "President").replace("of Lindqvist.", "of the president.")
    assert _triples(text) == [("Ada Voss", "Piotr Lindqvist", "negative", "quote")]
