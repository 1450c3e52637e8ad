"""Thoughts of a noun-phrase subject inside a relative clause (issue 15; names invented)."""

from __future__ import annotations

from attribution_helpers import parc_rows


def test_what_a_group_believes_or_hopes():
    text = (
        "Mr. Garber is protecting the governor from what many of his friends and supporters "
        "believe would be a ruinous encounter with the counsel."
    )
    assert (
        "many of his friends and supporters",
        "believe",
        ["what", "would be a ruinous encounter with the counsel."],
    ) in parc_rows(text)
    text = "And that's what the regime is hoping could happen again."
    assert parc_rows(text) == [("the regime", "is hoping", ["what", "could happen again."])]


def test_an_assessment_by_a_pronoun_subject():
    text = "Coastal Command detected and tracked what we assess was a missile launch at 10:40 a.m."
    assert parc_rows(text) == [("we", "assess", ["what", "was a missile launch at 10:40 a.m."])]


def test_a_question_is_no_relative_clause():
    assert parc_rows("So what do you think is going to happen next week?") == []
