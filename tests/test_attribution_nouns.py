"""Noun cues (newsresearch.attribution.nouns) on real-news patterns, names invented."""

from __future__ import annotations

from attribution_helpers import parc_rows


def test_reports_with_a_bare_pronoun_clause():
    text = "The aide denied reports she had been fired from her post at City Hall."
    rows = [row for row in parc_rows(text) if row[1] == "reports"]
    assert rows == [(None, "reports", ["she had been fired from her post at City Hall."])]


def test_a_speech_noun_inside_a_longer_word_is_no_cue():
    # the scan for "reports she had ..." skips to the nouns' letters; a match that starts
    # inside a word ("counterclaims") is none, as the pattern's leading word boundary says
    text = "The firm filed counterclaims he had denied, and the aide denied reports he had lied."
    cues = [row[1] for row in parc_rows(text) if row[1] in ("reports", "claims", "counterclaims")]
    assert cues == ["reports"]


def test_reports_of_an_object_is_no_clause():
    text = "The mayor read reports about the flood and left."
    assert not [row for row in parc_rows(text) if row[1] == "reports"]


def test_a_call_offer_or_threat_to_act_with_its_holder():
    text = (
        "Protesters heeded Ruiz’s call to join the march. Councillors rejected the "
        "governor’s offer to extend the curfew. Nobody believed his threat to close the port."
    )
    rows = {row[1]: row for row in parc_rows(text) if row[1] in ("call", "offer", "threat")}
    assert rows["call"] == ("Ruiz’s", "call", ["to join the march."])
    assert rows["offer"] == ("the governor’s", "offer", ["to extend the curfew."])
    assert rows["threat"] == ("his", "threat", ["to close the port."])


def test_a_complaint_or_explanation_that_reports_a_clause():
    text = (
        "Officials dismissed Vance's complaint that the inquiry was a witch hunt. "
        "Few accepted their explanation that the gas leaked from a depot."
    )
    rows = {row[1]: row for row in parc_rows(text) if row[1] in ("complaint", "explanation")}
    assert rows["complaint"] == ("Vance's", "complaint", ["that the inquiry was a witch hunt."])
    assert rows["explanation"][2] == ["that the gas leaked from a depot."]


def test_a_ruling_that_halted_something_is_a_relative_clause():
    text = "The court upheld a ruling that halted Marlow’s ban on new permits."
    assert not [row for row in parc_rows(text) if row[1] == "ruling"]


def test_an_order_and_a_comment_as_noun_cues():
    # issue 15: "Judge X's order that ...", "the president's order to ..." (names invented)
    from attribution_helpers import parc_rows

    text = "The high court blocked Judge Orla Pell's order that the minister sit for a deposition."
    assert ("Judge Orla Pell's", "order", ["that the minister sit for a deposition."]) in parc_rows(
        text
    )
    text = "The aide was following the mayor's direct order to stonewall the council."
    assert any(r[1] == "order" for r in parc_rows(text))
    # "in order to" has no holder: no attribution
    assert all(r[1] != "order" for r in parc_rows("Voss flew home in order to vote."))


def test_that_as_a_description_is_an_object_not_a_noun_clause():
    # "view" here is the verb (read as a perception), never a noun cue without a source
    text = "Critics view that as a hard legal question."
    assert [row[:2] for row in parc_rows(text)] == [("Critics", "view")]
    # "as many as", "as of" open a clause after a noun's "that"
    text = "Crews gave an estimate that as many as 250 homes might have been destroyed."
    assert [row[1] for row in parc_rows(text)] == ["estimate"]
    text = "The agency said in a call that as of Tuesday morning the site should be working."
    assert "call" in [row[1] for row in parc_rows(text)]
