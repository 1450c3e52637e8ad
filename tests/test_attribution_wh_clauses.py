"""Indirect questions as the content of thought and evidence verbs (issue 15; names invented)."""

from __future__ import annotations

from attribution_helpers import parc_rows

from newsresearch.attribution.wh_clauses import wh_clause_follows


def test_knowing_where_or_what_inside_a_quote():
    text = '"We always knew what the political realities were," said Dana Pell, a senior adviser.'
    assert ("We", "always knew", ["what the political realities were"]) in parc_rows(text)
    text = '"We knew where the responsibility rested," Orrin Vale told the Morning Desk.'
    rows = parc_rows(text)
    assert ("We", "knew", ["where the responsibility rested"]) in rows
    # the nested thought leaves the speech around it whole
    assert rows[0][:2] == ("Orrin Vale", "told the Morning Desk")


def test_recalling_if_and_mulling_whether():
    text = "Sanchez did not recall if Marta Reyes mentioned the senator or the fund."
    assert parc_rows(text) == [
        ("Sanchez", "did not recall", ["if Marta Reyes mentioned the senator or the fund."])
    ]
    text = "Years later, both senators are mulling whether to jump into the race."
    assert parc_rows(text) == [("both senators", "are mulling", ["whether to jump into the race."])]


def test_deciding_takes_a_clause_not_an_object():
    text = "Mr. Tolan decided that a yearlong increase would have meant a stopgap bill."
    assert parc_rows(text)[0][:2] == ("Mr. Tolan", "decided")
    assert parc_rows("The judge decided the case on Friday.") == []
    assert parc_rows("Ms. Hale decided to leave the board in March.") == []


def test_an_infinitive_after_a_wh_word_is_no_question():
    assert wh_clause_follows("whether to run", "mull", 0)
    assert not wh_clause_follows("how to fix the roof", "know", 0)
    assert not wh_clause_follows("what?", "know", 0)
    assert parc_rows("Voss knows how to fix the roof.") == []
    # only verbs of knowing, deciding and showing take a question as their content
    assert not wh_clause_follows("where the money went", "praise", 0)


def test_a_quote_after_a_nested_thought_continues_the_speech():
    text = (
        '"We knew where the responsibility rested," Orrin Vale told the Morning Desk. '
        '"They have tried to point a finger at people more senior than us."'
    )
    assert parc_rows(text)[0] == (
        "Orrin Vale",
        "told the Morning Desk",
        [
            '"We knew where the responsibility rested,"',
            '"They have tried to point a finger at people more senior than us."',
        ],
    )
