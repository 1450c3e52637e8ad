""" "call" with an object and a bare label, no quote marks (issue 15; names invented)."""

from __future__ import annotations

from attribution_helpers import parc_rows


def test_call_an_object_an_abstract_noun_of_something():
    text = "Democrats call the memo obstruction of justice, plain and simple."
    assert parc_rows(text) == [
        ("Democrats", "call", ["the memo obstruction of justice, plain and simple."])
    ]


def test_call_an_object_an_adjective_of_judgement():
    text = "Attorney General Rhea Lund called the ruling unconstitutional."
    assert parc_rows(text)[0][1:] == ("called", ["the ruling unconstitutional."])


def test_calling_a_place_or_a_person_is_no_attribution():
    assert parc_rows("Lund called the local hospital.") == []
    assert parc_rows("Lund called the chief executive.") == []
    assert parc_rows("Lund called the meeting on Friday.") == []
