"""Issue phrases with their complement (newsresearch.attribution.issue_complements)."""

from __future__ import annotations

from newsresearch.attribution.issue_complements import (
    complement_phrases,
    cue_objects,
    issue_phrases,
)
from newsresearch.attribution.stance_cues import Issue


def test_an_issue_phrase_takes_the_noun_phrase_after_its_preposition():
    text = "Aides backed military aid to Norland. She opposed the tax bill for small farms."
    aid = Issue(13, 25, "military aid", "military aid")
    assert complement_phrases(text, [aid]) == [
        ("military aid to Norland", "military aid to Norland")
    ]
    assert ("tax bill for small farms", "tax bill for small farms") in issue_phrases(text)


def test_a_complement_stops_at_clause_words_times_and_punctuation():
    text = "They fought charges against the officers who were fired on Monday."
    charges = Issue(12, 19, "charges", "charges")
    assert complement_phrases(text, [charges])[0][0] == "charges against the officers"
    text = "She praised the deal with Harwick on Tuesday, aides said."
    deal = Issue(16, 20, "deal", "deal")
    assert complement_phrases(text, [deal])[0][0] == "deal with Harwick"
    text = "She praised the deal under pressure, aides said."
    assert complement_phrases(text, [deal]) == []  # "under" opens no complement
    text = "They protested the vote on Monday."
    vote = Issue(19, 23, "vote", "vote")
    assert complement_phrases(text, [vote]) == []


def test_a_pronoun_is_no_complement():
    text = "Critics condemned the campaign against them."
    campaign = Issue(22, 30, "campaign", "campaign")
    assert complement_phrases(text, [campaign]) == []


def test_the_object_of_a_stance_cue_is_a_base_even_as_one_common_noun():
    text = "Mayor Ilse Brandt condemned the backlash against Tobin Marsh."
    assert [i.name for i in cue_objects(text)] == ["backlash"]
    assert ("backlash against Tobin Marsh", "backlash against Tobin Marsh") in issue_phrases(text)


def test_a_name_a_cue_takes_gets_no_complement():
    # "praised X for Y": the "for" gives a reason, and a name is no issue phrase
    text = "Analysts praised Harwick Mills for its results."
    assert issue_phrases(text) == []


def test_entity_stance_scores_a_noun_run_with_its_complement():
    # an editorial about a prosecutor's theory: the run, then what it is about
    import pandas as pd

    from newsresearch.attribution import entity_stance

    text = (
        "Mayor Ilse Brandt said an expansive view of obstruction would paralyse the city. "
        "Aides left."
    )
    found = set(entity_stance(pd.Series([text], index=["d"]))["entity"])
    assert "expansive view of obstruction" in found


def test_to_before_a_bare_verb_and_a_plural_possessive_end_a_complement():
    text = "Critics condemned the moves to impeach Brandt and the aid to the rebels."
    moves = Issue(22, 27, "moves", "moves")
    aid = Issue(54, 57, "aid", "aid")
    assert complement_phrases(text, [moves, aid]) == [("aid to the rebels", "aid to the rebels")]
    text = "Voss backs the death penalty for public officials’ crimes."
    penalty = Issue(15, 28, "death penalty", "death penalty")
    assert complement_phrases(text, [penalty])[0][0] == "death penalty for public officials"
