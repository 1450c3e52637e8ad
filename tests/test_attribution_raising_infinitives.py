"""Appearance and expectation before an infinitive that is no reported cue (issue 15;
names invented)."""

from __future__ import annotations

from attribution_helpers import parc_spans


def test_expected_to_decide_is_an_expectation():
    text = "The high court is expected to decide in the coming days whether it will hear the case."
    assert parc_spans(text) == [
        [
            "",
            "is expected",
            "The high court",
            "to decide in the coming days whether it will hear the case.",
        ]
    ]


def test_appeared_to_want_is_an_appearance():
    text = "Mayor Dunne appeared to want to find unity at a time of crisis."
    rows = parc_spans(text)
    assert rows[0][:3] == ["", "appeared", "Mayor Dunne"]


def test_a_thought_or_speech_infinitive_takes_the_raising_verb_into_its_cue():
    text = "Senator Hale seems to think that division is what the town needs."
    assert parc_spans(text) == [
        ["Senator Hale", "seems to think", "that division is what the town needs."]
    ]
