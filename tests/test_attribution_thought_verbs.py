"""Thought cues of intention and judgement: seek to, guess, wager, regret, discover
(issue 15; names invented)."""

from __future__ import annotations

from attribution_helpers import parc_rows


def test_seeking_to_do_something_is_an_intention():
    text = "North Varia has stated that it is seeking to develop a long-range missile."
    assert ("it", "is seeking", ["to develop a long-range missile."]) in parc_rows(text)
    text = "Critics asked whether Tolan had sought to obstruct justice."
    assert ("Tolan", "had sought", ["to obstruct justice."]) in parc_rows(text)
    # seeking an office or a thing reports nothing
    assert parc_rows("The party is seeking re-election in May.") == []


def test_guessing_wagering_and_regretting_a_clause():
    text = "Fournel guessed that Mr. Price had accepted the apology."
    assert parc_rows(text) == [("Fournel", "guessed", ["that Mr. Price had accepted the apology."])]
    text = "The governor's lawyers wagered that the counsel wouldn't subpoena him."
    assert parc_rows(text)[0][:2] == ("The governor's lawyers", "wagered")
    text = "Mr. Pell said he regretted that his remarks had caused distress."
    assert ("he", "regretted", ["that his remarks had caused distress."]) in parc_rows(text)


def test_discovering_an_object_reports_nothing():
    assert parc_rows("Police discovered the body on Friday.") == []
    text = "Auditors discovered that the fund had been emptied in March."
    assert parc_rows(text)[0][:2] == ("Auditors", "discovered")
