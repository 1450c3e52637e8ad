"""Cues that report on a topic through a preposition (issue 15; names and outlets invented)."""

from __future__ import annotations

from attribution_helpers import parc_rows

from newsresearch.attribution.cues import cue_at
from newsresearch.attribution.topic_cues import topic_follows


def test_talked_about_a_topic():
    text = "Senator Ilka Varo talked about the cost of the rural broadband program."
    assert parc_rows(text) == [
        ("Senator Ilka Varo", "talked about", ["the cost of the rural broadband program."])
    ]


def test_spoke_of_and_talked_of_with_auxiliaries_and_adverbs():
    text = "Governor Pell has frequently talked of how a deal with Norland would lower prices."
    assert parc_rows(text)[0][:2] == ("Governor Pell", "has frequently talked of")
    text = "At the memorial, Mayor Orla Dunne spoke of the volunteers who rebuilt the bridge."
    assert parc_rows(text)[0][:2] == ("Mayor Orla Dunne", "spoke of")


def test_outlet_reported_on_a_topic():
    text = "The Harbor Ledger previously reported on the effort to train the coastal militia."
    assert parc_rows(text) == [
        (
            "The Harbor Ledger",
            "previously reported on",
            ["the effort to train the coastal militia."],
        )
    ]


def test_agree_on_a_topic():
    text = "The two ministers agreed on the need for new tariffs."
    assert parc_rows(text) == [("The two ministers", "agreed on", ["the need for new tariffs."])]


def test_a_time_or_condition_after_the_preposition_is_no_topic():
    text = "Voss reported on Tuesday that the plant would close."
    assert parc_rows(text) == [("Voss", "reported", ["that the plant would close."])]
    assert not topic_follows("spoke on condition of anonymity", len("spoke on"))
    assert not topic_follows("the bill she spoke about.", len("the bill she spoke about"))
    assert cue_at("He reported on March 3 that it fell.", 3).lemma == "report"


def test_nouns_and_progressives_are_no_topic_cues():
    # "talks" after an article is a noun (negotiations); "talking about" is not read
    assert parc_rows("The talks about the border deal stalled on Friday.") == []
    assert cue_at("We are talking about the budget.", 7) is None
