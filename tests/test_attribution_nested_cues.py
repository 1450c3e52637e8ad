"""Commitments, appeals and findings nested in a direct quote (issue 15; names invented)."""

from __future__ import annotations

from attribution_helpers import parc_rows


def test_promise_inside_a_quote():
    text = '"I promise you I will never let this town down," Mayor Orla Dunne said.'
    rows = parc_rows(text)
    assert rows[0][:2] == ("Mayor Orla Dunne", "said")
    assert ("I", "promise", ["you I will never let this town down"]) in rows


def test_findings_inside_a_quote():
    text = '"We show that the size of a network is the main factor," the two authors wrote.'
    assert ("We", "show", ["that the size of a network is the main factor"]) in parc_rows(text)
    text = '"It shows that the senator does not grasp the rules," the strategist said.'
    assert ("It", "shows", ["that the senator does not grasp the rules"]) in parc_rows(text)


def test_appeals_inside_a_quote():
    text = '"I urge the council to keep politics out of the budget," Pell said on Monday.'
    assert ("I", "urge", ["the council to keep politics out of the budget"]) in parc_rows(text)
    text = '"Back in May, I called on the board to open up the vote," Ralston said.'
    assert ("I", "called on", ["the board to open up the vote"]) in parc_rows(text)


def test_other_speech_verbs_inside_a_quote_stay_unread():
    # a conversational "add" or "explain" inside a quote is not read as a nested cue
    text = '"They added new names to the list every week," the former clerk said.'
    assert [r[1] for r in parc_rows(text)] == ["said"]
