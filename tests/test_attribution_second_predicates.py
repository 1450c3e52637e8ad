"""A cue's object ends before a second predicate of its source (issue 15; names invented)."""

from __future__ import annotations

from attribution_helpers import parc_rows

from newsresearch.attribution.second_predicates import second_predicate_start


def test_object_ends_before_a_second_past_predicate():
    text = "Senator Ilka Varo emphasized the Norland role and delivered a rebuke to the mayor."
    assert parc_rows(text)[0] == ("Senator Ilka Varo", "emphasized", ["the Norland role"])
    text = "Career staff at the bureau opposed the move and deviated from usual practice."
    assert parc_rows(text)[0][1:] == ("opposed", ["the move"])


def test_a_second_object_or_an_adjective_stays_in_the_object():
    text = "Hale opposed the levy and the budget."
    assert second_predicate_start(text, 13, len(text) - 1, "opposed") == len(text) - 1
    # "endangered" before a bare noun is an adjective of the object
    text = "Voss warned about a diminished Dunmore and endangered jobs for all."
    assert second_predicate_start(text, 18, len(text) - 1, "warned") == len(text) - 1


def test_a_clause_keeps_its_own_predicates():
    text = "Paul Orte said he lived next door in 2009 and stayed in touch with the family."
    assert parc_rows(text)[0][2] == [
        "he lived next door in 2009 and stayed in touch with the family."
    ]


def test_a_present_cue_is_left_alone():
    text = "Hale backs the farmers and ranchers of the valley."
    assert second_predicate_start(text, 11, len(text) - 1, "backs") == len(text) - 1
