"""A thought cue with an adverb before "that" (issue 15; names invented)."""

from __future__ import annotations

from attribution_helpers import parc_rows


def test_thought_verb_with_an_adverb_before_that():
    text = "Senator Ilka Varo believes absolutely that the levy is unfair to farmers."
    assert parc_rows(text) == [
        ("Senator Ilka Varo", "believes absolutely", ["that the levy is unfair to farmers."])
    ]
    text = "The newsroom realized quickly that the video format would not pay."
    assert parc_rows(text)[0][:2] == ("The newsroom", "realized quickly")


def test_so_and_an_adverb_before_that():
    text = '"I feel so strongly that we must stand up to this," Mayor Dunne said.'
    assert ("I", "feel so strongly", ["that we must stand up to this"]) in parc_rows(text)


def test_an_adverb_without_that_is_no_clause():
    # "feels strongly about it": no content clause
    assert parc_rows("Voss feels strongly about the bridge.") == []
