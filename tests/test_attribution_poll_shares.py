"""A share of a polled group as a source (issue 15; real-news patterns, invented figures)."""

from __future__ import annotations

from attribution_helpers import parc_rows

from newsresearch.attribution.poll_shares import share_source


def test_a_fraction_or_a_percentage_is_a_source():
    text = "And two-thirds say businesses pay too little in taxes, not too much."
    assert parc_rows(text) == [
        ("two-thirds", "say", ["businesses pay too little in taxes, not too much."])
    ]
    text = "In the survey, 41% of adults say the economy is getting worse."
    assert parc_rows(text)[0][:2] == ("41% of adults", "say")


def test_two_coordinated_shares_are_one_source():
    text = (
        "Police were trusted more than the council, but only 38% of renters and half of "
        "retirees say they expect fair treatment."
    )
    assert _by_cue(text, "say")[0] == "only 38% of renters and half of retirees"


def _by_cue(text: str, cue: str) -> tuple[str | None, str | None, list[str]]:
    return next(row for row in parc_rows(text) if row[1] == cue)


def test_no_share_without_a_group_right_before_the_cue():
    text = "Sales rose 5% and analysts expect the trend to continue."
    assert _by_cue(text, "expect")[0] == "analysts"
    t = "the court cut the fine in half in demanding"
    assert share_source(t, 0, t.index(" demanding")) is None
    t = "a third of voters and"
    assert share_source(t, 0, len(t)) is None


def test_only_stays_in_a_share():
    text = "Only a third of voters say the country is on the right track."
    assert parc_rows(text)[0][:2] == ("Only a third of voters", "say")
