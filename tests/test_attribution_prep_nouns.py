"""Noun cues whose content follows a preposition (issue 15; names and outlets invented)."""

from __future__ import annotations

from attribution_helpers import parc_rows


def test_possessive_calls_for_a_demand():
    text = "Ralston was persistent in his calls for Norland to open an inquiry into the deal."
    assert parc_rows(text) == [("his", "calls for", ["Norland to open an inquiry into the deal."])]


def test_call_with_a_time_before_the_preposition():
    text = "The theme of the address was his call on Tuesday for the council to cut fares."
    assert parc_rows(text) == [("his", "call on Tuesday for", ["the council to cut fares."])]


def test_content_stops_at_a_subordinate_clause():
    text = "Mayor Pell will renew her calls for a transit levy when she visits Dunmore."
    rows = parc_rows(text)
    assert ("her", "calls for", ["a transit levy"]) in rows


def test_accusation_nouns_keep_the_preposition_in_the_content():
    text = "The Daily Courier's allegations of fraud and tax evasion are false, his lawyer said."
    assert ("The Daily Courier's", "allegations", ["of fraud and tax evasion"]) in parc_rows(text)
    text = "Hale's condemnation of the raid drew applause from the crowd."
    assert parc_rows(text) == [("Hale's", "condemnation", ["of the raid"])]


def test_no_holder_no_noun_cue():
    # a verb ("The plan calls for") is no noun cue, nor an ownerless noun
    assert all(r[0] != "The plan" for r in parc_rows("The plan calls for the delegates to split."))
    assert parc_rows("The agency has faced allegations of waste for years.") == []
