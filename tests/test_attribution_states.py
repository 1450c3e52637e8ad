"""States of mind holding a content: negated, hyphenated and with a question (issue 15;
names invented)."""

from __future__ import annotations

from attribution_helpers import parc_rows


def test_a_negated_contracted_state():
    text = (
        "For a while, Tomas Ilves wasn't aware that at the end of the call, a notice would pop up."
    )
    assert parc_rows(text) == [
        ("Tomas Ilves", "wasn't aware", ["that at the end of the call, a notice would pop up."])
    ]
    text = "They weren't sure whether the vote would pass."
    assert parc_rows(text) == [("They", "weren't sure", ["whether the vote would pass."])]


def test_a_hyphenated_state():
    text = "Pell said the White House is well-aware that second terms can quickly be overtaken."
    assert (
        "the White House",
        "is well-aware",
        ["that second terms can quickly be overtaken."],
    ) in (parc_rows(text))


def test_a_question_after_the_preposition_of_a_state():
    text = "The Ledger was wary of how viewers might perceive a reporter talking politics."
    assert parc_rows(text) == [
        ("The Ledger", "was wary of", ["how viewers might perceive a reporter talking politics."])
    ]
    # an event after "aware of" and a subject that holds no state stay out
    assert parc_rows("The Ledger was not aware of the meeting.") == []
    assert parc_rows("It was certain to pass.") == []


def test_what_a_source_sees_as_something():
    text = "Yet sentiment appears to be shifting, creating what Republicans see as a potential opening."
    assert ("Republicans", "see as", ["what", "a potential opening."]) in parc_rows(text)
    text = (
        "Its reporters steer clear of cable shows that the masthead perceives as too partisan, "
        "and managers agree."
    )
    assert ("the masthead", "perceives as", ["that", "too partisan"]) in parc_rows(text)


def test_being_critical_of_something_is_a_criticism():
    text = (
        "Senator Ana Kell was also critical of the polling window for the March debate, "
        "noting it started later than before."
    )
    assert (
        "Senator Ana Kell",
        "was also critical of",
        ["the polling window for the March debate"],
    ) in parc_rows(text)
    text = "Party leaders have been critical of the proposed Halden deal."
    assert parc_rows(text) == [
        ("Party leaders", "have been critical of", ["the proposed Halden deal."])
    ]


def test_critical_without_of_is_no_criticism():
    assert parc_rows("Exports are critical to the economy of the region.") == []
    assert not [
        row
        for row in parc_rows("I think it is critical that we adhere to the facts.")
        if row[1] and "critical" in row[1]
    ]


def test_state_after_any_ly_adverb_and_of_delight():
    # issue 15: "I'm thoroughly convinced that", "are thrilled that" (names invented)
    text = '"I\'m thoroughly convinced that the caucus is good for the party," Senator Vell said.'
    assert ("I", "'m thoroughly convinced", ["that the caucus is good for the party"]) in parc_rows(
        text
    )
    text = "Not everyone is thrilled that the Dunmore mayor could be on the debate stage."
    assert parc_rows(text) == [
        ("Not everyone", "is thrilled", ["that the Dunmore mayor could be on the debate stage."])
    ]


def test_state_with_a_noun_subject_clause():
    text = '"He\'s convinced both senators are going to run," Ralston said.'
    assert ("He", "'s convinced", ["both senators are going to run"]) in parc_rows(text)


def test_that_as_the_object_of_a_perception_verb():
    text = "Critics view that as a hard legal question."
    assert parc_rows(text) == [("Critics", "view", ["that as a hard legal question."])]
    text = "She did not see that as a problem."
    assert parc_rows(text) == [("She", "did not see", ["that as a problem."])]
